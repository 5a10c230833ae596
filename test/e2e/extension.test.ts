import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { FactsSchema } from '../../src/facts/schema';
import { consoleFixture, fixture, launch, openPopup, resetExtension, shot, storedFacts, visit, type Harness } from './harness';
import { clickOur, ours, waitOurs } from './shadow';

/**
 * The extension end to end in Debian's Chromium: console pages served at their real URLs, the built
 * extension loaded, the three ways people use it (in-page warnings, pre-submit check, popup checklist
 * and lookup), in Chinese and English.
 */
const ECS_URL = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const PAYG_ID = 'i-bp1e2epayg0001abcd';
const SUB_ID = 'i-bp1e2esub00002abcd';
const ecsPage = () => fixture('e2e/pages/ecs-instance-list.html');
const DOMAIN_LIST = consoleFixture('domain-list', 'zh-list');
const ENTITY = consoleFixture('beian-entity', 'zh-henan-individual');
const WEBSITE = consoleFixture('beian-website', 'zh-henan-two-domains');

/** The website step of the filing form, with the submit button the real form has further down. */
function websiteFormWithSubmit(): string {
  return WEBSITE.html.replace(
    '</body>',
    `<div style="padding:16px"><button type="button" id="submit-filing">提交备案</button></div>
     <script>document.getElementById('submit-filing').addEventListener('click', function () { document.title = 'submitted'; document.body.dataset.submitted = String(Number(document.body.dataset.submitted || 0) + 1); });</script>
     </body>`,
  );
}

/** Markers whose label names a row's problem, in the extension's closed shadow roots. */
const markers = async (page: Page) => (await ours(page, '.mk')).filter((m) => m.visible);
async function waitNoMarkers(page: Page) {
  for (let i = 0; i < 50 && (await ours(page, '.mk')).length > 0; i++) await page.waitForTimeout(100);
  expect((await ours(page, '.mk')).length).toBe(0);
}
const badge = (h: Harness) => h.worker.evaluate(() => (globalThis as any).chrome.action.getBadgeText({}) as Promise<string>);

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


/** The lookup box's placeholder is shown whole (review, session 20: it was cut to "…https://www.example.c"). */
async function placeholderFits(popup: Page): Promise<boolean> {
  return popup.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#lookup-input')!;
    const cs = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    return ctx.measureText(input.placeholder).width <= input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  });
}

describe('in-page warnings', () => {
  it('a pay-as-you-go ECS row gets a warning (English), the subscription row none; dismiss removes it', async () => {
    const page = await visit(h, ECS_URL, ecsPage());
    const [marker] = await waitOurs(page, '.mk');
    expect(await markers(page)).toHaveLength(1); // the subscription row gets none
    await clickOur(page, marker!);
    const [pop] = await waitOurs(page, '.pop');
    expect(pop!.text).toMatch(/pay-as-you-go/i);
    expect(pop!.text).toMatch(/Fix: /);
    expect(pop!.text).toMatch(/Source: Alibaba Cloud/);
    expect(pop!.text).not.toMatch(/Seed document|External/);
    expect(await badge(h)).toBe('1');
    await page.screenshot({ path: shot('ecs-page-en') });
    // the console keeps working: its own rows are untouched, the warning is in a closed shadow root
    expect(await page.locator('tbody tr').count()).toBe(2);
    await clickOur(page, (await waitOurs(page, '.pop button.dismiss'))[0]!);
    await waitNoMarkers(page);
    // hidden for good (review, session 21: it came back on reload): reloaded, the page is read again,
    // and the warning is not shown; "clear everything" would bring it back (test/store/dismissed.test.ts)
    await page.reload();
    await page.locator('tbody tr').first().waitFor();
    await page.waitForTimeout(2000);
    expect(await ours(page, '.mk')).toHaveLength(0);
    expect(await badge(h)).toBe('1'); // still counted: the popup's checklist lists it
  });

  it('a row rendered late (and on SPA navigation) is read and warned about (Chinese)', async () => {
    await resetExtension(h, { lang: 'zh' });
    const page = await visit(h, ECS_URL, ecsPage());
    await waitOurs(page, '.mk');
    await page.evaluate(() => {
      history.pushState({}, '', '/server/region/cn-hangzhou?page=2');
      (window as any).addInstanceRow('i-bp1e2elate0003abcd', '按量付费');
    });
    await waitOurs(page, '.mk', { min: 2 });
    expect((await waitOurs(page, '.pill'))[0]!.text).toContain('ICP 备案预检：2 个错误');
  });

  it('a domain list with an unverified domain (Chinese)', async () => {
    await resetExtension(h, { lang: 'zh' });
    const page = await visit(h, DOMAIN_LIST.url, DOMAIN_LIST.html);
    const found = await waitOurs(page, '.mk');
    expect(found.map((m) => m.label).join('\n')).toMatch(/实名/);
    await page.screenshot({ path: shot('domain-list-zh'), fullPage: true });
  });
});

