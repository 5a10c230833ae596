// How many DOM nodes a content script's first read of a 500-row list reaches (happy-dom, through the
// tree-walking getters and selector calls the readers use; a getter's own internal steps are not
// counted, as a browser's nextElementSibling reaches no text node). In Chromium each node a content
// script reaches for the first time gets a JavaScript wrapper of its isolated world, ~1.5 µs
// (bench/first-touch-cost.mts): this count, times that, is a floor of the read's main-thread time that
// does not move with the machine's load.
//   npx tsx bench/nodes-reached.mts [tencent|ecs]
import { htmlToDocument } from '../src/cli/html-document';
import { familyReadPage } from '../src/ui/page/family-reader';
import { tencentReaders } from '../src/readers/tencent';
import { ecsReaders } from '../src/ui/page/readers/ecs';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';
import { ecsList500Html, ecsList500Url } from '../test/helpers/ecs-list-500';

const which = process.argv[2] ?? 'tencent';
const [html, url, readers] = which === 'tencent' ? [tencentCvmList500Html(), tencentCvmList500Url, tencentReaders] : [ecsList500Html(), ecsList500Url, ecsReaders];
const doc = htmlToDocument(html, url);
const win = doc.defaultView as unknown as Record<string, { prototype: object } | undefined>;
const seen = new Set<Node>();
let on = false;
let inner = false;
const note = (v: unknown) => {
  if (!on || !v || typeof v !== 'object') return;
  if ('nodeType' in v) seen.add(v as Node);
  else if (typeof (v as NodeList).item === 'function') for (const n of Array.from(v as NodeList)) seen.add(n);
};
for (const proto of [win.Node, win.Element, win.Document, win.DocumentFragment].map((c) => c?.prototype).filter((p): p is object => !!p)) {
  for (const name of ['firstChild', 'lastChild', 'nextSibling', 'previousSibling', 'parentNode', 'parentElement', 'firstElementChild', 'lastElementChild', 'nextElementSibling', 'previousElementSibling', 'children', 'childNodes', 'documentElement', 'body', 'head']) {
    const own = Object.getOwnPropertyDescriptor(proto, name);
    if (!own?.get) continue;
    const get = own.get;
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: Node) {
        if (inner) return get.call(this);
        inner = true;
        try {
          const v = get.call(this);
          note(v);
          return v;
        } finally {
          inner = false;
        }
      },
    });
  }
  for (const name of ['querySelector', 'querySelectorAll', 'closest', 'getElementById', 'getElementsByTagName']) {
    const own = Object.getOwnPropertyDescriptor(proto, name);
    if (typeof own?.value !== 'function') continue;
    const f = own.value as (...a: unknown[]) => unknown;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value(this: Node, ...a: unknown[]) {
        if (inner) return f.apply(this, a);
        inner = true;
        try {
          const v = f.apply(this, a);
          note(v);
          return v;
        } finally {
          inner = false;
        }
      },
    });
  }
}
let nodes = 0;
const stack: Node[] = [doc.body];
while (stack.length) {
  const n = stack.pop()!;
  nodes++;
  for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
}
const read = familyReadPage(readers);
on = true;
const out = read(doc, new URL(url));
on = false;
const reached = [...seen];
const elements = reached.filter((n) => n.nodeType === 1).length;
const blank = reached.filter((n) => n.nodeType === 3 && !/\S/.test(n.nodeValue ?? '')).length;
console.log(JSON.stringify({ page: which, servers: out?.facts.servers?.length ?? 0, nodes_in_body: nodes, reached: reached.length, reached_elements: elements, reached_blank_texts: blank, reached_other: reached.length - elements - blank }));
