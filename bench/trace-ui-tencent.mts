// The Tencent 500-row CVM list at load (about 250 markers; FONT: its body's font-family): the layouts, style recalcs and hit tests
// over 0.3 ms, who forced them, and the main thread's time by event. `npx wxt build && npx tsx bench/trace-ui-tencent.mts`
import { visit } from '../test/e2e/harness';
import { openTraced, type Ev } from './trace-session';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';
const { h, page, cdp, events, done } = await openTraced();
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack', transferMode: 'ReportEvents' });
// FONT='"PingFang SC", Arial, sans-serif': the page's body set in that font (a console's own stylesheet does)
const html = process.env.FONT ? tencentCvmList500Html().replace('</head>', `<style>body{font-family:${process.env.FONT}}</style></head>`) : tencentCvmList500Html();
await visit(h, tencentCvmList500Url, html, page);
await page.waitForTimeout(3000);
await cdp.send('Tracing.end');
await done;
const stackOf = (e: Ev) => (e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? []) as { url: string; functionName: string }[];
const main = events.filter((e) => e.name === 'TracingStartedInBrowser')[0];
void main;
const byName = new Map<string, number>();
for (const e of events) {
  if (e.ph !== 'X') continue;
  const dur = (e.dur ?? 0) / 1000;
  if (['Layout', 'UpdateLayoutTree', 'HitTest', 'Paint', 'FunctionCall', 'EvaluateScript', 'ParseHTML', 'RunTask'].includes(e.name)) byName.set(e.name, (byName.get(e.name) ?? 0) + dur);
  if (!['Layout', 'UpdateLayoutTree', 'HitTest'].includes(e.name) || dur < 0.3) continue;
  const st = stackOf(e);
  const who = st.length ? st.map((f) => `${f.functionName}@${f.url.split('/').pop()}`).slice(0, 3).join(' < ') : '(frame)';
  if (process.env.ARGS && who.includes("warning-ui")) console.log(JSON.stringify(e.args).slice(0, 1500));
  console.log(`${(e.ts / 1000).toFixed(0)} ${e.name.padEnd(16)} ${dur.toFixed(2).padStart(7)} ms  dirty ${e.args?.beginData?.dirtyObjects ?? ''}/${e.args?.beginData?.totalObjects ?? e.args?.elementCount ?? ''}  ${who}`);
}
console.log([...byName].map(([k, v]) => `${k} ${v.toFixed(1)}`).join('  '));
await h.close();
