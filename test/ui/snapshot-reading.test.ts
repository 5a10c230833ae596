// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://ecs.console.aliyun.com/server/region/cn-hangzhou"}
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageFacts } from '../../src/facts/schema';
import { MAX_PATH, pathOf } from '../../src/snapshot/node-path';
import type { PageSnapshot } from '../../src/snapshot/snapshot-schema';
import { PIECE_ELEMENTS } from '../../src/snapshot/take-snapshot';
import { createSnapshotReading, onlyInteraction, type AskRead } from '../../src/ui/page/snapshot-reading';

/**
 * src/ui/page/snapshot-reading: the content script's read path with the reading done by the extension (`ask`,
 * faked here): the page's snapshot is sent, the same markup is not sent again, the answer's rows give the markers
 * their rows.
 */
const url = () => new URL(location.href);
const facts = (n: number): PageFacts => ({ version: 1, servers: [{ id: `i-${n}` }] }) as unknown as PageFacts;
const answer = (n: number, rows?: Record<string, unknown>) => ({ kind: 'read', result: { reader: 'ecs-list', facts: facts(n) }, rows });

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function page(rows = 3) {
  document.documentElement.innerHTML = `<head><title>ECS</title></head><body><input id="q" value="filter"><table><tbody>${Array.from(
    { length: rows },
    (_, i) => `<tr id="r${i}"><td>i-${i}</td><td>running</td></tr>`,
  ).join('')}</tbody></table></body>`;
}

/** An attribute MutationRecord as the content script's observer gives it (attributeOldValue on). */
function attr(target: Node, attributeName: string, oldValue: string | null): MutationRecord {
  return { type: 'attributes', target, attributeName, oldValue, addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList } as unknown as MutationRecord;
}
/** Sets the class and gives the record of the change. */
function classChange(el: Element, to: string): MutationRecord {
  const old = el.getAttribute('class');
  el.setAttribute('class', to);
  return attr(el, 'class', old);
}

