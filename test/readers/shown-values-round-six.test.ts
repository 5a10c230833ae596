import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { detectPageState } from '../../src/readers/dom/page-state';
import { textUnits } from '../../src/readers/dom/units';
import { visibleText } from '../../src/readers/dom/visible-text';
import { createVisibilityCache } from '../../src/readers/dom/visibility';

/**
 * Faults found by the sixth round of held-out pages (test/fixtures-unseen/README.md), each narrowed down
 * to the smallest markup that showed it.
 */

const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=8&id=lhins-bjdot3k5';
const state = (html: string) => {
  const doc = htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
  return detectPageState(doc.body, createVisibilityCache());
};
const fields = `<div class="tea-card"><div class="tea-card__body"><div class="tea-form">
  <div class="tea-form__item"><div class="tea-form__label"><label>实例ID</label></div><div class="tea-form__controls"><div class="tea-form-text">lhins-bjdot3k5</div></div></div>
  <div class="tea-form__item"><div class="tea-form__label"><label>到期时间</label></div><div class="tea-form__controls"><div class="tea-form-text">2027-08-03 11:20:45</div></div></div>
</div></div></div>`;

describe('page state: a loading part beside shown fields (page-state.ts)', () => {
  it('a card still loading (aria-busy, 加载中...) next to cards of fields leaves the page ready', () => {
    const monitor = '<div class="tea-card"><div class="tea-card__header"><h3>实例监控</h3></div><div class="tea-card__body" aria-busy="true"><span class="tea-skeleton"></span><p>加载中...</p></div></div>';
    expect(state(`<main><div class="overview">${fields}${monitor}</div></main>`)).toBe('ready');
  });

  it('a check in progress under a filled input ("正在核验域名…") leaves the form ready', () => {
    const form = `<div class="tea-form__item"><div class="tea-form__label"><label>网站域名</label></div><div class="tea-form__controls"><input class="tea-input" value="qinghe-craft.cn">
      <div class="verify-panel" aria-busy="true"><span>正在核验域名…</span></div></div></div>`;
    expect(state(`<form class="tea-form">${form}</form>`)).toBe('ready');
  });

  it('a loading wrapper around the fields, or a card alone saying 加载中, is the page loading', () => {
    expect(state(`<main><div aria-busy="true"><div class="tip">加载中...</div>${fields}</div></main>`)).toBe('loading');
    expect(state('<main><h2>实例详情</h2><div class="tea-card"><div class="tea-card__body"><div class="tea-status-tip"><span>加载中...</span></div></div></div></main>')).toBe('loading');
  });
});

describe('one token drawn as inline elements side by side (glue.ts)', () => {
  const cell = (inner: string) => htmlToDocument(`<table><tr><td id="c">${inner}</td></tr></table>`, 'https://console.cloud.tencent.com/domain/all-domain/all').getElementById('c')!;

  it('a domain split at its dot (<span>tangyun-art</span><span>.com</span>) is one text unit and one visible text', () => {
    const el = cell('<div><a href="/domain/info/tangyun-art.com"><span>tangyun-art</span><span>.com</span></a></div>');
    expect(textUnits(el).map((u) => u.text)).toEqual(['tangyun-art.com']);
    expect(visibleText(el)).toBe('tangyun-art.com');
  });

  it('an ID split after its hyphen is one text; a name beside an ID (no joining mark) stays two', () => {
    expect(textUnits(cell('<span>ins-</span><span>k9x8w7v6</span>')).map((u) => u.text)).toEqual(['ins-k9x8w7v6']);
    expect(textUnits(cell('<span>web01</span><span>ins-k9x8w7v6</span>')).map((u) => u.text)).toEqual(['web01', 'ins-k9x8w7v6']);
    expect(textUnits(cell('<span>tangyun-art</span> <span>.com</span>')).map((u) => u.text)).toEqual(['tangyun-art', '.com']);
  });
});

