import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { familyReadPage } from '../../src/ui/page/family-reader';
import type { PageReading } from '../../src/ui/page/page-reading';
import { keptReading } from '../helpers/kept-reading';
import { ecsReaders } from '../../src/ui/page/readers/ecs';
import { tencentReaders } from '../../src/readers/tencent/index';
import { ecsList500Html, ecsList500Url } from '../helpers/ecs-list-500';
import { tencentCvmList500Html, tencentCvmList500Url } from '../helpers/tencent-cvm-list-500';

/**
 * Issue 8 (speed): on a DOM change the content script re-reads only what changed — a read session
 * keeps each unchanged element's text, units and visibility, and the page's MutationObserver drops
 * what a change makes stale. Whatever changed, the kept read must equal a fresh full read of the
 * same page. (Time per re-read: npm run bench.)
 */

type ReadPage = ReturnType<typeof familyReadPage>;


/** How many items of `b` are the very objects of `a` (by identity, not by value). */
function sameObjects(a: readonly object[] | undefined, b: readonly object[] | undefined): number {
  const was = new Set(a ?? []);
  return (b ?? []).filter((x) => was.has(x)).length;
}

/** Lets the MutationObserver deliver its records. */
const settle = () => new Promise((r) => setTimeout(r, 0));

async function expectSameAsFresh(doc: Document, url: URL, reading: PageReading, read: ReadPage) {
  await settle();
  const kept = await reading.read(doc, url);
  const fresh = read(doc, url);
  expect(kept?.reader).toBe(fresh?.reader);
  expect(kept?.facts).toEqual(fresh?.facts);
  return kept;
}

describe('incremental re-read of the 500-row ECS list (split header/body, locked column)', () => {
  const url = new URL(ecsList500Url);
  const read = familyReadPage(ecsReaders);

  it('equals a fresh full read after a cell, a row added / removed / reordered, a row hidden, a header renamed', async () => {
    const doc = htmlToDocument(ecsList500Html(), url.href);
    const { reading, stop, reads } = keptReading(doc, read);
    const first = await expectSameAsFresh(doc, url, reading, read);
    expect(first?.facts.servers).toHaveLength(500);
    expect(reads()).toBeGreaterThan(0);
    const bodyRows = () => Array.from(doc.querySelectorAll('tbody tr')).filter((tr) => tr.closest('table')?.querySelector('thead') === null);
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThanOrEqual(500);

    // a cell's text: the billing of row 250 (both locked and main bodies hold row 250)
    const billingCellOf = (tr: Element) => Array.from(tr.querySelectorAll('td')).find((td) => /包年包月|按量付费|抢占式/.test(td.textContent ?? ''));
    const target = rows.find((tr) => tr.textContent?.includes('包年包月') && billingCellOf(tr));
    const cell = target && billingCellOf(target);
    expect(cell).toBeTruthy();
    const wrapper = cell?.querySelector('div') ?? cell;
    if (wrapper) wrapper.textContent = '按量付费 2026-10-01 10:00 创建';
    let out = await expectSameAsFresh(doc, url, reading, read);
    // the unchanged rows' records are the very objects of the last read (the delta compares them at no cost)
    expect(sameObjects(first?.facts.servers, out?.facts.servers)).toBe(499);
    expect(out?.facts.servers?.filter((s) => s.billing === 'payg').length).toBeGreaterThan(first?.facts.servers?.filter((s) => s.billing === 'payg').length ?? 0);

    // a text node changed in place (characterData)
    const textNode = Array.from(doc.querySelectorAll('tbody td'))
      .map((td) => td.querySelector('div')?.firstChild)
      .find((n) => n?.nodeType === 3 && /可用区/.test(n.nodeValue ?? ''));
    if (textNode) textNode.nodeValue = '北京 可用区A';
    out = await expectSameAsFresh(doc, url, reading, read);

    // rows removed, reordered and cloned in, in every body table
    for (const body of Array.from(doc.querySelectorAll('tbody'))) {
      const trs = Array.from(body.children);
      if (trs.length < 10) continue;
      trs[3]?.remove();
      body.insertBefore(trs[9] as Element, trs[0] as Element);
    }
    out = await expectSameAsFresh(doc, url, reading, read);
    expect(out?.facts.servers).toHaveLength(499);

    // a row hidden by an attribute change only (no read of its own; the next read must see it)
    const some = bodyRows()[20];
    some?.setAttribute('style', 'display: none');
    await settle();
    const anotherCell = bodyRows()[30]?.querySelector('td div');
    if (anotherCell) anotherCell.appendChild(doc.createTextNode(' '));
    out = await expectSameAsFresh(doc, url, reading, read);

    // a header renamed: the billing column is unknown now
    const header = Array.from(doc.querySelectorAll('th')).find((th) => /付费方式|计费方式/.test(th.textContent ?? ''));
    expect(header).toBeTruthy();
    const headerWrap = header?.querySelector('div') ?? header;
    if (headerWrap) headerWrap.textContent = '备注';
    out = await expectSameAsFresh(doc, url, reading, read);
    expect(out?.facts.servers?.some((s) => s.billing !== undefined)).toBe(false);
    stop();
  });

  it('equals a fresh read after a form value changes without a DOM mutation (valueChanged)', async () => {
    const html = `<!doctype html><html><body><table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>付费方式</th></tr></thead><tbody>
      <tr><td><a>i-bp100001abcdefghijkl</a></td><td>杭州 可用区I</td><td><input value="包年包月"></td></tr>
      <tr><td><a>i-bp100002abcdefghijkl</a></td><td>杭州 可用区I</td><td>按量付费</td></tr></tbody></table></body></html>`;
    const doc = htmlToDocument(html, url.href);
    const { reading, stop } = keptReading(doc, read);
    const before = await expectSameAsFresh(doc, url, reading, read);
    expect(before?.facts.servers?.[0]?.billing).toBe('subscription');
    const input = doc.querySelector('input') as HTMLInputElement;
    input.value = '按量付费';
    reading.valueChanged(input);
    const after = await expectSameAsFresh(doc, url, reading, read);
    expect(after?.facts.servers?.[0]?.billing).toBe('payg');
    stop();
  });

  it('a style sheet that hides a column drops the kept read', async () => {
    const html = `<!doctype html><html><head><style>.x { color: red }</style></head><body><table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>付费方式</th></tr></thead><tbody>
      <tr><td><a>i-bp100001abcdefghijkl</a></td><td>杭州 可用区I</td><td class="bill">包年包月</td></tr>
      <tr><td><a>i-bp100002abcdefghijkl</a></td><td>杭州 可用区I</td><td class="bill">按量付费</td></tr></tbody></table></body></html>`;
    const doc = htmlToDocument(html, url.href);
    const { reading, stop } = keptReading(doc, read);
    await expectSameAsFresh(doc, url, reading, read);
    const style = doc.createElement('style');
    style.textContent = '.bill { display: none }';
    doc.head.appendChild(style);
    const after = await expectSameAsFresh(doc, url, reading, read);
    expect(after?.facts.servers?.some((s) => s.billing !== undefined)).toBe(false);
    stop();
  });
});

