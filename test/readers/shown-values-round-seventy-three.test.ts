import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the seventy-third round of held-out pages (plain pages of Alibaba Cloud's international console in its
 * 繁體中文 UI and of Tencent Cloud's detail pages: test/fixtures-unseen/README.md "Seventy-third round"), each narrowed
 * to the smallest markup that showed it. Both were facts missing, none invented.
 */

const page = (body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

const table = (heads: string[], rows: string[][]) =>
  '<div class="next-table next-table-medium"><div class="next-table-inner">' +
  `<div class="next-table-header"><table><thead><tr>${heads.map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('')}</tr></thead></table></div>` +
  `<div class="next-table-body"><table><tbody>${rows.map((r) => `<tr class="next-table-row">${r.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div></div></div>`;

const ECS_URL = 'https://ecs.console.alibabacloud.com/server/region/all';
const ecsRow = (ips: string) => [
  '<div><button type="button" class="next-btn next-btn-text">i-bp1f9d4s2a7gw5c13h6j</button></div><div>tc-db-master</div>',
  '華東1（杭州）',
  ips,
  '<div>4 vCPU 16 GiB (I/O優化)</div><div>ecs.r7.xlarge</div>',
  '<div>包年包月</div><div>2027年1月8日 23:59 到期</div>',
];
const ecsHeads = (ipLabel: string) => ['執行個體ID/名稱', '地域', ipLabel, '配置', '付費方式'];

describe('ECS list in 繁體中文: the IP column labelled IP位址 (rules/labels/aliyun/ecs.json ecs-instance-list ip)', () => {
  it('IP位址 (Taiwan / Hong Kong word for 地址): a row with a private address only reads publicBandwidthMbps 0 (missing before)', () => {
    const got = read(table(ecsHeads('IP位址'), [ecsRow('<div>172.16.9.20(私有)</div>')]), ECS_URL);
    expect(got?.facts.servers?.[0]).toMatchObject({ id: 'i-bp1f9d4s2a7gw5c13h6j', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-01-08', publicBandwidthMbps: 0 });
  });

  it('guard: IP地址 reads it as before', () => {
    const got = read(table(ecsHeads('IP地址'), [ecsRow('<div>172.16.9.20(私有)</div>')]), ECS_URL);
    expect(got?.facts.servers?.[0]?.publicBandwidthMbps).toBe(0);
  });

  it('guard: under IP位址, a row with a public address and no bandwidth shown gives no bandwidth', () => {
    const got = read(table(ecsHeads('IP位址'), [ecsRow('<div>121.41.22.133(彈性)</div><div>172.16.10.5(私有)</div>')]), ECS_URL);
    expect(got?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });
});

const DOM_URL = 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain';
const antTable = (heads: string[], rows: string[][]) =>
  '<div class="ant-table-wrapper css-1x0dypw"><div class="ant-table css-1x0dypw"><div class="ant-table-container"><div class="ant-table-content"><table>' +
  `<thead class="ant-table-thead"><tr>${heads.map((h) => `<th class="ant-table-cell" scope="col">${h}</th>`).join('')}</tr></thead>` +
  `<tbody class="ant-table-tbody">${rows.map((r) => `<tr class="ant-table-row ant-table-row-level-0">${r.map((c) => `<td class="ant-table-cell">${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div></div></div></div>`;
const domRow = ['<a href="#">tszchun.com</a>', '正常', '<div>深圳卓俊信息科技有限公司</div><span class="ant-tag ant-tag-green">已實名認證</span>', '2027-05-08'];

describe('domain list in 繁體中文: the holder column labelled 網域名稱持有者 (rules/labels/aliyun/domain.json domain-list holder)', () => {
  it('網域名稱持有者: the holder and its real-name tag read (missing before)', () => {
    const got = read(antTable(['網域名稱', '網域名稱狀態', '網域名稱持有者', '到期日期'], [domRow]), DOM_URL);
    expect(got?.facts.domains?.[0]).toEqual({ domain: 'tszchun.com', status: ['正常'], realNameVerified: true, registrantName: '深圳卓俊信息科技有限公司', expiresAt: '2027-05-08' });
  });

  it('guard: 域名持有者 reads it as before', () => {
    const got = read(antTable(['域名', '域名状态', '域名持有者', '到期日期'], [domRow]), DOM_URL);
    expect(got?.facts.domains?.[0]?.registrantName).toBe('深圳卓俊信息科技有限公司');
  });

  it('guard: a column of something else (網域名稱類型) is no holder', () => {
    const got = read(antTable(['網域名稱', '網域名稱狀態', '網域名稱類型', '到期日期'], [['<a href="#">tszchun.com</a>', '正常', 'gTLD', '2027-05-08']]), DOM_URL);
    expect(got?.facts.domains?.[0]?.registrantName).toBeUndefined();
    expect(got?.facts.domains?.[0]?.domain).toBe('tszchun.com');
  });
});
