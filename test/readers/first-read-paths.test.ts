import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { normalizeText } from '../../src/readers/dom/normalize-label';
import { detectPageState } from '../../src/readers/dom/page-state';
import { nodesReached } from '../helpers/nodes-reached';
import { readTable } from '../../src/readers/dom/table';
import { textUnits, valueText } from '../../src/readers/dom/units';
import { isVisible, upperTag, type VisibilityCache } from '../../src/readers/dom/visibility';

/**
 * The short cuts of a first read (fewer DOM reads per element) must decide exactly as the long way:
 * each case here fails on an implementation that takes the short cut where it does not hold.
 */
const doc = (body: string, head = '') => htmlToDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://example.com/');

describe('first read: empty elements between text runs', () => {
  it('a shown empty element after text ends the run, a hidden one does not', () => {
    const d = doc('<p id="a">ab<i class="icon"></i>cd</p><p id="b">ab<i hidden></i>cd</p><p id="c">ab<i style="display:none"></i>cd</p><p id="d"><i class="icon"></i>ab</p>');
    expect(valueText(d.getElementById('a'), new WeakMap())).toBe('ab cd');
    expect(valueText(d.getElementById('b'), new WeakMap())).toBe('abcd');
    expect(valueText(d.getElementById('c'), new WeakMap())).toBe('abcd');
    expect(valueText(d.getElementById('d'), new WeakMap())).toBe('ab');
  });

  it('an empty text input still gives its value (controls are never skipped as empty)', () => {
    const d = doc('<div id="f"><input value="web-01"><i></i><input type="hidden" value="secret"></div>');
    expect(textUnits(d.getElementById('f'), new WeakMap()).map((u) => `${u.kind}:${u.text}`)).toEqual(['control:web-01']);
  });
});

describe('first read: visibility from a known parent', () => {
  it('a child of a hidden (memoised) parent is hidden without looking at it', () => {
    const d = doc('<div id="p" style="display:none"><span id="c">x</span></div>');
    const cache: VisibilityCache = new WeakMap();
    expect(isVisible(d.getElementById('p'), cache)).toBe(false);
    expect(cache.get(d.getElementById('p') as Element)).toBe(false);
    expect(isVisible(d.getElementById('c'), cache)).toBe(false);
    expect(cache.get(d.getElementById('c') as Element)).toBe(false);
  });

  it('under a visible (memoised) parent, the child itself still decides: sr-only, hidden, display:none, a style rule', () => {
    const d = doc(
      '<div id="p"><span id="sr" class="sr-only">a</span><span id="h" hidden>b</span><span id="n" style="display: none">c</span><span id="r" class="gone">d</span><span id="t" role="tooltip">e</span><span id="v">f</span></div>',
      '<style>.gone{display:none}</style>',
    );
    const cache: VisibilityCache = new WeakMap();
    expect(isVisible(d.getElementById('p'), cache)).toBe(true);
    const seen = ['sr', 'h', 'n', 'r', 't', 'v'].map((id) => isVisible(d.getElementById(id), cache));
    expect(seen).toEqual([false, false, false, false, false, true]);
  });

  it('the root element (no parent) is decided by itself', () => {
    const d = doc('<p>x</p>');
    expect(isVisible(d.documentElement, new WeakMap())).toBe(true);
  });

  it('upperTag upper-cases lower-case tag names (SVG, XHTML) and keeps HTML ones', () => {
    const d = doc('<div><svg><foreignObject></foreignObject></svg></div>');
    expect(upperTag(d.querySelector('div') as Element)).toBe('DIV');
    expect(upperTag(d.querySelector('svg') as Element)).toBe('SVG');
    expect(upperTag(d.querySelector('foreignObject') as Element)).toBe('FOREIGNOBJECT');
  });
});

