import { describe, expect, it } from 'vitest';
import { filingInput, filingItem, filingSelect, read } from '../helpers/console-pages';

/**
 * Second review of session 39's reader fixes (the left-open items, the review's, the lead's): small console pages the
 * fixes were not written for, each failing before its fix (checked by putting the old source back).
 */

describe("a Tencent 新增网站 form whose entity section says 已备案, the entity's filed website listed beside (tencent/beian-form.ts, after 6960cf6 / 1923e31)", () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261205000321/website';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
  const panel = (title: string, name: string, domain: string) =>
    `<div class="tea-accordion is-expanded"><div class="tea-accordion__header" role="button" aria-expanded="true"><span>${title}</span></div>` +
    `<div class="tea-accordion__body">${item('网站名称', `<div class="tea-form-text">${name}</div>`)}${item('网站域名', `<div class="tea-form-text">${domain}</div>`)}</div></div>`;
  const filed = `<div class="tea-card"><h3>已备案网站（8）</h3>${panel('网站 1　粤ICP备2018054321号-1', '海岸线官网', 'coastline-tech.com')}</div>`;
  // the entity and the website added in one form: the added website's block (the largest box holding no other 网站名称)
  // holds the entity's section too
  const form = (heading: string, entity: string) =>
    `<div class="tea-card"><form class="tea-form"><h3>主体信息${heading}</h3>${item('主办单位名称', '深圳市海岸线数字科技有限公司')}${entity}` +
    `<h3>网站信息（新增网站 1）</h3>${item('网站名称', '<input class="tea-input" value="海岸线开发者社区">')}${item('网站域名', '<input class="tea-input" value="coastline-dev.com">')}</form></div>`;
  const names = (app: string) => read('<h2>新增网站</h2>' + app, url)?.facts.websites?.map((w) => w.name);

  it("the entity's 已备案 tag (beside its number, in its heading, as its 备案状态) makes no filed website of the one added (the filed one was read as the filing's: invented)", () => {
    for (const [heading, entity] of [
      ['', item('主体备案号', '粤ICP备2018054321号 <span class="tea-tag tea-tag--success">已备案</span>')],
      [' <span class="tea-tag">已备案</span>', ''],
      ['', item('备案状态', '<span class="tea-tag">已备案</span>')],
    ]) {
      expect([entity || heading, names(form(heading!, entity!) + filed)]).toEqual([entity || heading, ['海岸线开发者社区']]);
      expect([entity || heading, names(filed + form(heading!, entity!))]).toEqual([entity || heading, ['海岸线开发者社区']]);
    }
  });
  it("the entity's list of its filed websites' numbers makes no filed website of the one added (invented)", () => {
    expect(names(form('', item('已备案网站', '粤ICP备2018054321号-1、粤ICP备2018054321号-2')) + filed)).toEqual(['海岸线开发者社区']);
  });
  it("a 已备案 tag beside the added website's domain (the domain's state) makes no filed website of it (the filed one beside was read as the filing's: invented)", () => {
    const added = `<div class="tea-card"><h3>网站信息（新增网站 1）</h3><form class="tea-form">${item('网站名称', '<input class="tea-input" value="海岸线开发者社区">')}` +
      `${item('网站域名', '<input class="tea-input" value="coastline-dev.com"> <span class="tea-tag">已备案</span>')}</form></div>`;
    expect(names(filed + added)).toEqual(['海岸线开发者社区']);
  });
  // guards: a filed website's own section (its panel, a 备案状态 field of its own) still marks it filed
  it("a filed website's tag or 备案状态 in its own section still marks it filed", () => {
    const tagged = `<div class="tea-card"><h3>已备案网站（8）</h3>${panel('网站 1<span class="tea-tag">已备案</span>', '海岸线官网', 'coastline-tech.com')}</div>`;
    expect(names(form('', '') + tagged)).toEqual(['海岸线开发者社区']);
    const own = `<div class="tea-card"><h3>已备案网站（8）</h3>${item('备案状态', '<span class="tea-tag">已备案</span>')}${item('网站名称', '海岸线官网')}${item('网站域名', 'coastline-tech.com')}</div>`;
    expect(names(form('', '') + own)).toEqual(['海岸线开发者社区']);
  });
});

