import { upperTag } from './visibility';

/**
 * Words that mark an example (a help panel's sample table, a hint's example rows) and headings. Shared by
 * ./table (sample tables) and ./example-box (a help box of example rows). Pure.
 */

/** 示例 / 样例 / 范例 / Example(s) / Sample(s) anywhere in a short text (not a name holding the word: example.com, sample-01). */
export const SAMPLE = /示例|样例|范例|(?<![\w.-])(?:examples?|samples?)(?![\w.-]*[\w-])\b/i;

/** A text opening a hint or an example: 如：… / 例如 … / 示例： / e.g. / for example / such as. */
export const HELP_OPENER = /^(?:如|例如|比如|示例|格式|举例)\s*[:：]|^(?:如|例如|比如)\s+\S|^(?:e\.g\.|eg\.|for example|example\s*:|such as)/i;

/**
 * An instruction to the user under a control: 请填写… / 请输入… / Please enter … (what a form asks for is no value of
 * it). Not a heading's test: a step titled 请填写主体信息 is the form itself, no example.
 */
export const INSTRUCTION = /^请(?:填写|输入|选择|上传|确认|使用|按照|参考|勿|务必|注意)\S|^please (?:enter|fill in|select|choose|upload|use|provide|make sure|note)\b/i;

/** A heading: h1–h6, role=heading, or a box classed as a title / heading (not a toolbar's tag or a note). */
export const isHeading = (e: Element): boolean =>
  /^H[1-6]$/.test(upperTag(e)) || e.getAttribute('role') === 'heading' || /(?:title|heading)(?:$|[\s_-])/i.test(e.getAttribute('class') ?? '');
