import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { controlText, readField, readFieldText } from '../../src/readers/dom/field';
import { labelMatches, normalizeText, valueAfterLabel } from '../../src/readers/dom/normalize-label';
import { readTable, readTableDetailed } from '../../src/readers/dom/table';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';
import { detectPageState } from '../../src/readers/dom/page-state';
import { idContainers } from '../../src/readers/dom/id-containers';
import { valueText } from '../../src/readers/dom/units';
import { visibleText } from '../../src/readers/dom/visible-text';

const doc = (body: string, head = '') => htmlToDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://ecs.console.aliyun.com/');
const text = (el: Element | undefined) => (el ? visibleText(el) : undefined);

describe('normalizeText / labelMatches', () => {
  it('folds full-width forms and whitespace', () => {
    expect(normalizeText('  华东1（杭州）\u00a0\u3000 ')).toBe('华东1(杭州)');
    expect(normalizeText('Ｂｉｌｌｉｎｇ\n\t  Method')).toBe('Billing Method');
  });
  it.each([
    ['付费方式：', ['付费方式']],
    ['* 付费方式', ['付费方式']],
    ['付费方式 ?', ['付费方式']],
    ['billing method:', ['Billing Method']],
    ['实例 ID / 名称', ['实例ID/名称']],
    ['Billing\u00a0Method', ['Billing Method']],
  ])('%s matches', (t, labels) => expect(labelMatches(t, labels)).toBe(true));
  it.each([
    ['付费方式说明', ['付费方式']],
    ['', ['付费方式']],
    ['Method', ['Billing Method']],
  ])('%s does not match', (t, labels) => expect(labelMatches(t, labels)).toBe(false));
  it('reads the value after a label and colon', () => {
    expect(valueAfterLabel('付费方式：包年包月', ['付费方式'])).toBe('包年包月');
    expect(valueAfterLabel('状态：运行中', ['付费方式'])).toBeUndefined();
  });
  it('reads each pair of a line set apart by middle dots, and keeps a middle dot inside a value', () => {
    const line = '实例名称：web-01 · 配置：2 vCPU · 4 GiB · 地域：华东1（杭州）';
    expect(valueAfterLabel(line, ['实例名称'])).toBe('web-01');
    expect(valueAfterLabel(line, ['配置'])).toBe('2 vCPU · 4 GiB');
    expect(valueAfterLabel(line, ['地域'])).toBe('华东1(杭州)');
    expect(valueAfterLabel('网站名称：张三 • 个人博客', ['网站名称'])).toBe('张三 • 个人博客');
    expect(valueAfterLabel('地域： · 实例名称：web-01', ['地域'])).toBeUndefined();
  });
});

describe('isVisible / visibleText', () => {
  const d = doc(
    `<div id="a">shown</div>
     <div hidden><span id="b">x</span></div>
     <div aria-hidden="true"><span id="c">x</span></div>
     <div style="display: none"><span id="d">x</span></div>
     <div style="visibility:hidden"><span id="e">x</span></div>
     <div class="gone"><span id="f">x</span></div>
     <div role="tooltip"><span id="g">tip</span></div>
     <button aria-expanded="false" aria-controls="menu1">More</button><ul role="menu" id="menu1"><li id="h">Other</li></ul>
     <button aria-expanded="true" aria-controls="menu2">More</button><ul role="menu" id="menu2"><li id="i">Open</li></ul>
     <dialog><p id="j">closed dialog</p></dialog>
     <div popover><p id="k">popover</p></div>
     <span class="sr">screen reader</span>
     <p id="l">包年包月<span class="gone">按量付费</span><br>2027-02-28<i role="tooltip">help</i></p>`,
    '<style>.gone{display:none}.sr{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}</style>',
  );
  const byId = (id: string) => d.getElementById(id);
  it('sees plain text', () => expect(isVisible(byId('a'))).toBe(true));
  it.each(['b', 'c', 'd', 'e', 'f', 'g', 'h', 'j', 'k'])('#%s is hidden', (id) => expect(isVisible(byId(id))).toBe(false));
  it('sees an open menu', () => expect(isVisible(byId('i'))).toBe(true));
  it('drops screen-reader-only text', () => expect(isVisible(d.querySelector('.sr'))).toBe(false));
  it('reads visible text only, with breaks as spaces', () => expect(visibleText(byId('l'))).toBe('包年包月 2027-02-28'));
  it('never throws on null', () => expect(isVisible(null)).toBe(false));
});

