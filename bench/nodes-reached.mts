// How many DOM nodes a content script's first read of a 500-row list reaches (happy-dom,
// test/helpers/nodes-reached.ts: the tree-walking getters and selector calls the readers use). In Chromium each node a content
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
import { nodesReached } from '../test/helpers/nodes-reached';

const which = process.argv[2] ?? 'tencent';
const [html, url, readers] = which === 'tencent' ? [tencentCvmList500Html(), tencentCvmList500Url, tencentReaders] : [ecsList500Html(), ecsList500Url, ecsReaders];
const doc = htmlToDocument(html, url);
let nodes = 0;
const stack: Node[] = [doc.body];
while (stack.length) {
  const n = stack.pop()!;
  nodes++;
  for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
}
const read = familyReadPage(readers);
const { value: out, reached: seen } = nodesReached(doc, () => read(doc, new URL(url)));
const reached = [...seen];
const elements = reached.filter((n) => n.nodeType === 1).length;
const blank = reached.filter((n) => n.nodeType === 3 && !/\S/.test(n.nodeValue ?? '')).length;
console.log(JSON.stringify({ page: which, servers: out?.facts.servers?.length ?? 0, nodes_in_body: nodes, reached: reached.length, reached_elements: elements, reached_blank_texts: blank, reached_other: reached.length - elements - blank }));
