import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TabResultsMessageSchema, type ResultItem } from '../../src/messaging/tab-results';
import { packResults, unpackResults } from '../../src/messaging/results-wire';
import { parseResultsAnswer, parseTabResults } from '../../src/messaging/tab-results-guard';

const item = fc.record(
  {
    rule: fc.oneof(fc.constantFrom('server.subscription-billing', 'domain.tld-approved'), fc.string({ maxLength: 120 })),
    status: fc.oneof(fc.constantFrom('pass', 'fail', 'unknown'), fc.string({ maxLength: 5 })),
    severity: fc.oneof(fc.constantFrom('error', 'warning', 'info'), fc.constant('fatal')),
    subject: fc.string({ maxLength: 30 }),
    subjectKind: fc.constantFrom('entity', 'website', 'domain', 'server', 'page'),
    message: fc.oneof(fc.string({ maxLength: 30 }), fc.integer()),
    fix: fc.oneof(fc.string({ maxLength: 30 }), fc.constant(null)),
    page: fc.oneof(fc.constantFrom('ecs-instances', 'domain-list'), fc.string({ minLength: 95, maxLength: 110 })),
    title: fc.string({ maxLength: 30 }),
    sources: fc.array(
      fc.oneof(
        fc.record(
          { publisher: fc.oneof(fc.constant('阿里云'), fc.integer()), title: fc.string({ maxLength: 10 }), section: fc.oneof(fc.string({ maxLength: 10 }), fc.constant(undefined)), url: fc.constantFrom('https://help.aliyun.com/', 3), doc: fc.constant('000') },
          { requiredKeys: ['section'] },
        ),
        fc.constant('000'),
      ),
      { maxLength: 22 },
    ),
    variant: fc.oneof(fc.constantFrom('ip', 'expired'), fc.string({ minLength: 39, maxLength: 42 }), fc.constant(null)),
    near: fc.oneof(fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), fc.array(fc.constant('n'), { minLength: 50, maxLength: 51 }), fc.constant([1])),
    extra: fc.string(),
  },
  { requiredKeys: ['rule', 'status', 'severity', 'subject', 'subjectKind', 'title', 'sources'] },
);
const message = fc.record(
  {
    type: fc.constantFrom('results', 'result'),
    lang: fc.constantFrom('zh', 'en', 'fr'),
    results: fc.array(item, { maxLength: 4 }),
    blocking: fc.oneof(fc.array(item, { maxLength: 2 }), fc.constant(null)),
  },
  { requiredKeys: ['type', 'results'] },
);

