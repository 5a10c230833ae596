import { isColumnNode, onlyResized } from './column-change';
import { forgetBoxOf, forgetTableColumns, positionMatters, REL_EMPTY, REL_HAS, REL_NTH_OF, REL_POSITION, REL_SIBLING, styleRelations, upperTag, type VisibilityCache } from './visibility';

export { changesColumns, onlyResized } from './column-change';

/**
 * A READ SESSION: what the reads of one page (a content script's) may keep from one read to the
 * next while the DOM under it does not change, so a change to one row re-reads that row only.
 *
 *   const session = createReadSession();
 *   withReadSession(session, () => readPage(doc, url));   // every read of the page
 *   invalidate(session, mutationRecords);                  // from a MutationObserver
 *
 * It holds
 * - `visibility`: the element → visible memo (./visibility) every read of the session shares
 *   (createVisibilityCache answers it while a session is active);
 * - `units` / `text`: element → text units (./units textUnits) and element → visible text
 *   (./visible-text), the costly part of reading a cell or field.
 *
 * Entries are dropped, never patched: a change of content (childList, characterData, an input's
 * value) drops the memo of the changed node and of its ancestors (their text holds it); a change
 * of attributes drops the element, its ancestors and its descendants (their visibility and kind
 * hang on it), but a style change that only sizes a box (a column resized: onlyResized) drops nothing,
 * and a table's `<col>` / `<colgroup>` changed drops that table (dropTable); a moved-in element drops
 * its subtree's visibility (new ancestors); a style sheet
 * added, removed or grown (CSS-in-JS inserting rules) drops everything, as does a location change.
 * Where the page's hiding rules make an element's look hang on other elements than its ancestors (./visibility
 * styleRelations: sibling combinators, positions among siblings, `:empty`, `:has()`), a change drops those too
 * (dropRelated); pages without such rules drop no more than that.
 * Readers keep their `read(doc, url)` shape: the session is a dynamic scope around one synchronous
 * read, like the row window (./row-window). Outside a session nothing is kept (the CLI, tests).
 */
export interface ReadSession {
  visibility: VisibilityCache;
  /** words object (a provider's lists) → element → memoised units; see units.ts. */
  units: Map<object, WeakMap<Element, unknown>>;
  text: WeakMap<Element, string>;
  /** parent element → the kind its children inherit (units.ts inheritedKind). */
  kinds: WeakMap<Element, unknown>;
  /**
   * Data rows of each grid (table / ARIA grid → rows), dropped when rows or sections are added or
   * removed (not when a cell's content changes).
   */
  rows: Map<Element, Element[]>;
  /** row element → each reader's record of it (rowRecord). */
  records: WeakMap<Element, Map<string, RowRecordEntry>>;
  /** table row → its layout line (table.ts), for rows no row span crosses. */
  lines: WeakMap<Element, Element[]>;
  /**
   * What reads found in the page OUTSIDE the data cells of its grids (which grid, its header, its
   * rows and their cells; the page's loading / error state), kept while every DOM change since was
   * inside a data cell of a grid found (`dataRows`): a cell's content changing (a row's billing
   * text, a status) changes none of it. Any other change drops it (see invalidate).
   */
  page: Map<object, Array<{ with: unknown; value: unknown }>>;
  /** Data rows of the grids in `page` (in a tbody, or role=row): their td / gridcell / cell children are data cells. */
  dataRows: WeakSet<Element>;
  /**
   * A record's subject (a server's id, a domain name) → the grid row the last reads read it from
   * (noteRow): where the in-page UI looks for the subject first, instead of walking the page's text.
   */
  subjectRows: Map<string, Element>;
  /** Row records dropped since the last read (`rowRecord`s to compute again); Infinity after a reset. */
  dropped: number;
  /** Rules of the page's style sheets when the memo was made (a change drops everything). */
  sheetRules: number;
  /** Bumped whenever everything is dropped. */
  generation: number;
  /**
   * The hosts of the page's open shadow roots, found by the content script as they appear
   * (src/ui/page/shadow-watch): the shadow copy (./shadow-copy) looks at them instead of at every
   * element. undefined: not known (look at every element).
   */
  shadowHosts?: readonly Element[] | undefined;
}

