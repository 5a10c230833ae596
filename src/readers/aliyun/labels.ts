import aliyunLabelFile from '../../../rules/labels/aliyun.json';
import { registerUnitWords } from '../dom/units';
import { defineLabels } from '../labels';

/** The Alibaba Cloud console vocabularies (rules/labels/aliyun.json), checked once at load. */
export const aliyunLabels = defineLabels(aliyunLabelFile);
registerUnitWords(aliyunLabels);
