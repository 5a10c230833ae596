import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { consoleFixture, launch, openPopup, resetExtension, shot, storedFacts, visit, type Harness } from './harness';
import { FIXED_DOMAIN_URL, FIXED_ECS_URL, fixedDomainList, fixedEcsId, fixedEcsList, fixedPayg } from './pages/fixed-rows';
import { callOn, clickOur, ours, ourStyles, overlaps, valueOn, waitOurs, type OurBox } from './shadow';

/**
 * The in-page UI on console lists with fixed-height rows (56 px): the console's rows keep their place
 * and size to the pixel, the extension's boxes never overlap, markers sit beside the offending cell's
 * text and follow it through the table's own scrolling; popover, summary pill, jump to, form messages;
 * page scripts cannot read any of it; one language on every surface.
 */
const ENTITY = consoleFixture('beian-entity', 'zh-henan-individual');
const WEBSITE = consoleFixture('beian-website', 'zh-henan-two-domains');
/** The same list at an address no content script matches: the console "without the extension". */
const PLAIN_URL = 'https://example.test/fixed-list';

type Rect = [number, number, number, number];
const rowRects = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('tr, td, th, .scroller')].map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height] as [number, number, number, number];
    }),
  );
/** Rows of the list whose id text is visible inside the table's scrolling container (not under its sticky header). */
const visibleRows = (page: Page) =>
  page.evaluate(() => {
    const box = document.getElementById('scroller')!.getBoundingClientRect();
    const head = document.querySelector('th')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('tbody tr')].flatMap((row) => {
      const a = row.querySelector('a')!.getBoundingClientRect();
      const mid = a.top + a.height / 2;
      return mid > head.bottom && mid < box.bottom ? [{ i: Number(row.dataset.row), top: a.top, bottom: a.bottom, idRight: a.right }] : [];
    });
  });

