// CPU profile of the content script on an N-row ECS list in Chromium: NOMINIFY=1 npx wxt build && npx tsx bench/profile-ecs-list.mts 500
// prints self time per function (ms); writes the .cpuprofile (PROFILE_OUT) for DevTools.
import { launch, visit, fixture, resetExtension } from '../test/e2e/harness';
import { writeFileSync } from 'node:fs';
const ECS_URL = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
function listOf(n: number): string {
  const base = fixture('e2e/pages/ecs-instance-list.html');
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `i-bp1list${String(i).padStart(5, '0')}abcd`;
    const billing = i % 50 === 7 ? '按量付费<br>2026-10-01 10:00 创建' : '包年包月<br>2027-06-30 23:59 到期';
    rows.push(`<tr><td><a>${id}</a> <span class="name">web-${i}</span></td><td>杭州 可用区I</td><td>47.96.${i >> 8}.${i & 255}(公)</td><td>运行中</td><td>2 vCPU 4 GiB 5Mbps (峰值)</td><td>${billing}</td><td><a>管理</a></td></tr>`);
  }
  return base.replace(/<tbody id="rows">[\s\S]*?<\/tbody>/, `<tbody id="rows">${rows.join('\n')}</tbody>`);
}
const n = Number(process.argv[2] ?? 500);
const h = await launch();
await resetExtension(h, { lang: 'zh' });
const page = await h.context.newPage();
const cdp = await h.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await visit(h, ECS_URL, listOf(n), page);
await page.waitForTimeout(2500);
const { profile } = await cdp.send('Profiler.stop');
writeFileSync(process.env.PROFILE_OUT ?? 'ecs-list.cpuprofile', JSON.stringify(profile));
// self time by function
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((x: any) => [x.id, x]));
const dt = profile.timeDeltas ?? []; const counts = new Map<number, number>();
(profile.samples ?? []).forEach((s: number, i: number) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const nd: any = byId.get(id); const cf = nd.callFrame; const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [k, t] of top) console.log((t / 1000).toFixed(1).padStart(8), k);
await h.close();
