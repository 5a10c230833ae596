/**
 * Where an element is, as element-child indices from the document element down (ENTER_SHADOW: into the open
 * shadow root of the element reached so far). A copy parsed from a page's snapshot (./open-copy) has the page's
 * element tree — the copy's own additions come first in its head and last in its body —, so a path found in
 * the copy leads to the same element in the page while the page has not changed; a caller checks what it finds
 * there (../ui/page/locate-subject checks the row still shows its subject).
 */
export const ENTER_SHADOW = -1;
/** Steps a path may have: deeper elements are not looked up. */
export const MAX_PATH = 256;

export function pathOf(el: Element): number[] | null {
  const path: number[] = [];
  let at: Element = el;
  for (;;) {
    if (path.length > MAX_PATH) return null;
    const parent = at.parentNode;
    if (!parent) return null;
    if (parent.nodeType === 9) return path.reverse(); // the document element
    let i = 0;
    for (let s = at.previousElementSibling; s; s = s.previousElementSibling) i++;
    path.push(i);
    if (parent.nodeType === 11) {
      const host = (parent as ShadowRoot).host;
      if (!host) return null;
      path.push(ENTER_SHADOW);
      at = host;
    } else at = parent as Element;
  }
}

export function atPath(doc: Document, path: readonly number[]): Element | null {
  let at: Element | ShadowRoot | null = doc.documentElement;
  for (let k = 0; k < path.length && at; k++) {
    const step = path[k]!;
    if (step === ENTER_SHADOW) {
      at = at.nodeType === 1 ? (at as Element).shadowRoot : null;
      continue;
    }
    at = at.children[step] ?? null;
  }
  return at && at.nodeType === 1 ? (at as Element) : null;
}
