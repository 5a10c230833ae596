import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host permissions: only the console hosts the readers read (DESIGN.md "Privacy and trust").
export const consoleHosts = [
  'https://ecs.console.aliyun.com/*',
  'https://ecs.console.alibabacloud.com/*',
  'https://swas.console.aliyun.com/*',
  'https://swas.console.alibabacloud.com/*',
  'https://dc.console.aliyun.com/*',
  'https://dc.console.alibabacloud.com/*',
  'https://beian.aliyun.com/*',
  'https://beian.console.aliyun.com/*',
  'https://beian.console.alibabacloud.com/*',
];

export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: consoleHosts,
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
