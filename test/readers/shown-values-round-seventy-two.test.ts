import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the seventy-second round of held-out pages (plain pages of a web agency's large account, both providers:
 * test/fixtures-unseen/README.md "Seventy-second round") and its variants, each narrowed in a scratch copy of its page to
 * the smallest markup that showed it.
 */

const URL_DOMAINS = 'https://console.cloud.tencent.com/domain/all-domain/all';
const page = (body: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body}</body></html>`, URL_DOMAINS);
const read = (body: string) => readPage(page(body), new URL(URL_DOMAINS));

const tag = (text: string, theme = 'success') => `<span class="t-tag t-tag--${theme} t-tag--light t-size-s">${text}</span>`;
/** A TDesign domain list (its columns given), one row a [domain, status, owner cell, expiry]. */
const tdesignList = (ownerHeader: string, rows: [string, string, string, string][]) =>
  '<div class="t-table t-table--hoverable t-table--layout-fixed"><div class="t-table__content"><table>' +
  `<thead class="t-table__header"><tr><th><div class="t-table__th-cell-inner">域名</div></th><th><div class="t-table__th-cell-inner">域名状态</div></th>` +
  `<th><div class="t-table__th-cell-inner">${ownerHeader}</div></th><th><div class="t-table__th-cell-inner">到期时间</div></th><th><div class="t-table__th-cell-inner">操作</div></th></tr></thead>` +
  '<tbody class="t-table__body">' +
  rows
    .map(
      ([d, s, owner, exp]) =>
        `<tr><td><a class="t-link" href="#">${d}</a></td><td>${tag(s)}</td><td>${owner}</td><td><div>${exp}</div></td>` +
        '<td><a class="t-link" href="#">解析</a> <a class="t-link" href="#">续费</a></td></tr>',
    )
    .join('') +
  '</tbody></table></div></div>';
const name = (n: string) => `<span class="t-text-ellipsis" title="${n}">${n}</span>`;

describe('Tencent domain list: the real-name tag beside the owner\'s name (src/readers/tencent/domain-list.ts)', () => {
  it('no real-name column, a tag after the 域名所有者 name: read (missing before: a variant of the round\'s TDesign list)', () => {
    const got = read(
      tdesignList('域名所有者', [
        ['lvyuan-tea.cloud', '正常', `${name('四川绿源茶业有限公司')} ${tag('已实名认证')}`, '2028-03-01'],
        ['xinghejy.com.cn', '正常', `${name('成都星河教育咨询有限公司')} ${tag('未实名认证', 'danger')}`, '2027-05-20'],
        ['yunding-auto.top', '正常', `${name('重庆云顶汽车服务有限公司')} ${tag('审核中', 'warning')}`, '2027-09-09'],
      ]),
    );
    const d = got?.facts.domains ?? [];
    expect(d.map((x) => [x.domain, x.realNameVerified, x.registrantName])).toEqual([
      ['lvyuan-tea.cloud', true, '四川绿源茶业有限公司'],
      ['xinghejy.com.cn', false, '成都星河教育咨询有限公司'],
      ['yunding-auto.top', undefined, '重庆云顶汽车服务有限公司'],
    ]);
  });

  it('guard: a real-name word inside the owner\'s own name (no tag) says nothing', () => {
    const got = read(tdesignList('域名所有者', [['shiming.cn', '正常', name('成都已实名认证咨询有限公司'), '2028-03-01']]));
    expect(got?.facts.domains?.[0]?.realNameVerified).toBeUndefined();
  });

  it('guard: an owner cell without a tag gives no real-name fact', () => {
    const got = read(tdesignList('域名所有者', [['jinchengsz.com', '正常', name('成都锦程数字科技有限公司'), '2028-03-01']]));
    expect(got?.facts.domains?.[0]?.domain).toBe('jinchengsz.com');
    expect(got?.facts.domains?.[0]?.realNameVerified).toBeUndefined();
  });
});
