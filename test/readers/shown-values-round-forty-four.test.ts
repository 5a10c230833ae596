import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the forty-fourth round of held-out pages (both providers; filings that already exist — 变更主体,
 * 变更网站, 接入备案 / 新增接入 and the codes of filed websites, with the old filing shown beside the form: 原备案信息
 * cards, 变更前 boxes, the entity's filed websites, 备案号 lookups, change records: test/fixtures-unseen/README.md
 * "Forty-fourth round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const entityUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity&changeType=changeEntity';
const desc = (rows: Array<[string, string]>) =>
  `<div class="ant-descriptions"><table><tbody>${rows.map(([l, v]) => `<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">${l}</th><td class="ant-descriptions-item-content">${v}</td></tr>`).join('')}</tbody></table></div>`;
const antItem = (l: string, v: string) =>
  `<div class="ant-form-item"><div class="ant-form-item-label"><label title="${l}">${l}</label></div><div class="ant-form-item-control">${v}</div></div>`;
const antCard = (title: string, body: string) =>
  `<div class="ant-card ant-card-bordered"><div class="ant-card-head"><div class="ant-card-head-title">${title}</div></div><div class="ant-card-body">${body}</div></div>`;
const steps = `<ol class="ant-steps"><li class="ant-steps-item ant-steps-item-finish"><div class="ant-steps-item-title">选择变更类型</div></li><li class="ant-steps-item ant-steps-item-process"><div class="ant-steps-item-title">填写主体信息</div></li><li class="ant-steps-item ant-steps-item-wait"><div class="ant-steps-item-title">填写网站信息</div></li></ol>`;
const oldCard = antCard('原备案信息（只读）', desc([['主办单位性质', '企业'], ['主办单位名称', '宁波云栖纺织品有限公司'], ['主办单位证件类型', '组织机构代码证'], ['主办单位证件号码', '3302****-6']]));
const newCard = (title: string) =>
  antCard(
    title,
    `<form class="ant-form">${antItem('主办单位性质', '<div class="ant-select ant-select-disabled"><span class="ant-select-selection-item">企业</span></div>')}${antItem('主办单位名称', '<input class="ant-input" value="杭州云栖织造科技有限公司">')}${antItem('主办单位证件类型', '<div class="ant-select"><span class="ant-select-selection-item">营业执照</span></div>')}${antItem('主办单位证件号码', '<input class="ant-input" value="9133**********2K7X">')}</form>`,
  );
const newEntity = { type: 'organization', name: '杭州云栖织造科技有限公司', idType: '营业执照', idNumber: '9133**********2K7X' };

describe('the filing before a change, shown beside the form, is not the filing (aliyun/beian-form.ts, filing-values.ts)', () => {
  it('a 原备案信息 card before the 变更后信息 form gives none of its old name, ID type and number (invented before)', () => {
    const got = read(steps + oldCard + newCard('变更后信息'), entityUrl);
    expect(got?.reader).toBe('aliyun-beian-entity');
    expect(got?.facts.entity).toEqual(newEntity);
  });

  it('the same with the card titled 变更前信息 and the form untitled', () => {
    const old = oldCard.replace('原备案信息（只读）', '变更前信息');
    const form = newCard('x').replace(/<div class="ant-card-head">.*?<\/div><\/div>/, '');
    expect(read(steps + old + form, entityUrl)?.facts.entity).toEqual(newEntity);
  });

  it('guard: a card titled 主办单位信息 holding the same descriptions is read', () => {
    const got = read(steps + antCard('主办单位信息', desc([['主办单位性质', '企业'], ['主办单位名称', '宁波云栖纺织品有限公司'], ['主办单位证件类型', '营业执照'], ['主办单位证件号码', '9133**********0001']])), entityUrl);
    expect(got?.facts.entity).toEqual({ type: 'organization', name: '宁波云栖纺织品有限公司', idType: '营业执照', idNumber: '9133**********0001' });
  });

  it('a 已修改 tag after a select\'s value is no part of it (营业执照 已修改 before)', () => {
    const form = newCard('变更后信息').replace('<span class="ant-select-selection-item">营业执照</span></div>', '<span class="ant-select-selection-item">营业执照</span></div><span class="diff-mark">已修改</span>');
    expect(read(steps + form, entityUrl)?.facts.entity?.idType).toBe('营业执照');
  });
});

describe('a "标签：值" text in a list row is that row\'s record (aliyun/filing-values.ts fieldHits)', () => {
  const history = (rows: string) =>
    antCard('变更记录', `<table class="ant-table"><thead><tr><th>订单号</th><th>变更类型</th><th>变更内容</th><th>状态</th></tr></thead><tbody>${rows}</tbody></table>`);
  const row = (no: string, what: string) => `<tr><td>${no}</td><td>变更网站</td><td>${what}</td><td>管局审核通过</td></tr>`;

  it('a 变更记录 table\'s 变更内容 "网站名称：云栖面料 → 云栖面料在线" gives the entity step no website (invented before)', () => {
    const got = read(steps + newCard('变更后信息') + history(row('20240311008842', '主体负责人：陈*华 → 周*明') + row('20261201004410', '网站名称：云栖面料 → 云栖面料在线')), entityUrl);
    expect(got?.facts.entity).toEqual(newEntity);
    expect(got?.facts.websites).toBeUndefined();
  });

  it('guard: a one-row layout table holding "网站名称：…" text is still read', () => {
    const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
    const body = `<h4>网站信息</h4><table><tbody><tr><td>网站名称：云栖面料在线</td><td>网站域名：yqfabric.com</td></tr></tbody></table>`;
    const got = read(body, url);
    expect(got?.facts.websites).toEqual([{ name: '云栖面料在线', domains: ['yqfabric.com'] }]);
  });
});

describe('a 变更网站 page: the website heading naming its filing number, old values beside the controls (aliyun/beian-form.ts)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=changeWebsite';
  const item = (l: string, v: string) => `<div class="next-form-item"><div class="next-form-item-label"><label>${l}</label></div><div class="next-form-item-control">${v}</div></div>`;
  const entity = `<section><h4>主体信息（本次不变更）</h4>${item('主办单位性质', '企业')}${item('主办单位名称', '杭州云栖织造科技有限公司')}</section>`;
  const before = (v: string) => `<div class="before-box"><div class="before-title">变更前</div><div>${v}</div></div>`;
  const site = (heading: string, content: string) =>
    `<h4 class="form-section-title">${heading}</h4><form class="next-form">${item('网站名称', '<div class="ctrl"><span class="next-input"><input value="云栖织造面料商城"></span></div>')}` +
    `${item('网站域名', '<div class="ctrl"><span class="next-input"><input value="yqfabric.com"></span></div>')}${item('网站服务内容', content)}</form>`;
  const select = '<div class="ctrl"><span class="next-select" role="combobox"><span class="next-select-values"><em>网络购物</em></span></span></div>';

  it('网站信息 + "网站备案号：浙ICP备…号-2" + 已备案 in one heading titles the website section (the website lost before)', () => {
    const got = read(entity + site('网站信息 <span>网站备案号：浙ICP备2019026418号-2</span><span class="next-tag next-tag-success">已备案</span>', select), url);
    expect(got?.reader).toBe('aliyun-beian-website');
    expect(got?.facts.websites).toEqual([{ name: '云栖织造面料商城', domains: ['yqfabric.com'], content: '网络购物' }]);
  });

  it('a "变更前 / 企业官网" box beside the 网站服务内容 select is no part of its value ("网络购物 变更前 企业官网" before)', () => {
    const got = read(entity + site('网站信息', select + before('企业官网')), url);
    expect(got?.facts.websites?.[0]?.content).toBe('网络购物');
  });

  it('the same with the filed websites\' table beside it (号-1, 号-3 rows with domains): no domain of theirs', () => {
    const table = `<table class="next-table"><thead><tr><th>网站备案号</th><th>网站名称</th><th>网站域名</th></tr></thead><tbody><tr><td>浙ICP备2019026418号-1</td><td>云栖纺织官网</td><td>yunqi-textile.com</td></tr><tr><td>浙ICP备2019026418号-3</td><td>云栖纺织招聘</td><td>yunqi-hr.cn</td></tr></tbody></table>`;
    const got = read(entity + site('网站信息 <span>网站备案号：浙ICP备2019026418号-2</span>', select) + table, url);
    expect(got?.facts.websites).toEqual([{ name: '云栖织造面料商城', domains: ['yqfabric.com'], content: '网络购物' }]);
  });
});

