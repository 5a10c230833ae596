import { describe, expect, it } from 'vitest';
import { realNameFromText } from '../../src/readers/shared/text-values';
import { ecsUrl, read } from '../helpers/console-pages';

/**
 * Second review of session 37's reader changes (/work/notes/review37.md): values a change now lost or invented
 * on console pages its author did not try, each failing before its fix.
 */

describe("a console's content box fixed under its header, holding a dismissible notice or tag, is the page, no panel over it (dom/overlay.ts floatingPanels)", () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const head = '<thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>到期时间</th></tr></thead>';
  const list = '<div class="tea-table"><table>' + head + '<tbody><tr><td>qingshan-tea.com</td><td>正常</td><td>已实名认证</td><td>2027-05-18 23:59:59</td></tr></tbody></table></div>';
  const layout = (inside: string) =>
    `<div class="tea-layout__header">腾讯云 控制台</div><div style="position: fixed; top: 50px; left: 200px; right: 0; bottom: 0; overflow: auto"><div class="c"><h2>我的域名</h2>${inside}${list}</div></div>`;
  const closable = [
    // a notice with its close button (TEA's class, then one whose classes say nothing)
    '<div class="tea-alert"><div class="tea-alert__body">域名实名认证新规已生效</div><button aria-label="关闭" class="tea-btn--icon">×</button></div>',
    '<div class="k1"><div class="k2">域名实名认证新规已生效</div><button aria-label="关闭">×</button></div>',
    // a filter's tag with antd's close icon (aria-label="close")
    '<div class="k3"><span class="ant-tag">状态：正常<span role="img" aria-label="close" class="anticon anticon-close ant-tag-close-icon"></span></span></div>',
  ];

  it('the list is read (lost since 2b17273: the content box had become a panel over the header)', () => {
    for (const c of closable) expect(read(layout(c), url)?.facts.domains?.map((d) => d.domain), c).toEqual(['qingshan-tea.com']);
    // a page title that is no heading (a box of words): the content box holds the page's <main>
    const main = (inside: string) => layout(inside).replace('<div class="c"><h2>我的域名</h2>', '<main class="c"><div class="k0">我的域名</div>').replace(/<\/div><\/div>$/, '</main></div>');
    expect(read(main(closable[1]!), url)?.facts.domains?.map((d) => d.domain), 'main').toEqual(['qingshan-tea.com']);
  });
  // guard: a fixed panel of its own beside that layout, with a close control, is still no part of the page
  it('a recently-viewed panel beside it is still none of the list', () => {
    const panel = `<div style="position: fixed; right: 0; top: 0; bottom: 0; width: 480px"><div><span>最近浏览</span><button aria-label="关闭">×</button></div><table>${head}<tbody><tr><td>青山茶业.公司</td><td>正常</td><td>已实名认证</td><td>2027-05-18</td></tr></tbody></table></div>`;
    expect(read(layout(closable[0]!), url, panel)?.facts.domains?.map((d) => d.domain)).toEqual(['qingshan-tea.com']);
  });
});

