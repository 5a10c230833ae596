/**
 * A Vite plugin for the content-script builds only (build/content-script-minify.ts adds it through WXT's
 * `vite:build:extendConfig` hook): webextension-polyfill's API metadata table — how many arguments each
 * promise-returning API of every namespace takes (alarms, bookmarks, tabs, windows, webRequest…) — cut
 * down to the namespaces a content script can call at all: runtime, storage and i18n (the other
 * namespaces are not exposed to content scripts). What the polyfill adds in code for namespaces a
 * content script cannot call goes too: the privacy settings' table, devtools.network.onRequestFinished's
 * wrapper and tabs.sendMessage's static wrapper (CUTS below).
 *
 * The polyfill's wrapper is left as it is: it still wraps `chrome` in its Proxy, promisifies the kept
 * namespaces' callback APIs by the table and wraps runtime.sendMessage / onMessage by its static
 * wrappers; an API missing from the table would only be passed through unwrapped (callback style).
 * test/build/polyfill-metadata.test.ts runs the cut polyfill over a fake `chrome`, checks that every
 * `browser.*` namespace the content-script code uses is one kept here, and that the built scripts still
 * carry the wrapper and the kept entries. Background, popup and options keep the whole polyfill.
 * Measured (gzip -9 per content script): the table 0.86–0.88 KB, the privacy table 37–40 B, the
 * devtools and tabs wrappers 66–80 B.
 *
 * The build fails if the polyfill's source no longer has what this cuts where it expects it (a new
 * polyfill version), rather than silently shipping it whole or cutting the wrong code.
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
  let out = code.slice(0, open) + JSON.stringify(kept) + lineBreaks(code.slice(open, end + 1)) + code.slice(end + 1);
  // what the polyfill adds in code for namespaces a content script cannot call
  for (const c of CUTS) if (!keep.includes(c.namespace)) out = cut(out, c);
  return out;
}

interface Cut {
  namespace: string;
  /** From the start of `from` to the end of the first `to` after it, which must hold `holds`. */
  from: string;
  to: string;
  holds: string;
}

const CUTS: Cut[] = [
  // the privacy settings' table (privacy.network / services / websites), added to apiMetadata
  { namespace: 'privacy', from: 'const settingMetadata = {', to: '"*": settingMetadata\n        }\n      };', holds: 'apiMetadata.privacy = {' },
  // devtools.network.onRequestFinished: its listener wrapper and its static wrapper
  { namespace: 'devtools', from: 'const onRequestFinishedWrappers = new DefaultWeakMap(', to: '\n      });', holds: 'function onRequestFinished(req)' },
  { namespace: 'devtools', from: '        devtools: {', to: '\n        },', holds: 'onRequestFinished: wrapEvent(onRequestFinishedWrappers)' },
  // tabs.sendMessage's static wrapper (the last entry of staticWrappers: its comma goes with it)
  { namespace: 'tabs', from: ',\n        tabs: {', to: '})\n        }', holds: 'sendMessage: wrappedSendMessage.bind(null, "sendMessage", {\n            minArgs: 2,' },
];

/** `code` without the cut's text (line breaks kept, for source maps); throws unless it is there once. */
function cut(code: string, c: Cut): string {
  const from = code.indexOf(c.from);
  const to = code.indexOf(c.to, from);
  if (from < 0 || to < 0 || code.indexOf(c.from, from + 1) >= 0 || !code.slice(from, to).includes(c.holds)) {
    throw new Error(`webextension-polyfill: ${c.namespace} code not found once (${c.from})`);
  }
  const end = to + c.to.length;
  return code.slice(0, from) + lineBreaks(code.slice(from, end)) + code.slice(end);
}

const lineBreaks = (s: string) => '\n'.repeat(s.split('\n').length - 1);

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
