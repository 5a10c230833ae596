import { normalizeText } from './normalize-label';
import { defaultUnitWords } from './units';
import { upperTag } from './visibility';

/**
 * TOTAL ROWS. A list may close with a row summing its records (Fusion / antd summary rows, a Tea total row, a
 * `<tfoot>`): "合计 | 共 3 台 | 24Mbps | 最早到期 2026-12-30". Such a row is no record, even where its first cell
 * names one ("合计（最早到期 hezhou.net）": a domain, then counts under the status and owner columns).
 *
 * `isTotalRow` says whether a grid row is one: its first cell with text opens with a total word of the label files
 * (rules/labels totalWords: 合计, 总计, Total …; case ignored) followed by nothing, a space, punctuation or a digit
 * ("Totalcare.cn", "合计系统" are not), or the row stands in a `<tfoot>`. Reads the text of one cell per row (no
 * visibility: a hidden first cell's words still say what the row is). Pure; never throws.
 */

/** After the word: the end, a space, a colon, a bracket, a comma, a dot, a bar or a dash, or a digit. */
const AFTER_WORD = /^(?:$|[\s:：(（\[【,，.。·|｜\-—\d])/;

function firstTextOf(row: Element): string {
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const text = (c.textContent ?? '').trim();
    if (text !== '') return text;
  }
  return '';
}

export function isTotalRow(row: Element, words: readonly string[] = defaultUnitWords().totalWords ?? []): boolean {
  try {
    if (upperTag(row.parentElement) === 'TFOOT') return true;
    if (words.length === 0) return false;
    const text = normalizeText(firstTextOf(row)).toLowerCase();
    if (text === '') return false;
    return words.some((w) => {
      const word = normalizeText(w).toLowerCase();
      return word !== '' && text.startsWith(word) && AFTER_WORD.test(text.slice(word.length));
    });
  } catch {
    return false;
  }
}
