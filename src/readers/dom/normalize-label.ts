import { foldHant } from './hant-fold';

/**
 * Text normalisation for matching visible labels: full-width forms folded (NFKC), every kind of
 * whitespace collapsed, zero-width characters and direction controls dropped. Pure; never throws.
 */

const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff\u00ad\u061c\u202a-\u202e\u2066-\u2069]/g;

/**
 * `s` without the invisible break characters (zero-width space / joiners, word joiner, BOM, soft hyphen)
 * and direction marks, embeddings and isolates (U+200E/F, U+061C, U+202A–202E, U+2066–2069: a name
 * wrapped in an isolate is drawn as the name alone).
 */
export const withoutZeroWidth = (s: string): string => (s.search(ZERO_WIDTH_ANY) < 0 ? s : s.replace(ZERO_WIDTH, ''));
const ZERO_WIDTH_ANY = /[\u200b-\u200f\u2060\ufeff\u00ad\u061c\u202a-\u202e\u2066-\u2069]/;
const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** NFKC (full-width → ASCII, （→(, ：→:), whitespace incl. NBSP collapsed to one space, trimmed. */
export function normalizeText(s: string | null | undefined): string {
  if (typeof s !== 'string' || s === '') return '';
  // Printable ASCII and CJK ideographs, one space between words: already normal (NFKC leaves both alone).
  // The same cell and label texts again and again (every row, every read): a bounded memo.
  return PLAIN_TEXT.test(s) ? s : textMemo(s);
}

const PLAIN_TEXT = /^[!-~\u4e00-\u9fff]+(?: [!-~\u4e00-\u9fff]+)*$/;

/**
 * A bounded memo of a pure function of a string (`maxSize` strings, 20,000 unless said; emptied when full); strings longer
 * than `maxLength` are not kept. For the same cell, label and colour texts asked again and again, row after row.
 */
export function memoized<T>(compute: (s: string) => T, maxLength: number, maxSize = 20_000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    if (s.length > maxLength) return compute(s);
    let out = memo.get(s);
    if (out === undefined) {
      out = compute(s);
      if (memo.size >= maxSize) memo.clear();
      memo.set(s, out);
    }
    return out;
  };
}

function computeNormalizeText(s: string): string {
  // a footnote mark written as superscript digits after a word (宋禾², 2027-03-01¹) points at a note: NFKC
  // would make it a digit of the text (宋禾2, 2027-03-011). Dropped where it ends a word.
  let out = s.includes('¹') || s.includes('²') || s.includes('³') || /[\u2070-\u2079]/.test(s) ? s.replace(NOTE_SUPERSCRIPT, '') : s;
  try {
    out = out.normalize('NFKC');
  } catch {
    // keep the raw string
  }
  return out.replace(ZERO_WIDTH, '').replace(WHITESPACE, ' ').trim();
}
const textMemo = memoized(computeNormalizeText, 160);
const NOTE_SUPERSCRIPT = /(?<=\S)[¹²³\u2070\u2074-\u2079]+(?=$|[\s,，.。;；:：、)）\]】])/gu;

/** Required markers, help icons and separators that may surround a label's text. */
const LEADING_MARKS = /^[\s*＊•·]+/;
// (a sorted column's arrow written after its name — 到期时间 ↑, 付费方式▼ — is the table's look, no part of the name)
const TRAILING_MARKS = /[\s*＊:：?？ⓘ🛈ℹ()（）!！↑↓↕⇅⇵▲▼△▽▴▾⬆⬇]+$/;

/**
 * The comparison key of a label: normalised, Traditional characters folded to Simplified (hant-fold.ts: 到期時間 =
 * 到期时间), lower-cased, without a leading/trailing required
 * marker (`*`), a trailing colon or help-icon text (`?`, `ⓘ`), and without spaces, so
 * "实例 ID / 名称" = "实例ID/名称" and "Billing Method:" = "billing method".
 */
