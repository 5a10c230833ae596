import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint, loadRuleSet } from '../../src/engine/index';
import { toResultItem } from '../../src/messaging/result-items';
import { packResults, unpackResults } from '../../src/messaging/results-wire';
import { TabResultsMessageSchema, type ResultItem, type TabResultsMessage } from '../../src/messaging/tab-results';
import { parseResultsAnswer, parseTabResults } from '../../src/messaging/tab-results-guard';

/** A message as it crosses the browser's messaging (JSON: no undefined, no shared objects). */
const wire = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
/**
 * A packed message as the content script takes it (parseResultsAnswer: checked as it is) — asserted to be what the
 * contract's guard gives of it unpacked, every time this file takes one.
 */
function take(raw: unknown, held?: (id: string) => readonly ResultItem[] | undefined) {
  const taken = parseResultsAnswer(raw, held);
  expect(taken).toEqual(parseTabResults(unpackResults(raw, held)));
  return taken;
}

const source = fc.record({ publisher: fc.constantFrom('阿里云', 'Tencent Cloud'), title: fc.string({ maxLength: 8 }), section: fc.string({ maxLength: 8 }), url: fc.constantFrom('https://help.aliyun.com/', 'https://cloud.tencent.com/document/product/243') }, { requiredKeys: ['section'] });
const item = fc.record(
  {
    rule: fc.constantFrom('server.subscription-billing', 'server.public-bandwidth', 'domain.tld-approved'),
    status: fc.constantFrom('pass', 'fail', 'unknown'),
    severity: fc.constantFrom('error', 'warning', 'info'),
    subject: fc.string({ maxLength: 12 }),
    subjectKind: fc.constantFrom('entity', 'website', 'domain', 'server'),
    message: fc.string({ maxLength: 20 }),
    fix: fc.string({ maxLength: 20 }),
    page: fc.constantFrom('ecs-instances', 'domain-list'),
    title: fc.constantFrom('t1', 't2'),
    sources: fc.array(source, { maxLength: 3 }),
    variant: fc.constantFrom('ip', 'expired'),
    near: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  },
  { requiredKeys: ['rule', 'status', 'severity', 'subject', 'subjectKind', 'message', 'title', 'sources'] },
);
const message = fc.record({ type: fc.constant('results' as const), lang: fc.constantFrom('zh' as const, 'en' as const), results: fc.array(item, { maxLength: 12 }), blocking: fc.array(item, { maxLength: 4 }) }, { requiredKeys: ['type', 'lang', 'results'] });

