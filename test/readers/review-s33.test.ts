import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * White-box review of session 33: places in the readers where a value could be taken from the wrong
 * place or in the wrong unit, each as a small console page that read an invented value before its fix.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body><div id="app">${html}</div></body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
const cvmDetail = (extra: string) =>
  `<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('实例计费模式', '包年包月')}${teaItem('地域', '广州')}` +
  `${teaItem('创建时间', '2026-01-05 10:00:00')}${extra}</div>`;
const cvm = { id: 'ins-4w6y8a0c', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', createdAt: '2026-01-05' };

const ecsUrl = 'https://ecs.console.aliyun.com/server/i-bp1review33000001/detail?regionId=cn-hangzhou';
const infoRow = (l: string, v: string) => `<div class="next-row"><span class="info-item-label">${l}</span><span class="info-item-content">${v}</span></div>`;
const ecsDetail = (extra: string) =>
  `<h2>实例详情</h2><div class="info">${infoRow('实例ID', 'i-bp1review33000001')}${infoRow('地域', '华东1（杭州）')}${infoRow('付费方式', '包年包月')}${extra}</div>`;
const ecs = { id: 'i-bp1review33000001', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription' };

describe('a rate in bytes or a range is no bandwidth in Mbps (dom/parse-bandwidth.ts)', () => {
  it('带宽上限 10 MB/s (80 Mbps), 10 MBps, 1 GB/s give no bandwidth, never 10 / 1000 Mbps', () => {
    for (const v of ['10 MB/s', '10MBps', '1 GB/s', '512 KB/s']) expect(read(cvmDetail(teaItem('带宽上限', v)), cvmUrl)?.facts.servers, v).toEqual([cvm]);
  });

  it('a bandwidth written as a range (5 ~ 10 Mbps, 1Mbps-100Mbps, 5 至 10M) gives none, never its upper bound', () => {
    for (const v of ['5 ~ 10 Mbps', '1Mbps - 100Mbps', '5 至 10M']) expect(read(ecsDetail(infoRow('公网带宽', v)), ecsUrl)?.facts.servers, v).toEqual([ecs]);
  });

  it('bits keep their unit: 10 Mb/s, 1 Gbit/s, 100MBPS (all capitals) are read', () => {
    const bw = (v: string) => read(cvmDetail(teaItem('带宽上限', v)), cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps;
    expect([bw('10 Mb/s'), bw('1 Gbit/s'), bw('100MBPS')]).toEqual([10, 1000, 100]);
  });
});

describe('two dates side by side in one expiry field: a range or an opening / expiry pair (dom/parse-date.ts, aliyun/server-values.ts expiryFromText)', () => {
  const vhUrl = 'https://netcn.console.aliyun.com/core/host/list2';
  const vhList = (head: string, cell: string) =>
    `<h2>云虚拟主机</h2><table><thead><tr><th>实例ID/主机名</th><th>地域</th><th>产品类型</th><th>${head}</th></tr></thead>` +
    `<tbody><tr><td><a>bdm161803398</a><br>qingshan-blog</td><td>华北2（北京）</td><td>Linux 共享 标准版</td><td>${cell}</td></tr></tbody></table>`;
  const vhExpiry = (head: string, cell: string) => read(vhList(head, cell), vhUrl)?.facts.servers?.[0]?.expiresAt;

  it('a 开通时间/到期时间 cell with two bare dates gives no expiry, never the opening date', () => {
    expect(vhExpiry('开通时间/到期时间', '2025/12/01<br>2026/12/01')).toBeUndefined();
    expect(vhExpiry('购买时间/到期时间', '2025/12/01 00:00:00 / 2026/12/01 00:00:00')).toBeUndefined();
  });

  it('a range in an expiry column gives none; a date the words call the expiry is still read', () => {
    expect(vhExpiry('到期时间', '2025/12/01 ~ 2026/12/01')).toBeUndefined();
    expect(vhExpiry('到期时间', '2025/12/01 ~ 2026/12/01 到期')).toBe('2026-12-01');
  });

  it('a CVM or ECS detail whose 到期时间 shows a range gives no expiry', () => {
    expect(read(cvmDetail(teaItem('到期时间', '2026-01-05 10:00:00 ~ 2027-01-05 10:00:00')), cvmUrl)?.facts.servers).toEqual([cvm]);
    expect(read(ecsDetail(infoRow('到期时间', '2026-01-05 至 2027-01-05')), ecsUrl)?.facts.servers).toEqual([ecs]);
  });
});

describe('an inbound bandwidth is no public (outbound) bandwidth (rules/labels bandwidth not words)', () => {
  it('a CVM detail showing 公网入带宽上限 before 公网出带宽上限 reads the outbound one', () => {
    const html = cvmDetail(teaItem('公网入带宽上限', '100Mbps') + teaItem('公网出带宽上限', '5Mbps'));
    expect(read(html, cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });

  it('an ECS detail showing only 公网入带宽 / Inbound Bandwidth gives no bandwidth', () => {
    for (const label of ['公网入带宽', 'Inbound Bandwidth', '入网带宽峰值']) expect(read(ecsDetail(infoRow(label, '100Mbps')), ecsUrl)?.facts.servers, label).toEqual([ecs]);
  });
});

describe('a per-number service-number list on one page of several gives no count used (dom/pager.ts, aliyun/beian-service-numbers.ts)', () => {
  const url = 'https://beian.console.aliyun.com/#/serviceCode/list';
  const row = (n: string, status: string) => `<tr><td>i-bp1g6zv0ce8oghu7k9a2</td><td>云服务器ECS</td><td>华东1（杭州）</td><td>${n}</td><td>${status}</td></tr>`;
  const list = (pager: string) =>
    `<h1>备案服务号管理</h1><table><thead><tr><th>实例ID</th><th>产品类型</th><th>地域</th><th>备案服务号</th><th>状态</th></tr></thead>` +
    `<tbody>${row('AA1111111111', '已使用')}${row('AA2222222222', '未使用')}</tbody></table>${pager}`;
  const used = (pager: string) => read(list(pager), url)?.facts.servers?.[0]?.serviceNumbersUsed;

  it('an antd pager showing page 2 (no total shown): the first page\'s 1 used is no count of the instance', () => {
    const antd =
      `<ul class="ant-pagination"><li title="上一页" class="ant-pagination-prev ant-pagination-disabled" aria-disabled="true"><button class="ant-pagination-item-link" disabled>‹</button></li>` +
      `<li title="1" class="ant-pagination-item ant-pagination-item-1 ant-pagination-item-active"><a>1</a></li><li title="2" class="ant-pagination-item ant-pagination-item-2"><a>2</a></li>` +
      `<li title="下一页" class="ant-pagination-next" aria-disabled="false"><button class="ant-pagination-item-link">›</button></li></ul>`;
    expect(used(antd)).toBeUndefined();
  });

  it('a Fusion pager with only an enabled 下一页 gives no count either', () => {
    const fusion = `<div class="next-pagination"><button class="next-btn next-pagination-item next-prev" disabled>上一页</button><button class="next-btn next-pagination-item next-next">下一页</button></div>`;
    expect(used(fusion)).toBeUndefined();
  });

  // guards the pager check itself: a pager of one page (its next control disabled) leaves the count read
  it('a pager of one page (1, next disabled) or none: the count stands', () => {
    const one = `<div class="next-pagination"><button class="next-btn next-pagination-item next-prev" disabled>上一页</button><button class="next-btn next-pagination-item next-current">1</button><button class="next-btn next-pagination-item next-next" disabled>下一页</button></div>`;
    expect([used(one), used('')]).toEqual([1, 1]);
  });
});

describe('an internal-network figure in a Tencent configuration cell is no public bandwidth (dom/parse-bandwidth.ts parsePublicBandwidth, tencent readers)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const list = (config: string) =>
    `<h2>实例</h2><table class="tea-table"><thead><tr><th>ID/实例名</th><th>状态</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th></tr></thead>` +
    `<tbody><tr><td><a>ins-5v8b2n4m</a><div>web-01</div></td><td>运行中</td><td>广州三区</td><td>${config}</td><td>119.29.18.40(公)</td><td>按量计费<div>2026-10-02 12:00:00创建</div></td></tr></tbody></table>`;
  const bandwidth = (config: string) => read(list(config), url)?.facts.servers?.[0]?.publicBandwidthMbps;

  it('标准型S5 2核 4GB 内网带宽 1.5Gbps gives no bandwidth (was 1500); with 公网带宽 5Mbps after it, 5', () => {
    expect(bandwidth('标准型S5 2核 4GB 内网带宽 1.5Gbps')).toBeUndefined();
    expect(bandwidth('2核 4GB 内网带宽 1.5Gbps 公网带宽 5Mbps')).toBe(5);
  });
});

describe('a Tencent domain page\'s certificate or DNS plan expiry is no domain expiry (rules/labels/tencent.json domain-info / domain-list expires not words)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/lanxi-tea.com';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;

  it('SSL证书到期时间 / DNS解析套餐到期时间 / Certificate Expiration Date give no expiry of the domain', () => {
    for (const label of ['SSL证书到期时间', 'DNS解析套餐到期时间', 'Certificate Expiration Date']) {
      const html = `<div class="domain-info">${item('域名', 'lanxi-tea.com')}${item('域名所有者', '杭州兰溪茶业有限公司')}${item(label, '2026-03-01 00:00:00')}</div>`;
      expect(read(html, url)?.facts.domains, label).toEqual([{ domain: 'lanxi-tea.com', registrantName: '杭州兰溪茶业有限公司' }]);
    }
  });
});

describe('a public IPv6 address is a public address: no "0 Mbps, no public network" beside it (shared/ipv6.ts; tencent/values.ts addressKind, aliyun/server-values.ts ipsFromText)', () => {
  it('a CVM detail whose 公网 IP shows a global IPv6 address reads its 带宽上限 5Mbps, not 0', () => {
    const html = cvmDetail(teaItem('公网 IP', '2402:4e00:1013:e500:0:9671:f0b:2c26') + teaItem('带宽上限', '5Mbps'));
    expect(read(html, cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });

  it('an ECS list row whose IP cell shows a private IPv4 and a global IPv6 gives no bandwidth, not 0', () => {
    const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
    const list = (ip: string) =>
      `<table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>IP地址</th><th>付费方式</th></tr></thead>` +
      `<tbody><tr><td>i-bp1ipv6test0000000a</td><td>杭州 可用区I</td><td>${ip}</td><td>包年包月</td></tr></tbody></table>`;
    const bw = (ip: string) => read(list(ip), url)?.facts.servers?.[0]?.publicBandwidthMbps;
    expect(bw('172.16.0.8(私有)<br>2408:4005:3ab:1200::1')).toBeUndefined();
    // (a private IPv4 alone, or with a link-local IPv6, still says no public network)
    expect([bw('172.16.0.8(私有)'), bw('172.16.0.8(私有)<br>fe80::216:3eff:fe01:2')]).toEqual([0, 0]);
  });

  // guards the new address check: times and MAC addresses in the same cells are no addresses
  it('10:00:00, 52:54:00:12:34:56 and a date with its time hold no IPv6 address', async () => {
    const { ipv6Kinds } = await import('../../src/readers/shared/ipv6');
    expect(['10:00:00', '52:54:00:12:34:56', '2026-01-05 10:00:00', 'fe80::1', '2408:4005:3ab:1200::1'].map((t) => ipv6Kinds(t))).toEqual([[], [], [], ['private'], ['public']]);
  });
});

describe('a memory size written with a bare M is no bandwidth (dom/parse-bandwidth.ts)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const list = (config: string) =>
    `<h2>实例</h2><table class="tea-table"><thead><tr><th>ID/实例名</th><th>状态</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th></tr></thead>` +
    `<tbody><tr><td><a>ins-5v8b2n4m</a><div>web-01</div></td><td>运行中</td><td>广州三区</td><td>${config}</td><td>119.29.18.40(公)</td><td>按量计费</td></tr></tbody></table>`;
  const bandwidth = (config: string) => read(list(config), url)?.facts.servers?.[0]?.publicBandwidthMbps;

  it('标准型S2 1核 512M 1Mbps is 1 Mbps (was 512); 1核 512M alone gives none; 2核4G 5M is still 5', () => {
    expect([bandwidth('标准型S2 1核 512M 1Mbps'), bandwidth('标准型S2 1核 512M'), bandwidth('2核4G 5M')]).toEqual([1, undefined, 5]);
  });
});

describe('a street named after a province is no province (shared/provinces.ts provinceAtStart, aliyun/beian-form.ts)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage';
  const row = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control"><span class="next-form-preview">${v}</span></div></div>`;
  const form = (address: string) =>
    `<h3>主办者信息</h3><form class="next-form">${row('主办单位性质', '企业')}${row('主办单位名称', '上海青山茶业有限公司')}${row('证件住所', address)}</form>`;
  const home = (address: string) => read(form(address), url)?.facts.entity?.homeProvince;

  it('证件住所 河南中路 99 号 / 北京东路 8 号 gives no home province (was 河南 / 北京); 上海市黄浦区河南中路 99 号 gives 上海市', () => {
    expect([home('河南中路 99 号'), home('北京东路 8 号'), home('上海市黄浦区河南中路 99 号')]).toEqual([undefined, undefined, '上海市']);
  });
});
