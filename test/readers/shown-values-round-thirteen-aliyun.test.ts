import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';

/**
 * Faults found by the thirteenth round of held-out Alibaba Cloud pages (test/fixtures-unseen/README.md,
 * "Thirteenth round (Alibaba Cloud)"), each narrowed down to the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

describe('a box in the flow collapsed to height 0 with its overflow clipped is not shown (dom/visibility.ts)', () => {
  const shown = (style: string, css = '') => {
    const doc = page(`<style>${css}</style><div id="box" style="${style}"><span id="inner">2026-02-14</span></div>`, 'https://swas.console.aliyun.com/#/servers');
    return isVisible(doc.getElementById('inner'), createVisibilityCache());
  };

  it('height: 0; overflow: hidden (inline or by a rule) hides what is inside, as position: absolute did', () => {
    expect(shown('height: 0; overflow: hidden')).toBe(false);
    expect(shown('', '.x, #box { height: 0px; overflow: hidden; }')).toBe(false);
    expect(shown('width: 0; overflow: hidden')).toBe(false);
    expect(shown('position: absolute; height: 0; overflow: hidden')).toBe(false);
  });

  it('but not when the content can still show: padding, a min-height, a growing flex item, visible overflow, an inline box', () => {
    expect(shown('height: 0; overflow: hidden; padding-top: 12px')).toBe(true);
    expect(shown('height: 0; overflow: hidden; min-height: 40px')).toBe(true);
    expect(shown('height: 0; overflow: hidden; flex-grow: 1')).toBe(true);
    expect(shown('height: 0')).toBe(true);
    expect(shown('height: 0; overflow: visible')).toBe(true);
    expect(shown('display: inline; height: 0; overflow: hidden')).toBe(true);
  });

  it('a list whose inactive tab pane (height 0, overflow hidden) comes before the shown one gives the shown rows only', () => {
    const grid = (rows: string) =>
      `<div role="table"><div role="row"><div role="columnheader">服务器ID/名称</div><div role="columnheader">地域</div><div role="columnheader">套餐配置</div><div role="columnheader">到期时间</div></div>${rows}</div>`;
    const row = (id: string, region: string, bw: number, exp: string) =>
      `<div role="row"><div role="cell">${id}</div><div role="cell">${region}</div><div role="cell">2核2GB | 峰值带宽 ${bw}Mbps</div><div role="cell">${exp} 23:59:59</div></div>`;
    const html =
      `<style>.pane-off { height: 0; overflow: hidden; }</style>` +
      `<div role="tablist"><div role="tab" aria-selected="false">全部服务器（2）</div><div role="tab" aria-selected="true">运行中（1）</div></div>` +
      `<div role="tabpanel" class="pane-off">${grid(row('1a3c5e7b9d2f4a6c8e0b2d4f6a8c1e35', '华东1（杭州）', 3, '2026-02-14') + row('0b9a8c7d6e5f44a3b2c1d0e9f8a7b6c5', '华北2（北京）', 3, '2026-10-01'))}</div>` +
      `<div role="tabpanel">${grid(row('1a3c5e7b9d2f4a6c8e0b2d4f6a8c1e35', '华东1（杭州）', 30, '2027-02-14'))}</div>`;
    const servers = read(html, 'https://swas.console.aliyun.com/#/servers')?.facts.servers;
    expect(servers?.map((s) => [s.id, s.expiresAt, s.publicBandwidthMbps])).toEqual([['1a3c5e7b9d2f4a6c8e0b2d4f6a8c1e35', '2027-02-14', 30]]);
  });
});
