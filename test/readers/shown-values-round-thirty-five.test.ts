import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the thirty-fifth round of held-out pages (both providers; filers of every kind — passports, passes,
 * residence permits, public institutions, foreign-invested companies: test/fixtures-unseen/README.md "Thirty-fifth
 * round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const teaItem = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form__text">${value}</div></div></div>`;

describe('a domain\'s own page is no list of domains (tencent/domain-list.ts)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/mou-studio.cn';
  const otherDomains =
    '<div class="tea-card"><div class="tea-card__header">该账号下的其他域名</div><div class="tea-table"><table>' +
    '<thead><tr><th>域名</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>' +
    '<tr><td>other-shop.cn</td><td>王某某</td><td>2027-04-02</td></tr><tr><td>other-photo.com</td><td>SMITH JOHN</td><td>2026-12-20</td></tr>' +
    '</tbody></table></div></div>';

  it('a table of the account\'s other domains under the domain\'s fields gives none of them: the page is the domain\'s (two domains were invented, the page\'s own lost)', () => {
    const body =
      '<div class="tea-form tea-form--readonly">' + teaItem('域名', 'mou-studio.cn') + teaItem('到期时间', '2028-01-15') + teaItem('域名状态', '正常') +
      teaItem('域名所有者', 'Smith, John') + teaItem('证件类型', '护照') + teaItem('证件号码', 'E1234****') + '</div>' + otherDomains;
    const got = read(body, url);
    expect(got?.reader).toBe('tencent-domain-info');
    expect(got?.facts.domains?.map((d) => d.domain)).toEqual(['mou-studio.cn']);
    expect(got?.facts.domains?.[0]).toMatchObject({ registrantName: 'Smith, John', registrantIdType: '护照', registrantIdNumber: 'E1234****', expiresAt: '2028-01-15' });
  });

  it('the same table on the domain list (its path names no domain) is the list', () => {
    const got = read(otherDomains, 'https://console.cloud.tencent.com/domain/all-domain/all');
    expect(got?.reader).toBe('tencent-domain-list');
    expect(got?.facts.domains?.map((d) => d.domain)).toEqual(['other-shop.cn', 'other-photo.com']);
  });
});

describe('a section\'s title that is a field\'s label word titles the section: the rows under it are no value of it (dom/field.ts)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=mou-trading.com.cn';
  const row = (label: string, value: string) => `<div class="info-row"><div class="info-label">${label}</div><div class="info-value">${value}</div></div>`;
  const card = (title: string, rows: string) =>
    `<div class="next-card"><div class="next-card-head"><div class="next-card-title">${title}</div></div><div class="next-card-body">${rows}</div></div>`;

  it('a card titled 域名持有者 over 域名持有者（中文）/ 证件类型 / 证件号码 rows gives the name of its row, not the card\'s whole text (the card\'s text was the name, invented)', () => {
    const body =
      card('域名基本信息', row('域名', 'mou-trading.com.cn') + row('到期时间', '2027-09-30')) +
      card('域名持有者', row('域名持有者（中文）', '某某贸易（上海）有限公司') + row('域名持有者（英文）', 'Mou Trading (Shanghai) Co., Ltd.') + row('证件类型', '营业执照') + row('证件号码', '9131**********2Q3X'));
    const got = read(body, url);
    expect(got?.facts.domains?.[0]).toMatchObject({ domain: 'mou-trading.com.cn', registrantName: '某某贸易(上海)有限公司', registrantIdType: '营业执照', registrantIdNumber: '9131**********2Q3X' });
  });

  it('the same card without a 域名持有者（中文） row gives no name: its title names no value (the card\'s text was the name, invented)', () => {
    const body =
      card('域名基本信息', row('域名', 'mou-trading.com.cn') + row('到期时间', '2027-09-30')) +
      card('域名持有者', row('证件类型', '营业执照') + row('证件号码', '9131**********2Q3X'));
    const got = read(body, url);
    expect(got?.facts.domains?.[0]?.registrantName).toBeUndefined();
    expect(got?.facts.domains?.[0]).toMatchObject({ registrantIdType: '营业执照', registrantIdNumber: '9131**********2Q3X' });
  });
});

