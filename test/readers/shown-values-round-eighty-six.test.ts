import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the eighty-sixth round of held-out pages (plain pages caught part-way — cards loading, cards failing with a
 * retry, dashes and empty states, validation errors, a filtered list with no-match rows: test/fixtures-unseen/README.md
 * "Eighty-sixth round"), each narrowed to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  readPage(htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url), new URL(url));

describe('round eighty-six: a message row first in a list, its leading cell empty', () => {
  // The Tencent domain list searched by several names shows a row per name not in the account ("qinghe-shop.cn: no
  // matching domain in this account. Register it"): an empty cell under the checkbox column, then one cell across the
  // others. After a data row such a row was taken for that row's expanded detail row (no record); first in the body it was
  // read as a record: a domain not in the account, its status "Register it" and the sentence as its owner (invented).
  const url = 'https://console.tencentcloud.com/domain/all-domain/all';
  const cell = (x: string) => `<td><div class="tea-table__cell">${x}</div></td>`;
  const row = (domain: string, expiry: string) =>
    `<tr><td><div class="tea-table__cell"><input type="checkbox" class="tea-checkbox"></div></td>${cell(`<a class="tea-link">${domain}</a>`)}${cell('Normal')}${cell('杭州青禾文创科技有限公司')}${cell('Verified')}${cell(expiry)}${cell('<a class="tea-link">Manage</a>')}</tr>`;
  const message = (domain: string) =>
    `<tr class="tea-table__empty-row"><td></td><td colspan="6"><div class="tea-table__cell">${domain}: no matching domain in this account. <a class="tea-link">Register it</a></div></td></tr>`;
  const list = (rows: string) =>
    '<div class="tea-table"><table class="tea-table__box"><thead><tr><th><input type="checkbox" class="tea-checkbox"></th><th>Domain Name</th><th>Status</th><th>Domain Owner</th><th>Real-name Verification</th><th>Expiration Time</th><th>Operation</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></div>`;
  const domain = (name: string, expiresAt: string) => ({ domain: name, status: ['Normal'], realNameVerified: true, registrantName: '杭州青禾文创科技有限公司', expiresAt });

  it('reads no record from a message row before the data rows', () => {
    const got = page(list(message('qinghe-shop.cn') + row('qinghe-design.cn', '2028-03-14') + row('qinghe-art.net', '2027-07-08')), url, 'en');
    expect(got?.facts.domains).toEqual([domain('qinghe-design.cn', '2028-03-14'), domain('qinghe-art.net', '2027-07-08')]);
  });

  it('still reads the records around a message row between them (guard)', () => {
    const got = page(list(row('qinghe-design.cn', '2028-03-14') + message('qinghe-shop.cn') + row('qinghe-art.net', '2027-07-08')), url, 'en');
    expect(got?.facts.domains).toEqual([domain('qinghe-design.cn', '2028-03-14'), domain('qinghe-art.net', '2027-07-08')]);
  });
});

describe('round eighty-six: a card failing beside cards of fields whose rows each sit in a grid column, the classes hashed', () => {
  // The ECS detail page drew each field as a key/value row inside a grid column of its own (Fusion's
  // `next-col > .detail-item > label + value`), one card 网络信息加载失败，请重试. Its classes hashed (CSS modules), the cards
  // of fields beside the failing one were not seen as loaded — no label class, and no two key/value rows side by side (each
  // alone in its column) —: the card's failure was taken for the page's and the page read to nothing.
  const url = 'https://ecs.console.aliyun.com/server/i-2ze8k3m7q1w5x9c4v6b2/detail?regionId=cn-beijing';
  const item = (label: string, value: string) => `<div class="c1col"><div class="c2itm"><span class="c3lab">${label}</span><span class="c4val">${value}</span></div></div>`;
  const card = (title: string, body: string) => `<div class="c5card"><div class="c6ttl"><span>${title}</span></div><div class="c7body">${body}</div></div>`;
  const fields = (...pairs: [string, string][]) => `<div class="c8row">${pairs.map(([l, v]) => item(l, v)).join('')}</div>`;
  const failing = '<div class="c9msg" role="alert"><i class="c0ico"></i><div class="cAtxt">网络信息加载失败，请重试</div><a class="cBbtn" role="button">重试</a></div>';
  const detail = (failure: string) =>
    '<main><h1>qh-web-01</h1>' +
    card('基本信息', fields(['实例ID', 'i-2ze8k3m7q1w5x9c4v6b2'], ['地域', '华北2（北京）'], ['实例规格', 'ecs.e-c1m2.large'])) +
    card('付费信息', fields(['付费类型', '按量付费'], ['停机模式', '普通停机模式'], ['到期时间', '-'])) +
    card('网络信息', failure) +
    '</main>';
  const server = { id: 'i-2ze8k3m7q1w5x9c4v6b2', provider: 'aliyun', product: 'ecs', region: 'cn-beijing', billing: 'payg' };

  it('reads the loaded cards beside the one that failed', () => {
    expect(page(detail(failing), url)?.facts.servers).toEqual([server]);
  });

  it('still takes a failure with no card of fields beside it for the page (guard)', () => {
    const alone = '<main><h1>qh-web-01</h1>' + card('网络信息', failing) + card('监控信息', failing) + '</main>';
    expect(page(alone, url)).toBeNull();
  });
});

