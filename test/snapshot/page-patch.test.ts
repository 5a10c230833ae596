// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyPatch, findChecked, type WriteContent } from '../../src/snapshot/apply-patch';
import { createMirrorWatch } from '../../src/snapshot/mirror-watch';
import { buildPatch, COPY_MARK, mirrorPath, type PatchOp } from '../../src/snapshot/page-patch';
import { HOST_TAG } from '../../src/ui/page/locate-subject';

/**
 * src/snapshot/page-patch (the page's changes as operations) and apply-patch (them applied to a copy): a copy made
 * from the page's markup, patched after the page changed, has the page's tree; a copy whose tree differs where a
 * path runs is not patched at all. (In Chromium, on every reader fixture: test/e2e/patched-copy.test.ts.)
 */
const PAGE = `<head><title>ECS</title><style>td{color:red}</style></head><body><div id="app"><h2>实例</h2><table><tbody>${[0, 1, 2, 3]
  .map((i) => `<tr id="r${i}"><td>i-${i}</td><td><span>运行中</span></td></tr>`)
  .join('')}</tbody></table></div></body>`;

/** A copy as the reader document makes it: the page's markup, the copy's own elements first in its head. */
function copyOf(html: string): Document {
  const copy = document.implementation.createHTMLDocument('');
  copy.documentElement.innerHTML = html;
  const mark = copy.createElement('meta');
  mark.setAttribute(COPY_MARK, '');
  copy.head.prepend(mark);
  return copy;
}

const bodyOf = (d: Document) => d.body.innerHTML;

/** How the copy's content is written here (the extension's reader document uses setHTMLUnsafe; happy-dom has none). */
const write: WriteContent = (el, html) => {
  el.innerHTML = html;
};

let watch: ReturnType<typeof createMirrorWatch>;
beforeEach(() => {
  watch?.stop();
  document.documentElement.innerHTML = PAGE;
  watch = createMirrorWatch(document);
  watch.start();
});

/** The page changed by `change`; the copy (made before) patched; both bodies. */
function patchedAfter(change: () => void, maxChars = 1e6): { ops: PatchOp[] | undefined; copy: Document } {
  const copy = copyOf(document.documentElement.innerHTML);
  change();
  const ops = buildPatch(document, watch.take()!, maxChars);
  if (ops) expect(applyPatch(copy, ops, write)).toBeDefined();
  return { ops, copy };
}

describe('page patch: the page’s changes as operations on its copy', () => {
  it('a cell’s text: one operation, its element written anew; the copy is the page', () => {
    const { ops, copy } = patchedAfter(() => {
      document.querySelector('#r2 span')!.firstChild!.textContent = '已停止';
    });
    expect(ops).toHaveLength(1);
    expect(ops![0]!.html).toBe('已停止');
    expect(ops![0]!.check).toBe('html:2/body:1/div:2/table:1/tbody:4/tr:2/td:1/span');
    expect(bodyOf(copy)).toBe(bodyOf(document));
  });

  it('rows added, removed and moved, a text changed inside a row moved: the rows’ parent once, nothing inside it', () => {
    const { ops, copy } = patchedAfter(() => {
      const body = document.querySelector('tbody')!;
      body.prepend(document.getElementById('r3')!);
      document.getElementById('r1')!.remove();
      body.append(document.getElementById('r0')!.cloneNode(true));
      document.querySelector('#r3 span')!.textContent = '已过期';
    });
    expect(ops).toHaveLength(1);
    expect(ops![0]!.check.endsWith('/tbody')).toBe(true);
    expect(bodyOf(copy)).toBe(bodyOf(document));
  });

  it('attributes: their values now (null when removed), on an element not written anew', () => {
    const { ops, copy } = patchedAfter(() => {
      document.getElementById('r1')!.setAttribute('hidden', '');
      document.getElementById('r1')!.setAttribute('class', 'a');
      document.getElementById('r1')!.setAttribute('class', 'b');
      document.getElementById('app')!.setAttribute('data-x', '1');
      document.getElementById('app')!.removeAttribute('data-x');
    });
    expect(ops).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ attrs: [['hidden', ''], ['class', 'b']] }),
        expect.objectContaining({ attrs: [['data-x', null]] }),
      ]),
    );
    expect(bodyOf(copy)).toBe(bodyOf(document));
  });

  it('an attribute inside content written anew is not sent on its own', () => {
    const { ops } = patchedAfter(() => {
      document.querySelector('#r0 span')!.setAttribute('class', 'dot');
      document.getElementById('r0')!.append(document.createElement('td'));
    });
    expect(ops).toHaveLength(1);
    expect(ops![0]!.attrs).toBeUndefined();
    expect(ops![0]!.html).toContain('<span class="dot">');
  });

  it('nothing of the page changed but the extension’s own host: no operation', () => {
    const { ops } = patchedAfter(() => {
      const host = document.createElement(HOST_TAG);
      document.documentElement.append(host);
      host.setAttribute('style', 'display:block');
    });
    expect(ops).toEqual([]);
  });

  it('a path counts neither the extension’s host in the page nor the copy’s own elements', () => {
    const host = document.createElement(HOST_TAG);
    document.documentElement.append(host);
    const copy = copyOf(document.documentElement.innerHTML);
    // the copy's parser puts what follows </body> at the end of <body>
    copy.body.append(copy.createElement(HOST_TAG));
    const path = mirrorPath(document, document.querySelector('#r1 span')!)!;
    expect(path.check.startsWith('html:2/body:1/')).toBe(true);
    expect(findChecked(copy, path.at, path.check)?.textContent).toBe('运行中');
  });

  it('elements after <body> (another extension’s) count as <body>’s last children, as the copy’s parser puts them', () => {
    const other = document.createElement('div');
    other.innerHTML = '<span>x</span>';
    document.documentElement.append(document.createElement(HOST_TAG), other);
    // the copy as its parser makes it: what follows </body> at the end of <body>, the host among it
    const copy = copyOf(document.documentElement.innerHTML);
    while (copy.body.nextElementSibling) copy.body.append(copy.body.nextElementSibling);
    expect(copy.body.lastElementChild!.outerHTML).toBe('<div><span>x</span></div>');
    const inRow = mirrorPath(document, document.querySelector('#r1 span')!)!;
    expect(inRow.check.startsWith('html:2/body:2/')).toBe(true);
    expect(findChecked(copy, inRow.at, inRow.check)?.textContent).toBe('运行中');
    const after = mirrorPath(document, other.firstElementChild!)!;
    expect(after).toEqual({ at: [1, 1, 0], check: 'html:2/body:2/div:1/span' });
    expect(findChecked(copy, after.at, after.check)).toBe(copy.body.lastElementChild!.firstElementChild);
  });

  it('a change in <head>, of a style sheet’s element or of <html>’s children: no patch (the page is sent whole)', () => {
    expect(patchedAfter(() => document.head.append(document.createElement('style'))).ops).toBeUndefined();
    watch.take();
    expect(patchedAfter(() => (document.querySelector('style')!.textContent = 'td{color:blue}')).ops).toBeUndefined();
    watch.take();
    expect(patchedAfter(() => document.documentElement.append(document.createElement('div'))).ops).toBeUndefined();
    watch.take();
    const inBody = document.createElement('style');
    document.getElementById('app')!.append(inBody);
    watch.take();
    expect(patchedAfter(() => (inBody.textContent = 'tr{display:none}')).ops).toBeUndefined();
  });

  it('a patch of more than maxChars characters: none', () => {
    expect(patchedAfter(() => (document.querySelector('#r0 td')!.textContent = 'x'.repeat(500)), 400).ops).toBeUndefined();
  });

  it('a change in an open shadow root: no patch', () => {
    const host = document.getElementById('app')!;
    const root = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    root.append(p);
    watch.take();
    // the page's observer sees shadow roots only if told; a record of one is refused all the same
    const records = [{ type: 'childList', target: root, addedNodes: [p], removedNodes: [] } as unknown as MutationRecord];
    expect(buildPatch(document, records, 1e6)).toBeUndefined();
  });
});

