import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the seventy-sixth round of held-out pages (plain English pages of both providers as a foreign company's
 * staff prepares a China filing — the base rate: test/fixtures-unseen/README.md "Seventy-sixth round") and its variants,
 * each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'en') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'en') => readPage(page(body, url, lang), new URL(url));

const entityUrl = 'https://beian.console.alibabacloud.com/#/entity';
const field = (label: string, value: string) =>
  `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="${label}">${label}</label></div>` +
  `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${value}</div></div></div></div></div>`;
const input = (v: string) => `<input class="ant-input" type="text" value="${v}">`;
const select = (v: string) =>
  `<div class="ant-select ant-select-single"><div class="ant-select-selector"><span class="ant-select-selection-search"><input role="combobox" readonly value=""></span><span class="ant-select-selection-item" title="${v}">${v}</span></div></div>`;

describe('round seventy-six: the international filing entity step', () => {
  // The English UI's cascader "Province/City/District: Guangdong / Shenzhen / Nanshan District" was no province label: the
  // province came from the Chinese mailing address instead (广东省 — the same province here, but the address's, not the field's).
  const entity = (mailing: string) =>
    '<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">Entity Information</div></div><div class="ant-card-body"><form class="ant-form ant-form-horizontal">' +
    field('Province/City/District', select('Guangdong / Shenzhen / Nanshan District')) +
    field('Entity Type', select('Enterprise')) +
    field('Certificate Type', select('Business License (Unified Social Credit Code)')) +
    field('Certificate Number', input('9144**********3N6R')) +
    field('Entity Name', input('深圳北港数据分析有限公司')) +
    field('Mailing Address', input(mailing)) +
    '</form></div></div>';

  it('reads the province from the "Province/City/District" cascader', () => {
    const facts = read(entity('广东省深圳市南山区粤海街道科苑南路 2666 号 18 层 1803 室'), entityUrl);
    expect(facts?.facts.entity).toMatchObject({ type: 'organization', name: '深圳北港数据分析有限公司', province: 'Guangdong' });
  });

  it('the cascader, not a mailing address in another province', () => {
    const facts = read(entity('上海市浦东新区世纪大道 100 号'), entityUrl);
    expect(facts?.facts.entity?.province).toBe('Guangdong');
  });

  // The English UI's "Person in Charge of the Entity" card (its Name, Certificate Type, Certificate Number) was no section
  // title: drawn before the Entity Information card (variant), the principal's 王立诚 / Resident ID Card / 4403…2218 were
  // read as the entity's (invented).
  it('reads nothing of the entity from a "Person in Charge of the Entity" card drawn first', () => {
    const pic =
      '<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">Person in Charge of the Entity</div></div><div class="ant-card-body"><form class="ant-form ant-form-horizontal">' +
      field('Name', input('王立诚')) +
      field('Certificate Type', select('Resident ID Card')) +
      field('Certificate Number', input('4403**********2218')) +
      '</form></div></div>';
    const facts = read(pic + entity('广东省深圳市南山区粤海街道科苑南路 2666 号 18 层 1803 室'), entityUrl);
    expect(facts?.facts.entity).toMatchObject({
      type: 'organization',
      name: '深圳北港数据分析有限公司',
      idType: 'Business License (Unified Social Credit Code)',
      idNumber: '9144**********3N6R',
    });
  });
});

describe('round seventy-six: the international domain list', () => {
  // The Registrant cell with the Chinese name over its English one (variant): "深圳北港数据分析有限公司 Northgate Analytics
  // (Shenzhen) Co., Ltd." was read as one name — neither the registrant's Chinese nor its English name (a wrong value).
  const list = (registrant: string) =>
    '<div class="ant-table-wrapper"><div class="ant-table"><div class="ant-table-container"><div class="ant-table-content"><table><thead class="ant-table-thead"><tr>' +
    ['Domain Name', 'Status', 'Registrant', 'Real-name Verification', 'Expiration Date'].map((h) => `<th class="ant-table-cell">${h}</th>`).join('') +
    '</tr></thead><tbody class="ant-table-tbody"><tr class="ant-table-row ant-table-row-level-0">' +
    ['<a>northgate-data.cn</a>', 'Normal', registrant, '<span class="ant-tag ant-tag-green">Verified</span>', 'Jun 19, 2027'].map((c) => `<td class="ant-table-cell">${c}</td>`).join('') +
    '</tr></tbody></table></div></div></div></div>';
  const url = 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain';

  it('reads the Chinese name of a cell showing the English one under it', () => {
    const facts = read(list('<div>深圳北港数据分析有限公司</div><div class="ant-typography ant-typography-secondary">Northgate Analytics (Shenzhen) Co., Ltd.</div>'), url);
    expect(facts?.facts.domains?.[0]).toMatchObject({ domain: 'northgate-data.cn', registrantName: '深圳北港数据分析有限公司', realNameVerified: true, expiresAt: '2027-06-19' });
  });

  it("reads the Chinese name of a person's cell showing the pinyin under it (variant)", () => {
    const facts = read(list('<div>王立诚</div><div>Wang Licheng</div>'), url);
    expect(facts?.facts.domains?.[0]?.registrantName).toBe('王立诚');
  });

  it('keeps a Latin name alone, and a Chinese name before words that are no company name', () => {
    expect(read(list('Northgate Analytics Ltd.'), url)?.facts.domains?.[0]?.registrantName).toBe('Northgate Analytics Ltd.');
    expect(read(list('杭州周林空间设计工作室(普通合伙)'), url)?.facts.domains?.[0]?.registrantName).toBe('杭州周林空间设计工作室(普通合伙)');
    // (Latin words that are no pinyin after a Chinese name are left as they were)
    expect(read(list('<div>王立诚</div><div>Northgate Team</div>'), url)?.facts.domains?.[0]?.registrantName).toBe('王立诚 Northgate Team');
  });
});