describe('pre-submit check', () => {
  it('the filing form in Henan with two domains for one website is stopped at submit; "go on anyway" submits', async () => {
    await resetExtension(h, { lang: 'zh' });
    const entity = await visit(h, ENTITY.url, ENTITY.html);
    expect(await storedFacts(h, '河南省')).not.toBe(''); // the entity step read and stored
    await entity.close();
    const page = await visit(h, WEBSITE.url, websiteFormWithSubmit());
    // the domain-limit warning appears next to the website's field first
    await waitOurs(page, '.explain', { text: /域名/ });
    await page.locator('#submit-filing').click();
    const [dialog] = await waitOurs(page, '.dialog');
    expect(dialog!.text).toMatch(/河南|1 个域名|域名数量/);
    expect(await page.evaluate(() => document.body.dataset.submitted)).toBeUndefined();
    await page.screenshot({ path: shot('presubmit-zh') });
    // "先去修改" closes the dialog and does not submit
    await clickOur(page, (await waitOurs(page, '.dialog button.primary'))[0]!);
    await page.waitForTimeout(200);
    expect(await ours(page, '.dialog')).toHaveLength(0);
    expect(await page.evaluate(() => document.body.dataset.submitted)).toBeUndefined();
    // pressed again, then "继续提交" with the keyboard (focus starts on 先去修改 and stays in the dialog)
    await page.locator('#submit-filing').click();
    await waitOurs(page, '.dialog');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.dataset.submitted === '1');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.body.dataset.submitted)).toBe('1');
  });

  it('the last step, a page with no facts of its own, holds a form submit too (English)', async () => {
    const entity = await visit(h, ENTITY.url, ENTITY.html);
    expect(await storedFacts(h, '河南省')).not.toBe(''); // the entity step read and stored
    const site = await visit(h, WEBSITE.url, WEBSITE.html);
    // read and drawn (the overlay's host itself is in every console page from its start)
    await waitOurs(site, '.pill');
    const page = await visit(h, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=submit', fixture('e2e/pages/beian-submit.html'));
    await page.waitForTimeout(500); // the content script asks for the filing's results
    await page.getByRole('button', { name: 'Submit' }).click();
    const said = (await waitOurs(page, '.dialog'))[0]!.text;
    expect(said).toMatch(/Before you submit/);
    expect(said).toMatch(/Henan allows only 1/);
    expect(said).not.toMatch(/i-bp1/); // nothing left over from earlier tests
    await page.screenshot({ path: shot('presubmit-en') });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    expect(await ours(page, '.dialog')).toHaveLength(0);
    expect(await page.evaluate(() => document.body.dataset.submitted)).toBeUndefined();
    await page.getByRole('button', { name: 'Submit' }).click();
    await clickOur(page, (await waitOurs(page, '.dialog button.secondary'))[0]!);
    await page.waitForFunction(() => document.body.dataset.submitted === '1');
  });
});

