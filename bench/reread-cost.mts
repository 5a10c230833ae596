// The extension's own script time per re-read (CPU profile: samples with an extension frame on the
// stack), after one row of the 500-row list changes; less noisy than wall time on a busy machine.
// Run alternately against builds: EXTENSION_DIR=/tmp/a npx tsx bench/reread-cost.mts; EXTENSION_DIR=/tmp/b …
import { launch, visit, resetExtension } from '../test/e2e/harness';
import { ECS_URL, ecsListPage } from './ecs-list-page';
const k = Number(process.env.REREAD ?? 15);
const h = await launch();
await resetExtension(h, { lang: 'zh' });
const page = await h.context.newPage();
const cdp = await h.context.newCDPSession(page);
await visit(h, ECS_URL, ecsListPage(500), page);
// the first read done (its markers drawn), then quiet
await page.locator('icp-preflight-warning').first().waitFor({ state: 'attached', timeout: 30000 }).catch(() => undefined);
await page.waitForTimeout(3000);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Performance.enable');
const task = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'TaskDuration')?.value ?? 0) * 1000;
const t0 = await task();
await cdp.send('Profiler.start');
for (let i = 0; i < k; i++) {
  await page.evaluate(`(() => { const cell = document.querySelectorAll('#rows tr')[250].children[5]; cell.textContent = cell.textContent.includes('按量') ? '包年包月 2027-06-30 23:59 到期' : '按量付费 2026-10-01 10:00 创建'; })()`);
  await page.waitForTimeout(600);
}
const { profile } = await cdp.send('Profiler.stop');
const taskMs = (await task()) - t0;
const byId = new Map<number, any>(profile.nodes.map((x: any) => [x.id, x]));
const parent = new Map<number, number>();
for (const nd of profile.nodes as any[]) for (const c of nd.children ?? []) parent.set(c, nd.id);
const ours = new Map<number, boolean>();
const isOurs = (id: number): boolean => {
  if (ours.has(id)) return ours.get(id)!;
  const nd = byId.get(id);
  const v = String(nd.callFrame.url).startsWith('chrome-extension://') || (parent.has(id) ? isOurs(parent.get(id)!) : false);
  ours.set(id, v);
  return v;
};
let us = 0;
const dt = profile.timeDeltas ?? [];
(profile.samples ?? []).forEach((s: number, i: number) => {
  if (isOurs(s)) us += dt[i] ?? 0;
});
console.log(JSON.stringify({ dir: process.env.EXTENSION_DIR ?? 'current', script_ms_per_reread: Math.round((us / 1000 / k) * 100) / 100, task_ms_per_change: Math.round((taskMs / k) * 10) / 10, rereads: k }));
await h.close();