describe('parseTabResults (content scripts) = TabResultsMessageSchema (zod)', () => {
  it('accepts and rejects exactly the same messages, with the same output', () => {
    fc.assert(
      fc.property(fc.oneof(message, fc.anything()), (raw) => {
        const z = TabResultsMessageSchema.safeParse(raw);
        const g = parseTabResults(raw);
        expect(g !== null).toBe(z.success);
        if (z.success) expect(g).toEqual(z.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts a real message', () => {
    const msg = { type: 'results', lang: 'zh', results: [{ rule: 'server.subscription-billing', status: 'fail', severity: 'error', subject: 'i-1', subjectKind: 'server', message: 'm', fix: 'f', title: 't', sources: [{ publisher: '阿里云', title: 'ICP备案 产品简介', section: '限制说明 › 域名', url: 'https://help.aliyun.com/zh/icp-filing/' }], variant: 'expired' }] };
    expect(parseTabResults(msg)).toEqual(msg);
  });
});

/** Rows of a packed message (../../src/messaging/results-wire), well and badly made. */
const row = fc.oneof(
  fc.record(
    {
      k: fc.oneof(fc.nat(4), fc.constant(0.5), fc.constant(-1), fc.constant('0')),
      s: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant('x'.repeat(2001))),
      m: fc.oneof(fc.string({ maxLength: 10 }), fc.constant(null)),
      f: fc.oneof(fc.string({ maxLength: 10 }), fc.constant(null), fc.constant(undefined)),
      n: fc.oneof(fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }), fc.array(fc.constant('n'), { minLength: 51, maxLength: 52 }), fc.constant([1]), fc.constant('n')),
    },
    { requiredKeys: ['k', 's', 'm'] },
  ),
  fc.record({ r: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constant(0.5)), c: fc.integer({ min: -1, max: 5 }) }),
  fc.anything(),
);
const packedMessage = fc.record(
  {
    type: fc.constantFrom('results', 'result'),
    lang: fc.constantFrom('zh', 'en', 'fr'),
    packed: fc.constantFrom(1, 1, 2),
    base: fc.constantFrom('held', 'gone'),
    // kinds as the loose items above (extra fields, a result's own fields, bad values) or anything
    kinds: fc.oneof(fc.array(item, { maxLength: 4 }), fc.array(fc.anything(), { maxLength: 3 }), fc.anything()),
    results: fc.oneof(fc.array(row, { maxLength: 8 }), fc.anything()),
    blocking: fc.oneof(fc.array(row, { maxLength: 3 }), fc.constant(null)),
  },
  { requiredKeys: ['type', 'lang', 'packed', 'kinds', 'results'] },
);
/** Packed messages mostly well made (a row may name a kind past the end, copy past the held list's end). */
const goodKind = fc.record(
  { rule: fc.constantFrom('r1', 'r2'), status: fc.constant('fail'), severity: fc.constantFrom('error', 'warning'), subjectKind: fc.constantFrom('server', 'domain'), title: fc.string({ maxLength: 4 }), sources: fc.array(fc.record({ section: fc.string({ maxLength: 3 }), url: fc.constant('https://help.aliyun.com/') }, { requiredKeys: ['section'] }), { maxLength: 2 }), variant: fc.constant('ip'), page: fc.constant('p'), fix: fc.constant('kind’s own fix') },
  { requiredKeys: ['rule', 'status', 'severity', 'subjectKind', 'title', 'sources'] },
);
const goodRow = fc.oneof(
  fc.record({ k: fc.nat(2), s: fc.string({ maxLength: 4 }), m: fc.string({ maxLength: 4 }), f: fc.string({ maxLength: 3 }), n: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }) }, { requiredKeys: ['k', 's', 'm'] }),
  fc.record({ r: fc.nat(3), c: fc.integer({ min: 1, max: 3 }) }),
);
const wellMade = fc.record(
  { type: fc.constant('results'), lang: fc.constantFrom('zh', 'en'), packed: fc.constant(1), base: fc.constant('held'), kinds: fc.array(goodKind, { minLength: 1, maxLength: 3 }), results: fc.array(goodRow, { maxLength: 6 }), blocking: fc.array(goodRow, { maxLength: 2 }) },
  { requiredKeys: ['type', 'lang', 'packed', 'kinds', 'results'] },
);
/** A list the content script holds: one the guard passed. */
const heldList = fc.array(item, { maxLength: 5 }).map((results) => parseTabResults({ type: 'results', lang: 'zh', results })?.results ?? []);

describe('parseResultsAnswer (a packed message checked as it is) = parseTabResults(unpackResults(…))', () => {
  it('the same outcome for packed messages well and badly made, with or without a held list to copy from', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(packedMessage, wellMade), heldList, (raw, list) => {
        const held = (id: string) => (id === 'held' ? list : undefined);
        const answer = parseResultsAnswer(raw, held);
        expect(answer).toEqual(parseTabResults(unpackResults(raw, held)));
        if (answer) taken++;
      }),
      { numRuns: 4000 },
    );
    // (not only refusals: some of the made-up messages are whole)
    expect(taken).toBeGreaterThan(100);
  });

  it('what the background packs, taken whole; and a plain message as parseTabResults takes it', () => {
    fc.assert(
      fc.property(message, (m) => {
        const plain = parseTabResults(m);
        if (!plain) return;
        const packed = JSON.parse(JSON.stringify(packResults(plain)));
        expect(parseResultsAnswer(packed)).toEqual(plain);
        expect(parseResultsAnswer(m)).toEqual(plain);
      }),
      { numRuns: 1000 },
    );
  });

  it('at most 5,000 results, copies and rows together', () => {
    const kind = { rule: 'r', status: 'fail', severity: 'error', subjectKind: 'server', title: 't', sources: [] };
    const held = Array.from({ length: 4999 }, (_, i) => ({ ...kind, subject: `s${i}`, message: 'm' }) as ResultItem);
    const msg = (results: unknown[]) => ({ type: 'results', lang: 'zh', packed: 1, base: 'a', kinds: [kind], results });
    const at = (id: string) => (id === 'a' ? held : undefined);
    for (const [rows, whole] of [
      [[{ r: 0, c: 4999 }, { k: 0, s: 'x', m: 'm' }], true],
      [[{ r: 0, c: 4999 }, { k: 0, s: 'x', m: 'm' }, { k: 0, s: 'y', m: 'm' }], false],
      [[{ k: 0, s: 'x', m: 'm' }, { k: 0, s: 'y', m: 'm' }, { r: 0, c: 4999 }], false],
      [Array.from({ length: 5001 }, () => ({ k: 0, s: 'x', m: 'm' })), false],
    ] as const) {
      const answer = parseResultsAnswer(msg([...rows]), at);
      expect(answer).toEqual(parseTabResults(unpackResults(msg([...rows]), at)));
      expect(answer !== null).toBe(whole);
    }
  });
});