describe('results-wire: a tab’s results packed by the background, unpacked by the content script', () => {
  it('packed, sent and unpacked: what the guard gives of the plain message, item for item and in order', () => {
    fc.assert(
      fc.property(message, (m) => {
        const plain = TabResultsMessageSchema.parse(m) as TabResultsMessage;
        expect(take(wire(packResults(plain)))).toEqual(parseTabResults(wire(plain)));
      }),
      { numRuns: 500 },
    );
  });

  it('500 servers’ findings: each rule’s title and sources once, the message under 40% of the plain one', () => {
    const rules = loadRuleSet();
    const servers = Array.from({ length: 500 }, (_, i) => ({ id: `i-bp1${String(i).padStart(5, '0')}abcdefghij`, product: 'ecs' as const, region: 'cn-hangzhou', billing: i % 2 ? ('payg' as const) : ('subscription' as const), expiresAt: '2027-01-10T00:00:00Z', publicBandwidthMbps: i % 4 ? 5 : 0 }));
    const failing = lint({ version: 1, servers }, rules, new Date('2026-11-24')).filter((r) => r.status === 'fail');
    const plain: TabResultsMessage = { type: 'results', lang: 'zh', results: failing.map((r) => toResultItem(r, rules, 'zh')) };
    expect(plain.results.length).toBeGreaterThan(500);
    const packed = packResults(plain);
    expect(packed.kinds.length).toBeLessThan(10);
    const [a, b] = [JSON.stringify(plain).length, JSON.stringify(packed).length];
    expect(b / a).toBeLessThan(0.4);
    expect(take(wire(packed))).toEqual(wire(plain));
  });

  it('written as changes to a list the content script holds: the same results, item for item; runs where the base has them', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.array(fc.nat(30), { maxLength: 14 }), fc.array(item, { maxLength: 3 }), (baseItems, picks, fresh) => {
        const base = (TabResultsMessageSchema.parse({ type: 'results', lang: 'zh', results: baseItems }) as TabResultsMessage).results;
        const extra = (TabResultsMessageSchema.parse({ type: 'results', lang: 'zh', results: fresh }) as TabResultsMessage).results;
        // the new list: some of the base's items, in any order, repeated or not, and some new ones
        const pool = [...base, ...extra];
        const results = pool.length ? picks.map((p) => pool[p % pool.length]!) : [];
        const plain: TabResultsMessage = { type: 'results', lang: 'zh', results };
        const held = wire(base);
        const packed = wire(packResults(plain, { id: 'n2', base: { id: 'n1', items: base } }));
        expect(packed).toMatchObject({ id: 'n2', base: 'n1' });
        expect(take(packed, (id) => (id === 'n1' ? held : undefined))).toEqual(parseTabResults(wire(plain)));
      }),
      { numRuns: 500 },
    );
  });

  it('one result changed of 500: the answer is two runs and a row, a few hundred characters', () => {
    const base = Array.from({ length: 500 }, (_, i) => ({ rule: 'server.subscription-billing', status: 'fail' as const, severity: 'error' as const, subject: `i-${i}`, subjectKind: 'server' as const, message: `i-${i} is pay-as-you-go`, title: 't', sources: [{ section: 's' }] }));
    const results = base.map((r, i) => (i === 250 ? { ...r, message: 'changed' } : r));
    const packed = packResults({ type: 'results', lang: 'zh', results }, { id: 'b', base: { id: 'a', items: base } });
    expect(packed.results).toEqual([{ r: 0, c: 250 }, expect.objectContaining({ s: 'i-250', m: 'changed' }), { r: 251, c: 249 }]);
    expect(JSON.stringify(packed).length).toBeLessThan(400);
  });

  it('copies the guard refuses: no base held, a run past its end, counts not whole', () => {
    const base: ResultItem[] = [{ rule: 'r', status: 'fail', severity: 'error', subject: 's', subjectKind: 'server', message: 'm', title: 't', sources: [] }];
    const msg = (rows: unknown[], b = 'a') => ({ type: 'results', lang: 'zh', packed: 1, base: b, kinds: [], results: rows });
    const held = (id: string) => (id === 'a' ? base : undefined);
    expect(take(msg([{ r: 0, c: 1 }]), held)?.results).toHaveLength(1);
    for (const bad of [msg([{ r: 0, c: 1 }], 'gone'), msg([{ r: 0, c: 2 }]), msg([{ r: 1, c: 1 }]), msg([{ r: -1, c: 1 }]), msg([{ r: 0, c: 0 }]), msg([{ r: 0.5, c: 1 }]), msg([{ r: '0', c: 1 }])]) {
      expect(take(bad, held), JSON.stringify(bad)).toBeNull();
    }
    // no lists held at all (the default)
    expect(take(msg([{ r: 0, c: 1 }]))).toBeNull();
  });

  it('a plain message passes as it came (the background of an older version, the tests’ own)', () => {
    const m = { type: 'results', lang: 'en', results: [] };
    expect(unpackResults(m)).toBe(m);
    expect(unpackResults('x')).toBe('x');
  });

  it('rows that do not fit their kinds: the guard refuses the whole message, none dropped quietly', () => {
    const good = packResults({ type: 'results', lang: 'zh', results: [{ rule: 'r', status: 'fail', severity: 'error', subject: 's', subjectKind: 'server', message: 'm', title: 't', sources: [] }] });
    for (const bad of [
      { ...good, results: [{ k: 1, s: 's', m: 'm' }] },
      { ...good, results: [{ k: -1, s: 's', m: 'm' }] },
      { ...good, results: [{ k: 0.5, s: 's', m: 'm' }] },
      { ...good, results: [{ k: '0', s: 's', m: 'm' }] },
      { ...good, results: [{ k: 0, s: 3, m: 'm' }] },
      { ...good, results: [{ k: 0, s: 's', m: 'm', f: 7 }] },
      { ...good, results: [['0', 's', 'm']] },
      { ...good, kinds: 'x' },
      { ...good, kinds: [3] },
      { ...good, blocking: [{ k: 2, s: 's', m: 'm' }] },
      { ...good, results: 'x' },
    ]) expect(take(wire(bad)), JSON.stringify(bad)).toBeNull();
    expect(take(wire(good))?.results).toHaveLength(1);
  });
});
