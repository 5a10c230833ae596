import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the thirty-sixth round of held-out pages (both providers; consoles of another generation — AngularJS /
 * Bootstrap, qcloud tc-15, early tea, both versions in one document: test/fixtures-unseen/README.md "Thirty-sixth
 * round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const tc15Head = (cells: string[]) =>
  `<div class="tc-15-table-fixed-head"><table class="tc-15-table-box"><tbody><tr>${cells.map((c) => `<th><div>${c}</div></th>`).join('')}</tr></tbody></table></div>`;
const tc15Body = (rows: string[][]) =>
  `<div class="tc-15-table-fixed-body"><table class="tc-15-table-box"><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`;

describe('an unrendered template is no value (dom/units.ts)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain';
  const head = tc15Head(['域名', '域名状态', '实名认证', '到期时间']);
  const real = ['<a href="#">qingyun-studio.com</a>', '正常', '已实名认证', '2027-03-08 23:59:59'];

  it('a Tencent domain list row of {{item.domain}} bindings gives no domain (it gave "item.domain" with status {{item.statusText}}, invented)', () => {
    const got = read(`<div class="tc-15-table-panel">${head}${tc15Body([real, ['{{item.domain}}', '{{item.statusText}}', '{{item.realNameStatus}}', '{{item.expireTime}}']])}</div>`, url);
    expect(got?.facts.domains).toEqual([{ domain: 'qingyun-studio.com', status: ['正常'], realNameVerified: true, expiresAt: '2027-03-08' }]);
  });

  it('nor does a row of ERB / JS template-literal bindings (<%= item.domain %>, ${item.domain})', () => {
    const rows = [real, ['&lt;%= item.domain %&gt;', '&lt;%= item.status %&gt;', '', ''], ['${item.domain}', '${item.status}', '', '']];
    const got = read(`<div class="tc-15-table-panel">${head}${tc15Body(rows)}</div>`, url);
    expect(got?.facts.domains?.map((d) => d.domain)).toEqual(['qingyun-studio.com']);
  });

  it('a status cell with a binding beside a shown word keeps the word (正常 {{item.lockText}} → 正常)', () => {
    const got = read(`<div class="tc-15-table-panel">${head}${tc15Body([['qingyun.cn', '<span>正常</span> <span>{{item.lockText}}</span>', '已实名认证', '2027-09-30']])}</div>`, url);
    expect(got?.facts.domains).toEqual([{ domain: 'qingyun.cn', status: ['正常'], realNameVerified: true, expiresAt: '2027-09-30' }]);
  });
});
