// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://ecs.console.aliyun.com/server/region/cn-hangzhou?x=1#/list"}
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PageSnapshotSchema } from '../../src/snapshot/snapshot-schema';
import { takeSnapshot, takeSnapshotInPieces } from '../../src/snapshot/take-snapshot';
import { CONTROLS, SHEET_OWNERS } from '../../src/snapshot/snapshot-limits';

/**
 * src/snapshot/take-snapshot in happy-dom: what a page's snapshot carries beside its markup. happy-dom has
 * Element.getHTML (shadow roots serialized as `<template shadowrootmode>`), CSSOM rules (insertRule) and adopted
 * sheets, but loads no `<link>` sheet (their `sheet` is faked here) and has no HTMLOptionElement.defaultSelected
 * (given here as the spec defines it: the `selected` attribute). The browser's own serializer and sheets:
 * test/e2e/snapshot-read-in-chromium.test.ts.
 */
const optionProto = HTMLOptionElement.prototype as unknown as Record<string, unknown>;
const hadDefaultSelected = 'defaultSelected' in optionProto;
beforeAll(() => {
  if (!hadDefaultSelected) {
    Object.defineProperty(optionProto, 'defaultSelected', {
      configurable: true,
      get(this: HTMLOptionElement) {
        return this.hasAttribute('selected');
      },
    });
  }
});
afterAll(() => {
  if (!hadDefaultSelected) delete optionProto.defaultSelected;
});

function setPage(body: string, head = '<title>t</title>') {
  document.documentElement.innerHTML = `<head>${head}</head><body>${body}</body>`;
  document.adoptedStyleSheets = [];
}

describe('takeSnapshot: controls', () => {
  beforeEach(() =>
    setPage(
      `<form>
        <input id="t1" value="a"><input id="t2" value="same">
        <input type="checkbox" id="c1"><input type="checkbox" checked id="c2">
        <input type="radio" name="r" checked id="r1"><input type="radio" name="r" id="r2">
        <input type="password" id="pw" value="">
        <input type="file" id="f" value="C:\\fakepath\\a.txt">
        <textarea id="ta">orig</textarea>
        <select id="s"><option value="1">one</option><option value="2" selected>two</option><option>three</option></select>
        <input type="hidden" value="h">
        <select multiple id="m"><option>m1</option><option selected>m2</option></select>
        <div id="host"></div>
        <input id="last" value="z">
      </form>`,
    ),
  );
  const el = <T extends Element>(id: string) => document.getElementById(id) as unknown as T;

  it('nothing changed: no control listed', () => {
    expect(takeSnapshot(document).controls).toEqual([]);
  });

  it('lists the controls whose value, checked or selected differs from their markup, by index in `input, textarea, option` order', () => {
    el<HTMLInputElement>('t1').value = 'typed';
    el<HTMLInputElement>('c1').checked = true;
    el<HTMLInputElement>('r2').checked = true;
    el<HTMLInputElement>('r1').checked = false; // (a browser unchecks the group's other radio itself)
    el<HTMLTextAreaElement>('ta').value = 'new text';
    el<HTMLSelectElement>('s').value = 'three';
    (el<HTMLSelectElement>('m').options[0]!).selected = true;
    el<HTMLInputElement>('last').value = 'zz';
    // a control in a shadow root is not among the document's (nor among the copy's): no index taken
    const root = el<HTMLElement>('host').attachShadow({ mode: 'open' });
    root.innerHTML = '<input value="in">';
    (root.firstElementChild as HTMLInputElement).value = 'typed in root';
    const snap = takeSnapshot(document, [root]);
    // (each with its control's key: open-copy finds a control the copy's parser moved)
    expect(snap.controls).toMatchObject([
      { at: 0, value: 'typed' },
      { at: 2, checked: true },
      { at: 4, checked: false },
      { at: 5, checked: true },
      { at: 8, value: 'new text' },
      { at: 10, selected: false },
      { at: 11, selected: true },
      { at: 13, selected: true },
      { at: 15, value: 'zz' },
    ]);
    // the indices are the document's `input, textarea, option` in document order
    const all = document.querySelectorAll('input, textarea, option');
    expect(all[8]!.id).toBe('ta');
    expect(all[15]!.id).toBe('last');
    expect(PageSnapshotSchema.safeParse(snap).success).toBe(true);
  });

  it('a password never carries its value, nor does a file input', () => {
    el<HTMLInputElement>('pw').value = 'hunter2';
    const snap = takeSnapshot(document);
    expect(snap.controls).toEqual([]);
    expect(JSON.stringify(snap)).not.toContain('hunter2');
    expect(JSON.stringify(snap)).not.toContain('fakepath\\\\a.txt"}');
    // a password shown as text (a "show password" eye) is a text input
    el<HTMLInputElement>('pw').type = 'text';
    expect(takeSnapshot(document).controls).toMatchObject([{ at: 6, value: 'hunter2' }]);
  });

  it('a value longer than 100,000 characters is cut there', () => {
    el<HTMLInputElement>('t2').value = 'x'.repeat(100_001);
    const [c] = takeSnapshot(document).controls;
    expect(c!.at).toBe(1);
    expect(c!.value).toHaveLength(100_000);
  });
});

