import labelData from '../../../rules/labels/tencent.json';
import readerTables from '../../../rules/reader-tables.json';
import type { AuthorizationCode, Entity, ProductId } from '../../facts/schema';
import { foldHant } from '../dom/hant-fold';
import { normalizeText } from '../dom/normalize-label';
import { afterEvent, registerTermActions } from '../dom/event-to-come';
import { parseDate, type DateOrder } from '../dom/parse-date';
import { fold, regionFinder } from './region-names';
import { ipv6Kinds } from '../shared/ipv6';
import { maskedIpv4s } from '../shared/masked-ip';
import { CONVERSION_NOTE, clauseNamesAny, leadingBracketWords, modeAfterDoneConversion, opensWithState, opensWithWord, unpaidOrderBefore, withoutModeChange, withoutUnpaidMode } from '../shared/text-values';

/**
 * Values Tencent Cloud consoles show, read from visible text: region names → `ap-…` ids, 实例计费模式,
 * the date under the billing mode ("2027-03-01 12:00:00到期" / "…创建"), instance ids, public vs
 * private addresses, authorization-code statuses, entity types. Words are data
 * (rules/labels/tencent.json). Pure; never throw; undefined when the text does not say.
 */

interface TencentData {
  /** Openers of a header or a label naming the value before a change (原, 变更前, previous): ./values formerBefore. */
  formerColumns: string[];
  values: {
    subscription: string[];
    /**
     * Words that are a subscription only as the whole value of a billing-mode field (包月, 包年): 包月带宽, 包月流量 bill a
     * bandwidth or traffic, and 包月 in another field says nothing.
     */
    subscriptionAlone: string[];
    payg: string[];
    /**
     * Words that are pay-as-you-go only as the whole value of a billing-mode field (按量, the console's short form of 按量计费):
     * 按量 in a longer text may bill a bandwidth or traffic (按量计费 network billing), and says nothing there.
     */
    paygAlone?: string[];
    /** A trial (免费体验): bought by neither mode, whatever mode a note beside it names. */
    trial: string[];
    expires: string[];
    created: string[];
    public: string[];
    private: string[];
    freeNetwork: string[];
    /** A list row's state saying its instance is released (已销毁, Terminated): no server (releasedState). */
    released: string[];
    addressPending: string[];
    /** An order not yet paid (待支付) and a renewal's order (续费): ../shared/text-values OrderWords. */
    unpaid: string[];
    renewalOrders: string[];
    /** Actions whose term a relative time names (续费 1 个月后, 升级 1 年后): that time then 后 is the action's, no countdown. */
    termActions: string[];
    codeStatus: Record<AuthorizationCode['status'] & string, string[]>;
    resourceProducts: Record<'cvm' | 'lighthouse', string[]>;
    entityTypes: Record<Entity['type'], string[]>;
    domainStatuses: string[];
    otherServiceKinds: string[];
    /** Resources billed beside an instance (数据盘, 弹性公网IP, 代金券): a billing line's date they name is theirs. */
    otherResources: string[];
    /** Openers of a line the console addresses to the user (您有 1 个备案订单待完善…, 您的实例 … 将于 … 到期): a message, no value. */
    addressedToUser: string[];
    /** Words of such a line saying what the user chose (您已选择：…, 您当前选择的实例：…): the form's choice, no message. */
    userChoice: string[];
    /** Words of such a line refusing the choice (请重新选择, 不可用, 已到期, expired): a message again, no choice. */
    userChoiceRefused: string[];
    cancelledFilings: string[];
    filedWebsites: string[];
  };
}

/** The value words and region names of rules/labels/tencent.json (the field vocabularies are in ./labels.ts). */
export const tencentData = labelData as unknown as TencentData;
const V = tencentData.values;
registerTermActions(V.termActions);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ------------------------------------------------------------------ regions

/**
 * Tencent's region ids and the names consoles show for them: rules/regions-tencent.json (the engine's
 * table), as its names-only table in rules/reader-tables.json (scripts/reader-tables.mts); the
 * extension bundles it without the names that repeat a shorter one (build/rule-files.ts).
 */
const findRegion = regionFinder(readerTables.tencentRegions);

/**
 * 广州 / 华南地区（广州） / 广州三区 / South China(Guangzhou) / Guangzhou Zone 3 / ap-guangzhou →
 * 'ap-guangzhou'. A longer name wins over the shorter one inside it (上海金融 over 上海). undefined when
 * no region or more than one is named.
 */
export function tencentRegion(text: string | null | undefined): string | undefined {
  // the same zone names on every row: a bounded memo of this pure function
  const key = text ?? '';
  if (regionMemo.has(key)) return regionMemo.get(key);
  const id = findRegion(key);
  if (regionMemo.size >= 2000) regionMemo.clear();
  regionMemo.set(key, id);
  return id;
}
const regionMemo = new Map<string, string | undefined>();

