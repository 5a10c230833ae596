import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { saysNoPermission } from '../../src/readers/dom/permission-withheld';

/**
 * Faults found by the thirtieth round of held-out pages (both providers; the account's own state and permissions:
 * test/fixtures-unseen/README.md "Thirtieth round"), each narrowed in a scratch copy of its page to the smallest
 * markup that showed it.
 */

const page = (body: string, url: string) => htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

describe('a value withheld for lack of permission says nothing of the value (dom/permission-withheld.ts, dom/units.ts)', () => {
  const swasUrl = 'https://swas.console.aliyun.com/#/server/9f8e7d6c5b4a49382716a5b4c3d2e1f0/cn-hangzhou/dashboard';
  const item = (label: string, value: string) =>
    `<td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">${label}</span><span class="ant-descriptions-item-content">${value}</span></div></td>`;
  const swas = (ip: string) =>
    '<div class="ant-descriptions"><div class="ant-descriptions-view"><table><tbody>' +
    `<tr class="ant-descriptions-row">${item('实例ID', '9f8e7d6c5b4a49382716a5b4c3d2e1f0')}${item('地域', '华东1（杭州）')}</tr>` +
    `<tr class="ant-descriptions-row">${item('公网IP', ip)}${item('到期时间', '2026-11-28 23:59:59')}</tr>` +
    '</tbody></table></div></div>';

  it('a RAM user\'s 公网IP "无权限查看" is no "no public address": no bandwidth 0 (it was invented)', () => {
    for (const ip of ['<span class="no-perm"><span role="img" aria-label="lock" class="anticon anticon-lock"></span> 无权限查看</span>', '您没有权限查看此信息', '<span class="ant-tag">暂无权限</span>']) {
      const server = read(swas(ip), swasUrl)?.facts?.servers?.[0];
      expect(server?.id).toBe('9f8e7d6c5b4a49382716a5b4c3d2e1f0');
      expect(server?.expiresAt).toBe('2026-11-28');
      expect(server).not.toHaveProperty('publicBandwidthMbps');
    }
  });

  it('a 公网IP shown empty ("-") still says there is none: bandwidth 0 (the withheld words only are set apart)', () => {
    expect(read(swas('-'), swasUrl)?.facts?.servers?.[0]?.publicBandwidthMbps).toBe(0);
  });

  it('a Tencent sub-user\'s 域名所有者 cell "无权限查看" names nobody (it was read as the registrant)', () => {
    const row = (domain: string, owner: string) => `<tr><td><a>${domain}</a></td><td>正常</td><td>已实名认证</td><td>${owner}</td><td>2027-08-14 23:59:59</td><td><a>管理</a></td></tr>`;
    const body =
      '<div class="tea-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>域名所有者</th><th>到期时间</th><th>操作</th></tr></thead><tbody>' +
      row('wanglei-studio.com', '王磊') + row('wl-test.top', '<span class="tea-text-weak" title="您没有查看域名所有者的权限"><i class="tea-icon tea-icon-lock"></i>无权限查看</span>') +
      '</tbody></table></div>';
    const got = read(body, 'https://console.cloud.tencent.com/domain/all-domain/all')?.facts?.domains;
    expect(got?.map((d) => [d.domain, d.registrantName])).toEqual([['wanglei-studio.com', '王磊'], ['wl-test.top', undefined]]);
    expect(got?.[1]?.expiresAt).toBe('2027-08-14');
  });

  it('the words: whole notices only, in either language', () => {
    for (const t of ['无权限查看', '🔒 无权限查看', '您没有权限查看此信息', '您没有该资源的访问权限', '暂无权限', '无查看权限', '权限不足', 'No permission', 'Access denied', "You don't have permission to view this information."])
      expect(saysNoPermission(t), t).toBe(true);
    for (const t of ['王磊', '权限管理', '无权限用户组', '已授权', 'Permission granted', '王无权', '访问控制（CAM）'])
      expect(saysNoPermission(t), t).toBe(false);
  });
});