describe('a description grid drawn by one styled cell (label and value of one class list) is pairs by row, no run of peers (dom/field.ts peerItems)', () => {
  const c = (t: string) => `<div class="css-c">${t}</div>`;
  const app =
    `<h2>实例详情</h2><div class="css-g">${c('实例ID')}${c('i-bp1gapss34000001')}${c('地域')}${c('华东1（杭州）')}${c('付费方式')}${c('包年包月')}` +
    `${c('公网带宽')}${c('5 Mbps')}${c('到期时间')}${c('2027-03-01 23:59:59')}</div>`;

  it('an ECS detail in a grid of two or four columns keeps its id, region, billing, bandwidth and expiry (all lost since 301bbce)', () => {
    for (const cols of ['120px 1fr', 'repeat(2, 1fr)', '100px 1fr 100px 1fr', 'repeat(2, 100px 1fr)']) {
      const s = read(app, ecsUrl, '', `.css-g { display: grid; grid-template-columns: ${cols}; }`)?.facts.servers?.[0];
      expect(s, cols).toMatchObject({ id: 'i-bp1gapss34000001', region: 'cn-hangzhou', billing: 'subscription', publicBandwidthMbps: 5, expiresAt: '2027-03-01' });
    }
    // the same of list items (<ul> of <li>, label and value each an item)
    const items = app.replace('<div class="css-g">', '<ul class="css-g">').replace(/<\/div>$/, '</ul>').replace(/<div class="css-c">([^<]*)<\/div>/g, '<li class="css-c">$1</li>');
    expect(read(items, ecsUrl, '', '.css-g { display: grid; grid-template-columns: 120px 1fr; }')?.facts.servers?.[0], 'li').toMatchObject({ billing: 'subscription', publicBandwidthMbps: 5, expiresAt: '2027-03-01' });
  });
  // guard: a tab strip of one class list laid out in a row (flex) stays a run of peers (301bbce's case)
  it('a flex tab strip of one class list is still a run of peers', () => {
    const url = 'https://console.tencentcloud.com/domain/info/qinghe-art.com';
    const item = (l: string, v: string) => `<div class="css-it"><div class="css-lb"><label>${l}</label></div><div class="css-ct">${v}</div></div>`;
    const tabs = '<div class="css-tb"><div class="css-ti">Basic Info</div><div class="css-ti">Real-Name Verification</div><div class="css-ti">Domain Security</div></div>';
    const page = `<h1 class="css-h">qinghe-art.com</h1>${tabs}<form class="css-f">${item('Domain Name', '<input readonly value="qinghe-art.com">')}${item('Domain Owner (Chinese)', '<input readonly value="杭州青禾艺术有限公司"> <span class="css-tg">已实名认证</span>')}</form>`;
    expect(read(page, url, '', '.css-tb { display: flex; }')?.facts.domains?.[0]?.realNameVerified).toBe(true);
  });
});

describe('a breadcrumb or a menu whose classes say nothing is no key/value rows beside a page still loading (dom/page-state.ts shownPairRows)', () => {
  const url = 'https://beian.console.aliyun.com/#/serviceCode/list';
  const table = '<table><thead><tr><th>实例ID/名称</th><th>产品类型</th><th>地域</th><th>已使用/总数</th><th>操作</th></tr></thead><tbody></tbody></table>';
  const spin = '<div class="css-sp" aria-busy="true"><span class="css-dot"></span><div class="css-tip">加载中...</div></div>';
  const crumbs = [
    // antd 4's shape: item = link + separator
    '<div class="css-bc"><span class="css-i"><span class="css-l"><a>备案</a></span><span class="css-s">/</span></span><span class="css-i"><span class="css-l"><a>备案服务号管理</a></span><span class="css-s">/</span></span></div>',
    // no links: a separator is no value
    '<div class="css-bc"><span class="css-i"><span class="css-l">备案</span><span class="css-s">›</span></span><span class="css-i"><span class="css-l">备案服务号管理</span><span class="css-s">›</span></span></div>',
    // a side menu's links with their counts
    '<div class="css-mn"><a class="css-mi"><span class="css-mt">备案服务号</span><span class="css-mc">3</span></a><a class="css-mi"><span class="css-mt">我的备案</span><span class="css-mc">1</span></a></div>',
  ];

  it('an empty list under a busy spinner gives no facts, not "no servers" (servers: [] invented since 782dd8c)', () => {
    for (const c of crumbs) {
      expect(read(`<main class="css-m">${c}<h2>备案服务号管理</h2>${spin}<div class="css-t">${table}</div></main>`, url)?.facts, c).toBeUndefined();
      expect(read(`<main class="css-m">${c}<h2>备案服务号管理</h2><div class="css-w"><div>${spin}</div><div class="css-t">${table}</div></div></main>`, url)?.facts, c).toBeUndefined();
    }
  });
});

