import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, filingInput, filingItem, filingSelect, filingSteps, infoRow, page, read, teaItem } from '../helpers/console-pages';

/**
 * Items left open by session 38 (/work/notes/left39.md), each a small console page that read wrong or lost a value
 * before its fix (checked by putting the old file back).
 */

describe('a 新增网站 page with a filed website\'s panel opened above the one being added (aliyun/beian-form.ts)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=addWebsite';
  const entity =
    '<section><h4>主体信息（已备案）</h4>' + filingItem('主办单位性质', '企业') + filingItem('主办单位名称', '杭州青禾文化传媒有限公司') +
    filingItem('主体备案号', '浙ICP备2021034567号<span class="next-tag next-tag-success">已备案</span>') + '</section>';
  const panel = (title: string, open: boolean, body: string) =>
    `<div class="next-collapse-panel${open ? ' next-collapse-panel-expanded' : ''}"><div class="next-collapse-panel-title" role="button" aria-expanded="${open}">${title}</div>` +
    `<div class="next-collapse-panel-content"${open ? '' : ' style="display: none"'}>${body}</div></div>`;
  const filed = (n: number, name: string, domain: string, open: boolean, tag = '<span class="next-tag next-tag-success">已备案</span>') =>
    panel(`网站 ${n}　浙ICP备2021034567号-${n}${tag}`, open, filingItem('网站名称', name) + filingItem('网站域名', domain) + filingItem('网站服务内容', '企业官网'));
  const added = panel(
    '网站 3<span class="next-tag next-tag-new">本次新增</span>',
    true,
    filingItem('网站名称', filingInput('青禾非遗数字馆')) + filingItem('网站域名', '<textarea>qinghe-heritage.com\nqinghe-heritage.cn</textarea>') + filingItem('网站服务内容', filingSelect('文化')),
  );
  const page = (panels: string) => entity + '<h4>网站信息 <span>（已备案 2 个，本次新增 1 个）</span></h4><div class="next-collapse">' + panels + '</div>';

  it('the website added is read, the opened filed one is not (gave no website)', () => {
    const facts = read(page(filed(1, '青禾文化官网', 'qinghe-culture.com', true) + filed(2, '青禾读书会', 'qinghe-reading.com', false) + added), url)?.facts;
    expect(facts?.websites?.map((w) => [w.name, w.domains])).toEqual([['青禾非遗数字馆', ['qinghe-heritage.com', 'qinghe-heritage.cn']]]);
  });
  it('a filed panel marked by its tag only (已备案, no number) is not read beside the one added (would have been: its title a section)', () => {
    const tagOnly = panel('网站 1<span class="next-tag next-tag-success">已备案</span>', true, filingItem('网站名称', '青禾文化官网') + filingItem('网站域名', 'qinghe-culture.com'));
    expect(read(page(tagOnly + added), url)?.facts.websites?.map((w) => w.name)).toEqual(['青禾非遗数字馆']);
  });
  // guards: where every panel shows its filing number (接入备案 from another provider), each is this filing's
  it('panels each titled with a filing number, none added, are all read', () => {
    const facts = read(page(filed(1, '青禾文化官网', 'qinghe-culture.com', true, '') + filed(2, '青禾读书会', 'qinghe-reading.com', true, '')), url)?.facts;
    expect(facts?.websites?.map((w) => w.name)).toEqual(['青禾文化官网', '青禾读书会']);
  });
  it('a panel title with other words than a tag beside the number is no website title (nothing read from the filed panel)', () => {
    const other = panel('网站 1　浙ICP备2021034567号-1 <a href="#">查看备案详情</a>', true, filingItem('网站名称', '青禾文化官网') + filingItem('网站域名', 'qinghe-culture.com'));
    const facts = read(page(other + added), url)?.facts;
    expect(facts?.websites?.flatMap((w) => w.domains) ?? []).not.toContain('qinghe-culture.com');
  });
});

