// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inPageReading } from '../../src/ui/page/in-page-reading';
import { runConsolePage } from '../../src/ui/page/run-console-page';
import type { ResultItem } from '../../src/messaging/tab-results';
import { fakePageContext } from '../helpers/fake-page-context';
import { startEcsConsolePage } from '../helpers/ecs-console-page';

/**
 * runConsolePage's re-reads on a page that ticks (a countdown's text every 20 ms, with `debounceMs` 10: the e2e page's
 * 100 ms ticks and 60 ms debounce, scaled): reads back off while they change nothing shown (../../src/ui/page/read-pacing),
 * and are fast again on a change that is shown and on the user's input. test/e2e/churn-reads is the same in Chromium.
 */
const payg = (id: string): ResultItem => ({
  rule: 'server.subscription-billing', status: 'fail', severity: 'error', subject: id, subjectKind: 'server',
  message: `${id} is pay-as-you-go`, title: 'Server paid by subscription', sources: [{ publisher: 'Alibaba Cloud', title: 'ICP Filing', section: 'Servers' }],
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runConsolePage: re-reads of a page that keeps changing', () => {
  let stop: () => void = () => undefined;
  let tick: ReturnType<typeof setInterval> | undefined;
  beforeEach(() => {
    document.body.innerHTML = `<p>续费倒计时 <span id="cd">剩余 29 分 59 秒</span></p><input id="q">
      <table><tbody><tr><td>i-bp1aaa</td><td class="b">包年包月</td></tr></tbody></table>`;
  });
  afterEach(() => {
    clearInterval(tick);
    stop();
  });

  /** The content script over the page; `reads`: the times (ms since start) the page was read; `sent`: facts sent. */
  function start(debounceMs = 10) {
    const { ctx, invalidate } = fakePageContext();
    stop = invalidate;
    const t0 = performance.now();
    const reads: number[] = [];
    const sent: Array<{ at: number; payg: boolean }> = [];
    runConsolePage(ctx, {
      reading: inPageReading((doc) => {
        reads.push(performance.now() - t0);
        const servers = Array.from(doc.querySelectorAll('tr'), (tr) => ({ id: tr.children[0]!.textContent!, product: 'ecs' as const, billing: tr.querySelector('.b')!.textContent === '按量付费' ? ('payg' as const) : ('subscription' as const) }));
        return { reader: 'test-reader', facts: { version: 1, servers } };
      }),
      send: async (m) => {
        const isPayg = JSON.stringify(m).includes('payg');
        sent.push({ at: performance.now() - t0, payg: isPayg });
        return { type: 'results', lang: 'en', results: isPayg ? [payg('i-bp1aaa')] : [] } as const;
      },
      onPush: () => undefined,
      loadUi: async () => {
        throw new Error('no ui');
      },
      debounceMs,
    });
    return { reads, sent, t0 };
  }

  /** Right after the next read: backed off, the next would come 10·2^4 ms after the next tick, capped at 640 ms. */
  const afterRead = async (reads: number[]) => {
    const n = reads.length;
    while (reads.length === n) await sleep(2);
  };

  const startTicking = () => {
    let n = 0;
    const cd = document.getElementById('cd')!.firstChild!;
    tick = setInterval(() => (cd.nodeValue = `剩余 29 分 ${59 - (++n % 60)} 秒`), 20);
  };

  it('a countdown ticking every 20 ms for 1.2 s: a few reads (one per tick before), the last tick read', async () => {
    const { reads } = start();
    await sleep(200);
    const from = reads.length;
    startTicking();
    await sleep(1200);
    const during = reads.length - from;
    clearInterval(tick);
    const lastTick = reads.length;
    await sleep(900);
    // (before: about one read per tick, ~40–60)
    expect(during).toBeLessThanOrEqual(12);
    // the last tick is read after the ticking stops
    expect(reads.length).toBeGreaterThan(lastTick);
  });

  it('a change shown (a row turned pay-as-you-go) while ticking is read within the longest wait; then reads are fast again', async () => {
    const { sent, t0, reads } = start();
    await sleep(200);
    startTicking();
    await sleep(1000);
    await afterRead(reads);
    const at = performance.now() - t0;
    document.querySelector('.b')!.firstChild!.nodeValue = '按量付费';
    for (let i = 0; i < 100 && !sent.some((s) => s.payg); i++) await sleep(10);
    const read = sent.find((s) => s.payg);
    expect(read, 'the change read').toBeDefined();
    // backed off to 10·2^4 = 160 ms, capped at 640 ms from the stream's first change
    expect(read!.at - at).toBeLessThan(800);
    // back to the shortest waits: the next change is read within ~4 quiet periods of it
    const at2 = performance.now() - t0;
    document.querySelector('.b')!.firstChild!.nodeValue = '包年包月';
    for (let i = 0; i < 100 && sent.at(-1)!.payg; i++) await sleep(5);
    expect(sent.at(-1)!.payg).toBe(false);
    expect(sent.at(-1)!.at - at2).toBeLessThan(200);
  });

  it("the user's input while ticking: read at the typing debounce, not backed off", async () => {
    const { sent, t0, reads } = start();
    await sleep(200);
    startTicking();
    await sleep(1000);
    await afterRead(reads);
    const at = performance.now() - t0;
    const q = document.getElementById('q') as HTMLInputElement;
    document.querySelector('.b')!.firstChild!.nodeValue = '按量付费';
    q.value = 'x';
    q.dispatchEvent(new Event('input', { bubbles: true }));
    for (let i = 0; i < 100 && !sent.some((s) => s.payg); i++) await sleep(5);
    expect(sent.find((s) => s.payg)!.at - at).toBeLessThan(150);
  });

  it('a tab the user comes back to while it ticks: its next change read at the shortest waits, not backed off', async () => {
    const { sent, t0, reads } = start();
    await sleep(200);
    startTicking();
    await sleep(1000);
    await afterRead(reads);
    const at = performance.now() - t0;
    document.dispatchEvent(new Event('visibilitychange'));
    document.querySelector('.b')!.firstChild!.nodeValue = '按量付费';
    for (let i = 0; i < 100 && !sent.some((s) => s.payg); i++) await sleep(5);
    // (backed off: 160 ms a wait, up to 640 from the stream's first change)
    expect(sent.find((s) => s.payg)!.at - at).toBeLessThan(100);
  });

  it('a row rendered while ticking (elements with content added): read within 8 quiet periods, not backed off as texts are', async () => {
    const { sent, t0, reads } = start();
    await sleep(200);
    startTicking();
    await sleep(1000);
    await afterRead(reads);
    const at = performance.now() - t0;
    const tr = document.createElement('tr');
    for (const [text, cls] of [['i-bp1bbb', ''], ['按量付费', 'b']]) {
      const td = document.createElement('td');
      td.textContent = text!;
      if (cls) td.className = cls;
      tr.append(td);
    }
    document.querySelector('tbody')!.append(tr);
    for (let i = 0; i < 200 && !sent.some((s) => s.payg); i++) await sleep(5);
    // (8 × 10 ms from the stream's first change, and the read; a text change waits up to 640 ms)
    expect(sent.find((s) => s.payg)!.at - at).toBeLessThan(250);
  });
  /**
   * Ticks for 1 s, stops, and right after the last tick's read (backed off to 10·2^4 = 160 ms a wait: the ticks stopped
   * under QUIET_MS ago) turns the row pay-as-you-go and has the pointer go down (`trusted`: as the user's — happy-dom's
   * events are never trusted, this one says it is — or the page's own): the ms from the change to the read sending it.
   */
  async function pointerDownAfterChange(trusted: boolean): Promise<number> {
    const { sent, t0, reads } = start();
    await sleep(200);
    startTicking();
    await sleep(1000);
    clearInterval(tick);
    await afterRead(reads);
    const at = performance.now() - t0;
    document.querySelector('.b')!.firstChild!.nodeValue = '按量付费';
    // (the change is seen by the observer in a microtask; the pointer goes down after it, as on a submit button)
    await Promise.resolve();
    const e = new Event('pointerdown', { bubbles: true });
    if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
    document.getElementById('q')!.dispatchEvent(e);
    for (let i = 0; i < 100 && !sent.some((s) => s.payg); i++) await sleep(5);
    return sent.find((s) => s.payg)!.at - at;
  }

  it("the user's pointer going down while a backed-off read waits: that read comes at the shortest waits (a submit click's results current)", async () => {
    // (before: the read kept its backed-off wait, 160 ms)
    expect(await pointerDownAfterChange(true)).toBeLessThan(100);
  });

  it("the page's own pointer events (untrusted) leave a backed-off read waiting", async () => {
    expect(await pointerDownAfterChange(false)).toBeGreaterThanOrEqual(140);
  });

  /**
   * A quiet page (the shortest waits, a 150 ms debounce to tell the waits apart): a row turned pay-as-you-go, the pointer
   * going down right after (on a submit button: the click that follows is checked against the results the page then has).
   */
  async function pointerDownOnQuietPage(trusted: boolean): Promise<number> {
    const { sent, t0 } = start(150);
    for (let i = 0; i < 100 && sent.length === 0; i++) await sleep(5);
    await sleep(50);
    const at = performance.now() - t0;
    document.querySelector('.b')!.firstChild!.nodeValue = '按量付费';
    await Promise.resolve();
    const e = new Event('pointerdown', { bubbles: true });
    if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
    document.getElementById('q')!.dispatchEvent(e);
    for (let i = 0; i < 100 && !sent.some((s) => s.payg); i++) await sleep(5);
    return sent.find((s) => s.payg)!.at - at;
  }

  it("the user's pointer going down while a read waits on a quiet page: read at once, not after the quiet period", async () => {
    // (before: re-armed only when backed off — here the read kept its 150 ms; in the extension 60 ms, plus the read's round
    // trip, about as long as a click: the check at the click had the results from before the change)
    expect(await pointerDownOnQuietPage(true)).toBeLessThan(75);
  });

  it("the page's own pointer events (untrusted) leave it to the quiet period", async () => {
    expect(await pointerDownOnQuietPage(false)).toBeGreaterThanOrEqual(140);
  });
});

