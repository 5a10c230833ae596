import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { controlValue } from '../../src/readers/dom/units';
import { fieldValueText, readField } from '../../src/readers/dom/field';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';
import { visibleText } from '../../src/readers/dom/visible-text';

/** Faults found by the review of session 29's reader changes (held-out round fourteen). */

const page = (style: string, body: string, url = 'https://console.cloud.tencent.com/') =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (style: string, body: string, url: string) => readPage(page(style, body, url), new URL(url))?.facts;

describe('an action named by its own text and a label is not that label\'s value (dom/field.ts valueNamingLabel)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh3d5f7g';
  const body = (action: string) =>
    '<div><div><span id="l-id">实例ID</span> <span>lhins-sh3d5f7g</span></div>' +
    '<div><span id="l-region">地域</span> <span>上海 | 上海五区</span></div>' +
    '<div><span id="l-exp">到期时间</span> <span>2027-03-20 23:59:59</span> <button id="b-r" aria-labelledby="b-r l-exp">续费</button></div>' +
    `<div><span id="l-billing">计费模式</span> <span>包年包月</span> ${action}</div></div>`;

  it('a switch-billing button or link (aria-labelledby="itself label") gives neither the billing nor the expiry', () => {
    for (const action of ['<a id="b-b" aria-labelledby="b-b l-billing">按量计费</a>', '<span role="button" id="b-b" aria-labelledby="b-b l-billing">按量计费</span>', '<span id="b-b" aria-labelledby="b-b l-billing">按量计费</span>']) {
      expect(read('', body(action), url)?.servers).toEqual([
        { id: 'lhins-sh3d5f7g', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai', billing: 'subscription', expiresAt: '2027-03-20' },
      ]);
    }
  });
});

