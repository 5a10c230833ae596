import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launch, resetExtension, visit, type Harness } from '../e2e/harness';

/**
 * What a console page can learn about the extension (built extension in Chromium): it cannot fetch
 * the in-page UI at a fixed URL to detect it, and it has no channel to message it.
 */
const ECS_URL = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
let h: Harness;

beforeAll(async () => {
  h = await launch();
  await resetExtension(h, { lang: 'en' });
});
afterAll(async () => {
  await h?.close();
});

describe('exposure to console pages', () => {
  it('the warnings show, yet the in-page UI cannot be fetched at its fixed URL', async () => {
    const page = await visit(h, ECS_URL, fixture('e2e/pages/ecs-instance-list.html'));
    await page.locator('icp-preflight-warning').first().waitFor({ state: 'attached', timeout: 15_000 }); // a 0×0 overlay host: the markers are in its closed shadow root
    const fetched = await page.evaluate(async (id) => {
      try {
        const r = await fetch(`chrome-extension://${id}/warning-ui.js`);
        return r.ok ? 'fetched' : `status ${r.status}`;
      } catch {
        return 'refused';
      }
    }, h.extensionId);
    expect(fetched).not.toBe('fetched');
    const canMessage = await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage === 'function');
    expect(canMessage).toBe(false);
    await page.close();
  });
});
