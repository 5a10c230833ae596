import type { DomainFacts, PageFacts } from '../../facts/schema';
import { descriptionsOf } from '../dom/field';
import { idContainers } from '../dom/id-containers';
import { isVisible } from '../dom/visibility';
import { parseDate, expiryDate } from '../dom/parse-date';
import { exactLabels, type PageModel } from '../dom/reading-model';
import { normalizeText } from '../dom/normalize-label';
import { visibleText } from '../dom/visible-text';
import { elementKind } from '../dom/units';
import type { Reader } from '../types';
import { pictographName } from '../dom/pictograph';
import { domainFromText, isRealNameToken, maskedIdNumber, meaningful, realNameFromText, registrantNameOf, wholeName } from '../shared/text-values';
import { shownValue, tencentPage, valueOf, valueTextOf } from './common';
import { domainStatusTokens, isTencentDomainUrl } from './domain-list';
import { tencentLabels } from './labels';
import { verifiedOnIn } from '../shared/verified-on';

/**
 * Tencent Cloud domain console, one domain's information (基本信息 / 实名认证 tabs): domain,
 * 注册商, 到期时间, 域名状态, 域名所有者 (the status tag beside it is not part of the name), 证件类型,
 * masked 证件号码, 实名认证状态 and 认证时间.
 *
 * Test URLs: https://console.cloud.tencent.com/domain/info?domain=zhangsan-blog.cn
 *            https://console.cloud.tencent.com/domain/all-domain/all/info?domain=moumou-tech.com
 */

export const DOMAIN_INFO_FIELDS = tencentLabels.group('domain-info', ['domain', 'registrar', 'owner', 'idType', 'idNumber', 'realName', 'realNameTime', 'expires', 'status'] as const);

/** The page title when it is a domain name (the redesign shows the domain only there). */
function headingDomain(page: PageModel): string | undefined {
  for (const s of page.sections()) {
    if (s.level > 2) continue;
    const first = page.units(s.el)[0]?.text;
    const d = first ? domainFromText(first) : undefined;
    if (d && first && first.toLowerCase() === d) return d;
  }
  return undefined;
}

/** The domain a URL names: a path segment that is one (/domain/info/<domain>) or ?domain=<domain>. */
function urlDomain(url: URL | undefined): string | undefined {
  if (!url) return undefined;
  const named = (s: string | null): string | undefined => {
    let text = s ?? '';
    try {
      text = decodeURIComponent(text);
    } catch {
      // as written
    }
    text = text.trim().toLowerCase();
    // (the whole segment a name: its labels those of the name found, punycode ones given in Unicode)
    const d = /^[\p{L}\p{N}.-]+$/u.test(text) ? domainFromText(text) : undefined;
    return d !== undefined && d.split('.').length === text.split('.').length ? d : undefined;
  };
  for (const p of url.pathname.split('/')) {
    const d = named(p);
    if (d) return d;
  }
  return named(url.searchParams.get('domain'));
}

/** How many body cells of the page's tables are looked at for a domain (a detail page's few tables). */
const MAX_CELLS = 400;

/** Second-level labels under which a country's names are registered (mou-tea.com.cn, example.co.uk). */
const SECOND_LEVELS = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'co']);
/** A name one registers (lin-tea.com, mou-tea.com.cn), not a host under one (f1g1ns1.dnspod.net, www.lin-tea.com). */
function registrable(domain: string): boolean {
  const parts = domain.split('.');
  return parts.length === 2 || (parts.length === 3 && SECOND_LEVELS.has(parts[1]!));
}

/**
 * Domains a table's body cell shows as its whole text: a table of domains (its column headed 名称 / 其他域名 / 推荐域名, no
 * 域名 label to read it by) — each row that domain's record, as a 域名 value is. Registrable names only: a DNS server's
 * host name in a table of the domain's own (f1g1ns1.dnspod.net) is no other domain's record.
 */
function tableCellDomains(page: PageModel): string[] {
  const out: string[] = [];
  const cells = Array.from(page.root.querySelectorAll('td, [role="gridcell"], [role="cell"]')).slice(0, MAX_CELLS);
  for (const cell of cells) {
    const text = normalizeText(page.cellText(cell)).toLowerCase();
    const d = text === '' ? undefined : domainFromText(text);
    if (d !== undefined && d === text && registrable(d) && namesRowDomain(cell) && isVisible(cell, page.cache)) out.push(d);
  }
  return out;
}

/** How many links of the page are looked at for a domain (a panel of recent / starred domains has a few). */
const MAX_LINKS = 200;

/**
 * Domains a link shows as its whole text: a panel of the account's other domains (已收藏的域名, 最近访问, 同一所有者的其他
 * 域名 — "lanting.cn 所有者：陈兰亭 · 2027-03-03 到期", round forty-six) lists each by a link, its notes beside it that
 * domain's, as a table cell's whole text names a row's record (tableCellDomains). Registrable names only.
 */
