import { loadRuleSet } from '../src/engine';
import { createBackgroundService } from '../src/messaging/background-service';
import { familyOfUrl } from '../src/messaging/console-hosts';
import { packResults } from '../src/messaging/results-wire';
import { withTabResults } from '../src/messaging/read-results';
import { createSentResults } from '../src/messaging/sent-results';
import type { TabResultsMessage } from '../src/messaging/tab-results';
import { resolveLang } from '../src/store';
import { ReadPatchRequestSchema, ReadSnapshotPartSchema, ReadSnapshotRequestSchema } from '../src/snapshot/snapshot-schema';
import type { ReaderRequests } from '../src/ui/page/reader-requests';
import { createSnapshotParts } from '../src/snapshot/snapshot-parts';
import { ensureReaderDocument } from '../src/snapshot/reader-document';
import { clearEverything, dismissedItem, getDismissed, getOptions, getStoredFacts, getTabSubjects, optionsItem, setStoredFacts, storedFactsItem, tabSubjectsItem } from '../src/store/items';
import { storedValueEmpty } from '../src/store/stored-text';

/**
 * Where a page's snapshot (or a patch of its kept copy) is read: Chrome's offscreen document (a service worker has
 * no DOM), Firefox's background page itself (an event page is a document).
 */
let here: Promise<ReaderRequests> | undefined;
async function readElsewhere(request: { type: string; from?: string | undefined }): Promise<unknown> {
  if (import.meta.env.FIREFOX) {
    here ??= Promise.all([import('../src/ui/page/reader-requests'), import('../src/snapshot/sheet-texts')]).then(([{ createReaderRequests }, { createSheetTexts }]) =>
      createReaderRequests(document, undefined, createSheetTexts((url, init) => fetch(url, init))),
    );
    return (await here).handle(request);
  }
  await ensureReaderDocument((globalThis as unknown as { chrome: Parameters<typeof ensureReaderDocument>[0] }).chrome);
  return browser.runtime.sendMessage(request);
}

const isResults = (reply: unknown): reply is TabResultsMessage => (reply as { type?: unknown } | null)?.type === 'results';

/** Tabs whose pages were read (the reader document may keep copies of them). */
const readTabs = new Set<number>();

/** Each frame's newest read (`tab:frame` → its number): an older read's facts are not stored once a newer one is asked. */
const newestRead = new Map<string, number>();
let reads = 0;
/** The results lists each frame's reads were answered with (src/messaging/sent-results). */
const sentResults = createSentResults();

/**
 * A closed tab's copies kept for patches go, with its newest reads and results lists (no reader document opened for
 * it). Not on the tab's `loading`: Chrome says so for a same-document navigation too (a router's pushState or
 * replaceState, a hash), which is no other page — the copy would go and the next change be read whole, a read under way
 * not be stored. A new page's first read is whole and replaces its frame's copy (../src/snapshot/live-copies); its
 * content script holds no results list, so its answers are whole; and its reads are newer than any of the last page's.
 */
function forgetCopies(tabId: number): void {
  for (const frame of [...newestRead.keys()]) if (frame.startsWith(`${tabId}:`)) newestRead.delete(frame);
  sentResults.forgetTab(tabId);
  if (!readTabs.delete(tabId)) return;
  const request = { type: 'reader-document-forget', from: String(tabId) };
  if (import.meta.env.FIREFOX) void here?.then((r) => r.handle(request));
  else void browser.runtime.sendMessage(request).catch(() => undefined);
}

