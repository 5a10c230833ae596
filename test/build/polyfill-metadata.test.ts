import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minifyContentScripts } from '../../build/content-script-minify';
import { CONTENT_SCRIPT_NAMESPACES, slimPolyfillMetadata } from '../../build/polyfill-metadata';
import { root } from '../e2e/harness';

/**
 * build/polyfill-metadata.ts: the content scripts' webextension-polyfill with its API table cut to the
 * namespaces a content script can call. The cut polyfill still wraps what the content-script code
 * calls, the code calls no other namespace, and the built scripts carry the wrapper.
 */
const polyfillPath = createRequire(import.meta.url).resolve('webextension-polyfill/dist/browser-polyfill.js');
const polyfill = readFileSync(polyfillPath, 'utf8');

/** Runs a polyfill source (UMD) over a fake `chrome`, as Chrome's content-script world would; returns its `browser`. */
function runPolyfill(code: string, chrome: object): any {
  const module = { exports: {} as unknown };
  const saved = { chrome: (globalThis as any).chrome, browser: (globalThis as any).browser };
  (globalThis as any).chrome = chrome;
  delete (globalThis as any).browser;
  try {
    new Function('module', 'exports', 'define', code)(module, module.exports, undefined);
  } finally {
    (globalThis as any).chrome = saved.chrome;
    (globalThis as any).browser = saved.browser;
  }
  return module.exports;
}

/** A callback-style chrome.* API that records calls and answers `answer`. */
function callbackApi(answer: unknown) {
  const calls: unknown[][] = [];
  const fn = (...args: unknown[]) => {
    calls.push(args);
    const cb = args[args.length - 1];
    if (typeof cb === 'function') queueMicrotask(() => (cb as (v: unknown) => void)(answer));
  };
  return { fn, calls };
}

function fakeChrome() {
  const sendMessage = callbackApi({ ok: true });
  const storageGet = callbackApi({ k: 1 });
  const tabsQuery = callbackApi([]);
  const chrome = {
    runtime: { id: 'ext-id', lastError: undefined, sendMessage: sendMessage.fn, getURL: (p: string) => `chrome-extension://ext-id${p}`, onMessage: { addListener() {}, removeListener() {}, hasListener() {} } },
    storage: { local: { get: storageGet.fn } },
    i18n: { getUILanguage: () => 'zh-CN' },
    tabs: { query: tabsQuery.fn },
  };
  return { chrome, sendMessage, storageGet, tabsQuery };
}

/** Every file under `dir` (recursively) whose name ends with one of `exts`. */
function filesUnder(dir: string, exts: string[]): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, exts));
    else if (exts.some((x) => e.endsWith(x))) out.push(p);
  }
  return out;
}