describe("an Alibaba 新增网站 page, the website added opened above a filed website's panel whose title is no known one (aliyun/beian-form.ts, after 13286b0)", () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=addWebsite';
  const entity = '<section><h4>主体信息</h4>' + filingItem('主办单位性质', '企业') + filingItem('主办单位名称', '杭州青禾文化传媒有限公司') + '</section>';
  const panel = (title: string, body: string) =>
    `<div class="next-collapse-panel next-collapse-panel-expanded"><div class="next-collapse-panel-title" role="button" aria-expanded="true">${title}</div><div class="next-collapse-panel-content">${body}</div></div>`;
  const added = panel(
    '网站 3<span class="next-tag next-tag-new">本次新增</span>',
    filingItem('网站名称', filingInput('青禾非遗数字馆')) + filingItem('网站域名', '<textarea>qinghe-heritage.com</textarea>') + filingItem('网站服务内容', filingSelect('文化')),
  );
  // (a link beside the filing number: no website panel's title, so its fields fall in the section before — the added one)
  const filed = panel('网站 1　浙ICP备2021034567号-1 <a href="#">查看备案详情</a>', filingItem('网站名称', '青禾文化官网') + filingItem('网站域名', 'qinghe-culture.com'));
  const websites = (panels: string) => read(entity + '<h4>网站信息</h4><div class="next-collapse">' + panels + '</div>', url)?.facts.websites ?? [];

  it("the filed website's domain is not given to the one added (two names and two domain fields under one section: none; gave qinghe-culture.com as the added website's)", () => {
    expect(websites(added + filed).flatMap((w) => w.domains)).not.toContain('qinghe-culture.com');
  });
  // guard: the filed panel above the added one (its fields in the 网站信息 section before) still leaves the added website read
  it('the filed panel above the one added leaves the added website read', () => {
    expect(websites(filed + added).map((w) => [w.name, w.domains])).toEqual([['青禾非遗数字馆', ['qinghe-heritage.com']]]);
  });
});

const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const cvmRow = (billing: string) =>
  '<table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th></tr></thead><tbody>' +
  `<tr><td><a>ins-gz7v2r9m</a></td><td>广州三区</td><td>2核 4GB 10Mbps</td><td>119.29.40.18(公)</td><td>${billing}</td></tr></tbody></table>`;
const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
const ecsRow = (billing: string) =>
  '<table><thead><tr><th>实例ID/名称</th><th>所在可用区</th><th>IP地址</th><th>状态</th><th>付费方式</th></tr></thead><tbody>' +
  `<tr><td><a href="#/server/i-bp1a2b3c4d5e6f7g8h9i/detail">i-bp1a2b3c4d5e6f7g8h9i</a></td><td>杭州 可用区I</td><td>47.96.20.11(公)</td><td>运行中</td><td>${billing}</td></tr></tbody></table>`;

