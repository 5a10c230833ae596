// Per change (one row of the 500-row list), thread CPU of the renderer main thread's tasks by class:
// change (the page's own script and our MutationObserver), page-frame, read (debounced read + send),
// mojo (replies), ui-frame (a frame after our read), position (marker positions), other.
// Thread CPU, not wall time: steadier on a busy machine. The first traced change is left out.
// EXTENSION_DIR=... REREAD=k [FACT=1: no finding changes] [PLAIN=1: no extension] [ROW=n: another row, 2 is in view]
// [OTHER=1: what the 'other' tasks ran] [GCDUMP=1: GC events] [FRAMES=1: medians of the ui-frame tasks' CPU, Layout and Paint]
// npx tsx bench/trace-classes.mts
import { visit } from '../test/e2e/harness';
import { openTraced, type Ev } from './trace-session';
import { ECS_URL, ecsListPage } from './ecs-list-page';
import { PLAIN_URL } from './extension.bench';
const { h, page, cdp, events, done } = await openTraced();
const ROW = Number(process.env.ROW ?? 250);
const change = process.env.FACT
  ? `(() => { console.timeStamp('change'); const cell = document.querySelectorAll('#rows tr')[${ROW}].children[5]; cell.textContent = cell.textContent.includes('06-30') ? '包年包月 2027-07-30 23:59 到期' : '包年包月 2027-06-30 23:59 到期'; })()`
  : `(() => { console.timeStamp('change'); const cell = document.querySelectorAll('#rows tr')[${ROW}].children[5]; cell.textContent = cell.textContent.includes('按量') ? '包年包月 2027-06-30 23:59 到期' : '按量付费 2026-10-01 10:00 创建'; })()`;
await visit(h, process.env.PLAIN ? PLAIN_URL : ECS_URL, ecsListPage(500), page);
await page.waitForTimeout(2500);
for (let i = 0; i < 4; i++) { await page.evaluate(change); await page.waitForTimeout(600); }
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel' + (process.env.GCDUMP ? ',v8,v8.gc,blink_gc,disabled-by-default-v8.gc' : ''), transferMode: 'ReportEvents' });
const k = Number(process.env.REREAD ?? 10);
for (let i = 0; i < k; i++) { await page.evaluate(change); await page.waitForTimeout(600); }
await cdp.send('Tracing.end');
await done;
await h.close();
const stamps = events.filter((e) => e.name === 'TimeStamp').sort((a, b) => a.ts - b.ts);
const th = `${stamps[0]!.pid}:${stamps[0]!.tid}`;
const main = events.filter((e) => `${e.pid}:${e.tid}` === th && e.ph === 'X').sort((a, b) => a.ts - b.ts);
// the first change is left out (tracing's own start-up work lands there)
const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts >= stamps[1]!.ts - 1000);
const otherNames = new Map<string, number>();
const cpu = new Map<string, number>();
const wall = new Map<string, number>();
let sinceRead = false;
/** Each ui-frame task: its CPU, and the CPU of its Layout and Paint events. */
const uiFrames: [number, number, number][] = [];
for (const t of tasks) {
  const inner = main.filter((e) => e !== t && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0));
  const has = (n: string, url?: string) => inner.some((e) => e.name === n && (!url || String(e.args?.data?.url ?? '').endsWith(url)));
  const stamped = stamps.some((s) => s.ts >= t.ts && s.ts <= t.ts + (t.dur ?? 0));
  let c: string;
  if (stamped) { c = 'change'; sinceRead = false; }
  else if (has('TimerFire') && has('FunctionCall', 'ecs.js')) { c = 'read'; sinceRead = true; }
  else if (has('TimerFire') && has('FunctionCall', 'warning-ui.js')) c = 'position';
  else if (has('Paint') || has('Layout') || has('UpdateLayoutTree')) {
    c = sinceRead ? 'ui-frame' : 'page-frame';
    const cpuOf = (n: string) => inner.filter((e) => e.name === n).reduce((a, e) => a + (e.tdur ?? 0) / 1000, 0);
    if (c === 'ui-frame') uiFrames.push([(t.tdur ?? 0) / 1000, cpuOf('Layout'), cpuOf('Paint')]);
  }
  else if (has('Receive mojo message')) c = 'mojo';
  else { c = 'other'; for (const e of inner) if ((e.dur ?? 0) > 50) otherNames.set(e.name, (otherNames.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000); }
  cpu.set(c, (cpu.get(c) ?? 0) + (t.tdur ?? t.dur ?? 0) / 1000);
  wall.set(c, (wall.get(c) ?? 0) + (t.dur ?? 0) / 1000);
}
if (process.env.GCDUMP) for (const e of main) if (/^(MajorGC|MinorGC|V8.GC_MC_INCREMENTAL|V8.GCIncrementalMarkingStart|V8.GCFinalizeMC|BlinkGC.*|V8.GC_HEAP_EMBEDDER_TRACING|V8.GCCompactor|V8.GCIncrementalMarking|V8.MemoryReducer.*|V8.GCScavenger)$/.test(e.name) && e.ts >= stamps[1]!.ts) console.log(((e.ts - stamps[1]!.ts) / 1000).toFixed(0), e.name, ((e.tdur ?? 0) / 1000).toFixed(2), JSON.stringify(e.args).slice(0, 200));
const out: Record<string, unknown> = { dir: process.env.EXTENSION_DIR ?? 'current', kind: process.env.FACT ? 'fact' : process.env.PLAIN ? 'plain' : 'finding', changes: k };
let tot = 0, totw = 0;
const n = k - 1;
for (const c of ['change', 'page-frame', 'read', 'mojo', 'ui-frame', 'position', 'other']) { out[c] = +((cpu.get(c) ?? 0) / n).toFixed(2); tot += cpu.get(c) ?? 0; totw += wall.get(c) ?? 0; }
out.cpu_total = +(tot / n).toFixed(2);
out.wall_total = +(totw / n).toFixed(2);
if (process.env.OTHER) out.other_names = [...otherNames].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([x, d]) => `${x} ${(d / n).toFixed(2)}`).join(', ');
if (process.env.FRAMES) {
  const med = (xs: number[]) => { const v = [...xs].sort((a, b) => a - b); return v.length ? +v[v.length >> 1]!.toFixed(2) : null; };
  out.ui_frames = { n: uiFrames.length, task: med(uiFrames.map((f) => f[0])), layout: med(uiFrames.map((f) => f[1])), paint: med(uiFrames.map((f) => f[2])) };
}
console.log(JSON.stringify(out));
