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

describe('the filing form\'s server is the one its 对应云服务 / 选择实例 field shows (tencent/beian-form.ts)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204000391/website';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
  const form = (resource: string) =>
    `<div class="tea-card"><div class="tea-card__header"><h3>网站信息</h3></div><div class="tea-card__body"><form class="tea-form">` +
    `${item('网站名称', '<input class="tea-input" value="竹间手记">')}${item('网站域名', '<input class="tea-input" value="zhujian-r39.cn">')}` +
    `${item('网站服务内容', '<span class="tea-dropdown__value">博客/个人空间</span>')}${resource}</form></div></div>`;
  const own = item('对应云服务', '<span class="tea-dropdown__value">云服务器 ins-r39gz051 | 43.139.51.5 | 广州</span>');
  // a to-do strip drawn as a plain box (no alert role, no notice class) naming another order's server
  const strip = '<div class="todo-strip">您有 1 个备案订单待完善：订单号 20261128000772，网站“松涛茶社”（songtao-r39.com），对应云服务 云服务器 ins-r39sz088 | 深圳。<a>去完善</a></div>';
  const head = '<h2>首次备案</h2><div class="tea-step"><span class="tea-step__item">填写主体信息</span><span class="tea-step__item is-current">填写网站信息</span></div>';

  it('a pending-order strip above the form naming another order\'s server gives way to the field\'s (it gave ins-r39sz088 of 深圳: invented)', () => {
    const got = read(`<div class="page">${head}${strip}${form(own)}</div>`, url);
    expect(got?.facts.websites?.map((w) => w.serverId)).toEqual(['ins-r39gz051']);
    expect(got?.facts.servers).toEqual([{ id: 'ins-r39gz051', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' }]);
  });

  it('a server shown in the block without a labelled field is still read (a guard)', () => {
    const got = read(`<div class="page">${head}${form(item('对应云服务', '云服务器') + '<p>已选择：云服务器 ins-r39gz051 | 43.139.51.5 | 广州</p>')}</div>`, url);
    expect(got?.facts.websites?.map((w) => w.serverId)).toEqual(['ins-r39gz051']);
  });
});

describe('a run of text giving an example mid-sentence (…，例如 5 Mbps) is guidance, no value (dom/units.ts)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/index';
  // a 新手引导 coach mark drawn inside the cell it explains, as a plain box (no role, no bubble / popover class)
  const coach = '<div class="guide-pop"><div><strong>新手引导 1/3</strong></div><div>这里显示套餐配置和带宽，例如 5 Mbps；套餐到期时间显示在右侧，例如 2026-12-31。</div><div><a>下一步</a></div></div>';
  const row = (id: string, region: string, plan: string, exp: string) =>
    `<tr><td><a href="#">${id}</a></td><td>运行中</td><td>${region}</td><td>${plan}</td><td>124.222.39.1</td><td>${exp}</td></tr>`;
  const list = (first: string, firstExp = '2027-04-09 23:59:59') =>
    `<h2>服务器</h2><div class="tea-table"><table><thead><tr><th>ID/名称</th><th>状态</th><th>地域和可用区</th><th>实例套餐</th><th>公网 IP</th><th>到期时间</th></tr></thead><tbody>` +
    `${row('lhins-r39sh001', '上海 | 上海五区', first, firstExp)}${row('lhins-r39gz002', '广州 | 广州三区', '通用型 2核 | 4GB | 80GB | 6Mbps', '2027-08-20 23:59:59')}</tbody></table></div>`;

  it('a coach mark in a plan cell without the plan\'s bandwidth gives none (it gave the example\'s 5: invented)', () => {
    const got = read(list(`<span>通用型 2核 | 2GB | 50GB</span>${coach}`), url);
    expect(got?.facts.servers?.map((s) => [s.id, s.publicBandwidthMbps])).toEqual([['lhins-r39sh001', undefined], ['lhins-r39gz002', 6]]);
  });

  it('beside the plan\'s own bandwidth, the plan\'s is read (a guard)', () => {
    const got = read(list(`<span>通用型 2核 | 2GB | 50GB | 3Mbps</span>${coach}`), url);
    expect(got?.facts.servers?.map((s) => s.publicBandwidthMbps)).toEqual([3, 6]);
  });

  it('a coach mark in an expiry cell without the date gives no expiry (its example 2026-12-31)', () => {
    const got = read(list('<span>通用型 2核 | 2GB | 50GB | 3Mbps</span>', `<span>-</span><div class="guide-pop">这里显示到期时间，例如 2026-12-31。</div>`), url);
    expect(got?.facts.servers?.map((s) => s.expiresAt)).toEqual([undefined, '2027-08-20']);
  });
});

describe('an id written as an example (例如 <id>, e.g. <id>) is no record (dom/sample.ts, aliyun/swas-instance-list.ts)', () => {
  const own = '5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b';
  const example = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d';
  const item = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
  const detail = `<h2>wp-lanxi-01</h2><div class="next-card"><div class="card-body">${item('实例ID', own)}${item('地域', '华东1（杭州）')}${item('峰值带宽', '10 Mbps')}${item('到期时间', '2027-05-20 23:59:59')}</div></div>`;
  // a 新功能 layer drawn as a plain box (no dialog role or class)
  const layer = (text: string) => `<div class="wn-layer"><div class="wn-title">新功能上线</div><p>服务器概览页新增「带宽升级」卡片：可将峰值带宽临时升级至 100 Mbps，按小时按量付费。</p><p>${text}</p></div>`;

  it('a SWAS detail with a plain 新功能 box naming an example instance gives that instance no record (the list reader gave it, payg 100 Mbps: invented)', () => {
    const got = read(detail + layer(`套餐示例：实例ID 例如 ${example}，地域 华北2（北京）。`), `https://swas.console.aliyun.com/#/server/${own}/cn-hangzhou/dashboard`);
    expect(got?.reader).toBe('aliyun-swas-instance-detail');
    expect(got?.facts.servers?.map((s) => [s.id, s.publicBandwidthMbps])).toEqual([[own, 10]]);
  });

  it('e.g. in English too', () => {
    const got = read(detail + layer(`Sample plan: instance ID, e.g. ${example}, region China (Beijing).`), `https://swas.console.aliyun.com/#/server/${own}/cn-hangzhou/dashboard`);
    expect(got?.facts.servers?.map((s) => s.id)).toEqual([own]);
  });

  it('an id named plainly in such a box is still a card (a guard: not every mention is an example)', () => {
    const got = read(detail + layer(`实例 ${example}，地域 华北2（北京），峰值带宽 5 Mbps`), 'https://swas.console.aliyun.com/#/servers/cn-hangzhou');
    expect(got?.facts.servers?.map((s) => s.id)).toEqual([own, example]);
  });
});

describe('a line the console addresses to the user (您有… / 您的…) names no server of the filing form (tencent/beian-form.ts)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204000391/website';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
  const head = '<h2>首次备案</h2><div class="tea-step"><span class="tea-step__item">填写主体信息</span><span class="tea-step__item is-current">填写网站信息</span></div>';
  const form = (rest: string) =>
    `<div class="tea-card"><div class="tea-card__body"><form class="tea-form">${item('网站名称', '<input class="tea-input" value="竹间手记">')}` +
    `${item('网站域名', '<input class="tea-input" value="zhujian-r39.cn">')}${item('对应云服务', '<span class="tea-dropdown__value">请选择</span>')}${rest}</form></div></div>`;

  it('a to-do strip drawn as a plain box, the form\'s own server not chosen yet: no server (it gave the other order\'s ins-r39sz088: invented)', () => {
    const strip = '<div class="todo-strip">您有 1 个备案订单待完善：订单号 20261128000772，对应云服务 云服务器 ins-r39sz088 | 深圳。<a>去完善</a></div>';
    const got = read(`<div class="page">${head}${strip}${form('')}</div>`, url);
    expect(got?.facts.websites?.map((w) => w.serverId)).toEqual([undefined]);
    expect(got?.facts.servers).toBeUndefined();
  });

  it('an expiry reminder "您的实例 ins-… 将于 … 到期" likewise', () => {
    const got = read(`<div class="page">${head}<p class="remind">您的实例 ins-r39gz051 将于 2027-01-03 到期，到期后可能影响备案。</p>${form('')}</div>`, url);
    expect(got?.facts.websites?.map((w) => w.serverId)).toEqual([undefined]);
  });

  it('a line under the form naming the chosen server is still read (a guard)', () => {
    const got = read(`<div class="page">${head}${form('<p>已选择：云服务器 ins-r39gz051 | 43.139.51.5 | 广州</p>')}</div>`, url);
    expect(got?.facts.websites?.map((w) => w.serverId)).toEqual(['ins-r39gz051']);
  });
});

