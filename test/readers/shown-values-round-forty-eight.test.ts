import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the forty-eighth round of held-out pages (both providers; the subject's whole life — records being
 * created, stopped, expired, isolated in a recycle bin, released, locked, migrated, refunded; domains registering, on hold,
 * in their grace or redemption period; filings rejected with reasons: test/fixtures-unseen/README.md "Forty-eighth round"),
 * each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const tencentDomainUrl = 'https://console.cloud.tencent.com/domain/info/haiyan-r48.cn';
const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
const tencentDomain = (alert: string, status = '<span class="tea-tag">正常</span>', realName = '<span class="tea-tag">审核失败</span>') =>
  `<h2 class="tea-h2">haiyan-r48.cn</h2>${alert}<div class="tea-card"><div class="tea-form">` +
  teaItem('域名', 'haiyan-r48.cn') +
  teaItem('域名状态', status) +
  teaItem('注册商', '腾讯云计算（北京）有限责任公司') +
  teaItem('到期时间', '2026-11-18 23:59:59') +
  teaItem('域名所有者', '陈海晏') +
  teaItem('实名认证状态', realName) +
  '</div></div>';
const alertBox = (text: string) => `<div class="tea-alert tea-alert--error" role="alert"><div class="tea-alert__body">${text}</div></div>`;

describe('an alert reporting the record\'s review or real-name verification failure is no page error (dom/page-state.ts REVIEW_FAILURE)', () => {
  it('a Tencent domain page whose alert says 域名实名认证审核失败 is read (null before: missing)', () => {
    for (const text of ['域名已过期，目前处于续费宽限期，解析已暂停。域名实名认证审核失败，请重新提交资料。', '实名审核未通过，请修改后重新提交', 'Real-name verification failed. Please submit again.']) {
      const got = read(tencentDomain(alertBox(text)), tencentDomainUrl);
      expect(got?.reader, text).toBe('tencent-domain-info');
      expect(got?.facts.domains, text).toEqual([{ domain: 'haiyan-r48.cn', registrar: '腾讯云计算(北京)有限责任公司', registrantName: '陈海晏', realNameVerified: false, expiresAt: '2026-11-18', status: ['正常'] }]);
    }
  });

  it('guard: a request\'s failure (获取域名信息失败, 提交审核失败) in the alert still makes the page an error', () => {
    for (const text of ['获取域名信息失败，请刷新重试', '提交审核失败，请稍后重试']) {
      expect(read(tencentDomain(alertBox(text)), tencentDomainUrl)?.facts ?? null, text).toBeNull();
    }
  });
});

describe('续费宽限期 (renewal grace period) is a Tencent domain status (rules/labels/tencent.json domainStatuses)', () => {
  it('a 续费宽限期 tag beside serverHold is read with it (missing before)', () => {
    const got = read(tencentDomain('', '<span class="tea-tag tea-tag--warning">续费宽限期</span> <span class="tea-tag tea-tag--error">serverHold</span>'), tencentDomainUrl);
    expect(got?.facts.domains?.[0]?.status).toEqual(['续费宽限期', 'serverHold']);
  });
});

const ecsUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
const ecsList = (rows: [string, string, string, string][]) =>
  '<h1>实例</h1><table><thead><tr><th>实例ID/名称</th><th>状态</th><th>IP地址</th><th>配置</th><th>付费方式</th></tr></thead><tbody>' +
  rows.map(([id, ip, config, state]) => `<tr><td><a>${id}</a></td><td>${state}</td><td>${ip}</td><td>${config}</td><td>包年包月<br>2027年5月20日 23:59 到期</td></tr>`).join('') +
  '</tbody></table>';

