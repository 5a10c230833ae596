import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answers, settled, watchAnswers } from './flow-run';
import { fixture, launch, resetExtension, visit, type Harness } from './harness';
import { ourNodeIds } from './shadow';

/**
 * A console page that changes all the time while nothing it shows changes (round 84, left open): a renewal countdown
 * ticking every 100 ms in the page's header (its text set anew, `textContent`), a relative time (a text node's value), a
 * progress bar's width (`style`), a spinner's class toggled. Each tick had the content script send a read (a patch of
 * the kept copy) — 31 in 3 s, each a snapshot patch in the page and a re-read in the reader document, none changing a
 * fact. The reads are counted as the reader document answers them (the service worker's messages, as flow-run counts).
 * The same page with a row inserted, or a row's billing changed in place, while it ticks: read, and its warning shown.
 */
const URL_ = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const ROWS = 60;

function tickingPage(): string {
  const rows: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const id = `i-bp1tick${String(i).padStart(5, '0')}abcd`;
    // one pay-as-you-go row (a warning), the others subscriptions
    const billing = i === 7 ? '按量付费<br>2026-10-01 10:00 创建' : '包年包月<br>2027-06-30 23:59 到期';
    rows.push(`<tr><td><a>${id}</a> <span class="name">web-${i}</span></td><td>杭州 可用区I</td><td>47.96.0.${i + 1}(公)</td><td>运行中</td><td>2 vCPU 4 GiB 5Mbps (峰值)</td><td class="billing">${billing}</td><td><a>管理</a></td></tr>`);
  }
  const header =
    '<div class="topbar">阿里云 | 云服务器 ECS <span class="renew-tip">续费倒计时 <span id="countdown">剩余 29 分 59 秒</span></span>' +
    ' <span class="synced">同步于 <span id="ago">3 秒前</span></span>' +
    ' <div class="next-progress"><div id="bar" class="next-progress-line" style="width: 37%">37%</div></div> <i id="spin" class="next-icon loading-a"></i></div>';
  return fixture('e2e/pages/ecs-instance-list.html')
    .replace(/<div class="topbar">[^<]*<\/div>/, header)
    .replace(/<tbody id="rows">[\s\S]*?<\/tbody>/, `<tbody id="rows">${rows.join('\n')}</tbody>`);
}

/** Starts the page's ticking (every `ms`): the countdown's text set anew, the relative time's text node, the bar's width, the spinner's class. */
const startTicking = (page: Page, ms = 100) =>
  page.evaluate(`(() => {
    let n = 0;
    const ago = document.getElementById('ago').firstChild;
    window.__ticks = [];
    window.__tick = setInterval(() => {
      n++;
      const left = 29 * 60 + 59 - n;
      document.getElementById('countdown').textContent = '剩余 ' + Math.floor(left / 60) + ' 分 ' + (left % 60) + ' 秒';
      ago.nodeValue = (3 + n) + ' 秒前';
      const bar = document.getElementById('bar');
      bar.style.width = (37 + (n % 60)) + '%';
      bar.textContent = (37 + (n % 60)) + '%';
      document.getElementById('spin').className = 'next-icon ' + (n % 2 ? 'loading-b' : 'loading-a');
      window.__ticks.push(Date.now());
    }, ${ms});
  })()`);
/** Starts the bar's width and the spinner's class ticking alone (every `ms`): attribute changes only, no text. */
const startAttributeTicks = (page: Page, ms = 100) =>
  page.evaluate(`(() => {
    let n = 0;
    window.__ticks = [];
    window.__tick = setInterval(() => {
      n++;
      document.getElementById('bar').style.width = (37 + (n % 60)) + '%';
      document.getElementById('spin').className = 'next-icon ' + (n % 2 ? 'loading-b' : 'loading-a');
      window.__ticks.push(Date.now());
    }, ${ms});
  })()`);
const stopTicking = (page: Page) => page.evaluate('clearInterval(window.__tick), window.__ticks.at(-1)') as Promise<number>;

const markerCount = async (page: Page) => (await ourNodeIds(page, '.mk')).length;

/** ms from `act` (a script run in the page) until more markers than before are drawn. */
async function markerLatency(page: Page, act: string): Promise<number> {
  const before = await markerCount(page);
  const start = Date.now();
  await page.evaluate(act);
  while ((await markerCount(page)) <= before) {
    if (Date.now() - start > 8000) throw new Error('no new marker after 8 s');
  }
  return Date.now() - start;
}

