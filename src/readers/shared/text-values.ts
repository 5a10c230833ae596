import punycode from 'punycode.js';
import { maskIdNumber } from '../../facts/mask-id';
import { foldHant } from '../dom/hant-fold';
import { labelMatches, normalizeText } from '../dom/normalize-label';
import { INCLUSION_NOTE, ORGANISATION_NAME } from '../dom/titled-box';
import { isCut } from '../dom/truncated';
import { labelledAsUserText } from '../dom/typed-text';
import { defaultUnitWords, type TextUnit } from '../dom/units';

/**
 * Values any provider's console shows alike, read from visible text: placeholders, real-name status,
 * domain names, masked ID numbers, status notes. Shared by the Alibaba Cloud and Tencent Cloud readers
 * (src/readers/aliyun/filing-values.ts re-exports them). Pure; never throw; undefined when the text
 * does not say.
 */

/** A value that says nothing: "-", "--", "请选择", "Please select". */
export function isPlaceholder(text: string | undefined): boolean {
  if (text === undefined) return true;
  const t = normalizeText(text);
  if (t === '' || /^[-—–_/\\.·\s]*$/.test(t) || /^(请选择|请输入|暂无|未填写|未设置|select|please select|please enter|n\/a|null|undefined)\.*$/i.test(t)) return true;
  // (a select's placeholder set in dashes, or naming what to choose: -- 请选择 --, 请选择证件类型, Please select an ID type —
  // the Tencent filing form's 主办单位证件类型 and 网站服务内容 read them as values: review of ac5695e, session 49)
  return /^[-—–\s]*(?:请选择|请先选择|please (?:select|choose)\b)[^，。,;；]{0,16}?[-—–\s.…。]*$/i.test(t);
}

/** The text when it is not a placeholder. */
export function meaningful(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = normalizeText(text);
  return isPlaceholder(t) ? undefined : t;
}

// ------------------------------------------------------------------ real-name verification

const REAL_NAME_PENDING = /审核中|认证中|验证中|待审核|处理中|under review|in review|reviewing|verifying|pending|in progress|processing/i;
// (未经验证 / 未经认证: Google's words for Unverified on an English console)
// (a machine translation of 未实名认证 puts the negation before "real-name": "Not real-name authenticated",
// "Not real-name verified", "Unreal-name authentication" — never a pass)
const REAL_NAME_FAILED = /未实名|未[经經]?认证|未[经經]?验证|待验证|未通过|未完成|未提交|待认证|待实名|失败|不通过|驳回|unverified|not verified|non-verified|failed|rejected|not passed|not approved|not completed|incomplete|not submitted|unauthenticated|not authenticated|to be verified|\bnot\s+(?:yet\s+)?real[\s-]?name\b|\bnon[\s-]?real[\s-]?name\b|\bunreal[\s-]?name\b|\bwithout\s+real[\s-]?name\b/i;
// (已验证 / 验证通过: a page translator's words for Verified / Verification passed on an English console)
const REAL_NAME_PASSED = /已实名|已认证|已验证|验证通过|验证成功|认证成功|认证通过|审核通过|已完成实名|^通过$|^verified\b|real-?name verified|verification (passed|succeeded|successful|completed?)|\bpassed\b|\bapproved\b|authenticated|^success|^completed?$/i;

/**
 * A 验证 word (已验证, 未验证, 待验证, 验证通过, 验证中: a translator's words for a verification) after a word naming
 * what was verified, other than 实名: 邮箱未验证, 手机已验证 beside 已实名认证 say nothing of the real name. Bare (a
 * real-name cell's 已验证, 未经验证) or after 实名 (实名验证通过) they do; 未经验证 after a subject (邮箱未经验证) is that
 * subject's, as 未验证 is.
 */
const OTHER_VERIFICATION = /(?<=[\p{sc=Han}A-Za-z])(?<!实名)(?:[已未待][经經]?验证|(?<![已未待经經])验证)(?:通过|成功|失败|中)?/gu;

/**
 * 已实名认证 / Verified → true; 未实名认证 / 实名认证失败 / Unverified / Failed → false;
 * 审核中 / Under review and anything else → undefined (unknown, never a pass).
 */
export function realNameFromText(text: string | undefined): boolean | undefined {
  const state = realNameStateOf(text);
  return state === 'failed' ? false : state === 'passed' ? true : undefined;
}

/**
 * The real-name state a text says: 'pending' (审核中 / Under review: a state, but no fact), 'failed', 'passed', or
 * undefined when it says none. realNameFromText's reading, with "under review" told apart from "says nothing".
 */
export function realNameStateOf(text: string | undefined): 'pending' | 'failed' | 'passed' | undefined {
  // (a Traditional console's 已實名認證 / 審核中 / 未實名認證 are the same words: folded to Simplified)
  const t = foldHant(normalizeText(text)).replace(OTHER_VERIFICATION, ' ').trim();
  if (t === '') return undefined;
  if (REAL_NAME_PENDING.test(t)) return 'pending';
  if (REAL_NAME_FAILED.test(t)) return 'failed';
  if (REAL_NAME_PASSED.test(t)) return 'passed';
  return undefined;
}

/**
 * A holder's name with a real-name state said after it as a word of its own — "陈海晏 待实名认证", "陈海晏 实名审核失败": the
 * state's tag drawn without a class that says it is one (every class a hash, CSS-in-JS) is read as the name's last word.
 * The name without that word, and the word; the name as it is when its last word (after a space) is no real-name state
 * of a few characters (a company named 实名科技 keeps its name). Pure.
 */
export function withoutRealNameWord(name: string): { name: string; state?: string } {
  const m = /^(.+?)\s+(\S{2,8})$/u.exec(name.trim());
  if (!m || !REAL_NAME_STATE_WORD.test(foldHant(m[2]!))) return { name };
  return { name: m[1]!, state: m[2]! };
}
const REAL_NAME_STATE_WORD = /^(?:[已未待]实名(?:认证)?|实名(?:认证|审核)?(?:中|失败|通过|成功|未通过)|[已未待]认证|实名审核中)$/;

/** A status token that is really a real-name verification status (kept out of `status[]`). */
export function isRealNameToken(token: string): boolean {
  return /实名|real-?name|^(verified|unverified|not verified)$/i.test(foldHant(normalizeText(token)));
}

// ------------------------------------------------------------------ domain names

// (an ellipsis on either side cuts the name: "qingshan-tea.co…" and "…tea.com.cn" are parts of one; NFKC makes … three dots)
// (nor a name glued to a mask's stars: the tail of a masked text — a RAM user's login "design-wang@1207******3391.onaliyun.com"
// in the console's top bar gave the domain "3391.onaliyun.com" to the holder page beside its 域名 product name: round fifty-four)
// (session 48's review of 4e0659c: the mask's dots — 1207●●●●3391, 1207•••3391, ∗ — as its stars)
// (… and the middle dot · glued to a Latin letter, a figure or another dot — 1207····3391, 1207·3391, ab··3391: session 49 —,
// not one after a Han word or a space, where it separates words: 域名·example.cn, 域名 · example.cn)
const DOMAIN_RE = /(?<![\p{L}\p{N}@._⋯*●•∙∗⁎-])(?<![0-9A-Za-z·]·)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:xn--[a-z0-9-]{2,59}(?![a-z0-9-])|[a-z]{2,63}(?![a-z0-9-])|\p{Script=Han}{1,10}(?![\p{L}\p{N}-]))(?![@_⋯]|\.[\p{L}\p{N}]|\.\.)/giu;
const FILE_SUFFIX = /\.(html?|php|aspx?|jsp|js|css|png|jpe?g|gif|svg|pdf|txt|json|xml)$/i;
/**
 * Text ending in an example opener: the name after it is an example, whatever box holds the sentence ("每行填写一个域名，
 * 不带 www，如 example.com", "请输入域名，例如：shop.cn", "Enter one domain per line, e.g. example.com").
 */
