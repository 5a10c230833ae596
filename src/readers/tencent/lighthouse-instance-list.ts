import type { PageFacts, ServerFacts } from '../../facts/schema';
import { idContainers } from '../dom/id-containers';
import { parseBandwidth } from '../dom/parse-bandwidth';
import { parseDate, type DateOrder } from '../dom/parse-date';
import type { PageModel } from '../dom/reading-model';
import type { Reader } from '../types';
import { isTencentConsole, pathUnder, pickerRegion, shownText, shownValue, tencentPage, valueOf, valueTextOf } from './common';
import { SERVER_DETAIL_FIELDS } from './cvm-instance-detail';
import { tencentLabels } from './labels';
import { columnDateOrder, groupRegionsOf } from './list-context';
import { addressKind, billingFromText, tencentRegion } from './values';
import { noteRow } from '../dom/read-session';

/**
 * Tencent Cloud Lighthouse (轻量应用服务器) instance list, list view or card view: one server per
 * row or card — id (lhins-…), region, expiry (到期时间), public bandwidth (the Mbps of the plan; 0
 * when only a private address is shown).
 *
 * Test URLs: https://console.cloud.tencent.com/lighthouse/instance/index?rid=8
 *            https://console.tencentcloud.com/lighthouse/instance/index?rid=9
 */

export const LIGHTHOUSE_LIST_COLUMNS = tencentLabels.group('lighthouse-list', ['id', 'region', 'zone', 'config', 'ip', 'expires', 'billing', 'createdAt', 'bandwidth'] as const);

const LH_ID = /(?<![a-z0-9-])lhins-[a-z0-9]{8}(?![a-z0-9])/i;

export function isLighthouseListUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/lighthouse']) && !/\/detail\b/.test(url.pathname);
}

/** One Lighthouse instance from the texts a row or card shows (pure). */
export function lighthouseServer(id: string, t: { region?: string; config?: string; ip?: string; expires?: string; billing?: string; created?: string; bandwidth?: string }, dates?: { expires?: DateOrder; created?: DateOrder }): ServerFacts {
  const server: ServerFacts = { id, provider: 'tencent', product: 'lighthouse' };
  const billing = billingFromText(t.billing);
  if (billing) server.billing = billing;
  const createdAt = parseDate(t.created, dates?.created);
  if (createdAt) server.createdAt = createdAt;
  const region = tencentRegion(t.region);
  if (region) server.region = region;
  const expiresAt = parseDate(t.expires, dates?.expires);
  if (expiresAt) server.expiresAt = expiresAt;
  if (addressKind(t.ip) === 'private') server.publicBandwidthMbps = 0;
  else {
    const mbps = parseBandwidth(t.bandwidth) ?? parseBandwidth(t.config);
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
  for (const { row, cells } of grid.rows) {
    const id = LH_ID.exec(page.visibleText(cells.id))?.[0]?.toLowerCase();
    if (!id || servers.some((s) => s.id === id)) continue;
    noteRow(id, row);
    const region = [page.cellText(cells.region), page.cellText(cells.zone)].filter(Boolean).join(' | ') || grouped?.get(row);
    servers.push(
      lighthouseServer(id, {
        region,
        config: page.cellText(cells.config),
        ip: shownText(page, cells.ip),
        expires: page.cellText(cells.expires),
        billing: page.cellText(cells.billing),
        created: page.cellText(cells.createdAt),
        bandwidth: page.cellText(cells.bandwidth),
      }, dates),
    );
  }
  return servers;
}

function fromCards(page: PageModel): ServerFacts[] {
  const body = page.root;
  const cards = idContainers(body, LH_ID, page.cache, (id) => id.toLowerCase()).filter((c) => c.container !== body);
  // One id on the page is a detail view, not a list.
  if (cards.length < 2) return [];
  const servers: ServerFacts[] = [];
  for (const { id, container } of cards) {
    const server = serverFromFields(page, container, id);
    if (server) servers.push(server);
  }
  return servers;
}

function serverFromFields(page: PageModel, card: Element, id: string): ServerFacts | undefined {
  const L = SERVER_DETAIL_FIELDS;
  const f = (k: keyof typeof L) => valueTextOf(page, L[k], card);
  const ipRead = valueOf(page, L.publicIp, card) ?? valueOf(page, L.instanceIp, card);
  const t = { region: f('region'), config: f('config'), bandwidth: f('bandwidth'), billing: f('billing'), created: f('createdAt'), ip: shownValue(page, ipRead), expires: f('expiresAt') };
  if (!t.region && !t.config && !t.ip && !t.expires) return undefined;
  return lighthouseServer(id, t);
}

export function readLighthouseInstanceList(doc: Document): PageFacts | null {
  const page = tencentPage(doc);
  if (!page) return null;
  const servers = fromGrid(page) ?? fromCards(page);
  const pageRegion = servers.some((s) => !s.region) ? pickerRegion(page, tencentRegion) : undefined;
  if (pageRegion) for (const s of servers) s.region ??= pageRegion;
  return servers.length > 0 ? { version: 1, servers } : null;
}

export const lighthouseInstanceListReader: Reader = {
  id: 'tencent-lighthouse-instance-list',
  family: 'tencent',
  kind: 'list',
  matchesUrl: isLighthouseListUrl,
  read: (doc) => {
    try {
      return readLighthouseInstanceList(doc);
    } catch {
      return null;
    }
  },
};
