import { normalizeText } from './normalize-label';
import { isVisible, type VisibilityCache } from './visibility';
import { visibleText } from './visible-text';

/** A text of pictographs only (✅, ❌, ✔️, ⚠️): no letter, no figure. */
const PICTOGRAPHS_ONLY = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+$/u;

/**
 * What a value drawn as pictographs alone says in words: the `aria-label` the page gives the shown pictograph
 * (`<span role="img" aria-label="已实名认证">✅</span>`) — the name a screen reader speaks for it, as an image's alt
 * text. A `title` is no name here: a tooltip, shown on hover only. undefined for a value with words of its own, or
 * a pictograph with no label. Pure; never throws.
 */
export function pictographName(value: Element | string | undefined, cache: VisibilityCache): string | undefined {
  if (value === undefined || typeof value === 'string') return undefined;
  try {
    const text = visibleText(value, cache);
    if (text === '' || !PICTOGRAPHS_ONLY.test(text)) return undefined;
    for (const e of [value, ...Array.from(value.querySelectorAll('[aria-label]'))]) {
      const name = normalizeText(e.getAttribute('aria-label'));
      if (name !== '' && isVisible(e, cache) && visibleText(e, cache) === text) return name;
    }
  } catch {
    // none
  }
  return undefined;
}
