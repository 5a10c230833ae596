import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Session 52's review of the session's first fixes (s52-r77 popup layers, s52-r78 real-name tags and icons, s52-lead
 * service-number headers and realNameVerifiedAt): pages near each fix (test/fixtures-unseen/README.md "Review of session
 * 52's first fixes"), each narrowed to the smallest markup that showed a fault.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

// ---- realNameVerifiedAt: the date of the clause that says the pass ----
const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=songhe-studio.cn';
const item = (label: string, value: string) =>
  `<div class="next-form-item next-left"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control"><div class="next-form-preview">${value}</div></div></div>`;
const tag = (text: string, kind = 'green') => `<span class="next-tag next-tag-small next-tag-${kind}"><span class="next-tag-body">${text}</span></span>`;
const help = (t: string) => `<span class="next-form-item-help">${t}</span>`;
const holder = (realName: string) =>
  '<div class="next-card"><div class="next-card-head"><h3>域名持有者信息</h3></div><div class="next-card-body"><form class="next-form">' +
  item('域名', 'songhe-studio.cn') + item('域名持有者', '杭州松鹤文化传媒有限公司') + item('证件类型', '统一社会信用代码') + item('实名认证', realName) +
  '</form></div></div>';
const holderDomain = (body: string) => read(body, holderUrl)?.facts.domains?.[0];

describe('realNameVerifiedAt is the date written with the pass, not the text\'s first date (shared/verified-on passedOn)', () => {
  it('"2025-06-18 提交，2025-06-20 审核通过" beside the tag: 2025-06-20 (the submission date before)', () => {
    expect(holderDomain(holder(tag('已实名认证') + help('2025-06-18 提交，2025-06-20 审核通过')))).toMatchObject({ realNameVerified: true, realNameVerifiedAt: '2025-06-20' });
  });

  it('"Submitted on Jun 18, 2025 · Verified on Jun 20, 2025": 2025-06-20 (the submission date before)', () => {
    expect(holderDomain(holder(tag('Verified') + help('Submitted on Jun 18, 2025 · Verified on Jun 20, 2025')))?.realNameVerifiedAt).toBe('2025-06-20');
  });

  it('"审核通过，资料有效期至 2030-06-20": no date (the validity\'s end was given: invented)', () => {
    const d = holderDomain(holder(tag('已实名认证') + help('审核通过，资料有效期至 2030-06-20')));
    expect(d?.realNameVerified).toBe(true);
    expect(d?.realNameVerifiedAt).toBeUndefined();
  });

  it('Tencent\'s domain page: "已认证（2025-06-18 提交，2025-06-20 审核通过）" gives 2025-06-20', () => {
    const tItem = (label: string, value: string) =>
      `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
    const html = '<form class="tea-form">' + tItem('域名', 'qingshan.cn') + tItem('域名所有者', '杭州西湖茶叶有限公司') + tItem('实名认证', '已认证（2025-06-18 提交，2025-06-20 审核通过）') + '</form>';
    expect(read(html, 'https://console.cloud.tencent.com/domain/info/qingshan.cn')?.facts.domains?.[0]).toMatchObject({ realNameVerified: true, realNameVerifiedAt: '2025-06-20' });
  });

  it('guard: one clause keeps its date — "已实名认证（2025-06-20 审核通过）", "Verified on Jun 20, 2025", 审核通过时间：2025-06-20', () => {
    expect(holderDomain(holder('已实名认证（2025-06-20 审核通过）'))?.realNameVerifiedAt).toBe('2025-06-20');
    expect(holderDomain(holder(tag('已实名认证') + help('Verified on Jun 20, 2025')))?.realNameVerifiedAt).toBe('2025-06-20');
    expect(holderDomain(holder('已实名认证（审核通过时间：2025-06-20）'))?.realNameVerifiedAt).toBe('2025-06-20');
  });
});
