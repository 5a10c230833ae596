import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the sixtieth round of held-out pages (plain Alibaba Cloud pages in a returning filer's order — the base
 * rate: test/fixtures-unseen/README.md "Sixtieth round") and its variants, each narrowed in a scratch copy of its page to
 * the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

const URL_ZH = 'https://beian.console.aliyun.com/#/serviceCode/list';
const URL_EN = 'https://beian.console.alibabacloud.com/#/serviceCode';
const cell = (html: string) => `<td class="next-table-cell" role="gridcell"><div class="next-table-cell-wrapper">${html}</div></td>`;
const list = (heads: string[], rows: string[][]) =>
  '<div class="next-table next-table-medium" role="table"><div class="next-table-inner"><table role="grid"><thead class="next-table-header"><tr role="row">' +
  heads.map((h) => `<th class="next-table-header-node" role="columnheader"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
  '</tr></thead><tbody class="next-table-body">' +
  rows.map((r) => `<tr class="next-table-row" role="row">${r.map(cell).join('')}</tr>`).join('') +
  '</tbody></table></div></div><div class="next-pagination"><span class="next-pagination-total">共 2 条</span></div>';
const ecs = '<div><a href="#">i-bp1c4xw2k9q8m7n6v5zt</a></div><div class="text-secondary">yunqi-api-02</div>';
const swas = '<div><a href="#">7c3e9f1a2b4d4e6f8a0b1c2d3e4f5a6b</a></div><div class="text-secondary">yunqi-web-01</div>';
const pair = (a: number, b: number) => `<span class="count-a">${a}</span> / <span class="count-b">${b}</span>`;
const servers = (used?: [number, number]) => [
  { id: 'i-bp1c4xw2k9q8m7n6v5zt', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', ...(used ? { serviceNumbersUsed: used[0] } : {}) },
  { id: '7c3e9f1a2b4d4e6f8a0b1c2d3e4f5a6b', provider: 'aliyun', product: 'swas', region: 'cn-shanghai', ...(used ? { serviceNumbersUsed: used[1] } : {}) },
];
const rows = (a: string, b: string) => [
  [ecs, '云服务器ECS', '华东1（杭州）', a, '<button type="button" class="next-btn next-btn-text">申请备案服务号</button>'],
  [swas, '轻量应用服务器', '华东2（上海）', b, '<button type="button" class="next-btn next-btn-text">申请备案服务号</button>'],
];
const heads = (count: string) => ['实例ID/名称', '产品类型', '地域', count, '操作'];

describe('a service-number list whose count column names its figures (aliyun/beian-service-numbers usedFigure)', () => {
  it('备案服务号（已使用/总数） over "2 / 5": the used figure read (missing before: the header was read as the number column)', () => {
    const got = read(list(heads('备案服务号（已使用/总数）'), rows(pair(2, 5), pair(0, 5))), URL_ZH);
    expect(got?.facts.servers).toEqual(servers([2, 0]));
  });

  it('Service Identification Numbers (Used/Total), English: the used figure read (missing before)', () => {
    const en = [
      [ecs, 'ECS', 'China (Hangzhou)', pair(1, 5), 'Apply'],
      [swas, 'Simple Application Server', 'China (Shanghai)', pair(3, 5), 'Apply'],
    ];
    const got = read(list(['Instance ID/Name', 'Product Type', 'Region', 'Service Identification Numbers (Used/Total)', 'Actions'], en), URL_EN, 'en');
    expect(got?.facts.servers).toEqual(servers([1, 3]));
  });

  it('总数/已使用 over "5 / 2": the second figure is the used one (invented before: 5, the total)', () => {
    const got = read(list(heads('总数/已使用'), rows(pair(5, 2), pair(5, 0))), URL_ZH);
    expect(got?.facts.servers).toEqual(servers([2, 0]));
  });

  it('Total/Used over "5 / 4", English words on the zh console: the second figure (invented before)', () => {
    const got = read(list(heads('Total/Used'), rows(pair(5, 4), pair(5, 1))), URL_ZH);
    expect(got?.facts.servers).toEqual(servers([4, 1]));
  });

  it('guard: 已使用/总数 over "2 / 5" reads the first figure, as before', () => {
    const got = read(list(heads('已使用/总数'), rows(pair(2, 5), pair(0, 5))), URL_ZH);
    expect(got?.facts.servers).toEqual(servers([2, 0]));
  });

  it('guard: 备案服务号（总数） over "5" names no used figure: no count', () => {
    const got = read(list(heads('备案服务号（总数）'), rows('5', '5')), URL_ZH);
    expect(got?.facts.servers).toEqual(servers());
  });

  it('one figure under 总数/已使用 gives no count: which one it is the cell does not say (invented before: the lone figure read as the used count)', () => {
    const got = read(list(heads('总数/已使用'), rows('5', '5')), URL_ZH);
    expect(got?.facts.servers).toEqual(servers());
  });

  it('guard: one row per number (备案服务号 with its 状态) is still counted by status', () => {
    const perNumber = [
      [ecs, '云服务器ECS', '华东1（杭州）', '3301061248', '已使用'],
      [ecs, '云服务器ECS', '华东1（杭州）', '3301061249', '未使用'],
    ];
    const got = read(list(['实例ID/名称', '产品类型', '地域', '备案服务号', '状态'], perNumber), URL_ZH);
    expect(got?.facts.servers).toEqual([{ id: 'i-bp1c4xw2k9q8m7n6v5zt', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', serviceNumbersUsed: 1 }]);
  });
});
