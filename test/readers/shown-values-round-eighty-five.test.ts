import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { readField } from '../../src/readers/dom/field';

/**
 * Faults found by the eighty-fifth round of held-out pages (plain pages of the page kinds earlier rounds covered least:
 * test/fixtures-unseen/README.md "Eighty-fifth round"), each narrowed to the smallest markup that showed it.
 */

const baseUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
const read = (body: string, url = baseUrl) =>
  readPage(htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url), new URL(url));

/** An antd form item: the label's box holds the <label> and, after it, whatever `afterLabel` is (a help trigger). */
const antdItem = (label: string, control: string, afterLabel = '') =>
  `<div class="ant-form-item"><div class="ant-form-item-label"><label class="ant-form-item-required" title="${label}">${label}</label>${afterLabel}</div>` +
  `<div class="ant-form-item-control"><div class="ant-form-item-control-input">${control}</div></div></div>`;
const selected = (text: string) =>
  `<div class="ant-select ant-select-single"><div class="ant-select-selector"><span class="ant-select-selection-search"><input class="ant-select-selection-search-input" role="combobox" readonly value=""></span><span class="ant-select-selection-item" title="${text}">${text}</span></div></div>`;
const baseStep = (serviceNumberHelp: string) =>
  '<form class="ant-form ant-form-horizontal"><h3>基础信息</h3>' +
  antdItem('主办单位所属区域', selected('北京市 / 北京市 / 海淀区')) +
  antdItem('主办单位性质', selected('企业')) +
  antdItem('网站域名', '<input class="ant-input" value="zhiyuan-robotics.cn">') +
  '<h3>产品验证</h3>' +
  antdItem('产品类型', selected('云服务器ECS')) +
  antdItem('实例ID', selected('i-2ze8k3m5q7w9y1a4c6e0')) +
  antdItem('备案服务号', selected('1102457893'), serviceNumberHelp) +
  '</form>';
const website = { domains: ['zhiyuan-robotics.cn'], serverId: 'i-2ze8k3m5q7w9y1a4c6e0', serviceNumber: '1102457893' };

describe('round eighty-five: a help trigger beside a label holding only a drawn icon', () => {
  // The filing system's base step drew the 备案服务号 label's help as antd's tooltip trigger beside the <label>, its icon an
  // empty `anticon` box (the glyph drawn by the icon font / CSS, no <svg> in the markup) named by antd's glyph name. The
  // trigger was taken for the value box: the service number went missing.
  it('reads the value after a trigger box whose one icon antd names by its glyph (aria-label="question-circle")', () => {
    const help = ' <span class="ant-form-item-tooltip"><span role="img" aria-label="question-circle" class="anticon anticon-question-circle"></span></span>';
    expect(read(baseStep(help))?.facts.websites).toEqual([website]);
    // (antd 3 writes the name "icon: question-circle")
    const help3 = ' <span class="ant-form-item-tooltip"><i aria-label="icon: question-circle" class="anticon anticon-question-circle"></i></span>';
    expect(read(baseStep(help3))?.facts.websites).toEqual([website]);
  });

  it('reads the value after a trigger box whose image antd names by its glyph, the classes hashed', () => {
    // (the page's own scratch run of the markup mutations: class-names-hashed left the image's role and glyph name only)
    const help = ' <span class="c1x9k2"><span role="img" aria-label="question-circle" class="c0a7pq c3m2zz"></span></span>';
    expect(read(baseStep(help))?.facts.websites).toEqual([website]);
  });

  it('reads the value after a trigger box holding an unnamed icon-font glyph box', () => {
    const help = ' <span class="help-trigger" tabindex="0"><span class="iconfont icon-question"></span></span>';
    expect(read(baseStep(help))?.facts.websites).toEqual([website]);
  });

  it('keeps a box holding a state drawn as a named image as the value (guard)', () => {
    // (an image named otherwise than by its glyph — 已实名认证 — may be the field's shown value, as before)
    const doc = htmlToDocument(
      '<!DOCTYPE html><html><body><div class="row"><label>实名认证状态</label><span class="state"><span role="img" aria-label="已实名认证" class="anticon anticon-safety-certificate"></span></span></div></body></html>',
      baseUrl,
    );
    const value = readField(doc.body, ['实名认证状态']);
    expect(typeof value === 'string' ? value : value?.className).toBe('state');
    // (nor does an English name of words make an image a glyph: aria-label="Real-name verified")
    const en = htmlToDocument(
      '<!DOCTYPE html><html><body><div class="row"><label>Real-name Status</label><span class="state"><span role="img" aria-label="Real-name verified" class="c0a7pq"></span></span></div></body></html>',
      baseUrl,
    );
    const enValue = readField(en.body, ['Real-name Status']);
    expect(typeof enValue === 'string' ? enValue : enValue?.className).toBe('state');
  });
});

