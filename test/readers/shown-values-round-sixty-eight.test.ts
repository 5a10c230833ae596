import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the sixty-eighth round of held-out pages (plain list pages of both providers, searched, filtered and
 * sorted: test/fixtures-unseen/README.md "Sixty-eighth round"), each narrowed in a scratch copy of its page to the
 * smallest markup that showed it.
 */

const page = (body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

describe('Tencent Lighthouse list: no billing column, the mode written above the date in the 到期时间 cell', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/index';
  const table = (expiryCell: string, billingHeader = '') =>
    '<div class="tea-table"><table><thead><tr><th>ID/名称</th><th>状态</th><th>地域和可用区</th><th>实例套餐</th><th>IP地址</th>' +
    `${billingHeader ? `<th>${billingHeader}</th>` : ''}<th>到期时间</th></tr></thead><tbody>` +
    '<tr><td><p><a>lhins-2m8c5kqa</a></p><p>shop-main</p></td><td>运行中</td><td><p>广州</p><p>广州六区</p></td>' +
    '<td><p>通用型 2核 4GB 6Mbps</p><p>系统盘：60GB SSD云硬盘</p></td><td><p>119.29.77.203 (公)</p></td>' +
    `${billingHeader ? '<td>包年包月</td>' : ''}<td>${expiryCell}</td></tr></tbody></table></div>`;
  const server = { id: 'lhins-2m8c5kqa', provider: 'tencent', product: 'lighthouse', region: 'ap-guangzhou', expiresAt: '2027-05-20', publicBandwidthMbps: 6 };

  it('包年包月 over "2027-05-20 14:31:08到期": billing subscription (missing before)', () => {
    expect(read(table('<p>包年包月</p><p>2027-05-20 14:31:08到期</p>'), url)?.facts).toEqual({ version: 1, servers: [{ ...server, billing: 'subscription' }] });
  });

  it('guard: a note after the date ("到期后转按量计费") gives no billing', () => {
    expect(read(table('<p>2027-05-20 14:31:08到期</p><p>到期后转按量计费</p>'), url)?.facts).toEqual({ version: 1, servers: [server] });
  });

  it('guard: a date alone gives no billing', () => {
    expect(read(table('2027-05-20 14:31:08'), url)?.facts).toEqual({ version: 1, servers: [server] });
  });

  it('guard: with a billing column of its own, that column is read as before', () => {
    expect(read(table('2027-05-20 14:31:08', '实例计费模式'), url)?.facts).toEqual({ version: 1, servers: [{ ...server, billing: 'subscription' }] });
  });
});
