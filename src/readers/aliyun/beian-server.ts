import { beianStepReader } from './beian-step';

/**
 * ICP filing form, the server step.
 *
 * Test URLs: https://beian.aliyun.com/pcContainer/formpage (Chinese or English UI)
 *            https://beian.console.aliyun.com/ , https://beian.console.alibabacloud.com/
 */
export const beianServerReader = beianStepReader('aliyun-beian-server', 'server');
