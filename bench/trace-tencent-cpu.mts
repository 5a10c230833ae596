// Where the page thread's CPU goes on a load of the 500-row Tencent CVM list, with the extension and without it (the
// same page at an address no content script matches), from traces: each trace event's self thread time (its thread
// time less its children's), summed by event name and by whether its task is the extension's (`ext`: a task with a
// FunctionCall / EvaluateScript / compile of a chrome-extension:// script, an idle callback, or microtasks with no script
// of the page's — the bench page runs none), RUNS pairs interleaved, medians. Thread CPU, not wall time: steadier beside
// other work on the machine.
//   npx wxt build && npx tsx bench/trace-tencent-cpu.mts       (EXTENSION_DIR= another build; RUNS=n, default 5; PAGE=ecs: the ECS list;
//   SHOW=n: the n biggest differences, default 40; EXT_ONLY=1: the extension's page only; WAIT=ms after the load, default 5000;
//   DETAIL=1: every task over 1 ms on stderr)
// A run with the extension counts when the markers' first frame is in its trace (else it is taken again).
import type { Page } from 'playwright-core';
import { launch, resetExtension, visit } from '../test/e2e/harness';
import type { Ev } from './trace-session';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';
import { PLAIN_URL, TENCENT_PLAIN_URL } from './extension.bench';
import { ECS_URL, ecsListPage } from './ecs-list-page';

const runs = Number(process.env.RUNS ?? 5);
const ecs = process.env.PAGE === 'ecs';
const [url, plainUrl, html] = ecs ? [ECS_URL, PLAIN_URL, ecsListPage(500)] : [tencentCvmList500Url, TENCENT_PLAIN_URL, tencentCvmList500Html()];
const CATEGORIES = 'toplevel,devtools.timeline,v8.execute,v8,renderer,disabled-by-default-v8.gc';

const isExt = (e: Ev) => /^chrome-extension:/.test(String(e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? ''));
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.run', 'v8.compileModule', 'v8.evaluateModule']);

/**
 * Self thread time (ms) by `class name` on the page's main thread, and the thread's total; `drawn`: an animation frame
 * ran the extension's script (the markers' first frame: the load's work is all in the trace).
 */
function selfTimes(events: Ev[], pageUrl: string): { total: number; by: Map<string, number>; drawn: boolean } {
  const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(pageUrl.split('?')[0]!));
  if (!parse) throw new Error('no ParseHTML of the page in the trace');
  const main = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const by = new Map<string, number>();
  let total = 0;
  let drawn = false;
  // tasks: a RunTask (or any event not inside one) and what is inside it
  let i = 0;
  while (i < main.length) {
    const task = main[i]!;
    const end = task.ts + (task.dur ?? 0);
    let j = i + 1;
    while (j < main.length && main[j]!.ts < end) j++;
    const inside = main.slice(i, j);
    i = j;
    total += (task.tdur ?? 0) / 1000;
    // the extension's task (as bench/trace-session.ts contentScriptTasks tells them): a script of the extension in it, an idle
    // callback, or microtasks with no script of the page's (the content script's promise continuations: a message's answer)
    const extScript = inside.some((e) => SCRIPT.has(e.name) && isExt(e));
    const pageScript = inside.some((e) => SCRIPT.has(e.name) && !isExt(e) && (e.args?.data?.url ?? '') !== '');
    const ext = extScript || inside.some((e) => e.name === 'FireIdleCallback') || (!pageScript && inside.some((e) => e.name === 'RunMicrotasks'));
    if (extScript && inside.some((e) => e.name === 'FireAnimationFrame')) drawn = true;
    if (process.env.DETAIL && (task.tdur ?? 0) > 1000) {
      const at = ((task.ts - parse.ts) / 1000).toFixed(0).padStart(5);
      const parts = inside.filter((e) => e !== task && (e.tdur ?? 0) > 500 && /Layout|UpdateLayoutTree|PrePaint|Paint|ParseHTML|FunctionCall|EvaluateScript|RunMicrotasks|v8.run|GC|CapturePageText|TimerFire|FireIdleCallback|FireAnimationFrame|HitTest/.test(e.name));
      console.error(`${at} ${ext ? 'ext ' : 'page'} task ${((task.tdur ?? 0) / 1000).toFixed(1).padStart(6)}: ${parts.map((e) => `${e.name}${isExt(e) ? '*' : ''} ${((e.tdur ?? 0) / 1000).toFixed(1)}${e.args?.beginData?.dirtyObjects !== undefined ? ` [${e.args.beginData.dirtyObjects}/${e.args.beginData.totalObjects}]` : ''}${e.args?.elementCount !== undefined ? ` [${e.args.elementCount}]` : ''}`).join(', ')}`);
    }
    // self time: thread time less the direct children's
    const stack: { e: Ev; end: number; child: number }[] = [];
    const pop = () => {
      const s = stack.pop()!;
      const self = Math.max(0, ((s.e.tdur ?? 0) - s.child) / 1000);
      const key = `${ext ? 'ext ' : 'page'} ${name(s.e)}`;
      by.set(key, (by.get(key) ?? 0) + self);
      if (stack.length) stack[stack.length - 1]!.child += s.e.tdur ?? 0;
    };
    for (const e of inside) {
      while (stack.length && e.ts >= stack[stack.length - 1]!.end) pop();
      stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
    }
    while (stack.length) pop();
  }
  return { total, by, drawn };
}

