import { consoleHostsByFamily } from '../src/messaging/console-hosts';
import { tencentReaders } from '../src/readers/tencent';
import { familyReadPage } from '../src/ui/page/family-reader';
import { runConsolePage } from '../src/ui/page/run-console-page';
import { WARNING_UI_GLOBAL, type WarningUi } from '../src/ui/page/warning-ui';

/**
 * Tencent Cloud consoles (console.cloud.tencent.com, console.tencentcloud.com): CVM, Lighthouse,
 * domains and the filing console share one host, so one content script carries the Tencent readers.
 */
export default defineContentScript({
  matches: [...consoleHostsByFamily.tencent],
  runAt: 'document_idle',
  main(ctx) {
    runConsolePage(ctx, {
      read: familyReadPage(tencentReaders),
      send: (message) => browser.runtime.sendMessage(message),
      onPush: (listener) => browser.runtime.onMessage.addListener((message, sender) => {
        if (sender.id === browser.runtime.id) listener(message);
      }),
      loadUi: async () => {
        await import(/* @vite-ignore */ browser.runtime.getURL('/warning-ui.js'));
        return (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] as WarningUi;
      },
      // the pre-submit check on the filing console's pages only (the host also serves CVM, domains …)
      guardSubmit: /^\/beian(\/|$)/.test(location.pathname),
    });
  },
});
