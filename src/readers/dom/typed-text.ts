import { labelMatches, normalizeText } from './normalize-label';
import { defaultUnitWords } from './units';

/**
 * THE USER'S OWN TEXT. Every console shows text the account's owner wrote: a 备注 / 网站备注 typed into a textarea, an
 * instance's name and the description line under it, a 描述 field, a 实例描述 card. What it says is the user's, whatever
 * it reads like ("网站名称：李四的相册", "备案号 京ICP备2024000001号-1 迁移", "到期时间：2029-01-01 带宽：30Mbps"): not
 * the page's fields or states. Pure; never throws.
 */

/** A box the user types into (a text `<input>` is left out: consoles draw read-only values in disabled or readonly inputs). */
const TYPED_TEXT = 'textarea, [role="textbox"], [contenteditable]:not([contenteditable="false"])';

/** `el` is, or is inside, a box the user types into. */
export function inTypedText(el: Element): boolean {
  return el.closest(TYPED_TEXT) !== null;
}

/** How far up from the text's element the label (or title) before its box is looked for: text › line › value box › controls. */
const LEVELS = 4;
/** A label or a box title is short. */
const MAX_LABEL = 24;
/** A label naming an id: ID a word of its own (实例ID/名称, Name/ID — not "Idle"). */
const NAMES_ID = /(?<![a-z])id(?![a-z])/i;

/**
 * `el` sits in the value of a field whose label names the user's own text — or in a box whose title does — (the
 * `userText` words of rules/labels: 备注, 描述, 实例描述, 名称/ID, Remark …): the element just before it, or before one
 * of the boxes around it up to LEVELS, reads as such a label. A "标签：值" there is the user's writing.
 */
export function inUserTextValue(el: Element): boolean {
  try {
    const words = defaultUnitWords().userText ?? [];
    if (words.length === 0) return false;
    for (let e: Element | null = el, up = 0; e && up < LEVELS; e = e.parentElement, up++) {
      const before = e.previousElementSibling;
      if (!before) continue;
      const text = normalizeText(before.textContent);
      if (text !== '' && text.length <= MAX_LABEL && labelMatches(text, words)) return true;
    }
  } catch {
    // none
  }
  return false;
}

/**
 * A text that opens with a label naming the user's own text and a colon ("实例名称：ins-r37old99-备机", "备注：原服务器
 * ins-…"): what follows is the user's writing. (A label naming an id too — 实例ID/名称, 名称/ID — names the console's
 * id beside the user's name: "实例ID/名称：ins-… / web-01" shows the instance.)
 */
export function labelledAsUserText(text: string): boolean {
  try {
    const t = normalizeText(text);
    const colon = t.search(/[:：]/);
    if (colon <= 0 || colon > MAX_LABEL) return false;
    const label = t.slice(0, colon);
    if (NAMES_ID.test(label)) return false;
    return labelMatches(label, defaultUnitWords().userText ?? []);
  } catch {
    return false;
  }
}
