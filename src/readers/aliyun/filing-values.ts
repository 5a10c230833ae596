import provinceData from '../../../rules/provinces.json';
import { maskIdNumber } from '../../facts/mask-id';
import type { ProductId } from '../../facts/schema';
import { controlText, findLabelElements, readField } from '../dom/field';
import { labelKey, labelMatches, normalizeText, valueAfterLabel } from '../dom/normalize-label';
import { isVisible, type VisibilityCache } from '../dom/visibility';
import { isOneRecordAcross, isVerticalDescriptions } from '../dom/table';
import { textUnits, valueText as unitValueText } from '../dom/units';
import { visibleText } from '../dom/visible-text';

/**
 * Values shared by the domain, ICP filing and service-number readers, read from the visible text
 * of a cell or field: real-name status, domain names, masked ID numbers, provinces, product types,
 * and the page state (still loading, error banner). Pure; never throw; undefined when the text does
 * not say.
 */

/** A value that says nothing: "-", "--", "请选择", "Please select". */
export function isPlaceholder(text: string | undefined): boolean {
  if (text === undefined) return true;
  const t = normalizeText(text);
  return t === '' || /^[-—–_/\\.·\s]*$/.test(t) || /^(请选择|请输入|暂无|未填写|未设置|select|please select|please enter|n\/a|null|undefined)\.*$/i.test(t);
}

/** The text when it is not a placeholder. */
export function meaningful(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = normalizeText(text);
  return isPlaceholder(t) ? undefined : t;
}

// ------------------------------------------------------------------ real-name verification

const REAL_NAME_PENDING = /审核中|认证中|审核处理中|待审核|处理中|under review|in review|reviewing|verifying|pending|in progress|processing/i;
const REAL_NAME_FAILED = /未实名|未认证|未通过|未完成|未提交|待认证|待实名|失败|不通过|驳回|unverified|not verified|non-verified|failed|rejected|not passed|not approved|not completed|incomplete|not submitted|unauthenticated|not authenticated|to be verified/i;
const REAL_NAME_PASSED = /已实名|已认证|认证成功|认证通过|审核通过|实名认证通过|已完成实名|^通过$|^verified\b|real-?name verified|verification (passed|succeeded|successful|completed?)|\bpassed\b|\bapproved\b|authenticated|^success|^completed?$/i;

/**
 * 已实名认证 / Verified → true; 未实名认证 / 实名认证失败 / Unverified / Failed → false;
 * 审核中 / Under review and anything else → undefined (unknown, never a pass).
 */
export function realNameFromText(text: string | undefined): boolean | undefined {
  const t = normalizeText(text);
  if (t === '') return undefined;
  if (REAL_NAME_PENDING.test(t)) return undefined;
  if (REAL_NAME_FAILED.test(t)) return false;
  if (REAL_NAME_PASSED.test(t)) return true;
  return undefined;
}

/** A status token that is really a real-name verification status (kept out of `status[]`). */
export function isRealNameToken(token: string): boolean {
  return /实名|real-?name|^(verified|unverified|not verified)$/i.test(normalizeText(token));
}

// ------------------------------------------------------------------ domain names