describe('readTable', () => {
  const cols = { id: ['实例ID/名称', 'Instance ID/Name'], billing: ['付费方式', 'Billing Method'], zone: ['可用区', 'Zone'] };

  it('reads a plain table by header labels, in any column order', () => {
    const d = doc(`<table><thead><tr><th>可用区</th><th><div><span>付费方式</span><i class="icon"></i><span role="tooltip">说明</span></div></th><th>实例ID/名称</th></tr></thead>
      <tbody><tr><td>杭州 可用区I</td><td>包年包月</td><td>i-1</td></tr><tr><td>Z2</td><td>按量付费</td><td>i-2</td></tr></tbody></table>`);
    const rows = readTable(d, cols);
    expect(rows.map((r) => [text(r.id), text(r.billing), text(r.zone)])).toEqual([
      ['i-1', '包年包月', '杭州 可用区I'],
      ['i-2', '按量付费', 'Z2'],
    ]);
  });

  it('reads a split header/body table (Fusion next-table) with colspan and an empty-state row', () => {
    const d = doc(`<div class="next-table"><div class="next-table-inner">
      <div class="next-table-header"><table><colgroup><col><col><col></colgroup><thead><tr><th class="x"><div class="next-table-cell-wrapper"><input type="checkbox"></div></th><th><div class="next-table-cell-wrapper">Instance ID/Name</div></th><th><div class="next-table-cell-wrapper">Billing Method</div></th></tr></thead></table></div>
      <div class="next-table-body"><table><tbody>
        <tr class="next-table-row"><td><input type="checkbox"></td><td><a>i-a</a></td><td>Subscription</td></tr>
        <tr class="next-table-row" style="display:none"><td></td><td>i-hidden</td><td>x</td></tr>
        <tr class="next-table-row"><td><input type="checkbox"></td><td><a>i-b</a></td><td>Pay-As-You-Go</td></tr>
      </tbody></table></div></div></div>`);
    const got = readTableDetailed(d, cols);
    expect(got?.columns.sort()).toEqual(['billing', 'id']);
    expect(got?.rows.map((r) => [text(r.cells.id), text(r.cells.billing), r.cells.zone])).toEqual([
      ['i-a', 'Subscription', undefined],
      ['i-b', 'Pay-As-You-Go', undefined],
    ]);
    const empty = doc(`<table><thead><tr><th>实例ID/名称</th><th>付费方式</th></tr></thead><tbody><tr><td colspan="2">没有数据</td></tr></tbody></table>`);
    expect(readTable(empty, cols)).toEqual([]);
  });

  it('drops a hidden column and ignores labels in a column-settings menu', () => {
    const d = doc(`<div role="dialog" style="display:none"><label><input type="checkbox">可用区</label></div>
      <table><thead><tr><th>实例ID/名称</th><th style="display:none">可用区</th><th>付费方式</th></tr></thead>
      <tbody><tr><td>i-1</td><td style="display:none">杭州</td><td>包年包月</td></tr></tbody></table>`);
    const rows = readTable(d, cols);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.zone).toBeUndefined();
    expect(text(rows[0]?.billing)).toBe('包年包月');
  });

  it('reads an ARIA div grid', () => {
    const d = doc(`<div role="grid"><div role="rowgroup"><div role="row"><div role="columnheader">付费方式</div><div role="columnheader">Instance ID/Name</div></div></div>
      <div role="rowgroup"><div role="row"><div role="gridcell">按量付费</div><div role="gridcell"><span>i-9</span></div></div></div></div>`);
    const rows = readTable(d, cols);
    expect(rows.map((r) => [text(r.id), text(r.billing)])).toEqual([['i-9', '按量付费']]);
  });

  it('a two-level header: a column named by its group cell and by its own cell below is the own cell\'s column', () => {
    const two = { id: ['ID/实例名'], config: ['配置', '实例配置'], billing: ['实例计费模式'] };
    const d = doc(`<table><thead><tr><th rowspan="2">ID/实例名</th><th colspan="2">配置</th><th rowspan="2">实例计费模式</th></tr>
      <tr><th>实例类型</th><th>实例配置</th></tr></thead>
      <tbody><tr><td>ins-1</td><td>标准型S5</td><td>2核 4GB 5Mbps</td><td>包年包月</td></tr></tbody></table>`);
    const rows = readTable(d, two);
    expect(rows.map((r) => [text(r.id), text(r.config), text(r.billing)])).toEqual([['ins-1', '2核 4GB 5Mbps', '包年包月']]);
    // a group whose own columns carry other names stays the column of its first cell
    const group = doc(`<table><thead><tr><th rowspan="2">ID/实例名</th><th colspan="2">配置</th></tr><tr><th>实例类型</th><th>规格</th></tr></thead>
      <tbody><tr><td>ins-1</td><td>标准型S5</td><td>2核 4GB</td></tr></tbody></table>`);
    expect(readTable(group, two).map((r) => text(r.config))).toEqual(['标准型S5']);
    // a second column of the same name beside the first (no group above it) does not take its place
    const beside = doc(`<table><thead><tr><th>ID/实例名</th><th colspan="2">配置</th><th>实例配置</th></tr></thead>
      <tbody><tr><td>ins-1</td><td>a</td><td>b</td><td>c</td></tr></tbody></table>`);
    expect(readTable(beside, two).map((r) => text(r.config))).toEqual(['a']);
  });

  it('returns [] when no header matches', () => {
    expect(readTable(doc('<p>付费方式</p>'), cols)).toEqual([]);
    expect(readTable(null, cols)).toEqual([]);
  });
});

