// Experiment: the frame cost (thread CPU per change) of a change in an overlay like ours over the
// 500-row list, for several overlay designs, interleaved; no extension (a page script builds the overlay
// with the real overlay CSS: host, marker layer, pill, MARKERS markers of which 2 shown).
// What changes (kind): the pill's text and one hidden marker added/removed (default), 'text' (pill only),
// 'color' (the pill's background: no layout), 'marker' (a hidden marker only), 'cell' (the console's own
// cell, as the bench does), 'noop'. Designs: dn (hidden markers display:none, not visibility:hidden),
// extraCss / hostCss (contain, will-change, content-visibility), where 'html', top layer, none (no overlay).
//   VARIANTS=text,textdn ROUNDS=7 MARKERS=500 npx tsx bench/overlay-exp.mts   (DUMP=1: each Layout/Paint)
import { chromium } from 'playwright-core';
import { ecsListPage } from './ecs-list-page';
import { overlayCss } from '../src/ui/page/warning-styles';
type Ev = { name: string; ph: string; dur?: number; tdur?: number; ts: number; tid: number; pid: number; args?: any };
const variants: Record<string, { hostCss?: string; where?: 'body' | 'html'; topLayer?: boolean; kind?: string; extraCss?: string; dn?: boolean; none?: boolean; markers?: number; empty?: boolean }> = {
  noop: { kind: 'noop' },
  cellnone: { kind: 'cell', none: true },
  cell0: { kind: 'cell', markers: 0 },
  cellempty: { kind: 'cell', markers: 0, empty: true },
  cellvis: { kind: 'cell' },
  celldn: { kind: 'cell', dn: true },
  mkdn: { kind: 'marker', dn: true },
  mkdnc: { kind: 'marker', dn: true, extraCss: '.layer{contain:size layout style}' },
  mkc: { kind: 'marker', extraCss: '.layer{contain:size layout style}' },
  opt: { dn: true, extraCss: '.layer{contain:size layout style}' },
  color: { kind: 'color' },
  text: { kind: 'text' },
  marker: { kind: 'marker' },
  textbound: { kind: 'text', dn: true, extraCss: '.pill-wrap{contain:size layout style;width:min(420px,calc(100vw - 32px));height:min(60vh,520px);justify-content:flex-end;pointer-events:none}.pill-wrap>*{pointer-events:auto}' },
  textdn: { kind: 'text', dn: true },
  textbox: { kind: 'text', extraCss: '.pill-wrap{contain:strict;width:300px;height:40px;flex-direction:row;justify-content:flex-end}' },
  textboxsz: { kind: 'text', extraCss: '.pill-wrap{contain:size layout;width:300px;height:40px;flex-direction:row;justify-content:flex-end}' },
  base: {},
  html: { where: 'html' },
  wc: { hostCss: 'will-change:transform' },
  strict: { hostCss: 'contain:strict' },
  top: { topLayer: true },
  htmlwc: { where: 'html', hostCss: 'will-change:transform' },
  cv: { hostCss: 'content-visibility:auto' },
};
const names = (process.env.VARIANTS ?? Object.keys(variants).join(',')).split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const html = ecsListPage(500);
await ctx.route('https://x.test/**', (r) => r.fulfill({ contentType: 'text/html', body: html }));
async function one(name: string): Promise<{ frame: number; task: number; layout: number; paint: number; commit: number }> {
  const v = variants[name]!;
  const page = await ctx.newPage();
  await page.goto('https://x.test/p');
  await page.evaluate(({ css, v }) => {
    const host = document.createElement('icp-preflight-warning');
    if (v.hostCss) host.setAttribute('style', v.hostCss);
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = css + (v.extraCss ?? '') + (v.topLayer ? ':host(:popover-open){margin:0;padding:0;border:0;background:none;inset:0 auto auto 0;overflow:visible;width:0;height:0}' : '');
    const layer = document.createElement('div');
    layer.className = 'layer';
    const mount = document.createElement('div');
    mount.className = 'ui';
    root.append(style, layer, mount);
    const wrap = document.createElement('div');
    wrap.className = 'pill-wrap';
    const pill = document.createElement('button');
    pill.className = 'pill error';
    pill.innerHTML = '<span class="ic error">!</span><span class="t">ICP 备案预检：10 个错误</span>';
    wrap.append(pill);
    if (!v.empty) mount.append(wrap);
    for (let i = 0; i < v.markers; i++) {
      const b = document.createElement('button');
      b.className = 'mk error';
      b.textContent = '!';
      if (i < 2) b.style.visibility = 'visible'; else if (v.dn) b.style.display = 'none'; else b.style.visibility = 'hidden';
      b.style.left = '300px';
      b.style.top = `${100 + i * 300}px`;
      layer.append(b);
    }
    if (!v.none) (v.where === 'html' ? document.documentElement : document.body).appendChild(host);
    if (v.topLayer) { host.setAttribute('popover', 'manual'); (host as any).showPopover(); }
    let n = 10;
    let extra: HTMLElement | null = null;
    (window as any).__toggle = () => {
      console.timeStamp('change');
      if (v.kind === 'noop') return;
      if (v.kind === 'cell') { const cell = document.querySelectorAll('#rows tr')[250]!.children[5]!; cell.textContent = cell.textContent!.includes('按量') ? '包年包月 2027-06-30 23:59 到期' : '按量付费 2026-10-01 10:00 创建'; return; }
      if (v.kind === 'color') { pill.style.background = pill.style.background ? '' : '#fee'; return; }
      if (v.kind === 'text') { n = n === 10 ? 11 : 10; pill.querySelector('.t')!.textContent = `ICP 备案预检：${n} 个错误`; return; }
      if (v.kind === 'marker') { if (extra) { extra.remove(); extra = null; } else { extra = document.createElement('button'); extra.className = 'mk error'; extra.textContent = '!'; if (v.dn) extra.style.display = 'none'; else extra.style.visibility = 'hidden'; layer.append(extra); } return; }
      if (extra) { extra.remove(); extra = null; n--; } else {
        extra = document.createElement('button'); extra.className = 'mk error'; extra.textContent = '!'; if (v.dn) extra.style.display = 'none'; else extra.style.visibility = 'hidden'; layer.append(extra); n++;
      }
      pill.querySelector('.t')!.textContent = `ICP 备案预检：${n} 个错误`;
    };
  }, { css: overlayCss, v: { ...v, markers: v.markers ?? Number(process.env.MARKERS ?? 10) } });
  // warm: the first toggle lays out and shapes text never seen before
  for (let i = 0; i < 2; i++) { await page.evaluate('window.__toggle()'); await page.waitForTimeout(150); }
  await page.waitForTimeout(300);
  const cdp = await ctx.newCDPSession(page);
  const events: Ev[] = [];
  cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel', transferMode: 'ReportEvents' });
  const K = 6;
  for (let i = 0; i < K; i++) { await page.evaluate('window.__toggle()'); await page.waitForTimeout(150); }
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const st = events.filter((e) => e.name === 'TimeStamp').sort((a, b) => a.ts - b.ts);
  const th = `${st[0]!.pid}:${st[0]!.tid}`;
  const main = events.filter((e) => `${e.pid}:${e.tid}` === th && e.ph === 'X' && e.ts >= st[0]!.ts - 500);
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  if (process.env.DUMP) for (const e of main) if (['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint'].includes(e.name)) console.log(name, e.name, ((e.tdur ?? 0) / 1000).toFixed(2), JSON.stringify(e.args?.beginData ?? e.args?.data ?? {}).slice(0, 150));
  const sum = (n: string) => main.filter((e) => e.name === n).reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) / 1000 / K;
  const frameTasks = tasks.filter((t) => main.some((e) => e.name === 'Paint' && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0)));
  return { frame: frameTasks.reduce((a, t) => a + (t.tdur ?? 0), 0) / 1000 / K, task: tasks.reduce((a, t) => a + (t.tdur ?? 0), 0) / 1000 / K, layout: sum('Layout'), paint: sum('Paint') , commit: sum('Commit') };
}
const res = new Map<string, number[][]>();
for (let r = 0; r < Number(process.env.ROUNDS ?? 3); r++) for (const n of names) {
  const x = await one(n);
  const a = res.get(n) ?? []; res.set(n, a); a.push([x.frame, x.task, x.layout, x.paint, x.commit]);
}
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]!; };
for (const [n, rows] of res) console.log(n.padEnd(8), ['frame', 'task', 'layout', 'paint', 'commit'].map((k, i) => `${k} ${med(rows.map((r) => r[i]!)).toFixed(2)}`).join('  '));
await browser.close();
