import { describe, expect, it, vi } from 'vitest';
import { FactsSchema } from '../../src/facts/schema';
import {
  addSightings,
  consoleProviders,
  emptyStoredFacts,
  fitToBudget,
  maskIdNumber,
  storedBytes,
  mergeSightings,
  registrableDomain,
  importFactsFile,
  subjectKey,
  type StoreLimits,
} from '../../src/store';

const at = (t: string, reader = 'aliyun-domain-list') => ({ reader, url: 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain', seenAt: `2026-11-24T${t}:00.000Z` });

describe('maskIdNumber', () => {
  it.each([
    ['410105199001011234', '4101**********1234'],
    ['4101**********1234', '4101**********1234'],
    ['4101＊＊＊＊1234', '4101****1234'],
    ['91410100MA4X0ABC1Y', '9141**********BC1Y'],
    ['E1234567', 'E1****67'],
    ['1234', '1**4'],
    // a display that shows too much is masked further in place (positions kept: it still compares)
    ['41010219********34', '4101************34'],
    ['410102********1234', '4101**********1234'],
    ['4101 0219 **** **34', '4101 **** **** **34'],
    ['', ''],
  ])('%s → %s', (raw, masked) => expect(maskIdNumber(raw)).toBe(masked));
});

describe('registrableDomain', () => {
  it.each([
    ['Example.COM.', 'example.com'],
    ['https://www.example.com.cn/path?q=1', 'example.com.cn'],
    ['ｗｗｗ．ｅｘａｍｐｌｅ。ｃｏｍ', 'example.com'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
    ['xn--fsqu00a.xn--fiqs8s', 'xn--fsqu00a.xn--fiqs8s'],
    ['blog.example.io', 'example.io'],
  ])('%s → %s', (raw, key) => expect(registrableDomain(raw)).toBe(key));

  it('keys results and facts alike', () => {
    expect(subjectKey('domain', '例子.中国')).toBe(subjectKey('domain', 'XN--FSQU00A.xn--fiqs8s'));
    expect(subjectKey('server', ' i-bp1abc ')).toBe('server:i-bp1abc');
  });
});

describe('addSightings / mergeSightings', () => {
  it('a newer sighting replaces older fields per key; facts only one page shows survive', () => {
    let s = emptyStoredFacts();
    s = addSightings(s, { version: 1, domains: [{ domain: 'Example.com', realNameVerified: false, expiresAt: '2027-01-01' }] }, at('01:00'));
    s = addSightings(s, { version: 1, domains: [{ domain: 'example.com', registrantName: '张三', registrantIdNumber: '410105199001011234' }] }, at('02:00', 'aliyun-domain-holder'));
    s = addSightings(s, { version: 1, domains: [{ domain: 'www.example.com', realNameVerified: true }] }, at('03:00'));
    expect(Object.keys(s.domains)).toEqual(['example.com']);
    expect(s.domains['example.com']).toHaveLength(2); // one per reader
    const facts = mergeSightings(s);
    expect(facts.domains).toEqual([
      { domain: 'www.example.com', realNameVerified: true, registrantName: '张三', registrantIdNumber: '4101**********1234' },
    ]);
    expect(FactsSchema.safeParse(facts).success).toBe(true);
  });

  it('an older sighting arriving late does not override a newer one', () => {
    let s = emptyStoredFacts();
    s = addSightings(s, { version: 1, servers: [{ id: 'i-1', product: 'ecs', billing: 'subscription' }] }, at('05:00', 'aliyun-ecs-instance-list'));
    s = addSightings(s, { version: 1, servers: [{ id: 'i-1', product: 'ecs', billing: 'payg', region: 'cn-hangzhou' }] }, at('04:00', 'aliyun-ecs-instance-detail'));
    expect(mergeSightings(s).servers).toEqual([{ id: 'i-1', product: 'ecs', billing: 'subscription', region: 'cn-hangzhou' }]);
  });

  it('masks the entity ID number before storing', () => {
    const s = addSightings(emptyStoredFacts(), { version: 1, entity: { type: 'individual', idNumber: '410105199001011234' } }, at('01:00', 'aliyun-beian-entity'));
    expect(JSON.stringify(s)).not.toContain('410105199001011234');
    expect(s.entity[0]?.facts.idNumber).toBe('4101**********1234');
  });

  it('completes the entity from the filing defaults, and leaves out an entity of unknown type', () => {
    const s = addSightings(emptyStoredFacts(), { version: 1, entity: { name: '张三' } }, at('01:00', 'aliyun-beian-entity'));
    expect(mergeSightings(s).entity).toBeUndefined();
    expect(mergeSightings(s, { entityType: 'individual', province: '河南' }).entity).toEqual({ name: '张三', type: 'individual', province: '河南' });
    const typed = addSightings(s, { version: 1, entity: { type: 'organization', province: '北京' } }, at('02:00', 'aliyun-beian-entity-2'));
    expect(mergeSightings(typed, { entityType: 'individual', province: '河南' }).entity).toEqual({ name: '张三', type: 'organization', province: '北京' });
  });

  it('keys websites by name, else by first domain', () => {
    let s = emptyStoredFacts();
    s = addSightings(s, { version: 1, websites: [{ name: '我的博客', domains: ['a.com', 'b.com'] }, { domains: ['c.com'] }] }, at('01:00', 'aliyun-beian-website'));
    expect(Object.keys(s.websites).sort()).toEqual(['domain:c.com', 'name:我的博客']);
  });

  it('is bounded: the least recently seen subjects go first', () => {
    const limits: StoreLimits = { websites: 2, domains: 3, servers: 2, sightingsPerSubject: 2 };
    let s = emptyStoredFacts();
    for (let i = 0; i < 6; i++) s = addSightings(s, { version: 1, domains: [{ domain: `d${i}.com` }] }, at(`0${i}:00`), limits);
    expect(Object.keys(s.domains).sort()).toEqual(['d3.com', 'd4.com', 'd5.com']);
    for (let i = 0; i < 4; i++) s = addSightings(s, { version: 1, domains: [{ domain: 'd5.com' }] }, at(`0${i}:30`, `reader-${i}`), limits);
    expect(s.domains['d5.com']).toHaveLength(2);
  });

  it('imports a facts file as sightings with provenance', () => {
    const s = importFactsFile(
      emptyStoredFacts(),
      { version: 1, entity: { type: 'individual', idNumber: '410105199001011234' }, domains: [{ domain: 'a.io' }], websites: [{ domains: ['a.io'] }] },
      { reader: 'import', url: 'file:f.json', seenAt: '2026-11-24T00:00:00.000Z' },
    );
    const facts = mergeSightings(s);
    expect(facts.entity?.idNumber).toBe('4101**********1234');
    expect(facts.domains).toEqual([{ domain: 'a.io' }]);
    expect(s.domains['a.io']?.[0]?.reader).toBe('import');
  });
});

describe('consoleProviders', () => {
  it('names the providers whose console readers saw the facts; an imported file names none', () => {
    let s = emptyStoredFacts();
    expect(consoleProviders(s)).toEqual([]);
    s = importFactsFile(s, { version: 1, domains: [{ domain: 'a.cn' }] }, { reader: 'import', url: 'file:f.json', seenAt: '2026-11-24T01:00:00.000Z' });
    expect(consoleProviders(s)).toEqual([]);
    s = addSightings(s, { version: 1, domains: [{ domain: 'b.cn', realNameVerified: true }] }, at('02:00', 'tencent-domain-list'));
    expect(consoleProviders(s)).toEqual(['tencent']);
    s = addSightings(s, { version: 1, entity: { type: 'individual', province: '河南' } }, at('03:00', 'aliyun-beian-entity'));
    expect(consoleProviders(s)).toEqual(['aliyun', 'tencent']);
  });
});

describe('fitToBudget on every write', () => {
  it('a store within its budget is written out once to be measured, not subject by subject (run on each read of a page)', () => {
    let state = addSightings(emptyStoredFacts(), { version: 1, servers: Array.from({ length: 500 }, (_, i) => ({ id: `ins-${String(i).padStart(8, '0')}`, product: 'cvm' as const, region: '广州' })) }, at('00:00', 'tencent-cvm-instance-list'));
    // one subject of two sightings: that one is measured on its own (its cap), the single sightings are not
    state = addSightings(state, { version: 1, servers: [{ id: 'ins-00000001', product: 'cvm', billing: 'payg' }] }, at('00:01', 'tencent-cvm-instance-detail'));
    const budget = { totalBytes: storedBytes(state), perSubjectBytes: 64_000 };
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      expect(fitToBudget(state, budget)).toBe(state);
      expect(stringify.mock.calls.length).toBeLessThanOrEqual(2);
    } finally {
      stringify.mockRestore();
    }
    // the same verdicts as before: one byte over the whole, or a subject of several sightings over its cap
    expect(fitToBudget(state, { totalBytes: storedBytes(state) - 1, perSubjectBytes: 64_000 })).not.toBe(state);
    const two = new TextEncoder().encode(JSON.stringify(state.servers['ins-00000001'])).length;
    expect(fitToBudget(state, { totalBytes: 4_000_000, perSubjectBytes: two })).toBe(state);
    expect(fitToBudget(state, { totalBytes: 4_000_000, perSubjectBytes: two - 1 }).servers['ins-00000001']).toHaveLength(1);
    // a single sighting over the cap stays whole
    expect(fitToBudget(state, { totalBytes: 4_000_000, perSubjectBytes: 10 }).servers['ins-00000002']).toHaveLength(1);
  });

  it('counts UTF-8 bytes where the characters alone could not tell (3 bytes for a Chinese character, 4 for a pair), and a kind with no subject: one byte over is over', () => {
    const state = addSightings(emptyStoredFacts(), { version: 1, servers: Array.from({ length: 20 }, (_, i) => ({ id: `ins-${i}`, product: 'cvm' as const, region: '广州三区𠀀'.repeat(20) })) }, at('00:00', 'tencent-cvm-instance-list'));
    const bytes = new TextEncoder().encode(JSON.stringify(state)).length;
    expect(storedBytes(state)).toBe(bytes);
    expect(fitToBudget(state, { totalBytes: bytes, perSubjectBytes: 64_000 })).toBe(state);
    // (websites and domains hold no subject here: `"websites":{}` counted whole)
    expect(storedBytes(fitToBudget(state, { totalBytes: bytes - 1, perSubjectBytes: 64_000 }))).toBeLessThan(bytes);
    expect(Object.keys(fitToBudget(state, { totalBytes: bytes - 1, perSubjectBytes: 64_000 }).servers)).toHaveLength(19);
  });
});