describe('readField', () => {
  it('reads label-for + input, label + sibling, dt/dd, th/td, colon text and aria-label', () => {
    const d = doc(`
      <div class="next-form-item"><div class="next-form-item-label"><label for="n" required>* 网站名称：</label></div><div class="next-form-item-control"><input id="n" value="我的网站"></div></div>
      <div class="row"><div class="label"><span>付费方式</span><i role="tooltip">help</i></div><div class="value"><span>包年包月</span></div></div>
      <dl><dt>Expiration Time</dt><dd>Feb 28, 2027, 23:59:59</dd></dl>
      <table><tr><th>地域</th><td>华东1（杭州）</td></tr></table>
      <p>带宽：5Mbps</p>
      <select aria-label="证件类型"><option>身份证</option><option selected>护照</option></select>
      <div role="radiogroup" aria-label="主体性质"><label><input type="radio" name="t">个人</label><label><input type="radio" name="t" checked>企业</label></div>
      <div><span>Empty</span><span></span></div>`);
    expect(readFieldText(d, ['网站名称'])).toBe('我的网站');
    expect(readFieldText(d, ['付费方式', 'Billing Method'])).toBe('包年包月');
    expect(readFieldText(d, ['Expiration Time', '到期时间'])).toBe('Feb 28, 2027, 23:59:59');
    expect(readFieldText(d, ['地域'])).toBe('华东1(杭州)');
    expect(readField(d, ['带宽'])).toBe('5Mbps');
    expect(readFieldText(d, ['证件类型'])).toBe('护照');
    expect(readFieldText(d, ['主体性质'])).toBe('企业');
    expect(readFieldText(d, ['Empty'])).toBeUndefined();
    expect(readField(d, ['不存在'])).toBeUndefined();
  });

  it('skips labels the user cannot see', () => {
    const d = doc(`<ul role="menu" hidden><li><span>付费方式</span><span>按量付费</span></li></ul><div><span>付费方式</span><span>包年包月</span></div>`);
    expect(readFieldText(d, ['付费方式'])).toBe('包年包月');
  });

  it('reads a control value', () => {
    const d = doc(`<input id="i" value="abc"><div id="r"><span><input type="radio"></span><span>个人</span><span><input type="radio" checked></span><span>企业</span></div>`);
    expect(controlText(d.getElementById('i'))).toBe('abc');
    expect(controlText(d.getElementById('r'))).toBe('企业');
  });
});