const EXAMPLE_BEFORE = /(?:如|示例|格式|举例)\s*[:：]?\s*$|(?<![\p{L}\p{N}])(?:e\.g\.|eg\.|for example|for instance|such as|example)\s*[:：,]?\s*$/iu;
const EXAMPLE_WORD = /如|示例|格式|举例|e\.g\.|eg\.|for example|for instance|such as|example/i;
/** The names listed before a name in one list ("例如 a.cn、b.cn": b.cn is an example too), and a URL's scheme. */
const LISTED_BEFORE = /(?:(?:https?:\/\/)?[\p{L}\p{N}.-]+\.[\p{L}\p{N}-]+\s*(?:[、,，/]|和|及|与|或|\band\b|\bor\b)\s*)*(?:https?:\/\/)?$/iu;

/** Domain names in visible text, in order, lower-cased, punycode labels in Unicode (inUnicode), without duplicates. URLs give their host. */
export function domainsFromText(text: string | undefined): string[] {
  const out: string[] = [];
  const t = normalizeText(text);
  const opener = EXAMPLE_WORD.test(t);
  for (const m of t.matchAll(DOMAIN_RE)) {
    const d = inUnicode(m[0].toLowerCase().replace(/\.$/, ''));
    if (FILE_SUFFIX.test(d)) continue;
    // Not an IP address, not a version number.
    if (/^[\d.]+$/.test(d)) continue;
    // The path part of a URL: "https://a.com/x.b.com" — skip text right after a slash.
    const before = t.slice(0, m.index ?? 0);
    if (/\/[^\s/]*$/.test(before) && !/:\/\/$/.test(before)) continue;
    // (asked only of a text with an opener in it, over the last 200 characters: a long list costs nothing)
    if (opener && EXAMPLE_BEFORE.test(before.slice(-200).replace(LISTED_BEFORE, ''))) continue;
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

/**
 * A name with its punycode labels (xn--…) in Unicode: "xn--2lzs91d.com" and "青禾.com" are one name,
 * which the consoles show in Unicode (a second line or a bracket may add the punycode). A label that does
 * not decode to letters, marks, digits and hyphens stays as written.
 */
const IDN_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;

function inUnicode(domain: string): string {
  if (!domain.includes('xn--')) return domain;
  return domain
    .split('.')
    .map((label) => {
      if (!label.startsWith('xn--')) return label;
      try {
        const u = punycode.toUnicode(label);
        // a name's label is letters, marks, digits and hyphens: anything else decoded is no name
        return u !== label && IDN_LABEL.test(u) ? u : label;
      } catch {
        return label;
      }
    })
    .join('.');
}

/** The first domain name in the text. */
export function domainFromText(text: string | undefined): string | undefined {
  return domainsFromText(text)[0];
}

// ------------------------------------------------------------------ ID numbers

/**
 * An ID number as it may be stored: a masked one (4101**********1234, 4101 **** 1234) exactly as
 * shown; a full one masked as first 4 + '*' × (length − 8) + last 4 (18 characters → 10 stars).
 */
export function maskedIdNumber(text: string | undefined): string | undefined {
  const t = meaningful(text);
  if (t === undefined) return undefined;
  if (t.length > 60) return undefined;
  // Words only — no figure and no mask (推荐, 企业认证, 仅持有者可见: a tag or a note where the number did not come) — hold
  // no number: nothing to mask, and a value of stars alone would stand for a number the page does not show.
  if (!ID_FIGURE_OR_MASK.test(t.normalize('NFKC'))) return undefined;
  // Nor stars alone (******, often with a lock and a 申请权限 / Request Permission link): a value the console withholds from
  // this user, not a masked number — no character of it is shown to compare (round fifty-four: a CAM sub-user's 证件号码
  // "******" was stored as the holder's ID number)
  if (!/[0-9A-Za-z]/.test(t.normalize('NFKC'))) return undefined;
  // Nor words with a count or a step in them (仅显示后 4 位, 证件已上传（1/2）, 18 位统一社会信用代码, 共 1 项) or a date
  // (2026-12-01 上传): an ID number shows a run of at least four figures or masks and is no date — these were masked
  // to "*", "**", "20****01", numbers the page does not show (invented; session 44's review of 4f29ed3).
  if (!ID_RUN.test(t.normalize('NFKC')) || ID_DATE.test(t)) return undefined;
  // A serial opening with a word of letters alone and a hyphen, unmasked — a domain certificate's 证书编号 shown under
  // its English label Certificate No. (an ID number's label too): DNC-CN-20230411-7Q2K9X, TCDNC-20240819-00K7M3 — is a
  // document's number, no ID number (round forty-five's certificate sheets). No ID number opens so: an organization
  // code's first part (MA2X5K7L-3) and a pass number (H12345678) hold figures; a masked number is read as before.
  // (nor one whose letters run on into figures before a separator or are three or more — TC20240819-00K7M3,
  // TCDNC20240819K7M3, TCDNC_20240819_00K7M3 — nor one numbered "No. …": the same sheets' numbers, read as the holder's
  // ID number masked; session 45's review. An organization code, 8 characters, a hyphen and one, stays: MA2X5K7L-3)
  if (!/[*＊•●]/.test(t) && (SERIAL_NUMBER.test(t) || SERIAL_RUN.test(t) || NUMBERED.test(t)) && !ORGANIZATION_CODE.test(t)) return undefined;
  // Words then a space before a number — a tag or the ID type shown with it: "已认证 4101**********1234", "身份证
  // 4101**********1234" — are no part of it: the number after them, as words after one are (the word was kept in the
  // number: invented, before session 44; session 45's review). An ordinal's 第 or No. opens a document's number: none.
  const words0 = LEADING_WORDS.exec(t);
  if (words0) return ORDINAL.test(words0[1] ?? '') ? undefined : maskedIdNumber(t.slice(words0[0].length));
  // A number followed by words is the number: "3201**********0021 仅显示首尾各 4 位" (a hint's figure is no part of it).
  const lead = ID_LEAD.exec(t)?.[1];
  const words = lead !== undefined && /^\s+\S/.test(t.slice(lead.length)) && /[*＊●•]|\d{6}/.test(lead);
  // maskIdNumber decides what counts as masked (at most 8 ID characters visible) and masks the rest
  return maskIdNumber(words ? lead : t);
}

/**
 * Words of Han characters (a tag, an ID type: 已认证, 身份证, 居民身份证) and a colon or a space before a run of an ID number's
 * characters with a mask or six figures (4101**********1234, 410105199001011234).
 */
const LEADING_WORDS = /^([\p{Script=Han}]{1,10})(?:\s*[:：]\s*|\s+)(?=[0-9A-Za-z]*[*＊●•\d]{6}|[0-9A-Za-z]*[*＊●•])/u;
const ORDINAL = /^第/;
/** A serial number's opening: a word of two or more letters alone, then a hyphen (DNC-…, TCDNC-…). */
const SERIAL_NUMBER = /^[A-Za-z]{2,}-[0-9A-Za-z]/;
/** … or two or more letters and figures up to a separator (TC20240819-…, TCDNC_…), or three or more letters and a figure. */
const SERIAL_RUN = /^(?:[A-Za-z]{2,}[0-9A-Za-z]*[-_/]|[A-Za-z]{3,}\d)/;
/** A number shown after "No." (No. 20240819-00123): a document's. */
const NUMBERED = /^No(?:\.\s*[0-9A-Z]|\s+\d)/i;
/** An organization code: eight characters, a hyphen, one (MA2X5K7L-3). */
const ORGANIZATION_CODE = /^[0-9A-Z]{8}-[0-9A-Z]$/i;

/** A figure or a mask character of an ID number (not the middle dot, which also joins the parts of a name). */
const ID_FIGURE_OR_MASK = /[0-9*＊•●]/;
/**
 * A run of an ID number's figures or masks (4101, ****: H01****78), or a run of six or more of its characters with a
 * figure in it — an organization code of letters and figures, MA2X5K7L-3, has no four figures in a row (round forty-five's
 * guard; merged with the review's rule above in session 44).
 */
const ID_RUN = /[0-9*＊•●]{4}|(?=[0-9A-Za-z]*[0-9])[0-9A-Za-z]{6,}/;
/**
 * A date in the value (2026-12-01 上传, 2026/12/01, 2026年12月1日) — at its start or after words: "证件有效期 2026-12-01 至
 * 2036-12-01" in an ID field was masked to "2026********1201", a number the page does not show (invented; session 45 revb).
 */
const ID_DATE = /(?<![0-9A-Za-z*＊•●])\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)/;

/** An ID number's characters and masks (in groups split by single spaces or hyphens, each with a figure or a mask) before words. */
const ID_LEAD = /^([0-9A-Za-z*＊●•]+(?:[ -](?=[0-9A-Za-z*＊●•]*[0-9*＊●•])[0-9A-Za-z*＊●•]+)*)/;

/**
 * A note beside a status, not a status: "剩余 5 天", "5 days left", a date, or words around a whole date ("预计
 * 2026-12-10 完成转出", "Completes on 2026-12-10"), an estimate ("预计 10 分钟内完成", "Expected within 10 minutes"): a
 * status names a state, never when a step of it falls. (The Latin words whole: "Expired" is a status.)
 */
export function isStatusNote(token: string): boolean {
  // (a help link beside the tags, 域名状态说明 / 状态含义 / "What do the statuses mean": no status — session 52's review of
  // ae919c7b, given as the holder page's second status)
  if (STATUS_HELP_LINK.test(normalizeText(token))) return true;
  // (a count of days ends the note in Chinese too — 已过期 89 天 under 急需赎回: `\b` after 天 / 日 never held (no word character on
  // either side), so the note was given as a status of its own, where the English "Expired 89 days" was not — round sixty's variants)
  return /^(?:剩余|还剩|距|预计|(?:remaining|expires?|expected|estimated)\b)|\d+\s*(?:天|日|days?\b)|^\d{4}[-/年.]\d{1,2}|^[a-z]{3} \d{1,2}, \d{4}|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/i.test(normalizeText(token));
}

/** The words of a help link about the statuses (状态说明, 域名状态说明, 状态含义, "Status description", "What does this status mean?"). */
const STATUS_HELP_LINK = /^\S{0,8}(?:说明|含义|释义|介绍|帮助)$|^(?:status (?:description|codes? explained)|what (?:does|do) (?:this|these|the) status(?:es)? mean\??|learn more)$/i;

/**
 * A status tag's text without a countdown after it set off by a space — "赎回期 剩余10天", "急需续费 还剩 5 天", "赎回期 12天后删除":
 * the status before it (not "已过期 89 天", a note of its own under 急需赎回). Since 5a27f11 a day count anywhere made the whole tag a note, and the redemption it
 * named was lost (missing; session 50's review). The text unchanged when what stays is a note itself or nothing.
 */
const STATUS_THEN_COUNTDOWN =
  /^(\S.*?)(?:\s*[·•,，、|｜:：\-–—]\s*|\s+)((?:剩余|还剩|还有|仅剩|距\S{0,4}?)\s*\d+\s*个?\s*(?:天|日|小时|工作日).{0,16}|\d+\s*个?\s*(?:天|日|小时)后.{0,12}|(?:in|within)\s+\d+\s+(?:days?|hours?)\b.{0,16}|\d+\s+(?:days?|hours?)\s+(?:left|remaining)\b.{0,16})$/i;
export function withoutStatusNote(token: string): string {
  // (session 51's review of a45c649: the countdown after a dot or a comma (赎回期 · 剩余10天: "赎回期 ·" was the status), in
  // other words (还有 / 仅剩 / 距删除 10 天, 剩余10个工作日, Redemption period 10 days left, Pending delete in 5 days), with
  // hours or a call after it (剩余 10 天 23 小时, 剩余10天 请尽快赎回): the redemption was lost, missing. A bare count stays
  // the whole tag's — 已过期 89 天 is a note)
  const m = STATUS_THEN_COUNTDOWN.exec(token.trim());
  return m && !isStatusNote(m[1]!) && /\p{Script=Han}|[a-z]/iu.test(m[1]!) ? m[1]!.trim() : token;
}

/**
 * The text unit `units[i]` (its `pieces`, split at commas) is a line under a cell's status tags explaining them, no
 * status of its own: a data line of several clauses, one a real-name phrase (`realName`) — "未完成实名认证，注册局暂停解析"
 * under 续费宽限期 / serverHold, round forty-eight — after a tag known as one (a status unit); or, the tags' classes
 * hashed (antd 5 css-in-js, CSS modules: every tag plain data), such a line drawn on a line of its own (a block, or
 * after a `<br>`) under a unit of one clause, one of its clauses a real-name phrase or a note (预计 1 个工作日, 剩余 5 天, a
 * date: isStatusNote) — held-out × class-names-hashed, session 47: 注册局暂停解析 (Tencent), 注册局处理中 from "注册局处理中，
 * 预计 1 个工作日" under 注册中 (Alibaba) had been given as statuses (invented).
 */
export function explainsStatusTags(units: readonly TextUnit[], i: number, commaPieces: readonly string[], realName: (t: string) => boolean): boolean {
  const u = units[i];
  // (its sentences too: "注册局暂停解析。请尽快续费。", "Registry hold. Please renew soon" were one status each — review of
  // 9404bcf, session 49)
  const pieces = commaPieces.flatMap((p) => p.split(SENTENCE_STOP)).filter((p) => p.trim() !== '');
  if (!u || u.kind !== 'data') return false;
  const before = units.slice(0, i);
  // (a link after the tags asking the user to act — <a>立即续费</a>, <a>Renew now</a> drawn with no href, a data unit — is
  // the line's action, no status: it was given as one; left open by session 49's review of 9404bcf)
  if (LINK_TAGS.has(u.el.tagName.toUpperCase()) && before.length > 0 && ASKS_USER.test(u.text)) return true;
  // (… and a clause asking the user in an element of its own after the tags — <span>请尽快续费</span>: no status names what
  // the user should do; it was given as one)
  if (before.length > 0 && ASKS_USER_ALONE.test(u.text)) return true;
  // (the line's clauses in elements of their own inside its block — <p><span>注册局暂停解析，</span><span>请尽快续费</span></p>,
  // "注册局暂停解析 <a>立即续费</a>" in a <p>: each part one clause, each given as a status; left open by session 49's review
  // of 9404bcf): the block's units read as the line, their pieces its clauses
  const block = lineBlock(u.el, before);
  if (block !== undefined) {
    const parts = units.filter((v) => block.contains(v.el));
    if (parts.length > 1) {
      const clauses = parts.flatMap((v) => v.text.split(/\s*[,，、;；|]\s*/)).flatMap((p) => p.split(SENTENCE_STOP)).filter((p) => p.trim() !== '');
      const underTag = before.some((p) => (p.kind === 'data' || p.kind === 'status') && !block.contains(p.el) && !/[,，、;；|]/.test(p.text));
      if (clauses.length > 1 && underTag && clauses.some((p) => realName(p.trim()) || isStatusNote(p) || ASKS_USER.test(normalizeText(p)))) return true;
    }
  }
  if (pieces.length < 2) return false;
  if (before.some((p) => p.kind === 'status') && pieces.some((p) => realName(p.trim()))) return true;
  // (or set in brackets after the tags: "（注册局暂停解析，请尽快续费）" in a <span> — review of 9404bcf, session 49)
  const ownLine = (u.line ?? 0) > 0 || OWN_LINE_TAGS.has(u.el.tagName.toUpperCase()) || /^\s*[（(][^]*[)）]\s*$/.test(u.text);
  const underTag = before.some((p) => (p.kind === 'data' || p.kind === 'status') && p.el !== u.el && !/[,，、;；|]/.test(p.text));
  return ownLine && underTag && pieces.some((p) => realName(p.trim()) || isStatusNote(p) || ASKS_USER.test(normalizeText(p)));
}
/**
 * The data unit `units[i]` is a line of its own (a block, or after a `<br>`) under a tag the page draws as a status (a
 * status unit before it, not holding it): the tag's explanation — "Resolution suspended by the registry" in a `<div>`
 * under a serverHold tag on the Tencent international domain list (TDesign; round seventy) was given as a status of its
 * own (invented). A cell whose statuses are drawn as tags draws each as one; the caller keeps a line that is a status word.
 */
export function lineUnderStatusTag(units: readonly TextUnit[], i: number, isStatusWord?: (text: string) => boolean): boolean {
  const u = units[i];
  if (!u || u.kind !== 'data') return false;
  const before = units.slice(0, i);
  const apart = (p: TextUnit) => p.el !== u.el && !p.el.contains(u.el);
  if (before.some((p) => p.kind === 'status' && apart(p))) return (u.line ?? 0) > 0 || lineBlock(u.el, before) !== undefined;
  // (the tag drawn as data — its classes hashed — is one when its whole text is a status word, the caller's `isStatusWord`;
  // then only a block that is the line alone explains it: statuses in spans of a block, 禁止转移 禁止删除, stay statuses.
  // Round seventy's list × class-names-hashed gave "Resolution suspended by the registry" as a status again, session 51)
  const tags = isStatusWord === undefined ? [] : before.filter((p) => p.kind === 'data' && apart(p) && isStatusWord(p.text));
  if (tags.length === 0) return false;
  // (… or a line after a <br> below the tag, in the tag's own block — "serverHold<br>Resolution suspended by the registry"
  // gave the line as a status again: session 52's review)
  if ((u.line ?? 0) > Math.min(...tags.map((p) => p.line ?? 0))) return true;
  const block = lineBlock(u.el, before);
  return block !== undefined && normalizeText(block.textContent) === normalizeText(u.text);
}
/**
 * The block (OWN_LINE_TAGS) holding `el` as a line of its own: its nearest such ancestor, or itself, not holding the
 * first unit (the first tag); undefined when none or no unit comes before.
 */
function lineBlock(el: Element, before: readonly TextUnit[]): Element | undefined {
  const first = before[0]?.el;
  if (!first) return undefined;
  for (let b: Element | null = el; b; b = b.parentElement) {
    if (b.contains(first)) return undefined;
    if (OWN_LINE_TAGS.has(b.tagName.toUpperCase())) return b;
  }
  return undefined;
}
const LINK_TAGS = new Set(['A', 'BUTTON']);
/** A unit's whole words asking the user to act, opening so (no "Renew Urgently", a status; no 请求…). */
const ASKS_USER_ALONE = /^[（(]?\s*(?:请(?!求)|如需|建议|尽快|立即|please\b)/i;
// (session 48's review of a70dc17: a line "注册局暂停解析，请尽快续费" under the hashed tags gave 注册局暂停解析 and 请尽快续费 as
// statuses, and one in a <small> beside them 注册局暂停解析 — a clause asking the user to act, and small print, explain too)
const OWN_LINE_TAGS = new Set(['DIV', 'P', 'LI', 'SMALL']);
/** A clause asking the user to act: 请尽快续费, 如需恢复请…, "please renew". */
// (and 建议 / 尽快 / 立即 …, what renewing restores — 续费后恢复 —, "renew …", "… to restore": review of 9404bcf, session 49)
const ASKS_USER = /^[（(]?\s*(?:请|如需|如有|需尽快|建议|尽快|立即|please\b|renew\b|contact\b|complete\b|verify\b)|后恢复[)）]?$|\bto restore\b/i;
/** A sentence's stop inside a clause: 。, ！, ；, or a full stop before a space. */
const SENTENCE_STOP = /[。！!；;]\s*|\.\s+/;

// ------------------------------------------------------------------ names

const HAN_NAME_WITH_ROMANIZATION = /^([\p{Script=Han}·・]{2,})\s*[（(]\s*[A-Za-z][A-Za-z .'-]*[)）]$/u;
/**
 * A Chinese company name with its English name on the next line of the same cell ("深圳北港数据分析有限公司 / Northgate
 * Analytics (Shenzhen) Co., Ltd.": the international domain list's Registrant cell, round seventy-six's variant): the two
 * lines were read as one name, which is neither. The registrant is the Chinese name, as the holder pages' 持有者（中文）
 * is; only an English line that ends as a company name does (a state word after the name stays the caller's).
 */
const HAN_COMPANY_NAME = String.raw`\p{Script=Han}[\p{Script=Han}·・()（）]*[\p{Script=Han})）]`;
const ENGLISH_COMPANY_NAME = String.raw`[A-Za-z][^\p{Script=Han}]*\b(?:Co\.?,?\s*Ltd|Ltd|Limited|Inc|LLC|Corp|Corporation|Company|GmbH)\.?`;
// (in either order and in capitals as a business registration writes it — "NORTHGATE ANALYTICS (SHENZHEN) CO., LTD.", the
// English name over the Chinese one: joined into one name before, a wrong value; session 52's review)
const HAN_NAME_WITH_ENGLISH_COMPANY_NAME = new RegExp(`^(${HAN_COMPANY_NAME})\\s+${ENGLISH_COMPANY_NAME}$`, 'iu');
const ENGLISH_COMPANY_NAME_WITH_HAN_NAME = new RegExp(`^${ENGLISH_COMPANY_NAME}\\s+(${HAN_COMPANY_NAME})$`, 'iu');
/**
 * A person's Chinese name with its pinyin on the next line ("王立诚 / Wang Licheng", the same cell, variant): read as one
 * name too. Only words made of pinyin syllables, each capitalised or in capitals (WANG Licheng, as a passport writes it),
 * ü as v or yu (Lv, Lyu) — a state after the name (Not Verified, Normal) is none. The pinyin over the name too.
 */
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)';
const PINYIN_WORD = new RegExp(`^(?:${PINYIN_SYLLABLE})+$`);
const LATIN_NAME_WORDS = String.raw`(?:[A-Z][a-z]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,})){0,2}`;
const HAN_NAME_THEN_LATIN = new RegExp(`^(\\p{Script=Han}{2,4})\\s+(${LATIN_NAME_WORDS})$`, 'u');
const LATIN_THEN_HAN_NAME = new RegExp(`^(${LATIN_NAME_WORDS})\\s+(\\p{Script=Han}{2,4})$`, 'u');
/** The Chinese name of "王立诚 Wang Licheng" / "Wang Licheng 王立诚" (each Latin word all pinyin syllables), else undefined. */
function pinyinAfter(t: string): string | undefined {
  const m = HAN_NAME_THEN_LATIN.exec(t) ?? swapped(LATIN_THEN_HAN_NAME.exec(t));
  if (!m) return undefined;
  return m[2]!.split(/\s+/).every((w) => PINYIN_WORD.test(w.toLowerCase().replace(/([ln])yu/g, '$1v'))) ? m[1] : undefined;
}
/** A match of (Latin, Han) as one of (Han, Latin). */
function swapped(m: RegExpExecArray | null): [string, string, string] | null {
  return m ? [m[0], m[2]!, m[1]!] : null;
}

/**
 * A registrant shown withheld by WHOIS privacy (域名隐私保护): the words a registrar writes in place of the
 * name — 隐私保护中, REDACTED FOR PRIVACY, Privacy Protected, Data Redacted, Not Disclosed (rules/labels
 * withheldNames, registered by each provider's label module) — a value that names nobody, as a placeholder does
 * (isPlaceholder). The whole value is one of them, its case, a leading "WHOIS" and a trailing period aside.
 */
function isWithheldName(text: string): boolean {
  const t = text.toLowerCase().replace(/^whois\s*/, '').replace(/\.$/, '').replace(/\s+/g, ' ').trim();
  if (t === '') return false;
  const words = defaultUnitWords().withheldNames ?? [];
  let set = withheldSets.get(words);
  if (!set) {
    set = new Set(words.map((w) => normalizeText(w).toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ').trim()));
    withheldSets.set(words, set);
  }
  return set.has(t);
}
const withheldSets = new WeakMap<readonly string[], Set<string>>();

/**
 * A name shown partly masked ("宋**", "宋*禾", "宋●禾", "S*** Qinghe"): a mask stands for letters of it. A single
 * bullet between two parts ("买买提•艾力") is the name's separator (间隔号, often typed as a bullet), no mask; bullets
 * in a run or at an end are.
 */
const MASKED_NAME = /[*＊●]|•{2,}|^•|•$/;


/**
 * A name as shown when it is whole: undefined for one cut short with no whole on the page ("腾讯云计算（北京）有…"
 * without a title) — a part of a name compared as a name would be a false mismatch (a registrar not on the
 * approved list, a registrant not the entity).
 */
export function wholeName(text: string | undefined): string | undefined {
  return text === undefined || isCut(text) ? undefined : text;
}

/**
 * A registrant's name as shown: a Chinese name followed by its romanization in parentheses (the
 * international console's "周林 (Zhou Lin)") is the Chinese name; anything else is kept as it is
 * (杭州周林空间设计工作室(普通合伙), Meadow Labs (HK) Ltd). No name when the page withholds it (WHOIS
 * privacy: "隐私保护中", "REDACTED FOR PRIVACY"), shows it masked ("宋**") or cut short with no whole
 * ("杭州青山茶业有…" without a title): none is the registrant's name, and compared with the filing entity's
 * each would be a false mismatch.
 */
export function registrantNameOf(text: string | undefined, labels?: readonly string[]): string | undefined {
  if (text === undefined) return undefined;
  const cut = beforeRemark(beforeLabelledLine(labels ? beforeLabelLine(beforeFormerHolder(text, labels), labels) : text));
  const t = normalizeText(cut);
  if (isWithheldName(t) || MASKED_NAME.test(t) || isCut(t)) return undefined;
  return HAN_NAME_WITH_ROMANIZATION.exec(cut)?.[1] ?? HAN_NAME_WITH_ENGLISH_COMPANY_NAME.exec(normalizeText(cut))?.[1] ?? ENGLISH_COMPANY_NAME_WITH_HAN_NAME.exec(normalizeText(cut))?.[1] ?? pinyinAfter(normalizeText(cut)) ?? cut;
}

/**
 * `text` (a holder's value, its lines joined by spaces) up to a remark's label and colon after the name (the `userText`
 * words of rules/labels: "李四 备注:", "李四 备注：公司法人" — ../dom/typed-text labelledAsUserText): the name is 李四, the
 * rest the user's note. A label naming an id (名称/ID：…) is no remark.
 */
function beforeRemark(text: string): string {
  const tokens = normalizeText(text).split(' ');
  for (let i = 1; i < tokens.length; i++) if (labelledAsUserText(tokens.slice(i).join(' '))) return tokens.slice(0, i).join(' ');
  return text;
}

/**
 * `text` (a holder's value, its lines joined by spaces) up to a later line opening with a label and a colon — a hover
 * card or popover drawn inside the holder's cell with no role or class to tell it ("周云栖 持有者：周晓栖（原持有者）",
 * "周云栖 实名信息：…", round forty-six): the name is the first line's, the rest is another line of the cell. A label is
 * 2–6 Han characters or one Latin word (Owner:); a name's own brackets (Meadow Labs (HK) Ltd) hold no colon line.
 */
function beforeLabelledLine(text: string): string {
  // (a colon set apart from its label — "周云栖 实名信息 ：周晓栖" — is the label's; session 45's review)
  const tokens = normalizeText(text).replace(/\s+(?=[:：])/g, '').split(' ');
  for (let i = 1; i < tokens.length; i++) {
    if (LABELLED_LINE.test(tokens[i]!)) return tokens.slice(0, i).join(' ');
    // (a Latin label of two or three words after a Chinese name — "周云栖 Registrant Name: 周晓栖", "周云栖 Real-name info:
    // …" — opens the other line too: its last word alone was taken for the label, "周云栖 Registrant" the name; session
    // 45's review. After a Latin name the words cannot be told from the name's: Meadow Labs Ltd. Owner: … keeps one)
    if (!HAN_TOKEN.test(tokens[i - 1]!) || !LATIN_WORD.test(tokens[i]!)) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 3); j++) {
      if (LABELLED_LINE.test(tokens[j]!) && /^[A-Za-z]/.test(tokens[j]!)) return tokens.slice(0, i).join(' ');
      if (!LATIN_WORD.test(tokens[j]!)) break;
    }
  }
  return text;
}
/**
 * `text` (a holder's value, its lines joined by spaces) up to a later line opening with the field's own label and no
 * colon — "周云栖 持有者 周晓栖（原持有者）", a hover card drawn in the holder's cell, its label in a span of its own: the name
 * is 周云栖 (glued to the rest before; session 45's review of 36c103b). After a Chinese name only (a Latin name's words
 * cannot be told from a label's), and with a value after the label.
 */
function beforeLabelLine(text: string, labels: readonly string[]): string {
  const tokens = normalizeText(text).split(' ');
  if (tokens.length < 3) return text;
  const keys = labels.map((l) => normalizeText(l).toLowerCase().split(' ')).filter((k) => k.length > 0 && k[0] !== '');
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!HAN_TOKEN.test(tokens[i - 1]!)) continue;
    const at = (k: string[]) => i + k.length < tokens.length && k.every((w, j) => tokens[i + j]!.toLowerCase() === w);
    if (keys.some(at)) return tokens.slice(0, i).join(' ');
  }
  return text;
}
const LABELLED_LINE = /^(?:\p{Script=Han}{2,6}|[A-Za-z][A-Za-z-]{1,11})[:：]/u;
/** A token of a Chinese name: Han characters (and its brackets or separators), no Latin letter. */
const HAN_TOKEN = /^(?=.*\p{Script=Han})[^A-Za-z]+$/u;
const LATIN_WORD = /^[A-Za-z][A-Za-z-]{0,15}$/;

/**
 * `text` (a holder's value, its lines joined by spaces) up to a line naming the former holder — a word of the former
 * value (rules/labels formerColumns: 原, 变更前, previous) then the field's own label (`labels`: 持有者, 所有者, Owner) —
 * "张三 原持有者 李四（未实名认证）": the name is 张三, the rest a note on who held it before.
 */
function beforeFormerHolder(text: string, labels: readonly string[]): string {
  const former = (defaultUnitWords().formerColumns ?? []).map((w) => normalizeText(w).toLowerCase()).filter((w) => w !== '');
  if (former.length === 0) return text;
  const tokens = normalizeText(text).split(' ');
  for (let i = 1; i < tokens.length; i++) {
    const tok = tokens[i]!.toLowerCase();
    for (const w of former) {
      if (!tok.startsWith(w)) continue;
      // (the label's words up to a colon: 原持有者：李四, 原 所有者：李四)
      const rest = tok.slice(w.length).split(/[:：]/)[0]!;
      const next = (tokens[i + 1] ?? '').split(/[:：]/)[0]!;
      if ((rest !== '' && labelMatches(rest, labels)) || (rest === '' && next !== '' && labelMatches(next, labels))) return tokens.slice(0, i).join(' ');
    }
  }
  return text;
}

/**
 * A bracket after a billing mode about a conversion (an order to pay, what it becomes then: '按量计费（转包年包月订单待支付，
 * 支付后为包年包月，到期时间 2027-12-04）') is a note on a change to come: the mode shown is the one before it.
 */
// (… or a change of mode to come in other words — 将于 2026-06-01 变更为按量计费, 切换为按量计费, will change to pay-as-you-go — session 52)
export const CONVERSION_NOTE = /[(（][^()（）]*(?:转|switch(?:able)?\s+to|convert|(?:变更|更改|切换|调整|改)(?:为|成|至)|chang(?:e|es|ing)\s+to)[^()（）]*[)）]/gi;

/**
 * A change of billing mode named in words other than 转 ("将于 2026-06-01 变更为按量计费", "切换为包年包月", "Will change to
 * pay-as-you-go on …"): the mode after the change words is the one to come, not the mode now — those words go, as a
 * conversion's (../tencent/values CONVERSION). A change said done (已变更为按量计费, changed to pay-as-you-go) keeps its mode:
 * only its words go. The mode to come was read as the instance's (left open by session 50's review, invented).
 */
export function withoutModeChange(text: string): string {
  return text.replace(DONE_MODE_CHANGE, ' ').replace(MODE_CHANGE, ' ');
}
const DONE_MODE_CHANGE = /已(?:经)?(?:变更|更改|切换|调整|改)(?:为|成|至)\s*|\bchanged\s+(?:to|into)\s+/gi;
const MODE_CHANGE = /[^\s()（）/／、，,;；]*(?:变更|更改|切换|调整|改)(?:为|成|至)[^\s()（）/／、，,;；]*|\b(?:will\s+)?chang(?:e|es|ing)\s+to\s+[a-z -]+/gi;

/** A bracket saying the conversion is done (已转按量, 已转为按量计费, converted to pay-as-you-go), its mode's words alone. */
const DONE_CONVERSION = /[(（]\s*(?:已转换?[为成]?|已(?:经)?(?:变更|更改|切换|调整|改)(?:为|成|至)|(?:converted|changed)\s+(?:to|into))\s*([^()（）\s,，;；:：]{1,10}|[a-z][a-z -]{0,30}?)\s*[)）]/i;

/**
 * A mode then a bracket saying it was converted — "包月（已转按量）", "包年包月（已转为按量计费）": the conversion is done, the
 * mode now is the bracket's (the one before it was the instance's), so its words alone are the value. Other text as given.
 */
export function modeAfterDoneConversion(text: string): string {
  const m = DONE_CONVERSION.exec(text);
  // (a bracket whose words after the mode say the conversion waits, is under way or failed — 已转按量待生效 / 审核中 /
  // 失败 / -处理中, 已转包年包月待支付 / 未支付, converted to pay-as-you-go pending / failed — is no done conversion: the
  // mode shown is the instance's still; these gave the bracket's mode, session 44's review of 74c1246)
  if (m && NOT_DONE.test(m[1] ?? '')) return text;
  return m ? `${m[1]} ${text.slice(m.index + m[0].length)}` : text;
}
/** A state word after a conversion's mode: waiting (待, 未), under way (…中), failed (失败), in English. */
const NOT_DONE = /[待未中]|失败|pending|fail|unpaid|review|processing|progress|scheduled/i;

/**
 * The words of an order not yet paid (待支付, pending payment) and of a renewal's order (续费, renewal): each provider's
 * `values.unpaid` / `values.renewalOrders` in rules/labels, passed by its billing reader (../aliyun/server-values.ts,
 * ../tencent/values.ts).
 */
export interface OrderWords {
  unpaid: readonly string[];
  renewalOrders: readonly string[];
}

/**
 * A mode bought but not yet paid for ("包年包月（待支付）", "Subscription (pending payment)"): an order, not the mode in effect —
 * taken out. A renewal's order to pay written onto the mode ("包年包月续费（待支付）") is the mode in effect, renewed: only its
 * mark goes.
 */
export function withoutUnpaidMode(text: string, words: OrderWords): string {
  const p = orderPatterns(words);
  return text.replace(p.mode, (order) => (p.renewal.test(order) ? order.replace(UNPAID_MARK, ' ') : ' '));
}
const UNPAID_MARK = /\s*[(（][^()（）]*[)）]$/;

/**
 * An order not yet paid in a date's clause before it ("包年包月（待支付）2027-12-05 到期", "包年包月订单待支付 2027-12-05 到期"): the
 * date that order would give. A renewal's order to pay ("有待支付的续费订单 2027-12-05 到期", a 续费待支付 tag, "Renewal order
 * pending payment") speaks of the subscription in effect, whose expiry the date still is; the auto-renewal setting
 * (自动续费) is no renewal order.
 */
export function unpaidOrderBefore(before: string, words: OrderWords): boolean {
  const clause = UNPAID_CLAUSE.exec(before)?.[0] ?? '';
  const p = orderPatterns(words);
  return p.unpaid.test(clause) && !p.renewal.test(clause);
}
const UNPAID_CLAUSE = /[^，,;；。]*$/;
/** Everything up to the last IPv4 address (masked parts too: 47.98.*.*) in a clause. */
const AFTER_LAST_IP = /^.*(?<![\d.])[\d*]{1,3}(?:\.[\d*]{1,3}){3}(?![\d.])/;

/**
 * The clause before a date (since the last comma, semicolon or full stop) names one of `words` — another resource billed
 * beside the instance or a price (values.otherResources of a provider's label file: 数据盘, 弹性公网IP, 代金券, 活动价格):
 * the date is that one's. Words and clause compared folded (traditional forms, width, case). Both providers' expiry readers
 * ask it (aliyun/server-values, tencent/values).
 */
export function clauseNamesAny(before: string, words: readonly string[]): boolean {
  // (an IP address in the clause is a value shown, ending the field it is the value of: "公网IP 47.98.1.2 到期时间 2027-01-01",
  // "Public IP 43.1.2.3 Expiry time …" — the date is the next label's, not the public IP's; its expiry was lost since
  // 8ef0e6b named 公网IP / Public IP another resource: review of 8ef0e6b, session 49)
  const clause = foldHant(normalizeText(UNPAID_CLAUSE.exec(before)?.[0] ?? '').replace(AFTER_LAST_IP, '')).toLowerCase();
  return foldedWords(words).some((w) => (LATIN_OPENING.test(w) ? wordAt(clause, w) : clause.includes(w)));
}
/**
 * `text` opens with one of `words` (a provider's formerColumns: 原, 变更前, Original …), both folded as clauseNamesAny
 * folds them (NFKC, traditional → simplified characters, lower case); a word ending in a Latin letter only where no
 * letter runs on after it (Original, not the "Origin" of "Originally"). Asked by both providers' filing readers.
 */
export function opensWithWord(text: string | null | undefined, words: readonly string[]): boolean {
  const t = foldHant(normalizeText(text ?? '')).toLowerCase();
  // (an organisation's name, no colon in it, is a name whatever it opens with — 原野文化传媒有限公司, 旧街文化有限公司, Original
  // Studio Ltd: a confirm page's entity card headed by such a name was taken for the filing before the change and the
  // entity lost, session 47's review; "原主办单位：杭州某某有限公司", "原备案主体 杭州某某有限公司" still open with 原)
  // (the word in brackets or set off by a dash or a slash before the name — （原）杭州某某有限公司, [原] …, 原-…, 原／…, 曾用名 / …:
  // such a card was the entity's again, the former one's name read as the current; review of c34c216, session 49. Only
  // the word whole: 原野-文化 opens with no word)
  const marked = FORMER_BRACKETED.exec(t)?.[1] ?? FORMER_SET_OFF.exec(t)?.[1];
  if (marked !== undefined && foldedWords(words).includes(marked.trim())) return true;
  if (!/[:：]/.test(t) && ORGANISATION_NAME.test(t) && !FILING_WORDS.test(t) && !FORMER_PREFIX.test(t)) return false;
  return foldedWords(words).some((w) => w !== '' && t.startsWith(w) && (!LATIN_END.test(w) || !LATIN_LETTER.test(t.charAt(w.length))));
}
/** A word in brackets opening the text: （原）, [旧], 【变更前】. */
const FORMER_BRACKETED = /^[（(【\[]\s*([^（()）【】\[\]]{1,12}?)\s*[）)】\]]/;
/** A word set off by a dash, a slash or a bar before more: 原-…, 原／…, 曾用名 | …. */
const FORMER_SET_OFF = /^([^\s\-－—/／|｜]{1,12}?)\s*[-－—/／|｜]\s*\S/;
const FILING_WORDS = /备案|主体|主办|变更|修改|filing|entity/i;
/**
 * A few Han characters set apart by a space before the name — 原 杭州海晏文化有限公司, 原单位 …, 原名称 …, 旧 … — a marker of the
 * former one, no part of the name (session 48's review of 95e536c: such a card was the entity's again, the former one's
 * name read as the current: invented). A name running on from 原 / 旧 (原野文化…, 旧街文化…) has no space.
 */
// (… or Former / Previous and a space before an English name — "Former Hangzhou Moumou Network Co., Ltd.", "Previous Moumou
// Studio Ltd.": session 48's review, the former entity's card read as the current one, invented. Not Original / Old, which
// open names — Original Studio Ltd, Old Town Tea Co., Ltd.)
// (… and Formerly — "Formerly 杭州某某网络有限公司": the card read as the entity, invented; left open by session 49)
const FORMER_PREFIX = /^(?:[\p{Script=Han}]{1,4}|former|formerly|previous)\s+\S/u;
const LATIN_END = /[a-z]$/;
const LATIN_LETTER = /[a-z]/;

/** A word opening with a Latin letter (cbs, eip, voucher): found only where no letter or figure runs into it (not the "cbs" of ins-4cbs8a0c). */
const LATIN_OPENING = /^[a-z]/;
function wordAt(clause: string, w: string): boolean {
  for (let at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) if (!/[a-z0-9]/.test(clause.charAt(at - 1))) return true;
  return false;
}
function foldedWords(words: readonly string[]): readonly string[] {
  let f = foldMemo.get(words);
  if (!f) foldMemo.set(words, (f = words.map((w) => foldHant(normalizeText(w)).toLowerCase())));
  return f;
}
const foldMemo = new WeakMap<readonly string[], readonly string[]>();

/** The patterns of a provider's order words, made once per list. */
function orderPatterns(words: OrderWords): { mode: RegExp; unpaid: RegExp; renewal: RegExp } {
  let p = orderMemo.get(words.unpaid)?.get(words.renewalOrders);
  if (p) return p;
  const any = (list: readonly string[]) => (list.length === 0 ? '(?!)' : list.map(escapeRe).join('|'));
  p = {
    mode: new RegExp(`[^\\s()（）/／、，,;；]+\\s*[(（]\\s*(?:${any(words.unpaid)})\\s*[)）]`, 'gi'),
    unpaid: new RegExp(any(words.unpaid), 'i'),
    // (not the auto-renewal setting beside an order: 自动续费, 到期自动续费, Auto-renewal enabled — no renewal order)
    renewal: new RegExp(`(?<!自动|auto[- ]?)(?:${any(words.renewalOrders)})`, 'i'),
  };
  const byRenewal = orderMemo.get(words.unpaid) ?? new WeakMap();
  byRenewal.set(words.renewalOrders, p);
  orderMemo.set(words.unpaid, byRenewal);
  return p;
}
const orderMemo = new WeakMap<readonly string[], WeakMap<readonly string[], { mode: RegExp; unpaid: RegExp; renewal: RegExp }>>();
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A website's own filing number (the entity's 主体备案号 and "-n": 浙ICP备2021034567号-3) in `text`: a website filed
 * already (a table row or panel of the entity's filed websites beside the one a 新增网站 filing adds).
 */
export function showsWebsiteFilingNumber(text: string | undefined): boolean {
  return text !== undefined && WEBSITE_FILING_NUMBER.test(text);
}
const WEBSITE_FILING_NUMBER = /ICP备\s*\d{6,}\s*号\s*-\s*\d+/;

/**
 * The words of a bracket opening `text` ("（数据盘） …": 数据盘), or '' — what a note right after a date's word names. A bracket
 * saying what the date also covers ("到期（含数据盘）", "(incl. data disk)": ../dom/titled-box INCLUSION_NOTE) names no
 * other resource's date: ''.
 */
export function leadingBracketWords(text: string): string {
  const m = /^\s*([(（]([^()（）]*)[)）])/.exec(text);
  return m && !INCLUSION_NOTE.test(m[1] ?? '') ? (m[2] ?? '') : '';
}

// ------------------------------------------------------------------ a record's state

/**
 * A list row's state text opening with one of `words` (rules/labels values.released: 已释放, 已销毁, Released, Terminated) —
 * the word whole, then nothing or a break ("已销毁 销毁时间：…"), not a longer word (已释放保护). Round forty-eight's
 * convention: a released instance, its row still listed (greyed), is no server the user can file on — its id names no
 * server any more — so its row gives none; an expired, stopped, isolated or recycled instance (已过期, 欠费停机, 已隔离, 回收站)
 * still is one, read with what it shows.
 */
/**
 * `text` (a tag, a text of its own in a card) is one of `words` (values.released) and nothing else, or with a bracketed note
 * of its own — 已释放, 已销毁, Released, 已释放（保留 7 天） (session 47's review: a card badged so was read as a server, its old
 * expiry with it — invented) —, folded as clauseNamesAny folds. Not a sentence about something released (已释放的数据盘).
 * Both providers' card views ask it (aliyun/server-values, tencent/common releasedCard).
 */
export function stateAlone(text: string | undefined, words: readonly string[]): boolean {
  const t = foldHant(normalizeText(text ?? '')).toLowerCase().trim();
  if (t === '') return false;
  return foldedWords(words).some((w) => w !== '' && (t === w || (t.startsWith(w) && /^\s*[（(][^（()）]*[）)]$/.test(t.slice(w.length)))));
}

/**
 * A card's text units hold a released state alone (stateAlone, a status or data unit) that is the card's own: not after
 * a unit naming another resource (`otherResources`: a line "弹性公网IP 已释放", "数据盘 已销毁", "快照 已释放" — that one is
 * released, not the card's instance; session 47's review: such a line dropped a running server's card, missing).
 */
export function releasedUnitIn(units: readonly TextUnit[], released: readonly string[], otherResources: readonly string[]): boolean {
  return units.some((u, i) => (u.kind === 'status' || u.kind === 'data') && stateAlone(u.text, released) && !afterOtherResource(units, i, otherResources) && !beforeOtherResource(units, i, otherResources));
}

/**
 * The unit after `units[at]` (help and actions passed) opens with 的 and names one of `otherResources`: "<span>已释放</span>的数据盘
 * 保留 7 天" — a note on another resource, the state its own span (session 48, left open by session 47's review: the running
 * card was dropped, missing).
 */
function beforeOtherResource(units: readonly TextUnit[], at: number, otherResources: readonly string[]): boolean {
  for (let i = at + 1; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === 'help' || u.kind === 'action') continue;
    const t = normalizeText(u.text);
    return u.kind === 'data' && /^的/.test(t) && clauseNamesAny(t.slice(1, 25), otherResources);
  }
  return false;
}

