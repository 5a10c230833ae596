import type { PageFacts } from '../../facts/schema';
import type { Reader } from '../types';
import { isTencentConsole, pathUnder, tencentPage } from './common';
import { serverFromFields } from './cvm-instance-detail';

/**
 * Tencent Cloud Lighthouse instance detail, tab 概要: 名称/ID, 地域, 带宽, 实例 IP (公网 / 内网),
 * 创建时间, 到期时间 (and 计费模式 where the page shows it).
 *
 * Test URLs: https://console.cloud.tencent.com/lighthouse/instance/detail?rid=8&id=lhins-1whwkmau
 *            https://console.tencentcloud.com/lighthouse/instance/detail?rid=4&id=lhins-sh4ngh41
 */

export function isLighthouseDetailUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/lighthouse']) && /\/detail\b/.test(url.pathname);
}

export function readLighthouseInstanceDetail(doc: Document, url?: URL): PageFacts | null {
  const page = tencentPage(doc);
  if (!page) return null;
  const server = serverFromFields(page, 'lighthouse', undefined, undefined, url);
  return server ? { version: 1, servers: [server] } : null;
}

export const lighthouseInstanceDetailReader: Reader = {
  id: 'tencent-lighthouse-instance-detail',
  family: 'tencent',
  kind: 'detail',
  matchesUrl: isLighthouseDetailUrl,
  read: (doc, url) => {
    try {
      return readLighthouseInstanceDetail(doc, url);
    } catch {
      return null;
    }
  },
};
