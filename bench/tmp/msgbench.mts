process.env.EXTENSION_DIR = '/tmp/msgbench';
const { launch, visit } = await import('../../test/e2e/harness');
const { ecsListPage, ECS_URL } = await import('../ecs-list-page');
const h = await launch();
const page = await h.context.newPage();
const cdp = await h.context.newCDPSession(page);
const events: any[] = [];
cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value));
const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
const got = new Promise<string>((r) => page.on('console', (m) => { if (m.text().startsWith('MSGBENCH-BIG')) console.log(m.text()); else if (m.text().startsWith('MSGBENCH')) r(m.text()); }));
await visit(h, ECS_URL, ecsListPage(Number(process.env.N ?? 20)), page);
await page.waitForTimeout(1000);
await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel', transferMode: 'ReportEvents' });
console.log(await got);
await cdp.send('Tracing.end'); await done;
const stamps = events.filter((e) => e.name === 'TimeStamp').sort((a, b) => a.ts - b.ts);
const th = `${stamps[0].pid}:${stamps[0].tid}`;
const tasks = events.filter((e) => `${e.pid}:${e.tid}` === th && e.name === 'ThreadControllerImpl::RunTask');
for (let i = 0; i + 1 < stamps.length; i++) {
  const ts = tasks.filter((t) => t.ts >= stamps[i].ts && t.ts < stamps[i + 1].ts);
  console.log(stamps[i].args.data.message, 'tasks/msg', (ts.length / 100).toFixed(1), 'cpu ms/msg', (ts.reduce((a, t) => a + (t.tdur ?? 0), 0) / 1000 / 100).toFixed(3), 'wall', (ts.reduce((a, t) => a + (t.dur ?? 0), 0) / 1000 / 100).toFixed(3));
}
await h.close();
