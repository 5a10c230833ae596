import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found around the sixteenth round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md).
 * The round's seven pages read as written; these were found afterwards in scratch variants of them (what a
 * real console page may also show), each narrowed down to the smallest markup that showed it.
 */

const page = (style: string, body: string, url = 'https://console.cloud.tencent.com/') =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (style: string, body: string, url: string) => readPage(page(style, body, url), new URL(url))?.facts;

const item = (label: string, value: string) =>
  `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;

describe('a mini program / APP filed beside a website is no part of the website (tencent/beian-form.ts websiteBlocks)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/30191234567890999/website';
  const miniProgram =
    '<div class="tea-card"><h3 class="tea-card__title">小程序信息（小程序 1）</h3><ul class="tea-form">' +
    item('小程序名称', '云帆点单') +
    item('服务内容', '网上商城') +
    item('对应云服务', '轻量应用服务器 lhins-gz6t2w8k | 119.29.140.77 | 广州') +
    '</ul></div>';
  const website =
    '<div class="tea-card"><h3 class="tea-card__title">网站信息（网站 1）</h3><ul class="tea-form">' +
    item('网站名称', '云帆科技官网') +
    item('网站域名', 'yunfan-sz.com') +
    item('网站服务内容', '企业官网') +
    item('对应云服务', '云服务器 ins-7gk2m4pq | 43.139.22.118 | 广州') +
    '</ul></div>';

  it("takes the website's own server, not the server of a mini program card before it", () => {
    const facts = read('', `<div class="main">${miniProgram}${website}</div>`, url);
    expect(facts?.websites).toEqual([{ name: '云帆科技官网', domains: ['yunfan-sz.com'], content: '企业官网', serverId: 'ins-7gk2m4pq' }]);
    expect(facts?.servers).toEqual([{ id: 'ins-7gk2m4pq', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' }]);
  });

  it('an APP card after the website, with no server of the website itself: no server is the website\'s', () => {
    const app =
      '<div class="tea-card"><h3 class="tea-card__title">APP信息（APP 1）</h3><ul class="tea-form">' +
      item('APP名称', '云帆商城') +
      item('对应云服务', '云服务器 ins-2p4r6t8v | 119.91.60.7 | 广州') +
      '</ul></div>';
    const siteNoServer = website.replace(item('对应云服务', '云服务器 ins-7gk2m4pq | 43.139.22.118 | 广州'), '');
    const facts = read('', `<div class="main">${siteNoServer}${app}</div>`, url);
    expect(facts?.websites).toEqual([{ name: '云帆科技官网', domains: ['yunfan-sz.com'], content: '企业官网' }]);
    expect(facts?.servers).toBeUndefined();
  });

  it("takes no server from a mini program's row in the table of services added before the website's fields", () => {
    const added =
      '<div class="tea-card"><h3 class="tea-card__title">已添加的互联网信息服务（1）</h3><table><thead><tr><th>服务类型</th><th>服务名称</th><th>域名 / AppID</th><th>对应云服务</th><th>操作</th></tr></thead>' +
      '<tbody><tr><td><span class="tea-tag">小程序</span></td><td>云帆点单</td><td>wx8a2b4c6d8e0f1a3b</td><td>轻量应用服务器 lhins-gz6t2w8k | 119.29.140.77 | 广州</td><td><a>编辑</a><a>删除</a></td></tr></tbody></table></div>';
    const siteNoServer = website.replace(item('对应云服务', '云服务器 ins-7gk2m4pq | 43.139.22.118 | 广州'), item('对应云服务', '<span class="tea-dropdown__placeholder">请选择</span>'));
    let facts = read('', `<div class="main">${added}${siteNoServer}</div>`, url);
    expect(facts?.websites).toEqual([{ name: '云帆科技官网', domains: ['yunfan-sz.com'], content: '企业官网' }]);
    expect(facts?.servers).toBeUndefined();
    facts = read('', `<div class="main">${added}${website}</div>`, url);
    expect(facts?.websites?.[0]?.serverId).toBe('ins-7gk2m4pq');
    // (guard) a website's row in such a table is the website's
    const siteRow = added.replace('<span class="tea-tag">小程序</span>', '<span class="tea-tag">网站</span>');
    facts = read('', `<div class="main">${siteRow}${siteNoServer}</div>`, url);
    expect(facts?.websites?.[0]?.serverId).toBe('lhins-gz6t2w8k');
  });

  it('(guard) a lone website still takes the server picked in a box beside its fields', () => {
    const picked =
      '<div class="tea-card"><h3 class="tea-card__title">网站信息（网站 1）</h3><ul class="tea-form">' +
      item('网站名称', '云帆科技官网') +
      item('网站域名', 'yunfan-sz.com') +
      '</ul></div><div class="tea-card"><h3 class="tea-card__title">对应云服务</h3><div class="tea-form-text">ins-7gk2m4pq | 43.139.22.118 | 广州</div></div>';
    const facts = read('', `<div class="main">${picked}</div>`, url);
    expect(facts?.websites?.[0]?.serverId).toBe('ins-7gk2m4pq');
  });
});

describe('a chat transcript (role=log, a chat box) holds messages, not the page\'s fields (dom/notice.ts inTranscript)', () => {
  const url = 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-hl4c8v2m';
  const detail =
    '<div class="tea-card"><h3 class="tea-card__title">Instance Information</h3><ul class="tea-form">' +
    item('Instance ID', 'ins-hl4c8v2m') +
    item('Availability Zone', 'Guangzhou Zone 6') +
    item('Primary IPv4', '43.156.88.21 (Public)') +
    '</ul></div>';
  const answer = (example: string) =>
    '<div class="assistant" role="dialog" aria-label="AI Assistant"><div class="assistant__body" role="log">' +
    '<div class="msg msg--user"><p>how do I see when a monthly subscription instance was created and its bandwidth</p></div>' +
    `<div class="msg msg--bot"><p>Open the Billing Information card. For a monthly subscription instance it looks like this:</p>${example}</div>` +
    '</div></div>';
  const table =
    '<table><tbody><tr><td>Billing Mode</td><td>Monthly Subscription</td></tr><tr><td>Creation Time</td><td>2025-06-18 09:30:00 (UTC+08:00)</td></tr>' +
    '<tr><td>Expiration Time</td><td>2026-12-31 23:59:59</td></tr><tr><td>Bandwidth Cap</td><td>100Mbps</td></tr></tbody></table>';
  const list =
    '<ul><li><strong>Billing Mode</strong>: Monthly Subscription</li><li><strong>Creation Time</strong>: 2025-06-18 09:30:00</li>' +
    '<li><strong>Expiration Time</strong>: 2026-12-31 23:59:59</li><li><strong>Bandwidth Cap</strong>: 100Mbps</li></ul>';
  const lines = '<p>Billing Mode: Monthly Subscription<br>Expiration Time: 2026-12-31 23:59:59<br>Bandwidth Cap: 100Mbps</p>';
  const onlyPage = { id: 'ins-hl4c8v2m', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' };

  it('gives no billing, dates or bandwidth from an example table, list or lines in an assistant\'s answer', () => {
    for (const example of [table, list, lines]) expect(read('', detail + answer(example), url)?.servers).toEqual([onlyPage]);
  });

  it('nor from an answer placed before the page content', () => {
    expect(read('', answer(table) + detail, url)?.servers).toEqual([onlyPage]);
  });

  it('nor from a chat box known by its class (a `chat` token: t-chat__list, agent-chat__message) without role=log', () => {
    const chat = (example: string) =>
      `<div class="ai-panel"><div class="t-chat__list"><div class="t-chat__item t-chat__item--assistant"><div class="t-chat__text">${example}</div></div></div></div>`;
    for (const example of [table, list, lines]) expect(read('', detail + chat(example), url)?.servers).toEqual([onlyPage]);
    // (guard) a class holding the letters elsewhere is no chat box (wechat-pay, chatter-free)
    const facts = read('', detail + `<div class="wechat-pay chatter-free">${table}</div>`, url);
    expect(facts?.servers?.[0]).toMatchObject({ billing: 'subscription', publicBandwidthMbps: 100 });
  });

  it('(guard) the same table outside a transcript is read', () => {
    const facts = read('', detail + `<div class="billing">${table}</div>`, url);
    // (a subscription's: a pay-as-you-go instance has no term, so its Expiration Time is no expiry — session 41)
    expect(facts?.servers?.[0]).toMatchObject({ billing: 'subscription', expiresAt: '2026-12-31', publicBandwidthMbps: 100 });
  });

  it('gives no list rows from a table in an answer on a list page', () => {
    const listUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
    const rows =
      '<table><thead><tr><th>ID/名称</th><th>实例配置</th><th>实例计费模式</th></tr></thead><tbody>' +
      '<tr><td>ins-example1</td><td>2核 4GB 5Mbps</td><td>包年包月<br>2027-01-01 00:00:00到期</td></tr></tbody></table>';
    const log = `<div class="assistant" role="dialog"><div role="log"><div class="msg"><p>实例列表示意：</p>${rows}</div></div></div>`;
    expect(read('', '<h2>实例</h2><p>暂无数据</p>' + log, listUrl)?.servers ?? []).toEqual([]);
    // (guard) the same table on the page is a list
    expect(read('', '<h2>实例</h2>' + rows, listUrl)?.servers?.map((s) => s.id)).toEqual(['ins-example1']);
  });
});

describe('a value "after" a change (续费后 / 转换后 / 调整后 … , after) is a would-be value, not the field (rules/labels/tencent.json not words)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
  const payg =
    '<div class="tea-card"><h3 class="tea-card__title">实例信息</h3><ul class="tea-form">' +
    item('实例ID', 'ins-4w6y8a0c') +
    item('地域', '广州') +
    item('主IPv4地址', '43.136.88.201（公）') +
    item('实例计费模式', '按量计费 <a class="tea-btn tea-btn--link">转包年包月</a>') +
    item('创建时间', '2026-10-02 08:15:40') +
    '</ul></div>';
  const dialog = (rows: string) => `<div class="tea-dialog" role="dialog" aria-modal="true"><div class="tea-dialog__inner"><h3 class="tea-dialog__title">转包年包月</h3><ul class="tea-form">${rows}</ul></div></div>`;
  const base = { id: 'ins-4w6y8a0c', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'payg', createdAt: '2026-10-02' };

  // A pay-as-you-go instance gives no expiry at all (it has no term: session 41), so the dialog's would-be expiry is
  // tried on a subscription's page, with its own 到期时间 and without one.
  const subscription = payg.replace('按量计费 <a class="tea-btn tea-btn--link">转包年包月</a>', '包年包月 <a class="tea-btn tea-btn--link">续费</a>');
  const own = subscription.replace('</ul>', item('到期时间', '2026-12-04 23:59:59') + '</ul>');
  const renew = (rows: string) => dialog(rows).replace('>转包年包月</h3>', '>续费</h3>');
  it('gives an instance no expiry from the renewal or switch dialog\'s 转换后到期时间 / 续费后到期时间', () => {
    for (const label of ['转换后到期时间', '续费后到期时间', '变更后到期时间']) {
      for (const d of [dialog, renew]) {
        const rows = item('购买时长', '1个月') + item(label, '2027-01-04 23:59:59');
        expect(read('', subscription + d(rows), url)?.servers, label).toEqual([{ ...base, billing: 'subscription' }]);
        expect(read('', own + d(rows), url)?.servers, label).toEqual([{ ...base, billing: 'subscription', expiresAt: '2026-12-04' }]);
      }
    }
  });

  it('gives no bandwidth from an adjust-network dialog\'s 调整后带宽上限 / 升级后带宽', () => {
    for (const label of ['调整后带宽上限', '升级后带宽', '变更后公网带宽']) {
      const facts = read('', payg + dialog(item(label, '100Mbps')), url);
      expect(facts?.servers).toEqual([base]);
    }
  });

  it('(guard) a plainly labelled expiry and bandwidth are still read', () => {
    const facts = read('', subscription.replace('</ul>', item('到期时间', '2027-01-04 23:59:59') + item('带宽上限', '5Mbps') + '</ul>'), url);
    expect(facts?.servers?.[0]).toMatchObject({ expiresAt: '2027-01-04', publicBandwidthMbps: 5 });
    // a pay-as-you-go instance's plainly labelled bandwidth too; its 到期时间 is no expiry (no term: session 41)
    const payOnly = read('', payg.replace('</ul>', item('到期时间', '2027-01-04 23:59:59') + item('带宽上限', '5Mbps') + '</ul>'), url);
    expect(payOnly?.servers?.[0]).toMatchObject({ billing: 'payg', publicBandwidthMbps: 5 });
    expect(payOnly?.servers?.[0]).not.toHaveProperty('expiresAt');
  });
});

describe("the page's own field before an open dialog's, however its label is worded (dom/reading-model.ts fields)", () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=4&id=ins-9pz3k8m1';
  const detail =
    '<div class="tea-card"><h3 class="tea-card__title">网络信息</h3><ul class="tea-form">' +
    item('实例ID', 'ins-9pz3k8m1') +
    item('地域', '上海') +
    item('主IPv4地址', '101.34.20.7（公）') +
    item('公网带宽上限', '5Mbps') +
    '</ul></div>';
  const adjust =
    '<div class="tea-dialog" role="dialog" aria-modal="true"><div class="tea-dialog__inner"><h3>调整网络</h3><ul class="tea-form">' +
    item('当前带宽', '5Mbps') +
    '<li class="tea-form__item"><div class="tea-form__label"><label>带宽上限</label></div><div class="tea-form__controls"><input class="tea-input" value="50"> Mbps</div></li>' +
    '</ul></div></div>';

  it("reads the page's 公网带宽上限, not the 带宽上限 being set in an open 调整网络 dialog", () => {
    expect(read('', detail + adjust, url)?.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });

  it("(guard) the page's exact 带宽上限 is read before the dialog's", () => {
    const exact = detail.replace(item('公网带宽上限', '5Mbps'), item('带宽上限', '5Mbps'));
    expect(read('', exact + adjust, url)?.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });
});
