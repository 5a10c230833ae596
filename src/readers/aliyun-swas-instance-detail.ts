import type { PageFacts } from '../facts/schema';
import { createVisibilityCache } from './dom/visibility';
import { readServerFields, type ServerDetailLabels } from './aliyun-server-detail';
import { swasInstanceId } from './aliyun-server-values';
import { isSwasConsole } from './aliyun-swas-instance-list';
import type { Reader } from './types';

/**
 * Simple Application Server detail (服务器概览 / Server Overview): the labelled fields of one
 * server. Billing is 'subscription' (the only billing method of the product).
 * Test URLs: https://swas.console.aliyun.com/#/server/2ad1ae67295445f598017499dc8f1b2c/cn-hangzhou/dashboard,
 * https://swas.console.alibabacloud.com/#/server/2ad1ae67295445f598017499dc8f1b2c/ap-southeast-1/dashboard
 */
export const SWAS_DETAIL_LABELS: ServerDetailLabels = {
  id: ['实例ID', '实例 ID', '服务器ID', 'Instance ID', 'Server ID', 'ID'],
  region: ['地域', '所在地域', 'Region'],
  zone: ['可用区', 'Zone'],
  billing: ['付费方式', '计费方式', 'Billing Method'],
  expires: ['到期时间', '过期时间', '到期日', 'Expiration Time', 'Expires At', 'Expired At', 'Expiry Time', 'Expiration Date', 'Expires'],
  publicIp: ['公网IP', '公网IP地址', '公网地址', 'Public IP', 'Public IP Address', 'Internet IP'],
  eip: ['弹性公网IP', 'Elastic IP Address'],
  bandwidth: ['峰值带宽', '带宽', '公网带宽', 'Peak Bandwidth', 'Bandwidth', 'Public Bandwidth', 'Maximum Bandwidth'],
  config: ['套餐', '套餐配置', '套餐信息', '配置', 'Plan', 'Configuration', 'Specifications'],
};

export function readSwasInstanceDetail(doc: Document, url: URL): PageFacts | null {
  const cache = createVisibilityCache();
  const root = doc.body ?? doc;
  const server = readServerFields(root, doc, url, { labels: SWAS_DETAIL_LABELS, product: 'swas', idOf: swasInstanceId, billing: 'subscription', cache });
  return server ? { version: 1, servers: [server] } : null;
}

export const swasInstanceDetailReader: Reader = {
  id: 'aliyun-swas-instance-detail',
  family: 'swas',
  matchesUrl: isSwasConsole,
  read(doc, url) {
    try {
      return readSwasInstanceDetail(doc, url);
    } catch {
      return null;
    }
  },
};
