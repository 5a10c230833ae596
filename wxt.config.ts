import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { consoleHosts } from './src/messaging/console-hosts';
import { labelFilesCheckedDefine, ruleFiles } from './build/rule-files';
import { buildTarget, minifyContentScripts } from './build/content-script-minify';

export { consoleHosts };

/**
 * storage.session (the open tabs' subjects) needs Chrome 102; the offscreen document the pages are read in
 * (src/snapshot) 109, runtime.getContexts 116, and Element.getHTML with the open shadow roots in a page's
 * snapshot 125.
 */
export const MINIMUM_CHROME_VERSION = '125';
/** data_collection_permissions (Firefox's "collects no data") needs Firefox 140. */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export default defineConfig({
  // Manifest V3 for both browsers (WXT's default for Firefox is V2): Firefox 140 runs MV3 with an event-page
  // background and grants the content scripts' hosts at install.
  manifestVersion: 3,
  // `browser` is webextension-polyfill's in every entry point (tests keep WXT's fakeBrowser).
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No host_permissions: the content scripts' matches (src/messaging/console-hosts.ts) are the only
    // pages the extension runs on. Chrome: `offscreen`, the document the pages are read in (src/snapshot;
    // Firefox reads them in its background page).
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          // Firefox: a stable add-on id (storage survives updates); it collects no data at all.
          browser_specific_settings: {
            gecko: { id: 'icp-preflight@icp-preflight.invalid', strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
            // Firefox for Android reads data_collection_permissions from 142
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : {
          minimum_chrome_version: MINIMUM_CHROME_VERSION,
          // the in-page UI, loaded by the content scripts on their first warning; reachable only at a
          // per-session URL (use_dynamic_url), so no page can probe a fixed URL for the extension
          web_accessible_resources: [{ resources: ['warning-ui.js'], matches: consoleHosts, use_dynamic_url: true }],
        }),
  }),
  // The preset is typed against the root Vite (vitest's), WXT bundles its own: same plugin API.
  vite: () => ({
    plugins: [preact() as never, ruleFiles() as never],
    define: labelFilesCheckedDefine,
    // NOMINIFY=1 npx wxt build: readable function names in a CPU profile (bench/profile-ecs-list.mts)
    // SOURCEMAP=1 npx wxt build: per-module byte shares of each script (bench/bundle-shares.mts)
    build: {
      target: buildTarget,
      ...(process.env.NOMINIFY ? { minify: false } : {}),
      ...(process.env.SOURCEMAP ? { sourcemap: true } : {}),
    },
  }),
  // the content scripts and the in-page UI: terser (build/content-script-minify.ts)
  hooks: { 'vite:build:extendConfig': minifyContentScripts },
});
