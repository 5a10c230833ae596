import { beianStepReader } from './beian-step';

/**
 * ICP filing form, the entity step.
 *
 * Test URLs: https://beian.aliyun.com/pcContainer/formpage (Chinese or English UI)
 *            https://beian.console.aliyun.com/ , https://beian.console.alibabacloud.com/
 */
export const beianEntityReader = beianStepReader('aliyun-beian-entity', 'entity');
