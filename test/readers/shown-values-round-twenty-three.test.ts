import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the twenty-third round of held-out pages (both providers, test/fixtures-unseen/README.md
 * "Twenty-third round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url))?.facts;

describe('an ECS detail page reads its own instance: fields in a box that shows another instance\'s id are that instance\'s (aliyun/server-detail.ts)', () => {
  const url = 'https://ecs.console.aliyun.com/server/i-bp1q7w3e5r9t2y4u6i8o/detail?regionId=cn-hangzhou';
  const item = (label: string, value: string) =>
    `<div class="next-form-item"><div class="next-form-item-label">${label}</div><div class="next-form-item-control">${value}</div></div>`;
  const main = (...rows: string[]) =>
    `<main><h1>实例详情</h1><div class="next-card"><div class="next-card-title">基本信息</div><div class="next-form-preview">` +
    item('实例ID', 'i-bp1q7w3e5r9t2y4u6i8o') + item('地域', '华东1（杭州）') + rows.join('') + `</div></div></main>`;
  // an assistant panel (no chat role or class) answering about another instance with a card of the same library's rows
  const other =
    `<div class="ai-assistant"><div class="ai-msg is-user">我的另一台实例 i-bp1k9m8n7b6v5c4x3z2a 能用来备案吗？</div>` +
    `<div class="ai-msg is-bot"><div class="next-card"><div class="next-card-title">实例 i-bp1k9m8n7b6v5c4x3z2a</div><div class="next-form-preview">` +
    item('实例ID', 'i-bp1k9m8n7b6v5c4x3z2a') + item('付费类型', '包年包月') + item('公网带宽', '1 Mbps') + item('到期时间', '2026-12-20 23:59:59') +
    `</div></div></div></div>`;

  it('the page without billing or bandwidth rows takes none from the other instance\'s card after it', () => {
    expect(read(main() + other, url)?.servers).toEqual([{ id: 'i-bp1q7w3e5r9t2y4u6i8o', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou' }]);
  });

  it('nor from one before it, and the id is the instance the URL names, not the first 实例ID shown', () => {
    expect(read(other + main(), url)?.servers).toEqual([{ id: 'i-bp1q7w3e5r9t2y4u6i8o', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou' }]);
  });

  it('the page\'s own rows are read beside such a card, before or after it', () => {
    const own = main(item('付费类型', '按量付费'), item('公网带宽', '5 Mbps'));
    const expected = [{ id: 'i-bp1q7w3e5r9t2y4u6i8o', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'payg', publicBandwidthMbps: 5 }];
    expect(read(own + other, url)?.servers).toEqual(expected);
    expect(read(other + own, url)?.servers).toEqual(expected);
  });

  it('rows in a card that shows no id, beside the card with the id, are still the page\'s', () => {
    const split = main() + `<div class="next-card"><div class="next-card-title">付费信息</div><div class="next-form-preview">${item('付费类型', '包年包月')}${item('到期时间', '2027-03-01 23:59:59')}${item('公网带宽', '10 Mbps')}</div></div>`;
    expect(read(split, url)?.servers).toEqual([{ id: 'i-bp1q7w3e5r9t2y4u6i8o', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-03-01', publicBandwidthMbps: 10 }]);
  });
});

describe('a Tencent CVM / Lighthouse detail reads its own instance: fields in a box that shows another instance\'s id are that instance\'s (tencent/cvm-instance-detail.ts)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D1%26instanceId%3Dins-m3n5b7v9';
  const li = (label: string, value: string) => `<li class="tea-form__item"><div class="tea-form__label">${label}</div><div class="tea-form__controls">${value}</div></li>`;
  const main = (...rows: string[]) =>
    `<div class="tea-layout__body"><h2>实例详情</h2><div class="tea-card"><div class="tea-card__title">实例信息</div><ul class="tea-form">` +
    li('实例ID', 'ins-m3n5b7v9') + li('地域', '广州') + rows.join('') + `</ul></div></div>`;
  // an assistant panel (no chat role or class) answering about another instance with TEA form rows
  const other =
    `<div class="assistant"><div class="msg-row"><div class="msg-bubble">另一台 ins-k2j4h6g8 的带宽和到期时间是多少？</div></div>` +
    `<div class="msg-row"><div class="msg-bubble"><ul class="tea-form">${li('实例ID', 'ins-k2j4h6g8')}${li('实例计费模式', '按量计费')}${li('带宽上限', '1Mbps')}${li('到期时间', '2026-12-20 08:00:00')}</ul></div></div></div>`;
  const bare = [{ id: 'ins-m3n5b7v9', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' }];

  it('the page without billing, bandwidth or expiry rows takes none from the other instance\'s answer, after or before it', () => {
    expect(read(main() + other, url)?.servers).toEqual(bare);
    expect(read(other + main(), url)?.servers).toEqual(bare);
  });

  it('with its own rows, the page\'s instance and values whichever comes first', () => {
    const own = main(li('实例计费模式', '包年包月'), li('带宽上限', '5Mbps'), li('到期时间', '2026-12-12 10:20:31'));
    const expected = [{ id: 'ins-m3n5b7v9', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2026-12-12', publicBandwidthMbps: 5 }];
    expect(read(own + other, url)?.servers).toEqual(expected);
    expect(read(other + own, url)?.servers).toEqual(expected);
  });

  it('a Lighthouse detail the same', () => {
    const lh = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-m3n5b7v9';
    const body =
      `<div class="assistant"><ul class="tea-form">${li('实例ID', 'lhins-k2j4h6g8')}${li('带宽', '30Mbps')}${li('到期时间', '2026-12-20 08:00:00')}</ul></div>` +
      `<div class="tea-card"><ul class="tea-form">${li('实例ID', 'lhins-m3n5b7v9')}${li('地域', '广州')}${li('到期时间', '2027-03-01 10:00:00')}</ul></div>`;
    expect(read(body, lh)?.servers).toEqual([{ id: 'lhins-m3n5b7v9', provider: 'tencent', product: 'lighthouse', region: 'ap-guangzhou', expiresAt: '2027-03-01' }]);
  });

  it('rows in a card that shows no id, beside the card with the id, are still the page\'s', () => {
    const split = main() + `<div class="tea-card"><div class="tea-card__title">计费信息</div><ul class="tea-form">${li('实例计费模式', '包年包月')}${li('到期时间', '2027-03-01 10:00:00')}</ul></div>`;
    expect(read(split, url)?.servers).toEqual([{ id: 'ins-m3n5b7v9', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2027-03-01' }]);
  });
});

describe('of two tables naming as many columns, the page\'s own is the list, not one in a drawer or dialog drawn over it (dom/table.ts pickBest)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const head = '<thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>到期时间</th></tr></thead>';
  const row = (d: string, rn: string, exp: string) => `<tr><td>${d}</td><td>正常</td><td>${rn}</td><td>${exp} 23:59:59</td></tr>`;
  const list = `<div class="tea-table"><table>${head}<tbody>${row('qingshan-tea.com', '已实名认证', '2026-12-12')}${row('qingshan.io', '未实名认证', '2027-01-10')}</tbody></table></div>`;
  const expected = [
    { domain: 'qingshan-tea.com', status: ['正常'], realNameVerified: true, expiresAt: '2026-12-12' },
    { domain: 'qingshan.io', status: ['正常'], realNameVerified: false, expiresAt: '2027-01-10' },
  ];
  // a support drawer (no chat role or class) answering with a table of a domain of another account
  const drawer = (open: string) => `${open}<p>为您查到以下域名信息：</p><table>${head}<tbody>${row('青山茶业.公司', '已实名认证', '2027-05-18')}</tbody></table></div>`;

  it('a drawer placed before the page in the document gives no row and takes none of the page\'s', () => {
    for (const open of ['<div class="sv-drawer">', '<div role="dialog" aria-label="智能客服">']) expect(read(drawer(open) + list, url)?.domains).toEqual(expected);
  });
});
