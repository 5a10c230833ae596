import type { PageFacts, ServerFacts } from '../../facts/schema';
import { idContainers, idElement } from '../dom/id-containers';
import { opensWithUpgradeCeiling, parseBandwidth, parsePublicBandwidth } from '../dom/parse-bandwidth';
import { parseDate, type DateOrder, expiryDate } from '../dom/parse-date';
import type { PageModel } from '../dom/reading-model';
import type { Reader } from '../types';
import { isTencentConsole, pathUnder, pickerRegion, releasedCard, shownIp, shownText, shownValue, tencentPage, valueOf, valueTextOf } from './common';
import { SERVER_DETAIL_FIELDS } from './cvm-instance-detail';
import { tencentLabels } from './labels';
import { columnDateOrder, groupRegionsOf } from './list-context';
import { addressKind, billingBeforeDate, billingCellExpiry, billingFromText, firstDateNamesOther, releasedState, tencentData, tencentRegion, tencentRegionAlone } from './values';
import { idOfOtherResource } from '../shared/text-values';
import { noteRow } from '../dom/read-session';
import { mergeRepeated } from '../shared/repeated-records';

/**
 * Tencent Cloud Lighthouse (轻量应用服务器) instance list, list view or card view: one server per
 * row or card — id (lhins-…), region, expiry (到期时间), public bandwidth (the Mbps of the plan; 0
 * when only a private address is shown).
 *
 * Test URLs: https://console.cloud.tencent.com/lighthouse/instance/index?rid=8
 *            https://console.tencentcloud.com/lighthouse/instance/index?rid=9
 */

export const LIGHTHOUSE_LIST_COLUMNS = tencentLabels.group('lighthouse-list', ['id', 'status', 'region', 'zone', 'config', 'ip', 'expires', 'billing', 'createdAt', 'bandwidth'] as const);

const LH_ID = /(?<![a-z0-9-])lhins-[a-z0-9]{8}(?![a-z0-9])/i;

export function isLighthouseListUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/lighthouse']) && !/\/detail\b/.test(url.pathname);
}

/** One Lighthouse instance from the texts a row or card shows (pure). */
export function lighthouseServer(id: string, t: { region?: string; config?: string; ip?: string; expires?: string; billing?: string; created?: string; bandwidth?: string }, dates?: { expires?: DateOrder; created?: DateOrder }): ServerFacts {
  const server: ServerFacts = { id, provider: 'tencent', product: 'lighthouse' };
  // (no billing column: the mode the 到期时间 cell writes above its date, round sixty-eight: ./values billingBeforeDate)
  const cellMode = t.billing === undefined ? billingBeforeDate(t.expires) : undefined;
  const billing = billingFromText(t.billing) ?? cellMode;
  if (billing) server.billing = billing;
  const createdAt = parseDate(t.created, dates?.created);
  if (createdAt) server.createdAt = createdAt;
  const region = tencentRegion(t.region);
  if (region) server.region = region;
  // (no expiry column: the "…到期" line under the billing mode, as the CVM list reads it)
  // (a cell whose first date another resource's words name, "2026-06-01（数据盘）", shows no expiry of the instance: ./values)
  // (the cell's own mode pay-as-you-go — "按量计费 / 2026-05-20 14:31:08 创建": no term, its date no expiry, as the CVM detail
  // holds; session 51's review of ff3ccc9: the creation was read as the expiry, invented)
  const expiresAt = cellMode === 'payg' ? undefined : (firstDateNamesOther(t.expires) ? undefined : expiryDate(t.expires, dates?.expires)) ?? billingCellExpiry(t.billing, billing);
  if (expiresAt) server.expiresAt = expiresAt;
  if (addressKind(t.ip) === 'private') server.publicBandwidthMbps = 0;
  else {
    // (a bandwidth cell saying only what it may be raised to, "最高可升级至 100Mbps", shows none: ../dom/parse-bandwidth)
    const mbps = (opensWithUpgradeCeiling(t.bandwidth) ? undefined : parsePublicBandwidth(t.bandwidth)) ?? parsePublicBandwidth(t.config);
    if (mbps !== undefined) server.publicBandwidthMbps = mbps;
  }
  return server;
}

function fromGrid(page: PageModel): ServerFacts[] | undefined {
  const grid = page.grid(LIGHTHOUSE_LIST_COLUMNS);
  if (!grid || !grid.columns.includes('id') || grid.columns.length < 2) return undefined;
  const servers: ServerFacts[] = [];
  // a list grouped by region (group rows, a tree table's parent rows) names the region above its rows
  const grouped = grid.columns.includes('region') ? undefined : groupRegionsOf(page, grid.rows);
  // a column writes its dates one way: 07/04/2027 under 03/25/2027 is month first
  const dates = { expires: columnDateOrder(page, grid.rows, 'expires'), created: columnDateOrder(page, grid.rows, 'createdAt') };
  // (an instance over two rows — its id cell spanning them, the public then the private IP: one record, read from its
  // first row; a copy of a row elsewhere, pinned to the top, has an id cell of its own)
  const idCells = new Set<Element>();
  for (const { row, cells } of grid.rows) {
    if (cells.id && idCells.has(cells.id)) continue;
    if (cells.id) idCells.add(cells.id);
    const id = LH_ID.exec(page.visibleText(cells.id))?.[0]?.toLowerCase();
    if (!id) continue;
    // (a row whose 状态 says its instance is destroyed — 已销毁, greyed, still listed — is no server: round forty-eight)
    if (releasedState(page.cellText(cells.status))) continue;
    if (!servers.some((s) => s.id === id)) noteRow(id, row);
    const region = [page.cellText(cells.region), page.cellText(cells.zone)].filter(Boolean).join(' | ') || grouped?.get(row);
    servers.push(
      lighthouseServer(id, {
        region,
        config: page.cellText(cells.config),
        ip: shownIp(page, cells.ip),
        expires: page.cellText(cells.expires),
        billing: page.cellText(cells.billing),
        created: page.cellText(cells.createdAt),
        bandwidth: page.cellText(cells.bandwidth),
      }, dates),
    );
  }
  // (a row pinned to the top is shown again in its place: one server, a value the copies give differently dropped)
  return mergeRepeated(servers, (s) => s.id);
}

