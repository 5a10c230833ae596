import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Second review of session 41's rounds thirty-seven (text the user wrote) and thirty-eight (the server's and the
 * domain's neighbours): small console pages, both providers where a change is shared, that the round's fixes were not
 * written for (test/fixtures-unseen/README.md "Second review of rounds thirty-seven and thirty-eight, session 42").
 * Each break's case failed before its fix; guards say so.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const fusionTable = (headers: string[], rows: string[][]) =>
  '<div class="next-table"><div class="next-table-inner">' +
  `<div class="next-table-header"><table><thead><tr>${headers.map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('')}</tr></thead></table></div>` +
  `<div class="next-table-body"><table><tbody>${rows.map((r) => `<tr class="next-table-row">${r.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div>` +
  '</div></div>';
const teaTable = (headers: string[], rows: string[][]) =>
  '<div class="tea-table">' +
  `<div class="tea-table__header"><table class="tea-table__box"><thead><tr>${headers.map((h) => `<th><div><span class="tea-text-overflow">${h}</span></div></th>`).join('')}</tr></thead></table></div>` +
  `<div class="tea-table__body"><table class="tea-table__box"><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td><div>${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div></div>`;

describe('a remark under the domain whose words are a real-name status is the user\'s text (1c59683, a583244)', () => {
  const aliyun = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const tencent = 'https://console.cloud.tencent.com/domain/all-domain/all';

  it('Alibaba: a 备注 line "备注： 已实名认证" under the domain (label and remark each in an element) gives no real-name status (it gave true, invented)', () => {
    const remark = '<div class="domain-remark"><span class="remark-label">备注：</span><span class="remark-text">已实名认证</span></div>';
    const got = read(fusionTable(['域名', '域名状态', '域名持有者', '到期日期'], [[`<a href="#">lisi-photos.cn</a>${remark}`, '正常', '李四', '2026-12-28']]), aliyun);
    expect(got?.facts.domains).toEqual([{ domain: 'lisi-photos.cn', status: ['正常'], registrantName: '李四', expiresAt: '2026-12-28' }]);
  });

  it('Tencent: the same line under the domain, its remark drawn as a tag, gives none (it gave true, invented)', () => {
    const remark = '<p class="tea-text-weak"><span>备注：</span><span class="tea-tag">已实名认证</span></p>';
    const got = read(teaTable(['域名', '状态', '域名所有者', '到期时间'], [[`<a href="/domain/info/expire2027.com">expire2027.com</a>${remark}`, '正常', '李四', '2026-12-18']]), tencent);
    expect(got?.facts.domains).toEqual([{ domain: 'expire2027.com', status: ['正常'], registrantName: '李四', expiresAt: '2026-12-18' }]);
  });

  it('a real-name tag right after the domain is still read, both providers (a guard; so before too)', () => {
    const a = read(fusionTable(['域名', '域名状态', '域名持有者', '到期日期'], [['<a href="#">lisi-photos.cn</a> <span class="next-tag"><span class="next-tag-body">已实名认证</span></span>', '正常', '李四', '2026-12-28']]), aliyun);
    const t = read(teaTable(['域名', '状态', '域名所有者', '到期时间'], [['<a href="/domain/info/a-r37.com">a-r37.com</a> <span class="tea-tag tea-tag--success">已实名认证</span>', '正常', '李四', '2027-01-02']]), tencent);
    expect([a?.facts.domains?.[0]?.realNameVerified, t?.facts.domains?.[0]?.realNameVerified]).toEqual([true, true]);
  });
});
