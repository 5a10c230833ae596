import { describe, expect, it, vi } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { markupParts, MAX_SNAPSHOT_CHARS } from '../../src/snapshot/snapshot-limits';
import { createSnapshotParts } from '../../src/snapshot/snapshot-parts';
import { serializeInPieces } from '../../src/snapshot/serialize-in-pieces';
import { createSnapshotReading } from '../../src/ui/page/snapshot-reading';
import { PIECE_ELEMENTS } from '../../src/snapshot/take-snapshot';
import { loadReaderFixtures } from '../helpers/fixtures';

/**
 * A big page's snapshot is made and sent in pieces (src/snapshot/serialize-in-pieces.ts, snapshot-parts.ts,
 * snapshot-limits.ts markupParts; src/ui/page/snapshot-reading.ts): what arrives must be the page's markup.
 */
function reparsed(html: string): string {
  return htmlToDocument(html, 'https://ecs.console.aliyun.com/').documentElement.outerHTML;
}

function serialize(doc: Document, pieceElements: number): { html: string; yields: number } {
  let yields = 0;
  const work = serializeInPieces(doc.documentElement, [], pieceElements, () => true);
  for (let step = work.next(); ; step = work.next()) {
    if (step.done) return { html: step.value, yields };
    yields++;
  }
}

describe('serializeInPieces', () => {
  const fixtures = loadReaderFixtures().slice(0, 60);
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThan(20));
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: split to the smallest pieces, it parses to the same tree as outerHTML', (_n, f) => {
    const doc = htmlToDocument(f.html, f.url);
    const { html, yields } = serialize(doc, 1);
    expect(yields).toBeGreaterThan(5);
    expect(reparsed(html)).toBe(reparsed(doc.documentElement.outerHTML));
  });
  it('escapes text and attributes, keeps raw text, void elements and comments', () => {
    const doc = htmlToDocument('<html><head><style>a > b { color: red }</style></head><body><div title="a &quot;q&quot; &amp; <b>"><p>x &lt; y &amp; z&nbsp;w<br>v<!-- note --></p><script>if (a < b) {}</script><textarea>a < b</textarea><svg viewBox="0 0 1 1"><foreignObject><div>f</div></foreignObject></svg><template><span>t</span></template></div></body></html>', 'https://ecs.console.aliyun.com/');
    const { html } = serialize(doc, 1);
    expect(reparsed(html)).toBe(reparsed(doc.documentElement.outerHTML));
    expect(html).toContain('<script>if (a < b) {}</script>');
    expect(html).toContain('x &lt; y &amp; z&nbsp;w<br>v<!-- note -->');
  });
  it('writes a small page at once', () => {
    const doc = htmlToDocument('<html><body><p>a</p></body></html>', 'https://ecs.console.aliyun.com/');
    expect(serialize(doc, PIECE_ELEMENTS).yields).toBe(1);
  });
});

describe('markupParts', () => {
  it('cuts into parts that join to the markup', () => {
    const html = 'abcdefghij'.repeat(7);
    const parts = markupParts(html, 16);
    expect(parts.every((p) => p.length <= 16)).toBe(true);
    expect(parts.join('')).toBe(html);
  });
  it('never cuts a surrogate pair in two', () => {
    const html = `${'a'.repeat(15)}😀${'b'.repeat(20)}`;
    const parts = markupParts(html, 16);
    expect(parts[0]).toBe('a'.repeat(15));
    expect(parts[1]!.startsWith('😀')).toBe(true);
    expect(parts.join('')).toBe(html);
  });
});