describe('a box the console fills unasked — 推荐配置, 续费优惠, 消息中心 / 站内信, 新手引导 — gives the subject nothing (rules/labels notUnder)', () => {
  const own = '5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b';
  const fi = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
  const card = (title: string, items: string) => `<div class="next-card"><div class="next-card-head">${title}</div><div class="next-card-body">${items}</div></div>`;
  const swasUrl = `https://swas.console.aliyun.com/#/server/${own}/cn-hangzhou/dashboard`;
  const server = (extra: string) => card('服务器信息', `${fi('实例ID', own)}${fi('地域', '华东1（杭州）')}${extra}`);

  it('a SWAS detail without its own 峰值带宽 / 到期时间 takes none from a labelled 推荐配置 card (it gave 30 and 2030-05-20: invented)', () => {
    const got = read(server('') + card('推荐配置', `${fi('套餐规格', '4 vCPU 8 GiB')}${fi('峰值带宽', '30 Mbps')}${fi('付费方式', '包年包月')}${fi('到期时间', '2030-05-20 23:59:59')}`), swasUrl);
    expect(got?.facts.servers?.map((s) => [s.id, s.expiresAt, s.publicBandwidthMbps])).toEqual([[own, undefined, undefined]]);
  });

  it('nor from a 续费优惠 card', () => {
    const got = read(server('') + card('续费优惠', `${fi('到期时间', '续费 3 年 2030-05-20')}${fi('峰值带宽', '升级享 30 Mbps')}`), swasUrl);
    expect(got?.facts.servers?.map((s) => [s.expiresAt, s.publicBandwidthMbps])).toEqual([[undefined, undefined]]);
  });

  it('the server\'s own fields beside such a card are read (a guard)', () => {
    const got = read(server(`${fi('峰值带宽', '10 Mbps')}${fi('到期时间', '2027-05-20 23:59:59')}`) + card('推荐配置', `${fi('峰值带宽', '30 Mbps')}`), swasUrl);
    expect(got?.facts.servers?.map((s) => [s.expiresAt, s.publicBandwidthMbps])).toEqual([['2027-05-20', 10]]);
  });

  const domainUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=lanting-r39.cn';
  const drawer = (attrs: string, cls: string) =>
    `<div class="${cls}" ${attrs}><div class="${cls}-header">消息中心 · 站内信</div><div class="${cls}-body"><div class="msg-item"><div>【到期提醒】</div>` +
    `${fi('域名', 'lanting-old.com')}${fi('域名持有者', '周云起')}${fi('到期日期', '2027-01-03')}${fi('域名状态', '锁定')}</div></div></div>`;
  const domainPage = card('域名基本信息', `${fi('域名', 'lanting-r39.cn')}${fi('注册日期', '2024-03-15 10:21:09')}`) + card('域名持有者信息', `${fi('证件类型', '营业执照')}${fi('证件号码', '9133**********8M2K')}`);

  it('a domain page without its own holder, expiry and status takes none from an open 消息中心 drawer (it gave 周云起, 2027-01-03, 锁定: invented)', () => {
    const got = read(domainPage + drawer('role="dialog"', 'next-drawer'), domainUrl);
    const d = got?.facts.domains?.[0];
    expect([d?.domain, d?.registrantName, d?.expiresAt, d?.status]).toEqual(['lanting-r39.cn', undefined, undefined, undefined]);
  });

  it('nor from one drawn as a plain side box, first on the page (it gave the message\'s domain lanting-old.com and its values: invented)', () => {
    const got = read(drawer('', 'side-box') + domainPage, domainUrl);
    const d = got?.facts.domains?.[0];
    expect([d?.domain, d?.registrantName, d?.expiresAt, d?.status]).toEqual(['lanting-r39.cn', undefined, undefined, undefined]);
  });
});