let current: ReadSession | undefined;
/** A token of the read in progress inside a session (each withReadSession call), for memos kept for one read only. */
let currentReadToken: object | undefined;

/** Everything a session holds, empty. */
function emptyMemos(): Omit<ReadSession, 'sheetRules' | 'generation'> {
  return { visibility: new WeakMap(), units: new Map(), text: new WeakMap(), kinds: new WeakMap(), rows: new Map(), records: new WeakMap(), lines: new WeakMap(), page: new Map(), dataRows: new WeakSet(), subjectRows: new Map(), dropped: Infinity };
}

export function createReadSession(): ReadSession {
  return { ...emptyMemos(), sheetRules: -1, generation: 0 };
}

/** The session of the read in progress, if any. */
export function readSession(): ReadSession | undefined {
  return current;
}

/** Runs `read` outside any session: nothing kept, nothing used (a read of a page's shadow copy, made anew each time). */
export function withoutReadSession<T>(read: () => T): T {
  const outer = current;
  current = undefined;
  try {
    return read();
  } finally {
    current = outer;
  }
}

/** Runs `read` inside `session` (the page's style sheets are checked first: see sheetRuleCount). */
export function withReadSession<T>(session: ReadSession, doc: Document, read: () => T): T {
  const rules = sheetRuleCount(doc);
  if (rules !== session.sheetRules) {
    resetSession(session);
    session.sheetRules = rules;
  }
  const outer = current;
  const outerRead = currentReadToken;
  current = session;
  currentReadToken = {};
  try {
    return read();
  } finally {
    current = outer;
    currentReadToken = outerRead;
  }
}

/**
 * The read in progress when inside a session (an object of its own for each read), else undefined: a memo for one read
 * keyed by it, not by the session's visibility cache, which outlives the read (a cell's text may change before the next).
 */
export function currentRead(): object | undefined {
  return current ? currentReadToken : undefined;
}

/** Drops everything the session holds. */
export function resetSession(session: ReadSession): void {
  Object.assign(session, emptyMemos());
  session.generation += 1;
}

function dropPage(session: ReadSession): void {
  if (session.page.size > 0) session.page = new Map();
  session.dataRows = new WeakSet();
}

/**
 * A value read from the page outside the data cells of its grids (see ReadSession.page), kept across
 * reads while only data cells changed: `compute()` again otherwise, and outside a session. Keyed by
 * `fn` (an object: the function or a reader's vocabulary) and `args` (compared one by one with ===).
 */
export function pageMemo<T>(fn: object, args: readonly unknown[], compute: () => T): T {
  const session = current;
  if (!session) return compute();
  let list = session.page.get(fn);
  const hit = list?.find((e) => sameArgs(e.with as unknown[], args));
  if (hit) return hit.value as T;
  const value = compute();
  if (!list) session.page.set(fn, (list = []));
  // a caller passing new objects each read never hits: keep its entries bounded (oldest go first)
  if (list.length >= MAX_MEMO_ENTRIES) list.shift();
  list.push({ with: args, value });
  return value;
}

/** Entries kept per memoised function: one per grid and row window of a read (2,000 / 250 = 8 windows). */
const MAX_MEMO_ENTRIES = 32;

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const DATA_CELL = /^(?:td|gridcell|cell)$/i;

/**
 * Marks the rows of a grid read (kept in `page`): a change inside one of their cells keeps the page
 * memo. Only rows the page-state walks skip (in a tbody, or role=row) and only cells they skip
 * (td, gridcell, cell: see insideDataCell), so a change in them cannot change the page's state.
 */
export function keepDataCells(rows: ReadonlyArray<{ row: Element }>): void {
  const session = current;
  if (!session) return;
  for (const { row } of rows) {
    if (row.getAttribute('role') === 'row' || upperTag(row.parentElement) === 'TBODY') session.dataRows.add(row);
  }
}

/** The read is done: count dropped row records from here (see ReadSession.dropped). */
export function readDone(session: ReadSession): void {
  session.dropped = 0;
}

/**
 * A change strictly inside a data cell (attributes: of an element inside it; content: of it or
 * inside it) that adds or removes no rows or tables.
 */
