import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the eighty-sixth round of held-out pages (plain pages caught part-way — cards loading, cards failing with a
 * retry, dashes and empty states, validation errors, a filtered list with no-match rows: test/fixtures-unseen/README.md
 * "Eighty-sixth round"), each narrowed to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  readPage(htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url), new URL(url));

describe('round eighty-six: a message row first in a list, its leading cell empty', () => {
  // The Tencent domain list searched by several names shows a row per name not in the account ("qinghe-shop.cn: no
  // matching domain in this account. Register it"): an empty cell under the checkbox column, then one cell across the
  // others. After a data row such a row was taken for that row's expanded detail row (no record); first in the body it was
  // read as a record: a domain not in the account, its status "Register it" and the sentence as its owner (invented).
  const url = 'https://console.tencentcloud.com/domain/all-domain/all';
  const cell = (x: string) => `<td><div class="tea-table__cell">${x}</div></td>`;
  const row = (domain: string, expiry: string) =>
    `<tr><td><div class="tea-table__cell"><input type="checkbox" class="tea-checkbox"></div></td>${cell(`<a class="tea-link">${domain}</a>`)}${cell('Normal')}${cell('杭州青禾文创科技有限公司')}${cell('Verified')}${cell(expiry)}${cell('<a class="tea-link">Manage</a>')}</tr>`;
  const message = (domain: string) =>
    `<tr class="tea-table__empty-row"><td></td><td colspan="6"><div class="tea-table__cell">${domain}: no matching domain in this account. <a class="tea-link">Register it</a></div></td></tr>`;
  const list = (rows: string) =>
    '<div class="tea-table"><table class="tea-table__box"><thead><tr><th><input type="checkbox" class="tea-checkbox"></th><th>Domain Name</th><th>Status</th><th>Domain Owner</th><th>Real-name Verification</th><th>Expiration Time</th><th>Operation</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></div>`;
  const domain = (name: string, expiresAt: string) => ({ domain: name, status: ['Normal'], realNameVerified: true, registrantName: '杭州青禾文创科技有限公司', expiresAt });

  it('reads no record from a message row before the data rows', () => {
    const got = page(list(message('qinghe-shop.cn') + row('qinghe-design.cn', '2028-03-14') + row('qinghe-art.net', '2027-07-08')), url, 'en');
    expect(got?.facts.domains).toEqual([domain('qinghe-design.cn', '2028-03-14'), domain('qinghe-art.net', '2027-07-08')]);
  });

  it('still reads the records around a message row between them (guard)', () => {
    const got = page(list(row('qinghe-design.cn', '2028-03-14') + message('qinghe-shop.cn') + row('qinghe-art.net', '2027-07-08')), url, 'en');
    expect(got?.facts.domains).toEqual([domain('qinghe-design.cn', '2028-03-14'), domain('qinghe-art.net', '2027-07-08')]);
  });
});
