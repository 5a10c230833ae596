// How much of a read of the 500-row ECS list is happy-dom's own node access: on one parsed document,
// the median CPU ms (25 rounds) of (1) readPage, (2) a bare walk of the rows and the cells the reader reads
// (tagName, every attribute by getAttributeNames + getAttribute, firstChild / nextSibling / nodeType,
// text nodeValue) and (3) textContent of the same cells (happy-dom's internal walk, no public getters).
// Usage: npx tsx bench/read-floor.mts
import { htmlToDocument } from '../src/cli/html-document';
import { readPage } from '../src/readers/index';
import { readTableDetailed } from '../src/readers/dom/table';
import { ECS_LIST_LABELS } from '../src/readers/aliyun/ecs-instance-list';
import { ecsList500Html, ecsList500Url } from '../test/helpers/ecs-list-500';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const u = new URL(ecsList500Url);
const d = htmlToDocument(ecsList500Html(), u.href);
const t = readTableDetailed(d, ECS_LIST_LABELS)!;
const rows = t.rows.map((r) => r.row);
const cells = t.rows.flatMap((r) => Object.values(r.cells)) as Element[];
function minimal(): number {
  let n = 0;
  const visit = (e: Element) => {
    n += e.tagName.length;
    if (e.hasAttributes()) for (const name of e.getAttributeNames()) n += (e.getAttribute(name) ?? '').length;
    for (let c = e.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c.nodeValue ?? '').length;
      else if (c.nodeType === 1) visit(c as Element);
    }
  };
  for (const r of rows) if (r.hasAttributes()) for (const name of r.getAttributeNames()) n += (r.getAttribute(name) ?? '').length;
  for (const c of cells) visit(c);
  return n;
}
function tc(): number { let n = 0; for (const c of cells) n += (c.textContent ?? '').length; return n; }
console.log(`${rows.length} rows, ${cells.length} cells read`);
const R: Record<string, number[]> = { read: [], minimal: [], textContent: [] };
for (let i = 0; i < 25; i++) {
  let x = cpu(); readPage(d, u); R.read!.push(cpu() - x);
  x = cpu(); minimal(); R.minimal!.push(cpu() - x);
  x = cpu(); tc(); R.textContent!.push(cpu() - x);
}
for (const [k, v] of Object.entries(R)) console.log(k.padEnd(12), v.sort((a, b) => a - b)[12]!.toFixed(1), 'min', v[0]!.toFixed(1));
