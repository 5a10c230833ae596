import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fifty-eighth round of held-out pages (plain Alibaba Cloud pages in a first filer's order — the base
 * rate: test/fixtures-unseen/README.md "Fifty-eighth round") and its variants, each narrowed in a scratch copy of its page
 * to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

const URL_ALL = 'https://ecs.console.aliyun.com/server/region/all';
const cell = (html: string) => `<td class="next-table-cell" role="gridcell"><div class="next-table-cell-wrapper">${html}</div></td>`;
const list = (rows: string[][]) =>
  '<div class="next-table next-table-medium" role="grid"><div class="next-table-inner"><div class="next-table-header"><table><thead class="next-table-header"><tr>' +
  ['实例ID/名称', '地域', 'IP地址', '状态', '配置', '付费方式', '操作'].map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
  '</tr></thead></table></div><div class="next-table-body"><table><tbody class="next-table-body">' +
  rows.map((r) => `<tr class="next-table-row" role="row">${r.map(cell).join('')}</tr>`).join('') +
  '</tbody></table></div></div></div>';
const row = (idCell: string, region = '华东1（杭州）') => [
  idCell,
  region,
  '<div>47.98.12.34(公)</div><div>172.16.3.4(私有)</div>',
  '<span class="status-dot"></span><span>运行中</span>',
  '<div>2 vCPU 4 GiB (I/O优化)</div><div class="text-secondary">ecs.g7.large&nbsp;&nbsp;5Mbps (峰值)</div>',
  '<div>包年包月</div><div class="text-secondary">2027年3月1日 23:59 到期</div>',
  '<a class="next-btn next-btn-text next-btn-primary">管理</a> <a class="next-btn next-btn-text next-btn-primary">续费</a>',
];
const idAs = (cls: string, id: string, name = 'web-prod-01') =>
  `<div><a class="${cls}" href="#/server/${id}/detail?regionId=cn-hangzhou">${id}</a><i class="next-icon next-icon-copy" role="button" aria-label="复制"></i></div>` +
  `<div class="text-secondary"><span>${name}</span><i class="next-icon next-icon-edit" role="button" aria-label="编辑"></i></div>`;
const server = (id: string, region = 'cn-hangzhou') => ({ id, provider: 'aliyun', product: 'ecs', region, billing: 'subscription', expiresAt: '2027-03-01', publicBandwidthMbps: 5 });

describe('an ECS list whose instance id is drawn as a text button (aliyun/ecs-instance-list idDrawnAsButton)', () => {
  it("Fusion's <Button text component=\"a\"> (next-btn next-btn-text) around each id: every row read (missing before: the page read nothing)", () => {
    const got = read(list([row(idAs('next-btn next-btn-text next-btn-primary', 'i-bp1mnmcm2zwsq20sga5n')), row(idAs('next-btn next-btn-text next-btn-primary', 'i-uf6pekm2iiiobqqg46rv'), '华东2（上海）')]), URL_ALL);
    expect(got?.facts.servers).toEqual([server('i-bp1mnmcm2zwsq20sga5n'), server('i-uf6pekm2iiiobqqg46rv', 'cn-shanghai')]);
  });

  it("antd's <Button type=\"link\" href> (ant-btn ant-btn-link) around each id: every row read (missing before)", () => {
    const got = read(list([row(idAs('ant-btn css-1gwfwyx ant-btn-link', 'i-bp1mnmcm2zwsq20sga5n'))]), URL_ALL);
    expect(got?.facts.servers).toEqual([server('i-bp1mnmcm2zwsq20sga5n')]);
  });

  it('guard: a button naming an action with an id in its words ("连接 i-…") gives no id: the row stays unread', () => {
    const idCell = '<div><span>web-prod-01</span> <a class="next-btn next-btn-text">连接 i-bp1mnmcm2zwsq20sga5n</a></div>';
    expect(read(list([row(idCell)]), URL_ALL)?.facts.servers ?? []).toEqual([]);
  });

  it('guard: two different ids drawn as buttons in one id cell give none', () => {
    const idCell = idAs('next-btn next-btn-text', 'i-bp1mnmcm2zwsq20sga5n') + idAs('next-btn next-btn-text', 'i-bp1zzzzzzzzzzzzzzzzz', 'other');
    expect(read(list([row(idCell)]), URL_ALL)?.facts.servers ?? []).toEqual([]);
  });

  it('guard: an id drawn as a button but hidden (a hover card) gives none', () => {
    const idCell = '<div><span>web-prod-01</span><div class="next-balloon" style="display:none"><a class="next-btn next-btn-text">i-bp1mnmcm2zwsq20sga5n</a></div></div>';
    expect(read(list([row(idCell)]), URL_ALL)?.facts.servers ?? []).toEqual([]);
  });
});

