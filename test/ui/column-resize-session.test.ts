import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { onlyResized, readSession } from '../../src/readers/dom/read-session';
import { familyReadPage } from '../../src/ui/page/family-reader';
import { createPageReading, type PageReading } from '../../src/ui/page/page-reading';
import { ecsReaders } from '../../src/ui/page/readers/ecs';
import { keptReading } from '../helpers/kept-reading';
import { ecsList500Html, ecsList500Url } from '../helpers/ecs-list-500';

/**
 * A table whose `<col>` widths are rewritten while the user resizes a column (antd and Fusion do it on
 * every pointer move) keeps its read session: a width shows and hides nothing
 * (src/readers/dom/read-session.ts onlyResized). A change to a `<col>` that may show or hide cells
 * (visibility, a class, span) drops that table's memo, not the whole session (dropTable). Either way
 * the kept read equals a fresh read.
 */

const url = new URL(ecsList500Url);
const read = familyReadPage(ecsReaders);
const settle = () => new Promise((r) => setTimeout(r, 0));

function sameObjects(a: readonly object[] | undefined, b: readonly object[] | undefined): number {
  const was = new Set(a ?? []);
  return (b ?? []).filter((x) => was.has(x)).length;
}

async function expectSameAsFresh(doc: Document, reading: PageReading) {
  await settle();
  const kept = await reading.read(doc, url);
  expect(kept?.facts).toEqual(read(doc, url)?.facts);
  return kept;
}

describe('a column resized or collapsed in a read session (src/readers/dom/read-session.ts)', () => {
  it('the 500-row ECS list, its columns resized (header and body <col> widths, again and again): every row record kept', async () => {
    const doc = htmlToDocument(ecsList500Html(), url.href);
    const { reading, stop } = keptReading(doc, read);
    const first = await expectSameAsFresh(doc, reading);
    expect(first?.facts.servers).toHaveLength(500);
    const cols = Array.from(doc.querySelectorAll('colgroup')).map((g) => g.children[9]!);
    expect(cols).toHaveLength(2);
    for (let w = 120; w <= 200; w += 20) {
      for (const col of cols) col.setAttribute('style', `width: ${w}px; min-width: ${w}px`);
      await settle();
    }
    const out = await expectSameAsFresh(doc, reading);
    // nothing read again: the unchanged rows' records are the very objects of the first read
    expect(sameObjects(first?.facts.servers, out?.facts.servers)).toBe(500);
    // a width of 0 hides (./visibility): that is no resize
    cols[1]!.setAttribute('style', 'width: 0px');
    await expectSameAsFresh(doc, reading);
    stop();
  });

  it('a column collapsed and shown again by its <col>: read as shown; the session outside that table is kept', async () => {
    const row = (id: string) => `<tr><td>华东1（杭州）</td><td>${id}</td><td>按量付费</td><td>2027-03-01 到期</td></tr>`;
    const html =
      '<!DOCTYPE html><html><body><h1>实例</h1><p>实例列表</p><table><colgroup><col><col><col id="billing-col" style="width: 90px"><col></colgroup>' +
      '<thead><tr><th>地域</th><th>实例ID</th><th>付费方式</th><th>到期时间</th></tr></thead><tbody>' +
      row('i-bp1aaaaaaaaaaaaaaaa1') +
      row('i-bp1aaaaaaaaaaaaaaaa2') +
      '</tbody></table></body></html>';
    const doc = htmlToDocument(html, url.href);
    let generation = -1;
    const reading = createPageReading((d, u) => ((generation = readSession()!.generation), read(d, u)), { idle: (fn) => setTimeout(fn, 0) });
    const view = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
    const observer = new view.MutationObserver((records) => reading.changed(records));
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeOldValue: true });
    const billing = async () => (await expectSameAsFresh(doc, reading))?.facts.servers?.map((s) => s.billing);
    expect(await billing()).toEqual(['payg', 'payg']);
    const kept = generation;
    const col = doc.getElementById('billing-col')!;
    col.setAttribute('style', 'width: 90px; visibility: collapse');
    expect(await billing()).toEqual([undefined, undefined]);
    col.setAttribute('style', 'width: 120px');
    expect(await billing()).toEqual(['payg', 'payg']);
    col.setAttribute('span', '2');
    col.setAttribute('class', 'x');
    col.setAttribute('style', 'visibility: collapse');
    expect(await billing()).toEqual([undefined, undefined]);
    // the table's memo went, not the whole session
    expect(generation).toBe(kept);
    observer.disconnect();
  });

  it('a size of nothing in any unit (0, 0%, 0em, 1px) is no resize: it may hide; other sizes and their order are', () => {
    const doc = htmlToDocument('<div id="d"></div>', url.href);
    const el = doc.getElementById('d')!;
    const change = (before: string | null, after: string) => {
      el.setAttribute('style', after);
      return onlyResized({ type: 'attributes', attributeName: 'style', oldValue: before, target: el } as unknown as MutationRecord);
    };
    expect(change('width: 120px', 'width: 140px; min-width: 140px')).toBe(true);
    expect(change('max-height: 300px', 'max-height: 20em')).toBe(true);
    for (const none of ['0', '0px', '0%', '0em', '0.0rem', '1px', '0 !important']) expect(change('width: 120px', `width: ${none}`), none).toBe(false);
    expect(change('width: 120px', 'width: 120px; display: none')).toBe(false);
    expect(change(null, 'width: 120px')).toBe(true);
  });
});
