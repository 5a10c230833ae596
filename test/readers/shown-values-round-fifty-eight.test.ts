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
