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
