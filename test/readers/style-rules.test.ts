import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { ruleDigests, type RuleLike } from '../../src/readers/dom/style-rules';

/**
 * The page's style rules are looked at once per sheet (src/readers/dom/style-rules.ts): each style rule's
 * few declarations the readers test, read property by property (a console's component library brings a
 * sheet of thousands of rules; serialising every rule's cssText in each of five passes made a first read
 * of a 500-row list with 8,000 rules cost 480 ms of CPU in one task in Chromium, against 165 ms now:
 * bench/content-tasks.mts CSS=8000).
 */

/** A stand-in CSSOM rule that counts how often its style and selector are asked for. */
function countedRule(selector: string, decls: Record<string, string>, counts: { style: number; selector: number }): RuleLike {
  const style = { getPropertyValue: (n: string) => decls[n] ?? '', getPropertyPriority: () => '', cssText: '' };
  return {
    get selectorText() {
      counts.selector++;
      return selector;
    },
    get style() {
      counts.style++;
      return style;
    },
  } as RuleLike;
}

describe('style rules digested once per sheet (dom/style-rules.ts)', () => {
  it('each rule is read once however many reads and passes ask; a rule added to the sheet makes it read again', () => {
    const counts = { style: 0, selector: 0 };
    const rules: RuleLike[] = [countedRule('.hide', { display: 'none' }, counts), countedRule('.btn', { 'padding-left': '8px' }, counts)];
    const sheet = { cssRules: rules };
    const first = ruleDigests([sheet]);
    expect(first).toEqual({ rules: [{ selector: '.hide', decl: 'display:none;' }], unreadable: false });
    for (let i = 0; i < 4; i++) ruleDigests([sheet]);
    expect(counts.style).toBe(2);
    rules.push(countedRule('.gone', { visibility: 'hidden' }, counts));
    expect(ruleDigests([sheet]).rules.map((r) => r.selector)).toEqual(['.hide', '.gone']);
    expect(counts.style).toBe(5);
  });

  it('a big <style> of the same text as one already digested (the next copy of a page) is not read again; a short one, another text or another rule count is', () => {
    const counts = { style: 0, selector: 0 };
    const big = `.hide{display:none}${'.pad{padding:0}'.repeat(4000)}`;
    const sheetOf = (text: string, n = 2) => ({
      ownerNode: { nodeType: 1, nodeName: 'STYLE', textContent: text },
      cssRules: [countedRule('.hide', { display: 'none' }, counts), countedRule('.btn', { 'padding-left': '8px' }, counts)].slice(0, n),
    });
    expect(ruleDigests([sheetOf(big)]).rules).toEqual([{ selector: '.hide', decl: 'display:none;' }]);
    expect(counts.style).toBe(2);
    // another sheet object, the same text and rule count: its digests are the first's
    expect(ruleDigests([sheetOf(big)]).rules).toEqual([{ selector: '.hide', decl: 'display:none;' }]);
    expect(counts.style).toBe(2);
    // another rule count (a rule inserted through the CSSOM), another text, a short text, an importing text: read
    ruleDigests([sheetOf(big, 1)]);
    expect(counts.style).toBe(3);
    ruleDigests([sheetOf(`${big} `)]);
    expect(counts.style).toBe(5);
    ruleDigests([sheetOf('.hide{display:none}')]);
    ruleDigests([sheetOf('.hide{display:none}')]);
    expect(counts.style).toBe(9);
    ruleDigests([sheetOf(`@import "x.css";${big}`)]);
    ruleDigests([sheetOf(`@import "x.css";${big}`)]);
    expect(counts.style).toBe(13);
  });

  it('the selector of a rule that sets none of the properties looked at is never asked for (a browser serialises it)', () => {
    const counts = { style: 0, selector: 0 };
    ruleDigests([{ cssRules: [countedRule('.btn', { 'background-color': '#fff', 'padding-left': '8px' }, counts), countedRule('.a', { 'margin-top': '0' }, counts)] }]);
    expect(counts.selector).toBe(0);
  });

  it('a sheet that cannot be read (another origin) makes the list incomplete; a grouping rule\'s rules are in it', () => {
    const foreign = {
      get cssRules(): ArrayLike<RuleLike> {
        throw new Error('SecurityError');
      },
    };
    const media = { cssRules: [{ selectorText: '.m', style: { getPropertyValue: (n: string) => (n === 'opacity' ? '0' : ''), getPropertyPriority: () => 'important' } }] };
    expect(ruleDigests([{ cssRules: [media as RuleLike] }, foreign])).toEqual({ rules: [{ selector: '.m', decl: 'opacity:0 !important;' }], unreadable: true });
  });
});

describe('a sheet importing a sheet of another origin (dom/style-rules.ts)', () => {
  it('its own rules are still read (a class-moved carousel track, a hiding rule), and the list says it is incomplete', () => {
    const foreignImport = {
      styleSheet: {
        get cssRules(): ArrayLike<RuleLike> {
          throw new Error('SecurityError');
        },
      },
    };
    const own = { selectorText: '.track.at-2', style: { getPropertyValue: (n: string) => (n === 'transform' ? 'translateX(-200%)' : ''), getPropertyPriority: () => '' } };
    expect(ruleDigests([{ cssRules: [foreignImport as RuleLike, own as RuleLike] }])).toEqual({ rules: [{ selector: '.track.at-2', decl: 'transform:translateX(-200%);' }], unreadable: true });
  });
});

describe('a shorthand that hides (font: 0/0 a) counts as the longhand it sets (dom/style-rules.ts DIGESTED)', () => {
  const domainUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const list = (css: string, group: string) =>
    `<style>${css} .tea-tag-group > .tea-tag { font-size: 12px; display: inline-block; }</style>` +
    `<div class="tea-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>` +
    `<tr><td><a href="/domain/info/lanshan-shop.net">lanshan-shop.net</a></td><td><span class="tea-tag">正常</span></td>` +
    `<td>${group}</td><td>陈蓝山</td><td>2027-08-15 10:00:00</td></tr></tbody></table></div>`;
  const read = (html: string) => readPage(htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, domainUrl), new URL(domainUrl));

  it('a tag group whose own text is a hint hidden by `font: 0/0 a` (the image-replacement idiom): the hint gives no status', () => {
    const group = `<div class="tea-tag-group">已实名认证 <span class="tea-tag tea-tag--warning">审核中</span></div>`;
    expect(read(list('.tea-tag-group { font: 0/0 a; }', group))?.facts.domains?.[0]).not.toHaveProperty('realNameVerified', true);
    // the same group at a readable size: the status is read (so the page reads at all)
    expect(read(list('.tea-tag-group { font: 12px/1.5 a; }', `<div class="tea-tag-group"><span class="tea-tag">已实名认证</span></div>`))?.facts.domains?.[0]).toHaveProperty('realNameVerified', true);
  });
});
