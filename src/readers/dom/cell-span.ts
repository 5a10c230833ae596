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
