import type { ServerDetailLabels } from './server-detail';
import { aliyunLabels } from './labels';

/** Simple Application Server overview (服务器概览 / Server Overview) and server cards: zh + en labels. */
export const SWAS_DETAIL_LABELS: ServerDetailLabels = aliyunLabels.labels('swas-detail', ['id', 'region', 'zone', 'billing', 'expires', 'publicIp', 'eip', 'bandwidth', 'config'] as const);
