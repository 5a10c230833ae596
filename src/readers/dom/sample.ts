import { upperTag } from './visibility';

/**
 * Words that mark an example (a help panel's sample table, a hint's example rows) and headings. Shared by
 * ./table (sample tables) and ./example-box (a help box of example rows). Pure.
 */

/** 示例 / 样例 / 范例 / Example(s) / Sample(s) anywhere in a short text (not a name holding the word: example.com, sample-01). */
export const SAMPLE = /示例|样例|范例|(?<![\w.-])(?:examples?|samples?)(?![\w.-]*[\w-])\b/i;

/** A text opening a hint or an example: 如：… / 例如 … / 示例： / e.g. / for example / such as. */
export const HELP_OPENER = /^(?:如|例如|比如|示例|格式|举例)\s*[:：]|^(?:如|例如|比如)\s+\S|^(?:e\.g\.|eg\.|for example|example\s*:|such as)/i;

/** A heading: h1–h6, role=heading, or a box classed as a title / heading (not a toolbar's tag or a note). */
export const isHeading = (e: Element): boolean =>
  /^H[1-6]$/.test(upperTag(e)) || e.getAttribute('role') === 'heading' || /(?:title|heading)(?:$|[\s_-])/i.test(e.getAttribute('class') ?? '');
