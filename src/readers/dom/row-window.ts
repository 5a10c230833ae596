/**
 * Rows per read: a grid read never looks at more than `MAX_ROWS_PER_READ` data rows, and a caller
 * reading a big page in idle-time chunks sets a window (`withRowWindow`) so each chunk reads only
 * its slice of rows. The window is a dynamic scope around one synchronous read (readers keep their
 * `read(doc, url)` shape); grids report `partial` when rows were left out, and the window records
 * how many data rows the largest grid holds (`totalRows`) so the caller knows when it is done.
 */

/** The most data rows one page read looks at (the rest is reported as not read). */
export const MAX_ROWS_PER_READ = 2000;

export interface RowWindow {
  /** First data row (0-based) of the slice to read. */
  start: number;
  /** Rows in the slice. */
  limit: number;
  /** Set by the grids read in the window: data rows of the largest one (before the window). */
  totalRows?: number;
  /**
   * Row lists of the grids, kept across the chunks of one chunked read so each chunk does not walk
   * every row again (the caller passes the same map to each window of one read).
   */
  rowsMemo?: Map<Element, Element[]>;
}

let current: RowWindow | undefined;

/** The window of the read in progress, if any. */
export function rowWindow(): RowWindow | undefined {
  return current;
}

/** Runs `read` with grids limited to rows [start, start + limit). */
export function withRowWindow<T>(window: RowWindow, read: () => T): T {
  const outer = current;
  current = window;
  try {
    return read();
  } finally {
    current = outer;
  }
}