describe('an unpaid order with its auto-renewal setting noted before its date (shared/text-values.ts unpaidOrderBefore, after 30df1ce)', () => {
  it('包年包月（待支付）, then 自动续费 / 到期自动续费 / 已开通自动续费, then the date: no expiry (the unpaid order\'s date was read: invented)', () => {
    for (const line of ['自动续费', '到期自动续费', '已开通自动续费']) {
      expect([line, read(cvmRow(`<p>包年包月（待支付）</p><p>${line}</p><p>2027-12-05 到期</p>`), cvmListUrl)?.facts.servers?.[0]?.expiresAt]).toEqual([line, undefined]);
      expect([line, read(ecsRow(`包年包月（待支付）<br>${line}<br>2027-06-30 到期`), ecsListUrl)?.facts.servers?.[0]?.expiresAt]).toEqual([line, undefined]);
    }
  });
  // guard: a renewal's order to pay still keeps the subscription's expiry (30df1ce's own case)
  it('a renewal order to pay still keeps the expiry', () => {
    expect(read(cvmRow('<p>包年包月</p><p>有 1 笔续费订单待支付</p><p>2027-12-05 到期</p>'), cvmListUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-12-05');
    expect(read(ecsRow('包年包月<br>自动续费<br>续费订单待支付<br>2027-06-30 到期'), ecsListUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-06-30');
  });
});

describe('a relative time before 后 that is a term of an action to come, not a countdown to the expiry (tencent/values.ts afterEvent, after 58ab1c3)', () => {
  it('续费 1 个月后 2027-12-05 到期 / 续费 3 个月后 above the date: the date after the renewal is no expiry (was read: invented)', () => {
    for (const cell of ['<p>包年包月</p><p>续费 1 个月后 2027-12-05 到期</p>', '<p>包年包月</p><p>续费 3 个月后</p><p>2028-03-05 到期</p>', '<p>包年包月</p><p>升级 1 年后</p><p>2028-03-05 到期</p>']) {
      expect([cell, read(cvmRow(cell), cvmListUrl)?.facts.servers?.[0]?.expiresAt]).toEqual([cell, undefined]);
    }
  });
  // guard: 58ab1c3's countdowns above the expiry still leave it read
  it('a countdown (7 天后到期, 3 个月后过期) above the expiry keeps it', () => {
    for (const line of ['7 天后到期', '3 个月后过期']) {
      expect([line, read(cvmRow(`<p>包年包月</p><p>${line}</p><p>2027-12-05 到期</p>`), cvmListUrl)?.facts.servers?.[0]?.expiresAt]).toEqual([line, '2027-12-05']);
    }
  });
});

describe('a row hidden but still laid out (visibility: hidden, aria-hidden, a hiding class no style sheet applies) keeps its row-spanning cells in the table (dom/table.ts, after 99a2baf)', () => {
  const url = 'https://console.cloud.tencent.com/domain';
  const head = '<h2>我的域名</h2><table><thead><tr><th>域名</th><th>分组</th><th>到期时间</th><th>注册时间</th></tr></thead><tbody>';
  const row = (d: string, group: string, exp: string, reg: string, attr = '') => `<tr${attr}><td>${d}</td>${group}<td>${exp}</td><td>${reg}</td></tr>`;
  const table = (attr: string) =>
    head + row('qinghe-a.com', '<td rowspan="2">默认分组</td>', '2027-05-20', '2021-05-20', attr) + row('qinghe-b.com', '', '2026-12-20', '2020-12-20') + '</tbody></table>';
  const domains = (attr: string) => read(table(attr), url)?.facts.domains?.map((d) => [d.domain, d.expiresAt]);

  it('the row under it keeps its columns: its expiry is its 到期时间, not its 注册时间 (the registration date was read as the expiry: invented)', () => {
    for (const attr of [' style="visibility: hidden"', ' aria-hidden="true"', ' class="is-hidden"']) {
      expect([attr, domains(attr)]).toEqual([attr, [['qinghe-b.com', '2026-12-20']]]);
    }
  });
  // guard: a row a browser lays out nowhere (hidden, display: none) covers nothing (99a2baf)
  it('a row not laid out (hidden, display: none) covers no row under it', () => {
    const shifted = (attr: string) =>
      head + row('qinghe-a.com', '<td rowspan="2">默认分组</td>', '2027-05-20', '2021-05-20', attr) + '<tr><td>qinghe-b.com</td><td>未分组</td><td>2026-12-20</td><td>2020-12-20</td></tr></tbody></table>';
    for (const attr of [' hidden', ' style="display: none"']) {
      expect([attr, read(shifted(attr), url)?.facts.domains?.map((d) => [d.domain, d.expiresAt])]).toEqual([attr, [['qinghe-b.com', '2026-12-20']]]);
    }
  });
});

describe("a filed website's fields above the one being added under one section, the added website's domain not yet filled in (aliyun/beian-form.ts domainFields, after 8dbc01c)", () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=addWebsite';
  const entity = '<h4>主体信息</h4>' + filingItem('主办单位性质', '企业') + filingItem('主办单位名称', '杭州青禾文化传媒有限公司');
  const filed = '<div class="filed-box">' + filingItem('网站名称', '青禾文化官网') + filingItem('网站域名', 'qinghe-culture.com') + '</div>';
  const added = (domain: string) =>
    filingItem('网站名称', filingInput('青禾非遗数字馆')) + filingItem('网站域名', `<textarea placeholder="请输入域名">${domain}</textarea>`) + filingItem('网站服务内容', filingSelect('文化'));
  const websites = (app: string) => read(entity + '<h4>网站信息</h4>' + app, url)?.facts.websites ?? [];

  it("two names over two domain fields, one of them empty, give no website (the filed website was read as the filing's, with the added one's content: invented)", () => {
    expect(websites(filed + added(''))).toEqual([]);
  });
  // guard: 网站名称 and 网站名称（英文）over one domain field are one website's names (8dbc01c)
  it('two names over one domain field are still one website', () => {
    const one = filingItem('网站名称', filingInput('青禾非遗数字馆')) + filingItem('网站名称（英文）', filingInput('Qinghe Heritage')) + filingItem('网站域名', '<textarea>qinghe-heritage.com</textarea>');
    expect(websites(one).map((w) => [w.name, w.domains])).toEqual([['青禾非遗数字馆', ['qinghe-heritage.com']]]);
  });
});
