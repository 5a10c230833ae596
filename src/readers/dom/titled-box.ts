import { placeCells } from './cell-span';
import { labelKey, normalizeText } from './normalize-label';
import { isVisible, type VisibilityCache } from './visibility';
import { visibleText } from './visible-text';
import { inNotice } from './notice';
import { currentRead } from './read-session';
import { documentOrder, follows } from './doc-order';

/**
 * THE BOX A LABEL SITS IN, BY ITS TITLE. A server's or a domain's page may carry boxes of other things, each titled
 * for its subject: a 云硬盘 / 数据盘 card (its own 计费方式, 购买时间, 到期时间), a 流量包 card (到期日期), an SSL 证书 or
 * 域名证书 section (有效期至). A label there is that subject's field, not the page's record's, however its own words
 * read: the box's title says whose it is.
 *
 * `boxTitles(scope)`: the titles of boxes inside the page — headings of level 3 and below (h3–h6, role=heading with
 * aria-level ≥ 3), legends, captions and elements classed as a title (`tea-card__title`, `next-card-title`); not h1 /
 * h2, which title the page itself (a server's page has its name there: "ssl-cert-prod" names no subject of a box).
 * `titleOver(el, titles)`: the title of the nearest box holding `el` that has one before it.
 * `underTitleNaming(el, titles, words, cache, own)`: whether that title holds one of `words` (a field's `notUnder` words of
 * rules/labels: 证书, 流量包, 云硬盘 …; compared as label keys, as the vocabulary's contains words are) and none of `own`
 * (the field's `ownUnder` words: 域名证书 — the domain's own certificate, no SSL 证书). Titles in
 * the console's navigation and tab bars (nav, aside, role tablist, a class token nav / menu / sidebar / tabs) title no box.
 * A column header over rows that name such a subject in a cell of their own (资源类型 | 负载均衡) is under it too.
 * Pure; never throws.
 */

const HEADINGS = 'h3, h4, h5, h6, [role="heading"], legend, caption';
const TITLE_CLASS = /(?:^|[\s_-])(?:title|heading|header|head|caption|subtitle)(?:$|[\s_-])/i;
const NOT_A_TITLE =
  'nav, [role="menu"], [role="menuitem"], [role="navigation"], option, select, [role="option"], [role="listbox"], button, a, label, dt, dd, th, td, [role="columnheader"], [role="gridcell"], [role="cell"], [role="row"], table';
const MAX_TITLE = 40;
/** A console's navigation (a side menu's group title "云硬盘", a top bar's product name): it titles no box of the page. */
const NAV_TOKEN = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|sidebar|sider|aside|topbar|breadcrumb)(?:$|[\s_-])/i;
/** A tab bar's class name (t-tabs__header, ant-tabs-nav, tea-tabs__tabitem): tabs with a bar token — not a tab panel's (ant-tabs-tabpane, t-tabs__panel). */
const TAB_BAR_PART = new Set(['header', 'head', 'nav', 'bar', 'tabbar', 'list', 'tablist', 'tab', 'tabitem', 'item', 'items']);
function isTabBarClass(name: string): boolean {
  const tokens = name.toLowerCase().split(/[-_]+/);
  return tokens.includes('tabs') && tokens.some((t) => TAB_BAR_PART.has(t));
}
/** In the console's navigation or a tab bar (its tabs' names, "DNS 解析"): no box's title. */
function inNavigation(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (/^(?:NAV|ASIDE)$/i.test(e.tagName) || /^(?:tablist|tab|menubar|navigation)$/.test(e.getAttribute('role') ?? '')) return true;
    const cls = e.getAttribute('class') ?? '';
    if (NAV_TOKEN.test(cls) || cls.split(/\s+/).some(isTabBarClass)) return true;
  }
  return false;
}

/**
 * A page header's title (antd `ant-page-header-heading-title`, `page-title`, `tea-layout__header-title`): it names the
 * page's own record, as an h1 / h2 does — a server named 推荐系统-prod or 公告板-web there titles no box of another subject.
 */
