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
