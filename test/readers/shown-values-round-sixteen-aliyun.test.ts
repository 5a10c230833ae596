import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { expiryFromText } from '../../src/readers/aliyun/server-values';
import { realNameFromText } from '../../src/readers/shared/text-values';

/**
 * Faults found by the sixteenth round of held-out Alibaba Cloud pages (test/fixtures-unseen/README.md,
 * "Sixteenth round (Alibaba Cloud)"), each narrowed down to the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

describe('a SWAS list header is a structural label: its vocabulary\'s contains / not words name the column (aliyun/swas-instance-list.ts)', () => {
  const url = 'https://swas.console.aliyun.com/#/servers';
  const list = (expiryHeader: string) =>
    `<h1>服务器</h1><table><thead><tr><th>服务器名称/ID</th><th>地域</th><th>套餐</th><th>${expiryHeader}</th></tr></thead><tbody>` +
    `<tr><td>shop-hz<br>c1e3a5b7d9f24b6d8f0a2c4e6b8d0f13</td><td>华东1（杭州）</td><td>2 vCPU 2 GiB | 峰值带宽 30Mbps</td>` +
    `<td>包年包月 | 自动续费<br>2027年3月1日 23:59:59 到期 <span class="tag">剩余 87 天</span></td></tr>` +
    `<tr><td>docs-bj<br>5d7f9b1c3e5a4c7e9a1c3e5b7d9f1a24</td><td>华北2（北京）</td><td>2 vCPU 4 GiB | 峰值带宽 100Mbps</td>` +
    `<td>包年包月<br>2026年12月20日 23:59:59 到期</td></tr></tbody></table>`;

  it('a combined header 付费方式/到期时间 is the expiry column', () => {
    const servers = read(list('付费方式/到期时间'), url)?.facts.servers;
    expect(servers?.map((s) => s.expiresAt)).toEqual(['2027-03-01', '2026-12-20']);
    expect(servers?.map((s) => s.publicBandwidthMbps)).toEqual([30, 100]);
  });

  it('a header holding one of the not words (到期提醒) is no expiry column', () => {
    const servers = read(list('到期提醒'), url)?.facts.servers;
    expect(servers?.map((s) => s.id)).toEqual(['c1e3a5b7d9f24b6d8f0a2c4e6b8d0f13', '5d7f9b1c3e5a4c7e9a1c3e5b7d9f1a24']);
    expect(servers?.every((s) => s.expiresAt === undefined)).toBe(true);
  });
});

describe('the virtual-host list names its id column 主机名/备注 (rules/labels/aliyun/domain.json)', () => {
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  it('主机名/备注 (a host name over its remark) is the id column, as 主机名 is', () => {
    const html =
      `<h2>主机列表</h2><table><thead><tr><th>主机名/备注</th><th>产品类型</th><th>地域</th><th>到期时间</th></tr></thead><tbody>` +
      `<tr><td><a>bdm502318764</a><div>公司官网</div></td><td>独享虚拟主机 基础版</td><td>华东1（杭州）</td><td>2027年3月1日 23:59:59 到期</td></tr>` +
      `<tr><td><a>hk-bdm9034471</a><div>香港站点</div></td><td>云虚拟主机 香港 高级版</td><td>中国香港</td><td>2026年6月15日 23:59:59 到期</td></tr></tbody></table>`;
    const got = read(html, url);
    expect(got?.reader).toBe('aliyun-virtual-host-list');
    expect(got?.facts.servers).toEqual([
      { id: 'bdm502318764', provider: 'aliyun', product: 'virtual-host', region: 'cn-hangzhou', expiresAt: '2027-03-01' },
      { id: 'hk-bdm9034471', provider: 'aliyun', product: 'virtual-host', region: 'cn-hongkong', expiresAt: '2026-06-15' },
    ]);
  });
});

describe('a console page machine-translated by the browser (Chrome: <font> wrappers, machine English)', () => {
  const T = (s: string) => `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${s}</font></font>`;
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const list = (billingHeader: string, first: string) =>
    `<h1>${T('Instance')}</h1><table><thead><tr>${['Instance ID/name', 'IP address', 'Configuration', billingHeader].map((h) => `<th>${T(h)}</th>`).join('')}</tr></thead><tbody>` +
    `<tr><td><a>i-bp1c6m2k9x4v7n3q8r5t</a><div>web-prod-01</div></td><td>47.98.121.35 ${T('(public)')}</td><td>ecs.c7.large 5Mbps ${T('(peak)')}</td>` +
    `<td>${T('Annual and monthly subscription')}<br>${first}</td></tr>` +
    `<tr><td><a>i-bp1h8t3w6y1u4o7p2a9s</a><div>api</div></td><td>47.110.58.201 ${T('(public)')}</td><td>ecs.g7.xlarge 100Mbps ${T('(peak)')}</td>` +
    `<td>${T('Pay-as-you-go')}<br>${T('Created at 10:20 on November 20, 2026')}</td></tr></tbody></table>`;
  const billing = (servers: Array<{ billing?: string }> | undefined) => servers?.map((s) => s.billing);

  it('付费方式 rendered "Payment method" is the billing column (rules/labels/aliyun/ecs.json)', () => {
    const servers = read(list('Payment method', `2027-03-01 23:59:59 ${T('Expire')}`), url)?.facts.servers;
    expect(billing(servers)).toEqual(['subscription', 'payg']);
  });

  it('"2027-03-01 23:59:59 Expire" and "Expires at 23:59:59 on March 1, 2027" say the expiry (aliyun/server-values.ts)', () => {
    for (const first of [`2027-03-01 23:59:59 ${T('Expire')}`, T('Expires at 23:59:59 on March 1, 2027')]) {
      const servers = read(list('Billing Method', first), url)?.facts.servers;
      expect(servers?.map((s) => s.expiresAt)).toEqual(['2027-03-01', undefined]);
    }
  });

  it('"Created at 10:20 on November 20, 2026" in an expiry column is no expiry', () => {
    expect(expiryFromText('Created at 10:20 on November 20, 2026', true)).toBeUndefined();
    expect(expiryFromText('Expires at 23:59:59 (UTC+08:00) on March 1, 2027', true)).toBe('2027-03-01');
  });
});

describe('a machine-translated real-name status with the negation first is no pass (shared/text-values.ts REAL_NAME_FAILED)', () => {
  const T = (s: string) => `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${s}</font></font>`;
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (second: string) =>
    `<h1>${T('Domain name list')}</h1><table><thead><tr>${['Domain name', 'Real-name authentication', 'Expiration time'].map((h) => `<th>${T(h)}</th>`).join('')}</tr></thead><tbody>` +
    `<tr><td><a>zhoulin-design.cn</a></td><td>${T('Real-name authenticated')}</td><td>2027-03-01</td></tr>` +
    `<tr><td><a>linfeng-studio.com</a></td><td>${T(second)}</td><td>2026-12-20</td></tr></tbody></table>`;

  it('"Not real-name authenticated" / "Not real-name verified" / "Unreal-name authentication" (未实名认证) are false', () => {
    for (const second of ['Not real-name authenticated', 'Not real-name verified', 'Unreal-name authentication']) {
      const domains = read(list(second), url)?.facts.domains;
      expect(domains?.map((d) => d.realNameVerified)).toEqual([true, false]);
    }
    expect(realNameFromText('Real-name authenticated')).toBe(true);
    expect(realNameFromText('Real-name not verified')).toBe(false);
  });
});

describe('a bilingual translation extension\'s copy after the original is no part of the value (dom/visibility.ts selfHidden)', () => {
  const M = 'data-immersive-translate-translation-element-mark="1"';
  const copy = (en: string) =>
    `<font class="notranslate immersive-translate-target-wrapper" ${M} lang="en"><br ${M}><font class="notranslate immersive-translate-target-translation-block-wrapper" ${M}>` +
    `<font class="notranslate immersive-translate-target-inner" ${M}>${en}</font></font></font>`;
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';

  it('Immersive Translate\'s English copy under a holder name is not read into the name', () => {
    const html =
      `<h1>域名列表</h1><table><thead><tr><th>域名</th><th>域名持有者${copy('Domain name holder')}</th><th>到期时间${copy('Expiration time')}</th></tr></thead><tbody>` +
      `<tr><td><a>zhoulin-design.cn</a></td><td><span>杭州周林空间设计工作室(普通合伙)${copy('Hangzhou Zhoulin Space Design Studio (General Partnership)')}</span></td><td>2027年3月1日${copy('March 1, 2027')}</td></tr>` +
      `<tr><td><a>linfeng-studio.com</a></td><td><span>林峰${copy('Lin Feng')}</span></td><td>2026年12月20日${copy('December 20, 2026')}</td></tr></tbody></table>`;
    const domains = read(html, url)?.facts.domains;
    expect(domains?.map((d) => d.registrantName)).toEqual(['杭州周林空间设计工作室(普通合伙)', '林峰']);
    expect(domains?.map((d) => d.expiresAt)).toEqual(['2027-03-01', '2026-12-20']);
  });
});
