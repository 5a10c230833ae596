import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fifty-fourth round of held-out pages (both providers; who is looking — RAM sub-users, CAM sub-users
 * and collaborators, other accounts' shared resources, fields and cards withheld for lack of permission:
 * test/fixtures-unseen/README.md "Fifty-fourth round"), each narrowed in a scratch copy of its page to the smallest markup
 * that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><style>.is-hidden{display:none}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'zh-CN') => readPage(page(body, url, lang), new URL(url));

const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=xishan-wenhua.cn';
const topBar =
  '<div class="dc-top"><span>阿里云</span>&nbsp;<span>域名</span><div class="dc-top-right"><span>费用</span><span>工单</span>' +
  '<div class="account-switcher"><span class="account-name">design-wang@1207******3391.onaliyun.com</span><span class="next-tag">RAM 用户</span>' +
  '<span class="account-company">成都溪山文化传播有限公司</span></div></div></div>';
const holderCard = (idNumber: string) =>
  '<div class="next-card"><div class="next-card-head"><div class="next-card-title">持有者信息</div></div><div class="next-card-body"><div class="next-descriptions"><table><tbody>' +
  '<tr><th>域名持有者</th><td>李青禾</td><th>持有者类型</th><td>个人</td></tr>' +
  `<tr><th>证件类型</th><td>身份证</td><th>证件号码</th><td>${idNumber}</td></tr>` +
  '<tr><th>实名认证状态</th><td>已实名认证</td><th>所在地区</th><td>四川省 成都市</td></tr>' +
  '</tbody></table></div></div></div>';
const basicCard =
  '<div class="next-card"><div class="next-card-head"><div class="next-card-title">基本信息</div></div><div class="next-card-body"><div class="next-descriptions"><table><tbody>' +
  '<tr><th>注册商</th><td>阿里云计算有限公司（万网）</td><th>到期日期</th><td>2027-08-19 15:02:44</td></tr>' +
  '<tr><th>域名状态</th><td>正常</td><th>资源组</th><td>默认资源组</td></tr></tbody></table></div></div></div>';

describe('a RAM user\'s login in the top bar is no domain (shared/text-values DOMAIN_RE: a name glued to a mask\'s stars)', () => {
  it('"design-wang@1207******3391.onaliyun.com" beside the top bar\'s 域名 gives the URL\'s domain, not 3391.onaliyun.com (invented before)', () => {
    const got = read(topBar + '<main><h2>xishan-wenhua.cn</h2>' + basicCard + holderCard('3301**********2517') + '</main>', holderUrl);
    expect(got?.facts.domains?.map((d) => d.domain)).toEqual(['xishan-wenhua.cn']);
  });
});

