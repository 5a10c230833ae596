import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Second review of session 48's fixes (session 49: test/fixtures-unseen/README.md "Second review of session 48's fixes,
 * session 49"): where a fix answered its one page too narrowly (the same situation written a little differently still
 * invented or missed) or too broadly (an ordinary page lost a fact, or read a wrong one). Each case narrowed in a scratch
 * variant to its smallest markup.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));
const cell = (html: string) => `<td class="next-table-cell" role="gridcell"><div class="next-table-cell-wrapper">${html}</div></td>`;
const fusionTable = (head: string[], rows: string[][]) =>
  '<div class="next-table" role="grid"><table><thead><tr>' +
  head.map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
  '</tr></thead><tbody>' + rows.map((r) => `<tr class="next-table-row" role="row">${r.map(cell).join('')}</tr>`).join('') + '</tbody></table></div>';
const textButton = (t: string) => `<a class="next-btn next-btn-text next-btn-primary" href="#/detail">${t}</a>`;

// ---------------------------------------------------------------- an id drawn as a text button (585dafb, ea8329c, 358fcb4)

describe('an ECS list\'s id drawn as a text button beside a name shaped like an older id (aliyun/ecs-instance-list)', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/all';
  const head = ['实例ID/名称', '地域', 'IP地址', '状态', '配置', '付费方式', '操作'];
  const row = (idCell: string) => [idCell, '华东1（杭州）', '<div>47.98.12.34(公)</div>', '<span>运行中</span>', '<div>2 vCPU 4 GiB</div><div>5Mbps (峰值)</div>', '<div>包年包月</div><div>2027年3月1日 23:59 到期</div>', textButton('管理')];
  const ids = (idCell: string) => read(fusionTable(head, [row(idCell)]), url)?.facts.servers?.map((s) => s.id);
  it('<a class="next-btn next-btn-text">i-bp1…</a> over the name i-myserver01: the id is i-bp1… (wrong before: the name was read as the id)', () => {
    expect(ids(`<div>${textButton('i-bp1mnmcm2zwsq20sga5n')}</div><div>i-myserver01</div>`)).toEqual(['i-bp1mnmcm2zwsq20sga5n']);
  });
  it('guard: the name drawn as the button, the id plain; the id alone drawn so — read as before', () => {
    expect(ids(`<div>${textButton('i-myserver01')}</div><div>i-bp1mnmcm2zwsq20sga5n</div>`)).toEqual(['i-bp1mnmcm2zwsq20sga5n']);
    expect(ids(`<div>${textButton('i-bp1mnmcm2zwsq20sga5n')}</div><div>web-prod-01</div>`)).toEqual(['i-bp1mnmcm2zwsq20sga5n']);
  });
});

describe('a service-number list headed name first, its name drawn as the text button over a plain id (aliyun/server-values cellIdWithButton)', () => {
  const url = 'https://beian.console.aliyun.com/#/serviceCode/list';
  const numbers = (first: string, idCell: string, product: string) =>
    fusionTable([first, '产品类型', '地域', '已使用', '总数', '操作'], [[idCell, product, '华东1（杭州）', '2', '5', textButton('申请')]]);
  const ids = (first: string, idCell: string, product = '虚拟主机') => read(numbers(first, idCell, product), url)?.facts.servers?.map((s) => s.id);
  it('实例名称/ID: the host name hmu… a text button over the id bdm…: the id is bdm… (wrong since 358fcb4: the name was read as the id)', () => {
    expect(ids('实例名称/ID', `<div>${textButton('hmu3837262138')}</div><div>bdm826026321</div>`)).toEqual(['bdm826026321']);
  });
  it('实例名称/ID: the plain name hmu… over the id bdm… drawn as the text button: the id is bdm… (wrong before: the name shown first)', () => {
    expect(ids('实例名称/ID', `<div>hmu3837262138</div><div>${textButton('bdm826026321')}</div>`)).toEqual(['bdm826026321']);
  });
  it('guard: 实例ID/名称 with the id drawn over the name, an ECS id under a name drawn so, read the id (round 58)', () => {
    expect(ids('实例ID/名称', `<div>${textButton('bdm826026321')}</div><div>hmu3837262138</div>`)).toEqual(['bdm826026321']);
    expect(ids('实例名称/ID', `<div>${textButton('hezhou-web-01')}</div><div>i-bp1f3k8m2n5q7r9t0wxy</div>`, '云服务器ECS')).toEqual(['i-bp1f3k8m2n5q7r9t0wxy']);
  });
});
