import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { firefoxPath } from './firefox-harness';
import { READER_HOST } from './reader-pages';

/**
 * The Chromium reader pair (./reader-pages openReaderPair) in Firefox: Debian's firefox-esr driven over WebDriver BiDi by
 * puppeteer-core, no add-on. The Firefox build reads a console page's snapshot in its background page, in a copy made
 * in that document (entrypoints/background.ts, src/snapshot/open-copy, read-snapshot): the readers then run on Firefox's
 * CSS engine (no Typed OM, Firefox's getComputedStyle serializations, its checkVisibility). Here a console page's context
 * and a reader page's of another origin (READER_HOST, as the extension's moz-extension: document), each with its bundle
 * (./reader-pages pageBundle) added before every document's own scripts; pages and sheets are served by request
 * interception, anything else is refused (nothing leaves the machine).
 */
export interface FirefoxReaderPair {
  browser: Browser;
  /** The console page (served from `served`, its sheets from `servedCss`). */
  page: Page;
  /** A page of READER_HOST, where copies are made and read. */
  reader: Page;
  served: Map<string, string>;
  servedCss: Map<string, string>;
  /** Sheets of `servedCss` served with `Access-Control-Allow-Origin: *`; the others name one origin, not the reader's. */
  corsCss: Set<string>;
  /** Whether the console page runs script (BiDi's emulation.setScriptingEnabled where Firefox has it). */
  pageScripts: boolean;
  close(): Promise<void>;
}

/** The one origin a sheet not in `corsCss` lets read it (not the reader's). */
const CONSOLE_ONLY = 'https://console-only.example.test';

export async function openFirefoxReaderPair(pageSide: string, readerSide: string, pageScripts: boolean): Promise<FirefoxReaderPair> {
  if (!existsSync(firefoxPath)) throw new Error(`no Firefox at ${firefoxPath} (apt-get install -y firefox-esr, or FIREFOX_PATH)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false },
  });
  const served = new Map<string, string>();
  const servedCss = new Map<string, string>();
  const corsCss = new Set<string>();
  const serve = (request: HTTPRequest): void => {
    const url = request.url().split('#')[0]!;
    if (url === READER_HOST) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html><head></head><body></body></html>' });
    const css = servedCss.get(url);
    if (css !== undefined) {
      return void request.respond({ status: 200, contentType: 'text/css; charset=utf-8', headers: { 'access-control-allow-origin': corsCss.has(url) ? '*' : CONSOLE_ONLY }, body: css });
    }
    const html = served.get(url);
    if (html === undefined) return void request.abort('blockedbyclient');
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  };
  const open = async (bundle: string): Promise<Page> => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.setRequestInterception(true);
    page.on('request', serve);
    await page.evaluateOnNewDocument(bundle);
    return page;
  };
  const page = await open(pageSide);
  let scripts = true;
  if (!pageScripts) {
    // (the pages are read as the CLI reads them, without their scripts, where BiDi lets the page's be turned off)
    try {
      await page.setJavaScriptEnabled(false);
      scripts = false;
    } catch {
      scripts = true;
    }
  }
  const reader = await open(readerSide);
  await reader.goto(READER_HOST);
  return { browser, page, reader, served, servedCss, corsCss, pageScripts: scripts, close: () => browser.close() };
}
