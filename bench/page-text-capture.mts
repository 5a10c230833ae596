// Chrome's page-text capture (`ChromeRenderFrameObserver::CapturePageText`: the whole page's text, taken for
// translation's language detection) on the 20,000-row page, with the extension and without it (the same
// page at a URL no content script matches): when it runs (`at`: ms from just after the load), how long, and whether
// the task it runs in also ran the extension's script. Without the extension the page pays it in its own
// frames after the load; with it, the first frame laid out after the load is often the one the in-page UI
// draws its markers in, so content-script-20000-rows-longest-task leaves it out of the extension's task.
//   npx wxt build && npx tsx bench/page-text-capture.mts   (RUNS=n loads each, default 2)
import { visit } from '../test/e2e/harness';
import { mainThread, openTraced, PAGE_TEXT_CAPTURE } from './trace-session';
import { ECS_URL, bigListPage } from './ecs-list-page';
import { PLAIN_URL } from './extension.bench';

const html = bigListPage();
for (const [name, url] of [['with-extension', ECS_URL], ['without', PLAIN_URL]] as const) {
  for (let i = 0; i < Number(process.env.RUNS ?? 2); i++) {
    const { h, page, cdp, events, done } = await openTraced();
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8.execute,renderer,blink.user_timing', transferMode: 'ReportEvents' });
    await visit(h, url, html, page);
    await page.evaluate(`console.timeStamp('observer')`);
    await page.waitForTimeout(4000);
    await cdp.send('Tracing.end');
    await done;
    await h.close();
    // (the stamp: right after the page's load, when visit returns)
    const { stamp, main, tasks } = mainThread(events);
    const at = (ts: number) => Math.round((ts - stamp.ts) / 1000);
    const captures = main.filter((e) => e.name === PAGE_TEXT_CAPTURE).map((e) => {
      const task = tasks.find((t) => t.ts <= e.ts && t.ts + (t.dur ?? 0) >= e.ts + (e.dur ?? 0));
      const ours = !!task && main.some((o) => o.ts >= task.ts && o.ts <= task.ts + (task.dur ?? 0) && (o.name === 'FunctionCall' || o.name === 'EvaluateScript') && String(o.args?.data?.url ?? '').startsWith('chrome-extension://'));
      return { at: at(e.ts), ms: Math.round((e.dur ?? 0) / 100) / 10, in_task_ms: task ? Math.round((task.dur ?? 0) / 100) / 10 : null, task_ran_extension_script: ours };
    });
    console.log(JSON.stringify({ page: name, run: i + 1, captures }));
  }
}