function insideDataCell(session: ReadSession, r: MutationRecord): boolean {
  let n: Node | null = r.type === 'attributes' ? r.target.parentNode : r.target;
  let cell: Element | undefined;
  for (let depth = 0; n && depth < 40; depth++, n = n.parentNode) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const parent = el.parentElement;
    if (parent && session.dataRows.has(parent)) {
      cell = el;
      break;
    }
    const tag = upperTag(el);
    if (tag === 'TR' || tag === 'TBODY' || tag === 'TABLE' || tag === 'BODY') return false;
  }
  if (!cell || !(DATA_CELL.test(cell.tagName) || DATA_CELL.test(cell.getAttribute('role') ?? ''))) return false;
  if (r.type !== 'childList') return true;
  const added = r.addedNodes;
  for (let j = 0; j < added.length; j++) {
    const a = added[j];
    if (a && a.nodeType === 1 && (holdsRows(a) || (a as Element).querySelector('table, [role="grid"], [role="table"]'))) return false;
  }
  return true;
}

/** Elements below which an attribute change drops the whole session rather than each descendant. */
const MAX_DESCENDANTS = 2000;
const STYLE_TAGS = new Set(['STYLE', 'LINK']);
/** A table's columns: what they collapse hides cells that are neither their ancestors nor descendants (./visibility inCollapsedColumn). */

/**
 * Drops what the session holds of `el`: its visibility, kind and row record, and (not `contextOnly`) its text, units and
 * layout line; and what it holds of `el` as a box of others (`boxes`: a carousel track's slides, a table's collapsed
 * columns, ./visibility forgetBoxOf) — not for an ancestor of a change (a cell's text changed: its table's columns stay).
 */
function forget(session: ReadSession, el: Element, contextOnly?: boolean, boxes = true): void {
  session.visibility.delete(el);
  if (boxes) forgetBoxOf(session.visibility, el);
  session.kinds.delete(el);
  if (session.records.delete(el)) session.dropped += 1;
  if (contextOnly) return;
  session.text.delete(el);
  session.lines.delete(el);
  for (const m of session.units.values()) m.delete(el);
}

function dropUp(session: ReadSession, from: Node | null): void {
  let first = true;
  for (let n: Node | null = from; n; n = n.parentNode) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    // (the changed element's boxes, not its ancestors')
    forget(session, el, false, first);
    first = false;
    // an expanded detail row's values belong to the record of the data row before it (./detail-row)
    const before = el.previousElementSibling;
    if (before && session.records.has(before) && mayBeDetailRow(el) && session.records.delete(before)) session.dropped += 1;
  }
}

/** A row of at most three cells, or one whose class says "expanded" (see ./detail-row): cheap, may over-match. */
function mayBeDetailRow(el: Element): boolean {
  if (/expand/i.test(el.getAttribute('class') ?? '')) return true;
  if (upperTag(el) !== 'TR' && el.getAttribute('role') !== 'row') return false;
  return el.childElementCount <= 3;
}

/** Drops `el`'s descendants; false when there are too many (the caller drops everything). */
function dropDown(session: ReadSession, el: Element, contextOnly: boolean): boolean {
  const all = el.getElementsByTagName('*');
  if (all.length > MAX_DESCENDANTS) return false;
  for (let i = 0; i < all.length; i++) forget(session, all[i]!, contextOnly);
  return true;
}

function isStyleNode(n: Node): boolean {
  return n.nodeType === 1 && STYLE_TAGS.has(upperTag(n as Element));
}

/**
 * A style sheet's element added or removed with `n`: `n` itself or one inside it (a micro-frontend's wrapper put in
 * the page with its `<style>`s; in the reader's copy, ../../snapshot/apply-patch writing an element's content anew
 * adds whatever it holds). Only top-level ones were looked at: the kept visibility of elements elsewhere outlived a
 * style that now hid them.
 */
function holdsStyle(n: Node): boolean {
  return isStyleNode(n) || (n.nodeType === 1 && (n as Element).querySelector('style, link') !== null);
}

/**
 * A table's columns changed (a `<col>` / `<colgroup>` attribute, one added or removed): what it
 * collapses hides that table's cells, so the table's memo goes (its cells, rows, records; its
 * ancestors' texts), not the page's. True when the table is too big to drop piece by piece (the
 * caller drops everything) or there is no table above `from`.
 */
