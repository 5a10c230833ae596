import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fortieth round of held-out pages (both providers; search, filter, sort and highlight — search
 * boxes and their history, highlighted matches, filter chips, column filter dropdowns, sorted headers, lookup boxes:
 * test/fixtures-unseen/README.md "Fortieth round"), each narrowed in a scratch copy of its page to the smallest markup
 * that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

describe('a filing lookup box beside the form is no part of the form (aliyun/beian-form.ts)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const steps =
    '<div class="next-step"><div class="next-step-item next-step-item-finish"><div class="next-step-item-title">主体信息</div></div>' +
    '<div class="next-step-item next-step-item-process"><div class="next-step-item-title">网站信息</div></div>' +
    '<div class="next-step-item next-step-item-wait"><div class="next-step-item-title">上传资料</div></div></div>';
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  const form =
    '<form class="next-form"><section class="site-panel"><div class="site-panel-head">网站信息（网站 1）</div>' +
    item('网站名称', '<span class="next-input"><input value="张三的博客"></span>') +
    item('网站域名', '<span class="next-tag"><span class="next-tag-body">zhangsan.cn</span></span>') +
    item('网站服务内容', '<span class="next-select"><span class="next-select-values"><em>博客/个人空间</em></span></span>') +
    '</section></form>';
  const lookup = (input: string, result: string) =>
    `<aside class="beian-side"><h4>备案查询</h4><div class="lookup-form"><span class="next-input">${input}</span> <button class="next-btn">查询</button></div>${result}</aside>`;
  const rows = (pairs: Array<[string, string]>) => `<table><tbody>${pairs.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</tbody></table>`;
  const other: Array<[string, string]> = [
    ['主办单位名称', '李四'],
    ['主办单位性质', '个人'],
    ['网站备案号', '浙ICP备2025040001号-1'],
    ['网站名称', '李四的相册'],
    ['网站域名', 'lisi-photos.cn'],
  ];
  const own = [{ name: '张三的博客', domains: ['zhangsan.cn'], content: '博客/个人空间' }];

  it('a 备案查询 box (a search box and its answer: another filing\'s 网站名称, 网站域名, 备案号) after the website panel leaves the website as shown (the page gave null: missing)', () => {
    const got = read(`<div class="layout">${steps}${form}${lookup('<input type="search" value="lisi-photos.cn">', rows(other))}</div>`, url);
    expect(got?.reader).toBe('aliyun-beian-website');
    expect(got?.facts.websites).toEqual(own);
    expect(got?.facts.entity).toBeUndefined();
  });

  it('the answer as dt / dd pairs without a filing number, the box a role=search one (the page gave null: missing)', () => {
    const dl = '<dl class="lookup-result"><dt>网站名称</dt><dd>李四的相册</dd><dt>网站域名</dt><dd>lisi-photos.cn</dd><dt>主办单位名称</dt><dd>李四</dd></dl>';
    const got = read(`<div class="layout">${steps}${form}<aside role="search"><h4>备案查询</h4><input value="lisi-photos.cn"><button>查询</button>${dl}</aside></div>`, url);
    expect(got?.facts.websites).toEqual(own);
    expect(got?.facts.entity).toBeUndefined();
  });

  it('with two website panels, the filing number the box answers marks neither website filed (the second website was lost: missing)', () => {
    const second =
      '<section class="site-panel"><div class="site-panel-head">网站信息（网站 2）</div>' +
      item('网站名称', '<span class="next-input"><input value="张三的相册"></span>') +
      item('网站域名', '<span class="next-tag"><span class="next-tag-body">zhangsan-photos.cn</span></span>') +
      '</section>';
    const two = form.replace('</form>', `${second}</form>`);
    const got = read(`<div class="layout">${steps}${two}${lookup('<input type="search" value="lisi-photos.cn">', '<p class="lookup-answer">已备案：浙ICP备2025040001号-1</p>')}</div>`, url);
    expect(got?.facts.websites).toEqual([...own, { name: '张三的相册', domains: ['zhangsan-photos.cn'] }]);
  });

  it('a confirm view with a search box in the top bar is still read (a guard)', () => {
    const topbar = '<header class="topbar"><span class="next-input next-search"><input type="search" placeholder="搜索"></span></header>';
    const confirm =
      '<div class="confirm"><h3>网站信息（网站 1）</h3><dl><dt>网站名称</dt><dd>张三的博客</dd><dt>网站域名</dt><dd>zhangsan.cn</dd><dt>网站服务内容</dt><dd>博客/个人空间</dd></dl></div>';
    const got = read(`${topbar}<div class="layout">${steps}${confirm}</div>`, url);
    expect(got?.facts.websites).toEqual(own);
  });
});

