import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { realpathSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleFixture, fixture, shot } from './harness';
import { firefoxPath, launchFirefox, showsText, visitFirefox, waitForText, type FirefoxHarness } from './firefox-harness';

/**
 * The Firefox build in a Firefox whose UI language is Chinese (Debian's firefox-esr with its zh-CN language pack,
 * `firefox-esr-l10n-zh-cn`; `.ci/run` installs it): the options' language is "auto", so the extension speaks the
 * browser's language — the pill, the in-page finding and the pre-submit dialog in Chinese. ./firefox.test.ts is the same
 * build in English.
 */
const ECS_URL = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const TENCENT_DOMAINS = consoleFixture('tencent-domain-list', 'zh-list');
const ENTITY = consoleFixture('beian-entity', 'zh-henan-individual');
const WEBSITE = consoleFixture('beian-website', 'zh-henan-two-domains');

/** Debian's language pack beside Firefox (browser/extensions/langpack-zh-CN@…xpi). */
function hasChinesePack(): boolean {
  const dir = join(dirname(realpathSync(firefoxPath)), 'browser', 'extensions');
  return existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('langpack-zh-CN@'));
}

let h: FirefoxHarness;
beforeAll(async () => {
  if (!hasChinesePack()) throw new Error(`no zh-CN language pack beside ${firefoxPath} (apt-get install -y firefox-esr-l10n-zh-cn)`);
  h = await launchFirefox({ 'intl.locale.requested': 'zh-CN' });
});
afterAll(async () => {
  await h?.close();
});

describe('the Firefox build in a Chinese Firefox', () => {
  it('an ECS list: the pill in Chinese, not in English', async () => {
    const page = await visitFirefox(h, ECS_URL, fixture('e2e/pages/ecs-instance-list.html'));
    await waitForText(page, 'ICP 备案预检：1 个错误');
    expect(await showsText(page, 'ICP Preflight')).toBe(false);
    await page.screenshot({ path: shot('firefox-ecs-list-zh') });
    await page.close();
  });

  it('a Tencent Cloud domain list: the findings Chromium shows for it, in Chinese', async () => {
    const page = await visitFirefox(h, TENCENT_DOMAINS.url, TENCENT_DOMAINS.html);
    // (./firefox.test.ts: "2 errors, 1 warning" in English)
    await waitForText(page, 'ICP 备案预检：2 个错误，1 个警告');
    await page.close();
  });

  it('the filing form: the pre-submit dialog in Chinese', async () => {
    const entity = await visitFirefox(h, ENTITY.url, ENTITY.html);
    const page = await visitFirefox(
      h,
      WEBSITE.url,
      WEBSITE.html.replace('</body>', '<button type="button" id="submit-filing">提交备案</button></body>'),
    );
    await waitForText(page, 'ICP 备案预检：');
    await page.click('#submit-filing');
    await waitForText(page, '提交前请注意：本次备案很可能被驳回');
    await page.screenshot({ path: shot('firefox-presubmit-zh') });
    expect(await showsText(page, 'Before you submit')).toBe(false);
    await page.close();
    await entity.close();
  });
});
