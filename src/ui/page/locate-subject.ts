/**
 * Where an in-page warning goes: next to the row or field whose visible text (or input value) contains
 * the result's subject — the instance id, the domain, the website name. Pure DOM reading; no class
 * names, so it survives console redesigns. Our own warning hosts are never matched.
 *
 * Cost: a few subjects (an update after one row changed) are found through the rows' native
 * textContent; many (a first render of a long list) in one walk over the page's text that stops as soon
 * as every subject has its row. Both are generators that yield every few hundred nodes, so a caller can
 * spread a long search over short tasks (./page-view); `createSubjectLocator` runs them to the end.
 */
export const HOST_TAG = 'icp-preflight-warning';

const ROW = 'tr, [role="row"]';
const CELL = 'td, th, [role="gridcell"], [role="cell"]';
/** What an id, a domain or a name is made of (the pieces a subject is matched by). */
const TOKEN = /[\p{L}\p{N}_.-]+/gu;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', HOST_TAG.toUpperCase()]);
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;
/** Up to this many subjects, each is looked for through the rows' textContent; more: one walk over all text. */
const FEW = 16;
/** Nodes (or rows) between two yields: well under a millisecond of work. */
const STEP = 256;
/** Rows named by the reader (each a walk over one row's text) between two yields. */
const HINTS_PER_STEP = 32;

function fold(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFKC').toLowerCase() : s.toLowerCase();
}

/** The needle occurs as a whole token: not inside a longer id or domain name. */
export function containsSubject(text: string, subject: string): boolean {
  return containsNeedle(fold(text), fold(subject).trim());
}

/** containsSubject of text and subject already folded (`needle` trimmed). */
function containsNeedle(hay: string, needle: string): boolean {
  if (!needle) return false;
  let i = hay.indexOf(needle);
  while (i >= 0) {
    const before = hay[i - 1] ?? ' ';
    const after = hay.slice(i + needle.length, i + needle.length + 2);
    const okBefore = !/[\p{L}\p{N}_-]/u.test(before);
    const okAfter = !/^[\p{L}\p{N}_-]/u.test(after) && !/^\.[\p{L}\p{N}]/u.test(after);
    if (okBefore && okAfter) return true;
    i = hay.indexOf(needle, i + 1);
  }
  return false;
}

function insideHost(el: Element): boolean {
  return el.closest(HOST_TAG) !== null;
}

/**
 * Text of an element as separate pieces (text nodes joined by a space, as they appear apart on
 * screen), without our own warning hosts.
 */
function ownText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (p && !SKIP.has(p.tagName) && !insideHost(p)) parts.push(n.textContent ?? '');
  }
  return parts.join(' ');
}

/** The grid row a page read found a subject in (../page-reading rowOf), or the element in it holding the subject (subjectHolder), or undefined. */
export type SubjectRowOf = (subject: string) => Element | undefined;

export interface Placement {
  /** The element the warning is anchored to (a table cell, a field's container, a text block). */
  anchor: Element;
  kind: 'row' | 'field' | 'text';
  /**
   * What shows the subject: the text node (the marker goes beside it), the input whose value it is,
   * or the anchor itself when the subject is split across elements.
   */
  shows: Node;
}

/** The placement still holds: its node is in the page, inside its anchor, and still shows the subject. */
export function stillShows(at: Placement, subject: string): boolean {
  const { anchor, shows } = at;
  if (!anchor.isConnected || !shows.isConnected || (shows !== anchor && !anchor.contains(shows))) return false;
  if (shows instanceof HTMLInputElement || shows instanceof HTMLTextAreaElement) return containsSubject(shows.value, subject);
  if (shows.nodeType === Node.TEXT_NODE) return containsSubject((shows as Text).data, subject);
  return containsSubject(ownText(anchor), subject);
}

/** A text node that may hold a warning's subject: not in a script or style, not in our own hosts. */
function usable(n: Node): Element | null {
  const p = n.parentElement;
  return p && !SKIP.has(p.tagName) && !insideHost(p) ? p : null;
}

/** The row placement for a text node that shows the subject: the cell it is in (within the row), else the row. */
function rowPlacement(text: Node, parent: Element): Placement | null {
  const row = parent.closest(ROW);
  if (!row) return null;
  const cell = parent.closest(CELL);
  return { anchor: cell && row.contains(cell) ? cell : row, kind: 'row', shows: text };
}

