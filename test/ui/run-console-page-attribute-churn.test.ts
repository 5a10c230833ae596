// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://ecs.console.aliyun.com/server/region/cn-hangzhou"}
import { afterEach, describe, expect, it } from 'vitest';
import { runConsolePage } from '../../src/ui/page/run-console-page';
import { createSnapshotReading } from '../../src/ui/page/snapshot-reading';
import type { PageSnapshot } from '../../src/snapshot/snapshot-schema';
import { fakePageContext } from '../helpers/fake-page-context';

/**
 * runConsolePage with the snapshot reading the content scripts use (src/ui/page/snapshot-reading: its show check cannot
 * tell whether an attribute change showed anything — the copy is read elsewhere — only that a class, style, `hidden` …
 * changed), over a page whose only churn is attributes: a progress bar's `style` width and a spinner's class. Session 58's
 * back-off never held for it: while a read waited the ticks were not given to the pacing, so 800 ms of them looked like a
 * quiet page (QUIET_MS) and the waits started afresh after every backed-off read (15 reads in 6 s at bf286d86); session 59
 * took every tick for content shown, its reads capped at the rows' 480 ms (10). Now each tick is a change as a text's is
 * (7). What an attribute shows or hides by its nature (`hidden`, an inline `display: none` removed) still is read within
 * the rows' cap while the page ticks.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let stop: () => void = () => undefined;
let tick: ReturnType<typeof setInterval> | undefined;
afterEach(() => {
  clearInterval(tick);
  stop();
});

/** The content script over the page, every read answered at once with the servers whose rows show (`[data-id]` not in a hidden box). */
function start(debounceMs = 10) {
  const { ctx, invalidate } = fakePageContext();
  stop = invalidate;
  // (when each read was asked for, and whether the panel's server was in its page)
  const asks: Array<{ at: number; shown: boolean }> = [];
  const t0 = performance.now();
  runConsolePage(ctx, {
    reading: (shadows) =>
      createSnapshotReading(async (snapshot: PageSnapshot) => {
        const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
        const ids = Array.from(doc.querySelectorAll('[data-id]'), (el) => (el.closest('[hidden], [style*="display: none"]') ? '' : el.getAttribute('data-id')!)).filter(Boolean);
        asks.push({ at: performance.now() - t0, shown: ids.includes('i-shown') });
        return { kind: 'read', result: { reader: 'ecs-list', facts: { version: 1, servers: ids.map((id) => ({ id, product: 'ecs' })) } } };
      }, () => shadows.roots()),
    send: async () => ({ type: 'results', lang: 'en', results: [] }),
    onPush: () => undefined,
    loadUi: async () => {
      throw new Error('no ui');
    },
    debounceMs,
  });
  return { asks, t0 };
}

/**
 * A progress bar's width and a spinner's class every 20 ms: attributes only, nothing shown changes; `text` a countdown's
 * text too (each tick re-arms the read's wait: the ticks' read is then up to its cap away).
 */
function startTicking(text = false, ms = 20) {
  let n = 0;
  tick = setInterval(() => {
    n++;
    (document.getElementById('bar') as HTMLElement).style.width = `${37 + (n % 60)}%`;
    document.getElementById('spin')!.className = `icon ${n % 2 ? 'loading-b' : 'loading-a'}`;
    if (text) document.getElementById('cd')!.textContent = `剩余 29 分 ${59 - (n % 60)} 秒`;
  }, ms);
}

const PAGE = '<p>续费倒计时 <span id="cd">剩余 29 分 59 秒</span></p><div class="progress"><div id="bar" style="width: 37%"></div></div><i id="spin" class="icon loading-a"></i><table><tbody><tr><td data-id="i-1">i-1</td></tr></tbody></table>';

describe('runConsolePage with the snapshot reading: a page whose only churn is attributes', () => {
  it('a progress bar and a spinner ticking every 100 ms (the 60 ms debounce): backed off to a read every ~800 ms, as a ticking text is', async () => {
    document.body.innerHTML = PAGE;
    const { asks } = start(60);
    await sleep(200);
    startTicking(false, 100);
    // backed off after about 1.7 s (reads 0, 120, 240, 480 ms apart …); then 6 s of it
    await sleep(2000);
    const from = asks.length;
    await sleep(6000);
    const during = asks.length - from;
    // (backed off fully: a read every 800 ms and its debounce, about 7; every tick taken for content shown, capped at
    // 480 ms: about 10; ticks left out of the pacing while a read waited, the waits started afresh after each backed-off
    // read: about 13)
    expect(during).toBeLessThanOrEqual(8);
  }, 15_000);

  it.each([
    ['`hidden` removed', (p: HTMLElement) => p.removeAttribute('hidden'), ' hidden'],
    ['an inline `display: none` removed', (p: HTMLElement) => (p.style.display = ''), ' style="display: none"'],
  ])('a panel shown by %s while the page ticks: read within 8 quiet periods', async (_, show, hide) => {
    document.body.innerHTML = `${PAGE}<div id="panel"${hide}><table><tbody><tr><td data-id="i-shown">i-shown</td></tr></tbody></table></div>`;
    const { asks, t0 } = start();
    await sleep(200);
    startTicking(true);
    await sleep(1000);
    const n = asks.length;
    while (asks.length === n) await sleep(2);
    const at = performance.now() - t0;
    show(document.getElementById('panel')!);
    const shownAt = async () => {
      for (let i = 0; i < 300; i++) {
        const a = asks.find((r) => r.shown);
        if (a !== undefined) return a.at - at;
        await sleep(2);
      }
      return Infinity;
    };
    // (8 × 10 ms from the stream's first change, and the read; the ticks' read waits up to 640 ms)
    expect(await shownAt()).toBeLessThan(250);
  });
});