describe('an ID number of stars alone is withheld, not masked (shared/text-values maskedIdNumber)', () => {
  it('Alibaba holder page: 证件号码 "****** 申请权限" gives no registrantIdNumber (****** before)', () => {
    const got = read('<main><h2>xishan-wenhua.cn</h2>' + basicCard + holderCard('<span>******</span> <a>申请权限</a>') + '</main>', holderUrl);
    expect(got?.facts.domains?.[0]?.registrantName).toBe('李青禾');
    expect(got?.facts.domains?.[0]?.registrantIdNumber).toBeUndefined();
  });

  it('Tencent domain page: 证件号码 "🔒 ******" gives none (****** before)', () => {
    const item = (l: string, v: string) =>
      `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
    const body =
      '<h2>yunshan-chayuan.cn</h2><div class="tea-form">' +
      item('域名', 'yunshan-chayuan.cn') + item('到期时间', '2027-07-11 16:40:02') + item('域名所有者', '杭州云山茶园农业有限公司') +
      item('证件类型', '营业执照') + item('证件号码', '<i class="tea-icon tea-icon-lock" aria-label="无权限"></i> <span>******</span> <a>申请权限</a>') + '</div>';
    const got = read(body, 'https://console.cloud.tencent.com/domain/info/yunshan-chayuan.cn');
    expect(got?.facts.domains?.[0]?.registrantName).toBe('杭州云山茶园农业有限公司');
    expect(got?.facts.domains?.[0]?.registrantIdNumber).toBeUndefined();
  });

  it('guard: a masked number showing its first and last characters is still read', () => {
    const got = read('<main><h2>xishan-wenhua.cn</h2>' + basicCard + holderCard('5101**********2517') + '</main>', holderUrl);
    expect(got?.facts.domains?.[0]?.registrantIdNumber).toBe('5101**********2517');
  });
});

const ecsUrl = 'https://ecs.console.aliyun.com/server/region/cn-shanghai#/';
const ecsList = (ip: string, config: string) =>
  '<table><thead><tr><th>实例ID/名称</th><th>状态</th><th>IP地址</th><th>配置</th><th>付费方式</th></tr></thead><tbody>' +
  '<tr><td><a>i-uf6r54own0000001</a><div>web</div></td><td>运行中</td><td><div>106.14.52.21(公)</div><div>172.19.0.11(私有)</div></td><td>ecs.c7.large 5Mbps (峰值)</td><td>按量付费</td></tr>' +
  `<tr><td><a>i-uf6r54msk0000004</a><div>cms</div></td><td>已停止</td><td>${ip}</td><td>${config}</td><td>按量付费</td></tr>` +
  '</tbody></table>';

describe('a value masked whole withholds its box (dom/permission-withheld masksWholeValue, dom/withheld-box)', () => {
  it('an IP cell "******(公)" beside the private address is no "no public address": no bandwidth of 0 (0 before)', () => {
    const got = read(ecsList('<div>******(公)</div><div>172.19.8.30(私有)</div>', 'ecs.g7.large'), ecsUrl);
    expect(got?.facts.servers?.map((s) => s.publicBandwidthMbps)).toEqual([5, undefined]);
  });

  it('an IP cell of the private address and a 申请权限 link: none either (0 before)', () => {
    const got = read(ecsList('<div>172.19.8.30(私有)</div><a>申请权限</a>', 'ecs.g7.large'), ecsUrl);
    expect(got?.facts.servers?.map((s) => s.publicBandwidthMbps)).toEqual([5, undefined]);
  });

  it('guard: an IP cell showing the private address alone still gives 0', () => {
    const got = read(ecsList('<div>172.19.8.30(私有)</div>', 'ecs.g7.large'), ecsUrl);
    expect(got?.facts.servers?.map((s) => s.publicBandwidthMbps)).toEqual([5, 0]);
  });
});

const deniedCard =
  '<div class="next-card"><div class="next-card-head"><div class="next-card-title">实名认证资料</div></div><div class="next-card-body">' +
  '<div class="next-message next-message-error" role="alert"><div class="next-message-title">无权限</div>' +
  '<div class="next-message-content">您没有权限访问该资源（AccessDenied）。当前 RAM 用户未被授予 domain:QueryDomainRealNameVerificationInfo 权限。</div></div></div></div>';

describe('a card failing with a permission error beside loaded cards is that card\'s (dom/page-state)', () => {
  it('Descriptions tables of row headers (th, td) are fields: the holder page beside an AccessDenied card is read (null before)', () => {
    const got = read('<main><h2>xishan-wenhua.cn</h2>' + basicCard + holderCard('5101**********2517') + deniedCard + '</main>', holderUrl);
    expect(got?.facts.domains?.[0]).toMatchObject({ domain: 'xishan-wenhua.cn', registrantName: '李青禾', expiresAt: '2027-08-19' });
  });

  it('guard: the AccessDenied alert over the page, outside the cards, is still the page\'s error', () => {
    const alert = '<div class="next-message next-message-error" role="alert"><div class="next-message-title">无权限</div><div class="next-message-content">您没有权限访问该资源（AccessDenied）。</div></div>';
    expect(read('<main><h2>xishan-wenhua.cn</h2>' + alert + '<div class="cards">' + basicCard + holderCard('5101**********2517') + '</div></main>', holderUrl)).toBeNull();
  });

  const swasUrl = 'https://swas.console.alibabacloud.com/#/server/7f3a9c1e5b2d4a6c8e0f1a3b5c7d9e54/ap-southeast-1/dashboard';
  const kv = (pairs: [string, string][]) => `<div class="kv">${pairs.map(([k, v]) => `<div class="k">${k}</div><div class="v">${v}</div>`).join('')}</div>`;
  const serverCard =
    '<div class="next-card"><div class="next-card-head">Server Information</div><div class="next-card-body">' +
    kv([['Instance ID', '7f3a9c1e5b2d4a6c8e0f1a3b5c7d9e54'], ['Name', 'nw-blog'], ['Region', 'Singapore'], ['Peak Bandwidth', '30 Mbps']]) + '</div></div>';
  const notAuthorized =
    '<div class="next-message next-message-error" role="alert"><div class="next-message-title">You are not authorized to perform this operation.</div>' +
    '<div class="next-message-content">The RAM user dev01@northwind.onaliyun.com is not authorized to call swas-open:DescribeInstanceBill. Error code: Forbidden.RAM.</div></div>';

  it('key/value boxes drawn flat in one grid are fields: a SWAS detail beside its "You are not authorized" billing card is read (null before)', () => {
    const body = '<main><h2>nw-blog</h2>' + serverCard + '<div class="next-card"><div class="next-card-head">Billing Information</div><div class="next-card-body">' + notAuthorized + '</div></div></main>';
    expect(read(body, swasUrl, 'en')?.facts.servers?.[0]).toMatchObject({ id: '7f3a9c1e5b2d4a6c8e0f1a3b5c7d9e54', publicBandwidthMbps: 30 });
  });

  it('guard: the same alert over the page, no card of its own, is still the page\'s error', () => {
    expect(read('<main><h2>nw-blog</h2>' + notAuthorized + '<div class="cards">' + serverCard + '</div></main>', swasUrl, 'en')).toBeNull();
  });
});

const tencentDomainsUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
const tencentDomains =
  '<div class="tea-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证</th><th>到期时间</th><th>资源所属账号</th></tr></thead><tbody>' +
  '<tr><td><a>muxi-design.com</a></td><td>正常</td><td>已实名认证</td><td>2027-04-22</td><td>当前账号</td></tr>' +
  '<tr><td><a>qingyou.net</a> <span class="tea-tag">共享资源</span></td><td>正常</td><td>无权限查看</td><td>2026-12-28</td><td>来自其他账号 1000****5432</td></tr>' +
  '</tbody></table></div>';

describe('a notice that some values are withheld from this user is no page error (dom/page-state PART_WITHHELD)', () => {
  it('"部分域名的所有者、实名认证与到期信息因权限不足无法显示" over the Tencent domain list: read, the other account\'s row too (null before)', () => {
    const body = '<div class="tea-alert tea-alert--warning" role="alert">您当前以协作者身份访问，部分域名的所有者、实名认证与到期信息因权限不足无法显示。<a>切换到主账号查看</a></div>' + tencentDomains;
    expect(read(body, tencentDomainsUrl)?.facts.domains?.map((d) => [d.domain, d.realNameVerified, d.expiresAt])).toEqual([
      ['muxi-design.com', true, '2027-04-22'],
      ['qingyou.net', undefined, '2026-12-28'],
    ]);
  });

  it('guard: "Some fields are hidden because you do not have the required permissions" (English) is read (before too: no error word)', () => {
    const body = '<div class="tea-alert tea-alert--warning" role="alert">Some fields are hidden because you do not have the required permissions. <a>Switch to the root account</a></div>' + tencentDomains;
    expect(read(body, tencentDomainsUrl)?.facts.domains).toHaveLength(2);
  });

  it('guard: a page denied ("您没有权限访问该页面", "无权限访问，请联系主账号授权") is still the page\'s error', () => {
    expect(read('<div class="tea-alert tea-alert--error" role="alert">您没有权限访问该页面，请联系主账号授权。</div>' + tencentDomains, tencentDomainsUrl)).toBeNull();
    expect(read('<div class="tea-alert tea-alert--error" role="alert">无权限访问：当前子账号未被授予 domain:DescribeDomainNameList 权限</div>' + tencentDomains, tencentDomainsUrl)).toBeNull();
  });
});

describe('variants (round fifty-four)', () => {
  it('"权限不足：部分域名信息无法查看" (the permission first, then the part) over the Tencent domain list: read (null before)', () => {
    const body = '<div class="tea-alert tea-alert--warning" role="alert">权限不足：部分域名信息无法查看</div>' + tencentDomains;
    expect(read(body, tencentDomainsUrl)?.facts.domains).toHaveLength(2);
  });

  it('a Tencent domain list\'s status cell "--" (withheld, with a lock) or "******" gives no status ("--" before)', () => {
    const list = (status: string) =>
      '<table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr><td><a>muxi-design.com</a></td><td>正常</td><td>2027-04-22</td></tr>' +
      `<tr><td><a>qingyou.net</a></td><td>${status}</td><td>2026-12-28</td></tr></tbody></table>`;
    for (const status of ['<i class="tea-icon tea-icon-lock"></i> --', '--', '******']) {
      expect(read(list(status), tencentDomainsUrl)?.facts.domains?.map((d) => d.status)).toEqual([['正常'], undefined]);
    }
  });
});

describe('a value\'s place saying it is withheld in a longer sentence is no value (dom/permission-withheld saysNoPermission)', () => {
  const withheldNames = [
    'You are not authorized to view this information',
    '当前子账号无 domain:QueryRegistrantProfiles 权限',
    '您没有查看持有者信息的权限',
    '无权限，请联系主账号授权',
    '仅主账号可见',
    '该信息已隐藏',
  ];
  it('the Alibaba holder page\'s 域名持有者 so drawn gives no registrantName (each read as the name before)', () => {
    for (const t of withheldNames) {
      const card = holderCard('5101**********2517').replace('<td>李青禾</td>', `<td>${t}</td>`);
      const got = read('<main><h2>xishan-wenhua.cn</h2>' + basicCard + card + '</main>', holderUrl);
      expect(got?.facts.domains?.[0]?.registrantName, t).toBeUndefined();
      expect(got?.facts.domains?.[0]?.registrantIdType, t).toBe('身份证');
    }
  });

  it('the Tencent domain list\'s owner cell "No permission to view" / "无权限，请联系主账号" gives none (read as the name before)', () => {
    const list = (owner: string) =>
      '<table><thead><tr><th>域名</th><th>域名状态</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr><td><a>muxi-design.com</a></td><td>正常</td><td>林木溪</td><td>2027-04-22</td></tr>' +
      `<tr><td><a>muxi.shop</a></td><td>正常</td><td>${owner}</td><td>2026-12-28</td></tr></tbody></table>`;
    for (const t of ['No permission to view', '无权限，请联系主账号']) {
      expect(read(list(t), tencentDomainsUrl)?.facts.domains?.map((d) => d.registrantName), t).toEqual(['林木溪', undefined]);
    }
  });

  it('an ECS row\'s IP cell "公网IP：当前子账号无 vpc:DescribeEipAddresses 权限" is no "no public address" (0 before)', () => {
    const got = read(ecsList('<div>公网IP：当前子账号无 vpc:DescribeEipAddresses 权限</div><div>172.19.8.30(私有)</div>', 'ecs.g7.large'), ecsUrl);
    expect(got?.facts.servers?.map((s) => s.publicBandwidthMbps)).toEqual([5, undefined]);
  });

  it('more wordings (您无权查看, 需授权后查看, 权限不足，无法查看, Insufficient permissions to view, You do not have access, Access restricted, Permission required, Not authorized to view) give no registrantName (read as the name before)', () => {
    for (const t of ['您无权查看', '当前角色无权查看', '需授权后查看', '请申请权限后查看', '权限不足，无法查看', 'Insufficient permissions to view', 'You do not have access', 'Access restricted', 'Permission required', 'Not authorized to view']) {
      const card = holderCard('5101**********2517').replace('<td>李青禾</td>', `<td>${t}</td>`);
      expect(read('<main><h2>xishan-wenhua.cn</h2>' + basicCard + card + '</main>', holderUrl)?.facts.domains?.[0]?.registrantName, t).toBeUndefined();
    }
  });

  it('guard: names and values holding such words are still read (杭州权限科技有限公司, 权限管理中心)', () => {
    const card = holderCard('5101**********2517').replace('<td>李青禾</td>', '<td>杭州权限科技有限公司</td>');
    expect(read('<main><h2>xishan-wenhua.cn</h2>' + basicCard + card + '</main>', holderUrl)?.facts.domains?.[0]?.registrantName).toBe('杭州权限科技有限公司');
  });
});
