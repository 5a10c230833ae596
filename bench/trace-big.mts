// The 20,000-row page of `content-script-20000-rows-longest-task` (bench/extension.bench.ts bigList),
// traced: every main-thread task over MIN_MS (default 30) ms from navigation on — wall and thread CPU,
// what ran in it — and the long tasks the bench's PerformanceObserver saw, to tell which task it is.
// `npx wxt build && npx tsx bench/trace-big.mts` (EXTENSION_DIR= another build; PLAIN=1 without the extension).
import { visit } from '../test/e2e/harness';
import { mainThread, openTraced, type Ev } from './trace-session';
import { ECS_URL, bigListPage } from './ecs-list-page';
import { PLAIN_URL } from './extension.bench';
const { h, page, cdp, events, done } = await openTraced();
const html = bigListPage();
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,toplevel', transferMode: 'ReportEvents' });
await visit(h, process.env.PLAIN ? PLAIN_URL : ECS_URL, html, page);
const at = (await page.evaluate(`console.timeStamp('observer'); window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask' }); performance.now()`)) as number;
await page.waitForTimeout(Number(process.env.WAIT ?? 4000));
const long = (await page.evaluate('window.__long')) as [number, number][];
await cdp.send('Tracing.end');
await done;
await h.close();
const { stamp, main, tasks } = mainThread(events);
const rel = (ts: number) => ((ts - stamp.ts) / 1000).toFixed(0);
console.log(`observer installed at 0 ms; long tasks it saw (start, duration): ${JSON.stringify(long.map(([s, d]) => [Math.round(s - at), Math.round(d)]))}`);
// a long task as the observer saw it, in trace time (the stamp and \`at\` are the same moment, within the evaluate's task)
const seen = (t: Ev) => long.some(([s]) => Math.abs(stamp.ts + (s - at) * 1000 - t.ts) < 3000);
for (const t of tasks) {
  if ((t.dur ?? 0) / 1000 < Number(process.env.MIN_MS ?? 30)) continue;
  const inner = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 2000 && !/RunTask/.test(e.name));
  const desc = inner.slice(0, 10).map((e) => `${e.name}${e.args?.data?.url ? '(' + String(e.args.data.url).split('/').pop() + ')' : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}/${((e.tdur ?? 0) / 1000).toFixed(1)}`).join(', ');
  console.log(`${seen(t) ? 'LONG ' : '     '}${rel(t.ts).padStart(6)} ms: task ${((t.dur ?? 0) / 1000).toFixed(1)} ms (cpu ${((t.tdur ?? 0) / 1000).toFixed(1)}): ${desc}`);
}
// our script tasks by thread CPU (steadier than wall time on a busy machine): the first chunk (a timer),
// the idle-time chunks, the rest; and the frames' animation-frame callbacks (ours: marker positions)
// (idle callbacks: only ours request them on this page; they resolve a promise, so no script URL shows)
const ours = tasks.filter((t) => main.some((e) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0) && (e.name === 'FireIdleCallback' || ((e.name === 'FunctionCall' || e.name === 'EvaluateScript') && String(e.args?.data?.url ?? '').startsWith('chrome-extension://')))));
const kindOf = (t: Ev) => {
  const inner = main.filter((e) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0));
  if (inner.some((e) => e.name === 'FireIdleCallback')) return 'idle';
  if (inner.some((e) => e.name === 'FireAnimationFrame')) return 'raf';
  if (inner.some((e) => e.name === 'TimerFire')) return 'timer';
  if (inner.some((e) => e.name === 'EvaluateScript')) return 'evaluate';
  return 'other';
};
const by = new Map<string, number[]>();
for (const t of ours) by.set(kindOf(t), [...(by.get(kindOf(t)) ?? []), (t.tdur ?? 0) / 1000]);
const out: Record<string, unknown> = { dir: process.env.EXTENSION_DIR ?? 'current', long_seen: long.map(([, d]) => Math.round(d)) };
for (const [k, xs] of by) out[k] = { n: xs.length, max_cpu: +Math.max(...xs).toFixed(1), sum_cpu: +xs.reduce((a, b) => a + b, 0).toFixed(1), cpu: xs.map((x) => +x.toFixed(1)).slice(0, 12) };
console.log(JSON.stringify(out));
