import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECS_URL, ecsListPage } from '../../bench/ecs-list-page';
import { launch, resetExtension, storedFacts, visit, type Harness } from './harness';
import { watchWorkerMessages } from './worker-messages';

/**
 * Through the built extension (Chromium): Chrome fires a tab's `status: 'loading'` for same-document navigations too —
 * a console's router calling history.replaceState with the address it is at, pushState, a hash change — not only for
 * another page. entrypoints/background.ts took every `loading` for "the tab loaded another page" (until session 55's
 * review): the reader document's copy of the page was dropped (the next change read whole, not patched), the frame's
 * results lists went (the next answer whole), and a read under way was not stored. It forgets them when the tab closes.
 * The service worker's messages are watched (./worker-messages).
 */
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('same-document navigations are not another page (Chromium)', () => {
  // (the background forgets a tab's copies, results lists and newest reads when the tab closes only: a new page's first
  // read replaces its frame's copy; `loading` clears the tab's "not read" / "read in part" only — service tabLoading)
  it('history.replaceState with the same address: the next change is still a patch of the kept copy', async () => {
    await resetExtension(h, { lang: 'en' });
    const { toReader: sent } = await watchWorkerMessages(h);
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
