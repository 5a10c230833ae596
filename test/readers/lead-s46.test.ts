import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { inOverlay } from '../../src/readers/dom/overlay';
import { createVisibilityCache } from '../../src/readers/dom/visibility';

/**
 * Guards for the lead's speed changes of session 46 (no page's facts change): what each shortcut must still answer. The
 * second answers otherwise than before: an app root named by a text box inside it was an overlay (its list read anyway).
 */

const fixture = 'test/fixtures/ecs-instance-list/zh-basic';
const html = readFileSync(`${fixture}.html`, 'utf8');
const expected = JSON.parse(readFileSync(`${fixture}.json`, 'utf8')) as { url: string; facts: { servers: unknown[] } };
const doc = (page: string) => htmlToDocument(page, expected.url);
const TOPBAR = '<div class="aliyun-console-topbar css-1kq7l">';
const combobox = (names: string) => `<input type="search" role="combobox" aria-expanded="true" aria-controls="${names}" placeholder="搜索实例">`;
const portal = '<div id="search-results"><div class="result"><span id="in-portal">i-bp1portalresult0001</span> 包年包月 2027-03-01 到期</div></div>';

describe('a box right under <body> is a popup only when a text box outside it names it (dom/overlay namedFromOutside)', () => {
  it('a portal under <body> named by the console search box in the app is drawn over the page; the app is not', () => {
    for (const cache of [createVisibilityCache(), undefined]) {
      const d = doc(html.replace(TOPBAR, TOPBAR + combobox('search-results')).replace('</body>', `${portal}</body>`));
      expect(inOverlay(d.getElementById('in-portal')!, undefined, cache)).toBe(true);
      const cell = Array.from(d.querySelectorAll('td')).find((td) => td.textContent?.includes('i-bp1a2b3c4d5e6f7g8h9i'))!;
      expect(cell).toBeDefined();
      expect(inOverlay(cell, undefined, cache)).toBe(false);
    }
  });

  it('the app root named by a search box inside it (aria-controls="root") is still the page: its cells are in no overlay, its list is read', () => {
    const page = html.replace(TOPBAR, TOPBAR + combobox('root'));
    const d = doc(page);
    const cell = Array.from(d.querySelectorAll('td')).find((td) => td.textContent?.includes('i-bp1a2b3c4d5e6f7g8h9i'))!;
    expect(inOverlay(cell, undefined, createVisibilityCache())).toBe(false);
    expect(readPage(doc(page), new URL(expected.url))?.facts.servers).toEqual(expected.facts.servers);
  });

  // a box deeper in the page is still found named from anywhere (the whole page's controls, once per read)
  it('a results box inside the app named by a search box elsewhere in it is drawn over the page', () => {
    const d = doc(html.replace(TOPBAR, TOPBAR + combobox('inner-results') + '<div id="inner-results"><span id="in-inner">i-bp1innerresult00001</span></div>'));
    expect(inOverlay(d.getElementById('in-inner')!, undefined, createVisibilityCache())).toBe(true);
  });
});

describe('one opening-word test for both providers’ filing forms (shared/text-values opensWithWord)', () => {
  it('folds width, traditional characters and case; a Latin word ends at a word’s end', async () => {
    const { opensWithWord } = await import('../../src/readers/shared/text-values');
    const words = ['原', '变更前', 'Original', 'Previous'];
    expect(opensWithWord('原备案信息（只读）', words)).toBe(true);
    expect(opensWithWord('變更前信息', words)).toBe(true);
    expect(opensWithWord('  ORIGINAL filing', words)).toBe(true);
    expect(opensWithWord('Ｐｒｅｖｉｏｕｓ: 5 Mbps', words)).toBe(true);
    expect(opensWithWord('Originally filed by', words)).toBe(false);
    expect(opensWithWord('备案信息（原）', words)).toBe(false);
    expect(opensWithWord(undefined, words)).toBe(false);
    expect(opensWithWord('原备案信息', [])).toBe(false);
  });
});
