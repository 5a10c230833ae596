import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fifty-fifth round of held-out pages (both providers; plain pages of the least-covered page ids as a
 * new user saves them — the base rate: test/fixtures-unseen/README.md "Fifty-fifth round"), each narrowed in a scratch
 * copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'zh-CN') => readPage(page(body, url, lang), new URL(url));

const authUrl = 'https://console.cloud.tencent.com/beian/authcode';
const authList = (codeCell: (code: string) => string, codes = ['BA3K7M9P2Q4R6T8V', 'BA5W7Y9Z1C3E5G7J']) =>
  '<div class="tea-table"><div class="tea-table__header"><table class="tea-table__box"><thead><tr><th><div>备案授权码</div></th><th><div>关联的云服务</div></th>' +
  '<th><div>授权使用账户</div></th><th><div>状态</div></th><th><div>生成时间</div></th><th><div>操作</div></th></tr></thead></table></div>' +
  '<div class="tea-table__body"><table class="tea-table__box"><tbody>' +
  codes.map((c, i) =>
    `<tr><td><div>${codeCell(c)}</div></td><td><div><p>云服务器</p><p><a>ins-r55a${i}c0d</a></p><p class="tea-text-weak">广州三区</p></div></td>` +
    `<td><div>10003141592${i}</div></td><td><div><span class="tea-text-weak">未使用</span></div></td><td><div>2026-11-0${i + 1} 10:00:00</div></td>` +
    '<td><div><a class="tea-btn tea-btn--link">删除</a></div></td></tr>').join('') +
  '</tbody></table></div></div>';
const codesOf = (body: string) => read(body, authUrl)?.facts.servers?.flatMap((s) => (s.authorizationCodes ?? []).map((c) => c.code));

describe('a copyable value\'s wrapper named "…-copy" holds the value, not a copy action (dom/units copyWrapsValue)', () => {
  it('<span class="tea-text-copy">BA…</span> with its copy icon: the codes are read (none before)', () => {
    expect(codesOf(authList((c) => `<span class="tea-text-copy">${c}</span> <i class="tea-icon tea-icon-copy" role="button" title="复制"></i>`)))
      .toEqual(['BA3K7M9P2Q4R6T8V', 'BA5W7Y9Z1C3E5G7J']);
  });

  it('<span class="copy-text">…</span> around the code and its icon: read (none before)', () => {
    expect(codesOf(authList((c) => `<span class="copy-text">${c}<i class="icon-copy"></i></span>`))).toEqual(['BA3K7M9P2Q4R6T8V', 'BA5W7Y9Z1C3E5G7J']);
  });

  it('guard: a "copy" box showing a copy word (复制 / Copy) is still an action, never part of the value', () => {
    const got = read(authList((c) => `${c} <span class="code-copy">复制</span>`), authUrl);
    expect(got?.facts.servers?.[0]?.authorizationCodes?.[0]?.code).toBe('BA3K7M9P2Q4R6T8V');
    const en = read(authList((c) => `${c} <span class="text-copy">Copy</span>`), authUrl);
    expect(en?.facts.servers?.[0]?.authorizationCodes?.[0]?.code).toBe('BA3K7M9P2Q4R6T8V');
  });
});

describe('a code without a digit is read from the code column (tencent/beian-authcode)', () => {
  it('BARABUJSMQKGELVD alone in the 备案授权码 cell: read (the row was lost before)', () => {
    expect(codesOf(authList((c) => `<span>${c}</span>`, ['BA3K7M9P2Q4R6T8V', 'BARABUJSMQKGELVD']))).toEqual(['BA3K7M9P2Q4R6T8V', 'BARABUJSMQKGELVD']);
  });

  it('guard: an all-letter word in running text of the cell is no code', () => {
    expect(codesOf(authList((c) => `<span>${c === 'BA3K7M9P2Q4R6T8V' ? c : 'AUTHORIZATION CODE PENDING'}</span>`))).toEqual(['BA3K7M9P2Q4R6T8V']);
  });
});

describe('guard: a visual copy of a label (class "…-label-copy") with no copy icon by it stays out of the value', () => {
  it('a stacked domain row\'s "dm-label-copy" Real-name Verification before its badge: the state is still read', () => {
    const url = 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain';
    const body = '<table><thead><tr><th>Domain Name</th><th>Real-name Verification</th><th>Expiration Date</th></tr></thead><tbody>' +
      '<tr><td data-label="Domain Name"><span class="dm-label-copy">Domain Name</span> <a>lanting-media.com</a></td>' +
      '<td data-label="Real-name Verification"><span class="dm-label-copy">Real-name Verification</span> <span class="next-badge-dot-success"></span>Verified</td>' +
      '<td data-label="Expiration Date"><span class="dm-label-copy">Expiration Date</span> <span>2027-08-14</span></td></tr></tbody></table>';
    const d = read(body, url, 'en')?.facts.domains?.[0];
    expect([d?.domain, d?.realNameVerified, d?.expiresAt]).toEqual(['lanting-media.com', true, '2027-08-14']);
  });
});

describe('the virtual host list in English names its product "Web Hosting" (aliyun/virtual-host-list)', () => {
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  const list = (title: string, product: string) =>
    `<aside><div class="sidebar-title">${title}</div></aside><main><h1 class="page-title">Hosts</h1>` +
    '<div class="ant-table"><table><thead class="ant-table-thead"><tr><th class="ant-table-cell">Instance ID/Host Name</th><th class="ant-table-cell">Product Type</th>' +
    '<th class="ant-table-cell">Region</th><th class="ant-table-cell">Expiration Date</th><th class="ant-table-cell">Actions</th></tr></thead><tbody class="ant-table-tbody">' +
    `<tr class="ant-table-row"><td class="ant-table-cell"><a>bdm426212997</a><div>bxu2659920005</div></td><td class="ant-table-cell">${product}</td>` +
    '<td class="ant-table-cell">China (Hangzhou)</td><td class="ant-table-cell">2027-10-23</td><td class="ant-table-cell"><a>Manage</a> <a>Renew</a></td></tr>' +
    '</tbody></table></div></main>';

  it('"Web Hosting" as the menu title, "Shared Web Hosting · Basic" products: the host is read (none before)', () => {
    expect(read(list('Web Hosting', 'Shared Web Hosting · Basic'), url, 'en')?.facts.servers).toEqual([
      { id: 'bdm426212997', provider: 'aliyun', product: 'virtual-host', region: 'cn-hangzhou', expiresAt: '2027-10-23' },
    ]);
  });

  it('guard: a list on the console naming no hosting (a database list) still gives nothing', () => {
    expect(read(list('Databases', 'MySQL 5.7'), url, 'en')?.facts.servers ?? []).toEqual([]);
  });
});