describe('readTable: locked columns drawn by a second table', () => {
  it('takes a column hidden in the main table from the visible lock table beside it', () => {
    const d = doc(`<style>.ghost{visibility:hidden}</style><div class="next-table"><div class="inner">
      <div class="head"><table><thead><tr><th class="ghost">实例ID/名称</th><th>付费方式</th><th>可用区</th></tr></thead></table></div>
      <div class="body"><table><tbody><tr><td class="ghost">i-1</td><td>包年包月</td><td>杭州 可用区I</td></tr><tr><td class="ghost">i-2</td><td>按量付费</td><td>Z</td></tr></tbody></table></div>
      <div class="lock-left"><div class="head"><table><thead><tr><th>实例ID/名称</th></tr></thead></table></div>
        <div class="body"><table><tbody><tr><td>i-1</td></tr><tr><td>i-2</td></tr></tbody></table></div></div>
    </div></div>`);
    const rows = readTable(d, { id: ['实例ID/名称'], billing: ['付费方式'], zone: ['可用区'] });
    expect(rows.map((r) => [text(r.id), text(r.billing)])).toEqual([
      ['i-1', '包年包月'],
      ['i-2', '按量付费'],
    ]);
  });
});

describe('readField: properties laid out across a one-row table', () => {
  it('reads the cell under a header, but not in a multi-row list', () => {
    const one = doc(`<table><thead><tr><th>实例ID</th><th>地域</th></tr></thead><tbody><tr><td>i-1</td><td>华东1（杭州）</td></tr></tbody></table>`);
    expect(readFieldText(one, ['地域'])).toBe('华东1(杭州)');
    const many = doc(`<table><thead><tr><th>实例ID</th><th>地域</th></tr></thead><tbody><tr><td>i-1</td><td>A</td></tr><tr><td>i-2</td><td>B</td></tr></tbody></table>`);
    expect(readField(many, ['地域'])).toBeUndefined();
  });
});

describe('readTable: a grid of plain elements', () => {
  it('maps a header row of label-only cells to the rows after it', () => {
    const d = doc(`<div class="x"><div class="hd"><div><span>付费方式</span></div><div>实例ID/名称</div><div>状态</div></div>
      <div class="bd"><div class="r"><div>包年包月</div><div>i-1</div><div>运行中</div></div><div class="r"><div>按量付费</div><div>i-2</div><div>已停止</div></div></div></div>`);
    const rows = readTable(d, { id: ['实例ID/名称'], billing: ['付费方式'], status: ['状态'] });
    expect(rows.map((r) => [text(r.id), text(r.billing)])).toEqual([
      ['i-1', '包年包月'],
      ['i-2', '按量付费'],
    ]);
  });
  it('does not take a key/value detail grid for a table', () => {
    const d = doc(`<div><div class="row"><div><label>实例ID/名称</label><span>i-1</span></div><div><label>付费方式</label><span>包年包月</span></div></div>
      <div class="row"><div><label>状态</label><span>运行中</span></div><div><label>地域</label><span>杭州</span></div></div></div>`);
    expect(readTable(d, { id: ['实例ID/名称'], billing: ['付费方式'], status: ['状态'] })).toEqual([]);
  });
});

