import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { detectPageState } from '../../src/readers/dom/page-state';
import { groupRowsOf } from '../../src/readers/dom/group-row';
import { parseBandwidth } from '../../src/readers/dom/parse-bandwidth';
import { createVisibilityCache } from '../../src/readers/dom/visibility';

/**
 * Faults found by the tenth round of held-out Alibaba Cloud pages (test/fixtures-unseen/README.md,
 * "Tenth round (Alibaba Cloud)"), each narrowed down to the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);

describe('page state: a loading card beside cards of class-labelled fields (page-state.ts)', () => {
  const beian = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const item = (label: string, value: string) => `<div class="info-item"><div class="info-item-label">${label}</div><div class="info-item-value">${value}</div></div>`;
  const entityCard = `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">主办单位信息</div></div><div class="ant-card-body">
    ${item('主办单位性质', '企业')}${item('主办单位证件类型', '营业执照')}${item('主办单位名称', '宁波甬江数字科技有限公司')}</div></div>`;
  const skeletonCard = '<div class="ant-card ant-card-loading" aria-busy="true"><div class="ant-card-head"><div class="ant-card-head-title">历史备案信息</div></div><div class="ant-card-body"><div class="ant-skeleton ant-skeleton-active"><ul class="ant-skeleton-paragraph"><li></li><li></li></ul></div></div></div>';

  it('an aria-busy skeleton card next to a card whose labels are divs classed "…-label" leaves the page ready, and the entity is read', () => {
    const doc = page(`<div class="beian-form-page">${entityCard}${skeletonCard}</div>`, beian);
    expect(detectPageState(doc.body, createVisibilityCache())).toBe('ready');
    expect(readPage(doc, new URL(beian))?.facts.entity).toMatchObject({ type: 'organization', name: '宁波甬江数字科技有限公司', idType: '营业执照' });
  });

  it('the same card alone, or around the fields, is still the page loading; a class merely containing "label" is no label', () => {
    expect(detectPageState(page(`<div class="beian-form-page">${skeletonCard}</div>`, beian).body, createVisibilityCache())).toBe('loading');
    expect(detectPageState(page(`<div class="beian-form-page" aria-busy="true">${entityCard}</div>`, beian).body, createVisibilityCache())).toBe('loading');
    const notLabels = '<div class="ant-card"><div class="labelled-box">主办单位名称</div><div class="label-group">宁波甬江数字科技有限公司</div></div>';
    expect(detectPageState(page(`<div class="beian-form-page">${notLabels}${skeletonCard}</div>`, beian).body, createVisibilityCache())).toBe('loading');
  });
});

describe('saved pages: a <template> inside a table stays inert (src/cli/html-document.ts)', () => {
  const list = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const row = (domain: string, holder: string, date: string) =>
    `<tr class="ant-table-row"><td class="ant-table-cell"><a>${domain}</a></td><td class="ant-table-cell">正常</td><td class="ant-table-cell">已实名认证</td><td class="ant-table-cell">${holder}</td><td class="ant-table-cell">${date}</td></tr>`;
  const table = (body: string) =>
    `<div class="ant-table"><table><thead class="ant-table-thead"><tr><th>域名</th><th>域名状态</th><th>实名认证</th><th>域名持有者</th><th>到期时间</th></tr></thead><tbody class="ant-table-tbody">${body}</tbody></table></div>`;

  it('a row template in the <tbody> is no row of the list: its domain is not read, and it is kept in the template', () => {
    const doc = page(table(`<template>${row('tpl-decoy.com', '模板公司', '2021-01-01')}</template>${row('yunshan-tea.com', '杭州云山茶业有限公司', '2027-01-05')}`), list);
    expect(readPage(doc, new URL(list))?.facts.domains?.map((d) => d.domain)).toEqual(['yunshan-tea.com']);
    expect(doc.querySelectorAll('tbody tr')).toHaveLength(1);
    expect((doc.querySelector('tbody > template') as HTMLTemplateElement | null)?.content.textContent).toContain('tpl-decoy.com');
  });

  it('"<template>" in a comment or a script stays text; a row template in a declarative shadow root table is set aside too (its rows were lost)', () => {
    const doc = page(`<!-- <template> --><script>const t = "<template>";</script><div id="host"><template shadowrootmode="open">${table(`<template>${row('tpl-decoy.com', '模板公司', '2021-01-01')}</template>${row('yunshan.cn', '陈云山', '2026-12-20')}`)}</template></div>`, list);
    const shadow = doc.getElementById('host')?.shadowRoot;
    expect(shadow?.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(shadow?.querySelector('tbody tr')?.textContent).toContain('yunshan.cn');
    expect(doc.querySelector('script')?.textContent).toBe('const t = "<template>";');
  });
});

describe('group rows: a list grouped by region (dom/group-row.ts, aliyun/group-region.ts)', () => {
  const swas = 'https://swas.console.aliyun.com/#/servers';
  const ids = ['7d1e3a5c9b2f4e6a8c0d2f4b6a8c0e21', '2b4d6f8a0c1e43a5b7c9d1f3a5b7c9d2', '9e8d7c6b5a4f43e2d1c0b9a8f7e6d5c3'];
  const data = (id: string, bw: number, date: string) =>
    `<tr class="ant-table-row"><td><a>${id}</a></td><td>运行中</td><td>2核2GB<br>峰值带宽 ${bw}Mbps</td><td>${date} 23:59:59</td></tr>`;
  const group = (title: string, attrs = '') => `<tr class="ant-table-row ant-table-row-group"${attrs}><td colspan="4"><span class="ant-table-row-expand-icon"></span> <span>${title}</span> <span class="count">· 2 台</span></td></tr>`;
  const list = (body: string) =>
    `<div class="ant-table"><table><thead><tr><th>服务器ID/名称</th><th>状态</th><th>套餐配置</th><th>到期时间</th></tr></thead><tbody>${body}</tbody></table></div>`;
  const regions = (html: string) => readPage(page(html, swas), new URL(swas))?.facts.servers?.map((s) => [s.id.slice(0, 4), s.region ?? null]);

  it('each row takes the region its group row names ("华东1（杭州） · 2 台"), until the next group row', () => {
    const html = list(`${group('华东1（杭州）')}${data(ids[0]!, 200, '2027-03-01')}${data(ids[1]!, 5, '2026-12-20')}${group('华北2（北京）')}${data(ids[2]!, 30, '2027-08-15')}`);
    expect(regions(html)).toEqual([['7d1e', 'cn-hangzhou'], ['2b4d', 'cn-hangzhou'], ['9e8d', 'cn-beijing']]);
  });

  it('no region from a group by zone or status, from a hidden group row, or from an expanded detail row holding fields', () => {
    expect(regions(list(`${group('杭州 可用区 J')}${data(ids[0]!, 200, '2027-03-01')}${group('运行中')}${data(ids[1]!, 5, '2026-12-20')}`))).toEqual([['7d1e', null], ['2b4d', null]]);
    // the 北京 group row hidden: its row does not fall back to the 杭州 group above
    expect(regions(list(`${group('华东1（杭州）')}${data(ids[0]!, 200, '2027-03-01')}${group('华北2（北京）', ' style="display:none"')}${data(ids[2]!, 30, '2027-08-15')}`))).toEqual([['7d1e', 'cn-hangzhou'], ['9e8d', null]]);
    const detail = '<tr class="ant-table-expanded-row"><td colspan="4"><dl><dt>地域</dt><dd>华北2（北京）</dd></dl></td></tr>';
    // (the detail row is the first row's own: its 地域 field is that row's region, ./detail-row)
    expect(regions(list(`${group('华东1（杭州）')}${data(ids[0]!, 200, '2027-03-01')}${detail}${data(ids[1]!, 5, '2026-12-20')}`))).toEqual([['7d1e', 'cn-beijing'], ['2b4d', 'cn-hangzhou']]);
  });

  it('a group title drawn as one <th> spanning the table (scope="rowgroup", one <tbody> per group) is no label row: the list is read, each row with its group\'s region', () => {
    const th = (title: string) => `<tr><th colspan="4" scope="rowgroup">${title}</th></tr>`;
    const html = list(`${th('华东1（杭州）')}${data(ids[0]!, 200, '2027-03-01')}${data(ids[1]!, 5, '2026-12-20')}</tbody><tbody>${th('华北2（北京）')}${data(ids[2]!, 30, '2027-08-15')}`);
    expect(regions(html)).toEqual([['7d1e', 'cn-hangzhou'], ['2b4d', 'cn-hangzhou'], ['9e8d', 'cn-beijing']]);
  });
});

describe('group rows of a chunk of a long list (dom/group-row.ts)', () => {
  it('are looked for no further than the last row read: the rows after it are not visited', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<tr><td>i-${i}</td><td>运行中</td></tr>`).join('');
    const doc = page(`<table><tbody><tr><td colspan="2">华东1（杭州） · 300 台</td></tr>${rows}</tbody></table>`, 'https://swas.console.aliyun.com/#/servers');
    const trs = Array.from(doc.querySelector('tbody')!.children);
    let visited = 0;
    const getter = (o: object | null): (() => unknown) | undefined =>
      o ? (Object.getOwnPropertyDescriptor(o, 'childElementCount')?.get ?? getter(Object.getPrototypeOf(o))) : undefined;
    for (const tr of trs.slice(12)) {
      const real = getter(tr)!;
      Object.defineProperty(tr, 'childElementCount', { get() { visited++; return real.call(this); }, configurable: true });
    }
    const read = trs.slice(1, 11).map((row) => ({ row }));
    const groups = groupRowsOf(read, createVisibilityCache());
    expect(read.every(({ row }) => groups.get(row) !== undefined)).toBe(true);
    expect(visited).toBe(0);
  });
});

describe('a bandwidth with a thousands separator (dom/parse-bandwidth.ts)', () => {
  it('"1,000 Mbps" is 1000, not the 0 after its comma; a figure after a digit and a comma is no figure of its own', () => {
    expect(parseBandwidth('1,000 Mbps')).toBe(1000);
    expect(parseBandwidth('Peak bandwidth: 1,024Mbps')).toBe(1024);
    expect(parseBandwidth('峰值带宽 10,000 Kbps')).toBe(10);
    // a decimal comma or a broken grouping says nothing sure
    expect(parseBandwidth('4,5 Mbps')).toBeUndefined();
    expect(parseBandwidth('10,00 Mbps')).toBeUndefined();
    // a comma after a word still starts a figure
    expect(parseBandwidth('按固定带宽,5Mbps')).toBe(5);
  });

  it('an ECS list row showing "1,000 Mbps" has that bandwidth, not 0', () => {
    const url = 'https://ecs.console.alibabacloud.com/#/server/region/cn-shanghai';
    const doc = page(`<table><thead><tr><th>Instance ID/Name</th><th>Status</th><th>Specifications</th><th>Billing Method</th></tr></thead><tbody>
      <tr><td>i-uf6thousands00001</td><td>Running</td><td>4 vCPU 8 GiB<br>Pay-By-Traffic 1,000 Mbps (Peak Value)</td><td>Pay-As-You-Go</td></tr></tbody></table>`, url);
    expect(readPage(doc, new URL(url))?.facts.servers?.[0]?.publicBandwidthMbps).toBe(1000);
  });
});
