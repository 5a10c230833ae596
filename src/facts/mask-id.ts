/**
 * ID numbers are personal data (DESIGN.md "Privacy and trust"): they are masked before storing, keeping
 * enough characters to compare with a console's own masked display.
 *
 *   maskIdNumber('410105199001011234') === '4101**********1234'   (first 4 + last 4 visible)
 *   maskIdNumber('E1234567')           === 'E1****67'             (8 or fewer: first 2 + last 2)
 *
 * A value counts as masked only when it shows mask stars, at most 8 ID characters (digits and Latin
 * letters, after NFKC) and no more visible characters than twice the stars (a real display hides at
 * least a third). Anything else — `410105199003071234*`, `…1234 XX`, `…1234（已核验）` — is masked
 * again from its ID characters alone, so no path (reader, store, import, export, CLI) keeps more.
 */
const MASK_CHAR = /[*＊•●·]/gu;
const ID_CHAR = /[0-9A-Za-z]/g;
export const MAX_VISIBLE_ID_CHARS = 8;

function maskCompact(chars: string[]): string {
  const n = chars.length;
  // at most 4 + 4, and never more visible than twice the stars (so the result counts as masked)
  const keep = Math.min(n > 8 ? 4 : n > 4 ? 2 : n > 2 ? 1 : 0, Math.floor(n / 3));
  if (keep === 0) return '*'.repeat(Math.max(n, 1));
  return chars.slice(0, keep).join('') + '*'.repeat(n - 2 * keep) + chars.slice(n - keep).join('');
}

export function maskIdNumber(raw: string): string {
  const s = raw.normalize('NFKC').trim().replace(MASK_CHAR, '*');
  if (s === '') return s;
  const visible = s.match(ID_CHAR) ?? [];
  const stars = (s.match(/\*/g) ?? []).length;
  if (stars > 0 && visible.length <= MAX_VISIBLE_ID_CHARS && visible.length <= 2 * stars) return s;
  return maskInPlace(s) ?? maskCompact(visible);
}

/**
 * A display mask that shows too much (41010219********34, 410102********1234: the first 6 or 8 and the
 * last 2 or 4): masked further where it stands — the first 4 of the leading run and the last 4 of the
 * trailing run stay, every other ID character becomes a star — so each character keeps its position
 * and the value still compares with other masks of the same number (4101************34). Only for a
 * plain mask (ID characters, stars, spaces, hyphens) with characters on both sides of its stars.
 */
function maskInPlace(s: string): string | undefined {
  if (!/^[0-9A-Za-z*\s-]+$/.test(s)) return undefined;
  const chars = [...s];
  const first = chars.indexOf('*');
  const last = chars.lastIndexOf('*');
  const ids: number[] = [];
  for (let i = 0; i < chars.length; i++) if (/[0-9A-Za-z]/.test(chars[i] as string)) ids.push(i);
  const head = ids.filter((i) => i < first);
  const tail = ids.filter((i) => i > last);
  if (first < 0 || head.length === 0 || tail.length === 0 || head.length + tail.length !== ids.length) return undefined;
  const keep = new Set([...head.slice(0, 4), ...tail.slice(-4)]);
  const starsAfter = chars.length - chars.filter((c) => c === ' ' || c === '-').length - keep.size;
  if (keep.size > 2 * starsAfter) return undefined;
  for (const i of ids) if (!keep.has(i)) chars[i] = '*';
  return chars.join('');
}

/**
 * A mainland resident ID number (18 characters: a 6-digit area, a birth date 18xx–20xx, 3 digits, a check
 * digit or X) standing alone in free text, after NFKC and without invisible characters inside it.
 */
const ID_RUN = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const ASCII = /^[\x00-\x7f]*$/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * `text` with every full ID number in it masked (沈知秋 410105199003071234 → 沈知秋 4101**********1234; written in
 * groups too, 4101 0519 9003 0712 34 or 410105-19900307-1234, and in full-width figures):
 * a name, a website's name or content that carries one (a field that took its neighbour's value, a
 * filer who typed it there) keeps no more than a masked ID field would. Text without one is returned
 * as it is.
 */
