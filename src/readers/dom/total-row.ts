import { normalizeText } from './normalize-label';
import { HAS_TOKENS } from './class-tokens';
import { defaultUnitWords } from './units';

/**
 * TOTAL ROWS. A list may close with a row summing its records (Fusion / antd summary rows, a Tea total row):
 * "合计 | 共 3 台 | 24Mbps | 最早到期 2026-12-30". Such a row is no record, even where its first cell names one
 * ("合计（最早到期 hezhou.net）": a domain, then counts under the status and owner columns).
 *
 * `isTotalRow` says whether a grid row is one: its first cell with text opens with a total word of the label files
 * (rules/labels totalWords: 合计, 总计, Total …; case ignored) followed by nothing, a space or punctuation (a digit
 * after 合计: 合计3台; "totalcare.cn", "total-care.cn", "合计系统" are not, nor a Latin word then a word: "Total Web",
 * an instance's name), or its class says so (a class name with a token total / summary, followed by nothing or a word
 * for the row: `tea-table__row--total`, `next-table-summary`, `total-row`; not `row-total-price`) whatever its first
 * cell shows ("最近到期 lhins-…"). A `<tfoot>`'s rows are no data rows already (./table). Reads the text of one cell per row (no visibility: a hidden first cell's words still say what
 * the row is). Pure; never throws.
 */

/** After the word: the end, a space, a colon, a bracket, a comma, a full stop, a bar or a dash (not "." nor "-": total.cn, total-care.cn are domains). */
const AFTER_WORD = /^(?:$|[\s:：(（\[【,，。·|｜—])/;
/** After a word of no Latin letters, a digit too: 合计3台. */
const AFTER_CJK_WORD = /^\d/;
const LATIN = /[a-z]/i;
/** After a Latin word: spaces, then a letter — the word opens a name ("Total Web"), no total ("Total 3", "Total: 3", "Total (…)"). */
const NAME_GOES_ON = /^\s+\p{L}/u;
/**
 * …unless the words go on as a total's: a colon or a count of their own ("Total domains: 3", "Total of 3 domains", "Total
 * expiring soon: hezhou.net", "Total domains 3 · earliest hezhou.net") — a name's cell shows its id ("Total Web lhins-sh2n4v6x"),
 * whose digits stand in no count.
 */
const TOTAL_GOES_ON = /[:：]|(?:^|[\s(（,，])\d+(?=$|[\s)）,，.;；])/;

/** A class token naming a total row: Tea `tea-table__row--total`, Fusion `next-table-summary`, `row-total`, `is-summary`. */
const TOTAL_TOKENS: ReadonlySet<string> = new Set(['total', 'totals', 'subtotal', 'summary']);

/** After a total token in a class name, only a word for the row itself (`total-row`, `summary-line`): `row-total-price` names a price column's style, no total row. */
const ROW_TOKENS: ReadonlySet<string> = new Set(['row', 'rows', 'line', 'tr', 'item']);

/** Whether one of the row's class names holds a total token (not after with / has: `row-with-summary` has one). */
function classSaysTotal(row: Element): boolean {
  for (const name of (row.getAttribute('class') ?? '').split(/\s+/)) {
    const tokens = name.toLowerCase().split(/[-_]+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
      if (HAS_TOKENS.has(tokens[i]!)) break;
      if (TOTAL_TOKENS.has(tokens[i]!) && tokens.slice(i + 1).every((t) => ROW_TOKENS.has(t))) return true;
    }
  }
  return false;
}

function firstTextOf(row: Element): string {
  // (the row's children as a list, not stepped cell to cell: a table read after the page-state scan takes the cells
  // that scan recorded, and steps through no row again — ./row-cells)
  for (const c of Array.from(row.children)) {
    const text = (c.textContent ?? '').trim();
    if (text !== '') return text;
  }
  return '';
}

export function isTotalRow(row: Element, words: readonly string[] = defaultUnitWords().totalWords ?? []): boolean {
  try {
    if (classSaysTotal(row)) return true;
    if (words.length === 0) return false;
    const text = normalizeText(firstTextOf(row)).toLowerCase();
    if (text === '') return false;
    return words.some((w) => {
      const word = normalizeText(w).toLowerCase();
      if (word === '' || !text.startsWith(word)) return false;
      const after = text.slice(word.length);
      // (a Latin word, a space, then a word: a name that begins with it — an instance "Total Web", a site "Summary Hub")
      if (LATIN.test(word) && NAME_GOES_ON.test(after) && !TOTAL_GOES_ON.test(after)) return false;
      return AFTER_WORD.test(after) || (!LATIN.test(word) && AFTER_CJK_WORD.test(after));
    });
  } catch {
    return false;
  }
}