describe('round eighty-six: a select still loading its options, "加载中..." in its box', () => {
  // The website step's 网站内容 select (and, in English, the entity step's Province/City/District cascader) showed the
  // page's own "加载中..." / "Loading..." in its box while its options came: the text stood in one field's value, deeper
  // than the few boxes around it looked at for fields beside it, and was taken for the page loading — the whole step read
  // to nothing (missing). In one field's value it is that field's state: the field gives nothing, the others are read.
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const item = (label: string, control: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="${label}">${label}</label></div>` +
    `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;
  const select = (shown: string) =>
    `<div class="ant-select ant-select-single"><div class="ant-select-selector"><span class="ant-select-selection-search"><input class="ant-select-selection-search-input" role="combobox" readonly value=""></span>${shown}</div></div>`;
  const step = (content: string) =>
    '<ol class="ant-steps"><li class="ant-steps-item ant-steps-item-finish"><div class="ant-steps-item-title">填写主体信息</div></li><li class="ant-steps-item ant-steps-item-process"><div class="ant-steps-item-title">填写网站信息</div></li></ol>' +
    '<h3>网站信息</h3><form class="ant-form ant-form-horizontal">' +
    item('网站名称', '<input class="ant-input" value="青禾设计作品集">') +
    item('网站域名', '<input class="ant-input" value="qinghe-design.cn">') +
    item('网站内容', content) +
    '</form>';

  it('reads the other fields of a step whose one select says 加载中...', () => {
    const got = page(step(select('<span class="ant-select-selection-placeholder">加载中...</span>')), url);
    expect(got?.facts.websites).toEqual([{ name: '青禾设计作品集', domains: ['qinghe-design.cn'] }]);
    // (the same select loaded: its value read, as before)
    expect(page(step(select('<span class="ant-select-selection-item" title="企业官网">企业官网</span>')), url)?.facts.websites).toEqual([
      { name: '青禾设计作品集', domains: ['qinghe-design.cn'], content: '企业官网' },
    ]);
  });

  it('reads the entity step in English whose region cascader says Loading...', () => {
    const en = 'https://beian.console.alibabacloud.com/#/entity';
    const fusion = (label: string, control: string) =>
      `<div class="next-form-item next-left next-medium"><div class="next-form-item-label"><label required="">${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
    const chosen = (shown: string) => `<span class="next-select next-select-trigger next-select-single next-medium" role="combobox" aria-expanded="false"><span class="next-input next-medium next-select-inner"><span class="next-select-values">${shown}</span></span></span>`;
    const body =
      '<h3>Entity Information</h3><form class="next-form next-form-horizontal">' +
      fusion('Province/City/District', chosen('<span class="next-select-placeholder">Loading...</span>')) +
      fusion('Entity Type', chosen('<em title="Enterprise">Enterprise</em>')) +
      fusion('Certificate Number', '<span class="next-input next-medium"><input type="text" value="9132**********8H5T"></span>') +
      fusion('Entity Name', '<span class="next-input next-medium"><input type="text" value="南京梧桐数智科技有限公司"></span>') +
      '</form>';
    expect(page(body, en, 'en')?.facts.entity).toEqual({ type: 'organization', name: '南京梧桐数智科技有限公司', idNumber: '9132**********8H5T' });
  });

  it('still reads nothing from a step that shows only 加载中... where its fields will be (guard)', () => {
    expect(page(step('').replace(/<form[\s\S]*<\/form>/, '<div class="form-loading"><span>加载中...</span></div>'), url)).toBeNull();
  });
});
