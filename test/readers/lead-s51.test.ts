import { describe, expect, it } from 'vitest';
import { cvmUrl, filingInput, filingItem, filingSelect, filingSteps, read } from '../helpers/console-pages';

/**
 * The lead's review, session 51 (test/fixtures-unseen/README.md "Lead's review, session 51"): the vocabulary fallback
 * (a label only CONTAINING a field's words, rules/labels `contains` / `not`) reaches labels drawn by the layout alone —
 * hashed `div`s, no `<label>`, `<th>`, `<dt>` or label class — as exact labels are found (src/readers/dom/field
 * labelsContaining, dom/reading-model wordedLabels). Session 50's review: round sixty-four's ECS detail × class-names-hashed
 * lost its bandwidth because the fallback looked at label structures only.
 */
const ecsUrl = 'https://ecs.console.aliyun.com/server/i-2zeh7qf3kx9m1c5v8b2n/detail?regionId=cn-beijing';
const item = (label: string, value: string) => `<div class="c1a"><div class="c2b">${label}</div><div class="c3c">${value}</div></div>`;
const ecs = (extra: string) =>
  read(`<div class="c0z">${item('实例ID', 'i-2zeh7qf3kx9m1c5v8b2n')}${item('地域', '华北2（北京）')}${item('付费方式', '包年包月')}${extra}</div>`, ecsUrl)?.facts.servers?.[0];

