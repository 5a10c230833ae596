// DOM calls of one first read of the 500-row lists (happy-dom): counts per method / getter, by
// patching happy-dom's prototypes for the read only. Usage: npx tsx bench/read-dom-calls.mts [checkout]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Element, Node, HTMLElement } from 'happy-dom';
const dir = process.argv[2] ?? '.';
const base = pathToFileURL(resolve(dir) + '/').href;
const { readPage } = await import(base + 'src/readers/index.ts');
const { htmlToDocument } = await import(base + 'src/cli/html-document.ts');
const { ecsList500Html, ecsList500Url } = await import(pathToFileURL(resolve('test/helpers/ecs-list-500.ts')).href);
const { tencentCvmList500Html, tencentCvmList500Url } = await import(pathToFileURL(resolve('test/helpers/tencent-cvm-list-500.ts')).href);
const counts = new Map<string, number>();
let on = false;
function patch(proto: object, name: string) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  if (!d) return;
  const key = name;
  if (typeof d.value === 'function') {
    const f = d.value;
    Object.defineProperty(proto, name, { ...d, value: function (this: unknown, ...a: unknown[]) { if (on) counts.set(key, (counts.get(key) ?? 0) + 1); return f.apply(this, a); } });
  } else if (d.get) {
    const g = d.get;
    Object.defineProperty(proto, name, { ...d, get: function (this: unknown) { if (on) counts.set(key, (counts.get(key) ?? 0) + 1); return g.call(this); } });
  }
}
for (const n of ['getAttribute', 'getAttributeNames', 'hasAttribute', 'hasAttributes', 'matches', 'closest', 'querySelector', 'querySelectorAll', 'tagName', 'firstElementChild', 'nextElementSibling', 'children', 'className', 'classList', 'childElementCount']) patch(Element.prototype, n);
for (const n of ['parentElement', 'parentNode', 'firstChild', 'nextSibling', 'childNodes', 'nodeType', 'nodeValue', 'textContent', 'ownerDocument', 'contains']) patch(Node.prototype, n);
for (const n of ['style']) patch(HTMLElement.prototype, n);
for (const [name, html, u] of [['ecs', ecsList500Html(), ecsList500Url], ['tencent', tencentCvmList500Html(), tencentCvmList500Url]] as const) {
  const url = new URL(u);
  const doc = htmlToDocument(html, url.href);
  readPage(doc, url); // warm the module memos as a real first read finds them? no: a fresh doc each time below
  await (doc.defaultView as any).happyDOM.close();
  const doc2 = htmlToDocument(html, url.href);
  counts.clear();
  const m0 = process.memoryUsage().heapUsed;
  on = true;
  readPage(doc2, url);
  on = false;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`${name}: ${total} DOM calls`, [...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  void m0;
  await (doc2.defaultView as any).happyDOM.close();
}
