import { beianStepReader } from './beian-step';

/**
 * ICP filing form, the website step.
 *
 * Test URLs: https://beian.aliyun.com/pcContainer/formpage (Chinese or English UI)
 *            https://beian.console.aliyun.com/ , https://beian.console.alibabacloud.com/
 */
export const beianWebsiteReader = beianStepReader('aliyun-beian-website', 'website');
