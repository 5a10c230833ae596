import { labelKey, normalizeText } from './normalize-label';
import { isVisible, type VisibilityCache } from './visibility';

/**
 * A value cut short on the page ("杭州茶语文化传播有限…", antd / TEA ellipsis text drawn by the app,
 * not by CSS) whose whole text the page gives in a `title` (the tooltip the user sees on hover): the
 * whole text. `shown` is what the reader took from `el`; it is returned unchanged unless it ends in an
 * ellipsis (or holds one between two parts: cut in the middle) and a visible element at or under `el` has a
 * title that starts with the shown part (and ends with the part after the ellipsis).
 */
const ELLIPSIS = /\s*(?:…+|\.{3,}|⋯)$/;
/** One ellipsis inside the text, with text on both sides: a value cut in the middle ("qingshan-…-tea.com.cn"). */
const MIDDLE_ELLIPSIS = /^([^…⋯]+?)\s*(?:…+|\.{3,}|⋯)\s*([^…⋯.][^…⋯]*)$/;

/**
 * The parts of `shown` a whole text must keep: its head when it ends in an ellipsis; its head and tail when
 * it is cut in the middle (a long domain drawn "qingshan-…-tea.com.cn"); null when it is not cut.
 */
function cutParts(shown: string): { head: string; tail: string } | null {
  if (ELLIPSIS.test(shown)) {
    const head = shown.replace(ELLIPSIS, '');
    return head === '' ? null : { head, tail: '' };
  }
  const m = MIDDLE_ELLIPSIS.exec(shown);
  return m ? { head: m[1]!, tail: m[2]! } : null;
}

/**
 * Whether a text is cut short: it ends in an ellipsis, or holds one between two parts ("qingshan-…-tea.com.cn").
 * Said of a value as read, after untruncated / wholeOfCutText found no whole: a part, never the value.
 */
export function isCut(text: string | undefined): boolean {
  return text !== undefined && cutParts(normalizeText(text)) !== null;
}

/** Whether a text holds an ellipsis at all (a cheap test before cutParts). */
const ANY_ELLIPSIS = /…|\.{3}|⋯/;
export function mayBeCut(text: string): boolean {
  return ANY_ELLIPSIS.test(text);
}

/**
 * A whole date written with numbers (2027-01-05, 2027/1/5, 2027年1月5日, 05/01/2027) or with a month's name (Jan 5, 2027,
 * 5 January 2027: session 47's review — "Jan 5, 20…" titled "Jan 5, 2027, 23:59:59" gave the title's date, its year not
 * shown: invented).
 */
const WHOLE_DATE = new RegExp(
  [
    String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)`,
    String.raw`(?<!\d)\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}`,
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
    String.raw`(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}`,
  ].join('|'),
  'gi',
);

/** Whether every date `title` gives is shown whole: in the head kept before the cut or the tail kept after it, not across the cut. */
function datesShown(title: string, parts: { head: string; tail: string }): boolean {
  const tailFrom = title.length - parts.tail.length;
  for (const m of title.matchAll(WHOLE_DATE)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    if (to > parts.head.length && (parts.tail === '' || from < tailFrom)) return false;
  }
  return true;
}

/**
 * Whether `title` is the whole of a text cut to `parts`: it keeps both and is longer — and the cut hides no date the
 * title gives: a date cut before its day ("2027-0…" or "2027-01-0…" with the title "2027-01-05 23:59:59", round fifty's
 * stacked domain list at a phone's width), or cut off whole, shows no date, and one read from the title alone is a fact
 * from an attribute (invented). A name cut after its head ("杭州茶语文化传播有限…") is still its title's whole, as before;
 * so is a date shown whole before the cut ("2027-01-05…" titled "2027-01-05 23:59:59").
 */
function wholeOf(title: string, parts: { head: string; tail: string }): boolean {
  if (!datesShown(title, parts)) return false;
  return title.length > parts.head.length + parts.tail.length && title.startsWith(parts.head) && title.endsWith(parts.tail);
}

export function untruncated(el: Element | undefined, shown: string | undefined, cache: VisibilityCache): string | undefined {
  if (!el || shown === undefined) return shown;
  const parts = cutParts(shown);
  if (parts === null) return shown;
  const titled = el.hasAttribute('title') ? [el, ...Array.from(el.querySelectorAll('[title]'))] : Array.from(el.querySelectorAll('[title]'));
  for (const t of titled) {
    const title = normalizeText(t.getAttribute('title'));
    if (wholeOf(title, parts) && isVisible(t, cache)) return title;
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
  const parts = cutParts(shown);
  if (parts === null) return shown;
  let node: Element | null = el;
  for (let i = 0; node && i < 4; i++, node = node === stop ? null : node.parentElement) {
    const raw = node.getAttribute('title');
    if (raw === null) continue;
    const title = normalizeText(raw);
    if (wholeOf(title, parts)) return title;
  }
  return shown;
}

/**
 * A label cut short where it sits (a text drawn "实例到期时…" by a console's ellipsis at a large text scale) whose
 * whole words the page gives in a `title` — on its element or an ancestor holding no other words (four levels at
 * most): that titled element, its title and the cut text as shown. undefined when the text is not cut or no such
 * title says what it was cut from.
 */
export function cutTextTitle(text: Node): { el: Element; whole: string; shown: string } | undefined {
  const shown = normalizeText(text.nodeValue);
  const parts = cutParts(shown);
  if (parts === null) return undefined;
  const key = labelKey(shown);
  let el = text.parentElement;
  for (let i = 0; el && i < 4; i++, el = el.parentElement) {
    if (labelKey(el.textContent) !== key) return undefined;
    const raw = el.getAttribute('title');
    if (raw === null) continue;
    const whole = normalizeText(raw);
    if (wholeOf(whole, parts)) return { el, whole, shown };
  }
  return undefined;
}
