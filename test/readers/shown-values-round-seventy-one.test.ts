import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the seventy-first round of held-out pages (plain pages of both providers, a company's first filing at its
 * later steps: test/fixtures-unseen/README.md "Seventy-first round"), each narrowed in a scratch copy of its page to the
 * smallest markup that showed it.
 */

const page = (body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

// Alibaba's filing system, Fusion form items
const item = (label: string, control: string) =>
  `<div class="next-form-item"><div class="next-form-item-label"><label required>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
const sel = (v: string) => `<span class="next-select next-select-single" role="combobox" aria-expanded="false"><span class="next-select-values"><em title="${v}">${v}</em></span></span>`;
const input = (v: string) => `<span class="next-input"><input value="${v}" readonly></span>`;
const radios = (opts: string[], checked: string) =>
  '<div role="radiogroup" class="next-radio-group">' +
  opts
    .map((o) => `<label class="next-radio-wrapper${o === checked ? ' checked' : ''}"><span class="next-radio"><input role="radio" type="radio" aria-checked="${o === checked}"${o === checked ? ' checked' : ''}></span><span class="next-radio-label">${o}</span></label>`)
    .join('') +
  '</div>';
const steps =
  '<div class="next-steps" role="list">' +
  ['填写基础信息', '填写主办者信息', '填写网站信息', '上传资料', '提交管局审核'].map((s, i) => `<div class="next-step-item ${i === 0 ? 'next-step-item-process' : 'next-step-item-wait'}" role="listitem"><div class="next-step-item-title">${s}</div></div>`).join('') +
  '</div>';
const aliUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';

describe('Alibaba filing base step: the region field labelled 主办者所属区域 (rules/labels/aliyun/beian.json beian-fields.province)', () => {
  const base = (regionLabel: string) =>
    steps +
    '<div class="section-title">基础信息</div>' +
    item(regionLabel, sel('浙江省 / 杭州市 / 西湖区')) +
    item('主办者性质', sel('企业')) +
    item('主办者证件类型', sel('营业执照（统一社会信用代码）')) +
    item('主办者证件号码', input('9133**********5M7Q')) +
    item('网站域名', input('hemu-data.com'));

  it('主办者所属区域 gives the filing province (missing before)', () => {
    expect(read(base('主办者所属区域'), aliUrl)?.facts.entity?.province).toBe('浙江省');
  });

  it('guard: 主办单位所属区域 reads alike', () => {
    expect(read(base('主办单位所属区域'), aliUrl)?.facts.entity?.province).toBe('浙江省');
  });
});

describe('Alibaba filing 产品验证: 阿里云产品类型, and the picked instance\'s 付费类型 / 到期时间 (beian-form readServerBlocks)', () => {
  const verify = (productLabel: string, extra: string) =>
    steps +
    '<div class="section-title">基础信息</div>' +
    item('主办者性质', sel('企业')) +
    item('网站域名', input('hemu-data.com')) +
    '<div class="section-title">产品验证</div>' +
    item(productLabel, radios(['ECS云服务器', '轻量应用服务器', '共享虚拟主机'], 'ECS云服务器')) +
    item('验证方式', radios(['当前账号下实例', '备案服务号'], '当前账号下实例')) +
    item('地域', sel('华东1（杭州）')) +
    item('实例', sel('i-bp1g4k7n0q3t6w9z2c5f（hemu-web-prod）')) +
    item('备案服务号', input('2368014795')) +
    extra;
  const card =
    '<div class="verify-card"><dl><dt>实例ID</dt><dd>i-bp1g4k7n0q3t6w9z2c5f</dd><dt>地域</dt><dd>华东1（杭州）</dd>' +
    '<dt>付费类型</dt><dd>包年包月</dd><dt>到期时间</dt><dd>2027-08-14 23:59:59</dd></dl></div>';
  const server = { id: 'i-bp1g4k7n0q3t6w9z2c5f', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou' };

  it('阿里云产品类型 names the product: the instance is the filing\'s ECS (no server before)', () => {
    const facts = read(verify('阿里云产品类型', ''), aliUrl)?.facts;
    expect(facts?.servers).toEqual([server]);
    expect(facts?.websites).toEqual([{ domains: ['hemu-data.com'], serverId: server.id, serviceNumber: '2368014795' }]);
  });

  it('guard: 产品类型 reads alike', () => {
    expect(read(verify('产品类型', ''), aliUrl)?.facts.servers).toEqual([server]);
  });

  it('the verification card\'s 付费类型 and 到期时间 are the instance\'s billing and expiry (missing before)', () => {
    expect(read(verify('产品类型', card), aliUrl)?.facts.servers).toEqual([{ ...server, billing: 'subscription', expiresAt: '2027-08-14' }]);
  });

  it('Instance Expiration Time (round sixty-six\'s English card) alike', () => {
    const en = card.replace('到期时间', 'Instance Expiration Time');
    expect(read(verify('产品类型', en), aliUrl)?.facts.servers).toEqual([{ ...server, billing: 'subscription', expiresAt: '2027-08-14' }]);
  });

  it('guard: a 到期时间 in the base-info section (the domain\'s) is no expiry of the instance', () => {
    const body = verify('产品类型', '').replace('<div class="section-title">产品验证</div>', item('到期时间', input('2028-03-01')) + '<div class="section-title">产品验证</div>');
    expect(read(body, aliUrl)?.facts.servers).toEqual([server]);
  });

  it('guard: a table of instances to pick from gives no expiry or billing from its columns', () => {
    const table =
      '<table><thead><tr><th></th><th>实例ID</th><th>地域</th><th>付费类型</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr><td><input type="radio"></td><td>i-bp18c2e5h8k1m4p7s0v3</td><td>华东1（杭州）</td><td>按量付费</td><td>2026-12-31 23:59:59</td></tr>' +
      '<tr><td><input type="radio" checked></td><td>i-bp1g4k7n0q3t6w9z2c5f</td><td>华东1（杭州）</td><td>包年包月</td><td>2027-08-14 23:59:59</td></tr>' +
      '</tbody></table>';
    const servers = read(verify('产品类型', table), aliUrl)?.facts.servers ?? [];
    for (const s of servers) {
      expect(s.expiresAt === undefined || s.expiresAt === '2027-08-14').toBe(true);
      expect(s.billing === undefined || s.billing === 'subscription').toBe(true);
    }
  });
});

describe('Tencent filing website step: the entity card\'s 主办者所在地 (rules/labels/tencent.json beian-form.filingRegion)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261207000418/website';
  const row = (label: string, value: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
  const form = (regionLabel: string) =>
    '<ol class="tea-step"><li class="tea-step__item is-finish">验证备案类型</li><li class="tea-step__item is-finish">填写主办者信息</li><li class="tea-step__item is-current">填写网站信息</li></ol>' +
    '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">主办者信息</h3></div><div class="tea-card__body"><form class="tea-form">' +
    row(regionLabel, '四川省 成都市 武侯区') + row('主办者性质', '企业') + row('主办者名称', '成都锦程云网络科技有限公司') +
    row('证件类型', '营业执照（统一社会信用代码）') + row('证件号码', '9151**********4H2N') +
    '</form></div></div>' +
    '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">网站信息（网站1）</h3></div><div class="tea-card__body"><form class="tea-form">' +
    row('网站名称', '锦程云官网') + row('网站域名', 'jinchengyun.com') + '</form></div></div>';

  it('主办者所在地 gives the filing province (missing before)', () => {
    expect(read(form('主办者所在地'), url)?.facts.entity?.province).toBe('四川省');
  });

  it('guard: 主办单位所属区域 reads alike', () => {
    expect(read(form('主办单位所属区域'), url)?.facts.entity?.province).toBe('四川省');
  });
});

describe('Tencent filing website step without an entity card: the website principal\'s 证件号码 under a dropdown (dom/reading-model titleClass)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261207000418/website';
  const row = (label: string, control: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-control">${control}</div></div></div>`;
  const text = (v: string) => `<div class="tea-form-text">${v}</div>`;
  const dropdown = (v: string, role: string) =>
    `<div class="tea-dropdown"><div class="tea-dropdown__header"${role}><span class="tea-dropdown__value">${v}</span></div></div>`;
  const form = (role: string) =>
    '<ol class="tea-step"><li class="tea-step__item is-finish">验证备案类型</li><li class="tea-step__item is-finish">填写主办者信息</li><li class="tea-step__item is-current">填写网站信息</li></ol>' +
    '<div class="tea-card website-card"><div class="tea-card__header"><h3 class="tea-card__title">网站信息（网站1）</h3></div><div class="tea-card__body"><form class="tea-form">' +
    row('网站名称', '<input class="tea-input" value="锦程云官网">') + row('网站域名', '<input class="tea-input" value="jinchengyun.com">') +
    '</form><h4 class="tea-h4">网站负责人信息</h4><form class="tea-form">' +
    row('负责人姓名', '<input class="tea-input" value="刘佳怡">') + row('证件类型', dropdown('居民身份证', role)) + row('证件号码', text('5101**********3426')) +
    '</form></div></div>';

  it('a tea dropdown head showing 居民身份证 is no section title: the principal\'s number is not the entity\'s (invented before)', () => {
    const facts = read(form(''), url)?.facts;
    expect(facts?.entity?.idNumber).toBeUndefined();
    expect(facts?.websites).toEqual([{ name: '锦程云官网', domains: ['jinchengyun.com'] }]);
  });

  it('alike with the head marked role=combobox (invented before)', () => {
    expect(read(form(' role="combobox" aria-expanded="false"'), url)?.facts.entity?.idNumber).toBeUndefined();
  });

  it('guard: the entity card\'s own 证件号码 is still read, the principal\'s after it not', () => {
    const entity =
      '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">主办者信息</h3></div><div class="tea-card__body"><form class="tea-form">' +
      row('主办者性质', text('企业')) + row('证件类型', dropdown('营业执照（统一社会信用代码）', '')) + row('证件号码', text('9151**********4H2N')) + '</form></div></div>';
    expect(read(entity + form(''), url)?.facts.entity?.idNumber).toBe('9151**********4H2N');
  });
});

