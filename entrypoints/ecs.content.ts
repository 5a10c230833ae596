import { consoleHostsByFamily } from '../src/messaging/console-hosts';
import { familyReadPage } from '../src/ui/page/family-reader';
import { ecsReaders } from '../src/ui/page/readers/ecs';
import { runConsolePage } from '../src/ui/page/run-console-page';
import { WARNING_UI_GLOBAL, type WarningUi } from '../src/ui/page/warning-ui';

export default defineContentScript({
  matches: [...consoleHostsByFamily.ecs],
  runAt: 'document_idle',
  main(ctx) {
    runConsolePage(ctx, {
      read: familyReadPage(ecsReaders),
      send: (message) => browser.runtime.sendMessage(message),
      onPush: (listener) => browser.runtime.onMessage.addListener((message, sender) => {
        if (sender.id === browser.runtime.id) listener(message);
      }),
      loadUi: async () => {
        await import(/* @vite-ignore */ browser.runtime.getURL('/warning-ui.js'));
        return (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] as WarningUi;
      },
      guardSubmit: false,
    });
  },
});