describe('the background’s parts store', () => {
  it('gives the markup back once every part came, in any order, and forgets it', () => {
    const store = createSnapshotParts();
    expect(store.add(1, { type: 'read-snapshot-part', key: 'k', index: 1, text: 'world' })).toBe(true);
    expect(store.add(1, { type: 'read-snapshot-part', key: 'k', index: 0, text: 'hello ' })).toBe(true);
    expect(store.take(1, 'k', 2)).toBe('hello world');
    expect(store.take(1, 'k', 2)).toBeUndefined();
  });
  it('a missing part, another key or another tab give nothing', () => {
    const store = createSnapshotParts();
    store.add(1, { type: 'read-snapshot-part', key: 'k', index: 0, text: 'a' });
    store.add(1, { type: 'read-snapshot-part', key: 'k', index: 2, text: 'c' });
    expect(store.take(1, 'k', 3)).toBeUndefined();
    store.add(1, { type: 'read-snapshot-part', key: 'k', index: 0, text: 'a' });
    store.add(1, { type: 'read-snapshot-part', key: 'j', index: 0, text: 'b' });
    expect(store.take(1, 'k', 1)).toBeUndefined();
    store.add(2, { type: 'read-snapshot-part', key: 'k', index: 0, text: 'a' });
    expect(store.take(3, 'k', 1)).toBeUndefined();
    expect(store.take(2, 'k', 1)).toBe('a');
  });
  it('refuses more than its limit in all', () => {
    const store = createSnapshotParts(10);
    expect(store.add(1, { type: 'read-snapshot-part', key: 'k', index: 0, text: '123456' })).toBe(true);
    expect(store.add(1, { type: 'read-snapshot-part', key: 'k', index: 1, text: '123456' })).toBe(false);
    expect(store.take(1, 'k', 2)).toBeUndefined();
    expect(MAX_SNAPSHOT_CHARS).toBe(24_000_000);
  });
});

describe('a big page’s snapshot in pieces', () => {
  it('is dropped when the content changes while it is taken (the change reads again), and taken whole when it does not', async () => {
    const rows = Array.from({ length: PIECE_ELEMENTS * 2 / 3 + 10 }, (_, i) => `<tr><td>i-bp1row${i}</td><td>包年包月</td></tr>`).join('');
    const document = htmlToDocument(`<html><body><table><tbody>${rows}</tbody></table></body></html>`, 'https://ecs.console.aliyun.com/');
    const asked: string[] = [];
    const reading = createSnapshotReading(async (snap) => {
      asked.push(snap.html);
      return { kind: 'read', result: { reader: 'r', facts: { version: 1 } } };
      // (in pieces from PIECE_ELEMENTS × 2 elements here: the real limit, AT_ONCE_ELEMENTS, would take happy-dom long to build)
    }, () => [], undefined, PIECE_ELEMENTS * 2);
    const url = new URL('https://ecs.console.aliyun.com/');
    const now = vi.spyOn(performance, 'now');
    // every slice over its time: a yield after each piece
    let t = 0;
    now.mockImplementation(() => (t += 100));
    const read = reading.read(document, url);
    // a row's text changes while the markup is being taken
    await new Promise((r) => setTimeout(r, 0));
    document.querySelector('td')!.textContent = 'i-bp1changed';
    reading.changed([{ type: 'characterData' } as MutationRecord]);
    expect((await read)?.superseded).toBe(true);
    expect(asked).toHaveLength(0);
    t = 0;
    const again = await reading.read(document, url);
    now.mockRestore();
    expect(again).toEqual({ reader: 'r', facts: { version: 1 } });
    expect(asked).toHaveLength(1);
    expect(reparsed(asked[0]!)).toBe(reparsed(document.documentElement.outerHTML));
  });
});

describe('controls of a document of another realm', () => {
  it('are told apart by tag (no global element classes needed: the content script’s world is not the page’s)', async () => {
    const { takeSnapshot } = await import('../../src/snapshot/take-snapshot');
    const doc = htmlToDocument('<html><body><input id="n" value="a"><select><option>x</option><option>y</option></select></body></html>', 'https://ecs.console.aliyun.com/');
    (doc.getElementById('n') as HTMLInputElement).value = 'typed';
    const controls = takeSnapshot(doc).controls;
    expect(controls.map((c) => c.value)).toContain('typed');
  });
});