describe('snapshot reading: when it asks', () => {
  beforeEach(() => page());

  it('the first read asks with a snapshot of the document and gives the answer', async () => {
    const ask = vi.fn<AskRead>(async () => answer(1));
    const reading = createSnapshotReading(ask, () => []);
    const out = await reading.read(document, url());
    expect(out).toEqual({ reader: 'ecs-list', facts: facts(1) });
    expect(ask).toHaveBeenCalledTimes(1);
    const snap = ask.mock.calls[0]![0] as PageSnapshot;
    expect(snap.url).toBe(location.href);
    expect(snap.html).toContain('<td>i-2</td>');
    expect(snap.html.startsWith('<html')).toBe(true);
  });

  it('an answer with the tab’s results (the background linted its facts): given as `linted`; the same markup read again gives the facts without them', async () => {
    const results = { type: 'results', lang: 'zh', packed: 1, kinds: [], results: [] };
    const ask = vi.fn<AskRead>(async () => ({ ...answer(1), results }));
    const reading = createSnapshotReading(ask, () => []);
    expect(await reading.read(document, url())).toEqual({ reader: 'ecs-list', facts: facts(1), linted: results });
    // (the results a tab holds by the next read are newer than the answer's: not given again)
    expect(await reading.read(document, url())).toEqual({ reader: 'ecs-list', facts: facts(1), unchanged: true });
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('an answer with results whose read was superseded: the next read that finds the page as it found it gives them', async () => {
    const results = { type: 'results', lang: 'zh', packed: 1, kinds: [], results: [] };
    const first = deferred<unknown>();
    const ask = vi.fn<AskRead>(() => first.promise);
    const reading = createSnapshotReading(ask, () => []);
    const older = reading.read(document, url());
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    // a newer read asked meanwhile, the page as it was (a `change` event with nothing changed)
    const newer = reading.read(document, url());
    first.resolve({ ...answer(1), results });
    expect(await older).toMatchObject({ superseded: true });
    // the background stored and linted the older read's facts: the tab must see its results once
    expect(await newer).toEqual({ reader: 'ecs-list', facts: facts(1), linted: results });
    expect(await reading.read(document, url())).toEqual({ reader: 'ecs-list', facts: facts(1), unchanged: true });
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('unchanged markup: no second ask, the same result; changed text: asks again', async () => {
    let asked = 0;
    const ask = vi.fn<AskRead>(async () => answer(++asked));
    const reading = createSnapshotReading(ask, () => []);
    const first = await reading.read(document, url());
    const again = await reading.read(document, url());
    expect(ask).toHaveBeenCalledTimes(1);
    expect(again).toEqual({ ...first, unchanged: true });
    document.querySelector('#r1 td')!.textContent = 'i-99';
    const third = await reading.read(document, url());
    expect(ask).toHaveBeenCalledTimes(2);
    expect(third).toEqual({ reader: 'ecs-list', facts: facts(2) });
    expect((ask.mock.calls[1]![0] as PageSnapshot).html).toContain('i-99');
  });

  it('another URL with the same markup asks again', async () => {
    const ask = vi.fn<AskRead>(async () => answer(1));
    const reading = createSnapshotReading(ask, () => []);
    await reading.read(document, url());
    await reading.read(document, new URL('https://ecs.console.aliyun.com/server/region/cn-beijing'));
    expect(ask).toHaveBeenCalledTimes(2);
    // the URL the content script reads for (a single-page app's location), not the document's own
    expect((ask.mock.calls[1]![0] as PageSnapshot).url).toBe('https://ecs.console.aliyun.com/server/region/cn-beijing');
  });

  it('a typed value (control state, no markup change) asks again, with the value in the snapshot', async () => {
    const ask = vi.fn<AskRead>(async () => answer(1));
    const reading = createSnapshotReading(ask, () => []);
    await reading.read(document, url());
    const input = document.getElementById('q') as HTMLInputElement;
    const before = (ask.mock.calls[0]![0] as PageSnapshot).html;
    input.value = 'typed';
    await reading.read(document, url());
    expect(ask).toHaveBeenCalledTimes(2);
    const snap = ask.mock.calls[1]![0] as PageSnapshot;
    expect(snap.html).toBe(before);
    expect(snap.controls).toMatchObject([{ at: 0, value: 'typed' }]);
    // and the same state again: no ask
    await reading.read(document, url());
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('rules the markup does not carry changed (an adopted sheet, a CSSOM rule): asks again, same length or not', async () => {
    const ask = vi.fn<AskRead>(async () => answer(1));
    const reading = createSnapshotReading(ask, () => []);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.panel { display: none }');
    document.adoptedStyleSheets = [sheet];
    try {
      await reading.read(document, url());
      // as long as before: `none` → `flex`
      sheet.replaceSync('.panel { display: flex }');
      await reading.read(document, url());
      expect(ask).toHaveBeenCalledTimes(2);
      expect((ask.mock.calls[1]![0] as PageSnapshot).adopted).toContain('flex');
      const style = document.createElement('style');
      document.head.append(style);
      await reading.read(document, url());
      expect(ask).toHaveBeenCalledTimes(3);
      style.sheet!.insertRule('.row { display: none }', 0);
      await reading.read(document, url());
      expect(ask).toHaveBeenCalledTimes(4);
    } finally {
      document.adoptedStyleSheets = [];
    }
  });

  it('reset (a location change) forgets the last read: the same markup asks again', async () => {
    const ask = vi.fn<AskRead>(async () => answer(1));
    const reading = createSnapshotReading(ask, () => []);
    await reading.read(document, url());
    reading.reset();
    await reading.read(document, url());
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['unreadable', { kind: 'unreadable', why: 'style sheet not loaded' }],
    ['a string', 'garbage'],
    ['nothing', undefined],
    ['null', null],
    ['a read without a reader', { kind: 'read', result: { facts: { version: 1 } } }],
    ['a read with facts not an object', { kind: 'read', result: { reader: 'x', facts: 'f' } }],
    ['a read with no result', { kind: 'read' }],
    ['another kind', { kind: 'reading', result: { reader: 'x', facts: { version: 1 } } }],
  ])('an answer of %s reads as nothing, and the next read asks again', async (_, reply) => {
    const replies: unknown[] = [reply, answer(2)];
    const ask = vi.fn<AskRead>(async () => replies.shift());
    const reading = createSnapshotReading(ask, () => []);
    expect(await reading.read(document, url())).toBeNull();
    expect(await reading.read(document, url())).toEqual({ reader: 'ecs-list', facts: facts(2) });
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('a failed ask is asked again once (after RETRY_MS): its answer is the read', async () => {
    let n = 0;
    const ask = vi.fn<AskRead>(async () => {
      if (n++ === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answer(2);
    });
    const reading = createSnapshotReading(ask, () => []);
    expect(await reading.read(document, url())).toEqual({ reader: 'ecs-list', facts: facts(2) });
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('an ask failing twice (the extension reloading) reads as nothing, and the next read asks again', async () => {
    let n = 0;
    const ask = vi.fn<AskRead>(async () => {
      if (n++ < 2) throw new Error('Extension context invalidated');
      return answer(3);
    });
    const reading = createSnapshotReading(ask, () => []);
    expect(await reading.read(document, url())).toBeNull();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(await reading.read(document, url())).toEqual({ reader: 'ecs-list', facts: facts(3) });
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('"not a page of these readers" (result null) is kept: the same markup does not ask again', async () => {
    const ask = vi.fn<AskRead>(async () => ({ kind: 'read', result: null }));
    const reading = createSnapshotReading(ask, () => []);
    expect(await reading.read(document, url())).toBeNull();
    expect(await reading.read(document, url())).toBeNull();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('a newer read started meanwhile makes the older one superseded; the newer asks after it, with the page as it is then', async () => {
    const answers = [deferred<unknown>(), deferred<unknown>()];
    let asked = 0;
    const ask = vi.fn<AskRead>(() => answers[asked++]!.promise);
    const reading = createSnapshotReading(ask, () => []);
    const older = reading.read(document, url());
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    document.querySelector('#r0 td')!.textContent = 'i-50';
    const newer = reading.read(document, url());
    answers[0]!.resolve(answer(1));
    expect(await older).toMatchObject({ superseded: true });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(2), { timeout: 2000 });
    expect((ask.mock.calls[1]![0] as PageSnapshot).html).toContain('i-50');
    answers[1]!.resolve(answer(2));
    expect(await newer).toEqual({ reader: 'ecs-list', facts: facts(2) });
    // the newer read's result is the one kept (the older one's answer was not)
    expect(await reading.read(document, url())).toEqual({ reader: 'ecs-list', facts: facts(2), unchanged: true });
    expect(ask).toHaveBeenCalledTimes(2);
  });
});

describe('snapshot reading: a big page', () => {
  it('a newer read started while a big page is taken in pieces: the older is superseded and never asks', async () => {
    page(Math.ceil((PIECE_ELEMENTS * 2) / 3) + 10);
    const ask = vi.fn<AskRead>(async () => answer(1));
    // (in pieces from PIECE_ELEMENTS × 2 elements here: the real limit, AT_ONCE_ELEMENTS, would take happy-dom long to build)
    const reading = createSnapshotReading(ask, () => [], undefined, PIECE_ELEMENTS * 2);
    expect(document.getElementsByTagName('*').length).toBeGreaterThan(PIECE_ELEMENTS * 2);
    const now = vi.spyOn(performance, 'now');
    // every slice over its time: a yield after each piece
    let t = 0;
    now.mockImplementation(() => (t += 100));
    let big: ReturnType<typeof reading.read>;
    try {
      big = reading.read(document, url());
      await new Promise((r) => setTimeout(r, 0));
    } finally {
      now.mockRestore();
    }
    // (the newer read: a small page, taken at once)
    page(3);
    const newer = reading.read(document, url());
    expect(await big).toMatchObject({ superseded: true });
    expect(await newer).toEqual({ reader: 'ecs-list', facts: facts(1) });
    expect(ask).toHaveBeenCalledTimes(1);
    expect((ask.mock.calls[0]![0] as PageSnapshot).html).toContain('<td>i-2</td>');
  });
});

describe('onlyInteraction', () => {
  let el: HTMLElement;
  beforeEach(() => {
    page();
    el = document.getElementById('r1')!;
    el.className = 'next-table-row';
  });

  it('class changes that only add or remove hover, focus or pressed states: true', () => {
    expect(onlyInteraction(classChange(el, 'next-table-row hovered'))).toBe(true);
    expect(onlyInteraction(classChange(el, 'next-table-row'))).toBe(true);
    expect(onlyInteraction(classChange(el, 'next-table-row is-focus next-row-hover'))).toBe(true);
    expect(onlyInteraction(classChange(el, 'next-table-row ant-input-focused'))).toBe(true);
    expect(onlyInteraction(classChange(el, 'next-table-row tea-btn--pressed'))).toBe(true);
    expect(onlyInteraction(classChange(el, 'next-table-row focus-visible'))).toBe(true);
    // a class attribute added (no old value) with a hover state only
    el.removeAttribute('class');
    expect(onlyInteraction(classChange(el, 'hovered'))).toBe(true);
  });

  it('other class changes, mixed ones, none at all: false', () => {
    expect(onlyInteraction(classChange(el, 'next-table-row selected'))).toBe(false);
    expect(onlyInteraction(classChange(el, 'next-table-row hidden hovered'))).toBe(false);
    el.className = 'next-table-row hovered';
    expect(onlyInteraction(classChange(el, 'next-table-row collapsed'))).toBe(false);
    expect(onlyInteraction(classChange(el, 'next-table-row collapsed'))).toBe(false);
    expect(onlyInteraction(classChange(el, ''))).toBe(false);
  });

  it('tab panes shown by an "active" class (Fusion, Tea, Ant): not interaction', () => {
    const pane = document.createElement('div');
    document.body.append(pane);
    pane.className = 'next-tabs-tabpane';
    expect(onlyInteraction(classChange(pane, 'next-tabs-tabpane active'))).toBe(false);
    pane.className = 'tea-tabs__tabpanel is-active';
    expect(onlyInteraction(classChange(pane, 'tea-tabs__tabpanel'))).toBe(false);
    pane.className = 'ant-tabs-tabpane';
    expect(onlyInteraction(classChange(pane, 'ant-tabs-tabpane ant-tabs-tabpane-active'))).toBe(false);
    pane.className = 'row-inactive';
    expect(onlyInteraction(classChange(pane, 'row-active'))).toBe(false);
  });

  it('an attribute other than class, or a target not an element: false', () => {
    // old values that differ from the class by a hover state alone: still not a class change
    expect(onlyInteraction(attr(el, 'style', 'next-table-row hovered'))).toBe(false);
    expect(onlyInteraction(attr(el, 'data-state', 'next-table-row hover'))).toBe(false);
    expect(onlyInteraction(attr(el.firstChild!.firstChild!, 'class', 'x'))).toBe(false);
  });
});

describe('snapshot reading: attribute changes (changed, showChecks, showingChanged)', () => {
  beforeEach(() => page());

  it('a `hidden` attribute change counts, once; a hover-only class change and other records do not', () => {
    const reading = createSnapshotReading(async () => answer(1), () => []);
    const row = document.getElementById('r1')!;
    row.className = 'next-table-row';
    reading.changed([classChange(row, 'next-table-row hovered'), attr(row, 'data-spm', null), { type: 'characterData', target: row.firstChild!.firstChild!, attributeName: null, oldValue: 'i-1' } as unknown as MutationRecord]);
    expect(reading.showChecks()).toBe(0);
    expect(reading.showingChanged(document)).toBe(false);
    row.setAttribute('hidden', '');
    reading.changed([attr(row, 'hidden', null)]);
    expect(reading.showChecks()).toBeGreaterThan(0);
    expect(reading.showingChanged(document)).toBe(true);
    // forgets what it said
    expect(reading.showChecks()).toBe(0);
    expect(reading.showingChanged(document)).toBe(false);
  });

  it.each([
    ['style', 'display: none'],
    ['aria-hidden', null],
    ['open', null],
    ['data-state', 'closed'],
    ['aria-expanded', 'false'],
  ])('a change of %s counts', (name, old) => {
    const reading = createSnapshotReading(async () => answer(1), () => []);
    reading.changed([attr(document.getElementById('r1')!, name, old)]);
    expect(reading.showingChanged(document)).toBe(true);
  });

  // (what a class does is the style sheets': the read finds out — 'maybe', read as any change is, backed off on a
  // ticking page; shown for certain, it is read as rows added are: src/ui/page/run-console-page checkShowing)
  it('a tab pane switched by an "active" class counts, as a maybe', () => {
    const reading = createSnapshotReading(async () => answer(1), () => []);
    const pane = document.createElement('div');
    pane.className = 'tea-tabs__tabpanel';
    document.body.append(pane);
    reading.changed([classChange(pane, 'tea-tabs__tabpanel is-active')]);
    expect(reading.showingChanged(document)).toBe('maybe');
  });

  it("an inline style's width (a progress bar ticking) is a maybe; its display turned none is shown or hidden for certain", () => {
    const reading = createSnapshotReading(async () => answer(1), () => []);
    const bar = document.getElementById('r1')!;
    bar.setAttribute('style', 'width: 38%');
    reading.changed([attr(bar, 'style', 'width: 37%')]);
    expect(reading.showingChanged(document)).toBe('maybe');
    bar.setAttribute('style', 'width: 38%; display: none');
    reading.changed([attr(bar, 'style', 'width: 38%')]);
    expect(reading.showingChanged(document)).toBe(true);
    bar.setAttribute('style', 'visibility: visible');
    reading.changed([attr(bar, 'style', 'visibility:hidden')]);
    expect(reading.showingChanged(document)).toBe(true);
  });

  it('a read sees every change before it: it clears what changed said', async () => {
    const reading = createSnapshotReading(async () => answer(1), () => []);
    reading.changed([attr(document.getElementById('r1')!, 'hidden', null)]);
    expect(reading.showChecks()).toBeGreaterThan(0);
    await reading.read(document, url());
    expect(reading.showChecks()).toBe(0);
    expect(reading.showingChanged(document)).toBe(false);
  });
});

describe('snapshot reading: rowOf', () => {
  beforeEach(() => page(5));

  it('finds a row by the answer’s paths; unknown subjects give undefined', async () => {
    const r3 = document.getElementById('r3')!;
    const reading = createSnapshotReading(async () => answer(1, { 'i-3': pathOf(r3), 'i-1': pathOf(document.getElementById('r1')!) }), () => []);
    expect(reading.rowOf('i-3')).toBeUndefined();
    await reading.read(document, url());
    expect(reading.rowOf('i-3')).toBe(r3);
    expect(reading.rowOf('i-1')).toBe(document.getElementById('r1'));
    expect(reading.rowOf('i-4')).toBeUndefined();
    expect(reading.rowOf('toString')).toBeUndefined();
    expect(reading.rowOf('__proto__')).toBeUndefined();
  });

  it('invalid paths in the answer are left out: negative other than -1, non-integers, not numbers, too long', async () => {
    // deep enough that a path longer than MAX_PATH would lead somewhere
    let deep: Element = document.body;
    for (let i = 0; i < MAX_PATH + 2; i++) deep = deep.appendChild(document.createElement('div'));
    const tooLong = [1, ...Array.from({ length: MAX_PATH + 1 }, (_, i) => (i === 0 ? 2 : 0))];
    expect(tooLong.length).toBeGreaterThan(MAX_PATH);
    const bodyRow = pathOf(document.getElementById('r2')!)!;
    const rows = {
      negative: [1, -2],
      fraction: [1, 0.5],
      text: bodyRow.map(String),
      nested: bodyRow.map((n) => [n]),
      infinite: [1, Infinity],
      notArray: '1,1',
      tooLong,
      ok: bodyRow,
    };
    const reading = createSnapshotReading(async () => answer(1, rows), () => []);
    await reading.read(document, url());
    expect(reading.rowOf('ok')).toBe(document.getElementById('r2'));
    for (const subject of Object.keys(rows).filter((s) => s !== 'ok')) expect(reading.rowOf(subject), subject).toBeUndefined();
  });

  it('rows in an answer that is not a read, or of a failed read, are not used', async () => {
    const r2 = document.getElementById('r2')!;
    const replies: unknown[] = [answer(1, { 'i-2': pathOf(r2) }), { kind: 'unreadable', why: 'x', rows: { 'i-2': pathOf(r2) } }];
    const reading = createSnapshotReading(async () => replies.shift(), () => []);
    await reading.read(document, url());
    expect(reading.rowOf('i-2')).toBe(r2);
    document.querySelector('#r0 td')!.textContent = 'changed';
    await reading.read(document, url());
    expect(reading.rowOf('i-2')).toBeUndefined();
  });
});
