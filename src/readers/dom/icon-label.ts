import { labelMatches, normalizeText } from './normalize-label';
import { isVisible, screenReaderOnlyClass, upperTag, type VisibilityCache } from './visibility';
import { visibleText } from './visible-text';

/**
 * LABELS ONLY ASSISTIVE TECHNOLOGY SEES (round forty-nine, issue 8's "resolve labels as assistive technology does"):
 * consoles redesigned for density name a field by an icon alone — a clock `<i role="img" aria-label="到期时间">`, a
 * globe `<i title="公网带宽">`, `<svg role="img"><title>到期时间</title>…</svg>` —, or by an abbreviation whose `title`
 * spells it out (`<abbr title="付费方式">付费</abbr>`). A screen reader speaks that name before the value after it;
 * a sighted user hovers it. Such an element is the field's label, its value the visible text after it as after a
 * word label (./field valueForLabel). The value must still be visible text: the name only says which field it is.
 *
 * An icon here: a visible element drawing no words of its own, no control in it, not an action (a button or link
 * named 复制 / 续费 is no label), named by aria-labelledby (the texts of the elements it names, hidden ones too, as
 * the accessible-name computation takes them), aria-label, an `<svg>`'s `<title>`, an image's alt, or a title.
 * Pure; never throws.
 */

const ACTION = /^(?:button|link|menuitem|tab|switch|checkbox|radio|option)$/;
const ACTION_TAGS = new Set(['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'LABEL']);
const ICON_TAGS = new Set(['I', 'SPAN', 'SVG', 'IMG', 'EM', 'B', 'S', 'U', 'DIV', 'ABBR']);

/** The texts of the elements `el`'s aria-labelledby names (each, hidden or not: they name, they are not shown). */
export function labelledByTexts(el: Element): string[] {
  const doc = el.ownerDocument;
  const out: string[] = [];
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    if (id === '') continue;
    const t = normalizeText(doc?.getElementById(id)?.textContent);
    if (t !== '') out.push(t);
  }
  return out;
}

/** The name of an element drawn without words (an icon): see above. '' when it has none or draws words. */
export function iconName(el: Element, cache: VisibilityCache): string {
  try {
    const tag = upperTag(el);
    if (!ICON_TAGS.has(tag) || ACTION_TAGS.has(tag) || ACTION.test(el.getAttribute('role') ?? '')) return '';
    if (el.closest('a, button, [role="button"], [role="link"]')) return '';
    if (el.querySelector('input, select, textarea, button, a')) return '';
    // an abbreviation's words are drawn: its title spells out the label they abbreviate (付费 → 付费方式, Exp. → Expiration Date)
    if (tag === 'ABBR') return normalizeText(el.getAttribute('title'));
    const shown = visibleText(el, cache);
    // (… and so does a title spelling out the words an element draws cut short, abbreviation-like: <span title="付费方式">付费</span>)
    if (shown !== '') return el.firstElementChild === null ? spelledOut(shown, normalizeText(el.getAttribute('title'))) : '';
    const by = labelledByTexts(el);
    if (by.length > 0) return by.join(' ');
    const aria = normalizeText(el.getAttribute('aria-label'));
    if (aria !== '') return aria;
    if (tag === 'SVG') {
      const title = Array.from(el.children).find((c) => upperTag(c) === 'TITLE');
      const t = normalizeText(title?.textContent);
      if (t !== '') return t;
    }
    if (tag === 'IMG') {
      const alt = normalizeText(el.getAttribute('alt'));
      if (alt !== '') return alt;
    }
    return normalizeText(el.getAttribute('title'));
  } catch {
    return '';
  }
}

/** `title` when `shown` (its trailing dot or colon apart) is a shorter start of it: 付费 → 付费方式, Exp. → Expiration …; else ''. */
function spelledOut(shown: string, title: string): string {
  const head = shown.replace(/[.:：\s]+$/, '').toLowerCase();
  return head !== '' && title.length > head.length && title.toLowerCase().startsWith(head) ? title : '';
}

/** Every name `el`'s attributes (and an svg's <title>) may give it, unchecked: aria-labelledby's texts, aria-label, title, alt. */
function attributeNames(el: Element): string[] {
  const out = labelledByTexts(el);
  if (out.length > 1) out.push(out.join(' '));
  for (const a of ['aria-label', 'title', 'alt']) {
    const v = el.getAttribute(a);
    if (v) out.push(v);
  }
  if (upperTag(el) === 'SVG') for (const c of Array.from(el.children)) if (upperTag(c) === 'TITLE') out.push(c.textContent ?? '');
  return out;
}

const NAMED = '[aria-label], [aria-labelledby], [title], svg, img[alt], abbr[title]';

/**
 * The visible icons under `root` whose name (iconName) is one of `labels`, in document order: the outermost of an
 * icon and the icons inside it (`<span title="到期时间"><svg>…</svg></span>`). An aria-labelledby naming several
 * elements (a section's heading and the field's own hidden word) matches by the whole name or by its last part.
 */
export function iconLabels(root: ParentNode, labels: readonly string[], cache: VisibilityCache): Element[] {
  const out: Element[] = [];
  try {
    // (the root itself too: a reader asks for the field of a label it found — readField(label, labels))
    const self = (root as Node).nodeType === 1 && (root as Element).matches(NAMED) ? [root as Element] : [];
    for (const el of [...self, ...Array.from(root.querySelectorAll(NAMED))]) {
      if (out.some((o) => o.contains(el))) continue;
      // (the names its attributes could give first: most named elements of a page — links, buttons, truncated cells — name
      // no field, and are passed over before their text is looked at)
      if (!attributeNames(el).some((n) => labelMatches(n, labels))) continue;
      const name = iconName(el, cache);
      if (name === '') continue;
      const by = labelledByTexts(el);
      if (!labelMatches(name, labels) && !(by.length > 1 && labelMatches(by[by.length - 1], labels))) continue;
      if (!isVisible(el, cache)) continue;
      out.push(el);
    }
  } catch {
    // partial
  }
  return out;
}

/**
 * Column headers written for screen readers only — a table whose header row is `<th class="sr-only">`s (its caption
 * sr-only too), the cells under them drawn alone: a screen reader names each cell by its header, so the header is the
 * label of the value under it (./field valueBelowHeader). A header hidden otherwise (display: none, a hidden column) is
 * none; its row must be shown. In document order.
 */
export function screenReaderHeaders(root: ParentNode, labels: readonly string[], cache: VisibilityCache): Element[] {
  const out: Element[] = [];
  try {
    const self = (root as Node).nodeType === 1 && (root as Element).matches('th, [role="columnheader"]') ? [root as Element] : [];
    for (const th of [...self, ...Array.from(root.querySelectorAll('th, [role="columnheader"]'))]) {
      if (!screenReaderOnlyClass(th) || !labelMatches(normalizeText(th.textContent), labels)) continue;
      const row = th.parentElement;
      if (!row || !isVisible(row, cache) || !isVisible(th.closest('table, [role="table"], [role="grid"]'), cache)) continue;
      out.push(th);
    }
  } catch {
    // partial
  }
  return out;
}
