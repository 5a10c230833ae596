import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { familyReadPage } from '../../src/ui/page/family-reader';
import { readSession } from '../../src/readers/dom/read-session';
import { createPageReading, type PageReading } from '../../src/ui/page/page-reading';
import { keptReading } from '../helpers/kept-reading';
import { ecsReaders } from '../../src/ui/page/readers/ecs';
import { ecsList500Html, ecsList500Url } from '../helpers/ecs-list-500';

/**
 * The read session's page memo (src/readers/dom/read-session pageMemo): after a change inside a grid's
 * data cells only, a re-read keeps the grid, its header, its rows and the page state, and reads all
 * rows in one go; any other change drops the memo. Whatever changed, the kept read equals a fresh
 * read of the same page.
 */
type ReadPage = ReturnType<typeof familyReadPage>;
const url = new URL(ecsList500Url);
const read = familyReadPage(ecsReaders);


const settle = () => new Promise((r) => setTimeout(r, 0));

/** Attribute reads during `fn` (the page walks: header search, page state, row listing). */
async function attributeReads<T>(doc: Document, fn: () => Promise<T>): Promise<{ value: T; reads: number }> {
  const proto = (doc.defaultView as unknown as { Element: typeof Element }).Element.prototype;
  const original = proto.getAttribute;
  let reads = 0;
  proto.getAttribute = function (this: Element, name: string) {
    reads++;
    return original.call(this, name);
  };
  try {
    return { value: await fn(), reads };
  } finally {
    proto.getAttribute = original;
  }
}

async function expectSameAsFresh(doc: Document, reading: PageReading, read: ReadPage) {
  await settle();
  const kept = await reading.read(doc, url);
  const fresh = read(doc, url);
  expect(kept?.reader).toBe(fresh?.reader);
  expect(kept?.facts).toEqual(fresh?.facts);
  return kept;
}

const bodyRows = (doc: Document) => Array.from(doc.querySelectorAll('tbody tr')).filter((tr) => tr.closest('table')?.querySelector('thead') === null && tr.querySelectorAll('td').length > 3);
const billingCell = (tr: Element) => (Array.from(tr.querySelectorAll('td')).find((td) => /包年包月|按量付费/.test(td.textContent ?? '')) ?? tr.querySelectorAll('td')[1])!;

describe('re-read after a change inside data cells (page memo)', () => {
  it('reads all rows in one go and walks the page no more; a change outside the cells walks it again', async () => {
    const doc = htmlToDocument(ecsList500Html(), url.href);
    const { reading, reads, stop } = keptReading(doc, read);
    const first = await expectSameAsFresh(doc, reading, read);
    expect(first?.facts.servers).toHaveLength(500);
    const cold = reads();
    expect(cold).toBeGreaterThan(1); // the first read: chunks

    const rows = bodyRows(doc);
    const cell = billingCell(rows.find((tr) => /包年包月/.test(tr.textContent ?? ''))!);
    (cell.querySelector('div') ?? cell).textContent = '按量付费 2026-10-01 10:00 创建';
    await settle();
    // the first warm re-read lists the rows for its one window; the next ones keep even that
    await reading.read(doc, url);
    const cell2 = billingCell(rows[120]!);
    (cell2.querySelector('div') ?? cell2).textContent = '按量付费 2026-10-01 10:00 创建';
    await settle();
    const before = reads();
    const warm = await attributeReads(doc, () => reading.read(doc, url));
    expect(reads() - before).toBe(1); // one window, no idle-time chunks
    expect(warm.value?.facts).toEqual(read(doc, url)?.facts);

    // a change outside every data cell (a note above the table): the memo goes
    const note = doc.createElement('p');
    note.textContent = '共 500 条';
    doc.body.prepend(note);
    await settle();
    const cold2 = await attributeReads(doc, () => reading.read(doc, url));
    expect(cold2.value?.facts).toEqual(read(doc, url)?.facts);
    // the kept re-read looks at the page far less than one that must search it again
    expect(warm.reads * 5).toBeLessThan(cold2.reads);
    stop();
  });

  it('equals a fresh read after each kind of change: loading, an error banner, text in cells, a row hidden, a cell replaced, rows scrolled, a table in a cell, a header renamed', async () => {
    const doc = htmlToDocument(ecsList500Html(), url.href);
    const { reading, stop } = keptReading(doc, read);
    await expectSameAsFresh(doc, reading, read);
    const rows = () => bodyRows(doc);
    const table = rows()[0]!.closest('table')!;
    const steps: Array<[string, () => void]> = [
      ['loading text in a data cell (data, not the page state)', () => void (billingCell(rows()[3]!).textContent = '加载中')],
      ['a spinner around the table', () => {
        const s = doc.createElement('div');
        s.setAttribute('aria-busy', 'true');
        s.textContent = '加载中';
        table.parentElement!.append(s);
      }],
      ['the spinner gone', () => doc.querySelector('[aria-busy="true"]')!.remove()],
      ['an error banner', () => {
        const a = doc.createElement('div');
        a.setAttribute('role', 'alert');
        a.textContent = '获取实例列表失败';
        doc.body.prepend(a);
      }],
      ['the banner gone', () => doc.querySelector('[role="alert"]')!.remove()],
      ['a cell attribute inside a cell', () => billingCell(rows()[5]!).querySelector('*')?.setAttribute('class', 'x')],
      ['a row hidden', () => rows()[7]!.setAttribute('style', 'display:none')],
      ['a cell replaced', () => {
        const tr = rows()[9]!;
        const td = doc.createElement('td');
        td.textContent = '按量付费';
        tr.replaceChild(td, billingCell(tr));
      }],
      ['rows scrolled: the first 50 out, 50 new in', () => {
        const body = rows()[0]!.parentElement!;
        const out = rows().slice(0, 50);
        for (const tr of out) {
          const copy = tr.cloneNode(true) as Element;
          const a = copy.querySelector('a');
          if (a) a.textContent = (a.textContent ?? '').replace('i-', 'i-new');
          body.append(copy);
          tr.remove();
        }
      }],
      ['a table inside a data cell', () => {
        const t = doc.createElement('table');
        t.innerHTML = '<tbody><tr><td>实例ID</td><td>计费方式</td></tr><tr><td>i-bp1nested0000x</td><td>按量付费</td></tr></tbody>';
        billingCell(rows()[20]!).append(t);
      }],
      ['a header renamed', () => {
        const th = Array.from(doc.querySelectorAll('th')).find((h) => /付费|计费/.test(h.textContent ?? ''));
        if (th) th.textContent = '备注';
      }],
    ];
    for (const [name, change] of steps) {
      change();
      await settle();
      const kept = await reading.read(doc, url);
      expect({ name, facts: kept?.facts }).toEqual({ name, facts: read(doc, url)?.facts });
    }
    stop();
  });
});