describe('takeSnapshot: markup', () => {
  it('the document element with its attributes (escaped), open shadow roots given as declarative shadow DOM', () => {
    setPage('<div id="open"></div><div id="closed"></div><p>a&amp;b &lt;c&gt;</p>');
    const html = document.documentElement;
    html.setAttribute('lang', 'zh');
    html.setAttribute('data-x', 'a"b&c\u00a0d');
    const open = document.getElementById('open')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<span>in open root</span>';
    const closed = document.getElementById('closed')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<span>in closed root</span>';
    const snap = takeSnapshot(document, [open, closed]);
    expect(snap.html.startsWith('<html lang="zh" data-x="a&quot;b&amp;c&nbsp;d"><head>')).toBe(true);
    expect(snap.html.endsWith('</body></html>')).toBe(true);
    expect(snap.html).toContain('<template shadowrootmode="open"><span>in open root</span></template>');
    expect(snap.html).not.toContain('in closed root');
    // parsed again: the same attribute values
    const again = new DOMParser().parseFromString(snap.html, 'text/html');
    expect(again.documentElement.getAttribute('data-x')).toBe('a"b&c\u00a0d');
    expect(again.querySelector('p')!.textContent).toBe('a&b <c>');
  });

  it('getHTML is given the open shadow roots only (a browser serializes a closed root it is given)', () => {
    setPage('<div id="open"></div><div id="closed"></div>');
    const open = document.getElementById('open')!.attachShadow({ mode: 'open' });
    const closed = document.getElementById('closed')!.attachShadow({ mode: 'closed' });
    const html = document.documentElement as unknown as { getHTML: (o: unknown) => string };
    const given: unknown[] = [];
    const real = html.getHTML;
    Object.defineProperty(html, 'getHTML', {
      configurable: true,
      value(this: unknown, o: unknown) {
        given.push(o);
        return real.call(this, o);
      },
    });
    try {
      takeSnapshot(document, [open, closed]);
    } finally {
      delete (html as { getHTML?: unknown }).getHTML;
    }
    expect(given).toEqual([{ serializableShadowRoots: true, shadowRoots: [open] }]);
  });

  it('where the browser has no getHTML: the outerHTML', () => {
    setPage('<p>x</p>');
    const html = document.documentElement as unknown as { getHTML?: unknown };
    Object.defineProperty(html, 'getHTML', { value: undefined, configurable: true });
    try {
      expect(takeSnapshot(document).html).toBe(document.documentElement.outerHTML);
    } finally {
      delete html.getHTML;
    }
  });

  it('doctype: whether the page is in standards mode (an old doctype is quirks too)', () => {
    setPage('<p>x</p>');
    // (happy-dom's compatMode is always CSS1Compat: the browser's, stubbed)
    for (const [mode, standards] of [['BackCompat', false], ['CSS1Compat', true]] as const) {
      Object.defineProperty(document, 'compatMode', { value: mode, configurable: true });
      try {
        expect(takeSnapshot(document).doctype).toBe(standards);
      } finally {
        delete (document as unknown as { compatMode?: string }).compatMode;
      }
    }
  });

  it('url and baseUrl: the document URL, the base URL its `<base href>` sets', () => {
    setPage('<p>x</p>');
    let snap = takeSnapshot(document);
    expect(snap.url).toBe('https://ecs.console.aliyun.com/server/region/cn-hangzhou?x=1#/list');
    expect(snap.baseUrl).toBe('https://ecs.console.aliyun.com/server/region/cn-hangzhou?x=1#/list');
    setPage('<p>x</p>', '<base href="/console/app/"><title>t</title>');
    snap = takeSnapshot(document);
    expect(snap.baseUrl).toBe('https://ecs.console.aliyun.com/console/app/');
    expect(snap.url).toBe('https://ecs.console.aliyun.com/server/region/cn-hangzhou?x=1#/list');
  });
});

