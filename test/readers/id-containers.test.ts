import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlToDocument } from '../../src/cli/html-document';
import { idContainers } from '../../src/readers/dom/id-containers';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';

const ID = /\bi-[a-z0-9]{6}\b/;

/**
 * The definition, written the slow way: climb while the parent holds no other shown id; an id shown more than
 * once is where its box is largest (its card, not a selection bar naming it; the first on a tie); in document order.
 */
function reference(root: Element, pattern: RegExp): Array<{ id: string; container: Element }> {
  const doc = root.ownerDocument;
  const cache = createVisibilityCache();
  const global = new RegExp(pattern.source, 'g');
  const shown: Array<{ id: string; at: Element }> = [];
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || !isVisible(parent, cache)) continue;
    for (const id of new Set((n.nodeValue ?? '').match(global) ?? [])) shown.push({ id, at: parent });
  }
  const out: Array<{ id: string; container: Element }> = [];
  for (const { id, at } of shown) {
    const others = shown.filter((s) => s.id !== id);
    let container = at;
    while (container !== root && container.parentElement) {
      const up = container.parentElement;
      if (others.some((o) => up.contains(o.at))) break;
      container = up;
    }
    const size = container.querySelectorAll('*').length;
    const i = out.findIndex((o) => o.id === id);
    if (i < 0) out.push({ id, container });
    else if (size > out[i]!.container.querySelectorAll('*').length) out[i] = { id, container };
  }
  return out.sort((a, b) => (a.container === b.container ? 0 : a.container.compareDocumentPosition(b.container) & 4 ? -1 : 1));
}

// Nested boxes holding ids (some repeated, some hidden, some two to a line, some the box's own text beside its
// kids' boxes), as a tree of arrays.
type Box = { id?: string; id2?: string; bare?: boolean; last?: boolean; hidden?: boolean; kids: Box[] };
const anId = fc.constantFrom('i-aaaaaa', 'i-bbbbbb', 'i-cccccc', 'i-dddddd');
const box: fc.Memo<Box> = fc.memo((n) =>
  fc.record({
    id: fc.option(anId, { nil: undefined }),
    id2: fc.option(anId, { nil: undefined, freq: 4 }),
    bare: fc.boolean(),
    last: fc.boolean(),
    hidden: fc.boolean(),
    kids: n <= 1 ? fc.constant([]) : fc.array(box(n - 1), { maxLength: 3 }),
  }),
);
const shows = (b: Box): string => (b.id ? (b.id2 ? `${b.id} ${b.id2}` : b.id) : '');
const html = (b: Box): string => {
  const own = b.id ? (b.bare ? shows(b) : `<span>${shows(b)}</span>`) : '';
  const kids = b.kids.map(html).join('');
  return `<div${b.hidden ? ' hidden' : ''}>${b.last ? kids + own : own + kids}</div>`;
};

describe('idContainers', () => {
  it('matches the one-climb-per-other-id definition on random nested cards', () => {
    fc.assert(
      fc.property(fc.array(box(4), { minLength: 1, maxLength: 4 }), (boxes) => {
        const doc = htmlToDocument(`<!doctype html><html><body><main>${boxes.map(html).join('')}</main></body></html>`, 'https://ecs.console.aliyun.com/');
        const root = doc.querySelector('main')!;
        expect(idContainers(root, ID, createVisibilityCache())).toEqual(reference(root, ID));
      }),
      { numRuns: 300 },
    );
  });

  it('gives each card its own container on a list of 300 cards', () => {
    const cards = Array.from({ length: 300 }, (_, i) => `<section><h3>i-${String(i).padStart(6, '0')}</h3><p>web-${i}</p></section>`).join('');
    const doc = htmlToDocument(`<!doctype html><html><body><main>${cards}</main></body></html>`, 'https://ecs.console.aliyun.com/');
    const found = idContainers(doc.querySelector('main')!, ID, createVisibilityCache());
    expect(found).toHaveLength(300);
    expect(found.every((f) => f.container.tagName === 'SECTION')).toBe(true);
  });
});

describe('an id split by a search match beside screen-reader-only text', () => {
  it('is read as the id the screen shows: the visually hidden label before it is no part of the line', () => {
    const card = (id: string) =>
      `<div class="card"><p class="id"><span class="sr-only">实例ID</span>${id.slice(0, 3)}<mark>${id.slice(3, 7)}</mark>${id.slice(7)}<i class="icon-copy"></i></p><p>运行中</p></div>`;
    const doc = htmlToDocument(
      `<!doctype html><html><head><style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}</style></head><body>${card('f3a9c1e27b4d4e0a9c6b2d8e5f1a7c30')}${card('0c7e4b2a9d1f4c6e8a3b5d7f9e1c2a4b')}</body></html>`,
      'https://swas.console.aliyun.com/#/servers',
    );
    const found = idContainers(doc.body, /(?<![a-z0-9])[0-9a-f]{32}(?![a-z0-9])/i, createVisibilityCache());
    expect(found.map((f) => [f.id, f.container.className])).toEqual([
      ['f3a9c1e27b4d4e0a9c6b2d8e5f1a7c30', 'card'],
      ['0c7e4b2a9d1f4c6e8a3b5d7f9e1c2a4b', 'card'],
    ]);
  });
});