/** An event's name, a script's with whose script it is. */
function name(e: Ev): string {
  if (SCRIPT.has(e.name)) return `${e.name}${isExt(e) ? ' (extension)' : ''}`;
  return e.name;
}

async function traced(page: Page, to: string): Promise<Ev[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: Ev[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as Ev[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await visit(h, to, html, page);
  await page.waitForLoadState('load');
  // (the same window with and without the extension; on a loaded 2-core machine the reader document's answer may take
  // 3 s: a run whose markers were not drawn within it is taken again)
  await page.waitForTimeout(Number(process.env.WAIT ?? 5000));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const h = await launch();
const withExt: ReturnType<typeof selfTimes>[] = [];
const without: ReturnType<typeof selfTimes>[] = [];
try {
  for (let r = 0; r < runs; r++) {
    await resetExtension(h, { lang: 'zh' });
    const order = r % 2 ? [false, true] : [true, false];
    for (const ext of order) {
      if (!ext && process.env.EXT_ONLY) continue;
      let t: ReturnType<typeof selfTimes> | undefined;
      for (let tries = 0; tries < 3 && !t; tries++) {
        if (tries) await resetExtension(h, { lang: 'zh' });
        const page = await h.context.newPage();
        const events = await traced(page, ext ? url : plainUrl);
        await page.close();
        t = selfTimes(events, ext ? url : plainUrl);
        if (ext && !t.drawn) {
          console.error(`run ${r + 1}: no markers drawn within the window, again`);
          t = undefined;
        }
      }
      if (!t) throw new Error('no markers drawn in three tries');
      (ext ? withExt : without).push(t);
      console.error(`run ${r + 1} ${ext ? 'with' : 'without'}: page thread CPU ${t.total.toFixed(1)} ms`);
    }
  }
} finally {
  await h.close();
}
const keys = new Set([...withExt, ...without].flatMap((t) => [...t.by.keys()]));
const rows = [...keys].map((k) => {
  const w = median(withExt.map((t) => t.by.get(k) ?? 0));
  const wo = without.length ? median(without.map((t) => t.by.get(k) ?? 0)) : 0;
  return { k, w, wo, d: w - wo };
});
rows.sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
const tw = withExt.map((t) => t.total);
const two = without.map((t) => t.total);
console.log(`page thread CPU, ${runs} runs: with ${median(tw).toFixed(1)} ms [${tw.map((x) => x.toFixed(0)).join(' ')}], without ${two.length ? median(two).toFixed(1) : '-'} [${two.map((x) => x.toFixed(0)).join(' ')}]`);
console.log(`pairs' differences: ${tw.map((x, i) => (two[i] === undefined ? '-' : (x - two[i]!).toFixed(0))).join(' ')}; median ${two.length ? median(tw.map((x, i) => x - two[i]!)).toFixed(1) : '-'}`);
console.log('self thread ms (medians)        with  without   diff');
for (const r of rows.slice(0, Number(process.env.SHOW ?? 40))) console.log(`${r.k.padEnd(48)} ${r.w.toFixed(1).padStart(7)} ${r.wo.toFixed(1).padStart(7)} ${r.d.toFixed(1).padStart(7)}`);
// the extension's own tasks' CPU (thread time), each run
const extCpu = withExt.map((t) => [...t.by].filter(([k]) => k.startsWith('ext ')).reduce((s, [, v]) => s + v, 0));
console.log(`the extension's tasks: ${median(extCpu).toFixed(1)} ms [${extCpu.map((x) => x.toFixed(1)).join(' ')}]`);
console.log(JSON.stringify({ page: ecs ? 'ecs' : 'tencent', dir: process.env.EXTENSION_DIR ?? 'current', runs, ext_tasks_cpu_ms: +median(extCpu).toFixed(1), with_cpu_ms: +median(tw).toFixed(1), without_cpu_ms: two.length ? +median(two).toFixed(1) : null, added_cpu_ms: two.length ? +median(tw.map((x, i) => x - two[i]!)).toFixed(1) : null }));