describe('a Tencent 新增网站 page with a filed website\'s panel opened above the one being added (tencent/beian-form.ts)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261205000321/website';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
  const entity = `<div class="tea-card"><h3>主体信息</h3>${item('主办单位名称', '深圳市海岸线数字科技有限公司')}${item('主体备案号', '粤ICP备2018054321号')}</div>`;
  const panel = (title: string, name: string, domain: string) =>
    `<div class="tea-accordion is-expanded"><div class="tea-accordion__header" role="button" aria-expanded="true"><span>${title}</span></div>` +
    `<div class="tea-accordion__body">${item('网站名称', `<div class="tea-form-text">${name}</div>`)}${item('网站域名', `<div class="tea-form-text">${domain}</div>`)}</div></div>`;
  const added = `<div class="tea-card"><h3>网站信息（新增网站 1）</h3><form class="tea-form">${item('网站名称', '<input class="tea-input" value="海岸线开发者社区">')}${item('网站域名', '<input class="tea-input" value="coastline-dev.com">')}</form></div>`;

  it('the website added is read, the filed one is not (the filed website was read as the filing\'s: invented)', () => {
    const filed = `<div class="tea-card"><h3>已备案网站（8）</h3>${panel('网站 1　粤ICP备2018054321号-1<span class="tea-tag">已备案</span>', '海岸线官网', 'coastline-tech.com')}</div>`;
    expect(read('<h2>新增网站</h2>' + entity + filed + added, url)?.facts.websites?.map((w) => w.name)).toEqual(['海岸线开发者社区']);
  });
  it('a filed panel marked by its tag only (已备案, no number) is not read either (was read as the filing\'s: invented)', () => {
    const filed = `<div class="tea-card"><h3>已备案网站（8）</h3>${panel('网站 1<span class="tea-tag">已备案</span>', '海岸线官网', 'coastline-tech.com')}</div>`;
    expect(read('<h2>新增网站</h2>' + entity + filed + added, url)?.facts.websites?.map((w) => w.name)).toEqual(['海岸线开发者社区']);
  });
  // guard: every website showing its number (接入备案 from another provider): each is this filing's
  it('websites each showing a filing number, none added, are all read', () => {
    const access = panel('网站 1　浙ICP备2019011111号-1', '星河书店', 'xinghe-books.com') + panel('网站 2　浙ICP备2019011111号-2', '星河文创', 'xinghe-wenchuang.com');
    expect(read('<h2>接入备案</h2>' + entity + access, url)?.facts.websites?.map((w) => w.name)).toEqual(['星河书店', '星河文创']);
  });
});

describe('a value shown as a change under way: its two ends joined by an arrow, the word saying so after them (dom/units.ts)', () => {
  const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];
  const cvm = (billing: string, bw: string, exp: string) =>
    cvmDetail(teaItem('主 IPv4 地址', '43.138.10.20（公）') + teaItem('网络计费模式', '按带宽计费') + teaItem('带宽上限', bw) + teaItem('到期时间', exp)).replace('包年包月', billing);
  const ecs = (billing: string, bw: string) => ecsDetail(infoRow('公网IP', '47.96.1.2') + infoRow('公网带宽', bw) + infoRow('到期时间', '2027-12-05 23:59:59')).replace('包年包月', billing);

  it('the bandwidth is the figure before the arrow (gave none)', () => {
    expect(server(cvm('包年包月', '5 Mbps → 10 Mbps（升级中）', '2027-12-05 23:59:59'), cvmUrl)?.publicBandwidthMbps).toBe(5);
    expect(server(ecs('包年包月', '5Mbps → 10Mbps 变配中'), ecsUrl)?.publicBandwidthMbps).toBe(5);
  });
  it('the billing is the mode before the arrow (gave none)', () => {
    expect(server(cvm('包年包月 → 按量计费（变更中）', '5 Mbps', '2027-12-05 23:59:59'), cvmUrl)?.billing).toBe('subscription');
    expect(server(ecs('按量付费 → 包年包月（变更中）', '5 Mbps'), ecsUrl)?.billing).toBe('payg');
  });
  it('the expiry is the date before the arrow (gave none)', () => {
    expect(server(cvm('包年包月', '5 Mbps', '2027-12-05 23:59:59 → 2028-12-05 23:59:59（续费中）'), cvmUrl)?.expiresAt).toBe('2027-12-05');
  });
  // guards: an arrow the page says nothing of (which end is in effect is not said), a word before the second end
  it('an arrow with no word of a change under way after it gives no value', () => {
    expect(server(cvm('包年包月', '5 Mbps → 10 Mbps', '2027-12-05 → 2028-12-05'), cvmUrl)).not.toHaveProperty('publicBandwidthMbps');
    expect(server(cvm('包年包月', '5 Mbps → 10 Mbps', '2027-12-05 → 2028-12-05'), cvmUrl)).not.toHaveProperty('expiresAt');
    expect(server(ecs('包年包月', '5 Mbps → 10 Mbps（已完成）'), ecsUrl)).not.toHaveProperty('publicBandwidthMbps');
  });
});

describe('an expiry followed by a setting named after a release or deletion (dom/parse-date.ts expiryDate, aliyun/server-values.ts)', () => {
  const cvmExpiry = (exp: string) => read(cvmDetail(teaItem('到期时间', exp)), cvmUrl)?.facts.servers?.[0]?.expiresAt;
  const ecsExpiry = (exp: string) => read(ecsDetail(infoRow('到期时间', exp)), ecsUrl)?.facts.servers?.[0]?.expiresAt;

  it('the expiry is read beside 释放保护已开启, 删除保护, 回收站, release protection (gave none)', () => {
    for (const after of ['释放保护已开启', '销毁保护：已开启', '回收站保留 7 天', '(release protection on)', 'Deletion protection enabled']) {
      expect([after, cvmExpiry(`2027-12-05 23:59:59 ${after}`)]).toEqual([after, '2027-12-05']);
      expect([after, ecsExpiry(`2027-12-05 23:59:59 ${after}`)]).toEqual([after, '2027-12-05']);
    }
  });
  // guards: the date of the event itself is none
  it('a date the release or recycling is on still gives no expiry', () => {
    for (const after of ['释放', '被回收', '(将被删除)', 'released']) {
      expect([after, cvmExpiry(`2027-12-05 23:59:59 ${after}`)]).toEqual([after, undefined]);
      expect([after, ecsExpiry(`2027-12-05 23:59:59 ${after}`)]).toEqual([after, undefined]);
    }
  });
});