/** The instance list's own route (/lighthouse/instance/index, /lighthouse/instance): not another list under /lighthouse. */
const INSTANCE_LIST_PATH = /^\/lighthouse\/instance(?:\/(?:index)?)?$/;

function fromCards(page: PageModel, url: URL | undefined): ServerFacts[] {
  const body = page.root;
  // (an id shown as another resource's — "原实例 lhins-… 已释放" — is not a card's: ../shared/text-values idOfOtherResource;
  // the card was read as the former instance with its own fields, invented, session 49)
  const all = idContainers(body, LH_ID, page.cache, (id) => id.toLowerCase(), (at) => idOfOtherResource(at, LH_ID, tencentData.values.otherResources));
  // One id on the instance list's own route is a list of one (the usual account of one filer): its card is
  // read from the labelled fields around the id. Elsewhere one id is no list.
  if (all.length === 1 && url && INSTANCE_LIST_PATH.test(url.pathname)) {
    const server = oneCard(page, all[0]!.id);
    return server ? [server] : [];
  }
  const cards = all.filter((c) => c.container !== body);
  if (cards.length < 2) return [];
  const servers: ServerFacts[] = [];
  for (const { id, container } of cards) {
    // (a card whose badge or 状态 says its instance is destroyed is no server, as such a row is not: common releasedCard)
    if (releasedCard(page, container, LIGHTHOUSE_LIST_COLUMNS.status)) continue;
    const server = serverFromFields(page, container, id);
    if (server) servers.push(server);
  }
  return servers;
}

/** How far above the id a list of one's card may reach. */
const MAX_CARD_DEPTH = 8;

/**
 * The one card of a list of one: the labelled fields of the nearest box around the id that has any
 * (climbing from the id), unless the part of that box holding the id shows server values of its own
 * (a region, a date, a bandwidth, an address: a card showing its values bare) — then the labels belong to
 * another box beside the card (a promotion, a summary) and nothing is read.
 */
function oneCard(page: PageModel, id: string): ServerFacts | undefined {
  const body = page.root;
  let below: Element | undefined;
  // (a card's box, never the page's: labelled fields found only around the whole page are not the card's)
  for (let box = idElement(body, id, page.cache) ?? null, up = 0; box && box !== body && up < MAX_CARD_DEPTH; below = box, box = box.parentElement, up++) {
    const server = serverFromFields(page, box, id);
    if (server) return (below && showsValuesBare(page, below, id)) || releasedCard(page, box, LIGHTHOUSE_LIST_COLUMNS.status) ? undefined : server;
  }
  return undefined;
}

/** Server values shown in `el` without their labels: a date, a bandwidth, an address or a region named alone (not the id's own text). */
function showsValuesBare(page: PageModel, el: Element, id: string): boolean {
  return page.units(el).some((u) => {
    if (u.kind !== 'data' || u.text.toLowerCase().includes(id)) return false;
    return parseDate(u.text) !== undefined || parseBandwidth(u.text) !== undefined || ['public', 'private'].includes(addressKind(u.text) ?? '') || tencentRegionAlone(u.text) !== undefined;
  });
}

function serverFromFields(page: PageModel, card: Element, id: string): ServerFacts | undefined {
  const L = SERVER_DETAIL_FIELDS;
  const f = (k: keyof typeof L) => valueTextOf(page, L[k], card);
  const publicRead = valueOf(page, L.publicIp, card);
  let ip = shownIp(page, publicRead ?? valueOf(page, L.instanceIp, card));
  // (a private 实例 IP read for want of a public field names no public address only when the card shows none: a public
  // address under a label no list knows — Public IPv4 Address beside Primary Private IPv4 — gave the card 0 Mbps, invented
  // since e2ae3fa named Primary Private IPv4; session 50's review)
  if (!publicRead && addressKind(ip) === 'private') {
    const shown = page.units().find((u) => card.contains(u.el) && addressKind(u.text) === 'public');
    if (shown) ip = shown.text;
  }
  const t = { region: f('region'), config: f('config'), bandwidth: f('bandwidth'), billing: f('billing'), created: f('createdAt'), ip, expires: f('expiresAt') };
  if (!t.region && !t.config && !t.ip && !t.expires) return undefined;
  return lighthouseServer(id, t);
}

export function readLighthouseInstanceList(doc: Document, url?: URL): PageFacts | null {
  const page = tencentPage(doc);
  if (!page) return null;
  const servers = fromGrid(page) ?? fromCards(page, url);
  const pageRegion = servers.some((s) => !s.region) ? pickerRegion(page, tencentRegion) : undefined;
  if (pageRegion) for (const s of servers) s.region ??= pageRegion;
  return servers.length > 0 ? { version: 1, servers } : null;
}

export const lighthouseInstanceListReader: Reader = {
  id: 'tencent-lighthouse-instance-list',
  family: 'tencent',
  kind: 'list',
  matchesUrl: isLighthouseListUrl,
  read: (doc, url) => {
    try {
      return readLighthouseInstanceList(doc, url);
    } catch {
      return null;
    }
  },
};