const PAGE_HEADER = /(?:^|[\s_-])(?:page|layout)[_-]+(?:header|head|title)(?:$|[\s_-])/i;
function inPageHeader(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const cls = e.getAttribute('class') ?? '';
    if (cls.split(/\s+/).some(namesPageHeader)) return true;
    // (a card's or a panel's title is its card's, whatever the box around the card is named: a page-header-layout /
    // page-header-main / page-header-inner box holding the whole page and its 共享带宽包 card made the card's title a page
    // header's, and the package's 带宽 / 到期时间 the ECS detail's — invented; session 45 revb of 81b7fbf)
    if (e !== el && CARD_BOX.test(cls)) return false;
  }
  return false;
}
/** A card's or a panel's box (next-card, ant-card, tea-card, el-card, a `card` / `panel` class token). */
const CARD_BOX = /(?:^|\s)(?:[\w]+[_-])*(?:card|panel)(?:$|\s)/i;
/**
 * A class naming the page header itself or a part of it (ant-page-header, page-title, tea-layout__header-title) — not a
 * wrapper around the page's content named after it: antd pro's ant-pro-page-header-wrap and its
 * …-wrap-children-content, page-header-wrapper, page-header-container hold the whole page, whose 流量包 / 推荐配置 cards'
 * titles then titled nothing and gave the package's date and bandwidth as the server's (invented; session 44's review).
 */
function namesPageHeader(cls: string): boolean {
  if (!PAGE_HEADER.test(cls)) return false;
  const parts = cls.toLowerCase().split(/[_-]+/);
  // (the last time the class names the header: what follows it says whether it is the header's part or a wrapper)
  const at = parts.findLastIndex((p, i) => (p === 'page' || p === 'layout') && /^(?:header|head|title)$/.test(parts[i + 1] ?? ''));
  return !parts.slice(at + 2).some((p) => HEADER_WRAPPER.test(p));
}
// (antd pro's ant-pro-page-header-wrap-page-header-warp, spelled so, holds the header alone: a header still)
const HEADER_WRAPPER = /^(?:wrap|wrapper|container|children|content|body)$/;

/**
 * A header's actions box, named by its class (tea `tea-card__header-extra`, `card-header-actions`, `panel-head-operations`):
 * the links beside a card's title ("Modify Information", "Transfer Ownership"), no title of the card. Round fifty-six: the
 * English Tencent domain page's 实名认证 card, its header's extra holding "Transfer Ownership", was titled by that box —
 * "transfer" names another subject's box (a notUnder word) — and its owner, ID and real-name state were lost (missing).
 */
// (session 48's review of caa339a: -right, -links, -ops, -opt, -operate, -btn, -more, -handle held the same links and lost the
// same card's owner, ID and real-name state)
const HEADER_ACTIONS_PART = new Set(['extra', 'action', 'actions', 'operation', 'operations', 'toolbar', 'tools', 'btns', 'buttons', 'right', 'links', 'ops', 'opt', 'opts', 'operate', 'btn', 'more', 'handle']);
function namesHeaderActions(cls: string): boolean {
  return cls.split(/\s+/).some((name) => TITLE_CLASS.test(name) && name.toLowerCase().split(/[_-]+/).some((p) => HEADER_ACTIONS_PART.has(p)));
}

