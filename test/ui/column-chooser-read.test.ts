// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakePageContext } from '../helpers/fake-page-context';
import type { PageFacts } from '../../src/facts/schema';
import { applyPageDelta } from '../../src/messaging/page-delta';
import { familyReadPage } from '../../src/ui/page/family-reader';
import { ecsReaders } from '../../src/ui/page/readers/ecs';
import { runConsolePage } from '../../src/ui/page/run-console-page';

/**
 * A column chooser that only sets an attribute on a table's `<col>` (`style="visibility: collapse"`, a
 * class a style rule collapses) changes what the page shows with no other DOM change: the content
 * script reads the page again (src/ui/page/run-console-page.ts). A column being resized (the page
 * rewriting the `<col>`'s width on every pointer move) shows nothing new: no read.
 */

const ecsUrl = new URL('https://ecs.console.aliyun.com/server/region/cn-hangzhou');
const row = (id: string) => `<tr><td>华东1（杭州）</td><td>${id}</td><td>按量付费</td><td>2027-03-01 到期</td></tr>`;
const html =
  '<style>.col-off { visibility: collapse }</style>' +
  '<table><colgroup><col><col><col id="billing-col"><col></colgroup>' +
  '<thead><tr><th>地域</th><th>实例ID</th><th>付费方式</th><th>到期时间</th></tr></thead><tbody>' +
  row('i-bp1aaaaaaaaaaaaaaaa1') +
  row('i-bp1aaaaaaaaaaaaaaaa2') +
  '</tbody></table>';

const settle = () => new Promise((r) => setTimeout(r, 120));

describe('an attribute-only change to a table column (src/ui/page/run-console-page.ts)', () => {
  let stop = () => undefined as void;
  afterEach(() => stop());

  function start() {
    document.body.innerHTML = html;
    const { ctx, invalidate } = fakePageContext();
    stop = invalidate;
    const read = familyReadPage(ecsReaders);
    let reads = 0;
    const sent: Array<Record<string, any>> = [];
    runConsolePage(ctx, {
      read: (doc) => (reads++, read(doc, ecsUrl)),
      send: async (m) => {
        sent.push(m as unknown as Record<string, any>);
        return { type: 'results', lang: 'en', results: [] };
      },
      onPush: () => undefined,
      loadUi: async () => {
        throw new Error('no ui');
      },
      debounceMs: 10,
    });
    /** The page's facts as the background holds them (the first message and each delta since). */
    const facts = (): PageFacts => sent.slice(1).reduce<PageFacts>((f, d) => applyPageDelta(f, d as never), sent[0]!.facts as PageFacts);
    const billing = () => facts().servers?.map((s) => s.billing);
    return { sent, billing, reads: () => reads };
  }

  it('a column collapsed by its <col> style: read again (its values go); shown again: read again (they come back)', async () => {
    const { sent, billing } = start();
    await settle();
    expect(billing()).toEqual(['payg', 'payg']);
    const col = document.getElementById('billing-col')!;
    col.setAttribute('style', 'visibility: collapse');
    await settle();
    expect(sent).toHaveLength(2);
    expect(billing()).toEqual([undefined, undefined]);
    col.removeAttribute('style');
    await settle();
    expect(billing()).toEqual(['payg', 'payg']);
  });

  it('a column collapsed by a class on its <col> (a style rule): read again', async () => {
    const { billing } = start();
    await settle();
    expect(billing()).toEqual(['payg', 'payg']);
    const col = document.getElementById('billing-col')!;
    col.setAttribute('class', 'col-off');
    await settle();
    expect(billing()).toEqual([undefined, undefined]);
    col.removeAttribute('class');
    await settle();
    expect(billing()).toEqual(['payg', 'payg']);
  });

  it('a column resized (only the <col> width rewritten, again and again): no read', async () => {
    const { reads, sent } = start();
    await settle();
    const before = reads();
    expect(before).toBeGreaterThan(0);
    const col = document.getElementById('billing-col')!;
    for (let w = 100; w < 140; w += 8) {
      col.setAttribute('style', `width: ${w}px`);
      await new Promise((r) => setTimeout(r, 5));
    }
    await settle();
    expect(reads()).toBe(before);
    expect(sent).toHaveLength(1);
  });
});
