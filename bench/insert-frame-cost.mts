// What the 20,000-row page's next frame costs after a change made from outside it (no extension
// script: the page at a URL the content scripts do not match): an element appended anywhere in its
// layout tree costs a pre-paint walk of the whole page (~75 ms) and a layout (~20 ms), whatever the
// element (a plain div, a fixed or absolute host, one with `contain: strict`); one added inside an
// existing fixed host, or a display:none one, costs no pre-paint; a popover in the top layer none
// either but a longer layout. So the frame that draws the in-page UI's first marker on that page is
// long whatever the UI does, and `content-script-20000-rows-longest-task` counts it once the UI's own
// animation-frame callback lands in it (since 2026-12-04: subjects found from their rows, earlier).
//   npx tsx bench/insert-frame-cost.mts [change ...]   (default: all; 3 runs each, medians)
import { visit } from '../test/e2e/harness';
import { mainThread, openTraced } from './trace-session';
import { bigListPage } from './ecs-list-page';
import { PLAIN_URL } from './extension.bench';

const host = (style: string, into = 'document.body') =>
  `const d=document.createElement('div');d.style.cssText='${style}';d.attachShadow({mode:'closed'}).innerHTML='<div style="position:fixed;right:10px;bottom:10px">pill</div>';${into}.appendChild(d);`;
const setups: Record<string, string> = {
  'inside-existing-host': `const d=document.createElement('div');d.style.cssText='position:fixed;top:0;left:0;z-index:2147483647';const r=d.attachShadow({mode:'open'});r.innerHTML='<div id=layer></div>';document.body.appendChild(d);window.__r=r;`,
  'inside-contained-layer': `const d=document.createElement('div');d.style.cssText='position:fixed;top:0;left:0;z-index:2147483647';const r=d.attachShadow({mode:'open'});r.innerHTML='<div id=layer style="position:fixed;top:0;left:0;width:0;height:0;contain:size layout style"><button id=m style="position:fixed;left:100px;top:200px">!</button></div>';document.body.appendChild(d);window.__r=r;`,
  'move-in-contained-layer': `const d=document.createElement('div');d.style.cssText='position:fixed;top:0;left:0;z-index:2147483647';const r=d.attachShadow({mode:'open'});r.innerHTML='<div id=layer style="position:fixed;top:0;left:0;width:0;height:0;contain:size layout style"><button id=m style="position:fixed;left:100px;top:200px">!</button></div>';document.body.appendChild(d);window.__r=r;`,
  'move-in-existing-host': `const d=document.createElement('div');d.style.cssText='position:fixed;top:0;left:0;z-index:2147483647';const r=d.attachShadow({mode:'open'});r.innerHTML='<div id=layer><button id=m style="position:fixed;left:100px;top:200px">!</button></div>';document.body.appendChild(d);window.__r=r;`,
};
const changes: Record<string, string> = {
  'plain-div': `const d=document.createElement('div');d.textContent='x';document.body.appendChild(d);`,
  'fixed-host': host('position:fixed;top:0;left:0;z-index:2147483647'),
  'absolute-host': host('position:absolute;top:0;left:0'),
  'contained-host': host('position:fixed;top:0;left:0;width:0;height:0;contain:strict;z-index:2147483647'),
  'host-in-html-element': host('position:fixed;top:0;left:0', 'document.documentElement'),
  'display-none-div': `const d=document.createElement('div');d.style.display='none';document.body.appendChild(d);`,
  'popover-top-layer': `const d=document.createElement('div');d.popover='manual';d.style.cssText='inset:auto 10px 10px auto;margin:0;border:0;padding:0';d.attachShadow({mode:'closed'}).innerHTML='<div>pill</div>';document.body.appendChild(d);d.showPopover();`,
  'inside-existing-host': `const b=document.createElement('button');b.textContent='!';b.style.cssText='position:fixed;left:100px;top:200px';window.__r.getElementById('layer').appendChild(b);`,
  'inside-contained-layer': `const b=document.createElement('button');b.textContent='!';b.style.cssText='position:fixed;left:100px;top:200px';window.__r.getElementById('layer').appendChild(b);`,
  'move-in-contained-layer': `window.__r.getElementById('m').style.top='260px'`,
  'move-in-existing-host': `window.__r.getElementById('m').style.top='260px'`,
  'attribute-only': `document.body.setAttribute('data-x','1')`,
  '40-hit-tests': `requestAnimationFrame(()=>{for(let i=0;i<40;i++)document.elementFromPoint(100,200+i)})`,
};
const which = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(changes);
const html = bigListPage();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const name of which) {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) {
    const { h, page, cdp, events, done } = await openTraced();
    try {
      await visit(h, PLAIN_URL, html, page);
      if (setups[name]) await page.evaluate(setups[name]!);
      await page.waitForTimeout(3000);
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute,toplevel', transferMode: 'ReportEvents' });
      await page.evaluate(`console.timeStamp('change')`);
      await page.evaluate(changes[name]!);
      await page.waitForTimeout(1500);
      await cdp.send('Tracing.end');
      await done;
    } finally {
      await h.close();
    }
    const { main } = mainThread(events);
    const sum = (n: string) => main.filter((e) => e.name === n).reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
    runs.push({ prePaint: sum('PrePaint'), layout: sum('Blink.Layout.UpdateTime'), paint: sum('Blink.Paint.UpdateTime'), hitTest: sum('HitTest') });
  }
  const m = (k: string) => Math.round(median(runs.map((r) => r[k]!)) * 10) / 10;
  console.log(JSON.stringify({ change: name, pre_paint_ms: m('prePaint'), layout_ms: m('layout'), paint_ms: m('paint'), hit_test_ms: m('hitTest'), runs: runs.length }));
}
