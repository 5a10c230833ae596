import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { labelFilesCheckedDefine } from '../../build/rule-files';
import { loadReaderFixtures } from '../helpers/fixtures';
import { pageFiles, pageHtml, SAVED_PAGE } from '../helpers/saved-fixtures';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { chromiumPath, root } from './harness';

/**
 * What the Chromium reader tests share (snapshot-read-in-chromium, snapshot-fidelity, patched-copy, readers-in-chromium):
 * the console pages with their expected facts, the modules bundled for a page as the extension bundles them, one renderer
 * for every page, a page's `<style>`s moved to another origin, a console page beside a reader's page.
 */
export interface ConsolePage {
  name: string;
  url: string;
  html: string;
  reader: string | null;
  facts: unknown;
}

/** The held-out pages (a browser's save — NAME.html with NAME_files/, or NAME.mhtml — served with the sheets it was saved with written in, as the CLI reads it). */
export function heldOutPages(dir = join(root, 'test/fixtures-unseen')): ConsolePage[] {
  return pageFiles(dir).map((path) => {
    const expected = JSON.parse(readFileSync(path.replace(SAVED_PAGE, '.json'), 'utf8')) as { url: string; reader: string | null; facts: unknown };
    return { name: `unseen/${relative(join(root, 'test/fixtures-unseen'), path)}`, html: pageHtml(path), ...expected };
  });
}

/** Every reader fixture and held-out page. */
export function consolePages(): ConsolePage[] {
  return [...loadReaderFixtures().map((f) => ({ name: f.name, url: f.url, html: f.html, reader: f.reader, facts: f.facts })), ...heldOutPages()];
}

/** Held-out pages listed in a known-misses file of test/fixtures-unseen (`known-misses.json`, `known-misses-cdn.json`). */
export function listedIn(file: string): (name: string) => boolean {
  const listed = JSON.parse(readFileSync(join(root, 'test/fixtures-unseen', file), 'utf8')) as Record<string, string>;
  return (name) => name.startsWith('unseen/') && name.slice('unseen/'.length).replace(SAVED_PAGE, '') in listed;
}

/** Modules bundled as the extension bundles them (label files checked at build), as an IIFE defining `globalName`. */
export async function pageBundle(contents: string, globalName: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome102',
    define: labelFilesCheckedDefine,
    minify: true,
    write: false,
  });
  return `${out.outputFiles[0]!.text}\n;globalThis.${globalName} = ${globalName};`;
}

/**
 * One renderer for every page: with site isolation each page of another host (the pages go from Alibaba Cloud's
 * hosts to Tencent Cloud's and back) starts a new renderer process. The readers see the same document either way;
 * a navigation took about 450 against 255 ms (35 held-out pages, interleaved runs under the same load).
 */
export const ONE_RENDERER = ['--disable-features=site-per-process,IsolateOrigins,ProactivelySwapBrowsingInstance,BackForwardCache', '--disable-site-isolation-trials', '--renderer-process-limit=1'];

/**
 * The page with each of its `<style>` elements moved into a style sheet of another origin (put in `servedCss`), linked
 * where the element was: its rules still apply, but the page cannot read them (cssRules throws), as on a console whose
 * CSS comes from a CDN. undefined: no `<style>`.
 */
export function withStylesOnCdn(p: ConsolePage, servedCss: Map<string, string>): string | undefined {
  let n = 0;
  const html = p.html.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (_m, css: string) => {
    const href = `https://cdn.example-static.test/${encodeURIComponent(p.name)}/${n++}.css`;
    servedCss.set(href, css);
    return `<link rel="stylesheet" href="${href}">`;
  });
  return n > 0 ? html : undefined;
}

/** A document's URL without its #hash: two pages of the same one cannot follow each other without about:blank between. */
export const documentUrl = (url: string): string => url.split('#')[0]!;

/** The console pages' context and the reader's (another origin, as the extension's document), for tests that read a page's copy. */
export interface ReaderPair {
  browser: Browser;
  /** The console page (served from `served`, its sheets from `servedCss`). */
  page: Page;
  /** A page of READER_HOST, where copies are made and read. */
  reader: Page;
  served: Map<string, string>;
  servedCss: Map<string, string>;
  /**
   * Sheets of `servedCss` served with `Access-Control-Allow-Origin: *` (a CDN allowing any origin to fetch them); the others
   * name one origin, not the reader's (Playwright's fulfilled responses otherwise let any fetch read them).
   */
  corsCss: Set<string>;
}