describe('isVisible: off-screen and clipped inline styles', () => {
  it('drops text moved off screen or clipped by an inline style', () => {
    const d = doc(`<p id="a" style="position:absolute;left:-9999px">x</p><p id="b" style="position:absolute;clip:rect(0,0,0,0)">y</p><p id="c" style="position:relative;left:-10px">z</p>`);
    const cache = new WeakMap<Element, boolean>();
    expect(isVisible(d.getElementById('a'), cache)).toBe(false);
    expect(isVisible(d.getElementById('b'), cache)).toBe(false);
    expect(isVisible(d.getElementById('c'), cache)).toBe(true);
  });
});

describe('readTable: header widgets with text', () => {
  it('finds a label beside a visible filter widget in the same header cell', () => {
    const d = doc(`<table><thead><tr><th><div>实例ID/名称</div></th><th><div>付费方式 <span class="filter"><span>筛选</span></span></div></th><th>可用区</th></tr></thead>
      <tbody><tr><td>i-1</td><td>包年包月</td><td>Z</td></tr></tbody></table>`);
    const rows = readTable(d, { id: ['实例ID/名称'], billing: ['付费方式'], zone: ['可用区'] });
    expect(text(rows[0]?.billing)).toBe('包年包月');
  });
});

describe('isVisible: data-state', () => {
  it('hides a closed overlay but not a trigger that says closed', () => {
    const d = doc(`<button id="t" data-state="closed">付费方式</button><div id="m" role="menu" data-state="closed">按量付费</div>`);
    expect(isVisible(d.getElementById('t'))).toBe(true);
    expect(isVisible(d.getElementById('m'))).toBe(false);
  });
});

describe('visibleText: a closed select', () => {
  it('shows only the selected option', () => {
    const d = doc(`<p id="p">周期 <select><option>1个月</option><option selected>1年</option></select></p>`);
    expect(visibleText(d.getElementById('p'))).toBe('周期 1年');
  });
});

describe('readField: a label without a value', () => {
  it('does not take the next field row for its value', () => {
    const d = doc(`<div class="row"><div class="k">到期时间</div></div><div class="row"><div class="k">付费方式</div><div class="v">包年包月</div></div>`);
    expect(readField(d, ['到期时间'])).toBeUndefined();
    expect(readFieldText(d, ['付费方式'])).toBe('包年包月');
  });
});

describe('readField: plain nested divs', () => {
  it('reads the value of a label wrapped one level deeper than its value', () => {
    const d = doc(`<div><div><span>付费方式</span></div><div>包年包月</div></div>`);
    expect(readFieldText(d, ['付费方式'])).toBe('包年包月');
  });
});

describe('readTable: a header row of plain <td> cells', () => {
  const cols = { id: ['实例ID/名称'], billing: ['付费方式'], zone: ['可用区'] };
  it('reads a table whose first row names two columns or more', () => {
    const d = doc(`<table><tr><td>可用区</td><td>实例ID/名称</td><td>付费方式</td></tr><tr><td>Z1</td><td>i-1</td><td>包年包月</td></tr><tr><td>Z2</td><td>i-2</td><td>按量付费</td></tr></table>`);
    expect(readTable(d, cols).map((r) => [text(r.id), text(r.billing), text(r.zone)])).toEqual([
      ['i-1', '包年包月', 'Z1'],
      ['i-2', '按量付费', 'Z2'],
    ]);
  });
  it('does not take a key/value table for a list', () => {
    const d = doc(`<table><tr><td>付费方式</td><td>包年包月</td></tr><tr><td>可用区</td><td>Z1</td></tr></table>`);
    expect(readTable(d, cols)).toEqual([]);
  });
});

describe('visibleText: values side by side in spans', () => {
  it('keeps adjacent span values apart, formatting inside a word together', () => {
    const d = doc(`<p id="p"><a>i-bp1a2b3c4d5e6f7g8h9i</a><span>web-01</span><span>121.40.12.34</span><span>172.16.0.1</span> Sub<b>scription</b></p>`);
    expect(visibleText(d.getElementById('p'))).toBe('i-bp1a2b3c4d5e6f7g8h9i web-01 121.40.12.34 172.16.0.1 Subscription');
  });
});