describe('a Tencent 新增接入 website step beside the entity\'s filed websites (tencent/beian-form.ts cancelledWebsite)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261206000145/website';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
  const form =
    `<div class="tea-card"><div class="tea-card__title">网站信息</div>${item('网站备案号', '粤ICP备2021068845号-2 <span class="tea-tag tea-tag--success">已备案</span>')}` +
    `${item('网站名称', '<input class="tea-input" value="蓝湾商城" readonly>')}${item('网站域名', '<span class="tea-tag">lanwan-mall.com</span>')}` +
    `${item('对应云服务', '<div class="tea-dropdown" role="combobox"><span class="tea-dropdown__value">ins-8kq3m5n7（lanwan-mall-web）</span></div>')}</div>`;
  const side = (tag: string) =>
    `<aside class="side"><div class="tea-card"><div class="tea-card__title">该主体已备案网站</div><ul class="tea-list">` +
    `<li><div><b>蓝湾智能官网</b><span class="tea-tag tea-tag--success">已备案</span></div><div>粤ICP备2021068845号-1</div><div>lanwan-tech.com</div></li>` +
    `<li><div><b>蓝湾售后</b><span class="tea-tag tea-tag--default">${tag}</span></div><div>粤ICP备2021068845号-3</div><div>lanwan-service.cn</div></li></ul></div></aside>`;
  const site = { name: '蓝湾商城', domains: ['lanwan-mall.com'], serverId: 'ins-8kq3m5n7' };

  it('another website\'s 已注销 tag in the side list leaves the website read (lost before: taken for cancelled)', () => {
    const got = read(`<div class="layout-two"><div class="main">${form}</div>${side('已注销')}</div>`, url);
    expect(got?.facts.websites).toEqual([site]);
  });

  it('the same side list drawn as plain boxes (no li) leaves the website read (lost before)', () => {
    const divs = side('已注销').replace('<ul class="tea-list">', '<div class="tea-list">').replace('</ul>', '</div>').replace(/<li>/g, '<div class="item">').replace(/<\/li>/g, '</div>');
    expect(read(`<div class="layout-two"><div class="main">${form}</div>${divs}</div>`, url)?.facts.websites).toEqual([site]);
  });

  it('guard: the website\'s own card header "粤ICP备…号-2 已注销" (a box of its own, no label) still cancels it', () => {
    const header = '<div class="site-head"><span>蓝湾商城</span> <span>粤ICP备2021068845号-2</span><span class="tea-tag">已注销</span></div>';
    const own = form.replace('<div class="tea-card__title">网站信息</div>', '<div class="tea-card__title">网站信息</div>' + header);
    expect(read(`<div class="layout-two"><div class="main">${own}</div>${side('已备案')}</div>`, url)?.facts.websites).toBeUndefined();
  });

  it('guard: a 网站状态 row of the website\'s own form (a label beside it) saying 已注销 still makes it cancelled', () => {
    const status = item('网站状态', '<span class="tea-tag">已注销</span>');
    const cancelled = form.replace('<div class="tea-card__title">网站信息</div>', '<div class="tea-card__title">网站信息</div>' + status);
    expect(read(`<div class="main">${cancelled}</div>${side('已备案')}`, url)?.facts.websites).toBeUndefined();
    const asList = `<ul class="tea-form"><li class="tea-form__item"><div class="tea-form__label"><label>网站名称</label></div><div class="tea-form__controls">蓝湾商城</div></li>` +
      `<li class="tea-form__item"><div class="tea-form__label"><label>网站域名</label></div><div class="tea-form__controls">lanwan-mall.com</div></li>` +
      `<li class="tea-form__item"><div class="tea-form__label"><label>网站状态</label></div><div class="tea-form__controls"><span class="tea-tag">已注销</span></div></li></ul>`;
    expect(read(`<div class="tea-card"><div class="tea-card__title">网站信息</div>${asList}</div>`, url)?.facts.websites).toBeUndefined();
  });
});

