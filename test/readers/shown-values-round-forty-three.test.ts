import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the forty-third round of held-out pages (both providers; when part of the page fails — a card whose
 * request failed with 重试, an error boundary in one panel, a field showing 查询失败 / 数据获取异常, a banner saying part of
 * the data did not load, a list whose next page failed, a tooltip explaining a failure: test/fixtures-unseen/README.md
 * "Forty-third round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D1%26instanceId%3Dins-r43gzf01';
const teaItem = (l: string, v: string) => `<li class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></li>`;
const teaCard = (title: string, body: string) => `<div class="tea-card"><div class="tea-card__title">${title}</div>${body}</div>`;
const cvmInfo = teaCard('实例信息', `<ul class="tea-form">${teaItem('实例ID', 'ins-r43gzf01')}${teaItem('地域', '广州')}</ul>`);
const cvmBilling = teaCard('计费信息', `<ul class="tea-form">${teaItem('实例计费模式', '包年包月')}${teaItem('到期时间', '2027-04-18 11:05:42')}</ul>`);
const cvmServer = { id: 'ins-r43gzf01', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2027-04-18' };

describe('a failure shown in one part of the page is that part\'s, not the page\'s (dom/page-state.ts)', () => {
  it('a CVM detail with one card saying 数据获取异常 / 加载失败，请重试 beside loaded cards is read (null before: missing)', () => {
    const failed = teaCard('网络信息', `<div class="tea-status-error"><p>数据获取异常</p><p>网络信息加载失败，请重试</p><button class="tea-btn">重试</button></div>`);
    const got = read(cvmInfo + failed + cvmBilling, cvmUrl);
    expect(got?.reader).toBe('tencent-cvm-instance-detail');
    expect(got?.facts.servers).toEqual([cvmServer]);
  });

  it('an error boundary (role=alert) in one card — 页面出错了 / 该模块暂时无法显示 naming another instance — leaves the loaded cards read', () => {
    const boundary = teaCard('监控', `<div class="error-boundary" role="alert"><p><strong>页面出错了</strong></p><p>该模块暂时无法显示</p><code>InternalError: GetMonitorData failed for ins-r43shx99 (上海, 带宽上限 50Mbps)</code></div>`);
    const got = read(cvmInfo + cvmBilling + boundary, cvmUrl);
    expect(got?.facts.servers).toEqual([cvmServer]);
  });

  it('a Tencent filing website step with its 主体信息 card failed beside the website card is read', () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/20261205000431/website';
    const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
    const card = (t: string, b: string) => `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${t}</h3></div><div class="tea-card__body">${b}</div></div>`;
    const body =
      card('主体信息', `<div class="status-failed"><span class="tea-text-danger">加载失败，请重试</span> <button class="tea-btn tea-btn--link">重试</button></div>`) +
      card('网站信息', `<form class="tea-form">${item('网站名称', '<input class="tea-input" value="松风小筑">')}${item('网站域名', '<input class="tea-input" value="songfeng-r43.cn">')}${item('对应云服务', '<span class="tea-dropdown__value">云服务器 ins-r43gzb01 | 43.139.43.11 | 广州</span>')}</form>`);
    const got = read(body, url);
    expect(got?.reader).toBe('tencent-beian-form');
    expect(got?.facts.websites?.map((w) => [w.name, w.domains, w.serverId])).toEqual([['松风小筑', ['songfeng-r43.cn'], 'ins-r43gzb01']]);
  });

  it('an Alibaba domain page whose 域名状态 shows 查询失败 (with 重试) is read', () => {
    const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=shuyuan-r43.cn';
    const item = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
    const body =
      `<div class="next-card"><div class="next-card-title">域名基本信息</div><div class="next-card-content">${item('域名', 'shuyuan-r43.cn')}` +
      `${item('域名状态', '<span class="err"><i class="next-icon"></i>查询失败</span> <a role="button">重试</a>')}${item('到期日期', '2027-08-09 14:02:51')}</div></div>` +
      `<div class="next-card"><div class="next-card-title">域名持有者信息</div><div class="next-card-content">${item('域名持有者', '杭州书远文化传媒有限公司')}${item('实名认证状态', '已认证')}</div></div>`;
    const got = read(body, url);
    expect(got?.reader).toBe('aliyun-domain-holder');
    expect(got?.facts.domains?.map((d) => [d.domain, d.registrantName, d.realNameVerified, d.expiresAt])).toEqual([['shuyuan-r43.cn', '杭州书远文化传媒有限公司', true, '2027-08-09']]);
  });

  it('a banner saying part of the data did not load (网络异常…部分数据加载失败) over a domain list leaves its rows read', () => {
    const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
    const row = (d: string, s: string, e: string) => `<tr><td><a>${d}</a></td><td>${s}</td><td>${e}</td></tr>`;
    const body =
      `<div class="tea-alert tea-alert--error" role="alert">网络异常，请检查网络。部分数据加载失败。</div>` +
      `<table class="tea-table__box"><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead><tbody>${row('lanxi-r43.cn', '正常', '2027-03-21 23:59:59')}${row('lanxi-r43.com', '正常', '2027-05-02 23:59:59')}</tbody></table>`;
    const got = read(body, url);
    expect(got?.facts.domains?.map((d) => [d.domain, d.expiresAt])).toEqual([['lanxi-r43.cn', '2027-03-21'], ['lanxi-r43.com', '2027-05-02']]);
  });

  it('a list whose next page failed (第 2 页加载失败 under the rows) and an open header tooltip explaining a failed column leave the rows read', () => {
    const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
    const row = (d: string, s: string, e: string) => `<tr><td><a>${d}</a></td><td>${s}</td><td>${e}</td></tr>`;
    const body =
      `<table class="tea-table__box"><thead><tr><th>域名</th><th>域名状态<div class="tea-bubble" role="tooltip">域名状态获取失败，请稍后刷新</div></th><th>到期时间</th></tr></thead>` +
      `<tbody>${row('lanxi-r43.cn', '正常', '2027-03-21 23:59:59')}</tbody></table><div class="tea-pagination"><span>共 23 条</span><span class="is-error">第 2 页加载失败</span></div>`;
    const got = read(body, url);
    expect(got?.facts.domains?.map((d) => [d.domain, d.expiresAt])).toEqual([['lanxi-r43.cn', '2027-03-21']]);
  });

  it('an error boundary naming itself a module (页面出错了 / 该模块暂时无法显示) in a lone panel under the filing form, and an open instance list saying 实例列表加载失败, leave the form read', () => {
    const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
    const item = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
    const body =
      `<div class="form-page"><h3>基础信息</h3><form class="next-form">${item('主办单位所属区域', '<em title="浙江省 / 杭州市 / 拱墅区">浙江省 / 杭州市 / 拱墅区</em>')}${item('主办单位性质', '<em>个人</em>')}` +
      `${item('网站域名', '<input class="next-input-inner" value="chaxi-r43.cn">')}</form><h3>产品验证</h3><form class="next-form product-verify">${item('产品类型', '<em>云服务器ECS</em>')}` +
      `${item('实例ID', '<input class="next-input-inner" role="combobox" aria-controls="inst-menu" value="i-bp1r43be4n7x2k9q0w3e">')}</form>` +
      `<div class="verify-panel"><div class="error-boundary"><p><strong>页面出错了</strong></p><p>该模块暂时无法显示。</p></div></div></div>` +
      `<div class="next-overlay-wrapper opened"><div id="inst-menu" class="next-overlay-inner next-select-menu" role="listbox"><div class="empty"><span class="err">实例列表加载失败，请重试</span></div></div></div>`;
    const got = read(body, url);
    expect(got?.reader).toBe('aliyun-beian-server');
    expect(got?.facts.websites).toEqual([{ domains: ['chaxi-r43.cn'], serverId: 'i-bp1r43be4n7x2k9q0w3e' }]);
  });

  it('a plain note under a field (查询失败…上次查询结果) and a plain note in a column header (实名认证状态获取失败) are that field\'s and that column\'s', () => {
    const formUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261205000431/website';
    const item = (l: string, v: string, after = '') => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div>${after}</div>`;
    const form =
      `<div class="tea-card"><div class="tea-card__body"><form class="tea-form">${item('网站名称', '<input class="tea-input" value="松风小筑">')}` +
      `${item('网站域名', '<input class="tea-input" value="songfeng-r43.cn">', '<div class="tip">域名实名信息查询失败（请求超时）</div>')}${item('对应云服务', '<span class="tea-dropdown__value">云服务器 ins-r43gzb01 | 广州</span>')}</form></div></div>`;
    expect(read(form, formUrl)?.facts.websites?.map((w) => w.domains)).toEqual([['songfeng-r43.cn']]);
    const listUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
    const list =
      `<table class="tea-table__box"><thead><tr><th>域名</th><th>实名认证状态<div class="tip">实名认证状态获取失败，请稍后刷新</div></th><th>到期时间</th></tr></thead>` +
      `<tbody><tr><td><a>lanxi-r43.cn</a></td><td>-</td><td>2027-03-21 23:59:59</td></tr></tbody></table>`;
    expect(read(list, listUrl)?.facts.domains).toEqual([{ domain: 'lanxi-r43.cn', expiresAt: '2027-03-21' }]);
  });

  // guards: the page's own failure still reads nothing
  it('a banner 网络异常，请检查网络 that names no part, over the CVM detail, still reads nothing (a guard)', () => {
    const got = read(`<div class="tea-alert tea-alert--error" role="alert">网络异常，请检查网络</div>` + cvmInfo + cvmBilling, cvmUrl);
    expect(got).toBeNull();
  });

  it('an error in a box around all the fields, or standing where the only card\'s fields would be, still reads nothing (a guard)', () => {
    const around = `<div class="detail-body"><div class="err">获取实例详情失败，请重试</div><ul class="tea-form">${teaItem('实例ID', 'ins-r43gzf01')}${teaItem('地域', '广州')}${teaItem('到期时间', '2027-04-18')}</ul></div>`;
    expect(read(around, cvmUrl)).toBeNull();
    const alone = teaCard('实例信息', `<div class="tea-status-error"><p>数据获取异常</p><button class="tea-btn">重试</button></div>`) + teaCard('监控', '<p>暂无数据</p>');
    expect(read(alone, cvmUrl)).toBeNull();
  });

  it('an error box beside a page\'s one field (not inside the field, after its label) still reads nothing (a guard)', () => {
    const body = `<div class="c1"><div class="msg msg-error"><span>获取实例详情失败，请稍后再试</span></div><section>${teaItem('实例ID', 'ins-r43gzf01')}</section></div>`;
    expect(read(body, cvmUrl)).toBeNull();
  });

  it('the login\'s end in one card beside loaded cards is still the page\'s (a guard)', () => {
    const expired = teaCard('网络信息', `<div class="tea-status-error"><p>登录已过期，请重新登录</p><button class="tea-btn">重新登录</button></div>`);
    expect(read(cvmInfo + expired + cvmBilling, cvmUrl)).toBeNull();
  });
});

describe('a value that did not come (查询失败, 数据获取异常, 获取中…, 暂无数据) is no value (dom/units.ts, rules/labels notLoaded)', () => {
  it('an Alibaba domain page whose 域名状态 shows 查询失败 with 重试 gives no status (status 查询失败 before: invented)', () => {
    const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=shuyuan-r43.cn';
    const item = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
    const body =
      `<div class="next-card"><div class="next-card-title">域名基本信息</div><div class="next-card-content">${item('域名', 'shuyuan-r43.cn')}` +
      `${item('域名状态', '<span class="err"><i class="next-icon"></i>查询失败</span> <a role="button">重试</a>')}${item('到期日期', '2027-08-09 14:02:51')}</div></div>` +
      `<div class="next-card"><div class="next-card-title">域名持有者信息</div><div class="next-card-content">${item('域名持有者', '杭州书远文化传媒有限公司')}${item('证件号码', '<span class="err">数据获取异常</span> <a role="button">重试</a>')}${item('实名认证状态', '已认证')}</div></div>`;
    const got = read(body, url);
    expect(got?.facts.domains).toEqual([{ domain: 'shuyuan-r43.cn', registrantName: '杭州书远文化传媒有限公司', realNameVerified: true, expiresAt: '2027-08-09' }]);
  });

  it('a Tencent domain list row whose status cell shows 获取中… gives no status (获取中... before: invented); its neighbour\'s 正常 is read', () => {
    const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
    const row = (d: string, s: string, e: string) => `<tr><td><a>${d}</a></td><td><div>${s}</div></td><td>${e}</td></tr>`;
    const body =
      `<table class="tea-table__box"><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead><tbody>` +
      `${row('lanxi-r43.cn', '正常', '2027-03-21 23:59:59')}${row('lanxi-shop-r43.net', '<i class="tea-icon tea-icon-loading"></i><span class="tea-text-weak">获取中…</span>', '2026-12-30 23:59:59')}` +
      `${row('lanxi-r43.com', '<span class="tea-text-danger">加载失败，请重试</span>', '2027-01-02 23:59:59')}</tbody></table>`;
    const got = read(body, url);
    expect(got?.facts.domains?.map((d) => [d.domain, d.status])).toEqual([['lanxi-r43.cn', ['正常']], ['lanxi-shop-r43.net', undefined], ['lanxi-r43.com', undefined]]);
  });

  it('a status word after a failure word is still read (a guard: 审核失败 is a status, 正常 beside 获取中 is none of them)', async () => {
    const { saysNotLoaded } = await import('../../src/readers/dom/units');
    const words = ['查询失败', '获取中', '暂无数据', 'Loading'];
    expect(['查询失败', '✖ 查询失败', '获取中…', '获取中...', '暂无数据', 'Loading...', '查询失败，请重试'].map((t) => saysNotLoaded(t, words))).toEqual([true, true, true, true, true, true, true]);
    expect(['审核失败', '正常', '查询失败的域名 3 个', 'Loading dock', '暂无数据盘'].map((t) => saysNotLoaded(t, words))).toEqual([false, false, false, false, false]);
  });
});
