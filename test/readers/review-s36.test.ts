import { describe, expect, it } from 'vitest';
import { billingFromText } from '../../src/readers/aliyun/server-values';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Second review of session 36's reader changes (/work/notes/review36.md): values a change now lost or invented
 * on console pages its author did not try, each failing before its fix.
 */

const ecs = (extra: string, css: string) => read(ecsDetail(infoRow('公网IP', '47.98.1.2') + extra), ecsUrl, '', css)?.facts.servers?.[0];
const domainUrl = 'https://console.cloud.tencent.com/domain/info/gangguang.cn';
const domainInfo = (css: string) =>
  read(
    `<div class="tea-form">${teaItem('域名', 'gangguang.cn')}${teaItem('域名所有者', '<span class="v" data-tip="点击复制">杭州港光空间设计有限公司</span>')}` +
      `${teaItem('注册商', '<span class="v" data-tip="点击复制">DNSPod, Inc.</span>')}${teaItem('到期时间', '<span class="v" data-tip="到期前 30 天提醒">2027-08-15</span>')}</div>`,
    domainUrl,
    '',
    css,
  )?.facts.domains?.[0];

describe('a tooltip drawn from an attribute and scaled or clipped to nothing until hover is not shown (dom/drawn-text.ts)', () => {
  it('::after { content: attr(data-tip); transform: scale(0) } (grown on :hover) is no part of the owner or registrar (invented "…有限公司点击复制" since b201eea)', () => {
    const css = '.v { position: relative; } .v::after { content: attr(data-tip); position: absolute; top: 100%; transform: scale(0); transition: transform .2s; } .v:hover::after { transform: scale(1); }';
    expect(domainInfo(css)).toMatchObject({ registrantName: '杭州港光空间设计有限公司', registrar: 'DNSPod, Inc.', expiresAt: '2027-08-15' });
    // a rule scaling it apart from the one drawing it, with another transform before the scale
    expect(domainInfo('.v::after { content: attr(data-tip); } .v::after { position: absolute; transform: translateX(-50%) scale(0); }')?.registrantName).toBe('杭州港光空间设计有限公司');
  });
  it('a ::before tip "当前实例最高 100 Mbps" scaled to nothing leaves 5 Mbps and the expiry (100 invented, the expiry lost)', () => {
    const css = '.v { position: relative; } .v::before { content: attr(data-tip); position: absolute; bottom: 100%; transform: scale(0); } .v:hover::before { transform: scale(1); }';
    const s = ecs(infoRow('公网带宽', '<span class="v" data-tip="当前实例最高 100 Mbps">5 Mbps</span>') + infoRow('到期时间', '<span class="v" data-tip="自动续费日 2026-12-20">2027-03-01 23:59:59</span>'), css);
    expect(s?.publicBandwidthMbps).toBe(5);
    expect(s?.expiresAt).toBe('2027-03-01');
  });
  // (clip: rect(0 0 0 0) is handled alike; happy-dom drops the property from a rule, so only Chromium would show it)
  it('clipped to nothing (clip-path: inset(50%)) draws nothing', () => {
    expect(domainInfo('.v::after { content: attr(data-tip); position: absolute; clip-path: inset(50%); }')).toMatchObject({ registrantName: '杭州港光空间设计有限公司', registrar: 'DNSPod, Inc.' });
  });
  // guards: a unit drawn from an attribute (b201eea's case), scaled but not to nothing, is still read
  it("' ' attr(data-unit) drawn at scale(0.9), scale(1) or no transform is still the value's unit", () => {
    for (const t of ['scale(0.9)', 'scale(1)', 'none']) expect(ecs(infoRow('公网带宽', '<span class="num" data-unit="Mbps">10</span>'), `.num::after { content: " " attr(data-unit); transform: ${t}; }`)?.publicBandwidthMbps, t).toBe(10);
  });
});

