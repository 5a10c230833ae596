import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Second review of session 49's fixes (session 50): each fix's situation written a little differently — too narrow (still
 * invents or misses) or too broad (an ordinary page loses a fact). Each test here failed before its fix; guards pass both
 * ways. test/fixtures-unseen/README.md "Second review of session 49's fixes, session 50".
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

// ——— b99b874 the service-number count header (aliyun/beian-service-numbers usedFigure) ———
const SN_URL = 'https://beian.console.aliyun.com/#/serviceCode/list';
const snCell = (html: string) => `<td class="next-table-cell" role="gridcell"><div class="next-table-cell-wrapper">${html}</div></td>`;
const snList = (heads: string[], rows: string[][]) =>
  '<div class="next-table next-table-medium" role="table"><div class="next-table-inner"><table role="grid"><thead class="next-table-header"><tr role="row">' +
  heads.map((h) => `<th class="next-table-header-node" role="columnheader"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
  '</tr></thead><tbody class="next-table-body">' +
  rows.map((r) => `<tr class="next-table-row" role="row">${r.map(snCell).join('')}</tr>`).join('') +
  '</tbody></table></div></div><div class="next-pagination"><span class="next-pagination-total">共 2 条</span></div>';
const ECS = '<div><a href="#">i-bp1c4xw2k9q8m7n6v5zt</a></div><div class="text-secondary">yunqi-api-02</div>';
const SWAS = '<div><a href="#">7c3e9f1a2b4d4e6f8a0b1c2d3e4f5a6b</a></div><div class="text-secondary">yunqi-web-01</div>';
const APPLY = '<button type="button" class="next-btn next-btn-text">申请备案服务号</button>';
const snHeads = (count: string) => ['实例ID/名称', '产品类型', '地域', count, '操作'];
const snRows = (a: string, b: string) => [
  [ECS, '云服务器ECS', '华东1（杭州）', a, APPLY],
  [SWAS, '轻量应用服务器', '华东2（上海）', b, APPLY],
];
const snServers = (used?: [number, number]) => [
  { id: 'i-bp1c4xw2k9q8m7n6v5zt', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', ...(used ? { serviceNumbersUsed: used[0] } : {}) },
  { id: '7c3e9f1a2b4d4e6f8a0b1c2d3e4f5a6b', provider: 'aliyun', product: 'swas', region: 'cn-shanghai', ...(used ? { serviceNumbersUsed: used[1] } : {}) },
];
const snRead = (count: string, a: string, b: string) => read(snList(snHeads(count), snRows(a, b)), SN_URL)?.facts.servers;

describe('b99b874 a count header naming its figures, in other orders and words (aliyun/beian-service-numbers usedFigure)', () => {
  it('总数/剩余/已使用 over "5 / 3 / 2": the third figure (invented before: 5, the total)', () => {
    expect(snRead('总数/剩余/已使用', '5 / 3 / 2', '5 / 5 / 0')).toEqual(snServers([2, 0]));
  });

  it('剩余/已使用/总数 over "3 / 2 / 5": the second figure (invented before: 3, the remaining)', () => {
    expect(snRead('剩余/已使用/总数', '3 / 2 / 5', '5 / 0 / 5')).toEqual(snServers([2, 0]));
  });

  it('Total/Available/Used, and 备案服务号（总数/剩余/已使用） in the number\'s bracket: the last figure (invented / missing before)', () => {
    expect(snRead('Total/Available/Used', '5/3/2', '5/5/0')).toEqual(snServers([2, 0]));
    expect(snRead('备案服务号（总数/剩余/已使用）', '5/3/2', '5/5/0')).toEqual(snServers([2, 0]));
  });

  it('已用/上限 over "2 / 5": a limit is the total (missing before: no count column known, no server read)', () => {
    expect(snRead('已用/上限', '2 / 5', '0 / 5')).toEqual(snServers([2, 0]));
    expect(snRead('上限/已用', '5 / 2', '5 / 0')).toEqual(snServers([2, 0]));
  });

  it('a figure after the used one drawn with a word or a share — 总数/已使用 over "共5个/已用2个", Total/Used over "5/2 (40%)" (missing before)', () => {
    expect(snRead('总数/已使用', '共5个/已用2个', '共5个/已用0个')).toEqual(snServers([2, 0]));
    expect(snRead('Total/Used', '5/2 (40%)', '5/0 (0%)')).toEqual(snServers([2, 0]));
  });

  it('guard: 已使用/剩余/总数 over "2/3/5", Used/Total over "2/5 (40%)": the first figure', () => {
    expect(snRead('已使用/剩余/总数', '2/3/5', '0/5/5')).toEqual(snServers([2, 0]));
    expect(snRead('Used/Total', '2/5 (40%)', '0/5 (0%)')).toEqual(snServers([2, 0]));
  });

  it('a figure alone under 总数/剩余/已使用 names none of them: no count (invented before: 5)', () => {
    expect(snRead('总数/剩余/已使用', '5', '5')).toEqual(snServers());
  });
});