export const READER_HOST = 'https://reader.example-extension.test/';
/** The one origin a sheet not in `corsCss` lets read it (not the reader's). */
const CONSOLE_ONLY = 'https://console-only.example.test';

/**
 * A browser with one renderer, a console page's context (`pageScripts`: whether the page runs script — the states some
 * tests make are made by script) and a reader's, each with its bundle (`pageBundle`) added to every document.
 */
export async function openReaderPair(pageSide: string, readerSide: string, pageScripts: boolean): Promise<ReaderPair> {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu', ...ONE_RENDERER] });
  const context = await browser.newContext({ javaScriptEnabled: pageScripts, viewport: { width: 1280, height: 800 } });
  const readerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const served = new Map<string, string>();
  const servedCss = new Map<string, string>();
  const corsCss = new Set<string>();
  const serve = (route: Route) => {
    const url = route.request().url().split('#')[0]!;
    if (url === READER_HOST) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html><head></head><body></body></html>' });
    const css = servedCss.get(url);
    if (css !== undefined) return route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', headers: { 'access-control-allow-origin': corsCss.has(url) ? '*' : CONSOLE_ONLY }, body: css });
    const html = served.get(url);
    return html === undefined ? route.abort('blockedbyclient') : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  };
  await context.route(/^https?:\/\//, serve);
  await readerContext.route(/^https?:\/\//, serve);
  await context.addInitScript({ content: pageSide });
  await readerContext.addInitScript({ content: readerSide });
  const page = await context.newPage();
  const reader = await readerContext.newPage();
  await reader.goto(READER_HOST);
  return { browser, page, reader, served, servedCss, corsCss };
}

/**
 * The pair the patch tests use (patched-copy, patched-copy-edges): a console page running script with the content
 * script's side (`icpPage`: snapshot, mirror watch, patch), a reader with the reader document's (`icpReader`: copies, patches,
 * live copies, the readers) and `window.copies`, live copies reading every family's key with all readers and writing
 * content as Chrome's reader document does (setHTMLUnsafe).
 */
export async function openPatchPair(): Promise<ReaderPair> {
  const pageSide = await pageBundle(
    `export { takeSnapshot } from './src/snapshot/take-snapshot';
export { createMirrorWatch } from './src/snapshot/mirror-watch';
export { buildPatch } from './src/snapshot/page-patch';`,
    'icpPage',
  );
  const readerSide = await pageBundle(
    `export { openCopy, applyState } from './src/snapshot/open-copy';
export { applyPatch } from './src/snapshot/apply-patch';
export { createLiveCopies } from './src/snapshot/live-copies';
export { readCopy } from './src/snapshot/read-snapshot';
export { createPageReading } from './src/ui/page/page-reading';
export { readPage } from './src/readers';`,
    'icpReader',
  );
  // the console page runs script: its changes are made by script
  const pair = await openReaderPair(pageSide, readerSide, true);
  await pair.reader.evaluate(`(() => {
    const reads = new Proxy({}, { get: () => icpReader.readPage });
    window.copies = icpReader.createLiveCopies(document, reads, undefined, (el, html) => el.setHTMLUnsafe(html));
  })()`);
  return pair;
}

/**
 * The console page's snapshot as the content script takes it, with the open shadow roots its watch finds
 * (src/ui/page/shadow-watch.ts); the page side's bundle is `icpSnap` (takeSnapshot).
 */
export const SNAPSHOT_IN_PAGE = `(() => {
  const roots = [];
  const visit = (node) => { for (const e of node.querySelectorAll('*')) if (e.shadowRoot) { roots.push(e.shadowRoot); visit(e.shadowRoot); } };
  visit(document);
  return icpSnap.takeSnapshot(document, roots);
})()`;

/**
 * `snap` read in the reader's page as the extension's reader document reads it (the reader side's bundle is `icpSnap`:
 * readSnapshot, readPage, createSheetTexts): each linked sheet's text asked for, where its CDN allows it had; the answer
 * with the sheets asked for (`sheetAnswers`: URL, had).
 */
export const readInReader = (snap: unknown): string => `(async (snap) => {
  window.sheetTexts ??= (() => { const t = icpSnap.createSheetTexts((u, i) => fetch(u, i)); return { get: async (u) => { const r = await t.get(u); window.sheetAnswers.push([u, r !== null]); return r; } }; })();
  window.sheetAnswers = [];
  const r = await icpSnap.readSnapshot(document, snap, icpSnap.readPage, window.sheetTexts);
  return { ...JSON.parse(JSON.stringify(r)), sheetAnswers: window.sheetAnswers };
})(${JSON.stringify(snap)})`;