describe('runConsolePage: content shown by an attribute while the page ticks', () => {
  let stop: () => void = () => undefined;
  let tick: ReturnType<typeof setInterval> | undefined;
  afterEach(() => {
    clearInterval(tick);
    stop();
  });

  it('a panel shown by removing `hidden` while reads are backed off: read within 8 quiet periods, not up to the backed-off cap', async () => {
    const page = startEcsConsolePage(
      '<p>续费倒计时 <span id="cd">剩余 29 分 59 秒</span></p><div id="panel" hidden><table><thead><tr><th>地域</th><th>实例ID</th><th>付费方式</th><th>到期时间</th></tr></thead>' +
        '<tbody><tr><td>华东1（杭州）</td><td>i-bp1aaaaaaaaaaaaaaaa1</td><td>按量付费</td><td>2027-03-01 到期</td></tr></tbody></table></div>',
    );
    stop = page.stop;
    const ids = () => page.facts()?.servers?.map((s) => s.id) ?? [];
    await sleep(200);
    let n = 0;
    const cd = document.getElementById('cd')!.firstChild!;
    tick = setInterval(() => (cd.nodeValue = `剩余 29 分 ${59 - (++n % 60)} 秒`), 20);
    await sleep(1000);
    // right after a read: the ticks' next read is up to 640 ms away (10·2^4 a wait, capped at 4 waits from the stream's first change)
    const r = page.reads();
    while (page.reads() === r) await sleep(2);
    expect(ids()).toEqual([]);
    const at = performance.now();
    document.getElementById('panel')!.removeAttribute('hidden');
    while (ids().length === 0 && performance.now() - at < 1500) await sleep(5);
    expect(ids()).toEqual(['i-bp1aaaaaaaaaaaaaaaa1']);
    // (before: the ticks' pending read was left to see it, ~640 ms; now 8 × 10 ms from the stream's first change, at most)
    expect(performance.now() - at).toBeLessThan(300);
  });
});
