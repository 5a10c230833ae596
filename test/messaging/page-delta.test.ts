import { describe, expect, it } from 'vitest';
import { emptyStoredFacts } from '../../src/store';
import { memoryBackground } from '../helpers/memory-background';
import type { PageFacts } from '../../src/facts/schema';
import { applyPageDelta, cutFacts, diffPageFacts, PIECE, type PageDeltaShape } from '../../src/messaging/page-delta';

const ECS = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const READER = 'aliyun-ecs-instance-list';

/** A small deterministic random source (the same sequences on every run). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const server = (i: number, billing: 'payg' | 'subscription', extra: Record<string, unknown> = {}) => ({
  id: `i-bp1delta${String(i).padStart(4, '0')}`, provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing,
  ...(billing === 'subscription' ? { expiresAt: '2027-06-30' } : {}), publicBandwidthMbps: 5, ...extra,
});

/** Page after page: rows changed, added, removed, moved; lists appearing and going; the rest changing. */
function pages(seed: number, n: number): PageFacts[] {
  const r = rng(seed);
  let rows = Array.from({ length: 30 }, (_, i) => server(i, i % 7 === 3 ? 'payg' : 'subscription'));
  let next = 30;
  const out: PageFacts[] = [];
  for (let step = 0; step < n; step++) {
    const op = Math.floor(r() * 8);
    rows = [...rows];
    if (op === 0) rows[Math.floor(r() * rows.length)] = server(next - 1 - Math.floor(r() * 5), r() < 0.5 ? 'payg' : 'subscription');
    else if (op === 1) rows.splice(Math.floor(r() * rows.length), 0, server(next++, 'payg'));
    else if (op === 2 && rows.length > 1) rows.splice(Math.floor(r() * rows.length), 1);
    else if (op === 3) rows.reverse();
    else if (op === 4) {
      const i = Math.floor(r() * rows.length);
      rows[i] = { ...rows[i]!, publicBandwidthMbps: Math.floor(r() * 100) };
    }
    rows = rows.filter((x, i) => rows.findIndex((y) => y.id === x.id) === i);
    const facts: PageFacts = { version: 1 };
    if (op !== 5) facts.servers = rows as PageFacts['servers'];
    if (op === 6) facts.servers = [];
    if (step % 3 === 0) facts.domains = [{ domain: `d${step % 4}.example.cn` }];
    if (op === 7) facts.partial = { rowsRead: rows.length, rowsShown: rows.length + 5 };
    out.push(facts);
  }
  return out;
}

