import { pathOf } from './node-path';
import { topLevelRules } from './rule-count';
import { serializeInPieces, wholeMarkup } from './serialize-in-pieces';
import { controlKey, CONTROLS, MAX_CONTROLS, MAX_SHADOWS, SHEET_OWNERS } from './snapshot-limits';
import type { ControlState, PageSnapshot, ShadowState } from './snapshot-schema';

/**
 * The page as it is now, for reading outside the page (./read-snapshot): the work on the page's main
 * thread is the browser's own serializer (native, no script wrapper per node: about 1 ms for a 500-row
 * ECS list, 6 ms for a 500-row Tencent CVM list, 35 ms for 20,000 rows, in Chromium) and a look at the
 * form controls and style sheets. Runs in the content script; reads, never changes, the page.
 */
export function takeSnapshot(doc: Document, shadowRoots: readonly ShadowRoot[] = []): PageSnapshot {
  return { ...pageState(doc, shadowRoots), html: wholeMarkup(doc.documentElement, openRoots(shadowRoots)) };
}

/** Elements of a page whose markup is serialized in pieces (takeSnapshotInPieces) rather than at once. */
export const PIECE_ELEMENTS = 8000;

/**
 * The most elements a page may have for its markup to be serialized at once (one native call), not in pieces. The
 * browser's serializer writes about 0.16 µs an element (Chromium: 35 ms for 220,000); in pieces, each row written by a
 * call of its own plus the counts that split the work, the 500-row Tencent CVM list (28,454 elements) cost the content
 * script 36 ms of CPU against ~8 ms at once (session 54's profile: 16,000 had been the limit). At this limit, at once is
 * about 13 ms.
 */
export const AT_ONCE_ELEMENTS = 80_000;

/**
 * takeSnapshot for a big page: the markup in pieces of at most PIECE_ELEMENTS elements (./serialize-in-pieces), the
 * generator yielding whenever `yieldNow()` says so. A 20,000-row list (220,000 elements) took one task of about 50 ms
 * at once. The caller drops the snapshot when the page's content changed meanwhile.
 */
export function* takeSnapshotInPieces(doc: Document, shadowRoots: readonly ShadowRoot[], yieldNow: () => boolean, pieceElements = PIECE_ELEMENTS): Generator<void, PageSnapshot> {
  const html = yield* serializeInPieces(doc.documentElement, openRoots(shadowRoots), pieceElements, yieldNow);
  // (the controls' and sheets' look walks the whole page too: in a slice of its own)
  yield;
  return { ...pageState(doc, shadowRoots), html };
}

const openRoots = (roots: readonly ShadowRoot[]) => roots.filter((r) => r.mode === 'open');

/** What a snapshot carries besides the markup (a patch's read sends none of it: ../ui/page/snapshot-reading compares it with the last read's). */
export function pageState(doc: Document, shadowRoots: readonly ShadowRoot[]): Omit<PageSnapshot, 'html'> {
  const view = doc.defaultView;
  const parts = stateElements(doc);
  return {
    url: doc.URL,
    baseUrl: doc.baseURI,
    // quirks mode is the page's mode, not its doctype's presence: an old doctype (HTML 4.01 Transitional without a
    // system id) is quirks too, where class selectors match whatever their case — the copy, in standards mode, drew
    // a decoy that a `.Decoy { display: none }` hid in the page
    doctype: doc.compatMode !== 'BackCompat',
    width: clampSize(view?.innerWidth ?? 1280),
    height: clampSize(view?.innerHeight ?? 800),
    sheets: cssomSheets(parts.styles),
    adopted: rulesText(adoptedSheets(doc)),
    loadedSheets: loadedSheets(doc),
    controls: controlStates(parts.controls),
    popovers: openPopovers(parts.popovers),
    disabledSheets: disabledSheets(parts.owners),
    shadows: shadowStates(shadowRoots),
  };
}

/** A scope's elements whose state the markup does not carry, each list in document order (indexes are the copy's: ./open-copy). */
interface StateElements {
  /** `<style>`s (the query `style`). */
  styles: Element[];
  /** SHEET_OWNERS. */
  owners: Element[];
  /** `[popover]`. */
  popovers: Element[];
  /** CONTROLS. */
  controls: Element[];
}

/**
 * The four lists. A document's from the browser's live lists by tag (kept per document: a list the browser keeps up
 * to date is not walked again when nothing of its tag changed), merged in document order, and one query for
 * `[popover]`: a selector query walks the whole page each time, about 0.5 ms for the four lists on the 500-row list,
 * and a snapshot's state is looked at on every re-read. A shadow root (no lists by tag) by one query. Type selectors
 * match an `<svg>`'s `<style>` too, as `getElementsByTagName` does; a `<link>` is an owner when it matches
 * SHEET_OWNERS itself.
 */
