import { firstLabelledRow, isLabelBox } from './label-box';
import { normalizeText } from './normalize-label';
import { HELP_OPENER, isHeading, SAMPLE } from './sample';

/**
 * A box of more text under a field or a form (`…-extra`) that holds labelled rows shows an EXAMPLE, not
 * the page's fields, when (pure; never throws):
 *
 * - it is the extra of ONE field: it sits in the value side of a labelled field (antd's
 *   `ant-form-item-label` + `ant-form-item-control` › `ant-form-item-extra`, TEA's label + controls): what is
 *   under a field's control explains that field; the rows in it are no field of the record;
 * - its text before its first labelled row says so (示例：, 转包年包月示例, 例如：, e.g., Example);
 * - the short heading just before it (or before the wrapper it opens) says so (续费示例, Example).
 */
export function isExampleBox(box: Element): boolean {
  try {
    return inOneFieldsValue(box) || leadNamesExample(box) || headingNamesExample(box);
  } catch {
    return false;
  }
}

/** How far up a field's value side is looked for (extra › its wrapper › the control). */
const FIELD_LEVELS = 3;

function inOneFieldsValue(box: Element): boolean {
  for (let e: Element | null = box, up = 0; e && up < FIELD_LEVELS; e = e.parentElement, up++) {
    const before = e.previousElementSibling;
    if (before && isLabelBox(before) && normalizeText(before.textContent).length <= 40) return true;
  }
  return false;
}

/** Characters of text before the first labelled row looked at. */
const LEAD_CHARS = 80;

function leadNamesExample(box: Element): boolean {
  const stop = firstLabelledRow(box);
  if (!stop) return false;
  let lead = '';
  const visit = (n: Node): boolean => {
    if (n === stop) return true;
    if (n.nodeType === 3) {
      lead += ` ${n.nodeValue ?? ''}`;
      return lead.length > LEAD_CHARS;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) if (visit(c)) return true;
    return false;
  };
  visit(box);
  const text = normalizeText(lead);
  return text !== '' && (SAMPLE.test(text) || HELP_OPENER.test(text));
}

function headingNamesExample(box: Element): boolean {
  for (let e: Element | null = box, up = 0; e && up < 3; e = e.parentElement, up++) {
    const before = e.previousElementSibling;
    if (!before) continue;
    const text = normalizeText(before.textContent);
    return isHeading(before) && text.length <= 24 && (SAMPLE.test(text) || HELP_OPENER.test(text));
  }
  return false;
}
