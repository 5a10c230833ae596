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
