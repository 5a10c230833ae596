import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the thirty-third round of held-out pages (both providers; structure at the edges of tables and
 * records: test/fixtures-unseen/README.md "Thirty-third round"), each narrowed in a scratch copy of its page to the
 * smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

describe('Alibaba virtual host list (aliyun/virtual-host-list.ts)', () => {
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  const head = '<h2>云虚拟主机</h2><table><thead><tr><th>实例ID/主机名</th><th>地域</th><th>到期时间</th><th>操作</th></tr></thead><tbody>';

  it('a host pinned to the top (置顶) and shown again in its place is one host (it was two)', () => {
    const body =
      head +
      '<tr class="is-pinned"><td>bdm830115002 <span class="tag">置顶</span></td><td>华北2（北京）</td><td>2027-09-09 23:59:59</td><td><a>取消置顶</a></td></tr>' +
      '<tr><td>bdm830114520</td><td>华东1（杭州）</td><td>2027-05-18 23:59:59</td><td><a>续费</a></td></tr>' +
      '<tr><td>bdm830115002</td><td>华北2（北京）</td><td>2027-09-09 23:59:59</td><td><a>续费</a></td></tr></tbody></table>';
    expect(read(body, url)?.facts.servers).toEqual([
      { id: 'bdm830115002', provider: 'aliyun', product: 'virtual-host', region: 'cn-beijing', expiresAt: '2027-09-09' },
      { id: 'bdm830114520', provider: 'aliyun', product: 'virtual-host', region: 'cn-hangzhou', expiresAt: '2027-05-18' },
    ]);
  });

  it('two rows of one host that disagree on a value give neither value (one of them is stale)', () => {
    const body =
      head +
      '<tr><td>bdm830115002</td><td>华北2（北京）</td><td>2026-09-09 23:59:59</td><td><a>续费</a></td></tr>' +
      '<tr><td>bdm830115002</td><td>华北2（北京）</td><td>2027-09-09 23:59:59</td><td><a>续费</a></td></tr></tbody></table>';
    expect(read(body, url)?.facts.servers).toEqual([{ id: 'bdm830115002', provider: 'aliyun', product: 'virtual-host', region: 'cn-beijing' }]);
  });
});

describe('Tencent filing authorization codes (tencent/beian-authcode.ts)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const table = (rows: string) =>
    '<h2>备案授权码</h2><table><thead><tr><th>实例ID</th><th>地域</th><th>备案授权码</th><th>状态</th><th>生成时间</th></tr></thead><tbody>' + rows + '</tbody></table>';

  it('a code over two rows, its 授权使用账户 on a line of the second (no column of its own), gives that account (it was lost)', () => {
    const body = table(
      '<tr><td rowspan="4">ins-gz4r6t8y</td><td rowspan="4">广州</td><td>BQ3W5E7R9T1Y3U5I</td><td>已使用</td><td>2026-06-02 10:11:12</td></tr>' +
        '<tr class="code-account"><td colspan="3"><div>授权使用账户：100031415926</div></td></tr>' +
        '<tr><td>BQ8A6S4D2F0G8H6J</td><td>使用中</td><td>2026-10-20 15:30:00</td></tr>' +
        '<tr class="code-account"><td colspan="3"><div>授权使用账户：100027182818</div></td></tr>',
    );
    expect(read(body, url)?.facts.servers?.[0]?.authorizationCodes).toEqual([
      { code: 'BQ3W5E7R9T1Y3U5I', targetAccount: '100031415926', status: 'used' },
      { code: 'BQ8A6S4D2F0G8H6J', targetAccount: '100027182818', status: 'in-use' },
    ]);
  });

  it('a sub-table of usage records under a code (其它账户 in a 使用账户 column) gives the code no account', () => {
    const body = table(
      '<tr><td rowspan="2">ins-gz4r6t8y</td><td rowspan="2">广州</td><td>BQ8A6S4D2F0G8H6J</td><td>使用中</td><td>2026-10-20 15:30:00</td></tr>' +
        '<tr class="expanded"><td colspan="3"><table><thead><tr><th>备案订单号</th><th>使用账户</th><th>状态</th></tr></thead><tbody><tr><td>2026091109220035</td><td>100066554433</td><td>已撤销</td></tr></tbody></table></td></tr>',
    );
    expect(read(body, url)?.facts.servers?.[0]?.authorizationCodes).toEqual([{ code: 'BQ8A6S4D2F0G8H6J', status: 'in-use' }]);
  });
});

