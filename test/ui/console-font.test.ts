// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { consoleFont, makeClosedHost } from '../../src/ui/page/shadow-host';
import { overlayCss } from '../../src/ui/page/warning-styles';

/**
 * The in-page UI is drawn in the console's own typeface where the console sets one (no font the page
 * has not asked for: on Linux a first look-up of system-ui cost a 35–275 ms Layout), in ours on a page
 * that keeps the browser's default.
 */
describe('the console font', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.removeAttribute('style');
  });

  it("takes the body's font-family where the console sets one", () => {
    document.head.innerHTML = `<style>body { font-family: "PingFang SC", "Microsoft YaHei", Arial, sans-serif }</style>`;
    expect(consoleFont(document)).toMatch(/^"?PingFang SC"?, "?Microsoft YaHei"?, Arial, sans-serif$/);
    const { host } = makeClosedHost(document, overlayCss);
    expect(host.style.getPropertyValue('--icp-font')).toMatch(/PingFang SC.*sans-serif/);
  });

  it("keeps ours on a page with the browser's default (serif, Times) or none", () => {
    for (const family of ['serif', '"Times New Roman", serif', 'Times']) {
      document.body.setAttribute('style', `font-family: ${family}`);
      expect(consoleFont(document), family).toBeUndefined();
      expect(makeClosedHost(document, overlayCss).host.style.getPropertyValue('--icp-font')).toBe('');
    }
  });

  it('uses the variable, with our stack as its fallback, for every font the UI sets', () => {
    expect(overlayCss).toContain('font-family:var(--icp-font,"PingFang SC","Microsoft YaHei",sans-serif)');
    // the markers' and icons' font shorthands too: no bare family list left
    expect(overlayCss.match(/font:\d+ [\d.]+px\/[\d.]+px var\(--icp-font,/g)?.length).toBeGreaterThanOrEqual(2);
    // no system-ui anywhere (its first look-up on Linux cost the pill's first frame 23 ms more)
    expect(overlayCss).not.toMatch(/system-ui|-apple-system/);
  });
});
