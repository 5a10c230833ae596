import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';

/**
 * Faults found by the fifteenth round of held-out Alibaba Cloud pages (test/fixtures-unseen/README.md,
 * "Fifteenth round (Alibaba Cloud)"), each narrowed down to the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

describe('a SWAS overview in Traditional Chinese (rules/labels/aliyun/swas.json)', () => {
  const url = 'https://swas.console.alibabacloud.com/#/server/8e1a3c5b7d9f42a6c8e0b2d4f6a8c0e3/cn-hongkong/dashboard';

  it('峰值頻寬 and 到期時間 give the bandwidth and the expiry, as 峰值带宽 and 到期时间 do', () => {
    const html =
      `<h3>伺服器資訊</h3><dl>` +
      `<div><dt>執行個體ID</dt><dd>8e1a3c5b7d9f42a6c8e0b2d4f6a8c0e3</dd></div>` +
      `<div><dt>地域</dt><dd>中國香港</dd></div>` +
      `<div><dt>峰值頻寬</dt><dd>30 Mbps <a href="#">升級套餐</a></dd></div>` +
      `<div><dt>付費方式</dt><dd>包年包月</dd></div>` +
      `<div><dt>到期時間</dt><dd>2027.03.20 23:59:59 <a href="#">續費</a></dd></div></dl>`;
    const server = read(html, url)?.facts.servers?.[0];
    expect(server?.expiresAt).toBe('2027-03-20');
    expect(server?.publicBandwidthMbps).toBe(30);
  });
});

describe('rules nested in rules (CSS nesting) hide what they say in a browser (dom/visibility.ts nestedSelector)', () => {
  it('a nested rule hiding a closed panel body is one of the hiding rules (its selector made whole with its parent)', () => {
    const doc = page(`<style></style><div class="panel"><div class="body"><span id="v">China (Shenzhen)</span></div></div>`, 'https://beian.console.alibabacloud.com/#/base');
    // a browser's CSSOM: the nested rule under its parent, its selector as written
    const sheet = { cssRules: [{ selectorText: '.panel', style: { cssText: 'border: 1px dashed #ccc;' }, cssRules: [{ selectorText: '&:not(.is-open) > .body', style: { cssText: 'display: none;' } }] }] };
    Object.defineProperty(doc.querySelector('style')!, 'sheet', { value: sheet });
    const view = doc.defaultView!;
    const computed = view.getComputedStyle.bind(view);
    (view as unknown as { getComputedStyle: (e: Element) => unknown }).getComputedStyle = (e: Element) => (e.classList.contains('body') ? { display: 'none' } : computed(e));
    expect(isVisible(doc.getElementById('v'), createVisibilityCache())).toBe(false);
  });
});

describe('an element with the hidden attribute that a rule for hidden elements shows again (dom/visibility.ts shownDespiteHidden)', () => {
  const shown = (attrs: string) => {
    const doc = page(`<style>[hidden] { display: none; } [hidden].force { display: block; }</style><div ${attrs}><span id="v">博客/个人空间</span></div>`, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website');
    return isVisible(doc.getElementById('v'), createVisibilityCache());
  };
  it('[hidden].force { display: block } shows it; a hidden element the rule does not match stays hidden', () => {
    expect(shown('hidden class="force"')).toBe(true);
    expect(shown('hidden class="other"')).toBe(false);
    expect(shown('hidden')).toBe(false);
  });
});
