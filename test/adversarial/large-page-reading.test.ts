import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { PageFactsSchema } from '../../src/facts/schema';
import { MAX_ROWS_PER_READ, rowWindow } from '../../src/readers/dom/row-window';
import { familyReadPage } from '../../src/ui/page/family-reader';
import { CHUNK_ROWS, createPageReading, FIRST_CHUNK_ROWS, SECOND_CHUNK_ROWS } from '../../src/ui/page/page-reading';
import { ecsReaders } from '../../src/ui/page/readers/ecs';

const ecsList500Url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
const idOf = (i: number) => `i-bp1${String(i).padStart(5, '0')}abcdefghijkl`;
/** A plain instance list of `n` rows (light markup: happy-dom holds 20,000 of them). */
function listHtml(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) rows.push(`<tr><td><a>${idOf(i)}</a></td><td>杭州 可用区I</td><td>${i % 3 ? '包年包月' : '按量付费'}</td></tr>`);
  return `<!doctype html><html><body><h1>实例</h1><table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>付费方式</th></tr></thead><tbody>${rows.join('')}</tbody></table></body></html>`;
}

/**
 * Calls `seen` whenever a reader looks into `tr` or at its attributes: its first child, an attribute (a row's `style` as a
 * chart's bar: session 49 — the chart check of a box holding the table read every row's style attribute, the 20,000-row page's
 * first chunk touching all 20,000 rows in Chromium), its text. A row is counted (a sibling step) without being looked at.
 */
function watchRow(tr: Element, seen: () => void): void {
  const own = (o: object | null, name: string): PropertyDescriptor | undefined =>
    o ? (Object.getOwnPropertyDescriptor(o, name) ?? own(Object.getPrototypeOf(o), name)) : undefined;
  for (const name of ['firstElementChild', 'firstChild', 'textContent', 'children', 'childNodes']) {
    const real = own(tr, name)!.get!;
    Object.defineProperty(tr, name, { get() { seen(); return real.call(this); }, configurable: true });
  }
  for (const name of ['getAttribute', 'hasAttribute', 'hasAttributes', 'getAttributeNames', 'matches', 'closest']) {
    const real = own(tr, name)!.value as (...a: unknown[]) => unknown;
    Object.defineProperty(tr, name, { value(...a: unknown[]) { seen(); return real.apply(this, a); }, configurable: true });
  }
}

/**
 * Issue 11: a page with 100,000 rows blocked its tab for 34 s and sent a 16.5 MB message. A big list
 * is read in idle-time chunks of CHUNK_ROWS rows, never more than MAX_ROWS_PER_READ rows in all, and
 * the facts say the page was read only in part. (Time per chunk in Chromium: npm run bench.)
 */
