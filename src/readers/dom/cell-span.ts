/**
 * How many columns (`colspan`) or rows (`rowspan`) a table cell spans, as a browser draws it: 1 when the
 * attribute is absent, not a number or below 1; at most 1000. Shared by ./table.ts (the grid's layout) and
 * ./field.ts (a one-row properties table).
 */
export function span(cell: Element, attr: string): number {
  const n = Number.parseInt(cell.getAttribute(attr) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}
