import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Second review of session 41's rounds thirty-seven (text the user wrote) and thirty-eight (the server's and the
 * domain's neighbours): small console pages, both providers where a change is shared, that the round's fixes were not
 * written for (test/fixtures-unseen/README.md "Second review of rounds thirty-seven and thirty-eight, session 42").
 * Each break's case failed before its fix; guards say so.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const fusionTable = (headers: string[], rows: string[][]) =>
  '<div class="next-table"><div class="next-table-inner">' +
  `<div class="next-table-header"><table><thead><tr>${headers.map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('')}</tr></thead></table></div>` +
  `<div class="next-table-body"><table><tbody>${rows.map((r) => `<tr class="next-table-row">${r.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div>` +
  '</div></div>';
const teaTable = (headers: string[], rows: string[][]) =>
  '<div class="tea-table">' +
  `<div class="tea-table__header"><table class="tea-table__box"><thead><tr>${headers.map((h) => `<th><div><span class="tea-text-overflow">${h}</span></div></th>`).join('')}</tr></thead></table></div>` +
  `<div class="tea-table__body"><table class="tea-table__box"><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td><div>${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div></div>`;

describe('a remark under the domain whose words are a real-name status is the user\'s text (1c59683, a583244)', () => {
  const aliyun = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const tencent = 'https://console.cloud.tencent.com/domain/all-domain/all';

  it('Alibaba: a 备注 line "备注： 已实名认证" under the domain (label and remark each in an element) gives no real-name status (it gave true, invented)', () => {
    const remark = '<div class="domain-remark"><span class="remark-label">备注：</span><span class="remark-text">已实名认证</span></div>';
    const got = read(fusionTable(['域名', '域名状态', '域名持有者', '到期日期'], [[`<a href="#">lisi-photos.cn</a>${remark}`, '正常', '李四', '2026-12-28']]), aliyun);
    expect(got?.facts.domains).toEqual([{ domain: 'lisi-photos.cn', status: ['正常'], registrantName: '李四', expiresAt: '2026-12-28' }]);
  });

  it('Tencent: the same line under the domain, its remark drawn as a tag, gives none (it gave true, invented)', () => {
    const remark = '<p class="tea-text-weak"><span>备注：</span><span class="tea-tag">已实名认证</span></p>';
    const got = read(teaTable(['域名', '状态', '域名所有者', '到期时间'], [[`<a href="/domain/info/expire2027.com">expire2027.com</a>${remark}`, '正常', '李四', '2026-12-18']]), tencent);
    expect(got?.facts.domains).toEqual([{ domain: 'expire2027.com', status: ['正常'], registrantName: '李四', expiresAt: '2026-12-18' }]);
  });

  it('a real-name tag right after the domain is still read, both providers (a guard; so before too)', () => {
    const a = read(fusionTable(['域名', '域名状态', '域名持有者', '到期日期'], [['<a href="#">lisi-photos.cn</a> <span class="next-tag"><span class="next-tag-body">已实名认证</span></span>', '正常', '李四', '2026-12-28']]), aliyun);
    const t = read(teaTable(['域名', '状态', '域名所有者', '到期时间'], [['<a href="/domain/info/a-r37.com">a-r37.com</a> <span class="tea-tag tea-tag--success">已实名认证</span>', '正常', '李四', '2027-01-02']]), tencent);
    expect([a?.facts.domains?.[0]?.realNameVerified, t?.facts.domains?.[0]?.realNameVerified]).toEqual([true, true]);
  });
});

const teaItem = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label">${label}</div><div class="tea-form__controls">${value}</div></div>`;
const teaCard = (title: string, items: string) =>
  `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><div class="tea-form">${items}</div></div></div>`;
const teaTableCard = (title: string, heads: string[], rows: string[][]) =>
  `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><div class="tea-table"><table class="tea-table__box">` +
  `<thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div></div></div>`;
const nextItem = (label: string, value: string) =>
  `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${value}</div></div>`;
const nextCard = (title: string, items: string) =>
  `<div class="next-card"><div class="next-card-head"><div class="next-card-title">${title}</div></div><div class="next-card-body"><div class="next-form next-form-preview">${items}</div></div></div>`;
const nextTableCard = (title: string, heads: string[], rows: string[][]) =>
  `<div class="next-card"><div class="next-card-head"><div class="next-card-title">${title}</div></div><div class="next-card-body"><div class="next-table"><table>` +
  `<thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div></div></div>`;

describe('a one-row table of the server\'s neighbours named in a cell of their own, not in the box\'s title (e65d1b0, e05e1e8: notUnder)', () => {
  const lighthouse = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-r42abcd1';
  const lhOwn = teaCard('实例信息', teaItem('实例ID', 'lhins-r42abcd1') + teaItem('地域', '华南地区（广州）') + teaItem('实例计费模式', '包年包月'));
  const ecs = 'https://ecs.console.aliyun.com/server/i-bp1r42ngh0ecs0detl1/detail?regionId=cn-hangzhou';
  const ecsOwn = nextCard('基本信息', nextItem('实例ID', 'i-bp1r42ngh0ecs0detl1') + nextItem('地域', '华东1（杭州）'));

  it('Lighthouse: 已绑定资源 | 资源类型 流量包 gives the server none of the package\'s bandwidth or expiry (it gave 30 and 2027-03-01, invented)', () => {
    const got = read(lhOwn + teaTableCard('已绑定资源', ['资源类型', 'ID', '带宽', '到期时间'], [['流量包', 'tp-r42pkg01', '30Mbps', '2027-03-01']]), lighthouse);
    expect(got?.facts.servers).toEqual([{ id: 'lhins-r42abcd1', provider: 'tencent', product: 'lighthouse', region: 'ap-guangzhou', billing: 'subscription' }]);
  });

  it('ECS: 已绑定资源 | 资源类型 负载均衡 gives the instance none of the load balancer\'s billing, expiry or bandwidth (it gave 包年包月, 2027-03-01 and 5120, invented)', () => {
    const got = read(ecsOwn + nextTableCard('已绑定资源', ['资源类型', '资源ID', '带宽', '付费方式', '到期时间'], [['负载均衡', 'lb-bp1r42slb0front01', '5120Mbps', '包年包月', '2027-03-01']]), ecs);
    expect(got?.facts.servers).toEqual([{ id: 'i-bp1r42ngh0ecs0detl1', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou' }]);
  });

  it('the server\'s own one-row table is read, an address cell noting its EIP too (a guard; so before too)', () => {
    const got = read(ecsOwn + nextTableCard('付费信息', ['公网IP', '带宽', '付费方式', '到期时间'], [['47.98.10.21（弹性公网IP）', '10Mbps', '包年包月', '2027-05-01 23:59:59']]), ecs);
    expect(got?.facts.servers).toEqual([{ id: 'i-bp1r42ngh0ecs0detl1', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-05-01', publicBandwidthMbps: 10 }]);
  });
});

describe('a card titled 弹性公网IP over a table of the EIP: the title is no label of the table (e05e1e8\'s convention: an EIP\'s bandwidth shown only in its box is none of the server\'s)', () => {
  const ecs = 'https://ecs.console.aliyun.com/server/i-bp1r42ngh0ecs0detl1/detail?regionId=cn-hangzhou';
  const ecsOwn = (items = '') => nextCard('基本信息', nextItem('实例ID', 'i-bp1r42ngh0ecs0detl1') + nextItem('地域', '华东1（杭州）') + items);

  it('ECS: the card title read as the 弹性公网IP field over the whole table gave the EIP\'s 10 Mbps as the instance\'s public bandwidth (invented)', () => {
    const got = read(ecsOwn() + nextTableCard('弹性公网IP', ['IP地址', '带宽峰值', '付费类型', '到期时间'], [['47.98.10.21', '10Mbps', '包年包月', '2027-09-30']]), ecs);
    expect(got?.facts.servers).toEqual([{ id: 'i-bp1r42ngh0ecs0detl1', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou' }]);
  });

  it('the instance\'s own 弹性公网IP field with its bandwidth is read (a guard; so before too)', () => {
    const got = read(ecsOwn(nextItem('弹性公网IP', '47.98.10.21') + nextItem('公网带宽', '10Mbps（按使用流量）')) + nextTableCard('弹性公网IP', ['IP地址', '带宽峰值'], [['47.98.10.21', '10Mbps']]), ecs);
    expect(got?.facts.servers?.[0]?.publicBandwidthMbps).toBe(10);
  });
});

describe('a Tencent website card\'s 网站备注 shown as text — a confirm view — is the user\'s text too (8615f14, 9a65e9d: typed boxes only)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261205004201/website';
  const item = (label: string, control: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
  const text = (t: string) => `<div class="tea-form-text">${t}</div>`;
  const card = (n: number, name: string, domain: string, resource: string, remark: string) =>
    `<div class="tea-card"><div class="tea-card__header">网站信息（网站 ${n}）</div><div class="tea-card__body">` +
    item('网站名称', text(name)) + item('网站域名', text(domain)) + item('对应云服务', text('云服务器') + resource) + item('网站备注', text(remark)) +
    '</div></div>';

  it('a shown remark "原服务器 ins-r37old99 已退还" where no server is picked gives no server (it gave ins-r37old99, invented)', () => {
    const got = read(card(1, '四季茶语', 'siji-tea.cn', '', '原服务器 ins-r37old99 已退还'), url);
    expect(got?.facts.websites).toEqual([{ name: '四季茶语', domains: ['siji-tea.cn'] }]);
    expect(got?.facts.servers).toBeUndefined();
  });

  it('the picked server drawn as "实例ID/名称：ins-… / web-01" is the server — its label names the id, not only the user\'s name (it was lost)', () => {
    const got = read(card(1, '四季茶语', 'siji-tea.cn', text('实例ID/名称：ins-r42usr02 / web-01'), '-'), url);
    expect(got?.facts.websites?.[0]?.serverId).toBe('ins-r42usr02');
  });

  it('a shown remark "原备案号 粤ICP备2024000001号-2" does not make its card a filed website (the card and its server were lost)', () => {
    const got = read(card(1, '四季茶语', 'siji-tea.cn', text('ins-r42usr02'), '原备案号 粤ICP备2024000001号-2，原服务器已退还') + card(2, '四季茶语商城', 'siji-shop.cn', text('ins-r42usr03'), '-'), url);
    expect(got?.facts.websites?.map((w) => [w.name, w.serverId])).toEqual([
      ['四季茶语', 'ins-r42usr02'],
      ['四季茶语商城', 'ins-r42usr03'],
    ]);
  });

  it('a number shown as the card\'s own text still marks a filed website beside the one added (a guard; so before too)', () => {
    const got = read(card(1, '四季茶语', 'siji-tea.cn', text('ins-r42usr02') + text('粤ICP备2024000001号-2'), '-') + card(2, '四季茶语商城', 'siji-shop.cn', text('ins-r42usr03'), '-'), url);
    expect(got?.facts.websites?.map((w) => w.name)).toEqual(['四季茶语商城']);
  });
});

describe('the user\'s 备注 line under the holder\'s name in an Alibaba domain list (1c59683 looked beside the domain only)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';

  it('"备注：" then "已实名认证" under the holder gives no real-name status (it gave true, invented)', () => {
    const holder = '李四<div class="holder-remark"><span class="remark-label">备注：</span><span class="remark-text">已实名认证</span></div>';
    const got = read(fusionTable(['域名', '域名状态', '域名持有者', '到期日期'], [['<a href="#">lisi-photos.cn</a>', '正常', holder, '2026-12-28']]), url);
    expect(got?.facts.domains?.[0]?.realNameVerified).toBeUndefined();
  });

  it('the holder\'s own real-name tag is read (a guard; so before too)', () => {
    const got = read(fusionTable(['域名', '域名状态', '域名持有者', '到期日期'], [['<a href="#">lisi-photos.cn</a>', '正常', '李四 <span class="next-tag"><span class="next-tag-body">已实名认证</span></span>', '2026-12-28']]), url);
    expect(got?.facts.domains?.[0]?.realNameVerified).toBe(true);
  });
});
