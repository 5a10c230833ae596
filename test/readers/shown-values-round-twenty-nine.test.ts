import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the twenty-ninth round of held-out pages (both providers; the user's own display settings: browser
 * zoom and text scale, dark theme and forced colours, assistive-technology markup: test/fixtures-unseen/README.md
 * "Twenty-ninth round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, head = '') => htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`, url);
const read = (body: string, url: string, head = '') => readPage(page(body, url, head), new URL(url));

describe('a Simple Application Server overview whose expiry is labelled 实例到期时间 (rules/labels/aliyun/swas.json)', () => {
  const id = '7e3a91c0d25b4f6e8a1c3b5d7f902e4a';
  const url = `https://swas.console.aliyun.com/#/server/${id}/cn-hangzhou/dashboard`;
  const kv = (label: string, value: string) => `<div class="kv"><div class="kv-label">${label}</div><div class="kv-value">${value}</div></div>`;
  const overview = (expiryLabel: string) =>
    `<h2>服务器信息</h2><div class="kv-stack">${kv('实例ID', id)}${kv('地域和可用区', '华东1（杭州） 可用区 J')}${kv('付费类型', '包年包月')}` +
    `${kv(expiryLabel, '<span class="cut" title="2027-03-18 23:59:59">2027-03-18 2…</span> <a>续费</a>')}${kv('峰值带宽', '200 Mbps')}</div>`;

  it('reads the expiry under the label naming its subject, flat or wrapped over two lines by pre-line (it was missing)', () => {
    for (const label of ['实例到期时间', '实例到期\n时间', '服务器到期时间', 'Instance Expiration Time']) {
      const got = read(overview(label), url, '<style>.kv-label { white-space: pre-line; }</style>')?.facts?.servers;
      expect(got, label).toEqual([{ id, provider: 'aliyun', product: 'swas', billing: 'subscription', region: 'cn-hangzhou', expiresAt: '2027-03-18', publicBandwidthMbps: 200 }]);
    }
  });

  it('an expiry reminder or an auto-renewal date beside it is still no expiry', () => {
    const got = read(overview('到期提醒').replace('2027-03-18 2…', '2027-03-11 提前 7 天'), url)?.facts?.servers?.[0];
    expect(got?.expiresAt).toBeUndefined();
  });
});