function linkDomains(page: PageModel, own: string): string[] {
  const out: string[] = [];
  for (const a of Array.from(page.root.querySelectorAll('a')).slice(0, MAX_LINKS)) {
    const text = normalizeText(a.textContent ?? '').toLowerCase();
    const d = text === '' ? undefined : domainFromText(text);
    if (d === undefined || d !== text || !isVisible(a, page.cache)) continue;
    if (registrable(d)) out.push(d);
    // (a link to another domain's www host — "www.lanting.cn 所有者：陈兰亭" in the panel — names that domain's record too: its
    // owner was read as the page's when the page showed none; session 45's review. The page's own www host names nothing)
    else if (d.startsWith('www.') && registrable(d.slice(4)) && d.slice(4) !== own) out.push(d);
  }
  return out;
}

/** How many text runs of the page are looked at for a domain shown as plain text (a detail page's few hundred). */
const MAX_TEXTS = 2000;
/** Where a domain shown as plain text names no item's record: a table's cell (tableCellDomains), a link (linkDomains), a heading, a control. */
const NOT_AN_ITEM_NAME = 'a, td, th, [role="gridcell"], [role="cell"], [role="columnheader"], h1, h2, h3, h4, h5, h6, [role="heading"], label, button, input, textarea, select, option';

/**
 * Domains shown as plain text (no link) opening an item: a panel of the account's other domains drawn with spans —
 * "<li><span>lanting.cn</span> <span>所有者：陈兰亭 · 2027-03-03 到期</span></li>" — names that domain's record as its link
 * does (linkDomains): its owner was read as the page's when the page showed none (invented; session 45's review, left
 * open by 52643c2). The domain must be a text run's whole text and open the nearest box holding more than it (the item),
 * so a value beside a label (域名 yunfan.cn), a DNS server's host (f1g1ns1.dnspod.net: not registrable) and a domain in a
 * sentence name nothing; the page's own name, and its www host, name nothing.
 */
function textDomains(page: PageModel, own: string): string[] {
  const out: string[] = [];
  try {
    const walker = page.root.ownerDocument.createTreeWalker(page.root, 4);
    let n = walker.nextNode();
    for (let i = 0; n && i < MAX_TEXTS; i++, n = walker.nextNode()) {
      const text = normalizeText(n.nodeValue ?? '').toLowerCase();
      if (text === '' || text.length > 80 || !/\./.test(text)) continue;
      const d = domainFromText(text);
      if (d === undefined || d !== text || d === own || d === `www.${own}`) continue;
      const name = registrable(d) ? d : d.startsWith('www.') && registrable(d.slice(4)) ? d : undefined;
      const parent = n.parentElement;
      if (name === undefined || !parent || parent.closest(NOT_AN_ITEM_NAME) || !isVisible(parent, page.cache)) continue;
      let item: Element | null = parent;
      while (item && item !== page.root && normalizeText(visibleText(item, page.cache)).toLowerCase() === d) item = item.parentElement;
      if (!item || item === page.root) continue;
      const itemText = normalizeText(visibleText(item, page.cache)).toLowerCase();
      if (itemText.startsWith(d) && !/^[\p{L}\p{N}.-]/u.test(itemText.slice(d.length))) out.push(name);
    }
  } catch {
    // partial
  }
  return out;
}

/**
 * The cell names its row's domain: the row's first cell, under a column headed for a domain's name (其他域名, 名称, 推荐域名,
 * Domain) or under no header — not a record's value (记录值 tea-cdn.com), a DNS server (dnspod.net), a mail domain (联系邮箱
 * 域名 qq.com): those took the domain's own card, and its expiry, as another domain's (missing; session 44's review).
 */
function namesRowDomain(cell: Element): boolean {
  const row = cell.parentElement;
  if (!row) return false;
  const cells = Array.from(row.children);
  if (cells[0] !== cell) return false;
  const table = cell.closest('table, [role="table"], [role="grid"]');
  const head = table?.querySelector('thead th, [role="columnheader"]');
  const title = normalizeText(head?.textContent ?? '');
  return title === '' || (DOMAIN_COLUMN.test(title) && !NOT_DOMAIN_COLUMN.test(title));
}
const DOMAIN_COLUMN = /域名|名称|domain|name/i;
const NOT_DOMAIN_COLUMN = /服务器|server|邮箱|mail|记录|record|解析|dns/i;

/**
 * Labels outside the records of other domains: a domain this page is not about, shown as a 域名 value (a table of the
 * account's other domains under the page's fields — with one row, its header is read as a label over its value), holds
 * in the largest box showing it and not this page's domain the values of that domain, none of this one's
 * (as a CVM detail keeps out the boxes of other instances). The page's domain: the one the URL names, else the
 * heading's, else the first 域名 value.
 */