describe('page facts delta (diff + apply)', () => {
  it('rebuilds every next page from the last one and the delta, over random row changes', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const seq = pages(seed, 60);
      for (let i = 1; i < seq.length; i++) {
        const prev = seq[i - 1]!;
        const next = seq[i]!;
        const d = diffPageFacts(prev, next)!;
        expect(d).toBeDefined();
        expect(applyPageDelta(prev, { facts: d.rest, lists: d.lists })).toEqual(next);
        if (!d.changed) expect(next).toEqual(prev);
      }
    }
  });

  it('carries only the changed row when one row changes, and no key list while the rows stay in place', () => {
    const prev: PageFacts = { version: 1, servers: Array.from({ length: 500 }, (_, i) => server(i, 'subscription')) as PageFacts['servers'] };
    const servers = [...prev.servers!];
    servers[250] = server(250, 'payg') as (typeof servers)[number];
    const d = diffPageFacts(prev, { version: 1, servers })!;
    expect(d.changed).toBe(true);
    expect(d.lists.servers).toEqual({ put: [servers[250]] });
    expect(d.lists.domains).toBeUndefined();
    expect(diffPageFacts(prev, { version: 1, servers: [...prev.servers!] })!.changed).toBe(false);
  });

  it('rows appended at the end: only the new rows, no key list; the delta rebuilds the longer page', () => {
    const all = Array.from({ length: 700 }, (_, i) => server(i, i % 50 === 7 ? 'payg' : 'subscription')) as PageFacts['servers'];
    const facts: PageFacts = { version: 1, servers: all, domains: [{ domain: 'a.example.cn' }], partial: { rowsRead: 700, rowsShown: 9000 } };
    expect(cutFacts(facts, 700)).toBe(facts);
    const first = cutFacts(facts, PIECE);
    expect(first.servers).toHaveLength(PIECE);
    expect(first.domains).toEqual(facts.domains);
    expect(first.partial).toEqual(facts.partial);
    const second = cutFacts(facts, 2 * PIECE);
    const d = diffPageFacts(first, second)!;
    expect(d.lists.servers).toEqual({ put: all!.slice(PIECE, 2 * PIECE) });
    expect(d.lists.domains).toBeUndefined();
    expect(applyPageDelta(first, { facts: d.rest, lists: d.lists })).toEqual(second);
    // a row gone from the end or the middle still says the whole key order
    expect(diffPageFacts(second, first)!.lists.servers!.keys).toHaveLength(PIECE);
  });

  it('says a list that repeats a key cannot be sent as a delta (the full facts go)', () => {
    const a = server(1, 'payg');
    expect(diffPageFacts({ version: 1, servers: [a] as PageFacts['servers'] }, { version: 1, servers: [a, a] as PageFacts['servers'] })).toBeUndefined();
    // the same length, every other row in place: the repeat is still seen
    const b = server(2, 'payg');
    const prev = { version: 1, servers: [a, b] as PageFacts['servers'] } as PageFacts;
    expect(diffPageFacts(prev, { version: 1, servers: [a, { ...a, publicBandwidthMbps: 9 }] as PageFacts['servers'] })).toBeUndefined();
    // and a list diffed before (its keys known) against one that repeats a key
    expect(diffPageFacts(prev, { version: 1, servers: [b, a] as PageFacts['servers'] })!.lists.servers!.keys).toEqual([b.id, a.id]);
    expect(diffPageFacts(prev, { version: 1, servers: [b, b] as PageFacts['servers'] })).toBeUndefined();
  });
});

const setup = () => memoryBackground();
const sender = (id = 7, url = ECS) => ({ tab: { id, url }, url });
const full = (facts: PageFacts, seq: number) => ({ type: 'page-facts', url: ECS, reader: READER, facts, seq });
function delta(prev: PageFacts, next: PageFacts, seq: number, base: number): PageDeltaShape {
  const d = diffPageFacts(prev, next)!;
  return { type: 'page-facts-delta', url: ECS, reader: READER, seq, base, facts: d.rest, lists: d.lists };
}

