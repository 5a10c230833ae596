import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Values session 45's review of round fixes left invented (test/fixtures-unseen/README.md "Second review of session 44's
 * round fixes, session 45", its "Still open"; written up in "Invented values left by session 45's reviews (b)"): small
 * console pages through `readPage`. Each case failed before its fix; the guards hold both ways.
 */

const page = (body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));
const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;

describe('a card titled for a free certificate offered for the domain (免费域名证书) is no domain certificate (dom/titled-box.ts underTitleNaming, notOwnUnder)', () => {
  const aliyunUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=qingshan-r45.cn';
  const tencentUrl = 'https://console.cloud.tencent.com/domain/info/lanshan-r45.com';
  const aliyun = (title: string) =>
    '<h1 class="page-title">qingshan-r45.cn</h1><div class="next-card"><div class="next-card-title">基本信息</div><table><tbody><tr><th>域名</th><td>qingshan-r45.cn</td></tr><tr><th>域名持有者</th><td>杭州青山印务有限公司</td></tr></tbody></table></div>' +
    `<div class="cert-sheet"><div class="cert-title">${title}</div><table class="cert-table"><tbody><tr><th>证书持有者</th><td>杭州某某网络科技有限公司</td></tr><tr><th>绑定域名</th><td>www.qingshan-r45.cn</td></tr><tr><th>到期日期</th><td>2026-12-31</td></tr></tbody></table></div>`;
  const tencent = (title: string) =>
    '<h2 class="tea-h2">lanshan-r45.com</h2><div class="tea-card"><h3 class="tea-card__title">基本信息</h3><div class="tea-form">' + teaItem('域名', 'lanshan-r45.com') + teaItem('域名所有者', '成都蓝山文创设计有限公司') + '</div></div>' +
    `<div class="tea-card"><h3 class="tea-card__title">${title}</h3><div class="tea-form">` + teaItem('证书品牌', 'DigiCert') + teaItem('到期时间', '2026-12-31') + teaItem('注册商', 'DigiCert Inc') + '</div></div>';

  it('a card titled 免费域名证书 / 域名证书（免费） / 赠送域名证书 / Free Domain Certificate gave its 到期日期 (Tencent: its issuer as the registrar) as the domain\'s (invented, both providers)', () => {
    for (const title of ['免费域名证书', '域名证书（免费）', '赠送域名证书', 'Free Domain Certificate']) {
      expect(read(aliyun(title), aliyunUrl)?.facts.domains, title).toEqual([{ domain: 'qingshan-r45.cn', registrantName: '杭州青山印务有限公司' }]);
      expect(read(tencent(title), tencentUrl)?.facts.domains, title).toEqual([{ domain: 'lanshan-r45.com', registrantName: '成都蓝山文创设计有限公司' }]);
    }
  });

  it('guard: the domain\'s own certificate sheet (域名证书, 域名注册证书 Domain Name Certificate, 域名证书预览; Tencent 域名证书) is still read', () => {
    for (const title of ['域名证书', '域名注册证书 Domain Name Certificate', '域名证书预览', 'Domain Name Certificate']) {
      const body = `<h1 class="page-title">qingshan-r45.cn</h1><div class="cert-sheet"><div class="cert-title">${title}</div><table class="cert-table"><tbody><tr><th>域名</th><td>qingshan-r45.cn</td></tr><tr><th>域名持有者</th><td>杭州青山印务有限公司</td></tr><tr><th>到期日期</th><td>2028年04月11日</td></tr></tbody></table></div>`;
      expect(read(body, aliyunUrl)?.facts.domains, title).toEqual([{ domain: 'qingshan-r45.cn', registrantName: '杭州青山印务有限公司', expiresAt: '2028-04-11' }]);
    }
    const tencentSheet = '<h2 class="tea-h2">lanshan-r45.com</h2><div class="tea-card"><h3 class="tea-card__title">域名证书</h3><div class="tea-form">' + teaItem('域名', 'lanshan-r45.com') + teaItem('域名所有者', '成都蓝山文创设计有限公司') + teaItem('到期时间', '2029-08-19') + '</div></div>';
    expect(read(tencentSheet, tencentUrl)?.facts.domains).toEqual([{ domain: 'lanshan-r45.com', registrantName: '成都蓝山文创设计有限公司', expiresAt: '2029-08-19' }]);
  });
});