describe('text drawn as several text nodes (React: {a}{" "}{b}, server-rendered with comments between)', () => {
  const split = (...pieces: string[]) => pieces.join('<!-- -->');
  it('a value keeps the spaces between its pieces', () => {
    const d = doc(`<div id="v">${split('2', ' ', 'vCPU', ' ', '4', ' ', 'GiB')}</div>`);
    expect(valueText(d.getElementById('v'))).toBe('2 vCPU 4 GiB');
  });
  it('a label drawn in pieces is still its label', () => {
    const d = doc(`<dl><dt>${split('Billing', ' ', 'Method')}</dt><dd>Subscription</dd></dl>`);
    expect(readFieldText(d.body, ['Billing Method'])).toBe('Subscription');
  });
  it('an error message drawn in pieces is still an error', () => {
    const d = doc(`<div class="banner">${split('Failed', ' ', 'to', ' ', 'load', ' ', 'the instances')}</div>`);
    expect(detectPageState(d.body, createVisibilityCache())).toBe('error');
    const l = doc(`<div>${split('Loading', '...')}</div>`);
    expect(detectPageState(l.body, createVisibilityCache())).toBe('loading');
  });
});

describe('a one-row properties table with a hidden row', () => {
  it('reads the shown row below the header; a hidden copy is no second row', () => {
    const d = doc(`<table><thead><tr><th>Region</th><th>Billing Method</th></tr></thead><tbody><tr hidden><td>Japan (Tokyo)</td><td>Pay-As-You-Go</td></tr><tr><td>Japan (Tokyo)</td><td>Subscription</td></tr></tbody></table>`);
    expect(readFieldText(d.body, ['Billing Method'])).toBe('Subscription');
  });
});

describe('text glued across an element inside a token (a search match, <wbr>)', () => {
  it('a highlighted part of an ID is one text with it; a name and an ID in two elements side by side are two', () => {
    const d = doc(`<div id="a"><a>ins<mark class="highlight">-k9x</mark>8w7v6</a></div><div id="b"><mark>lhins</mark>-g9z7k2m1</div><div id="c"><span>web01</span><span>ins-abc12345</span></div><div id="d">i-bp1list<wbr>00007abcd</div>`);
    expect(valueText(d.getElementById('a'))).toBe('ins-k9x8w7v6');
    expect(valueText(d.getElementById('b'))).toBe('lhins-g9z7k2m1');
    expect(valueText(d.getElementById('c'))).toBe('web01 ins-abc12345');
    expect(valueText(d.getElementById('d'))).toBe('i-bp1list00007abcd');
    expect(visibleText(d.getElementById('a'))).toBe('ins-k9x8w7v6');
    expect(visibleText(d.getElementById('c'))).toBe('web01 ins-abc12345');
  });
  it('a <span> highlight between two parts of a token is no break in the visible text', () => {
    const d = doc(`<p id="p">43.<span class="highlight">139.</span>20.8<span class="weak">(公网)</span></p>`);
    expect(visibleText(d.getElementById('p'))).toBe('43.139.20.8 (公网)');
  });
  it('finds the card of an ID drawn with a highlighted part, and not an ID glued to a name in two elements', () => {
    const cards = doc(`<div class="card"><p>lhi<mark>ns-g</mark>9z7k2m1<button aria-label="复制"><i class="icon"></i></button></p><p>广州</p></div><div class="card"><p>lhins-p3<wbr>x5v7n9</p><p>上海</p></div><div class="card"><div><strong>name</strong><small>lhins-q1w2e3r4</small></div></div>`);
    const found = idContainers(cards.body, /(?<![a-z0-9-])lhins-[a-z0-9]{8}(?![a-z0-9])/, createVisibilityCache());
    expect(found.map((f) => [f.id, f.container.className])).toEqual([
      ['lhins-g9z7k2m1', 'card'],
      ['lhins-p3x5v7n9', 'card'],
      ['lhins-q1w2e3r4', 'card'],
    ]);
  });
  it('reads a value after its label with a highlighted part', () => {
    const d = doc(`<p><span>到期时间：</span>202<mark class="highlight">7-01</mark>-18 14:02:11<a>续费</a></p>`);
    expect(readFieldText(d.body, ['到期时间'])).toBe('2027-01-18 14:02:11');
  });
});

