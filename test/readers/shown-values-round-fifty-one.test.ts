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
