import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the forty-seventh round of held-out pages (both providers; renewals, configuration changes and
 * conversions in progress — 批量续费 / 调整网络 / 升级套餐 / Upgrade/Downgrade dialogs, 待支付订单 banners, 变配中 / 转换中
 * tags, a temporary bandwidth upgrade, a 过户 drawer and an ownership transfer under review:
 * test/fixtures-unseen/README.md "Forty-seventh round"), each narrowed in a scratch copy of its page to the smallest
 * markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';

const cvmList = (ip: string) =>
  '<div class="tea-table"><table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th></tr></thead><tbody>' +
  `<tr><td>ins-r47adj01<div>gz-web-01</div></td><td>广州六区</td><td>2核 4GB 5Mbps</td><td>${ip}</td><td>按量计费<div>2026-11-20 10:12:31创建</div></td></tr>` +
  '</tbody></table></div>';
const ecsList = (ip: string) =>
  '<div class="next-table"><table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>IP地址</th><th>配置</th><th>付费方式</th></tr></thead><tbody>' +
  `<tr><td>i-bp1r47renew0000a01<div>hz-shop-01</div></td><td>杭州 可用区 J</td><td>${ip}</td><td>2 vCPU 4 GiB ecs.c7.large 5Mbps (峰值)</td><td>包年包月</td></tr>` +
  '</tbody></table></div>';

