// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startEcsConsolePage } from '../helpers/ecs-console-page';
import { settledOn } from '../helpers/until';

/**
 * Content shown or hidden by an attribute alone — a tab pane's class, a collapse panel's class on its
 * wrapper, `hidden` — changes no text, so no childList / characterData change starts a read: the content
 * script reads again when an element the change touched (it, its children, their children) is now shown
 * where the last read found it hidden, or the reverse (src/ui/page/page-reading.ts showingChanged). A
 * class that shows nothing new (a row's hover class) starts no read.
 */

const row = (id: string, billing: string) => `<tr><td>华东1（杭州）</td><td>${id}</td><td>${billing}</td><td>2027-03-01 到期</td></tr>`;
const table = (rows: string) => `<table><thead><tr><th>地域</th><th>实例ID</th><th>付费方式</th><th>到期时间</th></tr></thead><tbody>${rows}</tbody></table>`;
const css = '<style>.pane { display: none } .pane.active { display: block } .tabs.second .p1 { display: none } .tabs.second .p2 { display: block } .hover { background: #eee }</style>';

const settle = () => new Promise((r) => setTimeout(r, 150));

describe('an attribute-only change that shows or hides content (src/ui/page/run-console-page.ts)', () => {
  let stop = () => undefined as void;
  afterEach(() => stop());

  function start(html: string) {
    const page = startEcsConsolePage(html);
    stop = page.stop;
    const ids = () => page.facts()?.servers?.map((s) => s.id) ?? [];
    return { ids, reads: page.reads };
  }

  it('a tab pane shown by its class: read (its servers come); the other shown again: read (they go)', async () => {
    const { ids } = start(
      css +
        '<div class="tabs"><div class="pane active" id="a">' +
        table(row('i-bp1aaaaaaaaaaaaaaaa1', '包年包月')) +
        '</div><div class="pane" id="b">' +
        table(row('i-bp1bbbbbbbbbbbbbbbb2', '按量付费')) +
        '</div></div>',
    );
    await settledOn(ids, ['i-bp1aaaaaaaaaaaaaaaa1']);
    expect(ids()).toEqual(['i-bp1aaaaaaaaaaaaaaaa1']);
    document.getElementById('a')!.className = 'pane';
    document.getElementById('b')!.className = 'pane active';
    await settledOn(ids, ['i-bp1bbbbbbbbbbbbbbbb2']);
    expect(ids()).toEqual(['i-bp1bbbbbbbbbbbbbbbb2']);
    document.getElementById('b')!.className = 'pane';
    document.getElementById('a')!.className = 'pane active';
    await settledOn(ids, ['i-bp1aaaaaaaaaaaaaaaa1']);
    expect(ids()).toEqual(['i-bp1aaaaaaaaaaaaaaaa1']);
  });

  it('panes switched by a class on their wrapper (style rules over both): read', async () => {
    const { ids } = start(
      css +
        '<div class="tabs" id="tabs"><div class="pane active p1">' +
        table(row('i-bp1aaaaaaaaaaaaaaaa1', '包年包月')) +
        '</div><div class="pane p2">' +
        table(row('i-bp1bbbbbbbbbbbbbbbb2', '按量付费')) +
        '</div></div>',
    );
    await settledOn(ids, ['i-bp1aaaaaaaaaaaaaaaa1']);
    expect(ids()).toEqual(['i-bp1aaaaaaaaaaaaaaaa1']);
    document.getElementById('tabs')!.className = 'tabs second';
    await settledOn(ids, ['i-bp1bbbbbbbbbbbbbbbb2']);
    expect(ids()).toEqual(['i-bp1bbbbbbbbbbbbbbbb2']);
  });

  it('a panel shown by removing `hidden`: read', async () => {
    const { ids } = start('<div id="panel" hidden>' + table(row('i-bp1aaaaaaaaaaaaaaaa1', '按量付费')) + '</div>');
    await settle();
    expect(ids()).toEqual([]);
    document.getElementById('panel')!.removeAttribute('hidden');
    await settledOn(ids, ['i-bp1aaaaaaaaaaaaaaaa1']);
    expect(ids()).toEqual(['i-bp1aaaaaaaaaaaaaaaa1']);
  });

  it('a hover class on a row, again and again: no read', async () => {
    const { ids, reads } = start(css + table(row('i-bp1aaaaaaaaaaaaaaaa1', '包年包月') + row('i-bp1aaaaaaaaaaaaaaaa2', '按量付费')));
    await settle();
    expect(ids()).toHaveLength(2);
    const before = reads();
    const rows = document.querySelectorAll('tbody tr');
    for (let i = 0; i < 6; i++) {
      rows[i % 2]!.className = 'hover';
      rows[(i + 1) % 2]!.className = '';
      await new Promise((r) => setTimeout(r, 5));
    }
    await settle();
    expect(reads()).toBe(before);
  });
});
