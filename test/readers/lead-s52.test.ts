import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * The lead's session-52 fixes: pairs of held-out pages × markup mutations that broke at the end of session 51
 * (test/fixtures-unseen/README.md "Lead's review, session 52"), each narrowed to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

const URL_SN = 'https://beian.console.aliyun.com/#/serviceCode/list';
const cell = (html: string) => `<td class="next-table-cell" role="gridcell"><div class="next-table-cell-wrapper">${html}</div></td>`;
const list = (heads: string[], rows: string[][]) =>
  '<div class="next-table next-table-medium" role="table"><div class="next-table-inner"><table role="grid"><thead class="next-table-header"><tr role="row">' +
  heads.map((h) => `<th class="next-table-header-node" role="columnheader"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
  '</tr></thead><tbody class="next-table-body">' +
  rows.map((r) => `<tr class="next-table-row" role="row">${r.map(cell).join('')}</tr>`).join('') +
  '</tbody></table></div></div><div class="next-pagination"><span class="next-pagination-total">共 2 条</span></div>';
const ecs = '<div><a href="#">i-bp1c4xw2k9q8m7n6v5zt</a></div><div class="text-secondary">yunqi-api-02</div>';
const swas = '<div><a href="#">7c3e9f1a2b4d4e6f8a0b1c2d3e4f5a6b</a></div><div class="text-secondary">yunqi-web-01</div>';
const pair = (a: number, b: number) => `<span>${a}</span> / <span>${b}</span>`;
const servers = (used?: [number, number]) => [
  { id: 'i-bp1c4xw2k9q8m7n6v5zt', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', ...(used ? { serviceNumbersUsed: used[0] } : {}) },
  { id: '7c3e9f1a2b4d4e6f8a0b1c2d3e4f5a6b', provider: 'aliyun', product: 'swas', region: 'cn-shanghai', ...(used ? { serviceNumbersUsed: used[1] } : {}) },
];
const rows = (a: string, b: string) => [
  [ecs, '云服务器ECS', '华东1（杭州）', a, '<button type="button" class="next-btn next-btn-text">申请备案服务号</button>'],
  [swas, '轻量应用服务器', '华东2（上海）', b, '<button type="button" class="next-btn next-btn-text">申请备案服务号</button>'],
];
const heads = (count: string) => ['实例ID/名称', '产品类型', '地域', count, '操作'];

describe('a service-number count header with a qualifier after its figures (aliyun/beian-service-numbers usedFigure)', () => {
  it('备案服务号（已使用/总数）（当前） over "2 / 5": the used figure read (missing before: the last bracket alone was looked at)', () => {
    expect(read(list(heads('备案服务号（已使用/总数）（当前）'), rows(pair(2, 5), pair(0, 5))), URL_SN)?.facts.servers).toEqual(servers([2, 0]));
  });

  it('guard: 已使用（个） over "2": the used column with a unit in its bracket still read', () => {
    expect(read(list(heads('已使用（个）'), rows('2', '0')), URL_SN)?.facts.servers).toEqual(servers([2, 0]));
  });

  it('guard: 备案服务号（总数）（当前） over "5": no used figure (the total is not the used count)', () => {
    expect(read(list(heads('备案服务号（总数）（当前）'), rows('5', '5')), URL_SN)?.facts.servers).toEqual(servers());
  });
});

const URL_HOLDER = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=songhe-studio.cn';
const item = (label: string, value: string) =>
  `<div class="next-form-item next-left"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control"><div class="next-form-preview">${value}</div></div></div>`;
const tag = (text: string) => `<span class="next-tag next-tag-small next-tag-green"><span class="next-tag-body">${text}</span></span>`;
const holder = (realName: string, more = '') =>
  `<div class="next-card"><div class="next-card-head"><h3>域名持有者信息</h3></div><div class="next-card-body"><form class="next-form">` +
  item('域名', 'songhe-studio.cn') + item('域名持有者', '杭州松鹤文化传媒有限公司') + item('证件类型', '统一社会信用代码') +
  item('实名认证', realName) + more + '</form></div></div>';
const holderDomain = (body: string) => read(body, URL_HOLDER)?.facts.domains?.[0];

describe('the Alibaba Cloud holder page says when real-name verification passed (aliyun/domain-holder realNameVerifiedAt)', () => {
  it('"Verified on Jun 20, 2025" beside the tag: read (missing before: round seventy-six\'s open item)', () => {
    expect(holderDomain(holder(`${tag('已实名认证')}<span class="next-form-item-help">Verified on Jun 20, 2025</span>`))?.realNameVerifiedAt).toBe('2025-06-20');
  });

  it('a field of its own, 实名认证时间 2025-06-20 10:32:05: read (missing before)', () => {
    expect(holderDomain(holder(tag('已实名认证'), item('实名认证时间', '2025-06-20 10:32:05')))?.realNameVerifiedAt).toBe('2025-06-20');
  });

  it('"已实名认证（2025-06-20 审核通过）" in the value: read (missing before)', () => {
    expect(holderDomain(holder('已实名认证（2025-06-20 审核通过）'))?.realNameVerifiedAt).toBe('2025-06-20');
  });

  it('guard: no date for a domain not verified, nor from a submission date ("审核中 2025-06-20 提交")', () => {
    const d = holderDomain(holder(`${tag('审核中')}<span class="next-form-item-help">2025-06-20 提交</span>`));
    expect(d?.realNameVerifiedAt).toBeUndefined();
    const plain = holderDomain(holder(tag('已实名认证')));
    expect(plain?.realNameVerified).toBe(true);
    expect(plain?.realNameVerifiedAt).toBeUndefined();
  });

  it('guard: a verification-time field under a mailbox-verification title is not the domain\'s', () => {
    const mail = '<div class="next-card"><div class="next-card-head"><h3>邮箱验证</h3></div><div class="next-card-body"><form class="next-form">' + item('认证时间', '2024-01-02') + '</form></div></div>';
    expect(holderDomain(holder(tag('已实名认证')) + mail)?.realNameVerifiedAt).toBeUndefined();
  });
});
