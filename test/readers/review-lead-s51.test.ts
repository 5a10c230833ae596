import { describe, expect, it } from 'vitest';
import { cvmUrl, filingInput, filingItem, filingSelect, filingSteps, read } from '../helpers/console-pages';

/**
 * Review of the lead's session-51 changes (test/fixtures-unseen/README.md "Review of the lead's session-51 changes"):
 * the vocabulary fallback reaching labels drawn by the layout alone (dom/field labelsContaining, dom/reading-model
 * wordedLabels) took a question's, an action's, an offer's or a hint's title naming a field's words for its label, and the
 * figure or date under it for the record's (invented). dom/field namesWithoutLabelling, rules/labels `notLabelOpeners`.
 */
const item = (label: string, value: string) => `<div class="c1a"><div class="c2b">${label}</div><div class="c3c">${value}</div></div>`;
const card = (title: string, body: string) => `<div class="k1"><div class="k2">${title}</div><div class="k3">${body}</div></div>`;
const ecsUrl = 'https://ecs.console.aliyun.com/server/i-2zeh7qf3kx9m1c5v8b2n/detail?regionId=cn-beijing';
const ecs = (extra: string) => read(`<div class="c0z">${item('实例ID', 'i-2zeh7qf3kx9m1c5v8b2n')}${item('地域', '华北2（北京）')}${extra}</div>`, ecsUrl)?.facts.servers?.[0];
const cvm = (extra: string) => read(`<div class="x0">${item('实例ID', 'ins-4w6y8a0c')}${item('地域', '广州')}${extra}</div>`, cvmUrl)?.facts.servers?.[0];
const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-4w6y8a0c';
const lh = (extra: string) => read(`<div class="x0">${item('实例ID', 'lhins-4w6y8a0c')}${item('地域', '广州')}${extra}</div>`, lhUrl)?.facts.servers?.[0];
const dUrl = 'https://console.cloud.tencent.com/domain/info/gangguang.cn';
const domain = (extra: string) => read(`<div class="x0">${item('域名', 'gangguang.cn')}${item('注册商', '腾讯云')}${extra}</div>`, dUrl)?.facts.domains?.[0];

describe('a question naming a field\'s words, over a figure or a date, is no label (before: invented)', () => {
  it('如何调整带宽？ over "10 Mbps 起": no bandwidth (CVM, Lighthouse, ECS)', () => {
    const q = card('如何调整带宽？', '10 Mbps 起');
    expect(cvm(q)?.publicBandwidthMbps).toBeUndefined();
    expect(lh(q)?.publicBandwidthMbps).toBeUndefined();
    expect(ecs(q)?.publicBandwidthMbps).toBeUndefined();
  });
  it('How to change bandwidth? over "From 10 Mbps"', () => {
    expect(cvm(card('How to change bandwidth?', 'From 10 Mbps'))?.publicBandwidthMbps).toBeUndefined();
  });
  it('实例到期后会怎样？ over "2027-03-03 后停机": no expiry', () => {
    expect(cvm(card('实例到期后会怎样？', '2027-03-03 后停机'))?.expiresAt).toBeUndefined();
  });
  it('域名过期了怎么办？ over "2027-03-03 前续费": no domain expiry', () => {
    expect(domain(card('域名过期了怎么办？', '2027-03-03 前续费'))?.expiresAt).toBeUndefined();
  });
});

