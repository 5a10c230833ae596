import { componentNamesIn, componentNamesUnder, defineComponents } from './defined-components';
import { INLINED_ATTR, inlineLinkedSheets, SHEET_TEXT_TIMEOUT_MS } from './inline-sheets';
import { atPath } from './node-path';
import { withoutNoscriptContent } from './noscript';
import { withoutPagePolicies } from './page-policies';
import { COPY_MARK } from './page-patch';
import { controlKey, CONTROLS, SHEET_OWNERS } from './snapshot-limits';
import type { SheetTexts } from './sheet-texts';
import type { PageSnapshot } from './snapshot-schema';

/**
 * A page's snapshot (./take-snapshot) made a document again, in an extension document (Chrome's offscreen
 * document, Firefox's background page), so that the readers run there and not on the console's main thread:
 * an `<iframe srcdoc>` sandboxed without scripts (the page's scripts and event handlers never run), sized as the
 * page's viewport, resolving URLs against the page's base URL, so the page's own style sheets style it as they
 * styled the page (the readers judge what is shown by computed styles). Its content security policy lets only
 * style sheets load — no image, font, frame or media request leaves for the page's servers.
 */
export interface PageCopy {
  doc: Document;
  /** Linked style sheets that had loaded in the page but not in the copy: what it shows may differ. */
  missingSheets: string[];
  close(): void;
}

/** Marks the elements the copy adds to the page's markup (the readers' CSSOM look sees their sheet as the page's: harmless). */
export const COPY_ATTR = COPY_MARK;
const POLICY = "default-src 'none'; style-src * data: blob: 'unsafe-inline'";
/**
 * `<noscript>`s come emptied (./noscript); hidden still, as a page with scripting on draws none. No transitions, and
 * animations at their end: the copy is read at once, and showed their first frame — a patch (./apply-patch) changing
 * a class of the kept copy started the page's transition there (a row fading out, `opacity` / `visibility`, read as
 * shown), and a row put in with an entrance animation (from `opacity: 0`), in a kept copy or one made anew, was read
 * as hidden; the page shows them as they end, as the copy does now (an animation kept at its end by
 * `animation-fill-mode` too). In a layer declared first, its `!important` wins over the page's own.
 */
const COPY_CSS = 'noscript{display:none!important}@layer icp-preflight-copy{*,*::before,*::after{transition:none!important;animation-duration:0s!important;animation-delay:0s!important}}';
/** The longest wait for the copy's style sheets. */
export const COPY_LOAD_TIMEOUT_MS = 15_000;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The copy's own head: its policy, base URL and own style, before the page's. */
function copyHead(snap: PageSnapshot): string {
  return `<meta ${COPY_ATTR} http-equiv="Content-Security-Policy" content="${POLICY}"><base ${COPY_ATTR} href="${escapeAttr(snap.baseUrl)}"><style ${COPY_ATTR}>${COPY_CSS}</style>`;
}

/** The markup a quirks-mode page's copy is parsed from: the copy's head first (the parser puts it in its head), then the page's. */
export function copyMarkup(snap: PageSnapshot): string {
  return `${snap.doctype ? '<!DOCTYPE html>' : ''}${copyHead(snap)}${withoutPagePolicies(withoutNoscriptContent(snap.html))}`;
}

/**
 * The copy: a standards-mode page's markup is parsed apart (DOMParser, or Document.parseHTMLUnsafe where there is one:
 * it keeps declarative shadow roots) and moved into a frame whose document holds only the copy's head, in one task —
 * so the frame is never laid out on its own: parsed in the frame (`srcdoc`), the copy of a 500-row Tencent CVM list was
 * laid out before its load event (~300 ms of the ~500 its opening took), and a read seldom needs a layout (the readers
 * ask for computed styles, which a browser gives without one). A quirks-mode page is parsed in the frame (below). Then
 * its linked style sheets are waited for (at most `timeoutMs`), and the state its markup does not carry is applied.
 *
 * The frame's document is its first, empty one opened for writing and never closed: it stays "loading", its
 * DOMContentLoaded never comes. Chrome's autofill looks for forms in a frame's document once it has loaded and again
 * 100 ms after any form control is added to it, and that look lays the document out: the copy of the 500-row Tencent CVM
 * list (a search box among its controls) was laid out so after every read, ~210 ms of the reader document's CPU
 * (bench/profile-reader.mts). No task of the browser's lays the copy out (test/e2e/reader-layout).
 */
