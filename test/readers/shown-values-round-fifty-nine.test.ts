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
