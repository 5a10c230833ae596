// Which layouts and style recalcs the in-page UI forces (Chromium trace): for the 500-row list at load
// and after one row changes. `npx wxt build && npx tsx bench/trace-ui.mts`
import { visit } from '../test/e2e/harness';
import { openTraced, type Ev } from './trace-session';
import { ECS_URL, ecsListPage } from './ecs-list-page';
const { h, page, cdp, events, done } = await openTraced();
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack', transferMode: 'ReportEvents' });
await visit(h, ECS_URL, ecsListPage(500), page);
await page.waitForTimeout(2500);
for (let i = 0; i < 3; i++) {
  await page.evaluate(`(() => { const cell = document.querySelectorAll('#rows tr')[250].children[5]; cell.textContent = cell.textContent.includes('按量') ? '包年包月 2027-06-30 23:59 到期' : '按量付费 2026-10-01 10:00 创建'; })()`);
  await page.waitForTimeout(600);
}
await cdp.send('Tracing.end');
await done;
const stackOf = (e: Ev) => (e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? []) as { url: string; functionName: string }[];
for (const e of events) {
  if (!['Layout', 'UpdateLayoutTree', 'HitTest'].includes(e.name) || e.ph !== 'X') continue;
  const st = stackOf(e);
  const who = st.length ? st.map((f) => `${f.functionName}@${f.url.split('/').pop()}`).slice(0, 3).join(' < ') : '(frame)';
  const dur = (e.dur ?? 0) / 1000;
  if (dur < 0.3) continue;
  console.log(`${(e.ts / 1000).toFixed(0)} ${e.name.padEnd(16)} ${dur.toFixed(2).padStart(7)} ms  dirty ${e.args?.beginData?.dirtyObjects ?? ''}/${e.args?.beginData?.totalObjects ?? e.args?.elementCount ?? ''}  ${who}`);
}
await h.close();