const DOMAIN_RE = /(?<![\p{L}\p{N}@._-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:xn--[a-z0-9-]{2,59}(?![a-z0-9-])|[a-z]{2,63}(?![a-z0-9-])|\p{Script=Han}{1,10}(?![\p{L}\p{N}-]))(?![@_]|\.[\p{L}\p{N}])/giu;
const FILE_SUFFIX = /\.(html?|php|aspx?|jsp|js|css|png|jpe?g|gif|svg|pdf|txt|json|xml)$/i;

/** Domain names in visible text, in order, lower-cased (ASCII), without duplicates. URLs give their host. */
export function domainsFromText(text: string | undefined): string[] {
  const out: string[] = [];
  const t = normalizeText(text);
  if (t === '') return out;
  try {
    for (const m of t.matchAll(DOMAIN_RE)) {
      const d = m[0].toLowerCase().replace(/\.$/, '');
      if (FILE_SUFFIX.test(d)) continue;
      // Not an IP address, not a version number.
      if (/^[\d.]+$/.test(d)) continue;
      // The path part of a URL: "https://a.com/x.b.com" — skip text right after a slash.
      const before = t.slice(0, m.index ?? 0);
      if (/\/[^\s/]*$/.test(before) && !/:\/\/$/.test(before)) continue;
      if (!out.includes(d)) out.push(d);
    }
  } catch {
    // partial result
  }
  return out;
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
  // maskIdNumber decides what counts as masked (at most 8 ID characters visible) and masks the rest
  return t.length <= 60 ? maskIdNumber(t) : undefined;
}

// ------------------------------------------------------------------ provinces

interface ProvinceName {
  full: string;
  short: string;
  pinyin: string[];
}

/** The 31 mainland filing provinces, from the rule data (rules/provinces.json): full and short name, pinyin. */
const PROVINCES: ProvinceName[] = provinceData.provinces.map((p) => ({
  full: p.name,
  short: p.short,
  pinyin: p.pinyin.map((name) => name.toLowerCase().replace(/\s+/g, '')),
}));

const ZH_SUFFIXES = ['省', '市', '自治区', '壮族自治区', '回族自治区', '维吾尔自治区'];
const EN_SUFFIX = /\s*(province|municipality|city|shi|sheng|(zhuang |hui |uygur |uyghur |uighur )?autonomous region|a\.?r\.?|sar)$/i;

/** A Chinese province name at the start of `t` ("河南省郑州市…", "河南 郑州"), as written. */
function zhProvinceAtStart(t: string): string | undefined {
  for (const p of PROVINCES) {
    if (t.startsWith(p.full)) return p.full;
  }
  for (const p of PROVINCES) {
    if (!t.startsWith(p.short)) continue;
    for (const s of ZH_SUFFIXES) if (t.startsWith(p.short + s)) return p.short + s;
    return p.short;
  }
  return undefined;
}

/** An English segment that is exactly a province name ("Henan", "Henan Province", "Inner Mongolia"). */
function enProvince(segment: string): string | undefined {
  const raw = segment.trim().replace(/^[("'[]+|[)"'\].]+$/g, '').trim();
  const key = raw.replace(EN_SUFFIX, '').toLowerCase().replace(/[\s'-]/g, '');
  if (key === '') return undefined;
  // The name without its administrative suffix ("Guangxi Zhuang Autonomous Region" → "Guangxi").
  for (const p of PROVINCES) if (p.pinyin.includes(key)) return raw.replace(EN_SUFFIX, '').trim() || raw;
  return undefined;
}

const LEADING_COUNTRY = /^(中国大陆|中国|中華人民共和國|中华人民共和国|china|mainland china|cn)\s*[/,，·\s-]?\s*/i;

/**
 * The province a value starts with: a cascader "河南省 / 郑州市 / 金水区", "Shanghai / Shanghai",
 * an address "河南省郑州市…", a phone location "河南 郑州" / "(Shanghai)". As written; undefined
 * when the text does not start with a province.
 */
export function provinceAtStart(text: string | undefined): string | undefined {
  let t = normalizeText(text).replace(/^[(（[【]+/, '').trim();
  if (t === '') return undefined;
  t = t.replace(LEADING_COUNTRY, '');
  const zh = zhProvinceAtStart(t);
  if (zh) return zh;
  const first = t.split(/\s*[/,，|>]\s*|\s+-\s+/)[0] ?? '';
  const en = enProvince(first);
  if (en) return en;
  // "Henan Zhengzhou": the first word(s) before the city.
  const words = first.split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const hit = enProvince(words.slice(0, n).join(' '));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The province of an address: Chinese addresses start with it ("河南省洛阳市…"); English ones
 * end with it ("…, Pudong New Area, Shanghai"). undefined when not said.
 */
export function provinceOfAddress(text: string | undefined): string | undefined {
  const t = normalizeText(text);
  if (t === '') return undefined;
  const start = provinceAtStart(t);
  if (start) return start;
  if (/[\u4e00-\u9fff]/.test(t)) return undefined;
  const parts = t.split(/\s*[,，]\s*/).filter((p) => p !== '');
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = (parts[i] ?? '').replace(/\s*\d{6}$/, '').replace(/\s*,?\s*(china|p\.?r\.?c\.?|people's republic of china)$/i, '');
    const hit = enProvince(part);
    if (hit) return hit;
  }
  return undefined;
}

// ------------------------------------------------------------------ products

/** 云服务器ECS → ecs, 轻量应用服务器 → swas, 云虚拟主机 → virtual-host, …; undefined when unsure. */
export function productFromText(text: string | undefined): ProductId | undefined {
  const t = normalizeText(text).toLowerCase();
  if (t === '') return undefined;
  if (/轻量|simple application server|\bswas\b|lighthouse/.test(t)) return 'swas';
  if (/弹性\s*web\s*托管|elastic web hosting|web app service/.test(t)) return 'web-hosting';
  if (/虚拟主机|virtual host|\bweb hosting\b|共享主机|独享主机/.test(t)) return 'virtual-host';
  if (/建站市场|云市场|建站|marketplace|website builder|site builder/.test(t)) return 'cloud-market';
  if (/ipv6/.test(t)) return 'ipv6-translation';
  if (/\bnat\b|nat网关|nat gateway/.test(t)) return 'nat';
  if (/边缘节点|edge node|\bens\b/.test(t)) return 'ens';
  if (/\becs\b|ecs|云服务器|elastic compute|cloud server/.test(t)) return 'ecs';
  return undefined;
}

// page state: ../dom/page-state.ts (the one detector)
export { pageError, pageLoading } from '../dom/page-state';

/** Text pieces of an element as the user sees them: each visible text node, split on list separators. */
export function visibleTokens(el: Element | null | undefined, cache: VisibilityCache): string[] {
  const out: string[] = [];
  if (!el) return out;
  try {
    // Text units of the cell: actions (续费, 转包年包月) and help text are no tokens.
    for (const unit of textUnits(el, cache)) {
      if (unit.kind === 'action' || unit.kind === 'help' || unit.kind === 'label') continue;
      for (const piece of unit.text.split(/\s*[,，、;；|]\s*/)) {
        const t = piece.trim();
        if (t !== '' && !/^[\s\-—–_/\\.·:：()（）]*$/.test(t)) out.push(t);
      }
    }
  } catch {
    // partial result
  }
  return out;
}

/** Action links and buttons that sit in status cells and fields ("续费", "Renew now"). */
const ACTION_WORDS = [
  '续费', '立即续费', '去续费', '赎回', '立即赎回', '去认证', '立即认证', '重新认证', '查看', '详情', '查看详情', '管理', '解析', '修改', '编辑', '去处理', '处理', '申请', '更换',
  'Renew', 'Renew Now', 'Restore', 'Redeem', 'Verify', 'Verify Now', 'Verify now', 'View', 'Details', 'View Details', 'Manage', 'Edit', 'Modify', 'Resubmit', 'Apply', 'Change',
];

export function isActionWord(token: string): boolean {
  return labelMatches(token, ACTION_WORDS);
}

/** A note beside a status, not a status: "剩余 5 天", "5 days left", a date. */
export function isStatusNote(token: string): boolean {
  return /^(剩余|还剩|距|remaining|expires?)|\d+\s*(天|日|days?)\b|^\d{4}[-/年.]\d{1,2}|^[a-z]{3} \d{1,2}, \d{4}/i.test(normalizeText(token));
}

// ------------------------------------------------------------------ field values

/**
 * The selected option of a <select>. happy-dom (the CLI and tests) does not track option
 * selectedness (selectedIndex is wrong for saved pages), so there the `selected` attribute decides;
 * a real browser's `.selected` (which follows the user's choice) decides elsewhere.
 */
export function selectedOptionText(select: Element): string | undefined {
  try {
    const options = Array.from(select.querySelectorAll('option'));
    if (options.length === 0) return undefined;
    const ua = select.ownerDocument?.defaultView?.navigator?.userAgent ?? '';
    const chosen = /HappyDOM/i.test(ua)
      ? (options.find((o) => o.hasAttribute('selected')) ?? options[0])
      : (options.find((o) => (o as HTMLOptionElement).selected) ?? options.find((o) => o.hasAttribute('selected')) ?? options[0]);
    return meaningful(chosen?.textContent ?? '');
  } catch {
    return undefined;
  }
}

const INNER_CONTROLS = 'input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]), textarea';

/**
 * The text a field shows: a control's value (input value, selected option, checked radios), or the
 * visible text of the value element without action links ("修改", "Change"). A <select> inside the
 * value element gives its selected option, never the list of options.
 */
export function valueText(value: Element | string | undefined, cache: VisibilityCache): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return meaningful(value);
  try {
    const tag = value.tagName.toUpperCase();
    if (tag === 'SELECT') return selectedOptionText(value);
    if (tag === 'INPUT' || tag === 'TEXTAREA') return meaningful(controlText(value, cache));
    if (value.querySelector('input[type="radio"], input[type="checkbox"], [role="radio"], [role="checkbox"]')) {
      return meaningful(controlText(value, cache));
    }
    const select = Array.from(value.querySelectorAll('select')).find((s) => isVisible(s, cache));
    if (select) return selectedOptionText(select);
    for (const c of Array.from(value.querySelectorAll(INNER_CONTROLS))) {
      if (!isVisible(c, cache)) continue;
      const v = meaningful(controlText(c, cache));
      if (v) return v;
    }
    // A dropdown's option list rendered inside the field is not its value: the chosen option is.
    const lists = Array.from(value.querySelectorAll('[role="listbox"], [role="menu"], [role="tree"]')).filter((l) => isVisible(l, cache));
    for (const list of lists) {
      const chosen = Array.from(list.querySelectorAll('[aria-selected="true"], [aria-checked="true"]')).map((o) => visibleText(o, cache)).filter((t) => t !== '');
      const rest = visibleText(value, cache).replace(visibleText(list, cache), ' ');
      if (meaningful(rest) === undefined && chosen.length > 0) return meaningful(chosen.join(', '));
    }
    let text = unitValueText(value, cache);
    for (const list of lists) text = text.replace(unitValueText(list, cache), ' ');
    for (const a of Array.from(value.querySelectorAll('a, button, [role="button"]'))) {
      const t = visibleText(a, cache);
      if (t && isActionWord(t)) text = text.replace(t, ' ');
    }
    return meaningful(text);
  } catch {
    return undefined;
  }
}

/** True when `a` comes before `b` in the document. */
export function precedes(a: Node, b: Node): boolean {
  try {
    return (a.compareDocumentPosition(b) & 4) !== 0;
  } catch {
    return false;
  }
}

/** A column header of a data table: its "value" beside it is another header, not a field value. */
function isColumnHeader(el: Element): boolean {
  const table = el.closest('table');
  if (table && (isVerticalDescriptions(table) || isOneRecordAcross(table))) return false;
  if (el.closest('thead, [role="columnheader"]')) return true;
  const cell = el.closest('th');
  return cell !== null && cell.nextElementSibling?.tagName.toUpperCase() === 'TH' && cell.previousElementSibling?.tagName.toUpperCase() !== 'TD';
}

const NOT_A_LABEL = 'h1, h2, h3, h4, h5, h6, [role="heading"], [role="tab"], [role="tablist"], [role="menuitem"], [role="menu"], nav, button, a, [role="button"], option, [role="option"], [role="listbox"]';

export interface FieldHit {
  /** The label element (or the control named by aria-label, or the element holding "标签：值"). */
  anchor: Element;
  value: Element | string;
}

/**
 * Every visible field labelled with one of `labels`, in document order: a label element and the
 * value beside it (readField), "标签：值" text, and controls named by aria-label / aria-labelledby.
 * Column headers of data tables are not field labels.
 */
export function fieldHits(root: Element, labels: readonly string[], cache: VisibilityCache): FieldHit[] {
  const out: FieldHit[] = [];
  const seenValues = new Set<Element>();
  const push = (anchor: Element, value: Element | string) => {
    if (typeof value !== 'string') {
      if (seenValues.has(value)) return;
      seenValues.add(value);
    }
    out.push({ anchor, value });
  };
  try {
    for (const label of findLabelElements(root, labels, cache)) {
      // A column header, a heading, a tab or menu item, a button or link is not a field's label.
      if (isColumnHeader(label) || label.closest(NOT_A_LABEL)) continue;
      const value = readField(label, labels, cache);
      if (value !== undefined) push(label, value);
    }
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const raw = n.nodeValue ?? '';
      if (!/[:：]/.test(raw) || raw.length > 200) continue;
      const parent = n.parentElement;
      if (!parent || !isVisible(parent, cache)) continue;
      const v = valueAfterLabel(visibleText(parent, cache), labels);
      if (v !== undefined) push(parent, v);
    }
    const keys = labels.map(labelKey);
    for (const el of Array.from(root.querySelectorAll('[aria-label], [aria-labelledby]'))) {
      if (!isVisible(el, cache)) continue;
      let name = el.getAttribute('aria-label') ?? '';
      const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      if (ids.length > 0) name = ids.map((id) => visibleText(doc.getElementById(id), cache)).join(' ');
      const key = labelKey(name);
      if (key !== '' && keys.includes(key)) push(el, el);
    }
  } catch {
    // partial result
  }
  out.sort((a, b) => (a.anchor === b.anchor ? 0 : precedes(a.anchor, b.anchor) ? -1 : 1));
  return out;
}

/** The text of the first visible field labelled with one of `labels` that shows a value. */
export function fieldText(root: Element | null | undefined, labels: readonly string[], cache: VisibilityCache): string | undefined {
  if (!root) return undefined;
  for (const h of fieldHits(root, labels, cache)) {
    const v = valueText(h.value, cache);
    if (v !== undefined) return v;
  }
  return undefined;
}

// ------------------------------------------------------------------ instances

/** An instance id in a cell or field: i-bp1…, a 32-hex Simple Application Server id, or another id-like token. */
export function instanceIdFromText(text: string | undefined): string | undefined {
  const t = normalizeText(text);
  if (t === '') return undefined;
  const ecs = /\b(?:i|eci|ins|hostgroup)-[a-z0-9]{6,}\b/i.exec(t);
  if (ecs) return ecs[0];
  const hex = /\b[0-9a-f]{32}\b/i.exec(t);
  if (hex) return hex[0];
  for (const token of t.split(/[\s/|,，()（）]+/)) {
    if (/^[A-Za-z0-9][A-Za-z0-9_.-]{5,}$/.test(token) && /\d/.test(token) && !/^\d+(\.\d+){3}$/.test(token)) return token;
  }
  return undefined;
}
