import type { PageFacts, ServerFacts } from '../../facts/schema';
import { parseBandwidth } from '../dom/parse-bandwidth';
import { readTableDetailed } from '../dom/table';
import { visibleText } from '../dom/visible-text';
import type { Reader } from '../types';
import { isTencentConsole, labels, newCache, pageNotReady, pathUnder, textWithoutActions } from './common';
import { addressKind, billingFromText, creationInText, expiryInText, instanceIdsInText, isFreeNetwork, tencentRegion } from './values';

/**
 * Tencent Cloud CVM instance list (云服务器 › 实例): one server per visible row — id (ins-…), region
 * (from the 可用区 cell), 实例计费模式 and the line under it ("2027-03-01 12:00:00到期" /
 * "…创建"), public bandwidth (the Mbps of 配置 when 主 IPv4 地址 shows a public address; 0 when it
 * shows only a private one or 网络计费模式 says 免费).
 *
 * Test URLs: https://console.cloud.tencent.com/cvm/instance/index?rid=1
 *            https://console.tencentcloud.com/cvm/instance/index?rid=1
 */

export const CVM_LIST_COLUMNS = {
  id: labels('instanceId'),
  zone: labels('zone'),
  config: labels('config'),
  ipv4: ['主 IPv4 地址', '主IPv4地址', 'Primary IPv4', 'primary IP address', 'Primary IP Address', 'IP 地址'],
  billing: ['实例计费模式', 'Instance Billing Mode', 'CVM billing method', '计费模式'],
  network: labels('networkBilling'),
} as const;

export function isCvmListUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/cvm']) && !/\/detail\b/.test(url.pathname);
}

export function cvmServerFromCells(cells: { id?: string; zone?: string; config?: string; ipv4?: string; billing?: string; network?: string }, product: 'cvm' | 'lighthouse' = 'cvm'): ServerFacts | undefined {
  const id = instanceIdsInText(cells.id).find((x) => (product === 'cvm' ? /^ins-/.test(x) : /^lhins-/.test(x)));
  if (!id) return undefined;
  const server: ServerFacts = { id, provider: 'tencent', product };
  const region = tencentRegion(cells.zone);
  if (region) server.region = region;
  const billing = billingFromText(cells.billing);
  if (billing) server.billing = billing;
  const expiresAt = expiryInText(cells.billing);
  if (expiresAt) server.expiresAt = expiresAt;
  const createdAt = creationInText(cells.billing);
  if (createdAt) server.createdAt = createdAt;
  const address = addressKind(cells.ipv4);
  if (address === 'private' || isFreeNetwork(cells.network)) server.publicBandwidthMbps = 0;
  else {
    const mbps = parseBandwidth(cells.config);
    if (mbps !== undefined && (address === 'public' || cells.ipv4 === undefined || mbps === 0)) server.publicBandwidthMbps = mbps;
  }
  return server;
}

export function readCvmInstanceList(doc: Document): PageFacts | null {
  const cache = newCache();
  const body = doc.body;
  if (!body) return null;
  const table = readTableDetailed(body, CVM_LIST_COLUMNS, cache);
  if (!table || !table.columns.includes('id') || table.columns.length < 2) return null;
  if (pageNotReady(doc, cache)) return null;
  const servers: ServerFacts[] = [];
  for (const { cells } of table.rows) {
    const server = cvmServerFromCells({
      id: cells.id ? visibleText(cells.id, cache) : undefined,
      zone: cells.zone ? visibleText(cells.zone, cache) : undefined,
      config: cells.config ? visibleText(cells.config, cache) : undefined,
      ipv4: cells.ipv4 ? textWithoutActions(cells.ipv4, cache) : undefined,
      billing: cells.billing ? textWithoutActions(cells.billing, cache) : undefined,
      network: cells.network ? textWithoutActions(cells.network, cache) : undefined,
    });
    if (server && !servers.some((s) => s.id === server.id)) servers.push(server);
  }
  return servers.length > 0 ? { version: 1, servers } : null;
}

export const cvmInstanceListReader: Reader = {
  id: 'tencent-cvm-instance-list',
  family: 'tencent',
  matchesUrl: isCvmListUrl,
  read: (doc) => {
    try {
      return readCvmInstanceList(doc);
    } catch {
      return null;
    }
  },
};