export function labelKey(s: string | null | undefined): string {
  // Label searches key every text node of a page, once per field: the same short strings again
  // and again. A bounded memo of this pure function.
  return typeof s !== 'string' || s === '' ? '' : keyMemo(s);
}

function computeLabelKey(s: string): string {
  return foldHant(normalizeText(s)).toLowerCase().replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').replace(/\s+/g, '');
}
const keyMemo = memoized(computeLabelKey, 120);

/**
 * The key of a label without what consoles add after it: a parenthesised qualifier
 * ("公网带宽（峰值）", "Bandwidth (Peak)") or a counter ("网站名称 0/50"). '' when there is nothing to strip.
 */
export function labelBaseKey(s: string | null | undefined): string {
  const norm = normalizeText(s);
  if (norm === '') return '';
  const stripped = withoutQualifier(norm);
  return stripped === norm.replace(/[\s*:?!]+$/, '') ? '' : labelKey(stripped);
}

/** `norm` (normalised) without its trailing marks, counter and one trailing parenthesised qualifier. */
function withoutQualifier(norm: string): string {
  const bare = norm.replace(/[\s*:?!]+$/, '').replace(/\s*\d+\s*\/\s*\d+$/, '');
  // (a longer bracket only when it is a free-private note — "Bandwidth (public, private free)" is 20 characters in its
  // bracket, the Chinese 带宽（公网，内网免费） 7: the English lost the field; left open by session 44)
  const note = /\s*(\([^()]{17,40}\))$/.exec(bare);
  const stripped = note && PRIVATE_FREE_NOTE.test(note[1]!) ? bare.slice(0, note.index) : bare.replace(/\s*\([^()]{1,16}\)$/, '');
  return stripped.replace(/\s*\d+\s*\/\s*\d+$/, '');
}

/** Qualifiers that tell two columns apart rather than decorate one: language, script, address kind. */
const DISCRIMINATING = /\((?:[^()]*?(?:中文|英文|拼音|chinese|english|pinyin|ipv4|ipv6|私网|公网|内网|外网|private|public|intranet|internet)[^()]*?|zh|en|cn)\)/i;

/**
 * A qualifier naming the private network (带宽（内网）, Bandwidth (Private)): the value of another network than an
 * unqualified label's, whether or not the labels have a qualified twin — unless the labels name that network themselves.
 */
const PRIVATE_NETWORK_BRACKET = /\([^()]*?(?:私网|内网|private|intranet)[^()]*?\)/gi;
/**
 * A bracket naming the public network first and the private one only in a note that it is free or unmetered
 * (带宽（公网，内网免费）, 公网带宽（内网不限速）, Bandwidth (public; private free)): the value is the public network's, the
 * note says the other is not charged (these gave no bandwidth: missing; left open by session 43). 带宽（公网/内网）, naming
 * both with no such note, stays another network's.
 */
// (外网 names the public network too, and 流量 / network / traffic may stand between the private network's word and the note's:
// 带宽（外网，内网免费）, 公网带宽（内网流量免费）, Bandwidth (public; private network free) gave none — session 45 revb)
const PRIVATE_FREE_NOTE = /^\(\s*((?:公网|外网|public)[^()]*?[,，;；、]\s*)?(?:私网|内网|private|intranet)\s*(?:流量|网络|network|traffic)?\s*(?:免费|不限速|不收费|不计费|free|unmetered|unlimited|not charged)\s*\)$/i;
/** The words of a label naming the public network itself (公网带宽): a free-private note after it leaves the value the public one's. */
const NAMES_PUBLIC_NETWORK = /公网|外网|public|internet/i;
const PRIVATE_NETWORK = {
  /** `qualifier` (the brackets after a label) names the private network as the value's; `label`: the whole label text. */
  test: (qualifier: string, label: string) =>
    Array.from(qualifier.matchAll(PRIVATE_NETWORK_BRACKET)).some((m) => {
      const note = PRIVATE_FREE_NOTE.exec(m[0]);
      // (a bare free note, 带宽（内网免费）, names the public network nowhere: another network's still)
      // (nor a bracket of its own naming it before the note: 带宽（公网）（内网免费）)
      return !note || (note[1] === undefined && !NAMES_PUBLIC_NETWORK.test(label.slice(0, label.length - qualifier.length)) && !NAMES_PUBLIC_NETWORK.test(qualifier.replace(m[0], '')));
    }),
};
const NAMES_PRIVATE_NETWORK = /私网|内网|private|intranet/i;
/** A bracket naming the inbound direction (入方向, 入网, 入站, inbound, ingress), and a label naming it itself. */
const INBOUND_BRACKET = /\([^()]*?(?:入方向|入网|入站|inbound|ingress)[^()]*?\)/i;
const NAMES_INBOUND = /入方向|入网|入站|入带宽|inbound|ingress/i;

