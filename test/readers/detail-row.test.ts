import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import type { PageFacts, ServerFacts } from '../../src/facts/schema';
import { readPage } from '../../src/readers';
import { detailRowContent, expandedDetail } from '../../src/readers/dom/detail-row';
import { readTableDetailed } from '../../src/readers/dom/table';
import { createVisibilityCache } from '../../src/readers/dom/visibility';
import { ECS_LIST_LABELS } from '../../src/readers/aliyun/ecs-instance-list';
import { familyReadPage } from '../../src/ui/page/family-reader';
import { ecsReaders } from '../../src/ui/page/readers/ecs';
import { keptReading } from '../helpers/kept-reading';

/**
 * Expanded detail rows (src/readers/dom/detail-row.ts): a row opened under a data row, spanning the
 * grid, whose label/value pairs fill the fields the grid has no column for. Fixture variants:
 * test/fixtures/ecs-instance-list/zh-expanded-detail-rows (Fusion, no 付费方式 column: billing and
 * expiry in the expanded rows, one collapsed) and test/fixtures/tencent-cvm-instance-list/
 * zh-expanded-detail-rows (TEA, 创建时间 only in the expanded rows; one collapsed, one drawn after an
 * empty checkbox-column cell).
 */
const ecsUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const ecsHtml = readFileSync(new URL('../fixtures/ecs-instance-list/zh-expanded-detail-rows.html', import.meta.url), 'utf8');
const cvmHtml = readFileSync(new URL('../fixtures/tencent-cvm-instance-list/zh-expanded-detail-rows.html', import.meta.url), 'utf8');

function read(doc: Document, url: string): PageFacts | undefined {
  return readPage(doc, new URL(url))?.facts;
}
function server(facts: PageFacts | undefined, id: string): ServerFacts | undefined {
  return facts?.servers?.find((s) => s.id === id);
}
const expandedRows = (doc: Document) => Array.from(doc.querySelectorAll('tr[class*="expanded"]'));

