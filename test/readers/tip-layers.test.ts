import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * A tooltip or popover open over the page with no role="tooltip" (TEA's bubble, TDesign's popup, Fusion's
 * balloon), found by the `tooltip-open-elsewhere` mutation: its "注册商：…" line was read as the domain's
 * registrar and its other words as statuses. A floating layer classed as a tooltip is help (dom/visibility.ts
 * tipLayer), as role="tooltip" is.
 */

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const withLayer = (html: string, layer: string) => html.replace('</body>', `${layer}</body>`);

describe('a tooltip layer with no tooltip role (dom/visibility.ts)', () => {
  const url = JSON.parse(fixture('tencent-domain-info/zh-redesign-failed.json')).url as string;
  const html = fixture('tencent-domain-info/zh-redesign-failed.html');
  const before = readPage(htmlToDocument(html, url), new URL(url))?.facts.domains;

  it('a TEA bubble and a TDesign popup naming another registrar, floating at the end of body, give the domain nothing', () => {
    expect(before?.[0]?.registrar).toBe('北京新网数码信息技术有限公司');
    const layers = [
      '<div class="tea-bubble tea-bubble--top" style="position: absolute; left: 320px; top: 180px; z-index: 1000"><div class="tea-bubble__inner">注册商：阿里云计算有限公司（万网） 域名状态：clientTransferProhibited</div></div>',
      '<div style="position: absolute; top: 0px; left: 0px; width: 100%"><div><div class="t-popup t-tooltip" style="position: absolute; inset: auto auto 0px 0px; transform: translate(320px, -180px)"><div class="t-popup__content">注册商：阿里云计算有限公司（万网） 域名状态：clientTransferProhibited</div></div></div></div>',
    ];
    for (const layer of layers) expect(readPage(htmlToDocument(withLayer(html, layer), url), new URL(url))?.facts.domains, layer).toEqual(before);
  });

  it('a box in the flow classed as a bubble is read as before (a tip card is no layer)', () => {
    // the page's own registrar line drawn inside an in-flow box whose class says bubble: still read
    const inFlow = html.replace('北京新网数码信息技术有限公司', '<span class="info-bubble">北京新网数码信息技术有限公司</span>');
    expect(inFlow).not.toBe(html);
    expect(readPage(htmlToDocument(inFlow, url), new URL(url))?.facts.domains).toEqual(before);
  });
});