/** What may stand beside a region's name in a title naming it alone: area words, zone numbers, a count. */
const AROUND_REGION_NAME =
  /华南|华东|华北|华中|西南|西北|东北|东南|南部|亚太|港澳台|地区|中国|金融|[一二三四五六七八九十]+区|台|个|实例|共|\b(?:south|east|north|west|central|southeast|southwest|northeast|northwest|china|asia|pacific|se|macao|taiwan|finance|zone|region|instances?|servers?|total)\b/g;

/**
 * The region id when `text` names a region and nothing more (a group row's title: 华南地区（广州）,
 * "South China (Guangzhou) 2 instances", 广州 · 2 台): once its names are taken out, only area words,
 * zone numbers, a count and punctuation may be left. "上海门店官网" (a project named after a city) names none.
 */
export function tencentRegionAlone(text: string | null | undefined): string | undefined {
  const id = tencentRegion(text);
  if (!id) return undefined;
  const names = readerTables.tencentRegions.find((r) => r.id === id)?.names ?? [];
  let rest = fold(text ?? '');
  for (const name of [id, ...names].map(fold).sort((a, b) => b.length - a.length)) if (name !== '') rest = rest.split(name).join(' ');
  rest = rest.replace(AROUND_REGION_NAME, ' ').replace(/[\s\d()（）[\]【】,，.·:：/|｜-]+/g, '');
  return rest === '' ? id : undefined;
}

// ------------------------------------------------------------------ billing

/**
 * Words naming a conversion (包年包月转按量, 转包年包月, Switch to Monthly Subscription) name the other mode: the words only,
 * within a bracket or before a slash or comma ('按量计费（转包年包月订单待支付）' keeps 按量计费, as ../aliyun/server-values.ts); a
 * bracket about a conversion goes whole first (../shared/text-values CONVERSION_NOTE).
 */
// ("Switching to monthly subscription", "Converting to …": a conversion under way, as 转包年包月中 — round forty-seven's CVM list
// in English read no billing for its converting row, then the conversion's date as its expiry: invented)
const CONVERSION = /[^\s()（）/／、，,;；]*转[^\s()（）/／、，,;；]*|switch(?:ing)? to [a-z -]+|conver(?:t|ting|sion) to [a-z -]+/gi;

/** A word list as matchers, made once per list: Latin words as whole words, others as substrings. */
const matchers = new WeakMap<readonly string[], Array<string | RegExp>>();
function containsWord(text: string, words: readonly string[]): boolean {
  const t = fold(text);
  let list = matchers.get(words);
  if (!list) {
    list = words.map((w) => {
      const f = fold(w);
      return /^[a-z]/.test(f) ? new RegExp(`(^|[^a-z])${escapeRe(f)}(?![a-z])`) : f;
    });
    matchers.set(words, list);
  }
  return list.some((m) => (typeof m === 'string' ? t.includes(m) : m.test(t)));
}

/**
 * 包年包月 → subscription (包月 / 包年 only as the whole text: values.subscriptionAlone); 按量计费 / 竞价 → payg; both or
 * neither → undefined; a trial (免费体验, 免费试用:
 * a free instance, "到期后可升级为包年包月" naming the mode it may become) → undefined.
 */
export function billingFromText(text: string | null | undefined): 'subscription' | 'payg' | undefined {
  const t = withoutModeChange(withoutUnpaidMode(modeAfterDoneConversion(foldHant(normalizeText(text))).replace(CONVERSION_NOTE, ' '), V)).replace(CONVERSION, ' ').replace(modeOrderUnpaid(), ' ');
  if (t.trim() === '') return undefined;
  if (containsWord(t, V.trial)) return undefined;
  const sub = containsWord(t, V.subscription);
  const payg = containsWord(t, V.payg);
  // (包月 / 包年 as the field's whole value: the lead's convention — a billing-mode field showing just 包月 is a subscription)
  if (!sub && !payg && V.subscriptionAlone.some((w) => fold(w) === fold(t).trim())) return 'subscription';
  // (按量 as the field's whole value as shown, likewise pay-as-you-go: a CVM / Lighthouse 计费模式 showing just 按量 gave no
  // billing — missing, left open by session 44. Not the mode a conversion's bracket leaves, 包月（已转按量）: none, as before)
  if (!sub && !payg && (V.paygAlone ?? []).some((w) => fold(w) === fold(foldHant(normalizeText(text))).trim())) return 'payg';
  if (sub === payg) return undefined;
  return sub ? 'subscription' : 'payg';
}

/**
 * A mode's order not yet paid, written as a line of its own — "Subscription order unpaid", "包年包月订单待支付": the order, not
 * the mode in effect (round forty-seven: an English pay-as-you-go row showing it read no billing, both modes named; missing).
 */
