import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fifty-sixth round of held-out pages (plain pages of the most-opened page ids — the base rate:
 * test/fixtures-unseen/README.md "Fifty-sixth round") and its variants, each narrowed in a scratch copy of its page to the
 * smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'en') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

const field = (label: string, value: string) =>
  `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls tea-form__controls--text"><div class="tea-form-text">${value}</div></div></li>`;
const card = (title: string, fields: string, extra = '') =>
  `<div class="tea-card"><div class="tea-card__body"><div class="tea-card__header"><div class="tea-card__header-main"><h3 class="tea-card__title">${title}</h3></div>${extra}</div>` +
  `<div class="tea-card__content"><ul class="tea-form">${fields}</ul></div></div></div>`;

describe("a card header's actions (tea-card__header-extra) title no box (dom/titled-box)", () => {
  const url = 'https://console.tencentcloud.com/domain/info/lixiaoyu.cn';
  const basic = card(
    'Basic Information',
    field('Domain', 'lixiaoyu.cn') + field('Registrar', 'Tencent Cloud Computing (Beijing) Co., Ltd.') + field('Expiration Time', '2027-07-08 14:08:51 <a>Renew</a>') +
      field('Domain Status', '<span class="tea-tag">Normal</span>'),
  );
  const owner = (extra: string, title = 'Real-name Verification') =>
    card(
      title,
      field('Real-name Verification Status', '<span class="tea-text-success">Verified</span>') + field('Verification Time', '2024-07-09 09:15:40') +
        field('Domain Owner (Chinese)', '李晓雨') + field('Domain Owner (English)', 'Li Xiaoyu') + field('Document Type', 'ID Card') + field('Document Number', '3301**********3827'),
      extra,
    );
  const EXTRA = '<div class="tea-card__header-extra"><a>Modify Information</a> <a>Transfer Ownership</a></div>';

  it('the English domain page: the real-name card, its header holding "Modify Information" and "Transfer Ownership" links, is the domain\'s own (missing before: the owner, ID and real-name state were lost — "transfer" is a word of another subject\'s box)', () => {
    expect(read(basic + owner(EXTRA), url)?.facts.domains).toEqual([
      {
        domain: 'lixiaoyu.cn',
        registrar: 'Tencent Cloud Computing (Beijing) Co., Ltd.',
        registrantName: '李晓雨',
        registrantIdType: 'ID Card',
        registrantIdNumber: '3301**********3827',
        realNameVerified: true,
        realNameVerifiedAt: '2024-07-09',
        expiresAt: '2027-07-08',
        status: ['Normal'],
      },
    ]);
  });

  it('guard: a card titled for a transfer (its title, not its actions) still keeps its fields from the domain', () => {
    const transfer = card('Domain Transfer', field('Expiration Time', '2026-12-20 10:00:00'), EXTRA);
    const got = read(card('Basic Information', field('Domain', 'lixiaoyu.cn') + field('Registrar', 'Tencent Cloud Computing (Beijing) Co., Ltd.')) + transfer, url)?.facts.domains?.[0];
    expect(got?.expiresAt).toBeUndefined();
  });

  it('guard: an SSL Certificate card with a header-extra Renew link: its h3 title still keeps its date from the domain', () => {
    const ssl = card('SSL Certificate', field('Expiration Time', '2026-12-20 10:00:00'), '<div class="tea-card__header-extra"><a>Renew</a></div>');
    const got = read(basic.replace('2027-07-08 14:08:51 <a>Renew</a>', '-') + ssl, url)?.facts.domains?.[0];
    expect(got?.expiresAt).toBeUndefined();
  });
});
