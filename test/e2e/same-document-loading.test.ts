import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECS_URL, ecsListPage } from '../../bench/ecs-list-page';
import { launch, resetExtension, storedFacts, visit, type Harness } from './harness';

/**
 * Through the built extension (Chromium): Chrome fires a tab's `status: 'loading'` for same-document navigations too —
 * a console's router calling history.replaceState with the address it is at, pushState, a hash change — not only for
 * another page. entrypoints/background.ts took every `loading` for "the tab loaded another page" (until session 55's
 * review): the reader document's copy of the page was dropped (the next change read whole, not patched), the frame's
 * results lists went (the next answer whole), and a read under way was not stored. It forgets them when the tab closes.
 * The background's messages to the reader document are counted by wrapping chrome.runtime.sendMessage.
 */
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const sent = (): Promise<string[]> => h.worker.evaluate('globalThis.__readerMessages ?? []') as Promise<string[]>;

describe('same-document navigations are not another page (Chromium)', () => {
  // (the background forgets a tab's copies, results lists and newest reads when the tab closes only: a new page's first
  // read replaces its frame's copy; `loading` clears the tab's "not read" / "read in part" only — service tabLoading)
  it('history.replaceState with the same address: the next change is still a patch of the kept copy', async () => {
    await resetExtension(h, { lang: 'en' });
    await h.worker.evaluate(`(() => {
      globalThis.__readerMessages = [];
      const chromeApi = globalThis.chrome;
      if (!chromeApi.runtime.__wrapped) {
        const send = chromeApi.runtime.sendMessage.bind(chromeApi.runtime);
        chromeApi.runtime.sendMessage = (m, ...rest) => {
          if (m && typeof m.type === 'string' && m.type.startsWith('reader-document-')) globalThis.__readerMessages.push(m.type);
          return send(m, ...rest);
        };
        chromeApi.runtime.__wrapped = true;
      }
    })()`);
    const page = await visit(h, ECS_URL, ecsListPage(40, { payg: () => false }));
    expect(await storedFacts(h, 'i-bp1list00039abcd')).not.toBe('');
    expect(await sent()).toEqual(['reader-document-read']);
    // the router notes its state (same address): Chrome fires the tab's `loading`
    await page.evaluate(() => history.replaceState({ scroll: 1 }, '', location.href));
    await new Promise((r) => setTimeout(r, 300));
    await page.evaluate(() => {
      document.querySelectorAll('#rows tr')[20]!.children[5]!.textContent = '按量付费 2026-10-01 10:00 创建';
    });
    await storedFacts(h, '"billing":"payg"');
    // on main: read, forget, patch, read — the copy forgotten, the patch answered `stale`, the page then sent whole
    expect((await sent()).filter((t) => t !== 'reader-document-forget')).toEqual(['reader-document-read', 'reader-document-patch']);
    await page.close();
  });
});
