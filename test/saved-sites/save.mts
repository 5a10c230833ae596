/**
 * Round fifty-seven: has Chromium save the pages under test/saved-sites/ as an outside tester saves them, into
 * test/fixtures-unseen/<provider>/<page>/:
 * - `<name>-single-file.mhtml` — "Webpage, Single File": Chrome's own MHTML, CDP `Page.captureSnapshot`;
 * - `<name>.html` + `<name>_files/` — "Webpage, Complete" as Chrome writes it (headless Chromium cannot run Save Page As,
 *   so imitated): the DOM after the SPA rendered (doctype + `document.documentElement.outerHTML`), the mark of the web
 *   `<!-- saved from url=(NNNN)… -->` after the doctype, a `<base>` commented out (Blink's WebFrameSerializerImpl does
 *   so), the `href` / `src` of the elements Chrome saves (`<link rel=stylesheet>`, `<script src>`, `<img src>`) rewritten
 *   to `./<name>_files/<file name>` and those files copied there as served. Chrome collects those resources from the DOM,
 *   not from the sheets: a sheet's `@import` is not saved (its rules are in the MHTML only). `<link>`s in a
 *   `<noscript>` are text in a scripted page: left as they are.
 * Each site is `index.html` served at site.json's `url` (its hash dropped) and site.json's `files` (address → file);
 * everything else is refused. The window is 1280 × 800 (the e2e harness's).
 * Run: npx tsx test/saved-sites/save.mts [WIDTH] [OUT_DIR]  (OUT_DIR: default test/fixtures-unseen; variants elsewhere;
 * SITE=part-of-a-name: those sites only; SITES_DIR: another folder of sites)
 */
import { chromium } from 'playwright-core';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const width = Number(process.argv[2] ?? 1280);
const outRoot = resolve(process.argv[3] ?? join(here, '../fixtures-unseen'));
const only = process.env.SITE;
/** SITES_DIR: another folder of sites (scratch variants); default this one. */
const siteRoot = resolve(process.env.SITES_DIR ?? here);

function sites(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (existsSync(join(p, 'site.json'))) out.push(p);
      else out.push(...sites(p));
    }
  }
  return out;
}

const mime = (f: string) => (f.endsWith('.css') ? 'text/css' : f.endsWith('.js') ? 'application/javascript' : f.endsWith('.png') ? 'image/png' : 'text/html; charset=utf-8');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
try {
  for (const site of sites(siteRoot)) {
    const rel = relative(siteRoot, site); // provider/page/name
    if (only && !rel.includes(only)) continue;
    const name = basename(site);
    const conf = JSON.parse(readFileSync(join(site, 'site.json'), 'utf8')) as { url: string; files: Record<string, string> };
    const served = new Map<string, { file: string; type: string }>();
    served.set(conf.url.split('#')[0]!, { file: join(site, 'index.html'), type: 'text/html; charset=utf-8' });
    for (const [url, file] of Object.entries(conf.files)) served.set(url, { file: join(site, file), type: mime(file) });
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'zh-CN' });
    await context.route(/^https?:\/\//, (route) => {
      const hit = served.get(route.request().url().split('#')[0]!);
      return hit ? route.fulfill({ status: 200, contentType: hit.type, body: readFileSync(hit.file) }) : route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    await page.goto(conf.url, { waitUntil: 'load' });
    if (Object.values(conf.files).some((f) => f.endsWith('.js'))) await page.waitForSelector('body[data-rendered]', { timeout: 10_000 });
    await page.waitForTimeout(100);
    const outDir = join(outRoot, dirname(rel));
    mkdirSync(outDir, { recursive: true });
    // (a) Webpage, Single File
    const cdp = await context.newCDPSession(page);
    const { data } = (await cdp.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
    writeFileSync(join(outDir, `${name}-single-file.mhtml`), data, 'latin1');
    // (b) Webpage, Complete (imitated): the rendered DOM, with the resources Chrome saves rewritten to the folder
    const filesDir = `${name}_files`;
    // (a string, not a function: tsx's __name helper does not exist in the page)
    const { html, resources } = (await page.evaluate(`((folder) => {
      const resources = [];
      const local = (url) => {
        const file = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'index');
        resources.push(url);
        return \`./\${folder}/\${file}\`;
      };
      const doc = document.documentElement.cloneNode(true);
      const live = document.documentElement;
      // (absolute addresses from the live elements: the clone resolves against the same base)
      const pairs = [];
      const a = live.querySelectorAll('link[rel~="stylesheet"][href], script[src], img[src]');
      const b = doc.querySelectorAll('link[rel~="stylesheet"][href], script[src], img[src]');
      a.forEach((el, i) => pairs.push([el, b[i]]));
      for (const [orig, copy] of pairs) {
        if (copy.localName === 'link') copy.setAttribute('href', local(orig.href));
        else copy.setAttribute('src', local(orig.src));
      }
      let out = doc.outerHTML;
      // a <base> commented out, as Blink's serializer writes it
      out = out.replace(/<base\\b[^>]*>/gi, (m) => \`<!--\${m}-->\`);
      // Chrome's serializer declares the encoding first in <head>
      out = out.replace(/<head>/i, '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">');
      return { html: out, resources };
    })(${JSON.stringify(filesDir)})`)) as { html: string; resources: string[] };
    const url = conf.url;
    const motw = `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->`;
    writeFileSync(join(outDir, `${name}.html`), `<!DOCTYPE html>\n${motw}\n${html}`);
    const folder = join(outDir, filesDir);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const r of resources) {
      const hit = served.get(r);
      if (hit) copyFileSync(hit.file, join(folder, decodeURIComponent(new URL(r).pathname.split('/').pop()!)));
    }
    // the expected facts of the single-file form: those of the page
    // (a scratch site may carry its own expected.json)
    const own = join(site, 'expected.json');
    const expected = existsSync(own) ? own : join(here, '../fixtures-unseen', dirname(rel), `${name}.json`);
    if (existsSync(expected)) copyFileSync(expected, join(outDir, `${name}-single-file.json`));
    if (existsSync(own)) copyFileSync(own, join(outDir, `${name}.json`));
    console.log(`${rel}: ${data.length} bytes MHTML, ${resources.length} resources`);
    await context.close();
  }
} finally {
  await browser.close();
}
