import type { Harness } from './harness';

/**
 * Watches the built extension's service worker: the types of the messages the background sends the reader document
 * (its chrome.runtime.sendMessage wrapped) and of the messages content scripts send it (a listener added after the
 * background's sees them too; `held` marked: the request names the results list the page holds). Both lists start
 * empty at each call.
 */
export async function watchWorkerMessages(h: Harness): Promise<{ toReader: () => Promise<string[]>; fromPages: () => Promise<string[]> }> {
  await h.worker.evaluate(`(() => {
    globalThis.__readerMessages = [];
    globalThis.__pageMessages = [];
    const chromeApi = globalThis.chrome;
    if (chromeApi.runtime.__wrapped) return;
    const send = chromeApi.runtime.sendMessage.bind(chromeApi.runtime);
    chromeApi.runtime.sendMessage = (m, ...rest) => {
      if (m && typeof m.type === 'string' && m.type.startsWith('reader-document-')) globalThis.__readerMessages.push(m.type);
      return send(m, ...rest);
    };
    chromeApi.runtime.onMessage.addListener((m, sender) => {
      if (sender.tab && m && typeof m.type === 'string') globalThis.__pageMessages.push(m.type + (m.held ? ' held' : ''));
    });
    chromeApi.runtime.__wrapped = true;
  })()`);
  return {
    toReader: () => h.worker.evaluate('globalThis.__readerMessages ?? []') as Promise<string[]>,
    fromPages: () => h.worker.evaluate('globalThis.__pageMessages ?? []') as Promise<string[]>,
  };
}
