/**
 * How many columns (`colspan`) or rows (`rowspan`) a table cell spans, as a browser draws it: 1 when the
 * attribute is absent, not a number or below 1; at most 1000. Shared by ./table.ts (the grid's layout) and
 * ./field.ts (a one-row properties table).
 */
export function span(cell: Element, attr: string): number {
  const n = Number.parseInt(cell.getAttribute(attr) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/**
 * Each cell's column in `rows` (one table section's rows, in order): the colspans before it in its row and
 * the rowspans of the rows above that enter its row. Added to `out`. Shared by ./field.ts (the value under a
 * header cell) and ./visibility.ts (a cell in a collapsed column).
 */
export function placeCells<M extends Map<Element, number>>(rows: Iterable<Element>, out: M): M {
  const covered: number[] = []; // per column: rows still covered by a row span from a row above
  for (const r of rows) {
    let col = 0;
    for (let c = r.firstElementChild; c; c = c.nextElementSibling) {
      if (!/^T[HD]$/i.test(c.tagName)) continue;
      while ((covered[col] ?? 0) > 0) col++;
      out.set(c, col);
      const down = span(c, 'rowspan');
      for (let w = span(c, 'colspan'); w-- > 0; col++) covered[col] = Math.max(covered[col] ?? 0, down);
    }
    for (let i = 0; i < covered.length; i++) if ((covered[i] ?? 0) > 0) covered[i]! -= 1;
  }
  return out;
}

/**
 * The group cell over `el`'s row: the first cell of that row, or of a row above it in the same table section, spanning
 * down to that row (`rowspan` ≥ 2) and not holding `el` — a printed form's 主办单位信息 / 主体负责人 / 网站信息 cell before
 * the rows of its pairs (the 网站备案信息真实性核验单) — or the nearest title row above (./isTitleRowCell). Undefined when
 * there is none. Pure.
 */
export function groupCellOver(el: Element): Element | undefined {
  const cell = el.closest('th, td');
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName.toUpperCase() !== 'TR') return undefined;
  let r: Element | null = row;
  for (let back = 0; r && back < 50; back++, r = r.previousElementSibling) {
    const first = r.firstElementChild;
    if (!first || !/^T[HD]$/i.test(first.tagName) || first === cell || first.contains(el)) continue;
    const down = span(first, 'rowspan');
    if (down >= 2 && down > back) return first;
    // (or a title row above it: its one cell spanning columns — the 核验单 printed with 主体负责人 as a row across the
    // table before the rows of its pairs, not as a cell beside them; session 45's review)
    if (back > 0 && isTitleRowCell(first)) return first;
  }
  return undefined;
}

/** `cell` is a table row's only cell and spans two or more columns (`colspan`): a title row across a printed form. */
export function isTitleRowCell(cell: Element): boolean {
  return /^T[HD]$/i.test(cell.tagName) && span(cell, 'colspan') >= 2 && cell.parentElement?.childElementCount === 1;
}
