import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Second review of session 38's reader changes (/work/notes/review39.md: rounds thirty-one and thirty-two and the
 * lead's fixes): values a change now invented or lost on console pages its author did not try, each failing before
 * its fix; guards where a probe found nothing broken.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const cvmRow = (billing: string) =>
  '<table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th></tr></thead><tbody>' +
  `<tr><td><a>ins-gz7v2r9m</a></td><td>广州三区</td><td>2核 4GB 10Mbps</td><td>119.29.40.18(公)</td><td>${billing}</td></tr></tbody></table>`;
const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
const ecsRow = (billing: string) =>
  '<table><thead><tr><th>实例ID/名称</th><th>所在可用区</th><th>IP地址</th><th>状态</th><th>付费方式</th></tr></thead><tbody>' +
  `<tr><td><a href="#/server/i-bp1a2b3c4d5e6f7g8h9i/detail">i-bp1a2b3c4d5e6f7g8h9i</a></td><td>杭州 可用区I</td><td>47.96.20.11(公)</td><td>运行中</td><td>${billing}</td></tr></tbody></table>`;

describe("an unpaid order's words about another order (a renewal) leave the subscription's expiry (shared/text-values.ts UNPAID_BEFORE)", () => {
  it('an ECS list row 包年包月 noting a renewal order to pay before its expiry keeps the expiry (it was lost since dcf0ca2)', () => {
    for (const cell of ['包年包月<br>有待支付的续费订单<br>2027-06-30 23:59 到期', '包年包月 续费订单待支付 2027-06-30 23:59 到期', '包年包月<br><span class="next-tag">续费待支付</span><br>2027-06-30 23:59 到期']) {
      const got = read(ecsRow(cell), ecsListUrl)?.facts?.servers?.[0];
      expect([got?.billing, got?.expiresAt], cell).toEqual(['subscription', '2027-06-30']);
    }
  });
  it('a CVM list row likewise (it was lost since 406f45b)', () => {
    for (const cell of ['<p>包年包月</p><p class="tea-text-weak">有 1 笔续费订单待支付</p><p class="tea-text-weak">2027-12-05 10:00:00到期</p>', '<p>Monthly Subscription</p><p class="tea-text-weak">Renewal order pending payment</p><p class="tea-text-weak">Expires at 2027-12-05 10:00:00</p>']) {
      const got = read(cvmRow(cell), cvmListUrl)?.facts?.servers?.[0];
      expect([got?.billing, got?.expiresAt], cell).toEqual(['subscription', '2027-12-05']);
    }
  });
  it('guard: a mode\'s order to pay without a bracket (包年包月订单待支付 2027-12-05 到期) under pay-as-you-go gives no expiry (the bracket-only mark of f32ffa9 read it: invented)', () => {
    const ecs = read(ecsRow('按量付费<br>包年包月订单待支付<br>2027-06-30 到期'), ecsListUrl)?.facts?.servers?.[0];
    expect(ecs).not.toHaveProperty('expiresAt');
    const cvm = read(cvmRow('<p>按量计费</p><p class="tea-text-weak">包年包月订单待支付</p><p class="tea-text-weak">2027-12-05 到期</p>'), cvmListUrl)?.facts?.servers?.[0];
    expect(cvm).not.toHaveProperty('expiresAt');
  });
});

describe("a mode marked unpaid (包年包月（待支付）, (pending payment)) gives its date no expiry, in English too (tencent/values.ts dateNextTo)", () => {
  it('a CVM list row under Pay-as-you-go noting "Monthly subscription (pending payment) expires at 2027-12-05" has no expiry (the date was read: invented — the mark lay beyond the 24 characters looked at); the Chinese and Alibaba forms as before', () => {
    for (const cell of ['按量付费<br>包年包月（待支付）2027-06-30 到期', '按量付费 包年包月(未支付) 2027-06-30到期']) {
      const got = read(ecsRow(cell), ecsListUrl)?.facts?.servers?.[0];
      expect(got?.billing, cell).toBe('payg');
      expect(got, cell).not.toHaveProperty('expiresAt');
    }
    for (const cell of ['<p>按量计费</p><p class="tea-text-weak">包年包月（待支付）2027-12-05 到期</p>', '<p>Pay-as-you-go</p><p class="tea-text-weak">Monthly subscription (pending payment) expires at 2027-12-05</p>']) {
      const got = read(cvmRow(cell), cvmListUrl)?.facts?.servers?.[0];
      expect(got?.billing, cell).toBe('payg');
      expect(got, cell).not.toHaveProperty('expiresAt');
    }
  });
});

describe("a pay-as-you-go CVM row has no expiry from its billing cell: a date a conversion line calls one is the converted term's (tencent/cvm-instance-list.ts; as the Alibaba ECS list)", () => {
  it('a CVM list row under 按量计费 noting "转包年包月 1 年，2027-12-05 到期" (round thirty-one\'s line without 转换后) has no expiry (it was read: invented)', () => {
    for (const note of ['转包年包月 1 年，2027-12-05 到期', '转为包年包月 1 年，将于 2027-12-05 到期', '如转包年包月，2027-12-05 到期']) {
      const got = read(cvmRow(`<p>按量计费</p><p class="tea-text-weak">2026-11-02 14:05:33创建</p><p class="tea-text-weak">${note}</p>`), cvmListUrl)?.facts?.servers?.[0];
      expect(got?.billing, note).toBe('payg');
      expect(got?.createdAt, note).toBe('2026-11-02');
      expect(got, note).not.toHaveProperty('expiresAt');
    }
  });
  it('guard: a subscription keeps its expiry; a mode not read keeps the date shown', () => {
    expect(read(cvmRow('<p>包年包月</p><p class="tea-text-weak">2027-03-01 12:00:00到期</p>'), cvmListUrl)?.facts?.servers?.[0]?.expiresAt).toBe('2027-03-01');
    expect(read(cvmRow('<p class="tea-text-weak">2027-03-01 12:00:00到期</p>'), cvmListUrl)?.facts?.servers?.[0]?.expiresAt).toBe('2027-03-01');
  });
});

