import { browser } from 'wxt/browser';
import { createSheetTexts } from '../../src/snapshot/sheet-texts';
import { createReaderRequests } from '../../src/ui/page/reader-requests';

/**
 * Chrome's offscreen document (reason DOM_PARSER), opened by the background: the console pages are read here,
 * from their content scripts' snapshots (and patches of the copies kept here), off the pages' main thread
 * (src/snapshot). Answers the background only.
 */
// a patch's content written into a kept copy: the copy's document is sandboxed without scripts (nothing of it runs) and
// under its policy (nothing but style sheets loads); never this extension's UI. (Chrome only: Firefox reads in its
// background page, without content patches.)
// The pages' linked sheets fetched as the copies' text where their servers allow it (CORS, no cookies): rules the readers
// can read (src/snapshot/sheet-texts).
const requests = createReaderRequests(
  document,
  (el, html) => (el as Element & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(html),
  createSheetTexts((url, init) => fetch(url, init)),
);
browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: unknown) => void) => {
  if (sender.id !== browser.runtime.id || sender.tab) return false;
  const answer = requests.handle(message);
  if (!answer) return false;
  answer.then(sendResponse, (err: unknown) => sendResponse({ kind: 'unreadable', why: String(err).slice(0, 300) }));
  return true;
});