describe("a stacked table's column name drawn before each cell from an attribute other than data-label is the cell's label (dom/drawn-text.ts)", () => {
  const listUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const cells = [['域名', '<a href="/domain/info/lanshan-shop.net">lanshan-shop.net</a>'], ['域名状态', '正常'], ['实名认证状态', '已实名认证'], ['域名所有者', '陈蓝山'], ['到期时间', '2027-08-15 10:00:00']] as const;
  const list = (attr: string, css: string, status = '正常') =>
    read(
      `<div class="tea-table"><table><thead><tr>${cells.map(([h]) => `<th>${h}</th>`).join('')}</tr></thead><tbody><tr>` +
        `${cells.map(([h, v]) => `<td ${attr}="${h}"${h === '域名状态' ? ` data-status-text="${status}"` : ''}>${h === '域名状态' ? '' : v}</td>`).join('')}</tr></tbody></table></div>`,
      listUrl,
      '',
      css,
    )?.facts.domains?.[0];
  const narrow = (attr: string) => `@media (max-width: 100000px) { thead { position: absolute; top: -9999px; left: -9999px; } td { display: block; } td::before { content: attr(${attr}) "："; font-weight: bold; } } td::after { content: attr(data-status-text); }`;

  it('td::before { content: attr(data-title) / attr(data-th) } gives 陈蓝山 and 正常, not 域名所有者：陈蓝山 and 域名状态：正常 (invented since b201eea)', () => {
    for (const attr of ['data-title', 'data-th']) expect(list(attr, narrow(attr)), attr).toMatchObject({ registrantName: '陈蓝山', status: ['正常'] });
  });
  it('an attribute of any name whose text is a column header of the table is that column\'s name', () => {
    expect(list('data-col-name', narrow('data-col-name'))).toMatchObject({ registrantName: '陈蓝山', status: ['正常'] });
  });
  // guards: data-label as before, a value drawn after the cell's text (b201eea's status) and one drawn before it
  it('data-label stays table.ts\'s label; a status drawn from data-status-text (::after or ::before) is still the status', () => {
    expect(list('data-label', narrow('data-label'))).toMatchObject({ registrantName: '陈蓝山', status: ['正常'] });
    expect(list('data-x', 'td::before { content: attr(data-status-text); }', '已锁定')?.status).toEqual(['已锁定']);
  });
});

describe("a server named before a grid by a control's choice or a notice titles no card of codes (tencent/beian-authcode.ts gridLeads)", () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const rows = (a: string, b: string) =>
    `<table><thead><tr><th>备案授权码</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody><tr><td>${a}</td><td>100011223344</td><td>未使用</td></tr><tr><td>${b}</td><td>100011223355</td><td>已使用</td></tr></tbody></table>`;
  const picker = `<div class="k5"><span>生成授权码</span><div class="k6"><span>选择服务器</span><div class="k7" role="combobox" aria-expanded="false">ins-2k4m6p8r（广州）</div><button>生成</button></div></div>`;

  it("one table of the account's codes under a generator whose picker shows ins-2k4m6p8r gives that server no code (all invented since efc22ee)", () => {
    expect(read(`<h2>备案授权码</h2>${picker}<div class="k8">${rows('BA3C5E7G9J1L3N5Q', 'BA5E7G9J1L3N5Q7S')}</div>`, url)?.facts.servers ?? []).toEqual([]);
    expect(read(`<h2>备案授权码</h2><div class="k9">已为 ins-2k4m6p8r 生成授权码</div><div class="k8">${rows('BA3C5E7G9J1L3N5Q', 'BA5E7G9J1L3N5Q7S')}</div>`, url)?.facts.servers ?? []).toEqual([]);
  });
  it("in a card, a notice naming another server before the card's title is not its title", () => {
    const card = (id: string, code: string, note = '') => `<div class="k1">${note}<div class="k2"><div class="k3">云服务器 <a>${id}</a></div><div class="k4">华北地区（北京）</div></div>${rows(code, code.replace('BA', 'BB'))}</div>`;
    const facts = read(`<h2>备案授权码</h2>${card('ins-7t9v1x3z', 'BA3C5E7G9J1L3N5Q', '<div role="status">已为 ins-9z8y7x6w 生成授权码</div>')}${card('ins-2k4m6p8r', 'BA5E7G9J1L3N5Q7S')}`, url)?.facts;
    expect(facts?.servers?.map((s) => [s.id, s.authorizationCodes?.map((c) => c.code)])).toEqual([
      ['ins-7t9v1x3z', ['BA3C5E7G9J1L3N5Q', 'BB3C5E7G9J1L3N5Q']],
      ['ins-2k4m6p8r', ['BA5E7G9J1L3N5Q7S', 'BB5E7G9J1L3N5Q7S']],
    ]);
  });
});

