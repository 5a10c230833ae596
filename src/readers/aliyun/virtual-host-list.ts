import type { PageFacts, ServerFacts } from '../../facts/schema';
import { parseRegion } from '../dom/parse-region';
import { readTableDetailed } from '../dom/table';
import { readFieldFrom, readFieldText } from '../dom/field';
import { createVisibilityCache, isVisible, type VisibilityCache } from '../dom/visibility';
import { valueText, valueWithTagsText } from '../dom/units';
import { visibleText } from '../dom/visible-text';
import { normalizeText } from '../dom/normalize-label';
import { billingFromText, cellIdWithButton, expiryFromText, isLoading } from './server-values';
import { instanceIdFromText, pageError, pageLoading } from './filing-values';
import type { Reader } from '../types';
import domainLabelFile from '../../../rules/labels/aliyun/domain.json';
import { aliyunFamilyLabels } from './labels';
import { noteRow } from '../dom/read-session';
import { mergeRepeated } from '../shared/repeated-records';

const domainLabels = aliyunFamilyLabels(domainLabelFile);

/**
 * Virtual host (云虚拟主机) list on the 万网 hosting console: host id, region, expiry, billing when a
 * billing column is shown. Every row is `product: 'virtual-host'`; the page must say it lists
 * virtual hosts (a heading, a title-classed element such as antd's page header title, the selected tab, or the
 * product column).
 *
 * Test URLs: https://netcn.console.aliyun.com/core/host/list2
 */

/** An expiry column's header naming the opening date first: 开通时间/到期时间, 购买/到期, Creation Time/Expiration Time. */
const OPENING_FIRST = /^(?:开通|购买|创建|激活|purchase|creation|created|activation|activated|opened)[^/／]*[/／]/i;

export const VIRTUAL_HOST_COLUMNS = domainLabels.labels('virtual-host-list', ['id', 'product', 'region', 'expiry', 'billing'] as const);

// (Web Hosting: the product's English name on Alibaba Cloud's English console — "Hosts - Web Hosting", a "Shared Web
// Hosting · Basic" product cell; round fifty-five's English variant of the host list read nothing)
const VIRTUAL_HOST = /虚拟主机|virtual host|web hosting/i;
/** The elements that name what a page shows, in place of its document's title. */
const PAGE_HEADINGS = 'h1, h2, h3, h4, [role="heading"], [role="tab"][aria-selected="true"]';

