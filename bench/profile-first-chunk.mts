// Where the first read chunk's time goes on the 20,000-row page (Chromium CPU profile): the samples of
// the content script are cut into bursts (runs of samples with its script on the stack, split by a gap
// of GAP_MS, default 3, without it) and each burst's self time per function is listed for the bursts
// asked (BURSTS=1,2: the first is the script's evaluation, the second the first read chunk).
//   NOMINIFY=1 npx wxt build && npx tsx bench/profile-first-chunk.mts   (ROWS=n another page size)
import { launch, resetExtension, visit } from '../test/e2e/harness';
import { ECS_URL, bigListPage } from './ecs-list-page';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
const h = await launch();
await resetExtension(h, { lang: 'zh' });
const page = await h.context.newPage();
const cdp = await h.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await visit(h, ECS_URL, bigListPage(Number(process.env.ROWS ?? 20_000)), page);
await page.waitForTimeout(Number(process.env.WAIT ?? 5000));
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number } };
await h.close();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const ours = new Map<number, boolean>();
const isOurs = (id: number): boolean => {
  const known = ours.get(id);
  if (known !== undefined) return known;
  const n = byId.get(id)!;
  const v = n.callFrame.url.startsWith('chrome-extension://') || (parent.has(id) && isOurs(parent.get(id)!));
  ours.set(id, v);
  return v;
};
const key = (id: number) => {
  const cf = byId.get(id)!.callFrame;
  return `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
};
const gap = Number(process.env.GAP_MS ?? 3) * 1000;
const bursts: { from: number; to: number; self: Map<string, number>; total: number }[] = [];
let t = profile.startTime;
let last = -Infinity;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i] ?? 0;
  const dt = profile.timeDeltas[i + 1] ?? 0;
  const id = profile.samples[i]!;
  if (!isOurs(id)) continue;
  let b = bursts[bursts.length - 1];
  if (!b || t - last > gap) bursts.push((b = { from: t, to: t, self: new Map(), total: 0 }));
  b.to = t;
  b.total += dt;
  b.self.set(key(id), (b.self.get(key(id)) ?? 0) + dt);
  last = t;
}
console.log(bursts.slice(0, 20).map((b, i) => `#${i + 1} at ${((b.from - profile.startTime) / 1000).toFixed(0)} ms: ${(b.total / 1000).toFixed(1)} ms`).join('\n'));
for (const n of (process.env.BURSTS ?? '1,2').split(',').map(Number)) {
  const b = bursts[n - 1];
  if (!b) continue;
  console.log(`--- burst #${n}: ${(b.total / 1000).toFixed(1)} ms`);
  for (const [k, v] of [...b.self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))) console.log((v / 1000).toFixed(2).padStart(8), k);
}
