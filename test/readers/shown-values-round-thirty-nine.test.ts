import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the thirty-ninth round of held-out pages (both providers; what the console says unasked — message
 * center dropdowns and drawers, announcement banners, 新手引导 coach marks with example values, 推荐 / 优惠 cards, quota
 * panels, 新功能 modals, surveys, expiry and pending-order strips: test/fixtures-unseen/README.md "Thirty-ninth round"),
 * each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

describe('an id in a dialog over the page, a message dropdown or a notice is no SWAS card (aliyun/swas-instance-list.ts)', () => {
  const own = '5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b';
  const example = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d';
  const item = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
  const detail =
    `<h2>wp-lanxi-01</h2><div class="next-card"><div class="next-card-head">服务器信息</div><div class="next-card-body">` +
    `${item('实例ID', own)}${item('地域', '华东1（杭州）')}${item('峰值带宽', '10 Mbps')}${item('到期时间', '2027-05-20 23:59:59')}</div></div>`;
  const whatsNew =
    `<div class="next-dialog" role="dialog" aria-modal="true"><div class="next-dialog-header">新功能上线</div><div class="next-dialog-body">` +
    `<p>服务器概览页新增「带宽升级」卡片：可将峰值带宽临时升级至 100 Mbps，按小时按量付费。</p><p>套餐示例：实例ID 例如 ${example}，地域 华北2（北京）。</p></div></div>`;
  const detailUrl = `https://swas.console.aliyun.com/#/server/${own}/cn-hangzhou/dashboard`;

  it('a 新功能 modal over a SWAS detail with an example instance id gives no second server (the list reader gave it, payg 100 Mbps: invented)', () => {
    const got = read(detail + whatsNew, detailUrl);
    expect(got?.reader).toBe('aliyun-swas-instance-detail');
    expect(got?.facts.servers).toEqual([{ id: own, provider: 'aliyun', product: 'swas', billing: 'subscription', region: 'cn-hangzhou', expiresAt: '2027-05-20', publicBandwidthMbps: 10 }]);
  });

  it('on the list route, a one-card list with the modal is that one card (the modal\'s id was a second card: invented)', () => {
    const got = read(detail + whatsNew, 'https://swas.console.aliyun.com/#/servers/cn-hangzhou');
    expect(got?.facts.servers?.map((s) => [s.id, s.expiresAt, s.publicBandwidthMbps])).toEqual([[own, '2027-05-20', 10]]);
  });

  it('a message dropdown naming another server with its expiry and bandwidth gives no card', () => {
    const bell =
      `<div class="next-overlay-wrapper msg-popup" role="menu"><ul>` +
      `<li role="menuitem">您的轻量应用服务器实例 ${example} 将于 2027-01-03 到期。</li><li role="menuitem">地域 华北2（北京） 峰值带宽 30 Mbps</li></ul></div>`;
    const got = read(bell + detail, detailUrl);
    expect(got?.reader).toBe('aliyun-swas-instance-detail');
    expect(got?.facts.servers?.map((s) => s.id)).toEqual([own]);
  });

  it('two cards of the list are still two servers (a guard)', () => {
    const other = '0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d';
    const card = (id: string, exp: string) => `<div class="server-card"><h3>srv</h3>${item('实例ID', id)}${item('地域', '华东1（杭州）')}${item('到期时间', exp)}</div>`;
    const got = read(card(own, '2027-05-20') + card(other, '2027-06-01'), 'https://swas.console.aliyun.com/#/servers/cn-hangzhou');
    expect(got?.facts.servers?.map((s) => [s.id, s.expiresAt])).toEqual([[own, '2027-05-20'], [other, '2027-06-01']]);
  });
});