describe('popup', () => {
  it('shows the checklist after visiting three pages, grouped by subject, unknowns linking to a console page', async () => {
    for (const [url, html] of [
      [ECS_URL, ecsPage()],
      [DOMAIN_LIST.url, DOMAIN_LIST.html],
      [WEBSITE.url, WEBSITE.html],
    ] as const) {
      const p = await visit(h, url, html);
      await waitOurs(p, '.pill').catch(() => undefined);
      await p.close();
    }
    const popup = await openPopup(h);
    const main = popup.locator('main');
    const text = await main.innerText();
    expect(text).toContain('Filing checklist');
    for (const heading of ['Website', 'Domain', 'Server']) expect(await popup.getByRole('heading', { level: 3, name: new RegExp(heading) }).count()).toBeGreaterThan(0);
    expect(await popup.getByRole('heading', { level: 3, name: /zhangsan-blog\.com/ }).count()).toBe(1);
    expect(await popup.getByRole('heading', { level: 3, name: new RegExp(PAYG_ID) }).count()).toBe(1);
    // an unknown item names the console page to open, as a link
    const link = popup.getByRole('link', { name: /^Open / }).first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/[a-z.]+\.aliyun\.com\//);
    expect(await placeholderFits(popup)).toBe(true);
    await popup.screenshot({ path: shot('popup-checklist-en'), fullPage: true });
    // readable at 200% zoom: nothing needs horizontal scrolling
    await popup.setViewportSize({ width: 760, height: 600 });
    await popup.evaluate(() => ((document.documentElement.style as any).zoom = '2'));
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await popup.screenshot({ path: shot('popup-zoom-200') });
  });

  it('looks up a pasted .io URL with the keyboard', async () => {
    const popup = await openPopup(h);
    await popup.keyboard.press('Tab'); // Options
    await popup.keyboard.press('Tab'); // lookup box
    await popup.keyboard.type('https://www.my-startup.io/pricing?x=1');
    await popup.keyboard.press('Enter');
    const out = popup.getByRole('region', { name: /Results for my-startup\.io/ });
    await out.waitFor();
    const text = await out.innerText();
    expect(text).toMatch(/Fail/);
    expect(text).toMatch(/\.io/);
    await popup.screenshot({ path: shot('popup-lookup-io-en'), fullPage: true });
  });

  it('Chinese from the options page; clear data empties the popup', async () => {
    const page = await visit(h, ECS_URL, ecsPage());
    await waitOurs(page, '.mk');
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Language').selectOption('zh');
    await options.getByRole('status').filter({ hasText: '已保存。' }).waitFor();
    await options.getByLabel('主体性质').selectOption('individual');
    await options.getByLabel('备案省份').selectOption('河南');
    await options.screenshot({ path: shot('options-zh'), fullPage: true });
    // the page's warning switches language too
    await waitOurs(page, '.pill', { text: /ICP 备案预检/ });

    let popup = await openPopup(h);
    expect(await popup.locator('h1').innerText()).toBe('ICP 备案预检');
    expect(await popup.locator('main').innerText()).toContain('备案检查清单');
    expect(await popup.getByRole('heading', { level: 3, name: new RegExp(PAYG_ID) }).count()).toBe(1);
    expect(await placeholderFits(popup)).toBe(true);
    await popup.screenshot({ path: shot('popup-checklist-zh'), fullPage: true });
    await popup.close();

    // import: a bad facts file is refused naming the bad field; a good one lands in the checklist
    await options.locator('#import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, servers: [{ id: 'i-1', product: 'ecs', billing: 'monthly' }] })) });
    await options.getByRole('status').filter({ hasText: 'servers[0].billing' }).waitFor();
    await options.locator('#import').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, domains: [{ domain: 'imported-example.cn', realNameVerified: false }] })) });
    await options.getByRole('status').filter({ hasText: '已导入' }).waitFor();
    popup = await openPopup(h);
    expect(await popup.getByRole('heading', { level: 3, name: /imported-example\.cn/ }).count()).toBe(1);
    await popup.close();
    // export: the facts file (v1) the CLI lints, with what was read and imported
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出信息文件' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(FactsSchema.safeParse(exported).success).toBe(true);
    expect(exported.servers.map((s: { id: string }) => s.id)).toContain(PAYG_ID);
    expect(exported.domains).toEqual([{ domain: 'imported-example.cn', realNameVerified: false }]);
    expect(exported.entity).toMatchObject({ type: 'individual', province: '河南' });

    options.once('dialog', (d) => void d.accept());
    await options.getByRole('button', { name: '清除所有已保存的数据' }).click();
    await options.getByText(/已清除|cleared/).waitFor();
    popup = await openPopup(h);
    const text = await popup.locator('main').innerText();
    expect(text).toContain('Nothing read yet'); // the language setting was cleared as well → browser language (en)
    expect(await popup.locator('h3').count()).toBe(0);
    expect(await badge(h)).toBe('');
    await waitNoMarkers(page);
  });
});
