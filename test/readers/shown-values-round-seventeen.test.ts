import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the seventeenth round of held-out pages (both providers, test/fixtures-unseen/README.md
 * "Seventeenth round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (style: string, body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (style: string, body: string, url: string) => readPage(page(style, body, url), new URL(url))?.facts;

describe('a "used/total" cell beside a row\'s selection checkbox is no character counter (dom/units.ts isInputCounter)', () => {
  const url = 'https://beian.console.aliyun.com/#/serviceCode/list';
  const row = (id: string, product: string, region: string, used: string) =>
    `<tr><td><input type="checkbox" aria-label="选择"></td><td>${id}</td><td>${product}</td><td>${region}</td><td>${used}</td><td>可申请</td></tr>`;
  const list = (rows: string) =>
    '<table><thead><tr><th><input type="checkbox" aria-label="全选"></th><th>实例ID/名称</th><th>产品类型</th><th>地域</th><th>已使用/总数</th><th>状态</th></tr></thead>' +
    `<tbody>${rows}</tbody></table>`;

  it('reads 0 used from "0/5" in a row with an unchecked checkbox', () => {
    const facts = read('', list(row('i-bp1hc7k2m9x4n6r8t0w2', '云服务器ECS', '华东1（杭州）', '3/5') + row('9a8b7c6d5e4f43a2b1c0d9e8f7a6b5c4', '轻量应用服务器', '华南1（深圳）', '0/5')), url);
    expect(facts?.servers).toEqual([
      { id: 'i-bp1hc7k2m9x4n6r8t0w2', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', serviceNumbersUsed: 3 },
      { id: '9a8b7c6d5e4f43a2b1c0d9e8f7a6b5c4', provider: 'aliyun', product: 'swas', region: 'cn-shenzhen', serviceNumbersUsed: 0 },
    ]);
  });

  it('still takes "2 / 20" beside a text input holding two characters for its counter', async () => {
    const { valueText } = await import('../../src/readers/dom/units');
    const doc = page('', '<div class="field"><input value="青岚"><span class="count">2 / 20</span></div>', 'https://beian.aliyun.com/');
    expect(valueText(doc.querySelector('.field'))).toBe('青岚');
  });
});

describe("a plan card's item draws its value above its caption (dom/field.ts valueAboveCaption)", () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-k5j7h9g1';
  const item = (value: string, caption: string) => `<div class="package-card__item"><span class="package-card__value">${value}</span><span class="package-card__label">${caption}</span></div>`;
  const fields =
    '<ul class="tea-form"><li><div class="tea-form__label">实例ID</div><div class="tea-form__controls">lhins-k5j7h9g1</div></li>' +
    '<li><div class="tea-form__label">地域</div><div class="tea-form__controls">广州 | 广州六区</div></li></ul>';

  it('reads 峰值带宽 from the value above it, not from the next item ("1200GB" over 每月流量)', () => {
    const card = `<div class="package-card">${item('2核', 'CPU')}${item('4GB', '内存')}${item('6Mbps', '峰值带宽')}${item('1200GB', '每月流量')}</div>`;
    expect(read('', card + fields, url)?.servers).toEqual([{ id: 'lhins-k5j7h9g1', provider: 'tencent', product: 'lighthouse', region: 'ap-guangzhou', publicBandwidthMbps: 6 }]);
  });

  it('the last item of the card too', () => {
    const card = `<div class="package-card">${item('2核', 'CPU')}${item('1200GB', '每月流量')}${item('6Mbps', '峰值带宽')}</div>`;
    expect(read('', card + fields, url)?.servers?.[0]?.publicBandwidthMbps).toBe(6);
  });
});

describe("the filing form's international wording (aliyun/beian-form.ts titleKind, rules/labels/aliyun/beian.json)", () => {
  const url = 'https://beian.console.alibabacloud.com/#/base';
  const field = (label: string, value: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${value}</div></div>`;
  const entity =
    '<div class="section-title">Entity Information</div>' +
    field("Organizer's Region", '<span class="next-select"><em>Zhejiang / Ningbo / Yinzhou District</em></span>') +
    field('Organizer Type', '<span class="next-select"><em>Enterprise</em></span>');
  const server = (title: string) =>
    `<div class="section-title">${title}</div>` +
    field('Domain Name', 'lanting-tea.com') +
    field('Product Type', '<label><input type="radio" checked disabled> ECS</label>') +
    field('Instance ID', '<span class="next-select"><em>i-bp1lt4m8q2w6e0r3t7y1</em></span>') +
    field('Instance Region', '<input readonly value="China (Hangzhou)">') +
    field('Service Identification Number', '<input readonly value="3502031177">');

  it("reads the province from Organizer's Region", () => {
    expect(read('', `<form>${entity}${server('Product Verification')}</form>`, url)?.entity).toEqual({ type: 'organization', province: 'Zhejiang' });
  });

  it('a section titled with two titles (Website and Product Verification) holds the server fields', () => {
    const facts = read('', `<form>${entity}${server('Website and Product Verification')}</form>`, url);
    expect(facts?.websites).toEqual([{ domains: ['lanting-tea.com'], serverId: 'i-bp1lt4m8q2w6e0r3t7y1', serviceNumber: '3502031177' }]);
    expect(facts?.servers).toEqual([{ id: 'i-bp1lt4m8q2w6e0r3t7y1', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou' }]);
  });
});

describe('the app root a modal library hides from screen readers is still on screen (dom/visibility.ts besideOpenModal)', () => {
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  const list =
    '<h2>云虚拟主机</h2><table><thead><tr><th>实例ID/主机名</th><th>到期时间</th><th>地域</th></tr></thead><tbody>' +
    '<tr><td>bdm301122334</td><td>2027-02-14 00:00:00</td><td>华东1（杭州）</td></tr></tbody></table>';
  const modal = (attrs: string) =>
    `<div class="next-overlay-wrapper opened"><div class="next-dialog" role="dialog" ${attrs}><div class="next-dialog-header">导出主机列表</div>` +
    '<pre>实例ID,地域,到期时间\nbdm298877661,华南1（深圳）,2026-09-30 00:00:00</pre></div></div>';
  const host = [{ id: 'bdm301122334', provider: 'aliyun', product: 'virtual-host', region: 'cn-hangzhou', expiresAt: '2027-02-14' }];

  it('reads the list behind an open aria-modal export dialog while <div id="app" aria-hidden="true">', () => {
    expect(read('', `<div id="app" aria-hidden="true">${list}</div>${modal('aria-modal="true"')}`, url)?.servers).toEqual(host);
  });

  it('an aria-hidden root with no open modal beside it (or a closed one) stays hidden', () => {
    expect(read('', `<div id="app" aria-hidden="true">${list}</div>`, url)?.servers ?? null).toBeNull();
    expect(read('', `<div id="app" aria-hidden="true">${list}</div>${modal('aria-modal="true" hidden')}`, url)?.servers ?? null).toBeNull();
  });
});

describe('what is typed into an open inline editor is not saved (dom/inline-editor.ts, in dom/units.ts, dom/field.ts, aliyun/beian-form.ts)', () => {
  it("a CVM detail page's Bandwidth Cap is the shown 10 Mbps, not the 50 typed into the adjust box its label names", () => {
    const url = 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-r8t2y6u0';
    const li = (label: string, value: string) => `<li><div class="tea-form__label">${label}</div><div class="tea-form__controls">${value}</div></li>`;
    const body =
      '<ul class="tea-form">' +
      li('Instance ID', 'ins-r8t2y6u0') +
      li('Region', 'South China (Guangzhou)') +
      li(
        '<label for="bw">Bandwidth Cap</label>',
        '<div class="inline-editor"><span>10 Mbps</span> → <span><input id="bw" type="number" value="50"> Mbps</span>' +
          '<button type="button">Confirm Adjustment</button><button type="button">Cancel</button><span>Fee for the remaining period: USD 61.20</span></div>',
      ) +
      '</ul>';
    expect(read('', body, url)?.servers?.[0]?.publicBandwidthMbps).toBe(10);
  });

  it('an adjust box with icon buttons (named by aria-label and title) that replaced the shown value: no bandwidth, not the 50 typed', () => {
    const url = 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-r8t2y6u0';
    const li = (label: string, value: string) => `<li><div class="tea-form__label">${label}</div><div class="tea-form__controls">${value}</div></li>`;
    const body =
      '<ul class="tea-form">' +
      li('Instance ID', 'ins-r8t2y6u0') +
      li(
        'Bandwidth Cap',
        '<div class="inline-editor"><span><input type="number" value="50"> Mbps</span>' +
          '<button type="button" aria-label="Confirm"><i class="tea-icon tea-icon-check"></i></button><button type="button" title="Cancel"><i class="tea-icon tea-icon-close"></i></button></div>',
      ) +
      '</ul>';
    expect(read('', body, url)?.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });

  it("a filing form's saved domain, not the new one typed into its Edit box", () => {
    const url = 'https://beian.console.alibabacloud.com/#/base';
    const field = (label: string, value: string) =>
      `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${value}</div></div>`;
    const body =
      '<form><div class="section-title">Product Verification</div>' +
      field('Domain Name', '<span>lanting-tea.com</span> <a>Edit</a><div class="inline-edit-row"><span class="next-input"><input value="lanting-tea.cn"></span><button type="button">Save</button><button type="button">Cancel</button></div>') +
      field('Instance ID', '<span class="next-select"><em>i-bp1lt4m8q2w6e0r3t7y1</em></span>') +
      field('Service Identification Number', '<input readonly value="3502031177">') +
      '</form>';
    expect(read('', body, url)?.websites).toEqual([{ domains: ['lanting-tea.com'], serverId: 'i-bp1lt4m8q2w6e0r3t7y1', serviceNumber: '3502031177' }]);
  });

  it('a domain input with a Verify button only (no confirm and cancel beside it) is still the value', () => {
    const url = 'https://beian.console.alibabacloud.com/#/base';
    const body =
      '<form><div class="section-title">Product Verification</div>' +
      '<div class="next-form-item"><div class="next-form-item-label"><label>Domain Name</label></div><div class="next-form-item-control"><span class="next-input"><input value="lanting-tea.com"></span><button type="button">Verify</button></div></div>' +
      '<div class="next-form-item"><div class="next-form-item-label"><label>Instance ID</label></div><div class="next-form-item-control"><span class="next-select"><em>i-bp1lt4m8q2w6e0r3t7y1</em></span></div></div>' +
      '</form>';
    expect(read('', body, url)?.websites?.[0]?.domains).toEqual(['lanting-tea.com']);
  });
});

describe("a print preview of the filed websites over the filing form is the preview's document (aliyun/beian-service-numbers.ts isServiceNumberList, aliyun/beian-form.ts domains)", () => {
  const url = 'https://beian.console.alibabacloud.com/#/base';
  const field = (label: string, value: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${value}</div></div>`;
  const form =
    '<form><div class="section-title">Product Verification</div>' +
    field('Domain Name', 'lanting-tea.com') +
    field('Product Type', '<label><input type="radio" checked disabled> ECS</label>') +
    field('Instance ID', '<span class="next-select"><em>i-bp1lt4m8q2w6e0r3t7y1</em></span>') +
    field('Service Identification Number', '<input readonly value="3502031177">') +
    '</form>';
  const preview =
    '<div class="print-preview" role="dialog" aria-modal="true" aria-label="Print preview"><h1>ICP Filing Information Sheet</h1><table>' +
    '<thead><tr><th>Website</th><th>Domain Name</th><th>Instance ID</th><th>Service Identification Number</th></tr></thead>' +
    '<tbody><tr><td>Lanting Tea Shop</td><td>lanting-shop.com</td><td>i-uf6lt0shop00000042</td><td>3502029904</td></tr></tbody></table></div>';

  it("reads the form's website and server, nothing of the preview's rows", () => {
    const facts = read('', `<div id="root">${form}</div>${preview}`, url);
    expect(facts?.websites).toEqual([{ domains: ['lanting-tea.com'], serverId: 'i-bp1lt4m8q2w6e0r3t7y1', serviceNumber: '3502031177' }]);
    expect(facts?.servers).toEqual([{ id: 'i-bp1lt4m8q2w6e0r3t7y1', provider: 'aliyun', product: 'ecs' }]);
  });
});
