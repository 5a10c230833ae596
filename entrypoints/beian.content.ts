import { consoleHostsByFamily } from '../src/messaging/console-hosts';
import { familyReadPage } from '../src/ui/page/family-reader';
import { beianReaders } from '../src/ui/page/readers/beian';
import { runConsolePage } from '../src/ui/page/run-console-page';

export default defineContentScript({
  matches: [...consoleHostsByFamily.beian],
  runAt: 'document_idle',
  main(ctx) {
    runConsolePage(ctx, {
      read: familyReadPage(beianReaders),
      send: (message) => browser.runtime.sendMessage(message),
      onPush: (listener) => browser.runtime.onMessage.addListener((message, sender) => {
        if (sender.id === browser.runtime.id) listener(message);
      }),
      guardSubmit: true,
    });
  },
});
