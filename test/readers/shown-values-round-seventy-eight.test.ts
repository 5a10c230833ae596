import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the seventy-eighth round of held-out pages (plain pages of both providers: domains in unusual states and
 * names — IDNs with their punycode, serverHold, redemption, pending delete, transfers, real-name review and failure with a
 * reason, DNS-only rows: test/fixtures-unseen/README.md "Seventy-eighth round") and its variants, each narrowed in a scratch
 * copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'zh-CN') => readPage(page(body, url, lang), new URL(url));

const aliyunListUrl = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
const tag = (t: string, kind = 'default') => `<span class="next-tag next-tag-${kind} next-tag-small"><span class="next-tag-body">${t}</span></span>`;
const td = (inner: string) => `<td class="next-table-cell" role="gridcell"><div class="next-table-cell-wrapper">${inner}</div></td>`;
const aliyunList = (heads: string[], rows: string[][]) =>
  '<div class="next-table" role="grid"><table role="table"><thead><tr>' +
  heads.map((h) => `<th class="next-table-header-node" role="columnheader"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
  '</tr></thead><tbody class="next-table-body">' +
  rows.map((r) => `<tr class="next-table-row" role="row">${r.map(td).join('')}</tr>`).join('') +
  '</tbody></table></div>';

describe('round seventy-eight: the Alibaba domain list\'s real-name cell with a reason line', () => {
  // The 实名认证 cell "<tag>审核失败</tag> 原因：营业执照上的名称与持有者名称不一致 重新提交": the cell's value text is the reason line
  // (the tag is its status), which says no state — realNameVerified was lost (zh and the English "Verification Failed" /
  // "Reason: …" alike).
  const heads = ['域名', '域名状态', '域名持有者', '实名认证', '到期日期'];
  const row = (realName: string) => ['bjzj-food.com', tag('过户中', 'processing'), '张三', realName, '2027-06-30'];

  it('reads 审核失败 from its tag when a reason line is under it', () => {
    const html = aliyunList(heads, [row(tag('审核失败', 'warning') + '<div class="text-muted">原因：营业执照上的名称与持有者名称不一致</div><a class="next-btn-text" href="#">重新提交</a>')]);
    expect(read(html, aliyunListUrl)?.facts.domains?.[0]).toMatchObject({ domain: 'bjzj-food.com', realNameVerified: false });
  });

  it('reads "Verification Failed" from its tag when a reason line is under it (English)', () => {
    const en = aliyunList(['Domain Name', 'Status', 'Registrant', 'Real-name Verification', 'Expiration Date'], [
      ['shangdian.net', tag('Redeem Urgently', 'warning'), '王五', tag('Verification Failed', 'warning') + '<div class="text-muted">Reason: The ID card photo is blurred.</div><a href="#">Resubmit</a>', 'Nov 2, 2026'],
    ]);
    expect(read(en, 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain', 'en')?.facts.domains?.[0]).toMatchObject({ domain: 'shangdian.net', realNameVerified: false });
  });

  it('a reason quoting a verified holder is no pass: the tag says the state', () => {
    const html = aliyunList(heads, [row(tag('审核失败', 'warning') + '<div class="text-muted">原因：与已实名认证的持有者信息不一致</div>')]);
    expect(read(html, aliyunListUrl)?.facts.domains?.[0]).toMatchObject({ realNameVerified: false });
  });

  it('a tag 审核中 with a note says nothing (guard)', () => {
    const html = aliyunList(heads, [row(tag('审核中', 'processing') + '<div class="text-muted">预计 1-3 个工作日</div>')]);
    expect(read(html, aliyunListUrl)?.facts.domains?.[0]?.realNameVerified).toBeUndefined();
  });

  it('a verified tag with no note stays verified, a failed text without a tag stays failed (guard)', () => {
    const html = aliyunList(heads, [row(tag('已实名认证', 'success')), ['zs.cn', tag('正常'), '张三', '实名认证失败', '2027-01-01']]);
    const domains = read(html, aliyunListUrl)?.facts.domains;
    expect(domains?.[0]?.realNameVerified).toBe(true);
    expect(domains?.[1]?.realNameVerified).toBe(false);
  });
});

describe('round seventy-eight: a help icon drawn by CSS beside a Tencent field label', () => {
  // tea-form "域名状态 <span class="tea-icon tea-icon-help" role="img" aria-label="帮助"></span>" in the label box: the empty icon
  // (no <i>, no <svg>: a CSS background) was taken as the field's value, and the status tag in the controls box was lost.
  const infoUrl = 'https://console.cloud.tencent.com/domain/info/xn--qpr921i.xn--55qx5d';
  const item = (label: string, value: string, icon = '') =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label>${icon}</div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
  const form = (icon: string) =>
    '<div class="tea-card"><div class="tea-card__body"><form class="tea-form">' +
    item('域名', '茶叶.公司') +
    item('域名状态', '<span class="tea-tag tea-tag--danger">serverHold</span>', icon) +
    item('到期时间', '2027-11-28 16:03:12') +
    item('域名所有者', '杭州西湖茶叶有限公司') +
    '</form></div></div>';

  it('reads the status past a role=img help icon', () => {
    const facts = read(form(' <span class="tea-icon tea-icon-help" aria-label="帮助" role="img"></span>'), infoUrl);
    expect(facts?.facts.domains?.[0]).toMatchObject({ domain: '茶叶.公司', status: ['serverHold'] });
  });

  it('reads the status past a class-only icon span (no role)', () => {
    const facts = read(form('<span class="tea-icon tea-icon-help"></span>'), infoUrl);
    expect(facts?.facts.domains?.[0]).toMatchObject({ status: ['serverHold'] });
  });
});

describe('round seventy-eight: a box drawn as an image that names a value is no help icon (guard)', () => {
  const infoUrl = 'https://console.cloud.tencent.com/domain/info/qingshan.cn';
  it('a role=img named 已实名认证 right after its label is not skipped for the next field', () => {
    const item = (label: string, value: string) =>
      `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
    const html =
      '<form class="tea-form">' +
      item('域名', 'qingshan.cn') +
      '<div class="tea-form__item"><div class="tea-form__label"><label>实名认证状态</label><span class="tea-icon tea-icon-success" role="img" aria-label="已实名认证"></span></div><div class="tea-form__controls"><div class="tea-form-text">认证时间 2025-01-04</div></div></div>' +
      item('域名所有者', '周林') +
      '</form>';
    const d = read(html, infoUrl)?.facts.domains?.[0];
    expect(d?.domain).toBe('qingshan.cn');
    expect(d?.realNameVerified).not.toBe(false);
  });
});

