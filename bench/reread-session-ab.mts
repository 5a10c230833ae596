// The happy-dom re-read after one row's cell changed (the read session's invalidate, with the records taken at once, and
// the re-read: bench/readers.bench.ts's reread line times the re-read only), two trees' code in one process, alternated
// A/B then B/A on a 500-row ECS list each (one machine load for both; the separate-process runs on a loaded machine
// spread 0.4-2.2x). CPU (process.cpuUsage) and wall time. Usage: npx tsx bench/reread-session-ab.mts A_ROOT B_ROOT [css]
// (css: the page carrying bench/ecs-list-page withConsoleCss's 8,000 rules). RUNS: re-reads each (300).
const css = process.argv[4] === 'css';
const roots = [process.argv[2]!, process.argv[3]!];
async function setup(root: string) {
  const { htmlToDocument } = await import(`${root}/src/cli/html-document.ts`);
  const { readPage } = await import(`${root}/src/readers/index.ts`);
  const { createReadSession, invalidate, withReadSession } = await import(`${root}/src/readers/dom/read-session.ts`);
  const { ecsList500Html, ecsList500Url } = await import(`${root}/test/helpers/ecs-list-500.ts`);
  const { withConsoleCss } = await import(`${root}/bench/ecs-list-page.ts`);
  const url = new URL(ecsList500Url);
  const html = css ? withConsoleCss(ecsList500Html(), 8000) : ecsList500Html();
  const doc = htmlToDocument(html, url.href);
  const session = createReadSession();
  const observer = new (doc.defaultView as any).MutationObserver(() => undefined);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  withReadSession(session, doc, () => readPage(doc, url));
  const cells = Array.from(doc.querySelectorAll('td')).filter((td: any) => /包年包月|按量付费/.test(td.textContent ?? '')) as Element[];
  let servers = 0;
  const one = (i: number) => {
    const cell = cells[(i * 37) % cells.length]!;
    const leaf = cell.querySelector('div') ?? cell;
    leaf.textContent = /按量/.test(leaf.textContent ?? '') ? '包年包月 2027-06-30 23:59 到期' : '按量付费 2026-10-01 10:00 创建';
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    invalidate(session, observer.takeRecords());
    const got = withReadSession(session, doc, () => readPage(doc, url));
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    servers = got?.facts.servers?.length ?? 0;
    return { cpu: (c.user + c.system) / 1000, wall };
  };
  return { one, session, servers: () => servers };
}
const a = await setup(roots[0]!);
const b = await setup(roots[1]!);
const N = Number(process.env.RUNS ?? 300);
const out = { a: { cpu: [] as number[], wall: [] as number[] }, b: { cpu: [] as number[], wall: [] as number[] } };
for (let i = 0; i < 10; i++) (a.one(i), b.one(i));
for (let i = 0; i < N; i++) {
  const order = i % 2 === 0 ? ([['a', a], ['b', b]] as const) : ([['b', b], ['a', a]] as const);
  for (const [name, t] of order) {
    const r = t.one(i + 10);
    out[name].cpu.push(r.cpu);
    out[name].wall.push(r.wall);
  }
}
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const line = (k: 'a' | 'b') => ({ root: roots[k === 'a' ? 0 : 1], cpu_median: r3(med(out[k].cpu)), wall_median: r3(med(out[k].wall)), cpu_total: r3(sum(out[k].cpu)) });
console.log(JSON.stringify({ css, runs: N, a: line('a'), b: line('b'), ratio_cpu_total_b_over_a: r3(sum(out.b.cpu) / sum(out.a.cpu)), generations: [a.session.generation, b.session.generation], servers: [a.servers(), b.servers()] }));
process.exit(0);