describe('Alibaba 备案服务号管理: a used-of-total column headed 服务号使用情况 (rules/labels/aliyun/beian.json beian-service-numbers.used)', () => {
  const url = 'https://beian.console.aliyun.com/#/serviceCode/list';
  const table = (header: string, cells: [string, string]) =>
    `<div class="next-table"><table><thead><tr><th>实例ID/名称</th><th>产品类型</th><th>地域</th><th>公网IP</th><th>${header}</th><th>操作</th></tr></thead><tbody>` +
    `<tr><td><a>i-bp1g4k7n0q3t6w9z2c5f</a><div>hemu-web-prod</div></td><td>ECS云服务器</td><td>华东1（杭州）</td><td>47.98.**.126</td><td>${cells[0]}</td><td><a>申请服务号</a></td></tr>` +
    `<tr><td><a>5c1e8a3f7b2d4e6a9c0f1b3d5e7a9c2e</a><div>hemu-docs</div></td><td>轻量应用服务器</td><td>华东1（杭州）</td><td>121.41.**.88</td><td>${cells[1]}</td><td><a>申请服务号</a></td></tr>` +
    '</tbody></table></div>';
  const servers = [
    { id: 'i-bp1g4k7n0q3t6w9z2c5f', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', serviceNumbersUsed: 1 },
    { id: '5c1e8a3f7b2d4e6a9c0f1b3d5e7a9c2e', provider: 'aliyun', product: 'swas', region: 'cn-hangzhou', serviceNumbersUsed: 2 },
  ];

  it('服务号使用情况 "1/5": each row gives its used count (the page read nothing before)', () => {
    expect(read(table('服务号使用情况', ['1/5', '2/5']), url)?.facts.servers).toEqual(servers);
  });

  it('guard: 已使用/总数 reads alike', () => {
    expect(read(table('已使用/总数', ['1/5', '2/5']), url)?.facts.servers).toEqual(servers);
  });
});