describe('a search box\'s popup (named by its aria-controls / aria-owns) is drawn over the page (dom/overlay.ts overlayOver)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-r40q8d2m';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
  const detail = (extra: string) =>
    `<h2>ins-r40q8d2m（gz-blog-web）</h2><div class="tea-form">${item('实例ID', 'ins-r40q8d2m')}${item('地域', '华南地区（广州）')}${extra}</div>`;
  const results =
    '<h5>最近浏览</h5><div class="result-card">' +
    '<div class="tea-form">' + item('实例计费模式', '按量计费') + item('带宽上限', '100 Mbps') + item('到期时间', '2027-03-03 00:00:00') + item('创建时间', '2025-01-01 08:00:00') + '</div></div>';
  const topbar = (attr: string, panel: string) =>
    `<div class="tea-nav"><div class="tea-nav__search"><input class="tea-input" type="search" value="r40" ${attr}><div class="global-search-panel" id="gs">${panel}</div></div></div>`;
  const app = (bar: string, extra = '') => `${bar}<div class="tea-layout__content">${detail(extra)}</div>`;

  it('the top bar\'s search box\'s recent results (计费模式, 带宽上限, 到期时间, 创建时间) give an instance without those fields none (they gave payg, 100, the dates: invented)', () => {
    const got = read(app(topbar('role="combobox" aria-expanded="true" aria-controls="gs"', results)), url);
    expect(got?.facts.servers).toEqual([{ id: 'ins-r40q8d2m', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' }]);
  });

  it('the same as "标签：值" lines, the panel named by aria-owns of a plain text box (they gave payg, 100, 2025-01-01: invented)', () => {
    const lines = '<p>ins-r40p1e7v</p><p>实例计费模式：按量计费</p><p>带宽上限：100 Mbps</p><p>创建时间：2025-01-01</p>';
    const got = read(app(topbar('aria-owns="gs"', lines)), url);
    expect(got?.facts.servers).toEqual([{ id: 'ins-r40q8d2m', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' }]);
  });

  it('the page\'s own fields in a panel a button names (an accordion) are still read (a guard)', () => {
    const own =
      '<div class="tea-card"><div class="tea-card__header"><button aria-expanded="true" aria-controls="more">计费信息</button></div>' +
      `<div id="more" class="tea-card__body"><div class="tea-form">${item('实例计费模式', '包年包月')}${item('带宽上限', '10 Mbps')}</div></div></div>`;
    const got = read(`${app(topbar('role="combobox" aria-controls="gs"', ''))}${own}`, url);
    expect(got?.facts.servers).toEqual([{ id: 'ins-r40q8d2m', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', publicBandwidthMbps: 10 }]);
  });
});

describe('a domain registration lookup card is no domain of the account (rules/labels/tencent.json domain-info notUnder)', () => {
  const listUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const infoUrl = 'https://console.cloud.tencent.com/domain/info/zhangsan.net';
  const lookupCard =
    '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">域名注册查询</h3></div><div class="tea-card__body">' +
    '<span class="tea-search"><input class="tea-input" type="search" value="zhangsan.io"></span><button class="tea-btn">查询</button>' +
    '<table><thead><tr><th>域名</th><th>注册状态</th><th>到期时间</th><th>域名所有者</th></tr></thead>' +
    '<tbody><tr><td>zhangsan.io</td><td>已被注册</td><td>2027-03-09</td><td>Zhang San LLC</td></tr></tbody></table></div></div>';
  const emptyList =
    '<div class="tea-table"><table class="tea-table__box"><thead><tr><th>域名</th><th>状态</th><th>实名认证</th><th>域名所有者</th><th>到期时间</th></tr></thead>' +
    '<tbody><tr><td colspan="5"><div class="tea-table__empty">未找到与‘other.cn’ 相关的结果</div></td></tr></tbody></table></div>';

  it('over a list searched to nothing, the card\'s registered domain (another owner\'s) is no domain read (it gave zhangsan.io, Zhang San LLC, not verified, 2027-03-09: invented)', () => {
    const got = read(`<h2>我的域名</h2>${lookupCard}${emptyList}`, listUrl);
    expect(got?.facts.domains ?? []).toEqual([]);
  });

  it('on a domain\'s own page the card gives it nothing: its own owner, real-name status and expiry are read (a guard)', () => {
    const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
    const own =
      '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">域名信息</h3></div><div class="tea-card__body"><div class="tea-form">' +
      item('域名', 'zhangsan.net') + item('域名所有者', '张三') + item('实名认证', '已实名认证') + item('到期时间', '2026-12-15 23:59:59') + '</div></div></div>';
    const got = read(`<h2>zhangsan.net</h2>${own}${lookupCard}`, infoUrl);
    expect(got?.facts.domains).toEqual([{ domain: 'zhangsan.net', registrantName: '张三', realNameVerified: true, expiresAt: '2026-12-15' }]);
  });

  it('on a domain\'s own page showing no owner or expiry, the card\'s owner and expiry are not its (a guard: so before too, the card naming another domain)', () => {
    const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
    const own =
      '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">域名信息</h3></div><div class="tea-card__body"><div class="tea-form">' +
      item('域名', 'zhangsan.net') + item('实名认证', '已实名认证') + '</div></div></div>';
    const got = read(`<h2>zhangsan.net</h2>${own}${lookupCard}`, infoUrl);
    expect(got?.facts.domains).toEqual([{ domain: 'zhangsan.net', realNameVerified: true }]);
  });
});

describe('a search match drawn as a highlight span is one text with what it touches, like <mark> (dom/glue.ts searchMatch)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const fusionTable = (headers: string[], rows: string[][]) =>
    '<div class="next-table"><div class="next-table-inner">' +
    `<div class="next-table-header"><table><thead><tr>${headers.map((h) => `<th class="next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('')}</tr></thead></table></div>` +
    `<div class="next-table-body"><table><tbody>${rows.map((r) => `<tr class="next-table-row">${r.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div>` +
    '</div></div>';
  const headers = ['域名', '域名状态', '域名持有者', '到期日期'];

  it('a holder searched by "张" (张 in a next-search-highlight span, 三 after it) is 张三 (it gave "张 三": wrong)', () => {
    const got = read(fusionTable(headers, [['zhangsan.cn', '正常', '<span class="holder"><span class="next-search-highlight">张</span>三</span>', '2026-12-18 23:59:59']]), url);
    expect(got?.facts.domains).toEqual([{ domain: 'zhangsan.cn', status: ['正常'], registrantName: '张三', expiresAt: '2026-12-18' }]);
  });

  it('an <em class="highlight"> inside a Chinese company name is one name (it gave the name split: wrong)', () => {
    const got = read(fusionTable(headers, [['qinghe-media.cn', '正常', '杭州<em class="highlight">青禾</em>文化传媒有限公司', '2027-05-20 23:59:59']]), url);
    expect(got?.facts.domains?.[0]?.registrantName).toBe('杭州青禾文化传媒有限公司');
  });

  it('a highlight span with a space after it keeps the space (a guard)', () => {
    const got = read(fusionTable(headers, [['zhangsan.cn', '正常', '<span class="next-search-highlight">Zhang</span> San', '2026-12-18 23:59:59']]), url);
    expect(got?.facts.domains?.[0]?.registrantName).toBe('Zhang San');
  });
});

describe('a sort arrow written after a column\'s name is no part of the name (dom/normalize-label.ts labelKey)', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const table = (expiryHeader: string, billingHeader = '付费方式') =>
    '<div class="next-table"><div class="next-table-inner"><div class="next-table-header"><table><thead><tr>' +
    ['实例ID/名称', 'IP地址', billingHeader, expiryHeader].map((h) => `<th class="next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
    '</tr></thead></table></div><div class="next-table-body"><table><tbody><tr class="next-table-row">' +
    ['<a>i-bp1r40srch0000001a</a>', '47.98.40.11（公）', '包年包月', '2026-12-20 23:59:59'].map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('') +
    '</tr></tbody></table></div></div></div>';
  const server = { id: 'i-bp1r40srch0000001a', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2026-12-20' };

  it('"到期时间 ↑" and "付费方式▼" (the sorted column\'s arrow as text) name their columns (the expiry and billing were missing)', () => {
    const got = read(table('到期时间 ↑', '付费方式▼'), url);
    expect(got?.facts.servers).toEqual([server]);
  });

  it('the plain names read the same (a guard)', () => {
    expect(read(table('到期时间'), url)?.facts.servers).toEqual([server]);
  });
});