describe('an Alibaba 接入备案 base step picking the filed websites to access (aliyun/beian-form.ts columnHits, readServerBlocks)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base&type=access';
  const item = (l: string, v: string) => `<div class="ant-form-item"><div class="ant-form-item-label"><label title="${l}">${l}</label></div><div class="ant-form-item-control">${v}</div></div>`;
  const box = (checked: boolean, disabled = false) => `<input type="checkbox" class="ant-checkbox-input"${checked ? ' checked' : ''}${disabled ? ' disabled' : ''}>`;
  const row = (c: string, no: string, name: string, domains: string) => `<tr class="ant-table-row"><td>${c}</td><td>${no}</td><td>${name}</td><td>${domains}</td><td>腾讯云</td></tr>`;
  const table = (rows: string) =>
    `<table><thead class="ant-table-thead"><tr><th></th><th>网站备案号</th><th>网站名称</th><th>网站域名</th><th>原接入商</th></tr></thead><tbody class="ant-table-tbody">${rows}</tbody></table>`;
  const page = (rows: string, instanceExtra = '') =>
    `<div class="ant-steps"><div class="ant-steps-item ant-steps-item-process"><div class="ant-steps-item-title">填写基础信息</div></div><div class="ant-steps-item"><div class="ant-steps-item-title">填写主体信息</div></div><div class="ant-steps-item"><div class="ant-steps-item-title">填写网站信息</div></div></div>` +
    `<form class="ant-form">${item('备案省份', '<span class="ant-select-selection-item">江苏省</span>')}${item('选择接入网站', table(rows))}${item('产品类型', '云服务器ECS')}` +
    `${item('实例', `<div class="ant-select" role="combobox"><span class="ant-select-selection-item">i-uf6ch4n8q2w6e0r3t5y7（chenghu-web）</span></div>${instanceExtra}`)}${item('备案服务号', '<span class="ant-select-selection-item">3101054472</span>')}</form>`;
  const rows = (firstChecked: boolean) =>
    row(box(firstChecked), '苏ICP备2020051234号-1', '澄湖文旅官网', '<div>chenghu-travel.com</div><div>chenghu-travel.cn</div>') +
    row(box(false), '苏ICP备2020051234号-2', '澄湖民宿预订', '<div>chenghu-stay.com</div>') +
    row(box(true, true), '苏ICP备2020051234号-3', '澄湖票务', '<div>chenghu-ticket.cn</div>');

  it('the checked row\'s domains are the filing\'s, its filing number notwithstanding (none before: missing)', () => {
    const got = read(page(rows(true)), url);
    expect(got?.reader).toBe('aliyun-beian-server');
    expect(got?.facts.websites).toEqual([{ domains: ['chenghu-travel.com', 'chenghu-travel.cn'], serverId: 'i-uf6ch4n8q2w6e0r3t5y7', serviceNumber: '3101054472' }]);
  });

  it('guard: no row checked (the disabled checked one already accessed) gives no domain', () => {
    expect(read(page(rows(false)), url)?.facts.websites?.[0]?.domains).toEqual([]);
  });

  it('a 地域 note in the picked instance\'s field is its region (none before: missing)', () => {
    const got = read(page(rows(true), '<div class="ant-form-item-extra">地域：华东2（上海）　到期时间：2027-11-03</div>'), url);
    // (and, since session 51, the expiry the same note shows for that instance: the server step reads it — lead-s51)
    expect(got?.facts.servers).toEqual([{ id: 'i-uf6ch4n8q2w6e0r3t5y7', provider: 'aliyun', product: 'ecs', region: 'cn-shanghai', expiresAt: '2027-11-03' }]);
  });

  it('guard: a 地域 field elsewhere in the untitled base step is still no region of the server', () => {
    const got = read(page(rows(true)) + `<div class="ant-form-item"><div class="ant-form-item-label"><label>地域</label></div><div class="ant-form-item-control">华北2（北京）</div></div>`, url);
    expect(got?.facts.servers).toEqual([{ id: 'i-uf6ch4n8q2w6e0r3t5y7', provider: 'aliyun', product: 'ecs' }]);
  });
});