function expectNoOverlap(boxes: OurBox[]) {
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.text} × ${boxes[j]!.text}`).toBe(false);
}

/** Every visible marker is beside the id of a pay-as-you-go row in view, one per such row. */
async function expectMarkersBesideRows(page: Page) {
  const rows = (await visibleRows(page)).filter((r) => fixedPayg(r.i));
  const markers = (await ours(page, '.mk')).filter((m) => m.visible);
  expect(markers.length, JSON.stringify({ rows, markers: markers.map((m) => [m.x, m.y]) })).toBe(rows.length);
  for (const row of rows) {
    const m = markers.find((b) => Math.abs(b.y + b.h / 2 - (row.top + row.bottom) / 2) <= 2);
    expect(m, `marker for row ${row.i}`).toBeTruthy();
    expect(m!.h).toBeLessThanOrEqual(16);
    expect(Math.abs(m!.x - (row.idRight + 4))).toBeLessThanOrEqual(1); // right beside the id's text
  }
}

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  for (const p of h.context.pages()) await p.close();
});

describe.each(['zh', 'en'] as const)('fixed-height list (%s)', (lang) => {
  it('rows keep position and size (±1 px), markers are beside the text and follow scrolling, boxes never overlap; popover and pill', async () => {
    await resetExtension(h, { lang });
    const plain = await visit(h, PLAIN_URL, fixedEcsList(40));
    const without = await rowRects(plain);
    await plain.close();

    const page = await visit(h, FIXED_ECS_URL, fixedEcsList(40));
    await waitOurs(page, '.pill');
    await waitOurs(page, '.mk', { min: 3 });
    await page.waitForTimeout(200);
    const withExt = await rowRects(page);
    expect(withExt.length).toBe(without.length);
    withExt.forEach((r, i) => r.forEach((v, k) => expect(Math.abs(v - without[i]![k]!), `element ${i} coordinate ${k}`).toBeLessThanOrEqual(1)));

    await expectMarkersBesideRows(page);
    const pill = (await waitOurs(page, '.pill'))[0]!;
    expect(pill.text).toContain(lang === 'zh' ? 'ICP 备案预检：14 个错误' : 'ICP Preflight: 14 errors');
    expectNoOverlap([...(await ours(page, '.mk')).filter((b) => b.visible), pill]);
    await page.screenshot({ path: shot(`list-markers-${lang}`), clip: { x: 0, y: 50, width: 1280, height: 750 } });

    // the table scrolls inside its own container: the markers follow their rows, and hide out of view
    await page.evaluate(() => document.getElementById('scroller')!.scrollBy(0, 56 * 4 + 10));
    await page.waitForTimeout(250);
    await expectMarkersBesideRows(page);
    expect((await ours(page, '.mk')).filter((b) => b.visible).length).toBeGreaterThan(0);

    // a marker opens the popover: message, fix, source (publisher / document / section, no seed number)
    const marker = (await ours(page, '.mk')).find((b) => b.visible)!;
    await clickOur(page, marker);
    const pop = (await waitOurs(page, '.pop'))[0]!;
    expect(pop.text).toMatch(lang === 'zh' ? /按量付费[\s\S]*处理办法：[\s\S]*依据：/ : /pay-as-you-go[\s\S]*Fix: [\s\S]*Source: /);
    expect(pop.text).not.toMatch(/seed|资料 0|external|外部资料/i);
    await page.screenshot({ path: shot(`popover-${lang}`), clip: { x: 0, y: 50, width: 1280, height: 560 } });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    expect((await ours(page, '.pop')).length).toBe(0);
    expect(await withExtRowsUnchanged(page, withExt)).toBe(true);

    // the summary pill lists every finding; "jump to" scrolls a row far down into view and opens it
    await clickOur(page, (await waitOurs(page, '.pill'))[0]!);
    const panel = (await waitOurs(page, '.panel'))[0]!;
    expect(panel.text.split(fixedEcsId(0).slice(0, 8)).length - 1).toBe(14);
    await page.screenshot({ path: shot(`pill-${lang}`) });
    const jumps = await ours(page, '.panel button.jump');
    expect(jumps).toHaveLength(14);
    const far = jumps.find((j) => j.label.includes(fixedEcsId(39)))!;
    expect(far).toBeTruthy();
    await callOn(page, far, 'function () { this.scrollIntoView({ block: "nearest" }); this.click(); }');
    await waitOurs(page, '.pop', { text: new RegExp(fixedEcsId(39)) });
    expect((await visibleRows(page)).some((r) => r.i === 39)).toBe(true);

    // page scripts cannot read any of it: closed shadow roots, nothing in the page's own text
    expect(await page.evaluate(() => [...document.querySelectorAll('icp-preflight-warning')].every((el) => el.shadowRoot === null))).toBe(true);
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/ICP 备案预检|ICP Preflight/);
  });
});

describe('the overlay host', () => {
  it('is in the page before the page is laid out (in <html>, after <body>), and the markers are drawn in it', async () => {
    await resetExtension(h, { lang: 'en' });
    // a script at the end of the body notes, while the page is still being parsed, what <html> holds
    const html = fixedEcsList(40).replace('</body>', `<script>document.body.dataset.atParse = [...document.documentElement.children].map((c) => c.tagName.toLowerCase()).join(' ');</script></body>`);
    expect(html).toContain('data' + 'set.atParse');
    const page = await visit(h, FIXED_ECS_URL, html);
    await waitOurs(page, '.mk', { min: 3 });
    expect(await page.evaluate(() => document.body.dataset.atParse)).toBe('head body icp-preflight-warning');
    // one host for the overlay (no second one added to the page when the first warnings came)
    expect(await page.evaluate(() => [...document.querySelectorAll('icp-preflight-warning')].map((el) => el.parentElement!.tagName.toLowerCase()))).toEqual(['html']);
    await expectMarkersBesideRows(page);
  });
});

async function withExtRowsUnchanged(page: Page, before: Rect[]): Promise<boolean> {
  await page.evaluate(() => document.getElementById('scroller')!.scrollTo(0, 0));
  const now = await rowRects(page);
  const first = before.map((r) => r.join());
  // after scrolling back, the rows are where they were with the extension
  return now.length === before.length && now.every((r, i) => r.every((v, k) => Math.abs(v - Number(first[i]!.split(',')[k])) <= 1));
}

describe('other pages', () => {
  it('a domain list: one marker per domain (expired: not also "expiring soon"), labelled for screen readers', async () => {
    await resetExtension(h, { lang: 'zh' });
    const page = await visit(h, FIXED_DOMAIN_URL, fixedDomainList());
    const markers = await waitOurs(page, '.mk', { min: 3 });
    expect(markers).toHaveLength(3); // unverified, expired, expiring soon
    expect(markers.map((m) => m.text)).toEqual(['!', '!', '!']); // the expired domain: one finding, not two
    expect(markers.map((m) => m.label).join('\n')).toMatch(/ICP 备案预检，1 个问题：.*实名/);
    // errors and the warning are told apart without colour: by shape (a warning is a diamond) and by name
    const shapes = await ourStyles(page, '.mk', '::before', ['transform', 'border-radius']);
    const warning = shapes.filter((m) => /\bwarning\b/.test(m.class!));
    const errors = shapes.filter((m) => /\berror\b/.test(m.class!));
    expect([warning.length, errors.length]).toEqual([1, 2]);
    expect(warning[0]!.transform).toMatch(/^matrix\(0\.70/); // rotate(45deg)
    for (const e of errors) expect([e.transform, e['border-radius']]).toEqual(['none', '8px']);
    expect(markers.filter((m) => /（警告）/.test(m.label))).toHaveLength(1);
    expect(markers.filter((m) => /（错误）/.test(m.label))).toHaveLength(2);
    expectNoOverlap([...markers, ...(await waitOurs(page, '.pill'))]);
    await page.screenshot({ path: shot('domain-list-markers-zh'), clip: { x: 0, y: 50, width: 1280, height: 420 } });
  });

  it('a dark console: the markers and the pill follow it', async () => {
    await resetExtension(h, { lang: 'zh' });
    const page = await visit(h, FIXED_ECS_URL, fixedEcsList(12, { dark: true }));
    await waitOurs(page, '.mk', { min: 3 });
    const pill = (await waitOurs(page, '.pill'))[0]!;
    // the pill's fixed-size corner box (laid out alone when the pill changes) takes no clicks: above
    // and beside the pill, the console's page is under the pointer
    const under = (await page.evaluate(
      ([x, y]) => [document.elementFromPoint(x!, y!)?.tagName, document.elementFromPoint(x! + 150, y! - 200)?.tagName],
      [pill.x - 20, pill.y + 10],
    )) as string[];
    expect(under.map((t) => t?.toLowerCase())).not.toContain('icp-preflight-warning');
    await clickOur(page, pill);
    await waitOurs(page, '.panel');
    await page.screenshot({ path: shot('list-dark-zh') });
  });

  it('a long list (900 rows): every finding is counted and marked (no silent cap; 3,000 rows: test/ui/page-view.test.tsx)', async () => {
    await resetExtension(h, { lang: 'en' });
    const page = await visit(h, FIXED_ECS_URL, fixedEcsList(900));
    const pill = await waitOurs(page, '.pill', { text: /300 errors/, timeout: 30_000 });
    expect(pill[0]!.text).toContain('ICP Preflight: 300 errors');
    expect((await ours(page, '.mk')).length).toBe(300);
  });

  it('the filing form: messages under the fields, in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      await resetExtension(h, { lang });
      const entity = await visit(h, ENTITY.url, ENTITY.html);
      // the entity step read and stored (since session 53 the read goes through the extension's reader document: a
      // fixed 300 ms was not always enough on a loaded machine)
      expect(await storedFacts(h, '河南省')).not.toBe('');
      await entity.close();
      const page = await visit(h, WEBSITE.url, WEBSITE.html);
      const explain = await waitOurs(page, '.explain', { text: lang === 'zh' ? /域名/ : /domain/i });
      expect(explain[0]!.h).toBeGreaterThan(0);
      // the domain limit sits at the 网站域名 field, after its inputs, above the next field (not under 网站名称)
      const lastDomain = (await page.locator('input[aria-label="网站域名"]').last().boundingBox())!;
      const home = (await page.locator('#home').boundingBox())!;
      expect(explain[0]!.y).toBeGreaterThan(lastDomain.y + lastDomain.height - 1);
      expect(explain[0]!.y).toBeLessThan(home.y);
      await page.screenshot({ path: shot(`form-messages-${lang}`), fullPage: true });
      // details open the popover
      await clickOur(page, (await ours(page, '.explain button.details'))[0]!);
      await waitOurs(page, '.pop');
      await page.close();
    }
  });
});

describe('an update touches only what changed', () => {
  it('one row turns pay-as-you-go: one marker is added, the others are the same elements and not written to; a read with the same findings changes nothing', async () => {
    await resetExtension(h, { lang: 'zh' });
    const page = await visit(h, FIXED_ECS_URL, fixedEcsList(40));
    await waitOurs(page, '.mk', { min: 3 });
    const deadline = Date.now() + 10_000;
    while ((await ours(page, '.mk')).length < 14 && Date.now() < deadline) await page.waitForTimeout(100);
    const before = await ours(page, '.mk');
    expect(before).toHaveLength(14);
    /** How many of our markers are there, and how many of them were there before (marked below). */
    const markers = async () => {
      const all = await ours(page, '.mk');
      const old = await Promise.all(all.map((m) => valueOn<boolean>(page, m, 'function () { return !!this.__old; }')));
      return { all: all.length, old: old.filter(Boolean).length };
    };
    // DevTools hands the test the overlay's closed root: record every change inside it, and which
    // markers were there before
    for (const m of before) await callOn(page, m, 'function () { this.__old = true; }');
    await callOn(
      page,
      before[0]!,
      `function () {
        window.__records = [];
        new MutationObserver((rs) => { for (const r of rs) window.__records.push({ type: r.type, old: !!r.target.__old || !!(r.target.parentElement && r.target.parentElement.__old),
          added: [...r.addedNodes].map((n) => n.className || n.nodeName), removed: [...r.removedNodes].map((n) => n.className || n.nodeName) }); })
          .observe(this.getRootNode(), { subtree: true, childList: true, attributes: true, characterData: true });
      }`,
    );
    type Rec = { type: string; old: boolean; added: string[]; removed: string[] };
    const records = () => page.evaluate('window.__records') as Promise<Rec[]>;

    await page.evaluate(() => {
      document.querySelector('tr[data-row="1"]')!.children[5]!.innerHTML = '按量付费<span class="name">2026-10-01 10:00 创建</span>';
    });
    while ((await ours(page, '.mk')).length < 15 && Date.now() < deadline + 10_000) await page.waitForTimeout(100);
    await page.waitForTimeout(500);
    expect(await markers()).toEqual({ all: 15, old: 14 });
    const recs = await records();
    expect(recs.flatMap((r) => r.added).filter((c) => /\bmk\b/.test(c))).toHaveLength(1);
    expect(recs.flatMap((r) => r.removed).filter((c) => /\bmk\b/.test(c))).toEqual([]);
    expect(recs.filter((r) => r.old)).toEqual([]);
    // the new marker is beside row 1's id
    const id1 = (await visibleRows(page)).find((r) => r.i === 1)!;
    const shown = (await ours(page, '.mk')).filter((m) => m.visible);
    expect(shown.some((m) => Math.abs(m.y + m.h / 2 - (id1.top + id1.bottom) / 2) <= 2 && Math.abs(m.x - (id1.idRight + 4)) <= 1)).toBe(true);
    expect(shown).toHaveLength(4); // rows 0, 1, 3, 6 are in view

    // a change that is read again but shows the same findings: nothing in the overlay changes
    await page.evaluate(() => {
      (window as unknown as { __records: unknown[] }).__records = [];
      document.querySelector('h1')!.append(document.createElement('small'));
      document.querySelector('h1 small')!.textContent = '（共 40 台）';
    });
    await page.waitForTimeout(1200);
    expect(await records()).toEqual([]);
    expect(await markers()).toEqual({ all: 15, old: 14 });
  });
});

describe('one language everywhere', () => {
  it('"auto" follows the browser UI language (English here, on a Chinese console page) on every surface; a chosen language wins everywhere', async () => {
    for (const [option, expected] of [['auto', 'en'], ['zh', 'zh']] as const) {
      await resetExtension(h, { lang: option });
      const entity = await visit(h, ENTITY.url, ENTITY.html);
      expect(await storedFacts(h, '河南省')).not.toBe(''); // the entity step read and stored
      const page = await visit(h, WEBSITE.url, `${WEBSITE.html.replace('</body>', '<button type="button" id="go">提交备案</button></body>')}`);
      const pill = (await waitOurs(page, '.pill'))[0]!;
      await page.locator('#go').click();
      const dialog = (await waitOurs(page, '.dialog'))[0]!.text;
      const popup = await openPopup(h);
      const popupTitle = await popup.locator('h1').innerText();
      const options = await h.context.newPage();
      await options.goto(`chrome-extension://${h.extensionId}/options.html`);
      const optionsTitle = await options.locator('h1').innerText();
      const badgeTitle = await h.worker.evaluate(() => (globalThis as any).chrome.action.getTitle({}) as Promise<string>);
      const seen = { pill: pill.text, dialog, popupTitle, optionsTitle, badgeTitle };
      if (expected === 'en') {
        expect(seen.pill).toMatch(/^.?\s*ICP Preflight: /);
        expect(seen.dialog).toMatch(/Before you submit/);
        expect(seen.popupTitle).toBe('ICP Preflight');
        expect(seen.optionsTitle).toBe('ICP Preflight options');
        expect(seen.badgeTitle).toMatch(/^ICP Preflight: \d+ errors?$/);
      } else {
        expect(seen.pill).toMatch(/ICP 备案预检：/);
        expect(seen.dialog).toMatch(/提交前请注意/);
        expect(seen.popupTitle).toBe('ICP 备案预检');
        expect(seen.optionsTitle).toBe('ICP 备案预检设置');
        expect(seen.badgeTitle).toMatch(/^ICP 备案预检：\d+ 个错误$/);
      }
      for (const p of [entity, page, popup, options]) await p.close();
    }
  });
});