describe('an action\'s, an offer\'s or a hint\'s title naming a field\'s words is no label (before: invented)', () => {
  it('切换计费模式 / Switch billing mode over 包年包月: no billing', () => {
    expect(cvm(card('切换计费模式', '包年包月'))?.billing).toBeUndefined();
    expect(lh(card('Switch billing mode', 'Monthly subscription'))?.billing).toBeUndefined();
  });
  it('新购带宽享8折 over "5 Mbps 仅需 ¥50": no bandwidth', () => {
    expect(cvm(card('新购带宽享8折', '5 Mbps 仅需 ¥50'))?.publicBandwidthMbps).toBeUndefined();
  });
  it('带宽上限说明 over "最高 100 Mbps": no bandwidth', () => {
    expect(cvm(card('带宽上限说明', '最高 100 Mbps'))?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('a layout-drawn label naming another subject in its own words is none of the record\'s (before: invented)', () => {
  it('快照创建时间 / 云硬盘到期时间 beside a CVM\'s fields: no creation, no expiry (the field\'s `notUnder` words)', () => {
    expect(cvm(card('快照创建时间', '2026-01-01 10:00:00'))?.createdAt).toBeUndefined();
    expect(cvm(card('云硬盘到期 (Expiry)', '2027-05-05'))?.expiresAt).toBeUndefined();
  });
  it('Image creation time / 镜像创建时间 on a CVM detail (server-detail createdAt `not`: 镜像, image, 快照, snapshot)', () => {
    expect(cvm(card('Image creation time', '2026-01-01 10:00:00'))?.createdAt).toBeUndefined();
    expect(cvm(card('镜像创建时间', '2026-01-01 10:00:00'))?.createdAt).toBeUndefined();
  });
  it('Snapshot creation time on a Lighthouse detail; 数据盘带宽 on an ECS detail', () => {
    expect(lh(card('Snapshot creation time', '2026-01-01 10:00:00'))?.createdAt).toBeUndefined();
    expect(ecs(card('数据盘最大带宽', '150 MB/s'))?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('a status tag opening a value of two parts is no label of the part after it (before: invented)', () => {
  it('续费状态 | 即将到期 · 2026-12-01 已发送提醒, 实例状态 | 已过期 · 2026-11-01: no expiry (CVM, ECS)', () => {
    expect(cvm(item('续费状态', '<span>即将到期</span><span>2026-12-01 已发送提醒</span>'))?.expiresAt).toBeUndefined();
    expect(ecs(item('实例状态', '<span>已过期</span><span>2026-11-01</span>'))?.expiresAt).toBeUndefined();
  });
  it('Status | Expiring · 2026-12-01; Network billing | Bill by bandwidth · 20 Mbps', () => {
    expect(cvm(item('Status', '<span>Expiring</span><span>2026-12-01</span>'))?.expiresAt).toBeUndefined();
    expect(ecs(item('Network billing', '<span>Bill by bandwidth</span><span>20 Mbps</span>'))?.publicBandwidthMbps).toBeUndefined();
  });
  it('a domain\'s 续费 | 即将过期 · 2027-01-01 and Renewal | Expiring soon · 2027-01-01: no domain expiry', () => {
    expect(domain(item('续费', '<span>即将过期</span><span>2027-01-01</span>'))?.expiresAt).toBeUndefined();
    expect(domain(item('Renewal', '<span>Expiring soon</span><span>2027-01-01</span>'))?.expiresAt).toBeUndefined();
  });
  it('guard: a label in an item after another two-part item still reads (two items only)', () => {
    expect(read(`<div class="x0">${item('实例ID', 'ins-4w6y8a0c')}${item('公网出口带宽上限', '8 Mbps')}</div>`, cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(8);
  });
});

describe('a notice addressing the user, a former owner\'s ID number (before: invented)', () => {
  it('您的实例带宽 | 已临时提升至 100 Mbps: no bandwidth (rules/labels notLabelOpeners 您, Your)', () => {
    expect(cvm('<div class="nb"><div class="ic">!</div><div>您的实例带宽</div><div>已临时提升至 100 Mbps</div></div>')?.publicBandwidthMbps).toBeUndefined();
  });
  it('过户前证件号码 on a Tencent domain page is no registrant ID number (domain-info idNumber `not`)', () => {
    expect(domain(card('过户前证件号码', '110101********1111'))?.registrantIdNumber).toBeUndefined();
  });
});

describe('labels drawn by the layout alone still read (the lead\'s cases held)', () => {
  it('峰值带宽 30Mbps, 公网出口带宽上限 8 Mbps', () => {
    expect(cvm(card('峰值带宽', '30Mbps'))?.publicBandwidthMbps).toBe(30);
    expect(lh(item('公网出口带宽上限', '8 Mbps'))?.publicBandwidthMbps).toBe(8);
    expect(ecs(item('实例公网带宽', '10Mbps'))?.publicBandwidthMbps).toBe(10);
  });
});

describe('Alibaba filing, server step: an expiry the page shows for another subject is none of the chosen instance\'s (before: invented)', () => {
  const beianUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  const site = `<h3 class="section-title">网站信息</h3><form class="next-form">${filingItem('网站域名', filingInput('hexiang-tea.cn'))}</form>`;
  const product = (extra: string, inst = filingInput('i-bp1hx27t0a3c5e7g9k')) =>
    `<h3 class="section-title">产品验证</h3><form class="next-form">${filingItem('产品类型', filingSelect('云服务器ECS'))}${filingItem('实例ID', inst)}${extra}</form>`;
  const server = (html: string) => read(`${filingSteps(0)}${html}`, beianUrl)?.facts.servers?.[0];

  it('a 到期时间 right after a 网站域名 field in the 产品验证 block is the domain\'s', () => {
    const got = server(product(filingItem('网站域名', filingInput('hexiang-tea.cn')) + filingItem('到期时间', '<span>2027-08-01</span>')));
    expect(got?.id).toBe('i-bp1hx27t0a3c5e7g9k');
    expect(got?.expiresAt).toBeUndefined();
  });
  it('… right after a 备案服务号 / Service Number field: the service number\'s validity', () => {
    expect(server(site + product(filingItem('备案服务号', '<span>1234567890ABCDEF</span>') + filingItem('到期时间', '<span>2027-09-09</span>')))?.expiresAt).toBeUndefined();
    expect(server(site + product(filingItem('Service Number', '<span>1234567890ABCDEF</span>') + filingItem('Expiration Date', '<span>Sep 9, 2027</span>')))?.expiresAt).toBeUndefined();
  });
  it('… while right after the instance field it stays the instance\'s', () => {
    expect(server(site + product(filingItem('到期时间', '<span>2027-03-01</span>') + filingItem('备案服务号', '<span>1234567890ABCDEF</span>')))?.expiresAt).toBe('2027-03-01');
  });
  it('a note in the instance field\'s box naming another instance gives that one\'s date, no expiry of the chosen one', () => {
    const inst = `${filingInput('i-bp1hx27t0a3c5e7g9k')}<span class="state">同账号实例 i-bp1zzzzzzzzzzzzzzzzz 到期时间 2027-02-02</span>`;
    expect(server(site + product('', inst))?.expiresAt).toBeUndefined();
  });
  it('a checked table row of another instance beside a block naming its instance gives neither its expiry nor its billing', () => {
    const table = `<table><thead><tr><th></th><th>实例ID</th><th>付费方式</th><th>到期时间</th></tr></thead><tbody><tr><td><input type="radio" name="i" checked></td><td>i-bp1zzzzzzzzzzzzzzzzz</td><td>包年包月</td><td>2027-02-02</td></tr></tbody></table>`;
    const got = server(product('') + table);
    expect(got?.id).toBe('i-bp1hx27t0a3c5e7g9k');
    expect(got?.expiresAt).toBeUndefined();
    expect(got?.billing).toBeUndefined();
  });
});
