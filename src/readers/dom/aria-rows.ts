/**
 * Rows of an ARIA grid (`role="row"`, their cells by role) read as vertical descriptions: antd's vertical Descriptions
 * drawn as a grid alternate a row of column headers (the labels) and a row of their values. Pure.
 */

const CELL_ROLE = /^(?:columnheader|rowheader|gridcell|cell)$/;

/** `row`'s cells (children with a cell role) are all column headers, and it has some. */
export function columnHeadersOnly(row: Element): boolean {
  const cells = Array.from(row.children).filter((c) => CELL_ROLE.test(c.getAttribute('role') ?? ''));
  return cells.length > 0 && cells.every((c) => c.getAttribute('role') === 'columnheader');
}

/**
 * `grid` draws vertical descriptions: a row of column headers only after a row of values (the first 40 rows tell) — its
 * headers are the labels of one record's fields, no list's columns.
 */
export function headersAfterValues(grid: Element): boolean {
  let sawData = false;
  for (const r of Array.from(grid.querySelectorAll('[role="row"]')).slice(0, 40)) {
    if (!Array.from(r.children).some((c) => CELL_ROLE.test(c.getAttribute('role') ?? ''))) continue;
    const heads = columnHeadersOnly(r);
    if (heads && sawData) return true;
    if (!heads) sawData = true;
  }
  return false;
}
