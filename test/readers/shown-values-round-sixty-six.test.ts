import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the sixty-sixth round of held-out pages (plain English pages of both providers as a foreign company's
 * staff opens them — the base rate: test/fixtures-unseen/README.md "Sixty-sixth round") and its variants, each narrowed
 * in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'en') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'en') => readPage(page(body, url, lang), new URL(url));

const table = (headers: string[], rows: string[][]) =>
  '<div class="tea-table"><table class="tea-table__box"><thead><tr>' +
  headers.map((h) => `<th><div class="tea-table__cell">${h}</div></th>`).join('') +
  '</tr></thead><tbody>' +
  rows.map((r) => '<tr>' + r.map((c) => `<td><div class="tea-table__cell">${c}</div></td>`).join('') + '</tr>').join('') +
  '</tbody></table></div>';

const cvmIntlUrl = 'https://console.tencentcloud.com/cvm/instance/index?rid=1';

describe('round sixty-six: the international CVM list', () => {
  // The billing cell's lines "Monthly Subscription / Created at … / Expires at …": the word after the creation date is the
  // label of the expiry after it, not the creation date's (the creation date was read as the expiry: invented).
  const cvmList = (billing: string) =>
    '<div class="tea-dropdown"><span class="tea-dropdown__value">South China(Guangzhou) 1</span></div>' +
    table(
      ['ID/Name', 'Status', 'Availability Zone', 'Instance Configuration', 'Primary IPv4', 'Instance Billing Mode'],
      [['<a href="#">ins-3k8d2m6q</a><p>web-prod-01</p>', 'Running', 'Guangzhou Zone 3', '<p>2-core 4GB 10Mbps</p>', '<p>119.29.***.41 (Public)</p>', billing]],
    );

  it('reads "Created at DATE" then "Expires at DATE" as the creation and the expiry', () => {
    const facts = read(cvmList('<p>Monthly Subscription</p><p>Created at 2026-02-14 10:31:52</p><p>Expires at 2027-02-14 10:31:52</p>'), cvmIntlUrl);
    expect(facts?.facts.servers?.[0]).toMatchObject({ id: 'ins-3k8d2m6q', billing: 'subscription', createdAt: '2026-02-14', expiresAt: '2027-02-14' });
  });

  it('the same with "Expires on" and "Expires:" labels', () => {
    for (const label of ['Expires on', 'Expires:']) {
      const facts = read(cvmList(`<p>Monthly Subscription</p><p>Created at 2025-12-20 09:05:44</p><p>${label} 2026-12-20 09:05:44</p>`), cvmIntlUrl);
      expect(facts?.facts.servers?.[0]?.expiresAt, label).toBe('2026-12-20');
    }
  });

  it('the same with month-name dates ("Created at Feb 14, 2026 …  Expires at Feb 14, 2027 …": variant, invented)', () => {
    const facts = read(cvmList('<p>Monthly Subscription</p><p>Created at Feb 14, 2026 10:31:52</p><p>Expires at Feb 14, 2027 10:31:52</p>'), cvmIntlUrl);
    expect(facts?.facts.servers?.[0]).toMatchObject({ createdAt: '2026-02-14', expiresAt: '2027-02-14' });
  });

  it('a cell whose words follow their dates ("DATE created / DATE expires") keeps each word its own date\'s (variant: invented by the first fix)', () => {
    const facts = read(cvmList('<p>Monthly Subscription</p><p>2026-02-14 10:31:52 created</p><p>2027-02-14 10:31:52 expires</p>'), cvmIntlUrl);
    expect(facts?.facts.servers?.[0]).toMatchObject({ createdAt: '2026-02-14', expiresAt: '2027-02-14' });
  });

  it('a zh cell whose word follows its date still reads that date ("…到期 / …创建")', () => {
    const facts = read(
      cvmList('<p>包年包月</p><p>2027-03-01 12:00:00到期</p><p>2026-09-01 12:00:00创建</p>'),
      'https://console.cloud.tencent.com/cvm/instance/index?rid=1',
      'zh-CN',
    );
    expect(facts?.facts.servers?.[0]).toMatchObject({ expiresAt: '2027-03-01', createdAt: '2026-09-01' });
  });
});

describe('round sixty-six: the international Lighthouse detail', () => {
  const lhUrl = 'https://console.tencentcloud.com/lighthouse/instance/detail?rid=1&id=lhins-7q2w9e4r';
  const field = (label: string, value: string) =>
    `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
  const detail = (expiry: string) =>
    '<ul class="tea-form">' +
    field('Instance ID', 'lhins-7q2w9e4r') +
    field('Region and AZ', 'South China(Guangzhou) | Guangzhou Zone 3') +
    field('Billing Mode', 'Monthly subscription') +
    field('Expiration Time', expiry) +
    field('Peak Bandwidth', '6 Mbps') +
    '</ul>';

  it('an Expiration Time field showing "Created at …, expires at …" gives the expiry, not the creation (variant: invented)', () => {
    const facts = read(detail('Created at 2026-03-09 14:22:07, expires at 2027-03-09 14:22:07'), lhUrl);
    expect(facts?.facts.servers?.[0]?.expiresAt).toBe('2027-03-09');
  });

  it('guard: the field showing only the expiry date still gives it', () => {
    expect(read(detail('2027-03-09 14:22:07 (93 days left) Renew'), lhUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-03-09');
  });
});
