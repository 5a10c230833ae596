import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { elementKind } from '../../src/readers/dom/units';

/**
 * What the Tencent Cloud pages rendered with the real TDesign library (test/fixtures-unseen/library-rendered,
 * session 31) found: each as a small page in the library's markup that failed before its fix.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));
const el = (html: string) => page(html, 'https://console.cloud.tencent.com/').body.firstElementChild!;

const formUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261204000318/website';
/** A TDesign FormItem: with a `help` prop the item is classed `t-form__item-with-help` (antd: `ant-form-item-with-help`). */
const item = (label: string, controls: string, help?: string) =>
  `<div class="t-form__item t-form-item__content${help ? ' t-form__item-with-help' : ''}"><div class="t-form__label t-form__label--required t-form__label--right" style="width: 140px;"><label>${label}</label></div>` +
  `<div class="t-form__controls" style="margin-left: 140px;"><div class="t-form__controls-content">${controls}</div>${help ? `<div class="t-input__help">${help}</div>` : ''}</div></div>`;
const input = (v: string) => `<div class="t-input__wrap"><div class="t-input t-align-left"><input placeholder="请输入" type="text" class="t-input__inner" value="${v}"></div></div>`;
const radios = (options: string[], checked: string) =>
  `<div class="t-radio-group">${options.map((o) => `<label class="t-radio${o === checked ? ' t-is-checked' : ''}"><input type="radio" class="t-radio__former" value="${o}"${o === checked ? ' checked' : ''}><span class="t-radio__input"></span><span class="t-radio__label">${o}</span></label>`).join('')}</div>`;

describe('a form item that has help is a field, not help (dom/units.ts)', () => {
  it('`…-with-help` / `has-…` name what a box holds: no kind from them; `…-help` itself stays help', () => {
    expect(elementKind(el('<div class="t-form__item t-form__item-with-help"></div>'))).toBeUndefined();
    expect(elementKind(el('<div class="ant-form-item ant-form-item-with-help"></div>'))).toBeUndefined();
    expect(elementKind(el('<div class="cell has-tooltip"></div>'))).toBeUndefined();
    expect(elementKind(el('<div class="t-input__help"></div>'))).toBe('help');
    expect(elementKind(el('<div class="next-form-item-help"></div>'))).toBe('help');
  });

  it('every domain of a 网站域名 item with help text is read (the second was lost: the item was help)', () => {
    const domains = `<div class="domain-rows"><div class="domain-row">${input('shuyan-travel.cn')} <a class="t-link t-link--theme-danger">删除</a></div>` +
      `<div class="domain-row">${input('mengshuyan.com')} <a class="t-link t-link--theme-danger">删除</a></div><a class="t-link t-link--theme-primary">+ 添加域名</a></div>`;
    const html = `<form class="t-form">${item('网站名称', input('书言的旅行手帐'), '请填写能体现网站内容的中文名称')}${item('网站域名', domains, '域名须已完成实名认证，且持有者与主办单位一致')}</form>`;
    expect(read(html, formUrl)?.facts.websites).toEqual([{ name: '书言的旅行手帐', domains: ['shuyan-travel.cn', 'mengshuyan.com'] }]);
  });
});

describe('the Tencent filing form: pre-approval and the filing province (tencent/beian-form.ts)', () => {
  const summary = `<div class="t-descriptions"><table><tbody><tr><td class="t-descriptions__label">主办单位性质</td><td class="t-descriptions__content">个人</td>` +
    `<td class="t-descriptions__label">主办单位名称</td><td class="t-descriptions__content">孟书言</td><td class="t-descriptions__label">备案省份</td><td class="t-descriptions__content">广东省</td></tr></tbody></table></div>`;
  const form = (pre: string) => `${summary}<form class="t-form">${item('网站名称', input('书言的旅行手帐'))}${item('网站域名', input('shuyan-travel.cn'))}${item('前置审批', radios(['不涉及', '涉及'], pre), '涉及新闻、出版、教育、医疗保健等须提供前置审批文件')}</form>`;

  it('前置审批 不涉及 → no pre-approval; 涉及 → involved', () => {
    expect(read(form('不涉及'), formUrl)?.facts.websites).toEqual([{ name: '书言的旅行手帐', domains: ['shuyan-travel.cn'], preApproval: false }]);
    expect(read(form('涉及'), formUrl)?.facts.websites).toEqual([{ name: '书言的旅行手帐', domains: ['shuyan-travel.cn'], preApproval: true }]);
  });

  it('备案省份 is the filing province', () => {
    expect(read(form('不涉及'), formUrl)?.facts.entity).toEqual({ type: 'individual', name: '孟书言', province: '广东省' });
  });
});