function dropTable(session: ReadSession, from: Node): boolean {
  let table: Node | null = from;
  while (table && !(table.nodeType === 1 && upperTag(table as Element) === 'TABLE')) table = table.parentNode;
  if (!table) return true;
  forgetTableColumns(session.visibility, table as Element);
  if (!dropDown(session, table as Element, false)) return true;
  dropUp(session, table);
  return false;
}

/** Tags and roles whose child list makes a grid's row list (a row added, removed, moved; a cell added). */
const ROW_STRUCTURE_TAGS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR']);
const ROW_STRUCTURE_ROLES = new Set(['grid', 'table', 'treegrid', 'rowgroup', 'row']);
/** Attributes another element's visibility hangs on (an overlay hidden by its trigger). */
const LINKING = new Set(['aria-expanded', 'aria-controls', 'aria-owns', 'id']);

function isRowStructure(n: Node): boolean {
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  if (ROW_STRUCTURE_TAGS.has(upperTag(el))) return true;
  const role = el.getAttribute('role');
  return role !== null && ROW_STRUCTURE_ROLES.has(role);
}

/** An added or removed subtree that is or holds rows. */
function holdsRows(n: Node): boolean {
  return isRowStructure(n) || (n.nodeType === 1 && (n as Element).querySelector('tr, [role="row"], [role="rowgroup"]') !== null);
}

/**
 * Drops what DOM changes make stale. `records` are MutationRecords (childList, characterData,
 * attributes).
 */
export function invalidate(session: ReadSession, records: ArrayLike<MutationRecord>): void {
  // the page's REL_ flags, asked once per batch and only when a change may need them (kept with the session's hiding index)
  let relations = -1;
  const related = (n: Node): number => {
    if (relations < 0) {
      const doc = n.nodeType === 9 ? (n as Document) : n.ownerDocument;
      relations = doc ? styleRelations(doc, session.visibility) : 0;
    }
    return relations;
  };
  for (let i = 0; i < records.length; i++) if (dropFor(session, records[i]!, related)) return resetSession(session);
}

/** Drops what one change makes stale; true when everything must go (the caller resets the session). */
function dropFor(session: ReadSession, r: MutationRecord, related: (n: Node) => number): boolean {
  const target = r.target;
  // a box resized (a column's width while the user drags it): nothing shown or hidden, nothing dropped
  if (r.type === 'attributes' && onlyResized(r)) return false;
  if (session.page.size > 0 && !insideDataCell(session, r)) dropPage(session);
  if (r.type === 'attributes') {
    if (target.nodeType !== 1) return false;
    const el = target as Element;
    if (isStyleNode(el) || (r.attributeName !== null && LINKING.has(r.attributeName))) return true;
    if (isColumnNode(el)) return dropTable(session, el);
    if (!dropDown(session, el, false)) return true;
    dropUp(session, el);
    // a role decides what a grid's rows are
    if (r.attributeName === 'role') session.rows = new Map();
    return dropRelated(session, el, related(el), 'matched');
  }
  if (r.type === 'childList') {
    const added = Array.from(r.addedNodes);
    const moved = [...added, ...Array.from(r.removedNodes)];
    if (isStyleNode(target) || moved.some(holdsStyle)) return true;
    if ((isColumnNode(target) || moved.some(isColumnNode)) && dropTable(session, target)) return true;
    if (isRowStructure(target) || (session.rows.size > 0 && moved.some(holdsRows))) session.rows = new Map();
    for (const n of added) {
      if (n.nodeType !== 1) continue;
      // a moved element: its subtree's visibility, kinds and records were decided under other ancestors
      forget(session, n as Element, true);
      if (!dropDown(session, n as Element, true)) {
        session.visibility = new WeakMap();
        session.kinds = new WeakMap();
        session.records = new WeakMap();
        session.dropped = Infinity;
      }
    }
    dropUp(session, target);
    return dropRelated(session, target, related(target), moved.some((n) => n.nodeType === 1) ? r : 'content');
  }
  dropUp(session, target);
  // a text emptied, or filled where it was empty (when the record says): its element's `:empty` may change with it
  if (r.type === 'characterData' && target.parentNode && ((target as CharacterData).data === '' || r.oldValue === '')) return dropRelated(session, target.parentNode, related(target), 'content');
  return false;
}

