/**
 * Web components in a page's copy (./open-copy). The copy runs no script, so none of the page's custom elements is
 * defined there, and a page's style sheets may ask: the usual guard against a flash of content before a component's
 * script runs — `my-panel:not(:defined) { display: none }`, or a sheet-wide `:not(:defined) { visibility: hidden }` —
 * hid in the copy what the page shows (round eighty-two: every variant wrapped in such an element read to nothing in
 * Chromium's copy, as in the page it read right). So each custom element name the copy holds is defined in the copy's
 * window, as an element with no behaviour of its own (the extension defines it from its document: no script of the
 * page's runs). The copy is read as the page shows once its components are defined, as the command line reads a saved
 * page (../cli/html-document withComponentsDefined); a component the page never defined (its script failed) is drawn too.
 */

/** A start tag's name that may be a custom element's (ASCII: a letter first, a hyphen in it). */
const CUSTOM_TAG = /<([a-z][a-z0-9._]*-[a-z0-9._-]*)[\s/>]/gi;
/** Hyphenated names of SVG and MathML elements, never custom elements. */
const RESERVED_NAMES = new Set(['annotation-xml', 'color-profile', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name', 'missing-glyph']);

/** The custom element names a page's markup starts tags of (its declarative shadow roots' included). */
export function componentNamesIn(html: string): Set<string> {
  const names = new Set<string>();
  if (!html.includes('-')) return names;
  for (const m of html.matchAll(CUSTOM_TAG)) names.add(m[1]!.toLowerCase());
  return names;
}

/** The custom element names in and under `roots` (content a patch wrote anew), their open shadow roots' too. */
export function componentNamesUnder(roots: readonly Element[]): Set<string> {
  const names = new Set<string>();
  const visit = (el: Element) => {
    if (el.localName.includes('-')) names.add(el.localName);
    for (const c of Array.from(el.children)) visit(c);
    if (el.shadowRoot) for (const c of Array.from(el.shadowRoot.children)) visit(c);
  };
  for (const root of roots) visit(root);
  return names;
}

/** Each of `names` not yet defined in `doc`'s window defined there, with no behaviour (names the registry refuses are left). */
export function defineComponents(doc: Document, names: Iterable<string>): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.customElements;
  if (!win || !registry) return;
  for (const name of names) {
    if (RESERVED_NAMES.has(name) || registry.get(name)) continue;
    try {
      registry.define(name, class extends win.HTMLElement {});
    } catch {
      // (not a valid custom element name, or a registry that takes none from this document: left undefined)
    }
  }
}
