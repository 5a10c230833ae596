/**
 * How the content scripts (and the in-page UI they load) are minified. They ship to every console page,
 * within a 30 KB gzip budget each (`npm run bench`, content-script-*-gzip), so they get terser with more
 * than one compress pass instead of Vite's esbuild minifier (measured: 1.2–1.6 KB gzip less per script).
 * The background, popup and options pages keep Vite's default (faster builds, no budget).
 *
 * Only safe options: no `pure_getters` (a layout read such as `el.offsetHeight` must stay), no `unsafe*`,
 * no property mangling. Output syntax as new as the oldest browser the manifest allows
 * (`minimum_chrome_version` 102, Firefox 140) can run: ES2020.
 */

import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { contentScriptPolyfill } from './polyfill-metadata';

/** WXT's content-script context, which WXT's entry wrapper imports, and ours that the content scripts get instead. */
export const WXT_CONTEXT_MODULE = 'wxt/utils/content-script-context';
export const OWN_CONTEXT_FILE = fileURLToPath(new URL('../src/content/script-context.ts', import.meta.url));

/**
 * The content scripts' context: src/content/script-context.ts in place of WXT's class (what it keeps of
 * WXT's is said there).
 */
export function ownContentScriptContext(): Plugin {
  return {
    name: 'icp-preflight:content-script-context',
    enforce: 'pre',
    resolveId: (source) => (source === WXT_CONTEXT_MODULE ? OWN_CONTEXT_FILE : null),
  };
}

/** Terser's options for the content scripts, exported for the size test. */
export const contentScriptTerserOptions = {
  ecma: 2020,
  compress: { passes: 3 },
  format: { comments: false },
} as const;

/** esbuild's syntax target for everything the extension builds: the manifest's minimum versions. */
export const buildTarget = ['chrome102', 'firefox140'];

interface EntrypointLike {
  type: string;
}

/** The part of WXT's Vite config this touches (WXT bundles its own Vite, typed apart from the root one). */
interface ConfigLike {
  build?: object | undefined;
  plugins?: unknown[] | undefined;
}

const isContentScriptGroup = (entrypoints: readonly EntrypointLike[]): boolean =>
  entrypoints.length > 0 && entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script');

/**
 * For WXT's `vite:build:extendConfig` hook, on a group made of content / unlisted scripts only:
 * webextension-polyfill's API table cut to the content-script namespaces (build/polyfill-metadata.ts),
 * our own content-script context in place of WXT's (ownContentScriptContext), and terser.
 */
export function minifyContentScripts(entrypoints: readonly EntrypointLike[], config: ConfigLike): void {
  if (!isContentScriptGroup(entrypoints)) return;
  config.plugins = [...(config.plugins ?? []), contentScriptPolyfill(), ownContentScriptContext()];
  // NOMINIFY=1 (readable profiles) or any build that turned minifying off keeps it off
  if (process.env.NOMINIFY || (config.build as { minify?: unknown } | undefined)?.minify === false) return;
  config.build = { ...config.build, minify: 'terser', terserOptions: { ...contentScriptTerserOptions, compress: { ...contentScriptTerserOptions.compress } } };
}
