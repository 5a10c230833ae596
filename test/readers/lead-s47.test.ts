import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { ECS_URL, ecsListPage } from '../../bench/ecs-list-page';
import { createReadSession, invalidate, withReadSession } from '../../src/readers/dom/read-session';
import { ecsDetail, ecsUrl, infoRow, page } from '../helpers/console-pages';

/**
 * Guards for the lead's changes of session 47. holdsChart looks at the whole page once a read has asked it often (a
 * list's cells): a page with no canvas, no SVG text and no inline style in per cent has no chart (dom/units.ts
 * pageDrawsNoChart). A chart in the last row of a long list must still be known, whatever it is drawn with.
 */
describe('a chart in the last row of a long list is still a chart (dom/units.ts pageDrawsNoChart)', () => {
  // (a chart library's tooltip at the pointer, one figure: the row's bandwidth when nothing says it is a chart's)
  const tip = '<span class="v">45 Mbps</span>';
  const bars = (bar: (w: number) => string) => `<span class="b">12-03 ${bar(50)}</span><span class="b">12-04 ${bar(80)} 45 Mbps</span>`;
  const drawings: Record<string, string> = {
    'bars by width': bars((w) => `<i style="display: inline-block; width: ${w}%"></i>`),
    'bars by height': bars((h) => `<i style="display:inline-block;height:${h}%;background:#006eff"></i>`),
    'an SVG of ticks': `<svg width="160" height="60"><g><text x="4" y="50">30 Mbps</text><text x="4" y="10">60 Mbps</text></g></svg>${tip}`,
    'a canvas': `<canvas width="160" height="60"></canvas>${tip}`,
  };
  const n = 300;
  const lastId = `i-bp1list${String(n - 1).padStart(5, '0')}abcd`;
  const withLastCell = (cell: string) =>
    ecsListPage(n).replace(new RegExp(`(<tr><td><a>${lastId}[\\s\\S]*?<td>)2 vCPU 4 GiB 5Mbps \\(峰值\\)`), `$12 vCPU 4 GiB <span class="mini-chart">${cell}</span>`);
  const bandwidths = (html: string) => {
    const servers = readPage(htmlToDocument(html, ECS_URL), new URL(ECS_URL))?.facts.servers ?? [];
    return { count: servers.length, first: servers[0]?.publicBandwidthMbps, last: servers.find((s) => s.id === lastId)?.publicBandwidthMbps };
  };

  it('the tooltip\'s figure alone, no chart, is the last row\'s bandwidth (the page is read; the figure would be read)', () => {
    expect(bandwidths(withLastCell(tip))).toEqual({ count: n, first: 5, last: 45 });
  });

  for (const [name, drawing] of Object.entries(drawings)) {
    it(`${name} in the last row's configuration: its figure is no bandwidth; the other rows' 5 stay`, () => {
      const html = withLastCell(drawing);
      expect(html).toContain('mini-chart');
      expect(bandwidths(html)).toEqual({ count: n, first: 5, last: undefined });
    });
  }
});

/**
 * holdsChart's bars memo was kept with the read session's visibility cache, which outlives a read: a box first read as
 * no bar chart (its bars not sized yet: a chart library animates them from nothing) stayed so for the page's life in
 * the content script, and the chart's figure beside the bars was the field's value. Kept for one read now.
 */
describe('bars sized after a first read are a chart at the next read of the session (dom/units.ts barsMemo)', () => {
  const value = '<span class="chart"><span class="b">12-03 <i class="bar"></i></span><span class="b">12-04 <i class="bar"></i> 45 Mbps</span></span>';
  const size = (doc: Document) =>
    Array.from(doc.querySelectorAll('i.bar')).map((bar, k) => {
      bar.setAttribute('style', `display: inline-block; width: ${k ? 80 : 50}%`);
      return { type: 'attributes', target: bar, attributeName: 'style', oldValue: null, addedNodes: [], removedNodes: [] };
    });

  it('in a read session: 45 while the bars have no size, none once they are sized', () => {
    const doc = page(ecsDetail(infoRow('公网IP', '47.98.1.2') + infoRow('公网带宽', value)), ecsUrl);
    const session = createReadSession();
    const bandwidth = () => withReadSession(session, doc, () => readPage(doc, new URL(ecsUrl)))?.facts.servers?.[0]?.publicBandwidthMbps;
    expect(bandwidth()).toBe(45);
    invalidate(session, size(doc) as unknown as MutationRecord[]);
    expect(bandwidth()).toBeUndefined();
  });

  it('outside a session: the same', () => {
    const doc = page(ecsDetail(infoRow('公网IP', '47.98.1.2') + infoRow('公网带宽', value)), ecsUrl);
    expect(readPage(doc, new URL(ecsUrl))?.facts.servers?.[0]?.publicBandwidthMbps).toBe(45);
    size(doc);
    expect(readPage(doc, new URL(ecsUrl))?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });
});
