import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the seventy-ninth round of held-out pages (plain pages of both providers, the billing and network a real
 * account has beyond the simple case: test/fixtures-unseen/README.md "Seventy-ninth round") and its variants, each narrowed
 * in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

/** A Fusion table (split header and body tables) as the consoles draw their lists. */
const fusionTable = (headers: string[], rows: string[][]) =>
  '<div class="next-table" role="grid"><div class="next-table-header"><table><thead><tr>' +
  headers.map((h) => `<th class="next-table-header-node" role="columnheader"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
  '</tr></thead></table></div><div class="next-table-body"><table><tbody>' +
  rows.map((r) => '<tr class="next-table-row" role="row">' + r.map((c) => `<td class="next-table-cell" role="gridcell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('') + '</tr>').join('') +
  '</tbody></table></div></div>';

const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/all';
const ecsRow = (id: string, ips: string, config: string) => [
  `<a href="#">${id}</a><div>web-01</div>`,
  '华东2（上海）',
  ips,
  '运行中',
  `<div>4 vCPU 16 GiB (I/O优化)</div><div>ecs.g7.xlarge&nbsp;&nbsp;${config}</div>`,
  '<div>按量付费</div><div>2026年8月11日 09:40 创建</div>',
];
const ecsList = (rows: string[][]) => fusionTable(['实例ID/名称', '地域', 'IP地址', '状态', '配置', '付费方式'], rows);

describe('round seventy-nine: an ECS row with a global IPv6 address and "0Mbps"', () => {
  // A row with a private IPv4, a global IPv6 address (2408:…) and "0Mbps (峰值)" in its configuration gave 0: the figure is the
  // instance's IPv4 public bandwidth, the IPv6 address's own bandwidth is not shown (as an EIP's is not beside "0Mbps").
  it('gives no bandwidth: the 0 is the IPv4 one, the IPv6 address has its own', () => {
    const facts = read(ecsList([ecsRow('i-uf6k1j3h5g7f9d2s4a6p', '<div>172.19.3.41（私有）</div><div>2408:4004:100a:6e00:1b7d:44a2:c6f0:3e95（IPv6）</div>', '0Mbps (峰值)')]), ecsListUrl);
    const server = facts?.facts.servers?.[0];
    expect(server).toMatchObject({ id: 'i-uf6k1j3h5g7f9d2s4a6p', region: 'cn-shanghai', billing: 'payg' });
    expect(server?.publicBandwidthMbps).toBeUndefined();
  });

  it('guard: a private address alone with "0Mbps" is 0; a public IPv4 beside the IPv6 one keeps its 0; a figure stays', () => {
    const facts = read(
      ecsList([
        ecsRow('i-uf6k1j3h5g7f9d2s4a6p', '<div>172.19.3.41（私有）</div>', '0Mbps (峰值)'),
        ecsRow('i-uf6p2o4i6u8y1t3r5e7w', '<div>106.14.77.203（公）</div><div>172.19.3.57（私有）</div><div>2408:4004:100a:6e00:9c4b:2f1d:8a3e:51c7（IPv6）</div>', '0Mbps (峰值)'),
        ecsRow('i-uf6b8n2m4k6j8h1g3f5d', '<div>172.19.3.40（私有）</div><div>2408:4004:100a:6e00:5c6e:2b1a:9d3e:7f01（IPv6）</div>', '5Mbps (峰值)'),
      ]),
      ecsListUrl,
    );
    const bw = Object.fromEntries((facts?.facts.servers ?? []).map((s) => [s.id, s.publicBandwidthMbps]));
    expect(bw).toEqual({ 'i-uf6k1j3h5g7f9d2s4a6p': 0, 'i-uf6p2o4i6u8y1t3r5e7w': 0, 'i-uf6b8n2m4k6j8h1g3f5d': 5 });
  });
});

const swasUrl = 'https://swas.console.alibabacloud.com/#/servers';
const swasList = (expiry: string) =>
  fusionTable(
    ['Server ID/Name', 'Region', 'Status', 'IP Address', 'Expiration Time'],
    [['<a href="#">9e1a3c5b7d9f43e6a8c0e2b4d6f8a0c2</a><div>old-site-bj</div>', 'China (Beijing)', 'Expired', '39.107.88.140 (Public)', expiry]],
  );

describe('round seventy-nine: English date words with "at:" / "on:"', () => {
  // "Created at: Jun 1, 2026 / Expires at: Dec 20, 2026" in an expiry cell gave the creation date as the expiry (invented): the
  // date words allowed "at" or a colon, not both, so "Expires at:" was no word before the second date and "Expires" was read
  // as the word after the first.
  it('reads the date after "Expires at:", not the one after "Created at:"', () => {
    const facts = read(swasList('<div>Created at: Jun 1, 2026, 10:00:00</div><div>Expires at: Dec 20, 2026, 23:59:59</div>'), swasUrl, 'en');
    expect(facts?.facts.servers?.[0]?.expiresAt).toBe('2026-12-20');
  });

  // A release line over the expiry ("Release at: Dec 15, 2026" above "Nov 30, 2026, 23:59:59 Expired") left the expiry missing:
  // "Release at:" was no word, so the two dates stood side by side with neither named.
  it('reads the expiry under a "Release at:" line', () => {
    const facts = read(swasList('<div>Release at: Dec 15, 2026, 23:59:59</div><div>Nov 30, 2026, 23:59:59<span class="next-tag next-tag-red">Expired</span></div>'), swasUrl, 'en');
    expect(facts?.facts.servers?.[0]?.expiresAt).toBe('2026-11-30');
  });

  it('guard: "Expires at Dec 20, 2026" without a colon and a bare date still read; "Created at:" alone gives none', () => {
    expect(read(swasList('Expires at Dec 20, 2026, 23:59:59'), swasUrl, 'en')?.facts.servers?.[0]?.expiresAt).toBe('2026-12-20');
    expect(read(swasList('Dec 20, 2026, 23:59:59'), swasUrl, 'en')?.facts.servers?.[0]?.expiresAt).toBe('2026-12-20');
    expect(read(swasList('Created at: Jun 1, 2026, 10:00:00'), swasUrl, 'en')?.facts.servers?.[0]?.expiresAt).toBeUndefined();
  });
});

/** A tea split table (header and body tables) as Tencent's consoles draw their lists. */
const teaTable = (headers: string[], rows: string[][]) =>
  '<div class="tea-table"><div class="tea-table__header"><table class="tea-table__box"><thead><tr>' +
  headers.map((h) => `<th><div class="tea-table__cell">${h}</div></th>`).join('') +
  '</tr></thead></table></div><div class="tea-table__body"><table class="tea-table__box"><tbody>' +
  rows.map((r) => '<tr>' + r.map((c) => `<td><div class="tea-table__cell">${c}</div></td>`).join('') + '</tr>').join('') +
  '</tbody></table></div></div>';

describe('round seventy-nine: the international CVM list\'s "… Expire" line', () => {
  // The international console's billing cell "Monthly Subscription / 2027-06-18 23:59:59 Expire" (到期 put word for word) gave
  // no expiry: "Expire" alone was no expiry word (Expires, Expire at were).
  const url = 'https://console.tencentcloud.com/cvm/instance/index?rid=1';
  const list = (billing: string) =>
    teaTable(['ID/Name', 'Status', 'Availability Zone', 'Instance Configuration', 'Primary IPv4', 'Instance Billing Mode'], [
      ['<a href="#">ins-8k2m4q6w</a><div>web-gz-01</div>', 'Running', 'Guangzhou Zone 6', '2-core 4GB 5Mbps', '119.29.53.17 (Public)<div>10.0.0.12 (Private)</div>', billing],
    ]);
  it('reads the date before "Expire" as the expiry', () => {
    const server = read(list('<div>Monthly Subscription</div><div>2027-06-18 23:59:59 Expire</div>'), url, 'en')?.facts.servers?.[0];
    expect(server).toMatchObject({ id: 'ins-8k2m4q6w', billing: 'subscription', expiresAt: '2027-06-18', publicBandwidthMbps: 5 });
  });
  it('guard: a pay-as-you-go row\'s "… Created" line is its creation, no expiry', () => {
    const server = read(list('<div>Pay-as-you-go</div><div>2026-10-09 14:22:05 Created</div>'), url, 'en')?.facts.servers?.[0];
    expect(server).toMatchObject({ billing: 'payg', createdAt: '2026-10-09' });
    expect(server?.expiresAt).toBeUndefined();
  });
});

describe('round seventy-nine: a global IPv6 address in a field or column of its own', () => {
  // A CVM row with only a private IPv4 (10.0.1.8 (内)) and a global address in the 主IPv6地址 column gave 0 ("no public
  // address"): the IPv6 column was not read, where the same address in the IPv4 cell counts as public (session 33, `1bdff48`).
  const listUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const cvmList = (ipv6: string, config = '4核 32GB') =>
    teaTable(['ID/名称', '状态', '可用区', '实例配置', '主IPv4地址', '主IPv6地址', '实例计费模式'], [
      ['<a href="#">ins-4j6l8n0q</a><div>internal-db-08</div>', '运行中', '广州六区', config, '10.0.1.8 (内)', ipv6, '<div>包年包月</div><div>2027-04-01 23:59:59到期</div>'],
    ]);
  it('CVM list: a private IPv4 beside a global IPv6 address is no "no public address" 0', () => {
    const server = read(cvmList('240e:928:1400:105::3b'), listUrl)?.facts.servers?.[0];
    expect(server).toMatchObject({ id: 'ins-4j6l8n0q', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2027-04-01' });
    expect(server?.publicBandwidthMbps).toBeUndefined();
    expect(read(cvmList('240e:928:1400:105::3b', '4核 32GB 0Mbps'), listUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });
  it('guard (CVM list): "-" or a unique-local address in the IPv6 column keeps the 0', () => {
    expect(read(cvmList('-'), listUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(0);
    expect(read(cvmList('fd00:1234::8'), listUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(0);
  });

  // A CVM detail with Public IP "-", a Primary IPv6 Address 240e:… and Bandwidth Cap 0 Mbps gave 0.
  const detailUrl = 'https://console.tencentcloud.com/cvm/instance/detail?rid=4&id=ins-q3w5e7r9';
  const item = (l: string, v: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
  const cvmDetail = (ipv6: string, cap: string) =>
    '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">Instance Information</h3></div><div class="tea-card__body"><div class="tea-form">' +
    item('Instance ID', 'ins-q3w5e7r9') + item('Region', 'East China (Shanghai)') + item('Billing Mode', 'Monthly Subscription') + item('Expiration Time', '2027-01-15 10:02:11') +
    item('Primary Private IP', '10.20.0.16') + item('Public IP', '-') + item('Primary IPv6 Address', ipv6) + item('Bandwidth Cap', cap) +
    '</div></div></div>';
  it('CVM detail: a 0 Mbps cap with no public IPv4 beside a global IPv6 address gives no bandwidth', () => {
    const server = read(cvmDetail('240e:96c:6800:1a02::1c', '0 Mbps'), detailUrl, 'en')?.facts.servers?.[0];
    expect(server).toMatchObject({ id: 'ins-q3w5e7r9', region: 'ap-shanghai', billing: 'subscription', expiresAt: '2027-01-15' });
    expect(server?.publicBandwidthMbps).toBeUndefined();
  });
  it('guard (CVM detail): no IPv6 address keeps the 0; a public IPv4 keeps its cap', () => {
    expect(read(cvmDetail('-', '0 Mbps'), detailUrl, 'en')?.facts.servers?.[0]?.publicBandwidthMbps).toBe(0);
    expect(read(cvmDetail('-', '-'), detailUrl, 'en')?.facts.servers?.[0]?.publicBandwidthMbps).toBe(0);
    const withV4 = cvmDetail('240e:96c:6800:1a02::1c', '50 Mbps').replace(item('Public IP', '-'), item('Public IP', '43.137.88.201'));
    expect(read(withV4, detailUrl, 'en')?.facts.servers?.[0]?.publicBandwidthMbps).toBe(50);
  });

  // An ECS detail with 弹性公网IP "-", IPv6地址 2408:… and 公网带宽 0Mbps gave 0.
  const ecsUrl = 'https://ecs.console.aliyun.com/server/i-wz9a2f7k1m4q8x3n6c5v/detail?regionId=cn-shenzhen';
  const ecsItem = (l: string, v: string) => `<div class="ecs-detail-item"><div class="ecs-detail-item-label">${l}</div><div class="ecs-detail-item-value">${v}</div></div>`;
  const ecsDetail = (ipv6: string, bandwidth: string) =>
    '<div class="next-card"><div class="next-card-head"><div class="next-card-title">基本信息</div></div><div class="next-card-body">' +
    ecsItem('实例ID', 'i-wz9a2f7k1m4q8x3n6c5v') + ecsItem('地域', '华南1（深圳）') + ecsItem('付费方式', '包年包月') + ecsItem('到期时间', '2026年12月28日 23:59:59') +
    ecsItem('主私网IP', '172.18.20.15') + ecsItem('弹性公网IP', '-') + ecsItem('IPv6地址', ipv6) + ecsItem('公网带宽', bandwidth) +
    '</div></div>';
  it('ECS detail: 公网带宽 0Mbps with no public IPv4 beside a global IPv6 address gives no bandwidth', () => {
    const server = read(ecsDetail('2408:4004:100a:6e00:9c4b:2f1d:8a3e:51c7', '0Mbps'), ecsUrl)?.facts.servers?.[0];
    expect(server).toMatchObject({ id: 'i-wz9a2f7k1m4q8x3n6c5v', region: 'cn-shenzhen', billing: 'subscription', expiresAt: '2026-12-28' });
    expect(server?.publicBandwidthMbps).toBeUndefined();
  });
  it('guard (ECS detail): no IPv6 address keeps the 0; a figure beside the IPv6 address stays', () => {
    expect(read(ecsDetail('-', '0Mbps'), ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(0);
    expect(read(ecsDetail('2408:4004:100a:6e00:9c4b:2f1d:8a3e:51c7', '5Mbps'), ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });
});
