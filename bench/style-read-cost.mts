// What a computed-style read costs in Chromium, per property, over every element of the 500-row Tencent
// CVM list (about 28,000 elements; the page's style is up to date): the numbers behind the order of the
// reads in src/readers/dom/visibility.ts computedHidden (keywords first, a size only where overflow clips).
//   npx tsx bench/style-read-cost.mts      (3 rounds, ms for all elements)
import { launch, visit } from '../test/e2e/harness';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';

const props = ['display', 'visibility', 'opacity', 'contentVisibility', 'position', 'overflowX', 'overflowY', 'height', 'width', 'flexGrow', 'minHeight'];
const h = await launch();
try {
  const page = await visit(h, tencentCvmList500Url, tencentCvmList500Html());
  await page.waitForTimeout(1000);
  // a string, not a function: the bundler's helpers are not in the page
  const script = `(() => {
    const els = Array.from(document.body.querySelectorAll('*'));
    const time = (f) => { const s = performance.now(); for (const e of els) f(e); return Math.round((performance.now() - s) * 10) / 10; };
    const out = { elements: els.length, getComputedStyle: time((e) => getComputedStyle(e)), checkVisibility: time((e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true })) };
    const cs = els.map((e) => getComputedStyle(e));
    for (const k of ${JSON.stringify(props)}) { const s = performance.now(); let n = 0; for (const c of cs) if (c[k] === '-') n++; out[k] = Math.round((performance.now() - s) * 10) / 10; }
    return out;
  })()`;
  for (let round = 0; round < 3; round++) console.log(JSON.stringify(await page.evaluate(script)));
} finally {
  await h.close();
}
