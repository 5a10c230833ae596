// What touching a node costs the first time a script reaches it (Chromium creates the node's JavaScript
// wrapper then; a content script's isolated world makes its own), against a second walk of the same
// nodes: over the 500-row Tencent CVM list, a walk of every node (firstChild / nextSibling) and one of the
// elements only (firstElementChild / nextElementSibling: no text node is reached), each first and then
// again, on fresh pages (the order of the two walks alternates). The page has no content script (a URL
// none matches); its own script world is measured.
//   npx tsx bench/first-touch-cost.mts      (RUNS=4 pages)
import { launch, visit } from '../test/e2e/harness';
import { tencentCvmList500Html } from '../test/helpers/tencent-cvm-list-500';
import { TENCENT_PLAIN_URL } from './extension.bench';

const h = await launch();
try {
  for (let round = 0; round < Number(process.env.RUNS ?? 4); round++) {
    const page = await visit(h, `${TENCENT_PLAIN_URL}&round=${round}`, tencentCvmList500Html());
    await page.waitForTimeout(500);
    // a string, not a function: the bundler's helpers are not in the page
    const script = `(() => {
      const all = () => { let n = 0; const st = [document.body]; while (st.length) { const x = st.pop(); n++; for (let c = x.lastChild; c; c = c.previousSibling) st.push(c); } return n; };
      const elements = () => { let n = 0; const st = [document.body]; while (st.length) { const x = st.pop(); n++; for (let c = x.lastElementChild; c; c = c.previousElementSibling) st.push(c); } return n; };
      const time = (f) => { const s = performance.now(); const n = f(); return { ms: Math.round((performance.now() - s) * 10) / 10, nodes: n }; };
      if (${round % 2 === 0}) return { first: 'elements', elements_first: time(elements), elements_again: time(elements), all_then: time(all), all_again: time(all) };
      return { first: 'all', all_first: time(all), all_again: time(all), elements_then: time(elements), elements_again: time(elements) };
    })()`;
    console.log(JSON.stringify(await page.evaluate(script)));
    await page.close();
  }
} finally {
  await h.close();
}
