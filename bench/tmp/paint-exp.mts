import { launch, visit } from '../../test/e2e/harness';
import { ecsListPage } from '../ecs-list-page';
import { PLAIN_URL } from '../extension.bench';
import { overlayCss } from '../../src/ui/page/warning-styles';
type Ev = { name: string; ph: string; dur?: number; ts: number; tid: number; pid: number; args?: any };
const h = await launch();
const page = await h.context.newPage();
await visit(h, PLAIN_URL, ecsListPage(500), page);
await page.waitForTimeout(1500);
const variant = process.env.V ?? '';
await page.evaluate(`(() => {
  const host = document.createElement('icp-x'); const root = host.attachShadow({ mode: 'open' });
  const st = document.createElement('style'); st.textContent = ${JSON.stringify(overlayCss)} + ${JSON.stringify(process.env.EXTRA_CSS ?? '')}; root.append(st);
  const layer = document.createElement('div'); layer.className = 'layer'; root.append(layer);
  const ui = document.createElement('div'); ui.className = 'ui'; root.append(ui);
  ui.innerHTML = '<div class="pill-wrap"><button class="pill error">ICP 10 errors</button></div>';
  document.body.appendChild(host);
  window.__layer = layer; window.__ui = ui;
  const rows = document.querySelectorAll('#rows tr');
  window.__mk = (i) => { const b = document.createElement('button'); b.className = 'mk error'; b.textContent = '!'; const r = rows[i].children[0].getBoundingClientRect(); b.style.left = (r.right+4)+'px'; b.style.top = (r.top + 2)+'px'; layer.appendChild(b); return b; };
  for (let i = 7; i < 500; i += 50) window.__mk(i);
})()`);
await page.waitForTimeout(500);
const cdp = await h.context.newCDPSession(page);
const events: Ev[] = [];
cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value));
const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel', transferMode: 'ReportEvents' });
const ops: Record<string, string> = {
  add: `window.__b = window.__mk(250)`,
  remove: `window.__b.remove()`,
  pill: `window.__ui.querySelector('.pill').textContent = 'ICP ' + Math.random()`,
  nothing: `0`,
  cell: `(() => { const cell = document.querySelectorAll('#rows tr')[250].children[5]; cell.textContent = cell.textContent.includes('按量') ? '包年包月 2027-06-30 23:59 到期' : '按量付费 2026-10-01 10:00 创建'; })()`,
};
const order = (process.env.OPS ?? 'add,remove,pill,nothing,cell').split(',');
for (let rep = 0; rep < 4; rep++) for (const op of order) {
  await page.evaluate(`console.timeStamp(${JSON.stringify(op)}); ${ops[op]}`);
  await page.waitForTimeout(300);
}
await cdp.send('Tracing.end');
await done;
const stamps = events.filter((e) => e.name === 'TimeStamp').sort((a, b) => a.ts - b.ts);
const thread = `${stamps[0]!.pid}:${stamps[0]!.tid}`;
const main = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X');
const sums = new Map<string, Map<string, number>>();
for (let i = 0; i < stamps.length; i++) {
  const op = stamps[i]!.args?.data?.message ?? '?';
  const from = stamps[i]!.ts, to = stamps[i + 1]?.ts ?? Infinity;
  const m = sums.get(op) ?? new Map(); sums.set(op, m);
  for (const e of main) if (e.ts >= from && e.ts < to && ['Layout', 'Paint', 'PrePaint', 'Commit', 'Layerize', 'UpdateLayoutTree', 'ThreadControllerImpl::RunTask'].includes(e.name)) m.set(e.name, (m.get(e.name) ?? 0) + (e.dur ?? 0) / 1000 / 4);
}
for (const [op, m] of sums) console.log(op.padEnd(8), [...m].map(([k, v]) => `${k.replace('ThreadControllerImpl::RunTask', 'tasks')} ${v.toFixed(2)}`).join('  '));
await h.close();
