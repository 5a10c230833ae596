import type { PageFacts, ServerFacts } from '../../facts/schema';
import { parseBandwidth } from '../dom/parse-bandwidth';
import { parseDate } from '../dom/parse-date';
import type { Reader } from '../types';
import { fieldTextOf, fieldValue, isTencentConsole, newCache, pageNotReady, pathUnder } from './common';
import { addressKind, billingFromText, instanceIdsInText, isFreeNetwork, tencentRegion } from './values';

/**
 * Tencent Cloud CVM instance detail (实例详情): 实例ID, 地域 / 可用区, 计费模式, 创建时间, 到期时间,
 * 公网 IP, 网络计费模式 and 带宽上限. No public IP shown ("-", only 绑定弹性公网IP) or 免费 network
 * billing is no public bandwidth.
 *
 * Test URLs: https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D1&rid=1&id=ins-a1b2c3d4
 *            https://console.tencentcloud.com/cvm/instance/detail?rid=5&id=ins-h0ngk0ng
 */

export function isCvmDetailUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/cvm']) && /\/detail\b/.test(url.pathname);
}

/** One server from the labelled fields of a detail page (CVM or Lighthouse). */
export function serverFromFields(root: Element, product: 'cvm' | 'lighthouse', cache: ReturnType<typeof newCache>): ServerFacts | undefined {
  const f = (field: string) => fieldTextOf(root, field, cache);
  const id = instanceIdsInText(f('instanceId')).find((x) => (product === 'cvm' ? /^ins-/.test(x) : /^lhins-/.test(x)));
  if (!id) return undefined;
  const server: ServerFacts = { id, provider: 'tencent', product };
  const region = tencentRegion(f('zone')) ?? tencentRegion(f('region'));
  if (region) server.region = region;
  const billing = billingFromText(f('billing'));
  if (billing) server.billing = billing;
  const createdAt = parseDate(f('createdAt'));
  if (createdAt) server.createdAt = createdAt;
  const expiresAt = parseDate(f('expiresAt'));
  if (expiresAt) server.expiresAt = expiresAt;
  const publicIp = f('publicIp');
  const instanceIp = f('instanceIp');
  const network = f('networkBilling');
  const bandwidth = parseBandwidth(f('bandwidth'));
  const shown = [addressKind(publicIp), addressKind(instanceIp)];
  // A 公网 IP field shown with no address ("-", only 绑定弹性公网IP) says there is none.
  const publicFieldEmpty = publicIp === undefined && fieldValue(root, 'publicIp', cache) !== undefined;
  const noPublic = !shown.includes('public') && (publicFieldEmpty || shown.includes('private'));
  if (isFreeNetwork(network) || noPublic) server.publicBandwidthMbps = 0;
  else if (bandwidth !== undefined) server.publicBandwidthMbps = bandwidth;
  return server;
}

export function readCvmInstanceDetail(doc: Document): PageFacts | null {
  const cache = newCache();
  const body = doc.body;
  if (!body || pageNotReady(doc, cache)) return null;
  const server = serverFromFields(body, 'cvm', cache);
  return server ? { version: 1, servers: [server] } : null;
}

export const cvmInstanceDetailReader: Reader = {
  id: 'tencent-cvm-instance-detail',
  family: 'tencent',
  matchesUrl: isCvmDetailUrl,
  read: (doc) => {
    try {
      return readCvmInstanceDetail(doc);
    } catch {
      return null;
    }
  },
};
