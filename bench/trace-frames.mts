// Frames after one row changes (finding-changes): each rendering step with its args (dirty objects,
// elements restyled, paint layers) and the invalidation tracking that caused it.
// EXTENSION_DIR=... REREAD=k npx tsx bench/trace-frames.mts
import { visit } from '../test/e2e/harness';
import { openTraced, type Ev } from './trace-session';
import { ECS_URL, ecsListPage } from './ecs-list-page';
import { PLAIN_URL } from './extension.bench';
const { h, page, cdp, events, done } = await openTraced();
const change = process.env.FACT
  ? `(() => { console.timeStamp('change'); const cell = document.querySelectorAll('#rows tr')[250].children[5]; cell.textContent = cell.textContent.includes('06-30') ? '包年包月 2027-07-30 23:59 到期' : '包年包月 2027-06-30 23:59 到期'; })()`
  : `(() => { console.timeStamp('change'); const cell = document.querySelectorAll('#rows tr')[250].children[5]; cell.textContent = cell.textContent.includes('按量') ? '包年包月 2027-06-30 23:59 到期' : '按量付费 2026-10-01 10:00 创建'; })()`;
await visit(h, process.env.PLAIN ? PLAIN_URL : ECS_URL, ecsListPage(500), page);
await page.waitForTimeout(2500);
for (let i = 0; i < 2; i++) { await page.evaluate(change); await page.waitForTimeout(600); }
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking,disabled-by-default-devtools.timeline.stack,blink,cc,v8.execute,toplevel', transferMode: 'ReportEvents' });
const k = Number(process.env.REREAD ?? 2);
for (let i = 0; i < k; i++) { await page.evaluate(change); await page.waitForTimeout(700); }
await cdp.send('Tracing.end');
await done;
const stamps = events.filter((e) => e.name === 'TimeStamp').sort((a, b) => a.ts - b.ts);
const th = `${stamps[0]!.pid}:${stamps[0]!.tid}`;
const main = events.filter((e) => `${e.pid}:${e.tid}` === th).sort((a, b) => a.ts - b.ts);
const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && e.ts >= stamps[0]!.ts - 1000);
const want = new Set((process.env.SHOW ?? 'Layout,UpdateLayoutTree,PrePaint,Paint,Commit,Layerize,HitTest,FunctionCall,TimerFire,FireAnimationFrame,IntersectionObserverController::computeIntersections,ParseHTML,ScheduleStyleRecalculation,InvalidateLayout,LayoutInvalidationTracking,StyleRecalcInvalidationTracking,StyleInvalidatorInvalidationTracking,PaintInvalidationTracking,LayerTreeHost::UpdateLayers,PaintArtifactCompositor::Update,LocalFrameView::RunPaintLifecyclePhase,PaintController::CommitNewDisplayItems,LocalFrameView::RunPrePaintLifecyclePhase,LocalFrameView::UpdateStyleAndLayoutIfNeededRecursive').split(','));
for (const t of tasks) {
  const d = (t.dur ?? 0) / 1000;
  if (d < 0.15) continue;
  console.log(`\n== ${(t.ts / 1000).toFixed(1)} task ${d.toFixed(2)} ms (cpu ${((t.tdur ?? 0) / 1000).toFixed(2)})`);
  for (const e of main) {
    if (e.ts < t.ts || e.ts > t.ts + (t.dur ?? 0) || e === t || !want.has(e.name)) continue;
    const a = e.args ?? {};
    const info = JSON.stringify(a.beginData ?? a.data ?? a).slice(0, 260);
    console.log(`   ${e.ph} ${e.name} ${e.dur !== undefined ? ((e.dur ?? 0) / 1000).toFixed(2) : ''} ${info}${a.endData ? ' END ' + JSON.stringify(a.endData).slice(0, 160) : ''}`);
  }
}
await h.close();