describe('a total row (合计 / 总计 / Total) is no record (dom/total-row.ts, used by dom/table.ts)', () => {
  const tencentUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const domains = (total: string) =>
    '<h2>我的域名</h2><table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>' +
    '<tr><td>hezhou-tea.com</td><td>正常</td><td>已实名认证</td><td>何舟</td><td>2027-04-12 10:20:31</td></tr>' +
    '<tr><td>hezhou.me</td><td>serverHold</td><td>未实名认证</td><td>何舟</td><td>2027-02-14 20:14:00</td></tr>' +
    total +
    '</tbody></table>';

  it('a total row whose first cell names a domain (合计（最早到期 hezhou.net）) gave that domain a record of the totals', () => {
    for (const first of ['合计（最早到期 hezhou.net）', '总计：hezhou.net 等 3 个', '合计3个 hezhou.net', 'Total (earliest: hezhou.net)']) {
      const got = read(domains(`<tr class="row-total"><td>${first}</td><td>共 3 个域名</td><td>未实名认证 1 个</td><td>1 个所有者</td><td>-</td></tr>`), tencentUrl)?.facts.domains;
      expect(got?.map((d) => d.domain), first).toEqual(['hezhou-tea.com', 'hezhou.me']);
    }
  });

  it('a domain whose name starts with the word (total-care.cn, 合计) is still read', () => {
    for (const name of ['totalcare.cn', 'total-care.cn', 'total.cn']) {
      const got = read(domains(`<tr><td>${name}</td><td>正常</td><td>已实名认证</td><td>何舟</td><td>2027-06-01 10:00:00</td></tr>`), tencentUrl)?.facts.domains;
      expect(got?.map((d) => d.domain)).toEqual(['hezhou-tea.com', 'hezhou.me', name]);
    }
  });
});

describe('Tencent Lighthouse list (tencent/lighthouse-instance-list.ts)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/index';
  it('a pinned copy of a row showing another expiry than the row in its place gives no expiry (the first copy\'s was taken)', () => {
    const body =
      '<h2>服务器</h2><table><thead><tr><th>ID/名称</th><th>地域和可用区</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr class="is-pinned"><td>lhins-sh2n4v6x <span>置顶</span></td><td>上海 | 上海五区</td><td>2026-07-08 18:45:12</td></tr>' +
      '<tr><td>lhins-gz3k8p2m</td><td>广州 | 广州六区</td><td>2027-03-14 10:22:05</td></tr>' +
      '<tr><td>lhins-sh2n4v6x</td><td>上海 | 上海五区</td><td>2027-07-08 18:45:12</td></tr></tbody></table>';
    expect(read(body, url)?.facts.servers).toEqual([
      { id: 'lhins-sh2n4v6x', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai' },
      { id: 'lhins-gz3k8p2m', provider: 'tencent', product: 'lighthouse', region: 'ap-guangzhou', expiresAt: '2027-03-14' },
    ]);
  });
});


describe('Alibaba domain detail page carrying a list of domains (aliyun/domain-list.ts)', () => {
  it('a table of related domains on a domain\'s own page (#/domain/details/…) is no domain list: the page\'s domain is read (the table\'s two domains were read and the page\'s own lost)', () => {
    const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=hezhou-tea.cn';
    const kv = (pairs: Array<[string, string]>) => `<table class="kv"><tbody><tr>${pairs.map(([l, v]) => `<th>${l}</th><td>${v}</td>`).join('')}</tr></tbody></table>`;
    const body =
      '<h1>hezhou-tea.cn</h1>' +
      kv([['域名', 'hezhou-tea.cn'], ['注册商', '阿里云计算有限公司（万网）'], ['到期日期', '2028-04-12 10:20:31']]) +
      kv([['域名持有者', '何舟'], ['证件类型', '身份证'], ['证件号码', '3305**********4318']]) +
      '<h3>相关域名</h3><table><thead><tr><th>域名</th><th>域名状态</th><th>到期日期</th><th>域名持有者</th></tr></thead><tbody>' +
      '<tr><td>hezhou-tea.com</td><td>正常</td><td>2027-04-12</td><td>何舟</td></tr><tr><td>hezhou.me</td><td>serverHold</td><td>2027-02-14</td><td>何舟</td></tr></tbody></table>';
    const got = read(body, url);
    expect(got?.reader).toBe('aliyun-domain-holder');
    expect(got?.facts.domains?.map((d) => d.domain)).toEqual(['hezhou-tea.cn']);
    expect(got?.facts.domains?.[0]?.expiresAt).toBe('2028-04-12');
  });
});

