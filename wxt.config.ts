import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { consoleHosts } from './src/messaging/console-hosts';

// Host permissions: only the console hosts the readers read (DESIGN.md "Privacy and trust").
export { consoleHosts };

export default defineConfig({
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: consoleHosts,
    action: { default_title: '__MSG_extName__' },
    // the in-page UI, loaded by the content scripts when they first have a warning to show
    web_accessible_resources: [{ resources: ['warning-ui.js'], matches: consoleHosts }],
    ...(browser === 'firefox'
      ? {
          // Firefox: a stable add-on id (storage survives updates); it collects no data at all.
          browser_specific_settings: { gecko: { id: 'icp-preflight@icp-preflight.invalid', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } },
        }
      : {}),
  }),
  // The preset is typed against the root Vite (vitest's), WXT bundles its own: same plugin API.
  vite: () => ({
    plugins: [preact() as never],
  }),
});