describe('first read: table layout', () => {
  const cols = { id: ['ID'], name: ['名称'], zone: ['可用区'] } as const;
  const text = (rows: ReturnType<typeof readTable<'id' | 'name' | 'zone'>>) => rows.map((r) => [r.id?.textContent, r.name?.textContent, r.zone?.textContent].join('|'));

  it('rows after a row span has ended are mapped by their own cells again', () => {
    const d = doc(
      '<table><thead><tr><th>ID</th><th>名称</th><th>可用区</th></tr></thead><tbody>' +
        '<tr><td rowspan="2">i-1</td><td>a</td><td>z1</td></tr>' +
        '<tr><td>b</td><td>z2</td></tr>' +
        '<tr><td>i-3</td><td>c</td><td>z3</td></tr>' +
        '<tr><td colspan="2">i-4 c2</td><td>z4</td></tr>' +
        '<tr><td>i-5</td><td>e</td><td>z5</td></tr>' +
        '</tbody></table>',
    );
    expect(text(readTable(d, cols))).toEqual(['i-1|a|z1', 'i-1|b|z2', 'i-3|c|z3', 'i-4 c2|i-4 c2|z4', 'i-5|e|z5']);
  });

  it('colspan="1" and rowspan="0" or junk count as one cell', () => {
    const d = doc(
      '<table><thead><tr><th>ID</th><th>名称</th><th>可用区</th></tr></thead><tbody>' +
        '<tr><td colspan="1">i-1</td><td rowspan="0">a</td><td rowspan="x">z1</td></tr>' +
        '<tr><td>i-2</td><td>b</td><td>z2</td></tr>' +
        '</tbody></table>',
    );
    expect(text(readTable(d, cols))).toEqual(['i-1|a|z1', 'i-2|b|z2']);
  });
});

describe('first read: plain text and the page state', () => {
  it('plain ASCII / CJK text is returned as is, anything else is still normalised', () => {
    const plain = 'i-bp1 运行中 2027-01-01 23:59';
    expect(normalizeText(plain)).toBe(plain);
    expect(normalizeText('运行中\u00a0 ２核')).toBe('运行中 2核');
    expect(normalizeText(' a  b ')).toBe('a b');
    expect(normalizeText('ａｂ')).toBe('ab');
    expect(normalizeText('a\u200bb')).toBe('ab');
  });

  it('a row is scanned for page errors outside its <td>s (a <th> of a row still counts), not inside them', () => {
    const inTh = doc('<table><tbody><tr><th>系统繁忙</th><td>x</td></tr></tbody></table>');
    expect(detectPageState(inTh.body, new WeakMap())).toBe('error');
    const inTd = doc('<table><tbody><tr><td>系统繁忙</td><td>x</td></tr></tbody></table>');
    expect(detectPageState(inTd.body, new WeakMap())).toBe('ready');
    const loading = doc('<table><tbody><tr>\n  <td>a</td>\n</tr></tbody></table><div>加载中</div>');
    expect(detectPageState(loading.body, new WeakMap())).toBe('loading');
  });

  it("reaches none of a formatted table's white space between its rows and cells (each node reached costs a browser its wrapper)", () => {
    const rows = Array.from({ length: 30 }, (_, i) => `  <tr>\n    <td>i-${i}</td>\n    <th>x</th>\n    <td>运行中</td>\n  </tr>\n`).join('');
    const d = doc(`<div>\n<table>\n<thead>\n<tr>\n<th>ID</th>\n</tr>\n</thead>\n<tbody>\n${rows}</tbody>\n</table>\n<p>加载中</p>\n</div>`);
    const { value: state, reached: set } = nodesReached(d, () => detectPageState(d.body, new WeakMap()));
    expect(state).toBe('loading');
    const reached = [...set];
    const tableBlanks = reached.filter((n) => n.nodeType === 3 && !/\S/.test(n.nodeValue ?? '') && /^(?:TABLE|THEAD|TBODY|TR)$/.test(n.parentElement?.tagName ?? ''));
    expect(tableBlanks).toHaveLength(0);
    // the white space elsewhere is still reached (text anywhere outside a table counts)
    expect(reached.some((n) => n.nodeType === 3 && n.parentElement?.tagName === 'DIV')).toBe(true);
  });
});
