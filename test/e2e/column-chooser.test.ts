import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, resetExtension, visit, type Harness } from './harness';
import { ours, waitOurs } from './shadow';
import { ECS_URL, ecsListPage } from '../../bench/ecs-list-page';

/**
 * In Chromium: a column chooser that only collapses a table's column through its `<col>` (no other DOM
 * change) is read again — the pay-as-you-go warnings of the hidden billing column go, and come back when
 * it is shown (src/ui/page/run-console-page.ts, read-session changesColumns); the column being resized
 * meanwhile (its `<col>` width rewritten) changes none of it. A list shown by a class alone (a tab pane)
 * is read when it shows (src/ui/page/page-reading.ts showingChanged).
 */
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Visible markers; -1 when they changed while being counted (a node gone between two protocol calls). */
const visibleMarkers = async (page: Parameters<typeof ours>[0]) => (await ours(page, '.mk').catch(() => undefined))?.filter((b) => b.visible).length ?? -1;

async function waitMarkers(page: Parameters<typeof ours>[0], n: number) {
  const deadline = Date.now() + 10_000;
  while ((await visibleMarkers(page)) !== n) {
    if (Date.now() > deadline) throw new Error(`not ${n} markers: ${await visibleMarkers(page)}`);
    await page.waitForTimeout(100);
  }
}

describe('a column collapsed by its <col> only (Chromium)', () => {
  it('its warnings go, and come back when it is shown again; resizing it changes nothing', async () => {
    await resetExtension(h, { lang: 'en' });
    const cols = '<colgroup><col><col><col><col><col><col id="billing-col"><col></colgroup>';
    const html = ecsListPage(6, { payg: () => true }).replace('<table class="next-table">', `<table class="next-table">${cols}`);
    const page = await visit(h, ECS_URL, html);
    await waitOurs(page, '.mk', { min: 6 });
    await page.evaluate(() => {
      const col = document.getElementById('billing-col')!;
      col.style.width = '140px';
    });
    await page.waitForTimeout(300);
    expect(await visibleMarkers(page)).toBe(6);
    await page.evaluate(() => (document.getElementById('billing-col')!.style.visibility = 'collapse'));
    await waitMarkers(page, 0);
    for (const w of [150, 160, 170]) await page.evaluate((px) => (document.getElementById('billing-col')!.style.width = `${px}px`), w);
    await page.evaluate(() => (document.getElementById('billing-col')!.style.visibility = ''));
    await waitMarkers(page, 6);
    await page.close();
  });
});

describe('a list shown by a class only (Chromium: a tab pane switched without any other DOM change)', () => {
  it('its warnings come when the pane shows, and go when it is hidden again', async () => {
    await resetExtension(h, { lang: 'en' });
    const html = ecsListPage(6, { payg: () => true })
      .replace('</head>', '<style>.pane-off { display: none }</style></head>')
      .replace('<table class="next-table">', '<div id="pane" class="pane-off"><table class="next-table">')
      .replace('</table>', '</table></div>');
    const page = await visit(h, ECS_URL, html);
    await page.waitForTimeout(800);
    expect(await visibleMarkers(page)).toBe(0);
    await page.evaluate(() => (document.getElementById('pane')!.className = ''));
    await waitMarkers(page, 6);
    await page.evaluate(() => (document.getElementById('pane')!.className = 'pane-off'));
    await waitMarkers(page, 0);
    await page.close();
  });
});
