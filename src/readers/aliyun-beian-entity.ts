import { isBeianHost, readBeianForm } from './aliyun-beian-form';
import { isServiceNumberList } from './aliyun-beian-service-numbers';
import type { Reader } from './types';

/**
 * ICP filing form, the entity step (see aliyun-beian-form.ts for the labels read). Returns the
 * facts of the whole form page when the page is this step, else null.
 *
 * Test URLs: https://beian.aliyun.com/pcContainer/formpage (Chinese or English UI)
 *            https://beian.console.aliyun.com/ , https://beian.console.alibabacloud.com/
 */
export const beianEntityReader: Reader = {
  id: 'aliyun-beian-entity',
  family: 'beian',
  matchesUrl: isBeianHost,
  read: (doc, url) => {
    try {
      if (isServiceNumberList(doc)) return null;
      const form = readBeianForm(doc, url);
      return form && form.step === 'entity' ? form.facts : null;
    } catch {
      return null;
    }
  },
};