function textPlacement(text: Node, parent: Element): Placement {
  return { anchor: parent.closest('p, li, dd, td, div, section') ?? parent, kind: 'text', shows: text };
}

/**
 * The first text node in `el` that shows `subject` as a whole token. The text is tested before its
 * parent: most of a row's text nodes (other cells, the whitespace between elements) do not show it, and
 * `usable`'s look up the ancestors for our own host cost more than the test (on the 500-row Tencent list
 * it was most of locating the rows the reader named). The subject is folded once, not once per text node.
 */
function textShowing(el: Element, subject: string): { text: Node; parent: Element } | null {
  const needle = fold(subject).trim();
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!containsNeedle(fold((n as Text).data), needle)) continue;
    const p = usable(n);
    if (p) return { text: n, parent: p };
  }
  return null;
}

/**
 * The element in `row` that holds the text showing `subject`, when the marker's place (rowPlacement: the cell
 * of that text) is within `row`; else null. The reader finds it in its copy of the page (../../snapshot/
 * read-snapshot) and names it to the page instead of the row: locating the subject in the page (step 0 of
 * locateSubjects) then walks that element's text, not the whole row's (on the 500-row Tencent list the rows'
 * text walks were ~3.5 ms of the page's first load).
 */
export function subjectHolder(row: Element, subject: string): Element | null {
  if (insideHost(row)) return null;
  const hit = textShowing(row, subject);
  const at = hit && rowPlacement(hit.text, hit.parent);
  return at && row.contains(at.anchor) ? hit.parent : null;
}

const isSingleToken = (needle: string) => {
  const m = needle.match(TOKEN);
  return m?.length === 1 && m[0] === needle;
};

/**
 * Finds every subject (row first, then a form field whose value it is, then any text), yielding every
 * STEP nodes; returns subject → placement (null: not on the page).
 */
export function* locateSubjects(
  doc: Document,
  subjects: Iterable<string>,
  shadowRoots: readonly ShadowRoot[] = [],
  rowOf?: SubjectRowOf,
): Generator<void, Map<string, Placement | null>> {
  const out = new Map<string, Placement | null>();
  const body = doc.body;
  /** needle → the subjects written that way (a subject's case or width may differ from another's) */
  const open = new Map<string, string[]>();
  for (const subject of subjects) {
    if (out.has(subject)) continue;
    const needle = fold(subject).trim();
    out.set(subject, null);
    if (!needle || !body) continue;
    const same = open.get(needle);
    if (same) same.push(subject);
    else open.set(needle, [subject]);
  }
  const settle = (needle: string, at: Placement) => {
    for (const s of open.get(needle) ?? []) out.set(s, at);
    open.delete(needle);
  };
  // 0. the row the page's reader read the subject from (a list's record), or the element in it that holds the
  // subject's text (subjectHolder), when it still shows it there: no walk over the page's text for a list
  // whose rows the reader has just read
  if (rowOf) {
    let asked = 0;
    for (const [needle, same] of [...open]) {
      if (++asked % HINTS_PER_STEP === 0) yield;
      const named = rowOf(same[0]!);
      if (!named || insideHost(named)) continue;
      const hit = textShowing(named, same[0]!);
      const at = hit && rowPlacement(hit.text, hit.parent);
      if (at && (named.contains(at.anchor) || at.anchor.contains(named))) settle(needle, at);
    }
  }
  // the page, then each open shadow root (a micro-frontend's content) for what the page does not show
  for (const scope of [body, ...shadowRoots]) {
    if (open.size === 0 || !scope) break;
    yield* locateIn(doc, scope, open, settle);
  }
  return out;
}

