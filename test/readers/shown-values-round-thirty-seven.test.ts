import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the thirty-seventh round of held-out pages (both providers; text the user wrote — names, description
 * lines, key:value tags, 备注 columns and fields, group names, filing remarks: test/fixtures-unseen/README.md
 * "Thirty-seventh round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const fusionTable = (headers: string[], rows: string[][]) =>
  '<div class="next-table"><div class="next-table-inner">' +
  `<div class="next-table-header"><table><thead><tr>${headers.map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('')}</tr></thead></table></div>` +
  `<div class="next-table-body"><table><tbody>${rows.map((r) => `<tr class="next-table-row">${r.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div>` +
  '</div></div>';

describe('a remark under the domain is no real-name tag (aliyun/domain-list.ts)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const headers = ['域名', '域名状态', '域名持有者', '到期日期'];
  const domainCell = (remark: string) =>
    `<a href="#">lisi-photos.cn</a><div class="domain-remark"><span class="remark-label">备注：</span><span class="remark-text">${remark}</span></div>`;

  it('"registrant: Li Si；已实名认证 2025-03-02" under the domain beside a holder tagged 未实名认证 gives false (it gave true, invented)', () => {
    const got = read(fusionTable(headers, [[domainCell('registrant: Li Si；已实名认证 2025-03-02'), '正常', '李四 <span class="next-tag"><span class="next-tag-body">未实名认证</span></span>', '2026-12-28 23:59:59']]), url);
    expect(got?.facts.domains).toEqual([{ domain: 'lisi-photos.cn', status: ['正常'], realNameVerified: false, registrantName: '李四', expiresAt: '2026-12-28' }]);
  });

  it('the same remark beside a holder with no tag gives no real-name status (it gave true, invented)', () => {
    const got = read(fusionTable(headers, [[domainCell('已实名认证 2025-03-02，持有者 王五'), '正常', '李四', '2026-12-28 23:59:59']]), url);
    expect(got?.facts.domains).toEqual([{ domain: 'lisi-photos.cn', status: ['正常'], registrantName: '李四', expiresAt: '2026-12-28' }]);
  });

  it('a real-name tag beside the domain is still read (a guard)', () => {
    const got = read(fusionTable(headers, [['<a href="#">lisi-photos.cn</a> <span class="next-tag"><span class="next-tag-body">已实名认证</span></span>', '正常', '李四', '2026-12-28 23:59:59']]), url);
    expect(got?.facts.domains?.[0]?.realNameVerified).toBe(true);
  });
});

describe('a filing remark typed as "标签：值" lines is the user\'s text, no field (aliyun/filing-values.ts fieldHits)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  const site = (n: number, name: string, domain: string, remark: string) =>
    `<section class="site-panel"><div class="site-panel-head">网站信息（网站 ${n}）</div>` +
    item('网站名称', `<span class="next-input"><input value="${name}"></span>`) +
    item('网站域名', `<span class="next-tag"><span class="next-tag-body">${domain}</span></span>`) +
    item('网站备注', `<span class="next-input next-input-textarea"><textarea>${remark}</textarea></span>`) +
    '</section>';

  it('a second website whose 网站备注 reads "网站名称：李四的相册 / 网站域名：lisi-photos.cn" keeps its own name and domain (a guard; read so before too)', () => {
    const got = read(`<form class="next-form">${site(1, '张三的站', 'zhangsan-site.com', '')}${site(2, '张三的相册', 'zhangsan-photos.cn', '网站名称：李四的相册\n网站域名：lisi-photos.cn')}</form>`, url);
    expect(got?.facts.websites).toEqual([
      { name: '张三的站', domains: ['zhangsan-site.com'] },
      { name: '张三的相册', domains: ['zhangsan-photos.cn'] },
    ]);
  });

  it('a lone website whose name and domains are shown only in its remark gives no name and no domain from it (a guard)', () => {
    const got = read(`<form class="next-form">${item('网站备注', '<span class="next-input next-input-textarea"><textarea>网站名称：李四的相册\n网站域名：lisi-photos.cn</textarea></span>')}${item('网站服务内容', '博客/个人空间')}</form>`, url);
    expect(got?.facts.websites?.[0]?.name).toBeUndefined();
    expect(got?.facts.websites?.[0]?.domains ?? []).toEqual([]);
  });
});

describe('a filing number typed into a website\'s remark is not the website\'s own (aliyun/beian-form.ts showsWebsiteNumber)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  const site = (n: number, name: string, domain: string, remark: string) =>
    `<section class="site-panel"><div class="site-panel-head">网站信息（网站 ${n}）</div>` +
    item('网站名称', `<span class="next-input"><input value="${name}"></span>`) +
    item('网站域名', `<span class="next-tag"><span class="next-tag-body">${domain}</span></span>`) +
    item('网站备注', remark) +
    '</section>';

  it('a website whose 网站备注 textarea says "备案号 京ICP备2024000001号-1 迁移" is one this filing files (it was lost, taken for a filed website)', () => {
    const got = read(`<form class="next-form">${site(1, '张三的站', 'zhangsan-site.com', '<textarea></textarea>')}${site(2, '张三的相册', 'zhangsan-photos.cn', '<textarea>备案号 京ICP备2024000001号-1 迁移</textarea>')}</form>`, url);
    expect(got?.facts.websites).toEqual([
      { name: '张三的站', domains: ['zhangsan-site.com'] },
      { name: '张三的相册', domains: ['zhangsan-photos.cn'] },
    ]);
  });

  it('the number shown as the panel\'s text (not typed) still marks a filed website beside the one added (a guard; so before too)', () => {
    const filed = site(2, '张三的相册', 'zhangsan-photos.cn', '<textarea></textarea>').replace('</div>', '</div><div class="site-number">京ICP备2024000001号-1</div>');
    const got = read(`<form class="next-form">${site(1, '张三的站', 'zhangsan-site.com', '<textarea></textarea>')}${filed}</form>`, url);
    expect(got?.facts.websites).toEqual([{ name: '张三的站', domains: ['zhangsan-site.com'] }]);
  });
});

describe('a filing number typed into a Tencent website card\'s remark is not the website\'s own (tencent/beian-form.ts)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261205003712/website';
  const item = (label: string, control: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
  const card = (n: number, name: string, domain: string, remark: string) =>
    `<div class="tea-card"><div class="tea-card__header">网站信息（网站 ${n}）</div><div class="tea-card__body">` +
    item('网站名称', `<div class="tea-input-wrap"><input class="tea-input" value="${name}"></div>`) +
    item('网站域名', `<div class="tea-form-text">${domain}</div>`) +
    item('网站备注', remark) +
    '</div></div>';

  it('the card whose 网站备注 says "原备案号 粤ICP备2024000001号-2" is read (it was lost, taken for a filed website)', () => {
    const got = read(card(1, '四季茶语', 'siji-tea.cn', '<textarea class="tea-textarea">原备案号 粤ICP备2024000001号-2，原服务器已退还</textarea>') + card(2, '四季茶语商城', 'siji-shop.cn', '<textarea class="tea-textarea"></textarea>'), url);
    expect(got?.facts.websites?.map((w) => w.name)).toEqual(['四季茶语', '四季茶语商城']);
  });

  it('the number shown as the card\'s text (not typed) still marks a filed website beside the one added (a guard; so before too)', () => {
    // (shown outside the 网站备注: its value is the user's text, shown or typed — review-s42-rounds, as 240dfae for Alibaba)
    const filed = card(1, '四季茶语', 'siji-tea.cn', '<textarea class="tea-textarea"></textarea>').replace('<div class="tea-card__body">', '<div class="tea-card__body"><div class="tea-form-text">粤ICP备2024000001号-2</div>');
    const got = read(filed + card(2, '四季茶语商城', 'siji-shop.cn', '<textarea class="tea-textarea"></textarea>'), url);
    expect(got?.facts.websites?.map((w) => w.name)).toEqual(['四季茶语商城']);
  });
});

describe('a user\'s words beside the domain do not outvote the holder\'s real-name tag (aliyun/domain-list.ts)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const headers = ['域名', '域名状态', '域名持有者', '到期日期'];
  const holder = '李四 <span class="next-tag"><span class="next-tag-body">未实名认证</span></span>';

  it('a tag "实名:已认证" (the user\'s key:value tag) beside the domain gives no pass over the holder\'s 未实名认证 (it gave true, invented)', () => {
    const got = read(fusionTable(headers, [['<a href="#">lisi-photos.cn</a><div class="tags"><span class="next-tag"><span class="next-tag-body">实名:已认证</span></span></div>', '正常', holder, '2026-12-28']]), url);
    expect(got?.facts.domains?.[0]?.realNameVerified).toBe(false);
  });

  it('a remark reading "已实名认证" alone beside the domain and the holder\'s 未实名认证 disagree: no real-name status (it gave true, invented)', () => {
    const got = read(fusionTable(headers, [['<a href="#">lisi-photos.cn</a><div class="domain-remark"><span class="remark-text">已实名认证</span></div>', '正常', holder, '2026-12-28']]), url);
    expect(got?.facts.domains?.[0]).toEqual({ domain: 'lisi-photos.cn', status: ['正常'], registrantName: '李四', expiresAt: '2026-12-28' });
  });

  it('a tag beside the domain that agrees with the holder\'s is read (a guard; so before too)', () => {
    const got = read(fusionTable(headers, [['<a href="#">lisi-photos.cn</a> <span class="next-tag"><span class="next-tag-body">未实名认证</span></span>', '正常', holder, '2026-12-28']]), url);
    expect(got?.facts.domains?.[0]?.realNameVerified).toBe(false);
  });
});

describe('"标签：值" written in the user\'s own text — a 备注, a 描述, a name — is no field (dom/field.ts)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-r37usr01';
  const li = (label: string, value: string) =>
    `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls tea-form__controls--text"><div class="tea-form-text">${value}</div></div></li>`;
  const detail = (items: string, after = '') =>
    `<div class="tea-layout__header-title"><h2 class="tea-h2">web-01</h2></div><div class="tea-card"><div class="tea-card__body"><div class="tea-card__title"><h3 class="tea-h3">实例信息</h3></div><ul class="tea-form">` +
    li('名称/ID', '<p>web-01</p><p>lhins-r37usr01</p>') + li('地域', '广州 | 广州三区') + items + `</ul></div></div>${after}`;

  it('a 备注 field reading "到期时间：2029-01-01 带宽：30Mbps" gives no expiry where none is shown (it gave 2029-01-01, invented)', () => {
    const got = read(detail(li('创建时间', '2026-06-15 10:21:07') + li('备注', '到期时间：2029-01-01 带宽：30Mbps')), url);
    expect(got?.facts.servers?.[0]?.expiresAt).toBeUndefined();
    expect(got?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });

  it('a description line under the name reading "带宽：100Mbps 到期时间：2026-11-30" gives no bandwidth (it gave 100, invented)', () => {
    const got = read(detail(li('创建时间', '2026-06-15 10:21:07')).replace('<p>lhins-r37usr01</p>', '<p>lhins-r37usr01</p><p class="tea-text-weak">带宽：100Mbps 到期时间：2026-11-30</p>'), url);
    expect(got?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
    expect(got?.facts.servers?.[0]?.expiresAt).toBeUndefined();
  });

  it('a card titled 实例描述 whose text reads "到期时间：2026-11-30" gives no expiry (it gave 2026-11-30, invented)', () => {
    const card = '<div class="tea-card"><div class="tea-card__body"><div class="tea-card__title"><h3 class="tea-h3">实例描述</h3></div><div class="tea-form-text user-description">到期时间：2026-11-30</div></div></div>';
    const got = read(detail(li('创建时间', '2026-06-15 10:21:07'), card), url);
    expect(got?.facts.servers?.[0]?.expiresAt).toBeUndefined();
  });

  it('the page\'s own "到期时间：2027-06-15" text after a 备注 "到期时间：2029-01-01" is read, and a 带宽 value with its 流量包 line (it gave the 备注\'s 2029-01-01, invented; the bandwidth a guard)', () => {
    const own = '<div class="tea-card"><div class="tea-card__body"><div class="tea-card__title"><h3 class="tea-h3">计费信息</h3></div><div class="tea-form-text">到期时间：2027-06-15 10:21:07</div></div></div>';
    const got = read(detail(li('带宽', '<p>6Mbps</p><p class="tea-text-weak">流量包：1200GB/月</p>') + li('备注', '到期时间：2029-01-01'), own), url);
    expect(got?.facts.servers?.[0]?.expiresAt).toBe('2027-06-15');
    expect(got?.facts.servers?.[0]?.publicBandwidthMbps).toBe(6);
  });
});

describe('an instance id in the user\'s text is no server picked (tencent/beian-form.ts pickedServer)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261205003712/website';
  const item = (label: string, control: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
  const card = (resource: string, remark: string) =>
    '<div class="tea-card"><div class="tea-card__header">网站信息（网站 1）</div><div class="tea-card__body">' +
    item('网站名称', '<div class="tea-input-wrap"><input class="tea-input" value="四季茶语"></div>') +
    item('网站域名', '<div class="tea-form-text">siji-tea.cn</div>') +
    item('对应云服务', `<div class="tea-radio-group"><label class="tea-radio is-checked"><input type="radio" checked> 云服务器</label></div>${resource}`) +
    item('网站备注', remark) +
    '</div></div>';
  const select = '<div class="tea-dropdown"><button class="tea-dropdown__header" aria-haspopup="listbox" aria-expanded="false"><span class="tea-dropdown__value">ins-r37usr02 | 175.24.37.2 | 广州</span></button></div>';

  it('a remark textarea "原服务器 ins-r37old99" where no server is picked gives none (it gave ins-r37old99, invented)', () => {
    const got = read(card('', '<textarea class="tea-textarea">原服务器 ins-r37old99 已退还</textarea>'), url);
    expect(got?.facts.websites?.[0]?.serverId).toBeUndefined();
    expect(got?.facts.servers).toBeUndefined();
  });

  it('a line "实例名称：ins-r37old99-备机" (the instance\'s name) before the picked server is not the server (it gave ins-r37old99, invented)', () => {
    const got = read(card(`<p class="tea-text-weak">实例名称：ins-r37old99-备机</p>${select}`, '<textarea class="tea-textarea"></textarea>'), url);
    expect(got?.facts.websites?.[0]?.serverId).toBe('ins-r37usr02');
  });

  it('the picked server is read beside such a remark (a guard; so before too)', () => {
    const got = read(card(select, '<textarea class="tea-textarea">原服务器 ins-r37old99 已退还</textarea>'), url);
    expect(got?.facts.servers).toEqual([{ id: 'ins-r37usr02', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' }]);
  });
});

describe('a remark under a Tencent domain is no real-name tag (tencent/domain-list.ts)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const teaTable = (headers: string[], rows: string[][]) =>
    '<div class="tea-table">' +
    `<div class="tea-table__header"><table class="tea-table__box"><thead><tr>${headers.map((h) => `<th><div><span class="tea-text-overflow">${h}</span></div></th>`).join('')}</tr></thead></table></div>` +
    `<div class="tea-table__body"><table class="tea-table__box"><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td><div>${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div></div>`;
  const headers = ['域名', '状态', '域名所有者', '到期时间'];

  it('a line "备注：已实名认证 2026-12-01" under the domain gives no real-name status (it gave true, invented)', () => {
    const got = read(teaTable(headers, [['<a href="/domain/info/expire2027.com">expire2027.com</a><p class="tea-text-weak">备注：已实名认证 2026-12-01</p>', '<span class="tea-text-success">正常</span>', '李四', '2026-12-18 23:59:59']]), url);
    expect(got?.facts.domains).toEqual([{ domain: 'expire2027.com', status: ['正常'], registrantName: '李四', expiresAt: '2026-12-18' }]);
  });

  it('a tag "实名:已认证" (the user\'s key:value tag) beside the domain gives none (it gave true, invented)', () => {
    const got = read(teaTable(headers, [['<a href="/domain/info/expire2027.com">expire2027.com</a> <span class="tea-tag">实名:已认证</span>', '<span class="tea-text-success">正常</span>', '李四', '2026-12-18 23:59:59']]), url);
    expect(got?.facts.domains?.[0]?.realNameVerified).toBeUndefined();
  });

  it('a real-name tag beside the domain, and a 未实名认证 link there, are still read (guards; so before too)', () => {
    const got = read(teaTable(headers, [
      ['<a href="/domain/info/a-r37.com">a-r37.com</a> <span class="tea-tag tea-tag--success">已实名认证</span>', '正常', '李四', '2027-01-02'],
      ['<a href="/domain/info/b-r37.com">b-r37.com</a> <a class="tea-btn tea-btn--link">未实名认证</a>', '正常', '李四', '2027-01-02'],
    ]), url);
    expect(got?.facts.domains?.map((d) => d.realNameVerified)).toEqual([true, false]);
  });
});

describe('a 网站备注 shown as text (a confirm view) is the user\'s text too (aliyun/filing-values.ts fieldHits, aliyun/beian-form.ts)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  const site = (n: number, name: string, domain: string, remark: string) =>
    `<section class="site-panel"><div class="site-panel-head">网站信息（网站 ${n}）</div>` +
    item('网站名称', `<div class="next-form-text-align">${name}</div>`) +
    item('网站域名', `<div class="next-form-text-align">${domain}</div>`) +
    item('网站备注', `<div class="next-form-text-align">${remark}</div>`) +
    '</section>';

  it('lines "网站名称：李四的相册" / "网站域名：lisi-photos.cn" in a shown 网站备注 give the website no name and no domain (it gave both, invented)', () => {
    const got = read(site(1, '张三的站', 'zhangsan-site.com', '') + site(2, '', '2027-06-01.com', '<p>网站名称：李四的相册</p><p>网站域名：lisi-photos.cn</p>'), url);
    expect(got?.facts.websites).toEqual([
      { name: '张三的站', domains: ['zhangsan-site.com'] },
      { domains: ['2027-06-01.com'] },
    ]);
  });

  it('"备案号 京ICP备2024000001号-1 迁移" shown in a 网站备注 is no number the website shows (the website was lost)', () => {
    const got = read(site(1, '张三的站', 'zhangsan-site.com', '') + site(2, '张三的相册', '2027-06-01.com', '备案号 京ICP备2024000001号-1 迁移'), url);
    expect(got?.facts.websites?.map((w) => w.name)).toEqual(['张三的站', '张三的相册']);
  });
});

describe('a project or resource group name is the user\'s text (rules/labels userText)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-r37usr01';
  const li = (label: string, value: string) =>
    `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls tea-form__controls--text"><div class="tea-form-text">${value}</div></div></li>`;
  const detail = (items: string) =>
    `<div class="tea-card"><div class="tea-card__body"><div class="tea-card__title"><h3 class="tea-h3">实例信息</h3></div><ul class="tea-form">` +
    li('名称/ID', '<p>web-01</p><p>lhins-r37usr01</p>') + li('到期时间', '2027-06-15 10:21:07') + items + '</ul></div></div>';

  it('所属项目 "地域：北京" gives no region where none is shown (it gave ap-beijing, invented)', () => {
    expect(read(detail(li('所属项目', '地域：北京')), url)?.facts.servers?.[0]?.region).toBeUndefined();
  });

  it('所属资源组 "带宽：100Mbps" gives no bandwidth (it gave 100, invented)', () => {
    expect(read(detail(li('所属资源组', '带宽：100Mbps')), url)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('the page\'s title is the record\'s name, no field (dom/field.ts)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-r37usr01';
  const li = (label: string, value: string) =>
    `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls tea-form__controls--text"><div class="tea-form-text">${value}</div></div></li>`;
  const page = (title: string) =>
    `<div class="tea-layout__header-title"><h2 class="tea-h2">${title}</h2><span class="tea-text-success">运行中</span></div>` +
    `<div class="tea-card"><div class="tea-card__body"><ul class="tea-form">${li('名称/ID', '<p>web-01</p><p>lhins-r37usr01</p>')}${li('地域', '广州 | 广州三区')}${li('创建时间', '2026-06-15 10:21:07')}</ul></div></div>`;

  it('an instance named "到期时间：2029-01-01" in the h2 title gives no expiry where none is shown (it gave 2029-01-01, invented)', () => {
    expect(read(page('到期时间：2029-01-01'), url)?.facts.servers?.[0]?.expiresAt).toBeUndefined();
  });
});