export default defineBackground(() => {
  const service = createBackgroundService({
    rules: loadRuleSet(),
    now: () => new Date(),
    lang: (option) => resolveLang(option, browser.i18n.getUILanguage()),
    getFacts: getStoredFacts,
    setFacts: setStoredFacts,
    getOptions,
    getTabs: getTabSubjects,
    setTabs: (t) => tabSubjectsItem.setValue(t),
    clearAll: clearEverything,
    getDismissed,
    setDismissed: (d) => dismissedItem.setValue(d),
    pushToTab: async (tabId, message) => {
      await browser.tabs.sendMessage(tabId, packResults(message));
    },
    setBadge: async ({ text, color, title }) => {
      const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
      await action.setBadgeText({ text });
      await action.setBadgeBackgroundColor({ color });
      await action.setTitle({ title });
    },
  });

  /**
   * A read in the reader document; its facts then stored and linted here, the tab's results in the answer
   * (src/messaging/read-results): the content script does not send them back.
   */
  function readAndLint(request: { type: string; from: string | undefined; held?: string | undefined }, from: Parameters<typeof service.handle>[1]): Promise<unknown> {
    if (request.from === undefined) return readElsewhere(request);
    const n = ++reads;
    newestRead.set(request.from, n);
    const frame = request.from;
    // (written as changes to the list the content script holds, if this frame was sent it: src/messaging/sent-results)
    const pack = (results: TabResultsMessage) => packResults(results, { base: sentResults.base(frame, request.held), id: sentResults.keep(frame, results.results) });
    return readElsewhere(request).then((answer) => withTabResults(answer, from?.tab?.url ?? '', (message) => service.handle(message, from), () => newestRead.get(frame) === n, pack));
  }

  const parts = createSnapshotParts();
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // only this extension's own pages and content scripts may talk to it
    if (sender.id !== browser.runtime.id) return false;
    // the page a content script runs in comes from the browser (sender), never from the message
    const extensionPage = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
    const from = { tab: sender.tab ? { id: sender.tab.id, url: sender.tab.url } : undefined, url: sender.url, extensionPage };
    // a content script's page, to be read here and not on the page's main thread (src/snapshot); a big page's
    // markup comes first in parts
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'read-snapshot-part') {
      const part = sender.tab?.id !== undefined ? ReadSnapshotPartSchema.safeParse(message) : undefined;
      sendResponse({ kept: !!part?.success && parts.add(sender.tab!.id!, part.data) });
      return false;
    }
    // the copy a content script's page was read in, kept per tab and frame (by the browser's word) for its patches
    const frame = sender.tab?.id !== undefined ? `${sender.tab.id}:${sender.frameId ?? 0}` : undefined;
    if (type === 'read-patch') {
      const parsed = frame ? ReadPatchRequestSchema.safeParse(message) : undefined;
      if (!parsed?.success || familyOfUrl(sender.tab?.url ?? '') !== parsed.data.family) {
        sendResponse({ kind: 'stale' });
        return false;
      }
      readAndLint({ ...parsed.data, type: 'reader-document-patch', from: frame }, from).then(sendResponse, () => sendResponse({ kind: 'stale' }));
      return true;
    }
    if (type === 'read-snapshot') {
      const parsed = sender.tab ? ReadSnapshotRequestSchema.safeParse(message) : undefined;
      // the family's readers only for a page of that family's hosts, by the browser's word (sender), not the message's
      if (!parsed?.success || familyOfUrl(sender.tab?.url ?? '') !== parsed.data.family) {
        sendResponse({ kind: 'unreadable', code: 'refused', why: 'not a page snapshot of this console' });
        return false;
      }
      const request = parsed.data;
      if (request.snapshot.parts) {
        const html = sender.tab?.id !== undefined ? parts.take(sender.tab.id, request.snapshot.parts.key, request.snapshot.parts.count) : undefined;
        if (html === undefined) {
          sendResponse({ kind: 'unreadable', code: 'parts-missing', why: 'parts of the page missing' });
          return false;
        }
        request.snapshot = { ...request.snapshot, html, parts: undefined };
      }
      // (`code`: what the content script tells the user, src/messaging/not-read; an answer that is none reads as the reader failing)
      if (sender.tab?.id !== undefined) readTabs.add(sender.tab.id);
      readAndLint({ ...request, type: 'reader-document-read', from: frame }, from).then(sendResponse, (err: unknown) => sendResponse({ kind: 'unreadable', code: 'reader-failed', why: String(err).slice(0, 300) }));
      return true;
    }
    // a tab's results go packed (src/messaging/results-wire: each rule's title and sources once)
    service.handle(message, from).then((reply) => sendResponse(isResults(reply) ? packResults(reply) : reply), (err: unknown) => sendResponse({ type: 'error', error: String(err).slice(0, 300) }));
    return true;
  });
  // a tab loading a page: what it said of its last one (not read, read in part) goes (no permission needed for `status`)
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== 'loading') return;
    void service.tabLoading(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    parts.forget(tabId);
    forgetCopies(tabId);
    void service.forgetTab(tabId);
  });
  optionsItem.watch(() => void service.refresh());
  // our own writes keep the service's cache in step; a store emptied from elsewhere resets it
  storedFactsItem.watch((value) => {
    if (storedValueEmpty(value)) {
      service.storageChanged();
      void service.refresh();
    }
  });
  // hidden warnings cleared from elsewhere (or written by us): read again when next needed
  dismissedItem.watch(() => service.dismissedChanged());
  void service.refresh();
  // Chrome: the document the pages are read in, opened now so a page's first read does not wait for it
  if (!import.meta.env.FIREFOX) void ensureReaderDocument((globalThis as unknown as { chrome: Parameters<typeof ensureReaderDocument>[0] }).chrome).catch(() => undefined);
});