describe('a grid library\'s order utilities cost no computed style per cell (dom/table.ts drawnAriaCells)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const grid = (rows: number, cell: string) =>
    '<div role="grid"><div role="row"><div role="columnheader" class="h-d">域名</div><div role="columnheader" class="h-s">域名状态</div><div role="columnheader" class="h-e">到期时间</div></div>' +
    Array.from({ length: rows }, (_, i) => `<div role="row"><div role="cell" class="${cell}">d${i}.com</div><div role="cell" class="c-s">正常</div><div role="cell" class="c-e">2027-03-20</div></div>`).join('') +
    '</div>';
  const cellStyles = (style: string, body: string) => {
    const doc = page(style, body, url);
    const view = doc.defaultView as unknown as { getComputedStyle: (e: Element) => CSSStyleDeclaration };
    const real = view.getComputedStyle.bind(view);
    let calls = 0;
    view.getComputedStyle = (e: Element) => {
      if (e.getAttribute('role') === 'cell') calls++;
      return real(e);
    };
    const domains = readPage(doc, new URL(url))?.facts?.domains;
    return { calls, domains: domains?.map((d) => [d.domain, d.status?.[0], d.expiresAt]) };
  };

  it('a page whose sheets order only other classes (antd .ant-col-order-1) reads its 300 rows without a computed style per cell', () => {
    const r = cellStyles('.ant-col-order-1 { order: 1; } .ant-col-order-2 { order: 2; }', grid(300, 'c-d'));
    expect(r.domains?.length).toBe(300);
    expect(r.calls).toBeLessThan(30);
  });

  it('cells ordered by a rule whose subject names no class are still drawn in that order', () => {
    const lh = 'https://console.tencentcloud.com/lighthouse/instance/index';
    const style = '.row { display: flex; } .ant-col-order-1 { order: 1; } [data-c="id"] { order: 1; } [data-c="region"] { order: 2; } [data-c="exp"] { order: 3; }';
    const body =
      '<div role="grid"><div class="row" role="row"><div data-c="id" role="columnheader">ID/Name</div><div data-c="exp" role="columnheader">Expiration Time</div><div data-c="region" role="columnheader">Region</div></div>' +
      '<div class="row" role="row"><div data-c="region" role="gridcell">East China (Shanghai)</div><div data-c="exp" role="gridcell">2027-01-08 23:59:59</div><div data-c="id" role="gridcell">lhins-sh7p9r1t</div></div></div>';
    expect(read(style, body, lh)?.servers).toEqual([{ id: 'lhins-sh7p9r1t', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai', expiresAt: '2027-01-08' }]);
  });
});

describe('a visibility: hidden box that is also off screen, clipped or collapsed shows nothing it sets visible again (dom/visibility.ts visibilityShell)', () => {
  const style = '.tag { visibility: visible; } .measure { position: absolute; left: -9999px; top: 0; visibility: hidden; }';
  const shown = (box: string) => {
    const doc = page(style, `<div id="w" ${box}>已暂停 <span class="tag" id="t">正常</span></div><p id="p">x</p>`);
    const cache = createVisibilityCache();
    return [isVisible(doc.getElementById('t'), cache), visibleText(doc.getElementById('w'), cache)];
  };

  it('a measuring box moved far off screen, by a rule, by inline left or by an inline transform', () => {
    expect(shown('class="measure"')).toEqual([false, '']);
    expect(shown('style="position: absolute; left: -9999px; visibility: hidden"')).toEqual([false, '']);
    expect(shown('style="visibility: hidden; transform: translateY(-99999px)"')).toEqual([false, '']);
  });

  it('an absolutely placed box of no size that clips its overflow', () => {
    expect(shown('style="position: absolute; width: 0; height: 0; overflow: hidden; visibility: hidden"')).toEqual([false, '']);
  });

  it('(guard) a shell in the flow still shows what it sets visible again', () => {
    expect(shown('style="visibility: hidden"')).toEqual([true, '正常']);
  });
});

describe('labels with ids look for what they name once per read, not once per label (dom/field.ts valueNamingLabel)', () => {
  it('200 sections whose labels carry ids: one look through the document', () => {
    const body = Array.from({ length: 200 }, (_, i) => `<section class="s"><div id="row-${i}"><span id="l-${i}">网站名称</span> <span>站点${i}</span></div></section>`).join('') + '<output aria-labelledby="l-7">蓝山</output>';
    const doc = page('', body, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base');
    let looks = 0;
    const real = doc.querySelectorAll.bind(doc);
    (doc as unknown as { querySelectorAll: (s: string) => NodeListOf<Element> }).querySelectorAll = (sel: string) => {
      if (sel.includes('aria-labelledby')) looks++;
      return real(sel);
    };
    const cache = createVisibilityCache();
    const values = Array.from(doc.querySelectorAll('.s'), (s) => fieldValueText(readField(s, ['网站名称'], cache), cache));
    expect(values[0]).toBe('站点0');
    expect(values[7]).toBe('蓝山');
    expect(looks).toBeLessThanOrEqual(1);
  });
});

describe('a Tailwind `hidden md:block` box is shown from a breakpoint on (dom/visibility.ts HIDDEN_STATE_CLASS)', () => {
  it('is shown on a wide window when the sheet says so, and a plain `hidden` box stays hidden', () => {
    const style = '.hidden { display: none; } @media (min-width: 768px) { .md\\:block { display: block; } }';
    const doc = page(style, '<div class="hidden md:block" id="wide">2027-03-20</div><div class="hidden" id="never">2026-01-01</div>');
    const cache = createVisibilityCache();
    expect(isVisible(doc.getElementById('wide'), cache)).toBe(true);
    expect(isVisible(doc.getElementById('never'), cache)).toBe(false);
  });
});

describe('a disabled select whose option a script chose shows that option (dom/units.ts controlValue)', () => {
  it('reads the live choice, not the one the markup first marked', () => {
    const doc = page('', '<select id="s" disabled><option>华北2（北京）</option><option selected>华东1（杭州）</option><option>华南1（深圳）</option></select>');
    (doc.getElementById('s') as HTMLSelectElement).value = '华南1（深圳）';
    expect(controlValue(doc.getElementById('s')!, 'SELECT')).toBe('华南1(深圳)');
  });
});

describe('header cells outside a role="row" are placed by CSS order as the data cells are (dom/table.ts ariaRows)', () => {
  it('reads each cell under the header drawn above it', () => {
    const lh = 'https://console.tencentcloud.com/lighthouse/instance/index';
    // header and cells in one markup order (id, expiry, region), both drawn region, expiry, id by `order`
    const style = '.row, .head { display: flex; } .c-region { order: 1; } .c-exp { order: 2; } .c-id { order: 3; }';
    const body =
      '<div role="grid"><div class="head" role="rowgroup"><div class="c-id" role="columnheader">ID/Name</div><div class="c-exp" role="columnheader">Expiration Time</div><div class="c-region" role="columnheader">Region</div></div>' +
      '<div role="rowgroup"><div class="row" role="row"><div class="c-id" role="gridcell">lhins-sh7p9r1t</div><div class="c-exp" role="gridcell">2027-01-08 23:59:59</div><div class="c-region" role="gridcell">East China (Shanghai)</div></div></div></div>';
    expect(read(style, body, lh)?.servers).toEqual([{ id: 'lhins-sh7p9r1t', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai', expiresAt: '2027-01-08' }]);
  });
});

describe('class-only rows under an ARIA header both placed by CSS order are read in that order (dom/table.ts classRowsUnder)', () => {
  it('reads each cell under the header drawn above it', () => {
    const lh = 'https://console.tencentcloud.com/lighthouse/instance/index';
    const style = '.row, .head { display: flex; } .c-region { order: 1; } .c-exp { order: 2; } .c-id { order: 3; }';
    const body =
      '<div role="grid"><div class="head" role="row"><div class="c-id" role="columnheader">ID/Name</div><div class="c-exp" role="columnheader">Expiration Time</div><div class="c-region" role="columnheader">Region</div></div></div>' +
      '<div class="body"><div class="row"><div class="c-id">lhins-sh7p9r1t</div><div class="c-exp">2027-01-08 23:59:59</div><div class="c-region">East China (Shanghai)</div></div>' +
      '<div class="row"><div class="c-id">lhins-gz2k4m6n</div><div class="c-exp">2027-02-01 10:00:00</div><div class="c-region">South China (Guangzhou)</div></div></div>';
    expect(read(style, body, lh)?.servers?.map((s) => [s.id, s.region, s.expiresAt])).toEqual([
      ['lhins-sh7p9r1t', 'ap-shanghai', '2027-01-08'],
      ['lhins-gz2k4m6n', 'ap-guangzhou', '2027-02-01'],
    ]);
  });
});
