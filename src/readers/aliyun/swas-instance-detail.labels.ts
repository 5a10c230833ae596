import type { ServerDetailLabels } from './server-detail';
import swasLabelFile from '../../../rules/labels/aliyun/swas.json';
import { aliyunFamilyLabels } from './labels';

const swasLabels = aliyunFamilyLabels(swasLabelFile);

/** Simple Application Server overview (服务器概览 / Server Overview) and server cards: zh + en labels. */
export const SWAS_DETAIL_LABELS: ServerDetailLabels = swasLabels.labels('swas-detail', ['id', 'region', 'zone', 'billing', 'expires', 'validity', 'publicIp', 'eip', 'bandwidth', 'config'] as const);