describe('expanded detail rows of a list', () => {
  it('Alibaba ECS (Fusion): billing and expiry come from the expanded row when the grid has no 付费方式 column', () => {
    const facts = read(htmlToDocument(ecsHtml, ecsUrl), ecsUrl);
    expect(server(facts, 'i-bp1a2b3c4d5e6f7g8h9i')).toMatchObject({ billing: 'subscription', expiresAt: '2027-02-28' });
    expect(server(facts, 'i-bp1eipwithbw00000002')).toMatchObject({ billing: 'subscription', expiresAt: '2026-12-31' });
    // its expanded row is collapsed (display: none) and holds decoys: nothing is read from it
    expect(server(facts, 'i-bp1k9x8w7v6u5t4s3r2q')).toEqual({ id: 'i-bp1k9x8w7v6u5t4s3r2q', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou' });
    expect(facts?.servers).toHaveLength(4);
  });

  it('Tencent CVM (TEA): 创建时间 comes from the expanded row; the grid still has 4 records, not 6', () => {
    const doc = htmlToDocument(cvmHtml, cvmUrl);
    const facts = read(doc, cvmUrl);
    expect(server(facts, 'ins-a1b2c3d4')).toMatchObject({ createdAt: '2026-03-01', billing: 'subscription', expiresAt: '2027-03-01' });
    // collapsed: its 创建时间 2026-06-15 and 到期时间 2030-06-15 are not shown
    expect(server(facts, 'ins-n0pub123')).toMatchObject({ expiresAt: '2026-12-15' });
    expect(server(facts, 'ins-n0pub123')?.createdAt).toBeUndefined();
    expect(facts?.servers?.map((s) => s.id)).toEqual(['ins-a1b2c3d4', 'ins-k9x8w7v6', 'ins-n0pub123', 'ins-5p0t9q2r']);
  });

  it('a detail row is never a record: not even one drawn after an empty cell that names the instance', () => {
    const doc = htmlToDocument(cvmHtml, cvmUrl);
    const t = readTableDetailed(doc, { id: ['ID/实例名'], zone: ['可用区'] });
    expect(t?.rows.map((r) => r.row.getAttribute('class'))).toEqual([null, null, null, null]);
    const last = expandedRows(doc).at(-1)!;
    expect(detailRowContent(last)?.getAttribute('colspan')).toBe('12');
  });

  it.each([
    ['display: none', (tr: Element) => tr.setAttribute('style', 'display: none;')],
    ['the hidden attribute', (tr: Element) => tr.setAttribute('hidden', '')],
    ['a hidden content cell', (tr: Element) => tr.querySelector('td[colspan]')!.setAttribute('style', 'display: none')],
  ])('a collapsed detail row (%s) gives nothing', (_how, collapse) => {
    const ecs = htmlToDocument(ecsHtml, ecsUrl);
    const cvm = htmlToDocument(cvmHtml, cvmUrl);
    for (const tr of [...expandedRows(ecs), ...expandedRows(cvm)]) collapse(tr);
    const e = read(ecs, ecsUrl);
    for (const s of e?.servers ?? []) {
      expect(s.billing, s.id).toBeUndefined();
      expect(s.expiresAt, s.id).toBeUndefined();
    }
    expect(server(read(cvm, cvmUrl), 'ins-a1b2c3d4')?.createdAt).toBeUndefined();
    const cache = createVisibilityCache();
    for (const tr of Array.from(ecs.querySelectorAll('tr.next-table-row'))) expect(expandedDetail(tr, cache)).toBeUndefined();
  });

  it('fills only fields without a column: a shown column wins, even over a different value', () => {
    const doc = htmlToDocument(cvmHtml, cvmUrl);
    const form = expandedRows(doc)[0]!.querySelector('form')!;
    const item = form.querySelector('.tea-form__item')!.cloneNode(true) as Element;
    item.querySelector('label')!.textContent = '实例计费模式';
    item.querySelector('.tea-form-text')!.textContent = '按量计费';
    form.append(item);
    expect(server(read(doc, cvmUrl), 'ins-a1b2c3d4')).toMatchObject({ billing: 'subscription', createdAt: '2026-03-01' });
  });

  it('a label/value text in one element ("创建时间：…", no value element) is not taken', () => {
    const doc = htmlToDocument(cvmHtml, cvmUrl);
    const content = expandedRows(doc)[0]!.querySelector('.tea-table__expanded-content')!;
    content.replaceChildren();
    const p = doc.createElement('p');
    p.textContent = '创建时间：2026-03-01 11:58:21';
    content.append(p);
    expect(server(read(doc, cvmUrl), 'ins-a1b2c3d4')?.createdAt).toBeUndefined();
  });

  it('div rows: a row whose class says expanded, after a class-only data row', () => {
    const doc = htmlToDocument(
      `<div class="grid"><div class="row"><span>a</span><span>b</span></div><div class="row row-expanded"><dl><dt>创建时间</dt><dd>2026-03-01</dd></dl></div><div class="row"><span>c</span><span>d</span></div></div>`,
      cvmUrl,
    );
    const [first, , second] = Array.from(doc.querySelectorAll('.grid > div'));
    const cache = createVisibilityCache();
    expect(expandedDetail(first!, cache)?.textContent).toBe('创建时间2026-03-01');
    // the next data row has the data row's own class: no detail
    expect(expandedDetail(second!, cache)).toBeUndefined();
  });

  it('in a read session, expanding and collapsing a detail row re-reads its data row', async () => {
    const doc = htmlToDocument(ecsHtml, ecsUrl);
    const url = new URL(ecsUrl);
    const fresh = familyReadPage(ecsReaders);
    const { reading, stop } = keptReading(doc, fresh);
    const settle = () => new Promise((r) => setTimeout(r, 0));
    try {
      const id = 'i-bp1k9x8w7v6u5t4s3r2q';
      expect(server((await reading.read(doc, url))?.facts, id)?.billing).toBeUndefined();
      const collapsed = expandedRows(doc).find((tr) => tr.getAttribute('style')?.includes('none') && tr.textContent?.includes('2031'))!;
      collapsed.removeAttribute('style');
      await settle();
      expect(server((await reading.read(doc, url))?.facts, id)).toMatchObject({ billing: 'subscription', expiresAt: '2031-01-01' });
      collapsed.querySelector('dd, .next-form-preview span')!.textContent = '按量付费';
      await settle();
      const kept = await reading.read(doc, url);
      expect(server(kept?.facts, id)?.billing).toBe('payg');
      expect(kept?.facts).toEqual(fresh(doc, url)?.facts);
      collapsed.setAttribute('style', 'display: none');
      await settle();
      expect(server((await reading.read(doc, url))?.facts, id)?.billing).toBeUndefined();
    } finally {
      stop();
    }
  });

  it('the ECS list vocabulary reads the expanded row with the column labels (付费方式, 到期时间)', () => {
    const doc = htmlToDocument(ecsHtml, ecsUrl);
    const t = readTableDetailed(doc, ECS_LIST_LABELS);
    expect(t?.columns).not.toContain('billing');
    expect(t?.rows[0]?.cells.billing?.textContent).toBe('包年包月');
    expect(t?.rows[1]?.cells.billing).toBeUndefined();
  });
});
