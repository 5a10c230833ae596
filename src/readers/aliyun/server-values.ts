import { untruncated } from '../dom/truncated';
import aliyunLabelFile from '../../../rules/labels/aliyun.json';
import { foldHant } from '../dom/hant-fold';
import { labelMatches, normalizeText } from '../dom/normalize-label';
import { parsePublicBandwidth } from '../dom/parse-bandwidth';
import { addressText } from '../dom/address';
import { afterEvent, registerTermActions } from '../dom/event-to-come';
import { CLOCK_IN_WORDS, DAY_PART, onlyPairJoin, parseDate } from '../dom/parse-date';
import { parseRegion, regionById } from '../dom/parse-region';
import { isVisible, type VisibilityCache } from '../dom/visibility';
import { readFieldText } from '../dom/field';
import { textUnits, valueText } from '../dom/units';
import { visibleText } from '../dom/visible-text';
import { ipv6Kinds } from '../shared/ipv6';
import { maskedIpv4s } from '../shared/masked-ip';
import { CONVERSION_NOTE, clauseNamesAny, idOfOtherResource, isPlaceholder, leadingBracketWords, opensWithState, modeAfterDoneConversion, releasedUnitIn, unpaidOrderBefore, withoutModeChange, withoutUnpaidMode } from '../shared/text-values';

/**
 * Values shared by the ECS and Simple Application Server readers, read from the visible text of a
 * cell or field. Pure; never throw; undefined when the text does not say.
 */

// (and the machine translations of 按量付费 / 包年包月 on a browser-translated or English-mode console, "Pay by quantity", "Year and
// month package": round fifty-one's variants lost the billing, missing)
const PAYG = /按量|后付费|抢占式|竞价|pay[\s-]*as[\s-]*you[\s-]*go|postpaid|preemptible|spot|pay\s+by\s+quantity/i;
// (包月带宽, 包月流量, 包年包月带宽: how a bandwidth or traffic is billed, no instance's mode — the lead's convention, session 41)
const SUBSCRIPTION = /包年(?!(?:包月)?(?:带宽|流量))|(?<!包年)包月(?!带宽|流量)|预付费|subscription|prepaid|monthly|yearly|year\s+and\s+month\s+package|annual\s+and\s+monthly\s+package/i;

/**
 * Words naming a conversion name the other mode, as an action or a tag offering it (转包年包月, 可转包年包月 beside
 * 按量付费, 到期转按量, Switch to Subscription, Convertible to Subscription, "After conversion to subscription, expires at …"): no mode of the instance (as
 * tencent/values.ts CONVERSION). The words only, within a bracket or before a slash: '包年包月（到期转按量）' keeps 包年包月.
 */
const CONVERSION = /[^\s()（）/／、，,;；]*转[^\s()（）/／、，,;；]*|switch(?:able)?\s+to\s+[a-z -]+|conver(?:t|tible|sion)\s+(?:to|into)\s+[a-z -]+/gi;

/** 包年包月 / Subscription → 'subscription'; 按量付费 / Pay-As-You-Go / 抢占式 / Spot → 'payg'. */
export function billingFromText(text: string | undefined): 'subscription' | 'payg' | undefined {
  // (a Traditional console's 按量付費 / 預付費 / 後付費 / 轉包年包月 are the same words: folded to Simplified)
  const s = withoutModeChange(withoutUnpaidMode(modeAfterDoneConversion(foldHant(normalizeText(text))).replace(CONVERSION_NOTE, ' '), V)).replace(CONVERSION, ' ');
  if (!s) return undefined;
  const payg = PAYG.test(s);
  const sub = SUBSCRIPTION.test(s);
  if (payg && !sub) return 'payg';
  if (sub && !payg) return 'subscription';
  return undefined;
}

const DATE_LIKE =
  /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[\s-]+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4}/gi;
