import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlToDocument } from '../../src/cli/html-document';
import { documentOrder, follows } from '../../src/readers/dom/doc-order';

/** Every node under `root` (elements, text, comments), in document order. */
function nodesOf(root: Node): Node[] {
  const out: Node[] = [];
  const visit = (n: Node) => {
    out.push(n);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return out;
}

const dir = 'test/fixtures/ecs-instance-list';
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .slice(0, 3)
  .map((f) => readFileSync(join(dir, f), 'utf8'));

describe('follows: document order from the two nodes’ paths (compareDocumentPosition is the oracle)', () => {
  it.each(pages.map((html, i) => [i, html] as const))('fixture %i: any two nodes', (_i, html) => {
    const doc = htmlToDocument(html, 'https://ecs.console.aliyun.com/');
    const nodes = nodesOf(doc.documentElement);
    expect(nodes.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.nat(nodes.length - 1), fc.nat(nodes.length - 1), (i, j) => {
        const [a, b] = [nodes[i]!, nodes[j]!];
        expect(follows(a, b)).toBe((a.compareDocumentPosition(b) & 4) !== 0);
        expect(follows(a, b)).toBe(i < j);
      }),
      { numRuns: 400 },
    );
  });

  it('an ancestor and its descendant, a node and itself, siblings far apart', () => {
    const doc = htmlToDocument(`<div id="a"><p id="p">x<span id="s">y</span></p>${'<i></i>'.repeat(300)}<b id="b"></b></div>`, 'https://ecs.console.aliyun.com/');
    const [a, p, s, b] = ['a', 'p', 's', 'b'].map((id) => doc.getElementById(id)!);
    expect(follows(a!, s!)).toBe(true); // inside: follows
    expect(follows(s!, a!)).toBe(false); // around: precedes
    expect(follows(p!, p!)).toBe(false);
    expect(follows(p!, b!)).toBe(true);
    expect(follows(b!, p!)).toBe(false);
    expect([b!, s!, a!, p!].sort(documentOrder)).toEqual([a, p, s, b]);
  });

  it('nodes in two trees are left to compareDocumentPosition (no throw)', () => {
    const doc = htmlToDocument('<div id="a"></div>', 'https://ecs.console.aliyun.com/');
    const loose = doc.createElement('span');
    const a = doc.getElementById('a')!;
    expect(follows(a, loose)).toBe((a.compareDocumentPosition(loose) & 4) !== 0);
  });
});