describe('a 20,000-row list', () => {
  const url = new URL(ecsList500Url);
  const doc = htmlToDocument(listHtml(20_000), url.href);
  const read = familyReadPage(ecsReaders);

  it('is read in idle-time chunks of a bounded number of rows, capped, and marked partial', async () => {
    const windows: Array<{ start: number; limit: number }> = [];
    let idleCalls = 0;
    const reading = createPageReading(
      (d, u) => {
        const w = rowWindow();
        if (w) windows.push({ start: w.start, limit: w.limit });
        return read(d, u);
      },
      { idle: (fn) => (idleCalls++, setTimeout(fn, 0)) },
    );
    const out = await reading.read(doc, url);
    expect(out?.reader).toBe('aliyun-ecs-instance-list');
    // every synchronous step reads one window: the first of FIRST_CHUNK_ROWS rows (that task also finds the grid and
    // runs code not yet compiled), the second of SECOND_CHUNK_ROWS (code still compiling), each next one of at most
    // CHUNK_ROWS rows; each step after the first waits for idle time
    expect(windows[0]).toEqual({ start: 0, limit: FIRST_CHUNK_ROWS });
    expect(windows[1]).toEqual({ start: FIRST_CHUNK_ROWS, limit: SECOND_CHUNK_ROWS });
    const ramp = FIRST_CHUNK_ROWS + SECOND_CHUNK_ROWS;
    expect(windows.length).toBe(2 + Math.ceil((MAX_ROWS_PER_READ - ramp) / CHUNK_ROWS));
    expect(windows.slice(2).every((w) => w.limit <= CHUNK_ROWS)).toBe(true);
    expect(FIRST_CHUNK_ROWS < SECOND_CHUNK_ROWS && SECOND_CHUNK_ROWS < CHUNK_ROWS).toBe(true);
    // the windows follow each other without a gap or an overlap
    for (let i = 1; i < windows.length; i++) expect(windows[i]!.start).toBe(windows[i - 1]!.start + windows[i - 1]!.limit);
    expect(idleCalls).toBe(windows.length - 1);
    // the first MAX_ROWS_PER_READ rows, each once, in order; the page says it shows 20,000
    const ids = out?.facts.servers?.map((s) => s.id) ?? [];
    expect(ids).toHaveLength(MAX_ROWS_PER_READ);
    expect(new Set(ids).size).toBe(MAX_ROWS_PER_READ);
    expect(ids[0]).toBe(idOf(0));
    expect(ids[MAX_ROWS_PER_READ - 1]).toBe(idOf(MAX_ROWS_PER_READ - 1));
    expect(out?.facts.partial).toEqual({ rowsRead: MAX_ROWS_PER_READ, rowsShown: 20_000 });
    // the message stays small and valid
    const message = JSON.stringify({ type: 'page-facts', url: url.href, reader: out?.reader, facts: out?.facts });
    expect(message.length).toBeLessThan(400_000);
    expect(PageFactsSchema.safeParse(out?.facts).success).toBe(true);
  });

  it('a synchronous read (no chunking) takes the cap, not the whole page', () => {
    const out = read(doc, url);
    expect(out?.facts.servers).toHaveLength(MAX_ROWS_PER_READ);
  });

  it('the first chunk looks at no row past the cap: rows after it are counted, not visited', async () => {
    // a fresh page (no memo of an earlier read); each row's first child is looked up once when it is visited
    const fresh = htmlToDocument(listHtml(20_000), url.href);
    // the body's children, not querySelectorAll('tbody tr'): happy-dom took 47 s for that selector here
    const rows = Array.from(fresh.querySelector('tbody')!.children);
    const last = rows.slice(MAX_ROWS_PER_READ + 1);
    let visited = 0;
    for (const tr of last) watchRow(tr, () => visited++);
    const reading = createPageReading(read, { idle: (fn) => setTimeout(fn, 0) });
    const out = await reading.read(fresh, url);
    expect(out?.facts.partial).toEqual({ rowsRead: MAX_ROWS_PER_READ, rowsShown: 20_000 });
    expect(visited).toBe(0);
  });

  it('the first chunk looks at its own rows only: the later chunks\' rows are counted, visited only by their chunks', async () => {
    // the read's first synchronous step (before the first idle wait) is the longest task a big page gets
    const fresh = htmlToDocument(listHtml(3_000), url.href);
    const rows = Array.from(fresh.querySelector('tbody')!.children);
    let visitedEarly = 0;
    let idleYet = false;
    for (const tr of rows.slice(FIRST_CHUNK_ROWS + 1)) watchRow(tr, () => idleYet || visitedEarly++);
    const reading = createPageReading(read, { idle: (fn) => { idleYet = true; setTimeout(fn, 0); } });
    const out = await reading.read(fresh, url);
    expect(visitedEarly).toBe(0);
    // and the whole read still takes the cap's rows, in order, and counts the page's rows
    expect(out?.facts.servers?.map((s) => s.id)).toEqual(Array.from({ length: MAX_ROWS_PER_READ }, (_, i) => idOf(i)));
    expect(out?.facts.partial).toEqual({ rowsRead: MAX_ROWS_PER_READ, rowsShown: 3_000 });
  });

  it('rows counted before they are looked at do not make a read "partial": the last chunk\'s count stands', async () => {
    // 1,900 instances, then 200 group rows of header cells only (no data row): the first chunk counts
    // 2,100 rows ahead; the chunks that look at them find 1,900 data rows, all read
    const html = listHtml(1_900).replace('</tbody>', `${'<tr><th colspan="3">分组</th></tr>'.repeat(200)}</tbody>`);
    const out = await createPageReading(read, { idle: (fn) => setTimeout(fn, 0) }).read(htmlToDocument(html, url.href), url);
    expect(out?.facts.servers).toHaveLength(1_900);
    expect(out?.facts.partial).toBeUndefined();
  });

  it('a newer read supersedes one still in progress', async () => {
    const reading = createPageReading(read, { idle: (fn) => setTimeout(fn, 0) });
    const first = reading.read(doc, url);
    const second = reading.read(doc, url);
    expect((await first)?.superseded).toBe(true);
    expect((await second)?.facts.servers).toHaveLength(MAX_ROWS_PER_READ);
  });

  it('a list a row or a few longer than a chunk boundary gives the facts of one whole read, each row once, in order', async () => {
    const ramp = FIRST_CHUNK_ROWS + SECOND_CHUNK_ROWS;
    for (const n of [FIRST_CHUNK_ROWS + 1, FIRST_CHUNK_ROWS + 2, ramp, ramp + 1, ramp + CHUNK_ROWS, ramp + CHUNK_ROWS + 1, 500]) {
      const page = htmlToDocument(listHtml(n), url.href);
      const whole = read(page, url);
      let idleCalls = 0;
      const chunked = await createPageReading(read, { idle: (fn) => (idleCalls++, setTimeout(fn, 0)) }).read(page, url);
      expect(chunked?.facts, String(n)).toEqual(whole?.facts);
      expect(chunked?.facts.servers, String(n)).toHaveLength(n);
      // the chunks after the first: one of SECOND_CHUNK_ROWS, then CHUNK_ROWS each
      expect(idleCalls, String(n)).toBe(n <= ramp ? 1 : 1 + Math.ceil((n - ramp) / CHUNK_ROWS));
    }
  });

  it('a 500-row list is read in four tasks, as with chunks of 250 rows (smaller chunks add no task there)', async () => {
    const page = htmlToDocument(listHtml(500), url.href);
    let idleCalls = 0;
    const out = await createPageReading(read, { idle: (fn) => (idleCalls++, setTimeout(fn, 0)) }).read(page, url);
    expect(out?.facts.servers).toHaveLength(500);
    expect(idleCalls).toBe(3);
    expect(CHUNK_ROWS).toBeLessThan(250);
  });

  it('a short list is read in one step and is not partial', async () => {
    const small = htmlToDocument(listHtml(FIRST_CHUNK_ROWS), url.href);
    let idleCalls = 0;
    const out = await createPageReading(read, { idle: (fn) => (idleCalls++, fn()) }).read(small, url);
    expect(out?.facts.servers).toHaveLength(FIRST_CHUNK_ROWS);
    expect(out?.facts.partial).toBeUndefined();
    expect(idleCalls).toBe(0);
  });
});
