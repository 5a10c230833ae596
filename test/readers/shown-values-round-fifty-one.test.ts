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
