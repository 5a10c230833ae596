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

describe('an older console names its product in the document title only (aliyun/virtual-host-list.ts)', () => {
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  const table =
    '<center><b><font size="3">主机列表</font></b></center><table class="hostlist"><tbody>' +
    '<tr><th>实例ID</th><th>主机名</th><th>地域</th><th>到期时间</th></tr>' +
    '<tr><td><center>&nbsp;<b>bdm271828182</b>&nbsp;</center></td><td>weiming-blog</td><td><center>华东1（杭州）</center></td><td><center>2027-05-18</center></td></tr>' +
    '</tbody></table>';
  const withTitle = (title: string) =>
    readPage(htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><title>${title}</title></head><body>${table}</body></html>`, url), new URL(url));

  it('a host table under the title 云虚拟主机管理 is read (it gave nothing: no heading element said 虚拟主机)', () => {
    expect(withTitle('云虚拟主机管理 - 阿里云')?.facts.servers).toEqual([
      { id: 'bdm271828182', provider: 'aliyun', product: 'virtual-host', region: 'cn-hangzhou', expiresAt: '2027-05-18' },
    ]);
  });

  it('the same table under another title still says nothing of virtual hosts: none (a guard; none before too)', () => {
    expect(withTitle('主机管理 - 阿里云')?.facts.servers).toBeUndefined();
  });
});

describe('the "…到期" line under a Tencent instance\'s billing mode is its expiry where no 到期时间 is shown (tencent/values.ts billingCellExpiry)', () => {
  const kv = (pairs: Array<[string, string]>) =>
    `<table class="tc-15-table-info"><tbody>${pairs.map(([k, v]) => `<tr><td class="key">${k}</td><td class="value">${v}</td></tr>`).join('')}</tbody></table>`;
  const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-gz3k5m7p';

  it('a CVM detail\'s 实例计费模式 "包年包月 / 2027-06-01 14:22:10到期" gives the expiry (it was missing; the CVM list read it already)', () => {
    const body = kv([['实例ID', 'ins-gz3k5m7p'], ['地域', '广州'], ['实例计费模式', '包年包月<br><span class="text-weak">2027-06-01&nbsp;14:22:10到期</span>&nbsp;<a href="javascript:;">续费</a>']]);
    expect(read(body, cvmUrl)?.facts.servers?.[0]).toMatchObject({ id: 'ins-gz3k5m7p', billing: 'subscription', expiresAt: '2027-06-01' });
  });

  it('a pay-as-you-go CVM\'s billing lines offering a term give none ("按量计费 / 转包年包月 1 年，2027-12-05 到期"; a guard)', () => {
    const body = kv([['实例ID', 'ins-gz3k5m7p'], ['实例计费模式', '按量计费<br><span class="text-weak">转包年包月 1 年，2027-12-05 到期</span>']]);
    const got = read(body, cvmUrl)?.facts.servers?.[0];
    expect(got).toMatchObject({ id: 'ins-gz3k5m7p', billing: 'payg' });
    expect(got?.expiresAt).toBeUndefined();
  });

  it('a shown 到期时间 field wins over the billing line (a guard)', () => {
    const body = kv([['实例ID', 'ins-gz3k5m7p'], ['实例计费模式', '包年包月<br>2027-06-01 14:22:10到期'], ['到期时间', '2027-07-01 14:22:10']]);
    expect(read(body, cvmUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-07-01');
  });

  it('a Lighthouse list\'s 实例计费模式 cell "包年包月 / 2027-02-10 12:00:00到期" gives the row\'s expiry (it was missing)', () => {
    const body =
      '<div class="tea-table"><div class="tea-table__header"><table><thead><tr><th><div>ID/名称</div></th><th><div>地域和可用区</div></th><th><div>套餐</div></th><th><div>实例计费模式</div></th></tr></thead></table></div>' +
      '<div class="tea-table__body"><table><tbody>' +
      '<tr><td><a href="#">lhins-bj4r6t8y</a><br>WordPress</td><td>北京<br>北京三区</td><td>2核 4GB 5Mbps</td><td>包年包月<br><span class="tea-text-weak">2027-02-10&nbsp;12:00:00到期</span></td></tr>' +
      '<tr><td><a href="#">lhins-bj7u9i1o</a><br>Ubuntu</td><td>北京<br>北京七区</td><td>2核 2GB 4Mbps</td><td>包年包月<br><span class="tea-text-warning">2026-11-30&nbsp;12:00:00到期</span></td></tr>' +
      '</tbody></table></div></div>';
    const got = read(body, 'https://console.cloud.tencent.com/lighthouse/instance/index?rid=8');
    expect(got?.facts.servers?.map((s) => [s.id, s.expiresAt])).toEqual([['lhins-bj4r6t8y', '2027-02-10'], ['lhins-bj7u9i1o', '2026-11-30']]);
  });
});

describe('a panel titled as a new version\'s release notes illustrates, its labelled rows are no fields (dom/example-box.ts, rules/labels releaseNotes)', () => {
  const swasUrl = 'https://swas.console.aliyun.com/#/server/8d2c4f6a1b3e5d7c9f0a2b4c6d8e0f1a/cn-shanghai/dashboard';
  const kv = (pairs: Array<[string, string]>) =>
    `<table class="table-kv"><tbody>${pairs.map(([k, v]) => `<tr><td class="key">${k}</td><td class="value">${v}</td></tr>`).join('')}</tbody></table>`;
  const notes = (title: string) =>
    `<div class="changelog">${title}<dl class="dl-horizontal"><dt>峰值带宽</dt><dd>200Mbps</dd><dt>到期时间</dt><dd>2027-01-01&nbsp;00:00:00</dd></dl></div>`;
  const own = kv([['实例ID', '8d2c4f6a1b3e5d7c9f0a2b4c6d8e0f1a'], ['地域', '华东2（上海）']]);

  it('a Bootstrap SWAS overview whose only 到期时间 / 峰值带宽 are in a "新版控制台更新说明" box gives neither (they gave 2027-01-01 and 200, invented)', () => {
    const got = read(`${notes('<h4>新版控制台更新说明</h4>')}${own}`, swasUrl)?.facts.servers?.[0];
    expect(got).toMatchObject({ id: '8d2c4f6a1b3e5d7c9f0a2b4c6d8e0f1a', region: 'cn-shanghai' });
    expect(got?.expiresAt).toBeUndefined();
    expect(got?.publicBandwidthMbps).toBeUndefined();
  });

  it('… its title drawn as a bold line (<b>新版详情页有哪些变化</b>), the older consoles\' heading, says so too', () => {
    const got = read(`${notes('<b>新版详情页有哪些变化</b>')}${own}`, swasUrl)?.facts.servers?.[0];
    expect(got?.expiresAt).toBeUndefined();
    expect(got?.publicBandwidthMbps).toBeUndefined();
  });

  it('the instance\'s own fields after such a box are read (they lost to the notes\' values: 2027-01-01, 200 — invented)', () => {
    const body = `${notes('<h4>What\'s new</h4>')}${kv([['实例ID', '8d2c4f6a1b3e5d7c9f0a2b4c6d8e0f1a'], ['地域', '华东2（上海）'], ['峰值带宽', '30Mbps'], ['到期时间', '2027-06-30 23:59:59']])}`;
    expect(read(body, swasUrl)?.facts.servers?.[0]).toMatchObject({ expiresAt: '2027-06-30', publicBandwidthMbps: 30 });
  });

  it('a tc-15 CVM detail with a "新版详情页有哪些变化" list of 带宽 / 到期时间 before its own gives its own (it gave 100 and 2027-01-01, invented)', () => {
    const wn =
      '<div class="tc-15-msg"><b>新版详情页有哪些变化</b><div class="tc-15-list-wrap"><ul>' +
      '<li><span class="item-descr-tit">带宽</span><span class="item-descr-txt">100Mbps</span></li>' +
      '<li><span class="item-descr-tit">到期时间</span><span class="item-descr-txt">2027-01-01 00:00:00</span></li></ul></div></div>';
    const body = `${wn}<table class="tc-15-table-info"><tbody><tr><td class="key">实例ID</td><td class="value">ins-gz3k5m7p</td></tr><tr><td class="key">带宽</td><td class="value">5Mbps</td></tr><tr><td class="key">到期时间</td><td class="value">2027-06-01 14:22:10</td></tr></tbody></table>`;
    expect(read(body, 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-gz3k5m7p')?.facts.servers?.[0]).toMatchObject({ expiresAt: '2027-06-01', publicBandwidthMbps: 5 });
  });

  it('a section titled with a word of a field, not of release notes (计费信息), is read (a guard)', () => {
    const body = `<div><h4>计费信息</h4><dl class="dl-horizontal"><dt>到期时间</dt><dd>2027-06-30 23:59:59</dd></dl></div>${own}`;
    expect(read(body, swasUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-06-30');
  });
});

describe('a date the billing lines call the former expiry is none (tencent/values.ts expiryInText)', () => {
  it('a CVM detail\'s billing line "原到期时间 2026-06-01，已续费" gives no expiry (it gave 2026-06-01, invented, since the line is read)', () => {
    const body =
      '<table class="tc-15-table-info"><tbody><tr><td class="key">实例ID</td><td class="value">ins-gz3k5m7p</td></tr>' +
      '<tr><td class="key">实例计费模式</td><td class="value">包年包月<br><span class="text-weak">原到期时间 2026-06-01，已续费</span></td></tr></tbody></table>';
    const got = read(body, 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-gz3k5m7p')?.facts.servers?.[0];
    expect(got).toMatchObject({ id: 'ins-gz3k5m7p', billing: 'subscription' });
    expect(got?.expiresAt).toBeUndefined();
  });

  it('… nor does a CVM list\'s billing cell "包年包月 / 原到期时间 2026-06-01"; "变更前到期时间" and "Previous expiry" alike; the new date beside it is read', () => {
    const row = (id: string, billing: string) => `<tr><td><a href="#">${id}</a></td><td>广州三区</td><td>${billing}</td></tr>`;
    const body =
      '<div class="tea-table"><table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例计费模式</th></tr></thead><tbody>' +
      row('ins-gz3k5m7p', '包年包月<br>原到期时间 2026-06-01') + row('ins-gz4k6m8q', '包年包月<br>变更前到期时间 2026-07-01') +
      row('ins-gz5k7m9r', '包年包月<br>Previous expiry 2026-08-01') + row('ins-gz6k8m0s', '包年包月<br>原到期时间 2026-06-01<br>2027-06-01 14:22:10到期') +
      '</tbody></table></div>';
    const got = read(body, 'https://console.cloud.tencent.com/cvm/instance/index?rid=1');
    expect(got?.facts.servers?.map((s) => [s.id, s.expiresAt])).toEqual([
      ['ins-gz3k5m7p', undefined], ['ins-gz4k6m8q', undefined], ['ins-gz5k7m9r', undefined], ['ins-gz6k8m0s', '2027-06-01'],
    ]);
  });
});
