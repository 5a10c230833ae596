import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the thirty-fourth round of held-out pages (both providers; words the label files do not have:
 * test/fixtures-unseen/README.md "Thirty-fourth round"), each narrowed in a scratch copy of its page to the smallest
 * markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const fusionItem = (label: string, value: string) =>
  `<td class="next-descriptions-item"><span class="next-descriptions-item-label">${label}</span><span class="next-descriptions-item-colon">：</span><span class="next-descriptions-item-content">${value}</span></td>`;
const teaItem = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;

describe('a label drawn with its translation in an element of its own (dom/units.ts labelText)', () => {
  const entityUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const en = (zh: string, words: string) => `${zh}<span class="en">${words}</span>`;

  it('主体名称<span>Sponsor Name</span> is the label 主体名称: the entity is read (it was lost, every label saying more than its words)', () => {
    const body =
      '<div class="next-descriptions"><table><tbody><tr>' +
      fusionItem(en('主办单位所属区域', 'Province'), '浙江省 / 杭州市') + fusionItem(en('主办单位性质', 'Entity Type'), '企业') + '</tr><tr>' +
      fusionItem(en('主办单位证件类型', 'ID Type'), '营业执照') + fusionItem(en('主办单位证件号码', 'ID No.'), '9133**********2K8Q') + '</tr><tr>' +
      fusionItem(en('主办单位名称', 'Sponsor Name'), '杭州某某茶业有限公司') + '</tr></tbody></table></div>';
    const got = read(body, entityUrl);
    expect(got?.facts.entity).toMatchObject({ type: 'organization', name: '杭州某某茶业有限公司', idType: '营业执照', idNumber: '9133**********2K8Q', province: '浙江省' });
  });

  it('a Tencent domain\'s 域名状态<span>Status</span> and 实名认证状态<span>Real-name</span> are read (they were missing)', () => {
    const body =
      '<div class="tea-form tea-form--readonly">' +
      teaItem(en('域名', 'Domain'), 'mou-tea.cn') + teaItem(en('域名状态', 'Status'), '正常') +
      teaItem(en('域名所有者', 'Owner'), '林某某') + teaItem(en('实名认证状态', 'Real-name'), '<span class="tea-tag">已实名认证</span>') + '</div>';
    const got = read(body, 'https://console.cloud.tencent.com/domain/info/mou-tea.cn');
    expect(got?.facts.domains?.[0]).toMatchObject({ domain: 'mou-tea.cn', status: ['正常'], registrantName: '林某某', realNameVerified: true });
  });
});

describe('words of other consoles\' pages (rules/labels/*.json, data)', () => {
  it('a Tencent domain\'s 持有人 / 注册服务商 / 有效期至 / 认证日期 are its owner, registrar, expiry and verification date; 持有人邮箱 and 到期提醒 are none (they were missing)', () => {
    const body =
      '<div class="tea-form tea-form--readonly">' +
      teaItem('域名', 'mou-tea.cn') + teaItem('注册服务商', '腾讯云计算(北京)有限责任公司') + teaItem('有效期至', '2027/12/05 <a class="tea-btn tea-btn--link">续费</a>') +
      teaItem('到期提醒', '到期前 30 天（2027/11/05 起）') + teaItem('域名状态', '正常') + teaItem('持有人邮箱', 'lin***@qq.com') + teaItem('持有人', '林某某') +
      teaItem('证件号码', '3501**********4426') + teaItem('实名认证状态', '已实名认证') + teaItem('认证日期', '2024/12/06') + '</div>';
    const got = read(body, 'https://console.cloud.tencent.com/domain/info/mou-tea.cn');
    expect(got?.facts.domains).toEqual([
      { domain: 'mou-tea.cn', registrar: '腾讯云计算(北京)有限责任公司', registrantName: '林某某', registrantIdNumber: '3501**********4426', realNameVerified: true, realNameVerifiedAt: '2024-12-06', expiresAt: '2027-12-05', status: ['正常'] },
    ]);
  });

  it('a Tencent domain page showing only 持有人邮箱 (no 持有人) and only 到期提醒 (no expiry field) gives neither an owner nor an expiry', () => {
    const body =
      '<div class="tea-form tea-form--readonly">' + teaItem('域名', 'mou-tea.cn') + teaItem('到期提醒', '到期前 30 天（2027/11/05 起）') +
      teaItem('域名状态', '正常') + teaItem('持有人邮箱', 'lin***@qq.com') + teaItem('证件号码', '3501**********4426') + '</div>';
    const d = read(body, 'https://console.cloud.tencent.com/domain/info/mou-tea.cn')?.facts.domains?.[0];
    expect(d).not.toHaveProperty('registrantName');
    expect(d).not.toHaveProperty('expiresAt');
  });
});

