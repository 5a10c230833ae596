import type { PageFacts } from '../../facts/schema';
import { createReadSession, invalidate, invalidateNode, onlyResized, readDone, resetSession, subjectRow, withReadSession } from '../../readers/dom/read-session';
import { createVisibilityCache, isVisible } from '../../readers/dom/visibility';
import { MAX_ROWS_PER_READ, withRowWindow, type RowWindow } from '../../readers/dom/row-window';
import { keyOf, LISTS } from '../../messaging/page-delta';
import type { NotRead } from '../../messaging/not-read';

/**
 * The READ side of a console content script: when a read is asked for, read the page — a big list
 * in idle-time chunks (CHUNK_ROWS rows: each chunk a short task, so no long task), never more than
 * MAX_ROWS_PER_READ rows in all — and say in the facts when the page was read only in part.
 * The rendering side (run-console-page) only awaits `read`.
 *
 * Reads share a read session (../../readers/dom/read-session): what an unchanged row or field showed
 * is kept from one read to the next, so after a change only the changed rows are read again. The
 * page's MutationObserver passes its records to `changed` (and a changed form value to `valueChanged`).
 */
export type ReadPage = (doc: Document, url: URL) => { reader: string; facts: PageFacts } | null;

/**
 * Rows read per chunk: one chunk stays well under the 50 ms long-task threshold. (Chunks sized to a
 * time budget cut the longest task on a 20,000-row page, 64 → ~50 ms, but cost 40-70 ms more
 * main-thread time on a 500-row list: more chunks, each repeating a read's fixed work; measured
 * 2026-12-02, the option removed 2026-12-02 as no caller used it.) 250 until session 50: a chunk of 250
 * rows was the 20,000-row page's longest task, the one a garbage collection lands in. With 170 a chunk's
 * thread CPU (each load's median idle chunk, 9 loads a build in three interleaved runs, a loaded machine)
 * 33–46 → 25–30 ms, the read's CPU in all unchanged (the runs' medians 589 / 589 / 627 against 637 / 583
 * / 655 ms); a 500-row list is still read in four tasks (40, 120, 170, 170 rows).
 */
export const CHUNK_ROWS = 170;

/**
 * Rows of a first read's first chunk (the next chunks: CHUNK_ROWS). That task also finds the page's grid, its header
 * and state, and runs the readers' code before it is compiled: with CHUNK_ROWS rows it was the read's longest task.
 * Measured in Chromium (thread CPU of the content script's tasks, `bench/content-tasks.mts`, a loaded machine): on the
 * 20,000-row page the first task 95 / 138 → 48 / 60 ms, the next (250 rows) 45 / 65 ms; on the 500-row ECS list the
 * longest task 103 / 79 / 84 → 57 / 50 / 46 ms with the content script's CPU in all 202 / 158 / 165 → 179 / 162 / 150 ms
 * (three interleaved pairs of 3 loads: one more task, no more work).
 */
export const FIRST_CHUNK_ROWS = 40;

/**
 * Rows of a first read's second chunk (the next chunks: CHUNK_ROWS). Once the first chunk no longer touched every row of a
 * 20,000-row page (session 49), the second — the first of CHUNK_ROWS rows, its code compiled by 40 rows only — was the read's
 * longest task (thread CPU on a loaded machine 41–66 ms against 34–44 for the next ones); with 120 rows it is 22–31 and
 * the third, of CHUNK_ROWS rows, 34–55. The longest task's median over 18 interleaved loads 98 → 70.5 ms; the 500-row
 * list's added time unchanged within the noise (`BENCH_DEBUG=1 bench/compare-ext.mts big` / `main`; docs/measurements.md).
 */
export const SECOND_CHUNK_ROWS = 120;

export interface PageReadingOptions {
  /** Rows per chunk at most. */
  chunkRows?: number;
  maxRows?: number;
  /** Runs `fn` when the main thread is idle (requestIdleCallback; a timeout where there is none). */
  idle?: (fn: () => void) => void;
  /** The open shadow roots' hosts, kept up to date by the caller (ReadSession.shadowHosts). */
  shadowHosts?: readonly Element[];
}

