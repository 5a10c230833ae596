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

/**
 * Steps up to this index are walked from the first element child (firstElementChild, nextElementSibling); a longer
 * one (a row of a long list) is asked of `children`. In a content script every element reached for the first time gets a
 * wrapper of its isolated world, and `children` is a collection of its own (an object and a wrapper more) for every
 * element it is asked of: the markers' 250 paths of the 500-row Tencent CVM list (17 steps, most of them 0–2) took
 * 4–7 ms the first time through `children` at every step against 2.5–3.5 ms walked (bench page, a CDP isolated world).
 */
export const WALK_STEPS = 4;

export function atPath(doc: Document, path: readonly number[]): Element | null {
  let at: Element | ShadowRoot | null = doc.documentElement;
  for (let k = 0; k < path.length && at; k++) {
    const step = path[k]!;
    if (step === ENTER_SHADOW) {
      at = at.nodeType === 1 ? (at as Element).shadowRoot : null;
      continue;
    }
    if (Number.isInteger(step) && step >= 0 && step <= WALK_STEPS) {
      let child: Element | null = at.firstElementChild;
      for (let i = 0; i < step && child; i++) child = child.nextElementSibling;
      at = child;
    } else at = at.children[step] ?? null;
  }
  return at && at.nodeType === 1 ? (at as Element) : null;
}
