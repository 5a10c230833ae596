import { readSession } from './read-session';
import type { VisibilityCache } from './visibility';

/**
 * The <td> / <th> children of table rows that one read has already walked (the page-state scan steps
 * through every row's children to stay out of its cells), so the table read of the same read takes them
 * instead of stepping through each row's children again (in happy-dom every step is a search of the
 * row's child list, and on a 500-row list the rows' nodes are most of the page). Kept per visibility
 * cache (one read's); outside a read session only: a session's cache outlives a read, and its rows may
 * change between reads (./read-session keeps layout lines of its own). Pure; never throws.
 */
const byCache = new WeakMap<VisibilityCache, WeakMap<Element, Element[]>>();

/** Where a walk of this read records rows' cells; undefined during a read session. */
export function rowCellsSink(cache: VisibilityCache | undefined): WeakMap<Element, Element[]> | undefined {
  if (!cache || readSession()) return undefined;
  let m = byCache.get(cache);
  if (!m) {
    m = new WeakMap();
    byCache.set(cache, m);
  }
  return m;
}

/** The rows' cells recorded during this read, if any. */
export function recordedRowCells(cache: VisibilityCache | undefined): WeakMap<Element, Element[]> | undefined {
  return cache && !readSession() ? byCache.get(cache) : undefined;
}
