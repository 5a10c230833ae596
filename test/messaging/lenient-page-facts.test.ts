import { describe, expect, it } from 'vitest';
import { LenientPageFactsSchema, RequestSchema } from '../../src/messaging/contract';
import { PageFactsSchema } from '../../src/facts/schema';

/** A server whose `id` reads are counted: each parse of it reads its id once. */
function counted(server: Record<string, unknown>) {
  const reads = { id: 0 };
  const proxy = new Proxy(server, {
    get(target, key, receiver) {
      if (key === 'id') reads.id++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { proxy, reads };
}

describe('LenientPageFactsSchema (the background checks every page facts message with it)', () => {
  it('parses each subject once: a 500-row list is not validated twice on every read', () => {
    const { proxy, reads } = counted({ id: 'i-1', product: 'ecs', billing: 'payg' });
    const out = LenientPageFactsSchema.parse({ version: 1, servers: [proxy] });
    expect(out.servers).toEqual([{ id: 'i-1', product: 'ecs', billing: 'payg' }]);
    expect(reads.id).toBe(1);
    const { proxy: p2, reads: r2 } = counted({ id: 'i-2', product: 'ecs' });
    RequestSchema.parse({ type: 'page-facts', url: 'https://ecs.console.aliyun.com/', reader: 'r', facts: { version: 1, servers: [p2] } });
    expect(r2.id).toBe(1);
  });

  it('gives what the page facts schema gives for the subjects it keeps: unknown fields dropped, a bad subject left out alone, long code lists cut', () => {
    const codes = Array.from({ length: 150 }, (_, i) => ({ code: `c${i}` }));
    const raw = {
      version: 1,
      extra: 'x',
      entity: { name: '张三', type: 'individual', unknown: 1 },
      websites: [{ name: '站', domains: ['a.cn'], junk: true }, { name: 'x'.repeat(5000), domains: [] }],
      domains: [{ domain: 'a.cn', realNameVerified: true }, { domain: 42 }],
      servers: [{ id: 'i-1', product: 'ecs', authorizationCodes: codes, junk: 1 }, { id: 'i-2', product: 'nope' }, { id: 'i-3', product: 'ecs', region: 'cn-hangzhou' }],
      partial: { rowsRead: 2, rowsShown: 3 },
    };
    const out = LenientPageFactsSchema.parse(raw);
    expect(out).toEqual(
      PageFactsSchema.parse({
        version: 1,
        entity: raw.entity,
        websites: [raw.websites[0]],
        domains: [raw.domains[0]],
        servers: [{ ...raw.servers[0], authorizationCodes: codes.slice(0, 100) }, raw.servers[2]],
        partial: raw.partial,
      }),
    );
    expect(out.servers?.[0]).not.toHaveProperty('junk');
    expect(out.servers?.[0]?.authorizationCodes).toHaveLength(100);
  });

  it('still refuses what is no page facts: another version, a list that is no list', () => {
    expect(LenientPageFactsSchema.safeParse({ version: 2, servers: [] }).success).toBe(false);
    expect(LenientPageFactsSchema.safeParse({ version: 1, servers: { id: 'i-1' } }).success).toBe(false);
    expect(LenientPageFactsSchema.safeParse({ version: 1, domains: 'a.cn' }).success).toBe(false);
    expect(LenientPageFactsSchema.safeParse(null).success).toBe(false);
  });
});