export function boxTitles(scope: ParentNode, cache?: VisibilityCache): Element[] {
  const out: Element[] = [];
  try {
    const consider = (el: Element) => {
      if (out.includes(el) || el.closest(NOT_A_TITLE) || el.querySelector('input, select, textarea') || inNavigation(el)) return;
      const text = visibleText(el, cache);
      if (text === '' || text.length > MAX_TITLE || !isVisible(el, cache)) return;
      out.push(el);
    };
    for (const h of Array.from(scope.querySelectorAll(HEADINGS))) {
      if (h.getAttribute('role') === 'heading' && Number.parseInt(h.getAttribute('aria-level') ?? '3', 10) < 3) continue;
      consider(h);
    }
    for (const el of Array.from(scope.querySelectorAll('[class]'))) {
      if (!TITLE_CLASS.test(el.getAttribute('class') ?? '') || el.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')) continue;
      if (namesHeaderActions(el.getAttribute('class') ?? '')) continue;
      if (el.closest('h1, h2') || inPageHeader(el)) continue;
      consider(el);
    }
    for (const el of Array.from(scope.querySelectorAll('strong, b'))) if (!el.closest('h1, h2') && !inPageHeader(el) && boldFirstLine(el, cache)) consider(el);
    out.sort(documentOrder);
  } catch {
    // partial
  }
  return out;
}

/**
 * A layer drawn over the page — a dialog, an alert dialog, a coach mark's or a popover's balloon: its title titles
 * what the layer holds, never a box of the page beside it (a 新手引导 balloon inside a 带宽 field, shown in flow when the
 * page's sheet is lost, is no title of the 到期时间 after it).
 */
const LAYER = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"], [popover]';
const inLayerApart = (t: Element, el: Element) => {
  const layer = t.closest(LAYER) ?? noticeOf(t);
  return layer !== null && !layer.contains(el);
};

/**
 * The notice box (./notice: `next-message`, `…-notice`, `alert`, role=alert) holding `t`, or null. A 公告 / 推荐 heading inside
 * a notice box before a record's untitled fields titles the notice only: the Alibaba holder page's fields under it were all
 * the notice's (a notUnder word) and the page read null (missing; left open by session 43).
 */
function noticeOf(t: Element): Element | null {
  // (asked for every title over every label: kept per title element for the read in progress — ./read-session currentRead,
  // a class changed between two reads of an open page is seen —, per document outside a session)
  const token = currentRead() ?? NO_SESSION;
  let memo = noticeMemos.get(token);
  if (!memo) noticeMemos.set(token, (memo = new WeakMap()));
  const kept = memo.get(t);
  if (kept !== undefined) return kept;
  let found: Element | null = null;
  for (let e: Element | null = t; e && !found; e = e.parentElement) if (inNotice(e, e.parentElement ?? undefined)) found = e;
  memo.set(t, found);
  return found;
}
const NO_SESSION = {};
const noticeMemos = new WeakMap<object, WeakMap<Element, Element | null>>();

/**
 * `el` (a `<strong>` / `<b>`) is the first line of its box, alone on it, with the box's content after it: a card or
 * panel titled in bold running content (<strong>域名注册查询</strong>, then its search box and answer table). Not a bold
 * word inside a line (<b>到期时间：</b>2027-…: a label), nor a bold value after its label in an item (the line it
 * stands alone on has a label before it).
 */
function boldFirstLine(el: Element, cache?: VisibilityCache): boolean {
  const text = visibleText(el, cache);
  if (text === '') return false;
  let line = el;
  while (line.parentElement && visibleText(line.parentElement, cache) === text) line = line.parentElement;
  const box = line.parentElement;
  if (!box || line.nextElementSibling === null) return false;
  // (nor a bold phrase opening a sentence that runs on after it on its line — "<p><b>Ownership transfer under review.</b>
  // Submitted on …</p>", a notice's first words, its class hashed: it titled the whole Tencent domain page after it with
  // its notUnder word (transfer) and the page read null; held-out × class-names-hashed, session 47)
  if (runsOnAfter(line, cache)) return false;
  // (a name joined with a hyphen or an underscore — 负载均衡后端-01, 快照备份-prod, 证书服务_02: the record's name in bold
  // at the top of its card — is no title of a box; it titled the instance's own fields with its notUnder words and
  // lost its billing and expiry: missing, session 44's review of 2443841 — when the card shows an instance's id or name
  // field: a 共享带宽包-杭州 / 数据盘-01 / EIP-47.96.1.1 card's bold name titles that resource's fields, whose 带宽 and 到期时间
  // were the server's once any such name titled nothing: invented, session 45 revb)
  if (NAME_JOIN.test(text) && showsInstanceField(box, cache)) return false;
  for (let n = box.firstChild; n && n !== line; n = n.nextSibling) {
    if (n.nodeType === 3 ? /\S/.test(n.nodeValue ?? '') : n.nodeType === 1 && visibleText(n as Element, cache) !== '') return false;
  }
  return true;
}

/** Words follow `line` on its line: the next sibling that shows something is a text node with a letter or figure. */
function runsOnAfter(line: Element, cache?: VisibilityCache): boolean {
  for (let n = line.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (/\S/.test(n.nodeValue ?? '')) return /[\p{L}\p{N}]/u.test(n.nodeValue ?? '');
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (visibleText(e, cache) === '') {
      if (e.tagName.toUpperCase() === 'BR') return false;
      continue;
    }
    // (or an inline text box — <span>, <time> —, no link or button, after a phrase closed by a stop: "<b>Ownership transfer
    // under review.</b><span> Submitted on …</span>", i18n frameworks wrap each run so; session 48's review of 42fc785, the
    // page read null again. A title's tag or action after it — <b>Ownership Transfer</b> <span>Pending</span> — has no stop)
    return SENTENCE_STOP.test(visibleText(line, cache)) && RUN_ON_TAGS.has(e.tagName.toUpperCase()) && e.closest('[role="button"], [role="link"]') === null && e.querySelector('a, button, [role="button"], [role="link"]') === null;
  }
  return false;
}
const SENTENCE_STOP = /[.。!！]\s*$/;
const RUN_ON_TAGS = new Set(['SPAN', 'TIME', 'EM', 'I', 'SMALL', 'FONT', 'CODE', 'ABBR', 'MARK']);

const NAME_JOIN = /[\p{L}\p{N}][-_][\p{L}\p{N}]/u;
/** A label naming an instance's id or name, as an element's whole text (实例ID, 实例名称, Instance ID, 主机名). */
const INSTANCE_FIELD = /^(?:实例\s*(?:ID|名称)(?:\s*\/\s*名称)?|实例|Instance\s*(?:ID|Name)?|主机名|服务器\s*(?:ID|名称)|Hostname)\s*[:：]?$/i;
/** `box` holds an element whose whole text names an instance's id or name field (the first 300 elements looked at). */
function showsInstanceField(box: Element, cache?: VisibilityCache): boolean {
  const all = box.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < 300; i++) {
    const e = all[i]!;
    if (e.firstElementChild !== null) continue;
    const t = normalizeText(e.textContent);
    if (t.length <= 16 && INSTANCE_FIELD.test(t) && visibleText(e, cache) !== '') return true;
  }
  return false;
}