/**
 * Drops what the page's hiding rules make hang on a change to `at` besides `at`, its subtree and ancestors (dropped
 * already), by the REL_ flags `rel` (./visibility styleRelations); true when everything must go. `how`: `matched`, an
 * attribute of `at` changed (which selectors it matches); `content`, text put in or taken out of `at` (only `:empty`
 * sees it); a MutationRecord, elements put in or taken out of `at`. A rule of a sheet that cannot be read is not known
 * (REL_UNKNOWN): nothing more is dropped for it — widening every change on the consoles whose sheets are another
 * origin's (most: a CDN's) would re-read a list's rows whenever one row's class changed.
 */
function dropRelated(session: ReadSession, at: Node, rel: number, how: 'matched' | 'content' | MutationRecord): boolean {
  if ((rel & (REL_SIBLING | REL_POSITION | REL_EMPTY | REL_HAS | REL_NTH_OF)) === 0) return false;
  const el = at.nodeType === 1 ? (at as Element) : null;
  if (how === 'content') {
    // text only: no element's position changes; `at`'s `:empty` may, and what hangs on it
    if ((rel & REL_EMPTY) === 0) return false;
    if (rel & REL_HAS) return true;
    return (rel & REL_SIBLING) !== 0 && el !== null && !dropFollowing(session, el.nextElementSibling);
  }
  // `:has()`: the anchor may be any ancestor, or a sibling before one, and hide anything under it: a fresh read
  if (rel & REL_HAS) return true;
  if (how === 'matched') {
    if (!el) return false;
    // `:nth-child(… of S)`: the siblings before count on the ones after too
    if (rel & REL_NTH_OF) return !dropFollowing(session, el.parentElement?.firstElementChild ?? el);
    return (rel & REL_SIBLING) !== 0 && !dropFollowing(session, el.nextElementSibling);
  }
  const parent = at as ParentNode;
  const added = how.addedNodes;
  // (the elements put in are new to the session, dropped above: a section's content written anew, as a patch of the
  // reader's copy does, is not dropped twice)
  const fresh: ReadonlySet<Node> | undefined = added.length > 0 ? new Set(Array.from(added)) : undefined;
  // positions among siblings: the children of `at` (before and after the change: `:nth-last-child` counts the ones
  // after) that a rule's compound with a structural pseudo-class matches (a row added to a list whose rules position
  // only a steps bar's items drops no row); with a sibling combinator, the ones after too (below)
  if (rel & (REL_POSITION | REL_NTH_OF)) {
    const cache = session.visibility;
    if (!dropFollowing(session, parent.firstElementChild, fresh, (c) => positionMatters(c, cache))) return true;
  }
  if (rel & REL_SIBLING) {
    // the siblings after the change: after the elements put in; after where elements were taken out (by the
    // record's neighbours, when they are still there; else all)
    let done: Set<Element> | undefined;
    for (let i = 0; i < added.length; i++) {
      const n = added[i]!;
      if (n.nodeType !== 1 || n.parentNode !== at || !fresh) continue;
      let after = (n as Element).nextElementSibling;
      while (after && fresh.has(after)) after = after.nextElementSibling;
      // (elements put in side by side: the same siblings after them, dropped once)
      if (!after || done?.has(after)) continue;
      (done ??= new Set()).add(after);
      if (!dropFollowing(session, after, fresh)) return true;
    }
    if (Array.from(how.removedNodes).some((n) => n.nodeType === 1)) {
      const next = how.nextSibling;
      const before = how.previousSibling;
      const first =
        next && next.parentNode === at
          ? next.nodeType === 1
            ? (next as Element)
            : (next as CharacterData).nextElementSibling
          : before && before.parentNode === at
            ? (before as Element | CharacterData).nextElementSibling
            : parent.firstElementChild;
      if (!dropFollowing(session, first, fresh)) return true;
    }
  }
  // `at` empty now, or no more: what follows it
  return (rel & REL_EMPTY) !== 0 && (rel & REL_SIBLING) !== 0 && el !== null && !dropFollowing(session, el.nextElementSibling);
}

