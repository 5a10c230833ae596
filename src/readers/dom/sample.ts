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

/** The end of a text naming what follows as an example: 例如 / 比如 / 示例： / 如： / e.g. / for example / such as. */
const EXAMPLE_BEFORE = /(?:例如|比如|举例|(?:示例|样例|范例|如)\s*[:：]|e\.g\.|eg\.|for example|for instance|such as|example\s*:)\s*[,，]?\s*$/i;

/**
 * Every id `pattern` matches in `text` is written as an example (例如 1a2b…, e.g. ins-…): a 新功能 note's or a hint's
 * sample, no record. False when the text shows none, or one named plainly.
 */
export function idsOnlyAsExamples(text: string, pattern: RegExp): boolean {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let any = false;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (!EXAMPLE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return false;
    any = true;
  }
  return any;
}
