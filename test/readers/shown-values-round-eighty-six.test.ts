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

describe('round eighty-six: a card failing beside cards of fields whose rows each sit in a grid column, the classes hashed', () => {
  // The ECS detail page drew each field as a key/value row inside a grid column of its own (Fusion's
  // `next-col > .detail-item > label + value`), one card 网络信息加载失败，请重试. Its classes hashed (CSS modules), the cards
  // of fields beside the failing one were not seen as loaded — no label class, and no two key/value rows side by side (each
  // alone in its column) —: the card's failure was taken for the page's and the page read to nothing.
  const url = 'https://ecs.console.aliyun.com/server/i-2ze8k3m7q1w5x9c4v6b2/detail?regionId=cn-beijing';
  const item = (label: string, value: string) => `<div class="c1col"><div class="c2itm"><span class="c3lab">${label}</span><span class="c4val">${value}</span></div></div>`;
  const card = (title: string, body: string) => `<div class="c5card"><div class="c6ttl"><span>${title}</span></div><div class="c7body">${body}</div></div>`;
  const fields = (...pairs: [string, string][]) => `<div class="c8row">${pairs.map(([l, v]) => item(l, v)).join('')}</div>`;
  const failing = '<div class="c9msg" role="alert"><i class="c0ico"></i><div class="cAtxt">网络信息加载失败，请重试</div><a class="cBbtn" role="button">重试</a></div>';
  const detail = (failure: string) =>
    '<main><h1>qh-web-01</h1>' +
    card('基本信息', fields(['实例ID', 'i-2ze8k3m7q1w5x9c4v6b2'], ['地域', '华北2（北京）'], ['实例规格', 'ecs.e-c1m2.large'])) +
    card('付费信息', fields(['付费类型', '按量付费'], ['停机模式', '普通停机模式'], ['到期时间', '-'])) +
    card('网络信息', failure) +
    '</main>';
  const server = { id: 'i-2ze8k3m7q1w5x9c4v6b2', provider: 'aliyun', product: 'ecs', region: 'cn-beijing', billing: 'payg' };

  it('reads the loaded cards beside the one that failed', () => {
    expect(page(detail(failing), url)?.facts.servers).toEqual([server]);
  });

  it('still takes a failure with no card of fields beside it for the page (guard)', () => {
    const alone = '<main><h1>qh-web-01</h1>' + card('网络信息', failing) + card('监控信息', failing) + '</main>';
    expect(page(alone, url)).toBeNull();
  });
});