describe('an alert foretelling a failure is no page error (dom/page-state.ts)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D1%26instanceId%3Dins-3hq8w2zk';
  const li = (label: string, value: string) => `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
  const fields = `<ul class="tea-form">${li('实例ID', 'ins-3hq8w2zk')}${li('地域', '广州')}${li('实例计费模式', '包年包月')}${li('到期时间', '2026-11-30 10:00:00')}</ul>`;
  const banner = (text: string) => `<div class="tea-alert tea-alert--error" role="alert"><div class="tea-alert__body">${text}<a class="tea-btn tea-btn--link">立即充值</a></div></div>`;

  it('an arrears banner saying renewals will fail: the page is read (it was taken for an error state: nothing read)', () => {
    for (const text of ['您的账户已欠费 128.40 元，按量计费资源将在欠费后 2 小时停服隔离，包年包月资源续费将失败。', '账户余额不足，自动续费会失败，否则将导致实例被隔离失败。', 'Your account is overdue: renewals of monthly subscription instances will fail.']) {
      const server = read(banner(text) + fields, url)?.facts?.servers?.[0];
      expect(server, text).toMatchObject({ id: 'ins-3hq8w2zk', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2026-11-30' });
    }
  });

  it('an alert about the instance\'s expiry, the account\'s verification or a failed renewal: the page is read (found by variants: nothing was read)', () => {
    for (const text of ['This instance expired on 2026-11-30 10:00:00 and has been isolated. It will be destroyed on 2026-12-07 10:00:00.', 'Your real-name verification has expired. Some features are restricted.', '自动续费失败：账户余额不足（欠费 128.40 元），实例已于 2026-11-30 到期并被隔离。', 'Auto-renewal failed: insufficient balance.']) {
      const server = read(banner(text) + fields, url)?.facts?.servers?.[0];
      expect(server, text).toMatchObject({ id: 'ins-3hq8w2zk', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2026-11-30' });
    }
  });

  it('an alert saying a failure happened still is one (nothing read)', () => {
    for (const text of ['获取实例详情失败，请稍后重试。', '会话加载失败', '操作失败', 'Your session has expired. Please log in again.', 'Failed to load the instance.']) expect(read(banner(text) + fields, url), text).toBeNull();
  });
});

describe('a website shown with its filing cancelled is none of the filing form\'s websites (tencent/beian-form.ts)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261128000456/confirm';
  const li = (label: string, value: string) => `<li><div class="tea-form__label is-required"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
  const form =
    `<div class="tea-card"><h3>主体信息</h3><ul class="tea-form">${li('备案区域', '广东省')}${li('主办单位性质', '个人')}${li('主办单位名称', '刘洋')}</ul></div>` +
    `<div class="tea-card"><h3>网站信息（网站 1）</h3><ul class="tea-form">${li('网站名称', '洋洋摄影笔记')}${li('网站域名', 'yangyang-photo.cn')}${li('对应云服务', '备案授权码 BA7Q3W9E5R1T8Y2U')}</ul></div>`;
  const others = (status: string) =>
    '<div class="tea-card"><h3>该主体下的其他网站</h3><table><thead><tr><th>网站名称</th><th>网站域名</th><th>网站备案号</th><th>状态</th></tr></thead>' +
    `<tbody><tr><td>刘洋的旅行日记</td><td>liuyang-travel.com</td><td>粤ICP备2024012345号-1</td><td>${status}</td></tr></tbody></table></div>`;

  it('a one-row table of the entity\'s websites whose row says 已注销: not read as a second website (it was invented)', () => {
    for (const status of ['<span class="tea-text-weak">已注销</span>', '已取消接入', '<span class="tea-tag">已注销</span>']) {
      const got = read(form + others(status), url)?.facts?.websites;
      expect(got, status).toEqual([{ name: '洋洋摄影笔记', domains: ['yangyang-photo.cn'], serviceNumber: 'BA7Q3W9E5R1T8Y2U' }]);
    }
  });

  it('beside the form\'s own website, a one-row table of other websites is none of the form\'s, whatever its status (found by a variant: it was read as a second website)', () => {
    for (const status of ['正常', '']) {
      const got = read(form + others(status), url)?.facts?.websites;
      expect(got, status).toEqual([{ name: '洋洋摄影笔记', domains: ['yangyang-photo.cn'], serviceNumber: 'BA7Q3W9E5R1T8Y2U' }]);
    }
  });

  it('with no labelled website on the page, a one-row table\'s website is read unless its row says 已注销', () => {
    const entity = `<div class="tea-card"><h3>主体信息</h3><ul class="tea-form">${li('备案区域', '广东省')}${li('主办单位名称', '刘洋')}</ul></div>`;
    expect(read(entity + others('正常'), url)?.facts?.websites).toEqual([{ name: '刘洋的旅行日记', domains: ['liuyang-travel.com'] }]);
    expect(read(entity + others('已注销'), url)?.facts?.websites ?? []).toEqual([]);
  });

  it('the form\'s own website is read as before', () => {
    expect(read(form, url)?.facts?.websites).toEqual([{ name: '洋洋摄影笔记', domains: ['yangyang-photo.cn'], serviceNumber: 'BA7Q3W9E5R1T8Y2U' }]);
  });
});