export function readVirtualHostList(doc: Document): PageFacts | null {
  const cache = createVisibilityCache();
  const body = doc.body;
  if (!body) return null;
  const table = readTableDetailed(body, VIRTUAL_HOST_COLUMNS, cache);
  // (the selected tab names what its panel lists: 共享虚拟主机 — where no class says which box is the page's title)
  const headings = Array.from(body.querySelectorAll('h1, h2, h3, h4, [role="heading"], [class*="title"], nav a, [aria-current], [role="tab"][aria-selected="true"]'));
  // (or the document's title, the name the browser's tab shows: an older console draws its heading in no heading
  // element — <center><b><font size="3">主机列表</font></b></center> — and names the product in its title, 云虚拟主机管理)
  // — only where no heading element of the page names what it shows: a single-page console keeps the title of the route it
  // came from, and its database or mailbox list under a heading (or a selected tab) of its own is no host list
  const headingSays = () =>
    headings.some((h) => isVisible(h, cache) && VIRTUAL_HOST.test(visibleText(h, cache))) ||
    (VIRTUAL_HOST.test(doc.title ?? '') && !Array.from(body.querySelectorAll(PAGE_HEADINGS)).some((h) => isVisible(h, cache) && visibleText(h, cache).trim() !== ''));
  if (!table || !table.columns.includes('id') || table.columns.length < 2) {
    if (!headingSays() || pageError(body, cache) || pageLoading(body, cache)) return null;
    const cards = readHostCards(body, cache);
    return cards.length > 0 ? { version: 1, servers: cards } : null;
  }
  const saysVirtualHost = headingSays() || table.rows.some(({ cells }) => VIRTUAL_HOST.test(valueText(cells.product, cache)));
  if (!saysVirtualHost) return null;
  if (pageError(body, cache)) return null;
  // (a loading mask over the shown rows: the list is being fetched again, as on the ECS list — read after the load)
  if (table.table.closest('[aria-busy="true"]') || (table.rows.length === 0 && pageLoading(body, cache)) || isLoading(table.table, cache)) return null;

  const servers: ServerFacts[] = [];
  // (a host over two rows — its id cell spanning them: one record, read from its first row; a copy of a row
  // elsewhere, pinned to the top, has an id cell of its own)
  const idCells = new Set<Element>();
  const openingFirst = OPENING_FIRST.test(normalizeText(visibleText(table.headers.expiry, cache)));
  for (const { row, cells } of table.rows) {
    if (cells.id && idCells.has(cells.id)) continue;
    if (cells.id) idCells.add(cells.id);
    // (the host id drawn as a text button — antd's `<Button type="link">` around bdm… — is read as an action, and the cell's
    // value was the host name under it, hmu…, taken for the id: round fifty-eight's variants, a wrong id. The id drawn so,
    // shown before the value's id, is the row's: server-values cellIdWithButton)
    const id = cellIdWithButton(cells.id, cache, instanceIdFromText, table.headers.id);
    if (!id) continue;
    const product = cells.product ? valueText(cells.product, cache) : '';
    // A row of another product (a database, a mailbox) on the same console is not a virtual host.
    if (product !== '' && /数据库|邮箱|database|mail/i.test(product) && !VIRTUAL_HOST.test(product)) continue;
    const server: ServerFacts = { id, provider: 'aliyun', product: 'virtual-host' };
    const region = parseRegion(valueText(cells.region, cache));
    if (region) server.region = region;
    // (a cell may show the opening date too: "2025/12/01 开通 / 2026/12/01 到期" — the date called the expiry)
    // (a column headed opening date first, 开通时间/到期时间 — its cell may show the opening date alone, "2026-03-18 / -": only a
    // date its words call the expiry; by place it was read as the expiry, invented — session 51)
    const expiry = expiryFromText(valueText(cells.expiry, cache), !openingFirst);
    if (expiry) server.expiresAt = expiry;
    const billing = billingFromText(valueWithTagsText(cells.billing, cache));
    if (billing) server.billing = billing;
    if (!servers.some((s) => s.id === id)) noteRow(id, row);
    servers.push(server);
  }
  // (a host pinned to the top is shown again in its place: one host — its id read without regard to case, as the
  // console matches ids: BDM830115002 in the pinned copy is the host bdm830115002)
  return servers.length > 0 ? { version: 1, servers: mergeRepeated(servers, (s) => s.id.toLowerCase(), ['id']) } : null;
}

/**
 * Card view: one card per host, each with labelled fields (实例ID, 地域, 到期时间 …). A card is the
 * largest element around its id label that holds no other host's id label; two cards at least (one
 * is a host's own page).
 */
function readHostCards(body: Element, cache: VisibilityCache): ServerFacts[] {
  const L = VIRTUAL_HOST_COLUMNS;
  const hosts: Array<{ id: string; label: Element }> = [];
  for (const hit of readFieldFrom(body, L.id, cache)) {
    const text = typeof hit.value === 'string' ? hit.value : visibleText(hit.value, cache);
    const id = instanceIdFromText(text);
    // the id field itself (实例ID bdm…), not a title whose "value" is a whole card
    if (id && text.length <= id.length + 24 && !hosts.some((h) => h.id === id)) hosts.push({ id, label: hit.label });
  }
  if (hosts.length < 2) return [];
  const servers: ServerFacts[] = [];
  for (const { id, label } of hosts) {
    let card: Element = label;
    while (card.parentElement && card.parentElement !== body && !hosts.some((h) => h.label !== label && card.parentElement!.contains(h.label))) card = card.parentElement;
    const server: ServerFacts = { id, provider: 'aliyun', product: 'virtual-host' };
    const region = parseRegion(readFieldText(card, L.region, cache));
    if (region) server.region = region;
    const expiry = expiryFromText(readFieldText(card, L.expiry, cache), true);
    if (expiry) server.expiresAt = expiry;
    const billing = billingFromText(readFieldText(card, L.billing, cache));
    if (billing) server.billing = billing;
    servers.push(server);
  }
  return servers;
}

export const virtualHostListReader: Reader = {
  id: 'aliyun-virtual-host-list',
  family: 'domain',
  kind: 'list',
  matchesUrl: (url) => /^netcn\.console\.aliyun\.com$/.test(url.hostname),
  read: (doc) => {
    try {
      return readVirtualHostList(doc);
    } catch {
      return null;
    }
  },
};
