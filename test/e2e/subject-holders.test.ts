import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECS_URL, ecsListPage } from '../../bench/ecs-list-page';
import { tencentCvmList500Html, tencentCvmList500Url } from '../helpers/tencent-cvm-list-500';
import { documentUrl, openReaderPair, pageBundle, type ReaderPair } from './reader-pages';

/**
 * A read's `rows` (src/snapshot/read-snapshot rowPaths) name, for each subject of a list, the element in its row
 * that holds the subject's text, found in the copy: the page's markers (locate-subject, step 0) then walk that
 * element's text, not the row's. Here the 500-row lists are snapshot in a page, read in a copy in another page,
 * and each path is followed in the page.
 */
let pair: ReaderPair;
let page: Page;
let reader: Page;

beforeAll(async () => {
  const bundle = await pageBundle(
    `export { takeSnapshot } from './src/snapshot/take-snapshot';
export { readSnapshot } from './src/snapshot/read-snapshot';
export { atPath } from './src/snapshot/node-path';
export { readPage } from './src/readers';`,
    'icpSnap',
  );
  pair = await openReaderPair(bundle, bundle, false);
  ({ page, reader } = pair);
}, 60_000);

afterAll(async () => {
  await pair?.browser.close();
});

describe('a read names the element holding each subject of a list', () => {
  it.each([
    ['Tencent CVM, 500 rows', tencentCvmList500Url, tencentCvmList500Html()],
    ['ECS, 500 rows', ECS_URL, ecsListPage(500)],
  ])('%s', async (_name, url, html) => {
    pair.served.set(documentUrl(url), html);
    await page.goto(url);
    const snap = await page.evaluate(`icpSnap.takeSnapshot(document, [])`);
    const got = (await reader.evaluate(
      `(async (snap) => { const r = await icpSnap.readSnapshot(document, snap, icpSnap.readPage); return JSON.parse(JSON.stringify(r)); })(${JSON.stringify(snap)})`,
    )) as { kind: string; rows?: Record<string, number[]> };
    expect(got.kind).toBe('read');
    const rows = Object.entries(got.rows ?? {});
    expect(rows.length).toBeGreaterThanOrEqual(200);
    // in the page: the element at each path shows the subject in a text node of its own (not the row, whose text is in its cells)
    const misses = (await page.evaluate(
      `(${JSON.stringify(rows)}).filter(([subject, path]) => { const el = icpSnap.atPath(document, path); return !el || el.matches('tr, [role="row"]') || ![...el.childNodes].some((n) => n.nodeType === 3 && n.data.includes(subject)); }).map(([s]) => s)`,
    )) as string[];
    expect(misses).toEqual([]);
  });
});
