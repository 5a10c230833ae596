import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the seventieth round of held-out pages (plain pages of both providers as a RAM user / CAM sub-user or
 * collaborator sees them: test/fixtures-unseen/README.md "Seventieth round"), each narrowed in a scratch copy of its page
 * to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'en') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

describe('Tencent domain list (TDesign, intl): a plain line under a status tag explaining it', () => {
  const url = 'https://console.tencentcloud.com/domain/all-domain/all';
  const table = (statusCell: string) =>
    '<div class="t-table"><table><thead class="t-table__header"><tr><th>Domain Name</th><th>Status</th><th>Real-name Verification</th>' +
    '<th>Domain Owner</th><th>Expiration Time</th></tr></thead><tbody class="t-table__body">' +
    `<tr class="t-table__row"><td><a class="t-link">hailanyun.cn</a></td><td>${statusCell}</td>` +
    '<td><span class="t-tag t-tag--theme-warning">Not verified</span></td><td>深圳海岚科技有限公司</td><td>2026-12-30 10:12:43</td></tr>' +
    '</tbody></table></div>';
  const domain = (status: string[]) => ({ version: 1, domains: [{ domain: 'hailanyun.cn', status, realNameVerified: false, registrantName: '深圳海岚科技有限公司', expiresAt: '2026-12-30' }] });
  const tag = '<span class="t-tag t-tag--theme-danger t-tag--light t-size-m">serverHold</span>';

  it('"Resolution suspended by the registry" in a <div> under the serverHold tag is no status (invented before)', () => {
    expect(read(table(`${tag}<div class="tea-text-weak">Resolution suspended by the registry</div>`), url)?.facts).toEqual(domain(['serverHold']));
  });

  it('… after a <br> too', () => {
    expect(read(table(`${tag}<br><span>Resolution suspended by the registry</span>`), url)?.facts).toEqual(domain(['serverHold']));
  });

  it('guard: a status word on a line of its own under the tag is read (clientTransferProhibited)', () => {
    expect(read(table(`${tag}<div>clientTransferProhibited</div>`), url)?.facts).toEqual(domain(['serverHold', 'clientTransferProhibited']));
  });

  it('guard: a status cell of plain text alone is read as before (Transferring In)', () => {
    expect(read(table('Transferring In'), url)?.facts).toEqual(domain(['Transferring In']));
  });

  it('guard: two statuses as plain lines, no tag, are read as before', () => {
    expect(read(table('<div>Normal</div><div>Transferring In</div>'), url)?.facts).toEqual(domain(['Normal', 'Transferring In']));
  });
});

