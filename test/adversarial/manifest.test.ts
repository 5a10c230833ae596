import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../e2e/harness';

/**
 * The built manifests (`npm test` builds Chrome first; this file builds Firefox) and web-ext lint on
 * the Firefox build. web-ext runs offline (addons-linter, no network).
 */
const chromeDir = join(root, '.output/chrome-mv3');
const firefoxDir = join(root, '.output/firefox-mv3');
const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, any>;
const npx = (args: string[]) => execFileSync('npx', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

// `npm test` builds both first; the suite's files run in parallel, and a build here would empty
// .output/firefox-mv3 while another file reads it (test/build/content-script-*.test.ts)
beforeAll(() => {
  if (!existsSync(join(chromeDir, 'manifest.json'))) npx(['wxt', 'build']);
  if (!existsSync(join(firefoxDir, 'manifest.json'))) npx(['wxt', 'build', '-b', 'firefox']);
}, 240_000);

describe('the Chrome manifest asks for no more than it uses', () => {
  it('no host_permissions; storage and the offscreen document the pages are read in; Chrome 125+ (Element.getHTML with shadow roots)', () => {
    const m = readManifest(chromeDir);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.permissions).toEqual(['storage', 'offscreen']);
    expect(Number(m.minimum_chrome_version)).toBeGreaterThanOrEqual(125);
  });

  it('a web-accessible resource is reachable only at a per-session URL', () => {
    const m = readManifest(chromeDir);
    for (const entry of m.web_accessible_resources ?? []) expect(entry.use_dynamic_url).toBe(true);
  });
});

describe('content scripts: when each starts', () => {
  for (const dir of [chromeDir, firefoxDir]) {
    it(`${dir.split('/').pop()}: the console scripts at document_idle; only the overlay host's at document_start, on every console host`, () => {
      const scripts = readManifest(dir).content_scripts as { matches: string[]; run_at: string; js: string[] }[];
      const early = scripts.filter((s) => s.run_at === 'document_start');
      expect(early.map((s) => s.js)).toEqual([['content-scripts/overlay-host.js']]);
      const consoleScripts = scripts.filter((s) => s !== early[0]);
      expect(consoleScripts.map((s) => s.js[0]).sort()).toEqual(['beian', 'domain', 'ecs', 'swas', 'tencent'].map((f) => `content-scripts/${f}.js`));
      for (const s of consoleScripts) expect(s.run_at, s.js[0]).toBe('document_idle');
      // the host is placed wherever a console script reads, and nowhere else
      expect([...early[0]!.matches].sort()).toEqual(consoleScripts.flatMap((s) => s.matches).sort());
    });
  }
});

describe('webextension-polyfill is `browser` in every entry point', () => {
  const POLYFILL = 'This script should only be loaded in a browser extension';
  /** A script and the chunks it imports, as one text. */
  const withImports = (file: string, seen = new Set<string>()): string => {
    if (seen.has(file)) return '';
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/from\s*"(\.{1,2}\/[^"]+\.js)"|import\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((m) => join(file, '..', m[1] ?? m[2]!));
    return text + imports.map((f) => withImports(f, seen)).join('');
  };
  it.each(['background.js', 'content-scripts/ecs.js', 'content-scripts/swas.js', 'content-scripts/domain.js', 'content-scripts/beian.js', 'popup.html', 'options.html'])('%s', (entry) => {
    let file = join(chromeDir, entry);
    if (entry.endsWith('.html')) file = join(chromeDir, /<script[^>]+src="\/([^"]+)"/.exec(readFileSync(file, 'utf8'))![1]!);
    expect(withImports(file)).toContain(POLYFILL);
  });
});

describe('the Firefox build', () => {
  it('is Manifest V3 like the Chrome build: an action, an event-page background, no browser_action', () => {
    const m = readManifest(firefoxDir);
    expect(m.manifest_version).toBe(3);
    expect(readManifest(chromeDir).manifest_version).toBe(3);
    expect(m.action?.default_popup).toBe('popup.html');
    expect(m.browser_action).toBeUndefined();
    expect(m.background).toEqual({ scripts: ['background.js'] });
  });

  it('no host permissions, no web-accessible file, the in-page UI bundled; Firefox 140 for data_collection_permissions', () => {
    const m = readManifest(firefoxDir);
    expect(m.permissions).toEqual(['storage']);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(existsSync(join(firefoxDir, 'warning-ui.js'))).toBe(false);
    const gecko = m.browser_specific_settings.gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    for (const f of readdirSync(join(firefoxDir, 'content-scripts'))) {
      expect(readFileSync(join(firefoxDir, 'content-scripts', f), 'utf8')).not.toContain('warning-ui.js');
    }
  });

  it('web-ext lint: 0 errors; the only warnings are Preact’s own innerHTML (dangerouslySetInnerHTML, never used)', () => {
    let out: string;
    try {
      out = npx(['web-ext', 'lint', '--source-dir', firefoxDir, '--output', 'json', '--no-config-discovery']);
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    let sources = '';
    try {
      sources = execFileSync('grep', ['-rl', 'dangerouslySetInnerHTML', 'src', 'entrypoints'], { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      // grep exits 1 when nothing matches
    }
    expect(sources).toBe('');
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: unknown[]; warnings: { code: string; file: string; line?: number; column?: number }[] };
    expect(report.errors).toEqual([]);
    for (const w of report.warnings) {
      expect(w.code, JSON.stringify(w)).toBe('UNSAFE_VAR_ASSIGNMENT');
      // Preact's diff sets innerHTML only from a dangerouslySetInnerHTML prop ({__html}); no component passes one
      const text = readFileSync(join(firefoxDir, w.file), 'utf8');
      const sites = [...text.matchAll(/\.innerHTML=/g)].map((m) => text.slice(Math.max(0, m.index - 120), m.index + 40));
      expect(sites.length, w.file).toBeGreaterThan(0);
      for (const site of sites) expect(site, w.file).toContain('__html');
    }
    // web-ext lint is a separate program: about 10 s alone, over a minute beside other test files on a busy machine
  }, 240_000);
});