describe('a date an expiry field shows for another event — a redemption period\'s end, a deletion, a recycling — is no expiry (dom/parse-date.ts expiryDate)', () => {
  const aliyunRow = (domain: string, status: string, expiry: string) =>
    `<tr class="next-table-row"><td class="next-table-cell"><div class="next-table-cell-wrapper"><a>${domain}</a></div></td><td class="next-table-cell"><div class="next-table-cell-wrapper">${status}</div></td><td class="next-table-cell"><div class="next-table-cell-wrapper">${expiry}</div></td><td class="next-table-cell"><div class="next-table-cell-wrapper">李娜</div></td></tr>`;
  const aliyunList = (rows: string) =>
    '<div class="next-table"><table><thead class="next-table-header"><tr><th class="next-table-header-node"><div class="next-table-cell-wrapper">域名</div></th><th class="next-table-header-node"><div class="next-table-cell-wrapper">域名状态</div></th><th class="next-table-header-node"><div class="next-table-cell-wrapper">到期时间</div></th><th class="next-table-header-node"><div class="next-table-cell-wrapper">域名持有者</div></th></tr></thead>' +
    `<tbody class="next-table-body">${rows}</tbody></table></div>`;
  const aliyunUrl = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';

  it('an Alibaba domain list: "赎回期至 2026-12-19" and "已过期（将于 2026-12-30 删除）" give no expiry (each was read as one, invented)', () => {
    const got = read(aliyunList(
      aliyunRow('lina-studio.com', '正常', '2028-02-29 23:59:59 <a>续费</a>') +
      aliyunRow('lina-studio.cn', '赎回期', '赎回期至 2026-12-19 <a>赎回</a>') +
      aliyunRow('lina-studio.net', '已过期', '已过期 <span class="muted">（将于 2026-12-30 删除）</span>') +
      aliyunRow('lina-studio.top', '赎回期', '2026-10-20 23:59:59<br><span class="next-tag"><span class="next-tag-body">已过期，赎回期至 2026-12-19</span></span>'),
    ), aliyunUrl)?.facts?.domains;
    expect(got?.map((d) => [d.domain, d.expiresAt])).toEqual([
      ['lina-studio.com', '2028-02-29'],
      ['lina-studio.cn', undefined],
      ['lina-studio.net', undefined],
      // (the expiry shown first, the redemption period's end after it: the expiry)
      ['lina-studio.top', '2026-10-20'],
    ]);
  });

  it('a Tencent domain list and CVM detail likewise (the redemption end and the recycling date were read as expiries)', () => {
    const row = (domain: string, expiry: string) => `<tr><td><a>${domain}</a></td><td>赎回期</td><td>已实名认证</td><td>${expiry}</td><td><a>管理</a></td></tr>`;
    const list =
      '<div class="tea-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>到期时间</th><th>操作</th></tr></thead><tbody>' +
      row('wl-shop.cn', '赎回期至 2026-12-19') + row('wl-blog.net', '2027-01-15 23:59:59') + '</tbody></table></div>';
    const domains = read(list, 'https://console.cloud.tencent.com/domain/all-domain/all')?.facts?.domains;
    expect(domains?.map((d) => [d.domain, d.expiresAt])).toEqual([['wl-shop.cn', undefined], ['wl-blog.net', '2027-01-15']]);

    const li = (label: string, value: string) => `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
    const detail = (expiry: string) => `<ul class="tea-form">${li('实例ID', 'ins-3hq8w2zk')}${li('地域', '广州')}${li('实例计费模式', '包年包月')}${li('到期时间', expiry)}</ul>`;
    const url = 'https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D1%26instanceId%3Dins-3hq8w2zk';
    expect(read(detail('已到期，将于 2026-12-07 10:00:00 回收'), url)?.facts?.servers?.[0]).not.toHaveProperty('expiresAt');
    expect(read(detail('2026-11-30 10:00:00 <span class="tea-tag">已到期</span>，将于 2026-12-07 回收'), url)?.facts?.servers?.[0]?.expiresAt).toBe('2026-11-30');
  });
});

describe('an Alibaba server\'s expiry field naming a recycling or deletion date (aliyun/server-values.ts expiryFromText)', () => {
  const url = 'https://swas.console.aliyun.com/#/server/9f8e7d6c5b4a49382716a5b4c3d2e1f0/cn-hangzhou/dashboard';
  const item = (label: string, value: string) =>
    `<td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">${label}</span><span class="ant-descriptions-item-content">${value}</span></div></td>`;
  const swas = (expiry: string) =>
    '<div class="ant-descriptions"><div class="ant-descriptions-view"><table><tbody>' +
    `<tr class="ant-descriptions-row">${item('实例ID', '9f8e7d6c5b4a49382716a5b4c3d2e1f0')}${item('地域', '华东1（杭州）')}</tr>` +
    `<tr class="ant-descriptions-row">${item('到期时间', expiry)}${item('套餐规格', '2 vCPU · 2 GiB')}</tr>` +
    '</tbody></table></div></div>';

  it('"已过期，将于 2026-12-12 回收" gives no expiry (it was read as one, invented); 释放 was already another event', () => {
    for (const expiry of ['已过期，将于 2026-12-12 回收 <a>续费</a>', '已过期，2026-12-12 被删除', '回收时间：2026-12-12 23:59:59', '已过期，将于 2026-12-12 释放'])
      expect(read(swas(expiry), url)?.facts?.servers?.[0], expiry).not.toHaveProperty('expiresAt');
    expect(read(swas('2026-11-28 23:59:59 <span class="ant-tag">已过期，将于 2026-12-12 回收</span>'), url)?.facts?.servers?.[0]?.expiresAt).toBe('2026-11-28');
  });
});