describe('background: page facts deltas', () => {
  it('ends with the same store, tab subjects and results as full messages would', async () => {
    const seq = pages(11, 25);
    const a = setup();
    const b = setup();
    let last: unknown;
    let lastFull: unknown;
    for (let i = 0; i < seq.length; i++) {
      last = await a.service.handle(i === 0 ? full(seq[0]!, 1) : delta(seq[i - 1]!, seq[i]!, i + 1, i), sender());
      lastFull = await b.service.handle(full(seq[i]!, i + 1), sender());
      expect((last as { type: string }).type).toBe('results');
    }
    expect(a.state.facts).toEqual(b.state.facts);
    expect(a.state.tabs).toEqual(b.state.tabs);
    expect(last).toEqual(lastFull);
  });

  it('a big page in pieces: the pieces before the last are answered `more` and store nothing; the last ends as one full message would', async () => {
    const servers = Array.from({ length: 2 * PIECE + 40 }, (_, i) => server(i, i % 50 === 7 ? 'payg' : 'subscription')) as PageFacts['servers'];
    const facts: PageFacts = { version: 1, servers, partial: { rowsRead: servers!.length, rowsShown: 20000 } };
    const a = setup();
    const b = setup();
    const p1 = cutFacts(facts, PIECE);
    const p2 = cutFacts(facts, 2 * PIECE);
    expect(await a.service.handle({ ...full(p1, 1), more: true }, sender())).toEqual({ type: 'more' });
    expect(await a.service.handle({ ...delta(p1, p2, 2, 1), more: true }, sender())).toEqual({ type: 'more' });
    expect(a.state.facts).toEqual(emptyStoredFacts());
    expect(a.state.tabs).toEqual({});
    const last = await a.service.handle(delta(p2, facts, 3, 2), sender());
    const whole = await b.service.handle(full(facts, 1), sender());
    expect((last as { type: string; results: unknown[] }).results).toHaveLength(11);
    expect(last).toEqual(whole);
    expect(a.state.facts).toEqual(b.state.facts);
    expect(a.state.tabs).toEqual(b.state.tabs);
    // a piece whose base the background does not hold: resend (the content script then sends all at once)
    expect(await setup().service.handle({ ...delta(p1, p2, 2, 1), more: true }, sender())).toEqual({ type: 'resend' });
  });

  it('answers resend to a delta after a lost message, a reordered one, another tab, page or reader, or a restarted worker', async () => {
    const [p0, p1, p2] = pages(5, 3) as [PageFacts, PageFacts, PageFacts];
    const { service, state } = setup();
    await service.handle(full(p0, 1), sender());
    const stored = structuredClone(state.facts);
    // message 2 lost: message 3 names 2 as its base
    expect(await service.handle(delta(p1, p2, 3, 2), sender())).toEqual({ type: 'resend' });
    expect(state.facts).toEqual(stored); // nothing applied
    expect(await service.handle(delta(p0, p1, 2, 1), sender(8))).toEqual({ type: 'resend' });
    expect(await service.handle(delta(p0, p1, 2, 1), sender(7, `${ECS}?page=2`))).toEqual({ type: 'resend' });
    expect(await service.handle({ ...delta(p0, p1, 2, 1), reader: 'other-reader' }, sender())).toEqual({ type: 'resend' });
    // in order it applies, and a delta replayed onto the wrong base is refused
    expect((await service.handle(delta(p0, p1, 2, 1), sender())) as { type: string }).toMatchObject({ type: 'results' });
    expect(await service.handle(delta(p0, p1, 2, 1), sender())).toEqual({ type: 'resend' });
    // a worker restarted (a new service, the same store): no base
    const again = setup();
    again.state.facts = state.facts;
    expect(await again.service.handle(delta(p1, p2, 3, 2), sender())).toEqual({ type: 'resend' });
    // a full message without a number (an older content script) is no base either
    await again.service.handle({ type: 'page-facts', url: ECS, reader: READER, facts: p1 }, sender());
    expect(await again.service.handle(delta(p1, p2, 3, 2), sender())).toEqual({ type: 'resend' });
  });

  it('checks a delta as strictly as a full message: a bad subject drops alone, bad shapes are refused, the family comes from the tab', async () => {
    const { service, state } = setup();
    const p0: PageFacts = { version: 1, servers: [server(1, 'payg'), server(2, 'subscription')] as PageFacts['servers'] };
    await service.handle(full(p0, 1), sender());
    const long = { ...server(2, 'payg'), region: 'x'.repeat(5000) };
    const bad = { type: 'page-facts-delta', url: ECS, reader: READER, seq: 2, base: 1, facts: { version: 1 }, lists: { servers: { put: [long] } } };
    await service.handle(bad, sender());
    // the subject whose new facts break the schema is gone from the page (as in a full message), the other kept
    expect(state.tabs['7']?.subjects).toEqual(['server:i-bp1delta0001', 'server:i-bp1delta0002']);
    const c = setup();
    await c.service.handle(full(p0, 1), sender());
    await c.service.handle(full({ version: 1, servers: [p0.servers![0]!, long] } as PageFacts, 2), sender());
    expect(state.facts).toEqual(c.state.facts);
    expect(state.tabs).toEqual(c.state.tabs);
    await expect(service.handle({ ...bad, seq: -1 }, sender())).rejects.toThrow();
    await expect(service.handle({ ...bad, lists: { servers: { put: 'x' } } }, sender())).rejects.toThrow();
    await expect(service.handle({ ...bad, lists: { servers: { put: [], keys: [1] } } }, sender())).rejects.toThrow();
    await expect(service.handle({ ...bad, seq: 3, base: 2 }, { tab: { id: 7, url: 'https://example.com/' }, url: 'https://example.com/' })).rejects.toThrow(/not a console page/);
    await expect(service.handle({ ...bad, seq: 3, base: 2 }, { url: 'chrome-extension://id/popup.html', extensionPage: true })).rejects.toThrow(/only from a console tab/);
  });
});
