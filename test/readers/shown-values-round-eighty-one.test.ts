import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the eighty-first round of held-out pages (plain English pages of the international filing systems as a
 * foreign-invested company's staff file a new website: test/fixtures-unseen/README.md "Eighty-first round"), each narrowed
 * to the smallest markup that showed it.
 */

const page = (body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

describe('round eighty-one: the Tencent Cloud international filing form in English', () => {
  const verifyUrl = 'https://console.tencentcloud.com/beian/manage/process/20261207000415/verify';
  const websiteUrl = 'https://console.tencentcloud.com/beian/manage/process/20261207000415/website';
  const item = (label: string, control: string) =>
    `<div class="tea-form__item"><div class="tea-form__label is-required"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
  const text = (v: string) => `<div class="tea-form__text">${v}</div>`;
  const input = (v: string) => `<input type="text" class="tea-input" value="${v}">`;
  const select = (v: string) =>
    `<div class="tea-dropdown tea-select"><button class="tea-dropdown__header" type="button"><span class="tea-dropdown__value">${v}</span></button></div>`;
  const card = (title: string, items: string) =>
    `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><div class="tea-form">${items}</div></div></div>`;
  const entityItems =
    item('Entity Region', select('Shanghai') + select('Shanghai') + select('Pudong New Area')) +
    item('Entity Nature', select('Enterprise')) +
    item('Entity Certificate Type', select('Business License (Unified Social Credit Code)')) +
    item('Entity Certificate No.', input('9131**********4K7P')) +
    item('Entity Name', input('上海湖桥仪器有限公司'));
  const entity = {
    type: 'organization',
    name: '上海湖桥仪器有限公司',
    idType: 'Business License (Unified Social Credit Code)',
    idNumber: '9131**********4K7P',
    province: 'Shanghai',
  };

  // "Entity Region / Entity Nature / Entity Certificate Type / Entity Certificate No. / Entity Name / Website Domain" were
  // Chinese-only words in rules/labels/tencent.json beian-form: the English verify step gave no entity and no domain.
  it('reads the entity and the domain of the English verify step', () => {
    const body = card(
      'Verify Filing Type',
      entityItems +
        item('Website Domain', input('lakebridge.cn')) +
        item('Filing Cloud Service', '<label><input type="radio" checked> CVM</label><label><input type="radio"> Lighthouse</label>') +
        item('CVM Instance', select('ins-k3m8q2w6 | lakebridge-web (Shanghai Zone 5 | 101.34.***.18)')),
    );
    const facts = read(body, verifyUrl)?.facts;
    expect(facts?.entity).toEqual(entity);
    expect(facts?.websites?.[0]?.domains).toEqual(['lakebridge.cn']);
  });

  // The website step: Website Name, Website Domain, Website Service Content were Chinese-only too (name, domain and content
  // missing; the entity card's fields as above).
  it('reads the website name, domain and content of the English website step, and the entity card', () => {
    const body =
      card('Entity Information', entityItems) +
      card(
        'Website Information',
        item('Website Name', input('湖桥仪器')) +
          item('Website Domain', '<span class="tea-form__text">lakebridge.cn</span>') +
          item('Website Service Content', select('Corporate website')),
      );
    const facts = read(body, websiteUrl)?.facts;
    expect(facts?.entity).toEqual(entity);
    expect(facts?.websites?.[0]).toMatchObject({ name: '湖桥仪器', domains: ['lakebridge.cn'], content: 'Corporate website' });
  });

  // Guard: the website person in charge's "Certificate Type / Certificate Number" (the same English words as the entity's)
  // under the Website Person in Charge heading stay the person's — no entity from them.
  it('takes no entity from the website person in charge', () => {
    const body =
      card(
        'Website Information',
        item('Website Name', input('湖桥仪器')) + item('Website Domain', text('lakebridge.cn')),
      ) +
      card(
        'Website Person in Charge',
        item('Name', input('周明远')) + item('Certificate Type', select('Resident Identity Card')) + item('Certificate Number', input('3101**********2438')),
      );
    const facts = read(body, websiteUrl)?.facts;
    expect(facts?.entity?.idNumber).toBeUndefined();
    expect(facts?.entity?.idType).toBeUndefined();
    expect(facts?.entity?.name).toBeUndefined();
  });
});

describe('round eighty-one: the Alibaba Cloud international website step', () => {
  // "Website Domain Names" (the label over the domain inputs, each with Delete, and + Add Domain Name) was not among the
  // English domains labels of rules/labels/aliyun/beian.json: no domain was read.
  it('reads the domains under "Website Domain Names"', () => {
    const fi = (label: string, control: string) =>
      `<div class="next-form-item is-required"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
    const input = (v: string) => `<span class="next-input next-medium"><input type="text" value="${v}"></span>`;
    const body =
      '<div class="next-card"><div class="next-card-head"><h3 class="next-card-title">Website Information</h3></div><div class="next-card-body"><form class="next-form">' +
      fi('Website Name', input('湖桥仪器')) +
      fi(
        'Website Domain Names',
        `<div>${input('lakebridge-instruments.cn')}<a class="next-btn next-btn-text">Delete</a></div><div>${input('lakebridge.com.cn')}<a class="next-btn next-btn-text">Delete</a></div><button type="button" class="next-btn">+ Add Domain Name</button>`,
      ) +
      '</form></div></div>';
    const facts = read(body, 'https://beian.console.alibabacloud.com/#/website')?.facts;
    expect(facts?.websites?.[0]).toMatchObject({ name: '湖桥仪器', domains: ['lakebridge-instruments.cn', 'lakebridge.com.cn'] });
  });
});

