import { afterEach, describe, expect, it, vi } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { pageLoading } from '../../src/readers/dom/page-state';
import { createVisibilityCache } from '../../src/readers/dom/visibility';

/**
 * A busy indicator beside a box of its kind that shows rows of data is that box's neighbour loading,
 * not the page (dom/page-state.ts besideLoadedPanels). The check stops at the box's first shown data
 * row without listing the box's rows first: beside a big table that list was the whole table, once per
 * page-state check.
 */

const url = 'https://console.cloud.tencent.com/beian/authcode';
const rows = (n: number, attrs = '') => Array.from({ length: n }, (_, i) => `<tr${attrs}><td>BA${String(i).padStart(14, '0')}</td><td>未使用</td></tr>`).join('');
const page = (body: string) => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);
const spinner = '<div class="card"><div class="tea-loading" role="progressbar" aria-busy="true"><span>…</span></div></div>';
const card = (inner: string) => `<div class="card">${inner}</div>`;
const table = (body: string) => `<table><thead><tr><th>备案授权码</th><th>状态</th></tr></thead><tbody>${body}</tbody></table>`;

/** The longest list any querySelectorAll returned while `fn` ran. */
function longestList(doc: Document, fn: () => void): number {
  const proto = (doc.defaultView as unknown as { Element: typeof Element }).Element.prototype;
  const original = proto.querySelectorAll;
  let longest = 0;
  const spy = vi.spyOn(proto, 'querySelectorAll').mockImplementation(function (this: Element, selectors: string) {
    const out = original.call(this, selectors);
    longest = Math.max(longest, out.length);
    return out;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return longest;
}

describe('a busy box beside a box of its kind showing rows (dom/page-state.ts besideLoadedPanels)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('beside 2,000 shown rows: not the page loading, and no list of those rows is made', () => {
    const doc = page(spinner + card(table(rows(2000))));
    let loading: boolean | undefined;
    expect(longestList(doc, () => (loading = pageLoading(doc.body, createVisibilityCache())))).toBeLessThan(50);
    expect(loading).toBe(false);
  });

  it('the first rows hidden, then shown ones: still found', () => {
    const doc = page(spinner + card(table(rows(30, ' style="display: none"') + rows(5))));
    expect(pageLoading(doc.body, createVisibilityCache())).toBe(false);
  });

  it('beside rows that are all under a loading mask of their own, or all blank, or all hidden: the page loading', () => {
    const masked = card(`<div aria-busy="true">${table(rows(40))}</div>`);
    const blank = card(table('<tr><td> </td><td></td></tr>'.repeat(40)));
    const hidden = card(table(rows(40, ' hidden')));
    for (const beside of [masked, blank, hidden]) expect(pageLoading(page(spinner + beside).body, createVisibilityCache())).toBe(true);
  });

  it('beside a box whose rows are shown but that shows a loading mask of its own: the page loading (every panel refreshing)', () => {
    const doc = page(spinner + card(`<div role="progressbar" class="mask"></div>${table(rows(40))}`));
    expect(pageLoading(doc.body, createVisibilityCache())).toBe(true);
    const after = page(spinner + card(`${table(rows(40))}<div class="mask" aria-busy="true">加载中</div>`));
    expect(pageLoading(after.body, createVisibilityCache())).toBe(true);
  });

  it('a usage bar (role=progressbar) in a cell of the shown rows is data, not that box loading', () => {
    const bar = '<tr><td>BA00000000000001</td><td><div role="progressbar" aria-valuenow="40">2 / 5</div></td></tr>';
    const doc = page(spinner + card(table(bar + rows(3))));
    expect(pageLoading(doc.body, createVisibilityCache())).toBe(false);
  });
});