/**
 * The unit before `units[at]` (help and actions passed) is a short label or text naming one of `otherResources` — or, past
 * that resource's own id between them ("原实例 <span>i-bp1…</span> 已释放": session 49, left open by session 48's review, the
 * running card dropped), the one before it.
 */
function afterOtherResource(units: readonly TextUnit[], at: number, otherResources: readonly string[]): boolean {
  let idPassed = false;
  for (let i = at - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.kind === 'help' || u.kind === 'action') continue;
    if (!idPassed && RESOURCE_ID.test(normalizeText(u.text))) {
      idPassed = true;
      continue;
    }
    return (u.kind === 'label' || u.kind === 'data') && u.text.length <= 24 && clauseNamesAny(u.text, otherResources);
  }
  return false;
}
/** A resource's id alone (i-bp1…, ins-…, lb-…, img-…): a prefix of letters, a hyphen, six letters or figures or more. */
const RESOURCE_ID = /^[a-z]{1,6}-[0-9a-z]{6,}$/i;

/**
 * An instance id shown as the value of a field naming another resource (values.otherResources: 原实例, 镜像, 负载均衡 …) — "原实例
 * ins-q1w2e3r4 已释放" in a running instance's card: that one's id, not the card's. Its label is the box before the id's box (up
 * to three levels up; a short text), or the words opening its own line. A skip of both providers' card views' idContainers: the card kept
 * its own id (session 49: the card's fields were read as the former instance's, invented, and the card's own id lost).
 */
