import type { PageFacts } from '../../facts/schema';
import { createVisibilityCache } from '../dom/visibility';
import { readServerFields, type ServerDetailLabels } from './server-detail';
import { ECS_ID_PATTERN, ecsInstanceId } from './server-values';
import { isEcsConsole } from './ecs-instance-list';
import type { Reader } from '../types';

/**
 * ECS instance detail (实例详情 / Instance Details): the labelled fields of one instance.
 * Test URLs: https://ecs.console.aliyun.com/server/i-bp1abcdefghijk123456/detail?regionId=cn-hangzhou,
 * https://ecs.console.alibabacloud.com/#/server/i-t4nabcdefghijk12345/detail?regionId=ap-southeast-1
 */
export const ECS_DETAIL_LABELS: ServerDetailLabels = {
  id: ['实例ID', '实例 ID', 'Instance ID', 'ID'],
  region: ['地域', '所在地域', 'Region'],
  zone: ['可用区', '所在可用区', 'Zone'],
  billing: ['付费方式', '计费方式', '付费类型', '实例付费方式', 'Billing Method', 'Billing Mode', 'Charge Type', '计费模式', 'Billing Type', 'Payment Type'],
  expires: ['到期时间', '过期时间', '到期日', 'Expiration Time', 'Expires At', 'Expired At', 'Expiry Time', 'Expiration Date', 'Expire Time', 'Expired Time', 'Expiration', 'Expires'],
  publicIp: ['公网IP', '公网IP地址', '公网地址', '公网 IPv4 地址', '固定公网IP', 'Public IP', 'Public IP Address', 'Public IPv4 Address', 'Internet IP'],
  eip: ['弹性公网IP', '弹性公网IP地址', '弹性IP', 'EIP', 'Elastic IP', 'Elastic IP Address', 'EIP Address'],
  bandwidth: ['公网带宽', '带宽', '公网出带宽', '峰值带宽', '公网带宽上限', 'Internet Bandwidth', 'Public Bandwidth', 'Bandwidth', 'Outbound Bandwidth', 'Peak Bandwidth', 'Maximum Bandwidth'],
  config: ['配置', 'Configuration'],
};

/** Headings / tab titles that say the page is an instance's detail page. */
export const ECS_DETAIL_MARKERS = ['实例详情', '实例信息', '基本信息', 'Instance Details', 'Instance Information', 'Basic Information', 'Instance Overview'];

export function readEcsInstanceDetail(doc: Document, url: URL): PageFacts | null {
  const cache = createVisibilityCache();
  const root = doc.body ?? doc;
  const server = readServerFields(root, doc, url, { labels: ECS_DETAIL_LABELS, product: 'ecs', idOf: ecsInstanceId, cache, pageMarkers: ECS_DETAIL_MARKERS, idPattern: ECS_ID_PATTERN });
  return server ? { version: 1, servers: [server] } : null;
}

export const ecsInstanceDetailReader: Reader = {
  id: 'aliyun-ecs-instance-detail',
  family: 'ecs',
  matchesUrl: isEcsConsole,
  read(doc, url) {
    try {
      return readEcsInstanceDetail(doc, url);
    } catch {
      return null;
    }
  },
};
