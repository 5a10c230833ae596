import type { PageFacts, ServerFacts } from '../../facts/schema';
import { idContainers } from '../dom/id-containers';
import { parseBandwidth } from '../dom/parse-bandwidth';
import { parseDate } from '../dom/parse-date';
import { readTableDetailed } from '../dom/table';
import { visibleText } from '../dom/visible-text';
import type { Reader } from '../types';
import { fieldTextOf, isTencentConsole, labels, newCache, pageNotReady, pathUnder, textWithoutActions } from './common';
import { addressKind, tencentRegion } from './values';

/**
 * Tencent Cloud Lighthouse (轻量应用服务器) instance list, list view or card view: one server per
 * row or card — id (lhins-…), region, expiry (到期时间), public bandwidth (the Mbps of the plan; 0
 * when only a private address is shown).
 *
 * Test URLs: https://console.cloud.tencent.com/lighthouse/instance/index?rid=8
 *            https://console.tencentcloud.com/lighthouse/instance/index?rid=9
 */

export const LIGHTHOUSE_LIST_COLUMNS = {
  id: labels('instanceId'),
  region: labels('region'),
  zone: labels('zone'),
  config: labels('config'),
  ip: ['IP 地址', 'IP地址', '公网 IP', '实例 IP', 'IP Address', 'Public IP', 'Instance IP'],
  expires: labels('expiresAt'),
} as const;

const LH_ID = /(?<![a-z0-9-])lhins-[a-z0-9]{8}(?![a-z0-9])/i;

export function isLighthouseListUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/lighthouse']) && !/\/detail\b/.test(url.pathname);
}

export function lighthouseServer(id: string, t: { region?: string; config?: string; ip?: string; expires?: string }): ServerFacts {
  const server: ServerFacts = { id, provider: 'tencent', product: 'lighthouse' };
  const region = tencentRegion(t.region);
  if (region) server.region = region;
  const expiresAt = parseDate(t.expires);
  if (expiresAt) server.expiresAt = expiresAt;
  if (addressKind(t.ip) === 'private') server.publicBandwidthMbps = 0;
  else {
    const mbps = parseBandwidth(t.config);
    if (mbps !== undefined) server.publicBandwidthMbps = mbps;
  }
  return server;
}

function fromTable(doc: Document, cache: ReturnType<typeof newCache>): ServerFacts[] | undefined {
  const table = readTableDetailed(doc.body, LIGHTHOUSE_LIST_COLUMNS, cache);
  if (!table || !table.columns.includes('id') || table.columns.length < 2) return undefined;
  const servers: ServerFacts[] = [];
  for (const { cells } of table.rows) {
    const id = LH_ID.exec(cells.id ? visibleText(cells.id, cache) : '')?.[0]?.toLowerCase();
    if (!id || servers.some((s) => s.id === id)) continue;
    const text = (e: Element | undefined) => (e ? textWithoutActions(e, cache) : undefined);
    servers.push(lighthouseServer(id, { region: [text(cells.region), text(cells.zone)].filter(Boolean).join(' | ') || undefined, config: text(cells.config), ip: text(cells.ip), expires: text(cells.expires) }));
  }
  return servers;
}

function fromCards(doc: Document, cache: ReturnType<typeof newCache>): ServerFacts[] {
  const body = doc.body;
  const cards = idContainers(body, LH_ID, cache, (id) => id.toLowerCase()).filter((c) => c.container !== body);
  // One id on the page is a detail view, not a list.
  if (cards.length < 2) return [];
  const servers: ServerFacts[] = [];
  for (const { id, container } of cards) {
    const f = (field: string) => fieldTextOf(container, field, cache);
    const t = { region: f('region'), config: f('config') ?? f('bandwidth'), ip: f('publicIp') ?? f('instanceIp'), expires: f('expiresAt') };
    if (!t.region && !t.config && !t.ip && !t.expires) continue;
    servers.push(lighthouseServer(id, t));
  }
  return servers;
}

export function readLighthouseInstanceList(doc: Document): PageFacts | null {
  const cache = newCache();
  if (!doc.body || pageNotReady(doc, cache)) return null;
  const servers = fromTable(doc, cache) ?? fromCards(doc, cache);
  return servers.length > 0 ? { version: 1, servers } : null;
}

export const lighthouseInstanceListReader: Reader = {
  id: 'tencent-lighthouse-instance-list',
  family: 'tencent',
  matchesUrl: isLighthouseListUrl,
  read: (doc) => {
    try {
      return readLighthouseInstanceList(doc);
    } catch {
      return null;
    }
  },
};
