import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { markupParts, PART_CHARS, type Family } from '../snapshot/snapshot-limits';
import type { PageSnapshot } from '../snapshot/snapshot-schema';
import { takeOverlayHost } from '../ui/page/overlay-host';
import { runConsolePage } from '../ui/page/run-console-page';
import { createSnapshotReading } from '../ui/page/snapshot-reading';
import type { SubmitGuard } from '../ui/page/submit-guard';
import { WARNING_UI_GLOBAL, type WarningUi } from '../ui/page/warning-ui';

/**
 * The one definition of a console content script (entrypoints/<family>.content.ts pass only their
 * family's hosts — src/messaging/console-hosts.ts, its own constant, so no other family's hosts are
 * bundled —, its family (the readers the extension reads its pages with: src/ui/page/family-reads.ts; the
 * page is serialized here and read in an extension document, src/snapshot) and, on
 * filing pages, the submit button's guard: src/ui/page/submit-guard.ts, imported by those entry points
 * only, so the resource consoles' scripts do not carry it). This module is entry-point
 * glue: it binds runConsolePage to the browser (messages to and from this extension only).
 *
 * The in-page UI (Preact warnings, the pre-submit dialog) is loaded on first use. Firefox: bundled
 * into the content script (no web-accessible file, nothing for web-ext to flag). Chrome: the
 * unlisted script warning-ui.js, web-accessible only at a per-session URL (use_dynamic_url), so a
 * page cannot fetch a fixed URL to detect the extension, and the content scripts keep their size.
 */
export function defineConsoleContentScript(hosts: readonly string[], family: Family, options: { guardSubmit?: SubmitGuard | undefined; filingPage?: () => boolean }) {
  return defineContentScript({
    matches: [...hosts],
    runAt: 'document_idle',
    main(ctx) {
      // the overlay's host, placed at document start by entrypoints/overlay-host.content.ts
      const overlay = takeOverlayHost();
      if (overlay) ctx.onInvalidated(() => overlay.host.remove());
      runConsolePage(ctx, {
        overlay,
        // the page is read outside it: its snapshot, read by the background's reader document (src/snapshot)
        // (`held`: the results list the page holds, for the answers to be written as changes to it: src/messaging/results-wire)
        reading: (shadows, held) =>
          createSnapshotReading(
            (snapshot) => askRead(family, snapshot, held()),
            () => shadows.roots(),
            // later reads: what changed since, patched into the copy the last read kept (src/snapshot/page-patch) — in
            // Chrome, whose reader document writes content patches; Firefox's background page reads whole pages
            import.meta.env.FIREFOX ? undefined : (patch) => browser.runtime.sendMessage({ type: 'read-patch', family, ...patch, held: held() }),
          ),
        send: (message) => browser.runtime.sendMessage(message),
        onPush: (listener) =>
          browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
            if (sender.id === browser.runtime.id) listener(message);
          }),
        loadUi: import.meta.env.FIREFOX
          ? async () => (await import('../ui/page/warning-ui')).warningUi
          : async () => {
              // Chrome: a web-accessible file at a per-session URL (use_dynamic_url), loaded on first use
              await import(/* @vite-ignore */ browser.runtime.getURL('/warning-ui.js'));
              return (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] as WarningUi;
            },
        guardSubmit: options.guardSubmit,
        filingPage: options.filingPage,
      });
    },
  });
}

/**
 * Asks the background to read a page's snapshot; a big page's markup first in parts (PART_CHARS each, one message
 * each: encoding a message of 3.6 million characters had been a 30 ms task of the page's).
 */
async function askRead(family: Family, snapshot: PageSnapshot, held: string | undefined): Promise<unknown> {
  if (snapshot.html.length <= PART_CHARS) return browser.runtime.sendMessage({ type: 'read-snapshot', family, snapshot, held });
  const key = Math.random().toString(36).slice(2, 12);
  // the first part too in a task of its own, not in the one that finished the markup
  await new Promise((resolve) => setTimeout(resolve, 0));
  const parts = markupParts(snapshot.html);
  for (let index = 0; index < parts.length; index++) {
    const reply = (await browser.runtime.sendMessage({ type: 'read-snapshot-part', key, index, text: parts[index] })) as { kept?: boolean } | undefined;
    // (the background could not keep it: too much in all, or it restarted meanwhile)
    if (!reply?.kept) return { kind: 'unreadable', code: 'parts-missing', why: 'a part of the page not kept' };
  }
  return browser.runtime.sendMessage({ type: 'read-snapshot', family, snapshot: { ...snapshot, html: '', parts: { key, count: parts.length } }, held });
}
