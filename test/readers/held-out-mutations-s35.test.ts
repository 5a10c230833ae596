import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { isLoading, pageLoading } from '../../src/readers/dom/page-state';
import { createVisibilityCache } from '../../src/readers/dom/visibility';

/**
 * Found by running every markup mutation over the held-out pages once more (session 35; 6,396 of 6,484 changed
 * pairs held, the rest listed in test/fixtures-unseen/README.md "Mutations over the held-out pages (session 35)").
 * Each case failed before its fix.
 */
const doc = (body: string) => htmlToDocument(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`, 'https://host.console.aliyun.com/#/host/list');

describe('a loading text indented by the markup (a saved or server-rendered page) is still a loading text (dom/page-state.ts)', () => {
  // Fusion's loading mask over a list re-fetched after a sort, the markup pretty-printed: the tip's text node is
  // "\n        加载中...\n      " — drawn as 加载中... (white space at a block's edges is not drawn)
  const page = (tip: string) =>
    doc(
      `<div class="next-loading next-open"><div class="next-loading-tip"><div class="next-loading-indicator"></div><div class="next-loading-tip-content">${tip}</div></div>` +
        `<div class="next-loading-wrap"><table><thead><tr><th>主机名</th><th>到期时间</th></tr></thead><tbody><tr><td>bdm301122334</td><td>2026-12-01</td></tr></tbody></table></div></div>`,
    );

  it('a list under it is loading (before: read, its stale rows taken as the page\'s)', () => {
    for (const tip of ['加载中...', '\n          加载中...\n        ']) {
      const d = page(tip);
      expect(isLoading(d.querySelector('table'), createVisibilityCache()), JSON.stringify(tip)).toBe(true);
    }
  });

  it('the page is loading when its only text is an indented 正在加载 deep in the markup (before: not loading)', () => {
    // a formatter indents by depth: twenty levels deep, 40 spaces before the text and 38 after it
    const d = doc(`<main><div class="spin">\n${' '.repeat(40)}正在加载，请稍候\n${' '.repeat(38)}</div></main>`);
    expect(pageLoading(d.body, createVisibilityCache())).toBe(true);
  });
});
