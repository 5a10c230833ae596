import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fifty-first round of held-out pages (both providers; the consoles in English and pages mixing
 * languages — machine-translated labels, a date-format switch, English month-name dates with a line under them:
 * test/fixtures-unseen/README.md "Fifty-first round"), each narrowed in a scratch copy of its page to the smallest
 * markup that showed it.
 */

const page = (body: string, url: string, lang = 'en') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><style>.is-hidden{display:none}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'en') => readPage(page(body, url, lang), new URL(url));

const item = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label">${label}</div><div class="tea-form__controls">${value}</div></div>`;
const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-r51mt001&lang=en';

describe('machine-translated labels of the English-mode Tencent console (rules/labels/tencent.json)', () => {
  it('"Billing mode: Year and month package", "Due time", "Broadband" give the billing, expiry and bandwidth (missing before)', () => {
    const body =
      '<h2>ins-r51mt001 (api-r51)</h2>' +
      item('Instance ID', 'ins-r51mt001') +
      item('Region', 'South China (Guangzhou)') +
      item('Broadband billing mode', 'Pay by quantity (by traffic)') +
      item('Broadband', '1,000 Mbps <a>Adjust network</a>') +
      item('Billing mode', 'Year and month package <a>Renewal</a>') +
      item('Due time', '2027-03-14T17:30:00Z');
    expect(read(body, cvmUrl)?.facts.servers).toEqual([
      { id: 'ins-r51mt001', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2027-03-15', publicBandwidthMbps: 1000 },
    ]);
  });

  it('"Pay by quantity" as the billing mode is pay-as-you-go (missing before)', () => {
    const body = '<h2>ins-r51mt001</h2>' + item('Instance ID', 'ins-r51mt001') + item('Billing mode', 'Pay by quantity');
    expect(read(body, cvmUrl)?.facts.servers?.[0]?.billing).toBe('payg');
  });

  it('a "Broadband billing mode" is the network\'s, no billing of the instance: its "Pay by quantity" gives none (invented once "Pay by quantity" is a word)', () => {
    const body = '<h2>ins-r51mt001</h2>' + item('Instance ID', 'ins-r51mt001') + item('Broadband billing mode', 'Pay by quantity (by traffic)') + item('Broadband', '5 Mbps');
    const s = read(body, cvmUrl)?.facts.servers?.[0];
    expect(s?.billing).toBeUndefined();
    expect(s?.publicBandwidthMbps).toBe(5);
  });
});

const lhUrl = 'https://console.tencentcloud.com/lighthouse/instance/index';
const lhTable = (expires: string) =>
  '<table class="tea-table__box"><thead><tr><th>ID/Name</th><th>Status</th><th>Region</th><th>Peak Bandwidth</th><th>Expires At</th></tr></thead><tbody>' +
  `<tr><td><a>lhins-r51rel01</a><span class="tea-text-weak">test-bj</span></td><td>Expired</td><td>Beijing</td><td>6 Mbit/s</td><td>${expires}</td></tr>` +
  '</tbody></table>';

describe('an English countdown to a release after the expiry date (dom/parse-date OTHER_EVENT_AFTER)', () => {
  it('"Nov 28, 2026, 10:00:00" over "Released in 1 day" gives the expiry (missing before)', () => {
    const s = read(lhTable('Nov 28, 2026, 10:00:00<span style="display:block">Released in 1 day</span>'), lhUrl)?.facts.servers?.[0];
    expect(s?.expiresAt).toBe('2026-11-28');
  });

  it('guard: "Dec 5, 2026 released" / "Dec 5, 2026 (deletion)" still name the event\'s date, no expiry', () => {
    expect(read(lhTable('Dec 5, 2026 released'), lhUrl)?.facts.servers?.[0]?.expiresAt).toBeUndefined();
    expect(read(lhTable('Dec 5, 2026 (deletion)'), lhUrl)?.facts.servers?.[0]?.expiresAt).toBeUndefined();
  });
});

const dcUrl = 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain';
const domainTable = (dates: string[]) =>
  '<table><thead><tr><th>Domain Name</th><th>Domain Status</th><th>Registrant</th><th>Expiration Date</th></tr></thead><tbody>' +
  dates.map((d, i) => `<tr><td><a>r51-${i}.com</a></td><td>Normal</td><td>杭州兰亭茶业有限公司</td><td>${d}</td></tr>`).join('') +
  '</tbody></table>';
const formatSetting = (shown: string) =>
  `<div class="table-toolbar"><label>Date format <span class="next-select" role="combobox" aria-expanded="false"><span class="next-select-values"><em>${shown}</em></span></span></label></div>`;
const expiries = (body: string) => read(body, dcUrl)?.facts.domains?.map((d) => d.expiresAt);

describe('an Alibaba domain list read in the order its date-format setting shows (aliyun/domain-list pageDateFormat)', () => {
  it('"Date format: DD/MM/YYYY" in the toolbar reads 06/12/2027 and 01/02/2027 day first (missing before)', () => {
    expect(expiries(formatSetting('DD/MM/YYYY') + domainTable(['06/12/2027', '01/02/2027']))).toEqual(['2027-12-06', '2027-02-01']);
  });

  it('"MM/DD/YYYY" shown reads them month first (missing before)', () => {
    expect(expiries(formatSetting('MM/DD/YYYY') + domainTable(['06/12/2027', '01/02/2027']))).toEqual(['2027-06-12', '2027-01-02']);
  });

  it('guard: no setting shown, or one naming no order (YYYY-MM-DD), or the formats only in a closed list: the ambiguous dates give none', () => {
    const closedList = '<div style="display:none" role="listbox"><label>Date format</label><div role="option">DD/MM/YYYY</div></div>';
    expect(expiries(domainTable(['06/12/2027', '01/02/2027']))).toEqual([undefined, undefined]);
    expect(expiries(formatSetting('YYYY-MM-DD') + domainTable(['06/12/2027', '01/02/2027']))).toEqual([undefined, undefined]);
    expect(expiries(closedList + domainTable(['06/12/2027', '01/02/2027']))).toEqual([undefined, undefined]);
  });

  it('guard: a setting the column\'s own dates break (DD/MM/YYYY over 12/25/2027: only that one, readable one way, is read) or a shown text naming both formats gives no ambiguous date', () => {
    expect(expiries(formatSetting('DD/MM/YYYY') + domainTable(['06/12/2027', '12/25/2027']))).toEqual([undefined, '2027-12-25']);
    expect(expiries(formatSetting('DD/MM/YYYY | MM/DD/YYYY') + domainTable(['06/12/2027']))).toEqual([undefined]);
  });
});

describe('variants of the round (scratch, after the readers were read): English and machine-translated words elsewhere', () => {
  it('a CVM "Expiry Date" label holding a closed help bubble of sixty-odd characters is still a label (dom/field structuralLabels; missing before)', () => {
    const bubble = '<i class="tea-icon tea-icon-help"></i><div class="tea-bubble is-hidden" role="tooltip">到期时间（北京时间）：2027-03-15 01:30:00；续费 1 个月后为 2027-04-15 01:30:00</div>';
    const body = '<h2>ins-r51mt001</h2>' + item('Instance ID', 'ins-r51mt001') + item('Billing mode', 'Prepaid') + item('Expiry Date ' + bubble, '2027-03-14 10:00:00');
    expect(read(body, cvmUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-03-14');
  });

  it('a Lighthouse list headed "Due time" and "Broadband" gives the expiry and bandwidth (rules/labels/tencent.json lighthouse-list; missing before)', () => {
    const body =
      '<table><thead><tr><th>ID/Name</th><th>Region</th><th>Broadband</th><th>Due time</th></tr></thead><tbody>' +
      '<tr><td>lhins-r51due01</td><td>Guangzhou</td><td>30 Mbit/s</td><td>Dec 6, 2027, 23:59:59</td></tr></tbody></table>';
    const s = read(body, lhUrl)?.facts.servers?.[0];
    expect(s?.expiresAt).toBe('2027-12-06');
    expect(s?.publicBandwidthMbps).toBe(30);
  });

  it('a Tencent domain page\'s "Real-name Verification Status: Verified" and "Verified At" are read (rules/labels/tencent.json domain-info; missing before)', () => {
    const body =
      '<h2>hechuan-r51.cn</h2><table><tbody><tr><th>Domain Name</th><td>hechuan-r51.cn</td></tr><tr><th>Domain Holder</th><td>成都合川设计工作室</td></tr>' +
      '<tr><th>Real-name Verification Status</th><td>Verified</td></tr><tr><th>Verified At</th><td>Nov 20, 2026, 14:31:07</td></tr></tbody></table>';
    const d = read(body, 'https://console.tencentcloud.com/domain/info/hechuan-r51.cn')?.facts.domains?.[0];
    expect(d?.realNameVerified).toBe(true);
    expect(d?.realNameVerifiedAt).toBe('2026-11-20');
  });

  it('an Alibaba ECS detail in machine-translated English — "Payment method: Year and month package", "Due time", "Broadband" — gives billing, expiry, bandwidth (aliyun/server-values, rules/labels/aliyun/ecs.json; missing before)', () => {
    const row = (l: string, v: string) => `<div class="next-col"><span class="item-label">${l}</span><span class="item-value">${v}</span></div>`;
    const body =
      '<h1>web-r51</h1><div class="next-row">' +
      row('Instance ID', 'i-bp1r51machine0000a1') +
      row('Payment method', 'Year and month package') +
      row('Due time', '2027-12-06 23:59:59') +
      row('Broadband', '5Mbps') +
      '</div>';
    expect(read(body, 'https://ecs.console.aliyun.com/server/i-bp1r51machine0000a1/detail?regionId=cn-hangzhou')?.facts.servers).toEqual([
      { id: 'i-bp1r51machine0000a1', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-12-06', publicBandwidthMbps: 5 },
    ]);
  });

  it('an Alibaba ECS list\'s "Pay by quantity" row is pay-as-you-go, under a "Due time" column (missing before)', () => {
    const body =
      '<table><thead><tr><th>Instance ID/Name</th><th>Billing Method</th><th>Due time</th></tr></thead><tbody>' +
      '<tr><td>i-uf6r51machine0000a1</td><td>Year and month package</td><td>Dec 6, 2027, 23:59:59</td></tr>' +
      '<tr><td>i-uf6r51machine0000a2</td><td>Pay by quantity</td><td>-</td></tr></tbody></table>';
    const s = read(body, 'https://ecs.console.alibabacloud.com/#/server/region/cn-shanghai')?.facts.servers;
    expect(s?.map((x) => [x.billing, x.expiresAt])).toEqual([
      ['subscription', '2027-12-06'],
      ['payg', undefined],
    ]);
  });

  it('"Nov 28, 2026, 10:00:00" over "Released on Nov 29, 2026" gives the first date as the expiry (dom/parse-date; missing before)', () => {
    expect(read(lhTable('Nov 28, 2026, 10:00:00<span style="display:block">Released on Nov 29, 2026</span>'), lhUrl)?.facts.servers?.[0]?.expiresAt).toBe('2026-11-28');
  });
});

describe('second batch of variants: what the new words could invent', () => {
  it('an Alibaba ECS detail whose only billing-like field is "Broadband billing method: Pay by quantity" gives no billing (rules/labels/aliyun/ecs.json not broadband; invented payg before)', () => {
    const row = (l: string, v: string) => `<div class="next-col"><span class="item-label">${l}</span><span class="item-value">${v}</span></div>`;
    const body =
      '<h1>web-r51</h1><div class="next-row">' +
      row('Instance ID', 'i-bp1r51machine0000a1') +
      row('Broadband billing method', 'Pay by quantity') +
      row('Due time', '2027-12-06 23:59:59') +
      '</div>';
    const s = read(body, 'https://ecs.console.aliyun.com/server/i-bp1r51machine0000a1/detail?regionId=cn-hangzhou')?.facts.servers?.[0];
    expect(s?.billing).toBeUndefined();
    expect(s?.expiresAt).toBe('2027-12-06');
  });

  it('a Tencent domain page showing "Domain Holder (English)" first and 域名所有者 below gives the Chinese name (rules/labels/tencent.json owner (Chinese) twins; the English one before — wrong by the (中文) convention)', () => {
    const body =
      '<h2>hechuan-r51.cn</h2><div class="tea-form">' +
      item('Domain Name', 'hechuan-r51.cn') +
      item('Domain Holder (English)', 'Chengdu Hechuan Design Studio') +
      '</div><table><tbody><tr><th>域名所有者</th><td>成都合川设计工作室</td></tr><tr><th>实名认证状态</th><td>已实名认证</td></tr></tbody></table>';
    expect(read(body, 'https://console.tencentcloud.com/domain/info/hechuan-r51.cn')?.facts.domains?.[0]?.registrantName).toBe('成都合川设计工作室');
  });
});
