import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECS_URL, ecsListPage } from '../../bench/ecs-list-page';
import { processOf, traceBrowser } from './browser-trace';
import { launch, resetExtension, storedFacts, visit, type Harness } from './harness';

/**
 * The reader document (Chrome's offscreen document, src/snapshot) reads a page's copy from its computed styles and never
 * lays it out: a layout of a 500-row list's copy is 100–210 ms of CPU beside the page, on every read. Nothing of ours
 * asks for one; the browser's own tasks did — autofill looking for forms after a form control came in (the copy's
 * document is never loaded now: src/snapshot/open-copy), and the font set's task left by the frame's first, empty
 * layout, had the copy come in before it ran. Traced in the extension itself (the whole browser, over DevTools' port).
 */
let h: Harness;
const port = String(9300 + Math.floor(Math.random() * 600));
beforeAll(async () => {
  process.env.CDP_PORT = port;
  h = await launch();
  await resetExtension(h, { lang: 'zh' });
}, 60_000);
afterAll(async () => {
  await h?.close();
});

/** ECS's list with a search box, a page-size select and a textarea among its controls (what autofill looks for). */
const withControls = (html: string) =>
  html.replace('<table', '<div class="toolbar"><input type="text" placeholder="搜索实例ID"><select><option>20 条/页</option></select><textarea></textarea></div><table');

describe('the reader document never lays a copy out, read or patched (Chromium)', () => {
  for (const [name, html] of [
    ['a list without linked sheets (nothing makes the copy wait)', ecsListPage(200, { payg: () => false })],
    ['a list with form controls', withControls(ecsListPage(200, { payg: () => false }))],
  ] as const) {
    it(name, async () => {
      await resetExtension(h, { lang: 'zh' });
      const events = await traceBrowser(port, 'devtools.timeline,toplevel,__metadata', async () => {
        const page = await visit(h, ECS_URL, html);
        expect(await storedFacts(h, 'i-bp1list00199abcd')).not.toBe('');
        expect(await storedFacts(h, '"billing":"payg"', 1)).toBe('');
        // (autofill's look comes 100 ms after a control came in)
        await page.waitForTimeout(600);
        // and a re-read: a row's billing changed (a patch of the kept copy; no row was pay-as-you-go), a search box put in its cell
        await page.evaluate(() => {
          const cell = document.querySelectorAll('#rows tr')[120]!.children[5]!;
          cell.textContent = '按量付费 2026-10-01 10:00 创建';
          cell.append(Object.assign(document.createElement('input'), { type: 'text' }));
        });
        expect(await storedFacts(h, '"billing":"payg"')).not.toBe('');
        await page.waitForTimeout(600);
        await page.close();
      });
      // (the reader document's page, or its script where the document was opened before the trace)
      const reader = processOf(events, new RegExp(`chrome-extension://${h.extensionId}/(?:reader\\.html|chunks/reader-)`));
      expect(reader).toBeDefined();
      const layouts = events.filter((e) => e.pid === reader && e.name === 'Layout' && e.ph === 'X').map((e) => Number(e.args?.beginData?.dirtyObjects ?? 0));
      // (the copy's frame and the reader document's own: a handful of boxes; a 200-row copy has ~4,600)
      expect(layouts.filter((n) => n > 500)).toEqual([]);
    });
  }
});
