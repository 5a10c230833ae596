import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the seventy-fifth round of held-out pages (plain pages of both providers as a filer coming back after a
 * rejection opens them — test/fixtures-unseen/README.md "Seventy-fifth round"), each narrowed in a scratch copy of its page
 * to the smallest markup that showed it.
 */

const formUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261201000482/website';
const read = (body: string) =>
  readPage(htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body}</body></html>`, formUrl), new URL(formUrl));
const item = (label: string, controls: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls">${controls}</div></div>`;
const form = (resource: string, extra = '') =>
  `<div class="tea-card"><form class="tea-form">${item('网站名称', '<input class="tea-input" value="锦里数智官方平台">')}${item('网站域名', '<input class="tea-input" value="jinli-shuzhi.com">')}${extra}${item('对应云服务', resource)}</form></div>`;
const segment = (buttons: string[], selected: string) =>
  `<div class="tea-segment">${buttons.map((b) => `<button type="button" class="tea-btn tea-btn--weak${b === selected ? ' is-selected' : ''}">${b}</button>`).join('')}</div>`;
const trigger = (value: string) =>
  `<div class="tea-dropdown tea-select"><button type="button" class="tea-dropdown__header"><span class="tea-dropdown__value">${value}</span><i class="tea-icon tea-icon-arrowdown"></i></button></div>`;

describe('round seventy-five: a tea segment of resource kinds before the select of the resource', () => {
  it('reads the instance the select shows after a 云服务器 | 轻量应用服务器 | 备案授权码 segment (was lost: the trigger taken for an action)', () => {
    const got = read(form(segment(['云服务器', '轻量应用服务器', '备案授权码'], '轻量应用服务器') + trigger('lhins-3kd8wq2m（成都一区 | 43.137.**.**）')));
    expect(got?.facts?.websites?.[0]?.serverId).toBe('lhins-3kd8wq2m');
    expect(got?.facts?.servers).toEqual([{ id: 'lhins-3kd8wq2m', provider: 'tencent', product: 'lighthouse', region: 'ap-chengdu' }]);
  });

  it('still reads the select alone (no segment)', () => {
    const got = read(form(trigger('lhins-3kd8wq2m（成都一区 | 43.137.**.**）')));
    expect(got?.facts?.websites?.[0]?.serverId).toBe('lhins-3kd8wq2m');
  });

  it('a lone button before a dropdown is no segment: the dropdown after it stays an action (no 网站服务内容 "更多操作")', () => {
    const content = item('网站服务内容', '<button type="button" class="tea-btn tea-btn--link">修改</button>' + trigger('更多操作'));
    const got = read(form(trigger('lhins-3kd8wq2m（成都一区 | 43.137.**.**）'), content));
    expect(got?.facts?.websites?.[0]?.content).toBeUndefined();
  });

  it('a value shown as text before a dropdown still makes the dropdown an action beside it (企业官网 then 更多操作)', () => {
    const content = item('网站服务内容', '<span class="tea-form__text">企业官网</span>' + trigger('更多操作'));
    const got = read(form(trigger('lhins-3kd8wq2m（成都一区 | 43.137.**.**）'), content));
    expect(got?.facts?.websites?.[0]?.content).toBe('企业官网');
  });
});

describe('round seventy-five: buttons none marked chosen are no segment', () => {
  it('编辑 | 删除 before a dropdown 更多操作 in 网站服务内容: the dropdown stays an action (no content invented)', () => {
    const buttons = '<div class="btn-group"><button type="button" class="tea-btn tea-btn--link">编辑</button><button type="button" class="tea-btn tea-btn--link">删除</button></div>';
    const content = item('网站服务内容', buttons + trigger('更多操作'));
    const got = read(form(trigger('lhins-3kd8wq2m（成都一区 | 43.137.**.**）'), content));
    expect(got?.facts?.websites?.[0]?.content).toBeUndefined();
  });
});

describe('round seventy-five variants: the kind of resource as a radio group before the select', () => {
  it('reads the instance the select shows after 云服务器 ○ 轻量应用服务器 ● 备案授权码 ○ radios', () => {
    const radios =
      '<div class="tea-radio-group">' +
      ['云服务器', '轻量应用服务器', '备案授权码'].map((r) => `<label class="tea-form-check"><input type="radio" name="rt"${r === '轻量应用服务器' ? ' checked' : ''}><span>${r}</span></label>`).join('') +
      '</div>';
    const got = read(form(radios + trigger('lhins-3kd8wq2m（成都一区 | 43.137.**.**）')));
    expect(got?.facts?.websites?.[0]?.serverId).toBe('lhins-3kd8wq2m');
  });
});
