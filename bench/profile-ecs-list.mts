// CPU profile of the content script on an N-row ECS list in Chromium: NOMINIFY=1 npx wxt build && npx tsx bench/profile-ecs-list.mts 500
// prints self time per function (ms); writes the .cpuprofile (PROFILE_OUT) for DevTools.
// TENCENT=1: the 500-row Tencent CVM list instead (first read only).
import { launch, visit, resetExtension } from '../test/e2e/harness';
import { ECS_URL, ecsListPage, withConsoleCss } from './ecs-list-page';
import { writeFileSync } from 'node:fs';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';
const n = Number(process.argv[2] ?? 500);
const h = await launch();
await resetExtension(h, { lang: 'zh' });
const page = await h.context.newPage();
const cdp = await h.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
// REREAD=k: profile k re-reads after one row's billing text changes (not the load)
const rereads = Number(process.env.REREAD ?? 0);
const change = `(() => { const cell = document.querySelectorAll('#rows tr')[250].children[5]; cell.textContent = cell.textContent.includes('按量') ? '包年包月 2027-06-30 23:59 到期' : '按量付费 2026-10-01 10:00 创建'; })()`;
if (rereads) {
  await visit(h, ECS_URL, ecsListPage(n), page);
  await page.locator('icp-preflight-warning').first().waitFor({ state: 'attached', timeout: 30000 }).catch(() => undefined);
  await page.waitForTimeout(1500);
  // WARM=k re-reads before the profile starts (steady state: compiled code, subjects located)
  for (let i = 0; i < Number(process.env.WARM ?? 4); i++) {
    await page.evaluate(change);
    await page.waitForTimeout(600);
  }
}
await cdp.send('Profiler.start');
if (!rereads) {
  if (process.env.TENCENT) await visit(h, tencentCvmList500Url, tencentCvmList500Html(), page);
  // CSS=k: with a component library's style sheet of k rules (ecs-list-page withConsoleCss)
  else await visit(h, ECS_URL, process.env.CSS ? withConsoleCss(ecsListPage(n), Number(process.env.CSS)) : ecsListPage(n), page);
  await page.waitForTimeout(2500);
}
for (let i = 0; i < rereads; i++) {
  await page.evaluate(change);
  await page.waitForTimeout(600);
}
const { profile } = await cdp.send('Profiler.stop');
writeFileSync(process.env.PROFILE_OUT ?? 'ecs-list.cpuprofile', JSON.stringify(profile));
// self time by function
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((x: any) => [x.id, x]));
const dt = profile.timeDeltas ?? []; const counts = new Map<number, number>();
(profile.samples ?? []).forEach((s: number, i: number) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const nd: any = byId.get(id); const cf = nd.callFrame; const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [k, t] of top) console.log((t / 1000 / (rereads || 1)).toFixed(2).padStart(8), k);
if (rereads) console.log('(ms per re-read)');
// inclusive time (the function anywhere on the stack, counted once per sample): INCLUSIVE=1
if (process.env.INCLUSIVE) {
  const parent = new Map<number, number>();
  for (const nd of profile.nodes as any[]) for (const c of nd.children ?? []) parent.set(c, nd.id);
  const incl = new Map<string, number>();
  for (const [id, t] of counts) {
    const names = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const cf = (byId.get(n) as any).callFrame;
      if (cf.url) names.add(`${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`);
    }
    for (const k of names) incl.set(k, (incl.get(k) ?? 0) + t);
  }
  console.log('--- inclusive');
  for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log((t / 1000 / (rereads || 1)).toFixed(2).padStart(8), k);
}
// UNDER='send ecs.js:1658': self time of the functions called (at any depth) under that function
if (process.env.UNDER) {
  const parent = new Map<number, number>();
  for (const nd of profile.nodes as any[]) for (const c of nd.children ?? []) parent.set(c, nd.id);
  const key = (n: number) => { const cf = (byId.get(n) as any).callFrame; return `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`; };
  const under = new Map<string, number>();
  for (const [id, t] of counts) {
    let hit = false;
    for (let n: number | undefined = id; n !== undefined && !hit; n = parent.get(n)) hit = key(n) === process.env.UNDER;
    if (hit) under.set(key(id), (under.get(key(id)) ?? 0) + t);
  }
  console.log(`--- under ${process.env.UNDER}`);
  for (const [k, t] of [...under].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((t / 1000 / (rereads || 1)).toFixed(2).padStart(8), k);
}
await h.close();
