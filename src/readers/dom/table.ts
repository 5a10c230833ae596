import { labelMatches } from './normalize-label';
import { createVisibilityCache, isVisible, type VisibilityCache } from './visibility';
import { visibleText, visibleTextPieces } from './visible-text';

/**
 * Finds a data table by its column header labels wherever it sits, and maps each visible data row
 * to the cells under those headers. Handles <table> with <th>, split header/body tables (Fusion
 * `next-table` renders the header and the body in two <table>s) and ARIA grids
 * (role=columnheader / row / gridcell). Column order does not matter; a column whose header is
 * absent or hidden is absent from every row. Pure; never throws.
 */

export type TableColumns<K extends string> = Record<K, readonly string[]>;
export type TableRow<K extends string> = Partial<Record<K, Element>>;

export interface TableRead<K extends string> {
  /** The table (or grid) element holding the matched header cells. */
  table: Element;
  /** The column keys whose visible header was found. */
  columns: K[];
  /** The header cell of each found column. */
  headers: Partial<Record<K, Element>>;
  /** One per visible data row, in document order. */
  rows: Array<{ row: Element; cells: TableRow<K> }>;
}

const HEADER_SELECTOR = 'th, thead td, [role="columnheader"]';
const GRID_SELECTOR = '[role="grid"], [role="table"], [role="treegrid"]';
const ARIA_CELL_SELECTOR = '[role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"]';

/** The rows of the best-matching table: one entry per visible data row. */
export function readTable<K extends string>(root: ParentNode | null | undefined, columns: TableColumns<K>, cache?: VisibilityCache): TableRow<K>[] {
  return readTableDetailed(root, columns, cache)?.rows.map((r) => r.cells) ?? [];
}

function headerKey<K extends string>(cell: Element, keys: K[], columns: TableColumns<K>, cache: VisibilityCache): K | undefined {
  const whole = visibleText(cell, cache);
  if (whole === '') return undefined;
  for (const k of keys) if (labelMatches(whole, columns[k])) return k;
  // A header may hold sort / filter widgets with text of their own: try each visible piece.
  const pieces = visibleTextPieces(cell, cache);
  for (const piece of pieces) {
    for (const k of keys) if (labelMatches(piece, columns[k])) return k;
  }
  return undefined;
}

function isHtmlHeaderCell(cell: Element): boolean {
  const tag = cell.tagName.toUpperCase();
  return (tag === 'TH' || tag === 'TD') && cell.closest('table') !== null && cell.closest('tr') !== null;
}

function groupOf(cell: Element): Element | null {
  if (isHtmlHeaderCell(cell)) return cell.closest('table');
  return cell.closest(GRID_SELECTOR) ?? cell.closest('[role="row"]')?.parentElement ?? cell.parentElement?.parentElement ?? null;
}

