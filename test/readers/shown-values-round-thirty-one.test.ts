import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { textUnits } from '../../src/readers/dom/units';

/**
 * Faults found by the thirty-first round of held-out pages (both providers; things in progress and the offers around
 * them: test/fixtures-unseen/README.md "Thirty-first round"), each narrowed in a scratch copy of its page to the
 * smallest markup that showed it.
 */

const page = (body: string, url: string) => htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

const tencentDomainUrl = 'https://console.cloud.tencent.com/domain/info/linxi-tea.com';
const li = (label: string, value: string) => `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls tea-form__controls--text"><div class="tea-form-text">${value}</div></div></li>`;
const tencentDomain = (status: string) =>
  `<ul class="tea-form">${li('域名', 'linxi-tea.com')}${li('注册商', '烟台帝思普网络科技有限公司')}${li('到期时间', '2027-06-18 09:12:40')}${li('域名状态', status)}${li('域名所有者', '林曦')}</ul>`;

const aliyunDomainUrl = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
const aliyunDomains = (status: string) =>
  '<table><thead><tr><th>域名</th><th>域名状态</th><th>持有者</th><th>到期日期</th><th>操作</th></tr></thead><tbody>' +
  '<tr><td><a>zhouyu-studio.com</a></td><td>正常</td><td>周宇</td><td>2027-08-14</td><td><a>续费</a></td></tr>' +
  `<tr><td><a>zhouyu.shop</a></td><td>${status}</td><td>周宇</td><td>2027-03-02</td><td><a>取消转出</a></td></tr>` +
  '</tbody></table>';

describe('a steps indicator beside a status is the progress of a process, no status (dom/steps.ts, dom/units.ts)', () => {
  it('Tencent domain info: an <ol> of steps with aria-current="step" under the 续费中 tag (its steps were read as four statuses)', () => {
    const steps = '<ol class="tea-step-list" aria-label="续费进度"><li class="is-finish">提交订单</li><li class="is-finish">支付完成</li><li class="is-current" aria-current="step">注册局处理中</li><li>续费成功</li></ol>';
    const got = read(tencentDomain(`<span class="tea-tag">正常</span>${steps}`), tencentDomainUrl)?.facts?.domains?.[0];
    expect(got?.status).toEqual(['正常']);
    expect(got?.expiresAt).toBe('2027-06-18');
  });

  it('Alibaba domain list: a steps component (a class whose last token is step / steps) in the status cell (its steps were read as statuses)', () => {
    for (const cls of ['steps', 'next-step next-step-dot', 'ant-steps ant-steps-small']) {
      const cell = `<span class="next-tag">转出中</span><div class="${cls}"><div class="done">申请转出</div><div class="current">等待新注册商确认</div><div>转出完成</div></div>`;
      const got = read(aliyunDomains(cell), aliyunDomainUrl)?.facts?.domains;
      expect(got?.[1]?.status, cls).toEqual(['转出中']);
      expect(got?.[1]?.expiresAt).toBe('2027-03-02');
    }
  });

  it('a list with no current step, or a box named step holding a form, is no indicator (its text stays data)', () => {
    const doc = page('<ul id="a"><li>申请转出</li><li>转出完成</li></ul><div id="b" class="step-panel"><label>网站名称</label><input value="林曦茶馆"></div><div id="c" class="icp-step"><p>填写主体信息</p><p><label>主办单位名称</label><input value="林曦"></p></div>', tencentDomainUrl);
    expect(textUnits(doc.getElementById('a')).map((u) => u.kind)).toEqual(['data', 'data']);
    expect(textUnits(doc.getElementById('c')).some((u) => u.kind === 'help')).toBe(false);
    const steps = page('<ol id="s"><li>提交订单</li><li aria-current="step">注册局处理中</li><li>续费成功</li></ol>', tencentDomainUrl);
    expect(textUnits(steps.getElementById('s')).map((u) => u.kind)).toEqual(['help', 'help', 'help']);
  });
});

describe('a note giving when a step falls is no status (shared/text-values.ts isStatusNote)', () => {
  it('"预计 2026-12-10 完成转出" under 转出中 (it was read as a second status)', () => {
    const got = read(aliyunDomains('<span class="next-tag">转出中</span><div class="weak">预计 2026-12-10 完成转出</div>'), aliyunDomainUrl)?.facts?.domains;
    expect(got?.[1]?.status).toEqual(['转出中']);
  });
});

