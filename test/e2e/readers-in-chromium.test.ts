import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './harness';
import { documentUrl, ONE_RENDERER, pageBundle } from './reader-pages';

/**
 * The readers' visibility checks, bundled as the extension bundles them, in a live Chromium page: real computed
 * styles and layout, against what the happy-dom visibility tests expect (attributes, inline styles, a style sheet,
 * screen-reader-only text, closed popovers and menus).
 *
 * Every reader fixture and held-out page is read in Chromium where the extension reads it: from the page's snapshot,
 * in a copy (snapshot-read-in-chromium.test.ts, its sheets on another origin, held as text or left linked). Until
 * session 58 this file read every page a second time in the live page too (179 s of a 756 s suite): no part of the
 * extension reads a live page since session 53 (src/ui/page/snapshot-reading; in-page-reading is for tests).
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
let readers = '';
const served = new Map<string, string>();

beforeAll(async () => {
  readers = await pageBundle(
    `export { isVisible } from './src/readers/dom/visibility';
export { visibleText } from './src/readers/dom/visible-text';`,
    'icpReaders',
  );
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu', ...ONE_RENDERER] });
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url().split('#')[0]!;
    const html = served.get(url);
    return html === undefined ? route.abort('blockedbyclient') : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  await context.addInitScript({ content: readers });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens `html` at `url` and evaluates `expr` in the page (the bundle is there as `icpReaders`). */
async function inPage<T>(url: string, html: string, expr: string): Promise<T> {
  served.set(documentUrl(url), html);
  await page.goto(url);
  return (await page.evaluate(`(() => { ${expr} })()`)) as T;
}

describe('the readers’ visibility checks in Chromium', () => {
  it('hides what the happy-dom visibility tests hide, by attribute, inline style and stylesheet', async () => {
    const html = `<!doctype html><html><head><style>.gone{display:none}.faded{opacity:0}.invisible{visibility:hidden}
      .sr{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}
      .cell-hidden td.col-2, .cell-hidden th.col-2 {display:none}</style></head><body>
      <div id="a">shown</div>
      <div hidden><span id="b">x</span></div>
      <div aria-hidden="true"><span id="c">x</span></div>
      <div style="display: none"><span id="d">x</span></div>
      <div style="visibility:hidden"><span id="e">x</span></div>
      <div class="gone"><span id="f">x</span></div>
      <div role="tooltip"><span id="g">tip</span></div>
      <button aria-expanded="false" aria-controls="menu1">More</button><ul role="menu" id="menu1"><li id="h">Other</li></ul>
      <button aria-expanded="true" aria-controls="menu2">More</button><ul role="menu" id="menu2"><li id="i">Open</li></ul>
      <dialog><p id="j">closed dialog</p></dialog>
      <div popover><p id="k">popover</p></div>
      <span class="sr" id="sr">screen reader</span>
      <span class="faded"><b id="m">faded</b></span><span class="invisible"><b id="n">invisible</b></span>
      <p id="o" style="position:absolute;left:-9999px">x</p><p id="p" style="position:absolute;clip:rect(0,0,0,0)">y</p><p id="q" style="position:relative;left:-10px">z</p>
      <button id="t" data-state="closed">付费方式</button><div id="r" role="menu" data-state="closed">按量付费</div>
      <table class="cell-hidden"><tr><th class="col-1">实例</th><th class="col-2" id="s">付费方式</th></tr></table>
      <p id="l">包年包月<span class="gone">按量付费</span><br>2027-02-28<i role="tooltip">help</i></p>
      <p id="u">周期 <select><option>1个月</option><option selected>1年</option></select></p></body></html>`;
    const got = await inPage<{ visible: Record<string, boolean>; texts: string[] }>(
      'https://example.test/visibility',
      html,
      `const ids = ['a','b','c','d','e','f','g','h','i','j','k','sr','m','n','o','p','q','t','r','s'];
       const cache = new WeakMap();
       return { visible: Object.fromEntries(ids.map((id) => [id, icpReaders.isVisible(document.getElementById(id), cache)])),
                texts: [icpReaders.visibleText(document.getElementById('l')), icpReaders.visibleText(document.getElementById('u'))] };`,
    );
    expect(got.visible).toEqual({ a: true, b: false, c: false, d: false, e: false, f: false, g: false, h: false, i: true, j: false, k: false, sr: false, m: false, n: false, o: false, p: false, q: true, t: true, r: false, s: false });
    expect(got.texts).toEqual(['包年包月 2027-02-28', '周期 1年']);
  });
});