describe('Alibaba ECS detail: a bandwidth label worded otherwise in hashed divs', () => {
  it('实例公网带宽 10 Mbps with a 更改带宽 link gives 10 (before: missing)', () => {
    expect(ecs(item('实例公网带宽', '10Mbps (峰值)<a class="c4d" href="#"><span class="c5e">更改带宽</span></a>'))?.publicBandwidthMbps).toBe(10);
  });
  it('… after a 带宽计费方式 row (its value 按固定带宽 holds the word too: no label, it stands second)', () => {
    expect(ecs(`${item('带宽计费方式', '按固定带宽')}${item('公网出口带宽', '5 Mbps')}`)?.publicBandwidthMbps).toBe(5);
  });
  it('a value naming 带宽 second in a row of spans is no label: nothing is read from the part after it', () => {
    expect(ecs('<div class="c1a"><span>带宽计费方式</span><span>按固定带宽</span><span>20 Mbps</span></div>')?.publicBandwidthMbps).toBeUndefined();
  });
  it('an action naming 带宽 (a role=button span where a label stands) is no label', () => {
    expect(ecs('<div class="c1a"><div class="c2b"><span role="button">升级带宽</span></div><div class="c3c">20 Mbps</div></div>')?.publicBandwidthMbps).toBeUndefined();
  });
  it('a chart box of three parts (head 外网出带宽（Mbps） 1小时, plot, legend) gives none of its figures', () => {
    expect(ecs('<div class="c7"><div class="c8">外网出带宽（Mbps） 1小时</div><div class="c9">外网出带宽 峰值 4.21Mbps 2026-12-04</div><div class="c6">外网入带宽 最大值 0.86Mbps</div></div>')?.publicBandwidthMbps).toBeUndefined();
  });
  it('… while a label, its value and an action beside them (three boxes, one a link) is still a pair', () => {
    expect(ecs('<div class="c1a"><div class="c2b">实例公网带宽</div><div class="c3c">10 Mbps</div><a class="c4d" href="#">更改带宽</a></div>')?.publicBandwidthMbps).toBe(10);
  });
  it('a monitoring card titled 公网带宽（Mbps） over a chart is no field (its `not` word 监控 aside, the chart\'s axis)', () => {
    expect(ecs('<div class="c7"><div class="c8">公网带宽（Mbps）</div><div class="c9"><span>10</span><span>5</span><span>0</span></div></div>')?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('Tencent CVM detail: a bandwidth label worded otherwise in hashed divs', () => {
  const cvm = (extra: string) =>
    read(`<div class="x0">${item('实例ID', 'ins-4w6y8a0c')}${item('地域', '广州')}${item('实例计费模式', '包年包月')}${extra}</div>`, cvmUrl)?.facts.servers?.[0];
  it('公网出口带宽上限 8 Mbps gives 8 (before: missing)', () => {
    expect(cvm(item('公网出口带宽上限', '8 Mbps'))?.publicBandwidthMbps).toBe(8);
  });
  it('a value naming 带宽 second in a row of spans is no label', () => {
    expect(cvm('<div class="c1a"><span>网络类型</span><span>按带宽</span><span>20 Mbps</span></div>')?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('Alibaba filing, server step: the chosen instance\'s expiry (round sixty-six\'s known miss: a feature)', () => {
  const beianUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  const product = (extra: string) =>
    `<h3 class="section-title">产品验证</h3><form class="next-form">${filingItem('产品类型', filingSelect('云服务器ECS'))}${filingItem('实例ID', filingInput('i-bp1hx27t0a3c5e7g9k'))}${filingItem('地域', '<span>华东1（杭州）</span>')}${extra}</form>`;
  const site = (extra: string) => `<h3 class="section-title">网站信息</h3><form class="next-form">${filingItem('网站域名', filingInput('hexiang-tea.cn'))}${extra}</form>`;
  const server = (html: string) => read(`${filingSteps(0)}${html}`, beianUrl)?.facts.servers?.[0];

  it('a 到期时间 row in the 产品验证 card gives the instance\'s expiry (before: none)', () => {
    expect(server(site('') + product(filingItem('到期时间', '<span>2027-03-01 00:00:00</span>')))?.expiresAt).toBe('2027-03-01');
  });
  it('… an "Instance Expiration Time" row in English', () => {
    expect(server(site('') + product(filingItem('Instance Expiration Time', '<span>Jun 19, 2027</span>')))?.expiresAt).toBe('2027-06-19');
  });
  it('… a note in the instance field\'s box: "续费中 到期时间 2026-12-15（续费生效后：2027-12-15）" is the current expiry', () => {
    const item = filingItem('实例ID', `${filingInput('i-bp1hx27t0a3c5e7g9k')}<span class="state"><span class="next-tag">续费中</span> 到期时间 2026-12-15（续费生效后：2027-12-15）</span>`);
    const html = `${site('')}<h3 class="section-title">产品验证</h3><form class="next-form">${filingItem('产品类型', filingSelect('云服务器ECS'))}${item}</form>`;
    expect(server(html)?.expiresAt).toBe('2026-12-15');
  });
  it('a domain\'s 到期时间 in the website section is no instance expiry', () => {
    expect(server(site(filingItem('到期时间', '<span>2027-08-01</span>')) + product(''))?.expiresAt).toBeUndefined();
  });
  it('… nor on a step without section titles, a 到期时间 beside the domain, away from the instance field', () => {
    const html = `<form class="next-form">${filingItem('网站域名', filingInput('hexiang-tea.cn'))}${filingItem('到期时间', '<span>2027-08-01</span>')}${filingItem('产品类型', filingSelect('云服务器ECS'))}${filingItem('实例ID', filingInput('i-bp1hx27t0a3c5e7g9k'))}</form>`;
    const got = server(html);
    expect(got?.id).toBe('i-bp1hx27t0a3c5e7g9k');
    expect(got?.expiresAt).toBeUndefined();
  });
  it('a note naming another date only (创建时间) in the instance box gives none', () => {
    const item = filingItem('实例ID', `${filingInput('i-bp1hx27t0a3c5e7g9k')}<span class="state">创建时间 2026-03-01</span>`);
    expect(server(`${site('')}<h3 class="section-title">产品验证</h3><form class="next-form">${filingItem('产品类型', filingSelect('云服务器ECS'))}${item}</form>`)?.expiresAt).toBeUndefined();
  });
});

describe('Alibaba filing, server step: the picked instance row\'s billing and expiry (merged with round seventy-one\'s fields)', () => {
  const beianUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  const row = (id: string, billing: string, expiry: string, checked: boolean) =>
    `<tr><td><input type="radio" name="inst"${checked ? ' checked' : ''}></td><td>${id}</td><td>华东1（杭州）</td><td>${billing}</td><td>${expiry}</td></tr>`;
  const table = (rows: string) =>
    `${filingSteps(0)}<h3 class="section-title">产品验证</h3><form class="next-form">${filingItem('产品类型', filingSelect('云服务器ECS'))}</form><table><thead><tr><th></th><th>实例ID/名称</th><th>地域</th><th>付费方式</th><th>到期时间</th></tr></thead><tbody>${rows}</tbody></table>`;
  const server = (rows: string) => read(table(rows), beianUrl)?.facts.servers?.[0];

  it('the checked row\'s 包年包月 and 到期时间 (before: neither)', () => {
    const got = server(row('i-bp1aaaaaaaaaaaaaaaaa', '按量付费', '--', false) + row('i-bp1hx27t0a3c5e7g9k', '包年包月', '2027-03-01 00:00:00', true));
    expect(got?.id).toBe('i-bp1hx27t0a3c5e7g9k');
    expect(got?.billing).toBe('subscription');
    expect(got?.expiresAt).toBe('2027-03-01');
  });
  it('a pay-as-you-go row gives no expiry, whatever date its column shows (a release time)', () => {
    const got = server(row('i-bp1hx27t0a3c5e7g9k', '按量付费', '2027-03-01 00:00:00', true));
    expect(got?.billing).toBe('payg');
    expect(got?.expiresAt).toBeUndefined();
  });
});

describe('Tencent domain list: a line under a status tag whose classes are hashed (round seventy × class-names-hashed)', () => {
  const url = 'https://console.tencentcloud.com/domain/all-domain/all';
  const list = (status: string) =>
    `<table><thead><tr><th>Domain</th><th>Status</th><th>Expiration Time</th></tr></thead><tbody><tr><td>zhanglab.com</td><td>${status}</td><td>2027-05-01</td></tr></tbody></table>`;
  it('"Resolution suspended by the registry" under a hashed serverHold tag is no status (before: a second status, invented)', () => {
    const got = read(list('<span class="x9f">serverHold</span><div class="x8e">Resolution suspended by the registry</div>'), url)?.facts.domains?.[0];
    expect(got?.status).toEqual(['serverHold']);
  });
  it('a second status word on its own line stays a status', () => {
    const got = read(list('<span class="x9f">serverHold</span><div class="x8e">clientTransferProhibited</div>'), url)?.facts.domains?.[0];
    expect(got?.status).toEqual(['serverHold', 'clientTransferProhibited']);
  });
});
