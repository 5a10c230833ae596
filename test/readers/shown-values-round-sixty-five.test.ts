import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the sixty-fifth round of held-out pages (plain Tencent Cloud pages as a first-time filer opens them — the
 * base rate: test/fixtures-unseen/README.md "Sixty-fifth round") and its variants, each narrowed in a scratch copy of its
 * page to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'en') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'en') => readPage(page(body, url, lang), new URL(url));

const lhUrl = 'https://console.tencentcloud.com/lighthouse/instance/index';
const cvmUrl = 'https://console.tencentcloud.com/cvm/instance/index';

const table = (headers: string[], rows: string[][]) =>
  '<div class="tea-table"><table class="tea-table__box"><thead><tr>' +
  headers.map((h) => `<th><div class="tea-table__cell">${h}</div></th>`).join('') +
  '</tr></thead><tbody>' +
  rows.map((r) => '<tr>' + r.map((c) => `<td><div class="tea-table__cell">${c}</div></td>`).join('') + '</tr>').join('') +
  '</tbody></table></div>';

const lhRow = (id: string, billing: string) => [
  `<a href="#">${id}</a><p>blog-prod</p>`,
  'Running',
  '<p>Shanghai</p><p>Shanghai Zone 2</p>',
  '<p>General 2-core 4GB</p><p>Peak bandwidth: 5Mbps</p>',
  billing,
];
const lhHeaders = ['ID/Name', 'Status', 'Region and AZ', 'Bundle', 'Billing Mode'];
const expiries = (body: string, url: string) => read(body, url)?.facts.servers?.map((s) => s.expiresAt);

describe('the international console words the expiry line under the billing mode "Expires on …" (tencent values.expires)', () => {
  it('Lighthouse list: "Monthly Subscription / Expires on 2027-02-16 10:11:12" gives the expiry (missing before)', () => {
    const body = table(lhHeaders, [
      lhRow('lhins-omjpkp8v', '<p>Monthly Subscription</p><p>Expires on 2027-02-16 10:11:12</p>'),
      lhRow('lhins-sx9nzkd5', '<p>Monthly Subscription <span class="tea-tag">Expired</span></p><p>Expired on 2026-11-27 08:00:00</p>'),
    ]);
    expect(expiries(body, lhUrl)).toEqual(['2027-02-16', '2026-11-27']);
  });

  it('CVM list likewise: "Monthly Subscription / Expiry time: 2027-05-01 12:00:00" (missing before)', () => {
    const body = table(
      ['ID/Name', 'Status', 'Availability Zone', 'Instance Billing Mode'],
      [['<a href="#">ins-5k8r2w7d</a><p>web</p>', 'Running', 'Shanghai Zone 5', '<p>Monthly Subscription</p><p>Expiry time: 2027-05-01 12:00:00</p>']],
    );
    expect(expiries(body, cvmUrl)).toEqual(['2027-05-01']);
  });

  it('guard: "Expires at" still gives the expiry, and a pay-as-you-go row\'s creation line none (both ways)', () => {
    const body = table(lhHeaders, [lhRow('lhins-omjpkp8v', '<p>Monthly Subscription</p><p>Expires at 2027-02-16 10:11:12</p>')]);
    expect(expiries(body, lhUrl)).toEqual(['2027-02-16']);
    const payg = table(
      ['ID/Name', 'Status', 'Availability Zone', 'Instance Billing Mode'],
      [['<a href="#">ins-5k8r2w7d</a><p>web</p>', 'Running', 'Shanghai Zone 5', '<p>Pay-as-you-go</p><p>Created on 2026-05-01 12:00:00</p>']],
    );
    expect(expiries(payg, cvmUrl)).toEqual([undefined]);
  });
});

describe('and the creation line under a pay-as-you-go billing mode "Created on …" (tencent values.created)', () => {
  it('CVM list: "Pay-as-you-go / Created on 2026-05-01 12:00:00" gives the creation date (missing before; a round 65 variant)', () => {
    const body = table(
      ['ID/Name', 'Status', 'Availability Zone', 'Instance Billing Mode'],
      [['<a href="#">ins-5k8r2w7d</a><p>web</p>', 'Running', 'Shanghai Zone 5', '<p>Pay-as-you-go</p><p>Created on 2026-05-01 12:00:00</p>']],
    );
    const s = read(body, cvmUrl)?.facts.servers?.[0];
    expect(s?.createdAt).toBe('2026-05-01');
    expect(s?.expiresAt).toBeUndefined();
  });
});

describe('"Expires on" a word, an event to come before it still puts its date after the event (tencent/values.ts dateNextTo)', () => {
  it('"After payment, expires on 2027-12-05" / "After renewal, the instance expires on …" give no expiry (invented once "Expires on" was a word: "After" fell outside the 24 characters before the date)', () => {
    for (const line of ['After payment, expires on 2027-12-05 00:00:00', 'After renewal, the instance expires on 2027-12-05 00:00:00']) {
      const body = table(lhHeaders, [lhRow('lhins-omjpkp8v', `<p>Monthly Subscription</p><p>${line}</p>`)]);
      expect(expiries(body, lhUrl), line).toEqual([undefined]);
    }
  });

  it('guard: an "after" further back than the date\'s line is no event of it — "Auto-renews after expiry" above "Expires on …" (both ways)', () => {
    const body = table(lhHeaders, [lhRow('lhins-omjpkp8v', '<p>Monthly Subscription</p><p>Auto-renews after expiry</p><p>Expires on 2027-02-16 10:11:12</p>')]);
    expect(expiries(body, lhUrl)).toEqual(['2027-02-16']);
  });
});
