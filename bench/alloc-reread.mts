// Bytes the page's main thread allocates per re-read in Chromium (V8 sampling heap profiler, objects
// already collected included), by function: the 500-row list, one row's billing text changed K times
// (default 10) after 4 warm-up changes. `NOMINIFY=1 npx wxt build && npx tsx bench/alloc-reread.mts`
// (EXTENSION_DIR= another build). Fewer bytes per re-read: fewer GC tasks on the console's page.
import { launch, visit, resetExtension } from '../test/e2e/harness';
import { ECS_URL, ecsListPage } from './ecs-list-page';
const h = await launch();
await resetExtension(h, { lang: 'zh' });
const page = await h.context.newPage();
const cdp = await h.context.newCDPSession(page);
const change = `(() => { const cell = document.querySelectorAll('#rows tr')[250].children[5]; cell.textContent = cell.textContent.includes('按量') ? '包年包月 2027-06-30 23:59 到期' : '按量付费 2026-10-01 10:00 创建'; })()`;
await visit(h, ECS_URL, ecsListPage(500), page);
await page.waitForTimeout(2000);
for (let i = 0; i < 4; i++) { await page.evaluate(change); await page.waitForTimeout(500); }
await cdp.send('HeapProfiler.enable');
await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as any);
const K = Number(process.env.K ?? 10);
for (let i = 0; i < K; i++) { await page.evaluate(change); await page.waitForTimeout(500); }
const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as any;
const self = new Map<string, number>();
const incl = new Map<string, number>();
let total = 0;
const visit2 = (n: any, stack: string[]) => {
  const cf = n.callFrame;
  const name = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
  self.set(name, (self.get(name) ?? 0) + n.selfSize);
  total += n.selfSize;
  const st = [...stack, name];
  for (const s of new Set(st)) incl.set(s, (incl.get(s) ?? 0) + n.selfSize);
  for (const c of n.children) visit2(c, st);
};
visit2(profile.head, []);
const kb = (b: number) => (b / 1024 / K).toFixed(1).padStart(8);
console.log(`total ${kb(total)} KB per re-read`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(kb(v), k);
console.log('--- inclusive');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(kb(v), k);
await h.close();
