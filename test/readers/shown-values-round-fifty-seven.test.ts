import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fifty-seventh round of held-out pages (pages as the browser saves them — Chromium's "Webpage,
 * Single File" and "Webpage, Complete": test/fixtures-unseen/README.md "Fifty-seventh round") and its variants, each
 * narrowed in a scratch copy of its page to the smallest markup that showed it. Command-line (saved-page) fixes are in
 * test/cli/saved-page-round-57.test.ts.
 */

const page = (body: string, url: string, lang = 'en', head = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string, head?: string) => readPage(page(body, url, lang, head), new URL(url));

const field = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
const card = (title: string, fields: string) =>
  `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><div class="tea-form tea-form--readonly">${fields}</div></div></div>`;

describe('Tencent domain information in English: "Verification Status" is the real-name state (rules/labels/tencent.json)', () => {
  const url = 'https://console.tencentcloud.com/domain/info/linhai-r57.com';
  const basic = card(
    'Basic Information',
    field('Domain', 'linhai-r57.com') + field('Registrar', 'Tencent Cloud Computing (Beijing) Co., Ltd.') + field('Expiration Time', '2027-09-03 11:20:41 <a>Renew</a>') +
      field('Domain Status', 'Normal'),
  );
  const realName = (status: string, title = 'Real-Name Verification') =>
    card(
      title,
      field('Verification Status', status) + field('Verified At', '2024-09-05 16:02:13') + field('Owner (Chinese)', '林海') + field('Owner (English)', 'Lin Hai') +
        field('Owner Type', 'Individual') + field('ID Type', 'ID Card') + field('ID Number', '4401**********2816'),
    );

  it('the real-name card\'s "Verification Status: Verified" and "Verified At" (missing before: the English of 认证状态 was no label of the page)', () => {
    expect(read(basic + realName('<span class="tea-tag tea-tag--success">Verified</span>'), url)?.facts.domains).toEqual([
      {
        domain: 'linhai-r57.com',
        registrar: 'Tencent Cloud Computing (Beijing) Co., Ltd.',
        registrantName: '林海',
        registrantIdType: 'ID Card',
        registrantIdNumber: '4401**********2816',
        realNameVerified: true,
        realNameVerifiedAt: '2024-09-05',
        expiresAt: '2027-09-03',
        status: ['Normal'],
      },
    ]);
  });

  it('"Verification Status: Not verified" is a failed state, no date of a pass (guard)', () => {
    const d = read(basic + realName('Not verified'), url)?.facts.domains?.[0];
    expect(d?.realNameVerified).toBe(false);
    expect(d?.realNameVerifiedAt).toBeUndefined();
  });

  it("an SSL certificate card's Verification Status is no real-name state (guard)", () => {
    const ssl = card('SSL Certificate', field('Certificate Type', 'DV') + field('Verification Status', 'Verified'));
    const d = read(basic + ssl, url)?.facts.domains?.[0];
    expect(d?.realNameVerified).toBeUndefined();
  });
});
