import { isBeianHost, readBeianForm, type FormStep } from './beian-form';
import { isServiceNumberList } from './beian-service-numbers';
import type { Reader } from '../types';

/**
 * A reader for one step of the ICP filing form (see beian-form.ts for the labels read): the
 * facts of the whole form page when the page shows this step, else null. The service-number list
 * lives on the same hosts and is not a form step.
 */
export function beianStepReader(id: string, step: FormStep): Reader {
  return {
    id,
    family: 'beian',
    kind: 'form',
    matchesUrl: isBeianHost,
    read: (doc, url) => {
      try {
        if (isServiceNumberList(doc)) return null;
        const form = readBeianForm(doc, url);
        return form && form.step === step ? form.facts : null;
      } catch {
        return null;
      }
    },
  };
}
