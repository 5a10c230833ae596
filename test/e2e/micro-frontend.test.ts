import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPopup, resetExtension, shot, visit, type Harness, storedFacts as storedFactsOf } from './harness';
import { fixedEcsId, fixedPayg } from './pages/fixed-rows';
import { SHADOW_ECS_URL, shadowEcsPage } from './pages/shadow-mount';
import { ours, waitOurs } from './shadow';

/**
 * A micro-frontend console page in Chromium: the ECS list is rendered into an OPEN shadow root ~300 ms
 * after load (the root attached before or after its host is inserted). The content script sees the
 * root filled, the facts reach the background and the popup, and the pay-as-you-go rows get their
 * markers beside the live text inside the root, with the summary pill.
 */
const ROWS = 30;
const paygRows = Array.from({ length: ROWS }, (_, i) => i).filter(fixedPayg);

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  for (const p of h.context.pages()) await p.close();
  await resetExtension(h, { lang: 'en' });
});

const storedFacts = (needle: string) => storedFactsOf(h, needle, 40);

/** Where the id text of each row in view is (inside the table's scrolling container, below its sticky header), inside the shadow root. */
const idRects = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('__qiankun_microapp_wrapper_for_ecs__')!.shadowRoot!;
    const box = root.getElementById('scroller')!.getBoundingClientRect();
    const head = root.querySelector('th')!.getBoundingClientRect();
    return [...root.querySelectorAll<HTMLElement>('tbody tr')].flatMap((tr) => {
      const r = tr.querySelector('a')!.getBoundingClientRect();
      const mid = r.top + r.height / 2;
      return mid > head.bottom && mid < box.bottom ? [{ i: Number(tr.dataset.row), top: r.top, bottom: r.bottom, right: r.right }] : [];
    });
  });

/** Every visible marker is beside the id of a pay-as-you-go row in view, one per such row. */
async function expectMarkersBesideRows(page: Page): Promise<number[]> {
  const markers = (await ours(page, '.mk')).filter((m) => m.visible);
  const rows = (await idRects(page)).filter((r) => fixedPayg(r.i));
  expect(markers.length, JSON.stringify({ rows, markers: markers.map((m) => [m.x, m.y]) })).toBe(rows.length);
  for (const row of rows) {
    const m = markers.find((b) => Math.abs(b.y + b.h / 2 - (row.top + row.bottom) / 2) <= 2);
    expect(m, `marker for row ${row.i}`).toBeTruthy();
    expect(Math.abs(m!.x - (row.right + 4))).toBeLessThanOrEqual(1); // right beside the id's text
  }
  return rows.map((r) => r.i);
}

describe('micro-frontend page (open shadow root filled after load)', () => {
  it.each(['after', 'before'] as const)('root attached %s the host is inserted: facts reach the popup, markers beside the rows in the root', async (attach) => {
    const page = await visit(h, SHADOW_ECS_URL, shadowEcsPage(ROWS, attach));
    const stored = await storedFacts(fixedEcsId(ROWS - 1));
    expect(stored).toContain(fixedEcsId(0));
    expect(stored).toContain('"billing":"payg"');

    const pill = (await waitOurs(page, '.pill', { text: /error/ }))[0]!;
    expect(pill.text).toContain(`ICP Preflight: ${paygRows.length} errors`);
    await waitOurs(page, '.mk', { min: 3 });
    await page.waitForTimeout(200);
    expect(await expectMarkersBesideRows(page)).toContain(0);
    await page.screenshot({ path: shot(`micro-frontend-shadow-${attach}`) });
    // the table scrolls inside the shadow root: the markers follow their rows
    await page.evaluate(() => (document.getElementById('__qiankun_microapp_wrapper_for_ecs__')!.shadowRoot!.getElementById('scroller')!.scrollTop = 560));
    await page.waitForTimeout(300);
    const after = await expectMarkersBesideRows(page);
    expect(after).not.toContain(0);
    expect(after.length).toBeGreaterThan(0);

    const popup = await openPopup(h);
    const text = await popup.locator('main').innerText();
    expect(text).toContain(fixedEcsId(0));
    expect(text).toContain(fixedEcsId(ROWS - 1));
  });

  it("a tooltip and a closed menu hidden by the app's own stylesheet inside the root are no facts", async () => {
    await visit(h, SHADOW_ECS_URL, shadowEcsPage(ROWS, 'after', { decoys: true }));
    const stored = await storedFacts(fixedEcsId(ROWS - 1));
    expect(stored).toContain(fixedEcsId(0));
    expect(stored).toContain('"billing":"subscription"');
    // shown nowhere: the bandwidth in the hidden popover, the date in the closed menu
    expect(stored).not.toContain('2031-01-01');
    expect(stored).not.toContain('publicBandwidthMbps');
  });
});
