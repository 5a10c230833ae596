import { consoleHostsByFamily } from '../src/messaging/console-hosts';
import { familyReadPage } from '../src/ui/page/family-reader';
import { domainReaders } from '../src/ui/page/readers/domain';
import { runConsolePage } from '../src/ui/page/run-console-page';

export default defineContentScript({
  matches: [...consoleHostsByFamily.domain],
  runAt: 'document_idle',
  main(ctx) {
    runConsolePage(ctx, {
      read: familyReadPage(domainReaders),
      send: (message) => browser.runtime.sendMessage(message),
      onPush: (listener) => browser.runtime.onMessage.addListener((message, sender) => {
        if (sender.id === browser.runtime.id) listener(message);
      }),
      guardSubmit: false,
    });
  },
});
