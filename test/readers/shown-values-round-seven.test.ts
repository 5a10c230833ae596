import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { isActionWord, valueText } from '../../src/readers/aliyun/filing-values';
import { readFieldText } from '../../src/readers/dom/field';
import { textUnits } from '../../src/readers/dom/units';
import { createVisibilityCache } from '../../src/readers/dom/visibility';

/**
 * Faults found by the seventh round of held-out pages (test/fixtures-unseen/README.md), each narrowed down
 * to the smallest markup that showed it.
 */

const doc = (body: string, url = 'https://ecs.console.aliyun.com/') => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);

describe('text cut short by the app with the whole in a title (units.ts, truncated.ts)', () => {
  it('a text unit ending in … whose element or an ancestor has a title starting with it is the whole text', () => {
    const d = doc('<div id="v"><span class="ant-typography-ellipsis" title="6b8d0f2a4c6e48a0b2d4f6a8c0e2a4b6">6b8d0f2a4c6e48a0b2d4…</span></div>');
    expect(textUnits(d.getElementById('v')).map((u) => u.text)).toEqual(['6b8d0f2a4c6e48a0b2d4f6a8c0e2a4b6']);
    const d2 = doc('<table><tr><td id="v" title="Tencent Cloud Computing (Beijing) Co., Ltd."><span>Tencent Cloud Computing (Beijing) Co., L...</span></td></tr></table>');
    expect(textUnits(d2.getElementById('v')).map((u) => u.text)).toEqual(['Tencent Cloud Computing (Beijing) Co., Ltd.']);
  });

  it('a title that does not start with the shown part, or text not cut short, is left as shown', () => {
    const d = doc('<div id="a"><span title="something else">6b8d0f2a…</span></div><div id="b"><span title="6b8d0f2a4c6e48a0">6b8d0f2a</span></div>');
    expect(textUnits(d.getElementById('a')).map((u) => u.text)).toEqual(['6b8d0f2a...']);
    expect(textUnits(d.getElementById('b')).map((u) => u.text)).toEqual(['6b8d0f2a']);
  });

  it('a SWAS overview whose Instance ID is cut short is read with the whole id', () => {
    const url = 'https://swas.console.alibabacloud.com/#/server/6b8d0f2a4c6e48a0b2d4f6a8c0e2a4b6/cn-hongkong/dashboard';
    const row = (l: string, v: string) => `<div class="ant-row"><div class="ant-col ant-col-6">${l}</div><div class="ant-col ant-col-18">${v}</div></div>`;
    const page = doc(
      `<h2>Server Information</h2>${row('Instance ID', '<span class="ant-typography ant-typography-ellipsis" title="6b8d0f2a4c6e48a0b2d4f6a8c0e2a4b6">6b8d0f2a4c6e48a0b2d4…</span>')}${row('Region', 'China (Hong Kong)')}${row('Peak Bandwidth', '30 Mbps')}`,
      url,
    );
    expect(readPage(page, new URL(url))?.facts.servers?.[0]?.id).toBe('6b8d0f2a4c6e48a0b2d4f6a8c0e2a4b6');
  });
});

describe('a column of labels beside a column of values (field.ts valueInNextColumn)', () => {
  const columns = `<div class="grid">
    <div class="kv-labels"><span>名称</span><span>实例ID</span><span>地域 <i class="icon-help"></i></span></div>
    <div class="kv-values"><span>书院-接口服务</span><span>ins-bj8n2m4q</span><span>北京</span></div>
  </div>`;

  it('the value is the box in the same place of the next column, never the next label', () => {
    const d = doc(columns);
    const cache = createVisibilityCache();
    expect(readFieldText(d.body, ['名称'], cache)).toBe('书院-接口服务');
    expect(readFieldText(d.body, ['实例ID'], cache)).toBe('ins-bj8n2m4q');
    expect(readFieldText(d.body, ['地域'], cache)).toBe('北京');
  });

  it('rows of a label and a value are still read across (the next row is classed like the row)', () => {
    const d = doc('<div class="row"><span>名称</span><span>web-01</span></div><div class="row"><span>地域</span><span>北京</span></div>');
    expect(readFieldText(d.body, ['名称'])).toBe('web-01');
    expect(readFieldText(d.body, ['地域'])).toBe('北京');
  });

  it('an entity shown in two columns gives each field its own value and the phone its own note', () => {
    const url = 'https://beian.console.alibabacloud.com/#/entity';
    const page = doc(
      `<h3>Entity Information</h3><div class="info-grid">
        <div class="labels"><div>Province</div><div>Entity Type</div><div>ID Type</div><div>Entity Name</div><div>Mobile Phone</div></div>
        <div class="values"><div>河南省 / 郑州市 / 金水区</div><div>Individual</div><div>Resident ID Card</div><div>李明哲</div><div>138****5678 <span class="phone-area">(河南 郑州)</span></div></div>
      </div>`,
      url,
    );
    expect(readPage(page, new URL(url))?.facts.entity).toEqual({ type: 'individual', name: '李明哲', idType: 'Resident ID Card', province: '河南省', phoneProvince: '河南' });
  });
});

describe('a reveal link beside a masked ID number (rules/labels/aliyun.json actions)', () => {
  it('Show / 显示 are actions, not part of the number', () => {
    expect(isActionWord('Show')).toBe(true);
    expect(isActionWord('显示')).toBe(true);
    const d = doc('<div id="v"><span class="masked">4101**********1234</span> <a class="ant-typography">Show</a></div>');
    expect(valueText(d.getElementById('v')!, createVisibilityCache())).toBe('4101**********1234');
  });
});

describe('table rows are no columns of labels (field.ts valueInNextColumn)', () => {
  it('a td label pair row followed by a row classed otherwise keeps its own value', () => {
    const d = doc('<table><tbody><tr class="odd"><td>地域</td><td>北京</td></tr><tr class="even"><td>实例ID</td><td>ins-1</td></tr></tbody></table>');
    expect(readFieldText(d.body, ['地域'])).toBe('北京');
  });
});
