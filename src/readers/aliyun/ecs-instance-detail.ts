import type { PageFacts } from '../../facts/schema';
import { createVisibilityCache } from '../dom/visibility';
import { readServerFields, type ServerDetailLabels } from './server-detail';
import { byVocab } from './server-detail-vocab';
import { ECS_ID_PATTERN, ecsInstanceId } from './server-values';
import { isEcsConsole } from './ecs-instance-list';
import type { Reader } from '../types';
import ecsLabelFile from '../../../rules/labels/aliyun/ecs.json';
import { aliyunFamilyLabels } from './labels';

const ecsLabels = aliyunFamilyLabels(ecsLabelFile);

/**
 * ECS instance detail (实例详情 / Instance Details): the labelled fields of one instance.
 * Test URLs: https://ecs.console.aliyun.com/server/i-bp1abcdefghijk123456/detail?regionId=cn-hangzhou,
 * https://ecs.console.alibabacloud.com/#/server/i-t4nabcdefghijk12345/detail?regionId=ap-southeast-1
 */
export const ECS_DETAIL_LABELS: ServerDetailLabels = ecsLabels.labels('ecs-detail', ['id', 'region', 'zone', 'billing', 'expires', 'validity', 'publicIp', 'eip', 'ipv6', 'bandwidth', 'config'] as const);
const ECS_DETAIL_VOCAB = ecsLabels.group('ecs-detail', ['id', 'region', 'zone', 'billing', 'expires', 'validity', 'publicIp', 'eip', 'bandwidth', 'config'] as const);
const ECS_DETAIL_BY_VOCAB = byVocab(ECS_DETAIL_LABELS, ECS_DETAIL_VOCAB);
/** Per field, the words of a box title naming another subject (an EIP, a shared bandwidth package, a load balancer, a disk card): its labels are none of the instance's. */
const ECS_NOT_UNDER = { billing: ECS_DETAIL_VOCAB.billing.notUnder, expires: ECS_DETAIL_VOCAB.expires.notUnder, validity: ECS_DETAIL_VOCAB.validity.notUnder, bandwidth: ECS_DETAIL_VOCAB.bandwidth.notUnder };

/** Headings / tab titles that say the page is an instance's detail page. */
/** Titles of a box showing the server's billing (付费信息, Billing Information): a validity field there is the server's (./server-detail.ts). */
const ECS_VALIDITY_BOXES = ecsLabels.labels('ecs-detail-validity-boxes', ['titles'] as const).titles;
export const ECS_DETAIL_MARKERS = ecsLabels.labels('ecs-detail-markers', ['page'] as const).page;

export function readEcsInstanceDetail(doc: Document, url: URL): PageFacts | null {
  const cache = createVisibilityCache();
  const root = doc.body ?? doc;
  const server = readServerFields(root, doc, url, { labels: ECS_DETAIL_LABELS, product: 'ecs', idOf: ecsInstanceId, cache, pageMarkers: ECS_DETAIL_MARKERS, idPattern: ECS_ID_PATTERN, byVocab: ECS_DETAIL_BY_VOCAB, notUnder: ECS_NOT_UNDER, validityBoxes: ECS_VALIDITY_BOXES });
  return server ? { version: 1, servers: [server] } : null;
}

export const ecsInstanceDetailReader: Reader = {
  id: 'aliyun-ecs-instance-detail',
  family: 'ecs',
  kind: 'detail',
  matchesUrl: isEcsConsole,
  read(doc, url) {
    try {
      return readEcsInstanceDetail(doc, url);
    } catch {
      return null;
    }
  },
};
