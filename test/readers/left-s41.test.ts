import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, filingItem, filingSteps, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Items left open by session 40 (/work/notes/left41.md), each a small console page that read wrong or lost a value
 * before its fix (checked by running it before the fix, or with the old source put back).
 */

const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];
const lighthouseUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-4w6y8a0c';
const swasUrl = 'https://swas.console.aliyun.com/#/server/0a1b2c3d4e5f60718293a4b5c6d7e8f9/cn-hangzhou/dashboard';

describe('item 1: an expiry field showing the date after an event to come (dom/event-to-come.ts)', () => {
  const later = ['续费后 2028-12-05 23:59:59 到期', '续费 1 年后 2028-06-01 到期', '升级后 2028-12-05 到期', '续费后，2028-12-05 到期', 'After renewal, expires at 2028-12-05'];
  it('a CVM detail\'s 到期时间 gives no expiry (gave the later date: invented)', () => {
    for (const v of later) expect(server(cvmDetail(teaItem('到期时间', v)), cvmUrl), v).not.toHaveProperty('expiresAt');
  });
  it('an ECS detail\'s 到期时间 gives no expiry (gave the later date: invented)', () => {
    for (const v of later) expect(server(ecsDetail(infoRow('到期时间', v)), ecsUrl), v).not.toHaveProperty('expiresAt');
  });
  it('a Lighthouse detail\'s 到期时间 and a SWAS overview\'s 到期时间 the same (invented)', () => {
    const lh = (v: string) => cvmDetail(teaItem('到期时间', v)).replace(/ins-4w6y8a0c/g, 'lhins-4w6y8a0c');
    const swas = (v: string) => `<h2>服务器概览</h2><div class="info">${infoRow('实例ID', '0a1b2c3d4e5f60718293a4b5c6d7e8f9')}${infoRow('地域', '华东1（杭州）')}${infoRow('到期时间', v)}</div>`;
    for (const v of later) {
      const l = server(lh(v), lighthouseUrl);
      expect(l?.id, v).toBe('lhins-4w6y8a0c');
      expect(l, v).not.toHaveProperty('expiresAt');
      const s = server(swas(v), swasUrl);
      expect(s?.product, v).toBe('swas');
      expect(s, v).not.toHaveProperty('expiresAt');
    }
    expect(server(swas('2027-12-05 23:59:59'), swasUrl)?.expiresAt).toBe('2027-12-05');
  });
  // guards: the date before such a line, a countdown, arrears above the date, the expiry word's own 后 are still the expiry
  it('the current expiry beside the renewal\'s, a countdown and 到期后 / 欠费后 notes keep the expiry', () => {
    for (const [v, want] of [
      ['2027-12-05 23:59:59<br>续费后 2028-12-05 23:59:59 到期', '2027-12-05'],
      ['2027-12-05 23:59:59（续费后 2028-12-05 到期）', '2027-12-05'],
      ['欠费后 15 天内未充值将被回收<br>2027-12-05 23:59:59 到期', '2027-12-05'],
      ['到期后自动续费 2027-12-05 23:59:59', '2027-12-05'],
      ['2027-12-05 23:59:59（7 天后到期）', '2027-12-05'],
    ] as const) {
      expect(server(cvmDetail(teaItem('到期时间', v)), cvmUrl)?.expiresAt, `CVM ${v}`).toBe(want);
      expect(server(ecsDetail(infoRow('到期时间', v)), ecsUrl)?.expiresAt, `ECS ${v}`).toBe(want);
    }
  });
});

describe('item 2: a DNS plan\'s 有效期至 in an untitled form above the domain\'s expiry (dom/titled-box.ts afterItemNaming)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/mou-tea.cn';
  const item = (l: string, v: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
  const form = (items: string) => `<div class="tea-form">${item('域名', 'mou-tea.cn')}${item('持有人', '林某某')}${items}</div>`;
  const expiry = (items: string) => read(form(items), url)?.facts.domains?.[0]?.expiresAt;
  it('the plan\'s 有效期至 right after "DNS 解析套餐 专业版" is the plan\'s, not the domain\'s (gave 2026-08-01: invented)', () => {
    expect(expiry(item('DNS 解析套餐', '专业版') + item('有效期至', '2026/08/01') + item('到期时间', '2027/12/05'))).toBe('2027-12-05');
    expect(expiry(item('DNS 解析套餐', '专业版') + item('有效期至', '2026/08/01'))).toBeUndefined();
  });
  it('the same in a flat run of dt / dd pairs (invented)', () => {
    const dl = `<dl class="info-list"><dt>域名</dt><dd>mou-tea.cn</dd><dt>持有人</dt><dd>林某某</dd><dt>解析套餐</dt><dd>专业版</dd><dt>有效期至</dt><dd>2026/08/01</dd></dl>`;
    expect(read(dl, url)?.facts.domains?.[0]?.expiresAt).toBeUndefined();
  });
  // guards: the domain's own 有效期至 after its other items, and an expiry label naming its fact (到期时间) after the plan
  it('the domain\'s 有效期至 after its status, and 到期时间 right after the plan, are read', () => {
    expect(expiry(item('域名状态', '正常') + item('有效期至', '2027/12/05'))).toBe('2027-12-05');
    expect(expiry(item('DNS 解析套餐', '专业版') + item('到期时间', '2027/12/05'))).toBe('2027-12-05');
  });
});