describe('round seventy-eight: the Alibaba domain holder page\'s real-name and status fields drawn as tags with a line under them', () => {
  const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=xn--1lq90ip99e0ka.xn--fiqs8s';
  const item = (label: string, value: string) =>
    `<div class="next-form-item"><label class="next-form-item-label">${label}：</label><div class="next-form-item-control"><span class="next-form-preview">${value}</span></div></div>`;
  const holder = (status: string, realName: string) =>
    '<h1>北京餐饮.中国</h1><form class="next-form next-form-preview">' +
    item('域名', '北京餐饮.中国') +
    item('域名状态', status) +
    item('到期日期', '2027-11-20 10:12:33') +
    item('域名持有者（中文）', '北京张记餐饮管理有限公司') +
    item('实名认证状态', realName) +
    item('证件类型', '营业执照') +
    item('证件号码', '9111**********3X7K') +
    '</form>';

  // (variant: 审核失败 with "原因：…；原资料已实名认证" under it gave realNameVerified true)
  it('reads 审核失败 from its tag, not a reason quoting 已实名认证', () => {
    const d = read(holder(tag('正常', 'success'), tag('审核失败', 'warning') + '<div class="text-muted">原因：营业执照与持有者名称不一致；原资料已实名认证</div><a>重新提交</a>'), holderUrl)?.facts.domains?.[0];
    expect(d).toMatchObject({ domain: '北京餐饮.中国', realNameVerified: false, status: ['正常'] });
  });

  // (variant: serverHold with "未完成实名认证，注册局暂停解析" beside it gave the status ["serverHold", "注册局暂停解析"])
  it('a cause line beside the serverHold tag is no second status', () => {
    const d = read(holder(tag('serverHold', 'warning') + '<span class="text-muted">未完成实名认证，注册局暂停解析</span>', tag('审核中', 'processing')), holderUrl)?.facts.domains?.[0];
    expect(d?.status).toEqual(['serverHold']);
    expect(d?.realNameVerified).toBeUndefined();
  });

  it('two status tags stay two statuses; a verified tag with its date stays verified (guard)', () => {
    const d = read(holder(tag('正常', 'success') + tag('过户中', 'processing'), tag('已实名认证', 'success') + '<div class="text-muted">2025/04/18 通过</div>'), holderUrl)?.facts.domains?.[0];
    expect(d?.status).toEqual(['正常', '过户中']);
    expect(d?.realNameVerified).toBe(true);
  });
});