describe('round eighty-five: the Tencent code list with its resource column worded "Associated Cloud Resource"', () => {
  // The English variant of the code page named 关联的云服务 "Associated Cloud Resource" (the vocabulary had "Associated Cloud
  // Service", "Associated resources", "Cloud Resource ID"): no column was the resource's, the page read to nothing.
  const url = 'https://console.tencentcloud.com/beian/authcode';
  const row = (code: string, type: string, id: string, zone: string, account: string, status: string) =>
    `<tr><td><div class="tea-table__cell">${code}</div></td><td><div class="tea-table__cell"><p>${type}</p><p><a href="#">${id}</a></p><p class="tea-text-weak">${zone} | 119.29.183.40</p></div></td>` +
    `<td><div class="tea-table__cell">${account}</div></td><td><div class="tea-table__cell">${status}</div></td><td><div class="tea-table__cell">2026-11-28 15:07:22</div></td></tr>`;
  const page = (resourceHeader: string) =>
    `<h2 class="tea-h2">Authorization Code</h2><div class="tea-table"><table class="tea-table__box"><thead><tr><th>Authorization Code</th><th>${resourceHeader}</th><th>Authorized Account</th><th>Status</th><th>Generated</th></tr></thead><tbody>` +
    row('BAM4Q8W2E6R0T3Y7', 'CVM', 'ins-7k2m9p4x', 'Guangzhou Zone 3', '100039572816', 'In use') +
    row('BAP7O3I9U1Y5T2R6', 'Lighthouse', 'lhins-6t9y2u5i', 'Nanjing Zone 1', '100039572816', 'Used') +
    '</tbody></table></div>';
  const servers = [
    { id: 'ins-7k2m9p4x', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', authorizationCodes: [{ code: 'BAM4Q8W2E6R0T3Y7', targetAccount: '100039572816', status: 'in-use' }] },
    { id: 'lhins-6t9y2u5i', provider: 'tencent', product: 'lighthouse', region: 'ap-nanjing', authorizationCodes: [{ code: 'BAP7O3I9U1Y5T2R6', targetAccount: '100039572816', status: 'used' }] },
  ];
  it('reads the codes under an "Associated Cloud Resource" column', () => {
    expect(read(page('Associated Cloud Resource'), url)?.facts.servers).toEqual(servers);
    expect(read(page('Associated Cloud Resources'), url)?.facts.servers).toEqual(servers);
  });
});

describe('round eighty-five: other wordings of the least covered pages (variants)', () => {
  const fusionTable = (heads: string[], rows: string[][]) =>
    `<div class="next-table"><table><thead class="next-table-header"><tr>${heads.map((h) => `<th class="next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('')}</tr></thead>` +
    `<tbody class="next-table-body">${rows.map((r) => `<tr class="next-table-row">${r.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div>`;

  it('reads a Lighthouse list whose ID column is headed "Instance ID/Name"', () => {
    // (the vocabulary had ID/Name, 实例ID/名称, Instance ID: the English list so headed read to nothing)
    const url = 'https://console.tencentcloud.com/lighthouse/instance/index';
    const row = (id: string, zone: string, exp: string) =>
      `<tr><td><p><a>${id}</a></p><p class="tea-text-weak">web</p></td><td>Running</td><td>${zone}</td><td><p>2 Cores 4 GB</p><p>Peak bandwidth: 6 Mbps</p></td><td>Monthly subscription</td><td>${exp}</td></tr>`;
    const page =
      '<h2>Instances</h2><div class="tea-table"><table class="tea-table__box"><thead><tr><th>Instance ID/Name</th><th>Status</th><th>Availability Zone</th><th>Instance Plan</th><th>Billing Mode</th><th>Expiration Time</th></tr></thead><tbody>' +
      row('lhins-m3k8q2w7', 'Guangzhou Zone 3', '2027-01-15 09:22:31') + row('lhins-h1j5k9l3', 'Chengdu Zone 1', '2027-11-11 20:13:47') + '</tbody></table></div>';
    const server = (id: string, region: string, expiresAt: string) => ({ id, provider: 'tencent', product: 'lighthouse', region, billing: 'subscription', expiresAt, publicBandwidthMbps: 6 });
    expect(read(page, url)?.facts.servers).toEqual([server('lhins-m3k8q2w7', 'ap-guangzhou', '2027-01-15'), server('lhins-h1j5k9l3', 'ap-chengdu', '2027-11-11')]);
  });

  it('reads the service-number list\'s region under 所在地域', () => {
    const zh = fusionTable(['实例', '产品', '所在地域', '总配额', '已用', '剩余'], [
      ['i-bp1f3h5j7l9n2p4r6t8v', 'ECS', '华东1（杭州）', '5', '2', '3'],
      ['i-2vc5b8n1m4k7j0h3g6f9', 'ECS', '西南1（成都）', '5', '1', '4'],
    ]);
    expect(read(`<h1>备案服务号管理</h1>${zh}`, 'https://beian.console.aliyun.com/#/serviceCode/list')?.facts.servers).toEqual([
      { id: 'i-bp1f3h5j7l9n2p4r6t8v', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', serviceNumbersUsed: 2 },
      { id: 'i-2vc5b8n1m4k7j0h3g6f9', provider: 'aliyun', product: 'ecs', region: 'cn-chengdu', serviceNumbersUsed: 1 },
    ]);
  });

  it('reads the service-number list\'s used count under "Used Quota"', () => {
    const en = fusionTable(['Instance', 'Product', 'Region', 'Quota', 'Used Quota', 'Remaining'], [
      ['i-bp1f3h5j7l9n2p4r6t8v', 'ECS', 'China (Hangzhou)', '5', '2', '3'],
      ['4b8d2f6a0c3e47b9d1f5a8c2e6b0d4f7', 'Simple Application Server', 'China (Shenzhen)', '5', '0', '5'],
    ]);
    expect(read(`<h1>Service Identification Number Management</h1>${en}`, 'https://beian.console.alibabacloud.com/#/serviceCode')?.facts.servers).toEqual([
      { id: 'i-bp1f3h5j7l9n2p4r6t8v', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', serviceNumbersUsed: 2 },
      { id: '4b8d2f6a0c3e47b9d1f5a8c2e6b0d4f7', provider: 'aliyun', product: 'swas', region: 'cn-shenzhen', serviceNumbersUsed: 0 },
    ]);
  });

  it('reads the English base step\'s province under "Region of the Entity"', () => {
    const page =
      '<form class="ant-form ant-form-horizontal"><h3>Basic Information</h3>' +
      antdItem('Region of the Entity', selected('Beijing / Beijing / Haidian District')) +
      antdItem('Entity Type', selected('Enterprise')) +
      antdItem('Domain Name', '<input class="ant-input" value="zhiyuan-robotics.cn">') +
      '<h3>Product Verification</h3>' +
      antdItem('Product Type', selected('ECS')) +
      antdItem('Instance ID', selected('i-2ze8k3m5q7w9y1a4c6e0')) +
      antdItem('Service Identification Number', selected('1102457893')) +
      '</form>';
    expect(read(page, 'https://beian.console.alibabacloud.com/#/base')?.facts.entity).toEqual({ type: 'organization', province: 'Beijing' });
  });
});

describe('rev58: a glyph name is not a value named by lowercase words joined by hyphens', () => {
  const valueOf = (label: string, box: string) => {
    const doc = htmlToDocument(`<!DOCTYPE html><html><body><div class="row"><label>${label}</label>${box}</div></body></html>`, baseUrl);
    const value = readField(doc.body, [label]);
    return typeof value === 'string' ? value : value?.getAttribute('class');
  };

  it('keeps a state drawn as an image, named and classed by the state, as the value', () => {
    // (class="status-verified" ends in the name's word, but is no icon set's class for a glyph "verified")
    expect(valueOf('Real-name Status', '<span role="img" aria-label="Verified" class="status-icon status-verified"></span>')).toBe('status-icon status-verified');
    expect(valueOf('Real-name Status', '<span class="v"><span role="img" aria-label="Verified" class="state state-verified"></span></span>')).toBe('v');
  });

  it('keeps an image named by an instance name or an ID (ending in a number, letters and digits) as the value', () => {
    expect(valueOf('实例名称', '<span role="img" aria-label="web-prod-01" class="c0a7pq"></span>')).toBe('c0a7pq');
    expect(valueOf('实例ID', '<span role="img" aria-label="i-bp1paygali0001abcd" class="c0a7pq"></span>')).toBe('c0a7pq');
  });

  it('keeps an image named by a domain name (a dot) as the value, and a value drawn as text whatever its name (guards)', () => {
    expect(valueOf('域名', '<span role="img" aria-label="my-shop.cn" class="c0a7pq"></span>')).toBe('c0a7pq');
    expect(valueOf('实例名称', '<span role="img" aria-label="web-prod-01" class="c0a7pq">web-prod-01</span>')).toBe('c0a7pq');
    expect(valueOf('实例名称', 'web-prod-01 <span role="img" aria-label="copy" class="anticon anticon-copy"></span>')).toBe('web-prod-01');
  });

  it('still takes antd\'s and the icon sets\' glyph names for icons (guard)', () => {
    const help = (icon: string) => baseStep(` <span class="ant-form-item-tooltip">${icon}</span>`);
    for (const icon of [
      '<span role="img" aria-label="question-circle" class="anticon anticon-question-circle"></span>',
      '<span role="img" aria-label="loading-3-quarters" class="c0a7pq"></span>',
      '<span aria-label="help" class="tea-icon tea-icon-help"></span>',
    ])
      expect(read(help(icon))?.facts.websites).toEqual([website]);
  });
});