interface LabelSet {
  keys: Set<string>;
  /** Bases of labels that carry a qualifier themselves (持有者(中文)): the qualifier tells columns apart. */
  qualified: Set<string>;
  /** A label of the set names the private network itself (内网IP): such a qualifier is no other network's. */
  namesPrivate: boolean;
  /** A label of the set names the inbound direction itself (入方向带宽): such a qualifier is no other direction's. */
  namesInbound: boolean;
}
const labelSets = new WeakMap<readonly string[], LabelSet>();
function labelSet(labels: readonly string[]): LabelSet {
  let set = labelSets.get(labels);
  if (!set) {
    set = { keys: new Set(), qualified: new Set(), namesPrivate: false, namesInbound: false };
    for (const l of labels) {
      const k = labelKey(l);
      if (k !== '') set.keys.add(k);
      if (NAMES_PRIVATE_NETWORK.test(k)) set.namesPrivate = true;
      if (NAMES_INBOUND.test(k)) set.namesInbound = true;
      // A combined label says the same in either order: 实例ID/名称 = 名称/实例ID
      const parts = k.split('/');
      if (parts.length === 2 && parts[0] !== '' && parts[1] !== '') set.keys.add(`${parts[1]}/${parts[0]}`);
      const b = labelBaseKey(l);
      if (b !== '') set.qualified.add(b);
    }
    labelSets.set(labels, set);
  }
  return set;
}

/**
 * True when `text` is one of `labels` (see labelKey for what is ignored), or is one of them followed
 * by a qualifier or counter — unless the labels themselves are told apart by qualifiers.
 */
export function labelMatches(text: string | null | undefined, labels: readonly string[]): boolean {
  const key = labelKey(text);
  if (key === '') return false;
  const set = labelSet(labels);
  if (set.keys.has(key)) return true;
  const norm = normalizeText(text);
  // A Chinese label and its English in one text ("主办单位名称 Sponsor Name"): both halves one of the labels.
  const pair = HAN_THEN_LATIN.exec(norm.replace(/[\s*:?!]+$/, ''));
  if (pair && labelMatches(pair[1], labels) && labelMatches(pair[2], labels)) return true;
  // One qualifier stripped, then a second: a unit and a qualifier after it (带宽（Mbps）（峰值）, Bandwidth (Mbps) (current)).
  let rest = norm.replace(/[\s*:?!]+$/, '');
  for (let i = 0; i < 2; i++) {
    const stripped = withoutQualifier(rest);
    if (stripped === rest || stripped === '') return false;
    const base = labelKey(stripped);
    if (base !== '' && set.keys.has(base)) {
      // A qualifier naming the value before a change (到期时间（原）, 带宽（Mbps）（变更前）, Bandwidth (previous)) names no current value.
      if (namesFormer(norm.slice(stripped.length))) return false;
      if (!set.namesPrivate && PRIVATE_NETWORK.test(norm.slice(stripped.length), norm)) return false;
      // (nor one naming the inbound direction, 带宽峰值（入方向）, Peak Bandwidth (Inbound): the other direction's value — the
      // inbound 100 Mbps beside the outbound 10 was read as the bandwidth, session 52's review — unless the labels name it)
      if (!set.namesInbound && INBOUND_BRACKET.test(norm.slice(stripped.length))) return false;
      // Labels told apart by a qualifier (持有者(中文) / 持有者(英文)): a qualifier of that sort is no decoration.
      return !set.qualified.has(base) || !DISCRIMINATING.test(norm.slice(stripped.length));
    }
    rest = stripped;
  }
  return false;
}