describe('a record over two rows (its id cell spanning them) is one record, read from its first row', () => {
  it('Lighthouse: an instance over a public and a private IP row keeps its bandwidth (the private row gave 0, and with a pinned copy the two disagreed: none)', () => {
    const body =
      '<h2>服务器</h2><table><thead><tr><th>ID/名称</th><th>地域和可用区</th><th>公网带宽</th><th>IP 地址</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr><td rowspan="2">lhins-gz3k8p2m</td><td rowspan="2">广州 | 广州六区</td><td rowspan="2">8Mbps</td><td>119.29.40.18（公）</td><td rowspan="2">2027-03-14 10:22:05</td></tr>' +
      '<tr><td>10.0.0.12（内）</td></tr>' +
      '<tr><td rowspan="2">lhins-sh2n4v6x</td><td rowspan="2">上海 | 上海五区</td><td rowspan="2">4Mbps</td><td>124.221.90.6（公）</td><td rowspan="2">2027-07-08 18:45:12</td></tr>' +
      '<tr><td>10.1.4.9（内）</td></tr></tbody></table>';
    expect(read(body, 'https://console.cloud.tencent.com/lighthouse/instance/index')?.facts.servers?.map((s) => [s.id, s.publicBandwidthMbps])).toEqual([
      ['lhins-gz3k8p2m', 8],
      ['lhins-sh2n4v6x', 4],
    ]);
  });

  it('Alibaba virtual host: a host over two rows, its note row under another column showing a date, keeps its expiry', () => {
    const body =
      '<h2>云虚拟主机</h2><table><thead><tr><th>实例ID/主机名</th><th>地域</th><th>备注</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr><td rowspan="2">bdm830114520</td><td rowspan="2">华东1（杭州）</td><td>绑定域名：lanxi-shop.com</td><td>2027-05-18 23:59:59</td></tr>' +
      '<tr><td>上次续费：2026-05-10</td><td>2026-05-18 23:59:59（续费前）</td></tr></tbody></table>';
    expect(read(body, 'https://netcn.console.aliyun.com/core/host/list2')?.facts.servers).toEqual([
      { id: 'bdm830114520', provider: 'aliyun', product: 'virtual-host', region: 'cn-hangzhou', expiresAt: '2027-05-18' },
    ]);
  });
});

describe('a total row known by its class or by 共 N (dom/total-row.ts)', () => {
  it('Lighthouse: a total row (tea-table__row--total) whose first cell names an instance (最近到期 lhins-…) gave that instance a record of the sums', () => {
    const body =
      '<h2>服务器</h2><table><thead><tr><th>ID/名称</th><th>地域和可用区</th><th>公网带宽</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr><td>lhins-gz3k8p2m</td><td>广州 | 广州六区</td><td>8Mbps</td><td>2027-03-14 10:22:05</td></tr>' +
      '<tr class="tea-table__row--total"><td>最近到期 lhins-gz9z9z9z</td><td>2 个地域</td><td>24Mbps</td><td>2026-12-31 09:00:41</td></tr></tbody></table>';
    expect(read(body, 'https://console.cloud.tencent.com/lighthouse/instance/index')?.facts.servers?.map((s) => s.id)).toEqual(['lhins-gz3k8p2m']);
  });

  it('Tencent codes: a total row opening with 共 3 个云服务（ins-… 等） gave that server the code of its "最近生成" cell', () => {
    const body =
      '<h2>备案授权码</h2><table><thead><tr><th>实例ID</th><th>备案授权码</th><th>状态</th></tr></thead><tbody>' +
      '<tr><td>ins-gz4r6t8y</td><td>BQ3W5E7R9T1Y3U5I</td><td>已使用</td></tr>' +
      '<tr><td>共 3 个云服务（ins-gz4r6t8y 等）</td><td>最近生成 BZ9Z9Z9Z9Z9Z9Z9Z</td><td>未使用 1 个</td></tr></tbody></table>';
    expect(read(body, 'https://console.cloud.tencent.com/beian/authcode')?.facts.servers?.[0]?.authorizationCodes?.map((c) => c.code)).toEqual(['BQ3W5E7R9T1Y3U5I']);
  });

  it('a row whose class only has a summary (row-with-summary), or a host named 共享…, is still a record', () => {
    const body =
      '<h2>云虚拟主机</h2><table><thead><tr><th>实例ID/主机名</th><th>产品类型</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr class="row-with-summary"><td>bdm830114520</td><td>共享虚拟主机</td><td>2027-05-18 23:59:59</td></tr></tbody></table>';
    expect(read(body, 'https://netcn.console.aliyun.com/core/host/list2')?.facts.servers?.map((s) => s.id)).toEqual(['bdm830114520']);
  });
});

describe('Tencent domain list (tencent/domain-list.ts)', () => {
  it('a pinned copy of a row showing other values than the row in its place gives neither (the first copy\'s were taken)', () => {
    const body =
      '<h2>我的域名</h2><table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr class="is-pinned"><td>hezhou.me <span>置顶</span></td><td>正常</td><td>已实名认证</td><td>2026-02-14 20:14:00</td></tr>' +
      '<tr><td>hezhou-tea.com</td><td>正常</td><td>已实名认证</td><td>2027-04-12 10:20:31</td></tr>' +
      '<tr><td>hezhou.me</td><td>serverHold</td><td>未实名认证</td><td>2027-02-14 20:14:00</td></tr></tbody></table>';
    expect(read(body, 'https://console.cloud.tencent.com/domain/all-domain/all')?.facts.domains).toEqual([
      { domain: 'hezhou.me' },
      { domain: 'hezhou-tea.com', status: ['正常'], realNameVerified: true, expiresAt: '2027-04-12' },
    ]);
  });
});
