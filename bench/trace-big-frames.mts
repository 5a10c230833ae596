// The 20,000-row page of bench/trace-big.mts: every main-thread task over MIN_MS (default 40) ms after
// the content script's first read, with the events inside it over 0.5 ms (wall / CPU) — to tell which
// rendering work the in-page UI causes on a very large page (the long-task observer does not count a
// frame's rendering, so the bench's longest-task line does not see it).
// `npx wxt build && npx tsx bench/trace-big-frames.mts` (EXTENSION_DIR= another build; PLAIN=1 without the extension).
import { visit } from '../test/e2e/harness';
import { mainThread, openTraced } from './trace-session';
import { ECS_URL, bigListPage } from './ecs-list-page';
import { PLAIN_URL } from './extension.bench';
const { h, page, cdp, events, done } = await openTraced();
const html = bigListPage();
await cdp.send('Tracing.start', { categories: process.env.CATS ?? 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,v8.execute,toplevel', transferMode: 'ReportEvents' });
await visit(h, process.env.PLAIN ? PLAIN_URL : ECS_URL, html, page);
await page.evaluate(`console.timeStamp('observer')`);
await page.waitForTimeout(Number(process.env.WAIT ?? 4000));
await cdp.send('Tracing.end');
await done;
await h.close();
const { stamp, main, tasks } = mainThread(events);
const firstOurs = main.find((e) => (e.name === 'FunctionCall' || e.name === 'TimerFire') && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'));
for (const t of tasks) {
  if ((t.dur ?? 0) / 1000 < Number(process.env.MIN_MS ?? 40) || (firstOurs && t.ts < firstOurs.ts - 1000)) continue;
  console.log(`${((t.ts - stamp.ts) / 1000).toFixed(0).padStart(6)} ms: task ${((t.dur ?? 0) / 1000).toFixed(1)} ms (cpu ${((t.tdur ?? 0) / 1000).toFixed(1)})`);
  const inner = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 500 && !/RunTask/.test(e.name));
  for (const e of inner.slice(0, Number(process.env.EVENTS ?? 40))) {
    const depth = inner.filter((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)).length;
    const extra = e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : e.args?.data?.functionName ? ` ${e.args.data.functionName}` : e.args?.beginData?.dirtyObjects ? ` dirty ${e.args.beginData.dirtyObjects}/${e.args.beginData.totalObjects}` : e.args?.elementCount ? ` elements ${e.args.elementCount}` : '';
    console.log(`${'  '.repeat(depth + 1)}${e.name}${extra} ${((e.dur ?? 0) / 1000).toFixed(1)}/${((e.tdur ?? 0) / 1000).toFixed(1)}`);
  }
}