describe("a relative time or the expiry itself before a date is no event to come (tencent/values.ts dateNextTo, since c72cf38)", () => {
  it('a subscription CVM row whose billing cell notes "7 天后到期" or "到期后自动续费" above its expiry keeps the expiry (it was lost)', () => {
    for (const note of ['7 天后到期', '到期后自动续费', '3 个月后到期', 'Expires after 7 days', 'Auto-renews after expiry']) {
      const got = read(cvmRow(`<p>包年包月</p><p class="tea-text-weak">${note}</p><p class="tea-text-weak">2026-12-12 10:00:00到期</p>`), cvmListUrl)?.facts?.servers?.[0];
      expect([got?.billing, got?.expiresAt], note).toEqual(['subscription', '2026-12-12']);
    }
  });
  it('guard: a date after a change to come (转包年包月后, 支付后将于, After payment) is still none', () => {
    for (const line of ['转包年包月后 2027-12-05 到期', '支付后将于 2027-12-05 到期', 'After payment, expires on 2027-12-05', 'After renewal expires at 2027-12-05']) {
      const got = read(cvmRow(`<p>包年包月</p><p class="tea-text-weak">${line}</p>`), cvmListUrl)?.facts?.servers?.[0];
      expect(got, line).not.toHaveProperty('expiresAt');
    }
  });
});

describe("a website's name beside its English name is one website, not two mixed (aliyun/beian-form.ts, since 24f951b)", () => {
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=addWebsite';
  const entity = `<h4>主体信息</h4>${item('主办单位名称', '杭州某某文化有限公司')}${item('主办单位性质', '企业')}`;

  it('网站名称 and 网站名称（英文） over one domain field give the website (it was lost: no website)', () => {
    const body = entity + `<h4>网站信息</h4>${item('网站名称', '<input value="青禾数字馆">')}${item('网站名称（英文）', '<input value="Qinghe Digital Museum">')}${item('网站域名', '<textarea>qinghe-a.com</textarea>')}`;
    expect(read(body, url)?.facts.websites).toEqual([{ name: '青禾数字馆', domains: ['qinghe-a.com'] }]);
  });
  it("guard: two websites' fields (a name and a domain field each) under one section still give none mixed", () => {
    const body = entity + `<h4>网站信息</h4><div class="panel">${item('网站名称', '青禾文化官网')}${item('网站域名', 'filed-a.com')}</div><div class="panel">${item('网站名称', '<input value="青禾数字馆">')}${item('网站域名', '<textarea>new-b.com</textarea>')}</div>`;
    const websites = read(body, url)?.facts.websites ?? [];
    expect(websites.filter((w) => w.domains.includes('filed-a.com') && w.domains.includes('new-b.com'))).toEqual([]);
    expect(websites.filter((w) => w.name === '青禾数字馆' && w.domains.includes('filed-a.com'))).toEqual([]);
    expect(websites.filter((w) => w.name === '青禾文化官网' && w.domains.includes('new-b.com'))).toEqual([]);
  });
});

describe('a status word that begins like a note word is a status (shared/text-values.ts isStatusNote)', () => {
  const li = (label: string, value: string) => `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls tea-form__controls--text"><div class="tea-form-text">${value}</div></div></li>`;
  const tencentDomain = (status: string) =>
    `<ul class="tea-form">${li('域名', 'linxi-tea.com')}${li('注册商', '烟台帝思普网络科技有限公司')}${li('到期时间', '2026-11-18 09:12:40')}${li('域名状态', status)}${li('域名所有者', '林曦')}</ul>`;
  const aliyunDomains = (status: string) =>
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>持有者</th><th>到期日期</th><th>操作</th></tr></thead><tbody>' +
    `<tr><td><a>zhouyu.shop</a></td><td>${status}</td><td>周宇</td><td>2026-11-02</td><td><a>续费</a></td></tr></tbody></table>`;

  it('a domain\'s status "Expired" is read (it was taken for a note "expires …": no status)', () => {
    expect(read(tencentDomain('<span class="tea-tag">Expired</span>'), 'https://console.cloud.tencent.com/domain/info/linxi-tea.com')?.facts?.domains?.[0]?.status).toEqual(['Expired']);
    expect(read(aliyunDomains('<span class="next-tag">Expired</span>'), 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain')?.facts?.domains?.[0]?.status).toEqual(['Expired']);
  });
  it('guard: "Expires in 5 days", "Expected within 10 minutes" beside a status are still notes', () => {
    for (const note of ['Expires in 5 days', 'Expected within 10 minutes']) {
      expect(read(tencentDomain(`<span class="tea-tag">续费中</span> <span class="tea-text-weak">${note}</span>`), 'https://console.cloud.tencent.com/domain/info/linxi-tea.com')?.facts?.domains?.[0]?.status, note).toEqual(['续费中']);
    }
  });
});
