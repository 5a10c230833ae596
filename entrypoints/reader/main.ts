import { browser } from 'wxt/browser';
import { ReaderDocumentRequestSchema } from '../../src/snapshot/snapshot-schema';
import { readFamilySnapshot } from '../../src/ui/page/family-reads';

/**
 * Chrome's offscreen document (reason DOM_PARSER), opened by the background: the console pages are read here,
 * from their content scripts' snapshots, off the pages' main thread (src/snapshot). Answers the background only.
 */
browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: unknown) => void) => {
  if (sender.id !== browser.runtime.id || sender.tab) return false;
  const parsed = ReaderDocumentRequestSchema.safeParse(message);
  if (!parsed.success) return false;
  readFamilySnapshot(document, parsed.data).then(sendResponse, (err: unknown) => sendResponse({ kind: 'unreadable', why: String(err).slice(0, 300) }));
  return true;
});
