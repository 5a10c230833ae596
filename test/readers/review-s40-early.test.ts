import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { read } from '../helpers/console-pages';

/**
 * Second review of session 40's early fixes (test/fixtures-unseen/README.md "Second review of session 40's early
 * fixes"). Each case failed before its fix.
 */

describe('a qualifier naming the value before a change is no decoration (dom/normalize-label.ts labelMatches)', () => {
  // c6729a1 strips a second qualifier (带宽（Mbps）（当前）): a second one naming the former value, 带宽（Mbps）（原）,
  // was stripped too, and the former bandwidth / expiry won over the current one shown beside it.
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh7v2n4x';
  const item = (label: string, value: string) =>
    `<div class="tea-descriptions__item"><span class="tea-descriptions__label">${label}</span><span class="tea-descriptions__content">${value}</span></div>`;
  const server = (rows: string) =>
    read(`<h2>lhins-sh7v2n4x</h2><div class="tea-descriptions">${item('实例ID', 'lhins-sh7v2n4x')}${item('地域', '上海 | 上海二区')}${rows}</div>`, url)
      ?.facts.servers?.[0];

  it('带宽（Mbps）（原） 8 beside 带宽（Mbps） 6 is 6; alone it is no bandwidth (before: 8)', () => {
    expect(server(item('带宽（Mbps）（原）', '8') + item('带宽（Mbps）', '6'))?.publicBandwidthMbps).toBe(6);
    expect(server(item('Bandwidth (Mbps) (previous)', '8') + item('Bandwidth (Mbps)', '6'))?.publicBandwidthMbps).toBe(6);
    expect(server(item('带宽（Mbps）（原）', '8'))?.publicBandwidthMbps).toBeUndefined();
    // (the qualifiers that decorate still do)
    expect(server(item('带宽（Mbps）（当前）', '6'))?.publicBandwidthMbps).toBe(6);
  });

  it('到期时间（UTC+8）（原） beside 到期时间（UTC+8） gives the current expiry; 到期时间（原） alone none (before: the former date)', () => {
    expect(server(item('到期时间（UTC+8）（原）', '2026-01-01 00:00:00') + item('到期时间（UTC+8）', '2027-01-01 00:00:00'))?.expiresAt).toBe('2027-01-01');
    expect(server(item('到期时间（原）', '2026-01-01 00:00:00'))?.expiresAt).toBeUndefined();
    expect(server(item('到期时间（变更前）', '2026-01-01 00:00:00'))?.expiresAt).toBeUndefined();
    expect(server(item('到期时间（UTC+8）', '2027-01-01 00:00:00'))?.expiresAt).toBe('2027-01-01');
  });
});

describe('a stale document title names no list the page shows (aliyun/virtual-host-list.ts)', () => {
  // 6c0a03b trusts document.title (云虚拟主机管理) where no heading element says 虚拟主机. A single-page console keeps the
  // title of the route it came from: the same console's database or mailbox list, under a heading of its own, was
  // read as virtual hosts.
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  const withTitle = (title: string, body: string) =>
    readPage(htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><title>${title}</title></head><body>${body}</body></html>`, url), new URL(url));
  const rows = '<tr><th>实例ID</th><th>地域</th><th>到期时间</th></tr><tr><td>hdm271828182</td><td>华东1（杭州）</td><td>2027-05-18</td></tr>';

  it('a database list under its own heading, the title still 云虚拟主机管理: no virtual host (before: hdm271828182 as one)', () => {
    expect(withTitle('云虚拟主机管理 - 阿里云', `<h2>云数据库列表</h2><table><tbody>${rows}</tbody></table>`)?.facts.servers).toBeUndefined();
    expect(withTitle('云虚拟主机管理 - 阿里云', `<div role="tablist"><span role="tab" aria-selected="true">云邮箱</span></div><table><tbody>${rows}</tbody></table>`)?.facts.servers).toBeUndefined();
  });

  it('with no heading element the title still says so (round thirty-six\'s older console)', () => {
    expect(withTitle('云虚拟主机管理 - 阿里云', `<center><b><font size="3">主机列表</font></b></center><table><tbody>${rows}</tbody></table>`)?.facts.servers?.[0]?.id).toBe('hdm271828182');
  });
});

describe('a date named as the former one\'s before it is no expiry (tencent/values.ts, the billing line since fbd78aa)', () => {
  // 28dff63 skips "原到期时间 2026-06-01"; the same former word before a date its 到期 follows, "原2026-06-01到期，已续费至
  // 2027-06-01", still gave the former date on a CVM detail's billing line.
  const kv = (pairs: Array<[string, string]>) =>
    `<table class="tc-15-table-info"><tbody>${pairs.map(([k, v]) => `<tr><td class="key">${k}</td><td class="value">${v}</td></tr>`).join('')}</tbody></table>`;
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-gz3k5m7p';
  const server = (billing: string) => read(kv([['实例ID', 'ins-gz3k5m7p'], ['地域', '广州'], ['实例计费模式', billing]]), url)?.facts.servers?.[0];

  it('原2026-06-01到期 gives no expiry (before: 2026-06-01); the date after it that is no expiry named stays unread', () => {
    expect(server('包年包月<br><span>原2026-06-01到期，已续费至2027-06-01</span>')?.expiresAt).toBeUndefined();
    expect(server('包年包月<br><span>变更前 2026-06-01 到期</span>')?.expiresAt).toBeUndefined();
    expect(server('包年包月<br><span>原 2026-06-01 到期，现 2027-06-01 到期</span>')?.expiresAt).toBe('2027-06-01');
    expect(server('包年包月<br><span>2027-06-01到期</span>')?.expiresAt).toBe('2027-06-01');
  });
});

describe('a bold line that says more after a colon is a notice, no title (dom/example-box.ts, since 6df3d45)', () => {
  // 6df3d45 makes a <b> / <strong> line a title of the box after it, and release-note words (新功能, 版本更新) in a
  // short title name an example panel. A bold notice just before a CVM detail's table, "新功能：一键续费", took the
  // whole detail for an example: the server was lost.
  const kv = (pairs: Array<[string, string]>) =>
    `<table class="tc-15-table-info"><tbody>${pairs.map(([k, v]) => `<tr><td class="key">${k}</td><td class="value">${v}</td></tr>`).join('')}</tbody></table>`;
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-gz3k5m7p';
  const body = kv([['实例ID', 'ins-gz3k5m7p'], ['地域', '广州'], ['带宽', '5Mbps'], ['到期时间', '2027-06-01 00:00:00']]);

  it('<b>新功能：一键续费</b> before the detail: the server is read (before: none)', () => {
    expect(read(`<b>新功能：一键续费</b>${body}`, url)?.facts.servers?.[0]).toMatchObject({ id: 'ins-gz3k5m7p', expiresAt: '2027-06-01', publicBandwidthMbps: 5 });
    expect(read(`<strong>版本更新：详情页支持续费</strong>${body}`, url)?.facts.servers?.[0]?.id).toBe('ins-gz3k5m7p');
  });

  it('a bold title of release notes still makes its box an example (guard)', () => {
    expect(read(`<b>新版详情页有哪些变化</b>${body}`, url)?.facts.servers?.[0]?.expiresAt).toBeUndefined();
    expect(read(`<b>更新说明：</b>${body}`, url)?.facts.servers?.[0]?.expiresAt).toBeUndefined();
  });
});
