import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECS_URL, ecsListPage } from '../../bench/ecs-list-page';
import { launch, resetExtension, storedFacts, visit, type Harness } from './harness';
import { watchWorkerMessages } from './worker-messages';

/**
 * Through the built extension (Chromium): after a list's first read, a row that changes is read from a patch of the
 * copy the reader document kept (src/snapshot/page-patch, live-copies) — the background hands the reader document
 * a patch, not the page —, and what the patch changed is what the stored facts then say. A
 * closed tab's copies are dropped. The service worker's messages are watched (./worker-messages).
 */
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('reads after a change are patches of the kept copy (Chromium)', () => {
  it('a row’s billing changes: one patch, no new copy; the stored facts follow; the closed tab’s copy goes', async () => {
    await resetExtension(h, { lang: 'en' });
    const { toReader: sent, fromPages } = await watchWorkerMessages(h);
    // 40 rows, none pay-as-you-go
    const page = await visit(h, ECS_URL, ecsListPage(40, { payg: () => false }));
    expect(await storedFacts(h, 'i-bp1list00039abcd')).not.toBe('');
    expect(await sent()).toEqual(['reader-document-read']);
    await page.evaluate(() => {
      const cell = document.querySelectorAll('#rows tr')[20]!.children[5]!;
      cell.textContent = '按量付费 2026-10-01 10:00 创建';
    });
    // the changed row's server is now pay-as-you-go: the stored facts say so (from the patch's read)
    await storedFacts(h, '"billing":"payg"');
    const stored = JSON.parse(await storedFacts(h, 'payg')) as { facts?: { servers?: Record<string, Array<{ facts: { billing?: string } }>> } };
    const billing = Object.entries(stored.facts?.servers ?? {})
      .filter(([, seen]) => seen.some((s) => s.facts.billing === 'payg'))
      .map(([id]) => id);
    expect(billing).toEqual(['i-bp1list00020abcd']);
    expect(await sent()).toEqual(['reader-document-read', 'reader-document-patch']);
    // the facts were stored by the background from the reader document's answers (src/messaging/read-results): the
    // content script sent none of them back, and the warning shows from the results in the answer
    // — the patch's answer written as changes to the results list the first answer named (src/messaging/results-wire)
    expect(await fromPages()).toEqual(['read-snapshot', 'read-patch held']);
    await page.locator('icp-preflight-warning').first().waitFor({ state: 'attached', timeout: 5000 });
    await page.close();
    await expect.poll(sent, { timeout: 5000 }).toContain('reader-document-forget');
  });
});
