import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the nineteenth round of held-out pages (both providers, test/fixtures-unseen/README.md
 * "Nineteenth round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (style: string, body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (style: string, body: string, url: string) => readPage(page(style, body, url), new URL(url))?.facts;

const li = (label: string, value: string) =>
  `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls tea-form__controls--text"><div class="tea-form-text">${value}</div></div></li>`;
const form = (...items: string[]) => `<div class="tea-card"><div class="tea-card__body"><ul class="tea-form">${items.join('')}</ul></div></div>`;

describe('a value box that starts with its value, then a "（待生效：…）" element, holds that value (dom/field.ts valueForLabel)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=33&id=lhins-q7w2e9r4';
  const lighthouse = (bandwidth: string) =>
    form(li('实例 ID', 'lhins-q7w2e9r4'), li('地域和可用区', '南京 | 南京一区'), li('标签', '<span class="tea-tag">带宽:12M</span>'), li('峰值带宽', bandwidth));

  it('峰值带宽 "6 Mbps<span>（待生效：12 Mbps，…）</span>" is 6, not the tag 带宽:12M before it', () => {
    const facts = read('', lighthouse('6 Mbps<span class="tea-text-weak">（待生效：12 Mbps，2026-12-05 00:00 生效）</span>'), url);
    expect(facts?.servers?.[0]?.publicBandwidthMbps).toBe(6);
  });

  it('峰值带宽 "4Mbps <span>流量包：500GB/月</span>" in class-only boxes: the box starts with its value, not with the span\'s "标签：值"', () => {
    const item = (k: string, v: string) => `<div class="item"><div class="k"><span>${k}</span></div><div class="v"><div>${v}</div></div></div>`;
    const body = `<div class="panel">${item('实例 ID', 'lhins-q7w2e9r4')}${item('地域', '南京 | 南京一区')}${item('峰值带宽', '4Mbps <span class="weak">流量包：500GB/月</span>')}</div>`;
    expect(read('', body, url)?.servers?.[0]?.publicBandwidthMbps).toBe(4);
  });

  it('a value box that does start with a "标签：值" element is still the next field', () => {
    const body = `<div class="row"><span class="k">实例 ID</span><span class="v">lhins-q7w2e9r4</span></div><div class="row"><span class="k">峰值带宽</span><span class="v"></span></div><div class="row"><span><b>到期时间：</b>2027-06-12</span></div>`;
    expect(read('', body, url)?.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('a tag that reads "键:值" is a resource tag, no label of the page (dom/field.ts inKeyValueTag, textOrAriaField)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=33&id=lhins-q7w2e9r4';

  it('a page with no bandwidth field gives none from a tag 带宽:12M', () => {
    const body = form(li('实例 ID', 'lhins-q7w2e9r4'), li('地域和可用区', '南京 | 南京一区'), li('标签', '<span class="tea-tag">带宽:12M</span> <span class="tea-tag">billing:prepaid</span>'));
    const server = read('', body, url)?.servers?.[0];
    expect(server?.id).toBe('lhins-q7w2e9r4');
    expect(server?.publicBandwidthMbps).toBeUndefined();
  });

  it('an antd tag 到期时间:2026-01-01 on an Alibaba Cloud ECS detail gives no expiry', () => {
    const aliUrl = 'https://ecs.console.aliyun.com/server/i-bp1minghu7k2x9q4w3e/detail?regionId=cn-hangzhou';
    const row = (k: string, v: string) => `<div class="ant-descriptions-item"><span class="ant-descriptions-item-label">${k}</span><span class="ant-descriptions-item-content">${v}</span></div>`;
    const body = `<div class="ant-descriptions">${row('实例ID', 'i-bp1minghu7k2x9q4w3e')}${row('地域', '华东1（杭州）')}${row('标签', '<span class="ant-tag">到期时间:2026-01-01</span>')}</div>`;
    const server = read('', body, aliUrl)?.servers?.[0];
    expect(server?.id).toBe('i-bp1minghu7k2x9q4w3e');
    expect(server?.expiresAt).toBeUndefined();
  });
});

describe('a note about a change not yet in effect is no part of the value (dom/units.ts isPendingNote, rules/labels pending)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/wanghw.net';
  const owner = (name: string) =>
    form(li('域名', 'wanghw.net'), li('域名所有者', name), li('证件类型', '身份证'), li('实名认证状态', '<span class="text-success">已实名认证</span>'));

  it('域名所有者 "王宏伟 <span>（修改审核中：杭州…公司）</span>" is 王宏伟', () => {
    const facts = read('', owner('王宏伟 <span class="text-warning">（修改审核中：杭州宏伟网络科技有限公司）</span>'), url);
    expect(facts?.domains?.[0]?.registrantName).toBe('王宏伟');
  });

  it('an English "(Pending: …)" note too', () => {
    const facts = read('', owner('王宏伟 <span>(Pending: Hangzhou Hongwei Network Co., Ltd.)</span>'), url);
    expect(facts?.domains?.[0]?.registrantName).toBe('王宏伟');
  });

  it('a status word alone (审核中) is still read as the real-name state (not verified)', () => {
    const body = form(li('域名', 'wanghw.net'), li('域名所有者', '王宏伟'), li('实名认证状态', '<span class="tea-tag">审核中</span>'));
    expect(read('', body, url)?.domains?.[0]?.realNameVerified).not.toBe(true);
  });
});

describe('ARIA grid rows in the order of their aria-rowindex (dom/table.ts inRowIndexOrder)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const cell = (col: number, text: string) => `<div role="gridcell" aria-colindex="${col}">${text}</div>`;
  const row = (index: number, code: string, status: string) =>
    `<div role="row" aria-rowindex="${index}">${cell(3, status)}${cell(2, code)}${cell(1, '云服务器 <a href="/cvm/instance/detail?rid=33&amp;id=ins-nj7d3f5h">ins-nj7d3f5h</a>')}</div>`;
  const header =
    '<div role="row" aria-rowindex="1"><div role="columnheader" aria-colindex="2">备案授权码</div><div role="columnheader" aria-colindex="1">关联的云服务</div><div role="columnheader" aria-colindex="3">状态</div></div>';

  it('rows drawn out of DOM order (a virtual grid reusing its row elements) are read in their index order', () => {
    const body = `<div role="grid" aria-rowcount="3">${header}${row(3, 'BA6H8J0K2L4Z6X8C', '使用中')}${row(2, 'BA3S5D7F9G1H3J5K', '已使用')}</div>`;
    expect(read('', body, url)?.servers?.[0]?.authorizationCodes?.map((c) => c.code)).toEqual(['BA3S5D7F9G1H3J5K', 'BA6H8J0K2L4Z6X8C']);
  });
});

describe('a pending note at the end of the same text is no part of the value either (dom/units.ts trailingPendingNote)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/wanghw.net';
  const owner = (name: string) => form(li('域名', 'wanghw.net'), li('域名所有者', name), li('证件类型', '营业执照'));

  it('"王宏伟（修改审核中：杭州宏伟网络科技有限公司）" in one text is 王宏伟', () => {
    expect(read('', owner('王宏伟（修改审核中：杭州宏伟网络科技有限公司）'), url)?.domains?.[0]?.registrantName).toBe('王宏伟');
  });

  it("a name's own brackets stay: 杭州青禾设计事务所（普通合伙）（变更审核中：杭州青禾设计有限公司）", () => {
    const name = read('', owner('杭州青禾设计事务所（普通合伙）（变更审核中：杭州青禾设计有限公司）'), url)?.domains?.[0]?.registrantName;
    expect(name).toBe('杭州青禾设计事务所(普通合伙)');
  });

  it('a bracket that is no pending note stays part of the name', () => {
    expect(read('', owner('杭州青禾设计事务所（普通合伙）'), url)?.domains?.[0]?.registrantName).toBe('杭州青禾设计事务所(普通合伙)');
  });
});