describe('a Tencent 变更主体 step: the old filing\'s card and a 备案号 lookup beside the form (tencent/beian-form.ts entityText, websiteBlocks)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261120000318/entity';
  const li = (l: string, v: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></li>`;
  const card = (title: string, body: string) => `<div class="tea-card"><div class="tea-card__title">${title}</div><ul class="tea-form">${body}</ul></div>`;
  const form = card('主办单位信息', li('主办单位名称', '<input class="tea-input" value="深圳市蓝湾智能科技有限公司">') + li('主办单位证件类型', '营业执照') + li('主办单位证件号码', '<input class="tea-input" value="9144**********3T6R">'));
  const mine = { name: '深圳市蓝湾智能科技有限公司', idType: '营业执照', idNumber: '9144**********3T6R' };

  it('a 原备案信息 card before the 主办单位信息 one gives none of its old name, 组织机构代码证 and number (invented before)', () => {
    const old = card('原备案信息', li('主办单位名称', '深圳市蓝湾电子有限公司') + li('主办单位证件类型', '组织机构代码证') + li('主办单位证件号码', '4403****-1'));
    expect(read(old + form, url)?.facts.entity).toEqual(mine);
  });

  it('a 备案号查询 card before the form, its query typed and another entity answered, gives none of it (invented before)', () => {
    const lookup = `<div class="tea-card"><div class="tea-card__title">备案号查询</div><div class="tea-search"><input class="tea-input" type="text" value="粤ICP备2022015570号"><button type="button" class="tea-btn">查询</button></div>` +
      `<ul class="tea-form">${li('主办单位名称', '深圳市海棠花艺有限公司')}${li('主办单位证件号码', '9144**********88XQ')}</ul></div>`;
    expect(read(lookup + form, url)?.facts.entity).toEqual(mine);
  });

  it('a 备案号查询 card answering another website (网站名称, 网站域名 items) adds no website to a 新增接入 step (invented before)', () => {
    const wurl = 'https://console.cloud.tencent.com/beian/manage/process/20261206000145/website';
    const site = card('网站信息', li('网站备案号', '粤ICP备2021068845号-2') + li('网站名称', '<input class="tea-input" value="蓝湾商城" readonly>') + li('网站域名', 'lanwan-mall.com'));
    const lookup = `<aside><div class="tea-card"><div class="tea-card__title">备案号查询</div><div class="tea-search"><input class="tea-input" type="text" value="粤ICP备2022015570号-1"><button type="button" class="tea-btn">查询</button></div>` +
      `<ul class="tea-form">${li('网站名称', '海棠花艺')}${li('网站域名', 'haitang-flower.cn')}</ul><div>接入商：腾讯云（ins-6pd8f0h2）</div></div></aside>`;
    expect(read(`<div class="main">${site}</div>${lookup}`, wurl)?.facts.websites).toEqual([{ name: '蓝湾商城', domains: ['lanwan-mall.com'] }]);
  });

  it('guard: an empty search box in the form\'s own card (a filter) leaves its fields read', () => {
    const filter = `<div class="tea-search"><input class="tea-input" type="text" value="" placeholder="搜索"></div>`;
    const got = read(form.replace('<ul class="tea-form">', filter + '<ul class="tea-form">'), url);
    expect(got?.facts.entity).toEqual(mine);
  });
});

describe('a 按备案号查询 box answering with a table before the account\'s code list (tencent/beian-authcode.ts listGrid)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const head = '<thead><tr><th>授权码</th><th>关联的云服务</th><th>授权使用账户</th><th>状态</th></tr></thead>';
  const row = (code: string, id: string, account: string, status: string) => `<tr><td>${code}</td><td>云服务器 ${id}</td><td>${account}</td><td>${status}</td></tr>`;
  const lookup = (query: string) =>
    `<div class="lookup-card"><label>按备案号查询授权码</label><div class="tea-search"><input class="tea-input" value="${query}"><button class="tea-btn" type="button">查询</button></div>` +
    `<table class="tea-table__box">${head}<tbody>${row('BA4R6T8Y0U2I4O6P', 'ins-6pd8f0h2', '100072205513', '已使用')}</tbody></table></div>`;
  const list = `<div class="tea-table"><table class="tea-table__box">${head}<tbody>${row('BA8K2M4N6B8V0C2X', 'ins-8kq3m5n7', '100031475562', '使用中')}${row('BA5S7D9F1G3H5J7K', 'ins-2hf4j6k8', '100058830217', '未使用')}</tbody></table></div>`;
  const body = (q: string) => `<div class="tea-layout__content-body">${lookup(q)}${list}</div>`;

  it('the list\'s codes are read, not the answer\'s (the answer\'s code and another account read before: invented)', () => {
    const got = read(body('粤ICP备2022015570号-1'), url);
    expect(got?.facts.servers?.flatMap((s) => s.authorizationCodes?.map((c) => [s.id, c.code, c.status]) ?? [])).toEqual([
      ['ins-8kq3m5n7', 'BA8K2M4N6B8V0C2X', 'in-use'],
      ['ins-2hf4j6k8', 'BA5S7D9F1G3H5J7K', 'unused'],
    ]);
  });

  it('guard: the list alone, and a list whose own filter box shows a query, read as before', () => {
    const codes = (html: string) => read(html, url)?.facts.servers?.flatMap((s) => s.authorizationCodes?.map((c) => c.code) ?? []);
    expect(codes(list)).toEqual(['BA8K2M4N6B8V0C2X', 'BA5S7D9F1G3H5J7K']);
    const filtered = `<div class="tea-search"><input class="tea-input" value="ins-8kq3m5n7"></div>` + list;
    expect(codes(filtered)).toEqual(codes(`<div>${filtered}</div>`));
  });
});

describe('a website heading naming its filing number in its own text (aliyun/beian-form.ts titleBeforeFilingNumber)', () => {
  const item = (l: string, v: string) => `<div class="next-form-item"><div class="next-form-item-label"><label>${l}</label></div><div class="next-form-item-control">${v}</div></div>`;
  const entity = `<section><h4>主体信息（本次不变更）</h4>${item('主办单位性质', '企业')}${item('主办单位名称', '杭州云栖织造科技有限公司')}</section>`;
  const site = (heading: string, name: string, domain: string) =>
    `<h4>${heading}</h4><div class="next-form">${item('网站名称', `<span class="next-input"><input value="${name}"></span>`)}${item('网站域名', `<span class="next-input"><input value="${domain}"></span>`)}</div>`;

  it('"网站信息 网站备案号：浙ICP备…号-2" as one text titles the website section (the website lost before)', () => {
    const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=changeWebsite';
    const got = read(entity + site('网站信息 网站备案号：浙ICP备2019026418号-2', '云栖织造面料商城', 'yqfabric.com'), url);
    expect(got?.reader).toBe('aliyun-beian-website');
    expect(got?.facts.websites).toEqual([{ name: '云栖织造面料商城', domains: ['yqfabric.com'] }]);
  });

  it('新增网站 — a filed website so headed (号-1, 已备案) beside the one added gives only the added one (efa674d read the filed one too: invented)', () => {
    const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=addWebsite';
    const filed = site('网站信息 <span>浙ICP备2019026418号-1</span><span class="next-tag next-tag-success">已备案</span>', '云栖纺织官网', 'yunqi-textile.com');
    const added = site('网站信息（本次新增）', '云栖织造面料商城', 'yqfabric.com');
    expect(read(entity + filed + added, url)?.facts.websites).toEqual([{ name: '云栖织造面料商城', domains: ['yqfabric.com'] }]);
    const filedText = site('网站信息 浙ICP备2019026418号-1', '云栖纺织官网', 'yunqi-textile.com');
    expect(read(entity + filedText + added, url)?.facts.websites).toEqual([{ name: '云栖织造面料商城', domains: ['yqfabric.com'] }]);
  });
});

describe('guard of the picking rule (aliyun/beian-form.ts columnHits)', () => {
  it('a domain table with a checkbox column and none checked is read as before (0936ca1 lost its domains: the mutation suite\'s selection-column)', () => {
    const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
    const body = `<h4>网站信息</h4><div class="next-form-item"><label class="next-form-item-label">网站名称</label><div class="next-form-item-control">德尔塔旅游攻略</div></div>` +
      `<table><thead><tr><th></th><th>网站域名</th></tr></thead><tbody><tr><td><input type="checkbox"></td><td>delta-travel.com</td></tr><tr><td><input type="checkbox"></td><td>delta-travel.cn</td></tr></tbody></table>`;
    expect(read(body, url)?.facts.websites).toEqual([{ name: '德尔塔旅游攻略', domains: ['delta-travel.com', 'delta-travel.cn'] }]);
  });
});