describe('a permission banner saying only the authorized part of a list is shown (RAM user / sub-user / collaborator)', () => {
  const ecsUrl = 'https://ecs.console.aliyun.com/server/region/all';
  const ecs = (banner: string) =>
    `<div class="next-message next-message-warning" role="alert"><div class="next-message-title">${banner}</div></div>` +
    '<div class="next-table"><table><thead><tr><th>实例ID/名称</th><th>地域</th><th>IP地址</th><th>配置</th><th>付费方式</th></tr></thead><tbody>' +
    '<tr><td><button class="next-btn next-btn-text">i-bp18ofd7zctjwhmj8esz</button><div>web-01</div></td><td>华东1（杭州）</td>' +
    '<td>47.96.12.34(公)<br>172.16.0.12(私有)</td><td><div>2 vCPU 4 GiB (I/O优化)</div><div>ecs.g7.large  20Mbps (峰值)</div></td>' +
    '<td><div>包年包月</div><div>2027年2月24日 23:59 到期</div></td></tr></tbody></table></div>';
  const server = { version: 1, servers: [{ id: 'i-bp18ofd7zctjwhmj8esz', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-02-24', publicBandwidthMbps: 20 }] };

  for (const banner of ['您无权限查看部分项目，仅显示已授权项目下的资源。', '子用户无权限查看其他项目的实例，请联系主账号管理员授权。', '当前账号权限不足，仅展示您有权限的资源。', 'RAM 用户无权限访问全部资源组，列表仅显示有权限的资源组中的资源。']) {
    it(`ECS list under "${banner}" is read (null before: the banner taken for the page denied)`, () => {
      expect(read(ecs(banner), ecsUrl, 'zh-CN')?.facts).toEqual(server);
    });
  }

  it('guard: "您没有权限访问该页面，请联系主账号管理员" over stale rows still reads nothing', () => {
    expect(read(ecs('您没有权限访问该页面，请联系主账号管理员。'), ecsUrl, 'zh-CN')?.facts ?? null).toBeNull();
  });

  it('guard: "无权限访问云服务器 ECS 控制台" over stale rows still reads nothing', () => {
    expect(read(ecs('无权限访问云服务器 ECS 控制台，请联系主账号管理员授权。'), ecsUrl, 'zh-CN')?.facts ?? null).toBeNull();
  });

  const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const cvm = (banner: string) =>
    `<div class="tea-alert" role="alert"><div class="tea-alert__body">${banner}</div></div>` +
    '<div class="tea-table"><table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th></tr></thead><tbody>' +
    '<tr><td><a>ins-whkazlsf</a><div>web-gz-01</div></td><td>广州三区</td><td>2核 4GB 5Mbps</td><td>43.139.12.34 (公)<br>10.0.0.8 (内)</td>' +
    '<td><div>包年包月</div><div>2026-12-21 10:00:00到期</div></td></tr></tbody></table></div>';
  const cvmServer = { version: 1, servers: [{ id: 'ins-whkazlsf', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2026-12-21', publicBandwidthMbps: 5 }] };

  it('Tencent CVM list under "子用户无权限查看其他项目的实例" is read (null before)', () => {
    expect(read(cvm('子用户无权限查看其他项目的实例，请联系主账号管理员授权。'), cvmUrl, 'zh-CN')?.facts).toEqual(cvmServer);
  });

  it('Tencent CVM list (intl) under "No permission to view other projects\' resources" is read (null before)', () => {
    const url = 'https://console.tencentcloud.com/cvm/instance/index?rid=1';
    const en = cvm("No permission to view other projects' resources. Contact the root account admin.")
      .replace('ID/名称', 'ID/Name').replace('可用区', 'Availability Zone').replace('实例配置', 'Instance Configuration').replace('主IPv4地址', 'Primary IPv4')
      .replace('实例计费模式', 'Instance Billing Mode').replace('广州三区', 'Guangzhou Zone 3').replace('2核 4GB 5Mbps', '2-core 4GB 5Mbps')
      .replace('(公)', '(Public)').replace('(内)', '(Private)').replace('包年包月', 'Monthly Subscription').replace('<div>2026-12-21 10:00:00到期</div>', '<div>Expires on 2026-12-21 10:00:00</div>');
    expect(read(en, url)?.facts).toEqual(cvmServer);
  });
});

describe('Alibaba domain list (antd 5): a plain line under the status badge explaining it (round seventy variants)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const table = (statusCell: string) =>
    '<div class="ant-table-wrapper"><table><thead class="ant-table-thead"><tr><th class="ant-table-cell">域名</th><th class="ant-table-cell">域名状态</th>' +
    '<th class="ant-table-cell">域名持有者</th><th class="ant-table-cell">到期日期</th></tr></thead><tbody class="ant-table-tbody">' +
    `<tr class="ant-table-row"><td class="ant-table-cell"><a>qmdata.xyz</a></td><td class="ant-table-cell">${statusCell}</td>` +
    '<td class="ant-table-cell"><div>杭州青木数字科技有限公司</div><div><span class="ant-tag ant-tag-success">已实名认证</span></div></td>' +
    '<td class="ant-table-cell">2026-10-05</td></tr></tbody></table></div>';
  const domain = (status: string[]) => ({ version: 1, domains: [{ domain: 'qmdata.xyz', status, realNameVerified: true, registrantName: '杭州青木数字科技有限公司', expiresAt: '2026-10-05' }] });
  const badge = '<span class="ant-badge ant-badge-status"><span class="ant-badge-status-dot ant-badge-status-error"></span><span class="ant-badge-status-text">急需赎回</span></span>';

  it('"域名已进入赎回期" in a <div> under the 急需赎回 badge is no status (invented before)', () => {
    expect(read(table(`${badge}<div class="text-muted">域名已进入赎回期</div>`), url, 'zh-CN')?.facts).toEqual(domain(['急需赎回']));
  });

  it('guard: "已过期 63 天" under the badge is a note as before', () => {
    expect(read(table(`${badge}<div class="text-muted">已过期 63 天</div>`), url, 'zh-CN')?.facts).toEqual(domain(['急需赎回']));
  });

  it('guard: "The domain has entered the redemption period" under the badge is no status (held before too: longer than a status)', () => {
    expect(read(table(`${badge}<div>The domain has entered the redemption period</div>`), url, 'zh-CN')?.facts).toEqual(domain(['急需赎回']));
  });

  it('guard: a status word on a line of its own under the badge is read (锁定, 转入中)', () => {
    expect(read(table(`${badge}<div>锁定</div>`), url, 'zh-CN')?.facts).toEqual(domain(['急需赎回', '锁定']));
    expect(read(table(`${badge}<div>转入中</div>`), url, 'zh-CN')?.facts).toEqual(domain(['急需赎回', '转入中']));
  });

  it('guard: an EPP code on a line of its own under the badge is read (clientHold)', () => {
    expect(read(table(`${badge}<div>clientHold</div>`), url, 'zh-CN')?.facts).toEqual(domain(['急需赎回', 'clientHold']));
  });

  it('guard: a second badge of an unlisted status is read as before (转入中)', () => {
    expect(read(table(`${badge}<div><span class="ant-badge ant-badge-status"><span class="ant-badge-status-text">转入中</span></span></div>`), url, 'zh-CN')?.facts).toEqual(domain(['急需赎回', '转入中']));
  });
});

describe('a sub-user\'s operation denied, or a named part of a detail page withheld, is no page denied (round seventy variants)', () => {
  const domUrl = 'https://console.tencentcloud.com/domain/all-domain/all';
  const domList = (after: string) =>
    '<div class="t-table"><table><thead class="t-table__header"><tr><th>Domain Name</th><th>Status</th><th>Expiration Time</th></tr></thead><tbody class="t-table__body">' +
    '<tr class="t-table__row"><td><a class="t-link">hailan.xyz</a></td><td><span class="t-tag t-tag--theme-success">Normal</span></td><td>2027-03-09 10:12:43</td></tr>' +
    `</tbody></table></div>${after}`;
  const toast = (text: string) => `<div class="tea-message tea-message--error" role="alert" style="position:fixed;top:60px"><span class="tea-message__content">${text}</span></div>`;
  const dom = { version: 1, domains: [{ domain: 'hailan.xyz', status: ['Normal'], expiresAt: '2027-03-09' }] };

  it('a toast "Operation failed: no permission (domain:RenewDomainBatch)" over the domain list (null before)', () => {
    expect(read(domList(toast('Operation failed: no permission (domain:RenewDomainBatch)')), domUrl)?.facts).toEqual(dom);
  });

  it('a toast "You are not authorized to perform this operation" over the domain list (null before)', () => {
    expect(read(domList(toast('You are not authorized to perform this operation.')), domUrl)?.facts).toEqual(dom);
  });

  it('guard: a toast denying the list\'s own read action (domain:DescribeDomainNameList) still reads nothing', () => {
    expect(read(domList(toast('Operation failed: no permission (domain:DescribeDomainNameList)')), domUrl)?.facts ?? null).toBeNull();
  });

  it('guard: "No permission to access this page" still reads nothing', () => {
    expect(read(domList(toast('No permission to access this page.')), domUrl)?.facts ?? null).toBeNull();
  });

  const ecdUrl = 'https://ecs.console.aliyun.com/server/i-bp14qv4ryleyvnu7qn5q/detail?regionId=cn-hangzhou';
  const item = (l: string, v: string) => `<div class="detail-item"><span class="detail-item-label">${l}</span><span class="detail-item-value">${v}</span></div>`;
  const ecd = (banner: string) =>
    `<div class="next-message next-message-warning" role="alert"><div class="next-message-title">${banner}</div></div>` +
    `<div class="next-card"><div class="next-card-head">基本信息</div><div class="next-card-body">${item('实例ID', 'i-bp14qv4ryleyvnu7qn5q')}${item('地域', '华东1（杭州）')}` +
    `${item('当前使用带宽', '10Mbps (峰值)')}${item('付费方式', '包年包月')}${item('到期时间', '2027年3月2日 23:59:59')}</div></div>`;
  const server = { version: 1, servers: [{ id: 'i-bp14qv4ryleyvnu7qn5q', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-03-02', publicBandwidthMbps: 10 }] };

  it('ECS detail under "RAM 用户无权限查看费用信息，请联系主账号管理员授权" (null before)', () => {
    expect(read(ecd('RAM 用户无权限查看费用信息，请联系主账号管理员授权 AliyunBSSReadOnlyAccess。'), ecdUrl, 'zh-CN')?.facts).toEqual(server);
  });

  it('ECS detail under "No permission to view billing information" (held before too)', () => {
    expect(read(ecd('No permission to view billing information. Contact the root account admin.'), ecdUrl)?.facts).toEqual(server);
  });

  it('guard: "无权限查看该实例，请联系主账号管理员" still reads nothing', () => {
    expect(read(ecd('无权限查看该实例，请联系主账号管理员。'), ecdUrl, 'zh-CN')?.facts ?? null).toBeNull();
  });
  it('Tencent CVM detail (intl) under "No permission to view billing information" (null before)', () => {
    const url = 'https://console.tencentcloud.com/cvm/instance/detail?rid=4&id=ins-6yiyqkey';
    const fi = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
    const body =
      '<div class="tea-alert" role="alert"><div class="tea-alert__body">No permission to view billing information. Contact the root account admin.</div></div>' +
      `<div class="tea-card"><div class="tea-card__body"><div class="tea-form">${fi('Instance ID', 'ins-6yiyqkey')}${fi('Region', 'East China (Shanghai)')}` +
      `${fi('Instance Billing Mode', 'Monthly Subscription')}${fi('Expiration Time', '2027-03-15 10:20:31')}${fi('Bandwidth Cap', '10 Mbps')}</div></div></div>`;
    expect(read(body, url)?.facts).toEqual({ version: 1, servers: [{ id: 'ins-6yiyqkey', provider: 'tencent', product: 'cvm', region: 'ap-shanghai', billing: 'subscription', expiresAt: '2027-03-15', publicBandwidthMbps: 10 }] });
  });
});