export function titleOver(el: Element, titles: readonly Element[]): Element | undefined {
  try {
    const before = titles.filter((t) => !t.contains(el) && !el.contains(t) && follows(t, el) && !inLayerApart(t, el));
    if (before.length === 0) return undefined;
    for (let box = el.parentElement; box; box = box.parentElement) {
      let last: Element | undefined;
      for (const t of before) if (box.contains(t)) last = t;
      if (last) return last;
    }
  } catch {
    // none
  }
  return undefined;
}

export function underTitleNaming(el: Element, titles: readonly Element[], words: readonly string[] | undefined, cache?: VisibilityCache, own?: readonly string[], notOwn?: readonly string[]): boolean {
  if (!words || words.length === 0) return false;
  // (a column header over rows that name another subject in a cell of their own — 资源类型 | 负载均衡 — is that subject's)
  if (headsRowsNaming(el, words, cache)) return true;
  // (a section titled only for screen readers — `<div role="group" aria-label="同一部署集的实例">` with no visible title —
  // is titled by that name all the same: round forty-nine's related card before the ECS strip gave its 按量付费 and 20 Mbps)
  const group = namedGroupOver(el);
  if (group !== undefined && !(own !== undefined && own.length > 0 && namesOneOf(group, own)) && namesOneOf(group, words)) return true;
  const title = titleOver(el, titles);
  if (!title) return false;
  const text = titleWords(title, cache);
  // (a title naming the page's own record though it holds such a word — the field's `ownUnder` words: a domain's own
  // 域名证书 / 域名注册证书 / Domain Name Certificate sheet, whose 域名持有者 and 到期日期 are the domain's, unlike an SSL 证书
  // card's — titles no other subject: round forty-five's certificate tab)
  // — unless the title, its own words taken out, still names another subject: "域名证书（SSL）", "SSL 域名证书", "域名证书 SSL
  // Certificate" title an SSL certificate's card, whose 到期日期 and 注册商-like issuer were read as the domain's expiry and
  // registrar (invented; session 45's review of round forty-five)
  // — nor when, its own words taken out, it names an offer (the field's `notOwnUnder` words: 免费, 赠送, Free): "免费域名证书"
  // titles a free SSL certificate offered for the domain, whose 到期日期 and issuer were read as the domain's expiry and
  // registrar (invented; session 45's review, left open by 30b0f9c)
  if (own !== undefined && own.length > 0 && namesOneOf(text, own)) {
    // (a bracket after them saying another check is done — 实名认证（邮箱验证已完成）— is the title's note: the card is the real
    // name's, whose state and time had been lost under 邮箱验证; left open by session 49's review of 4963f6e)
    const rest = withoutWords(text, own).replace(DONE_NOTE, ' ');
    if (notOwn !== undefined && notOwn.length > 0 && namesOneOf(rest, notOwn)) return !namesOwnValue(title, el, cache);
    if (!namesOneOf(rest, words)) return false;
  }
  return namesOneOf(text, words) && !namesOwnValue(title, el, cache);
}