let orderUnpaid: RegExp | undefined;
function modeOrderUnpaid(): RegExp {
  const any = (list: readonly string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return (orderUnpaid ??= new RegExp(`(?:${any([...V.subscription, ...V.payg])})\\s*(?:订单|order)\\s*[:：,，]?\\s*(?:${any(V.unpaid)})`, 'gi'));
}

// ------------------------------------------------------------------ dates beside a word

// 2027-03-01, 2027/3/1, 2027年3月1日, and the international console's Mar 1, 2027 / 1 Mar 2027 / 25/12/2027 (NN/NN/YYYY:
// read in the order its column or page writes them, parseDate's DateOrder); a time may follow, and the zone it is
// given in ("2027-03-20 23:59:59 (UTC+8)到期": the date is the one shown; "2027-03-01 23:59:59 UTC到期" is 2027-03-02,
// its date in China: parseDate of the whole match)
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// (UTC/GMT+08:00 and UTC(+8) whole, and a zone word's bare digits, UTC 8, too: parseDate says which zone, or none)
const ZONE_WORD = '(?:UTC|GMT)(?:\\s*[/／]\\s*(?:UTC|GMT))?';
const OFFSET = '(?:\\s*[(（]?\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?\\s*[)）]?|\\s*\\d{1,2}(?::?\\d{2})?)';
const ZONE = `(?:\\s*[(（]\\s*${ZONE_WORD}${OFFSET}?\\s*[)）]|\\s*${ZONE_WORD}${OFFSET}?(?![a-z])|Z(?![a-z]))`;
const DATE_TIME = new RegExp(
  `(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|(?<![\\d./-])\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}(?!\\d)|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日?|\\b${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\b\\d{1,2}\\s+${MONTH},?\\s+\\d{4})(?:,?[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?${ZONE}?`,
  'gi',
);

/** DATE_TIME's first match only (not global: no lastIndex kept between calls). */
const FIRST_DATE_TIME = new RegExp(DATE_TIME.source, 'i');

const OPEN_BRACKET = /^[(（]\s*/;
/** Words right after a date putting it after a payment to come (once paid, after payment; 支付后 before a date is afterEvent's). */
const ONCE_PAID = /^(?:once|after|upon|when)\s+(?:paid|payment|the order is paid)\b/i;
/** What follows a bracketed word that labels the date after it in the bracket: a few words of no figure (时间, on, a colon), then a year. */
const LABELS_NEXT_DATE = /^[^\d()（）]{0,8}\d{4}\s*[-/.年]/;
/**
 * What follows a word after a date when the word labels the NEXT date, not this one: a Latin word's "at" / "on" / colon
 * (or nothing) then a date — "Created at 2026-02-14 10:31:52 Expires at 2027-02-14 10:31:52", the international CVM
 * list's billing lines (round sixty-six: the creation date was read as the expiry, invented); a CJK word only with a
 * colon or 于 — "2027-03-01 到期 2026-03-01 创建" stays the first date's word, as the zh lines run.
 */
const LATIN_WORD_LINK = /^\s*(?:(?:at|on)\s+|[:：]\s*)?/i;
const CJK_WORD_LINK = /^\s*(?:[:：]|于)\s*/;
const CJK_WORD_LINK_LABELLED = /^\s*(?:[:：]|于)?\s*/;
/**
 * Only when the date itself opens with a date word ("Created at 2026-02-14 …"): the lines run word-then-date. Without one,
 * "2026-02-14 10:31:52 created 2027-02-14 10:31:52 expires" runs date-then-word and "created" is the first date's (the
 * word read as the next date's gave the expiry as the creation: invented, round sixty-six's variant).
 * Session 51's review: the word after the date is the longest date word there ("Expiry time: …", "到期时间：…" — the shorter
 * "Expiry" / "到期" left " time:" before the date and the creation was read as the expiry: invented); a CJK word joined by
 * 于 ("创建于 2026-02-14 到期于 2027-02-14"); and a date its own label of another event already joins by at / on / a colon
 * ("Purchased at 2026-02-14 Expires at …", "Renewed on …", "Will be released on …": the other event's date was read as
 * the expiry, invented) — the lines run word-then-date there too.
 */
function wordLabelsNextDate(after: string, before: string, rawBefore: string): boolean {
  dateWords ??= [...V.expires, ...V.created].map(fold).sort((a, b) => b.length - a.length);
  const word = dateWords.find((w) => after.startsWith(w));
  if (word === undefined) return false;
  const rest = after.slice(word.length);
  // (the date labelled by words of its own before it — at / on / a colon, a CJK label ending 时间 / 日期 / 于: "购买时间
  // 2026-03-09 到期时间 2027-03-09", "生效时间 … 到期 …" — a CJK word after it needs no colon to label the next date)
  const ownLabel = /[a-z]\s+(?:at|on)$|[:：]$|(?:时间|日期|于)$/.test(rawBefore);
  const link = (/^[\x20-\x7e]+$/.test(word) ? LATIN_WORD_LINK : ownLabel ? CJK_WORD_LINK_LABELLED : CJK_WORD_LINK).exec(rest);
  // (any date the readers read, a month name's too: "Created at Feb 14, 2026 … Expires at Feb 14, 2027 …" — variant, invented)
  if (link === null || FIRST_DATE_TIME.exec(rest.slice(link[0].length))?.index !== 0) return false;
  if (ownLabel) return true;
  const head = before.replace(/\s+(?:at|on)$|\s*于$/, '');
  return dateWords.some((w) => head.endsWith(w));
}
/** The expiry and creation words, folded, the longest first (once: wordLabelsNextDate asks them for each date and word). */
let dateWords: string[] | undefined;
const RELATIVE_PHRASE = /^(?:\d+\s*个?\s*(?:年|月|周|星期|天|日|小时|分钟)\s*(?:后|以后|之后)|in\s+\d+\s+(?:years?|months?|weeks?|days?|hours?))\s*/;

function dateNextTo(text: string | null | undefined, words: readonly string[], order?: DateOrder, othersWords?: readonly string[]): string | undefined {
  const t = normalizeText(text);
  if (t === '') return undefined;
  const folded = t.toLowerCase();
  dates: for (const m of t.matchAll(DATE_TIME)) {
    const start = m.index ?? 0;
    // (a relative phrase between the date and its word: "2027-03-20 3 个月后到期", a <time>'s date before its text;
    // the word in brackets after the date: "2027-03-01 23:59:59 UTC+0 (expires)", "2027-03-01（到期）")
    const rawAfter = folded.slice(start + m[0].length, start + m[0].length + 40).trim();
    const bracketed = OPEN_BRACKET.test(rawAfter);
    const afterLong = rawAfter.replace(OPEN_BRACKET, '').replace(RELATIVE_PHRASE, '');
    const after = afterLong.slice(0, 12);
    const rawBefore = folded.slice(Math.max(0, start - 24), start).trimEnd();
    const before = rawBefore.trim().replace(/[:：]$/, '').trim();
    // (a date the words before it, in its clause, put after an event not yet come — "转包年包月后 2027-12-05 到期", "支付后将于
    // … 到期", "After renewal: …" — is the date that event would give, not the resource's)
    // (the unpaid mark is looked for further back: "monthly subscription (pending payment) expires at " is longer than
    // the words' window)
    // (the event too: "After payment, expires on 2027-12-05" — with "Expires on" a word (round sixty-five: the international
    // consoles' expiry line), "After" falls outside the words' window and the order's date was read as the expiry)
    if (afterEvent(folded.slice(Math.max(0, start - 48), start).trim().replace(/[:：]$/, '').trim()) || unpaidOrderBefore(folded.slice(Math.max(0, start - 64), start), V)) continue;
    // (nor a date the words right after it put after a payment to come: "expires 2027-12-06 once paid" — an order's date;
    // round forty-seven variant, invented. Not further on: "… 创建 支付后将于 … 到期" is the next date's clause)
    if (ONCE_PAID.test(rawAfter)) continue;
    // (a date its clause names as another resource's — "数据盘 2026-08-01 到期", "代金券 … 到期" — is that one's)
    if (othersWords && clauseNamesAny(before, othersWords)) continue;
    for (const w of words) {
      const f = fold(w);
      // (a bracket after the date whose word labels a date in it is that one's: "2026-01-05（到期时间 2027-01-05）"; without
      // a bracket the word is the first date's, "2027-03-01 到期 2026-03-01 创建", as the lines of a list cell run)
      if (after.startsWith(f) && !(bracketed && LABELS_NEXT_DATE.test(afterLong.slice(f.length))) && !wordLabelsNextDate(afterLong, before, rawBefore)) {
        // (the date itself named as the former one's — 原2026-06-01到期, 变更前 2026-06-01 到期 —: none now)
        if (formerBefore(before)) continue dates;
        // (nor a date whose word a bracket naming another resource follows: "2026-08-01 到期（数据盘）" is the disk's)
        if (othersWords && clauseNamesAny(leadingBracketWords(afterLong.slice(f.length)), othersWords)) continue dates;
        return parseDate(m[0], order);
      }
      // (a Latin word before the date may be joined to it by "on" / "at": "Expires on 2026-12-20", round sixty-six's variant)
      // (a CJK word by 于: "创建于 2026-02-14", "到期于 2027-02-14" — session 51's review: the creation was missing)
      const head = before.endsWith(f) ? before : !/^[\x20-\x7e]+$/.test(f) ? before.replace(/\s*于$/, '') : before.replace(/\s+(?:at|on)$/, '');
      if (head.endsWith(f)) {
        // (the word named as the former one's — 原到期时间, 变更前到期时间, Previous expiry —: the date before a change, none now)
        if (formerBefore(head.slice(0, head.length - f.length))) continue dates;
        return parseDate(m[0], order);
      }
    }
  }
  return undefined;
}

/**
 * The expiry the billing mode's lines give ("包年包月 / 2027-06-01 14:22:10到期": the line the consoles draw under 实例计费模式,
 * in a list's cell or a detail page's field). A pay-as-you-go instance has no term: a date its lines call an expiry is
 * that of a conversion offered or ordered ("转包年包月 1 年，2027-12-05 到期", "如转包年包月，…"), as the Alibaba ECS list holds.
 */
export function billingCellExpiry(text: string | undefined, billing: 'subscription' | 'payg' | undefined): string | undefined {
  // (a line naming another resource before its date — 数据盘, 弹性公网IP, 代金券 (values.otherResources) — gives that one's)
  return billing === 'payg' ? undefined : dateNextTo(text, V.expires, undefined, V.otherResources);
}

/**
 * The billing mode a 到期时间 cell writes above its date, "包年包月 / 2027-05-20 14:31:08到期", on a list with no billing column
 * (round sixty-eight: a Lighthouse list whose sorted 到期时间 column shows the mode first lost `billing`). Only the words
 * before the cell's first date: a note after it ("到期后转按量计费") is no mode of the instance. None without a date.
 */
export function billingBeforeDate(text: string | undefined): 'subscription' | 'payg' | undefined {
  const t = normalizeText(text ?? '');
  const first = FIRST_DATE_TIME.exec(t);
  if (first === null || first.index === 0) return undefined;
  return billingFromText(t.slice(0, first.index));
}

/**
 * The clause before the first date of `text` names another resource billed beside the instance (values.otherResources:
 * 数据盘, 弹性公网IP, 代金券) — a 到期时间 field showing "数据盘 2026-06-01 到期（不含实例）": the date is the disk's, no expiry of
 * the instance (it was read so on the CVM detail: invented; left open by session 44's review; the ECS reader's own
 * expiry words already held it).
 */
export function firstDateNamesOther(text: string | undefined): boolean {
  const t = fold(text ?? '');
  // (the first date only: every date of the text was matched and kept to take the first, a third of a list row's text work)
  const first = FIRST_DATE_TIME.exec(t);
  if (first === null) return false;
  const at = first.index ?? 0;
  if (at > 0 && clauseNamesAny(t.slice(Math.max(0, at - 24), at), V.otherResources)) return true;
  // (or a bracket right after it naming one — "2026-06-01（数据盘）", "2026-06-01 23:59:59 (CBS)" —, not an inclusion bracket,
  // "2026-06-01（含数据盘）": ../shared/text-values leadingBracketWords; left open by session 45's review)
  return clauseNamesAny(leadingBracketWords(t.slice(at + first[0].length)), V.otherResources);
}

/** `text` (a line of a cell) opens with a word naming the value before a change: 原授权账户：1000****1234, 变更前 …. */
export function opensWithFormerWord(text: string | null | undefined): boolean {
  return opensWithWord(text, tencentData.formerColumns);
}

/**
 * `text` (a section's title) ends with a bracket opening with a word naming the value before a change — "备案信息（变更前）",
 * "主办单位信息（原）", "Filing (previous)": titled for the filing before the change as 原备案信息 is (session 45's review:
 * such a card before the 变更后 form gave its old entity). Pure.
 */
export function endsWithFormerBracket(text: string | null | undefined): boolean {
  const m = /[(（]([^()（）:：]{1,16})[)）]\s*$/.exec(fold(text ?? '').trimEnd());
  return m !== null && opensWithFormerWord(m[1]!);
}

/** `text` (folded, what comes before a date's word) ends with a word naming the value before a change (原, 变更前, previous). */
function formerBefore(text: string): boolean {
  const t = text.trimEnd();
  return tencentData.formerColumns.some((w) => {
    const f = fold(w);
    if (!t.endsWith(f)) return false;
    // (a Latin word whole: "previous", not the end of another word)
    return !/[a-z]/.test(f) || !/[a-z0-9]/.test(t.charAt(t.length - f.length - 1));
  });
}

/** "2027-03-01 12:00:00到期" / "Expires at 2027-01-10 00:00:00" → '2027-03-01' (`order`: how an NN/NN/YYYY date is written there). */
export function expiryInText(text: string | null | undefined, order?: DateOrder): string | undefined {
  return dateNextTo(text, V.expires, order);
}

/** "2026-11-20 10:31:05创建" / "Created at 2026-10-02 08:15:40" → '2026-11-20' (`order`: as expiryInText). */
export function creationInText(text: string | null | undefined, order?: DateOrder): string | undefined {
  return dateNextTo(text, V.created, order);
}

// ------------------------------------------------------------------ instances

const INSTANCE_ID = /(?<![a-z0-9-])(lhins|ins)-[a-z0-9]{8}(?![a-z0-9])/gi;

/** Instance ids in order, without duplicates: ins-xxxxxxxx (CVM) and lhins-xxxxxxxx (Lighthouse). */
export function instanceIdsInText(text: string | null | undefined): string[] {
  const out: string[] = [];
  for (const m of normalizeText(text).matchAll(INSTANCE_ID)) {
    const id = m[0].toLowerCase();
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

export function productOfInstanceId(id: string): Extract<ProductId, 'cvm' | 'lighthouse'> | undefined {
  if (/^lhins-/i.test(id)) return 'lighthouse';
  if (/^ins-/i.test(id)) return 'cvm';
  return undefined;
}

// ------------------------------------------------------------------ addresses

const IPV4 = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])/g;

function isPrivateIpv4(a: number, b: number): boolean {
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}

/**
 * The addresses shown in an IP cell or field: 'public' when an address is marked 公网 / Public (or is
 * a public address with no mark, IPv4 or a global IPv6 one), 'private' when every address shown is 内网 / Private,
 * 'pending' when no public one is shown and the text says one is still being assigned (分配中 / Assigning …,
 * rules/labels/tencent.json values.addressPending: neither an address nor the lack of one), undefined when no
 * address is shown.
 */
export function addressKind(text: string | null | undefined): 'public' | 'private' | 'pending' | undefined {
  const t = normalizeText(text);
  let sawPrivate = false;
  for (const m of t.matchAll(IPV4)) {
    const parts = [m[1], m[2], m[3], m[4]].map(Number);
    if (parts.some((p) => p > 255)) continue;
    const start = m.index ?? 0;
    // the word after the address, (公网) / Public: the words of rules/labels/tencent.json values.public / .private
    const after = fold(t.slice(start + m[0].length, start + m[0].length + 12)).replace(/^\s*\(?\s*/, '');
    const marked = (words: readonly string[]) => words.some((w) => after.startsWith(fold(w)));
    const mark = marked(V.public) ? 'public' : marked(V.private) ? 'private' : undefined;
    if (mark === 'public') return 'public';
    if (mark === 'private' || isPrivateIpv4(parts[0]!, parts[1]!)) sawPrivate = true;
    else return 'public';
  }
  // an address with parts masked (43.139.***.17 (公), a page saved to report it): its mark, else the parts shown, tell its
  // kind; one they cannot tell (172.**.3.21) leaves the access unknown — never "only a private address", which is a 0
  // (round forty-seven: a masked public address beside 10.0.0.17 gave a bandwidth of 0; ../shared/masked-ip)
  let unsure = false;
  for (const m of maskedIpv4s(t)) {
    const after = fold(t.slice(m.end, m.end + 12)).replace(/^\s*\(?\s*/, '');
    const marked = (words: readonly string[]) => words.some((w) => after.startsWith(fold(w)));
    const kind = marked(V.public) ? 'public' : marked(V.private) ? 'private' : m.range;
    if (kind === 'public') return 'public';
    if (kind === 'private') sawPrivate = true;
    else unsure = true;
  }
  // an IPv6 address: a global one is public (a 公网 IP field showing 2402:4e00:…), a link-local one is not
  const v6 = ipv6Kinds(t);
  if (v6.includes('public')) return 'public';
  if (t !== '' && holdsWord(fold(t), V.addressPending)) return 'pending';
  // (a masked address of a range not shown: neither an address known public nor the lack of one, as one being assigned)
  if (unsure) return 'pending';
  return sawPrivate || v6.length > 0 ? 'private' : undefined;
}

/**
 * A label (or an address's own words) naming a public address: rules/labels/tencent.json values.public (公网, Public, EIP,
 * Elastic IP, 弹性公网 — not 弹性 alone: 弹性网卡 is a private interface's), a Latin word whole — "Public IPv4 Address", "弹性公网IP", "Elastic IP"; not "Last login IP", "Receipt".
 */
export function namesPublicAddress(text: string | null | undefined): boolean {
  const t = fold(normalizeText(text));
  return V.public.some((w) => {
    const f = fold(w);
    if (!/^[a-z]/.test(f)) return t.includes(f);
    for (let at = t.indexOf(f); at >= 0; at = t.indexOf(f, at + 1)) if (!/[a-z0-9]/.test(t.charAt(at - 1)) && !/[a-z0-9]/.test(t.charAt(at + f.length))) return true;
    return false;
  });
}

/** 免费 / Free in a network-billing cell: the instance has no public bandwidth. */
export function isFreeNetwork(text: string | null | undefined): boolean {
  const t = fold(text ?? '');
  return t !== '' && isWord(t, V.freeNetwork);
}

/** `t` (folded) is one of `words`. */
const isWord = (t: string, words: readonly string[]) => words.some((w) => t === fold(w));
/** `t` (folded) holds one of `words`. */
const holdsWord = (t: string, words: readonly string[]) => words.some((w) => t.includes(fold(w)));

// ------------------------------------------------------------------ codes, resources, entities

export function codeStatusFromText(text: string | null | undefined): AuthorizationCode['status'] {
  const t = fold(text ?? '');
  if (t === '') return undefined;
  // 未使用 contains 使用: test the longer words first
  const order: Array<NonNullable<AuthorizationCode['status']>> = ['unused', 'used', 'in-use'];
  for (const s of order) {
    if (holdsWord(t, V.codeStatus[s])) {
      if (s === 'used' && holdsWord(t, V.codeStatus.unused)) continue;
      // a status word negated ("Not in use", "never used": a translator's words for 未使用) is not that status
      if (s !== 'unused' && negatedWord(t, V.codeStatus[s])) continue;
      // (and a second status's words beside it, once its own are taken out — "未使用使用中", the old status and the new drawn
      // side by side, the old clipped away by the page's sheet: read without it, the first was taken, a wrong status; held-out
      // × stylesheet-removed, session 49): two statuses shown, none known
      let rest = t;
      for (const w of V.codeStatus[s].map(fold)) rest = rest.split(w).join(' ');
      if (order.some((o) => o !== s && holdsWord(rest, V.codeStatus[o]) && !(o !== 'unused' && negatedWord(rest, V.codeStatus[o])))) return undefined;
      return s;
    }
  }
  return undefined;
}

/** Every place `t` (folded) holds one of `words`, that word comes right after a negation (not, never, no longer, non-). */
const NEGATION_BEFORE = /(?:^|[^a-z])(?:not|never|no longer|non)(?:\s+yet)?[\s-]*$/;
function negatedWord(t: string, words: readonly string[]): boolean {
  let found = false;
  for (const w of words.map(fold)) {
    for (let at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
      if (!NEGATION_BEFORE.test(t.slice(0, at))) return false;
      found = true;
    }
  }
  return found;
}

/** 云服务器 → cvm, 轻量应用服务器 → lighthouse (a checked choice or a resource type cell). */
export function productFromText(text: string | null | undefined): 'cvm' | 'lighthouse' | undefined {
  const t = fold(text ?? '');
  if (t === '') return undefined;
  if (holdsWord(t, V.resourceProducts.lighthouse)) return 'lighthouse';
  return holdsWord(t, V.resourceProducts.cvm) ? 'cvm' : undefined;
}

/** 个人 → individual; 企业 / 政府机关 / 事业单位 / 社会团体 … → organization. */
export function entityTypeFromText(text: string | null | undefined): Entity['type'] | undefined {
  const whole = fold(text ?? '');
  if (whole === '') return undefined;
  // (a qualifier in brackets after the kind says which of its filers: 个人（港澳台居民）, 个人（外籍人士）, 企业（外商投资）;
  // one that is an organization's kind of its own names the filer's kind: 个人（个体工商户） is a 个体工商户, an MIIT kind of
  // its own; 个人 in the bracket of a kind, 个体工商户（个人）, says whose business it is, no individual filer)
  const qualifier = /[(（]([^()（）]{1,12})[)）]$/.exec(whole)?.[1]?.trim();
  if (qualifier && isWord(qualifier, V.entityTypes.organization)) return 'organization';
  for (const t of new Set([whole, whole.replace(/\s*[(（][^()（）]{1,12}[)）]$/, '')])) {
    if (isWord(t, V.entityTypes.individual)) return 'individual';
    if (isWord(t, V.entityTypes.organization)) return 'organization';
  }
  return undefined;
}

/** A Tencent authorization code as shown: letters and digits, 12–32 long, at least one digit. */
export function authorizationCodeInText(text: string | null | undefined): string | undefined {
  const t = normalizeText(text);
  for (const m of t.matchAll(/(?<![A-Za-z0-9-])[A-Z0-9]{12,32}(?![A-Za-z0-9-])/g)) {
    if (/\d/.test(m[0]) && /[A-Z]/.test(m[0])) return m[0];
  }
  // drawn in groups of four for reading ("BA7K 9M1N 3P5Q 7R9S": spaces or CSS separators between spans)
  for (const m of t.matchAll(/(?<![A-Za-z0-9-])[A-Z0-9]{4}(?: [A-Z0-9]{4}){2,7}(?![A-Za-z0-9-])/g)) {
    const code = m[0].replace(/ /g, '');
    if (/\d/.test(code) && /[A-Z]/.test(code)) return code;
  }
  return undefined;
}

/** A console account ID (UIN): 5–15 digits, shown alone. */
export function accountIdInText(text: string | null | undefined): string | undefined {
  const m = /^(\d{5,15})$/.exec(normalizeText(text));
  return m ? m[1] : undefined;
}

/** A domain status a tag may show: a word of the domain-status list or an EPP status code (clientHold, serverTransferProhibited, ok). */
export function isDomainStatusWord(text: string): boolean {
  const t = normalizeText(text);
  if (isWord(t.toLowerCase(), V.domainStatuses) || EPP_STATUS.test(t) || EPP_ANY_CASE.test(t)) return true;
  // (session 51, left open by session 50's review of e2ae3fa — each tag dropped whole, the serverHold with it: the code out of
  // case, serverhold / ServerHold; a status word and its code joined by a dash, 注册局暂停解析 - serverHold; a bracket naming who
  // set it, clientHold（注册商设置暂停解析）, 暂停解析（注册局设置）)
  const statusish = (w: string) => isWord(w.toLowerCase(), V.domainStatuses) || EPP_STATUS.test(w) || EPP_ANY_CASE.test(w) || isWord(w.replace(/^(注册局|注册商)设置/, '$1').toLowerCase(), V.domainStatuses);
  const dashed = /^(.+?)\s+[-–—]\s+(.+)$/.exec(t);
  if (dashed !== null && statusish(dashed[1]!) && statusish(dashed[2]!)) return true;
  // a status word with its EPP code in brackets, as one tag: 注册局暂停解析（serverHold）, serverHold（注册局暂停解析）.
  // Round sixty-three's variants: such a tag was dropped whole, and with it the serverHold that blocks the filing.
  // (square brackets too, 注册局暂停解析[serverHold]: the tag was dropped — session 50's review of e2ae3fa)
  const both = /^(.+?)\s*[（(\[【]\s*([^()（）[\]【】]+?)\s*[)）\]】]$/.exec(t);
  if (both !== null && statusish(both[1]!) && (statusish(both[2]!) || /^(注册局|注册商)(设置)?$/.test(both[2]!))) return true;
  // (… or set apart by a slash or a space only — 赎回期 / redemptionPeriod, 待删除 pendingDelete, redemptionPeriod 赎回期: the
  // tag was dropped whole, the redemption with it; session 51's review of 929ca7a. The code must be an EPP code)
  const codeAfter = /^(.+?)\s*(?:[/／|｜]\s*|\s+)([A-Za-z]+)$/.exec(t);
  if (codeAfter !== null && EPP_STATUS.test(codeAfter[2]!) && statusish(codeAfter[1]!)) return true;
  const codeBefore = /^([A-Za-z]+)\s*(?:[/／|｜]\s*|\s+)(.+)$/.exec(t);
  return codeBefore !== null && EPP_STATUS.test(codeBefore[1]!) && statusish(codeBefore[2]!);
}

/** An EPP status code written out of case (serverhold, ServerHold, CLIENTHOLD): the RFC 5731 / 3915 codes only. */
const EPP_ANY_CASE = /^(ok|inactive|(client|server)(hold|(delete|renew|transfer|update)prohibited)|pending(create|delete|renew|restore|transfer|update)|(add|autorenew|renew|transfer|redemption)period)$/i;

/**
 * An EPP status code (RFC 5731) as registries write it: serverHold, clientTransferProhibited, pendingDelete, ok; and the
 * grace periods' (RFC 3915: redemptionPeriod, autoRenewPeriod, addPeriod, renewPeriod, transferPeriod) — 赎回期（redemptionPeriod）
 * was dropped whole, and with it the redemption that blocks the filing (missing; session 50's review of e2ae3fa).
 */
const EPP_STATUS = /^(ok|inactive|(client|server)[A-Z][A-Za-z]+|pending[A-Z][A-Za-z]+|(add|autoRenew|renew|transfer|redemption)Period)$/;

// ------------------------------------------------------------------ filing: other services

/**
 * A cell's whole text names an internet information service other than a website, filed beside the
 * websites (小程序, APP, 快应用, Mini Program): a service-type cell of another service's row.
 */
export function isOtherServiceKind(text: string | null | undefined): boolean {
  const t = normalizeText(text).toLowerCase();
  return t !== '' && V.otherServiceKinds.some((w) => w.toLowerCase() === t);
}

/**
 * A whole text saying a filing is cancelled (已注销, 已取消接入, Cancelled: rules/labels/tencent.json
 * values.cancelledFilings) — the status of a website whose filing was cancelled: a record of the past, no website of a
 * filing in progress.
 */
export function isCancelledFiling(text: string | null | undefined): boolean {
  const t = normalizeText(text).toLowerCase();
  return t !== '' && V.cancelledFilings.some((w) => w.toLowerCase() === t);
}

/**
 * A whole text saying a website is filed already (已备案, Filed: rules/labels/tencent.json values.filedWebsites) — a
 * tag of the entity's filed websites listed beside the one a 新增网站 filing adds.
 */
export function isFiledWebsite(text: string | null | undefined): boolean {
  const t = normalizeText(text).toLowerCase();
  return t !== '' && V.filedWebsites.some((w) => w.toLowerCase() === t);
}

/**
 * `text` refuses an instance (values.userChoiceRefused: 已被其他备案使用, 请重新选择, 不满足, has expired, not eligible …) whatever
 * opens it: "实例 ins-… 已被其他备案使用，请重新选择", "已选实例 ins-… 已被…" and "The instance you selected (ins-…) is not
 * eligible" under a field showing 请选择 gave the website that server (invented; session 45 revb of 952d0a4 — only lines
 * opening 您… / Your … were asked).
 */
export function refusesChoice(text: string | undefined): boolean {
  const t = (text ?? '').toLowerCase();
  return t !== '' && V.userChoiceRefused.some((w) => t.includes(w.toLowerCase()));
}

/** `text` is a line the console addresses to the user (values.addressedToUser: 您有…, 您的…, Your …): a message, no value — unless it says what the user chose (values.userChoice). */
export function addressedToUser(text: string | undefined): boolean {
  const t = (text ?? '').trimStart().toLowerCase();
  if (!V.addressedToUser.some((w) => t.startsWith(w.toLowerCase()))) return false;
  // (one saying what the user chose — 您已选择：云服务器 ins-…, 您当前选择的实例 — states the form's choice: values.userChoice)
  // (… unless it refuses that choice — 您所选的实例 ins-… 已到期，请重新选择; Your selected instance … has expired — a message
  // naming an instance the form does not hold: values.userChoiceRefused; it gave the website that server, session 44)
  if (V.userChoiceRefused.some((w) => t.includes(w.toLowerCase()))) return true;
  return !V.userChoice.some((w) => t.includes(w.toLowerCase()));
}

/**
 * A list row's 状态 cell saying its instance is released or destroyed (已销毁, 已释放, Terminated: rules/labels/tencent.json
 * values.released): the row, still listed greyed, is no server (../shared/text-values opensWithState; round forty-eight).
 */
export function releasedState(text: string | undefined): boolean {
  return opensWithState(text, V.released);
}

