import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { root } from './harness';

/**
 * The Firefox build (`.output/firefox-mv3`, `npm test` builds it) in a real Firefox: Debian's `firefox-esr`
 * (FIREFOX_PATH another), driven over WebDriver BiDi by puppeteer-core, the extension installed as a temporary
 * add-on. Console pages are served at their real URLs from `served` (request interception); any other request
 * is refused, so nothing leaves the machine.
 *
 * What a test can see: the page, and the extension's in-page UI only as Firefox shows it — it is in closed shadow
 * roots, and WebDriver BiDi reaches neither them nor the extension's own pages (a navigation to moz-extension: is
 * refused). Firefox's find in the page (`window.find`) searches the text it draws, shadow trees included: the
 * summary pill's words are looked for there (`showsText`).
 */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxExtensionDir = join(root, '.output/firefox-mv3');
/** The add-on's id (wxt.config.ts, browser_specific_settings.gecko.id). */
const ADDON_ID = 'icp-preflight@icp-preflight.invalid';

export interface FirefoxHarness {
  browser: Browser;
  /** Documents served at their URLs (without #hash): HTML, or CSS where the URL ends in .css. */
  served: Map<string, { body: string; type: string; headers?: Record<string, string> }>;
  close(): Promise<void>;
}

/**
 * `prefs`: more of Firefox's preferences for this session (`intl.locale.requested`: the UI language, given Firefox has
 * that language's pack: ./firefox-chinese.test.ts).
 */
export async function launchFirefox(prefs: Record<string, string | number | boolean> = {}): Promise<FirefoxHarness> {
  if (!existsSync(firefoxPath)) throw new Error(`no Firefox at ${firefoxPath} (apt-get install -y firefox-esr, or FIREFOX_PATH)`);
  if (!existsSync(join(firefoxExtensionDir, 'manifest.json'))) throw new Error(`no Firefox build at ${firefoxExtensionDir} (npx wxt build -b firefox)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // (an unsigned add-on installed for the session only, as `web-ext run` installs it)
    extraPrefsFirefox: { 'xpinstall.signatures.required': false, 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false, ...prefs },
  });
  const id = await browser.installExtension(firefoxExtensionDir);
  if (id !== ADDON_ID) throw new Error(`installed ${id}, not ${ADDON_ID}`);
  return { browser, served: new Map(), close: () => browser.close() };
}

function serve(h: FirefoxHarness, request: HTTPRequest): void {
  const doc = h.served.get(request.url().split('#')[0]!);
  if (!doc) return void request.abort('blockedbyclient');
  void request.respond({ status: 200, contentType: doc.type, headers: doc.headers ?? {}, body: doc.body });
}

/** A new tab showing `html` at `url` (loaded; the content scripts run at document start and idle). */
export async function visitFirefox(h: FirefoxHarness, url: string, html: string): Promise<Page> {
  h.served.set(url.split('#')[0]!, { body: html, type: 'text/html; charset=utf-8' });
  const page = await h.browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setRequestInterception(true);
  page.on('request', (r) => serve(h, r));
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Whether Firefox shows `text` in the page (its find: shadow trees included; the selection is cleared after). */
export async function showsText(page: Page, text: string): Promise<boolean> {
  return page.evaluate((t) => {
    getSelection()?.removeAllRanges();
    // (window.find: Firefox's and Chromium's, in no standard)
    const found = (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find(t, true, false, true);
    getSelection()?.removeAllRanges();
    return found;
  }, text);
}

/** Waits until the page shows `text` (the extension read the page and drew its findings), up to `ms`. */
export async function waitForText(page: Page, text: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await showsText(page, text))) {
    if (Date.now() > until) throw new Error(`Firefox does not show "${text}" within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