describe("an action word between a label and a note is the missing value's action, and the note no value (dom/field.ts shownAfter, rules/labels helpLinks)", () => {
  const url = 'https://console.cloud.tencent.com/domain/info/gangguang.cn';
  const r = (k: string, v: string) => `<div class="css-r"><span class="css-k">${k}</span>${v}</div>`;
  const info = (realName: string) =>
    read(
      `<h2>gangguang.cn</h2><div class="css-b">${r('域名', '<span class="css-v">gangguang.cn</span>')}${r('域名所有者', '<span class="css-v">杭州港光空间设计有限公司</span>')}` +
        `${r('实名认证状态', realName)}${r('到期时间', '<span class="css-v">2027-08-15</span>')}</div>`,
      url,
    )?.facts.domains?.[0];

  it('实名认证状态 [去认证] 认证审核通过后方可解析 gives no real-name status (true invented since 2b17273)', () => {
    expect(info('<a>去认证</a><span class="css-n">认证审核通过后方可解析</span>')?.realNameVerified).toBeUndefined();
    expect(info('<a>立即认证</a><span class="css-n">已认证的域名可正常解析</span>')?.realNameVerified).toBeUndefined();
  });
  // guards: a help link there is still the label's (2b17273's case), and a shown status is read
  it('a help link between the label and the value is passed over; 未实名认证 is read', () => {
    expect(info('<a href="#">帮助</a><span class="css-v">已实名认证</span>')?.realNameVerified).toBe(true);
    expect(info('<span class="css-v">未实名认证</span>')?.realNameVerified).toBe(false);
  });
});

describe("a card's title drawn large over a grey label and its value is no figure of that label (dom/field.ts valueAboveCaption withNote)", () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
  const style = '.css-t { font-size: 16px; font-weight: 600; } .css-k { font-size: 12px; color: #888; } .css-v { font-size: 12px; color: #333; }';
  const card = (t: string, k: string, v: string) => `<div class="css-c"><div class="css-t">${t}</div><div class="css-k">${k}</div><div class="css-v">${v}</div></div>`;
  const app = (cards: string) =>
    `<h2>实例详情</h2><div class="css-f"><div class="css-r"><div class="css-k">实例ID</div><div class="css-v">ins-4w6y8a0c</div></div><div class="css-r"><div class="css-k">地域</div><div class="css-v">广州</div></div></div><div class="css-g">${cards}</div>`;

  it('gives the value after the label (lost since ba334ff, or the title taken: 按量计费 / 2026-12-01 / 10 Mbps invented)', () => {
    expect(read(app(card('计费信息', '实例计费模式', '包年包月') + card('到期信息', '到期时间', '2027-03-01 10:00:00') + card('网络信息', '带宽上限', '5 Mbps')), url, '', style)?.facts.servers?.[0]).toMatchObject({
      billing: 'subscription',
      expiresAt: '2027-03-01',
      publicBandwidthMbps: 5,
    });
    expect(read(app(card('按量计费', '实例计费模式', '包年包月') + card('2026-12-01', '到期时间', '2027-03-01 10:00:00') + card('10 Mbps', '带宽上限', '5 Mbps')), url, '', style)?.facts.servers?.[0]).toMatchObject({
      billing: 'subscription',
      expiresAt: '2027-03-01',
      publicBandwidthMbps: 5,
    });
  });
});

describe("a help link's words are data: round twenty-six's 如何获取？ between a label and its value outside a label box is passed over (rules/labels helpLinks)", () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  const row = (k: string, between: string, v: string) => `<div class="css-r"><span class="css-k">${k}</span>${between}<span class="css-v">${v}</span></div>`;
  const form = (words: string) =>
    `<form class="css-f">${row('网站域名', '', '<span class="css-i"><input value="wangwu-photo.com"></span>')}${row('实例ID', '', '6e5d4c3b2a1940f8e7d6c5b4a3928170')}` +
    `${row('备案服务号', `<a href="https://help.aliyun.com/document_detail/93647.html" target="_blank">${words}</a>`, '2026120100018')}</form>`;

  it('the service number is read after 如何获取？ / How to get it? (passed over since 2b17273, kept with the help-link words)', () => {
    for (const words of ['如何获取？', 'How to get it?']) expect(read(form(words), url)?.facts.websites?.[0]?.serviceNumber, words).toBe('2026120100018');
  });
});