let h: Harness;
beforeAll(async () => {
  h = await launch();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

/** The page open, read, and its first answers settled; its marker drawn. */
async function open(): Promise<Page> {
  await resetExtension(h, { lang: 'zh' });
  await watchAnswers(h);
  const page = await visit(h, URL_, tickingPage());
  await settled(h, 0, 700);
  for (let t = 0; t < 50 && (await markerCount(page)) === 0; t++) await page.waitForTimeout(100);
  expect(await markerCount(page)).toBe(1);
  return page;
}

describe('a page that keeps changing while nothing it shows does (the built extension)', () => {
  it('ticking every 100 ms for 3 s: at most 8 reads, and the last tick is still read', async () => {
    const page = await open();
    const from = (await answers(h)).length;
    await startTicking(page);
    await page.waitForTimeout(3000);
    const during = (await answers(h)).length - from;
    const lastTick = await stopTicking(page);
    const after = await settled(h, from + during, 1500, 4000);
    const all = (await answers(h)).slice(from);
    console.log(`CHURN reads during 3 s of 100 ms ticks: ${during}; after the last tick: ${after.length}`);
    // (round 84: 31; a read every ~400 ms would be 8)
    expect(during).toBeLessThanOrEqual(8);
    // the last change is not lost: a read answered after the last tick (the page as it was left)
    expect(all.at(-1)!.at).toBeGreaterThan(lastTick);
    expect(all.every((a) => a.kind === 'read')).toBe(true);
    // nothing read changed: the one marker stays
    expect(await markerCount(page)).toBe(1);
    await page.close();
  }, 60_000);

  it('a progress bar and a spinner alone ticking every 100 ms (attributes, no text): backed off as texts are, at most 5 reads in 4 s', async () => {
    const page = await open();
    await startAttributeTicks(page);
    await page.waitForTimeout(1000);
    const from = (await answers(h)).length;
    await page.waitForTimeout(4000);
    const during = (await answers(h)).length - from;
    await stopTicking(page);
    console.log(`CHURN reads during 4 s of attribute-only ticks (after 1 s): ${during}`);
    // (a read every ~860 ms: 4; session 59's main took every tick for content shown, capped at 480 ms: 7; before it, the
    // ticks left out of the pacing while a read waited had the waits start afresh after every backed-off read)
    expect(during).toBeLessThanOrEqual(5);
    expect(await markerCount(page)).toBe(1);
    await page.close();
  }, 60_000);

  /**
   * Changes made while the page ticks, after the reads have slowed (2 s of ticks), each at another point of the paced
   * read's wait (`gaps` between them): the slowest warning is shown within 1.2 s, and the reads had slowed indeed.
   */
  async function whileTicking(page: Page, acts: string[]): Promise<number[]> {
    await startTicking(page);
    await page.waitForTimeout(2000);
    const times: number[] = [];
    for (const [i, act] of acts.entries()) {
      const from = (await answers(h)).length;
      await page.waitForTimeout(300 + 170 * i);
      // (backed off: at most 2 reads in the last 300–800 ms of ticks, where there were 3–8)
      expect((await answers(h)).length - from).toBeLessThanOrEqual(2);
      times.push(await markerLatency(page, act));
    }
    await stopTicking(page);
    return times;
  }

  it('rows inserted while the page ticks: each warning within 1.2 s', async () => {
    const page = await open();
    const times = await whileTicking(page, [0, 1, 2, 3].map((i) => `window.addInstanceRow('i-bp1tickinsert${i}abcd', '按量付费')`));
    console.log(`CHURN warning after a row inserted while ticking: ${times.join(' ')} ms`);
    expect(Math.max(...times)).toBeLessThanOrEqual(1200);
    await page.close();
  }, 60_000);

  it("rows' billing changed in place (a text) while the page ticks: each warning within 1.2 s", async () => {
    const page = await open();
    // subscriptions turned pay-as-you-go: only a text changes, as the countdown's does
    const times = await whileTicking(page, [2, 3, 4, 5].map((i) => `document.querySelectorAll('#rows tr')[${i}].querySelector('.billing').firstChild.nodeValue = '按量付费'`));
    console.log(`CHURN warning after a row's text changed while ticking: ${times.join(' ')} ms`);
    expect(Math.max(...times)).toBeLessThanOrEqual(1200);
    await page.close();
  }, 60_000);

  it("the user's click while the page ticks: what it changes is read at the shortest waits (each within 500 ms of the click)", async () => {
    const page = await open();
    // a console's own button: its handler turns a row pay-as-you-go (a text, as the countdown's)
    await page.evaluate(`(() => {
      const b = document.createElement('button');
      b.id = 'flip';
      b.textContent = '刷新';
      b.onclick = () => {
        const row = document.querySelectorAll('#rows tr')[Number(b.dataset.row)];
        row.querySelector('.billing').firstChild.nodeValue = '按量付费';
        window.__clickedAt = Date.now();
      };
      document.querySelector('h2').append(b);
    })()`);
    const times: number[] = [];
    const clicked: number[] = [];
    await startTicking(page);
    await page.waitForTimeout(2000);
    for (const row of [10, 11, 12, 13]) {
      // right after a read is answered: backed off, the next read would come ~0.8 s after the next tick
      const n = (await answers(h)).length;
      while ((await answers(h)).length === n) await page.waitForTimeout(10);
      await page.evaluate(`document.getElementById('flip').dataset.row = '${row}'`);
      const before = await markerCount(page);
      const start = Date.now();
      await page.click('#flip');
      // (from the page's click handler: Playwright's click itself took 30–600 ms before it, its checks of the button)
      const at = (await page.evaluate('window.__clickedAt')) as number;
      clicked.push(at - start);
      while ((await markerCount(page)) <= before) {
        if (Date.now() - start > 8000) throw new Error('no new marker after 8 s');
      }
      times.push(Date.now() - at);
    }
    await stopTicking(page);
    console.log(`CHURN warning after the user's click while ticking: ${times.join(' ')} ms (Playwright's click before the handler: ${clicked.join(' ')} ms)`);
    // (backed off, as a script's change is: the tick after the click read ~0.8 s later, then the marker drawn — 0.8–1 s)
    expect(Math.max(...times)).toBeLessThanOrEqual(500);
    await page.close();
  }, 60_000);

  it('no ticking: a row inserted is warned about as fast as before (median of 7 under 400 ms)', async () => {
    const page = await open();
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      times.push(await markerLatency(page, `window.addInstanceRow('i-bp1quiet${String(i).padStart(4, '0')}abcd', '按量付费')`));
      await page.waitForTimeout(300);
    }
    times.sort((a, b) => a - b);
    console.log(`CHURN warning after a row inserted, no ticking: ${times.join(' ')} ms`);
    expect(times[3]!).toBeLessThan(400);
    await page.close();
  }, 60_000);
});