describe('the page memo on a list read through the reading model (Tencent)', () => {
  it('keeps the same grid entries over many re-reads after cell changes (the memo is hit, not grown)', async () => {
    const { readFileSync } = await import('node:fs');
    const { tencentReaders } = await import('../../src/readers/tencent');
    const { readTableDetailed } = await import('../../src/readers/dom/table');
    const fixture = JSON.parse(readFileSync('test/fixtures/tencent-cvm-instance-list/zh-basic.json', 'utf8')) as { url: string };
    const tUrl = new URL(fixture.url);
    const doc = htmlToDocument(readFileSync('test/fixtures/tencent-cvm-instance-list/zh-basic.html', 'utf8'), tUrl.href);
    const tRead = familyReadPage(tencentReaders);
    let session: ReturnType<typeof readSession>;
    const reading = createPageReading(
      (d, u) => {
        session = readSession();
        return tRead(d, u);
      },
      { idle: (fn) => setTimeout(fn, 0) },
    );
    const view = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
    const observer = new view.MutationObserver((records) => reading.changed(records));
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    try {
      expect((await reading.read(doc, tUrl))?.reader).toBe('tencent-cvm-instance-list');
      const status = Array.from(doc.querySelectorAll('td span')).find((s) => s.textContent === '运行中')!;
      const entries: number[] = [];
      for (let i = 0; i < 6; i++) {
        status.lastChild!.textContent = i % 2 ? '运行中' : '已关机';
        await settle();
        const kept = await reading.read(doc, tUrl);
        expect(kept?.facts).toEqual(tRead(doc, tUrl)?.facts);
        entries.push(session!.page.get(readTableDetailed)?.length ?? 0);
      }
      // the first read's window and the re-reads' one window: the same entries, however many re-reads
      expect(entries).toEqual(entries.map(() => entries[0]));
      expect(entries[0]).toBeLessThanOrEqual(2);
    } finally {
      observer.disconnect();
    }
  });
});

describe('pageMemo', () => {
  it('keeps a bounded number of entries for a caller that passes new objects on every read', async () => {
    const { createReadSession, pageMemo, withReadSession } = await import('../../src/readers/dom/read-session');
    const session = createReadSession();
    const key = {};
    const doc = htmlToDocument('<html><body><p>x</p></body></html>', 'https://ecs.console.aliyun.com/');
    withReadSession(session, doc, () => {
      for (let i = 0; i < 100; i++) pageMemo(key, [{}], () => i);
    });
    expect(session.page.get(key)!.length).toBeLessThanOrEqual(32);
    // the newest entries stay
    expect(session.page.get(key)!.at(-1)!.value).toBe(99);
  });
});