describe('round eighty-one: the Alibaba Cloud website step, its person in charge', () => {
  // "Website Person in Charge" (the English 网站负责人信息 card) was not among beian-sections website-leader: drawn before the
  // entity's summary (antd 5, variant), its Name / Certificate Type / Certificate Number were the entity's 周明远 / Resident
  // Identity Card / 3101…2438 (invented).
  const afi = (l: string, c: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="${l}">${l}</label></div>` +
    `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${c}</div></div></div></div></div>`;
  const ain = (v: string) => `<input class="ant-input" type="text" value="${v}">`;
  const asel = (v: string) =>
    `<div class="ant-select ant-select-single"><div class="ant-select-selector"><span class="ant-select-selection-item" title="${v}">${v}</span></div></div>`;
  const person =
    '<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">Website Person in Charge</div></div><div class="ant-card-body"><form class="ant-form">' +
    afi('Name', ain('周明远')) + afi('Certificate Type', asel('Resident Identity Card')) + afi('Certificate Number', ain('3101**********2438')) +
    '</form></div></div>';
  const entity =
    '<div class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-header"><div class="ant-descriptions-title">Entity Information</div></div><div class="ant-descriptions-view"><table><tbody>' +
    [['Filing Province', 'Shanghai', 'Entity Type', 'Enterprise'], ['Certificate Type', 'Business License (Unified Social Credit Code)', 'Certificate Number', '9131**********4K7P'], ['Entity Name', '上海湖桥仪器有限公司', 'Investor or Competent Authority', 'Lakebridge Instruments Holdings Pte. Ltd.']]
      .map(([a, b, c, d]) => `<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">${a}</th><td class="ant-descriptions-item-content">${b}</td><th class="ant-descriptions-item-label">${c}</th><td class="ant-descriptions-item-content">${d}</td></tr>`)
      .join('') +
    '</tbody></table></div></div>';
  const website =
    '<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">Website Information</div></div><div class="ant-card-body"><form class="ant-form">' +
    afi('Website Name', ain('湖桥仪器')) + afi('Website Domain Names', ain('lakebridge-instruments.cn')) +
    '</form></div></div>';

  it('takes the entity from its summary, not from a Website Person in Charge card drawn first', () => {
    const facts = read(person + entity + website, 'https://beian.console.alibabacloud.com/#/website')?.facts;
    expect(facts?.entity).toMatchObject({ name: '上海湖桥仪器有限公司', idType: 'Business License (Unified Social Credit Code)', idNumber: '9131**********4K7P' });
  });
});

describe('round eighty-one: the Tencent Cloud English form, its cloud service', () => {
  const url = 'https://console.tencentcloud.com/beian/manage/process/20261207000415/verify';
  const item = (label: string, control: string) =>
    `<div class="tea-form__item"><div class="tea-form__label is-required"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
  const input = (v: string) => `<input type="text" class="tea-input" value="${v}">`;
  const radios = (checked: string) =>
    '<div class="tea-radio-group">' +
    ['CVM', 'Lighthouse', 'Authorization Code']
      .map((o) => `<label class="tea-form-check"><input type="radio" class="tea-radio"${o === checked ? ' checked' : ''}><span class="tea-form-check__label">${o}</span></label>`)
      .join('') +
    '</div>';
  const form = (items: string) => `<div class="tea-card"><div class="tea-card__body"><div class="tea-form">${items}</div></div></div>`;

  // "Authorization Code" (备案授权码), "Filing Cloud Service" and "Domain" were Chinese-only words: a code entered under an
  // "Authorization Code" label gave no serviceNumber, a domain under "Domain" no domain (variants; missing).
  it('reads the code under "Authorization Code" and the domain under "Domain"', () => {
    const facts = read(
      form(item('Domain', input('lakebridge.cn')) + item('Filing Cloud Service', radios('Authorization Code')) + item('Authorization Code', input('BAP5L8K1J4H7G0F2'))),
      url,
    )?.facts;
    expect(facts?.websites?.[0]).toMatchObject({ domains: ['lakebridge.cn'], serviceNumber: 'BAP5L8K1J4H7G0F2' });
    expect(facts?.servers ?? []).toEqual([]);
  });

  // Guard: the radio option "Authorization Code" of the cloud service type is no label — with CVM chosen, the instance is the
  // website's server and there is no code.
  it('takes the chosen CVM, and no code from the radio option', () => {
    const facts = read(
      form(
        item('Domain', input('lakebridge.cn')) +
          item('Cloud Service Type', radios('CVM')) +
          item('CVM Instance', '<div class="tea-dropdown tea-select"><button class="tea-dropdown__header" type="button"><span class="tea-dropdown__value">ins-k3m8q2w6 | lakebridge-web (Shanghai Zone 5 | 101.34.***.18)</span></button></div>'),
      ),
      url,
    )?.facts;
    expect(facts?.websites?.[0]?.serviceNumber).toBeUndefined();
    expect(facts?.websites?.[0]?.serverId).toBe('ins-k3m8q2w6');
    expect(facts?.servers?.[0]).toMatchObject({ id: 'ins-k3m8q2w6', product: 'cvm', region: 'ap-shanghai' });
  });
});

describe('round eighty-one: the Tencent Cloud authorization codes in English', () => {
  // A "Resource ID" column (its name in a column of its own) was no resource column of rules/labels/tencent.json authcode
  // ("Resource ID/Name", "Instance ID" were): the page read no code at all (variant; missing).
  it('reads the codes of a table with "Resource ID" and "Resource Name" columns', () => {
    const row = (code: string, id: string, name: string, account: string, status: string) =>
      `<tr class="t-table__row"><td>${code}</td><td><a>${id}</a></td><td>${name}</td><td>CVM</td><td>East China (Shanghai)</td><td>${account}</td><td><span class="t-tag"><span class="t-tag__text">${status}</span></span></td></tr>`;
    const body =
      '<div class="t-table"><table><thead class="t-table__header"><tr><th>Authorization Code</th><th>Resource ID</th><th>Resource Name</th><th>Resource Type</th><th>Region</th><th>Authorized Account ID</th><th>Status</th></tr></thead><tbody class="t-table__body">' +
      row('BAQ7T2W9E4R6Y1U3', 'ins-k3m8q2w6', 'lakebridge-web', '200031457720', 'Used') +
      row('BAP5L8K1J4H7G0F2', 'ins-k3m8q2w6', 'lakebridge-web', '200058812093', 'Unused') +
      '</tbody></table></div>';
    const facts = read(body, 'https://console.tencentcloud.com/beian/authcode')?.facts;
    expect(facts?.servers).toEqual([
      {
        id: 'ins-k3m8q2w6',
        provider: 'tencent',
        product: 'cvm',
        region: 'ap-shanghai',
        authorizationCodes: [
          { code: 'BAQ7T2W9E4R6Y1U3', targetAccount: '200031457720', status: 'used' },
          { code: 'BAP5L8K1J4H7G0F2', targetAccount: '200058812093', status: 'unused' },
        ],
      },
    ]);
  });
});
