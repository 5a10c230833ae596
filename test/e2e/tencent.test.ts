import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { consoleFixture, launch, openPopup, resetExtension, shot, visit, type Harness, storedFacts as storedFactsOf } from './harness';

/**
 * Tencent Cloud console pages end to end in Chromium: the Tencent content script runs on
 * console.cloud.tencent.com (and only there among these pages), reads the CVM list and the domain
 * list, and the popup's checklist then holds those servers and domains.
 */
const CVM = consoleFixture('tencent-cvm-instance-list', 'zh-basic');
const DOMAINS = consoleFixture('tencent-domain-list', 'zh-list');

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  for (const p of h.context.pages()) await p.close();
  await resetExtension(h, { lang: 'zh' });
});

const storedFacts = (needle: string) => storedFactsOf(h, needle);

describe('Tencent Cloud console pages', () => {
  it('the CVM list and the domain list are read; the popup lists their servers and domains', async () => {
    const cvm = await visit(h, CVM.url, CVM.html);
    const stored = await storedFacts('ins-k9x8w7v6');
    expect(stored).toContain('ins-a1b2c3d4');
    expect(stored).toContain('"provider":"tencent"');
    expect(stored).toContain('"product":"cvm"');
    expect(stored).toContain('ap-guangzhou');
    // the console keeps its own rows
    expect(await cvm.locator('.tea-table__body tbody tr').count()).toBe(4);
    await cvm.screenshot({ path: shot('tencent-cvm-list-zh') });
    await cvm.close();

    const domains = await visit(h, DOMAINS.url, DOMAINS.html);
    expect(await storedFacts('zhangsan-photo.com')).toContain('lisi-shop.top');
    await domains.screenshot({ path: shot('tencent-domain-list-zh') });
    await domains.close();

    const popup = await openPopup(h);
    const text = await popup.locator('main').innerText();
    expect(text).toContain('ins-k9x8w7v6');
    expect(text).toContain('zhangsan-photo.com');
    await popup.screenshot({ path: shot('tencent-popup-zh'), fullPage: true });
  });
});
