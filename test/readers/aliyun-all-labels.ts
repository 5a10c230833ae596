import shared from '../../rules/labels/aliyun.json';
import beian from '../../rules/labels/aliyun/beian.json';
import domain from '../../rules/labels/aliyun/domain.json';
import ecs from '../../rules/labels/aliyun/ecs.json';
import swas from '../../rules/labels/aliyun/swas.json';
import { defineLabels, type LabelFile } from '../../src/readers/labels';

/** Every Alibaba Cloud label file joined (tests only: a content script joins the shared words with its own family). */
export const aliyunAllLabels = defineLabels(shared, beian, domain, ecs, swas);
export const aliyunAllGroups: LabelFile['groups'] = Object.assign({}, ...[beian, domain, ecs, swas].map((f) => (f as LabelFile).groups));
