// Where the main-thread time of a re-read goes (Chromium trace): the 500-row list, one row's billing
// text changed k times (REREAD, default 5); top-level tasks after each change with their biggest
// nested events. `npx wxt build && npx tsx bench/trace-reread.mts` (EXTENSION_DIR= another build;
// PLAIN=1 the page without the extension; BIG=1 the 20,000-row page's load instead, ROWS=n another size).
import { visit, fixture } from '../test/e2e/harness';
import { openTraced, type Ev } from './trace-session';
import { ECS_URL, ecsListPage } from './ecs-list-page';
import { PLAIN_URL } from './extension.bench';
const { h, page, cdp, events, done } = await openTraced();
const url = process.env.PLAIN ? PLAIN_URL : ECS_URL;
const big = !!process.env.BIG;
let html = ecsListPage(500);
if (big) {
  const rows: string[] = [];
  for (let i = 0; i < Number(process.env.ROWS ?? 20_000); i++) rows.push(`<tr><td><a>i-bp1big${String(i).padStart(6, '0')}abcdef</a></td><td>杭州 可用区I</td><td>47.96.${i >> 8 & 255}.${i & 255}(公)</td><td>运行中</td><td>2 vCPU 4 GiB 5Mbps (峰值)</td><td>${i % 50 === 7 ? '按量付费' : '包年包月<br>2027-06-30 23:59 到期'}</td><td><a>管理</a></td></tr>`);
  html = fixture('e2e/pages/ecs-instance-list.html').replace(/<tbody id="rows">[\s\S]*?<\/tbody>/, `<tbody id="rows">${rows.join('')}</tbody>`);
}
const change = `(() => { console.timeStamp('change'); const cell = document.querySelectorAll('#rows tr')[250].children[5]; cell.textContent = cell.textContent.includes('按量') ? '包年包月 2027-06-30 23:59 到期' : '按量付费 2026-10-01 10:00 创建'; })()`;
if (!big) {
  await visit(h, url, html, page);
  if (!process.env.PLAIN) await page.locator('icp-preflight-warning').first().waitFor({ state: 'attached', timeout: 30000 }).catch(() => undefined);
  await page.waitForTimeout(1500);
  // WARM=k changes before the trace (steady state: compiled code, subjects located)
  for (let i = 0; i < Number(process.env.WARM ?? 4); i++) {
    await page.evaluate(change);
    await page.waitForTimeout(600);
  }
}
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,toplevel', transferMode: 'ReportEvents' });
if (big) {
  await visit(h, url, html, page);
  await page.evaluate(`console.timeStamp('big')`);
  await page.waitForTimeout(Number(process.env.WAIT ?? 6000));
}
const k = big ? 0 : Number(process.env.REREAD ?? 5);
for (let i = 0; i < k; i++) {
  await page.evaluate(change);
  await page.waitForTimeout(600);
}
await cdp.send('Tracing.end');
await done;
// the renderer main thread: the thread of the most 'FunctionCall' / 'EvaluateScript' time in the page's process
const threadName = new Map<string, string>();
for (const e of events) if (e.name === 'thread_name' && e.ph === 'M') threadName.set(`${e.pid}:${e.tid}`, e.args?.name);
const main = [...threadName].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
// the page's renderer: the one where our change was stamped
const stamps = events.filter((e) => e.name === 'TimeStamp').sort((a, b) => a.ts - b.ts);
const pageThread = stamps.length ? `${stamps[0]!.pid}:${stamps[0]!.tid}` : main[0];
const mainEvents = events.filter((e) => `${e.pid}:${e.tid}` === pageThread && e.ph === 'X');
const from = stamps.length ? stamps[0]!.ts : 0;
const tasks = mainEvents.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (big || e.ts >= from - 1000)).sort((a, b) => a.ts - b.ts);
let total = 0;
const byName = new Map<string, number>();
for (const t of tasks) {
  const d = (t.dur ?? 0) / 1000;
  if (d < Number(process.env.MIN_MS ?? 0.2)) continue;
  total += d;
  const inner = mainEvents.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 150 && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask');
  const desc = inner.slice(0, 8).map((e) => `${e.name}${e.args?.data?.url ? '(' + String(e.args.data.url).split('/').pop() + ')' : e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', ');
  for (const e of inner) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  if (process.env.ALL || d > 0.5) console.log(`${(t.ts / 1000).toFixed(0)} task ${d.toFixed(2)} ms: ${desc}`);
}
console.log(`total ${total.toFixed(1)} ms over ${k} changes`);
// BIG: the longest tasks that ran our scripts (wall and thread CPU), to find the long one
if (big) {
  // from the content script's first task on
  const first = tasks.find((t) => mainEvents.some((e) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0) && String(e.args?.data?.url ?? '').startsWith('chrome-extension://')));
  const ours = first ? tasks.filter((t) => t.ts >= first.ts) : [];
  const row = (t: Ev) => `${((t.dur ?? 0) / 1000).toFixed(1)} ms (cpu ${((t.tdur ?? 0) / 1000).toFixed(1)}): ${mainEvents.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 1000).slice(0, 4).map((e) => `${e.name}${e.args?.data?.url ? '(' + String(e.args.data.url).split('/').pop() + ')' : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', ')}`;
  for (const t of [...ours].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 8)) console.log(`  longest (cpu): ${row(t)}`);
  // tasks with no script of ours but right after one of ours sent (a message's serialisation shows as an unnamed task)
  console.log(`  tasks from the content script's start: ${ours.length}, cpu total ${(ours.reduce((a, t) => a + (t.tdur ?? 0), 0) / 1000).toFixed(1)} ms`);
}
// per change: top-level task time by kind (whose script ran in it; frames = rendering only)
if (stamps.length > 1 || (stamps.length === 1 && k === 1)) {
  const kinds = new Map<string, number>();
  const cpu = new Map<string, number>();
  const counts = new Map<string, number>();
  const nested = new Map<string, Map<string, number>>();
  const lay = { forcedInOurs: 0 };
  for (const t of tasks) {
    if (t.ts < stamps[0]!.ts - 1000) continue;
    const inner = mainEvents.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
    const urls = new Set(inner.map((e) => String(e.args?.data?.url ?? '')).filter((u) => u.startsWith('chrome-extension://')).map((u) => u.split('/').pop()));
    const frame = inner.some((e) => e.name === 'Paint' || e.name === 'Commit' || e.name === 'PrePaint');
    const kind = `${[...urls].sort().join('+') || (frame ? 'frame' : inner.some((e) => e.name === 'Receive mojo message') ? 'mojo' : 'other')}${urls.size && frame ? '+frame' : ''}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + (t.dur ?? 0) / 1000);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    cpu.set(kind, (cpu.get(kind) ?? 0) + (t.tdur ?? t.dur ?? 0) / 1000);
    if (process.env.NESTED) {
      const m = nested.get(kind) ?? new Map<string, number>();
      nested.set(kind, m);
      for (const e of inner) if (e.ph === 'X' && (e.dur ?? 0) > 0) m.set(e.name, (m.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    }
    if (urls.size) for (const e of inner) if (e.name === 'Layout' || e.name === 'UpdateLayoutTree') lay.forcedInOurs += (e.dur ?? 0) / 1000;
  }
  for (const [kd, d] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  per change: ${kd} ${(d / k).toFixed(2)} ms (thread CPU ${((cpu.get(kd) ?? 0) / k).toFixed(2)} ms, ${((counts.get(kd) ?? 0) / k).toFixed(1)} tasks)`);
  for (const [kd, m] of nested) console.log(`  ${kd}: ${[...m].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([n, d]) => `${n} ${(d / k).toFixed(2)}`).join(', ')}`);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0) / k;
  console.log(JSON.stringify({ dir: process.env.EXTENSION_DIR ?? (process.env.PLAIN ? 'plain' : 'current'), wall_ms_per_change: +sum(kinds).toFixed(2), cpu_ms_per_change: +sum(cpu).toFixed(2), changes: k }));
  console.log(`  per change: layout/style inside tasks that ran our scripts ${(lay.forcedInOurs / k).toFixed(2)} ms`);
}
for (const [n, d] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${n} ${d.toFixed(1)} (nested, may overlap)`);
await h.close();