/**
 * A title's shown words without those of a link or button in it beside other words — an action the title area offers,
 * "持有者信息 <a>选择持有者</a>" / "<a>更换持有者</a>": the action's words named another subject and the page's own holder was
 * lost (missing; review of 58416fc, session 49). A title that is a link whole keeps its words.
 */
const TITLE_ACTION = 'a, button, [role="button"]';
/**
 * `el` is under a box title (titleOver) whose shown words, a count in brackets aside, are one of `words` whole (a field's
 * `notUnderWhole` words: Email, 邮箱, Phone): a card titled "Email" alone verifying the registrant's e-mail, its
 * Verification Status and Time read as the real name's (invented; left open by session 49's review of 4963f6e). Whole
 * only: "Email" inside a longer title names nothing by itself.
 */
export function underTitleWhole(el: Element, titles: readonly Element[], words: readonly string[], cache?: VisibilityCache): boolean {
  const title = titleOver(el, titles);
  if (!title) return false;
  const key = labelKey(titleWords(title, cache).replace(/\s*[(（]\s*\d+\s*[)）]\s*$/, ''));
  return key !== '' && words.some((w) => labelKey(w) === key);
}

function titleWords(title: Element, cache?: VisibilityCache): string {
  const text = visibleText(title, cache);
  const actions = Array.from(title.querySelectorAll(TITLE_ACTION));
  if (actions.length === 0) return text;
  // (only after the title's own words: a link opening the title — <a>SSL 证书</a>（2） — is the title's name)
  let rest = text;
  for (const a of actions) {
    const words = visibleText(a, cache).trim();
    const at = words === '' ? -1 : rest.indexOf(words);
    if (at > 0 && NOT_BLANK_TEXT.test(rest.slice(0, at))) rest = rest.slice(0, at) + ' ' + rest.slice(at + words.length);
  }
  return NOT_BLANK_TEXT.test(rest) ? rest : text;
}
const NOT_BLANK_TEXT = /[\p{L}\p{N}]/u;

/** `text` with every one of `words` taken out (longest first, case aside; a word's characters may stand apart by spaces). */
function withoutWords(text: string, words: readonly string[]): string {
  let rest = normalizeText(text);
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const chars = Array.from(w.replace(/\s+/g, '')).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (chars.length > 0) rest = rest.replace(new RegExp(chars.join('\\s*'), 'giu'), ' ');
  }
  return rest;
}

/**
 * The name of the innermost section around `el` named for assistive technology (role=group / region, a section, an aside
 * or a fieldset with aria-label or aria-labelledby), or undefined. A name only AT reads titles that section as a visible
 * title would.
 */
