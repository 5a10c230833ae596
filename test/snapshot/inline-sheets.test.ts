// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { INLINED_ATTR, inlineLinkedSheets, linkedSheets } from '../../src/snapshot/inline-sheets';
import { applyState } from '../../src/snapshot/open-copy';
import { pathOf } from '../../src/snapshot/node-path';
import type { SheetTexts } from '../../src/snapshot/sheet-texts';

/**
 * src/snapshot/inline-sheets: a copy's linked sheets put in as `<style>`s where their text could be had — in the link's
 * place (the element tree and the sheet owners' order kept), with its media and title, and only links a browser loads.
 */
const BASE = 'https://console.example.test/cvm/index';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function texts(map: Record<string, string | null>, asked: string[] = []): SheetTexts {
  return {
    get: async (url) => {
      asked.push(url);
      return map[url] ?? null;
    },
  };
}

describe('linkedSheets', () => {
  it('lists the links a browser loads as sheets, their URLs resolved against the page', () => {
    const doc = parse(`<html><head>
      <link rel="stylesheet" href="/static/app.css#x">
      <link rel="Preload Stylesheet" href="https://cdn.example.test/a.css">
      <link rel="alternate stylesheet" href="alt.css">
      <link rel="stylesheet" href="off.css" disabled>
      <link rel="stylesheet" href="less.less" type="text/less">
      <link rel="stylesheet" href="ok.css" type="TEXT/CSS">
      <link rel="icon" href="favicon.ico">
      <link rel="stylesheet" href="data:text/css,.a{}">
    </head><body><link rel="stylesheet" href="//cdn.example.test/body.css"></body></html>`);
    expect(linkedSheets(doc, BASE).map((l) => l.url)).toEqual([
      'https://console.example.test/static/app.css',
      'https://cdn.example.test/a.css',
      'https://console.example.test/cvm/ok.css',
      'https://cdn.example.test/body.css',
    ]);
  });
});

describe('inlineLinkedSheets', () => {
  it('puts each sheet whose text it has in its link’s place, with its media and title; others stay linked', async () => {
    const doc = parse(`<html><head><style>.x{}</style><link rel="stylesheet" href="https://cdn.example.test/a.css" media="screen" title="main"><link rel="stylesheet" href="https://cdn.example.test/b.css"><meta name="after"></head><body><div><span>x</span></div></body></html>`);
    const meta = doc.querySelector('meta')!;
    const pathBefore = pathOf(meta);
    const n = await inlineLinkedSheets([doc], BASE, texts({ 'https://cdn.example.test/a.css': '.hide{display:none}' }));
    expect(n).toBe(1);
    const head = [...doc.head.children].map((e) => e.tagName);
    expect(head).toEqual(['STYLE', 'STYLE', 'LINK', 'META']);
    const inlined = doc.head.children[1]!;
    expect(inlined.getAttribute(INLINED_ATTR)).toBe('https://cdn.example.test/a.css');
    expect(inlined.getAttribute('media')).toBe('screen');
    expect(inlined.getAttribute('title')).toBe('main');
    expect(inlined.textContent).toBe('.hide{display:none}');
    expect(pathOf(meta)).toEqual(pathBefore);
  });

  it('puts in the sheets linked in open shadow roots given with the document (a micro-frontend’s)', async () => {
    const doc = parse(`<html><head></head><body><div id="app"></div></body></html>`);
    const root = doc.getElementById('app')!.attachShadow({ mode: 'open' });
    root.append(Object.assign(doc.createElement('link'), { rel: 'stylesheet', href: 'https://cdn.example.test/app.css' }), doc.createElement('section'));
    expect(await inlineLinkedSheets([doc, root], BASE, texts({ 'https://cdn.example.test/app.css': '.a{display:none}' }))).toBe(1);
    expect([...root.children].map((e) => e.tagName)).toEqual(['STYLE', 'SECTION']);
    expect(root.firstElementChild!.textContent).toBe('.a{display:none}');
  });

  it('leaves a link whose text comes too late', async () => {
    const doc = parse(`<html><head><link rel="stylesheet" href="https://cdn.example.test/slow.css"></head><body></body></html>`);
    const slow: SheetTexts = { get: () => new Promise((resolve) => setTimeout(() => resolve('.a{}'), 200)) };
    expect(await inlineLinkedSheets([doc], BASE, slow, 20)).toBe(0);
    expect(doc.querySelector('link')).not.toBeNull();
  });

  it('asks for nothing on a page without linked sheets', async () => {
    const asked: string[] = [];
    const doc = parse(`<html><head><style>.a{}</style></head><body></body></html>`);
    expect(await inlineLinkedSheets([doc], BASE, texts({}, asked))).toBe(0);
    expect(asked).toEqual([]);
  });

  it('keeps the snapshot’s rules and disabled sheets on the page’s own owners (applyState)', async () => {
    // the page: <style> 0, a linked sheet, <style> 1; the CSSOM added a rule to <style> 1, and disabled the linked sheet (owner 1)
    const doc = parse(`<html><head><style>.a{}</style><link rel="stylesheet" href="https://cdn.example.test/a.css"><style>.b{}</style></head><body></body></html>`);
    await inlineLinkedSheets([doc], BASE, texts({ 'https://cdn.example.test/a.css': '.c{display:none}' }));
    applyState(doc, { sheets: [{ at: 1, css: '.b{}.added{display:none}' }], adopted: '', controls: [], disabledSheets: [1] });
    const [first, inlined, second] = [...doc.head.children] as HTMLStyleElement[];
    expect(first!.textContent).toBe('.a{}');
    expect(inlined!.textContent).toBe('.c{display:none}');
    expect(second!.textContent).toBe('.b{}.added{display:none}');
    expect(inlined!.sheet?.disabled).toBe(true);
    expect(first!.sheet?.disabled).toBe(false);
  });
});