describe('Tencent server detail words (rules/labels/tencent.json server-detail, values)', () => {
  const cvmUrl = 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-abcd1234';
  const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-abcd1234&tab=overview';

  it('an international CVM page\'s Billing: Prepaid and Outbound BW: 10 Mbps are its billing and bandwidth; Bandwidth Package is none (they were missing)', () => {
    const body =
      '<div class="tea-form tea-form--readonly">' + teaItem('Instance ID', 'ins-abcd1234') + teaItem('Region', 'South China (Guangzhou)') +
      teaItem('Public IP', '43.139.27.58') + teaItem('Network Billing', 'By traffic') + teaItem('Bandwidth Package', 'bwp-8k2m4n6q (shared, 200 Mbps)') +
      teaItem('Outbound BW', '10 Mbps') + teaItem('Billing', 'Prepaid') + teaItem('Exp. Date', 'Dec 5, 2027 23:59:59') + teaItem('Created', 'Dec 5, 2025 10:20:11') + '</div>';
    expect(read(body, cvmUrl)?.facts.servers?.[0]).toMatchObject({ billing: 'subscription', publicBandwidthMbps: 10, expiresAt: '2027-12-05', createdAt: '2025-12-05' });
  });

  it('a page showing only Bandwidth Package (no bandwidth field) gives no bandwidth', () => {
    const body =
      '<div class="tea-form tea-form--readonly">' + teaItem('Instance ID', 'ins-abcd1234') + teaItem('Region', 'South China (Guangzhou)') +
      teaItem('Bandwidth Package', 'bwp-8k2m4n6q (shared, 200 Mbps)') + teaItem('Billing', 'Prepaid') + '</div>';
    expect(read(body, cvmUrl)?.facts.servers?.[0]).not.toHaveProperty('publicBandwidthMbps');
  });

  it('a Lighthouse page\'s 计费类型 包月（预付费） / 后付费 and 购买时间 are its billing and purchase date (they were missing); 包月 alone in it is a subscription, 包月带宽 none', () => {
    const lh = (billing: string) =>
      '<div class="tea-form tea-form--readonly">' + teaItem('实例ID', 'lhins-abcd1234') + teaItem('地域', '上海 | 上海二区') +
      teaItem('计费类型', billing) + teaItem('过期时间', '2027年12月5日 23:59:59') + teaItem('购买时间', '2026年12月5日 09:41:20') + '</div>';
    expect(read(lh('包月（预付费）'), lhUrl)?.facts.servers?.[0]).toMatchObject({ billing: 'subscription', createdAt: '2026-12-05', expiresAt: '2027-12-05' });
    // (包月 as the whole value of a billing-mode field such as 计费类型 is a subscription — the lead's convention, session 41;
    // 包月带宽, how a bandwidth may be billed, is none)
    expect(read(lh('包月'), lhUrl)?.facts.servers?.[0]).toMatchObject({ billing: 'subscription' });
    expect(read(lh('包月带宽'), lhUrl)?.facts.servers?.[0]).not.toHaveProperty('billing');
    expect(read(lh('按小时（后付费）'), lhUrl)?.facts.servers?.[0]).toMatchObject({ billing: 'payg' });
    // 按流量 is how a network is billed, no instance billing
    expect(read(lh('按流量'), lhUrl)?.facts.servers?.[0]).not.toHaveProperty('billing');
  });
});

