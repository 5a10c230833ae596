import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Drives Debian's Chromium with the built extension (.output/chrome-mv3, built by `npm test`'s
 * `wxt build`). Console pages are served at their real URLs with context.route, so the manifest's
 * matches are exercised as users hit them.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '../..');
/** EXTENSION_DIR: another build (e.g. the previous one, to compare before/after in one session). */
export const extensionDir = process.env.EXTENSION_DIR ? resolve(process.env.EXTENSION_DIR) : join(root, '.output/chrome-mv3');
export const screenshotDir = join(here, 'screenshots');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** URL (without #hash) → HTML served there. */
  pages: Map<string, string>;
  close: () => Promise<void>;
}

export async function launch(): Promise<Harness> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension in ${extensionDir}: run \`npx wxt build\` first`);
  mkdirSync(screenshotDir, { recursive: true });
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--load-extension=${extensionDir}`,
      `--disable-extensions-except=${extensionDir}`,
      // (bench/profile-reader.mts: DevTools on a port, to reach the extension's offscreen document)
      ...(process.env.CDP_PORT ? [`--remote-debugging-port=${process.env.CDP_PORT}`] : []),
    ],
  });
  // Console pages are served from `pages`; nothing else is fetched (any other request fails).
  const pages = new Map<string, string>();
  await context.route(/^https?:\/\//, (route) => {
    const html = pages.get(route.request().url().split('#')[0]!);
    return html === undefined ? route.abort('blockedbyclient') : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, pages, close: () => context.close() };
}

export function fixture(path: string): string {
  return readFileSync(join(root, 'test', path), 'utf8');
}

/** A reader fixture (test/fixtures/<page>/<name>.html and its expected .json with the page URL). */
export function consoleFixture(page: string, name: string): { url: string; html: string } {
  const dir = [`fixtures/${page}`, `fixtures/aliyun-${page}`].find((d) => existsSync(join(root, 'test', d, `${name}.html`)));
  if (!dir) throw new Error(`no fixture ${page}/${name}.html under test/fixtures`);
  const expected = JSON.parse(fixture(`${dir}/${name}.json`)) as { url: string };
  return { url: expected.url, html: fixture(`${dir}/${name}.html`) };
}

/** Open `url` in a fresh tab, with `html` served there. */
export async function visit(h: Harness, url: string, html: string, page?: Page): Promise<Page> {
  h.pages.set(url.split('#')[0]!, html);
  const p = page ?? (await h.context.newPage());
  await p.goto(url);
  return p;
}

export async function resetExtension(h: Harness, options: Record<string, unknown> = { lang: 'en' }): Promise<void> {
  await h.worker.evaluate(async (opts) => {
    const c = (globalThis as any).chrome;
    await c.storage.local.clear();
    await c.storage.session.clear();
    await c.storage.local.set({ options: opts, options$: { v: 1 } });
  }, options);
  // the background drops its cache when it sees the store emptied
  await new Promise((resolve) => setTimeout(resolve, 150));
}

export async function openPopup(h: Harness, page?: Page): Promise<Page> {
  const p = page ?? (await h.context.newPage());
  await p.setViewportSize({ width: 380, height: 600 });
  await p.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await p.locator('main:not([aria-busy])').waitFor();
  return p;
}

export function shot(name: string): string {
  return join(screenshotDir, `${name}.png`);
}

/** Everything the extension stored in `local`, the fact store (kept as its JSON text: src/store/stored-text) read back as an object. */
export async function storedLocal(h: Harness): Promise<Record<string, unknown>> {
  return h.worker.evaluate(async () => {
    const all = await (globalThis as any).chrome.storage.local.get(null);
    if (typeof all.facts === 'string' && all.facts !== '') all.facts = JSON.parse(all.facts);
    return all;
  });
}

/** The facts the background stored, as JSON text, once `needle` appears in them ('' after `tries` × 200 ms). */
export async function storedFacts(h: Harness, needle: string, tries = 50): Promise<string> {
  for (let i = 0; i < tries; i++) {
    const text = JSON.stringify(await storedLocal(h));
    if (text.includes(needle)) return text;
    await new Promise((r) => setTimeout(r, 200));
  }
  return '';
}
