import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bigListPage, ECS_URL } from '../../bench/ecs-list-page';
import { MAX_SNAPSHOT_CHARS } from '../../src/snapshot/snapshot-limits';
import { fixture, launch, openPopup, resetExtension, shot, storedFacts, visit, type Harness } from './harness';
import { clickOur, waitOurs } from './shadow';

/**
 * Pages the extension does not read, or reads in part, through the built extension (session 54): the popup says
 * which and why, in plain words, zh and en — before, a page over the markup limit was left unread and the popup's
 * checklist said nothing but "not read yet". The real limit (MAX_SNAPSHOT_CHARS, 24 million characters) is reached
 * with a console page that also carries 25 million characters of text in a hidden block.
 */
const ecsPage = () => fixture('e2e/pages/ecs-instance-list.html');
const OVER = 25_000_000;
const tooLargePage = () => ecsPage().replace('</body>', `<div hidden>${'x'.repeat(OVER)}</div></body>`);

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

/** The popup's list of pages not read, once it shows one (the popup is opened again until then). */
async function unreadText(): Promise<{ popup: Page; text: string }> {
  for (let i = 0; ; i++) {
    const popup = await openPopup(h);
    const list = popup.locator('ul.unread');
    if ((await list.count()) > 0) return { popup, text: await list.innerText() };
    if (i >= 60) throw new Error(`the popup never said a page was not read: ${await popup.locator('main').innerText()}`);
    await popup.close();
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('a page over the markup limit', () => {
  it('is not read, and the popup says so and why (en, zh); nothing of it is stored', async () => {
    expect(tooLargePage().length).toBeGreaterThan(MAX_SNAPSHOT_CHARS);
    const page = await visit(h, ECS_URL, tooLargePage());
    // in the page: a pill of its own, its list says why
    await clickOur(page, (await waitOurs(page, '.pill', { text: /this page was not read/, timeout: 30_000 }))[0]!);
    expect((await waitOurs(page, '.panel .note'))[0]!.text).toContain('This page is too large to read (25 million characters; the limit is 24 million)');
    await page.screenshot({ path: shot('page-not-read-en') });
    let { popup, text } = await unreadText();
    expect(text).toBe('The Alibaba Cloud ECS console page in another tab is too large to read (25 million characters; the limit is 24 million): open a smaller page of the list — fewer rows per page, or a filter.');
    expect(await popup.getByRole('status').filter({ hasText: 'too large to read' }).count()).toBe(1);
    await popup.screenshot({ path: shot('popup-not-read-too-large-en'), fullPage: true });
    // opened over the console tab (that tab active in the popup's window, as when the toolbar button is pressed): "this page"
    const tabs = (await h.worker.evaluate(async () => (await (globalThis as any).chrome.storage.session.get('tabs')).tabs)) as Record<string, unknown>;
    expect(Object.keys(tabs)).toHaveLength(1);
    await popup.evaluate(async (id) => (globalThis as any).chrome.tabs.update(id, { active: true }), Number(Object.keys(tabs)[0]));
    await popup.reload();
    await popup.locator('main:not([aria-busy])').waitFor();
    expect(await popup.locator('ul.unread').innerText()).toBe('This page is too large to read (25 million characters; the limit is 24 million): open a smaller page of the list — fewer rows per page, or a filter.');
    await popup.close();
    expect(await storedFacts(h, 'i-bp1e2e', 3)).toBe('');

    await h.worker.evaluate(async () => (globalThis as any).chrome.storage.local.set({ options: { lang: 'zh' }, options$: { v: 1 } }));
    await waitOurs(page, '.panel .note', { text: /当前页面太大，无法读取/ });
    await page.screenshot({ path: shot('page-not-read-zh') });
    ({ popup, text } = await unreadText());
    expect(text).toBe('另一个标签页中的阿里云 ECS 控制台页面太大，无法读取（字符数 2500 万，上限 2400 万）：请打开列表中更小的一页——减少每页行数，或先筛选。');
    await popup.screenshot({ path: shot('popup-not-read-too-large-zh'), fullPage: true });
    await popup.close();

    // the page made smaller (the hidden block gone): read, and the popup no longer says it
    await page.evaluate(() => document.querySelector('div[hidden]')!.remove());
    expect(await storedFacts(h, 'i-bp1e2e', 100)).not.toBe('');
    popup = await openPopup(h);
    for (let i = 0; i < 20 && (await popup.locator('ul.unread').count()) > 0; i++) {
      await popup.reload();
      await popup.locator('main:not([aria-busy])').waitFor();
    }
    expect(await popup.locator('ul.unread').count()).toBe(0);
  }, 120_000);
});

describe('a page read in part', () => {
  it('a 2,500-row list: its first 2,000 rows read, and the popup says so', async () => {
    const page = await visit(h, ECS_URL, bigListPage(2500));
    expect(await storedFacts(h, 'i-bp1big001999abcdef', 100)).toContain('i-bp1big001999abcdef');
    const { popup, text } = await unreadText();
    expect(text).toBe('The Alibaba Cloud ECS console page in another tab was read in part: the first 2,000 of its 2,500 rows. Show at most 2,000 rows per page, or filter the list, so that every row is checked.');
    await popup.screenshot({ path: shot('popup-read-in-part-en') });
    // the tab goes to a page that is no console's (no content script there): the popup no longer says it of that tab
    await visit(h, 'https://www.example.com/', '<p>another site</p>', page);
    for (let i = 0; i < 20 && (await popup.locator('ul.unread').count()) > 0; i++) {
      await popup.reload();
      await popup.locator('main:not([aria-busy])').waitFor();
    }
    expect(await popup.locator('ul.unread').count()).toBe(0);
  }, 90_000);
});