describe('a target account\'s cell with the account\'s name under its id (tencent/beian-authcode.ts)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const table = (accountCell: string) =>
    '<div class="tea-table"><table><thead><tr><th>关联的云服务</th><th>地域</th><th>备案授权码</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody>' +
    `<tr><td>云服务器 <a href="#">ins-sz3k5m7q</a></td><td>广州</td><td>BA2W4E6R8T0Y2U4I</td><td>${accountCell}</td><td>已使用</td></tr>` +
    '</tbody></table></div>';
  const sub = (t: string) => `<span class="sub-line" style="display:block">${t}</span>`;

  it.each([
    ['an individual business\'s keeper', '王某某（个体工商户经营者）'],
    ['a company named with commas', 'Mou Trading (Shanghai) Co., Ltd.'],
    ['a name with a middle dot', '阿卜杜·热合曼'],
  ])('100031415926 over %s\'s name is the account 100031415926 (it was missing)', (_, name) => {
    const got = read(table(`100031415926${sub(name)}`), url);
    expect(got?.facts.servers?.[0]?.authorizationCodes).toEqual([{ code: 'BA2W4E6R8T0Y2U4I', targetAccount: '100031415926', status: 'used' }]);
  });

  it('two account ids in the cell give none (which is the code\'s is not shown)', () => {
    const got = read(table(`100031415926${sub('100027182818')}`), url);
    expect(got?.facts.servers?.[0]?.authorizationCodes?.[0]?.targetAccount).toBeUndefined();
  });

  it('a name before the id (no id first) gives none', () => {
    const got = read(table(`王某某${sub('100031415926')}`), url);
    expect(got?.facts.servers?.[0]?.authorizationCodes?.[0]?.targetAccount).toBeUndefined();
  });
});