/** A domain card of a console's card view: its title (the domain, a link) over labelled fields. */
const domainCard = (domain: string, fields: Array<[string, string]>) =>
  `<div class="c-card"><div class="c-title"><a href="#">${domain}</a></div>` +
  fields.map(([l, v]) => `<div class="c-field"><span class="c-label">${l}</span><span class="c-value">${v}</span></div>`).join('') + '</div>';

describe('the Tencent domain list drawn as cards, its URL\'s query naming a domain (tencent/domain-list.ts)', () => {
  const cards = (a: string, b: string) =>
    '<h2>我的域名</h2><div class="card-list">' +
    domainCard(a, [['域名状态', '正常'], ['实名认证', '已实名认证'], ['到期时间', '2027-05-18 23:59:59']]) +
    domainCard(b, [['域名状态', '正常'], ['实名认证', '未实名认证'], ['到期时间', '2026-12-20 23:59:59']]) +
    '</div>';

  it('a list searched by a domain, showing it and another it matches, is read (gave nothing)', () => {
    const url = 'https://console.cloud.tencent.com/domain/all-domain/all?keyword=qingshan-tea.com';
    expect(read(cards('qingshan-tea.com', 'qingshan-tea.com.cn'), url)?.facts.domains?.map((d) => [d.domain, d.realNameVerified])).toEqual([
      ['qingshan-tea.com', true],
      ['qingshan-tea.com.cn', false],
    ]);
  });
  // guard: a domain's own page (its query names it) whose cards all name that domain is no list
  it("cards naming only the domain the query names give no list", () => {
    const url = 'https://console.cloud.tencent.com/domain/info?domain=qingshan-tea.com';
    expect(read(cards('qingshan-tea.com', 'qingshan-tea.com'), url)?.facts.domains ?? []).toEqual([]);
  });
});

describe('an alert saying the request\'s signature, the page or its link expired (dom/page-state.ts)', () => {
  const alert = (text: string) => `<div class="tea-alert" role="alert">${text}</div>`;
  const cvm = (text: string) => read(alert(text) + cvmDetail(teaItem('到期时间', '2027-12-05 23:59:59')), cvmUrl);
  const ecs = (text: string) => read(alert(text) + ecsDetail(infoRow('到期时间', '2027-12-05 23:59:59')), ecsUrl);

  it('the page shows no facts (the instance was read from what the page shows as not current)', () => {
    for (const text of ['签名已过期，请刷新页面后重试', '页面已过期，请刷新页面', '链接已失效，请重新获取', 'Request signature expired. Refresh the page.', 'The page has expired. Please refresh.', 'This link has expired']) {
      expect([text, cvm(text)]).toEqual([text, null]);
      expect([text, ecs(text)]).toEqual([text, null]);
    }
  });
  // guards: another thing's expiry (a verification, a certificate, a document's e-signature, a coupon) is no page error
  it("an alert naming another thing's expiry still leaves the page read", () => {
    for (const text of ['您的实名认证已过期', 'SSL 证书已过期', '电子签名已过期，请重新签署', '活动页面已下线', '优惠券已过期', 'Your real-name verification has expired']) {
      expect([text, cvm(text)?.facts.servers?.[0]?.expiresAt]).toEqual([text, '2027-12-05']);
      expect([text, ecs(text)?.facts.servers?.[0]?.expiresAt]).toEqual([text, '2027-12-05']);
    }
  });
});

describe("the Alibaba filing form's steps bar marking its current step by a class only (aliyun/beian-form.ts)", () => {
  // the form's page without pageAction in its URL: the steps bar says which step is shown
  const url = 'https://beian.aliyun.com/pcContainer/formpage';
  const entity = '<h4>主体信息</h4>' + filingItem('主办单位性质', '企业') + filingItem('主办单位名称', '杭州青禾文化传媒有限公司') + filingItem('主办单位证件号码', '9133**********6721');
  const website = '<h4>网站信息</h4>' + filingItem('网站名称', filingInput('青禾非遗数字馆')) + filingItem('网站域名', filingInput('qinghe-heritage.com'));
  const readerOf = (app: string) => readPage(page(app, url), new URL(url))?.reader;

  it('the page is the step the bar marks (next-step-item-process: the website step; was the entity step)', () => {
    expect(readerOf(filingSteps(2) + entity + website)).toBe('aliyun-beian-website');
  });
  // guards: the entity step marked so is the entity step; a bar marking two items by class says nothing (as before)
  it('the entity step marked so, or two items marked, read as before', () => {
    expect(readerOf(filingSteps(1) + entity + website)).toBe('aliyun-beian-entity');
    expect(readerOf(filingSteps(2).replace('next-step-item-finish', 'next-step-item-process') + entity + website)).toBe('aliyun-beian-entity');
  });
});
