import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Second review of session 42's held-out rounds thirty-nine (what the console says unasked) and forty (search, filter,
 * sort and highlight) and their fixes (test/fixtures-unseen/README.md "Second review of rounds thirty-nine and forty,
 * session 43"): small synthetic pages on which a fix's assumption does not hold — a value invented or lost on a page
 * the fix was not written for.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

describe('a box a checkbox, a radio or a filter box names by aria-controls is no popup (dom/overlay.ts entryPopupIds)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-r43q8d2m';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
  const head = `<h2>ins-r43q8d2m（gz-blog-web）</h2><div class="tea-form">${item('实例ID', 'ins-r43q8d2m')}${item('地域', '华南地区（广州）')}</div>`;
  const billing = `<div class="tea-form">${item('实例计费模式', '包年包月')}${item('带宽上限', '10 Mbps')}${item('到期时间', '2027-01-03 00:00:00')}</div>`;
  const full = { id: 'ins-r43q8d2m', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', publicBandwidthMbps: 10, expiresAt: '2027-01-03' };

  it('the page\'s own panel a checkbox shows and hides (aria-controls) is read (its billing, bandwidth and expiry were lost: missing)', () => {
    const got = read(`${head}<label><input type="checkbox" checked aria-controls="billing">显示计费信息</label><div id="billing">${billing}</div>`, url);
    expect(got?.facts.servers).toEqual([full]);
  });

  it('a tab panel a radio button names (a segment drawn as radios, role=tab) is read (missing)', () => {
    const got = read(`${head}<div role="tablist" class="tea-segment"><input type="radio" role="tab" aria-selected="true" checked aria-controls="billing"><span>计费信息</span></div><div id="billing" role="tabpanel">${billing}</div>`, url);
    expect(got?.facts.servers).toEqual([full]);
  });

  it('the content a filter box names as the region it filters (no combobox role, not expanded) is read (the page read null: missing)', () => {
    const got = read(`<input type="search" class="tea-input" aria-controls="content" placeholder="搜索"><div id="content">${head}${billing}</div>`, url);
    expect(got?.facts.servers).toEqual([full]);
  });

  it('a search box\'s open popup (aria-expanded, aria-controls) naming another instance\'s values still gives none (a guard)', () => {
    const panel = `<div id="gs" class="global-search-panel"><div class="tea-form">${item('实例计费模式', '按量计费')}${item('带宽上限', '100 Mbps')}</div></div>`;
    const got = read(`<div class="tea-nav"><input class="tea-input" type="search" aria-expanded="true" aria-controls="gs" value="r43">${panel}</div>${head}`, url);
    expect(got?.facts.servers).toEqual([{ id: 'ins-r43q8d2m', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' }]);
  });
});