describe('Tencent domains: the registry statuses in Chinese, the pass date in the real-name value', () => {
  const listUrl = 'https://console.cloud.tencent.com/domain/mydomain';
  const row = (d: string, status: string, theme: string) =>
    `<tr><td><a class="t-link">${d}</a></td><td><div class="t-tag t-tag--${theme} t-tag--light t-size-s"><span title="${status}">${status}</span></div></td><td>2027-11-30 16:45:20</td></tr>`;
  it('a status tag 注册局暂停解析 / 注册商禁止转移 is the domain status (it was dropped: an unknown tag)', () => {
    const html = `<div class="t-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead><tbody>` +
      `${row('lq-notes.top', '注册局暂停解析', 'danger')}${row('lq-studio.com', '注册商禁止转移', 'warning')}${row('lq.cn', '正常', 'success')}</tbody></table></div>`;
    expect(read(html, listUrl)?.facts.domains?.map((d) => d.status)).toEqual([['注册局暂停解析'], ['注册商禁止转移'], ['正常']]);
  });

  it('a tag that is no status (推荐) is still left out', () => {
    const html = `<div class="t-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead><tbody>${row('lq.cn', '推荐', 'primary')}</tbody></table></div>`;
    expect(read(html, listUrl)?.facts.domains?.[0]?.status).toBeUndefined();
  });

  const infoUrl = 'https://console.cloud.tencent.com/domain/info/qingshan-tea.com';
  const info = (realName: string) => `<div class="t-descriptions"><table><tbody>` +
    `<tr><td class="t-descriptions__label">域名</td><td class="t-descriptions__content">qingshan-tea.com</td></tr>` +
    `<tr><td class="t-descriptions__label">域名所有者</td><td class="t-descriptions__content">杭州青山茶业有限公司</td></tr>` +
    `<tr><td class="t-descriptions__label">实名认证状态</td><td class="t-descriptions__content">${realName}</td></tr></tbody></table></div>`;
  it('"已认证（2025-04-03 11:20:05 审核通过）" gives the pass date', () => {
    const d = read(info('<span>已认证 <span class="muted">（2025-04-03 11:20:05 审核通过）</span></span>'), infoUrl)?.facts.domains?.[0];
    expect(d).toMatchObject({ realNameVerified: true, realNameVerifiedAt: '2025-04-03' });
  });
  it('a date in the value that is no pass (有效期至) gives none', () => {
    const d = read(info('<span>已认证 <span class="muted">（有效期至 2028-04-02）</span></span>'), infoUrl)?.facts.domains?.[0];
    expect(d?.realNameVerified).toBe(true);
    expect(d?.realNameVerifiedAt).toBeUndefined();
  });
});

describe('second TDesign batch: labels above values in td cells, a date column of two kinds', () => {
  it('bordered Descriptions with itemLayout vertical (rows of td.t-descriptions__label, then values) is one domain, not a one-row list', () => {
    const url = 'https://console.tencentcloud.com/domain/info/brightpine.net';
    const labels = (ls: string[]) => `<tr>${ls.map((l) => `<td colspan="1" class="t-descriptions__label">${l}</td>`).join('')}</tr>`;
    const values = (vs: string[]) => `<tr>${vs.map((v) => `<td colspan="1" class="t-descriptions__content">${v}</td>`).join('')}</tr>`;
    const html = `<h1>brightpine.net</h1><div class="t-descriptions"><table class="t-descriptions__body t-descriptions__body--border"><tbody>` +
      labels(['Domain Name', 'Registrar', 'Domain Status']) + values(['brightpine.net', 'Tencent Cloud Computing (Beijing) Co., Ltd.', '<div class="t-tag t-tag--success"><span>Normal</span></div>']) +
      labels(['Expiration Time', 'Registrant', 'ID Number']) + values(['2027-06-30 08:12:45', '广州明松贸易有限公司', '9144**********3M8P']) +
      `</tbody></table></div>`;
    const got = read(html, url);
    expect(got?.reader).toBe('tencent-domain-info');
    expect(got?.facts.domains).toEqual([{ domain: 'brightpine.net', registrar: 'Tencent Cloud Computing (Beijing) Co., Ltd.', registrantName: '广州明松贸易有限公司', registrantIdNumber: '9144**********3M8P', expiresAt: '2027-06-30', status: ['Normal'] }]);
  });

  it('a 到期/创建时间 column: "…到期" is the expiry and "…创建" the creation date (the expiry was read as a creation date)', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=8';
    const row = (id: string, pay: string, date: string) => `<tr><td><a>${id}</a></td><td>北京七区</td><td>${pay}</td><td>${date}</td></tr>`;
    const html = `<div class="t-table"><table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例计费模式</th><th>到期/创建时间</th></tr></thead><tbody>` +
      row('ins-n4m6b8v0', '包年包月', '2027-04-01 00:00:00到期') + row('ins-q1w3e5r7', '按量计费', '2026-11-02 18:20:11创建') + `</tbody></table></div>`;
    const servers = read(html, url)?.facts.servers;
    expect(servers?.map((s) => [s.id, s.expiresAt, s.createdAt])).toEqual([['ins-n4m6b8v0', '2027-04-01', undefined], ['ins-q1w3e5r7', undefined, '2026-11-02']]);
  });
});