export interface PageReading {
  /**
   * Reads the page; resolves null when it is not a page of these readers or when a newer read
   * started meanwhile (`superseded`). `linted`: the background has stored these facts and answered the tab's
   * results with them (a results message: ./snapshot-reading), and `facts` says only whether they are partial: the
   * caller sends nothing. `unchanged`: the page is as the last read found it (its facts are the background's already).
   */
  read(doc: Document, url: URL): Promise<{ reader: string; facts: PageFacts; superseded?: boolean; linted?: unknown; unchanged?: boolean } | null>;
  /**
   * DOM changes (MutationRecords, incl. attributes): drops what they make stale. An attribute change
   * that may show or hide something (SHOWING_ATTRIBUTES) also keeps, for `showingChanged`, whether the
   * last reads found its element and the element's children and grandchildren shown.
   */
  changed(records: ArrayLike<MutationRecord>): void;
  /**
   * Whether an element `changed` kept (see there) is shown now when it was hidden, or hidden when it
   * was shown: a tab pane, a collapsed panel, a filter's rows switched by a class, style or `hidden`
   * alone, which changes no text and so starts no read by itself. Forgets what it checked. `'maybe'`: attributes that
   * may show or hide something changed, and only a read can tell (./snapshot-reading: the copy is read elsewhere) — read
   * as any change is, backed off on a page that keeps changing; `true` is read as rows added are (./read-pacing NODES_CAP).
   */
  showingChanged(doc: Document): boolean | 'maybe';
  /** Elements `showingChanged` would check. */
  showChecks(): number;
  /** A control's value changed (input / change events: no DOM mutation). */
  valueChanged(target: Node | null): void;
  /** Forget everything read so far (a location change). */
  reset(): void;
  /**
   * The background pushed the tab's results (another tab's read, a dismiss, the options' language, clear-all): newer
   * than any results a superseded read's answer brought (./snapshot-reading `give`), which are then not given.
   */
  pushed?(): void;
  /**
   * Why the last read (which resolved null) read nothing, when the user should be told (../../messaging/not-read:
   * a page over a limit, a copy that could not show it); undefined after a read, and for a page of no reader.
   */
  notRead?(): NotRead | undefined;
  /** The grid row the reads found `subject` in (a server's id, a domain name), while it is in the page. */
  rowOf(subject: string): Element | undefined;
}

/**
 * Attributes whose change may show or hide an element's content with no text changing: a tab pane's
 * or a collapse panel's class, an inline style, `hidden`, a `<details>`' `open`. (Not the ARIA links:
 * those drop the whole session, and their overlays are not the page's facts.)
 */
const SHOWING_ATTRIBUTES = new Set(['class', 'style', 'hidden', 'aria-hidden', 'open', 'popover', 'data-state']);
/** Elements looked at per changed element (it, then its children, then theirs) and kept in all. */
const LOOKS_PER_CHANGE = 64;
const MAX_SHOW_CHECKS = 512;

function defaultIdle(fn: () => void): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (typeof ric === 'function') ric(fn, { timeout: 200 });
  else setTimeout(fn, 0);
}

/**
 * Facts of one chunk added to those read so far: lists concatenated (no record twice), the rest kept from
 * the first chunk. A record a later chunk shows again (a server on many rows of a list of its filing
 * authorization codes, one row per code) keeps its first fields and gains the later chunk's list items
 * (its codes): those rows were read, their items are the page's.
 */
function merge(into: PageFacts, more: PageFacts): PageFacts {
  const out: PageFacts = { ...into };
  for (const k of LISTS) {
    const extra = more[k];
    if (!extra) continue;
    const list = [...((out[k] as Array<Keyed> | undefined) ?? [])];
    const at = new Map(list.map((r, i) => [keyOf(r), i]));
    for (const r of extra as Array<Keyed>) {
      const i = at.get(keyOf(r));
      if (i === undefined) list.push(r);
      else list[i] = withItemsOf(list[i]!, r);
    }
    (out as Record<string, unknown>)[k] = list;
  }
  return out;
}

type Keyed = { id?: string; domain?: string } & Record<string, unknown>;

/** `first` with the items of `later`'s list fields that it does not hold yet (compared as JSON). */
function withItemsOf(first: Keyed, later: Keyed): Keyed {
  let out = first;
  for (const [f, items] of Object.entries(later)) {
    const mine = first[f];
    if (!Array.isArray(items) || !Array.isArray(mine)) continue;
    const have = new Set(mine.map((x) => JSON.stringify(x)));
    const added = items.filter((x) => !have.has(JSON.stringify(x)));
    if (added.length > 0) out = { ...out, [f]: [...mine, ...added] };
  }
  return out;
}