describe('a list\'s IP cell showing no value at all ("-") says nothing of a public address (aliyun/server-values.ts listIpCellShown)', () => {
  it('an ECS row 启动中 with IP "-" and no bandwidth figure gives no bandwidth (0 before: invented)', () => {
    for (const ip of ['-', '--', '暂无']) {
      const got = read(ecsList([['i-bp1r48c2x4z6v8b0n1m3', ip, '2 vCPU 4 GiB ecs.g7.large -', '启动中']]), ecsUrl);
      expect(got?.facts.servers?.[0]?.id, ip).toBe('i-bp1r48c2x4z6v8b0n1m3');
      expect(got?.facts.servers?.[0]?.publicBandwidthMbps, ip).toBeUndefined();
    }
  });

  it('guard: a private address alone, and a 无公网IP cell, still say there is no public address (0)', () => {
    for (const ip of ['172.16.8.11（私有）', '无公网IP']) {
      const got = read(ecsList([['i-bp1r48c2x4z6v8b0n1m3', ip, '2 vCPU 4 GiB ecs.g7.large', '运行中']]), ecsUrl);
      expect(got?.facts.servers?.[0]?.publicBandwidthMbps, ip).toBe(0);
    }
  });

  it('guard: a "-" IP cell beside a plan\'s figure still gives the figure (round thirty-one)', () => {
    const got = read(ecsList([['i-bp1r48c2x4z6v8b0n1m3', '-', '2 vCPU 4 GiB ecs.g7.large 5Mbps (峰值)', '启动中']]), ecsUrl);
    expect(got?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });
});

const lighthouseUrl = 'https://console.cloud.tencent.com/lighthouse/instance/index';
const lighthouseList = (rows: [string, string][]) =>
  '<h2>服务器</h2><table><thead><tr><th>ID/名称</th><th>状态</th><th>地域和可用区</th><th>实例套餐</th><th>公网 IP</th><th>到期时间</th></tr></thead><tbody>' +
  rows.map(([id, state]) => `<tr class="row"><td>${id}</td><td>${state}</td><td>中国香港 | 香港二区</td><td>通用型 1核 1GB 30Mbps</td><td>43.128.48.77</td><td>2026-10-01 10:00:00</td></tr>`).join('') +
  '</tbody></table>';
const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const cvmList = (rows: [string, string][]) =>
  '<h2>实例</h2><table><thead><tr><th>ID/名称</th><th>状态</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th></tr></thead><tbody>' +
  rows.map(([id, state]) => `<tr><td>${id}</td><td>${state}</td><td>广州六区</td><td>2核 4GB 5Mbps</td><td>43.139.48.21（公）</td><td>包年包月<br>2027-01-10 10:00:00到期</td></tr>`).join('') +
  '</tbody></table>';

describe('a list row whose state says its instance is released or destroyed is no server (values.released, shared/text-values opensWithState)', () => {
  it('a Lighthouse row 已销毁 (greyed, its id not struck) gives no server (before: read with its old expiry, invented)', () => {
    for (const state of ['已销毁', '已销毁<div>销毁时间：2026-10-08 10:00:00</div>', 'Terminated']) {
      const got = read(lighthouseList([['lhins-r48run01', '运行中'], ['lhins-r48del07', state]]), lighthouseUrl);
      expect(got?.facts.servers?.map((s) => s.id), state).toEqual(['lhins-r48run01']);
    }
  });

  it('a CVM row 已销毁 and an ECS row 已释放 give no server (before: read, invented)', () => {
    const cvm = read(cvmList([['ins-r48run01', '运行中'], ['ins-r48del07', '已销毁']]), cvmListUrl);
    expect(cvm?.facts.servers?.map((s) => s.id)).toEqual(['ins-r48run01']);
    const ecs = read(ecsList([['i-bp1r48w3b5n7m9k2j4h6', '47.96.148.21（公）', 'ecs.g7.large 5Mbps', '运行中'], ['i-bp1r48x0c2v4b6n8m0q2', '--', 'ecs.g6.large 5Mbps', '已释放<div>已退订，退款已原路退回</div>']]), ecsUrl);
    expect(ecs?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1r48w3b5n7m9k2j4h6']);
  });

  it('guard: rows stopped, expired, isolated, being released or with release protection are still servers, read with what they show', () => {
    const states = ['已隔离<div>将于 2026-12-10 10:00:00 销毁</div>', '已关机', '销毁中', '运行中 已释放保护'];
    const got = read(lighthouseList(states.map((s, i) => [`lhins-r48sta0${i}`, s])), lighthouseUrl);
    expect(got?.facts.servers?.map((s) => [s.id, s.expiresAt])).toEqual(states.map((_, i) => [`lhins-r48sta0${i}`, '2026-10-01']));
    const ecs = read(ecsList([['i-bp1r48e5r7t9y1u3i5o7', '118.31.205.9（公）', 'ecs.c7.xlarge 10Mbps', '已过期停机 欠费停机<div>将于 2026-12-15 释放</div>'], ['i-bp1r48l6k8j0h2g4f6d8', '47.98.12.64（公）', 'ecs.g7.large 3Mbps', '释放保护 已开启']]), ecsUrl);
    expect(ecs?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1r48e5r7t9y1u3i5o7', 'i-bp1r48l6k8j0h2g4f6d8']);
  });
});

const beianUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
const fusionItem = (label: string, control: string) =>
  `<div class="next-form-item next-row"><div class="next-form-item-label required"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
const websiteStep = (domainsExtra: string, contentExtra: string) =>
  '<form class="next-form"><section class="site-panel"><div class="site-panel-head">网站信息（网站 1）</div><div class="site-panel-body">' +
  fusionItem('网站名称', '<span class="next-input"><input value="海晏文化"></span><div class="reject-mark">已修改 · 原填写：海晏文化官网</div>') +
  fusionItem('网站域名', `<div class="next-select next-select-multiple"><span class="next-select-values"><span class="next-tag"><span class="next-tag-body">haiyan-culture.com</span></span></span></div>${domainsExtra}`) +
  fusionItem('网站服务内容', `<span class="next-select"><span class="next-select-values"><em title="文化">文化</em></span></span>${contentExtra}`) +
  '</div></section></form>';

describe('a returned filing\'s notes beside its values are none of them (aliyun/beian-form.ts formerValueLines, removedDomains)', () => {
  it('a line stating the value before the change ("已修改 · 原选择：综合门户") is no part of the content (before: "文化 已修改 · 原选择:综合门户", wrong)', () => {
    for (const note of ['<div class="reject-mark">已修改 · 原选择：综合门户</div>', '<div class="reject-mark">原选择：综合门户</div>', '<p>变更前：综合门户</p>']) {
      const got = read(websiteStep('', note), beianUrl);
      expect(got?.facts.websites?.[0]?.content, note).toBe('文化');
    }
  });

  it('a note naming a domain taken out ("haiyan.shop 已移除（未实名认证）") adds no domain (before: added, invented)', () => {
    for (const note of ['<div class="reject-mark">haiyan.shop 已移除（未实名认证）</div>', '<div>haiyan.shop removed (not verified)</div>']) {
      const got = read(websiteStep(note, ''), beianUrl);
      expect(got?.facts.websites?.[0]?.domains, note).toEqual(['haiyan-culture.com']);
    }
  });

  it('guard: a second domain tag is still read', () => {
    const got = read(websiteStep('<span class="next-tag"><span class="next-tag-body">haiyan.net.cn</span></span>', '<div class="hint">请选择与网站内容一致的类别</div>'), beianUrl);
    expect(got?.facts.websites?.[0]?.domains).toEqual(['haiyan-culture.com', 'haiyan.net.cn']);
  });
});

describe('a line under a domain\'s status tags giving the cause of a hold is a note (tencent/domain-list.ts domainStatusTokens)', () => {
  const tags = '<span class="tea-tag tea-tag--warning">续费宽限期</span> <span class="tea-tag tea-tag--error">serverHold</span>';
  it('"未完成实名认证，注册局暂停解析" under the tags adds no status (before: 注册局暂停解析, a second status)', () => {
    const got = read(tencentDomain('', `${tags}<div class="sub">未完成实名认证，注册局暂停解析</div>`), tencentDomainUrl);
    expect(got?.facts.domains?.[0]?.status).toEqual(['续费宽限期', 'serverHold']);
  });

  it('guard: a plain line of statuses after a tag ("禁止转移，禁止更新") is still read', () => {
    const got = read(tencentDomain('', '<span class="tea-tag">正常</span><div>禁止转移，禁止更新</div>'), tencentDomainUrl);
    expect(got?.facts.domains?.[0]?.status).toEqual(['正常', '禁止转移', '禁止更新']);
  });
});

describe('variants of round forty-eight\'s returned filing and domain list (aliyun/beian-form.ts removedDomains, controlBox; label words)', () => {
  it('a removal note under the domains takes the domain out though its tag is not struck, and "已移除：haiyan.shop" too (before: added, invented)', () => {
    const tag = '<span class="next-tag is-removed"><span class="next-tag-body">haiyan.shop</span></span>';
    for (const extra of [`<div class="next-select"><span class="next-select-values">${tag}</span></div><div class="reject-mark">haiyan.shop 已移除（未实名认证）</div>`, '<div class="reject-mark">已移除：haiyan.shop（未实名认证）</div>']) {
      const got = read(websiteStep(extra, ''), beianUrl);
      expect(got?.facts.websites?.[0]?.domains, extra).toEqual(['haiyan-culture.com']);
    }
  });

  it('an English line "Modified · Original: 综合门户" is no part of the content (before: "文化 Modified ·", wrong)', () => {
    const got = read(websiteStep('', '<div class="reject-mark">Modified · Original: 综合门户</div>'), beianUrl);
    expect(got?.facts.websites?.[0]?.content).toBe('文化');
  });

  it('a 重新提交 link beside a holder\'s 实名审核失败 tag is no part of the holder\'s name (before: "陈海晏 重新提交", wrong)', () => {
    const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
    const body = '<table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>' +
      '<tr><td>haiyan.top</td><td><span class="next-tag">clientHold</span></td><td><span class="holder">陈海晏</span><span class="next-tag next-tag-error">实名审核失败</span> <a>重新提交</a></td><td>2027-04-30</td></tr>' +
      '<tr><td>haiyan-culture.com</td><td><span class="next-tag">正常</span></td><td><span class="holder">杭州海晏文化传播有限公司</span><span class="next-tag">已实名认证</span></td><td>2027-08-14</td></tr></tbody></table>';
    const got = read(body, url);
    expect(got?.facts.domains?.[0]).toEqual({ domain: 'haiyan.top', status: ['clientHold'], registrantName: '陈海晏', realNameVerified: false, expiresAt: '2027-04-30' });
  });
});

describe('a SWAS list row 已释放 is no server either (aliyun/swas-instance-list.ts, releasedState)', () => {
  it('the released row gives no server; an expired one (已过期, 将于 … 释放) still does (before: both read, one invented)', () => {
    const url = 'https://swas.console.aliyun.com/#/servers/cn-hangzhou';
    const row = (id: string, state: string) => `<tr><td>${id}</td><td>${state}</td><td>47.96.1.2</td><td>2核4GB 5Mbps</td><td>2026-11-30 23:59:59</td></tr>`;
    const body = '<table><thead><tr><th>实例ID/名称</th><th>状态</th><th>IP地址</th><th>套餐</th><th>到期时间</th></tr></thead><tbody>' +
      row('a1b2c3d4e5f60718293a4b5c6d7e8f90', '已过期<div>将于 2026-12-15 释放</div>') + row('0f9e8d7c6b5a49382716f5e4d3c2b1a0', '已释放') + '</tbody></table>';
    const got = read(body, url);
    expect(got?.facts.servers?.map((s) => [s.id, s.expiresAt])).toEqual([['a1b2c3d4e5f60718293a4b5c6d7e8f90', '2026-11-30']]);
  });
});

describe('the same cause line on the Alibaba domain list (aliyun/domain-list.ts statusTokens)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (status: string) =>
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>' +
    `<tr><td>haiyan.top</td><td>${status}</td><td>陈海晏</td><td>2027-04-30</td></tr>` +
    '<tr><td>haiyan-culture.com</td><td><span class="next-tag">正常</span></td><td>杭州海晏文化传播有限公司</td><td>2027-08-14</td></tr></tbody></table>';
  it('"实名认证失败，注册商暂停解析" under a clientHold tag adds no status (before: 注册商暂停解析, a second status)', () => {
    expect(read(list('<span class="next-tag">clientHold</span><div class="sub">实名认证失败，注册商暂停解析</div>'), url)?.facts.domains?.[0]?.status).toEqual(['clientHold']);
  });
  it('guard: statuses in one line after a tag, and a line alone, are still read', () => {
    expect(read(list('<span class="next-tag">正常</span><div>禁止转移，禁止更新</div>'), url)?.facts.domains?.[0]?.status).toEqual(['正常', '禁止转移', '禁止更新']);
    expect(read(list('急需续费(剩余 5 天)'), url)?.facts.domains?.[0]?.status).toEqual(['急需续费']);
  });
});
