// What the shadow-root support costs on pages WITHOUT shadow roots, in happy-dom, CPU ms (median).
// Usage: npx tsx bench/shadow-cost.mts [rounds]
// - shownCopy's look for a host, on every read no reader answers: every element (no hosts known, the
//   CLI and tests) against the hosts a content script's watcher found (none);
// - the watcher (src/ui/page/shadow-watch): its scan of the page at the start, and its look at a
//   mutation batch that adds the 500-row lists' content (tables skipped) or a 500-row div grid
//   (role=row; capped at MAX_LOOK elements per batch).
import { htmlToDocument } from '../src/cli/html-document';
import { shownCopy } from '../src/readers/dom/shadow-copy';
import { watchShadowRoots } from '../src/ui/page/shadow-watch';
import { ecsList500Html, ecsList500Url } from '../test/helpers/ecs-list-500';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';

const rounds = Number(process.argv[2] ?? '15');
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const divGrid = `<!DOCTYPE html><html><body><div id="app"><div role="grid">${Array.from({ length: 500 }, (_, i) => `<div role="row"><div role="gridcell"><a>ins-${i}</a><span>web-${i}</span></div>${'<div role="gridcell"><span>运行中</span></div>'.repeat(8)}</div>`).join('')}</div></div></body></html>`;
const pages = [
  { name: 'ecs-500', html: ecsList500Html(), url: ecsList500Url },
  { name: 'tencent-500', html: tencentCvmList500Html(), url: tencentCvmList500Url },
  { name: 'div-grid-500', html: divGrid, url: 'https://example.test/' },
];
for (const p of pages) {
  const doc = htmlToDocument(p.html, p.url);
  (globalThis as { NodeFilter?: unknown }).NodeFilter ??= (doc.defaultView as unknown as { NodeFilter: unknown }).NodeFilter;
  const n = doc.body.getElementsByTagName('*').length;
  const t: Record<string, number[]> = { everyElement: [], knownHosts: [], watchStart: [], watchAdded: [] };
  for (let i = 0; i < rounds; i++) {
    let t0 = cpu();
    if (shownCopy(doc) !== undefined) throw new Error('a shadow root?');
    t.everyElement!.push(cpu() - t0);
    t0 = cpu();
    shownCopy(doc, []);
    t.knownHosts!.push(cpu() - t0);
    t0 = cpu();
    const w = watchShadowRoots(doc, () => undefined, () => undefined);
    t.watchStart!.push(cpu() - t0);
    const records = [{ addedNodes: [...doc.body.children] }] as unknown as MutationRecord[];
    t0 = cpu();
    w.added(records);
    t.watchAdded!.push(cpu() - t0);
  }
  console.log(`${p.name} (${n} elements): ${Object.entries(t).map(([k, v]) => `${k} ${median(v).toFixed(2)} ms`).join(', ')}`);
}
