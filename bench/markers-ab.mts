// The markers' main-thread cost on the Tencent 500-row CVM list, two source trees' modules in one page, interleaved
// (robust on a loaded machine: the minimum of ROUNDS rounds, each a fresh page):
//   locate: (the main thread's CPU in the task that runs it) locateSubjects for the 500 instance ids, each named by its row (as the reader named it until session 56)
//           or by the element holding its text (subjectHolder, since; HOLDERS=0: rows for both trees);
//   view:   createPageView + update(500 findings) until settled, the main thread's CPU time in tasks (CDP TaskDuration in thread ticks)
//           from the update to 300 ms after it (the markers' frame included).
//   BEFORE_DIR=/tmp/mk-before [AFTER_DIR=. HOLDERS=1] ROUNDS=7 npx tsx bench/markers-ab.mts
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';

const dirs = { before: resolve(process.env.BEFORE_DIR ?? '/tmp/mk-before'), after: resolve(process.env.AFTER_DIR ?? '.') };
const rounds = Number(process.env.ROUNDS ?? 7);
const holders = process.env.HOLDERS !== '0';
const bundle = async (dir: string, name: string) =>
  (
    await build({
      stdin: {
        contents: `export { createPageView } from './src/ui/page/page-view'; export * as ls from './src/ui/page/locate-subject';`,
        resolveDir: dir,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: name,
      platform: 'browser',
      target: 'chrome110',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      minify: true,
      write: false,
      nodePaths: [resolve('node_modules')],
      logLevel: 'silent',
    })
  ).outputFiles[0]!.text;
const code = { before: await bundle(dirs.before, 'mkBefore'), after: await bundle(dirs.after, 'mkAfter') };
const ctx = await chromium.launchPersistentContext('', { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 }, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
await ctx.route(/^https?:\/\//, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: tencentCvmList500Html() }));
const out: Record<'before' | 'after', { locate: number[]; view: number[] }> = { before: { locate: [], view: [] }, after: { locate: [], view: [] } };
// round -1: a page of each tree not counted (the browser's first pages pay for its caches)
for (let r = -1; r < rounds; r++) {
  for (const which of (r % 2 ? ['after', 'before'] : ['before', 'after']) as ('before' | 'after')[]) {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    // thread ticks: the main thread's CPU time, not wall time (steadier on a loaded machine)
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
    await page.goto(tencentCvmList500Url);
    await page.addScriptTag({ content: code[which] });
    await page.waitForTimeout(300);
    const g = which === 'before' ? 'mkBefore' : 'mkAfter';
    // the reader's names for each id: its row, or (the after tree, HOLDERS) the element holding it
    const task = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'TaskDuration')?.value ?? 0) * 1000;
    await page.evaluate(`(() => {
      const m = ${g}; const ids = [...document.querySelectorAll('tbody tr')].map((tr) => [tr.textContent.match(/ins-b\\d{7}/)[0], tr]);
      window.__named = new Map(ids.map(([id, tr]) => [id, ${holders && which === 'after'} ? (m.ls.subjectHolder(tr, id) ?? tr) : tr]));
    })()`);
    const before0 = await task();
    const locateWall = (await page.evaluate(`(() => {
      const m = ${g}; const named = window.__named;
      const t0 = performance.now(); const at = m.ls.runToEnd(m.ls.locateSubjects(document, named.keys(), [], (s) => named.get(s))); const ms = performance.now() - t0;
      if ([...at.values()].some((p) => !p)) throw new Error('not located');
      return ms;
    })()`)) as number;
    void locateWall;
    const locate = (await task()) - before0;
    const before = await task();
    await page.evaluate(`(() => {
      const m = ${g}; const named = window.__named;
      const item = (subject, i) => ({ rule: 'server.subscription-billing', status: 'fail', severity: i % 3 ? 'error' : 'warning', subject, subjectKind: 'server', message: subject + ' 为按量付费', fix: '转为包年包月', title: '服务器为按量付费', sources: [{ publisher: '腾讯云', title: 'ICP 备案', url: 'https://cloud.tencent.com/document/product/243' }] });
      const view = m.createPageView(document, { rowOf: (s) => named.get(s) });
      view.update([...named.keys()].filter((_, i) => i % 2 === 0).map(item), 'zh');
      return view.settled();
    })()`);
    await page.waitForTimeout(300);
    const view = (await task()) - before;
    if (r >= 0) {
      out[which].locate.push(locate);
      out[which].view.push(view);
    }
    await page.close();
  }
}
await ctx.close();
const min = (xs: number[]) => Math.min(...xs);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const w of ['before', 'after'] as const)
  console.log(JSON.stringify({ tree: dirs[w], holders: holders && w === 'after', locate_min_ms: +min(out[w].locate).toFixed(2), locate_median_ms: +med(out[w].locate).toFixed(2), view_min_ms: +min(out[w].view).toFixed(1), view_median_ms: +med(out[w].view).toFixed(1), rounds }));
