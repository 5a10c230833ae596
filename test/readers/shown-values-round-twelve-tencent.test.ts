import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { isVisible } from '../../src/readers/dom/visibility';

/**
 * Faults found by the twelfth round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md), each
 * narrowed down to the smallest markup that showed it.
 */

const doc = (body: string, url = 'https://console.cloud.tencent.com/') => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(doc(body, url), new URL(url))?.facts;

describe('a column its <col> collapses (visibility: collapse, a column chooser) is not shown (dom/visibility.ts inCollapsedColumn)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const list = (cols: string, style = '') =>
    `${style}<table><colgroup>${cols}</colgroup><thead><tr><th>域名</th><th>实名认证状态</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>` +
    '<tr><td>moling-studio.com</td><td>已实名认证</td><td>杭州墨岭设计工作室</td><td>2027-04-12</td></tr>' +
    '<tr><td>linxi-garden.cn</td><td>未实名认证</td><td>林溪</td><td>2026-11-20</td></tr></tbody></table>';

  it('gives no owner from a column collapsed by an inline style', () => {
    const facts = read(list('<col><col><col style="visibility: collapse"><col>'), url);
    expect(facts?.domains?.map((d) => d.registrantName)).toEqual([undefined, undefined]);
    expect(facts?.domains?.map((d) => d.expiresAt)).toEqual(['2027-04-12', '2026-11-20']);
  });

  it('gives no owner from a column collapsed by a style sheet, counting col spans', () => {
    const facts = read(list('<col span="2"><col class="is-off"><col>', '<style>.is-off { visibility: collapse; }</style>'), url);
    expect(facts?.domains?.map((d) => d.registrantName)).toEqual([undefined, undefined]);
  });

  // (guard: a column that is not collapsed is read)
  it('reads the owner when no column is collapsed', () => {
    const facts = read(list('<col><col><col style="width: 20%"><col>'), url);
    expect(facts?.domains?.map((d) => d.registrantName)).toEqual(['杭州墨岭设计工作室', '林溪']);
  });

  it('a cell spanning a collapsed and a shown column stays shown', () => {
    const d = doc('<table><colgroup><col><col style="visibility:collapse"><col></colgroup><tbody><tr><td id="a">x</td><td id="b" colspan="2">y</td></tr><tr><td>1</td><td id="c">2</td><td>3</td></tr></tbody></table>');
    expect(isVisible(d.getElementById('b'))).toBe(true);
    expect(isVisible(d.getElementById('c'))).toBe(false);
    expect(isVisible(d.getElementById('a'))).toBe(true);
  });
});
