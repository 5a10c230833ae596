import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleFixture, fixture, shot } from './harness';
import { FIXED_ECS_URL, fixedEcsList } from './pages/fixed-rows';
import { launchFirefox, showsText, visitFirefox, waitForText, type FirefoxHarness } from './firefox-harness';

/**
 * The Firefox build in Firefox (Debian's firefox-esr, ./firefox-harness): there the content script's snapshot is read
 * in the background page itself, in a copy made in its own document (entrypoints/background.ts; Chrome reads it in
 * the offscreen reader document), and the page's changes reach that copy as patches. The Chromium tests never run
 * that path. Firefox's UI language here is English: the pill says "ICP Preflight: …" (./firefox-chinese.test.ts: in Chinese).
 */
const ECS_URL = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const CVM = consoleFixture('tencent-cvm-instance-list', 'zh-basic');
const DOMAINS = consoleFixture('domain-list', 'zh-list');
const TENCENT_DOMAINS = consoleFixture('tencent-domain-list', 'zh-list');
const ENTITY = consoleFixture('beian-entity', 'zh-henan-individual');
const WEBSITE = consoleFixture('beian-website', 'zh-henan-two-domains');
/** The website step with a submit button of the page's own (as test/e2e/extension.test.ts makes it). */
const websiteWithSubmit = () =>
  WEBSITE.html.replace(
    '</body>',
    `<button type="button" id="submit-filing">提交备案</button>
     <script>document.getElementById('submit-filing').addEventListener('click', function () { document.body.dataset.submitted = '1'; });</script></body>`,
  );

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox();
});
afterAll(async () => {
  await h?.close();
});

describe('the Firefox build in Firefox', () => {
  it('reads an ECS list and warns about its pay-as-you-go server; a row the console adds later is read too', async () => {
    const page = await visitFirefox(h, ECS_URL, fixture('e2e/pages/ecs-instance-list.html'));
    await waitForText(page, 'ICP Preflight: 1 error');
    await page.screenshot({ path: shot('firefox-ecs-list-en') });
    // the console renders another pay-as-you-go row: the change reaches the background page's copy as a patch
    await page.evaluate(() => (window as unknown as { addInstanceRow(id: string, billing: string): void }).addInstanceRow('i-bp1e2elate0003abcd', '按量付费'));
    await waitForText(page, 'ICP Preflight: 2 errors');
    expect(await showsText(page, 'ICP Preflight: 1 error')).toBe(false);
    await page.close();
  });

  it('reads a 40-row list scrolling in its own box', async () => {
    const page = await visitFirefox(h, FIXED_ECS_URL, fixedEcsList(40));
    await waitForText(page, 'ICP Preflight: 14 errors');
    await page.close();
  });

  it('reads a Tencent Cloud CVM list (the Tencent content script): the findings Chromium shows for it', async () => {
    const page = await visitFirefox(h, CVM.url, CVM.html);
    // (test/e2e/tencent.test.ts reads this page in Chromium: 4 errors there in English too)
    await waitForText(page, 'ICP Preflight: 4 errors');
    await page.screenshot({ path: shot('firefox-tencent-cvm-list-en') });
    await page.close();
  });

  // (the pills Chromium's build draws for these pages in English, each page alone in the store)
  it.each([
    ['Alibaba Cloud', DOMAINS, 'ICP Preflight: 6 errors, 1 warning'],
    ['Tencent Cloud', TENCENT_DOMAINS, 'ICP Preflight: 2 errors, 1 warning'],
  ] as const)('reads a domain list of %s: the findings Chromium shows for it', async (_cloud, page_, pill) => {
    const page = await visitFirefox(h, page_.url, page_.html);
    await waitForText(page, pill);
    await page.close();
  });

  it('the filing form in Henan with two domains for one website: the entity step read on its page, the submit stopped', async () => {
    // a Tencent Cloud list seen first: its servers are not this Alibaba Cloud filing's (messaging/filing-scope)
    const cvm = await visitFirefox(h, CVM.url, CVM.html);
    await waitForText(cvm, 'ICP Preflight: 4 errors');
    await cvm.close();
    const entity = await visitFirefox(h, ENTITY.url, ENTITY.html);
    const page = await visitFirefox(h, WEBSITE.url, websiteWithSubmit());
    // the website step's finding needs the entity's province, read on the other page and stored by the background page
    await waitForText(page, 'Henan allows only 1');
    await page.click('#submit-filing');
    await waitForText(page, 'Before you submit');
    expect(await page.evaluate(() => document.body.dataset.submitted)).toBeUndefined();
    expect(await showsText(page, 'ins-k9x8w7v6')).toBe(false);
    await page.screenshot({ path: shot('firefox-presubmit-en') });
    await page.keyboard.press('Escape');
    await page.click('#submit-filing');
    await waitForText(page, 'Before you submit');
    expect(await page.evaluate(() => document.body.dataset.submitted)).toBeUndefined();
    await entity.close();
    await page.close();
  });

  it('finds only what is drawn (the check above can fail)', async () => {
    const page = await visitFirefox(h, ECS_URL, fixture('e2e/pages/ecs-instance-list.html'));
    await waitForText(page, 'ICP Preflight: 1 error');
    expect(await showsText(page, 'ICP Preflight: 3 errors')).toBe(false);
    await page.close();
  });
});