/** A time of day (and zone) right after a date: " 23:59:59", ", 23:59 (UTC+8)", " 23:59 (UTC/GMT+08:00)", " 23:59 UTC(+8)", " 下午 04:00 (UTC+00:00)" (the half of the day before the time: ../dom/parse-date DAY_PART; parseDate reads it). */
// (or the time in words, 下午3点00分 — ../dom/parse-date CLOCK_IN_WORDS: "2026年1月3日下午3点00分 至 2027年…" is a range, whose
// start was the 到期时间's date: session 44 reva)
const TIME_AFTER = new RegExp(String.raw`^[\s,，]*(?:(?:${DAY_PART})\s*)?(?:${CLOCK_IN_WORDS}(?![\d:]))?` + /(?:T?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?\s*(?:[(（]?\s*(?:utc|gmt)(?:\s*[/／]\s*(?:utc|gmt))?\s*[(（]?\s*[+\-\u2212]?\s*\d{0,2}(?::?\d{2})?\s*[)）]?\s*[)）]?|z(?![a-z])|\(?\s*(?:cst|北京时间)\s*\)?)?/.source, 'i');
/** Words after a date saying what it is: "2027-02-28 到期", "2025-01-01 创建", "将于 2026-12-12 回收", "2026-12-12（将被释放）", "Feb 28, 2027 Expires". */
const AFTER_EXPIRY = /^[\s,，:：(（]*(?:到期|过期|expir(?:es|ed|e|y|ing|ation)?\b|due\b)/i;
// (a setting named after such an event is none: 释放保护已开启, 删除保护, 回收站保留 7 天, release protection on, recycle bin)
const AFTER_OTHER = /^[\s,，:：(（]*(?:将)?(?:会)?(?:被)?(?:创建|开通|购买|激活|释放|回收|销毁|删除|生效|creat|purchased\b|opened\b|activated\b|released?\b|recycled?\b|destroyed?\b|deleted?\b|starts?\b|started\b)(?!保护|站|\s*(?:protection|bin)\b)/i;
/**
 * Words before a date saying what it is: "Expires at Feb 28, 2027", "到期时间：2027-02-28" — the time of day
 * may come first in English, "Expires at 23:59:59 on March 1, 2027" (a machine translation of "2027年3月1日
 * 23:59:59 到期"; "Created at 10:20 on …" likewise).
 */
const TIME_FIRST = String.raw`(?:\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\(?\s*(?:utc|gmt)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\s*\)?)?\s+on)?`;
// (到期 alone right before the date — "包年包月 / 到期 2027-01-05" — names it too: its expiry was lost, left open by session 43)
/**
 * 开通 / 购买 / 创建 / 激活, Opened, Activated, Activation, Purchase alone right before a date: that date's word only when the cell's
 * words lead its dates (its text opens with such a word: "开通 2026-03-18 到期 2027-03-18", "Opened … Expires …"); in "2025/12/01
 * 开通 2026/12/01 到期" the word ends the first date (session 51).
 */
const BARE_OTHER_LEAD = /(?:^|[\s,，;；/|])(?:开通|购买|创建|激活|opened|activated|activation|purchase)\s*$/i;
/** The text between two dates ends with the next date's expiry label and a colon (到期：, 到期时间：, Expiration:, 到期于). */
const LEADS_INTO_EXPIRY = /(?:^|[\s,，;；/|])(?:(?:到期(?:时间|日期?)?|过期时间|有效期至|expires?|expiration(?:\s+(?:time|date))?|expiry(?:\s+(?:time|date))?)\s*[:：]|到期于)\s*$/i;
/**
 * The end of a date's word right before the date: at / on / in, a colon, or both ("Expires at: Dec 20, 2026", "Release at:
 * Dec 15, 2026" — round seventy-nine variant: "Created at: Jun 1, 2026 Expires at: Dec 20, 2026" gave the creation as the
 * expiry, invented; a release line "Release at: …" over the expiry left it missing).
 */
const AT_COLON = String.raw`\s*(?:(?:at|on|in)\b\s*)?[:：]?\s*$`;
// (a period's end named so, 结束时间 / 截止日期, after its start: "开始时间 2026-01-01 结束时间 2027-01-01" — session 52)
const BEFORE_EXPIRY = new RegExp(String.raw`(?:到期时间|过期时间|(?:结束|截止|截至|终止)(?:时间|日期)|到期(?:日期?)?|有效期至|有效期到|到期于|expires?|expired|expiration(?:\s+(?:time|date))?|expiry(?:\s+(?:time|date))?|until|due(?:\s+date)?)` + TIME_FIRST + AT_COLON, 'i');
// (开通 / 购买 / 创建 / 激活, Opened, Activated, Activation, Purchase with a colon, at / on, time / date: "开通：2026-03-18<br>到期：
// 2027-03-18" in a 到期时间 cell gave the opening date as the expiry — session 51, found rebuilding round sixty-six's virtual
// hosts: invented. Bare, such a word may end the date before it, "2025/12/01 开通 2026/12/01 到期": ./BARE_OTHER_LEAD)
const BEFORE_OTHER = new RegExp(String.raw`(?:创建时间|创建于|开通时间|购买时间|(?:开通|购买|创建|激活|opened|activated|activation|purchase)\s*[:：]|(?:opened|activated)\s+(?:at|on)|(?:activation|purchase)\s+(?:time|date)|释放时间|回收时间|销毁时间|删除时间|生效时间|(?:开始|起始)(?:时间|日期)|(?:开始|起始)\s*[:：]|created(?:\s+at|\s+on)?|creation\s+(?:time|date)|purchased(?:\s+at|\s+on)?|release(?:\s+time)?|released(?:\s+at)?|start(?:\s+time)?|started(?:\s+at)?)` + TIME_FIRST + AT_COLON, 'i');

/**
 * The expiry date in a cell. `dedicated`: the cell is an expiry column/field (到期时间), so its
 * first date is the expiry unless words beside it say otherwise. In any other cell (a billing cell
 * "包年包月 2027-02-28 23:59 到期", "按量付费 2025-01-01 创建", "Subscription Expires at Feb 28,
 * 2027") only a date that words beside it call an expiry counts.
 */
/** Only an arrow between two dates: from one to the other (a change shown as its before and after). */
const CHANGE_ARROW = /^\s*(?:→|->|=>|⇒|➔|➜|⟶|⇢)\s*$/;

export function expiryFromText(text: string | undefined, dedicated: boolean, own?: string): string | undefined {
  const s = normalizeText(text);
  if (!s) return undefined;
  const dates: Array<{ start: number; end: number; raw: string }> = [];
  DATE_LIKE.lastIndex = 0;
  for (let m = DATE_LIKE.exec(s); m; m = DATE_LIKE.exec(s)) dates.push({ start: m.index, end: m.index + m[0].length, raw: m[0] });
  // (the cell's words lead its dates: its text opens with a date's word — ./BARE_OTHER_LEAD)
  const head = dates.length > 0 ? s.slice(0, dates[0]!.start) : '';
  const wordsLead = BARE_OTHER_LEAD.test(head) || BEFORE_EXPIRY.test(head) || BEFORE_OTHER.test(head);
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (!d) continue;
    const prevEnd = dates[i - 1]?.end ?? 0;
    const nextStart = dates[i + 1]?.start ?? s.length;
    let after = s.slice(d.end, nextStart);
    // (the date with its time and zone: a time in another zone written as text is read as its date in China)
    const withTime = s.slice(d.start, d.end) + (TIME_AFTER.exec(after)?.[0] ?? '');
    after = after.slice(withTime.length - (d.end - d.start));
    const before = s.slice(prevEnd, d.start);
    let kind: 'expiry' | 'other' | undefined;
    // "… Expires at <next date>": a marker that leads into the next date is that date's.
    // (unless the date's own word follows it and the marker leading on is an event's to come — "2027-01-05 23:59 到期
    // 续费后到期时间 2027-04-05": the first is the expiry, the second the renewal's; round forty-seven variant, missing)
    const leadsOn = i + 1 < dates.length && (BEFORE_EXPIRY.test(after) || BEFORE_OTHER.test(after)) && !(AFTER_EXPIRY.test(after) && afterEvent(after));
    // a date after an arrow from another ("2026年12月18日 → 2027年12月18日 到期"): the date a change would give, not yet
    if (i > 0 && CHANGE_ARROW.test(before)) kind = 'other';
    // (a date the next date's expiry label follows, with its colon — "…2026-03-18 / 到期：2027-03-18", "… Expiration: 2027-…" —
    // is not the expiry, whatever word (none known) names it: the next date is. Only with a colon or 于: "2027-03-18 到期
    // 2026-03-18 开通" runs date-then-word, its first date the expiry; session 51, invented before)
    else if (i + 1 < dates.length && LEADS_INTO_EXPIRY.test(after) && !AFTER_EXPIRY.test(after)) kind = 'other';
    // (a date after an unpaid order's words, 包年包月（待支付）2027-12-05 到期: the date that order would give)
    else if (unpaidOrderBefore(before, V)) kind = 'other';
    // (a date after an event to come in its clause, 续费后 2028-12-05 到期, After renewal, expires at …: that event's date)
    else if (afterEvent(before)) kind = 'other';
    // (a date whose clause names another resource or a price — 数据盘, 弹性公网IP, 代金券, 活动价格 (values.otherResources) — is that one's)
    else if (clauseNamesAny(before, V.otherResources)) kind = 'other';
    // (nor a date a bracket naming another resource follows right away: "2026-06-01（数据盘）" is the disk's — an inclusion
    // bracket, "2026-06-01（含数据盘）", is none: ../shared/text-values leadingBracketWords; left open by session 45's review)
    else if (clauseNamesAny(leadingBracketWords(after), V.otherResources)) kind = 'other';
    // (a date right after a resource's name and a colon — "prod-db-master：2027-01-18 23:59 到期", a hover card's text in
    // a list's billing cell, drawn as a plain box — is that resource's, when `own`, the record's id cell, does not show the
    // name: the ECS list row gave it as its expiry, invented; left open by round forty-six)
    else if (own !== undefined && namedOther(before, own)) kind = 'other';
    // (nor a date whose word a bracket naming another resource follows: "2026-08-01 到期（数据盘）" is the disk's)
    else if (!leadsOn && AFTER_EXPIRY.test(after)) kind = clauseNamesAny(bracketAfterWord(after), V.otherResources) ? 'other' : 'expiry';
    else if (!leadsOn && AFTER_OTHER.test(after)) kind = 'other';
    else if (BEFORE_EXPIRY.test(before)) kind = 'expiry';
    else if (BEFORE_OTHER.test(before)) kind = 'other';
    else if (wordsLead && BARE_OTHER_LEAD.test(before)) kind = 'other';
    // Two dates side by side with nothing but a range word or separator between (a range "2026-01-01 ~
    // 2027-01-01", a 开通时间/到期时间 cell "2025/12/01 2026/12/01"): neither is the expiry by its place,
    // only a date that words beside it call one.
    if (kind === undefined && dedicated && i + 1 < dates.length && onlyPairJoin(after)) {
      dedicated = false;
      continue;
    }
    if (kind === 'expiry' || (kind === undefined && dedicated)) {
      const date = parseDate(withTime);
      if (date) return date;
    }
    // In an expiry column, only the first date is a candidate.
    if (dedicated && kind === undefined) return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------- IP addresses

const IPV4 = /(?<![\d.])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?![\d.])/g;
/**
 * The value words of rules/labels/aliyun.json (values): an address's kind beside it, and an address still being
 * assigned. Words in order; a space in a word stands for any spacing ("公网 IP": 公网IP, 公网 IP). The words of an order
 * not yet paid and of a renewal's order (unpaid, renewalOrders: ../shared/text-values OrderWords).
 */
const V = (aliyunLabelFile as unknown as { values: Record<'eip' | 'public' | 'private' | 'released' | 'addressPending' | 'unpaid' | 'renewalOrders' | 'termActions' | 'otherResources', string[]> }).values;

/** An ECS id shown as another resource's (原实例 i-… 已释放: values.otherResources; ../shared/text-values idOfOtherResource). */
export function otherResourceId(at: Element, pattern: RegExp): boolean {
  return idOfOtherResource(at, pattern, V.otherResources);
}
registerTermActions(V.termActions);
/** A resource's name or id right before a colon (prod-db-master：, web_02：, i-bp1…：): words joined by - _ or . */
const NAME_BEFORE_COLON = /(?:^|[\s(（])([a-z0-9]+(?:[-_.][a-z0-9]+)+)\s*[:：]\s*$/i;
/** The text before a date ends with a resource's name and a colon, a name `own` (the record's id and name) does not show. */
function namedOther(before: string, own: string): boolean {
  const name = NAME_BEFORE_COLON.exec(before)?.[1];
  return name !== undefined && !normalizeText(own).toLowerCase().includes(name.toLowerCase());
}
/** The words of a bracket right after a date's word ("到期（数据盘）": 数据盘), or nothing. */
function bracketAfterWord(after: string): string {
  const word = AFTER_EXPIRY.exec(after);
  return word ? leadingBracketWords(after.slice(word[0].length)) : '';
}
const wordsRe = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*')).join('|');
const EIP_WORDS = wordsRe(V.eip);
const PUBLIC_WORDS = wordsRe(V.public);
const PRIVATE_WORDS = wordsRe(V.private);
/** A marker right after an address: "(公)", " (EIP)", "（私有）". */
const markAfter = (words: string) => new RegExp(`^\\s*[(（\\[]?\\s*(?:${words})\\s*(?:[)）\\]]|$|\\s|[,，;；])`, 'i');
/** A marker right before an address: "公网: ", "EIP ", "Private IP: ". */
const markBefore = (words: string) => new RegExp(`(?:^|[\\s(（,，;；])(?:${words})\\s*[:：]?\\s*$`, 'i');
const AFTER_KIND: Array<[RegExp, 'eip' | 'public' | 'private']> = [
  [markAfter(EIP_WORDS), 'eip'],
  [markAfter(PRIVATE_WORDS), 'private'],
  [markAfter(PUBLIC_WORDS), 'public'],
];
const BEFORE_KIND: Array<[RegExp, 'eip' | 'public' | 'private']> = [
  [markBefore(EIP_WORDS), 'eip'],
  [markBefore(PRIVATE_WORDS), 'private'],
  [markBefore(PUBLIC_WORDS), 'public'],
];

function isPrivateAddress(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a === 0 || a >= 224;
}

export interface IpSummary {
  /** An address was shown at all. */
  any: boolean;
  /** A public address (fixed public IP or EIP) was shown. */
  public: boolean;
  /** An elastic IP address (EIP) was shown. */
  eip: boolean;
  /** A masked address whose kind the page does not tell was shown (../shared/masked-ip): no public address is no 0. */
  unsure?: boolean;
  /** The only public addresses shown are global IPv6 ones (no public IPv4, no EIP). */
  v6Only?: boolean;
}

/**
 * What an IP cell / field shows: "121.40.1.2(公) 172.16.0.1(私有)", "47.1.2.3 (EIP)",
 * "8.8.8.8 (Public)". A marker next to the address wins; without one, the address range decides.
 * `fieldKind` is the kind the label already says (a 弹性公网IP field holds an EIP).
 */
export function ipsFromText(text: string | undefined, fieldKind?: 'public' | 'eip' | 'private'): IpSummary {
  const s = normalizeText(text);
  const out: IpSummary = { any: false, public: false, eip: false };
  if (!s) return out;
  const found: Array<{ ip: string; start: number; end: number; range?: 'public' | 'private' | undefined }> = [];
  IPV4.lastIndex = 0;
  for (let m = IPV4.exec(s); m; m = IPV4.exec(s)) found.push({ ip: m[1] ?? '', start: m.index, end: m.index + m[0].length });
  // an address with parts masked (47.98.***.21 (公), a page saved to report it), its range told from the parts shown
  // or not at all (../shared/masked-ip; round forty-seven: an ECS list so masked lost its bandwidths)
  const masked = maskedIpv4s(s);
  if (masked.length > 0) {
    for (const m of masked) found.push({ ip: '', start: m.start, end: m.end, range: m.range });
    found.sort((a, b) => a.start - b.start);
  }
  found.forEach((f, i) => {
    out.any = true;
    const next = found[i + 1];
    const after = s.slice(f.end, Math.min(next ? next.start : s.length, f.end + 16));
    const prev = found[i - 1];
    const before = s.slice(Math.max(prev ? prev.end : 0, f.start - 24), f.start);
    let kind: 'public' | 'eip' | 'private' | undefined;
    for (const [re, k] of AFTER_KIND) if (kind === undefined && re.test(after)) kind = k;
    for (const [re, k] of BEFORE_KIND) if (kind === undefined && re.test(before)) kind = k;
    const isMasked = 'range' in f;
    // (a masked address of a range not shown, unmarked: its kind is unknown, neither public nor the lack of one)
    if (isMasked && kind === undefined && fieldKind === undefined && f.range === undefined) {
      out.unsure = true;
      return;
    }
    const privateRange = isMasked ? f.range === 'private' : isPrivateAddress(f.ip);
    kind ??= fieldKind ?? (privateRange ? 'private' : 'public');
    if (kind === 'eip') {
      out.eip = true;
      out.public = true;
    } else if (kind === 'public' && !privateRange) {
      out.public = true;
    }
  });
  // a global IPv6 address is a public one (an IP cell showing 2408:4005:3ab:1200::1 beside a private IPv4)
  const v6 = ipv6Kinds(s);
  if (v6.length > 0) out.any = true;
  if (v6.includes('public') && fieldKind !== 'private') {
    if (!out.public) out.v6Only = true;
    out.public = true;
  }
  return out;
}

/** Words announcing a change to come (将于 … 生效, 待生效, 变更后, will take effect, effective from). */
const CHANGE_TO_COME = /将于|将在|生效|变更后|调整后|升级后|降配后|变配后|takes?\s+effect|will\s+(?:be|change)|effective\s+(?:from|on|at)/i;

/** An IP cell or field saying its public address is still being assigned: no address shown does not mean none then. */
const ADDRESS_PENDING = new RegExp(wordsRe(V.addressPending), 'i');

/**
 * Public bandwidth from what a row or detail page shows. Rules: a figure in a bandwidth column /
 * field wins, then one in the IP cell, then one in the configuration / plan cell. With no figure,
 * a visible IP column that shows no public address means 0. An EIP with only a "0 Mbps" figure
 * (the instance's own bandwidth) is unknown, and so is a global IPv6 address with no public IPv4 beside one. A public IP
 * with no figure is unknown. A figure beside an IP column showing a private address only is unknown; beside one showing no
 * address at all it is the figure.
 */
export function publicBandwidth(opts: {
  bandwidthText?: string | undefined;
  ipText?: string | undefined;
  configText?: string | undefined;
  /** The IP column / fields were shown (even if empty). */
  ipShown: boolean;
  ips: IpSummary;
}): number | undefined {
  const fromColumn = parsePublicBandwidth(opts.bandwidthText);
  // (an IP cell announcing a change to come — "带宽将于 2026-12-08 00:00 生效：5Mbps" beside the address — gives no figure: the
  // bandwidth it names is the one to come; round forty-seven variant, invented; the plan's figure stands)
  const fromIp = CHANGE_TO_COME.test(opts.ipText ?? '') ? undefined : parsePublicBandwidth(opts.ipText);
  const fromConfig = parsePublicBandwidth(opts.configText);
  const { ips } = opts;
  const ipShown = opts.ipShown && !ADDRESS_PENDING.test(opts.ipText ?? '');
  for (const figure of [fromColumn, fromIp, fromConfig]) {
    if (figure === undefined) continue;
    // (a "0 Mbps" beside an EIP, or beside a global IPv6 address with no public IPv4, is the instance's own IPv4 bandwidth:
    // the EIP's and the IPv6 address's bandwidth are their own, not shown — round seventy-nine variant: a private IPv4, a
    // 2408:… address and "0Mbps (峰值)" gave 0, the rule's false error, where a public IPv6 with no figure gives none)
    if (figure === 0 && (ips.eip || ips.v6Only === true)) return undefined;
    // (an IP cell showing no address at all, "-": none assigned yet — an instance being created — or none left; the
    // figure of its plan stands, as with no IP column. A private address alone says it has no public one.)
    if (figure > 0 && ipShown && ips.any && !ips.public) return undefined;
    return figure;
  }
  if (ipShown && !ips.public && !ips.unsure) return 0;
  return undefined;
}

/**
 * A list's IP cell says whether its row has a public address — unless it shows no value at all ("-", "--", 暂无): a row's
 * addresses (public and private alike) are not assigned yet while the instance is created, or gone once it is released, so
 * the cell says nothing of a public one, as no IP column does (round forty-eight: an ECS row 启动中 with IP "-" and its
 * configuration's bandwidth "-" gave publicBandwidthMbps 0, invented). A detail's 公网IP field showing "-" still says
 * there is none (server-detail.ts), and so does a list cell's 无公网IP / 未分配公网IP (a value).
 */
export function listIpCellShown(cellShown: boolean, ipText: string | undefined): boolean {
  return cellShown && !isPlaceholder(ipText);
}

/**
 * A list row's 状态 cell saying its instance is released (已释放, Released: rules/labels/aliyun.json values.released): the
 * row, still listed greyed, is no server (../shared/text-values opensWithState; round forty-eight).
 */
export function releasedState(text: string | undefined): boolean {
  return opensWithState(text, V.released);
}

/**
 * A server's card (a list's card view, one card per instance) saying its server is released: its labelled 状态 field
 * (`statusLabels`) says so as a list row's 状态 cell would (releasedState), or a tag or a text of its own in it is a released
 * state alone (已释放, Released: values.released) — a released instance kept in the list, its badge in the card's head.
 * Its card is no server. Left open by session 45: the card views read such a card's fields as a server's.
 */
export function releasedCard(card: Element, cache: VisibilityCache, statusLabels: readonly string[] | undefined): boolean {
  try {
    if (statusLabels && releasedState(readFieldText(card, statusLabels, cache))) return true;
    return releasedUnitIn(textUnits(card, cache), V.released, V.otherResources);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- ids and regions

const ECS_ID = /(?<![a-z0-9-])i-[a-z0-9]{8,30}(?![a-z0-9-]|\.\.|…|⋯)/gi;
/** An ECS instance id: i- and 8 to 30 letters and digits — not followed by an ellipsis: "i-bp1a2b3c…" is a part of one. */
export const ECS_ID_PATTERN = /(?<![a-z0-9-])i-[a-z0-9]{8,30}(?![a-z0-9-]|\.\.|…|⋯)/i;
/** A Simple Application Server id: 32 hex digits. */
export const SWAS_ID_PATTERN = /(?<![a-z0-9])[0-9a-f]{32}(?![a-z0-9])/i;

/**
 * The ECS instance id in a cell: "i-" + 20 characters today (older ids are shorter). An instance
 * name may look like an id ("i-myserver01"), so a current-length id wins; else the first.
 */
export function ecsInstanceId(text: string | undefined): string | undefined {
  const ids = normalizeText(text).match(ECS_ID) ?? [];
  return ids.find((id) => id.length === CURRENT_ID_LENGTH) ?? ids[0];
}
/** An ECS instance id's length today (i- and 20 characters); older ids are shorter. */
export const CURRENT_ID_LENGTH = 22;

/**
 * An instance id drawn as a text button in a list's id cell: Fusion's `<Button text type="primary" component="a">` draws the
 * id's link as `<a class="next-btn next-btn-text next-btn-primary" href="#/server/i-…/detail">`, antd's `<Button type="link"
 * href>` as `<a class="ant-btn ant-btn-link">`. Its class reads it as an action, so the cell's value was the instance name
 * alone and every row was lost (round fifty-eight: a plain all-regions ECS list read nothing; the SWAS list in the same markup
 * alike — missing). A link or button in the cell whose whole shown text is one instance id (`idOf`) is that id — no action is
 * named by an id; none when two differ, or when the id comes with other words ("连接 i-…").
 */
export function idDrawnAsButton(cell: Element | undefined, cache: VisibilityCache, idOf: (text: string) => string | undefined): string | undefined {
  if (!cell) return undefined;
  const ids = new Set<string>();
  for (const el of Array.from(cell.querySelectorAll('a, button, [role="button"]'))) {
    // (a name cut short with its whole in a title — "qingshan-…-tea.com.cn" titled qingshan-longjing-tea.com.cn — is that
    // whole: ../dom/truncated untruncated; the whois-privacy list's domain drawn so lost its row, round fifty-eight's probe)
    const shown = (untruncated(el, visibleText(el, cache), cache) ?? '').replace(/\s+/g, '');
    const id = shown === '' ? undefined : idOf(shown);
    if (id && id.toLowerCase() === shown.toLowerCase()) ids.add(id);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * The id of a list row's id cell when an id may be drawn as a text button (idDrawnAsButton): the value's id, or the one
 * drawn so when the value shows none — or shows a weaker one, the name under it. The virtual host list's host id as an antd
 * link button over its host name (bdm… over hmu…) and the service-number list's instance id over or under its name
 * (i-… and hezhou-web-01) had the name read as the id (round fifty-eight's variants: wrong ids). An instance id of the ECS
 * or SWAS shape outranks a bare token; between two tokens, the one shown first (the id over the name, 实例ID/名称).
 */
const STRONG_ID = /^(?:(?:i|eci|ins|hostgroup)-[a-z0-9]{6,}|[0-9a-f]{32})$/i;
export function cellIdWithButton(
  cell: Element | undefined,
  cache: VisibilityCache,
  idOf: (text: string) => string | undefined,
  header?: Element,
): string | undefined {
  if (!cell) return undefined;
  const text = valueText(cell, cache);
  const shown = idOf(text);
  const drawn = idDrawnAsButton(cell, cache, idOf);
  // (no button, the column headed name first — 实例名称/ID, 主机名/实例ID — over a host name hmu… shown before the id bdm…: the
  // id is the second token that is one, not the name; the name had been read as the host's id (主机名/实例ID, wrong id) or
  // the column not known (实例名称/ID, every host missing): round sixty's probe, left open by session 49's review)
  if (!drawn && shown && !STRONG_ID.test(shown) && nameFirst(header, cache)) {
    const tokens = [...new Set(text.split(/[\s/|,，()（）]+/).map((t) => idOf(t)).filter((t): t is string => t !== undefined))];
    return tokens.length === 2 ? tokens[1] : tokens.length === 1 ? tokens[0] : undefined;
  }
  if (!drawn || drawn === shown) return shown ?? drawn;
  if (!shown) return drawn;
  const strong = (id: string) => STRONG_ID.test(id);
  if (strong(drawn) !== strong(shown)) return strong(drawn) ? drawn : shown;
  const whole = visibleText(cell, cache);
  const at = whole.indexOf(drawn);
  const drawnFirst = at >= 0 && at < whole.indexOf(shown);
  // (a column headed name first — 实例名称/ID, Name/ID — shows the name over the id: the name drawn as the text button
  // (the detail link) over a plain id, hmu… over bdm… on the service-number list, had been read as the id — wrong, and
  // the plain id had been read before 358fcb4; review of 358fcb4, session 49. The token shown second is the id there)
  return nameFirst(header, cache) ? (drawnFirst ? shown : drawn) : drawnFirst ? drawn : shown;
}

/** A list column's header naming the name before the id (实例名称/ID, 名称/实例ID, 主机名/实例ID, Name/ID, Instance Name/ID). */
function nameFirst(header: Element | undefined, cache: VisibilityCache): boolean {
  if (!header) return false;
  const text = visibleText(header, cache);
  // (主机名 too: the virtual host list's 主机名/实例ID — left open by session 49's review)
  const m = /(名称|主机名|\bname\b)[^]*?(ID\b|编号)/i.exec(text);
  return m !== null && !/ID\b|编号/i.test(text.slice(0, m.index));
}

export function swasInstanceId(text: string | undefined): string | undefined {
  return SWAS_ID_PATTERN.exec(normalizeText(text))?.[0]?.toLowerCase();
}

/** A region id in the URL: `#/server/region/cn-hangzhou`, `?regionId=cn-hangzhou`. */
export function regionFromUrl(url: URL): string | undefined {
  try {
    const all = addressText(url);
    if (all === undefined) return undefined;
    const m = /(?:\/region\/|[?&#]region(?:id)?=|\/regions?\/)([a-z]{2}-[a-z0-9-]+)/.exec(all);
    if (m?.[1]) {
      let id = m[1];
      while (!regionById(id) && /-[a-z0-9]+$/.test(id)) id = id.replace(/-[a-z0-9]+$/, '');
      if (regionById(id)) return id;
    }
    // Otherwise one path / query segment that is exactly a region id: #/server/<id>/cn-hangzhou/dashboard
    const ids = new Set(all.split(/[/?&#=]+/).filter((seg) => regionById(seg) !== undefined));
    return ids.size === 1 ? ids.values().next().value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The region shown in the console's region selector: a visible control (button, combobox,
 * [aria-haspopup]) whose text is one region name. undefined when none or several disagree.
 */
export function regionFromSelector(doc: Document, cache: VisibilityCache): string | undefined {
  try {
    const found = new Set<string>();
    for (const el of Array.from(doc.querySelectorAll('[aria-haspopup], [role="combobox"], button, [role="button"]'))) {
      if (!isVisible(el, cache)) continue;
      const t = visibleText(el, cache);
      if (t === '' || t.length > 40) continue;
      const id = parseRegion(t);
      if (id) found.add(id);
    }
    return found.size === 1 ? found.values().next().value : undefined;
  } catch {
    return undefined;
  }
}

export { hasPageError, isLoading } from '../dom/page-state';
