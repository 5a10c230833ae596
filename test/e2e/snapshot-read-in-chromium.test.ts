import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelFilesCheckedDefine } from '../../build/rule-files';
import { loadReaderFixtures } from '../helpers/fixtures';
import { pageFiles, pageHtml, SAVED_PAGE } from '../helpers/saved-fixtures';
import { chromiumPath, root } from './harness';

/**
 * Reading moved out of the page (src/snapshot): the content script serializes the page (take-snapshot) and an
 * extension document reads a copy of it (open-copy, read-snapshot). Here every reader fixture and held-out page
 * is served at its URL — its `<style>`s on another origin, as a console's CSS comes from a CDN —, snapshot in
 * the page, and read in a copy made in another document (another origin, as the extension's): the facts must
 * be what the page itself reads to (the same expectations as readers-in-chromium.test.ts).
 */
interface ConsolePage {
  name: string;
  url: string;
  html: string;
  reader: string | null;
  facts: unknown;
}

function heldOut(dir: string): ConsolePage[] {
  return pageFiles(dir).map((path) => {
    const expected = JSON.parse(readFileSync(path.replace(SAVED_PAGE, '.json'), 'utf8')) as { url: string; reader: string | null; facts: unknown };
    return { name: `unseen/${relative(join(root, 'test/fixtures-unseen'), path)}`, html: pageHtml(path), ...expected };
  });
}

const knownMisses = JSON.parse(readFileSync(join(root, 'test/fixtures-unseen/known-misses.json'), 'utf8')) as Record<string, string>;
const cdnMisses = JSON.parse(readFileSync(join(root, 'test/fixtures-unseen/known-misses-cdn.json'), 'utf8')) as Record<string, string>;
const missed = (name: string) => name.startsWith('unseen/') && (name.slice(7).replace(SAVED_PAGE, '') in knownMisses || name.slice(7).replace(SAVED_PAGE, '') in cdnMisses);
const pages: ConsolePage[] = [...loadReaderFixtures().map((f) => ({ name: f.name, url: f.url, html: f.html, reader: f.reader, facts: f.facts })), ...heldOut(join(root, 'test/fixtures-unseen'))].filter((p) => !missed(p.name));

const READER_HOST = 'https://reader.example-extension.test/';
let browser: Browser;
let context: BrowserContext;
/** The reader's document runs script (the extension's does); the console pages do not (as the CLI reads them). */
let readerContext: BrowserContext;
let page: Page;
let reader: Page;
const served = new Map<string, string>();
const servedCss = new Map<string, string>();

beforeAll(async () => {
  const out = await build({
    stdin: {
      contents: `export { takeSnapshot } from './src/snapshot/take-snapshot';
export { readSnapshot } from './src/snapshot/read-snapshot';
export { readPage } from './src/readers';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'icpSnap',
    platform: 'browser',
    target: 'chrome102',
    define: labelFilesCheckedDefine,
    minify: true,
    write: false,
  });
  const bundle = out.outputFiles[0]!.text;
  const oneRenderer = ['--disable-features=site-per-process,IsolateOrigins,ProactivelySwapBrowsingInstance,BackForwardCache', '--disable-site-isolation-trials', '--renderer-process-limit=1'];
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu', ...oneRenderer] });
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  readerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const serve = (route: import('playwright-core').Route) => {
    const url = route.request().url().split('#')[0]!;
    if (url === READER_HOST) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html><head></head><body></body></html>' });
    const css = servedCss.get(url);
    if (css !== undefined) return route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: css });
    const html = served.get(url);
    return html === undefined ? route.abort('blockedbyclient') : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  };
  await context.route(/^https?:\/\//, serve);
  await readerContext.route(/^https?:\/\//, serve);
  for (const c of [context, readerContext]) await c.addInitScript({ content: `${bundle}\n;globalThis.icpSnap = icpSnap;` });
  page = await context.newPage();
  reader = await readerContext.newPage();
  await reader.goto(READER_HOST);
});

afterAll(async () => {
  await browser?.close();
});

function withStylesOnCdn(p: ConsolePage): string {
  let n = 0;
  return p.html.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (_m, css: string) => {
    const href = `https://cdn.example-static.test/${encodeURIComponent(p.name)}/${n++}.css`;
    servedCss.set(href, css);
    return `<link rel="stylesheet" href="${href}">`;
  });
}

const documentUrl = (url: string): string => url.split('#')[0]!;

describe('pages read from their snapshot in a copy (src/snapshot)', () => {
  it('has pages to read', () => expect(pages.length).toBeGreaterThan(700));

  it.each(pages.map((p) => [p.name, p] as const))('%s', async (_name, p) => {
    served.set(documentUrl(p.url), withStylesOnCdn(p));
    if (documentUrl(page.url()) === documentUrl(p.url)) await page.goto('about:blank');
    await page.goto(p.url);
    // the open shadow roots, as the content script's watch finds them (src/ui/page/shadow-watch.ts)
    const snap = await page.evaluate(`(() => {
      const roots = [];
      const visit = (node) => { for (const e of node.querySelectorAll('*')) if (e.shadowRoot) { roots.push(e.shadowRoot); visit(e.shadowRoot); } };
      visit(document);
      return icpSnap.takeSnapshot(document, roots);
    })()`);
    const got = (await reader.evaluate(
      `(async (snap) => { const r = await icpSnap.readSnapshot(document, snap, icpSnap.readPage); return JSON.parse(JSON.stringify(r)); })(${JSON.stringify(snap)})`,
    )) as { kind: string; result?: { reader: string; facts: unknown } | null; why?: string };
    expect(got.kind, got.why).toBe('read');
    expect(got.result?.reader ?? null).toBe(p.reader);
    expect(got.result?.facts ?? null).toEqual(p.facts);
  });
});
