import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fifteenth round of held-out Alibaba Cloud pages (test/fixtures-unseen/README.md,
 * "Fifteenth round (Alibaba Cloud)"), each narrowed down to the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

describe('a SWAS overview in Traditional Chinese (rules/labels/aliyun/swas.json)', () => {
  const url = 'https://swas.console.alibabacloud.com/#/server/8e1a3c5b7d9f42a6c8e0b2d4f6a8c0e3/cn-hongkong/dashboard';

  it('峰值頻寬 and 到期時間 give the bandwidth and the expiry, as 峰值带宽 and 到期时间 do', () => {
    const html =
      `<h3>伺服器資訊</h3><dl>` +
      `<div><dt>執行個體ID</dt><dd>8e1a3c5b7d9f42a6c8e0b2d4f6a8c0e3</dd></div>` +
      `<div><dt>地域</dt><dd>中國香港</dd></div>` +
      `<div><dt>峰值頻寬</dt><dd>30 Mbps <a href="#">升級套餐</a></dd></div>` +
      `<div><dt>付費方式</dt><dd>包年包月</dd></div>` +
      `<div><dt>到期時間</dt><dd>2027.03.20 23:59:59 <a href="#">續費</a></dd></div></dl>`;
    const server = read(html, url)?.facts.servers?.[0];
    expect(server?.expiresAt).toBe('2027-03-20');
    expect(server?.publicBandwidthMbps).toBe(30);
  });
});