function stateElements(scope: Document | ShadowRoot): StateElements {
  if (scope.nodeType !== 9) return queried(scope);
  const tags = liveTags(scope as Document);
  const styles = Array.from(tags.style);
  const links = Array.from(tags.link).filter((l) => l.matches(SHEET_OWNERS));
  return {
    styles,
    owners: inOrder([styles, links]),
    popovers: Array.from(scope.querySelectorAll('[popover]')),
    controls: inOrder([Array.from(tags.input), Array.from(tags.textarea), Array.from(tags.option)]),
  };
}

const TAGS = ['style', 'link', 'input', 'textarea', 'option'] as const;
type LiveTags = Record<(typeof TAGS)[number], HTMLCollectionOf<Element>>;
const liveByDoc = new WeakMap<Document, LiveTags>();
function liveTags(doc: Document): LiveTags {
  let tags = liveByDoc.get(doc);
  if (!tags) liveByDoc.set(doc, (tags = Object.fromEntries(TAGS.map((t) => [t, doc.getElementsByTagName(t) as HTMLCollectionOf<Element>])) as unknown as LiveTags));
  return tags;
}

/** Lists each in document order, merged in document order (a page has few of each but options). */
function inOrder(lists: Element[][]): Element[] {
  const some = lists.filter((l) => l.length > 0);
  if (some.length <= 1) return some[0] ?? [];
  return some.reduce((a, b) => {
    const out: Element[] = [];
    let i = 0;
    let j = 0;
    // (4: DOCUMENT_POSITION_FOLLOWING — b[j] comes after a[i])
    while (i < a.length && j < b.length) out.push(a[i]!.compareDocumentPosition(b[j]!) & 4 ? a[i++]! : b[j++]!);
    while (i < a.length) out.push(a[i++]!);
    while (j < b.length) out.push(b[j++]!);
    return out;
  });
}

/** The four lists of a shadow root, by one query. */
function queried(scope: Document | ShadowRoot): StateElements {
  const out: StateElements = { styles: [], owners: [], popovers: [], controls: [] };
  const all = scope.querySelectorAll(STATE_QUERY);
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const name = el.localName;
    if (name === 'style') {
      out.styles.push(el);
      out.owners.push(el);
    } else if (name === 'link') {
      if (el.matches(SHEET_OWNERS)) out.owners.push(el);
    } else if (name === 'input' || name === 'textarea' || name === 'option') out.controls.push(el);
    if (el.hasAttribute('popover')) out.popovers.push(el);
  }
  return out;
}

/** SHEET_OWNERS, CONTROLS and `[popover]` in one query (queried sorts them). */
const STATE_QUERY = `${SHEET_OWNERS}, ${CONTROLS}, [popover]`;

/**
 * What the markup does not carry of each open shadow root it carries (as declarative shadow DOM): its controls'
 * state, its `<style>`s' CSSOM rules, its adopted sheets — a micro-frontend mounted in a shadow root keeps its
 * form and its CSS-in-JS there. Each root is found in the copy by its host's path (./node-path). Roots with
 * nothing to carry are left out.
 */
function shadowStates(roots: readonly ShadowRoot[]): ShadowState[] {
  const out: ShadowState[] = [];
  for (const root of roots) {
    if (out.length >= MAX_SHADOWS) break;
    if (root.mode !== 'open') continue;
    const parts = stateElements(root);
    const sheets = cssomSheets(parts.styles);
    const adopted = rulesText(adoptedSheets(root));
    const controls = controlStates(parts.controls);
    const popovers = openPopovers(parts.popovers);
    const disabled = disabledSheets(parts.owners);
    if (sheets.length === 0 && adopted === '' && controls.length === 0 && popovers.length === 0 && disabled.length === 0) continue;
    const host = pathOf(root.host);
    if (host) out.push({ host, sheets, adopted, controls, popovers, disabledSheets: disabled });
  }
  return out;
}

const clampSize = (n: number) => Math.min(100_000, Math.max(1, Math.round(n) || 1));

/** Rules of a sheet as text; a sheet the page may not read (another origin) gives nothing. */
function rulesText(sheets: readonly CSSStyleSheet[]): string {
  const out: string[] = [];
  for (const sheet of sheets) {
    try {
      for (let i = 0; i < sheet.cssRules.length; i++) out.push(sheet.cssRules[i]!.cssText);
    } catch {
      // another origin's: its link is in the markup, and the copy loads it itself
    }
  }
  return out.join('\n');
}

