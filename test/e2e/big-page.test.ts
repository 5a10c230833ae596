import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigListPage, ECS_URL } from '../../bench/ecs-list-page';
import { launch, resetExtension, storedFacts, visit, type Harness } from './harness';
import { ours } from './shadow';

/**
 * A 20,000-row list through the built extension: its markup (3.6 million characters) is serialized in pieces and
 * sent to the background in parts (src/snapshot serialize-in-pieces, snapshot-parts; src/content askRead), read in
 * the offscreen document, 2,000 rows of it (MAX_ROWS_PER_READ), and its markers drawn on the page.
 */
let h: Harness;
beforeAll(async () => {
  h = await launch();
  await resetExtension(h, { lang: 'en' });
});
afterAll(async () => {
  await h?.close();
});

describe('a 20,000-row page', () => {
  it('is read from its markup sent in parts: its first 2,000 rows, their pay-as-you-go rows marked', async () => {
    const page = await visit(h, ECS_URL, bigListPage());
    // a server of the 2,000th row is stored, one past it is not
    const facts = await storedFacts(h, 'i-bp1big001999abcdef', 100);
    expect(facts).toContain('i-bp1big001999abcdef');
    expect(facts).not.toContain('i-bp1big002000abcdef');
    // every 50th row is pay-as-you-go (i % 50 === 7): 40 of the 2,000 rows read
    // (the background stores the facts before the content script has its answer — src/messaging/read-results —, so
    // from here the markers' wait is the whole answer and drawing: 10–25 s on a loaded 2-core machine, counting
    // included — each count walks the 220,000-element page over the DevTools protocol)
    const deadline = Date.now() + 45_000;
    let marks = 0;
    while (Date.now() < deadline && (marks = (await ours(page, '.mk')).length) < 40) await page.waitForTimeout(250);
    expect(marks).toBe(40);
    await page.close();
  }, 120_000);
});