describe('the filing form\'s 主办单位所在省份 (rules/labels/aliyun/beian.json, data)', () => {
  const item = (label: string, value: string) =>
    `<div class="next-form-item"><label class="next-form-item-label">${label}</label><div class="next-form-item-control"><span class="next-input"><input value="${value}"></span></div></div>`;

  it('主办单位所在省份 新疆维吾尔自治区 in a summary grid of a public institution is the filing province (it was missing)', () => {
    const body =
      '<section class="entity-summary"><div class="summary-grid" style="display:grid;grid-template-columns:140px 1fr 140px 1fr">' +
      '<span class="k">主办单位名称</span><span class="v">某某地区文化馆</span><span class="k">主办单位性质</span><span class="v">事业单位</span>' +
      '<span class="k">主办单位证件类型</span><span class="v">事业单位法人证书</span><span class="k">主办单位证件号码</span><span class="v">1265************7A</span>' +
      '<span class="k">主办单位所在省份</span><span class="v">新疆维吾尔自治区</span></div></section>' +
      '<form class="next-form">' + item('网站名称', '某某文化云') + item('网站域名', 'mou-whg.org.cn') + '</form>';
    const got = read(body, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website');
    expect(got?.facts.entity).toMatchObject({ type: 'organization', name: '某某地区文化馆', idType: '事业单位法人证书', idNumber: '1265************7A', province: '新疆维吾尔自治区' });
  });

  it('an individual\'s form with 主办单位所在省份 广东省 / 深圳市 and no address gives the province (it was missing: only the address gave it)', () => {
    const body = '<form class="next-form">' + item('主办单位所在省份', '广东省 / 深圳市 / 南山区') + item('主办单位性质', '个人') +
      item('主办单位证件类型', '港澳居民来往内地通行证') + item('主办单位证件号码', 'H01****78') + item('主办单位名称', '陈某某') + '</form>';
    const got = read(body, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity');
    expect(got?.facts.entity).toMatchObject({ type: 'individual', name: '陈某某', idType: '港澳居民来往内地通行证', idNumber: 'H01****78', province: '广东省' });
  });
});

describe('the Tencent filing form\'s 主办单位性质 of every kind (tencent/values.ts entityTypeFromText, rules/labels/tencent.json entityTypes)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261205000418/entity';
  const dropdown = (label: string, value: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-dropdown" role="combobox" aria-expanded="false"><span class="tea-dropdown__value">${value}</span></div></div></div>`;
  const input = (label: string, value: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><input class="tea-input" value="${value}"></div></div>`;
  const form = (nature: string, idType: string, name: string, idNumber: string) =>
    '<form class="tea-form">' + dropdown('备案区域', '福建省') + dropdown('主办单位性质', nature) + dropdown('主办单位证件类型', idType) +
    input('主办单位名称', name) + input('主办单位证件号码', idNumber) + '</form>';

  it.each([
    ['外商投资企业', '营业执照', 'Mou Trading (Xiamen) Co., Ltd.', '9135**********2Q3X'],
    ['个体工商户', '营业执照', '王某某', '9235**********6L7P'],
    ['军队', '军队单位对外有偿服务许可证', '某某部队', '****1234'],
    ['医疗机构', '医疗机构执业许可证', '厦门某某医院', 'PDY1****35020'],
    ['宗教团体', '宗教活动场所登记证', '某某寺', '闽宗****0123'],
  ])('%s is an organization (it was missing)', (nature, idType, name, idNumber) => {
    const got = read(form(nature, idType, name, idNumber), url);
    expect(got?.facts.entity?.type).toBe('organization');
    expect(got?.facts.entity).toMatchObject({ name, idType });
  });

  it.each(['个人（港澳台居民）', '个人（外籍人士）', '个人(外国人)'])('%s is an individual: a qualifier in brackets after 个人 (it was missing)', (nature) => {
    const got = read(form(nature, '护照', 'SMITH JOHN', 'E1234****'), url);
    expect(got?.facts.entity).toMatchObject({ type: 'individual', name: 'SMITH JOHN', idType: '护照', idNumber: 'E1234****' });
  });

  it('a word that names no kind (未选择) gives no type', () => {
    const got = read(form('请选择', '护照', 'SMITH JOHN', 'E1234****'), url);
    expect(got?.facts.entity?.type).toBeUndefined();
  });
});

describe('an 应急联系人 section above the entity\'s, its labels the entity\'s words (aliyun/beian-form.ts, rules/labels/aliyun/beian.json beian-sections contact)', () => {
  const item = (label: string, value: string) =>
    `<div class="next-form-item"><label class="next-form-item-label">${label}</label><div class="next-form-item-control"><span class="next-input"><input value="${value}"></span></div></div>`;
  const contact = '<h3 class="form-section-title">应急联系人</h3>' + item('姓名', '陈某豪') + item('证件类型', '居民身份证') + item('证件号码', '4403**********2468');
  const entity = (number: string) => '<h3 class="form-section-title">主办单位信息</h3>' + item('主办单位所在省份', '广东省 / 深圳市') + item('主办单位性质', '个人') +
    item('主办单位证件类型', '港澳居民来往内地通行证') + item('主办单位证件号码', number) + item('主办单位名称', '陈某明');
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';

  it('gives none of its person\'s values to the entity (the contact was the entity: name, ID type and number invented)', () => {
    const got = read('<form class="next-form">' + contact + entity('H01****78') + '</form>', url);
    expect(got?.facts.entity).toEqual({ type: 'individual', name: '陈某明', idType: '港澳居民来往内地通行证', idNumber: 'H01****78', province: '广东省' });
  });

  it('the entity\'s number left empty gives none (not the contact\'s)', () => {
    const got = read('<form class="next-form">' + contact + entity('') + '</form>', url);
    expect(got?.facts.entity?.idNumber).toBeUndefined();
  });
});