describe('a verification time written inline is the 认证时间 label standing alone, not the end of another time\'s name (tencent/domain-info.ts labelledTime)', () => {
  const info = (v: string) => read(`<div class="tea-form">${teaItem('域名', 'gangguang.cn')}${teaItem('域名所有者', '杭州港光空间设计有限公司')}${teaItem('实名认证状态', v)}</div>`, domainUrl)?.facts.domains?.[0];
  it('已认证（下次认证时间：2027-06-03）, （重新认证时间：…）, (Next Verification Time: …) give no verification date (a date to come, invented since 8be448f)', () => {
    for (const v of ['已认证（下次认证时间：2027-06-03）', '已认证（重新认证时间：2027-06-03 前）', 'Verified (Next Verification Time: 2027-06-03)', '已认证（提交认证时间：2025-06-01）']) {
      const d = info(v);
      expect(d?.realNameVerified, v).toBe(true);
      expect(d, v).not.toHaveProperty('realNameVerifiedAt');
    }
  });
  // guards: the round-twenty-four case, after a space, in English
  it('（认证时间：…）, 已认证 认证时间：…, (Verification Time: …) and "Verified, verified at: …" still give it', () => {
    for (const v of ['已认证（认证时间：2025-06-03 11:20:45）', '已认证 认证时间：2025-06-03', 'Verified (Verification Time: 2025-06-03)', 'Verified, verified at: 2025-06-03']) expect(info(v)?.realNameVerifiedAt, v).toBe('2025-06-03');
  });
});

describe('a CVM 公网IP field showing its placeholder before an action says there is none (tencent/cvm-instance-detail.ts saysNone)', () => {
  const bw = (v: string) => read(cvmDetail(teaItem('公网IP', v) + teaItem('内网IP', '10.0.0.5')), cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps;
  it('"-" or "--" beside a 绑定 / 申请 link gives 0 Mbps (lost since efc22ee: only a field shown empty said none)', () => {
    for (const v of ['<span>-</span><a>绑定</a>', '<span>--</span> <a>申请</a>']) expect(bw(v), v).toBe(0);
  });
  // guards: shown empty as before; a tab strip's next tab (efc22ee's case) is still no answer
  it('"", "-", 未分配 give 0; another tab\'s name gives nothing', () => {
    for (const v of ['', '-', '未分配']) expect(bw(v), v).toBe(0);
    expect(bw('<div class="tabs"><span>内网IP</span></div>')).toBeUndefined();
  });
});

describe('a conversion word inside a bracket or after a slash takes only its own words with it (aliyun/server-values.ts CONVERSION)', () => {
  it('包年包月（到期转按量）, 按量付费(可转包年包月), 包年包月/到期自动转按量 keep the mode before (lost since ace83ad: the run without spaces was taken whole)', () => {
    expect(billingFromText('包年包月（到期转按量）')).toBe('subscription');
    expect(billingFromText('按量付费(可转包年包月)')).toBe('payg');
    expect(billingFromText('包年包月/到期自动转按量')).toBe('subscription');
    expect(ecs(infoRow('付费类型', '包年包月（到期转按量）'), '')?.billing).toBe('subscription');
  });
  // guards: ace83ad's cases
  it('按量付费 转包年包月, 包年包月 （到期转按量）, Pay-As-You-Go (Switch to Subscription) as before', () => {
    expect(billingFromText('按量付费 转包年包月')).toBe('payg');
    expect(billingFromText('包年包月 （到期转按量）')).toBe('subscription');
    expect(billingFromText('Pay-As-You-Go (Switch to Subscription)')).toBe('payg');
  });
});