/** The best-matching table with its found columns and rows, or undefined when no header matches. */
export function readTableDetailed<K extends string>(
  root: ParentNode | null | undefined,
  columns: TableColumns<K>,
  cache: VisibilityCache = createVisibilityCache(),
): TableRead<K> | undefined {
  if (!root) return undefined;
  try {
    const keys = Object.keys(columns) as K[];
    const groups = new Map<Element, Map<K, Element>>();
    const order: Element[] = [];
    for (const cell of Array.from(root.querySelectorAll(HEADER_SELECTOR))) {
      if (!isVisible(cell, cache)) continue;
      const key = headerKey(cell, keys, columns, cache);
      if (key === undefined) continue;
      const group = groupOf(cell);
      if (!group) continue;
      let found = groups.get(group);
      if (!found) {
        found = new Map();
        groups.set(group, found);
        order.push(group);
      }
      if (!found.has(key)) found.set(key, cell);
    }
    let best: Element | undefined;
    let bestCount = 0;
    for (const g of order) {
      const n = groups.get(g)?.size ?? 0;
      if (n > bestCount) {
        best = g;
        bestCount = n;
      }
    }
    if (!best) return undefined;
    const found = groups.get(best) ?? new Map<K, Element>();
    const headers: Partial<Record<K, Element>> = {};
    for (const [k, cell] of found) headers[k] = cell;
    const anyHeader = found.values().next().value as Element;
    const rows = isHtmlHeaderCell(anyHeader) ? htmlRows(best, found, cache) : ariaRows(best, found, cache);
    return { table: best, columns: Array.from(found.keys()), headers, rows };
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- HTML tables

function span(cell: Element, attr: string): number {
  const n = Number.parseInt(cell.getAttribute(attr) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    if (tag === 'TD' || tag === 'TH') out.push(c);
  }
  return out;
}

/** Column start index of each cell of the given rows, honouring colspan and rowspan. */
function layout(rows: Element[]): Map<Element, Element[]> {
  // For each row: an array indexed by column giving the cell covering it.
  const result = new Map<Element, Element[]>();
  const carry: Array<{ cell: Element; left: number } | undefined> = [];
  for (const tr of rows) {
    const line: Element[] = [];
    let col = 0;
    const place = (cell: Element, width: number, height: number) => {
      for (let i = 0; i < width; i++) {
        line[col + i] = cell;
        if (height > 1) carry[col + i] = { cell, left: height - 1 };
      }
      col += width;
    };
    const skipCarried = () => {
      for (;;) {
        const c = carry[col];
        if (c && c.left > 0) {
          line[col] = c.cell;
          c.left -= 1;
          col += 1;
        } else break;
      }
    };
    for (const cell of cellsOf(tr)) {
      skipCarried();
      place(cell, span(cell, 'colspan'), span(cell, 'rowspan'));
    }
    skipCarried();
    result.set(tr, line);
  }
  return result;
}

function rowsOfTable(table: Element): Element[] {
  const out: Element[] = [];
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    if (tr.closest('table') === table) out.push(tr);
  }
  return out;
}

function isHeaderRow(tr: Element): boolean {
  const section = tr.parentElement?.tagName.toUpperCase();
  if (section === 'THEAD') return true;
  const cells = cellsOf(tr);
  return cells.length > 0 && cells.every((c) => c.tagName.toUpperCase() === 'TH');
}

function headerColumns<K extends string>(found: Map<K, Element>): Map<K, number> {
  const cols = new Map<K, number>();
  for (const [k, cell] of found) {
    const tr = cell.closest('tr');
    const table = cell.closest('table');
    if (!tr || !table) continue;
    const headerRows = rowsOfTable(table).filter((r) => isHeaderRow(r) || r === tr);
    const lines = layout(headerRows);
    const line = lines.get(tr) ?? [];
    const idx = line.indexOf(cell);
    if (idx >= 0) cols.set(k, idx);
  }
  return cols;
}

function dataRowsIn(table: Element): Element[] {
  return rowsOfTable(table).filter((tr) => !isHeaderRow(tr) && cellsOf(tr).some((c) => c.tagName.toUpperCase() === 'TD'));
}

function bodyTableFor(headerTable: Element): Element | undefined {
  if (dataRowsIn(headerTable).length > 0) return headerTable;
  let ancestor = headerTable.parentElement;
  for (let depth = 0; ancestor && depth < 8; depth++, ancestor = ancestor.parentElement) {
    for (const t of Array.from(ancestor.querySelectorAll('table'))) {
      if (t === headerTable || t.contains(headerTable) || headerTable.contains(t)) continue;
      // The body comes after its header.
      if (!(headerTable.compareDocumentPosition(t) & 4)) continue;
      if (dataRowsIn(t).length > 0) return t;
    }
  }
  return undefined;
}

function htmlRows<K extends string>(headerTable: Element, found: Map<K, Element>, cache: VisibilityCache): Array<{ row: Element; cells: TableRow<K> }> {
  const cols = headerColumns(found);
  const body = bodyTableFor(headerTable);
  if (!body) return [];
  const width = Math.max(0, ...Array.from(headerColumnsWidth(headerTable)));
  const all = dataRowsIn(body);
  const lines = layout(all);
  const out: Array<{ row: Element; cells: TableRow<K> }> = [];
  for (const tr of all) {
    if (!isVisible(tr, cache)) continue;
    const line = lines.get(tr) ?? [];
    const distinct = new Set(line.filter(Boolean));
    // An empty-state or expanded-detail row: one cell across the whole table.
    if (distinct.size < 2 && width >= 2) continue;
    const cells: TableRow<K> = {};
    for (const [k, idx] of cols) {
      const cell = line[idx];
      if (cell && isVisible(cell, cache)) cells[k] = cell;
    }
    out.push({ row: tr, cells });
  }
  return out;
}

function* headerColumnsWidth(table: Element): Generator<number> {
  for (const tr of rowsOfTable(table)) {
    if (!isHeaderRow(tr)) continue;
    let w = 0;
    for (const c of cellsOf(tr)) w += span(c, 'colspan');
    yield w;
  }
}

// ---------------------------------------------------------------- ARIA grids

function ariaCells(row: Element): Element[] {
  return Array.from(row.querySelectorAll(ARIA_CELL_SELECTOR)).filter((c) => c.closest('[role="row"]') === row);
}

function ariaIndex(row: Element, cell: Element): number {
  const explicit = Number.parseInt(cell.getAttribute('aria-colindex') ?? '', 10);
  if (Number.isFinite(explicit) && explicit >= 1) return explicit - 1;
  return ariaCells(row).indexOf(cell);
}

function ariaRows<K extends string>(grid: Element, found: Map<K, Element>, cache: VisibilityCache): Array<{ row: Element; cells: TableRow<K> }> {
  const cols = new Map<K, number>();
  const headerRows = new Set<Element>();
  for (const [k, cell] of found) {
    const row = cell.closest('[role="row"]');
    if (row) {
      headerRows.add(row);
      cols.set(k, ariaIndex(row, cell));
    } else if (cell.parentElement) {
      const siblings = Array.from(cell.parentElement.children).filter((c) => c.matches(ARIA_CELL_SELECTOR));
      cols.set(k, siblings.indexOf(cell));
    }
  }
  const isData = (r: Element) => !headerRows.has(r) && ariaCells(r).some((c) => c.getAttribute('role') !== 'columnheader');
  let rows = Array.from(grid.querySelectorAll('[role="row"]')).filter(isData);
  if (rows.length === 0) {
    // A split grid: the body rows sit in a sibling container after the header.
    let ancestor = grid.parentElement;
    for (let depth = 0; ancestor && depth < 8 && rows.length === 0; depth++, ancestor = ancestor.parentElement) {
      rows = Array.from(ancestor.querySelectorAll('[role="row"]')).filter((r) => isData(r) && (grid.compareDocumentPosition(r) & 4) !== 0 && !grid.contains(r));
    }
  }
  const out: Array<{ row: Element; cells: TableRow<K> }> = [];
  for (const r of rows) {
    if (!isVisible(r, cache)) continue;
    const list = ariaCells(r);
    if (list.length < 2 && found.size >= 2) continue;
    const byIndex = new Map<number, Element>();
    list.forEach((c, i) => {
      const explicit = Number.parseInt(c.getAttribute('aria-colindex') ?? '', 10);
      byIndex.set(Number.isFinite(explicit) && explicit >= 1 ? explicit - 1 : i, c);
    });
    const cells: TableRow<K> = {};
    for (const [k, idx] of cols) {
      const cell = byIndex.get(idx);
      if (cell && isVisible(cell, cache)) cells[k] = cell;
    }
    out.push({ row: r, cells });
  }
  return out;
}