/** A label's Chinese words, a space, then Latin words only (its translation in the same text). */
const HAN_THEN_LATIN = /^([^A-Za-z]*\p{Script=Han}[^A-Za-z]*?)\s+([A-Za-z][A-Za-z .'()/-]*)$/u;

/**
 * The words a qualifier naming a value not in effect opens with: the value before a change (rules/labels formerColumns: 原,
 * 变更前, previous) or one an action under way or to come would give (pending: 升级后, 续费后, 待生效, after upgrade).
 */
let formerWords: readonly string[] = [];

/** Adds words a qualifier naming a value not in effect opens with (./units.ts registerUnitWords passes formerColumns and pending). */
export function registerFormerQualifiers(words: readonly string[]): void {
  formerWords = [...formerWords, ...words.map((w) => normalizeText(w).toLowerCase()).filter((w) => w !== '')];
}

/** `text` (a label) ends in a qualifier naming the value before a change: 到期时间（原）, 带宽（Mbps）（变更前）. */
export function qualifiedAsFormer(text: string | null | undefined): boolean {
  const tail = /(?:\([^()]*\)\s*)+$/.exec(normalizeText(text).replace(/[\s*:?!]+$/, ''));
  return tail !== null && namesFormer(tail[0]);
}

/** `text` (a label) ends in a qualifier naming the private network: 带宽（内网）, 带宽（Mbps）（私网）, Bandwidth (Private). */
export function qualifiedAsPrivateNetwork(text: string | null | undefined): boolean {
  const whole = normalizeText(text).replace(/[\s*:?!]+$/, '');
  const tail = /(?:\([^()]*\)\s*)+$/.exec(whole);
  return tail !== null && PRIVATE_NETWORK.test(tail[0], whole);
}

/** True when one of `labels` names the private network itself (内网IP): its qualifier then names no other network. */
export function labelsNamePrivateNetwork(labels: readonly string[]): boolean {
  return labelSet(labels).namesPrivate;
}

/** `qualifiers` (normalised: "(mbps)(原)") holds one opening with a former-value word — a Latin word whole. */
function namesFormer(qualifiers: string): boolean {
  if (formerWords.length === 0) return false;
  for (const m of qualifiers.toLowerCase().matchAll(/\(\s*([^()]*)\)/g)) {
    const inner = m[1] ?? '';
    if (formerWords.some((w) => inner.startsWith(w) && (!/[a-z]$/.test(w) || !/[a-z]/.test(inner.charAt(w.length))))) return true;
  }
  return false;
}

/**
 * When `text` starts with one of `labels` followed by a colon ("付费方式：包年包月"), the rest after
 * the colon, normalised; otherwise undefined.
 */
export function valueAfterLabel(text: string | null | undefined, labels: readonly string[]): string | undefined {
  // "实例名称：web · 地域：华东1（杭州）": each pair of a line set apart by a middle dot; a middle dot
  // not followed by "标签：" is the value's own ("2 vCPU · 4 GiB")
  const parts = normalizeText(text).split(/(\s[·•]\s)/);
  for (let i = 0; i < parts.length; i += 2) {
    const norm = parts[i]!;
    const colon = norm.search(/[:：]/);
    if (colon <= 0 || !labelMatches(norm.slice(0, colon), labels)) continue;
    let rest = norm.slice(colon + 1).trim();
    for (let j = i + 2; j < parts.length && !/^[^:：\d]{1,24}[:：]/.test(parts[j]!); j += 2) rest += parts[j - 1]! + parts[j]!;
    if (rest) return rest;
  }
  return undefined;
}
