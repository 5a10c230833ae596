// The content script's own main-thread tasks on a 500-row list, from a trace (bench/trace-session.ts
// contentScriptTasks): each task over 1 ms (kind, wall, CPU, forced layout) and the totals, RUNS page loads.
//   npx wxt build && npx tsx bench/content-tasks.mts [tencent|ecs|big]      (EXTENSION_DIR= another build; CSS=n: with n more style rules)
// big: the 20,000-row page (WAIT ms after the load, default 6000). The longest task's thread CPU
// (`longest_cpu_ms`, Chrome's page-text capture left out) is steadier than wall time on a loaded machine.
// A view of the `content-script-main-thread-*` lines that says which task the time is in.
import { visit } from '../test/e2e/harness';
import { openTraced, contentScriptTasks } from './trace-session';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';
import { ECS_URL, bigListPage, ecsListPage, withConsoleCss } from './ecs-list-page';

const which = process.argv[2] ?? 'tencent';
const runs = Number(process.env.RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const totals: { wall: number; cpu: number; layout: number; longest: number; longestCpu: number }[] = [];
for (let i = 0; i < runs; i++) {
  const { h, page, cdp, events, done } = await openTraced();
  try {
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8.execute,renderer', transferMode: 'ReportEvents' });
    // CSS=n: the page with a component library's style sheet of n rules (ecs-list-page withConsoleCss)
    const css = (html: string) => (process.env.CSS ? withConsoleCss(html, Number(process.env.CSS)) : html);
    if (which === 'tencent') await visit(h, tencentCvmList500Url, css(tencentCvmList500Html()), page);
    else await visit(h, ECS_URL, css(which === 'big' ? bigListPage() : ecsListPage(500)), page);
    await page.waitForTimeout(Number(process.env.WAIT ?? (which === 'big' ? 6000 : 3000)));
    await cdp.send('Tracing.end');
    await done;
  } finally {
    await h.close();
  }
  const tasks = contentScriptTasks(events) ?? [];
  const t = { wall: 0, cpu: 0, layout: 0, longest: 0, longestCpu: 0 };
  for (const x of tasks) {
    t.wall += x.ms - x.pageTextCaptureMs;
    t.cpu += x.cpuMs - x.pageTextCaptureCpuMs;
    t.layout += x.layoutMs;
    t.longest = Math.max(t.longest, x.ms - x.pageTextCaptureMs);
    t.longestCpu = Math.max(t.longestCpu, x.cpuMs - x.pageTextCaptureCpuMs);
    if (process.env.VERBOSE && x.ms > 1) console.log(`  ${x.kind.padEnd(10)} ${x.ms.toFixed(1).padStart(7)} ms  cpu ${x.cpuMs.toFixed(1).padStart(6)}  layout ${x.layoutMs.toFixed(1)}  rendering ${x.renderMs.toFixed(1)}  page-text capture ${x.pageTextCaptureMs.toFixed(1)}`);
  }
  totals.push(t);
  console.log(`run ${i + 1}: ${tasks.length} tasks, wall ${t.wall.toFixed(1)} ms, cpu ${t.cpu.toFixed(1)}, forced layout ${t.layout.toFixed(1)}, longest ${t.longest.toFixed(1)} (cpu ${t.longestCpu.toFixed(1)})`);
}
const m = (k: keyof (typeof totals)[0]) => median(totals.map((t) => t[k])).toFixed(1);
console.log(JSON.stringify({ page: which, dir: process.env.EXTENSION_DIR ?? 'current', runs, wall_ms: m('wall'), cpu_ms: m('cpu'), layout_ms: m('layout'), longest_ms: m('longest'), longest_cpu_ms: m('longestCpu') }));
