import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Second review of session 49's fixes (session 50): each fix's situation written a little differently — too narrow (still
 * invents or misses) or too broad (an ordinary page loses a fact). Each test here failed before its fix; guards pass both
 * ways. test/fixtures-unseen/README.md "Second review of session 49's fixes, session 50".
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

// ——— b99b874 the service-number count header (aliyun/beian-service-numbers usedFigure) ———
const SN_URL = 'https://beian.console.aliyun.com/#/serviceCode/list';
const snCell = (html: string) => `<td class="next-table-cell" role="gridcell"><div class="next-table-cell-wrapper">${html}</div></td>`;
const snList = (heads: string[], rows: string[][]) =>
  '<div class="next-table next-table-medium" role="table"><div class="next-table-inner"><table role="grid"><thead class="next-table-header"><tr role="row">' +
  heads.map((h) => `<th class="next-table-header-node" role="columnheader"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
  '</tr></thead><tbody class="next-table-body">' +
  rows.map((r) => `<tr class="next-table-row" role="row">${r.map(snCell).join('')}</tr>`).join('') +
  '</tbody></table></div></div><div class="next-pagination"><span class="next-pagination-total">共 2 条</span></div>';
const ECS = '<div><a href="#">i-bp1c4xw2k9q8m7n6v5zt</a></div><div class="text-secondary">yunqi-api-02</div>';
const SWAS = '<div><a href="#">7c3e9f1a2b4d4e6f8a0b1c2d3e4f5a6b</a></div><div class="text-secondary">yunqi-web-01</div>';
const APPLY = '<button type="button" class="next-btn next-btn-text">申请备案服务号</button>';
const snHeads = (count: string) => ['实例ID/名称', '产品类型', '地域', count, '操作'];
const snRows = (a: string, b: string) => [
  [ECS, '云服务器ECS', '华东1（杭州）', a, APPLY],
  [SWAS, '轻量应用服务器', '华东2（上海）', b, APPLY],
];
const snServers = (used?: [number, number]) => [
  { id: 'i-bp1c4xw2k9q8m7n6v5zt', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', ...(used ? { serviceNumbersUsed: used[0] } : {}) },
  { id: '7c3e9f1a2b4d4e6f8a0b1c2d3e4f5a6b', provider: 'aliyun', product: 'swas', region: 'cn-shanghai', ...(used ? { serviceNumbersUsed: used[1] } : {}) },
];
const snRead = (count: string, a: string, b: string) => read(snList(snHeads(count), snRows(a, b)), SN_URL)?.facts.servers;

describe('b99b874 a count header naming its figures, in other orders and words (aliyun/beian-service-numbers usedFigure)', () => {
  it('总数/剩余/已使用 over "5 / 3 / 2": the third figure (invented before: 5, the total)', () => {
    expect(snRead('总数/剩余/已使用', '5 / 3 / 2', '5 / 5 / 0')).toEqual(snServers([2, 0]));
  });

  it('剩余/已使用/总数 over "3 / 2 / 5": the second figure (invented before: 3, the remaining)', () => {
    expect(snRead('剩余/已使用/总数', '3 / 2 / 5', '5 / 0 / 5')).toEqual(snServers([2, 0]));
  });

  it('Total/Available/Used, and 备案服务号（总数/剩余/已使用） in the number\'s bracket: the last figure (invented / missing before)', () => {
    expect(snRead('Total/Available/Used', '5/3/2', '5/5/0')).toEqual(snServers([2, 0]));
    expect(snRead('备案服务号（总数/剩余/已使用）', '5/3/2', '5/5/0')).toEqual(snServers([2, 0]));
  });

  it('已用数/总数 over "2 / 5", 已用数量 over "2": the used count (missing before: no count column known, no server read)', () => {
    expect(snRead('已用数/总数', '2 / 5', '0 / 5')).toEqual(snServers([2, 0]));
    expect(snRead('已用数量', '2', '0')).toEqual(snServers([2, 0]));
  });

  it('已用/上限 over "2 / 5": a limit is the total (missing before: no count column known, no server read)', () => {
    expect(snRead('已用/上限', '2 / 5', '0 / 5')).toEqual(snServers([2, 0]));
    expect(snRead('上限/已用', '5 / 2', '5 / 0')).toEqual(snServers([2, 0]));
  });

  it('a figure after the used one drawn with a word or a share — 总数/已使用 over "共5个/已用2个", Total/Used over "5/2 (40%)" (missing before)', () => {
    expect(snRead('总数/已使用', '共5个/已用2个', '共5个/已用0个')).toEqual(snServers([2, 0]));
    expect(snRead('Total/Used', '5/2 (40%)', '5/0 (0%)')).toEqual(snServers([2, 0]));
  });

  it('guard: 已使用/剩余/总数 over "2/3/5", Used/Total over "2/5 (40%)": the first figure', () => {
    expect(snRead('已使用/剩余/总数', '2/3/5', '0/5/5')).toEqual(snServers([2, 0]));
    expect(snRead('Used/Total', '2/5 (40%)', '0/5 (0%)')).toEqual(snServers([2, 0]));
  });

  it('a figure alone under 总数/剩余/已使用 names none of them: no count (invented before: 5)', () => {
    expect(snRead('总数/剩余/已使用', '5', '5')).toEqual(snServers());
  });
});

// ——— 87148e4 the region bar with 全部地域 chosen (tencent/common pickerRegion) ———
const LH_URL = 'https://console.cloud.tencent.com/lighthouse/instance/index';
const teaTable = (headers: string[], rows: string[][]) =>
  '<div class="tea-table"><table class="tea-table__box"><thead><tr>' +
  headers.map((h) => `<th><div class="tea-table__cell">${h}</div></th>`).join('') +
  '</tr></thead><tbody>' +
  rows.map((r) => '<tr>' + r.map((c) => `<td><div class="tea-table__cell">${c}</div></td>`).join('') + '</tr>').join('') +
  '</tbody></table></div>';
const lhTable = teaTable(
  ['ID/名称', '状态', '实例套餐', '计费模式'],
  [['<a href="#">lhins-usub5wwe</a><p>青禾官网</p>', '运行中', '<p>存储型 2核 4GB</p><p>峰值带宽：4Mbps</p>', '<p>包年包月</p><p>2027-09-13 10:11:12 到期</p>']],
);
const lhRegions = (body: string) => read(body, LH_URL)?.facts.servers?.map((s) => s.region);
/** Region tabs each a picker of its own (<li class="region-tab">) in a plain tab list, `active` marked is-active on its link. */
const ownTabs = (active: string) =>
  '<ul class="tea-tabs__tablist">' +
  ['全部地域', '广州', '上海', '北京'].map((r) => `<li class="region-tab"><a href="#" class="tea-tabs__tab${r === active ? ' is-active' : ''}">${r}</a></li>`).join('') +
  '</ul>';
const regionMenu = (mark: string) =>
  '<div class="tea-dropdown region-selector"><div class="tea-dropdown__header"><span class="tea-dropdown__value">上海</span></div>' +
  `<ul class="tea-dropdown__list"><li>广州</li><li${mark}>上海</li><li>北京</li></ul></div>`;

describe('87148e4 a region bar whose tabs are each a picker of their own (tencent/common pickerRegion)', () => {
  it('全部地域 chosen in a list of <li class="region-tab">: no region (invented before: ap-guangzhou, the first tab)', () => {
    expect(lhRegions(ownTabs('全部地域') + lhTable)).toEqual([undefined]);
  });

  it('上海 chosen there: ap-shanghai (invented before: ap-guangzhou)', () => {
    expect(lhRegions(ownTabs('上海') + lhTable)).toEqual(['ap-shanghai']);
  });

  it('a button group of <button class="region-btn">, 全部地域 chosen: no region (invented before: ap-guangzhou)', () => {
    const group = '<div class="tea-btn-group">' + ['全部地域', '广州', '上海'].map((r, i) => `<button class="tea-btn region-btn${i === 0 ? ' is-selected' : ''}">${r}</button>`).join('') + '</div>';
    expect(lhRegions(group + lhTable)).toEqual([undefined]);
  });

  it('a region dropdown showing 上海 over its open menu drawn as a plain list with no mark: ap-shanghai (missing since 87148e4)', () => {
    expect(lhRegions(regionMenu('') + lhTable)).toEqual(['ap-shanghai']);
  });

  it('guard: the open menu marking 上海 is-selected, and a tab bar with 全部地域 chosen beside a 更多 dropdown showing 成都', () => {
    expect(lhRegions(regionMenu(' class="is-selected"') + lhTable)).toEqual(['ap-shanghai']);
    const more =
      '<ul class="tea-tabs__tablist tea-tabs--region"><li><a class="tea-tabs__tab is-active">全部地域</a></li><li><a class="tea-tabs__tab">广州</a></li>' +
      '<li><a class="tea-tabs__tab">上海</a></li><li class="tea-dropdown"><span class="tea-dropdown__value">成都</span></li></ul>';
    expect(lhRegions(more + lhTable)).toEqual([undefined]);
  });
});

// ——— e2ae3fa a status tag with its EPP code in brackets (tencent/values isDomainStatusWord) ———
const TC_DOMAIN = 'https://console.cloud.tencent.com/domain/info/qingmu-net.cn';
const teaItem = (label: string, value: string) =>
  `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
const domainInfo = (tag: string) =>
  '<div class="tea-card"><div class="tea-card__header"><h3>基本信息</h3></div><div class="tea-card__body"><ul class="tea-form">' +
  teaItem('域名', 'qingmu-net.cn') + teaItem('注册商', '腾讯云计算（北京）有限责任公司') + teaItem('到期时间', '2027-11-30 10:22:31') +
  teaItem('域名状态', `<span class="tea-tag tea-tag--error">${tag}</span>`) + '</ul></div></div>';
const statusOf = (tag: string) => read(domainInfo(tag), TC_DOMAIN)?.facts.domains?.[0]?.status;
const listStatusOf = (tag: string) =>
  read(
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>到期时间</th></tr></thead><tbody>' +
      `<tr><td>lanshan.cn</td><td><span class="tea-tag tea-tag--error">${tag}</span></td><td>已实名认证</td><td>2026-12-28 09:02:11</td></tr></tbody></table>`,
    'https://console.cloud.tencent.com/domain/all-domain/all',
  )?.facts.domains?.[0]?.status;

describe('e2ae3fa other registry statuses with a code, and the grace periods\' codes (tencent/values isDomainStatusWord)', () => {
  it('赎回期（redemptionPeriod） and a bare redemptionPeriod: kept (missing before: dropped whole, the redemption with it)', () => {
    expect(statusOf('赎回期（redemptionPeriod）')).toEqual(['赎回期(redemptionPeriod)']);
    expect(listStatusOf('redemptionPeriod')).toEqual(['redemptionPeriod']);
    expect(listStatusOf('宽限期（autoRenewPeriod）')).toEqual(['宽限期(autoRenewPeriod)']);
  });

  it('Registry Hold (serverHold), and 注册局暂停解析[serverHold] in square brackets: kept (missing before)', () => {
    expect(listStatusOf('Registry Hold (serverHold)')).toEqual(['Registry Hold (serverHold)']);
    expect(statusOf('注册局暂停解析[serverHold]')).toEqual(['注册局暂停解析[serverHold]']);
  });

  it('guard: 待删除（pendingDelete）, 注册商暂停解析（clientHold） kept; 锁定（安全锁）, 已过期（30天） stay no status', () => {
    expect(statusOf('待删除（pendingDelete）')).toEqual(['待删除(pendingDelete)']);
    expect(statusOf('注册商暂停解析（clientHold）')).toEqual(['注册商暂停解析(clientHold)']);
    expect(statusOf('锁定（安全锁）')).toBeUndefined();
    expect(statusOf('已过期（30天）')).toBeUndefined();
  });
});

// ——— e2ae3fa Primary Private IPv4 as the instance IP (tencent cvm-instance-detail, lighthouse-instance-list) ———
const CVM_EN = 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-7q2kd9rx';
const cvmDetailEn = (pubLabel: string, publicIp: string, cap: string) =>
  '<div class="tea-card"><div class="tea-card__body"><ul class="tea-form">' +
  teaItem('Instance ID', 'ins-7q2kd9rx') + teaItem('Region', 'South China (Guangzhou)') + teaItem('Billing Mode', 'Pay-as-you-go') + teaItem('Creation Time', '2026-11-29 16:40:12') +
  teaItem('Primary Private IPv4', '172.16.16.42') + teaItem(pubLabel, publicIp) + teaItem('Network Billing Mode', 'Bill by traffic') + teaItem('Bandwidth Cap', cap) +
  '</ul></div></div>';
const cvmBandwidth = (pubLabel: string, publicIp: string, cap: string) => read(cvmDetailEn(pubLabel, publicIp, cap), CVM_EN, 'en')?.facts.servers?.[0]?.publicBandwidthMbps;
const LH_EN = 'https://console.tencentcloud.com/lighthouse/instance/index';
const lhCard = (id: string, pubLabel: string) =>
  `<div class="tea-card"><div class="tea-card__header"><h3>${id}</h3></div><div class="tea-card__body"><div class="tea-form">` +
  teaItem('Instance ID', id) + teaItem('Region', 'Shanghai') + teaItem('Primary Private IPv4', '10.0.0.8') + teaItem(pubLabel, '101.35.218.77') +
  teaItem('Package', '2-core 4GB 6Mbps') + teaItem('Expiration Time', '2027-03-20 10:00:00') + '</div></div></div>';

describe('e2ae3fa a private address beside a public one under a label no list knows (tencent privateSaysNone)', () => {
  it('CVM detail: Public IPv4 Address / Primary Public IP 43.139.218.57 with a 20 Mbps cap gives 20 (invented before: 0)', () => {
    expect(cvmBandwidth('Public IPv4 Address', '43.139.218.57', '20 Mbps')).toBe(20);
    expect(cvmBandwidth('Primary Public IP', '43.139.218.57', '20 Mbps')).toBe(20);
  });

  it('Lighthouse cards: Public IPv4 Address beside Primary Private IPv4 keep the plan\'s 6 Mbps (invented before: 0)', () => {
    const got = read(lhCard('lhins-abcd1234', 'Public IPv4 Address') + lhCard('lhins-efgh5678', 'Public IPv4 Address'), LH_EN, 'en')?.facts.servers;
    expect(got?.map((s) => s.publicBandwidthMbps)).toEqual([6, 6]);
  });

  it('guard: a private IP alone in the form, a security group\'s 0.0.0.0/0 and a login record\'s address elsewhere on the page: still 0', () => {
    const form =
      '<div class="tea-card"><div class="tea-card__body"><ul class="tea-form">' + teaItem('Instance ID', 'ins-7q2kd9rx') + teaItem('Region', 'South China (Guangzhou)') +
      teaItem('Primary Private IPv4', '172.16.16.42') + teaItem('Bandwidth Cap', '-') + '</ul></div></div>';
    const elsewhere = '<div class="tea-card"><h3>Security Group Rules</h3><table><tr><th>Source</th><th>Port</th></tr><tr><td>0.0.0.0/0</td><td>TCP:22</td></tr></table></div><div class="login">Last login IP 43.139.1.2</div>';
    expect(read(form + elsewhere, CVM_EN, 'en')?.facts.servers?.[0]?.publicBandwidthMbps).toBe(0);
  });

  it('guard: Primary Public IPv4 "-" with a cap "-" still gives 0, and the round\'s labels 20', () => {
    expect(cvmBandwidth('Primary Public IPv4', '-', '-')).toBe(0);
    expect(cvmBandwidth('Primary Public IPv4', '43.139.218.57', '20 Mbps')).toBe(20);
  });
});

// ——— 5c15e82 server.authorization-code code-used: the code list's status in other words (tencent/values codeStatusFromText) ———
const AUTHCODE_URL = 'https://console.cloud.tencent.com/beian/authcode';
const codeTable = (statuses: string[], target = (i: number) => `10003333444${i}`) =>
  '<h2>备案授权码</h2><table class="tea-table"><thead><tr><th>备案授权码</th><th>关联的云服务</th><th>授权使用账户</th><th>状态</th><th>生成时间</th></tr></thead><tbody>' +
  statuses.map((st, i) => `<tr><td>BA2P4R6T8V0X2Z4${'BCDEFGH'[i]}</td><td>云服务器 ins-gz8r0t2v（广州 | 119.29.30.41）</td><td>${target(i)}</td><td>${st}</td><td>2026-10-08 16:40:12</td></tr>`).join('') +
  '</tbody></table>';
const codesOf = (statuses: string[], target?: (i: number) => string) => read(codeTable(statuses, target), AUTHCODE_URL)?.facts.servers?.[0]?.authorizationCodes;

describe('5c15e82 a used code in other words on the code list (rules/labels/tencent.json codeStatus.used)', () => {
  it('已被使用, 已用, 已核销, Consumed, Redeemed: used (missing before: no status, the code-used check passed the code)', () => {
    expect(codesOf(['已被使用', '已用', '已核销', 'Consumed', 'Redeemed'])?.map((c) => c.status ?? null)).toEqual(['used', 'used', 'used', 'used', 'used']);
  });

  it('guard: 未使用, 使用中, Not used, Unused keep their status; a masked account gives no target', () => {
    expect(codesOf(['未使用', '使用中', 'Not used', 'Unused'])?.map((c) => c.status ?? null)).toEqual(['unused', 'in-use', 'unused', 'unused']);
    expect(codesOf(['未使用'], () => '1000****4440')?.[0]?.targetAccount).toBeUndefined();
  });
});

// ——— 31cda17 FIELD_RULE one clause, RULES_LINK 网站命名规则 (dom/units) ———
const TC_SITE = 'https://console.cloud.tencent.com/beian/manage/process/30173440149913160/website';
const TC_ENTITY = 'https://console.cloud.tencent.com/beian/manage/process/30173440149913160/entity';
/** A tea form item with its classes hashed (the help line's box says nothing), an input and a line under it. */
const hashedItem = (label: string, value: string, extra: string) =>
  `<div class="x9f2a"><div class="k3d8e">${label}</div><div class="q7c1b"><input value="${value}"><div class="m4e0c">${extra}</div></div></div>`;
const siteName = (extra: string) =>
  read(`<h2>填写网站信息</h2><div class="tea-form">${hashedItem('网站名称', '青禾影视作品展示', extra)}${teaItem('网站域名', 'qhfilm.cn')}</div>`, TC_SITE)?.facts.websites?.[0]?.name;
const entityName = (extra: string) => read(`<h2>填写主体信息</h2><div class="tea-form">${hashedItem('主办单位名称', '成都蜀锦云图科技有限公司', extra)}</div>`, TC_ENTITY)?.facts.entity?.name;

describe('31cda17 a field\'s rule alone in one clause, and a rules link, in other words (dom/units FIELD_RULE, RULES_LINK)', () => {
  it.each([
    '主办单位名称需与营业执照一致',
    '单位名称应与营业执照一致',
    '与营业执照上的名称一致',
    '需和营业执照上的名称一致',
    '须同营业执照一致',
    '请确保与营业执照一致',
    '需与营业执照上的单位名称及证件号码完全一致。',
    'Same as on the business license',
  ])('the rule "%s" under the entity\'s name is help (invented before: glued to the name)', (rule) => {
    expect(entityName(rule)).toBe('成都蜀锦云图科技有限公司');
  });

  it.each(['备案命名规则', '网站名称规范', '网站名称要求', '命名规则说明', '如何命名', 'Website naming rules'])('the link "%s" after the website\'s name is help (invented before: glued to the name)', (link) => {
    expect(siteName(`<a href="#">${link}</a>`)).toBe('青禾影视作品展示');
  });

  it('guard: names that look like a rule keep their words — 需与营业执照一致的名称, 同心一致, 须与时俱进工作室, 命名规则研究社 shown as text', () => {
    for (const v of ['需与营业执照一致的名称', '同心一致', '须与时俱进工作室', '命名规则研究社', '网站命名规则']) {
      const got = read(`<h2>填写网站信息</h2><div class="tea-form">${teaItem('网站名称', v)}${teaItem('网站域名', 'qhfilm.cn')}</div>`, TC_SITE)?.facts.websites?.[0]?.name;
      expect(got, v).toBe(v);
    }
  });
});

// ——— 5944d09 / cb66da5 an id shown as another resource's (shared/text-values idOfOtherResource) ———
const CVM_LIST = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const cardItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
const cardFields = (expiry: string) => cardItem('可用区', '广州三区') + cardItem('实例配置', '2核 4GB 5Mbps') + cardItem('实例计费模式', `包年包月<br>${expiry} 23:59:59到期`);
const insCard = (id: string, beforeId: string, fields: string) =>
  `<div class="ins-card"><div class="ins-card__head">${beforeId}<a class="ins-card__id">${id}</a></div><div class="tea-form">${fields}</div></div>`;
const cardServers = (html: string) => read(`<h2>实例</h2><div class="ins-cards">${html}</div>`, CVM_LIST)?.facts.servers?.map((s) => [s.id, s.expiresAt]);
const twoCards = [['ins-a1b2c3d4', '2027-03-01'], ['ins-z9y8x7w6', '2026-01-01']];

describe('5944d09 a card\'s own id after a name or line holding another resource\'s word (shared/text-values labelNamesResource)', () => {
  it.each([
    ['<span>web-clb-node-1</span>', '<span>web-clb-node-2</span>'],
    ['<span>镜像站</span>', '<span>镜像站-备</span>'],
    ['<span class="img">镜像 CentOS</span>', '<span class="img">镜像 Ubuntu</span>'],
    ['<span>负载均衡后端</span>', '<span>SLB 后端</span>'],
  ])('names %s / %s before the ids: both cards read (missing before: no server)', (a, b) => {
    expect(cardServers(insCard('ins-a1b2c3d4', a, cardFields('2027-03-01')) + insCard('ins-z9y8x7w6', b, cardFields('2026-01-01')))).toEqual(twoCards);
  });

  it.each([
    ['源实例', 'ins-q1w2e3r4 已释放'],
    ['Source instance', 'ins-q1w2e3r4 Released'],
    ['迁移自', 'ins-q1w2e3r4'],
    ['克隆自', 'ins-q1w2e3r4'],
    ['关联实例', 'ins-q1w2e3r4'],
    ['Cloned from', 'ins-q1w2e3r4'],
  ])('"%s %s" in a running card: the card keeps its own id (invented before: read as ins-q1w2e3r4)', (label, value) => {
    const live = insCard('ins-a1b2c3d4', '', cardFields('2027-03-01'));
    expect(cardServers(live + insCard('ins-z9y8x7w6', '', cardItem(label, value) + cardFields('2026-01-01')))).toEqual(twoCards);
  });

  it('guard: 原实例 / 原实例ID / Original Instance ID before another id still name another resource', () => {
    const live = insCard('ins-a1b2c3d4', '', cardFields('2027-03-01'));
    for (const label of ['原实例', '原实例ID', 'Original Instance ID']) {
      expect(cardServers(live + insCard('ins-z9y8x7w6', '', cardItem(label, 'ins-q1w2e3r4 已释放') + cardFields('2026-01-01'))), label).toEqual(twoCards);
    }
  });
});

// ——— 5a27f11 a Chinese day count is a note (shared/text-values isStatusNote, withoutStatusNote) ———
const ALI_DOMAINS = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
const H5 = 'css-1s3dcof';
const aliDomainList = (statusCell: string) =>
  `<div class="ant-table-wrapper ${H5}"><div class="ant-table ${H5}"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout:auto"><thead class="ant-table-thead"><tr>` +
  ['域名', '域名持有者', '域名状态', '到期日期', '操作'].map((h) => `<th class="ant-table-cell" scope="col">${h}</th>`).join('') +
  '</tr></thead><tbody class="ant-table-tbody"><tr data-row-key="longjing-lab.shop" class="ant-table-row ant-table-row-level-0">' +
  [
    '<a href="#/domain/detail/longjing-lab.shop">longjing-lab.shop</a>',
    `<div>杭州云栖茶事文化有限公司</div><div><span class="ant-tag ant-tag-success ${H5}">已实名认证</span></div>`,
    statusCell,
    '2026年9月10日',
    `<button type="button" class="ant-btn ${H5} ant-btn-link ant-btn-sm"><span>赎回</span></button>`,
  ]
    .map((c) => `<td class="ant-table-cell">${c}</td>`)
    .join('') +
  '</tr></tbody></table></div></div></div></div>';
const aliBadge = (text: string) =>
  `<span class="ant-badge ant-badge-status ant-badge-not-a-wrapper ${H5}"><span class="ant-badge-status-dot ant-badge-status-error"></span><span class="ant-badge-status-text">${text}</span></span>`;
const aliStatus = (text: string) => read(aliDomainList(aliBadge(text)), ALI_DOMAINS)?.facts.domains?.[0]?.status;

describe('5a27f11 a status with its countdown after a space (shared/text-values withoutStatusNote)', () => {
  it('赎回期 剩余10天, 急需续费 还剩 5 天, 赎回期 12天后删除 in one badge: the status (missing since 5a27f11: the badge taken for a note, the redemption lost)', () => {
    expect(aliStatus('赎回期 剩余10天')).toEqual(['赎回期']);
    expect(aliStatus('急需续费 还剩 5 天')).toEqual(['急需续费']);
    expect(aliStatus('赎回期 12天后删除')).toEqual(['赎回期']);
  });

  it('guard: 已过期 89 天 and 3天后进入赎回期 alone stay notes; 赎回期（剩余10天） gives 赎回期', () => {
    expect(aliStatus('已过期 89 天')).toBeUndefined();
    expect(aliStatus('3天后进入赎回期')).toBeUndefined();
    expect(aliStatus('赎回期（剩余10天）')).toEqual(['赎回期']);
  });
});

// ——— d9d8389 / a15b0ce the list drawn as one wins a tie of columns (dom/table pickBest showsRecords) ———
const VH_URL = 'https://netcn.console.aliyun.com/core/host/list2';
const vhCols = '<th>主机名</th><th>地域</th><th>到期时间</th>';
const vhCheck = '<th><input type="checkbox" aria-label="全选"></th>';
const vhRecent = `<table><thead><tr>${vhCols}</tr></thead><tbody><tr><td>bdm300000001</td><td>华北2（北京）</td><td>2026-12-30</td></tr></tbody></table>`;
const vhList = `<table><thead><tr>${vhCheck}${vhCols}</tr></thead><tbody><tr><td><input type="checkbox"></td><td>bdm308812345</td><td>华东1（杭州）</td><td>2027-02-28</td></tr></tbody></table>`;
const vhIds = (html: string) => read(html, VH_URL)?.facts.servers?.map((s) => s.id);

describe('d9d8389 an untitled table before a list drawn as one under a title of its own (dom/table pickBest showsRecords)', () => {
  it('the list under <h3>实例列表</h3>, or in a card titled 全部主机: the list\'s host (invented since d9d8389: the untitled table\'s bdm300000001)', () => {
    expect(vhIds(`<h2>云虚拟主机</h2>${vhRecent}<h3>实例列表</h3>${vhList}`)).toEqual(['bdm308812345']);
    expect(vhIds(`<h2>云虚拟主机</h2><h3>概览</h3>${vhRecent}<h3>主机列表</h3>${vhList}`)).toEqual(['bdm308812345']);
    expect(vhIds(`<h2>云虚拟主机</h2>${vhRecent}<div class="next-card"><div class="next-card-title">全部主机</div>${vhList}</div>`)).toEqual(['bdm308812345']);
  });

  it('guard: two lists under their own titles, the second empty with a selection column — the first is read (d9d8389)', () => {
    const empty = '<tr><td colspan="4"><div class="next-table-empty">没有数据</div></td></tr>';
    const titled = (title: string, head: string, rows: string) => `<h3 class="section-title">${title}</h3><table><thead><tr>${head}${vhCols}</tr></thead><tbody>${rows}</tbody></table>`;
    expect(vhIds(`<h2>云虚拟主机</h2>${titled('共享虚拟主机', '', '<tr><td>bdm308812345</td><td>华东1（杭州）</td><td>2027-02-28</td></tr>')}${titled('独享虚拟主机', vhCheck, empty)}`)).toEqual(['bdm308812345']);
  });
});