describe('a masked IPv4 address (43.139.***.17) is an address of the range its shown parts tell (shared/masked-ip.ts)', () => {
  it('a CVM list row whose public address is masked beside its private one has the configuration\'s bandwidth, not 0 (0 before: invented)', () => {
    for (const ip of ['43.139.***.17 (公)<br>10.0.0.17 (内)', '43.139.*.*<br>10.0.0.17', '43.***.***.17 (公网)<br>10.0.0.17 (内网)']) {
      expect(read(cvmList(ip), cvmListUrl)?.facts.servers?.[0]?.publicBandwidthMbps, ip).toBe(5);
    }
  });

  it('an ECS list row whose public address is masked has the configuration\'s bandwidth (none before: missing)', () => {
    for (const ip of ['47.98.***.21 (公)<br>172.16.3.21 (私有)', '47.98.*.*<br>172.16.3.21']) {
      expect(read(ecsList(ip), ecsListUrl)?.facts.servers?.[0]?.publicBandwidthMbps, ip).toBe(5);
    }
  });

  it('a masked private address alone gives 0 (the configuration\'s figure before), a masked address whose range is not shown gives none, on both providers', () => {
    expect(read(cvmList('10.0.***.17'), cvmListUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(0);
    expect(read(ecsList('172.16.***.21 (私有)'), ecsListUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
    expect(read(cvmList('172.**.3.21'), cvmListUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
    expect(read(ecsList('172.**.3.21'), ecsListUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });

  it('guard: unmasked addresses read as before (a private one alone 0, a public one the figure)', () => {
    expect(read(cvmList('10.0.0.17 (内)'), cvmListUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(0);
    expect(read(cvmList('43.139.8.17 (公)<br>10.0.0.17 (内)'), cvmListUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
    expect(read(ecsList('47.98.1.21 (公)<br>172.16.3.21 (私有)'), ecsListUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });
});

const lighthouseUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-r47upg01';
const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
const lighthouseDetail = (traffic: string, config = 'CPU: 2核 内存: 2GB') =>
  `<div class="tea-card"><div class="tea-card__header">实例信息</div><div class="tea-card__body"><div class="tea-form">` +
  teaItem('实例ID', 'lhins-r47upg01') + teaItem('地域和可用区', '上海 | 上海五区') + teaItem('实例规格', config) + teaItem('流量包', traffic) +
  teaItem('到期时间', '2027-03-05 15:20:11') + '</div></div></div>';

describe('a Lighthouse plan\'s peak bandwidth named in its 流量包 field (tencent/cvm-instance-detail.ts peakBandwidthNamed)', () => {
  it('"300GB/月（峰值带宽 4Mbps）" under 流量包 gives 4 when no bandwidth field or plan figure does (none before: missing)', () => {
    for (const traffic of ['300GB/月（峰值带宽 4Mbps）', '300GB/月，带宽 4Mbps', '300 GB/month (Peak bandwidth: 4 Mbps)']) {
      expect(read(lighthouseDetail(traffic), lighthouseUrl)?.facts.servers?.[0]?.publicBandwidthMbps, traffic).toBe(4);
    }
  });

  it('guard: a traffic figure alone, a figure after other words (限速, 超出后峰值带宽 — variant), a change or a one-off pack (100GB（带宽 10Mbps）, a 流量包加油包 card — variant) gives none; a plan figure still wins', () => {
    for (const traffic of ['300GB/月（已用 12.3GB）', '300GB/月，超出后限速 1Mbps', '300GB/月（已用 12.3GB，超出后峰值带宽 1Mbps）', '300GB/月（峰值带宽 4Mbps → 6Mbps，升级中）', '100GB（带宽 10Mbps）']) {
      expect(read(lighthouseDetail(traffic), lighthouseUrl)?.facts.servers?.[0]?.publicBandwidthMbps, traffic).toBeUndefined();
    }
    expect(read(lighthouseDetail('300GB/月（峰值带宽 4Mbps）', '2核 2GB 6Mbps'), lighthouseUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(6);
  });
});

const ecsBilling = (billing: string) =>
  '<div class="next-table"><table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>付费方式</th></tr></thead><tbody>' +
  `<tr><td>i-bp1r47renew0000a01</td><td>杭州 可用区 J</td><td>${billing}</td></tr></tbody></table></div>`;

describe('an ECS list\'s term line drawn in a help class under the billing mode (aliyun/ecs-instance-list.ts termLineInHelp)', () => {
  it('"包年包月" over a div.help "2027-01-05 23:59 到期" gives the expiry (none before: missing)', () => {
    for (const line of ['2027-01-05 23:59 到期', '2027-01-05 到期', '到期时间：2027-01-05 23:59:59', 'Expires at 2027-01-05 23:59']) {
      expect(read(ecsBilling(`包年包月<div class="help">${line}</div>`), ecsListUrl)?.facts.servers?.[0]?.expiresAt, line).toBe('2027-01-05');
    }
  });

  it('guard: a help line naming a renewal or conversion, or a pay-as-you-go row\'s, gives none', () => {
    for (const billing of ['包年包月<div class="help">续费后 2027-04-05 到期</div>', 'Subscription<div class="help">Expires after renewal 2027-04-05</div>', '包年包月<div class="help">转换后到期时间 2027-12-06 23:59</div>', '按量付费<div class="help">2027-12-06 23:59 到期</div>']) {
      expect(read(ecsBilling(billing), ecsListUrl)?.facts.servers?.[0]?.expiresAt, billing).toBeUndefined();
    }
  });
});

const cvmIntlUrl = 'https://console.tencentcloud.com/cvm/instance/index?rid=1';
const cvmIntlList = (billing: string) =>
  '<div class="tea-table"><table><thead><tr><th>ID/Name</th><th>Availability Zone</th><th>Instance Configuration</th><th>Instance Billing Mode</th></tr></thead><tbody>' +
  `<tr><td>ins-r47cvt02</td><td>Guangzhou Zone 7</td><td>4-core 8GB 10Mbps</td><td>${billing}</td></tr></tbody></table></div>`;

describe('a CVM row converting to a subscription in English (tencent/values.ts CONVERSION, ONCE_PAID)', () => {
  it('"Pay-as-you-go" + a tag "Switching to monthly subscription" is pay-as-you-go (none before: missing), and with the order\'s line "expires … once paid" no expiry (2027-12-06 before: invented)', () => {
    expect(read(cvmIntlList('Pay-as-you-go <span class="tea-tag">Switching to monthly subscription</span><div>2026-10-08 16:40:05 Created</div>'), cvmIntlUrl)?.facts.servers?.[0]?.billing).toBe('payg');
    const got = read(cvmIntlList('Pay-as-you-go <span class="tea-tag">Switching to monthly subscription</span><div>2026-10-08 16:40:05 Created</div><div>Subscription order unpaid; expires 2027-12-06 16:40:05 once paid</div>'), cvmIntlUrl)?.facts.servers?.[0];
    expect(got?.billing).not.toBe('subscription');
    expect(got?.expiresAt).toBeUndefined();
    expect(got?.createdAt).toBe('2026-10-08');
  });

  it('without the tag the order\'s date is still no expiry (2027-12-06 before: invented)', () => {
    for (const line of ['Subscription order unpaid; expires 2027-12-06 16:40:05 once paid', 'Subscription order unpaid, expires 2027-12-06 after payment']) {
      expect(read(cvmIntlList(`Pay-as-you-go<div>2026-10-08 16:40:05 Created</div><div>${line}</div>`), cvmIntlUrl)?.facts.servers?.[0]?.expiresAt, line).toBeUndefined();
    }
  });

  it('guard: a subscription\'s own "2027-01-10 12:00:00 Expires" and "Switch to Pay-as-you-go" beside it read as before', () => {
    const got = read(cvmIntlList('Monthly Subscription <a>Switch to Pay-as-you-go</a><div>2027-01-10 12:00:00 Expires</div>'), cvmIntlUrl)?.facts.servers?.[0];
    expect(got?.billing).toBe('subscription');
    expect(got?.expiresAt).toBe('2027-01-10');
  });
});

const ecsRow = (ip: string, config: string) =>
  '<div class="next-table"><table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>IP地址</th><th>配置</th><th>付费方式</th></tr></thead><tbody>' +
  `<tr><td>i-bp1r47bwdn0000c03</td><td>杭州 可用区 J</td><td>${ip}</td><td>${config}</td><td>包年包月</td></tr></tbody></table></div>`;

describe('an ECS list\'s IP cell announcing a bandwidth to come (aliyun/server-values.ts publicBandwidth CHANGE_TO_COME)', () => {
  it('"带宽将于 2026-12-08 00:00 生效：5Mbps" beside the address gives the plan\'s 20, not 5 (5 before: invented)', () => {
    for (const note of ['带宽将于 2026-12-08 00:00 生效：5Mbps', '5Mbps 待生效', 'Bandwidth 5 Mbps takes effect on 2026-12-08']) {
      expect(read(ecsRow(`47.98.1.63 (公) <span>${note}</span><br>172.16.3.63 (私有)`, '4 vCPU 8 GiB ecs.c7.xlarge 20Mbps (峰值)'), ecsListUrl)?.facts.servers?.[0]?.publicBandwidthMbps, note).toBe(20);
    }
  });

  it('guard: a figure in the IP cell with no such words is still read', () => {
    expect(read(ecsRow('47.98.1.63 (公) 5Mbps<br>172.16.3.63 (私有)', '4 vCPU 8 GiB ecs.c7.xlarge'), ecsListUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });
});

describe('a term line followed by a renewal\'s (aliyun/server-values.ts expiryFromText leadsOn)', () => {
  it('"2027-01-05 23:59 到期" then "续费后到期时间 2027-04-05 23:59（订单待支付）" in the billing cell gives 2027-01-05 (none before: missing)', () => {
    const got = read(ecsBilling('包年包月<div class="text-muted">2027-01-05 23:59 到期</div><div class="text-muted">续费后到期时间 2027-04-05 23:59（订单待支付）</div>'), ecsListUrl)?.facts.servers?.[0];
    expect(got?.expiresAt).toBe('2027-01-05');
  });

  it('a renewal\'s date alone is still none (guard); "… 到期 转换后到期时间 …" gives the term\'s date too (none before: missing)', () => {
    expect(read(ecsBilling('包年包月<div class="text-muted">续费后到期时间 2027-04-05 23:59（订单待支付）</div>'), ecsListUrl)?.facts.servers?.[0]?.expiresAt).toBeUndefined();
    expect(read(ecsBilling('包年包月 2027-01-05 到期 转换后到期时间 2027-12-06'), ecsListUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-01-05');
  });
});

const cvmDetailUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-r47det01';
const cvmDetail = (publicIp: string) =>
  `<div class="tea-form">${teaItem('实例ID', 'ins-r47det01')}${teaItem('地域', '广州')}${teaItem('公网IP', publicIp)}${teaItem('实例IP', '10.0.0.17 (内网)')}${teaItem('带宽上限', '5Mbps')}</div>`;

describe('a CVM detail\'s 公网 IP field of an address not known to be none (tencent/cvm-instance-detail.ts noPublic)', () => {
  it('a masked address of a range not shown (172.**.3.21) or 分配中 in the 公网IP field beside a private 实例IP gives the bandwidth field\'s 5, not 0 (0 before: invented)', () => {
    for (const ip of ['172.**.3.21', '分配中']) expect(read(cvmDetail(ip), cvmDetailUrl)?.facts.servers?.[0]?.publicBandwidthMbps, ip).toBe(5);
  });

  it('guard: "-" in the 公网IP field beside a private 实例IP still gives 0; a masked public address 5', () => {
    expect(read(cvmDetail('-'), cvmDetailUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(0);
    expect(read(cvmDetail('43.139.***.17'), cvmDetailUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });
});

describe('a mode\'s order not yet paid on a line of its own (tencent/values.ts billingFromText modeOrderUnpaid)', () => {
  it('"Subscription order unpaid" / "包年包月订单待支付" under 按量计费 leaves pay-as-you-go (none before: missing)', () => {
    for (const line of ['Subscription order unpaid; expires 2027-12-06 16:40:05 once paid', 'Monthly Subscription order pending payment']) {
      expect(read(cvmIntlList(`Pay-as-you-go<div>2026-10-08 16:40:05 Created</div><div>${line}</div>`), cvmIntlUrl)?.facts.servers?.[0]?.billing, line).toBe('payg');
    }
    expect(read(cvmList('43.139.8.17').replace('按量计费<div>', '按量计费<div>包年包月订单待支付</div><div>'), cvmListUrl)?.facts.servers?.[0]?.billing).toBe('payg');
  });

  it('guard: a renewal order of the subscription in effect ("包年包月 续费订单待支付") leaves the subscription', () => {
    expect(read(cvmIntlList('Monthly Subscription<div>2027-01-10 12:00:00 Expires</div><div>续费订单待支付</div>'), cvmIntlUrl)?.facts.servers?.[0]?.billing).toBe('subscription');
  });
});
