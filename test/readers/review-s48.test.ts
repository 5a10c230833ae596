import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { parseBandwidth } from '../../src/readers/dom/parse-bandwidth';
import { read as readApp } from '../helpers/console-pages';
import { expiryFromText } from '../../src/readers/aliyun/server-values';

/**
 * Second review of session 48's fixes (session 49: test/fixtures-unseen/README.md "Second review of session 48's fixes,
 * session 49"): where a fix answered its one page too narrowly (the same situation written a little differently still
 * invented or missed) or too broadly (an ordinary page lost a fact, or read a wrong one). Each case narrowed in a scratch
 * variant to its smallest markup.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));
const cell = (html: string) => `<td class="next-table-cell" role="gridcell"><div class="next-table-cell-wrapper">${html}</div></td>`;
const fusionTable = (head: string[], rows: string[][]) =>
  '<div class="next-table" role="grid"><table><thead><tr>' +
  head.map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
  '</tr></thead><tbody>' + rows.map((r) => `<tr class="next-table-row" role="row">${r.map(cell).join('')}</tr>`).join('') + '</tbody></table></div>';
const textButton = (t: string) => `<a class="next-btn next-btn-text next-btn-primary" href="#/detail">${t}</a>`;

// ---------------------------------------------------------------- an id drawn as a text button (585dafb, ea8329c, 358fcb4)

describe('an ECS list\'s id drawn as a text button beside a name shaped like an older id (aliyun/ecs-instance-list)', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/all';
  const head = ['实例ID/名称', '地域', 'IP地址', '状态', '配置', '付费方式', '操作'];
  const row = (idCell: string) => [idCell, '华东1（杭州）', '<div>47.98.12.34(公)</div>', '<span>运行中</span>', '<div>2 vCPU 4 GiB</div><div>5Mbps (峰值)</div>', '<div>包年包月</div><div>2027年3月1日 23:59 到期</div>', textButton('管理')];
  const ids = (idCell: string) => read(fusionTable(head, [row(idCell)]), url)?.facts.servers?.map((s) => s.id);
  it('<a class="next-btn next-btn-text">i-bp1…</a> over the name i-myserver01: the id is i-bp1… (wrong before: the name was read as the id)', () => {
    expect(ids(`<div>${textButton('i-bp1mnmcm2zwsq20sga5n')}</div><div>i-myserver01</div>`)).toEqual(['i-bp1mnmcm2zwsq20sga5n']);
  });
  it('guard: the name drawn as the button, the id plain; the id alone drawn so — read as before', () => {
    expect(ids(`<div>${textButton('i-myserver01')}</div><div>i-bp1mnmcm2zwsq20sga5n</div>`)).toEqual(['i-bp1mnmcm2zwsq20sga5n']);
    expect(ids(`<div>${textButton('i-bp1mnmcm2zwsq20sga5n')}</div><div>web-prod-01</div>`)).toEqual(['i-bp1mnmcm2zwsq20sga5n']);
  });
});

describe('a service-number list headed name first, its name drawn as the text button over a plain id (aliyun/server-values cellIdWithButton)', () => {
  const url = 'https://beian.console.aliyun.com/#/serviceCode/list';
  const numbers = (first: string, idCell: string, product: string) =>
    fusionTable([first, '产品类型', '地域', '已使用', '总数', '操作'], [[idCell, product, '华东1（杭州）', '2', '5', textButton('申请')]]);
  const ids = (first: string, idCell: string, product = '虚拟主机') => read(numbers(first, idCell, product), url)?.facts.servers?.map((s) => s.id);
  it('实例名称/ID: the host name hmu… a text button over the id bdm…: the id is bdm… (wrong since 358fcb4: the name was read as the id)', () => {
    expect(ids('实例名称/ID', `<div>${textButton('hmu3837262138')}</div><div>bdm826026321</div>`)).toEqual(['bdm826026321']);
  });
  it('实例名称/ID: the plain name hmu… over the id bdm… drawn as the text button: the id is bdm… (wrong before: the name shown first)', () => {
    expect(ids('实例名称/ID', `<div>hmu3837262138</div><div>${textButton('bdm826026321')}</div>`)).toEqual(['bdm826026321']);
  });
  it('guard: 实例ID/名称 with the id drawn over the name, an ECS id under a name drawn so, read the id (round 58)', () => {
    expect(ids('实例ID/名称', `<div>${textButton('bdm826026321')}</div><div>hmu3837262138</div>`)).toEqual(['bdm826026321']);
    expect(ids('实例名称/ID', `<div>${textButton('hezhou-web-01')}</div><div>i-bp1f3k8m2n5q7r9t0wxy</div>`, '云服务器ECS')).toEqual(['i-bp1f3k8m2n5q7r9t0wxy']);
  });
});

// ---------------------------------------------------------------- a field's rule written under it (01906c8, dom/units FIELD_RULE, RULES_LINK)

describe("a rule for a field's value written under its input, in other words, is no part of the value (dom/units FIELD_RULE)", () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/create?step=3';
  // (the TEA form with its help line's class hashed, as lead-s48 writes it)
  const form = (nameControl: string) =>
    '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">网站信息</h3></div><div class="tea-card__body"><div class="tea-form">' +
    `<div class="tea-form__item"><div class="tea-form__label is-required"><label>网站名称</label></div><div class="tea-form__controls">${nameControl}</div></div>` +
    '<div class="tea-form__item"><div class="tea-form__label is-required"><label>网站域名</label></div><div class="tea-form__controls"><span class="x2">shanhai-tea.com</span></div></div></div></div></div>';
  const nameOf = (nameControl: string) => read(form(nameControl), url)?.facts.websites?.[0]?.name;
  it('应当与 / 需要与 / 请与…保持一致 / 不得为 / 不允许出现 / should match / needs to be / 名称应与… / Naming rules, 查看示例: the input\'s name alone (each glued to it before)', () => {
    for (const help of [
      '网站名称应当与网站内容相符，不能为纯数字',
      '网站名称需要与网站内容一致，且不能为域名',
      '请与网站实际内容保持一致，不可为纯英文',
      '网站名称不得为域名、纯数字或纯英文',
      '网站名称不允许出现“中国”“国家”等字样',
      '名称应与实际内容相符',
      'The website name should match the content of the site.',
      'The name needs to be consistent with the site content',
      '<a>Naming rules</a>',
      '<a>查看示例</a>',
    ]) expect(nameOf(`<input type="text" class="k3f" value="山海茶业官网"><div class="q8d">${help}</div>`), help).toBe('山海茶业官网');
  });
  it('a name in title case holding must be / cannot be / must contain is read whole (lost before: read as a rule)', () => {
    for (const n of ['You Must Be Dreaming Studio', 'Cannot Be Stopped Media Blog', 'Must Match Collective Official Site']) expect(nameOf(`<span class="k3f">${n}</span>`), n).toBe(n);
  });
  it('guard: names near a rule\'s words stay as they were read', () => {
    for (const n of ['与备案主体一致的网站', 'See the Rules Magazine', '不能使用的旧站点']) expect(nameOf(`<span class="k3f">${n}</span>`), n).toBe(n);
  });
  it('the Alibaba holder page: a registrant named so is read (lost before)', () => {
    const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=xishan-wenhua.cn';
    for (const n of ['Cannot Be Stopped Media Co., Ltd.', 'You Must Be Dreaming Studio Ltd', 'Must Contain Labs Limited']) {
      const card =
        '<div class="next-card"><div class="next-card-head"><div class="next-card-title">持有者信息</div></div><div class="next-card-body"><div class="next-descriptions"><table><tbody>' +
        `<tr><th>域名持有者</th><td>${n}</td><th>持有者类型</th><td>企业</td></tr><tr><th>证件类型</th><td>营业执照</td><th>证件号码</th><td>9151**********2517</td></tr>` +
        '<tr><th>实名认证状态</th><td>已实名认证</td><th>所在地区</th><td>四川省 成都市</td></tr></tbody></table></div></div></div>';
      expect(read(`<main><h2>xishan-wenhua.cn</h2>${card}</main>`, holderUrl)?.facts.domains?.[0]?.registrantName, n).toBe(n);
    }
  });
});

// ---------------------------------------------------------------- a select drawn as a <button>, and its placeholder (ac5695e, fe9e63f)

describe("a select's trigger <button> still showing its placeholder, or a dropdown button after a value (dom/units selectTriggerButton, SELECT_PLACEHOLDER)", () => {
  const formUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261206000372/website';
  const item = (label: string, control: string) =>
    `<div class="tea-form__item"><div class="tea-form__label is-required"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
  const input = (v: string) => `<input type="text" class="tea-input" value="${v}">`;
  const teaSelect = (value: string, header = 'button') =>
    `<div class="tea-dropdown tea-select"><${header} class="tea-dropdown__header" type="button"><span class="tea-dropdown__value">${value}</span><i class="tea-icon tea-icon-arrowdown"></i></${header}></div>`;
  const websiteForm = (contentControl: string) =>
    '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">网站信息</h3></div><div class="tea-card__body"><div class="tea-form">' +
    item('网站名称', input('山海茶业官网')) + item('网站域名', '<span class="tea-form__text">shanhai-tea.com</span>') + item('网站服务内容', contentControl) + '</div></div></div>';
  const contentOf = (c: string) => read(websiteForm(c), formUrl)?.facts.websites?.[0]?.content;
  const entityForm = (idTypeControl: string) =>
    '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">主办单位信息</h3></div><div class="tea-card__body"><div class="tea-form">' +
    item('主办单位证件类型', idTypeControl) + item('主办单位名称', input('山海茶业有限公司')) + item('主办单位证件号码', input('91440300MA5FXXXX1Q')) + '</div></div></div>';
  const entityOf = (c: string) => read(entityForm(c), 'https://console.cloud.tencent.com/beian/manage/process/20261206000372/principal')?.facts.entity;

  it('主办单位证件类型\'s trigger button showing 请选择证件类型 / 请选择 / -- 请选择 --: no ID type (invented since ac5695e: the placeholder read as the ID type)', () => {
    for (const ph of ['请选择证件类型', '请选择', '-- 请选择 --']) {
      expect(entityOf(teaSelect(ph))?.idType, ph).toBeUndefined();
      expect(entityOf(teaSelect(ph))?.name, ph).toBe('山海茶业有限公司');
    }
  });
  it('the same placeholders in a <div> header: no ID type (请选择 and -- 请选择 -- read as one before)', () => {
    for (const ph of ['请选择', '-- 请选择 --']) expect(entityOf(teaSelect(ph, 'div'))?.idType, ph).toBeUndefined();
  });
  it('网站服务内容\'s trigger button showing 请选择网站服务内容 / -- 请选择 -- / 选择服务内容 / 全部: no content (each read as the content before)', () => {
    for (const ph of ['请选择网站服务内容', '-- 请选择 --', '选择服务内容', '全部']) expect(contentOf(teaSelect(ph)), ph).toBeUndefined();
    expect(contentOf(teaSelect('-- 请选择 --', 'div'))).toBeUndefined();
  });
  it('a dropdown button after the value shown in the control box (更多操作, a dropdown-toggle 修改) is an action: the content alone (glued to it since ac5695e)', () => {
    expect(contentOf('<span class="tea-form__text">企业官网</span> <div class="tea-dropdown"><button class="tea-dropdown__header" type="button">更多操作</button></div>')).toBe('企业官网');
    expect(contentOf('<span class="tea-form__text">企业官网</span> <button class="dropdown-toggle" type="button">修改</button>')).toBe('企业官网');
  });
  it('guard: a chosen value in the trigger button is read, ID type and content (round 59)', () => {
    expect(entityOf(teaSelect('营业执照'))?.idType).toBe('营业执照');
    expect(contentOf(teaSelect('企业官网'))).toBe('企业官网');
    expect(contentOf('<button class="ant-select-selector" type="button"><span class="ant-select-selection-item">博客</span></button>')).toBe('博客');
  });
});

// ---------------------------------------------------------------- a verification card of another subject (b2f40c4, rules/labels/tencent.json realName notUnder)

describe("a card verifying the registrant's e-mail or phone in other words titles no real-name state nor time (rules/labels/tencent.json domain-info realName / realNameTime notUnder)", () => {
  const field = (label: string, value: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form__text">${value}</div></div></div>`;
  const card = (title: string, fields: string) =>
    `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><div class="tea-form">${fields}</div></div></div>`;
  const zh = (title: string) =>
    read(
      card('基本信息', field('域名', 'shanhai-tea.com') + field('到期时间', '2027-03-11 09:26:14')) + card(title, field('邮箱', 'chen***@163.com') + field('认证状态', '已认证') + field('认证时间', '2026-01-05 10:00:00')),
      'https://console.cloud.tencent.com/domain/info/shanhai-tea.com',
    )?.facts.domains?.[0];
  const en = (title: string) =>
    read(
      card('Basic Information', field('Domain', 'shanhai-tea.com') + field('Expiration Time', '2027-03-11 09:26:14')) +
        card(title, field('Email', 'chen***@163.com') + field('Verification Status', 'Verified') + field('Verification Time', '2026-01-05 10:00:00')),
      'https://console.tencentcloud.com/domain/info/shanhai-tea.com',
      'en',
    )?.facts.domains?.[0];
  it('验证邮箱 / 邮箱地址验证 / 邮件验证 / 邮箱校验 / 手机验证 / 手机号验证 / 联系人邮箱: neither (invented before: verified, with the card\'s time)', () => {
    for (const t of ['验证邮箱', '邮箱地址验证', '邮件验证', '邮箱校验', '手机验证', '手机号验证', '联系人邮箱']) {
      expect(zh(t)?.realNameVerified, t).toBeUndefined();
      expect(zh(t)?.realNameVerifiedAt, t).toBeUndefined();
    }
  });
  it('Email Address Verification / Verify Email / Email Validation / Mailbox Verification / Phone Verification / Mobile Number Verification / Contact Email: neither (invented before)', () => {
    for (const t of ['Email Address Verification', 'Verify Email', 'Email Validation', 'Mailbox Verification', 'Phone Verification', 'Mobile Number Verification', 'Contact Email']) {
      expect(en(t)?.realNameVerified, t).toBeUndefined();
      expect(en(t)?.realNameVerifiedAt, t).toBeUndefined();
    }
  });
  it('guard: the real-name card itself, in either language, is read', () => {
    expect([zh('实名认证')?.realNameVerified, zh('实名认证')?.realNameVerifiedAt]).toEqual([true, '2026-01-05']);
    expect([en('Real-Name Verification')?.realNameVerified, en('Real-Name Verification')?.realNameVerifiedAt]).toEqual([true, '2026-01-05']);
  });
});

// ---------------------------------------------------------------- withheld values in other words (cd2236f, dom/permission-withheld)

describe("a value's place saying it is withheld, in still other words (dom/permission-withheld withheldClauses, asksPermission)", () => {
  const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=xishan-wenhua.cn';
  const holderCard = (name: string) =>
    '<div class="next-card"><div class="next-card-head"><div class="next-card-title">持有者信息</div></div><div class="next-card-body"><div class="next-descriptions"><table><tbody>' +
    `<tr><th>域名持有者</th><td>${name}</td><th>持有者类型</th><td>个人</td></tr><tr><th>证件类型</th><td>身份证</td><th>证件号码</th><td>5101**********2517</td></tr>` +
    '<tr><th>实名认证状态</th><td>已实名认证</td><th>所在地区</th><td>四川省 成都市</td></tr></tbody></table></div></div></div>';
  const holder = (name: string) => read(`<main><h2>xishan-wenhua.cn</h2>${holderCard(name)}</main>`, holderUrl)?.facts.domains?.[0];
  it('each gives no registrantName, the card\'s other fields kept (each read as the name before)', () => {
    for (const t of [
      '抱歉，您没有权限查看该内容',
      '您暂无权限访问此页面',
      '您的账号无权查看',
      '需开通权限后查看',
      '权限受限',
      '您没有该操作的权限（ram:DescribeDomain）',
      "Sorry, you don't have permission to view this.",
      'You do not have the required permissions.',
      'This content is restricted',
      '403 Forbidden',
      'Unauthorized access',
      '无权限查看 <a>联系管理员</a>',
    ]) {
      expect(holder(t)?.registrantName, t).toBeUndefined();
      expect(holder(t)?.registrantIdType, t).toBe('身份证');
    }
  });
  it('guard: names holding such words are read whole', () => {
    for (const n of ['Forbidden City Culture Ltd', 'Unauthorized Art Studio', 'Restricted Access Co., Ltd.', '权限不足工作室', '已隐藏科技有限公司', 'Contact Energy Ltd', '抱歉文化传媒有限公司']) {
      expect(holder(n)?.registrantName, n).toBe(n);
    }
  });
});

// ---------------------------------------------------------------- '1 200 Mbps' (a2c0645, dom/parse-bandwidth)

describe("a figure that may be a thousands group (dom/parse-bandwidth, review of a2c0645)", () => {
  it("after a digit ending a Latin word (IPv4 100 Mbps, g7 100 Mbps) the figure is read (lost since a2c0645)", () => {
    expect(parseBandwidth('IPv4 100 Mbps')).toBe(100);
    expect(parseBandwidth('IPv6 100 Mbps')).toBe(100);
    expect(parseBandwidth('ecs.g7 100 Mbps')).toBe(100);
  });
  it("a Swiss group mark (1'200 Mbps, 1’200 Mbps) gives none (200 before: invented)", () => {
    expect(parseBandwidth("1'200 Mbps")).toBeUndefined();
    expect(parseBandwidth('1\u2019200 Mbps')).toBeUndefined();
  });
  it('guard: 1 200 Mbps with any space gives none; ordinary figures are read', () => {
    for (const t of ['1 200 Mbps', '1\u00a0200 Mbps', '1\u202f200 Mbps', '带宽 1 200 Mbps']) expect(parseBandwidth(t), t).toBeUndefined();
    expect(parseBandwidth('2 vCPU 4 GiB 100 Mbps')).toBe(100);
    expect(parseBandwidth('2 核 4 GiB 200 Mbps')).toBe(200);
  });
});

// ---------------------------------------------------------------- panels of other records (1af0550 ecs-cards-apart, 97ebf7e recentTitles)

describe('an ECS card view beside a panel of other instances titled in other words (rules/labels/aliyun/ecs.json ecs-cards-apart)', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const line = (l: string, v: string) => `<div class="ln"><span class="l">${l}</span><span class="v">${v}</span></div>`;
  const card = (id: string, exp: string) => `<div class="c"><div class="hd">web</div>${line('实例ID', id)}${line('付费方式', '包年包月')}${line('到期时间', exp)}</div>`;
  const ids = (app: string) => readApp(app, url)?.facts.servers?.map((s) => s.id) ?? null;
  const panel = (title: string) =>
    `<div class="side-panel"><div class="panel-title">${title}</div><div class="panel-body">${card('i-bp1aaaaaaaaaaaaaa08', '2026-01-01')}${card('i-bp1aaaaaaaaaaaaaa09', '2026-02-02')}</div></div>`;
  const list = `<div class="list"><h2>实例列表</h2>${card('i-bp1aaaaaaaaaaaaaa01', '2027-01-01')}${card('i-bp1aaaaaaaaaaaaaa02', '2027-02-02')}</div>`;
  it('最近打开 / 浏览记录 / 访问历史 / 常用实例 / 我的收藏 / Recently accessed / Favorites after the list: the list\'s two (four before: invented)', () => {
    for (const t of ['最近打开', '浏览记录', '访问历史', '历史访问', '常用实例', '我的收藏', 'Recently accessed', 'Favorites']) {
      expect(ids(list + panel(t)), t).toEqual(['i-bp1aaaaaaaaaaaaaa01', 'i-bp1aaaaaaaaaaaaaa02']);
    }
  });
  it('guard: a tab strip or a toolbar link naming the 回收站 above the list\'s own cards leaves them read', () => {
    const own = `<div class="list">${card('i-bp1aaaaaaaaaaaaaa01', '2027-01-01')}${card('i-bp1aaaaaaaaaaaaaa02', '2027-02-02')}</div>`;
    expect(ids('<div class="tabs" role="tablist"><div role="tab" aria-selected="true">实例列表</div><div role="tab" aria-selected="false">回收站</div></div>' + own)).toEqual(['i-bp1aaaaaaaaaaaaaa01', 'i-bp1aaaaaaaaaaaaaa02']);
    expect(ids('<div class="toolbar"><button>创建实例</button><a class="btn">回收站</a></div>' + own)).toEqual(['i-bp1aaaaaaaaaaaaaa01', 'i-bp1aaaaaaaaaaaaaa02']);
  });
});

describe('a table of the domains visited last (dom/table titledApart, rules/labels recentTitles)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const table = (rows: Array<[string, string, string]>) =>
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>' +
    rows.map(([d, h, e]) => `<tr><td><a>${d}</a></td><td>正常</td><td>${h}</td><td>${e}</td></tr>`).join('') + '</tbody></table>';
  const list = `<div class="next-table">${table([['r53-a.com', '林和', '2027-02-14'], ['r53-b.shop', '林小雨', '2027-06-30']])}</div>`;
  const recent = table([['old-c.cn', '王五', '2026-01-01'], ['old-d.net', '赵六', '2026-02-02']]);
  const card = (title: string, inner: string) => `<div class="card"><div class="card-title">${title}</div><div class="card-body">${inner}</div></div>`;
  const domains = (body: string) => readApp(body, url)?.facts.domains?.map((d) => d.domain);
  it('an empty list drawn as no table beside a 最近访问 card of other domains: none of them (read as the page\'s before: invented)', () => {
    expect(domains('<h2>域名列表</h2><div class="empty">暂无数据</div>' + card('最近访问', recent)) ?? []).toEqual([]);
  });
  it('浏览记录 / 访问历史 / 最近打开 / Recently accessed before the list with its very headers: the list (the recent domains before: invented)', () => {
    for (const t of ['浏览记录', '访问历史', '最近打开', 'Recently accessed']) expect(domains(card(t, recent) + list), t).toEqual(['r53-a.com', 'r53-b.shop']);
  });
  it('guard: the list alone under 域名列表 is read', () => {
    expect(domains(card('域名列表', list))).toEqual(['r53-a.com', 'r53-b.shop']);
  });
});

// ---------------------------------------------------------------- an action word drawn as an element of its own (59ffe34, dom/units refine)

describe("a search's highlight or an emphasis inside a value whose words are an action's is no action (dom/units refine, review of 59ffe34)", () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (holder: string) =>
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>' +
    `<tr><td><a>r53-a.com</a></td><td>正常</td><td>${holder}</td><td>2027-02-14</td></tr></tbody></table>`;
  const holder = (h: string) => read(list(h), url)?.facts.domains?.[0]?.registrantName;
  it('杭州<mark>备案</mark>科技有限公司, Acme <mark>Copy</mark> Ltd, Best <b>View</b>: the name whole (a word cut out before: another name)', () => {
    expect(holder('杭州<mark>备案</mark>科技有限公司')).toBe('杭州备案科技有限公司');
    expect(holder('Acme <mark>Copy</mark> Ltd')).toBe('Acme Copy Ltd');
    expect(holder('Acme <span class="search-highlight">Copy</span> Ltd')).toBe('Acme Copy Ltd');
    expect(holder('Best <b>View</b>')).toBe('Best View');
  });
  it('guard: a role-less <span> Change holder / 修改 after the name is still an action (59ffe34)', () => {
    expect(holder('林和 <span class="x7k">修改</span>')).toBe('林和');
    expect(holder('Lin He <span class="x7k">Change holder</span>')).toBe('Lin He');
  });
});

// ---------------------------------------------------------------- a card headed by the former entity's marker (c34c216, shared/text-values opensWithWord)

describe('a card headed by the former entity\'s marker in brackets, set off by a dash or slash, or 曾用名 (shared/text-values opensWithWord, rules/labels formerColumns)', () => {
  const f = 'test/fixtures/beian-entity/zh-confirm-all-sections';
  const html = readFileSync(`${f}.html`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${f}.json`, 'utf8')) as { url: string };
  const entity = (h: string) => readPage(htmlToDocument(h, url), new URL(url))?.facts.entity;
  const headed = (title: string) =>
    html.replace('<h3>主体信息</h3><dl>', `<div class="card"><div class="hd">${title}</div><div class="bd"><dl>`).replace('</dl>\n<h3>网站信息', '</dl></div></div>\n<h3>网站信息');
  it('（原）/ [原] / 原-… / 原／… / 曾用名 … before the name: no current entity (read before: invented)', () => {
    for (const title of ['（原）杭州某某网络有限公司', '[原] 杭州某某网络有限公司', '原-杭州某某网络有限公司', '原／杭州某某网络有限公司', '曾用名 杭州某某网络有限公司']) {
      expect(headed(title), title).toContain(`<div class="hd">${title}</div>`);
      expect(entity(headed(title)), title).toBeUndefined();
    }
  });
  it('guard: a name running on from 原, or with a dash inside it (原野文化传媒有限公司, 原野-文化传媒有限公司), is still read', () => {
    for (const title of ['原野文化传媒有限公司', '原野-文化传媒有限公司']) expect(entity(headed(title)), title).toMatchObject({ type: 'organization', idNumber: '9133**********001X' });
  });
});

// ---------------------------------------------------------------- 公网IP / Public IP as another resource (8ef0e6b, shared/text-values clauseNamesAny)

describe('a public IP shown before the expiry names no other resource\'s date (shared/text-values clauseNamesAny, review of 8ef0e6b)', () => {
  it('公网IP 47.98.1.2 到期时间 2027-01-01 / Public IP 47.98.1.2 Expires 2027-01-01: the expiry read (lost since 8ef0e6b)', () => {
    expect(expiryFromText('公网IP 47.98.1.2 到期时间 2027-01-01', false)).toBe('2027-01-01');
    expect(expiryFromText('公网IP：47.98.1.2 包年包月 2027-01-01 到期', false)).toBe('2027-01-01');
    expect(expiryFromText('Public IP 47.98.1.2 Expires 2027-01-01', false)).toBe('2027-01-01');
  });
  it('guard: a date right after another resource\'s words is still that one\'s', () => {
    expect(expiryFromText('弹性公网IP 2027-01-01 到期', false)).toBeUndefined();
    expect(expiryFromText('数据盘 2027-01-01 到期', false)).toBeUndefined();
  });
});

// ---------------------------------------------------------------- a line explaining hashed status tags (9404bcf, shared/text-values explainsStatusTags)

describe('a line under hashed status tags explaining them, in other words or sentences (shared/text-values explainsStatusTags, review of 9404bcf)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/haiyan-studio.cn';
  const item = (l: string, v: string) => `<div class="f1x"><div class="f2y"><label>${l}</label></div><div class="f3z"><div class="f4w">${v}</div></div></div>`;
  const page = (status: string) =>
    `<h2 class="h9">haiyan-studio.cn</h2><div class="c1"><h3>域名信息</h3><div class="f0">${item('域名', 'haiyan-studio.cn')}${item('域名状态', status)}` +
    `${item('注册商', '腾讯云计算（北京）有限责任公司')}${item('到期时间', '2026-11-18 23:59:59')}${item('域名所有者', '陈海晏')}</div></div>`;
  const tags = '<span class="t1">续费宽限期</span> <span class="t2">serverHold</span>';
  const statusOf = (s: string) => readApp(page(s), url)?.facts.domains?.[0]?.status;
  it('建议尽快续费 / 续费后恢复 / 尽快续费以免… / renew to restore / two sentences / in brackets: the tags alone (the line\'s clauses as statuses before: invented)', () => {
    for (const line of [
      '<p class="s7">注册局暂停解析，建议尽快续费</p>',
      '<p class="s7">注册局暂停解析，续费后恢复</p>',
      '<p class="s7">注册局暂停解析，尽快续费以免域名被删除</p>',
      '<p class="s7">Resolution suspended by the registry, renew to restore</p>',
      '<p class="s7">注册局暂停解析。请尽快续费。</p>',
      '<p class="s7">Registry hold. Please renew soon</p>',
      '<span class="s7">（注册局暂停解析，请尽快续费）</span>',
    ]) expect(statusOf(tags + line), line).toEqual(['续费宽限期', 'serverHold']);
  });
  it('guard: statuses on lines of their own, split by a comma or a semicolon, are each read', () => {
    expect(statusOf('<div class="t1">正常</div><div class="t2">禁止转移，禁止删除</div>')).toEqual(['正常', '禁止转移', '禁止删除']);
    expect(statusOf('<div class="t1">正常</div><div class="t2">禁止转移；禁止删除</div>')).toEqual(['正常', '禁止转移', '禁止删除']);
  });
});

// ---------------------------------------------------------------- a holder-template picker titled as a choice of registrant (58416fc)

describe('a holder picker titled as a choice or change of registrant in other words, and an action link in the holder card\'s title (rules/labels/aliyun/domain.json notUnder, dom/titled-box titleWords)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=r53-a.com';
  const ownHolder = (title: string) =>
    `<div class="next-descriptions"><div class="next-descriptions-title">${title}</div><table><tbody>` +
    '<tr><th>域名</th><td>r53-a.com</td><th>到期时间</th><td>2027-02-14</td></tr>' +
    '<tr><th>域名持有者</th><td>林和 <span class="next-tag"><span class="next-tag-body">已实名认证</span></span></td><th>证件类型</th><td>身份证</td></tr>' +
    '<tr><th>证件号码</th><td>3301**********2218</td><th>持有者类型</th><td>个人</td></tr></tbody></table></div>';
  const picker = (title: string) =>
    `<div class="tpl-picker"><div class="tpl-title">${title}</div><div class="tpl-card">` +
    '<div class="next-form-item"><label>域名持有者</label><span>杭州林和文化创意有限公司</span></div>' +
    '<div class="next-form-item"><label>证件类型</label><span>营业执照</span></div>' +
    '<div class="next-form-item"><label>证件号码</label><span>9133**********4X7Q</span></div>' +
    '<div class="next-form-item"><label>实名认证状态</label><span>未实名认证</span></div></div></div>';
  const own = { domain: 'r53-a.com', registrantName: '林和', registrantIdType: '身份证', registrantIdNumber: '3301**********2218', realNameVerified: true };
  it('更换持有者 / 切换持有者 / 选择持有人 / 选择域名所有者 / Switch registrant / Select a holder / Select an owner before the holder: the page\'s own holder (the picker\'s read before: invented)', () => {
    for (const t of ['更换持有者', '切换持有者', '选择持有人', '选择域名所有者', 'Switch registrant', 'Select a holder', 'Select an owner']) {
      expect(read(picker(t) + ownHolder('域名持有者'), url)?.facts.domains?.[0], t).toMatchObject(own);
    }
  });
  it('the holder card titled 持有者信息 with a 选择持有者 / 更换持有者 link beside the title: read (lost since 58416fc)', () => {
    expect(read(ownHolder('持有者信息 <a>选择持有者</a>'), url)?.facts.domains?.[0]).toMatchObject(own);
    expect(read(ownHolder('持有者信息 <a class="next-btn next-btn-text">更换持有者</a>'), url)?.facts.domains?.[0]).toMatchObject(own);
  });
  it('guard: a card titled by a link naming another subject (<a>SSL 证书</a>（2）, 选择持有者 alone) is still that subject\'s', () => {
    expect(read(ownHolder('选择持有者'), url)?.facts.domains?.[0]?.registrantName).toBeUndefined();
    expect(read(ownHolder('<a href="#/ssl">选择持有者</a>（2）'), url)?.facts.domains?.[0]?.registrantName).toBeUndefined();
  });
});

// ---------------------------------------------------------------- a countdown after an expiry (75b1d02, dom/parse-date OTHER_EVENT_AFTER)

describe('a countdown after an expiry in other words is no event of the date (dom/parse-date OTHER_EVENT_AFTER, review of 75b1d02)', () => {
  const dir = 'test/fixtures-unseen/tencent/lighthouse-instance-list';
  const name = readdirSync(dir).find((f) => f.startsWith('en-intl-tea-table-month-name') && f.endsWith('.html'))!;
  const html = readFileSync(`${dir}/${name}`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${dir}/${name.replace(/\.html$/, '.json')}`, 'utf8')) as { url: string };
  const cell = '<td>Nov 28, 2026, 10:00:00<span class="tea-text-weak">Released in 1 day</span></td>';
  const expiry = (note: string) => {
    const h = html.replace(cell, `<td>Nov 28, 2026, 10:00:00<span class="tea-text-weak">${note}</span></td>`);
    expect(h).not.toBe(html);
    return readPage(htmlToDocument(h, url), new URL(url))?.facts.servers?.find((s) => s.id === 'lhins-en51bj04')?.expiresAt;
  };
  it('Released in ~1 day / in less than a day / in 1 week, 释放倒计时 1 天: the expiry read (lost before: missing)', () => {
    for (const note of ['Released in ~1 day', 'Released in less than a day', 'Released in 1 week', '释放倒计时 1 天']) expect(expiry(note), note).toBe('2026-11-28');
  });
  it('guard: "Released" right after the date makes it the release\'s: none', () => {
    expect(expiry('Released')).toBeUndefined();
  });
});
