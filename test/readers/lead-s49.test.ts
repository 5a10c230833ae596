import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { read } from '../helpers/console-pages';
import { mutateDocument } from './markup-mutations';

/**
 * The lead's review, session 49 (test/fixtures-unseen/README.md "Lead's review, session 49"): what the held-out pages ×
 * mutations run after the merges found.
 */
describe('two lists under their own section titles: the one drawn with a selection column does not win the tie over the first (dom/table pickBest)', () => {
  // a15b0ce (session 49) let the table "drawn as a list" — a pager after it, a selection checkbox in its header — win a tie
  // of columns over an untitled recents / report table before it. Round twelve's virtual host page has two lists under
  // their own titles, 共享虚拟主机 (rows) then 独享虚拟主机 (empty); with a selection column in the second one's header
  // the empty one won and the page read null (held-out × selection-column, missing).
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  const cols = '<th>主机名</th><th>地域</th><th>到期时间</th>';
  const list = (title: string, head: string, rows: string) =>
    `<h3 class="section-title">${title}</h3><table><thead><tr>${head}${cols}</tr></thead><tbody>${rows}</tbody></table>`;
  const row = '<tr><td>bdm308812345</td><td>华东1（杭州）</td><td>2027-02-28</td></tr>';
  const empty = '<tr><td colspan="4"><div class="next-table-empty">没有数据</div></td></tr>';
  const check = '<th><input type="checkbox" aria-label="全选"></th>';

  it('the first titled list with rows is read, the empty second one drawn with a checkbox left (before: null)', () => {
    const facts = read(`<h2>云虚拟主机</h2>${list('共享虚拟主机', '', row)}${list('独享虚拟主机', check, empty)}`, url)?.facts;
    expect(facts?.servers?.map((s) => s.id)).toEqual(['bdm308812345']);
  });

  it('the pair itself: round twelve’s split Fusion page × selection-column', () => {
    const base = 'aliyun/virtual-host-list/zh-fusion-split-colgroup-notice-status-dots-empty-section';
    const exp = JSON.parse(readFileSync(`test/fixtures-unseen/${base}.json`, 'utf8')) as { url: string; reader: string; facts: unknown };
    const doc = mutateDocument(readFileSync(`test/fixtures-unseen/${base}.html`, 'utf8'), exp.url, 'selection-column', exp.reader);
    expect(doc).not.toBeNull();
    expect(readPage(doc!, new URL(exp.url))?.facts ?? null).toEqual(exp.facts);
  });

  it('guard: an untitled table before a list drawn with a selection checkbox still loses the tie (a15b0ce)', () => {
    const recent = `<table><thead><tr>${cols}</tr></thead><tbody><tr><td>bdm300000001</td><td>华北2（北京）</td><td>2026-12-30</td></tr></tbody></table>`;
    const facts = read(`<h2>云虚拟主机</h2>${recent}<table><thead><tr>${check}${cols}</tr></thead><tbody><tr><td><input type="checkbox"></td><td>bdm308812345</td><td>华东1（杭州）</td><td>2027-02-28</td></tr></tbody></table>`, url)?.facts;
    expect(facts?.servers?.map((s) => s.id)).toEqual(['bdm308812345']);
  });
});
