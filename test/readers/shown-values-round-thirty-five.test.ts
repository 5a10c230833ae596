import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the thirty-fifth round of held-out pages (both providers; filers of every kind — passports, passes,
 * residence permits, public institutions, foreign-invested companies: test/fixtures-unseen/README.md "Thirty-fifth
 * round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const teaItem = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form__text">${value}</div></div></div>`;

describe('a domain\'s own page is no list of domains (tencent/domain-list.ts)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/mou-studio.cn';
  const otherDomains =
    '<div class="tea-card"><div class="tea-card__header">该账号下的其他域名</div><div class="tea-table"><table>' +
    '<thead><tr><th>域名</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>' +
    '<tr><td>other-shop.cn</td><td>王某某</td><td>2027-04-02</td></tr><tr><td>other-photo.com</td><td>SMITH JOHN</td><td>2026-12-20</td></tr>' +
    '</tbody></table></div></div>';

  it('a table of the account\'s other domains under the domain\'s fields gives none of them: the page is the domain\'s (two domains were invented, the page\'s own lost)', () => {
    const body =
      '<div class="tea-form tea-form--readonly">' + teaItem('域名', 'mou-studio.cn') + teaItem('到期时间', '2028-01-15') + teaItem('域名状态', '正常') +
      teaItem('域名所有者', 'Smith, John') + teaItem('证件类型', '护照') + teaItem('证件号码', 'E1234****') + '</div>' + otherDomains;
    const got = read(body, url);
    expect(got?.reader).toBe('tencent-domain-info');
    expect(got?.facts.domains?.map((d) => d.domain)).toEqual(['mou-studio.cn']);
    expect(got?.facts.domains?.[0]).toMatchObject({ registrantName: 'Smith, John', registrantIdType: '护照', registrantIdNumber: 'E1234****', expiresAt: '2028-01-15' });
  });

  it('the same table on the domain list (its path names no domain) is the list', () => {
    const got = read(otherDomains, 'https://console.cloud.tencent.com/domain/all-domain/all');
    expect(got?.reader).toBe('tencent-domain-list');
    expect(got?.facts.domains?.map((d) => d.domain)).toEqual(['other-shop.cn', 'other-photo.com']);
  });
});