describe('item 2: "10 Mbps ← 5 Mbps（升级中）", an arrow pointing back (dom/parse-bandwidth.ts)', () => {
  it('gives no bandwidth, as "5 Mbps → 10 Mbps" gives none: which end is in effect is not shown (gave 10: invented)', () => {
    for (const v of ['10 Mbps ← 5 Mbps（升级中）', '10 Mbps ← 5 Mbps', '10Mbps &lt;- 5Mbps', '10 Mbps ⟵ 5 Mbps']) {
      expect(server(cvmDetail(teaItem('带宽', v)), cvmUrl), `CVM ${v}`).not.toHaveProperty('publicBandwidthMbps');
      expect(server(ecsDetail(infoRow('带宽', v)), ecsUrl), `ECS ${v}`).not.toHaveProperty('publicBandwidthMbps');
    }
  });
  // guard: a plain figure is read
  it('a plain figure is still read', () => {
    expect(server(cvmDetail(teaItem('带宽', '10 Mbps')), cvmUrl)?.publicBandwidthMbps).toBe(10);
    expect(server(ecsDetail(infoRow('带宽', '10 Mbps')), ecsUrl)?.publicBandwidthMbps).toBe(10);
  });
});

describe('item 3: 包月 alone in a billing-mode field is a subscription; 包月带宽 / 包月流量 say nothing (the lead\'s convention)', () => {
  const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-abcd1234';
  const lh = (label: string, billing: string) =>
    '<div class="tea-form tea-form--readonly">' + teaItem('实例ID', 'lhins-abcd1234') + teaItem('地域', '上海 | 上海二区') + teaItem(label, billing) + '</div>';
  const billing = (app: string, url: string) => read(app, url)?.facts.servers?.[0]?.billing;
  it('Tencent: 包月 / 包年 as a billing-mode field\'s value, with an action or a status tag beside it (billing was missing)', () => {
    for (const [l, v] of [['计费类型', '包月'], ['计费方式', '包月 <a href="#">续费</a>'], ['计费方式', '包年 <span class="tea-tag">即将到期</span>'], ['Billing Method', '包月'], ['付费模式', '包年']] as Array<[string, string]>) {
      expect(billing(lh(l, v), lhUrl), `${l} ${v}`).toBe('subscription');
      expect(billing(cvmDetail('').replace('实例计费模式', l).replace('包年包月', v), cvmUrl), `CVM ${l} ${v}`).toBe('subscription');
    }
  });
  it('Alibaba: 包月带宽 / 包月流量 in the billing field are no mode (gave subscription: invented)', () => {
    for (const v of ['包月带宽', '包月流量']) expect(server(ecsDetail('').replace('包年包月', v), ecsUrl), v).not.toHaveProperty('billing');
  });
  // guards: 包月带宽 / 包月流量 and a billing field of another thing (带宽计费) say nothing on Tencent; 包月 alone on Alibaba is read
  it('包月带宽, 包月流量, 包月 under 带宽计费 and an unpaid 包月 give no mode; Alibaba\'s 包月 / 包年 are read', () => {
    for (const [l, v] of [['计费类型', '包月带宽'], ['计费类型', '包月流量'], ['带宽计费', '包月'], ['计费方式', '包月（待支付）']] as Array<[string, string]>) expect(billing(lh(l, v), lhUrl), `${l} ${v}`).toBeUndefined();
    for (const v of ['包月', '包年', '包年包月']) expect(server(ecsDetail('').replace('包年包月', v), ecsUrl)?.billing, v).toBe('subscription');
  });
});

describe('item 4: the Alibaba entity kinds are data (rules/labels/aliyun.json values.entityTypes)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage';
  const entity = (kind: string) =>
    filingSteps(1) + '<h4>主体信息</h4>' + filingItem('主办单位性质', kind) + filingItem('主办单位名称', '某某单位') + filingItem('主办单位证件号码', '1265**********347A');
  const type = (kind: string) => read(entity(kind), url)?.facts.entity?.type;
  it('军队, 宗教活动场所, 外国在华文化中心, 集体经济 are organizations (the type was missing)', () => {
    for (const k of ['军队', '宗教活动场所', '外国在华文化中心', '集体经济']) expect(type(k), k).toBe('organization');
  });
  // guards: the kinds read before read the same; a choice still to make gives none
  it('企业, 事业单位, 个体工商户, 个人, Enterprise, Individual read as before; 请选择 none', () => {
    for (const [k, want] of [['企业', 'organization'], ['事业单位', 'organization'], ['个体工商户', 'organization'], ['部队', 'organization'], ['个人', 'individual'], ['Enterprise', 'organization'], ['Individual', 'individual'], ['请选择', undefined]] as Array<[string, string | undefined]>) expect(type(k), k).toBe(want);
  });
});
