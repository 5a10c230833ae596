import aliyunLabelFile from '../../../rules/labels/aliyun.json';
import { registerUnitWords } from '../dom/units';
import { defineLabels, WORD_LISTS, type LabelVocabulary } from '../labels';

/**
 * The words every Alibaba Cloud page family shares (rules/labels/aliyun.json: actions, statuses, help,
 * page state), checked once at load. A family's field groups live in rules/labels/aliyun/<family>.json:
 * its readers import that file and join it with `aliyunFamilyLabels`, so a content script bundles only
 * the vocabulary of its own family — its own actions and statuses too (the resource consoles' renewal,
 * configuration, instance and domain words are in ecs.json, swas.json and domain.json, not in the
 * filing console's script). The action words also tell the readers which links in a status cell or a
 * field are no part of its value (filing-values.ts isActionWord).
 */
export const aliyunLabels = defineLabels(aliyunLabelFile);
registerUnitWords(aliyunLabels);

const joined = new WeakMap<object, LabelVocabulary>();

/**
 * The shared words joined with one page family's groups (a rules/labels/aliyun/<family>.json file),
 * checked and joined once per file however many readers of the family ask.
 */
export function aliyunFamilyLabels(familyFile: unknown): LabelVocabulary {
  const key = familyFile !== null && typeof familyFile === 'object' ? familyFile : undefined;
  const known = key && joined.get(key);
  if (known) return known;
  const vocabulary = defineLabels(aliyunLabelFile, familyFile);
  // the family's own actions and statuses (renewal, configuration … words of the resource consoles)
  // classify its pages' text units too: registered once per file, as the shared words are at load
  const own = defineLabels(familyFile);
  if (WORD_LISTS.some((k) => own[k].length > 0)) registerUnitWords(own);
  if (key) joined.set(key, vocabulary);
  return vocabulary;
}
