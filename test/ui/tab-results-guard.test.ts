import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TabResultsMessageSchema } from '../../src/messaging/tab-results';
import { parseTabResults } from '../../src/messaging/tab-results-guard';

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