describe('the content scripts’ polyfill table', () => {
  it('keeps the content-script namespaces’ entries as they are and drops every other namespace', () => {
    const slim = slimPolyfillMetadata(polyfill);
    const table = (code: string) => {
      const m = /const apiMetadata = (\{[\s\S]*?\n?)\s*if \(Object\.keys\(apiMetadata\)/.exec(code);
      return JSON.parse(m![1]!.trim().replace(/;$/, '')) as Record<string, unknown>;
    };
    const whole = table(polyfill);
    const kept = table(slim);
    expect(Object.keys(kept).sort()).toEqual([...CONTENT_SCRIPT_NAMESPACES].sort());
    for (const ns of CONTENT_SCRIPT_NAMESPACES) expect(kept[ns]).toEqual(whole[ns]);
    expect(Object.keys(whole).length).toBeGreaterThan(20);
    // the rest of the polyfill is untouched, line for line; what went is blank lines: the table's, and
    // the code that serves namespaces a content script cannot call (privacy's settings table, devtools'
    // onRequestFinished wrapper, tabs.sendMessage's static wrapper)
    const before = polyfill.split('\n');
    const after = slim.split('\n');
    expect(after.length).toBe(before.length);
    const tableLine = before.findIndex((l) => l.includes('const apiMetadata = '));
    const tableEnd = before.findIndex((l, i) => i > tableLine && l === '      };');
    const gone: string[] = [];
    for (let i = 0; i < before.length; i++) {
      if (i === tableLine || after[i] === before[i]) continue;
      // the table's lines are blank, its closing line keeps the statement's semicolon; the entry
      // before a cut last entry of an object loses its comma
      if (after[i] === before[i]!.replace(/,$/, '')) continue;
      expect(after[i]!.trim(), `line ${i + 1}`).toBe(i === tableEnd ? ';' : '');
      if (i > tableEnd) gone.push(before[i]!);
    }
    const cutCode = gone.join('\n');
    for (const w of ['settingMetadata', 'apiMetadata.privacy', 'onRequestFinishedWrappers', 'devtools: {', 'tabs: {']) expect(cutCode).toContain(w);
    expect(cutCode).not.toMatch(/runtime|onMessage|storage|i18n/);
    expect(slim).not.toMatch(/privacy|onRequestFinished|tabs: \{/);
  });

  it('the cut polyfill still promises runtime.sendMessage and storage, and passes other namespaces through', async () => {
    const { chrome, sendMessage, storageGet, tabsQuery } = fakeChrome();
    const browser = runPolyfill(slimPolyfillMetadata(polyfill), chrome);
    await expect(browser.runtime.sendMessage({ type: 'x' })).resolves.toEqual({ ok: true });
    expect(sendMessage.calls[0]![0]).toEqual({ type: 'x' });
    await expect(browser.storage.local.get('k')).resolves.toEqual({ k: 1 });
    expect(storageGet.calls.length).toBe(1);
    expect(browser.runtime.id).toBe('ext-id');
    expect(browser.runtime.getURL('/warning-ui.js')).toBe('chrome-extension://ext-id/warning-ui.js');
    expect(browser.i18n.getUILanguage()).toBe('zh-CN');
    // runtime.onMessage listeners are still the polyfill's wrappers (a promise answered as sendResponse)
    const added: Array<(m: unknown, s: unknown, r: (v: unknown) => void) => unknown> = [];
    chrome.runtime.onMessage.addListener = ((l: (typeof added)[number]) => added.push(l)) as never;
    const listener = async (m: unknown) => ({ echo: m });
    browser.runtime.onMessage.addListener(listener);
    expect(added.length).toBe(1);
    expect(added[0]).not.toBe(listener);
    const replied = new Promise((resolve) => expect(added[0]!({ a: 1 }, {}, resolve)).toBe(true));
    await expect(replied).resolves.toEqual({ echo: { a: 1 } });
    // tabs (not a content-script API) is no longer promisified: the call goes through as chrome's
    expect(browser.tabs.query({})).toBeUndefined();
    expect(tabsQuery.calls.length).toBe(1);
    // …where the whole polyfill promisifies it
    const whole = runPolyfill(polyfill, fakeChrome().chrome);
    await expect(whole.tabs.query({})).resolves.toEqual([]);
  });

  it('fails the build when the table is not where it is expected', () => {
    expect(() => slimPolyfillMetadata('module.exports = {};')).toThrow(/apiMetadata/);
    expect(() => slimPolyfillMetadata(polyfill, ['noSuchNamespace'])).toThrow(/noSuchNamespace/);
    expect(() => slimPolyfillMetadata(polyfill.replace('apiMetadata.privacy', 'apiMetadata.other'))).toThrow(/privacy/);
    expect(() => slimPolyfillMetadata(polyfill.replace('function onRequestFinished(req)', 'function other(req)'))).toThrow(/devtools/);
    expect(() => slimPolyfillMetadata(polyfill.replace('minArgs: 2,', 'minArgs: 1,'))).toThrow(/tabs/);
  });

  it('is added (with our content-script context) to content / unlisted script builds only', () => {
    const names = (c: { plugins?: unknown[] }) => (c.plugins ?? []).map((p) => (p as { name: string }).name);
    const content: { build?: object; plugins?: unknown[] } = { build: {} };
    minifyContentScripts([{ type: 'content-script' }], content);
    expect(names(content)).toEqual(['icp-preflight:content-script-polyfill', 'icp-preflight:content-script-context']);
    const readable: { build?: object; plugins?: unknown[] } = { build: { minify: false } };
    minifyContentScripts([{ type: 'content-script' }, { type: 'unlisted-script' }], readable);
    expect(names(readable)).toEqual(['icp-preflight:content-script-polyfill', 'icp-preflight:content-script-context']);
    for (const group of [[{ type: 'background' }], [{ type: 'popup' }, { type: 'content-script' }], [{ type: 'options' }]]) {
      const pages: { build?: object; plugins?: unknown[] } = { build: {}, plugins: [] };
      minifyContentScripts(group, pages);
      expect(names(pages)).toEqual([]);
    }
  });

  it('every browser.* namespace the content-script code uses is kept', () => {
    const files = [
      ...['src/content', 'src/ui/page', 'src/messaging'].flatMap((d) => filesUnder(join(root, d), ['.ts', '.tsx'])),
      ...readdirSync(join(root, 'entrypoints')).filter((f) => f.endsWith('.content.ts')).map((f) => join(root, 'entrypoints', f)),
      // (src/content holds the content-script context the content scripts get in place of WXT's)
    ];
    const used = new Set<string>();
    for (const f of files) {
      const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|(?<![:'"])\/\/.*$/gm, '');
      for (const m of code.matchAll(/\b(?:browser|chrome)\s*\??\.\s*([A-Za-z0-9_]+)/g)) used.add(m[1]!);
      // no other way of reaching a namespace (browser['tabs'], a destructured or passed-on browser)
      expect(code, f).not.toMatch(/\b(?:browser|chrome)\s*\[/);
      expect(code, f).not.toMatch(/=\s*(?:browser|chrome)\s*[;,\n)]/);
    }
    expect(used).toContain('runtime');
    for (const ns of used) expect(CONTENT_SCRIPT_NAMESPACES, ns).toContain(ns);
  });
});

describe('the built scripts (npm test builds first)', () => {
  const dir = join(root, '.output/chrome-mv3');
  const scripts = existsSync(join(dir, 'content-scripts')) ? readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js')) : [];
  it.runIf(scripts.length > 0)('each content script carries the polyfill’s wrapper and the kept namespaces’ table only', () => {
    // the five console families' scripts and the overlay host's (entrypoints/overlay-host.content.ts)
    expect(scripts.length).toBe(6);
    for (const f of scripts) {
      const code = readFileSync(join(dir, 'content-scripts', f), 'utf8');
      expect(code, f).toContain('This script should only be loaded in a browser extension.');
      expect(code, f).toContain('The message port closed before a response was received.');
      for (const api of ['getPlatformInfo', 'sendNativeMessage', 'getBytesInUse', 'detectLanguage', 'getAcceptLanguages']) expect(code, `${f} ${api}`).toContain(api);
      for (const api of ['bookmarks', 'getRecentlyClosed', 'launchWebAuthFlow', 'captureVisibleTab', 'onRequestFinished']) expect(code, `${f} ${api}`).not.toContain(api);
      // the privacy namespace's entry of the table ("privacy" alone is a word the readers know: WHOIS privacy)
      expect(code, `${f} privacy`).not.toMatch(/\bprivacy\s*[:=]\s*\{/);
    }
  });
  it.runIf(existsSync(join(dir, 'background.js')))('the background keeps the whole table', () => {
    const code = readFileSync(join(dir, 'background.js'), 'utf8');
    for (const api of ['getPlatformInfo', 'bookmarks', 'getRecentlyClosed', 'captureVisibleTab']) expect(code, api).toContain(api);
    expect(code).toMatch(/\bprivacy\s*[:=]\s*\{/);
  });
});