describe('续费中 is a Tencent domain status (rules/labels/tencent.json values.domainStatuses)', () => {
  it('a 续费中 tag alone in 域名状态 is the domain\'s status (it was dropped: no status)', () => {
    expect(read(tencentDomain('<span class="tea-tag tea-tag--primary">续费中</span>'), tencentDomainUrl)?.facts?.domains?.[0]?.status).toEqual(['续费中']);
  });
});

describe('a note of the state after a change not yet made is no part of a value (rules/labels pending: 转换后, 续费后 …)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const row = (billing: string) =>
    '<table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th></tr></thead><tbody>' +
    `<tr><td><a>ins-gz7v2r9m</a></td><td>广州三区</td><td>2核 4GB 10Mbps</td><td>119.29.40.18(公)</td><td>${billing}</td></tr></tbody></table>`;

  it('CVM list: "转换后 包年包月 1 年，2027-12-05 到期" under 按量计费 (billing was lost and the date read as the expiry: invented)', () => {
    const got = read(row('<p>按量计费</p><p class="tea-text-weak">2026-11-02 14:05:33创建</p><p class="tea-text-weak">转换后 包年包月 1 年，2027-12-05 到期</p>'), url)?.facts?.servers?.[0];
    expect(got?.billing).toBe('payg');
    expect(got?.createdAt).toBe('2026-11-02');
    expect(got).not.toHaveProperty('expiresAt');
  });

  it('ECS detail: 付费类型 "按量付费" with "转换后 包年包月 1 年，2027-12-05 到期" under it (rules/labels/aliyun.json pending)', () => {
    const item = (label: string, value: string) => `<div class="next-form-item"><div class="next-form-item-label"><label>${label}：</label></div><div class="next-form-item-control">${value}</div></div>`;
    const body = item('实例ID', '<span class="next-form-preview">i-bp1r31conv8t2hq6wz0</span>') + item('地域', '<span class="next-form-preview">华东1（杭州）</span>') +
      item('付费类型', '<span class="next-form-preview">按量付费</span><div>转换后 包年包月 1 年，2027-12-05 到期</div>') + item('公网带宽', '<span class="next-form-preview">5 Mbps</span>');
    const got = read(body, 'https://ecs.console.aliyun.com/server/i-bp1r31conv8t2hq6wz0/detail?regionId=cn-hangzhou')?.facts?.servers?.[0];
    expect(got?.billing).toBe('payg');
    expect(got).not.toHaveProperty('expiresAt');
    expect(got?.publicBandwidthMbps).toBe(5);
  });

  it('the same after a renewal ("续费后 2028-03-15 到期") keeps the expiry shown', () => {
    const got = read(row('<p>包年包月</p><p class="tea-text-weak">2027-03-15 10:00:00到期</p><p class="tea-text-weak">续费后 2028-03-15 到期</p>'), url)?.facts?.servers?.[0];
    expect(got?.billing).toBe('subscription');
    expect(got?.expiresAt).toBe('2027-03-15');
  });
});

