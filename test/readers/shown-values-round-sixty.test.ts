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

const URL_DOMAINS = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
const H5 = 'css-1s3dcof';
const domainList = (statusCell: string) =>
  `<div class="ant-table-wrapper ${H5}"><div class="ant-table ${H5}"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout:auto"><thead class="ant-table-thead"><tr>` +
  ['域名', '域名持有者', '域名状态', '到期日期', '操作'].map((h) => `<th class="ant-table-cell" scope="col">${h}</th>`).join('') +
  '</tr></thead><tbody class="ant-table-tbody"><tr data-row-key="longjing-lab.shop" class="ant-table-row ant-table-row-level-0">' +
  [
    '<a href="#/domain/detail/longjing-lab.shop">longjing-lab.shop</a>',
    `<div>杭州云栖茶事文化有限公司</div><div><span class="ant-tag ant-tag-success ${H5}">已实名认证</span></div>`,
    statusCell,
    '2026年9月10日',
    `<button type="button" class="ant-btn ${H5} ant-btn-link ant-btn-sm"><span>赎回</span></button>`,
  ]
    .map((c) => `<td class="ant-table-cell">${c}</td>`)
    .join('') +
  '</tr></tbody></table></div></div></div></div>';
const badge = (text: string, status: string) =>
  `<span class="ant-badge ant-badge-status ant-badge-not-a-wrapper ${H5}"><span class="ant-badge-status-dot ant-badge-status-${status}"></span><span class="ant-badge-status-text">${text}</span></span>`;
const note = (text: string) => `<div><span class="ant-typography ant-typography-secondary ${H5}">${text}</span></div>`;
const domain = (status: string[]) => ({ domain: 'longjing-lab.shop', status, realNameVerified: true, registrantName: '杭州云栖茶事文化有限公司', expiresAt: '2026-09-10' });

describe('a day count under a domain status tag is a note (shared/text-values isStatusNote)', () => {
  it('急需赎回 over "已过期 89 天": the status alone (invented before: 已过期 89 天 given as a second status)', () => {
    expect(read(domainList(badge('急需赎回', 'error') + note('已过期 89 天')), URL_DOMAINS)?.facts.domains).toEqual([domain(['急需赎回'])]);
  });

  it('急需续费 over "3天后进入赎回期", written without spaces: the status alone (invented before: the note given as a status)', () => {
    expect(read(domainList(badge('急需续费', 'warning') + note('3天后进入赎回期')), URL_DOMAINS)?.facts.domains).toEqual([domain(['急需续费'])]);
  });

  it('guard: the English "Expired 89 days" stays a note, as before', () => {
    expect(read(domainList(badge('急需赎回', 'error') + note('Expired 89 days')), URL_DOMAINS)?.facts.domains).toEqual([domain(['急需赎回'])]);
  });

  it('guard: a status word with no count (已过期, 赎回期) is still a status', () => {
    expect(read(domainList(badge('已过期', 'error') + note('赎回期')), URL_DOMAINS)?.facts.domains).toEqual([domain(['已过期', '赎回期'])]);
  });
});