describe("round twenty-six's 验证 words say nothing of the real name after another subject: 邮箱未验证 beside 已实名认证 (shared/text-values.ts realNameFromText)", () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (rn: string) =>
    read(
      '<h1>域名列表</h1><table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>实名认证状态</th><th>到期时间</th></tr></thead><tbody>' +
        `<tr><td><a href="#/domain/details/info?domain=songlin-art.cn">songlin-art.cn</a></td><td>正常</td><td>宋林</td><td>${rn}</td><td>2027-09-30</td></tr></tbody></table>`,
      url,
    )?.facts.domains?.[0];

  it('已实名认证 with the holder\'s email not yet verified is verified (false invented since f775bd6)', () => {
    for (const rn of ['已实名认证（邮箱未验证）', '已实名认证<br>邮箱待验证', '<span class="next-tag">已实名认证</span><span class="next-tag">邮箱未验证</span>']) expect(list(rn)?.realNameVerified, rn).toBe(true);
    expect(realNameFromText('手机验证成功，未实名认证')).toBe(false);
    expect(realNameFromText('邮箱已验证')).toBeUndefined();
  });
  // guards: f775bd6's words bare or after 实名 still say it
  it('已验证 / 验证通过 / 实名验证通过 pass, 未验证 / 待验证 do not, 验证中 is unknown', () => {
    for (const t of ['已验证', '验证通过', '实名验证通过', '实名已验证', '已驗證']) expect(realNameFromText(t), t).toBe(true);
    for (const t of ['未验证', '待验证', '实名未验证']) expect(realNameFromText(t), t).toBe(false);
    expect(realNameFromText('验证中')).toBeUndefined();
  });
  // the merge of this review with s37-left's 未经验证 (Google's "Unverified"): bare it says not passed, after another
  // subject it is that subject's, as 未验证 is (the merge had stripped a bare 未经验证 as another subject's: 经 is Han)
  it('未经验证 / 未經驗證 bare are not passed; 邮箱未经验证 beside 已实名认证 says nothing of the real name', () => {
    for (const t of ['未经验证', '未經驗證', 'Domain holder 未经验证']) expect(realNameFromText(t), t).toBe(false);
    expect(list('已实名认证（邮箱未经验证）')?.realNameVerified).toBe(true);
    expect(realNameFromText('邮箱未经验证')).toBeUndefined();
  });
});

describe('rows taking turns whose label rows say the same words again are records, each under its header row, no description list (dom/turn-rows.ts)', () => {
  const rec = (o: string, d: string, m: string) =>
    `<tr><td class="css-h">订单号</td><td class="css-h">到期时间</td><td class="css-h">付费方式</td></tr><tr><td class="css-v">${o}</td><td class="css-v">${d}</td><td class="css-v">${m}</td></tr>`;
  const app = (orders: string) =>
    `<h2>实例详情</h2><div class="info"><div class="next-row"><span class="info-item-label">实例ID</span><span class="info-item-content">i-bp1gapss34000001</span></div>` +
    `<div class="next-row"><span class="info-item-label">地域</span><span class="info-item-content">华东1（杭州）</span></div></div><h3>续费记录</h3><table class="css-t"><tbody>${orders}</tbody></table>`;

  it("a renewal history's orders give the instance no billing and no expiry (按量付费 invented since 278fd27)", () => {
    const s = read(app(rec('20260401001', '2026-10-01', '按量付费') + rec('20251001001', '2026-04-01', '按量付费')), ecsUrl)?.facts.servers?.[0];
    expect(s?.id).toBe('i-bp1gapss34000001');
    expect(s?.billing).toBeUndefined();
    expect(s?.expiresAt).toBeUndefined();
  });
});