describe('Tencent filing form: the picked instance drawn as spans (tencent/beian-form.ts)', () => {
  it('the region of "lhins-… | IP | 上海" set in spans of their own is the server\'s', () => {
    const u = 'https://console.cloud.tencent.com/beian/manage/process/20261202001357/website';
    const doc = htmlToDocument(
      `<form class="tea-form">
        <div class="tea-form__item"><div class="tea-form__label"><label>网站名称</label></div><div class="tea-form__controls"><input class="tea-input" value="青禾手作小站"></div></div>
        <div class="tea-form__item"><div class="tea-form__label"><label>选择实例</label></div><div class="tea-form__controls"><div class="tea-dropdown" role="combobox"><span class="tea-dropdown__header"><span class="tea-dropdown__value"><span>lhins-qh3k5m7n</span><span class="tea-text-weak"> | </span><span>101.33.9.12</span><span class="tea-text-weak"> | </span><span>上海</span></span></span></div></div></div>
      </form>`,
      u,
    );
    expect(readPage(doc, new URL(u))?.facts.servers).toEqual([{ id: 'lhins-qh3k5m7n', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai' }]);
  });
});

describe('page notices and colon elements (notice.ts, field.ts)', () => {
  const beian = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const notice = `<div class="next-message next-message-notice" role="alert"><div class="next-message-content"><ul>
    <li>主办单位名称：个人备案填写本人姓名，如：张三。</li><li>证件号码：请填写 18 位身份证号码。</li></ul></div></div>`;

  it('"标签：说明" lines of an alert banner above the form are no field values', () => {
    const doc = htmlToDocument(`${notice}<div class="next-form-item"><div class="next-form-item-label"><label>主办单位名称</label></div><div class="next-form-item-control"><input value="宋雨"></div></div>`, beian);
    expect(readPage(doc, new URL(beian))?.facts.entity?.name).toBe('宋雨');
    const only = htmlToDocument(`<div class="ant-alert ant-alert-info"><div class="ant-alert-description"><p>Website Name: at least 3 characters.</p><p>Domain Names: for example example.com</p></div></div>
      <div class="ant-form-item"><div class="ant-form-item-label"><label>Pre-approval</label></div><div class="ant-form-item-control"><label class="ant-radio-wrapper"><input type="radio" checked> Not involved</label></div></div>`, 'https://beian.console.alibabacloud.com/#/website');
    const site = readPage(only, new URL('https://beian.console.alibabacloud.com/#/website'))?.facts.websites?.[0];
    expect(site?.name).toBeUndefined();
    expect(site?.domains ?? []).toEqual([]);
  });

  it('a colon drawn as its own element between label and value is not the value', () => {
    const doc = htmlToDocument(
      `<table><tbody><tr class="next-descriptions-row"><td class="next-descriptions-item"><span class="next-descriptions-item-label">主办单位名称</span><span class="next-descriptions-item-colon">：</span><span class="next-descriptions-item-content">宋雨</span></td></tr></tbody></table>`,
      beian,
    );
    expect(readPage(doc, new URL(beian))?.facts.entity?.name).toBe('宋雨');
  });
});

describe('a choice made in a table under a label (aliyun/filing-values.ts)', () => {
  it('the service number is the row whose radio is checked, not the first number of the list', () => {
    const u = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
    // (the antd 5 markup of the held-out page: the radio in wrappers, a status dot, "-" for no website)
    const row = (n: string, checked: boolean, used: string) =>
      `<tr class="ant-table-row"><td class="ant-table-cell ant-table-selection-column"><label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" class="ant-radio-input" name="svc"${checked ? ' checked' : ''}><span class="ant-radio-inner"></span></span></label></td><td class="ant-table-cell">${n}</td><td class="ant-table-cell"><span class="status"><i class="status-dot"></i>${used}</span></td><td class="ant-table-cell">-</td></tr>`;
    const doc = htmlToDocument(
      `<div class="ant-form-item"><div class="ant-form-item-label"><label>实例ID</label></div><div class="ant-form-item-control"><input value="i-wz9segment0000000a"></div></div>
       <div class="ant-form-item"><div class="ant-form-item-label"><label>备案服务号</label></div><div class="ant-form-item-control"><table><thead><tr><th class="ant-table-cell ant-table-selection-column"></th><th class="ant-table-cell">备案服务号</th><th class="ant-table-cell">状态</th><th class="ant-table-cell">使用网站</th></tr></thead>
       <tbody>${row('3502028801', false, '已使用')}${row('3502028802', true, '未使用')}${row('3502028803', false, '未使用')}</tbody></table></div></div>`,
      u,
    );
    expect(readPage(doc, new URL(u))?.facts.websites?.[0]?.serviceNumber).toBe('3502028802');
  });
});