describe('incremental re-read of the 500-row Tencent CVM list (reading model grid)', () => {
  const url = new URL(tencentCvmList500Url);
  const read = familyReadPage(tencentReaders);

  it('equals a fresh full read after cells change and rows move', async () => {
    const doc = htmlToDocument(tencentCvmList500Html(), url.href);
    const { reading, stop } = keptReading(doc, read);
    const first = await expectSameAsFresh(doc, url, reading, read);
    expect(first?.facts.servers).toHaveLength(500);
    const bodies = Array.from(doc.querySelectorAll('tbody')).filter((b) => b.children.length >= 100);
    const body = bodies[0] as Element;
    const rows = Array.from(body.children);
    // every cell of row 100 rewritten, row 5 moved to the end, row 7 removed
    for (const td of Array.from(rows[100]?.children ?? [])) {
      const leaf = td.querySelector('span, div') ?? td;
      if (/包年包月/.test(leaf.textContent ?? '')) leaf.textContent = '按量计费';
    }
    body.appendChild(rows[5] as Element);
    rows[7]?.remove();
    const out = await expectSameAsFresh(doc, url, reading, read);
    expect(out?.facts.servers).toHaveLength(499);
    // every row but the rewritten and the moved one (read again) is the very record of the last read
    expect(sameObjects(first?.facts.servers, out?.facts.servers)).toBe(497);
    stop();
  });
});

describe('the rows a read found its subjects in (rowOf: where the in-page UI looks first)', () => {
  it('each CVM of the Tencent list and each ECS of the Alibaba Cloud list by its row; a removed row is no answer', async () => {
    for (const [html, href, read, id] of [
      [tencentCvmList500Html(), tencentCvmList500Url, familyReadPage(tencentReaders), 'ins-b0000123'],
      [ecsList500Html(), ecsList500Url, familyReadPage(ecsReaders), undefined],
    ] as const) {
      const url = new URL(href);
      const doc = htmlToDocument(html, url.href);
      const { reading, stop } = keptReading(doc, read);
      const out = await reading.read(doc, url);
      const servers = out?.facts.servers ?? [];
      expect(servers.length).toBeGreaterThan(100);
      for (const s of servers) {
        const row = reading.rowOf(s.id);
        expect(row?.tagName, s.id).toBe('TR');
        expect(row?.textContent, s.id).toContain(s.id);
      }
      const some = id ?? servers[123]!.id;
      reading.rowOf(some)!.remove();
      expect(reading.rowOf(some)).toBeUndefined();
      expect(reading.rowOf('i-notread')).toBeUndefined();
      stop();
    }
  });
});
