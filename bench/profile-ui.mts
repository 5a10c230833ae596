// The in-page UI's share of the content script's main-thread time, in Chromium, from a CPU profile:
// every sample whose stack holds a frame of warning-ui.js (the UI's own code and the layout, style and
// DOM work it calls synchronously). Build first: `NOMINIFY=1 npx wxt build` (readable names) or `npx wxt build`.
//   npx tsx bench/profile-ui.mts            → 500-row list (load; one row's billing flipped 6 times) and a 20,000-row list
// Prints one JSON line per scenario: ui_ms (all UI samples), longest_ui_ms (longest unbroken stretch of
// UI samples: a bound on the UI's longest task), total_ms (all non-idle samples of the page's renderer thread).
import type { CDPSession } from 'playwright-core';
import { launch, visit, resetExtension, type Harness } from '../test/e2e/harness';
import { ECS_URL, ecsListPage } from './ecs-list-page';



interface Node_ { id: number; callFrame: { url: string; functionName: string }; children?: number[] }
interface Profile { nodes: Node_[]; samples?: number[]; timeDeltas?: number[] }

function uiShare(profile: Profile) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const isUi = new Map<number, boolean>();
  const ui = (id: number): boolean => {
    const known = isUi.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const p = parent.get(id);
    const v = n.callFrame.url.endsWith('warning-ui.js') || (p !== undefined && ui(p));
    isUi.set(id, v);
    return v;
  };
  const idle = (id: number) => ['(idle)', '(program)'].includes(byId.get(id)!.callFrame.functionName);
  let uiUs = 0, totalUs = 0, run = 0, longest = 0;
  const selfUi = new Map<string, number>();
  const samples = profile.samples ?? [];
  const dt = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const d = dt[i + 1] ?? 0; // the time until the next sample is spent in this one
    const id = samples[i]!;
    if (!idle(id) || byId.get(id)!.callFrame.functionName === '(program)') totalUs += byId.get(id)!.callFrame.functionName === '(idle)' ? 0 : d;
    if (ui(id)) {
      uiUs += d;
      const cf = byId.get(id)!.callFrame;
      const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}`;
      selfUi.set(k, (selfUi.get(k) ?? 0) + d);
      run += d;
      longest = Math.max(longest, run);
    } else if (byId.get(id)!.callFrame.functionName !== '(garbage collector)') run = 0;
  }
  const r = (us: number) => Math.round(us / 100) / 10;
  if (process.env.VERBOSE) for (const [k, us] of [...selfUi].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.error(`${r(us).toFixed(1).padStart(8)} ${k}`);
  return { ui_ms: r(uiUs), longest_ui_ms: r(longest), total_ms: r(totalUs) };
}

async function profiled(h: Harness, act: (cdp: CDPSession) => Promise<void>) {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  (cdp as unknown as { page: typeof page }).page = page;
  await act(cdp);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await page.close();
  return uiShare(profile);
}

const h = await launch();
try {
  const runs = Number(process.env.RUNS ?? 3);
  const out: Record<string, unknown>[] = [];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const scenarios: [string, () => Promise<{ ui_ms: number; longest_ui_ms: number; total_ms: number }>][] = [
    ['ui-500-rows-load', async () => {
      await resetExtension(h, { lang: 'zh' });
      return profiled(h, async (cdp) => {
        const page = (cdp as unknown as { page: import('playwright-core').Page }).page;
        await visit(h, ECS_URL, ecsListPage(500, { idDigits: 6 }), page);
        await page.waitForTimeout(2500);
      });
    }],
    ['ui-500-rows-one-row-changed-x6', async () => {
      await resetExtension(h, { lang: 'zh' });
      const page = await visit(h, ECS_URL, ecsListPage(500, { idDigits: 6 }));
      await page.waitForTimeout(2500);
      const cdp = await h.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      for (let i = 0; i < 6; i++) {
        await page.evaluate(`(() => { const cell = document.querySelectorAll('#rows tr')[250].children[5]; cell.textContent = cell.textContent.includes('按量') ? '包年包月 2027-06-30 23:59 到期' : '按量付费 2026-10-01 10:00 创建'; })()`);
        await page.waitForTimeout(500);
      }
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      await page.close();
      return uiShare(profile);
    }],
    ['ui-20000-rows-load', async () => {
      await resetExtension(h, { lang: 'zh' });
      return profiled(h, async (cdp) => {
        const page = (cdp as unknown as { page: import('playwright-core').Page }).page;
        h.pages.set(ECS_URL, ecsListPage(20_000, { idDigits: 6, separator: '' }));
        await page.goto(ECS_URL, { waitUntil: 'commit', timeout: 120_000 });
        await page.waitForLoadState('load', { timeout: 120_000 });
        await page.waitForTimeout(8000);
      });
    }],
  ];
  const only = process.argv[2];
  for (const [name, fn] of scenarios) {
    if (only && !name.includes(only)) continue;
    const res: { ui_ms: number; longest_ui_ms: number; total_ms: number }[] = [];
    for (let i = 0; i < runs; i++) res.push(await fn());
    out.push({ name, ui_ms: median(res.map((r) => r.ui_ms)), longest_ui_ms: median(res.map((r) => r.longest_ui_ms)), total_ms: median(res.map((r) => r.total_ms)), runs: res.map((r) => r.ui_ms) });
    console.log(JSON.stringify(out[out.length - 1]));
  }
} finally {
  await h.close();
}