describe('a bare figure under a label naming its unit (dom/label-unit.ts, the reading model and aliyun/server-detail.ts)', () => {
  const previewItem = (label: string, value: string) =>
    `<div class="next-form-item"><label class="next-form-item-label">${label}</label><div class="next-form-item-control"><p class="next-form-preview">${value}</p></div></div>`;
  const swasUrl = 'https://swas.console.aliyun.com/#/server/8d2f4a6c1e3b45d7a9c0e2f4b6d8a1c3/cn-hangzhou/dashboard';
  const swas = (bandwidthLabel: string, bandwidth: string) =>
    `<h2>服务器概览</h2><form class="next-form next-form-preview">${previewItem('实例ID', '8d2f4a6c1e3b45d7a9c0e2f4b6d8a1c3')}${previewItem('地域', '华东1（杭州）')}` +
    `${previewItem('公网IP', '47.98.112.34')}${previewItem(bandwidthLabel, bandwidth)}${previewItem('流量包(GB)', '1024')}</form>`;

  it('a SWAS overview\'s 带宽(Mbps) 5 is 5 Mbps (it was missing)', () => {
    expect(read(swas('带宽(Mbps)', '5 <a class="next-btn-text">升级</a>'), swasUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
    expect(read(swas('峰值带宽（Mbps）', '30'), swasUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(30);
  });

  it('a bare figure under a label naming no unit, or two figures under one naming it, give no bandwidth', () => {
    expect(read(swas('带宽', '5'), swasUrl)?.facts.servers?.[0]).not.toHaveProperty('publicBandwidthMbps');
    expect(read(swas('带宽(Mbps)', '5 / 10'), swasUrl)?.facts.servers?.[0]).not.toHaveProperty('publicBandwidthMbps');
    expect(read(swas('带宽(GB)', '5'), swasUrl)?.facts.servers?.[0]).not.toHaveProperty('publicBandwidthMbps');
  });

  it('a Lighthouse page\'s 带宽（Mbps） 6 is 6 Mbps (it was missing); the unit in an element of its own (带宽<span>(Mbps)</span>) too', () => {
    const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-abcd1234&tab=overview';
    const lh = (label: string) =>
      '<div class="tea-form tea-form--readonly">' + teaItem('实例ID', 'lhins-abcd1234') + teaItem('地域', '上海') + teaItem('公网 IP', '101.35.218.77') +
      teaItem(label, '6') + teaItem('计费类型', '包年包月') + '</div>';
    expect(read(lh('带宽（Mbps）'), lhUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(6);
    expect(read(lh('带宽<span class="unit">(Mbps)</span>'), lhUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(6);
    expect(read(lh('带宽'), lhUrl)?.facts.servers?.[0]).not.toHaveProperty('publicBandwidthMbps');
  });
});

describe('a link that is the whole label names a place, no field (dom/reading-model.ts)', () => {
  it('the console header\'s Billing link (to the billing centre) is no Billing field: the Billing field below is read (the header link came first and the page gave no billing)', () => {
    const body =
      '<div class="qc-header tea-layout__header"><nav><a>Overview</a><a>Products</a></nav><div><a>Support</a><a>Billing</a><span>1000*****321</span></div></div>' +
      '<div class="tea-form tea-form--readonly">' + teaItem('Instance ID', 'ins-abcd1234') + teaItem('Region', 'Hong Kong, China') +
      teaItem('Billing', 'Pay-as-you-go <a class="tea-btn tea-btn--link">Switch to Monthly Subscription</a>') + '</div>';
    expect(read(body, 'https://console.tencentcloud.com/cvm/instance/detail?rid=5&id=ins-abcd1234')?.facts.servers?.[0]).toMatchObject({ billing: 'payg' });
  });
});

describe('Alibaba Cloud SWAS overview words (rules/labels/aliyun/swas.json swas-detail)', () => {
  const previewItem = (label: string, value: string) =>
    `<div class="next-form-item"><label class="next-form-item-label">${label}</label><div class="next-form-item-control"><p class="next-form-preview">${value}</p></div></div>`;
  const swasUrl = 'https://swas.console.aliyun.com/#/server/8d2f4a6c1e3b45d7a9c0e2f4b6d8a1c3/cn-hangzhou/dashboard';
  const swas = (items: string) => `<h2>服务器概览</h2><form class="next-form next-form-preview">${previewItem('实例ID', '8d2f4a6c1e3b45d7a9c0e2f4b6d8a1c3')}${previewItem('地域', '华东1（杭州）')}${items}</form>`;

  it('服务到期 2027/12/05 23:59:59 is the expiry (it was missing); 到期提醒 beside it is none', () => {
    const got = read(swas(previewItem('服务到期', '2027/12/05 23:59:59 <a class="next-btn-text">续费</a>') + previewItem('到期提醒', '到期前 7 天（2027/11/28）短信提醒')), swasUrl);
    expect(got?.facts.servers?.[0]?.expiresAt).toBe('2027-12-05');
    const reminderOnly = read(swas(previewItem('公网IP', '47.98.112.34') + previewItem('到期提醒', '到期前 7 天（2027/11/28）短信提醒')), swasUrl);
    expect(reminderOnly?.facts.servers?.[0]).not.toHaveProperty('expiresAt');
  });
});

describe('an NN-NN-YYYY expiry in an Alibaba Cloud domain list (dom/parse-date.ts dateOrderNamed, aliyun/domain-list.ts)', () => {
  const url = 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain';
  const list = (header: string, dates: string[]) =>
    `<table><thead><tr><th>Domain Name</th><th>Holder</th><th>Status</th><th>${header}</th></tr></thead><tbody>` +
    dates.map((d, i) => `<tr><td>mou-${i}.com</td><td>杭州某某有限公司</td><td>Normal</td><td>${d}</td></tr>`).join('') + '</tbody></table>';
  const expiries = (header: string, dates: string[]) => read(list(header, dates), url)?.facts.domains?.map((d) => d.expiresAt);

  it('Exp. Date (DD-MM-YYYY) over 05-12-2027 reads the 5th of December (the expiry was missing: the label and the order)', () => {
    expect(expiries('Exp. Date (DD-MM-YYYY)', ['05-12-2027', '03-01-2027'])).toEqual(['2027-12-05', '2027-01-03']);
    expect(expiries('Expiration Date (MM/DD/YYYY)', ['05/12/2027', '03/01/2027'])).toEqual(['2027-05-12', '2027-03-01']);
  });

  it('with no format named, a date of the column that reads one way only (28-02-2027) gives the order of the others; none: no expiry', () => {
    expect(expiries('Expiration Date', ['05-12-2027', '28-02-2027'])).toEqual(['2027-12-05', '2027-02-28']);
    expect(expiries('Expiration Date', ['05-12-2027', '03-01-2027'])).toEqual([undefined, undefined]);
  });

  it('a header naming a format its own dates break (MM-DD-YYYY over 28-02-2027) tells no order: only the dates that read one way are read (05-12-2027 was read as the 12th of May: invented)', () => {
    expect(expiries('Exp. Date (MM-DD-YYYY)', ['05-12-2027', '28-02-2027'])).toEqual([undefined, '2027-02-28']);
  });
});

describe('an ID document\'s expiry on a Tencent domain page (rules/labels/tencent.json domain-info / domain-list expires not)', () => {
  it('证件到期时间 (the holder\'s ID card) is no expiry of the domain (it was read as one: invented)', () => {
    const body =
      '<div class="tea-form tea-form--readonly">' + teaItem('域名', 'mou-tea.cn') + teaItem('注册期限', '3 年') + teaItem('域名状态', '正常') +
      teaItem('域名所有者', '林某某') + teaItem('证件号码', '3501**********4426') + teaItem('证件到期时间', '2036/05/20') + teaItem('营业执照到期日', '2040-01-01') + '</div>';
    const d = read(body, 'https://console.cloud.tencent.com/domain/info/mou-tea.cn')?.facts.domains?.[0];
    expect(d).toMatchObject({ domain: 'mou-tea.cn', registrantName: '林某某' });
    expect(d).not.toHaveProperty('expiresAt');
  });
});

describe('a traffic package\'s expiry on a Tencent server page (rules/labels/tencent.json server-detail / cvm-list / lighthouse-list expires not)', () => {
  it('流量包到期时间 is no expiry of the instance (it was read as one: invented)', () => {
    const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-abcd1234&tab=overview';
    const body =
      '<div class="tea-form tea-form--readonly">' + teaItem('实例ID', 'lhins-abcd1234') + teaItem('地域', '上海') + teaItem('计费类型', '包年包月') +
      teaItem('流量包', '1536GB/月') + teaItem('流量包到期时间', '2026年12月31日') + teaItem('Traffic Package Expiration', '2026-12-31') + '</div>';
    const s = read(body, lhUrl)?.facts.servers?.[0];
    expect(s).toMatchObject({ id: 'lhins-abcd1234', billing: 'subscription' });
    expect(s).not.toHaveProperty('expiresAt');
  });
});