describe('a 变更记录 drawn as a timeline is a history: its "网站名称：…" is that change\'s (dom/notice.ts inTimelineItem in aliyun/filing-values, dom/field textOrAriaField, tencent/beian-form)', () => {
  const antItem = (l: string, v: string) => `<div class="ant-form-item"><div class="ant-form-item-label"><label title="${l}">${l}</label></div><div class="ant-form-item-control">${v}</div></div>`;
  const antCard = (title: string, body: string) => `<div class="ant-card ant-card-bordered"><div class="ant-card-head"><div class="ant-card-head-title">${title}</div></div><div class="ant-card-body">${body}</div></div>`;
  const antTimeline = (items: string[]) =>
    `<ul class="ant-timeline">${items.map((c) => `<li class="ant-timeline-item"><div class="ant-timeline-item-tail"></div><div class="ant-timeline-item-head ant-timeline-item-head-blue"></div><div class="ant-timeline-item-content">${c}</div></li>`).join('')}</ul>`;
  const nextTimeline = (title: string, content: string) =>
    `<ul class="next-timeline"><li class="next-timeline-item"><div class="next-timeline-item-body"><div class="next-timeline-item-title">${title}</div><div class="next-timeline-item-content">${content}</div><div class="next-timeline-item-time">2026-12-01</div></div></li></ul>`;
  const teaTimeline = (content: string) => `<div class="tea-timeline"><div class="tea-timeline__item"><div class="tea-timeline__time">2026-12-01</div>${content}</div></div>`;
  const histories = [
    antTimeline(['<p>2026-12-01 变更网站 · 管局审核通过</p><p>网站名称：云栖面料在线</p>']),
    antTimeline(['<p>2026-12-01 变更网站</p><p>网站名称：云栖面料在线</p><p>网站域名：yqfabric.com</p>', '<p>2025-03-01 新增网站</p><p>网站名称：云栖面料</p>']),
    antTimeline(['<div>2026-12-01 变更网站</div><div><span>网站名称</span>：<span>云栖面料在线</span></div><div><span>网站域名</span>：<span>yqfabric.com</span></div>']),
    nextTimeline('变更网站', '网站名称：云栖面料在线'),
    teaTimeline('<p>变更网站</p><p>网站名称：云栖面料在线</p><p>网站域名：yqfabric.com</p>'),
  ];
  const aliyunUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity&changeType=changeEntity';
  const aliyunForm = antCard('变更后信息', `<form class="ant-form">${antItem('主办单位性质', '企业')}${antItem('主办单位名称', '<input class="ant-input" value="杭州云栖织造科技有限公司">')}${antItem('主办单位证件类型', '营业执照')}${antItem('主办单位证件号码', '<input class="ant-input" value="9133**********2K7X">')}</form>`);
  const tencentUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261120000318/entity';
  const li = (l: string, v: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></li>`;
  const teaCard = (title: string, body: string) => `<div class="tea-card"><div class="tea-card__title">${title}</div>${body}</div>`;
  const tencentForm = teaCard('主办单位信息', '<ul class="tea-form">' + li('主办单位名称', '<input class="tea-input" value="深圳市蓝湾智能科技有限公司">') + li('主办单位证件类型', '营业执照') + li('主办单位证件号码', '<input class="tea-input" value="9144**********3T6R">') + '</ul>');

  it('an antd / Fusion / TEA timeline of changes beside the entity step gave the filing a website (invented, both providers)', () => {
    for (const [i, h] of histories.entries()) {
      const a = read(aliyunForm + antCard('变更记录', h), aliyunUrl)?.facts;
      expect([a?.entity?.name, a?.websites], `aliyun ${i}`).toEqual(['杭州云栖织造科技有限公司', undefined]);
      const t = read(tencentForm + teaCard('变更记录', h), tencentUrl)?.facts;
      expect([t?.entity?.name, t?.websites], `tencent ${i}`).toEqual(['深圳市蓝湾智能科技有限公司', undefined]);
    }
  });

  it('a timeline of changes first gives the entity no former name (both providers)', () => {
    const h = antTimeline(['<p>2026-12-01 变更主体</p><div><span>主办单位名称</span>：<span>宁波云栖纺织品有限公司</span></div>']);
    expect(read(antCard('变更记录', h) + aliyunForm, aliyunUrl)?.facts.entity?.name).toBe('杭州云栖织造科技有限公司');
    expect(read(teaCard('变更记录', h) + tencentForm, tencentUrl)?.facts.entity?.name).toBe('深圳市蓝湾智能科技有限公司');
  });

  const webUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const web = antCard('网站信息', `<form class="ant-form">${antItem('网站名称', '<input class="ant-input" value="云栖面料在线">')}${antItem('网站域名', '<input class="ant-input" value="yqfabric.com">')}</form>`);

  it('the Alibaba website step\'s own fields with a timeline of changes beside them are read (none before: missing)', () => {
    expect(read(web + antCard('变更记录', histories[1]!), webUrl)?.facts.websites).toEqual([{ name: '云栖面料在线', domains: ['yqfabric.com'] }]);
  });

  it('guard: the website step\'s own fields with no timeline, and "网站名称：…" lines outside a timeline, are read; a Tencent website step beside a timeline', () => {
    expect(read(web, webUrl)?.facts.websites).toEqual([{ name: '云栖面料在线', domains: ['yqfabric.com'] }]);
    expect(read(antCard('网站信息', '<p>网站名称：云栖面料在线</p><p>网站域名：yqfabric.com</p>'), webUrl)?.facts.websites).toEqual([{ name: '云栖面料在线', domains: ['yqfabric.com'] }]);
    const tUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261120000318/website';
    const tWeb = teaCard('网站信息', '<ul class="tea-form">' + li('网站名称', '<input class="tea-input" value="蓝湾智能官网">') + li('网站域名', '<input class="tea-input" value="lanwan-ai.cn">') + '</ul>');
    expect(read(tWeb + teaCard('变更记录', histories[4]!), tUrl)?.facts.websites?.map((w) => [w.name, w.domains])).toEqual([['蓝湾智能官网', ['lanwan-ai.cn']]]);
  });
});

describe('a panel listing other domains as plain text (no link) is theirs (tencent/domain-info.ts textDomains)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/yunfan-r46.cn';
  const li = (l: string, v: string) => `<li><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></li>`;
  const fields = (owner: boolean, extra = '') =>
    `<div class="tea-layout__header-title"><h2 class="tea-h2">yunfan-r46.cn</h2></div><div class="tea-card"><h3>基本信息</h3><ul class="tea-form">${li('域名', 'yunfan-r46.cn')}${li('到期时间', '2026-12-29 11:02:41')}${li('域名状态', '正常')}${extra}</ul></div>` +
    `<div class="tea-card"><h3>所有者信息</h3><ul class="tea-form">${owner ? li('域名所有者', '杭州云帆文化传媒有限公司') : ''}${li('证件类型', '营业执照')}</ul></div>`;
  const panels = [
    '<aside><div>已收藏的域名</div><ul><li><span>lanting-r46.cn</span> <span>所有者：陈兰亭 · 到期时间：2027-03-03</span></li></ul></aside>',
    '<aside><div>已收藏的域名</div><ul><li>lanting-r46.cn <span>所有者：陈兰亭 · 到期时间：2027-03-03</span></li></ul></aside>',
    '<div class="side-panel"><div class="side-panel__title">其他域名</div><div class="item"><div class="item__name">lanting-r46.cn</div><div class="item__desc">所有者：陈兰亭</div><div class="item__desc">2027-03-03 到期</div></div></div>',
    '<aside><div>已收藏的域名</div><ul><li><span>www.lanting-r46.cn</span> <span>所有者：陈兰亭 · 到期时间：2027-03-03</span></li></ul></aside>',
  ];

  it('"lanting-r46.cn 所有者：陈兰亭" as spans, a list item\'s text or divs gave the owner 陈兰亭 when the page shows none (invented)', () => {
    for (const [i, p] of panels.entries()) {
      const d = read(fields(false) + p, url)?.facts.domains?.[0];
      expect([d?.registrantName, d?.expiresAt], `panel ${i}`).toEqual([undefined, '2026-12-29']);
    }
  });

  it('guard: the page\'s own fields beside the panels, a value beside a label (DNS 服务商 dnspod.cn), DNS hosts and the own www host shown as text', () => {
    for (const [i, p] of panels.entries()) {
      const d = read(fields(true) + p, url)?.facts.domains?.[0];
      expect([d?.registrantName, d?.expiresAt], `panel ${i}`).toEqual(['杭州云帆文化传媒有限公司', '2026-12-29']);
    }
    const extra = li('DNS 服务商', 'dnspod.cn') + li('DNS 服务器', '<ul><li>f1g1ns1.dnspod.net</li><li>f1g1ns2.dnspod.net</li></ul>') + li('网站', '<span>www.yunfan-r46.cn</span> <span>已备案</span>');
    const d = read(fields(true, extra), url)?.facts.domains?.[0];
    expect([d?.registrantName, d?.expiresAt, d?.status]).toEqual(['杭州云帆文化传媒有限公司', '2026-12-29', ['正常']]);
  });
});

describe('a holder cell\'s second line opening with the field\'s label and no colon is no part of the name (shared/text-values.ts registrantNameOf beforeLabelLine; the list readers pass their column\'s labels)', () => {
  const aliyunList = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const tencentList = 'https://console.cloud.tencent.com/domain/all-domain';
  const list = (head: string, cell: string) =>
    `<table><thead><tr><th>域名</th><th>域名状态</th><th>${head}</th><th>到期时间</th></tr></thead><tbody>` +
    `<tr><td><a>yunqi-r46.ink</a></td><td>正常</td><td>${cell}</td><td>2027-03-05 23:59:59</td></tr>` +
    `<tr><td><a>yunqi-r46.cn</a></td><td>正常</td><td>杭州云栖茶业有限公司</td><td>2027-04-05 23:59:59</td></tr></tbody></table>`;
  const names = (cell: string) => [read(list('域名持有者', cell), aliyunList), read(list('域名所有者', cell), tencentList)].map((r) => r?.facts.domains?.map((d) => d.registrantName));
  const tencentDetail = (cell: string) =>
    '<h2 class="tea-h2">lanshan-r45.com</h2><div class="tea-card"><h3 class="tea-card__title">基本信息</h3><div class="tea-form">' + teaItem('域名', 'lanshan-r45.com') + teaItem('域名所有者', cell) + teaItem('到期时间', '2027-01-01') + '</div></div>';
  const aliyunDetail = (cell: string) =>
    `<h1 class="page-title">qingshan-r45.cn</h1><table><tbody><tr><th>域名</th><td>qingshan-r45.cn</td></tr><tr><th>域名持有者</th><td>${cell}</td></tr><tr><th>到期日期</th><td>2028-04-11</td></tr></tbody></table>`;
  const details = (cell: string) => [
    read(aliyunDetail(cell), 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=qingshan-r45.cn')?.facts.domains?.[0]?.registrantName,
    read(tencentDetail(cell), 'https://console.cloud.tencent.com/domain/info/lanshan-r45.com')?.facts.domains?.[0]?.registrantName,
  ];

  it('"周云栖" then "持有者 周晓栖（原持有者）", "所有者 周晓栖", "Owner 周晓栖", the label in a span of its own: the two glued (wrong name, lists and detail pages of both providers)', () => {
    for (const line of ['持有者 周晓栖（原持有者）', '<span>持有者</span><span>周晓栖</span>', '所有者 周晓栖', 'Owner 周晓栖', '域名持有者 周晓栖 已实名']) {
      const cell = `<span>周云栖</span><div>${line}</div>`;
      expect(names(cell), line).toEqual([['周云栖', '杭州云栖茶业有限公司'], ['周云栖', '杭州云栖茶业有限公司']]);
      expect(details(cell), line).toEqual(['周云栖', '周云栖']);
    }
  });

  it('guard: Latin names, a name with its romanization, a name with a label word after it alone, and labelled lines with a colon read as before', () => {
    for (const [cell, name] of [
      ['Meadow Labs (HK) Ltd', 'Meadow Labs (HK) Ltd'],
      ['Owner Holdings Asia Ltd', 'Owner Holdings Asia Ltd'],
      ['Zhou Lin Holder Studio', 'Zhou Lin Holder Studio'],
      ['周林 (Zhou Lin)', '周林'],
      ['<span>周云栖</span><div>持有者：周晓栖</div>', '周云栖'],
      ['杭州持有者科技有限公司', '杭州持有者科技有限公司'],
    ]) {
      expect(names(cell!), cell).toEqual([[name, '杭州云栖茶业有限公司'], [name, '杭州云栖茶业有限公司']]);
    }
  });
});
