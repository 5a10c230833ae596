import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { expiryDate } from '../../src/readers/dom/parse-date';

/**
 * What earlier sessions' reviews left open where a reader INVENTS a fact (test/fixtures-unseen/README.md "Left open, closed in
 * session 52"): each rebuilt as a small page in the consoles' markup, read by readPage in happy-dom, confirmed failing at
 * `main` (980a46aa); each fix's tests fail with its source reverted alone, guards pass both ways unless said.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));
const tea = (label: string, value: string) =>
  `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
const cvmDetailUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
const cvmDetail = (rows: string, lang?: string) =>
  read('<h2>实例详情</h2><ul class="tea-form">' + tea('实例ID', 'ins-4w6y8a0c') + tea('地域', '广州') + tea('实例计费模式', '包年包月') + rows + '</ul>', cvmDetailUrl, lang)?.facts.servers?.[0];
const ecsUrl = 'https://ecs.console.aliyun.com/server/i-bp1gapss34000001/detail?regionId=cn-hangzhou';
const infoRow = (l: string, v: string) => `<div class="next-row"><span class="info-item-label">${l}</span><span class="info-item-content">${v}</span></div>`;
const ecsDetail = (extra: string) =>
  read(`<h2>实例详情</h2><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}${infoRow('付费方式', '包年包月')}${extra}</div>`, ecsUrl)?.facts.servers?.[0];

// ---------------------------------------------------------------- 1. a period's start and end in one expiry field (dom/parse-date expiryDate; aliyun/server-values)

describe('1. a period shown as its start and its end in one 到期时间 field: the start is no expiry (dom/parse-date expiryDate PERIOD_START_BEFORE; aliyun/server-values BEFORE_OTHER)', () => {
  it.each([
    'Start Time 2026-01-01 End Time 2027-01-01',
    'Start 2026-01-01 End 2027-01-01',
    'Start: 2026-01-01 End: 2027-01-01',
    '开始时间 2026-01-01 结束时间 2027-01-01',
    '开始时间：2026-01-01 结束时间：2027-01-01',
    '<p>开始时间 2026-01-01</p><p>结束时间 2027-01-01</p>',
    '起始时间 2026-01-01 截止时间 2027-01-01',
  ])('the CVM detail\'s 到期时间 "%s": 2027-01-01 (invented before: the start)', (v) => {
    expect(cvmDetail(tea('到期时间', v))?.expiresAt).toBe('2027-01-01');
  });
  it('the ECS detail\'s 到期时间 "开始时间 … 结束时间 …": 2027-01-01 (invented before: the start)', () => {
    expect(ecsDetail(infoRow('到期时间', '开始时间 2026-01-01 结束时间 2027-01-01'))?.expiresAt).toBe('2027-01-01');
  });
  it.each([
    ['生效时间 2026-01-01 到期时间 2027-01-01', '2027-01-01'],
    ['Start 2026-03-09, expires 2027-03-09', '2027-03-09'],
    ['Start date: Jan 1, 2026 End date: Jan 1, 2027', '2027-01-01'],
    ['Effective 2026-01-01 Ends 2027-01-01', '2027-01-01'],
    ['2026-01-01 开始 2027-01-01 结束', '2027-01-01'],
    ['2026-01-01 生效 / 2027-01-01 到期', '2027-01-01'],
    ['Start Time 2026-01-01 ~ End Time 2027-01-01', '2027-01-01'],
  ])('expiryDate("%s"): the end (invented before: the start)', (t, end) => expect(expiryDate(t)).toBe(end));
  it.each(['开始时间 2026-01-01', 'Start Time 2026-01-01', '开始时间 2026-01-01 释放时间 2027-01-01', '2026-01-01 开始', '开始时间 2026-01-01 结束时间 2027-01-01 释放'])(
    'expiryDate("%s"): none — a start alone, or an end of another event (invented before: the start)',
    (t) => expect(expiryDate(t)).toBeUndefined(),
  );
  it('guard: one date, an expiry after its start, "Restarted …", a range, read as before', () => {
    expect(expiryDate('2027-01-01 23:59:59')).toBe('2027-01-01');
    expect(expiryDate('2027-01-01 到期 开始时间 2026-01-01')).toBe('2027-01-01');
    expect(expiryDate('Restarted 2026-02-02')).toBe('2026-02-02');
    expect(expiryDate('2026-01-03 起至 2027-01-03 止')).toBeUndefined();
    expect(cvmDetail(tea('到期时间', '2027-01-01 23:59:59'))?.expiresAt).toBe('2027-01-01');
    expect(ecsDetail(infoRow('到期时间', '2027-01-01 23:59:59'))?.expiresAt).toBe('2027-01-01');
  });
});

// ---------------------------------------------------------------- 6. 创建日期 X / 到期日期 Y in one Tencent cell (rules/labels/tencent.json values.expires / created)

describe('6. a Tencent billing cell "创建日期 X / 到期日期 Y": the expiry Y, the creation X (rules/labels/tencent.json values: 到期日期, 过期日期, 创建日期)', () => {
  const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const cvmList = (cell: string) =>
    `<table><thead><tr><th>ID/名称</th><th>地域</th><th>实例计费模式</th></tr></thead><tbody><tr><td><a>ins-a1b2c3d4</a></td><td>广州</td><td>${cell}</td></tr></tbody></table>`;
  const dates = (cell: string) => read(cvmList(cell), cvmListUrl)?.facts.servers?.map((s) => [s.expiresAt, s.createdAt])[0];
  it.each(['<p>包年包月</p><p>创建日期 2026-01-01</p><p>到期日期 2027-01-01</p>', '<p>包年包月</p><p>创建日期：2026-01-01</p><p>到期日期：2027-01-01</p>'])(
    'the CVM list cell "%s": expiry 2027-01-01 (invented before: 2026-01-01, the creation)',
    (cell) => expect(dates(cell)).toEqual(['2027-01-01', '2026-01-01']),
  );
  it('"包年包月 创建日期 2026-01-01 / 到期日期 2027-01-01" on one line: both (missing before)', () => {
    expect(dates('包年包月 创建日期 2026-01-01 / 到期日期 2027-01-01')).toEqual(['2027-01-01', '2026-01-01']);
  });
  it('variants: 创建日期：X / 到期日：Y in the CVM list cell; 创建日期 X / 到期日期 Y in the Lighthouse list\'s 到期时间 cell (invented before: X)', () => {
    expect(dates('<p>包年包月</p><p>创建日期：2026-01-01</p><p>到期日：2027-01-01</p>')?.[0]).toBe('2027-01-01');
    const lhList = (cell: string) =>
      '<div class="tea-table"><table><thead><tr><th>ID/名称</th><th>状态</th><th>地域和可用区</th><th>实例套餐</th><th>到期时间</th></tr></thead><tbody>' +
      `<tr><td><p><a>lhins-2m8c5kqa</a></p></td><td>运行中</td><td><p>广州</p></td><td><p>通用型 2核 4GB 6Mbps</p></td><td>${cell}</td></tr></tbody></table></div>`;
    expect(read(lhList('<p>包年包月</p><p>创建日期 2026-01-01</p><p>到期日期 2027-01-01</p>'), 'https://console.cloud.tencent.com/lighthouse/instance/index')?.facts.servers?.[0]?.expiresAt).toBe('2027-01-01');
    expect(expiryDate('创建时间 2026-01-01 到期时间 2027-01-01')).toBe('2027-01-01');
    expect(expiryDate('Created at 2026-01-01 Expires at 2027-01-01')).toBe('2027-01-01');
  });
  it('guard: "2027-01-01 到期 / 2026-01-01 创建" and 到期时间 / 创建时间 read as before', () => {
    expect(dates('<p>包年包月</p><p>2027-01-01 12:00:00到期</p><p>2026-01-01 12:00:00创建</p>')).toEqual(['2027-01-01', '2026-01-01']);
    expect(dates('<p>包年包月</p><p>创建时间 2026-01-01</p><p>到期时间 2027-01-01</p>')?.[0]).toBe('2027-01-01');
  });
});

// ---------------------------------------------------------------- 3. a mode to come named 变更为 / 切换为 / change to (shared/text-values withoutModeChange)

describe('3. a change of billing mode to come, "将于 … 变更为按量计费", is no mode now (shared/text-values withoutModeChange, CONVERSION_NOTE)', () => {
  const cvmBilling = (v: string) =>
    read('<h2>实例详情</h2><ul class="tea-form">' + tea('实例ID', 'ins-4w6y8a0c') + tea('地域', '广州') + tea('实例计费模式', v) + '</ul>', cvmDetailUrl)?.facts.servers?.[0]?.billing;
  const ecsBilling = (v: string) =>
    read(`<h2>实例详情</h2><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}${infoRow('付费方式', v)}</div>`, ecsUrl)?.facts.servers?.[0]?.billing;
  const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/index';
  const lhList = (cell: string) =>
    read(
      '<div class="tea-table"><table><thead><tr><th>ID/名称</th><th>状态</th><th>地域和可用区</th><th>实例套餐</th><th>到期时间</th></tr></thead><tbody>' +
        `<tr><td><p><a>lhins-2m8c5kqa</a></p><p>shop-main</p></td><td>运行中</td><td><p>广州</p><p>广州六区</p></td><td><p>通用型 2核 4GB 6Mbps</p></td><td>${cell}</td></tr></tbody></table></div>`,
      lhUrl,
    )?.facts.servers?.[0];
  it.each(['将于 2026-06-01 变更为按量计费', '变更为按量计费', 'Will change to pay-as-you-go on 2026-06-01', 'Changing to Pay-as-you-go'])('the CVM 实例计费模式 "%s": no billing (invented before: payg)', (v) => {
    expect(cvmBilling(v)).toBeUndefined();
  });
  it.each(['包年包月（将于 2026-06-01 变更为按量计费）', '包年包月 <span>将于 2026-06-01 变更为按量计费</span>'])('the CVM 实例计费模式 "%s": subscription (missing before)', (v) => {
    expect(cvmBilling(v)).toBe('subscription');
  });
  it('the ECS 付费方式 "将于 … 变更为按量付费" / "变更为按量付费": none (invented before: payg); with 包年包月 before its bracket: subscription', () => {
    expect(ecsBilling('将于 2026-06-01 变更为按量付费')).toBeUndefined();
    expect(ecsBilling('变更为按量付费')).toBeUndefined();
    expect(ecsBilling('包年包月（将于 2026-06-01 变更为按量付费）')).toBe('subscription');
  });
  it('the Lighthouse list\'s 到期时间 cell "变更为按量计费 / 2026-06-01 生效": no billing (invented before: payg)', () => {
    expect(lhList('<p>变更为按量计费</p><p>2026-06-01 00:00:00 生效</p>')?.billing).toBeUndefined();
  });
  it('guard (variant: made missing by the first form of the fix, mended): "按量计费 / 变更为包年包月（待支付）" stays pay-as-you-go', () => {
    const cvmList = (cell: string) =>
      `<table><thead><tr><th>ID/名称</th><th>地域</th><th>实例计费模式</th></tr></thead><tbody><tr><td><a>ins-a1b2c3d4</a></td><td>广州</td><td>${cell}</td></tr></tbody></table>`;
    expect(read(cvmList('<p>按量计费</p><p>变更为包年包月（待支付）</p>'), 'https://console.cloud.tencent.com/cvm/instance/index?rid=1')?.facts.servers?.[0]?.billing).toBe('payg');
  });
  it('guard: a change said done (已变更为按量计费; its bracket （已变更为按量计费）, missing before) is the mode now; plain modes as before', () => {
    expect(cvmBilling('已变更为按量计费')).toBe('payg');
    expect(cvmBilling('包年包月（已变更为按量计费）')).toBe('payg');
    expect(cvmBilling('按量计费')).toBe('payg');
    expect(ecsBilling('按量付费')).toBe('payg');
    expect(lhList('<p>包年包月</p><p>2026-06-01 00:00:00到期</p>')?.billing).toBe('subscription');
  });
});

// ---------------------------------------------------------------- 4. another instance's id in a card's note, "由 ins-… 克隆" (shared/text-values namedAsSource)

describe('4. a card\'s note naming the instance it was made from, "由 ins-… 克隆" (shared/text-values idOfOtherResource namedAsSource)', () => {
  const CVM_LIST = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const cardItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
  const cardFields = (expiry: string) => cardItem('可用区', '广州三区') + cardItem('实例配置', '2核 4GB 5Mbps') + cardItem('实例计费模式', `包年包月<br>${expiry} 23:59:59到期`);
  const insCard = (id: string, beforeId: string, fields: string) =>
    `<div class="ins-card"><div class="ins-card__head">${beforeId}<a class="ins-card__id">${id}</a></div><div class="tea-form">${fields}</div></div>`;
  const cardServers = (html: string) => read(`<h2>实例</h2><div class="ins-cards">${html}</div>`, CVM_LIST)?.facts.servers?.map((s) => [s.id, s.expiresAt]);
  const live = insCard('ins-a1b2c3d4', '', cardFields('2027-03-01'));
  const twoCards = [['ins-a1b2c3d4', '2027-03-01'], ['ins-z9y8x7w6', '2026-01-01']];
  it.each([
    ['备注', '由 ins-q1w2e3r4 克隆'],
    ['描述', '由 ins-q1w2e3r4 克隆'],
    ['备注', '从 ins-q1w2e3r4 克隆而来'],
    ['备注', 'ins-q1w2e3r4 的克隆'],
    ['备注', '由 ins-q1w2e3r4 迁移'],
    ['备注', '由 <a>ins-q1w2e3r4</a> 克隆'],
    ['备注', '基于 ins-q1w2e3r4 创建'],
    ['描述', 'Copy of ins-q1w2e3r4'],
    ['备注', '由实例 ins-q1w2e3r4 复制'],
    ['备注', '基于实例 ins-q1w2e3r4 的镜像创建'],
  ])('a running card\'s %s "%s": the card keeps its own id (invented before: read as ins-q1w2e3r4)', (label, note) => {
    expect(cardServers(live + insCard('ins-z9y8x7w6', '', cardItem(label, note) + cardFields('2026-01-01')))).toEqual(twoCards);
  });
  it('guard: 克隆自 / Cloned from as before; a name or a note with 克隆 / 由 and no other id keeps the card', () => {
    for (const note of ['克隆自 ins-q1w2e3r4', 'Cloned from ins-q1w2e3r4', '由运维创建'])
      expect(cardServers(live + insCard('ins-z9y8x7w6', '', cardItem('备注', note) + cardFields('2026-01-01'))), note).toEqual(twoCards);
    expect(cardServers(live + insCard('ins-z9y8x7w6', '<span>克隆测试机</span>', cardFields('2026-01-01')))).toEqual(twoCards);
  });
});

// ---------------------------------------------------------------- 2. a character counter split in pieces, hashed with no maxlength, in words (dom/units isInputCounter)

describe('2. a stale character counter beside an emptied 网站名称: split in pieces, hashed without maxlength, in words (dom/units isInputCounter counterAround)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=changeWebsite';
  const item = (label: string, control: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="${label}">${label}</label></div>` +
    `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;
  const websites = (nameControl: string) =>
    read(
      '<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">网站信息</div></div><div class="ant-card-body"><form class="ant-form ant-form-horizontal">' +
        item('网站名称', nameControl) + item('网站域名', '<input class="ant-input" type="text" value="qinglan-docs.cn">') + '</form></div></div>',
      url,
    )?.facts.websites;
  const fusion = (value: string, count: string) => `<span class="next-input next-medium"><input value="${value}"><span class="next-input-inner next-after"><span class="next-input-len">${count}</span></span></span>`;
  const hashed = (value: string, count: string) => `<div class="inp_x9"><input value="${value}"><span class="cnt_q2">${count}</span></div>`;
  it.each([
    ['Fusion\'s count in three spans', fusion('', '<span>7</span><span>/</span><span>50</span>')],
    ['Fusion\'s count, the slash in a span', fusion('', '7<span>/</span>50')],
    ['a hashed counter, no maxlength', hashed('', '7 / 50')],
    ['a hashed counter, no maxlength, no spaces', hashed('', '7/50')],
    ['a hashed counter, 12 / 100', hashed('', '12 / 100')],
    ['a hashed counter in spans', hashed('', '<span>7</span> / <span>50</span>')],
    ['a hashed counter in words', hashed('', '已用 7 / 共 50')],
  ])('%s beside the emptied field: no name (invented before: the count)', (_, control) => {
    expect(websites(control)).toEqual([{ domains: ['qinglan-docs.cn'] }]);
  });
  it('guard: a name typed in each gives the name, never the count', () => {
    expect(websites(fusion('青岚开发者文档', '<span>7</span><span>/</span><span>50</span>'))).toEqual([{ name: '青岚开发者文档', domains: ['qinglan-docs.cn'] }]);
    expect(websites(hashed('青岚开发者文档', '12 / 100'))).toEqual([{ name: '青岚开发者文档', domains: ['qinglan-docs.cn'] }]);
    expect(websites(hashed('青岚开发者文档', '<span>7</span>/<span>50</span>'))).toEqual([{ name: '青岚开发者文档', domains: ['qinglan-docs.cn'] }]);
  });
});

// ---------------------------------------------------------------- 5. 命名规范 / Naming rules as plain text beside the name (dom/units RULES_TEXT)

describe('5. a naming rule\'s link words shown as plain text, 命名规范 / View naming rules, beside the website\'s or the entity\'s name (dom/units RULES_TEXT)', () => {
  const tcSite = 'https://console.cloud.tencent.com/beian/manage/process/30173440149913160/website';
  const tcEntity = 'https://console.cloud.tencent.com/beian/manage/process/30173440149913160/entity';
  const hashedItem = (label: string, value: string, extra: string) => `<div class="x9f2a"><div class="k3d8e">${label}</div><div class="q7c1b"><input value="${value}"><div class="m4e0c">${extra}</div></div></div>`;
  const siteName = (item: string) => read(`<h2>填写网站信息</h2><div class="tea-form">${item}${tea('网站域名', 'qhfilm.cn')}</div>`, tcSite)?.facts.websites?.[0]?.name;
  const entityName = (item: string) => read(`<h2>填写主体信息</h2><div class="tea-form">${item}</div>`, tcEntity)?.facts.entity?.name;
  const RULES = ['命名规范', '查看命名规范', '网站命名规范', '网站名称规范', '命名规则说明', '如何命名？', 'Naming rules', 'View naming rules'];
  it.each(RULES)('"%s" under the website\'s typed name: the name alone (invented before: glued to it)', (r) => {
    expect(siteName(hashedItem('网站名称', '青禾影视作品展示', r))).toBe('青禾影视作品展示');
    expect(siteName(tea('网站名称', `青禾影视作品展示 <span class="x1">${r}</span>`))).toBe('青禾影视作品展示');
  });
  it.each(RULES)('"%s" beside an emptied 网站名称 / 主办单位名称: no name (invented before: the rule\'s words)', (r) => {
    expect(siteName(hashedItem('网站名称', '', r))).toBeUndefined();
    expect(entityName(hashedItem('主办单位名称', '', r))).toBeUndefined();
  });
  it('the Alibaba antd form: 命名规范 in a hashed span after an emptied 网站名称 gives no name (invented before)', () => {
    const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
    const item = (label: string, control: string) =>
      `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="${label}">${label}</label></div>` +
      `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;
    const got = read('<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">网站信息</div></div><div class="ant-card-body"><form class="ant-form">' +
      item('网站名称', '<input class="ant-input" value=""><span class="k9">命名规范</span>') + item('网站域名', '<input class="ant-input" value="qinglan-docs.cn">') + '</form></div></div>', url)?.facts.websites;
    expect(got).toEqual([{ domains: ['qinglan-docs.cn'] }]);
  });
  it('guard: names holding such words among others are read whole; bare 规则 / 备案要求 are not taken for help by this', () => {
    expect(siteName(tea('网站名称', '青禾命名规范研究'))).toBe('青禾命名规范研究');
    expect(siteName(tea('网站名称', 'Naming Rules Studio 作品集'))).toBe('Naming Rules Studio 作品集');
    expect(siteName(hashedItem('网站名称', '青禾影视作品展示', ''))).toBe('青禾影视作品展示');
    // (a field's whole value shown as text stays a value, as review-s49's guard holds: a website may be named 网站命名规则)
    expect(siteName(tea('网站名称', '网站命名规则'))).toBe('网站命名规则');
    expect(siteName(tea('网站名称', '<span class="x1">命名规范</span>'))).toBe('命名规范');
  });
});

// ---------------------------------------------------------------- 8. another resource's row, a 流量包's peak, another instance's row region (review of the lead's session-51 changes)

describe('8. a div grid of another resource, a 流量包 box inside the 公网带宽 card, the picked row of another instance (dom/titled-box rowNamesOtherId; tencent/cvm-instance-detail figureOfOtherSubject; aliyun/beian-form)', () => {
  const item = (label: string, value: string) => `<div class="c1a"><div class="c2b">${label}</div><div class="c3c">${value}</div></div>`;
  const card = (title: string, body: string) => `<div class="k1"><div class="k2">${title}</div><div class="k3">${body}</div></div>`;
  const grid = (h: string[], rows: string[][]) =>
    `<div class="g0"><div class="g1">${h.map((x) => `<div class="g2">${x}</div>`).join('')}</div>${rows.map((r) => `<div class="g1">${r.map((x) => `<div class="g3">${x}</div>`).join('')}</div>`).join('')}</div>`;
  const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
  const cvm = (extra: string) => read(`<div class="x0">${item('实例ID', 'ins-4w6y8a0c')}${item('地域', '广州')}${extra}</div>`, cvmUrl)?.facts.servers?.[0];
  const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-4w6y8a0c';
  const lh = (extra: string) => read(`<div class="x0">${item('实例ID', 'lhins-4w6y8a0c')}${item('地域', '广州')}${extra}</div>`, lhUrl)?.facts.servers?.[0];
  const ecsUrl = 'https://ecs.console.aliyun.com/server/i-2zeh7qf3kx9m1c5v8b2n/detail?regionId=cn-beijing';
  const ecs = (extra: string) => read(`<div class="c0z">${item('实例ID', 'i-2zeh7qf3kx9m1c5v8b2n')}${item('地域', '华北2（北京）')}${extra}</div>`, ecsUrl)?.facts.servers?.[0];
  const disks = grid(['云硬盘ID', '云硬盘类型', '容量', '到期时间'], [['disk-a1b2c3d4', '高性能云硬盘', '50GB', '2026-08-01 10:00:00']]);
  const own = item('实例计费模式', '包年包月') + item('到期时间', '2027-03-01 10:00:00');

  it('a CVM detail: a 云硬盘 grid (云硬盘ID | … | 到期时间 over one disk) gives no expiry of the instance, before its own or alone (invented before: the disk\'s)', () => {
    expect(cvm(card('云硬盘', disks) + own)?.expiresAt).toBe('2027-03-01');
    expect(cvm(item('实例计费模式', '包年包月') + card('云硬盘', disks))?.expiresAt).toBeUndefined();
  });
  it('an ECS detail: a 云盘 grid (云盘ID | 到期时间) gives no expiry of the instance (invented before)', () => {
    expect(ecs(item('付费方式', '包年包月') + card('云盘', grid(['云盘ID', '到期时间'], [['d-2ze1234567890abcd', '2026-08-01']])))?.expiresAt).toBeUndefined();
  });
  it('guard: the instance\'s own 到期时间 after the grid, and a row of the instance\'s own labels (实例ID | 到期时间), still read', () => {
    expect(cvm(own + card('云硬盘', disks))?.expiresAt).toBe('2027-03-01');
    expect(cvm(item('实例计费模式', '包年包月') + grid(['实例名称', '到期时间'], [['web-01', '2027-03-01 10:00:00']]))?.expiresAt).toBe('2027-03-01');
  });
  it('a 公网带宽 card holding a 流量包 box, "流量包 峰值 50 Mbps": no bandwidth (invented before: 50), CVM and Lighthouse', () => {
    for (const box of [card('公网带宽', card('流量包', '峰值 50 Mbps')), card('公网带宽', '<div class="z">流量包</div><div class="z">峰值 50 Mbps</div>')]) {
      expect(cvm(box)?.publicBandwidthMbps).toBeUndefined();
      expect(lh(box)?.publicBandwidthMbps).toBeUndefined();
    }
  });
  it('guard: 公网带宽 5 Mbps, and the Lighthouse plan\'s 流量包 field naming its peak (峰值带宽 50 Mbps), read as before', () => {
    expect(cvm(card('公网带宽', item('带宽', '5 Mbps')) + card('流量包', item('峰值', '50 Mbps')))?.publicBandwidthMbps).toBe(5);
    expect(lh(card('流量包', item('峰值带宽', '50 Mbps')))?.publicBandwidthMbps).toBe(50);
    expect(cvm(item('公网带宽', '5 Mbps'))?.publicBandwidthMbps).toBe(5);
  });

  describe('the Alibaba filing server step: the picked row of another instance', () => {
    const beianUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
    const filingItem = (label: string, control: string) =>
      `<div class="next-form-item next-row"><div class="next-form-item-label next-col"><label>${label}</label></div><div class="next-form-item-control next-col">${control}</div></div>`;
    const input = (v: string) => `<span class="next-input"><input value="${v}"></span>`;
    const select = (v: string) => `<span class="next-select"><span class="next-select-values"><em>${v}</em></span></span>`;
    const steps = `<div class="next-step next-step-arrow">${['基础信息', '主体信息', '网站信息', '上传资料'].map((t, i) => `<div class="next-step-item next-step-item-${i === 0 ? 'process' : 'wait'}"><div class="next-step-item-title">${t}</div></div>`).join('')}</div>`;
    const product = (extra = '') => `<h3 class="section-title">产品验证</h3><form class="next-form">${filingItem('产品类型', select('云服务器ECS'))}${filingItem('实例ID', input('i-bp1hx27t0a3c5e7g9k'))}${extra}</form>`;
    const table = (id: string) =>
      `<table><thead><tr><th></th><th>实例ID</th><th>地域</th><th>付费方式</th><th>到期时间</th></tr></thead><tbody><tr><td><input type="radio" name="i" checked></td><td>${id}</td><td>华北2（北京）</td><td>包年包月</td><td>2027-02-02</td></tr></tbody></table>`;
    const servers = (html: string) => read(steps + html, beianUrl)?.facts.servers;
    it('a checked row of another instance beside the block naming its instance gives no region (invented before: the row\'s cn-beijing)', () => {
      expect(servers(product() + table('i-bp1zzzzzzzzzzzzzzzzz'))).toEqual([{ id: 'i-bp1hx27t0a3c5e7g9k', provider: 'aliyun', product: 'ecs' }]);
    });
    it('guard: the row of the instance read gives its region, billing and expiry; the block\'s own 地域 stays', () => {
      expect(servers(product() + table('i-bp1hx27t0a3c5e7g9k'))?.[0]).toMatchObject({ region: 'cn-beijing', billing: 'subscription', expiresAt: '2027-02-02' });
      expect(servers(product(filingItem('地域', select('华东1（杭州）'))) + table('i-bp1zzzzzzzzzzzzzzzzz'))?.[0]?.region).toBe('cn-hangzhou');
    });
  });
});

// ---------------------------------------------------------------- 7. a bare 到期时间 / 峰值带宽 summary card above the instance's cards (tencent/cvm-instance-detail nearIdKeep)

describe('7. a summary card of bare 到期时间 / 峰值带宽 shown above the Lighthouse instance\'s cards (round seventy-four\'s note; tencent/cvm-instance-detail nearIdKeep)', () => {
  const LH = 'tencent/lighthouse-instance-detail/zh-tea-dark-mode-compact-cards-collapsed-side-menu-overview-tab-instance-network-billing-cards-peak-bandwidth-created-expiry';
  const dir = new URL('../fixtures-unseen/', import.meta.url);
  const html = readFileSync(new URL(`${LH}.html`, dir), 'utf8');
  const expected = JSON.parse(readFileSync(new URL(`${LH}.json`, dir), 'utf8')) as { url: string; facts: { servers: Record<string, unknown>[] } };
  const li = (l: string, v: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></li>`;
  const card = (title: string, items: string) => `<div class="tea-card"><div class="tea-card__body">${title}<form class="tea-form"><ul class="tea-form__list">${items}</ul></form></div></div>`;
  const withAbove = (block: string) => {
    const v = html.replace('<div class="tea-tabs">', block + '<div class="tea-tabs">');
    expect(v).not.toBe(html);
    return readPage(htmlToDocument(v, expected.url), new URL(expected.url))?.facts.servers;
  };
  it.each([
    ['a bare card', card('', li('到期时间', '2026-12-12 10:00:00') + li('峰值带宽', '30Mbps'))],
    ['a card titled 账号概览', card('<h3 class="tea-card__title">账号概览</h3>', li('到期时间', '2026-12-12 10:00:00') + li('峰值带宽', '30Mbps'))],
    ['hashed stat boxes', '<div class="s0"><div class="s1"><div class="s2">到期时间</div><div class="s3">2026-12-12</div></div><div class="s1"><div class="s2">峰值带宽</div><div class="s3">30Mbps</div></div></div>'],
    ['the expiry alone', card('', li('到期时间', '2026-12-12 10:00:00'))],
  ])('%s above the tabs: the instance\'s own 2027-03-02 and 6 Mbps (invented before: 2026-12-12, 30 Mbps)', (_, block) => {
    expect(withAbove(block)).toEqual(expected.facts.servers);
  });
  it('guard: the page as written, and the card\'s values where the instance shows none of its own (nothing tells them apart: read as before)', () => {
    expect(readPage(htmlToDocument(html, expected.url), new URL(expected.url))?.facts.servers).toEqual(expected.facts.servers);
    const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-7q2w9e4r';
    expect(read(card('', li('到期时间', '2026-12-12 10:00:00')) + '<ul class="tea-form">' + tea('实例ID', 'lhins-7q2w9e4r') + tea('地域', '广州') + '</ul>', lhUrl)?.facts.servers?.[0]?.expiresAt).toBe('2026-12-12');
  });
});

describe('7 (variants). the same summary card above the Alibaba ECS and SWAS details\' cards (aliyun/server-detail nearestToId)', () => {
  const row = (l: string, v: string) => `<div class="next-row"><span class="info-item-label">${l}</span><span class="info-item-content">${v}</span></div>`;
  const card = (t: string, rows: string) => `<div class="next-card"><div class="next-card-head"><div class="next-card-title">${t}</div></div><div class="next-card-body">${rows}</div></div>`;
  const summary = card('', row('到期时间', '2026-12-12') + row('公网带宽', '30Mbps'));
  const facts = (h: string, url: string) => ((s) => [s?.expiresAt, s?.publicBandwidthMbps])(read(`<div id="app">${h}</div>`, url)?.facts.servers?.[0]);
  const ecsUrl2 = 'https://ecs.console.aliyun.com/server/i-bp1gapss34000001/detail?regionId=cn-hangzhou';
  const ecsOwn = `<div class="tab-panel">${card('基本信息', row('实例ID', 'i-bp1gapss34000001') + row('地域', '华东1（杭州）'))}${card('付费信息', row('付费方式', '包年包月') + row('到期时间', '2027-03-02 10:00:00'))}${card('网络信息', row('公网带宽', '6Mbps'))}</div>`;
  const swasUrl = 'https://swas.console.aliyun.com/#/server/3c8d2f1a0b9e4d7c8a6b5e4f3d2c1b0a/cn-hangzhou/dashboard';
  const swasOwn = `<div class="tab-panel">${card('服务器信息', row('实例ID', '3c8d2f1a0b9e4d7c8a6b5e4f3d2c1b0a') + row('地域', '华东1（杭州）'))}${card('套餐信息', row('到期时间', '2027-03-02 10:00:00') + row('峰值带宽', '6Mbps'))}</div>`;
  it('a summary card above: the instance\'s own 2027-03-02 and 6 Mbps (invented before: 2026-12-12, 30 Mbps)', () => {
    expect(facts(summary + ecsOwn, ecsUrl2)).toEqual(['2027-03-02', 6]);
    expect(facts(card('', row('到期时间', '2026-12-12') + row('峰值带宽', '30Mbps')) + swasOwn, swasUrl)).toEqual(['2027-03-02', 6]);
  });
  it('guard: the pages without it, and a card with the same values, read as before', () => {
    expect(facts(ecsOwn, ecsUrl2)).toEqual(['2027-03-02', 6]);
    expect(facts(swasOwn, swasUrl)).toEqual(['2027-03-02', 6]);
    expect(facts(card('', row('到期时间', '2027-03-02 10:00:00')) + ecsOwn, ecsUrl2)).toEqual(['2027-03-02', 6]);
  });
});