describe('a SWAS list whose server id is drawn as a text button (aliyun/server-values idDrawnAsButton, the ECS list\'s fault in the SWAS list)', () => {
  const url = 'https://swas.console.aliyun.com/#/servers';
  const head = ['服务器ID/名称', '地域', '状态', '套餐配置', '到期时间', '操作'];
  const swas = (idCell: string) =>
    '<div class="next-table" role="grid"><table><thead><tr>' + head.map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
    '</tr></thead><tbody><tr class="next-table-row" role="row">' +
    [idCell, '华东1（杭州）', '运行中', '2 vCPU | 2 GiB | ESSD 40 GiB<br>峰值带宽 200 Mbps', '2027-03-01 23:59:59', '<a class="next-btn next-btn-text next-btn-primary">续费</a>'].map(cell).join('') +
    '</tr></tbody></table></div>';
  const ID = '6d59a03d9ab67e55795e694df3c28189';
  it('the id in <a class="next-btn next-btn-text next-btn-primary">: the server read (missing before: the list read nothing)', () => {
    const got = read(swas(`<a class="next-btn next-btn-text next-btn-primary" href="#/server/${ID}/dashboard">${ID}</a><div class="text-secondary">wordpress-01</div>`), url);
    expect(got?.facts.servers?.map((s) => [s.id, s.region, s.expiresAt])).toEqual([[ID, 'cn-hangzhou', '2027-03-01']]);
  });
  it('guard: a button whose words hold the id and more ("远程连接 …") gives none', () => {
    const got = read(swas(`<span>wordpress-01</span> <a class="next-btn next-btn-text">远程连接 ${ID}</a>`), url);
    expect(got?.facts.servers ?? []).toEqual([]);
  });
});

describe('a virtual host list whose host id is drawn as a text button (aliyun/virtual-host-list hostId)', () => {
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  const head = ['实例ID/名称', '产品类型', '地域', '到期日期', '操作'];
  const hosts = (idCell: string) =>
    '<div class="ant-table-wrapper"><div class="ant-table"><table><thead class="ant-table-thead"><tr>' + head.map((h) => `<th class="ant-table-cell">${h}</th>`).join('') +
    '</tr></thead><tbody class="ant-table-tbody"><tr class="ant-table-row ant-table-row-level-0">' +
    [idCell, '共享虚拟主机', '华东1（杭州）', '2027-03-01', '<a>管理</a> <a>续费</a>'].map((c) => `<td class="ant-table-cell">${c}</td>`).join('') +
    '</tr></tbody></table></div></div>';
  const ids = (idCell: string) => read(hosts(idCell), url)?.facts.servers?.map((s) => s.id);
  it('the id in <a class="ant-btn ant-btn-link"> over the host name: the id is the bdm… one (wrong before: the host name hmu… was read as the id)', () => {
    expect(ids('<a class="ant-btn css-1gwfwyx ant-btn-link" href="#/host/detail">bdm826026321</a><div class="muted">hmu3837262138</div>')).toEqual(['bdm826026321']);
  });
  it('guard: the id as a plain link over the host name is read as before', () => {
    expect(ids('<a href="#/host/detail">bdm826026321</a><div class="muted">hmu3837262138</div>')).toEqual(['bdm826026321']);
  });
  it('guard: the id as plain text with an id-like text button after it keeps the shown id first', () => {
    expect(ids('<span>bdm826026321</span> <a class="ant-btn ant-btn-link">hmu3837262138</a>')).toEqual(['bdm826026321']);
  });
});

