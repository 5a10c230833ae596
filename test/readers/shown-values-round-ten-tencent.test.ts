import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the tenth round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md), each
 * narrowed down to the smallest markup that showed it.
 */

const doc = (body: string, url = 'https://console.cloud.tencent.com/') => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);

describe('a list loading more rows under the rows it shows (page-state.ts pageLoading)', () => {
  const url = 'https://console.tencentcloud.com/lighthouse/instance/index';
  const row = (id: string, region: string, expires: string) => `<tr><td><a>${id}</a></td><td>${region}</td><td>${expires}</td></tr>`;
  const list = (after: string, footer = '') =>
    `<h2>Instances</h2><table><thead><tr><th>ID/Name</th><th>Region</th><th>Expiration Time</th></tr></thead><tbody>${row('lhins-sg4k6m8p', 'Singapore', '2027-01-07 23:59:59')}${row('lhins-hk7q9w1e', 'Hong Kong, China', '2026-12-08 10:00:00')}${after}</tbody></table>${footer}`;
  const skeleton = '<tr aria-busy="true"><td><span class="tea-skeleton"></span></td><td><span class="tea-skeleton"></span></td><td></td></tr>';
  const ids = (body: string) => readPage(doc(body, url), new URL(url))?.facts.servers?.map((s) => s.id);

  it('a skeleton row (aria-busy) after loaded rows leaves the page ready', () => {
    expect(ids(list(skeleton))).toEqual(['lhins-sg4k6m8p', 'lhins-hk7q9w1e']);
  });

  it('"Loading more…" / "正在加载更多…" under the rows leaves the page ready', () => {
    expect(ids(list('', '<div class="tea-pagination"><span>Loading more…</span></div>'))).toEqual(['lhins-sg4k6m8p', 'lhins-hk7q9w1e']);
    expect(ids(list('', '<div class="tea-pagination"><span>正在加载更多实例…</span></div>'))).toEqual(['lhins-sg4k6m8p', 'lhins-hk7q9w1e']);
  });

  // (guards: skeleton rows alone, a busy table and a plain "Loading…" are still the page loading)
  it('skeleton rows with no loaded row, a busy table or "Loading..." still read nothing', () => {
    const head = '<h2>Instances</h2><table><thead><tr><th>ID/Name</th><th>Region</th><th>Expiration Time</th></tr></thead><tbody>';
    expect(ids(`${head}${skeleton}${skeleton}</tbody></table>`)).toBeUndefined();
    expect(ids(`<div aria-busy="true">${list('')}</div>`)).toBeUndefined();
    expect(ids(list('', '<div><span>Loading...</span></div>'))).toBeUndefined();
  });
});
