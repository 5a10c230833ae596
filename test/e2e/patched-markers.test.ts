import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, resetExtension, storedFacts, visit, type Harness } from './harness';
import { FIXED_ECS_URL, fixedEcsId, fixedEcsList } from './pages/fixed-rows';
import { ours, waitOurs } from './shadow';

/**
 * The built extension on a list the page changes row by row, read from the copy kept in the reader document and
 * patched (src/snapshot/page-patch, live-copies; src/ui/page/snapshot-reading): after each change the markers are
 * beside the pay-as-you-go rows the page shows now (the rows' paths come from the patched copy), and the stored facts
 * are the page's — a row inserted above marked rows, a marked row removed, the last row moved first, another
 * extension's element after `<body>`.
 */
let h: Harness;
beforeAll(async () => {
  h = await launch();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

/** Rows in view (in the table's scrolling box, below its sticky header): their id's box and whether they are pay-as-you-go. */
const rowsInView = (page: Page) =>
  page.evaluate(() => {
    const box = document.getElementById('scroller')!.getBoundingClientRect();
    const head = document.querySelector('th')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('tbody tr')].flatMap((row) => {
      const a = row.querySelector('a')!.getBoundingClientRect();
      const mid = a.top + a.height / 2;
      return mid > head.bottom && mid < box.bottom ? [{ id: row.querySelector('a')!.textContent!, top: a.top, bottom: a.bottom, idRight: a.right, payg: row.textContent!.includes('按量付费') }] : [];
    });
  });

/** Waits until the visible markers are one beside each pay-as-you-go row in view, and none elsewhere; the last state seen. */
async function markersBesidePayg(page: Page, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    const rows = (await rowsInView(page)).filter((r) => r.payg);
    const markers = (await ours(page, '.mk')).filter((m) => m.visible);
    const placed = rows.every((r) => markers.some((m) => Math.abs(m.y + m.h / 2 - (r.top + r.bottom) / 2) <= 2 && Math.abs(m.x - (r.idRight + 4)) <= 1));
    last = JSON.stringify({ rows: rows.map((r) => [r.id, Math.round(r.top)]), markers: markers.map((m) => [Math.round(m.x), Math.round(m.y)]) });
    if (placed && markers.length === rows.length) return '';
    if (Date.now() > deadline) return last;
    await page.waitForTimeout(150);
  }
}

const row = (id: string, payg: boolean, n: number) =>
  `<td><a>${id}</a><span class="name">web-${n}</span></td><td>杭州 可用区I</td><td>47.96.9.${n}(公)</td><td>运行中</td><td>2 vCPU 4 GiB 5Mbps (峰值)</td><td>${payg ? '按量付费<span class="name">2026-10-01 10:00 创建</span>' : '包年包月<span class="name">2027-09-30 23:59 到期</span>'}</td><td><a>管理</a></td>`;

describe('markers and facts after patched reads (the built extension)', () => {
  it('rows inserted, removed and moved; another extension’s element after <body>: the markers follow the pay-as-you-go rows, the facts are the page’s', async () => {
    await resetExtension(h, { lang: 'zh' });
    const page = await visit(h, FIXED_ECS_URL, fixedEcsList(40));
    await waitOurs(page, '.mk', { min: 3 });
    expect(await markersBesidePayg(page)).toBe('');

    // a pay-as-you-go row and a subscription row inserted above the first (a marked) row
    await page.evaluate((html) => {
      const tbody = document.getElementById('rows')!;
      const a = document.createElement('tr');
      a.innerHTML = html[0]!;
      const b = document.createElement('tr');
      b.innerHTML = html[1]!;
      tbody.prepend(a, b);
    }, [row('i-bp1newnewpaygabcdefgh', true, 101), row('i-bp1newnewsubsabcdefgh', false, 102)]);
    expect(await storedFacts(h, 'i-bp1newnewpaygabcdefgh')).not.toBe('');
    expect(await markersBesidePayg(page)).toBe('');

    // the first data row of the list (pay-as-you-go, marked) removed; a subscription row turns pay-as-you-go
    await page.evaluate((id) => {
      [...document.querySelectorAll('tbody tr')].find((r) => r.querySelector('a')!.textContent === id)!.remove();
      document.querySelector('tr[data-row="1"]')!.children[5]!.innerHTML = '按量付费<span class="name">2026-10-01 10:00 创建</span>';
    }, fixedEcsId(0));
    expect(await markersBesidePayg(page)).toBe('');

    // the last row moved first
    await page.evaluate(() => {
      const tbody = document.getElementById('rows')!;
      tbody.prepend(tbody.lastElementChild!);
    });
    expect(await markersBesidePayg(page), 'the last row moved first').toBe('');
    // another extension puts its element after <body>, then a cell changes
    await page.evaluate(() => {
      const x = document.createElement('div');
      x.id = 'other-extension';
      document.documentElement.append(x);
    });
    expect(await markersBesidePayg(page)).toBe('');
    await page.evaluate(() => {
      document.querySelector('tr[data-row="2"]')!.children[5]!.innerHTML = '按量付费<span class="name">2026-10-01 10:00 创建</span>';
    });
    expect(await markersBesidePayg(page)).toBe('');
    // the stored facts: row 2 pay-as-you-go now
    const stored = await storedFacts(h, fixedEcsId(2));
    expect(stored).not.toBe('');
  });
});
