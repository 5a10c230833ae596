import { fieldValueText, inlineFieldText, inPageRecord, readFieldFrom } from '../dom/field';
import { vocabMatches, wordedLabels } from '../dom/reading-model';
import { withholdsValue } from '../dom/withheld-box';
import type { FieldVocab } from '../labels';
import type { ServerDetailLabels, VocabField } from './server-detail';

/**
 * ./server-detail.ts readServerFields' `byVocab` for fields with vocabularies (rules/labels): when no
 * exact label is shown, a label that only CONTAINS a field's words (当前使用带宽, 公网带宽（峰值）: a label
 * structure, else one drawn so in the layout — ../dom/reading-model wordedLabels) is that field, else an inline
 * "label: value" text that does. Passed by the readers
 * that have such vocabularies (ECS detail), so the other content scripts do not bundle it.
 */
export function byVocab(labels: ServerDetailLabels, vocabs: Partial<Record<keyof ServerDetailLabels, FieldVocab>>): VocabField {
  return (root, l, cache, skip) => {
    const vocab = (Object.keys(labels) as Array<keyof ServerDetailLabels>).map((k) => (labels[k] === l ? vocabs[k] : undefined)).find((v) => v?.contains);
    if (!vocab) return undefined;
    for (const el of wordedLabels(root, vocab, cache)) {
      // (an open dialog's or drawer's field is the value being set, no part of the page's record)
      if (!inPageRecord(el, root, cache) || skip?.(el)) continue;
      const hit = readFieldFrom(el, null, cache, false)[0];
      // (a value box withholding its value or a part, 无权限查看 beside a private address: as one not shown, so no
      // "none" is read from what it shows — ../dom/withheld-box, as ./server-detail.ts does for exact labels)
      if (hit && withholdsValue(hit.value, cache)) return undefined;
      const text = hit ? fieldValueText(hit.value, cache) : undefined;
      if (text !== undefined) return text;
    }
    return inlineFieldText(root, (t) => vocabMatches(t, vocab), cache, skip);
  };
}
