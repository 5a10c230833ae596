import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the eightieth round of held-out pages (plain pages of both providers as a company with a filing adds a
 * second website or changes one: test/fixtures-unseen/README.md "Eightieth round") and its variants, each narrowed in a
 * scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'zh-CN') => readPage(page(body, url, lang), new URL(url));

const websiteUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=addWebsite';
const serverUrl = 'https://beian.console.alibabacloud.com/#/base';
const field = (label: string, value: string) =>
  `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="${label}">${label}</label></div>` +
  `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${value}</div></div></div></div></div>`;
const input = (v: string) => `<input class="ant-input" type="text" value="${v}">`;
const select = (v: string) =>
  `<div class="ant-select ant-select-single"><div class="ant-select-selector"><span class="ant-select-selection-search"><input role="combobox" readonly value=""></span><span class="ant-select-selection-item" title="${v}">${v}</span></div></div>`;
const tag = (t: string, kind = '') => `<span class="ant-tag${kind ? ` ant-tag-${kind}` : ''}">${t}</span>`;
const card = (title: string, body: string, extra = '') =>
  `<div class="ant-card ant-card-bordered"><div class="ant-card-head"><div class="ant-card-head-wrapper"><div class="ant-card-head-title">${title}</div>` +
  (extra ? `<div class="ant-card-extra">${extra}</div>` : '') + `</div></div><div class="ant-card-body">${body}</div></div>`;
const desc = (pairs: Array<[string, string]>) =>
  '<div class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-view"><table><tbody>' +
  pairs.map(([l, v]) => `<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">${l}</th><td class="ant-descriptions-item-content">${v}</td></tr>`).join('') +
  '</tbody></table></div></div>';

const entitySummary = card(
  '主办单位信息',
  desc([['主办单位性质', '企业'], ['主办单位名称', '北京云杉智图科技有限公司'], ['主办单位证件类型', '营业执照(统一社会信用代码)'], ['主办单位证件号码', '9111**********7X2K'], ['主体备案号', '京ICP备2021012345号']]),
);
const filedFields = desc([['网站名称', '云杉智图官网'], ['网站备案号', '京ICP备2021012345号-1'], ['网站域名', 'yunshan-zhitu.com'], ['网站服务内容', '企业官网']]);
const addedForm = (title: string) =>
  card(title, '<form class="ant-form ant-form-horizontal">' + field('网站名称', input('云杉智图产品文档')) + field('网站域名', input('yunshan-docs.cn')) + field('网站服务内容', select('企业官网')) + '</form>');

describe('round eighty: the Alibaba 新增网站 website step lists the filed website in a card of its own', () => {
  // "网站1：云杉智图官网" + a 已备案 tag titled the filed website's read-only card (its 网站备案号 …号-1 in a Descriptions row)
  // above the added website's form: a title not ending in its number, so its tag was not asked — the filed website was
  // read as one of the filing's (invented).
  it('drops the filed website whose card title shows a 已备案 tag', () => {
    const body = entitySummary + card(`网站1：云杉智图官网 ${tag('已备案', 'success')}`, filedFields) + addedForm(`网站2：云杉智图产品文档 ${tag('新增网站', 'blue')}`);
    expect(read(body, websiteUrl)?.facts.websites).toEqual([{ name: '云杉智图产品文档', domains: ['yunshan-docs.cn'], content: '企业官网' }]);
  });

  it('drops it with the 已备案 tag in the card head beside the title', () => {
    const body = entitySummary + card('网站1：云杉智图官网', filedFields, tag('已备案', 'success')) + addedForm('网站2：云杉智图产品文档');
    expect(read(body, websiteUrl)?.facts.websites).toEqual([{ name: '云杉智图产品文档', domains: ['yunshan-docs.cn'], content: '企业官网' }]);
  });

  // Guard: a filed website this filing changes (变更网站 in its head) stays the filing's beside the added one.
  it('keeps a filed website tagged 变更网站 beside the added one', () => {
    const body = entitySummary + card(`网站1：云杉智图官网 ${tag('已备案', 'success')}`, filedFields, tag('变更网站')) + addedForm(`网站2：云杉智图产品文档 ${tag('新增网站', 'blue')}`);
    expect(read(body, websiteUrl)?.facts.websites?.map((w) => w.name)).toEqual(['云杉智图官网', '云杉智图产品文档']);
  });

  // Guard: every website shown filed (a 变更备案 of two filed websites) — all are the filing's, as before.
  it('keeps both websites when both are tagged 已备案', () => {
    const body = entitySummary + card(`网站1：云杉智图官网 ${tag('已备案', 'success')}`, filedFields) +
      card(`网站2：云杉智图文档 ${tag('已备案', 'success')}`, desc([['网站名称', '云杉智图文档'], ['网站域名', 'yunshan-docs.cn']]));
    expect(read(body, websiteUrl)?.facts.websites?.map((w) => w.name)).toEqual(['云杉智图官网', '云杉智图文档']);
  });
});

