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

describe('a released server’s card in a list’s card view is no server (aliyun/server-values releasedCard)', () => {
  const swasUrl = 'https://swas.console.aliyun.com/#/servers';
  const swasHtml = readFileSync('test/fixtures/swas-instance-list/zh-redesign-cards.html', 'utf8');
  const swasExpected = JSON.parse(readFileSync('test/fixtures/swas-instance-list/zh-redesign-cards.json', 'utf8')) as { facts: { servers: Array<{ id: string }> } };
  const released = (badge: string) =>
    `<article class="k9-card"><header class="k9-card-hd"><h4>old-blog</h4><span class="k9-badge">${badge}</span></header><div class="k9-id"><span>0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f</span></div>` +
    `<div class="k9-body"><div class="k9-row"><span class="k9-k">地域：</span><span class="k9-v">华东1（杭州）</span></div><div class="k9-row"><span class="k9-k">到期时间：</span><span class="k9-v">2026年5月1日 23:59 到期</span></div></div></article>`;
  const swasRead = (card: string) => readPage(htmlToDocument(swasHtml.replace('<div class="k9-cards">', `<div class="k9-cards">${card}`), swasUrl), new URL(swasUrl));

  it('a card badged 已释放 / Released (a tag, or a text of its own) adds no server; the other cards are read as before (had given it as a server with its old expiry)', () => {
    for (const badge of ['已释放', 'Released']) {
      const servers = swasRead(released(badge))?.facts.servers ?? [];
      expect(servers.map((s) => s.id), badge).toEqual(swasExpected.facts.servers.map((s) => s.id));
    }
    const plain = swasRead(released('已释放').replace('<span class="k9-badge">已释放</span>', '<span>已释放</span>'))?.facts.servers ?? [];
    expect(plain.map((s) => s.id)).toEqual(swasExpected.facts.servers.map((s) => s.id));
  });

  // guards: a running card is read; a card whose note only mentions release (释放保护, 到期后释放) stays a server
  it('a card badged 运行中, or noting 到期后将释放 / 释放保护, is a server', () => {
    for (const badge of ['运行中', '到期后将释放', '释放保护：已开启']) {
      const ids = (swasRead(released(badge))?.facts.servers ?? []).map((s) => s.id);
      expect(ids, badge).toContain('0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f');
    }
  });
});

describe('the same for the ECS list’s card view (round fifty’s phone-width cards)', () => {
  const base = 'test/fixtures-unseen/aliyun/ecs-instance-list/zh-h5-narrow-fusion-stacked-cards-label-value-lines-more-expander-open-and-closed-renew-action-sheet-over-page-pull-to-refresh-load-more-two-line-dates-closed-product-drawer';
  const page = readFileSync(`${base}.html`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { url: string };
  it('the second card’s 运行中 tag turned 已释放: its instance is no server, the other two are read (had been read)', () => {
    const tag = '<span class="next-tag-body">运行中</span>';
    const at = page.indexOf(tag, page.indexOf(tag) + 1);
    expect(at).toBeGreaterThan(0);
    const changed = page.slice(0, at) + '<span class="next-tag-body">已释放</span>' + page.slice(at + tag.length);
    const ids = (readPage(htmlToDocument(changed, url), new URL(url))?.facts.servers ?? []).map((s) => s.id);
    expect(ids).toEqual(['i-bp1a2k4m6p8r0t2v4x6z', 'i-bp1d4f6h8j0l2n4p6r8t']);
  });
});

describe('an action link beside a Tencent domain holder’s name, its class hashed, is no part of the name (rules/labels/tencent.json actions)', () => {
  const base = 'test/fixtures-unseen/tencent/domain-info/en-intl-half-translated-english-labels-zh-holder-name-zh-real-name-table-untranslated-ambiguous-dd-mm-dates-nothing-decides-en-tooltip-on-zh-label';
  const page = readFileSync(`${base}.html`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { url: string };
  it('"成都合川设计工作室 <a class=hash>Change holder</a>" gives the name alone (had given "成都合川设计工作室 Change holder": held-out × class-names-hashed)', () => {
    const hashed = page.replace('<a class="tea-btn--link">Change holder</a>', '<a class="x9f3k2">Change holder</a>');
    expect(hashed).not.toBe(page);
    for (const html of [page, hashed, hashed.replace('Change holder', '修改持有者')]) {
      expect(readPage(htmlToDocument(html, url), new URL(url))?.facts.domains?.[0]?.registrantName).toBe('成都合川设计工作室');
    }
  });
});