/** Steps 1-3 in `body` (the page's body or an open shadow root) for the `open` needles; `settle` takes each one found. */
function* locateIn(doc: Document, body: Element | ShadowRoot, open: Map<string, string[]>, settle: (needle: string, at: Placement) => void): Generator<void, void> {
  const textHit = new Map<string, Placement>();
  /** needles that some row may show split across elements (or as several words): step 1c */
  const split = new Set<string>();

  // 1a. a few subjects: the first row whose (native) textContent has it, checked text node by text node
  if (open.size <= FEW) {
    const rows = body.querySelectorAll(ROW);
    let pending = [...open.keys()].map((needle) => ({ needle, subject: open.get(needle)![0]! }));
    for (let i = 0; i < rows.length && pending.length; i++) {
      if (i % STEP === STEP - 1) yield;
      const row = rows[i]!;
      const raw = row.textContent ?? '';
      let folded: string | undefined;
      pending = pending.filter(({ needle, subject }) => {
        if (!raw.includes(subject) && !(folded ??= fold(raw)).includes(needle)) return true;
        if (insideHost(row)) return true;
        const hit = textShowing(row, subject);
        const at = hit && rowPlacement(hit.text, hit.parent);
        if (!at) {
          split.add(needle);
          return true;
        }
        settle(needle, at);
        return false;
      });
    }
  } else {
    // 1b. many subjects: one walk over the page's text, each text node cut into tokens (a domain also
    // stands for its parents: www.a.com shows a.com); stops when every single-token subject has its row
    const single = new Set([...open.keys()].filter(isSingleToken));
    const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n && single.size; n = walker.nextNode()) {
      if (++seen % STEP === 0) yield;
      const data = (n as Text).data;
      if (data.length < 2) continue;
      for (const m of fold(data).matchAll(TOKEN)) {
        const t = m[0].replace(/\.+$/, '');
        for (let i = -1, at = t; ; ) {
          if (single.has(at)) {
            const p = usable(n);
            const subject = open.get(at)![0]!;
            if (p && containsSubject(data, subject)) {
              const row = rowPlacement(n, p);
              if (row) {
                settle(at, row);
                single.delete(at);
              } else if (!textHit.has(at)) textHit.set(at, textPlacement(n, p));
            }
          }
          i = t.indexOf('.', i + 1);
          if (i < 0) break;
          at = t.slice(i + 1);
        }
      }
    }
    for (const needle of open.keys()) if (!single.has(needle) || !textHit.has(needle)) split.add(needle);
  }

  // 1c. not found that way (split across elements, several words, or not in a row): every row's text,
  // the innermost row that shows it
  for (const needle of split) if (!open.has(needle)) split.delete(needle);
  if (split.size) {
    const rows = [...body.querySelectorAll(ROW)];
    const found = new Map<string, Element>();
    for (let i = 0; i < rows.length; i++) {
      if (i % STEP === STEP - 1) yield;
      const row = rows[i]!;
      const folded = fold(row.textContent ?? '');
      for (const needle of split) {
        if (!folded.includes(needle)) continue;
        const prev = found.get(needle);
        if (prev && !prev.contains(row)) continue; // the first match wins, unless a row inside it matches too
        if (insideHost(row) || !containsSubject(ownText(row), open.get(needle)![0]!)) continue;
        found.set(needle, row);
      }
    }
    for (const [needle, row] of found) {
      const subject = open.get(needle)![0]!;
      const cell = [...row.querySelectorAll(CELL)].find((c) => containsSubject(ownText(c), subject));
      const anchor = cell ?? row;
      settle(needle, { anchor, kind: 'row', shows: textShowing(anchor, subject)?.text ?? anchor });
    }
  }

  // 2. a form field whose value is the subject: its container with the label
  if (open.size) {
    for (const input of body.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (!open.size) break;
      if (input.type === 'hidden' || !input.value || insideHost(input)) continue;
      for (const needle of [...open.keys()]) {
        if (!containsSubject(input.value, open.get(needle)![0]!)) continue;
        let field: Element = input.parentElement ?? input;
        for (let up = 0; up < 5 && field.parentElement && field.parentElement !== body; up++) {
          if (ownText(field).trim()) break;
          field = field.parentElement;
        }
        settle(needle, { anchor: field, kind: 'field', shows: input });
      }
    }
  }

  // 3. any visible text: the text's element
  for (const needle of [...open.keys()]) {
    const hit = textHit.get(needle);
    if (hit) {
      settle(needle, hit);
      continue;
    }
    const subject = open.get(needle)![0]!;
    const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (++seen % STEP === 0) yield;
      const p = usable(n);
      if (p && containsSubject((n as Text).data, subject)) {
        settle(needle, textPlacement(n, p));
        break;
      }
    }
  }
}

/** Runs a generator of ./locate-subject to its end, at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Where one subject goes, on the document as it is now (tests; the page view locates in bulk). */
export function createSubjectLocator(doc: Document): (subject: string) => Placement | null {
  return (subject) => runToEnd(locateSubjects(doc, [subject])).get(subject) ?? null;
}