/**
 * Drops `first` and the siblings after it with their subtrees, but those in `skip` (put in by the change: dropped as
 * such) and those `only` says no to; false past MAX_DESCENDANTS in all (the caller drops everything).
 */
function dropFollowing(session: ReadSession, first: Element | null, skip?: ReadonlySet<Node>, only?: (el: Element) => boolean): boolean {
  let left = MAX_DESCENDANTS;
  for (let s = first; s; s = s.nextElementSibling) {
    if (skip?.has(s) || (only && !only(s))) continue;
    const all = s.getElementsByTagName('*');
    left -= all.length + 1;
    if (left < 0) return false;
    forget(session, s);
    for (let i = 0; i < all.length; i++) forget(session, all[i]!);
  }
  return true;
}

/** Drops the memo of an element whose value changed without a DOM mutation (an input's value, a checkbox). */
export function invalidateNode(session: ReadSession, node: Node | null): void {
  if (node) dropUp(session, node);
}

/**
 * Style rules on the page (each sheet's rule count): a sheet added, removed or grown changes what
 * may be hidden. Cheap: the <style>/<link> elements of <head> and the top of <body>.
 */

export function sheetRuleCount(doc: Document): number {
  let n = 0;
  const visit = (el: Element, depth: number) => {
    // the sheets visibility.ts pageSheets looks at (not inside tables)
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = upperTag(c);
      if (tag === 'STYLE' || tag === 'LINK') {
        n += 1;
        try {
          n += ((c as HTMLStyleElement).sheet as CSSStyleSheet | null)?.cssRules?.length ?? 0;
        } catch {
          n += 1_000_000; // cross-origin: count it, cannot look inside
        }
      } else if (depth > 0 && !ROW_STRUCTURE_TAGS.has(tag)) visit(c, depth - 1);
    }
  };
  try {
    if (doc.head) visit(doc.head, 1);
    if (doc.body) visit(doc.body, 3);
  } catch {
    return -2;
  }
  return n;
}

/** A grid row's cells by column key (a reader's TableRow). */
export type RowCells = Readonly<Partial<Record<string, Element>>>;

export interface RowRecordEntry {
  cells: RowCells;
  context: unknown;
  value: unknown;
}

/**
 * A reader's record of one grid row, kept during a read session while the row does not change:
 * `compute(cells)` runs again when the row's memo was dropped (a change in or around it), when the
 * grid maps other cells to the columns or when `context` (what else the record hangs on, e.g. the
 * page's region; compared with ===) differs. Outside a session: `compute(cells)`. `kind` tells
 * readers apart (two readers may read one row). One `compute` per read, not per row: nothing is
 * allocated for a kept row.
 */
export function rowRecord<C extends RowCells, T>(kind: string, row: Element, cells: C, context: unknown, compute: (cells: C) => T): T {
  const session = current;
  if (!session) return compute(cells);
  let byKind = session.records.get(row);
  const hit = byKind?.get(kind);
  if (hit && hit.context === context && sameCells(hit.cells, cells)) return hit.value as T;
  const value = compute(cells);
  if (!byKind) {
    byKind = new Map();
    session.records.set(row, byKind);
  }
  byKind.set(kind, { cells, context, value });
  return value;
}

/** Subjects noted at most (rows of earlier pages of a list are forgotten past it). */
const MAX_SUBJECT_ROWS = 10_000;

/**
 * During a read session: `subject` (a record's id or domain name) was read from grid row `row`. The
 * in-page UI asks the session (subjectRow) where to put the subject's warning before it walks the page.
 */
export function noteRow(subject: string, row: Element): void {
  const rows = current?.subjectRows;
  if (!rows) return;
  if (rows.size >= MAX_SUBJECT_ROWS && !rows.has(subject)) rows.clear();
  rows.set(subject, row);
}

/** The row `subject` was last read from, while it is in the page (see noteRow); undefined else. */
export function subjectRow(session: ReadSession, subject: string): Element | undefined {
  const row = session.subjectRows.get(subject);
  return row?.isConnected ? row : undefined;
}

/** The same element under each key (a kept grid hands out the very same object). */
function sameCells(a: RowCells, b: RowCells): boolean {
  if (a === b) return true;
  for (const k in a) if (a[k] !== b[k]) return false;
  for (const k in b) if (!(k in a)) return false;
  return true;
}