describe("a service-number list whose instance id is drawn as a text button (aliyun/beian-service-numbers, server-values cellIdWithButton)", () => {
  const url = 'https://beian.console.aliyun.com/#/serviceCode/list';
  const head = (first: string) => [first, '产品类型', '地域', '已使用', '总数', '操作'];
  const numbers = (first: string, idCell: string) =>
    '<div class="next-table" role="grid"><table><thead><tr>' + head(first).map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
    '</tr></thead><tbody><tr class="next-table-row" role="row">' +
    [idCell, '云服务器ECS', '华东1（杭州）', '2', '5', '<a class="next-btn next-btn-text next-btn-primary">申请</a>'].map(cell).join('') +
    '</tr></tbody></table></div>';
  const ids = (first: string, idCell: string) => read(numbers(first, idCell), url)?.facts.servers?.map((s) => s.id);
  const BTN = (t: string) => `<a class="next-btn next-btn-text next-btn-primary" href="#/ecs/${t}">${t}</a>`;
  it('实例ID/名称: the id a text button over the name hezhou-web-01 — the id read (wrong before: the name was read as the id)', () => {
    expect(ids('实例ID/名称', `<div>${BTN('i-bp1f3k8m2n5q7r9t0wxy')}</div><div class="text-muted">hezhou-web-01</div>`)).toEqual(['i-bp1f3k8m2n5q7r9t0wxy']);
  });
  it('实例名称/ID: the name first, the id a text button under it — the id read (wrong before)', () => {
    expect(ids('实例名称/ID', `<div>hezhou-web-01</div><div>${BTN('i-bp1f3k8m2n5q7r9t0wxy')}</div>`)).toEqual(['i-bp1f3k8m2n5q7r9t0wxy']);
  });
  it('guard: the id as a plain link over the name is read as before', () => {
    expect(ids('实例ID/名称', '<div><a href="#/x">i-bp1f3k8m2n5q7r9t0wxy</a></div><div class="text-muted">hezhou-web-01</div>')).toEqual(['i-bp1f3k8m2n5q7r9t0wxy']);
  });
});

describe('a domain list whose domain is drawn as a text button over a remark naming another domain (aliyun/domain-list cellDomain)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (domainCell: string) =>
    '<div class="next-table" role="grid"><table><thead><tr>' + ['域名', '域名状态', '到期日期', '操作'].map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
    '</tr></thead><tbody><tr class="next-table-row" role="row">' + [domainCell, '正常', '2028-05-20', '<a>解析</a> <a>续费</a>'].map(cell).join('') + '</tr></tbody></table></div>';
  const REMARK = '<div class="domain-remark"><span class="remark-label">备注：</span><span class="remark-text">到期 2027-01-01 前转到 zhangsan.net，持有者 李四</span></div>';
  const domains = (c: string) => read(list(c), url)?.facts.domains?.map((d) => [d.domain, d.expiresAt]);
  it('the domain in <a class="next-btn next-btn-text"> over the remark: the row is expire2027.cn (invented before: zhangsan.net with the row\'s date)', () => {
    expect(domains(`<a class="next-btn next-btn-text next-btn-primary" href="#/domain/detail/expire2027.cn">expire2027.cn</a>${REMARK}`)).toEqual([['expire2027.cn', '2028-05-20']]);
  });
  it('guard: the domain as a plain link over the remark is read as before', () => {
    expect(domains(`<a class="domain-name" href="#/domain/detail/expire2027.cn">expire2027.cn</a>${REMARK}`)).toEqual([['expire2027.cn', '2028-05-20']]);
  });
});