describe('round eighty: the international Add Website step titles the new website\'s card "New Website"', () => {
  // Basic Information of an Add Website flow: the filed entity read-only, then a "New Website" card with its Domain Name,
  // then Product Verification. "New Website" was no section title: the domain fell in the entity's section and was not
  // read (missing).
  const entity = card('Entity Information', desc([['Filing Province', 'Beijing'], ['Entity Type', 'Enterprise'], ['Entity Name', '北京云杉智图科技有限公司'], ['Entity ICP Filing Number', '京ICP备2021012345号']]));
  const product = card(
    'Product Verification',
    '<form class="ant-form ant-form-horizontal">' + field('Instance ID', select('i-2ze8k3m5q7w9e1r4t6y0')) + field('Service Number', select('1101081273')) + '</form>',
  );
  const newSite = (title: string, label: string) => card(title, '<form class="ant-form ant-form-horizontal">' + field(label, input('yunshan-docs.cn')) + '</form>');

  it('reads the domain of the "New Website" card', () => {
    const facts = read(entity + newSite('New Website', 'Domain Name') + product, serverUrl, 'en')?.facts;
    expect(facts?.websites).toEqual([{ domains: ['yunshan-docs.cn'], serverId: 'i-2ze8k3m5q7w9e1r4t6y0', serviceNumber: '1101081273' }]);
    expect(facts?.entity).toMatchObject({ type: 'organization', name: '北京云杉智图科技有限公司', province: 'Beijing' });
  });

  it('reads the domain of a 新增网站信息 card', () => {
    const zhEntity = card('主办单位信息', desc([['主办单位所属区域', '北京市'], ['主办单位性质', '企业'], ['主体备案号', '京ICP备2021012345号']]));
    const zhProduct = card('产品验证', '<form class="ant-form ant-form-horizontal">' + field('实例ID', select('i-2ze8k3m5q7w9e1r4t6y0')) + field('备案服务号', select('1101081273')) + '</form>');
    const facts = read(zhEntity + newSite('新增网站信息', '网站域名') + zhProduct, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base')?.facts;
    expect(facts?.websites).toEqual([{ domains: ['yunshan-docs.cn'], serverId: 'i-2ze8k3m5q7w9e1r4t6y0', serviceNumber: '1101081273' }]);
  });
});

describe('round eighty variants: the filed website known by its number or a state in its title', () => {
  const added = [{ name: '云杉智图产品文档', domains: ['yunshan-docs.cn'], content: '企业官网' }];

  // The filed website's card with no tag, its 网站备案号 …号-1 in a bordered Descriptions row (th | td): a number in a
  // table row was taken for a list's row (the entity's filed websites) and never marked the card filed — read as the
  // filing's (invented).
  it('drops the filed website whose card shows its 网站备案号 in a Descriptions row', () => {
    const body = entitySummary + card('网站1：云杉智图官网', filedFields) + addedForm('网站2：云杉智图产品文档');
    expect(read(body, websiteUrl)?.facts.websites).toEqual(added);
  });

  // Guard: a number in a list row (a table of the filed websites under the added website's title) still marks nothing:
  // the website read is the added one, in its own section.
  it('a list table of filed websites inside the added website\'s section leaves it the filing\'s', () => {
    const list =
      '<table><thead><tr><th>网站名称</th><th>网站备案号</th></tr></thead><tbody><tr><td>云杉智图官网</td><td>京ICP备2021012345号-1</td></tr></tbody></table>';
    const body = entitySummary + card('网站信息', list + '<form class="ant-form ant-form-horizontal">' + field('网站名称', input('云杉智图产品文档')) + field('网站域名', input('yunshan-docs.cn')) + field('网站服务内容', select('企业官网')) + '</form>');
    expect(read(body, websiteUrl)?.facts.websites).toEqual(added);
  });

  // 网站信息（网站1，已备案） / 网站信息（网站2，新增）: the states written into the titles' brackets were not asked of a title
  // known by its words — the filed website was read as the filing's (invented).
  it('drops the website titled 网站信息（网站1，已备案）', () => {
    const body = entitySummary + card('网站信息（网站1，已备案）', filedFields) + addedForm('网站信息（网站2，新增）');
    expect(read(body, websiteUrl)?.facts.websites).toEqual(added);
  });

  // "网站1：云杉智图官网" + <span>京ICP备2021012345号-1</span>: the number beside the title's words (invented before).
  it('drops the website whose title shows its own filing number in a span', () => {
    const body = entitySummary + card('网站1：云杉智图官网 <span class="site-icp">京ICP备2021012345号-1</span>', desc([['网站名称', '云杉智图官网'], ['网站域名', 'yunshan-zhitu.com'], ['网站服务内容', '企业官网']])) + addedForm('网站2：云杉智图产品文档');
    expect(read(body, websiteUrl)?.facts.websites).toEqual(added);
  });
});

describe('round eighty variants: the Add Website step with the filed website in a card of its own', () => {
  // Entity Information, "Website 1: 云杉智图官网" + Filed (its Descriptions), New Website (Domain Name), Product Verification:
  // the server block under neither website's title (both in one form) was given to none — the added website's instance
  // and service number were lost (missing).
  it('gives the Product Verification block to the one website added', () => {
    const filedCard = card(`Website 1: 云杉智图官网 ${tag('Filed', 'success')}`, desc([['Website Name', '云杉智图官网'], ['Domain Name', 'yunshan-zhitu.com'], ['Website ICP Filing Number', '京ICP备2021012345号-1']]));
    const body =
      '<form class="ant-form">' +
      card('Entity Information', desc([['Filing Province', 'Beijing'], ['Entity Type', 'Enterprise']])) +
      filedCard +
      card('New Website', field('Domain Name', input('yunshan-docs.cn'))) +
      card('Product Verification', field('Instance ID', select('i-2ze8k3m5q7w9e1r4t6y0')) + field('Service Number', select('1101081273'))) +
      '</form>';
    expect(read(body, serverUrl, 'en')?.facts.websites).toEqual([{ domains: ['yunshan-docs.cn'], serverId: 'i-2ze8k3m5q7w9e1r4t6y0', serviceNumber: '1101081273' }]);
  });
});

describe('round eighty variants: the filed website card as Descriptions without borders', () => {
  const added = [{ name: '云杉智图产品文档', domains: ['yunshan-docs.cn'], content: '企业官网' }];
  const item = (l: string, v: string) =>
    `<td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">${l}</span><span class="ant-descriptions-item-content">${v}</span></div></td>`;
  // Each cell a label and its value (antd Descriptions without borders): the 网站备案号 …号-1 in a table cell was taken
  // for a list's and marked nothing — the filed website was read as the filing's (invented).
  it('drops the filed website whose 网站备案号 shows in a label-and-value cell', () => {
    const fields = `<div class="ant-descriptions"><table><tbody><tr>${item('网站名称', '云杉智图官网')}${item('网站备案号', '京ICP备2021012345号-1')}</tr><tr>${item('网站域名', 'yunshan-zhitu.com')}${item('网站服务内容', '企业官网')}</tr></tbody></table></div>`;
    const body = entitySummary + card('网站1：云杉智图官网', fields) + addedForm('网站2：云杉智图产品文档');
    expect(read(body, websiteUrl)?.facts.websites).toEqual(added);
  });

  // Guard: a list's row whose number cell also shows a status tag (京ICP备…号-1 + 已备案) is still a list's row: the
  // added website, whose section the list is in, stays the filing's.
  it('a list row cell with a number and a status tag marks nothing', () => {
    const list =
      '<table><thead><tr><th>网站名称</th><th>网站备案号</th></tr></thead><tbody><tr><td>云杉智图官网</td><td><span>京ICP备2021012345号-1</span> <span class="ant-tag">已备案</span></td></tr></tbody></table>';
    const body = entitySummary + card('网站信息', list + '<form class="ant-form ant-form-horizontal">' + field('网站名称', input('云杉智图产品文档')) + field('网站域名', input('yunshan-docs.cn')) + field('网站服务内容', select('企业官网')) + '</form>');
    expect(read(body, websiteUrl)?.facts.websites).toEqual(added);
  });
});

describe('round eighty variants: guard of the unowned server block', () => {
  // Guard: a server card between the filed website's card and the added one's may be the filed website's — not given to
  // the added website.
  it('does not give a server card drawn between the two websites to the added one', () => {
    const filedCard = card(`Website 1: 云杉智图官网 ${tag('Filed', 'success')}`, desc([['Website Name', '云杉智图官网'], ['Domain Name', 'yunshan-zhitu.com']]));
    const body =
      '<form class="ant-form">' +
      card('Entity Information', desc([['Filing Province', 'Beijing'], ['Entity Type', 'Enterprise']])) +
      filedCard +
      card('Product Verification', field('Instance ID', select('i-2ze0filed0instance01')) + field('Service Number', select('1101080001'))) +
      card('New Website', field('Domain Name', input('yunshan-docs.cn'))) +
      '</form>';
    expect(read(body, serverUrl, 'en')?.facts.websites).toEqual([{ domains: ['yunshan-docs.cn'] }]);
  });
});
