import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fiftieth round of held-out pages (both providers; narrow windows and the consoles' mobile / H5
 * views — stacked cards of "label value" lines, `td::before { content: attr(data-label) }` stacked tables, collapsed
 * panels and expanders, bottom / action sheets over the page, values cut with "…" and the whole in `title`:
 * test/fixtures-unseen/README.md "Fiftieth round"), each narrowed in a scratch copy of its page to the smallest markup
 * that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta name="viewport" content="width=device-width"><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
const line = (label: string, value: string) => `<div class="m-line"><span class="m-line-label">${label}</span><span class="m-line-value">${value}</span></div>`;
const card = (name: string, lines: string) => `<div class="next-card"><div class="next-card-head"><span>${name}</span><button type="button">操作 ⋯</button></div><div class="next-card-body">${lines}</div></div>`;
const CARD_STYLE = '.m-line{display:flex;justify-content:space-between}.m-more[hidden]{display:none}';

describe('an ECS list drawn as cards of "label value" lines (a phone\'s width, the app\'s H5 list) is read per card (aliyun/ecs-instance-list readEcsCards)', () => {
  const cards =
    card('shop-web-r50', line('实例ID', 'i-bp1r50card00000000a1') + line('付费方式', '包年包月') + line('到期时间', '2027-04-18<br>23:59:59') + line('公网带宽', '5 Mbps')) +
    card(
      'api-r50',
      line('实例ID', 'i-bp1r50card00000000b2') +
        line('付费方式', '包年包月') +
        line('到期时间', '2027-01-09<br>23:59:59') +
        '<div class="m-more" hidden>' + line('公网带宽', '10 Mbps') + '</div><button type="button" aria-expanded="false">更多 ▾</button>',
    ) +
    card('batch-r50', line('实例ID', 'i-bp1r50card00000000c3') + line('付费方式', '按量付费') + line('到期时间', '-') + line('公网带宽', '0 Mbps'));

  it('three cards give three servers: billing, the two-line expiry, the bandwidth shown (null before: missing)', () => {
    expect(read(cards, ecsListUrl, CARD_STYLE)?.facts.servers).toEqual([
      { id: 'i-bp1r50card00000000a1', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-04-18', publicBandwidthMbps: 5 },
      { id: 'i-bp1r50card00000000b2', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-01-09' },
      { id: 'i-bp1r50card00000000c3', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'payg', publicBandwidthMbps: 0 },
    ]);
  });

  it('guard: a 续费 action sheet over the page naming a card\'s id, its 公网带宽 and 续费后到期时间, is no card and lends it nothing', () => {
    const sheet =
      '<div class="m-mask" aria-hidden="true"></div><div class="m-action-sheet" role="dialog" aria-modal="true" aria-label="续费">' +
      line('实例ID', 'i-bp1r50card00000000b2') + line('续费后到期时间', '2028-01-09 23:59:59') + line('公网带宽', '10 Mbps') +
      line('实例ID', 'i-bp1r50sheet0000000d4') + line('付费方式', '包年包月') + '</div>';
    const got = read(cards + sheet, ecsListUrl, CARD_STYLE + '.m-action-sheet{position:fixed;left:0;right:0;bottom:0}')?.facts.servers;
    expect(got?.map((s) => s.id)).toEqual(['i-bp1r50card00000000a1', 'i-bp1r50card00000000b2', 'i-bp1r50card00000000c3']);
    expect(got?.[1]).toEqual({ id: 'i-bp1r50card00000000b2', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-01-09' });
  });

  it('cards of antd-mobile list items (`adm-list-item-content-main` label, `…-content-extra` value) give their values (dom/units listItemValue; variant, missing before)', () => {
    const adm = (label: string, value: string) =>
      `<div class="adm-list-item"><div class="adm-list-item-content"><div class="adm-list-item-content-main">${label}</div><div class="adm-list-item-content-extra">${value}</div></div></div>`;
    const body =
      card('adm-a', adm('实例ID', 'i-bp1r50card00000000a1') + adm('付费方式', '包年包月') + adm('到期时间', '2027-04-18 23:59:59') + adm('公网带宽', '5 Mbps')) +
      card('adm-b', adm('实例ID', 'i-bp1r50card00000000b2') + adm('付费方式', '按量付费') + adm('公网带宽', '0 Mbps'));
    expect(read(body, ecsListUrl)?.facts.servers).toEqual([
      { id: 'i-bp1r50card00000000a1', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-04-18', publicBandwidthMbps: 5 },
      { id: 'i-bp1r50card00000000b2', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'payg', publicBandwidthMbps: 0 },
    ]);
  });

  it('guard: a `…-content-extra` box with no `…-content-main` beside it stays help (an example under a field gives no bandwidth)', () => {
    const body =
      card('x-a', line('实例ID', 'i-bp1r50card00000000a1') + line('付费方式', '包年包月') + '<div class="m-line"><span class="m-line-label">公网带宽</span><div class="bw-content-extra">例如 10 Mbps</div></div>') +
      card('x-b', line('实例ID', 'i-bp1r50card00000000b2') + line('付费方式', '包年包月'));
    expect(read(body, ecsListUrl, CARD_STYLE)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });

  it('guard: one card on the list page is no list read this way (a single id may be a notice\'s or a detail\'s)', () => {
    expect(read(card('only-r50', line('实例ID', 'i-bp1r50card00000000a1') + line('付费方式', '包年包月')), ecsListUrl, CARD_STYLE)).toBeNull();
  });
});

const domainUrl = 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain';
const STACK =
  'table.st,.st tbody,.st tr,.st td{display:block}' +
  '.st thead tr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
  '.st td::before{content:attr(data-label)}';
const stackedRow = (domain: string, status: string, holder: string, expiry: string) =>
  `<tr><td data-label="Domain Name"><a href="#">${domain}</a></td><td data-label="Domain Status">${status}</td><td data-label="Registrant">${holder}</td><td data-label="Expiration Date">${expiry}</td></tr>`;

describe('a stacked table whose one header row is clipped for screen readers names its columns (dom/table clippedOnlyHeaderRow)', () => {
  const table = (rows: string) =>
    '<table class="st"><thead><tr><th>Domain Name</th><th>Domain Status</th><th>Registrant</th><th>Expiration Date</th></tr></thead><tbody>' + rows + '</tbody></table>';

  it('a domain list stacked at a phone\'s width, its thead\'s one row clipped, gives its rows (null before: missing)', () => {
    const got = read(table(stackedRow('lanting-r50.com', 'Normal', 'Li Wenjing', '2027-08-14<br>12:00:00') + stackedRow('lanting-r50.cn', 'Normal', 'Li Wenjing', '2027-09-01')), domainUrl, STACK)?.facts.domains;
    expect(got?.map((d) => [d.domain, d.registrantName, d.expiresAt])).toEqual([
      ['lanting-r50.com', 'Li Wenjing', '2027-08-14'],
      ['lanting-r50.cn', 'Li Wenjing', '2027-09-01'],
    ]);
  });

  it('a stacked table with no header row whose cells show a copy of their data-label beside the value gives every row (dom/table: such a cell is no header word; variant, null before: missing)', () => {
    const copy = (label: string, value: string) => `<td data-label="${label}"><span class="copy">${label}</span> ${value}</td>`;
    const row = (domain: string, verified: string, expiry: string) =>
      `<tr><td data-label="Domain Name"><a href="#">${domain}</a></td><td data-label="Domain Status">Normal</td>${copy('Real-name Verification', verified)}${copy('Expiration Date', expiry)}</tr>`;
    const body = '<table class="st"><tbody>' + row('lanting-r50.com', 'Verified', '2027-08-14') + row('lanting-r50.cn', 'Not Verified', '2027-09-01') + row('lanting-r50.net', 'Verified', '2027-10-02') + '</tbody></table>';
    const got = read(body, domainUrl, STACK)?.facts.domains;
    expect(got?.map((d) => [d.domain, d.realNameVerified, d.expiresAt])).toEqual([
      ['lanting-r50.com', true, '2027-08-14'],
      ['lanting-r50.cn', false, '2027-09-01'],
      ['lanting-r50.net', true, '2027-10-02'],
    ]);
  });

  it('guard: a hidden header row under a shown one (a second row of a two-row head) names no column', () => {
    const body =
      '<table><thead><tr><th>Domain Name</th><th>Domain Status</th><th>Remark</th></tr><tr style="display:none"><th></th><th></th><th>Expiration Date</th></tr></thead><tbody>' +
      '<tr><td>lanting-r50.com</td><td>Normal</td><td>renew before 2027-08-14</td></tr><tr><td>lanting-r50.cn</td><td>Normal</td><td>-</td></tr></tbody></table>';
    const got = read(body, domainUrl)?.facts.domains;
    expect(got?.map((d) => d.domain)).toEqual(['lanting-r50.com', 'lanting-r50.cn']);
    expect(got?.[0]?.expiresAt).toBeUndefined();
  });
});

describe('a value cut with "…" is read only as far as shown: a date cut before its day gives none from its title (dom/truncated wholeOf)', () => {
  const CUT = '.cut{display:inline-block;max-width:150px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}';
  const rows = (expiry: string, holder = 'Li Wenjing') =>
    '<table><thead><tr><th>Domain Name</th><th>Domain Status</th><th>Registrant</th><th>Expiration Date</th></tr></thead><tbody>' +
    stackedRow('lanting-r50.cn', 'Normal', holder, expiry) + stackedRow('lanting-r50.com', 'Normal', 'Li Wenjing', '2027-08-14') + '</tbody></table>';

  it('"2027-0…" with the title "2027-01-05 23:59:59" gives no expiry (2027-01-05 from the title alone before: invented)', () => {
    const got = read(rows('<span class="cut" title="2027-01-05 23:59:59">2027-0…</span>'), domainUrl, CUT)?.facts.domains;
    expect(got?.[0]?.domain).toBe('lanting-r50.cn');
    expect(got?.[0]?.expiresAt).toBeUndefined();
    expect(got?.[1]?.expiresAt).toBe('2027-08-14');
    // (cut inside its day: "2027-01-0…" is no date either)
    expect(read(rows('<span class="cut" title="2027-01-05 23:59:59">2027-01-0…</span>'), domainUrl, CUT)?.facts.domains?.[0]?.expiresAt).toBeUndefined();
  });

  it('guard: a date shown whole before the cut ("2027-01-05 23:…", "2027-01-05…") is read; a name cut after its head is its title\'s whole, as before', () => {
    const got = read(
      rows('<span class="cut" title="2027-01-05 23:59:59">2027-01-05 23:…</span>', '<span class="cut" title="Shenzhen Lanting Cultural Media Co., Ltd.">Shenzhen Lanting Cultural…</span>'),
      domainUrl,
      CUT,
    )?.facts.domains?.[0];
    expect(got?.expiresAt).toBe('2027-01-05');
    expect(read(rows('<span class="cut" title="2027-01-05 23:59:59">2027-01-05…</span>'), domainUrl, CUT)?.facts.domains?.[0]?.expiresAt).toBe('2027-01-05');
    expect(got?.registrantName).toBe('Shenzhen Lanting Cultural Media Co., Ltd.');
  });
});
