import type { PageFacts } from '../../facts/schema';
import { createReadSession, invalidate, invalidateNode, readDone, resetSession, withReadSession } from '../../readers/dom/read-session';
import { MAX_ROWS_PER_READ, withRowWindow, type RowWindow } from '../../readers/dom/row-window';
import { keyOf, LISTS } from '../../messaging/page-delta';

/**
 * The READ side of a console content script: when a read is asked for, read the page — a big list
 * in idle-time chunks (each a short task, so no long task: FIRST_CHUNK_ROWS rows, then as many as
 * fit in CHUNK_MS), never more than
 * MAX_ROWS_PER_READ rows in all — and say in the facts when the page was read only in part.
 * The rendering side (run-console-page) only awaits `read`.
 *
 * Reads share a read session (../../readers/dom/read-session): what an unchanged row or field showed
 * is kept from one read to the next, so after a change only the changed rows are read again. The
 * page's MutationObserver passes its records to `changed` (and a changed form value to `valueChanged`).
 */
export type ReadPage = (doc: Document, url: URL) => { reader: string; facts: PageFacts } | null;

/**
 * Rows of a read's first chunk. It is kept small because it also pays for the read's first-time work
 * (code run for the first time, the page's style index, finding the grid): on a 20,000-row list in
 * Chromium a first chunk of 250 rows took 60-74 ms of CPU, one of 50 rows 30-33 ms (a loaded machine,
 * bench/trace-big.mts).
 */
export const FIRST_CHUNK_ROWS = 50;
/**
 * Each later chunk takes as many rows as the chunks after the first (the first alone for the second)
 * read in CHUNK_MS, measured on the page's own clock, within [MIN_CHUNK_ROWS, MAX_CHUNK_ROWS]: a short
 * task on a fast machine and on a slow one, on plain rows and on heavy ones. (Fixed chunks of 250 rows
 * took 15-30 ms each after the first; the rate of all chunks so far, not of the last alone, so one chunk
 * slowed by garbage collection does not make the next one tiny and the one after it big.)
 */
export const CHUNK_MS = 25;
export const MIN_CHUNK_ROWS = 25;
export const MAX_CHUNK_ROWS = 500;
/** A re-read that has at most this many rows to read again (the rest kept) reads them in one go. */
export const WARM_DROPPED_ROWS = 250;

/** The next chunk's rows from the rate so far: `rows` read in `ms`. */
export function nextChunkRows(rows: number, ms: number): number {
  const fit = ms > 0 ? Math.floor((rows * CHUNK_MS) / ms) : MAX_CHUNK_ROWS;
  return Math.min(MAX_CHUNK_ROWS, Math.max(MIN_CHUNK_ROWS, fit));
}

export interface PageReadingOptions {
  /** Rows per chunk, every chunk (tests, bench/chunk-cost.mts); without it, chunks are sized by time. */
  chunkRows?: number;
  maxRows?: number;
  /** Runs `fn` when the main thread is idle (requestIdleCallback; a timeout where there is none). */
  idle?: (fn: () => void) => void;
  /** The clock chunks are sized by (ms). */
  now?: () => number;
}

export interface PageReading {
  /**
   * Reads the page; resolves null when it is not a page of these readers or when a newer read
   * started meanwhile (`superseded`).
   */
  read(doc: Document, url: URL): Promise<{ reader: string; facts: PageFacts; superseded?: boolean } | null>;
  /** DOM changes (MutationRecords, incl. attributes): drops what they make stale. */
  changed(records: ArrayLike<MutationRecord>): void;
  /** A control's value changed (input / change events: no DOM mutation). */
  valueChanged(target: Node | null): void;
  /** Forget everything read so far (a location change). */
  reset(): void;
}

function defaultIdle(fn: () => void): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (typeof ric === 'function') ric(fn, { timeout: 200 });
  else setTimeout(fn, 0);
}

/** Facts of one chunk added to those read so far: lists concatenated (no record twice), the rest kept from the first chunk. */
function merge(into: PageFacts, more: PageFacts): PageFacts {
  const out: PageFacts = { ...into };
  for (const k of LISTS) {
    const extra = more[k];
    if (!extra) continue;
    const list = [...((out[k] as Array<{ id?: string; domain?: string }> | undefined) ?? [])];
    const seen = new Set(list.map(keyOf));
    for (const r of extra as Array<{ id?: string; domain?: string }>) if (!seen.has(keyOf(r))) list.push(r);
    (out as Record<string, unknown>)[k] = list;
  }
  return out;
}

export function createPageReading(readPage: ReadPage, opts: PageReadingOptions = {}): PageReading {
  const fixed = opts.chunkRows === undefined ? undefined : Math.max(1, opts.chunkRows);
  const first = fixed ?? FIRST_CHUNK_ROWS;
  const max = Math.max(first, opts.maxRows ?? MAX_ROWS_PER_READ);
  const idle = opts.idle ?? defaultIdle;
  const now = opts.now ?? (() => performance.now());
  let generation = 0;
  const session = createReadSession();

  return {
    changed: (records) => invalidate(session, records),
    valueChanged: (target) => invalidateNode(session, target),
    reset: () => resetSession(session),
    async read(doc, url) {
      const mine = ++generation;
      const rowsMemo = new Map<Element, Element[]>();
      let result: { reader: string; facts: PageFacts } | null = null;
      let total = 0;
      // a re-read after changes inside data cells only (the grid, its rows and the page state are
      // kept) and to at most WARM_DROPPED_ROWS rows: all rows in one go (the rest are kept records)
      const warm = session.page.size > 0 && session.dropped <= (fixed ?? WARM_DROPPED_ROWS);
      let rows = warm ? max : first;
      // rows read and time taken in the chunks after the first
      let laterRows = 0;
      let laterMs = 0;
      for (let start = 0; start < max; ) {
        if (start > 0) {
          await new Promise<void>((resolve) => idle(resolve));
          if (mine !== generation) return result ? { ...result, superseded: true } : null;
        }
        const window: RowWindow = { start, limit: Math.min(rows, max - start), rowsMemo };
        const t0 = now();
        const part = withReadSession(session, doc, () => withRowWindow(window, () => readPage(doc, url)));
        const ms = now() - t0;
        total = Math.max(total, window.totalRows ?? 0);
        if (!part) {
          if (start === 0) return null;
          break;
        }
        result = result && result.reader === part.reader ? { reader: part.reader, facts: merge(result.facts, part.facts) } : (result ?? part);
        start += window.limit;
        if (total <= start) break;
        if (window.start > 0) (laterRows += window.limit), (laterMs += ms);
        rows = fixed ?? (laterRows ? nextChunkRows(laterRows, laterMs) : nextChunkRows(window.limit, ms));
      }
      readDone(session);
      if (result && total > max) result = { ...result, facts: { ...result.facts, partial: { rowsRead: max, rowsShown: total } } };
      return result;
    },
  };
}
