import { pageMemo, readSession } from './read-session';
import { upperTag } from './visibility';

/**
 * Label rows known by their rows' shape alone (no class that says "label"): a table of `<td>` rows that take
 * turns, a row of label cells then a row of value cells covering the same columns, repeated — a vertical
 * description list (TDesign's `td.t-descriptions__label` rows, antd's) whose class names say nothing (CSS
 * modules, CSS-in-JS: every class a hash). The turns are told by the cells' classes: every cell of a label
 * row carries one class list, every cell of a value row another, the same in every pair (one styled
 * component each), with the labels first and short, each label once (label rows saying the same words again head
 * records). Pure; never throws.
 */

/** How many rows of a table are looked at (descriptions are short). */
const MAX_ROWS = 40;
/** A label's words are few. */
const MAX_LABEL_CHARS = 40;

/**
 * Outside a read session (the CLI, tests), a table's label cells as last found, with the rows they were found in: used
 * again only while the table holds the same rows (a page that re-renders its rows is looked at again). In a session
 * the session's page memo holds them, dropped as its other page-level findings are.
 */
const memo = new WeakMap<Element, { rows: Element[]; cells: ReadonlySet<Element> }>();

function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  for (let c = table.firstElementChild; c && out.length < MAX_ROWS; c = c.nextElementSibling) {
    const tag = upperTag(c);
    if (tag === 'TR') out.push(c);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      for (let r = c.firstElementChild; r && out.length < MAX_ROWS; r = r.nextElementSibling) if (upperTag(r) === 'TR') out.push(r);
    }
  }
  return out;
}

/** The one class list every cell of a row carries (all `<td>`), or undefined. */
function rowClass(tr: Element): string | undefined {
  let sig: string | undefined;
  let n = 0;
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
    if (upperTag(c) !== 'TD') return undefined;
    const s = (c.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).sort().join(' ');
    if (!s || (sig !== undefined && s !== sig)) return undefined;
    sig = s;
    n++;
  }
  return n > 0 ? sig : undefined;
}

const width = (tr: Element): number => {
  let w = 0;
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) w += Math.max(1, Number.parseInt(c.getAttribute('colspan') ?? '1', 10) || 1);
  return w;
};

/** The label cells of `table` when its rows take turns as above (two pairs at least), else none. */
function labelCellsOf(table: Element): ReadonlySet<Element> {
  if (readSession()) return pageMemo(labelCellsOf, [table], () => turnLabelCells(rowsOf(table)));
  const rows = rowsOf(table);
  const known = memo.get(table);
  if (known && known.rows.length === rows.length && known.rows.every((r, i) => r === rows[i])) return known.cells;
  const cells = turnLabelCells(rows);
  memo.set(table, { rows, cells });
  return cells;
}

function turnLabelCells(rows: readonly Element[]): ReadonlySet<Element> {
  const out = new Set<Element>();
  if (rows.length < 4 || rows.length % 2 !== 0) return out;
  const sigs = rows.map(rowClass);
  const [a, b] = sigs;
  if (a === undefined || b === undefined || a === b) return out;
  // (a description list names each label once: label rows saying the same words again are a list of records, each
  // with its header row — a renewal history's 订单号 | 到期时间 over each order —, none the page's fields)
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i += 2) {
    if (sigs[i] !== a || sigs[i + 1] !== b || width(rows[i]!) !== width(rows[i + 1]!)) return out;
    for (let c = rows[i]!.firstElementChild; c; c = c.nextElementSibling) {
      const words = (c.textContent ?? '').trim();
      if (!words || words.length > MAX_LABEL_CHARS || c.querySelector('input, select, textarea, table')) return out;
      const key = words.replace(/\s+/g, '');
      if (seen.has(key)) return out;
      seen.add(key);
    }
  }
  for (let i = 0; i < rows.length; i += 2) for (let c = rows[i]!.firstElementChild; c; c = c.nextElementSibling) out.add(c);
  return out;
}

/** `td` is a label cell of a table whose label and value rows take turns (see the module's note). */
export function isTurnLabelCell(td: Element): boolean {
  try {
    if (upperTag(td) !== 'TD') return false;
    const table = td.closest('table');
    return table !== null && labelCellsOf(table).has(td);
  } catch {
    return false;
  }
}
