import { normalizeText } from './normalize-label';
import { isVisible, type VisibilityCache } from './visibility';

/**
 * A value cut short on the page ("杭州茶语文化传播有限…", antd / TEA ellipsis text drawn by the app,
 * not by CSS) whose whole text the page gives in a `title` (the tooltip the user sees on hover): the
 * whole text. `shown` is what the reader took from `el`; it is returned unchanged unless it ends in an
 * ellipsis and a visible element at or under `el` has a title that starts with the shown part.
 */
const ELLIPSIS = /\s*(?:…+|\.{3,}|⋯)$/;

export function untruncated(el: Element | undefined, shown: string | undefined, cache: VisibilityCache): string | undefined {
  if (!el || shown === undefined || !ELLIPSIS.test(shown)) return shown;
  const head = shown.replace(ELLIPSIS, '');
  if (head === '') return shown;
  const titled = el.hasAttribute('title') ? [el, ...Array.from(el.querySelectorAll('[title]'))] : Array.from(el.querySelectorAll('[title]'));
  for (const t of titled) {
    const title = normalizeText(t.getAttribute('title'));
    if (title.length > head.length && title.startsWith(head) && isVisible(t, cache)) return title;
  }
  return shown;
}

/**
 * The whole text of a text run cut short where it sits (`el`, an element of the run, up to `stop`):
 * the `title` of `el` or of one of its ancestors up to `stop` (three levels at most) that starts with
 * the shown part and is longer; otherwise `shown` unchanged. For text units: a value drawn as
 * `<span title="6b8d0f2a4c6e48a0b2d4f6a8c0e2a4b6">6b8d0f2a4c6e48a0b2d4…</span>` is the whole id.
 */
export function wholeOfCutText(el: Element, shown: string, stop: Element): string {
  if (!ELLIPSIS.test(shown)) return shown;
  const head = shown.replace(ELLIPSIS, '');
  if (head === '') return shown;
  let node: Element | null = el;
  for (let i = 0; node && i < 4; i++, node = node === stop ? null : node.parentElement) {
    const raw = node.getAttribute('title');
    if (raw === null) continue;
    const title = normalizeText(raw);
    if (title.length > head.length && title.startsWith(head)) return title;
  }
  return shown;
}