function ownRecord(page: PageModel, url: URL | undefined): ((label: Element, value?: Element | string) => boolean) | undefined {
  const shown = [...new Set(page.fields(DOMAIN_INFO_FIELDS.domain).map((r) => domainFromText(r.text)).filter((d): d is string => d !== undefined))];
  const own = urlDomain(url) ?? headingDomain(page) ?? shown[0];
  if (own) for (const d of [...tableCellDomains(page), ...linkDomains(page, own), ...textDomains(page, own)]) if (!shown.includes(d)) shown.push(d);
  const others = shown.filter((d) => d !== own);

  if (!own || others.length === 0) return undefined;
  const escape = (d: string) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = new RegExp(`(?<![a-z0-9.-])(?:${[own, ...others].map(escape).join('|')})(?![a-z0-9-]|\\.[\\p{L}\\p{N}])`, 'giu');
  // (a domain named in a hint's sentence — "Renewing together with x.cn (expires Jan 3, 2027) saves 10%" under the page's
  // expiry — makes no box of that domain's record: its box had taken the page's own expiry card; round forty-nine)
  const boxes = idContainers(page.root, names, page.cache, (x) => x.toLowerCase(), inHelpText)
    .filter((c) => c.id !== own && c.container !== page.root)
    .map((c) => c.container);
  if (boxes.length === 0) return undefined;
  // (a field found in running text — "所有者：陈兰亭 · 2027-03-03 到期" beside a starred domain's link — has the page's root
  // for its label: its value text inside one of the boxes is that box's record's, round forty-six)
  const boxText = boxes.map((box) => normalizeText(visibleText(box, page.cache)));
  return (label, value) =>
    !boxes.some((box) => box.contains(label)) &&
    !(label === page.root && typeof value === 'string' && normalizeText(value) !== '' && boxText.some((t) => t.includes(normalizeText(value))));
}

/** `at` is in a hint or help text (a class naming it: hint, extra, help, tip — ../dom/units elementKind), three levels up at most. */
function inHelpText(at: Element): boolean {
  let e: Element | null = at;
  for (let i = 0; e && i < 3; i++, e = e.parentElement) if (elementKind(e) === 'help') return true;
  return false;
}

export function readTencentDomainInfo(doc: Document, url?: URL): PageFacts | null {
  const page = tencentPage(doc);
  if (!page) return null;
  const L = DOMAIN_INFO_FIELDS;
  const keep = ownRecord(page, url);
  const f = (k: keyof typeof L) => meaningful(valueTextOf(page, L[k], undefined, keep));
  const owner = registrantNameOf(f('owner'), exactLabels(DOMAIN_INFO_FIELDS.owner));
  const registrar = wholeName(f('registrar'));
  const idType = f('idType');
  const idNumber = maskedIdNumber(f('idNumber'));
  const realNameRead = valueOf(page, L.realName, undefined, keep);
  const realNameText = shownValue(page, realNameRead);
  const expiresAt = expiryDate(f('expires'));
  // One domain's key/value page: its owner, registrar, real-name or expiry is shown.
  if (!owner && !registrar && !realNameText && !expiresAt && !idNumber) return null;
  const domain = domainFromText(f('domain')) ?? headingDomain(page);
  if (!domain) return null;
  // (a page whose URL names its domain showing another as the 域名 — its own card failed, 域名信息获取失败, and a 推荐域名 /
  // 最近操作 card of other domains beside it was read, b3b6df4 taking the failure for that card's: session 44 reva — shows
  // that domain's values, none of this one's)
  const named = urlDomain(url);
  if (named !== undefined && domain.toLowerCase() !== named) return null;
  const facts: DomainFacts = { domain };
  if (registrar) facts.registrar = registrar;
  if (owner) facts.registrantName = owner;
  if (idType) facts.registrantIdType = idType;
  if (idNumber) facts.registrantIdNumber = idNumber;
  // (a pictograph alone, ✅, says it in the name the page gives it: ../dom/pictograph)
  let verified = realNameFromText(realNameText) ?? realNameFromText(pictographName(realNameRead?.value, page.cache));
  if (verified === undefined && realNameText === undefined) {
    // no real-name field: the status drawn as a tag beside the owner's name (周林 <tag>已实名认证</tag>)
    const tags = page.fields(L.owner).filter((r) => !keep || keep(r.label)).flatMap((r) => r.statuses);
    verified = realNameFromText(tags.find(isRealNameToken));
  }
  if (verified !== undefined) facts.realNameVerified = verified;
  const verifiedAt = verified === true ? (parseDate(f('realNameTime')) ?? verifiedOnIn(realNameText, exactLabels(L.realNameTime))) : undefined;
  if (verifiedAt) facts.realNameVerifiedAt = verifiedAt;
  if (expiresAt) facts.expiresAt = expiresAt;
  const statusRead = valueOf(page, L.status, undefined, keep);
  if (statusRead) {
    // (a term with several descriptions, one status each: every shown one)
    const values = typeof statusRead.value === 'string' ? [statusRead.value] : descriptionsOf(statusRead.value).filter((v) => isVisible(v, page.cache));
    const status = [...new Set(values.flatMap((v) => domainStatusTokens(page, v)))];
    if (status.length > 0) facts.status = status;
  }
  return { version: 1, domains: [facts] };
}

export const tencentDomainInfoReader: Reader = {
  id: 'tencent-domain-info',
  family: 'tencent',
  kind: 'detail',
  matchesUrl: isTencentDomainUrl,
  read: (doc, url) => {
    try {
      return readTencentDomainInfo(doc, url);
    } catch {
      return null;
    }
  },
};
