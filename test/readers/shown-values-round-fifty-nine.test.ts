import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fifty-ninth round of held-out pages (plain Tencent Cloud pages in the order a first-time filer opens
 * them — the base rate: test/fixtures-unseen/README.md "Fifty-ninth round") and its variants, each narrowed in a scratch
 * copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'zh-CN') => readPage(page(body, url, lang), new URL(url));

const formUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261206000372/website';
const item = (label: string, control: string) =>
  `<div class="tea-form__item"><div class="tea-form__label is-required"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
const input = (v: string) => `<input type="text" class="tea-input" value="${v}">`;
const websiteForm = (contentControl: string, extra = '') =>
  `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">网站信息</h3>${extra}</div><div class="tea-card__body"><div class="tea-form">` +
  item('网站名称', input('山海茶业官网')) +
  item('网站域名', '<span class="tea-form__text">shanhai-tea.com</span>') +
  item('网站服务内容', contentControl) +
  item('对应云服务', '<span class="tea-form__text">云服务器 <a>ins-7t3w9k2d</a>（广州六区 | 43.139.57.201）</span>') +
  '</div></div></div>';
const teaSelect = (value: string, header = 'button') =>
  `<div class="tea-dropdown tea-select"><${header} class="tea-dropdown__header" type="button"><span class="tea-dropdown__value">${value}</span><i class="tea-icon tea-icon-arrowdown"></i></${header}></div>`;
const websiteOf = (body: string) => read(body, formUrl)?.facts.websites?.[0];

describe('a select drawn as a <button> in a form field\'s control box shows the chosen value (dom/units selectTriggerButton)', () => {
  it('TEA\'s <button class="tea-dropdown__header"> under 网站服务内容: the content is read (missing before: the button\'s words were an action\'s)', () => {
    expect(websiteOf(websiteForm(teaSelect('企业官网')))).toEqual({ name: '山海茶业官网', domains: ['shanhai-tea.com'], content: '企业官网', serverId: 'ins-7t3w9k2d' });
  });

  it('guard: the same select drawn with a <div> header reads alike (both ways)', () => {
    expect(websiteOf(websiteForm(teaSelect('企业官网', 'div')))?.content).toBe('企业官网');
  });

  it('guard: a dropdown of actions in the card\'s header (更多操作), in no form control box, stays an action: no content from it', () => {
    const menu = '<div class="tea-dropdown"><button class="tea-dropdown__header" type="button"><span class="tea-dropdown__value">更多操作</span></button></div>';
    expect(websiteOf(websiteForm('<span class="tea-form__text"></span>', menu))?.content).toBeUndefined();
  });
});

describe('a 网站服务内容 select still showing its placeholder chose no content (tencent/beian-form, meaningful)', () => {
  it('"请选择" in the select\'s value box: no content (invented before: the content "请选择")', () => {
    const got = websiteOf(websiteForm(teaSelect('请选择', 'div')));
    expect(got?.name).toBe('山海茶业官网');
    expect(got?.content).toBeUndefined();
  });
});

const infoUrl = 'https://console.tencentcloud.com/domain/info/shanhai-tea.com';
const field = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form__text">${value}</div></div></div>`;
const card = (title: string, fields: string, extra = '') =>
  `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3>${extra}</div><div class="tea-card__body"><div class="tea-form">${fields}</div></div></div>`;
const basicCard = card('Basic Information', field('Domain', 'shanhai-tea.com') + field('Registrar', 'Yantai Disipu Network Technology Co., Ltd.') + field('Expiration Time', '2027-03-11 09:26:14'));

describe("the English domain page's real-name card labelled Verification Status / Verification Time (rules/labels/tencent.json domain-info realName)", () => {
  it('"Verification Status: Verified" under Real-Name Verification: verified, with its time (missing before: neither was read)', () => {
    const rn = card(
      'Real-Name Verification',
      field('Verification Status', '<span class="tea-text-success">Verified</span>') + field('Verification Time', '2024-03-12 16:03:51') +
        field('Owner (Chinese)', '陈宇') + field('ID Type', 'ID Card') + field('ID Number', '4403**********2716'),
      '<div class="tea-card__header-extra"><a class="tea-btn tea-btn--link">Modify Information</a> <a class="tea-btn tea-btn--link">Transfer Ownership</a></div>',
    );
    const got = read(basicCard + rn, infoUrl, 'en')?.facts.domains?.[0];
    expect(got?.realNameVerified).toBe(true);
    expect(got?.realNameVerifiedAt).toBe('2024-03-12');
  });

  it('guard: a card of the registrant e-mail\'s verification (Email Verification · Verification Status: Verified · Verification Time) says nothing of the real name', () => {
    const email = card('Email Verification', field('Email', 'chen***@163.com') + field('Verification Status', '<span class="tea-text-success">Verified</span>') + field('Verification Time', '2026-01-05 10:00:00'));
    const got = read(basicCard + email, infoUrl, 'en')?.facts.domains?.[0];
    expect(got?.realNameVerified).toBeUndefined();
    expect(got?.realNameVerifiedAt).toBeUndefined();
  });
});

describe('a card of the registrant e-mail\'s verification is no real-name card (rules/labels/tencent.json domain-info realName notUnder)', () => {
  it('邮箱验证 · 认证状态 已认证 · 认证时间: no real-name state nor time (invented before: verified, and the e-mail\'s time as the real name\'s)', () => {
    const basic = card('基本信息', field('域名', 'shanhai-tea.com') + field('注册商', '烟台帝思普网络科技有限公司') + field('到期时间', '2027-03-11 09:26:14'));
    const email = card('邮箱验证', field('邮箱', 'chen***@163.com') + field('认证状态', '<span class="tea-text-success">已认证</span>') + field('认证时间', '2026-01-05 10:00:00'));
    const got = read(basic + email, 'https://console.cloud.tencent.com/domain/info/shanhai-tea.com')?.facts.domains?.[0];
    expect(got?.realNameVerified).toBeUndefined();
    expect(got?.realNameVerifiedAt).toBeUndefined();
  });
});

describe('a button named for choosing (select-btn) beside a field stays an action (dom/units selectTriggerButton)', () => {
  it('guard: <button class="tea-btn select-btn">选择服务内容</button> in 网站服务内容\'s control box gives no content', () => {
    expect(websiteOf(websiteForm('<button class="tea-btn select-btn" type="button">选择服务内容</button>'))?.content).toBeUndefined();
  });
});