describe('takeSnapshot: viewport', () => {
  const setSize = (w: number, h: number) => {
    Object.defineProperty(window, 'innerWidth', { value: w, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: h, configurable: true });
  };
  afterAll(() => setSize(1024, 768));

  it.each([
    [1280.4, 719.6, 1280, 720],
    [0, -5, 1, 1],
    [Number.NaN, 2_000_000, 1, 100_000],
    [Number.POSITIVE_INFINITY, 0.2, 100_000, 1],
  ])('innerWidth %s × innerHeight %s → %s × %s', (w, h, width, height) => {
    setPage('<p>x</p>');
    setSize(w, h);
    const snap = takeSnapshot(document);
    expect([snap.width, snap.height]).toEqual([width, height]);
    expect(PageSnapshotSchema.safeParse(snap).success).toBe(true);
  });

  it('a document with no window: 1280 × 800', () => {
    const doc = document.implementation.createHTMLDocument('x');
    expect(doc.defaultView).toBeNull();
    const snap = takeSnapshot(doc);
    expect([snap.width, snap.height]).toEqual([1280, 800]);
  });
});

describe('takeSnapshot: style sheets', () => {
  it('`<style>` rules added through the CSSOM (empty text, or more rules than its text), by index among the styles', () => {
    setPage('<p>x</p>', '<style>.a{color:red}</style><style></style><style>.b{color:green}</style><style></style><style>  </style>');
    const styles = document.getElementsByTagName('style');
    styles[1]!.sheet!.insertRule('.q{color:blue}', 0);
    styles[2]!.sheet!.insertRule('.c{color:gray}', 1);
    styles[4]!.sheet!.insertRule('.w{color:white}', 0);
    const { sheets } = takeSnapshot(document);
    expect(sheets.map((s) => s.at)).toEqual([1, 2, 4]);
    expect(sheets[0]!.css).toMatch(/^\.q \{\s*color: blue;\s*\}$/);
    expect(sheets[1]!.css).toMatch(/\.b \{\s*color: green;\s*\}\n\.c \{\s*color: gray;\s*\}/);
  });

  it('a `<style>` whose text nests rules (`@media x{.a{}}`: two braces, one rule) and got a rule through the CSSOM', () => {
    setPage('<p>x</p>', '<style>@media (min-width: 1px) { .a { color: red } .b { color: green } }</style><style>@media (min-width: 1px) { .c { color: red } } .d { color: blue }</style>');
    const styles = document.getElementsByTagName('style');
    expect(styles[0]!.sheet!.cssRules).toHaveLength(1);
    styles[0]!.sheet!.insertRule('.e { color: gray }', 1);
    styles[0]!.sheet!.insertRule('.f { color: gray }', 2);
    // the second: as its text says (two rules, two blocks)
    expect(styles[1]!.sheet!.cssRules).toHaveLength(2);
    const { sheets } = takeSnapshot(document);
    expect(sheets.map((s) => s.at)).toEqual([0]);
    expect(sheets[0]!.css).toMatch(/\.a \{[^]*\.b \{[^]*\n\.e \{\s*color: gray;\s*\}\n\.f \{/);
  });

  it('adopted sheets: their rules', () => {
    setPage('<p>x</p>');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.z{color:red} .y{display:none}');
    document.adoptedStyleSheets = [sheet];
    const { adopted } = takeSnapshot(document);
    expect(adopted).toMatch(/\.z \{\s*color: red;\s*\}\n\.y \{\s*display: none;\s*\}/);
    document.adoptedStyleSheets = [];
    expect(takeSnapshot(document).adopted).toBe('');
  });

  it('loadedSheets: the absolute URLs of the linked style sheets that loaded', () => {
    setPage(
      '<p>x</p>',
      `<link rel="stylesheet" href="a.css"><link rel="stylesheet" href="b.css"><link rel="Alternate StyleSheet" href="https://g.alicdn.com/console/c.css"><link rel="icon" href="i.css"><link rel="stylesheet"><link rel="stylesheet" href="https://x.example/${'l'.repeat(8200)}.css">`,
    );
    const links = [...document.querySelectorAll('link')];
    // happy-dom loads no sheet (and resolves a link's href against the page's URL, not its <base>): a, c, the icon and the long one "loaded"
    for (const i of [0, 2, 3, 5]) Object.defineProperty(links[i]!, 'sheet', { value: new CSSStyleSheet(), configurable: true });
    expect(takeSnapshot(document).loadedSheets).toEqual(['https://ecs.console.aliyun.com/server/region/a.css', 'https://g.alicdn.com/console/c.css']);
  });
});

  it('styles, disabled sheet owners and controls interleaved: each by its index among its own query (one walk sorts them)', () => {
    setPage(
      `<input id="a" value="x"><svg id="g"></svg><textarea id="b"></textarea><select><option>o1</option><option selected>o2</option></select>
       <input id="p" popover value="y"><style></style><link rel="icon" href="i.png"><link rel="Alternate StyleSheet" href="c.css"><input id="c" value="z">`,
      '<style>.a{color:red}</style><link rel="stylesheet" href="a.css"><style></style>',
    );
    // an svg's <style> (the query `style` matches it too), made by hand: happy-dom's parser reads no foreign <style>
    document.getElementById('g')!.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'style'));
    (document.getElementById('a') as HTMLInputElement).value = 'typed a';
    (document.getElementById('c') as HTMLInputElement).value = 'typed c';
    (document.getElementById('p') as HTMLInputElement).value = 'typed p';
    const styles = [...document.querySelectorAll('style')];
    // the empty ones (head's second, the svg's, the body's) got rules through the CSSOM
    for (const s of [styles[1]!, styles[2]!, styles[3]!]) s.sheet!.insertRule('.q{color:blue}', 0);
    const owners = [...document.querySelectorAll(SHEET_OWNERS)];
    const links = [...document.querySelectorAll('link')];
    // happy-dom loads no sheet: the stylesheet links get one, the alternate's and the svg style's disabled
    for (const l of [links[0]!, links[2]!]) Object.defineProperty(l, 'sheet', { value: new CSSStyleSheet(), configurable: true });
    links[2]!.sheet!.disabled = true;
    styles[2]!.sheet!.disabled = true;
    const controls = [...document.querySelectorAll(CONTROLS)];
    const snap = takeSnapshot(document);
    expect(snap.sheets.map((s) => s.at)).toEqual([1, 2, 3]);
    expect(snap.disabledSheets).toEqual([owners.indexOf(styles[2]!), owners.indexOf(links[2]!)]);
    expect(snap.disabledSheets).toEqual([3, 5]);
    expect(snap.controls.map((c) => c.at)).toEqual([0, controls.indexOf(document.getElementById('p')!), controls.indexOf(document.getElementById('c')!)]);
    expect(snap.controls.map((c) => c.at)).toEqual([0, 4, 5]);
  });

describe('takeSnapshotInPieces', () => {
  it('the same snapshot as takeSnapshot (markup as parsed again, controls, sheets), open shadow roots included', () => {
    // (the host inside a small element written whole: happy-dom's getHTML on a host leaves out its own root, Chromium's
    // writes it — test/e2e covers pieces in Chromium)
    setPage('a &amp; b<section><div id="host"></div></section><form><input id="i" value="a"><select><option selected>1</option><option>2</option></select></form><p title="a&quot;b">x &amp; y</p>', '<style></style>');
    document.getElementsByTagName('style')[0]!.sheet!.insertRule('.q{color:blue}', 0);
    (document.getElementById('i') as HTMLInputElement).value = 'typed';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>in root</span>';
    const whole = takeSnapshot(document, [root]);
    const work = takeSnapshotInPieces(document, [root], () => true, 3);
    let pieces = 0;
    let step = work.next();
    for (; !step.done; step = work.next()) pieces++;
    expect(pieces).toBeGreaterThan(2);
    const { html, ...state } = step.value;
    const { html: wholeHtml, ...wholeState } = whole;
    expect(state).toEqual(wholeState);
    expect(state.controls).toMatchObject([{ at: 0, value: 'typed' }]);
    expect(state.sheets).toHaveLength(1);
    const reparsed = (s: string) => new DOMParser().parseFromString(s, 'text/html').documentElement.outerHTML;
    expect(html).toContain('<template shadowrootmode="open"><span>in root</span></template>');
    expect(reparsed(html)).toBe(reparsed(wholeHtml));
  });
});