export function maskIdRuns(text: string): string {
  // too short for 18 figures (NFKC shortens no ASCII text): most values, returned without normalising
  if (text.length < 18 && ASCII.test(text)) return text;
  const plain = text.normalize('NFKC').replace(INVISIBLE, '');
  ID_RUN.lastIndex = 0;
  GROUPED_RUN.lastIndex = 0;
  const whole = ID_RUN.test(plain);
  if (!whole && !GROUPED_RUN.test(plain)) return text;
  const masked = whole ? plain.replace(ID_RUN, (run) => maskIdNumber(run)) : plain;
  const out = masked.replace(GROUPED_RUN, maskGroups);
  return out === plain && !whole ? text : out;
}

/**
 * Figures in groups set apart by a space or a hyphen (4101 0519 9003 0712 34, 410105-19900307-1234, the number
 * as a form or a card writes it for reading): the groups in one run, an X check character at the end of one.
 */
const GROUPED_RUN = /(?<![0-9A-Za-z])\d+(?:[ \-‐‑–—]\d+[Xx]?)+(?![0-9A-Za-z])/g;
const GROUP_SEP = /[ \-‐‑–—]/;
const ID_WHOLE = /^[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/;

/**
 * A run of grouped figures with every ID number in it masked: consecutive whole groups whose figures together are
 * a resident ID number (a phone number's or an order's groups beside it stay as they are).
 */
function maskGroups(run: string): string {
  const groups = run.split(GROUP_SEP);
  const seps = run.match(new RegExp(GROUP_SEP.source, 'g')) ?? [];
  const out: string[] = [];
  for (let i = 0; i < groups.length; ) {
    let compact = '';
    let j = i;
    while (j < groups.length && compact.length < 18) compact += groups[j++];
    if (compact.length === 18 && ID_WHOLE.test(compact)) {
      out.push(maskIdNumber(compact));
      if (j < groups.length) out.push(seps[j - 1] ?? ' ');
      i = j;
      continue;
    }
    out.push(groups[i]!);
    if (i + 1 < groups.length) out.push(seps[i] ?? ' ');
    i++;
  }
  return out.join('');
}

/** Fields holding an ID number of their own: masked whole (maskIdNumber), not only the runs in them. */
const ID_NUMBER_FIELDS = new Set(['idNumber', 'registrantIdNumber']);
/**
 * Fields holding domain names: kept as written. A domain name is public, it is its subject's key, and a reader
 * takes it only when it is shaped as a host name; masking it would make it none.
 */
const DOMAIN_NAME_FIELDS = new Set(['domain', 'domains']);

/**
 * A facts value (an entity, a website, a domain, a server, a whole file's facts, or a list of them) with every
 * ID number in it masked — in the ID fields whole, and in every other text field (names, account, region,
 * registrar, status tags, service number, an authorization code's account, …) wherever a full number stands in
 * the text. A reader that took a neighbour's text into a field, a filer who typed a number into a name, a file
 * written by hand: none keeps more than a masked ID field would (issue 11: "on every path"). Domain names stay.
 * Pure: a value with nothing to mask is returned itself (not a copy); numbers, booleans and dates as they are.
 */
function maskValue(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string') {
    if (key !== undefined && ID_NUMBER_FIELDS.has(key)) return maskIdNumber(value);
    return key !== undefined && DOMAIN_NAME_FIELDS.has(key) ? value : maskIdRuns(value);
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    // (a copy only once an item changed: a re-read's 500 unchanged records make no array)
    let list: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const m = maskValue(value[i], key);
      if (m !== value[i]) (list ??= value.slice())[i] = m;
    }
    return list ?? value;
  }
  // the same object where nothing in it changed (a re-read keeps its unchanged records: readers/read-session);
  // its own enumerable keys walked without an entries array per record
  let out: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const k in record) {
    if (!Object.prototype.hasOwnProperty.call(record, k)) continue;
    const v = record[k];
    // (a number, a boolean: nothing to mask, no call)
    if (v === null || (typeof v !== 'string' && typeof v !== 'object')) continue;
    const m = maskValue(v, k);
    if (m !== v) (out ??= { ...record })[k] = m;
  }
  return out ?? value;
}

/**
 * Facts (a page's, a file's) — or a part of them: an entity, a website, a domain, a server — with every ID
 * number masked, in its own fields and in free text. Pure.
 */
export function maskFactsIds<T extends object>(facts: T): T {
  return maskValue(facts, undefined) as T;
}