function adoptedSheets(doc: Document | ShadowRoot): readonly CSSStyleSheet[] {
  try {
    return (doc as unknown as { adoptedStyleSheets?: readonly CSSStyleSheet[] }).adoptedStyleSheets ?? [];
  } catch {
    return [];
  }
}

/**
 * `<style>` elements whose rules are not their text: CSS-in-JS libraries in production insert rules
 * through the CSSOM (insertRule) into an empty `<style>`, which the markup then carries empty.
 */
function cssomSheets(styles: readonly Element[]): PageSnapshot['sheets'] {
  const out: PageSnapshot['sheets'] = [];
  for (let i = 0; i < styles.length && out.length < 2000; i++) {
    const el = styles[i] as HTMLStyleElement;
    const sheet = el.sheet;
    if (!sheet) continue;
    let n = 0;
    try {
      n = sheet.cssRules.length;
    } catch {
      continue;
    }
    // text there: the copy parses the same rules from it (a sheet also changed through the CSSOM after its
    // text was set is taken from its rules)
    if (n === 0 || (el.textContent?.trim() !== '' && !changedByCssom(el, sheet))) continue;
    out.push({ at: i, css: rulesText([sheet]) });
  }
  return out;
}

/**
 * A `<style>` with text whose rules are more than its text parses to (rules inserted after it). Counts only: the
 * top-level rules of its text (./rule-count: an `@media` block is one rule, a brace in a comment none — counting
 * every '}' missed a rule inserted into a sheet with an `@media` block, and the copy showed what it hid).
 */
function changedByCssom(el: HTMLStyleElement, sheet: CSSStyleSheet): boolean {
  return topLevelRules(el.textContent ?? '') < sheet.cssRules.length;
}

/**
 * Style sheets turned off through the CSSOM (`sheet.disabled = true`, a theme switch): their index among the
 * scope's SHEET_OWNERS. No attribute says it; the copy applied their rules.
 */
function disabledSheets(owners: readonly Element[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < owners.length && out.length < 2000; i++) if ((owners[i] as HTMLStyleElement | HTMLLinkElement).sheet?.disabled) out.push(i);
  return out;
}

function loadedSheets(doc: Document): string[] {
  const out: string[] = [];
  // (getElementsByTagName: a live list the browser keeps; a selector query walked a 220,000-element page each time)
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length && out.length < 2000; i++) {
    const link = links[i] as HTMLLinkElement;
    if (link.sheet && /(^|\s)stylesheet(\s|$)/i.test(link.rel) && link.href.length <= 8192) out.push(link.href);
  }
  return out;
}

/**
 * Popovers shown (showPopover, a popovertarget button): their index among the scope's `[popover]` elements. Being
 * shown is no attribute: in the copy every popover was hidden, and what an open one showed was not read.
 */
function openPopovers(all: readonly Element[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < all.length && out.length < 2000; i++) {
    try {
      if (all[i]!.matches(':popover-open')) out.push(i);
    } catch {
      return out; // a browser without popovers: none shown
    }
  }
  return out;
}

/** Controls whose state differs from what their markup says (a typed value, a ticked box, a picked option). */
function controlStates(all: readonly Element[]): ControlState[] {
  const out: ControlState[] = [];
  // (by tag, not instanceof: the elements may be of another realm's classes)
  for (let i = 0; i < all.length && i < MAX_CONTROLS; i++) {
    const el = all[i]!;
    const tag = el.tagName.toUpperCase();
    if (tag === 'OPTION') {
      const o = el as HTMLOptionElement;
      if (o.selected !== o.defaultSelected) out.push({ at: i, key: controlKey(o), selected: o.selected });
    } else if (tag === 'INPUT') {
      const input = el as HTMLInputElement;
      const type = String(input.type ?? '').toLowerCase();
      if (type === 'checkbox' || type === 'radio') {
        if (input.checked !== input.defaultChecked) out.push({ at: i, key: controlKey(input), checked: input.checked });
      } else if (type !== 'password' && type !== 'file' && input.value !== input.defaultValue) out.push({ at: i, key: controlKey(input), value: String(input.value).slice(0, 100_000) });
    } else if (tag === 'TEXTAREA') {
      const area = el as HTMLTextAreaElement;
      if (area.value !== area.defaultValue) out.push({ at: i, key: controlKey(area), value: String(area.value).slice(0, 100_000) });
    }
  }
  return out;
}
