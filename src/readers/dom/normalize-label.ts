/**
 * Text normalisation for matching visible labels: full-width forms folded (NFKC), every kind of
 * whitespace collapsed, zero-width characters dropped. Pure; never throws.
 */

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** NFKC (full-width → ASCII, （→(, ：→:), whitespace incl. NBSP collapsed to one space, trimmed. */
export function normalizeText(s: string | null | undefined): string {
  if (typeof s !== 'string' || s === '') return '';
  let out = s;
  try {
    out = out.normalize('NFKC');
  } catch {
    // keep the raw string
  }
  return out.replace(ZERO_WIDTH, '').replace(WHITESPACE, ' ').trim();
}

/** Required markers, help icons and separators that may surround a label's text. */
const LEADING_MARKS = /^[\s*＊•·]+/;
const TRAILING_MARKS = /[\s*＊:：?？ⓘ🛈ℹ()（）!！]+$/;

/**
 * The comparison key of a label: normalised, lower-cased, without a leading/trailing required
 * marker (`*`), a trailing colon or help-icon text (`?`, `ⓘ`), and without spaces, so
 * "实例 ID / 名称" = "实例ID/名称" and "Billing Method:" = "billing method".
 */
export function labelKey(s: string | null | undefined): string {
  if (typeof s !== 'string' || s === '') return '';
  // Label searches key every text node of a page, once per field: the same short strings again
  // and again. A bounded memo of this pure function.
  if (s.length > KEY_MEMO_MAX_LENGTH) return computeLabelKey(s);
  const known = keyMemo.get(s);
  if (known !== undefined) return known;
  const key = computeLabelKey(s);
  if (keyMemo.size >= KEY_MEMO_SIZE) keyMemo.clear();
  keyMemo.set(s, key);
  return key;
}

const KEY_MEMO_MAX_LENGTH = 120;
const KEY_MEMO_SIZE = 20_000;
const keyMemo = new Map<string, string>();

function computeLabelKey(s: string): string {
  return normalizeText(s).toLowerCase().replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').replace(/\s+/g, '');
}

/** True when `text` is one of `labels` (see labelKey for what is ignored). */
export function labelMatches(text: string | null | undefined, labels: readonly string[]): boolean {
  const key = labelKey(text);
  if (key === '') return false;
  for (const label of labels) {
    if (labelKey(label) === key) return true;
  }
  return false;
}

/**
 * When `text` starts with one of `labels` followed by a colon ("付费方式：包年包月"), the rest after
 * the colon, normalised; otherwise undefined.
 */
export function valueAfterLabel(text: string | null | undefined, labels: readonly string[]): string | undefined {
  const norm = normalizeText(text);
  const colon = norm.search(/[:：]/);
  if (colon <= 0) return undefined;
  if (!labelMatches(norm.slice(0, colon), labels)) return undefined;
  const rest = norm.slice(colon + 1).trim();
  return rest === '' ? undefined : rest;
}