export function createPageReading(readPage: ReadPage, opts: PageReadingOptions = {}): PageReading {
  const chunk = Math.max(1, opts.chunkRows ?? CHUNK_ROWS);
  const max = Math.max(chunk, opts.maxRows ?? MAX_ROWS_PER_READ);
  const idle = opts.idle ?? defaultIdle;
  let generation = 0;
  const session = createReadSession();
  session.shadowHosts = opts.shadowHosts;

  /** Element → shown when the last reads looked at it, for elements whose attributes changed since. */
  const shownBefore = new Map<Element, boolean>();
  /** Before `records` drop the memo: what it said of each changed element and its children and grandchildren. */
  function keepShown(records: ArrayLike<MutationRecord>) {
    for (let i = 0; i < records.length && shownBefore.size < MAX_SHOW_CHECKS; i++) {
      const r = records[i]!;
      if (r.type !== 'attributes' || r.attributeName === null || !SHOWING_ATTRIBUTES.has(r.attributeName) || r.target.nodeType !== 1 || onlyResized(r)) continue;
      // breadth first: the element, its children, their children (a class on a tab bar's wrapper
      // decides which pane under it shows), never more than LOOKS_PER_CHANGE
      let level: Element[] = [r.target as Element];
      let looks = 0;
      for (let depth = 0; depth < 3 && level.length > 0; depth++) {
        const next: Element[] = [];
        for (const el of level) {
          if (looks++ >= LOOKS_PER_CHANGE || shownBefore.size >= MAX_SHOW_CHECKS) break;
          const known = session.visibility.get(el);
          if (known !== undefined && !shownBefore.has(el)) shownBefore.set(el, known !== false);
          if (depth < 2) for (let c = el.firstElementChild; c && next.length < LOOKS_PER_CHANGE; c = c.nextElementSibling) next.push(c);
        }
        level = next;
      }
    }
  }

  return {
    changed: (records) => {
      keepShown(records);
      invalidate(session, records);
    },
    showChecks: () => shownBefore.size,
    showingChanged(doc) {
      if (shownBefore.size === 0) return false;
      const checks = [...shownBefore];
      shownBefore.clear();
      // in the session: what this decides is what the next read would (the changes dropped it)
      return withReadSession(session, doc, () => {
        const cache = createVisibilityCache();
        return checks.some(([el, was]) => el.isConnected && isVisible(el, cache) !== was);
      });
    },
    valueChanged: (target) => invalidateNode(session, target),
    reset: () => resetSession(session),
    rowOf: (subject) => subjectRow(session, subject),
    async read(doc, url) {
      const mine = ++generation;
      // this read sees every change so far
      shownBefore.clear();
      const rowsMemo = new Map<Element, Element[]>();
      let result: { reader: string; facts: PageFacts } | null = null;
      let total = 0;
      // a re-read after changes inside data cells only (the grid, its rows and the page state are
      // kept) and to at most one chunk's worth of rows: all rows in one go (the rest are kept records)
      const warm = session.page.size > 0 && session.dropped <= chunk;
      // a first read starts with small chunks (FIRST_CHUNK_ROWS, then SECOND_CHUNK_ROWS): the read's first task also finds
      // the page's grid and runs code not yet compiled, so a chunk of `chunk` rows was its longest, and the next one too
      const first = warm ? max : Math.min(chunk, FIRST_CHUNK_ROWS);
      for (let start = 0, size = first; start < max; start += size) {
        if (start > 0) {
          await new Promise<void>((resolve) => idle(resolve));
          if (mine !== generation) return result ? { ...result, superseded: true } : null;
          size = warm ? max : start === first ? Math.min(chunk, SECOND_CHUNK_ROWS) : chunk;
        }
        const window: RowWindow = { start, limit: Math.min(size, max - start), rowsMemo };
        const part = withReadSession(session, doc, () => withRowWindow(window, () => readPage(doc, url)));
        // each chunk lists the rows as far as its window ends and counts the rest: the latest count is the truest
        if (window.totalRows !== undefined) total = window.totalRows;
        if (!part) {
          if (start === 0) return null;
          break;
        }
        result = result && result.reader === part.reader ? { reader: part.reader, facts: merge(result.facts, part.facts) } : (result ?? part);
        if (total <= start + size) break;
      }
      readDone(session);
      if (result && total > max) result = { ...result, facts: { ...result.facts, partial: { rowsRead: max, rowsShown: total } } };
      return result;
    },
  };
}