export async function openCopy(host: Document, snap: PageSnapshot, timeoutMs = COPY_LOAD_TIMEOUT_MS, sheets?: SheetTexts): Promise<PageCopy> {
  const frame = host.createElement('iframe');
  // no allow-scripts: nothing of the page runs; allow-same-origin: the extension may read the copy's DOM
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = `position:absolute;left:-200000px;top:0;border:0;width:${snap.width}px;height:${snap.height}px`;
  // (its first document, about:blank: loaded as the frame is put in the page in Chrome, a moment later elsewhere)
  await loaded(frame, host, timeoutMs);
  const doc = frame.contentDocument;
  if (!doc) {
    frame.remove();
    throw new Error('the copy has no document');
  }
  // A task's turn before the page comes in: the frame's first, empty document was laid out as it was put in the page,
  // and that layout left its font set a task of its own (document.fonts' pending events), which lays the document out
  // again — the whole copy, had it come in meanwhile (the 500-row ECS list's, ~100 ms of CPU, where no linked sheet made
  // the copy wait below).
  await new Promise((resolve) => setTimeout(resolve, 0));
  // The parser writes the policy, base URL and own style into the head first. A page in quirks mode (no doctype, an
  // old one) is written whole: without a doctype the parser puts the document in quirks mode as in the page — class
  // selectors ignoring case, quirks layout (a quirks page read in a standards copy drew a decoy that
  // `.Decoy { display: none }` hid in the page).
  doc.open();
  doc.write(snap.doctype ? `<!DOCTYPE html><html><head>${copyHead(snap)}</head><body></body></html>` : copyMarkup(snap));
  if (snap.doctype) {
    const parsed = parseApart(host, `<!DOCTYPE html>${withoutPagePolicies(withoutNoscriptContent(snap.html))}`);
    // (linked sheets whose text can be had come in as <style>s, whose rules the readers can read: ./inline-sheets)
    if (sheets) await inlineLinkedSheets([parsed, ...shadowRootsOf(parsed, snap)], snap.baseUrl, sheets, Math.min(timeoutMs, SHEET_TEXT_TIMEOUT_MS));
    // the head first, and its sheets waited for: the body comes in the task the read starts in (while the sheets load,
    // the browser would lay the frame out for its next frame, had it a body)
    moveHeadInto(doc, parsed);
    await sheetsLoaded(doc, timeoutMs);
    doc.body.replaceWith(doc.adoptNode(parsed.body));
  } else if (sheets) await inlineLinkedSheets([doc], snap.baseUrl, sheets, Math.min(timeoutMs, SHEET_TEXT_TIMEOUT_MS));
  // (a sheet linked in the body: waited for too)
  await sheetsLoaded(doc, timeoutMs);
  // (the page's web components defined, as the page has them: ./defined-components)
  defineComponents(doc, componentNamesIn(snap.html));
  applyState(doc, snap);
  return { doc, missingSheets: missingSheets(doc, snap), close: () => frame.remove() };
}

/** The open shadow roots of the snapshot's hosts in `doc` (declarative shadow DOM, parsed where the browser can). */
function shadowRootsOf(doc: Document, snap: PageSnapshot): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const shadow of snap.shadows ?? []) {
    const root = atPath(doc, shadow.host)?.shadowRoot;
    if (root) out.push(root);
  }
  return out;
}

/** The frame appended to `host` and its first document loaded (or `timeoutMs` passed). */
function loaded(frame: HTMLIFrameElement, host: Document, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
    (host.body ?? host.documentElement).append(frame);
  });
}

