/**
 * A Vite plugin for the content-script builds only (build/content-script-minify.ts adds it through WXT's
 * `vite:build:extendConfig` hook): webextension-polyfill's API metadata table — how many arguments each
 * promise-returning API of every namespace takes (alarms, bookmarks, tabs, windows, webRequest…) — cut
 * down to the namespaces a content script can call at all: runtime, storage and i18n (the other
 * namespaces are not exposed to content scripts); the privacy settings' entries, which the polyfill
 * adds to the table in code, go too. The polyfill's code is left as it is: it still wraps
 * `chrome` in its Proxy and wraps runtime.sendMessage / onMessage by its own static wrappers; an API
 * missing from the table would only be passed through unwrapped (callback style), and
 * test/build/polyfill-metadata.test.ts checks that every `browser.*` namespace the content-script code
 * uses is one kept here, and that the built scripts still carry the wrapper and the kept entries.
 * Measured: ~1.1 KB gzip less per content script. Background, popup and options keep the whole table.
 *
 * The build fails if the polyfill's source no longer has the table where this expects it (a new
 * polyfill version), rather than silently shipping it whole.
 */
import type { Plugin } from 'vite';

/** The polyfill's namespaces a content script may call (MV3 / Firefox content-script APIs). */
export const CONTENT_SCRIPT_NAMESPACES = ['runtime', 'storage', 'i18n'] as const;

const POLYFILL = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/;
const TABLE_START = 'const apiMetadata = ';

/** The polyfill's source with its metadata table holding only `keep`'s namespaces; throws when the table is not found. */
export function slimPolyfillMetadata(code: string, keep: readonly string[] = CONTENT_SCRIPT_NAMESPACES): string {
  const at = code.indexOf(TABLE_START);
  if (at < 0 || code.indexOf(TABLE_START, at + 1) >= 0) throw new Error('webextension-polyfill: apiMetadata table not found once');
  const open = at + TABLE_START.length;
  if (code[open] !== '{') throw new Error('webextension-polyfill: apiMetadata is not an object literal');
  // the table is plain JSON (the polyfill's build inlines api-metadata.json): no braces inside strings
  let depth = 0;
  let end = open;
  for (; end < code.length; end++) {
    if (code[end] === '{') depth++;
    else if (code[end] === '}' && --depth === 0) break;
  }
  const table = JSON.parse(code.slice(open, end + 1)) as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const ns of keep) {
    if (!(ns in table)) throw new Error(`webextension-polyfill: no metadata for ${ns}`);
    kept[ns] = table[ns];
  }
  // as many line breaks as the table had: the polyfill's later lines keep their place for source maps
  const lines = (s: string) => '\n'.repeat(s.split('\n').length - 1);
  let out = code.slice(0, open) + JSON.stringify(kept) + lines(code.slice(open, end + 1)) + code.slice(end + 1);
  // the privacy namespace's table, added in code (privacy.network / services / websites settings)
  if (!keep.includes('privacy')) {
    const from = out.indexOf(PRIVACY_START);
    const to = out.indexOf(PRIVACY_END, from);
    if (from < 0 || to < 0 || out.indexOf(PRIVACY_START, from + 1) >= 0 || !out.slice(from, to).includes('apiMetadata.privacy = {')) throw new Error('webextension-polyfill: privacy metadata not found once');
    out = out.slice(0, from) + lines(out.slice(from, to + PRIVACY_END.length)) + out.slice(to + PRIVACY_END.length);
  }
  return out;
}
const PRIVACY_START = 'const settingMetadata = {';
const PRIVACY_END = '"*": settingMetadata\n        }\n      };';

export function contentScriptPolyfill(): Plugin {
  return {
    name: 'icp-preflight:content-script-polyfill',
    enforce: 'pre',
    transform(code, id) {
      // the file itself, not the commonjs plugin's proxies of it (…?commonjs-es-import)
      if (!POLYFILL.test(id)) return null;
      return { code: slimPolyfillMetadata(code), map: null }; // null: lines kept in place (see above)
    },
  };
}
