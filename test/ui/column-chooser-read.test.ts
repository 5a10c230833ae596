// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startEcsConsolePage } from '../helpers/ecs-console-page';
import { settledOn } from '../helpers/until';

/**
 * A column chooser that only sets an attribute on a table's `<col>` (`style="visibility: collapse"`, a
 * class a style rule collapses) changes what the page shows with no other DOM change: the content
 * script reads the page again (src/ui/page/run-console-page.ts). A column being resized (the page
 * rewriting the `<col>`'s width on every pointer move) shows nothing new: no read.
 */

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
    const page = startEcsConsolePage(html);
    stop = page.stop;
    const billing = () => page.facts()?.servers?.map((s) => s.billing);
    return { sent: page.sent, billing, reads: page.reads };
  }

  it('a column collapsed by its <col> style: read again (its values go); shown again: read again (they come back)', async () => {
    const { sent, billing } = start();
    await settledOn(billing, ['payg', 'payg']);
    expect(billing()).toEqual(['payg', 'payg']);
    const col = document.getElementById('billing-col')!;
    col.setAttribute('style', 'visibility: collapse');
    await settledOn(billing, [undefined, undefined]);
    expect(sent).toHaveLength(2);
    expect(billing()).toEqual([undefined, undefined]);
    col.removeAttribute('style');
    await settledOn(billing, ['payg', 'payg']);
    expect(billing()).toEqual(['payg', 'payg']);
  });

  it('a column collapsed by a class on its <col> (a style rule): read again', async () => {
    const { billing } = start();
    await settledOn(billing, ['payg', 'payg']);
    expect(billing()).toEqual(['payg', 'payg']);
    const col = document.getElementById('billing-col')!;
    col.setAttribute('class', 'col-off');
    await settledOn(billing, [undefined, undefined]);
    expect(billing()).toEqual([undefined, undefined]);
    col.removeAttribute('class');
    await settledOn(billing, ['payg', 'payg']);
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