const NAMED_SECTION = '[role="group"][aria-label], [role="group"][aria-labelledby], [role="region"][aria-label], [role="region"][aria-labelledby], section[aria-label], section[aria-labelledby], aside[aria-label], aside[aria-labelledby], fieldset[aria-label]';
function namedGroupOver(el: Element): string | undefined {
  const group = el.closest(NAMED_SECTION);
  if (!group) return undefined;
  const by = (group.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const name = by.length > 0 ? by.map((id) => normalizeText(group.ownerDocument.getElementById(id)?.textContent)).join(' ') : normalizeText(group.getAttribute('aria-label'));
  return name !== '' ? name : undefined;
}

/**
 * `title` says again a value shown in its box — a holder's card titled with the holder's name (杭州优惠网络科技有限公司, then
 * 域名持有者 杭州优惠网络科技有限公司): the title is the record's name, no subject, whatever word it holds (its card's fields
 * were all lost; left open by session 43). Looked at only for a title naming a word of the field's list.
 */
export const ORGANISATION_NAME = /(?:公司|工作室|事务所|合伙企业|个体工商户|\b(?:Ltd|Limited|Inc|LLC|Co)\.?)$/i;
function namesOwnValue(title: Element, el: Element, cache?: VisibilityCache): boolean {
  const text = normalizeText(visibleText(title, cache));
  // (an organisation's name only — 有限公司, 工作室, Ltd: a product's name said again in its card, SSL 证书, stays a subject)
  if (!ORGANISATION_NAME.test(text)) return false;
  let box: Element | null = title.parentElement;
  while (box && !box.contains(el)) box = box.parentElement;
  if (!box) return false;
  for (const e of Array.from(box.querySelectorAll('*'))) {
    if (e === title || title.contains(e) || e.contains(title) || e.firstElementChild !== null) continue;
    if (normalizeText(visibleText(e, cache)) === text) return true;
  }
  return false;
}

/** `text` (a title, a cell) names one of `words`: Chinese words anywhere, Latin words whole; an inclusion bracket is a note. */
function namesOneOf(text: string, words: readonly string[]): boolean {
  // (a bracket saying what the box includes is the title's note, not its subject: "云服务器（含云硬盘）", "Instance (incl.
  // data disk)" are the server's — but "资源（数据盘）", "Related (data disk)" name the disk: their bracket is the subject)
  const own = normalizeText(text).replace(BRACKETED, (b) => (INCLUSION_NOTE.test(b) ? ' ' : b));
  const key = labelKey(own);
  if (key === '') return false;
  const latin = own.toLowerCase();
  return words.some((w) => {
    const k = labelKey(w);
    if (k === '') return false;
    // (a Latin word whole, a plural too — not a piece of a name: "ssl-gateway-01", "snapshot_worker", "DNSPod", "dns.node-3")
    return /[a-z]/i.test(w) ? latinWord(w).test(latin) : key.includes(k);
  });
}

const BRACKETED = /[(（][^()（）]*[)）]/g;
/**
 * A bracket opening with an inclusion word (含, 包含, 包括, 内含, incl., including): a note of what the box also holds — or
 * with its negation (不含, 不包括, 未含, excl., excluding, without): a note of what it leaves out. Either way the box is
 * not the named subject's.
 */
/** A bracket saying a step is done: （邮箱验证已完成）, （手机已验证）, (email verified). */
const DONE_NOTE = /[(（][^()（）]{0,20}(?:已完成|已通过|已验证|已认证|completed|passed|verified|done)\s*[)）]/gi;
export const INCLUSION_NOTE = /^[(（]\s*(?:(?:不|未)?(?:含|包含|包括)|内含|incl\.?|including|excl\.?|excluding|without)/i;

const COLUMN_HEADER = 'thead th, [role="columnheader"]';
const TABLE = 'table, [role="grid"], [role="table"], [role="treegrid"]';
const BODY_CELL = 'td, [role="gridcell"], [role="cell"]';
/** A cell naming a resource kind is short and holds no figure ("负载均衡", "流量包", "弹性公网IP" — not "47.98.10.21 弹性公网IP"). */
const MAX_KIND_CELL = 12;
const FIGURE = /\d/;

/**
 * `el` is a column header (a `<th>` in a `<thead>`, an ARIA columnheader) of a table whose rows name another subject in a
 * cell of their own — a one-row table titled 已绑定资源 under a server's fields: 资源类型 | 带宽 | 到期时间 over 负载均衡 |
 * 5120Mbps | 2027-03-01 —: the cells under it are that subject's, as under a box titled for it. (A split header — Fusion's
 * header table apart from its body table — is looked at from the box holding both.)
 */
function headsRowsNaming(el: Element, words: readonly string[], cache?: VisibilityCache): boolean {
  try {
    if (!el.closest(COLUMN_HEADER)) return false;
    let scope: Element | null = el.closest(TABLE);
    for (let up = 0; scope && up < 3 && !scope.querySelector(BODY_CELL); up++) scope = scope.parentElement;
    if (!scope) return false;
    let heads: Map<number, string> | undefined;
    for (const cell of Array.from(scope.querySelectorAll(BODY_CELL))) {
      if (cell.querySelector(BODY_CELL)) continue;
      const text = visibleText(cell, cache).replace(BRACKETED, ' ').trim();
      if (text === '' || text.length > MAX_KIND_CELL || FIGURE.test(text)) continue;
      if (!namesOneOf(text, words)) continue;
      // (a cell under a column that names such a subject itself — 系统盘 | 高性能云硬盘, 系统盘类型 | 高效云盘 — is that
      // column's value, an attribute of the row's own subject; only a cell whose column names none names the row's subject)
      heads ??= columnHeads(scope, cache);
      const head = heads.get(columnOf(cell));
      if (head !== undefined && namesOneOf(head, words)) continue;
      return true;
    }
  } catch {
    // none
  }
  return false;
}
/** The text of each column's header in `scope` (the last header row's cell over each column). */
function columnHeads(scope: Element, cache?: VisibilityCache): Map<number, string> {
  const out = new Map<number, string>();
  const cells = Array.from(scope.querySelectorAll(COLUMN_HEADER));
  const rows: Element[] = [];
  for (const c of cells) if (c.parentElement && !rows.includes(c.parentElement)) rows.push(c.parentElement);
  const placed = placeCells(rows, new Map<Element, number>());
  for (const c of cells) out.set(placed.get(c) ?? indexInRow(c), visibleText(c, cache));
  return out;
}
/** A body cell's column: its place in its table section's rows (row and column spans counted), or its index in its row. */
function columnOf(cell: Element): number {
  const row = cell.parentElement;
  const section = row?.parentElement;
  if (!row || !section || !/^T[HD]$/i.test(cell.tagName)) return indexInRow(cell);
  const rows = Array.from(section.children).filter((r) => r.tagName.toUpperCase() === 'TR');
  return placeCells(rows, new Map<Element, number>()).get(cell) ?? indexInRow(cell);
}
const indexInRow = (cell: Element): number => (cell.parentElement ? Array.from(cell.parentElement.children).indexOf(cell) : -1);
const latinWords = new Map<string, RegExp>();
function latinWord(w: string): RegExp {
  let re = latinWords.get(w);
  if (!re) {
    const body = normalizeText(w).toLowerCase().split(/\s+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
    re = new RegExp(`(?<![a-z0-9._-])${body}(?:e?s)?(?![a-z0-9._-])`, 'i');
    latinWords.set(w, re);
  }
  return re;
}

/**
 * `afterItemNaming(label, value, words)`: the field item just before this label's (in the same form or list) is
 * labelled with one of `words` — "DNS 解析套餐 专业版" right above "有效期至 2026/08/01": a label naming no subject of its
 * own (a validity, ../reading-model's caller decides which) then tells that item's subject's date, as a box's title would.
 * The item is the nearest ancestor of the label holding the value; the one before is its previous shown sibling (its
 * first element child the label), or — label and value side by side in a flat run of pairs (dt / dd) — the label two
 * elements before. That item's label must end with the word (its head: DNS 解析套餐, SSL 证书, DNS Plan); one holding it
 * only inside (套餐状态, DNS 服务器, 隐私保护: an attribute) passes the look to the item before it, and so does one whose
 * label holds a word of `through` (the field's `not` words: 自动续费, 到期提醒 — a setting of the subject above it, the plan's
 * 自动续费 between the plan and its 有效期至; the domain's own 自动续费 after 持有人 still ends the look there). Pure; never throws.
 */
export function afterItemNaming(
  label: Element,
  value: Element | string,
  words: readonly string[] | undefined,
  cache?: VisibilityCache,
  through: readonly string[] | undefined = [],
): boolean {
  if (!words || words.length === 0 || typeof value === 'string') return false;
  try {
    let item: Element | null = label.parentElement;
    while (item && !item.contains(value)) item = item.parentElement;
    if (!item) return false;
    const keys = words.map((w) => labelKey(w)).filter((k) => k !== '');
    const passed = (through ?? []).map((w) => labelKey(w)).filter((k) => k !== '');
    // (the item before, then — while that one's label holds such a word only inside it, an attribute of a subject or of
    // the page's own record: 套餐状态, DNS 服务器, 隐私保护 — the one before it: the label naming the subject ends with
    // its word, as a Chinese or English compound ends with its head: DNS 解析套餐, SSL 证书, DNS Plan)
    const flat = label.parentElement === item && item.children.length > 2;
    let own: Element = label;
    while (own.parentElement && own.parentElement !== item) own = own.parentElement;
    const index = Array.from(item.children).indexOf(own);
    let at: Element = flat ? label : item;
    for (let step = 0; step < MAX_ITEMS_BACK; step++) {
      let before: Element | null | undefined;
      if (flat) {
        before = at.previousElementSibling?.previousElementSibling;
        if (before) at = before;
      } else {
        let prev = at.previousElementSibling;
        while (prev && !isVisible(prev, cache)) prev = prev.previousElementSibling;
        if (!prev || prev.children.length < 2) return false;
        before = prev.children[index] ?? prev.firstElementChild;
        at = prev;
      }
      if (!before) return false;
      const key = labelKey(normalizeText(visibleText(before, cache)));
      if (key === '' || key.length > MAX_TITLE) return false;
      if (keys.some((k) => key.endsWith(k))) return true;
      // (… or an item whose label holds a word the field is not — 自动续费, 到期提醒: a setting of whatever subject is above it)
      if (!keys.some((k) => key.includes(k)) && !passed.some((k) => key.includes(k))) return false;
    }
    return false;
  } catch {
    return false;
  }
}
const MAX_ITEMS_BACK = 6;

/**
 * `el` (a label) is a cell of a row — its box, or the box its lone-child boxes make, among 2 to 12 siblings —
 * another cell of which names another subject's id or name (a `notUnder` word, folded by labelKey, then ID / 名称 / name: 云硬盘ID, Snapshot ID):
 * the row heads that subject's columns.
 */
export function rowNamesOtherId(el: Element, other: readonly string[], own: readonly string[]): boolean {
  let cell: Element = el;
  for (let i = 0; i < 2 && cell.parentElement && cell.parentElement.childElementCount === 1; i++) cell = cell.parentElement;
  const row = cell.parentElement;
  if (!row || row.childElementCount < 2 || row.childElementCount > 12) return false;
  for (const sibling of Array.from(row.children)) {
    if (sibling === cell) continue;
    const key = labelKey(normalizeText(sibling.textContent));
    if (key.length > 24 || !OTHER_ID_END.test(key)) continue;
    if (other.some((w) => key.includes(w)) && !own.some((w) => key.includes(w))) return true;
  }
  return false;
}
const OTHER_ID_END = /(?:id|编号|名称|name)$/i;

/** How deep the innermost box holding both `a` and `b` sits (its count of ancestors): the nearer two boxes, the deeper; -1 if none. */
export function sharedBoxDepth(a: Element, b: Element): number {
  let box: Element | null = a;
  while (box && !box.contains(b)) box = box.parentElement;
  if (!box) return -1;
  let depth = 0;
  for (let e = box.parentElement; e; e = e.parentElement) depth++;
  return depth;
}
