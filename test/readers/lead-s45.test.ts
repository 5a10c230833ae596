import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, filingInput, filingItem, filingSelect, filingSteps, read, teaItem } from '../helpers/console-pages';

/**
 * The lead's fixes of session 45, each a small console page that failed before its fix.
 */

describe('a select that can be searched is a field of a dialog, not its search box (dom/lookup-box searchBoxUpTo, asked by aliyun/filing-dialogs)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage';
  const dialog = (title: string, body: string) =>
    `<div class="ant-modal-root"><div class="ant-modal-wrap"><div role="dialog" aria-modal="true" class="ant-modal"><div class="ant-modal-content">` +
    `<div class="ant-modal-header"><div class="ant-modal-title">${title}</div></div><div class="ant-modal-body">${body}</div>` +
    `<div class="ant-modal-footer"><button class="ant-btn">取消</button><button class="ant-btn ant-btn-primary">验证</button></div></div></div></div></div>`;
  const step = `${filingSteps(0)}<h3>基础信息</h3><form class="next-form">${filingItem('网站域名', filingInput('qingshan-tea.cn'))}${filingItem('服务器', '<button type="button" class="next-btn">产品验证</button>')}</form>`;
  const radios = '<div role="radiogroup" class="ant-radio-group"><label class="ant-radio-wrapper ant-radio-wrapper-checked"><span class="ant-radio ant-radio-checked"><input type="radio" class="ant-radio-input" checked></span><span>云服务器ECS</span></label>' +
    '<label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" class="ant-radio-input"></span><span>轻量应用服务器</span></label></div>';
  const antdItem = (label: string, control: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label>${label}</label></div>` +
    `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;
  const searchableSelect = (value: string) =>
    `<div class="ant-select ant-select-single ant-select-show-search"><div class="ant-select-selector"><span class="ant-select-selection-search">` +
    `<input type="search" role="combobox" aria-expanded="false" class="ant-select-selection-search-input" value=""></span>` +
    `<span class="ant-select-selection-item" title="${value}">${value}</span></div></div>`;

  it('the 产品验证 dialog asking the instance with an antd select that can be searched, over a step whose 实例ID box is still empty, gives its instance and number (had given none: the select read as a search box, the dialog as a quote)', () => {
    const emptyBox = `${step.replace('</form>', '')}${filingItem('实例ID', filingInput(''))}</form>`;
    for (const product of ['', antdItem('产品类型', radios)]) {
      const verify = dialog('产品验证', `<form class="ant-form">${product}${antdItem('实例ID', searchableSelect('i-bp1searchselect0007'))}${antdItem('备案服务号', '<span>3502027788</span>')}</form>`);
      expect(read(emptyBox, url, verify)?.facts.websites, product).toEqual([{ domains: ['qingshan-tea.cn'], serverId: 'i-bp1searchselect0007', serviceNumber: '3502027788' }]);
    }
  });

  // guard: a picker whose only control is a search box (ant-input-search) still quotes its records
  it('a 选择实例 picker with only a search box and instance cards with radios gives the step no server', () => {
    const search = '<span class="ant-input-group-wrapper ant-input-search"><span class="ant-input-wrapper ant-input-group"><input class="ant-input" placeholder="搜索实例" value=""></span></span>';
    const card = `<div class="instance-card"><label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" class="ant-radio-input"></span></label><div>实例ID：i-bp1pickercard000001</div><div>备案服务号：3502027788</div></div>`;
    expect(read(step, url, dialog('选择实例', search + card))?.facts.websites).toEqual([{ domains: ['qingshan-tea.cn'] }]);
  });
});

describe('an expiry under another event\'s dated line in its cell is read (dom/parse-date expiryAfterEventLine)', () => {
  const domainUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const domainList = (expiry: string) =>
    `<div class="tea-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>` +
    `<tr><td><a href="/domain/info/lanshan-shop.net">lanshan-shop.net</a></td><td><span class="tea-tag">续费宽限期</span></td><td>陈蓝山</td><td>${expiry}</td></tr></tbody></table></div>`;
  const cvmExpiry = (v: string) => read(cvmDetail(teaItem('到期时间', v)), cvmUrl)?.facts.servers?.[0]?.expiresAt;
  const domainExpiry = (v: string) => read(domainList(v), domainUrl)?.facts.domains?.[0]?.expiresAt;

  it('"将于 2026-12-10 10:00:00 销毁" over 2026-11-25 gives 2026-11-25; "续费宽限期至 2026-12-18" over 2026-11-18 gives 2026-11-18 (both had given none)', () => {
    expect(cvmExpiry('<div>将于 2026-12-10 10:00:00 销毁</div><div>2026-11-25 23:59:59</div>')).toBe('2026-11-25');
    expect(cvmExpiry('<div class="tea-text-danger">2026-12-10 10:00:00 将被销毁</div><div>到期时间：2026-11-25 23:59:59</div>')).toBe('2026-11-25');
    expect(domainExpiry('<div>续费宽限期至 2026-12-18</div><div>2026-11-18</div>')).toBe('2026-11-18');
    expect(domainExpiry('<p>赎回期至 2027-01-17</p><p>2026-11-18 10:00:00</p>')).toBe('2026-11-18');
  });

  // guards: a date other words name after the event's line, a range, an event to come — no expiry, as before
  it('a date named otherwise after the event (隔离时间), a period\'s range, a date after renewal give none', () => {
    expect(cvmExpiry('<div>将于 2026-12-10 销毁</div><div>隔离时间 2026-11-26</div>')).toBeUndefined();
    expect(domainExpiry('续费宽限期 2026-11-19 至 2026-12-18')).toBeUndefined();
    expect(domainExpiry('赎回期 2026-12-19 ~ 2027-01-17')).toBeUndefined();
    expect(domainExpiry('<div>续费宽限期至 2026-12-18</div><div>续费后 2027-11-18 到期</div>')).toBeUndefined();
    expect(cvmExpiry('<div>将于 2026-12-10 销毁</div><div>2026-11-25 释放</div>')).toBeUndefined();
    // (the expiry first, as before)
    expect(domainExpiry('<div>2026-11-18</div><div>续费宽限期至 2026-12-18</div>')).toBe('2026-11-18');
  });
});