describe('an IP cell showing no address at all ("-": an instance being created) leaves the plan\'s bandwidth (aliyun/server-values.ts, tencent/cvm-instance-list.ts)', () => {
  it('CVM list: a creating row "2核 4GB 5Mbps" with "-" for its address: 5 (it was missing); a private address alone still gives 0', () => {
    const row = (id: string, ip: string) => `<tr><td><a>${id}</a></td><td>广州六区</td><td><p>2核 4GB 5Mbps</p></td><td>${ip}</td><td><p>包年包月</p></td></tr>`;
    const body = '<table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th></tr></thead><tbody>' + row('ins-gz4n8c2k', '-') + row('ins-gz2t6x1p', '<p>10.0.1.7<span>(内)</span></p>') + '</tbody></table>';
    const got = read(body, 'https://console.cloud.tencent.com/cvm/instance/index?rid=1')?.facts?.servers;
    expect(got?.map((s) => [s.id, s.publicBandwidthMbps])).toEqual([['ins-gz4n8c2k', 5], ['ins-gz2t6x1p', 0]]);
  });

  it('SWAS list: a creating row with "-" for its IP: the plan\'s 峰值带宽 30Mbps (it was missing); a private address alone: unknown', () => {
    const row = (id: string, ip: string) => `<tr><td><a>site</a><div>${id}</div></td><td>华东2（上海）</td><td>2 vCPU 4 GiB | 60 GiB ESSD | 峰值带宽 30Mbps</td><td>${ip}</td><td>包年包月<div>2027年12月05日 23:59:59 到期</div></td></tr>`;
    const body = '<table><thead><tr><th>服务器名称/ID</th><th>地域</th><th>套餐</th><th>IP地址</th><th>付费方式/到期时间</th></tr></thead><tbody>' + row('9b1d3f5a7c9e41b3d5f7a9c1e3b5d7f9', '-') + row('2a4c6e8b0d2f44a6c8e0b2d4f6a8c1e5', '172.18.0.8(私有)') + '</tbody></table>';
    const got = read(body, 'https://swas.console.aliyun.com/#/servers')?.facts?.servers;
    expect(got?.map((s) => [s.id, s.publicBandwidthMbps])).toEqual([['9b1d3f5a7c9e41b3d5f7a9c1e3b5d7f9', 30], ['2a4c6e8b0d2f44a6c8e0b2d4f6a8c1e5', undefined]]);
    expect(got?.[0]?.expiresAt).toBe('2027-12-05');
  });
});

describe('found by variants of the round\'s pages (after the fixes above)', () => {
  it('CVM list: a date the words before it put after an event not yet come ("转包年包月后 …", "支付后将于 …") is no expiry (tencent/values.ts dateNextTo; it was read as the expiry: invented)', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
    for (const line of ['转包年包月后 2027-12-05 到期', '支付后将于 2027-12-05 到期', 'After payment, expires on 2027-12-05']) {
      const body =
        '<table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th></tr></thead><tbody>' +
        `<tr><td><a>ins-gz7v2r9m</a></td><td>广州三区</td><td>2核 4GB 10Mbps</td><td>119.29.40.18(公)</td><td><p>按量计费</p><p>2026-11-02 14:05:33创建</p><p>${line}</p></td></tr>` +
        '<tr><td><a>ins-gz9k5w3d</a></td><td>广州六区</td><td>4核 32GB 3Mbps</td><td>42.194.10.77(公)</td><td><p>包年包月</p><p>2027-03-15 10:00:00到期</p></td></tr></tbody></table>';
      const got = read(body, url)?.facts?.servers;
      expect(got?.[0], line).not.toHaveProperty('expiresAt');
      expect(got?.[0]?.createdAt).toBe('2026-11-02');
      expect(got?.[1]?.expiresAt).toBe('2027-03-15');
    }
  });

  it('Tencent domain info: an estimate beside the status ("预计 10 分钟内完成") is no status (shared/text-values.ts isStatusNote; it was read as one: invented)', () => {
    expect(read(tencentDomain('<span class="tea-tag">续费中</span> <span class="tea-text-weak">预计 10 分钟内完成</span>'), tencentDomainUrl)?.facts?.domains?.[0]?.status).toEqual(['续费中']);
  });

  it('SWAS list: "2026年12月18日 → 2027年12月18日 到期", a date after an arrow from another, is no expiry (aliyun/server-values.ts expiryFromText; the later date was read: invented)', () => {
    const row = (expiry: string) => `<tr><td><a>blog</a><div>4e6a8c0b2d4f46e8a0c2b4d6f8a0c3d1</div></td><td>华东1（杭州）</td><td>峰值带宽 200Mbps</td><td>47.96.20.11(公)</td><td>包年包月<div>${expiry}</div></td></tr>`;
    const table = (expiry: string) => '<table><thead><tr><th>服务器名称/ID</th><th>地域</th><th>套餐</th><th>IP地址</th><th>付费方式/到期时间</th></tr></thead><tbody>' + row(expiry) + '</tbody></table>';
    expect(read(table('2026年12月18日 → 2027年12月18日 到期'), 'https://swas.console.aliyun.com/#/servers')?.facts?.servers?.[0]?.expiresAt).not.toBe('2027-12-18');
    expect(read(table('2026年12月18日 23:59:59 到期'), 'https://swas.console.aliyun.com/#/servers')?.facts?.servers?.[0]?.expiresAt).toBe('2026-12-18');
  });
});
