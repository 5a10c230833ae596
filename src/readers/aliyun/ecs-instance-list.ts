import type { PageFacts, ServerFacts } from '../../facts/schema';
import { createVisibilityCache } from '../dom/visibility';
import { parseRegion } from '../dom/parse-region';
import { readTableDetailed } from '../dom/table';
import { visibleText } from '../dom/visible-text';
import {
  billingFromText,
  ecsInstanceId,
  expiryFromText,
  ipsFromText,
  hasPageError,
  isLoading,
  publicBandwidth,
  regionFromSelector,
  regionFromUrl,
} from './server-values';
import type { Reader } from '../types';

/**
 * ECS instance list (实例列表 / Instances): one server per visible row of the table whose headers
 * carry these labels. Test URLs: https://ecs.console.aliyun.com/server/region/cn-hangzhou,
 * https://ecs.console.aliyun.com/#/server/region/cn-hangzhou,
 * https://ecs.console.alibabacloud.com/#/server/region/ap-southeast-1
 */
export const ECS_LIST_LABELS = {
  id: ['实例ID/名称', '实例ID/实例名称', '实例名称/ID', '实例ID', 'ID/名称', 'Instance ID/Name', 'Instance Name/ID', 'Instance ID', 'ID/Name', '实例', 'Instance'],
  zone: ['可用区', '所在可用区', '地域/可用区', 'Zone', 'Zone ID', 'Region/Zone'],
  region: ['地域', '所在地域', 'Region'],
  ip: ['IP地址', 'IP 地址', '公网IP', '公网IP地址', 'IP', 'IP Address', 'IP Addresses', 'Public IP', 'Public IP Address'],
  status: ['状态', '实例状态', 'Status'],
  config: ['配置', '实例规格', '规格', '配置信息', 'Configuration', 'Specifications', 'Instance Type'],
  billing: ['付费方式', '计费方式', '付费类型', 'Billing Method', 'Billing Mode', 'Charge Type', '计费模式', 'Billing Type', 'Payment Type', 'Billing'],
  expires: ['到期时间', '过期时间', 'Expiration Time', 'Expires At', 'Expiry Time', 'Expiration Date', 'Expire Time', 'Expired Time', 'Expiration'],
  bandwidth: ['带宽', '公网带宽', '峰值带宽', 'Bandwidth', 'Public Bandwidth', 'Internet Bandwidth', 'Peak Bandwidth'],
} as const;

const HOSTS = /^ecs\.console\.(?:aliyun|alibabacloud)\.com$/;

export function isEcsConsole(url: URL): boolean {
  return HOSTS.test(url.hostname);
}

export function readEcsInstanceList(doc: Document, url: URL): PageFacts | null {
  const cache = createVisibilityCache();
  const table = readTableDetailed(doc, ECS_LIST_LABELS, cache);
  if (!table) return null;
  const has = (k: keyof typeof ECS_LIST_LABELS) => table.columns.includes(k);
  // An instance list: the ID column and at least one column that describes instances.
  const describing = (['zone', 'region', 'ip', 'status', 'config', 'billing', 'expires'] as const).filter(has);
  if (!has('id') || describing.length < 1) return null;
  if (table.rows.length === 0 || isLoading(table.table, cache) || hasPageError(doc, cache)) return null;
  const pageRegion = regionFromUrl(url) ?? regionFromSelector(doc, cache);
  const servers: ServerFacts[] = [];
  const seen = new Set<string>();
  for (const { cells } of table.rows) {
    const text = (k: keyof typeof ECS_LIST_LABELS) => (cells[k] ? visibleText(cells[k], cache) : undefined);
    const id = ecsInstanceId(text('id'));
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const server: ServerFacts = { id, provider: 'aliyun', product: 'ecs' };
    const region = parseRegion(text('zone')) ?? parseRegion(text('region')) ?? pageRegion;
    if (region) server.region = region;
    const billingText = text('billing');
    const billing = billingFromText(billingText);
    if (billing) server.billing = billing;
    const expiresAt = expiryFromText(text('expires'), true) ?? expiryFromText(billingText, false);
    if (expiresAt && billing !== 'payg') server.expiresAt = expiresAt;
    const ipText = text('ip');
    const bandwidth = publicBandwidth({
      bandwidthText: text('bandwidth'),
      ipText,
      configText: text('config'),
      ipShown: cells.ip !== undefined,
      ips: ipsFromText(ipText),
    });
    if (bandwidth !== undefined) server.publicBandwidthMbps = bandwidth;
    servers.push(server);
  }
  return servers.length > 0 ? { version: 1, servers } : null;
}

export const ecsInstanceListReader: Reader = {
  id: 'aliyun-ecs-instance-list',
  family: 'ecs',
  matchesUrl: isEcsConsole,
  read(doc, url) {
    try {
      return readEcsInstanceList(doc, url);
    } catch {
      return null;
    }
  },
};
