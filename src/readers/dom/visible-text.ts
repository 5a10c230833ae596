import { drawnText, pageDrawsText } from './drawn-text';
import { besideBreaks, FORMATTING_TAGS, glued, gluedAtBreak, gluedSideBySide, INLINE_TAGS, searchMatch } from './glue';
import { normalizeText } from './normalize-label';
import { relativeTimeDate } from './parse-date';
import { readSession } from './read-session';
import { controlValue } from './units';
import { isSelfHidden, ownTextHidden, isVisible, selfHidden, upperTag, type VisibilityCache } from './visibility';

// Text-formatting elements (./glue FORMATTING_TAGS) may sit inside a word (Sub<b>scription</b>): no
// break is added around them. Every other element boundary becomes a space, since UIs put values side
// by side in <span>s with no whitespace between them (<a>i-bp1…</a><span>web-01</span>).

/**
 * The text of `el` that a user can see, normalised (normalizeText): hidden descendants are
 * skipped, element boundaries (but text formatting like <b>) and <br> become spaces. '' for a hidden element. Never throws.
 */
export function visibleText(el: Element | null | undefined, cache?: VisibilityCache, checkAncestors = true): string {
  if (!el) return '';
  try {
    if (checkAncestors ? !isVisible(el, cache) : isSelfHidden(el, cache)) return '';
    // During a read session the text of an unchanged visible element is kept (./read-session).
    const memo = checkAncestors ? readSession()?.text : undefined;
    const known = memo?.get(el);
    if (known !== undefined) return known;
    const parts: string[] = [];
    // The memo means "visible with ancestors": only fill it when the ancestors were checked.
    const outer = DRAWN.on;
    DRAWN.on = pageDrawsText(el, cache);
    try {
      if (DRAWN.on) parts.push(drawnText(el, 'before', cache));
      collect(el, upperTag(el), parts, checkAncestors ? cache : undefined);
      if (DRAWN.on) parts.push(drawnText(el, 'after', cache));
    } finally {
      DRAWN.on = outer;
    }
    const text = normalizeText(parts.join(''));
    memo?.set(el, text);
    return text;
  } catch {
    return '';
  }
}

/** Whether the page draws text from attributes in this read (set per visibleText: ./drawn-text). */
const DRAWN = { on: false };

function collect(el: Element, elTag: string, parts: string[], cache: VisibilityCache | undefined): void {
  // Top down: a hidden element's subtree is skipped without looking at it, and each element is
  // decided once (its tag is read once and passed down as the parent tag).
  // (a visibility shell's own text is not drawn, nor a size-0 box's: only its children drawn again are)
  const shell = ownTextHidden(el);
  for (let child = el.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3) {
      if (!shell) parts.push(child.nodeValue ?? '');
    } else if (type === 1) {
      const e = child as Element;
      const tag = upperTag(e);
      // Under a visible parent, "visible" is "not self-hidden". A memo entry made earlier saves
      // the check; none is written here: a WeakMap write per descendant costs more than the check
      // (~1 µs in Chromium), and descendants are rarely asked about again (isVisible climbs to the
      // nearest memoised ancestor in a few steps when they are).
      const known = cache?.get(e);
      const hidden = known !== undefined ? known === false : selfHidden(e, tag, elTag, el, cache);
      if (hidden) continue;
      if (tag === 'BR') {
        parts.push(' ');
        continue;
      }
      if (tag === 'SELECT') {
        // A closed <select> shows its selected option only.
        parts.push(` ${controlValue(e, tag)} `);
        continue;
      }
      // a <time datetime> shown as relative text ("3 个月后到期"): its date first, then what it shows
      if (tag === 'TIME') {
        const date = relativeTimeDate(e);
        if (date) parts.push(` ${date} `);
      }
      // A leaf (text only, the common case): its text in one read, without visiting each text
      // node (in a browser each node visited from script gets a wrapper object).
      const leaf = e.firstElementChild === null ? (e.textContent ?? '') : undefined;
      // a <span> inside a token, text glued to it on one side (a search match `ins<span>-k9x</span>8w7v6`)
      const block = !FORMATTING_TAGS.has(tag) && !searchMatch(e) && !(leaf !== undefined && INLINE_TAGS.has(tag) && gluedToText(e, leaf));
      if (block) parts.push(' ');
      // text a style rule draws from its attributes before and after its own (./drawn-text)
      if (DRAWN.on) parts.push(drawnText(e, 'before', cache));
      if (leaf !== undefined) parts.push(leaf);
      else collect(e, tag, parts, cache);
      if (DRAWN.on) parts.push(drawnText(e, 'after', cache));
      if (block) parts.push(' ');
    }
  }
}

/**
 * A text node right before or after `e` touches its text inside one token, or an inline leaf element
 * right beside it does across a dot or hyphen (`<span>tangyun-art</span><span>.com</span>`).
 */
function gluedToText(e: Element, text: string): boolean {
  // past <wbr>s (a break opportunity inside one word: `<span>王五旅</span><wbr><span>行.中国</span>`) any
  // text on both sides glues (./glue gluedAtBreak)
  const before = besideBreaks(e);
  const atBreakBefore = before !== e.previousSibling;
  if (before?.nodeType === 3 && (atBreakBefore ? gluedAtBreak : glued)(before.nodeValue ?? '', text)) return true;
  if (before?.nodeType === 1 && inlineLeaf(before as Element) && (atBreakBefore ? gluedAtBreak : gluedSideBySide)(before.textContent ?? '', text)) return true;
  const after = besideBreaks(e, true);
  const atBreakAfter = after !== e.nextSibling;
  if (after?.nodeType === 3) return (atBreakAfter ? gluedAtBreak : glued)(text, after.nodeValue ?? '');
  return after?.nodeType === 1 && inlineLeaf(after as Element) && (atBreakAfter ? gluedAtBreak : gluedSideBySide)(text, after.textContent ?? '');
}

const inlineLeaf = (e: Element) => e.firstElementChild === null && INLINE_TAGS.has(upperTag(e));

/**
 * Pieces of the visible text of `el`, for finding a label among widgets: for each visible element
 * child-or-self with text of its own, its whole visible text and then its own text alone (text
 * nodes directly inside it), shallowest first.
 */
export function visibleTextPieces(el: Element, cache?: VisibilityCache): string[] {
  const out: string[] = [];
  try {
    const all = [el, ...Array.from(el.querySelectorAll('*'))];
    for (const e of all) {
      const own: string[] = [];
      for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own.push(c.nodeValue ?? '');
      const ownText = normalizeText(own.join(' '));
      if (ownText === '' || !isVisible(e, cache)) continue;
      const t = visibleText(e, cache);
      if (t !== '') out.push(t);
      if (ownText !== t) out.push(ownText);
    }
  } catch {
    // partial result
  }
  return out;
}