describe('a short library-prefixed "-sr" class', () => {
  it('hides screen-reader text, not a wrapper of that name around the page', () => {
    const d = doc(`<div class="a-sr" id="w"><span id="t">Instance ID</span><span class="dm-sr" id="s">帮助</span></div>`);
    expect(isVisible(d.getElementById('t'))).toBe(true);
    expect(isVisible(d.getElementById('s'))).toBe(false);
    expect(visibleText(d.getElementById('w'))).toBe('Instance ID');
  });
});

describe('labels and values nested deeper (more wrapper boxes)', () => {
  it('a label box and a value box drawn alike: the value box is the value', () => {
    const d = doc(`<div><span><span class="x"><span>持有者名称</span></span></span><span><span class="x"><span>周八</span></span></span></div>`);
    expect(readFieldText(d, ['持有者名称'])).toBe('周八');
  });
  it('a pair row whose cells wrap their text alike', () => {
    const d = doc(`<table><tr><td><div class="x"><div>证件类型：</div></div></td><td><div class="x"><div>营业执照</div></div></td></tr></table>`);
    expect(readFieldText(d, ['证件类型'])).toBe('营业执照');
  });
  it('a <label for> whose text sits in boxes inside it labels its control', () => {
    const d = doc(`<div><label for="n"><span class="x"><span>网站名称</span></span></label><a>命名规范</a></div><div><input id="n" value="张三的技术笔记"><span class="count">7/100</span></div>`);
    expect(readFieldText(d, ['网站名称'])).toBe('张三的技术笔记');
  });
});

describe('invisible break characters inside a long ID', () => {
  it('a zero-width space or a soft hyphen is no part of the ID', () => {
    const cards = doc(`<div class="card"><p>lhins-g9\u200bz7k2m1</p><p>广州</p></div><div class="card"><p>lhins-p3x5\u00adv7n9</p><p>上海</p></div>`);
    const found = idContainers(cards.body, /(?<![a-z0-9-])lhins-[a-z0-9]{8}(?![a-z0-9])/, createVisibilityCache());
    expect(found.map((f) => f.id)).toEqual(['lhins-g9z7k2m1', 'lhins-p3x5v7n9']);
  });
});

describe('controls read by their live state, not their default attributes', () => {
  // a real console: the page's markup says the default, the user (or React) changed the control since
  const page = () =>
    doc(`<form>
      <div class="row"><label>付费方式</label><div><label><input type="radio" name="pay" checked> 包年包月</label><label><input type="radio" name="pay"> 按量付费</label></div></div>
      <div class="row"><label for="reg">地域</label><select id="reg"><option selected>华北2(北京)</option><option>华东1(杭州)</option><option>华南1(深圳)</option></select></div>
    </form>`);
  it('a radio picked after load, not the one with the checked attribute', () => {
    const d = page();
    expect(readFieldText(d, ['付费方式'])).toBe('包年包月');
    (d.querySelectorAll('input[type="radio"]')[1] as HTMLInputElement).checked = true;
    expect(readFieldText(d, ['付费方式'])).toBe('按量付费');
  });
  it('the option chosen after load, not the one with the selected attribute', () => {
    const d = page();
    expect(readFieldText(d, ['地域'])).toBe('华北2(北京)');
    (d.querySelector('select') as HTMLSelectElement).selectedIndex = 1;
    expect(readFieldText(d, ['地域'])).toBe('华东1(杭州)');
    expect(valueText(d.querySelector('select')!, createVisibilityCache())).toBe('华东1(杭州)');
  });
});
