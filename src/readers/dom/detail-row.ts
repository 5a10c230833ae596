import { readFieldFrom, structuralLabels } from './field';
import type { HeaderMatch, TableColumns, TableRead, TableRow } from './table';
import { labelText } from './units';
import { isVisible, upperTag, type VisibilityCache } from './visibility';

/**
 * EXPANDED DETAIL ROWS. A list may show more of a record in a row opened under it (antd
 * `ant-table-expanded-row`, Fusion `next-table-expanded-row`, TEA `tea-table__expanded`): a row right
 * after the data row that spans the grid — one cell with a colspan (antd 3: after an empty cell of the
 * expand-icon column), an ARIA row with one cell, or a div row whose class says "expanded" — holding
 * label/value pairs (dl/dt/dd, Descriptions, form items) of fields the grid may have no column for.
 *
 * `withDetailCells` gives a grid read's rows the value elements of such a row for the columns the grid
 * does not show (never for a shown column, even where the row's cell is empty), and drops rows that
 * are themselves detail rows (never a record of their own). A collapsed (hidden) detail row gives
 * nothing. Cost: one look at each data row's next sibling, and only when a column is missing.
 * A value given as text in one element ("创建时间：2026-03-01", no element of its own) is not taken.
 */

const EXPANDED_CLASS = /expand/i;
const ARIA_CELL = /^(?:gridcell|cell)$/;

function span(cell: Element): number {
  const n = Number.parseInt(cell.getAttribute('colspan') ?? cell.getAttribute('aria-colspan') ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

function isBlank(cell: Element): boolean {
  return (cell.textContent ?? '').trim() === '';
}

/**
 * The content cell of a row shaped as a detail row (see above), or undefined. Looks at three children
 * at most, so a data row is told apart in a few steps.
 */
export function detailRowContent(row: Element): Element | undefined {
  const tag = upperTag(row);
  const aria = tag !== 'TR' && row.getAttribute('role') === 'row';
  if (tag !== 'TR' && !aria) return EXPANDED_CLASS.test(row.getAttribute('class') ?? '') ? row : undefined;
  // a data row has more children than a detail row's cells: the common case ends here
  if (row.childElementCount > 3) return undefined;
  const isCell = (c: Element) => (aria ? ARIA_CELL.test(c.getAttribute('role') ?? '') : upperTag(c) === 'TD' || upperTag(c) === 'TH');
  // a data row has more cells: counted first, without reading any text
  const cells: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (!isCell(c)) continue;
    if (cells.push(c) > 3) return undefined;
  }
  let content: Element | undefined;
  for (const c of cells) {
    if (isBlank(c)) continue;
    if (content) return undefined;
    content = c;
  }
  return content && span(content) >= 2 ? content : undefined;
}

/** The shown detail row's content right after data row `row`, or undefined (none, or collapsed). */
export function expandedDetail(row: Element, cache: VisibilityCache): Element | undefined {
  const next = row.nextElementSibling;
  if (!next) return undefined;
  // a div row: its class says so, and it is no sibling row of the same kind as the data row
  if (upperTag(next) !== 'TR' && next.getAttribute('role') !== 'row' && next.getAttribute('class') === row.getAttribute('class')) return undefined;
  const content = detailRowContent(next);
  return content && isVisible(next, cache) && isVisible(content, cache) ? content : undefined;
}

/**
 * A column header of a table inside the detail row (a `<th>` in a `<thead>`, an ARIA columnheader): the table is a list
 * of other records — the server's disks, its certificate — and the cell under the header is theirs, not the record's.
 */
function isNestedColumnHeader(label: Element, detail: Element): boolean {
  const head = label.closest('thead, [role="columnheader"]');
  return head !== null && detail.contains(head);
}

/** The value element of column `key`'s label inside a detail row, or undefined. */
function detailValue<K extends string>(detail: Element, key: K, columns: TableColumns<K>, cache: VisibilityCache, match?: HeaderMatch<K>): Element | undefined {
  const first = readFieldFrom(detail, columns[key], cache, false)[0];
  const hit = first && isNestedColumnHeader(first.label, detail) ? readFieldFrom(detail, columns[key], cache).find((h) => !isNestedColumnHeader(h.label, detail)) : first;
  if (hit) return typeof hit.value === 'string' ? undefined : hit.value;
  if (!match) return undefined;
  for (const el of structuralLabels(detail, cache)) {
    if (!match(labelText(el, cache), key) || isNestedColumnHeader(el, detail)) continue;
    const v = readFieldFrom(el, null, cache, false)[0]?.value;
    if (v !== undefined) return typeof v === 'string' ? undefined : v;
  }
  return undefined;
}

/** Whether a row of the grid is shaped as a detail row or has one after it, shown or not (see above). */
export function mayHaveDetailRows(rows: readonly { row: Element }[]): boolean {
  for (const { row } of rows) {
    if (detailRowContent(row) !== undefined) return true;
    const next = row.nextElementSibling;
    if (next && detailRowContent(next) !== undefined) return true;
  }
  return false;
}

/**
 * The grid read with detail rows dropped from its rows and each row's shown detail row read for the
 * columns the grid lacks. Rows without a detail row are the same objects; the read itself is not
 * changed (a kept read stays as it was).
 */
export function withDetailCells<K extends string>(t: TableRead<K>, columns: TableColumns<K>, cache: VisibilityCache, match?: HeaderMatch<K>): TableRead<K> {
  const missing = (Object.keys(columns) as K[]).filter((k) => !t.columns.includes(k));
  let rows: TableRead<K>['rows'] | undefined;
  for (let i = 0; i < t.rows.length; i++) {
    const r = t.rows[i] as { row: Element; cells: TableRow<K> };
    // a detail row drawn with an empty first cell (antd 3) passes the grid's one-cell test
    // (first in the body too: no row above to detail, a message across the grid — "qinghe-shop.cn: no matching domain in this
    // account", a list searched by names not all the account's — is no record either; round eighty-six read it as a domain)
    const own = (upperTag(r.row) === 'TR' || r.row.getAttribute('role') === 'row') && detailRowContent(r.row) !== undefined;
    let extra: TableRow<K> | undefined;
    if (!own && missing.length > 0) {
      const detail = expandedDetail(r.row, cache);
      if (detail) {
        for (const k of missing) {
          const v = detailValue(detail, k, columns, cache, match);
          if (v) (extra ??= {} as TableRow<K>)[k] = v;
        }
      }
    }
    if (!own && !extra) {
      rows?.push(r);
      continue;
    }
    rows ??= t.rows.slice(0, i);
    if (extra) rows.push({ row: r.row, cells: { ...r.cells, ...extra } });
  }
  return rows ? { ...t, rows } : t;
}