describe('apply patch: whole or not at all', () => {
  it('no way to write content given (Firefox): a patch writing content is not applied, nothing changed; attributes alone are', () => {
    const copy = copyOf(document.documentElement.innerHTML);
    const before = bodyOf(copy);
    const path = mirrorPath(document, document.querySelector('#r1 span')!)!;
    expect(applyPatch(copy, [{ ...path, attrs: [['class', 'x']], html: 'y' }])).toBeUndefined();
    expect(bodyOf(copy)).toBe(before);
    expect(applyPatch(copy, [{ ...path, attrs: [['class', 'x']] }])).toEqual([]);
    expect(findChecked(copy, path.at, path.check)?.getAttribute('class')).toBe('x');
  });

  it('a copy whose tree differs where a path runs (a row the copy does not have): not patched, nothing changed', () => {
    const copy = copyOf(document.documentElement.innerHTML);
    copy.getElementById('r3')!.remove();
    const before = bodyOf(copy);
    document.querySelector('#r0 span')!.textContent = 'A';
    document.querySelector('#r2 span')!.textContent = 'B';
    const ops = buildPatch(document, watch.take()!, 1e6)!;
    expect(ops).toHaveLength(2);
    expect(applyPatch(copy, ops, write)).toBeUndefined();
    expect(bodyOf(copy)).toBe(before);
  });

  it('a tag differing on the way: not found', () => {
    const copy = copyOf(document.documentElement.innerHTML.replace('<h2>实例</h2>', '<h3>实例</h3>'));
    const path = mirrorPath(document, document.querySelector('h2')!)!;
    expect(findChecked(copy, path.at, path.check)).toBeUndefined();
    const cell = mirrorPath(document, document.querySelector('#r1 td')!)!;
    expect(findChecked(copy, cell.at, cell.check)?.textContent).toBe('i-1');
  });

  it('an attribute name the document refuses: nothing kept', () => {
    const copy = copyOf(document.documentElement.innerHTML);
    const path = mirrorPath(document, document.getElementById('r0')!)!;
    expect(applyPatch(copy, [{ ...path, attrs: [['bad name', 'x']] }], write)).toBeUndefined();
  });
});

describe('mirror watch', () => {
  it('gives the records since the last take, including those not yet delivered', () => {
    document.querySelector('#r0 td')!.textContent = 'x';
    expect(watch.take()!.length).toBeGreaterThan(0);
    expect(watch.take()).toEqual([]);
  });

  it('past its limit: none (the page is sent whole)', () => {
    const td = document.querySelector('#r0 td')!;
    for (let i = 0; i < 20_001; i++) td.setAttribute('data-n', String(i));
    expect(watch.take()).toBeUndefined();
    expect(watch.take()).toEqual([]);
  });

  it('stopped: none', () => {
    watch.stop();
    expect(watch.take()).toBeUndefined();
  });
});