describe('a Tencent domain\'s transfer status in the international console\'s words is a status (rules/labels/tencent.json domainStatuses)', () => {
  const domainUrl = 'https://console.tencentcloud.com/domain/all-domain/all';
  const list = (tag: string) =>
    `<div class="tea-table"><table><thead><tr><th>Domain</th><th>Status</th><th>Registrant</th><th>Expiration Time</th></tr></thead><tbody>` +
    `<tr><td><a href="/domain/info/lanshan-shop.net">lanshan-shop.net</a></td><td><span class="tea-tag">${tag}</span></td><td>Chen Lanshan</td><td>2027-08-15 10:00:00</td></tr></tbody></table></div>`;
  it('"Transfer in progress" and "Transfer pending" are read as the status (round forty-seven\'s variants had none)', () => {
    for (const tag of ['Transfer in progress', 'Transfer Pending']) expect(read(list(tag), domainUrl)?.facts.domains?.[0]?.status, tag).toEqual([tag]);
  });
});

describe('a returned filing\'s former-value line beside a select drawn as a span is left out past actions, tags and wrappers (aliyun/beian-form withoutFormerBox)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage';
  const line = '<div class="reject-mark">已修改 · 原选择：综合门户</div>';
  const page = (content: string) =>
    `${filingSteps(2)}<h3>网站信息</h3><form class="next-form">${filingItem('网站名称', filingInput('海晏文化'))}${filingItem('网站域名', filingInput('haiyan-culture.com'))}` +
    `${filingItem('网站服务内容', content)}</form>`;
  const contentOf = (c: string) => read(page(c), url)?.facts.websites?.[0]?.content;

  it('with an action link, a button and a tag after the line, or the select and the line in wrappers, the content is 文化 (had been "文化 已修改 · 原选择:综合门户")', () => {
    expect(contentOf(filingSelect('文化') + line), 'as written').toBe('文化');
    expect(contentOf(filingSelect('文化') + line + '<a href="#" class="link">修改</a><button type="button" class="next-btn">重新选择</button><span class="next-tag next-tag-green">推荐</span>'), 'actions and a tag').toBe('文化');
    expect(contentOf(`<div class="x-inner"><div>${filingSelect('文化')}${line}</div></div>`), 'wrappers').toBe('文化');
  });

  // guard: two parts showing values beside the line leave the whole value (no part chosen)
  it('two selects beside the line: nothing chosen between them, the line still named as the former value', () => {
    expect(contentOf(filingSelect('文化') + filingSelect('教育') + line)).not.toBe('文化');
  });
});

describe('a real-name tag known only by its words beside a holder\'s name is a state, no part of the name (shared/text-values withoutRealNameWord, aliyun/domain-list)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (holder: string) =>
    `<h2>域名列表</h2><table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>` +
    `<tr><td><a>haiyan.shop</a></td><td><span class="x7f2a">正常</span></td><td>${holder}</td><td>2027-11-20</td></tr></tbody></table>`;
  const domain = (holder: string) => read(list(holder), url)?.facts.domains?.[0];

  it('"陈海晏 <span class=hash>待实名认证</span>" gives the name 陈海晏, not verified (had given "陈海晏 待实名认证")', () => {
    for (const [tag, verified] of [['待实名认证', false], ['实名审核失败', false], ['已实名认证', true]] as const) {
      const d = domain(`<span class="a1b2c">陈海晏</span> <span class="k9x8">${tag}</span>`);
      expect(d?.registrantName, tag).toBe('陈海晏');
      expect(d?.realNameVerified, tag).toBe(verified);
    }
  });

  // guards: a company whose name holds the words, a name of two words
  it('a company named 北京实名科技有限公司 and a name "Chen Haiyan" keep their words', () => {
    expect(domain('北京实名科技有限公司')?.registrantName).toBe('北京实名科技有限公司');
    expect(domain('Chen Haiyan')?.registrantName).toBe('Chen Haiyan');
    expect(domain('杭州海晏 实名科技')?.registrantName).toBe('杭州海晏 实名科技');
  });
});
