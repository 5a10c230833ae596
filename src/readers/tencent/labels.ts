import tencentLabelFile from '../../../rules/labels/tencent.json';
import { registerUnitWords } from '../dom/units';
import { defineLabels } from '../labels';

/** The Tencent Cloud console vocabularies (rules/labels/tencent.json), checked once at load. */
export const tencentLabels = defineLabels(tencentLabelFile);
registerUnitWords(tencentLabels);
