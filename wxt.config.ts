import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { consoleHosts } from './src/messaging/console-hosts';

// Host permissions: only the console hosts the readers read (DESIGN.md "Privacy and trust").
export { consoleHosts };

export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: consoleHosts,
  },
  // The preset is typed against the root Vite (vitest's), WXT bundles its own: same plugin API.
  vite: () => ({
    plugins: [preact() as never],
  }),
});
