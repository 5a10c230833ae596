import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { codeStatusFromText, creationInText, expiryInText } from '../../src/readers/tencent/values';
import { read as readApp } from '../helpers/console-pages';
import { expiryDate } from '../../src/readers/dom/parse-date';

/**
 * Second review of session 50's fixes (session 51): each fix's situation written a little differently — too narrow (still
 * invents or misses) or too broad (an ordinary page loses a fact). Each test here failed before its fix; guards pass both
 * ways. test/fixtures-unseen/README.md "Second review of session 50's fixes, session 51".
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

// ——— d96a2f7 / 6947a88 / 96630db / eef8b3a Tencent's date words (tencent/values dateNextTo, wordLabelsNextDate) ———
describe('d96a2f7 a word after a date that labels the next date, written a little differently (tencent/values wordLabelsNextDate)', () => {
  it('"Creation time: … Expiry time: …" and "创建时间：… 到期时间：…": the longest date word after the date (invented before: the creation as the expiry)', () => {
    expect(expiryInText('Creation time: 2026-02-14 10:31:52 Expiry time: 2027-02-14 10:31:52')).toBe('2027-02-14');
    expect(expiryInText('创建时间：2026-02-14 10:31:52 到期时间：2027-02-14 10:31:52')).toBe('2027-02-14');
    expect(creationInText('创建时间：2026-02-14 10:31:52 到期时间：2027-02-14 10:31:52')).toBe('2026-02-14');
  });

  it('"Previous expiry date … Expiry date …": the former date stays the former one (invented before: 2026-01-05)', () => {
    expect(expiryInText('Previous expiry date 2026-01-05 Expiry date 2027-01-05')).toBe('2027-01-05');
  });

  it('"创建于 … 到期于 …": 于 joins a CJK word to its date (invented before: the creation as the expiry; the creation missing)', () => {
    expect(expiryInText('创建于 2026-02-14 到期于 2027-02-14')).toBe('2027-02-14');
    expect(creationInText('创建于 2026-02-14 到期于 2027-02-14')).toBe('2026-02-14');
  });

  it('a date labelled by another event joined by at / on: "Purchased at …", "Renewed on …", "Will be released on …", "Updated at …" (invented before: that date as the expiry / creation)', () => {
    expect(expiryInText('Purchased at 2026-02-14 10:31:52 Expires at 2027-02-14 10:31:52')).toBe('2027-02-14');
    expect(expiryInText('Renewed on 2026-05-01 Expires on 2027-02-14')).toBe('2027-02-14');
    expect(expiryInText('Will be released on 2027-02-21 Expires on 2027-02-14')).toBe('2027-02-14');
    expect(creationInText('Updated at 2026-05-01 Created at 2026-02-14')).toBe('2026-02-14');
  });

  it('guards: date-then-word lines, one date, an event to come', () => {
    expect(expiryInText('2026-02-14 10:31:52 Created 2027-02-14 10:31:52 Expires')).toBe('2027-02-14');
    expect(creationInText('2026-02-14 10:31:52 Created 2027-02-14 10:31:52 Expires')).toBe('2026-02-14');
    expect(expiryInText('2026-02-14 创建：2027-02-14 到期')).toBe('2027-02-14');
    expect(expiryInText('2027-03-01 到期 2026-03-01 创建')).toBe('2027-03-01');
    expect(expiryInText('Created at Feb 14, 2026 Expires at Feb 14, 2027')).toBe('2027-02-14');
    expect(expiryInText('After payment, expires on 2027-12-05')).toBeUndefined();
    expect(expiryInText('支付后将于 2027-12-05 到期')).toBeUndefined();
    expect(expiryInText('Expires on 2027-02-14 Will be released on 2027-02-21')).toBe('2027-02-14');
  });
});

// ——— 1b02a98 a stale character counter beside an emptied field (dom/units isInputCounter, counterByClass) ———
describe('1b02a98 a character counter in other markup (dom/units isInputCounter)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=changeWebsite';
  const item = (label: string, control: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="${label}">${label}</label></div>` +
    `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;
  const form = (nameControl: string) =>
    '<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">网站信息</div></div><div class="ant-card-body"><form class="ant-form ant-form-horizontal">' +
    item('网站名称', nameControl) + item('网站域名', '<input class="ant-input" type="text" value="qinglan-docs.cn">') + '</form></div></div>';
  const websites = (got: ReturnType<typeof read>) => got?.facts.websites;
  const element = (value: string) =>
    `<div class="el-input el-input--suffix"><input class="el-input__inner" type="text" value="${value}"><span class="el-input__suffix"><span class="el-input__suffix-inner"><span class="el-input__count"><span class="el-input__count-inner">7/50</span></span></span></span></div>`;

  it('the count in a <span> inside antd\'s counter suffix: no name (invented before: "7 / 50")', () => {
    expect(websites(read(form('<input class="ant-input" type="text" value=""><span class="ant-input-show-count-suffix"><span>7 / 50</span></span>'), url))).toEqual([{ domains: ['qinglan-docs.cn'] }]);
  });

  it('Element\'s el-input__count four levels under the field\'s box: no name (invented before: "7/50")', () => {
    expect(websites(read(form(element('')), url))).toEqual([{ domains: ['qinglan-docs.cn'] }]);
  });

  it('a hashed counter whose maximum is the field\'s maxlength: no name (invented before: "7 / 50")', () => {
    expect(websites(read(form('<div class="inp_x9"><input value="" maxlength="50"><span class="cnt_q2">7 / 50</span></div>'), url))).toEqual([{ domains: ['qinglan-docs.cn'] }]);
  });

  it('guards: a name typed beside each counter is read, the counter not', () => {
    expect(websites(read(form(element('青岚开发者文档')), url))).toEqual([{ name: '青岚开发者文档', domains: ['qinglan-docs.cn'] }]);
    expect(websites(read(form('<div class="inp_x9"><input value="青岚开发者文档" maxlength="50"><span class="cnt_q2">7 / 50</span></div>'), url))).toEqual([{ name: '青岚开发者文档', domains: ['qinglan-docs.cn'] }]);
  });
});

// ——— f0fc8cd / 3e3c9ef the changing tag on a filed website beside one added (aliyun/beian-form readWebsites) ———
describe('f0fc8cd a filed website\'s changing tag in other words (rules/labels/aliyun/beian.json beian-website-states.changing)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=changeWebsite';
  const item = (label: string, control: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="${label}">${label}</label></div>` +
    `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;
  const input = (v: string) => `<input class="ant-input" type="text" value="${v}">`;
  const card = (title: string, name: string, domains: string[]) =>
    `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">${title}</div></div><div class="ant-card-body"><form class="ant-form ant-form-horizontal">` +
    item('网站名称', input(name)) + item('网站域名', domains.map(input).join('')) + '</form></div></div>';
  const withTag = (tag: string) =>
    card(`网站 1 <span class="ant-tag ant-tag-success">已备案</span> <span class="ant-tag">粤ICP备2023041267号-1</span>${tag ? ` <span class="ant-tag ant-tag-processing">${tag}</span>` : ''}`, '青岚数字官网', ['qinglan-digital.com', 'qinglan-digital.cn']) +
    card('网站 2 <span class="ant-tag ant-tag-blue">新增网站</span>', '青岚开发者文档', ['qinglan-docs.cn']);
  const changed = { name: '青岚数字官网', domains: ['qinglan-digital.com', 'qinglan-digital.cn'] };
  const added = { name: '青岚开发者文档', domains: ['qinglan-docs.cn'] };

  it('待变更, 本次修改, 修改网站, Change website, （本次变更）: the changed website is the filing\'s (missing before)', () => {
    for (const tag of ['待变更', '本次修改', '修改网站', 'Change website', '（本次变更）']) expect(read(withTag(tag), url)?.facts.websites, tag).toEqual([changed, added]);
  });

  it('guards: 变更中 (another order may be changing it) and no tag: the filed website stays none of the filing\'s', () => {
    expect(read(withTag('变更中'), url)?.facts.websites).toEqual([added]);
    expect(read(withTag(''), url)?.facts.websites).toEqual([added]);
  });
});

// ——— 60984b7 / 2497118 an id shown as another resource's (shared/text-values idOfOtherResource, labelNamesResource) ———
const CVM_LIST = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const cardItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
const cardFields = (expiry: string) => cardItem('可用区', '广州三区') + cardItem('实例配置', '2核 4GB 5Mbps') + cardItem('实例计费模式', `包年包月<br>${expiry} 23:59:59到期`);
const insCard = (id: string, beforeId: string, fields: string) =>
  `<div class="ins-card"><div class="ins-card__head">${beforeId}<a class="ins-card__id">${id}</a></div><div class="tea-form">${fields}</div></div>`;
const cardServers = (html: string) => read(`<h2>实例</h2><div class="ins-cards">${html}</div>`, CVM_LIST)?.facts.servers?.map((s) => [s.id, s.expiresAt]);
const twoCards = [['ins-a1b2c3d4', '2027-03-01'], ['ins-z9y8x7w6', '2026-01-01']];

describe('60984b7 another instance\'s id under other labels (rules/labels otherResources; shared/text-values labelNamesResource)', () => {
  it.each(['迁移来源', '克隆源', '旧实例', '替换前实例', 'Migration source', 'Previous instance', '原实例名称/ID', 'Original Instance Name/ID', '关联的实例', 'Replaced instance'])(
    '"%s ins-q1w2e3r4" in a running card: the card keeps its own id (invented before: read as ins-q1w2e3r4)',
    (label) => {
      const live = insCard('ins-a1b2c3d4', '', cardFields('2027-03-01'));
      expect(cardServers(live + insCard('ins-z9y8x7w6', '', cardItem(label, 'ins-q1w2e3r4') + cardFields('2026-01-01')))).toEqual(twoCards);
    },
  );

  it.each([
    ['web-slb', 'api-slb'],
    ['prod-eip', 'test_eip'],
    ['nightly-snapshot', 'docker.image'],
  ])('a card named %s / %s before its id — a resource\'s word joined by a hyphen, an underscore or a dot ends a name: both cards read (missing before: no server)', (a, b) => {
    expect(cardServers(insCard('ins-a1b2c3d4', `<span>${a}</span>`, cardFields('2027-03-01')) + insCard('ins-z9y8x7w6', `<span>${b}</span>`, cardFields('2026-01-01')))).toEqual(twoCards);
  });

  it('guard: 原实例ID, Source instance, SLB alone before another id still name another resource', () => {
    const live = insCard('ins-a1b2c3d4', '', cardFields('2027-03-01'));
    for (const label of ['原实例ID', 'Source instance', 'SLB']) {
      expect(cardServers(live + insCard('ins-z9y8x7w6', '', cardItem(label, 'ins-q1w2e3r4') + cardFields('2026-01-01'))), label).toEqual(twoCards);
    }
  });
});

// ——— dbfdd32 a select's <div> trigger still showing its placeholder (dom/units kindOf, SELECT_PLACEHOLDER) ———
describe('dbfdd32 a select trigger\'s placeholder in other words (dom/units SELECT_PLACEHOLDER)', () => {
  const formUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261206000372/website';
  const item = (label: string, control: string) =>
    `<div class="tea-form__item"><div class="tea-form__label is-required"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
  const teaSelect = (value: string) =>
    `<div class="tea-dropdown tea-select"><div class="tea-dropdown__header"><span class="tea-dropdown__value">${value}</span><i class="tea-icon tea-icon-arrowdown"></i></div></div>`;
  const website = (contentControl: string) =>
    read(
      '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">网站信息</h3></div><div class="tea-card__body"><div class="tea-form">' +
        item('网站名称', '<input type="text" class="tea-input" value="山海茶业官网">') + item('网站域名', '<span class="tea-form__text">shanhai-tea.com</span>') + item('网站服务内容', contentControl) + '</div></div></div>',
      formUrl,
    )?.facts.websites?.[0];

  it.each(['未选择', '点击选择', '请点击选择', 'Not selected', 'Click to select'])('%s in the <div> trigger: no content (invented before)', (shown) => {
    expect(website(teaSelect(shown))).toEqual({ name: '山海茶业官网', domains: ['shanhai-tea.com'] });
  });

  it('guard: a choice shown (企业官网, 无 — a choice some selects offer) is read', () => {
    expect(website(teaSelect('企业官网'))?.content).toBe('企业官网');
    expect(website(teaSelect('无'))?.content).toBe('无');
  });
});

// ——— 78b4556 a panel titled Recent / Released whole (rules/labels recentTitlesWhole; dom/table wholeRecentTitle) ———
describe('78b4556 a recents or released panel titled in other words, its count written otherwise (dom/table wholeRecentTitle)', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const line = (l: string, v: string) => `<div class="ln"><span class="l">${l}</span><span class="v">${v}</span></div>`;
  const card = (id: string, exp: string) => `<div class="c"><div class="hd">web</div>${line('实例ID', id)}${line('付费方式', '包年包月')}${line('到期时间', exp)}</div>`;
  const ids = (app: string) => readApp(app, url)?.facts.servers?.map((s) => s.id) ?? null;
  const panel = (title: string) =>
    `<div class="side-panel"><div class="panel-title">${title}</div><div class="panel-body">${card('i-bp1aaaaaaaaaaaaaa08', '2026-01-01')}${card('i-bp1aaaaaaaaaaaaaa09', '2026-02-02')}</div></div>`;
  const list = `<div class="list"><h2>实例列表</h2>${card('i-bp1aaaaaaaaaaaaaa01', '2027-01-01')}${card('i-bp1aaaaaaaaaaaaaa02', '2027-02-02')}</div>`;
  const two = ['i-bp1aaaaaaaaaaaaaa01', 'i-bp1aaaaaaaaaaaaaa02'];
  it.each(['最近 · 2', 'Released · 2', '最近（2 个）', 'Recent 2', '最近释放', '已释放的实例', '最近删除', '已销毁', 'Deleted', 'History', '历史'])(
    'the ECS card view with a panel "%s" after the list: the list\'s two (four before: invented)',
    (t) => expect(ids(list + panel(t))).toEqual(two),
  );
  const durl = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const table = (rows: Array<[string, string, string]>) =>
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>' +
    rows.map(([d, h, e]) => `<tr><td><a>${d}</a></td><td>正常</td><td>${h}</td><td>${e}</td></tr>`).join('') + '</tbody></table>';
  const dlist = `<div class="next-table">${table([['r53-a.com', '林和', '2027-02-14'], ['r53-b.shop', '林小雨', '2027-06-30']])}</div>`;
  const recent = table([['old-c.cn', '王五', '2026-01-01'], ['old-d.net', '赵六', '2026-02-02']]);
  const dcard = (title: string, inner: string) => `<div class="card"><div class="card-title">${title}</div><div class="card-body">${inner}</div></div>`;
  const domains = (body: string) => readApp(body, durl)?.facts.domains?.map((d) => d.domain);
  it.each(['最近 2 条', 'Recent 2', '历史记录', 'Recent domains'])('the domain list after a card "%s" of other domains: the list (the card\'s before: invented)', (t) => {
    expect(domains(dcard(t, recent) + dlist)).toEqual(['r53-a.com', 'r53-b.shop']);
  });
  it('guard: a title ending with a figure of its own words (Top 10 域名 is none of the list) — the list titled 域名列表 / All domains is read', () => {
    expect(domains(dcard('域名列表', dlist))).toEqual(['r53-a.com', 'r53-b.shop']);
    expect(domains(dcard('All domains 2', dlist))).toEqual(['r53-a.com', 'r53-b.shop']);
  });
});

// ——— a45c649 a status with its countdown in one tag (shared/text-values withoutStatusNote) ———
describe('a45c649 a status and its countdown in one tag, written otherwise (shared/text-values withoutStatusNote)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const H5 = 'css-1s3dcof';
  const list = (statusCell: string) =>
    `<div class="ant-table-wrapper ${H5}"><div class="ant-table ${H5}"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout:auto"><thead class="ant-table-thead"><tr>` +
    ['域名', '域名持有者', '域名状态', '到期日期', '操作'].map((h) => `<th class="ant-table-cell" scope="col">${h}</th>`).join('') +
    '</tr></thead><tbody class="ant-table-tbody"><tr data-row-key="longjing-lab.shop" class="ant-table-row ant-table-row-level-0">' +
    ['<a href="#/domain/detail/longjing-lab.shop">longjing-lab.shop</a>', `<div>杭州云栖茶事文化有限公司</div><div><span class="ant-tag ant-tag-success ${H5}">已实名认证</span></div>`, statusCell, '2026年9月10日',
      `<button type="button" class="ant-btn ${H5} ant-btn-link ant-btn-sm"><span>赎回</span></button>`].map((c) => `<td class="ant-table-cell">${c}</td>`).join('') +
    '</tr></tbody></table></div></div></div></div>';
  const badge = (text: string) =>
    `<span class="ant-badge ant-badge-status ant-badge-not-a-wrapper ${H5}"><span class="ant-badge-status-dot ant-badge-status-error"></span><span class="ant-badge-status-text">${text}</span></span>`;
  const status = (text: string) => read(list(badge(text)), url)?.facts.domains?.[0]?.status;

  it.each([
    ['赎回期 · 剩余10天', '赎回期'],
    ['赎回期 还有10天', '赎回期'],
    ['赎回期 距删除 10 天', '赎回期'],
    ['赎回期 剩余 10 天 23 小时', '赎回期'],
    ['赎回期 剩余10个工作日', '赎回期'],
    ['赎回期 剩余10天 请尽快赎回', '赎回期'],
    ['Redemption period 10 days left', 'Redemption period'],
    ['Pending delete in 5 days', 'Pending delete'],
  ])('"%s": the status %s (missing or with its note before)', (text, want) => {
    expect(status(text)).toEqual([want]);
  });

  it('guard: 已过期 89 天, 3天后进入赎回期 and 剩余10天 alone stay notes; 赎回期 剩余10天 gives 赎回期', () => {
    expect(status('已过期 89 天')).toBeUndefined();
    expect(status('3天后进入赎回期')).toBeUndefined();
    expect(status('剩余10天')).toBeUndefined();
    expect(status('赎回期 剩余10天')).toEqual(['赎回期']);
  });
});

// ——— 193050e / f040d78 a private instance IP and a public address elsewhere (tencent cvm-instance-detail privateSaysNone) ———
describe('f040d78 a public address in another card of the detail page (tencent cvm-instance-detail privateSaysNone)', () => {
  const url = 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-7q2kd9rx';
  const item = (l: string, v: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form__text">${v}</div></div></li>`;
  const card = (title: string, items: string) => `<div class="tea-card"><div class="tea-card__header"><h3>${title}</h3></div><div class="tea-card__body"><ul class="tea-form">${items}</ul></div></div>`;
  const info = (extra = '') => card('Instance Information', item('Instance ID', 'ins-7q2kd9rx') + item('Region', 'South China (Guangzhou)') + item('Primary Private IPv4', '172.16.16.42') + extra);
  const mbps = (body: string) => read(body, url, 'en')?.facts.servers?.[0]?.publicBandwidthMbps;

  it('Public IPv4 Address 43.139.218.57 in a Network card with a 20 Mbps cap: 20 (invented before: 0)', () => {
    expect(mbps(info() + card('Network Information', item('Public IPv4 Address', '43.139.218.57') + item('Bandwidth Cap', '20 Mbps')))).toBe(20);
    expect(mbps(info(item('Bandwidth Cap', '20 Mbps')) + card('Network', item('Elastic IP', '43.139.218.57')))).toBe(20);
  });

  it('guard: a login record\'s address and a security group\'s range in other cards: still 0', () => {
    const other = card('Login Records', item('Last login IP', '43.139.1.2')) + '<div class="tea-card"><h3>Security Group Rules</h3><table><tr><th>Source</th><th>Port</th></tr><tr><td>0.0.0.0/0</td><td>TCP:22</td></tr></table></div>';
    expect(mbps(info(item('Bandwidth Cap', '-')) + other)).toBe(0);
  });
});

// ——— 70a003c / ff3ccc9 the Lighthouse list's plan column and the mode above the date (tencent/lighthouse-instance-list) ———
describe('70a003c / ff3ccc9 the Lighthouse list: the plan column in other words, a pay-as-you-go mode above the date', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/index';
  const table = (configHeader: string, expiryCell: string) =>
    '<div class="tea-table"><table><thead><tr><th>ID/名称</th><th>状态</th><th>地域和可用区</th>' +
    `<th>${configHeader}</th><th>IP地址</th><th>到期时间</th></tr></thead><tbody>` +
    '<tr><td><p><a>lhins-2m8c5kqa</a></p><p>shop-main</p></td><td>运行中</td><td><p>广州</p><p>广州六区</p></td>' +
    `<td><p>通用型 2核 4GB 6Mbps</p><p>系统盘：60GB SSD云硬盘</p></td><td><p>119.29.77.203 (公)</p></td><td>${expiryCell}</td></tr></tbody></table></div>`;
  const server = { id: 'lhins-2m8c5kqa', provider: 'tencent', product: 'lighthouse', region: 'ap-guangzhou' };

  it.each(['套餐配置', '规格', 'Plan', 'Specification'])('the plan column headed %s: its 6 Mbps (missing before)', (h) => {
    expect(read(table(h, '<p>包年包月</p><p>2027-05-20 14:31:08到期</p>'), url)?.facts.servers).toEqual([{ ...server, billing: 'subscription', expiresAt: '2027-05-20', publicBandwidthMbps: 6 }]);
  });

  it('"按量计费 / 2026-05-20 14:31:08 创建" in the 到期时间 cell: pay-as-you-go, no expiry (invented before: the creation as the expiry)', () => {
    expect(read(table('实例套餐', '<p>按量计费</p><p>2026-05-20 14:31:08 创建</p>'), url)?.facts.servers).toEqual([{ ...server, billing: 'payg', publicBandwidthMbps: 6 }]);
  });
});

// ——— c6dd451 a countdown in Han units after a Latin verb (dom/parse-date OTHER_EVENT_AFTER) ———
describe('c6dd451 a release countdown in Han units with 个, months or working days (dom/parse-date OTHER_EVENT_AFTER)', () => {
  it.each(['2027-02-14 Released in 3 个月', '2027-02-14 Released in 3 工作日', '2027-02-14 Released in 3 个工作日', '2027-02-14 Deleted in 2 个星期'])('"%s": the date is the expiry (missing before)', (text) => {
    expect(expiryDate(text)).toBe('2027-02-14');
  });

  it('guard: "Released in 3 天" still the expiry; the release\'s own date after it is not read as the expiry', () => {
    expect(expiryDate('2027-02-14 Released in 3 天')).toBe('2027-02-14');
    expect(expiryDate('2027-02-14 Released on 2027-02-21')).toBe('2027-02-14');
  });
});

// ——— 9061506 the detail's expiry field holding two dates (tencent cvm-instance-detail fieldExpiry) ———
describe('9061506 an expiry field whose first date is another event\'s (tencent cvm-instance-detail fieldExpiry)', () => {
  const url = 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-7q2kd9rx';
  const item = (l: string, v: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form__text">${v}</div></div></li>`;
  const detail = (expiry: string) =>
    '<div class="tea-card"><div class="tea-card__body"><ul class="tea-form">' + item('Instance ID', 'ins-7q2kd9rx') + item('Region', 'South China (Guangzhou)') +
    item('Billing Mode', 'Monthly Subscription') + item('Expiration Time', expiry) + '</ul></div></div>';
  const expiresAt = (expiry: string) => read(detail(expiry), url, 'en')?.facts.servers?.[0]?.expiresAt;

  it.each(['Purchased at 2026-03-09 10:00:00, expires at 2027-03-09 10:00:00', 'Renewed on 2026-05-01, expires on 2027-03-09', '续费于 2026-05-01，到期于 2027-03-09', '购买时间 2026-03-09 到期时间 2027-03-09'])(
    '"%s": 2027-03-09 (invented before: the first date)',
    (text) => expect(expiresAt(text)).toBe('2027-03-09'),
  );

  it('guard: one date, a renewal to come: the field\'s own expiry; the creation alone: none', () => {
    expect(expiresAt('2027-03-09 23:59:59')).toBe('2027-03-09');
    expect(expiresAt('2027-03-09 (after renewal: expires on 2028-03-09)')).toBe('2027-03-09');
    expect(expiresAt('Created at 2026-03-09 10:00:00')).toBeUndefined();
  });
});

// ——— 929ca7a a status tag with its EPP code (tencent/values isDomainStatusWord) ———
describe('929ca7a a status and its EPP code set apart by a slash or a space, and other status words (tencent/values isDomainStatusWord)', () => {
  const listStatusOf = (tag: string) =>
    read(
      '<table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>到期时间</th></tr></thead><tbody>' +
        `<tr><td>lanshan.cn</td><td><span class="tea-tag tea-tag--error">${tag}</span></td><td>已实名认证</td><td>2026-12-28 09:02:11</td></tr></tbody></table>`,
      'https://console.cloud.tencent.com/domain/all-domain/all',
    )?.facts.domains?.[0]?.status;

  it.each(['赎回期 / redemptionPeriod', '赎回期 redemptionPeriod', '待删除 pendingDelete', 'redemptionPeriod 赎回期', 'Pending Delete (pendingDelete)', 'Auto-Renew Grace Period', '注册局锁定'])(
    '"%s": kept (missing before: the tag dropped whole)',
    (tag) => expect(listStatusOf(tag)).toEqual([tag]),
  );

  it('guard: a word and a code neither of which is known stays no status (Inactive (no DNS))', () => {
    expect(listStatusOf('Inactive (no DNS)')).toBeUndefined();
  });
});

// ——— 38e0098 an authorization code's used words (rules/labels/tencent.json values.codeStatus) ———
describe('38e0098 the used words inside words saying the opposite (tencent/values codeStatusFromText)', () => {
  it.each(['Unconsumed', 'Unredeemed', 'To be redeemed', 'Can be redeemed', '未核销', '待核销', '未被使用'])('%s: unused (invented before: used, or none)', (t) => {
    expect(codeStatusFromText(t)).toBe('unused');
  });

  it('guard: 已核销, 已被使用, Consumed, Redeemed stay used; Pending redemption none', () => {
    for (const t of ['已核销', '已被使用', 'Consumed', 'Redeemed']) expect(codeStatusFromText(t), t).toBe('used');
    expect(codeStatusFromText('Pending redemption')).toBeUndefined();
  });
});

// ——— 8d22ec7 a field's rule under the name, hashed classes (dom/units FIELD_RULE) ———
describe('8d22ec7 a field\'s rule under the entity\'s or the website\'s name in other words (dom/units FIELD_RULE)', () => {
  const tcSite = 'https://console.cloud.tencent.com/beian/manage/process/30173440149913160/website';
  const tcEntity = 'https://console.cloud.tencent.com/beian/manage/process/30173440149913160/entity';
  const teaItem = (label: string, value: string) =>
    `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
  const hashedItem = (label: string, value: string, extra: string) =>
    `<div class="x9f2a"><div class="k3d8e">${label}</div><div class="q7c1b"><input value="${value}"><div class="m4e0c">${extra}</div></div></div>`;
  const entityName = (extra: string) => read(`<h2>填写主体信息</h2><div class="tea-form">${hashedItem('主办单位名称', '成都蜀锦云图科技有限公司', extra)}</div>`, tcEntity)?.facts.entity?.name;
  const siteName = (extra: string) =>
    read(`<h2>填写网站信息</h2><div class="tea-form">${hashedItem('网站名称', '青禾影视作品展示', extra)}${teaItem('网站域名', 'qhfilm.cn')}</div>`, tcSite)?.facts.websites?.[0]?.name;

  it.each(['填写营业执照上的单位全称', '以营业执照为准', '名称以证件为准', 'Consistent with the business license', 'Enter the full name on the business license'])(
    'the rule "%s" under the entity\'s name is help (invented before: glued to the name)',
    (rule) => expect(entityName(rule)).toBe('成都蜀锦云图科技有限公司'),
  );

  it.each(['4-20个字符', '不超过20个字', 'Do not use the domain name as the website name', 'No pure numbers or letters'])(
    'the rule "%s" under the website\'s name is help (invented before: glued to the name)',
    (rule) => expect(siteName(rule)).toBe('青禾影视作品展示'),
  );

  it('guard: names shown as text that open like a rule\'s words are read whole', () => {
    expect(read(`<h2>填写网站信息</h2><ul class="tea-form">${teaItem('网站名称', '以诚为本茶叶商城')}${teaItem('网站域名', 'qhfilm.cn')}</ul>`, tcSite)?.facts.websites?.[0]?.name).toBe('以诚为本茶叶商城');
    expect(read(`<h2>填写网站信息</h2><ul class="tea-form">${teaItem('网站名称', 'Don\'t Panic 读书笔记')}${teaItem('网站域名', 'qhfilm.cn')}</ul>`, tcSite)?.facts.websites?.[0]?.name).toBe('Don\'t Panic 读书笔记');
  });
});

// ——— d60f204 a card headed by a former word, a colon and the former entity's name (aliyun/beian-form withFirstLineFormerTitles) ———
describe('d60f204 a former entity\'s card head written otherwise (aliyun/beian-form FORMER_NAME_AFTER_COLON)', () => {
  const f = 'test/fixtures/beian-entity/zh-confirm-all-sections';
  const html = readFileSync(`${f}.html`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${f}.json`, 'utf8')) as { url: string };
  const entity = (h: string) => readPage(htmlToDocument(h, url), new URL(url))?.facts.entity;
  const headed = (title: string) =>
    html.replace('<h3>主体信息</h3><dl>', `<div class="card"><div class="hd">${title}</div><div class="bd"><dl>`).replace('</dl>\n<h3>网站信息', '</dl></div></div>\n<h3>网站信息');

  it.each(['原单位：杭州58同城网络有限公司', '原单位：杭州某某网络有限公司（已注销）', 'Before change: 杭州某某网络有限公司', 'Formerly known as: 杭州某某网络有限公司'])(
    '"%s": the card\'s entity is no current entity (invented before)',
    (title) => {
      expect(headed(title)).toContain(`<div class="hd">${title}</div>`);
      expect(entity(headed(title))).toBeUndefined();
    },
  );

  it('guard: the card headed by the name alone is read', () => {
    expect(entity(headed('杭州某某网络有限公司'))).toMatchObject({ type: 'organization', idNumber: '9133**********001X' });
  });
});

describe('9061506 follow-up: a renewal\'s preview "续费 1 年后到期时间：…" (dom/event-to-come COUNTDOWN_END) and one date kept as expiryDate reads it', () => {
  const url = 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-7q2kd9rx';
  const item = (l: string, v: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form__text">${v}</div></div></li>`;
  const expiresAt = (expiry: string) =>
    read('<div class="tea-card"><div class="tea-card__body"><ul class="tea-form">' + item('实例ID', 'ins-7q2kd9rx') + item('地域', '广州') + item('计费模式', '包年包月') + item('到期时间', expiry) + '</ul></div></div>', url)
      ?.facts.servers?.[0]?.expiresAt;

  it('"续费 1 年后到期时间：2028-03-05" names the renewal\'s date, no expiry (invented before)', () => {
    expect(expiryInText('续费 1 年后到期时间：2028-03-05')).toBeUndefined();
    expect(expiresAt('2027-03-05 15:20:11（不变） 续费 1 年后到期时间：2028-03-05')).toBe('2027-03-05');
  });

  it('guard: "释放时间 2027-12-20 到期释放" gives none; "2027-03-05 到期（7 天后到期）" the date', () => {
    expect(expiresAt('释放时间 2027-12-20 到期释放')).toBeUndefined();
    expect(expiryInText('2027-03-05 到期（7 天后到期）')).toBe('2027-03-05');
  });
});
