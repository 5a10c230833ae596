import type { PageFacts } from '../../facts/schema';
import { createVisibilityCache } from '../dom/visibility';
import { readServerFields } from './server-detail';
import { SWAS_DETAIL_LABELS } from './swas-instance-detail.labels';
import { SWAS_ID_PATTERN, swasInstanceId } from './server-values';
import { isSwasConsole } from './swas-instance-list';
import type { Reader } from '../types';
import swasLabelFile from '../../../rules/labels/aliyun/swas.json';
import { aliyunFamilyLabels } from './labels';

const swasLabels = aliyunFamilyLabels(swasLabelFile);

/**
 * Simple Application Server detail (服务器概览 / Server Overview): the labelled fields of one
 * server. Billing is 'subscription' (the only billing method of the product).
 * Test URLs: https://swas.console.aliyun.com/#/server/2ad1ae67295445f598017499dc8f1b2c/cn-hangzhou/dashboard,
 * https://swas.console.alibabacloud.com/#/server/2ad1ae67295445f598017499dc8f1b2c/ap-southeast-1/dashboard
 */

/** Headings / tab titles that say the page is a server's overview. */
/** Titles of a box showing the server's billing (付费信息, Billing Information): a validity field there is the server's (./server-detail.ts). */
const SWAS_VALIDITY_BOXES = swasLabels.labels('swas-detail-validity-boxes', ['titles'] as const).titles;
export const SWAS_DETAIL_MARKERS = swasLabels.labels('swas-detail-markers', ['page'] as const).page;

/** Per field, the words of a box title naming another subject (a 流量包 / 证书 / 数据盘 card): its labels are none of the server's. */
const SWAS_DETAIL_VOCAB = swasLabels.group('swas-detail', ['expires', 'validity', 'bandwidth'] as const);
const SWAS_NOT_UNDER = { expires: SWAS_DETAIL_VOCAB.expires.notUnder, validity: SWAS_DETAIL_VOCAB.validity.notUnder, bandwidth: SWAS_DETAIL_VOCAB.bandwidth.notUnder };

export function readSwasInstanceDetail(doc: Document, url: URL): PageFacts | null {
  const cache = createVisibilityCache();
  const root = doc.body ?? doc;
  const server = readServerFields(root, doc, url, { labels: SWAS_DETAIL_LABELS, product: 'swas', idOf: swasInstanceId, billing: 'subscription', cache, pageMarkers: SWAS_DETAIL_MARKERS, idPattern: SWAS_ID_PATTERN, notUnder: SWAS_NOT_UNDER, validityBoxes: SWAS_VALIDITY_BOXES });
  return server ? { version: 1, servers: [server] } : null;
}

export const swasInstanceDetailReader: Reader = {
  id: 'aliyun-swas-instance-detail',
  family: 'swas',
  kind: 'detail',
  matchesUrl: isSwasConsole,
  read(doc, url) {
    try {
      return readSwasInstanceDetail(doc, url);
    } catch {
      return null;
    }
  },
};