/** The page's markup parsed in no frame (nothing of it loads or runs there), its open shadow roots kept where the browser can. */
function parseApart(host: Document, html: string): Document {
  const parseHTMLUnsafe = (host.defaultView?.Document as unknown as { parseHTMLUnsafe?: (html: string) => Document } | undefined)?.parseHTMLUnsafe;
  if (typeof parseHTMLUnsafe === 'function') return parseHTMLUnsafe(html);
  return new (host.defaultView?.DOMParser ?? DOMParser)().parseFromString(html, 'text/html');
}

/** The parsed page's `<html>`'s and `<head>`'s attributes and the head's children (after the copy's own) moved into the copy's document. */
function moveHeadInto(doc: Document, parsed: Document): void {
  for (const [from, to] of [
    [parsed.documentElement, doc.documentElement],
    [parsed.head, doc.head],
  ] as const) {
    for (const a of Array.from(from.attributes)) to.setAttribute(a.name, a.value);
  }
  const head = doc.createDocumentFragment();
  for (const n of Array.from(parsed.head.childNodes)) head.append(doc.adoptNode(n));
  doc.head.append(head);
}

/** The copy's linked style sheets loaded or failed (at most `timeoutMs`). */
function sheetsLoaded(doc: Document, timeoutMs: number): Promise<void> {
  const waiting: Array<Promise<void>> = [];
  for (const link of Array.from(doc.querySelectorAll('link[rel~="stylesheet" i][href]'))) {
    // (loaded already; or one a browser does not fetch — disabled, an alternate sheet, another type — with no event to wait for)
    const type = link.getAttribute('type');
    if ((link as HTMLLinkElement).sheet || link.hasAttribute('disabled') || /(^|\s)alternate(\s|$)/i.test(link.getAttribute('rel') ?? '') || (type !== null && type.trim() !== '' && !/^text\/css$/i.test(type.trim()))) continue;
    waiting.push(
      new Promise((resolve) => {
        link.addEventListener('load', () => resolve(), { once: true });
        link.addEventListener('error', () => resolve(), { once: true });
      }),
    );
  }
  if (waiting.length === 0) return Promise.resolve();
  return Promise.race([Promise.all(waiting).then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}

/** The state a snapshot carries besides its markup (PageSnapshot without it). */
export type CopyState = Pick<PageSnapshot, 'sheets' | 'adopted' | 'controls' | 'popovers' | 'disabledSheets' | 'shadows'>;

/**
 * What the markup does not carry: rules added through the CSSOM, adopted sheets, controls' state — the document's and
 * its shadow roots'. `within`: only to elements inside these (content a patch wrote anew, ./apply-patch: its controls
 * came back with their markup's state, its `<style>`s with their text); the adopted sheets are the copy's already.
 */
export function applyState(doc: Document, snap: CopyState, within?: readonly Element[]): void {
  const inside = within && ((el: Element) => within.some((root) => root.contains(el)));
  // (components first met in content a patch wrote: defined as the copy's first ones were, ./defined-components)
  if (within) defineComponents(doc, componentNamesUnder(within));
  applyScope(doc, doc.body ?? doc.documentElement, snap, inside);
  for (const shadow of snap.shadows ?? []) {
    const root = atPath(doc, shadow.host)?.shadowRoot;
    if (root) applyScope(root, root, shadow, inside);
  }
}

type ScopeState = Pick<PageSnapshot, 'sheets' | 'adopted' | 'controls' | 'popovers' | 'disabledSheets'>;

function applyScope(scope: Document | ShadowRoot, end: ParentNode, state: ScopeState, inside?: (el: Element) => boolean): void {
  const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument!;
  const here = (el: Element | undefined): el is Element => !!el && (!inside || inside(el));
  if (state.sheets.length > 0) {
    // (the page's <style>s: not the copy's own, nor a linked sheet's put in as one, ./inline-sheets)
    const styles = [...scope.querySelectorAll('style')].filter((s) => !s.hasAttribute(COPY_ATTR) && !s.hasAttribute(INLINED_ATTR));
    for (const { at, css } of state.sheets) {
      const el = styles[at];
      if (here(el)) el.textContent = css;
    }
  }
  // (again after a patch wrote the scope's end anew — `<body>`'s content, where a node put at its end is written —: the
  // style went with it, and what the page's adopted sheets hid showed in the copy)
  if (state.adopted && (!inside || !adoptedStyleIn(end))) {
    const style = doc.createElement('style');
    style.setAttribute(COPY_ATTR, 'adopted');
    style.textContent = state.adopted;
    // adopted sheets come after the scope's own in the cascade
    end.append(style);
  }
  if (state.disabledSheets && state.disabledSheets.length > 0) {
    const owners = [...scope.querySelectorAll(SHEET_OWNERS)].filter((s) => !s.hasAttribute(COPY_ATTR));
    for (const at of state.disabledSheets) {
      const owner = owners[at];
      const sheet = here(owner) ? (owner as HTMLStyleElement | HTMLLinkElement).sheet : undefined;
      if (sheet) sheet.disabled = true;
    }
  }
  if (state.controls.length > 0) applyControls(scope, state.controls, here);
  if (state.popovers && state.popovers.length > 0) {
    const popovers = scope.querySelectorAll('[popover]');
    for (const at of state.popovers) {
      const el = popovers[at] as HTMLElement | undefined;
      try {
        if (here(el)) el.showPopover();
      } catch {
        // not a popover in this copy (or no popovers here): left hidden
      }
    }
  }
}

/** The style the copy puts its scope's adopted sheets in (a child of `end`), if it is there. */
function adoptedStyleIn(end: ParentNode): boolean {
  for (let c = end.lastElementChild; c; c = c.previousElementSibling) if (c.localName === 'style' && c.getAttribute(COPY_ATTR) === 'adopted') return true;
  return false;
}

function applyControls(scope: Document | ShadowRoot, states: PageSnapshot['controls'], here: (el: Element | undefined) => el is Element): void {
  const controls = scope.querySelectorAll(CONTROLS);
  const find = controlFinder(controls);
  for (const c of states) {
    const el = find(c.at, c.key);
    if (!here(el)) continue;
    if (c.selected !== undefined) {
      el.toggleAttribute('selected', c.selected);
      (el as HTMLOptionElement).selected = c.selected;
    }
    if (c.checked !== undefined) {
      el.toggleAttribute('checked', c.checked);
      (el as HTMLInputElement).checked = c.checked;
    }
    if (c.value !== undefined) {
      if (el.tagName === 'TEXTAREA') el.textContent = c.value;
      else el.setAttribute('value', c.value);
      (el as HTMLInputElement).value = c.value;
    }
  }
}

/**
 * The copy's control for a state: the one at its index if it has the state's key, else the nearest with that key
 * (the copy's parser moved it), else none — never another control (it would take a value it does not have).
 */
function controlFinder(controls: NodeListOf<Element>): (at: number, key: string | undefined) => Element | undefined {
  let byKey: Map<string, number[]> | undefined;
  return (at, key) => {
    const el = controls[at];
    if (key === undefined || (el && controlKey(el) === key)) return el;
    if (!byKey) {
      byKey = new Map();
      for (let i = 0; i < controls.length; i++) {
        const k = controlKey(controls[i]!);
        const list = byKey.get(k);
        if (list) list.push(i);
        else byKey.set(k, [i]);
      }
    }
    let best: number | undefined;
    for (const i of byKey.get(key) ?? []) if (best === undefined || Math.abs(i - at) < Math.abs(best - at)) best = i;
    return best === undefined ? undefined : controls[best];
  };
}

function missingSheets(doc: Document, snap: PageSnapshot): string[] {
  const loaded = new Set(snap.loadedSheets);
  const out: string[] = [];
  for (const link of doc.querySelectorAll('link[rel~="stylesheet" i][href]')) {
    const href = (link as HTMLLinkElement).href;
    if (loaded.has(href) && !(link as HTMLLinkElement).sheet) out.push(href);
  }
  return out;
}
