// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { atPath, ENTER_SHADOW, MAX_PATH, pathOf } from '../../src/snapshot/node-path';

/**
 * src/snapshot/node-path: a row's place as element-child indices (ENTER_SHADOW into an open shadow root), found in
 * the copy of a page and looked up in the page (the copy's element tree is the page's).
 */
describe('node paths', () => {
  beforeEach(() => {
    document.documentElement.innerHTML =
      '<head><title>t</title></head><body>\n  text <!-- c --><div id="a"><span>x</span>text<span id="b">y</span></div>\n  <table><tbody><tr><td>1</td></tr><tr id="r2"><td>2</td><td id="c22">two</td></tr></tbody></table><div id="host"></div></body>';
  });

  it('finds each element again by its path, text and comment nodes between elements not counted', () => {
    const b = document.getElementById('b')!;
    // html > body (1) > div#a (0: the text and comment before it are not elements) > span#b (1: a text node between)
    expect(pathOf(b)).toEqual([1, 0, 1]);
    for (const el of document.querySelectorAll('*')) {
      const path = pathOf(el);
      expect(path, el.outerHTML).not.toBeNull();
      expect(atPath(document, path!)).toBe(el);
    }
    expect(pathOf(document.documentElement)).toEqual([]);
    expect(atPath(document, [])).toBe(document.documentElement);
    expect(pathOf(document.getElementById('c22')!)).toEqual([1, 1, 0, 1, 1]);
  });

  it('enters an open shadow root (ENTER_SHADOW), nested ones too', () => {
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>p{}</style>text<section><p>one</p><p id="deep">two</p><div id="inner-host"></div></section>';
    const deep = root.getElementById('deep')!;
    const hostPath = pathOf(host)!;
    expect(pathOf(deep)).toEqual([...hostPath, ENTER_SHADOW, 1, 1]);
    expect(atPath(document, pathOf(deep)!)).toBe(deep);
    const inner = (root.getElementById('inner-host')!).attachShadow({ mode: 'open' });
    inner.innerHTML = '<b>a</b><i>b</i>';
    const i = inner.querySelector('i')!;
    expect(pathOf(i)).toEqual([...hostPath, ENTER_SHADOW, 1, 2, ENTER_SHADOW, 1]);
    expect(atPath(document, pathOf(i)!)).toBe(i);
    // the shadow root itself is no element; a path into a host without a root leads nowhere
    expect(atPath(document, [...hostPath, ENTER_SHADOW])).toBeNull();
    expect(atPath(document, [1, 0, ENTER_SHADOW, 0])).toBeNull();
  });

  it('a closed shadow root is not entered', () => {
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<p>hidden</p>';
    const p = root.querySelector('p')!;
    const path = pathOf(p);
    // its path names the way in, but the page's lookup cannot take it
    expect(path).not.toBeNull();
    expect(atPath(document, path!)).toBeNull();
  });

  it('an element not in the document has no path', () => {
    const loose = document.createElement('div');
    loose.innerHTML = '<span>x</span>';
    expect(pathOf(loose)).toBeNull();
    expect(pathOf(loose.firstElementChild!)).toBeNull();
    const fragment = document.createDocumentFragment();
    fragment.append(document.createElement('p'));
    expect(pathOf(fragment.firstElementChild!)).toBeNull();
    const removed = document.getElementById('b')!;
    removed.remove();
    expect(pathOf(removed)).toBeNull();
  });

  it('a path that no longer resolves gives null', () => {
    const path = pathOf(document.getElementById('c22')!)!;
    document.getElementById('r2')!.remove();
    // the first row has one cell: its second is not there
    expect(atPath(document, path)).toBeNull();
    expect(atPath(document, [5])).toBeNull();
    expect(atPath(document, [1, 99, 0])).toBeNull();
    expect(atPath(document, [1, -2])).toBeNull();
    expect(atPath(document, [1, 0.5])).toBeNull();
  });

  it('MAX_PATH: an element deeper than MAX_PATH steps has no path; one exactly MAX_PATH deep has', () => {
    const body = document.body;
    body.textContent = '';
    // body is one step: MAX_PATH - 1 divs under it
    let at: Element = body;
    for (let i = 0; i < MAX_PATH - 1; i++) at = at.appendChild(document.createElement('div'));
    const path = pathOf(at)!;
    expect(path).toHaveLength(MAX_PATH);
    expect(atPath(document, path)).toBe(at);
    const deeper = at.appendChild(document.createElement('div'));
    expect(pathOf(deeper)).toBeNull();
    // ENTER_SHADOW counts as a step: a root entered at the last step leaves no room
    const host = document.createElement('div');
    at.parentElement!.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>x</p>';
    expect(pathOf(host)).toHaveLength(MAX_PATH);
    expect(pathOf(root.firstElementChild!)).toBeNull();
  });
});
