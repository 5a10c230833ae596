import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { registrantNameOf } from '../../src/readers/shared/text-values';

/**
 * Faults found by the twenty-first round of held-out pages (both providers, test/fixtures-unseen/README.md
 * "Twenty-first round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, head = '') =>
  htmlToDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url);
const read = (body: string, url: string, head = '') => readPage(page(body, url, head), new URL(url))?.facts;

describe('an icon font ligature (Material Icons / Material Symbols) draws an icon, not its name (dom/visibility.ts)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-7qk3m9xd&tab=overview';
  const li = (label: string, value: string) =>
    `<li><div class="tea-form__label">${label}</div><div class="tea-form__controls"><div class="tea-form__text">${value}</div></div></li>`;
  const detail = (icon: string) =>
    `<div class="tea-card"><h3 class="tea-h3">实例信息</h3><ul class="tea-form tea-form--readonly">${li('<label>实例 ID</label>', 'lhins-7qk3m9xd')}${li('<label>地域</label>', '上海 | 上海二区')}${li(`<label>带宽</label>${icon}`, '4Mbps')}${li('<label>到期时间</label>', '2026-12-20 14:02:11')}</ul></div>`;

  it('"带宽 <span class=material-symbols-outlined>help</span>" is the label 带宽: its bandwidth is read', () => {
    for (const cls of ['material-symbols-outlined', 'material-icons', 'material-icons-outlined', 'material-symbols-rounded']) {
      expect(read(detail(`<span class="${cls}" tabindex="0">help</span>`), url)?.servers?.[0]?.publicBandwidthMbps).toBe(4);
    }
  });

  it('text in such a span that is no ligature name is still text: "4Mbps" in a material-icons span is read', () => {
    const value = (v: string) =>
      `<div class="tea-card"><h3 class="tea-h3">实例信息</h3><ul class="tea-form tea-form--readonly">${li('<label>实例 ID</label>', 'lhins-7qk3m9xd')}${li('<label>地域</label>', '上海 | 上海二区')}${li('<label>带宽</label>', v)}</ul></div>`;
    expect(read(value('<span class="material-icons">4Mbps</span>'), url)?.servers?.[0]?.publicBandwidthMbps).toBe(4);
  });
});

describe('text pushed out of its box by a large negative text-indent (an icon drawn by image replacement) is not shown (dom/visibility.ts)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/songxi-tea.com';
  const li = (label: string, value: string) =>
    `<li><div class="tea-form__label">${label}</div><div class="tea-form__controls"><div class="tea-form__text">${value}</div></div></li>`;
  const info = (icon: string) =>
    `<div class="tea-card"><h3 class="tea-h3">基本信息</h3><ul class="tea-form tea-form--readonly">${li('<label>域名</label>', 'songxi-tea.com')}${li('<label>到期时间</label>', '2027-08-11 11:12:45')}${li(`<label>域名状态</label>${icon}`, '正常')}</ul></div>`;
  const sheet = '<style>.tc-15-icon { display: inline-block; width: 16px; height: 16px; overflow: hidden; text-indent: -9999px; vertical-align: middle; }</style>';

  it('"域名状态 <i class=tc-15-icon>帮助</i>" (text-indent: -9999px from a style sheet) gives the status 正常, not 帮助', () => {
    expect(read(info('<i class="tc-15-icon icon-what" tabindex="0">帮助</i>'), url, sheet)?.domains?.[0]?.status).toEqual(['正常']);
  });

  it('the same with the indent in the style attribute', () => {
    const icon = '<i style="display: inline-block; width: 16px; overflow: hidden; text-indent: -999em">帮助</i>';
    expect(read(info(icon), url)?.domains?.[0]?.status).toEqual(['正常']);
  });

  it('a small negative indent (a hanging first line) hides nothing', () => {
    const value = `<div class="tea-card"><h3 class="tea-h3">基本信息</h3><ul class="tea-form tea-form--readonly">${li('<label>域名</label>', 'songxi-tea.com')}${li('<label>到期时间</label>', '2027-08-11 11:12:45')}${li('<label>域名状态</label>', '<span style="display: inline-block; text-indent: -2em; padding-left: 2em">正常</span>')}</ul></div>`;
    expect(read(value, url)?.domains?.[0]?.status).toEqual(['正常']);
  });
});

describe('a value cut in the middle ("qingshan-…-tea.com.cn") with the whole in its title is the whole (dom/truncated.ts)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const row = (domain: string, expiry: string) =>
    `<tr class="next-table-row"><td class="next-table-cell"><div class="next-table-cell-wrapper">${domain}</div></td><td class="next-table-cell"><div class="next-table-cell-wrapper">正常</div></td><td class="next-table-cell"><div class="next-table-cell-wrapper">${expiry}</div></td></tr>`;
  const list = (rows: string) =>
    `<div class="next-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  const domains = (rows: string) => read(list(rows), url)?.domains?.map((d) => d.domain);

  it('"qingshan-…-tea.com.cn" titled "qingshan-longjing-tea.com.cn" is that domain', () => {
    const rows = row('<a>qingshan-tea.cn</a>', '2027-05-20 23:59:59') + row('<a title="qingshan-longjing-tea.com.cn">qingshan-…-tea.com.cn</a>', '2028-01-03 23:59:59');
    expect(domains(rows)).toEqual(['qingshan-tea.cn', 'qingshan-longjing-tea.com.cn']);
  });

  it('a title that does not keep both ends is not the whole ("qingshan-…-tea.com.cn" titled "qingshan-longjing-cha.com.cn": no domain)', () => {
    const rows = row('<a>qingshan-tea.cn</a>', '2027-05-20 23:59:59') + row('<a title="qingshan-longjing-cha.com.cn">qingshan-…-tea.com.cn</a>', '2028-01-03 23:59:59');
    expect(domains(rows)).toEqual(['qingshan-tea.cn']);
  });
});

describe('a registrant withheld by WHOIS privacy or shown masked is no name (shared/text-values.ts registrantNameOf)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const row = (domain: string, holder: string) =>
    `<tr class="next-table-row"><td class="next-table-cell"><div class="next-table-cell-wrapper"><a>${domain}</a></div></td><td class="next-table-cell"><div class="next-table-cell-wrapper">正常</div></td><td class="next-table-cell"><div class="next-table-cell-wrapper">${holder} <span class="next-tag"><span class="next-tag-body">已实名认证</span></span></div></td><td class="next-table-cell"><div class="next-table-cell-wrapper">2027-09-12 23:59:59</div></td></tr>`;
  const list = (rows: string) =>
    `<div class="next-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者（实名认证状态）</th><th>到期时间</th></tr></thead><tbody>${rows}</tbody></table></div>`;

  it('a domain list\'s holders "隐私保护中", "REDACTED FOR PRIVACY" and "宋**" give no registrant; a shown name still does', () => {
    const rows = row('qingshan-tea.com', '隐私保护中') + row('qingshan-tea.net', 'REDACTED FOR PRIVACY') + row('qsblog.top', '宋**') + row('qingshan-tea.cn', '杭州青山茶业有限公司');
    expect(read(list(rows), url)?.domains?.map((d) => d.registrantName ?? null)).toEqual([null, null, null, '杭州青山茶业有限公司']);
  });

  it('the words alone', () => {
    for (const w of ['隐私保护中', 'Whois 隐私保护', 'REDACTED FOR PRIVACY', 'Redacted', 'Privacy Protected', 'Not Disclosed', '宋*禾', 'S*** Qinghe']) expect(registrantNameOf(w)).toBeUndefined();
    for (const w of ['宋青禾', '杭州隐私保护科技有限公司', 'Redacted Studio Ltd', '周林 (Zhou Lin)']) expect(registrantNameOf(w)).toBe(w === '周林 (Zhou Lin)' ? '周林' : w);
  });
});

describe('a trial instance (免费体验 / 免费试用) is billed by neither mode, whatever mode its note names (tencent/values.ts billingFromText)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-7qk3m9xd&tab=overview';
  const li = (label: string, value: string) =>
    `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form__text">${value}</div></div></li>`;
  const detail = (billing: string) =>
    `<div class="tea-card"><h3 class="tea-h3">实例信息</h3><ul class="tea-form tea-form--readonly">${li('实例 ID', 'lhins-7qk3m9xd')}${li('地域', '上海 | 上海二区')}${li('带宽', '4Mbps')}${li('计费模式', billing)}${li('到期时间', '2026-12-20 14:02:11')}</ul></div>`;
  const billing = (b: string) => read(detail(b), url)?.servers?.[0]?.billing;

  it('"免费体验（到期后可升级为包年包月）" gives no billing mode', () => {
    expect(billing('免费体验（到期后可升级为包年包月）')).toBeUndefined();
    expect(billing('免费试用 · 包年包月')).toBeUndefined();
  });

  it('包年包月 alone is still a subscription', () => {
    expect(billing('包年包月')).toBe('subscription');
  });
});

describe('a name cut short with no whole on the page is no name, never the cut text as if whole (shared/text-values.ts registrantNameOf)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const row = (domain: string, holder: string) =>
    `<tr class="next-table-row"><td class="next-table-cell"><div class="next-table-cell-wrapper"><a>${domain}</a></div></td><td class="next-table-cell"><div class="next-table-cell-wrapper">正常</div></td><td class="next-table-cell"><div class="next-table-cell-wrapper">${holder}</div></td><td class="next-table-cell"><div class="next-table-cell-wrapper">2027-09-12 23:59:59</div></td></tr>`;
  const list = (rows: string) =>
    `<div class="next-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期时间</th></tr></thead><tbody>${rows}</tbody></table></div>`;

  it('"杭州青山茶业有…" without a title gives no registrant; with the whole in its title, the whole', () => {
    const rows = row('qingshan-tea.cn', '<span>杭州青山茶业有…</span>') + row('qingshan-tea.com', '<span title="杭州青山茶业有限公司">杭州青山茶业有…</span>');
    expect(read(list(rows), url)?.domains?.map((d) => d.registrantName ?? null)).toEqual([null, '杭州青山茶业有限公司']);
  });

  it('the words alone', () => {
    for (const w of ['杭州青山茶业有…', '杭州青山茶业有...', 'Hangzhou Qingshan Tea Co⋯']) expect(registrantNameOf(w)).toBeUndefined();
  });
});

describe('a registrar cut short with no whole on the page is no registrar (shared/text-values.ts wholeName)', () => {
  it('a Tencent domain page\'s "注册商 腾讯云计算（北京）有…" without a title gives no registrar; the rest is read', () => {
    const url = 'https://console.cloud.tencent.com/domain/info/songxi-tea.com';
    const li = (label: string, value: string) =>
      `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form__text">${value}</div></div></li>`;
    const info = (registrar: string) =>
      `<div class="tea-card"><h3 class="tea-h3">基本信息</h3><ul class="tea-form tea-form--readonly">${li('域名', 'songxi-tea.com')}${li('注册商', registrar)}${li('到期时间', '2027-08-11 11:12:45')}</ul></div>`;
    const cut = read(info('腾讯云计算（北京）有…'), url)?.domains?.[0];
    expect(cut?.registrar).toBeUndefined();
    expect(cut?.expiresAt).toBe('2027-08-11');
    expect(read(info('<span title="腾讯云计算（北京）有限责任公司">腾讯云计算（北京）有…</span>'), url)?.domains?.[0]?.registrar).toBe('腾讯云计算(北京)有限责任公司');
  });

  it('an Alibaba domain list\'s registrar column: cut without a title gives none, with one the whole', () => {
    const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
    const row = (domain: string, registrar: string) =>
      `<tr><td><a>${domain}</a></td><td>正常</td><td>${registrar}</td><td>2027-09-12 23:59:59</td></tr>`;
    const rows = row('qingshan-tea.cn', '<span>阿里云计算有…</span>') + row('qingshan-tea.com', '<span title="阿里云计算有限公司（万网）">阿里云计算有…</span>');
    const html = `<div class="next-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>注册商</th><th>到期时间</th></tr></thead><tbody>${rows}</tbody></table></div>`;
    expect(read(html, url)?.domains?.map((d) => d.registrar ?? null)).toEqual([null, '阿里云计算有限公司(万网)']);
  });
});

describe('the same icon fonts set by a page\'s own class or inline style draw an icon, not its name (dom/icon-ligature.ts)', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const row = (id: string, bandwidth: string) =>
    `<tr><td><a>${id}</a></td><td>杭州 可用区K</td><td>2 vCPU 4 GiB<br>${bandwidth}</td><td>包年包月<br>2027年3月15日 23:59 到期</td></tr>`;
  const list = (rows: string) =>
    `<div class="next-table"><table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>配置</th><th>付费方式</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  const servers = (rows: string, head = '') => read(list(rows), url, head)?.servers?.map((s) => [s.id, s.publicBandwidthMbps ?? null]);
  const sheet = '<style>.ico { font-family: "Material Icons"; font-feature-settings: "liga"; }</style>';

  it('"i-bp1fq3k7m2x9c4v6b8n1<span class=ico>content_copy</span>" (the class\'s rule sets the font) is the id alone', () => {
    expect(servers(row('i-bp1fq3k7m2x9c4v6b8n1<span class="ico">content_copy</span>', '5Mbps<span class="ico">info</span> (峰值)'), sheet)).toEqual([['i-bp1fq3k7m2x9c4v6b8n1', 5]]);
  });

  it('the font in the style attribute', () => {
    const icon = (name: string) => `<span style="font-family: 'Material Symbols Outlined'">${name}</span>`;
    expect(servers(row(`i-bp1fq3k7m2x9c4v6b8n1${icon('content_copy')}`, `5Mbps${icon('info')} (峰值)`))).toEqual([['i-bp1fq3k7m2x9c4v6b8n1', 5]]);
  });

  it('a page naming the font leaves the text of other elements alone ("5Mbps" in a box of another class)', () => {
    expect(servers(row('<span class="id">i-bp1fq3k7m2x9c4v6b8n1</span>', '<span class="bw">5mbps</span> (峰值)'), sheet)).toEqual([['i-bp1fq3k7m2x9c4v6b8n1', 5]]);
  });
});