export function idOfOtherResource(at: Element, id: RegExp, other: readonly string[]): boolean {
  try {
    const own = normalizeText(at.textContent);
    const m = id.exec(own);
    if (m && m.index > 0 && labelNamesResource(own.slice(0, m.index), other)) return true;
    if (namedAsSource(own, id) || (m && own.trim() === m[0] && at.parentElement && namedAsSource(normalizeText(at.parentElement.textContent), id))) return true;
    for (let e: Element | null = at, up = 0; e && up < 3; e = e.parentElement, up++) {
      const label = e.previousElementSibling;
      if (!label) continue;
      return labelNamesResource(label.textContent, other);
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * The id in `text` named as the one this instance was made from — "由 ins-q1w2e3r4 克隆", "从 … 复制而来", "基于 … 创建",
 * "ins-q1w2e3r4 的克隆 / 副本", "Copy of ins-…", "Clone of …": a note of the card's (备注, 描述), whose id is another's. Read
 * as the card's id, the card became that instance (left open by session 50's review: "由 ins-… 克隆" in a 备注, invented).
 */
function namedAsSource(text: string, id: RegExp): boolean {
  const m = id.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  return (SOURCE_BEFORE.test(before) && SOURCE_VERB_AFTER.test(after)) || COPY_OF_AFTER.test(after) || COPY_OF_BEFORE.test(before);
}
/** What opens a maker's clause before its source: 由, 从, 基于, 源自, 来自, 以 (实例). */
const SOURCE_BEFORE = /(?:由|从|基于|源自|来自|以)\s*(?:实例|服务器|云服务器)?\s*[:：]?\s*$/;
/** What closes it after the source: 克隆, 复制, 迁移, 拷贝, 创建, 生成, 制作, 恢复 (而来, 得到 may follow). */
// (or its image's, snapshot's or backup's: 基于实例 … 的镜像创建)
const SOURCE_VERB_AFTER = /^\s*(?:实例)?\s*(?:的\s*(?:自定义)?(?:镜像|快照|备份)\s*)?(?:克隆|复制|迁移|拷贝|创建|生成|制作|恢复|转换|导入)/;
/** "<id> 的克隆 / 副本 / 拷贝 / 复制品": the copy of that one. */
const COPY_OF_AFTER = /^\s*(?:实例)?\s*的\s*(?:克隆|副本|拷贝|复制|备份)/;
/** "Copy of", "Clone of", "Cloned from", "Copied from", "Migrated from", "Created from" right before the id. */
const COPY_OF_BEFORE = /\b(?:(?:copy|clone|replica|backup)\s+of|(?:cloned|copied|migrated|created|restored|replicated)\s+from)\s*(?:instance\s*)?[:：]?\s*$/i;

/**
 * A label of another resource's field: its words END with the resource's word (原实例, 自定义镜像, Original instance ID, 镜像：)
 * — not a name or a line holding the word among others: a card's name web-clb-node-1, 镜像站, 负载均衡后端, "镜像 CentOS" before
 * its id had the card's own id taken for another resource's, the card lost (missing, since 5944d09; session 50's review).
 */
function labelNamesResource(text: string | null, other: readonly string[]): boolean {
  // (a label of both, 原实例名称/ID, Original Instance Name/ID — session 51's review: the card read as the former instance)
  const t = foldHant(normalizeText(text ?? '')).toLowerCase().replace(/[\s:：]+$/, '').replace(/\s*(?:(?:id|名称|name)\s*[/／]\s*)?(?:id|名称|name)$/, '').replace(/[\s:：]+$/, '');
  if (t === '' || t.length > 24) return false;
  // (a Latin word joined to the words before it by a hyphen, an underscore or a dot ends a name — web-slb, prod-eip,
  // nightly-snapshot, docker-image —, no label: the card's own id was taken for another resource's and the card lost,
  // missing; session 51's review of 2497118)
  return foldedWords(other).some((w) => w !== '' && t.endsWith(w) && (!LATIN_OPENING.test(w) || !/[a-z0-9_.\-]/.test(t.charAt(t.length - w.length - 1))));
}

export function opensWithState(text: string | undefined, words: readonly string[]): boolean {
  const t = normalizeText(text ?? '').toLowerCase();
  if (t === '') return false;
  return words.some((w) => {
    const word = normalizeText(w).toLowerCase();
    if (word === '' || !t.startsWith(word)) return false;
    const rest = t.slice(word.length);
    return rest === '' || /^[\s（(：:·,，。;；|/]/.test(rest);
  });
}
