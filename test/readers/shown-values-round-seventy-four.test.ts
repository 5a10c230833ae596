import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * The seventy-fourth round of held-out pages (plain pages of both providers under the consoles' own display settings: dark
 * theme, compact density, collapsed side menu, column settings with fewer or reordered columns; test/fixtures-unseen/README.md
 * "Seventy-fourth round") read as first written, 6 of 6: no reader was changed. These are GUARDS, not fixes — variants of
 * the round's pages that read right today and must stay so: what the display settings hide is not read, and a column the
 * column settings took away gives no fact (missing, never another column's value).
 */

const dir = new URL('../fixtures-unseen/', import.meta.url);
const fixture = (name: string) => {
  const html = readFileSync(new URL(`${name}.html`, dir), 'utf8');
  const expected = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')) as { url: string; facts: { servers: Record<string, unknown>[] } };
  return { html, expected };
};
const read = (html: string, url: string) => readPage(htmlToDocument(html, url), new URL(url))?.facts;
const replaced = (html: string, subs: [string | RegExp, string][]) =>
  subs.reduce((h, [a, b]) => {
    const next = h.replace(a instanceof RegExp ? new RegExp(a.source, 'g') : a, b);
    expect(next, `variant did not apply: ${String(a)}`).not.toBe(h);
    return next;
  }, html);
const without = (servers: Record<string, unknown>[], keys: string[]) =>
  servers.map((s) => Object.fromEntries(Object.entries(s).filter(([k]) => !keys.includes(k))));

const VH = 'aliyun/virtual-host-list/zh-dark-theme-compact-density-collapsed-side-menu-column-settings-reordered-expiry-before-edition-and-region-ip-remark-hidden-antd5-six-hosts';
const CVM = 'tencent/cvm-instance-list/zh-tea-dark-mode-compact-density-collapsed-side-menu-custom-fields-billing-before-zone-ip-project-monitor-hidden-six-instances-guangzhou';
const LH = 'tencent/lighthouse-instance-detail/zh-tea-dark-mode-compact-cards-collapsed-side-menu-overview-tab-instance-network-billing-cards-peak-bandwidth-created-expiry';
const AC = 'tencent/beian-authcode/zh-tdesign-dark-theme-mode-small-table-collapsed-side-menu-column-controller-status-and-account-before-resource-remark-hidden-five-codes-cvm-lighthouse';

describe('display settings: what the dark theme hides is not read', () => {
  it('a light-only card of labelled values (到期时间, 峰值带宽 of nothing named) hidden by the dark sheet gives nothing', () => {
    // shown (no dark rule), the card's 2026-12-12 and 30Mbps are read first on this detail page; hidden, the instance's own
    const { html, expected } = fixture(LH);
    const v = replaced(html, [
      ['</style>', 'html[data-theme="dark"] .light-only { display: none; }</style>'],
      [
        '<div class="tea-tabs">',
        '<div class="tea-card light-only"><div class="tea-card__body"><form class="tea-form"><ul class="tea-form__list">' +
          '<li class="tea-form__item"><div class="tea-form__label"><label>到期时间</label></div><div class="tea-form__controls"><div class="tea-form-text">2026-12-12 10:00:00</div></div></li>' +
          '<li class="tea-form__item"><div class="tea-form__label"><label>峰值带宽</label></div><div class="tea-form__controls"><div class="tea-form-text">30Mbps</div></div></li>' +
          '</ul></form></div></div><div class="tea-tabs">',
      ],
    ]);
    expect(read(v, expected.url)).toEqual(expected.facts);
  });

  it('the column-settings dropdown left open (column names and checkboxes only) gives nothing', () => {
    const { html, expected } = fixture(VH);
    const v = replaced(html, [['ant-dropdown-placement-bottomRight ant-dropdown-hidden', 'ant-dropdown-placement-bottomRight']]);
    expect(read(v, expected.url)).toEqual(expected.facts);
  });
});

describe('column settings: a column taken away gives no fact', () => {
  it('Alibaba virtual hosts without the 地域 column: no region', () => {
    const { html, expected } = fixture(VH);
    const v = replaced(html, [
      ['<th class="ant-table-cell" scope="col">地域</th>', ''],
      [/<td class="ant-table-cell">(华东1（杭州）|华北2（北京）|华南1（深圳）|华东2（上海）|中国香港|华北1（青岛）)<\/td>\n/, ''],
    ]);
    expect(read(v, expected.url)).toEqual({ version: 1, servers: without(expected.facts.servers, ['region']) });
  });

  it('Tencent CVM list without the 实例计费模式 column: no billing, expiry or creation date', () => {
    const { html, expected } = fixture(CVM);
    const v = replaced(html, [
      ['<th><div>实例计费模式<i class="tea-icon tea-icon-filter" aria-label="筛选"></i></div></th>', ''],
      [/<td><div class="tea-table__cell-inner"><p>(包年包月|按量计费)<\/p>[^\n]*<\/td>\n/, ''],
    ]);
    expect(read(v, expected.url)).toEqual({ version: 1, servers: without(expected.facts.servers, ['billing', 'expiresAt', 'createdAt']) });
  });

  it('Tencent authorization codes without the 授权账号 column: no target account', () => {
    const { html, expected } = fixture(AC);
    const v = replaced(html, [
      ['<th data-colkey="uin"><div class="t-table__th-cell-inner">授权账号</div></th>', ''],
      [/<td>1000\d{8}<\/td>\n/, ''],
    ]);
    const servers = expected.facts.servers.map((s) => ({
      ...s,
      authorizationCodes: (s.authorizationCodes as Record<string, unknown>[]).map((c) => without([c], ['targetAccount'])[0]),
    }));
    expect(read(v, expected.url)).toEqual({ version: 1, servers });
  });
});
