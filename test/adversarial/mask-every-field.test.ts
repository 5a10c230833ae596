import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AuthorizationCodeSchema, DomainSchema, EntitySchema, ServerSchema, WebsiteSchema, type Facts } from '../../src/facts/schema';
import { maskFactsIds } from '../../src/facts/mask-id';
import { addSightings, emptyStoredFacts, importFactsFile, maskStored, mergeSightings, type StoredFacts } from '../../src/store';

/**
 * Issue 11: an ID number leaves masked "on every path". A reader that takes a neighbour's text into a field
 * (a region cell that took the holder's ID, a status tag carrying it, a registrar read from the wrong row) must
 * not carry a full number into the store, an export or the command line's output — whichever text field it is.
 * The fields are listed from the schema itself, so a text field added later is covered without editing this test.
 */
const FULL = '410105199003071234';
const MIDDLE = FULL.slice(4, 14);
const prov = { reader: 'test', url: 'https://ecs.console.aliyun.com/', seenAt: '2026-12-05T00:00:00.000Z' };

/** Domain names stay as written: public, the subject's key, and checked as host names before they are facts. */
const DOMAIN_NAME_FIELDS = new Set(['domain', 'domains']);

function unwrap(t: z.ZodTypeAny): z.ZodTypeAny {
  let s: z.ZodTypeAny = t;
  for (;;) {
    const def = (s as unknown as { _def: Record<string, unknown> })._def;
    const inner = (def.innerType ?? def.schema ?? (def.out as z.ZodTypeAny | undefined)) as z.ZodTypeAny | undefined;
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodTypeAny;
    else if (inner && !(s instanceof z.ZodString) && !(s instanceof z.ZodArray) && !(s instanceof z.ZodObject)) s = inner;
    else return s;
  }
}

/** Each string field (or array of strings) of an object schema, by name, with whether it is an array. */
function textFields(schema: z.ZodObject<z.ZodRawShape>): { key: string; array: boolean }[] {
  const out: { key: string; array: boolean }[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const t = unwrap(field as z.ZodTypeAny);
    if (t instanceof z.ZodString) out.push({ key, array: false });
    else if (t instanceof z.ZodArray && unwrap(t.element as z.ZodTypeAny) instanceof z.ZodString) out.push({ key, array: true });
  }
  return out;
}

const isDateField = (key: string) => /At$/.test(key);
const carrying = (key: string, array: boolean) => {
  const v = `张三 ${FULL}`;
  return array ? [v] : key === 'idNumber' || key === 'registrantIdNumber' ? FULL : v;
};

type Case = { where: string; key: string; facts: Facts };
const cases: Case[] = [];
const base = { entity: { type: 'individual' as const }, website: { domains: ['example.cn'] }, domain: { domain: 'example.cn' }, server: { id: 'i-bp1example0001', product: 'ecs' as const } };
for (const { key, array } of textFields(EntitySchema)) {
  if (isDateField(key)) continue;
  cases.push({ where: 'entity', key, facts: { version: 1, entity: { ...base.entity, [key]: carrying(key, array) } } });
}
for (const { key, array } of textFields(WebsiteSchema)) {
  if (DOMAIN_NAME_FIELDS.has(key)) continue;
  cases.push({ where: 'websites[0]', key, facts: { version: 1, entity: base.entity, websites: [{ ...base.website, [key]: carrying(key, array) }] } });
}
for (const { key, array } of textFields(DomainSchema)) {
  if (DOMAIN_NAME_FIELDS.has(key) || isDateField(key)) continue;
  cases.push({ where: 'domains[0]', key, facts: { version: 1, entity: base.entity, domains: [{ ...base.domain, [key]: carrying(key, array) }] } });
}
for (const { key, array } of textFields(ServerSchema)) {
  if (isDateField(key) || key === 'provider') continue;
  cases.push({ where: 'servers[0]', key, facts: { version: 1, entity: base.entity, servers: [{ ...base.server, [key]: carrying(key, array) }] } });
}
for (const { key, array } of textFields(AuthorizationCodeSchema)) {
  const code = { code: 'BA3C5E7G9J1L3N5Q', [key]: carrying(key, array) } as { code: string };
  cases.push({ where: 'servers[0].authorizationCodes[0]', key, facts: { version: 1, entity: base.entity, servers: [{ ...base.server, authorizationCodes: [code] }] } });
}

describe('a full ID number in any text field leaves masked', () => {
  it('the schema walk finds the text fields (so the cases below are not empty)', () => {
    const keys = cases.map((c) => `${c.where}.${c.key}`);
    for (const k of ['entity.name', 'entity.account', 'entity.province', 'websites[0].serviceNumber', 'domains[0].registrar', 'domains[0].status', 'domains[0].accessProvider', 'servers[0].region', 'servers[0].account', 'servers[0].id', 'servers[0].authorizationCodes[0].targetAccount']) {
      expect(keys).toContain(k);
    }
  });

  it.each(cases.map((c) => [`${c.where}.${c.key}`, c] as const))('%s: the command line and the reader path (maskFactsIds)', (_, c) => {
    const out = maskFactsIds(c.facts);
    expect(JSON.stringify(out)).not.toContain(MIDDLE);
  });

  it.each(cases.map((c) => [`${c.where}.${c.key}`, c] as const))('%s: stored, imported and exported', (_, c) => {
    const { entity, ...rest } = c.facts;
    const stored = addSightings(emptyStoredFacts(), { ...rest, ...(entity ? { entity } : {}) }, prov);
    const imported = importFactsFile(emptyStoredFacts(), c.facts, prov);
    for (const state of [stored, imported]) {
      expect(JSON.stringify(state)).not.toContain(MIDDLE);
      expect(JSON.stringify(mergeSightings(state, { entityType: 'individual' }))).not.toContain(MIDDLE);
    }
  });

  it('a value stored before every field was masked is masked when read back', () => {
    const legacy: StoredFacts = {
      entity: [{ ...prov, facts: { account: `${FULL}`, province: `河南 ${FULL}` } }],
      websites: { 'example.cn': [{ ...prov, facts: { domains: ['example.cn'], serviceNumber: FULL } }] },
      domains: { 'example.cn': [{ ...prov, facts: { domain: 'example.cn', registrar: `阿里云 ${FULL}`, status: [FULL] } }] },
      servers: { 'i-bp1example0001': [{ ...prov, url: `https://ecs.console.aliyun.com/?id=${FULL}`, facts: { id: 'i-bp1example0001', product: 'ecs', region: FULL } }] },
    };
    expect(JSON.stringify(maskStored(legacy))).not.toContain(MIDDLE);
    expect(JSON.stringify(mergeSightings(legacy, { entityType: 'individual' }))).not.toContain(MIDDLE);
  });

  it("a page's address or an imported file's name carrying a number is stored masked", () => {
    const page = { version: 1 as const, domains: [{ domain: 'example.cn' }] };
    for (const url of [`https://dc.console.aliyun.com/?certNo=${FULL}`, `file:张三${FULL}.json`]) {
      expect(JSON.stringify(addSightings(emptyStoredFacts(), page, { ...prov, url }))).not.toContain(MIDDLE);
    }
  });

  it('what is masked is only the number: the rest of the text, domain names and ordinary values stay as they are', () => {
    const facts: Facts = {
      version: 1,
      entity: { type: 'individual', name: '张三', account: `zhangsan ${FULL}`, province: '河南' },
      websites: [{ domains: ['410105199003071234.cn'], serviceNumber: '2026112500012', serverId: 'i-bp1example0001' }],
      domains: [{ domain: '410105199003071234.cn', registrar: '阿里云计算有限公司', icpNumber: '京ICP备2024000001号-1', status: ['ok'] }],
      servers: [{ id: 'i-bp1example0001', product: 'ecs', region: 'cn-hangzhou', account: '100011223344', authorizationCodes: [{ code: 'BA3C5E7G9J1L3N5Q', targetAccount: '100011223344' }] }],
    };
    const out = maskFactsIds(facts);
    expect(out.entity?.account).toBe('zhangsan 4101**********1234');
    expect(out.entity?.name).toBe('张三');
    expect(out.websites?.[0]).toEqual(facts.websites?.[0]);
    expect(out.domains?.[0]).toEqual(facts.domains?.[0]);
    expect(out.servers?.[0]).toEqual(facts.servers?.[0]);
  });

  it("a re-read's unchanged records come back as themselves, and a list is copied only where an item changed", () => {
    // (the content script's delta compares records by identity first: page-delta inPlaceDelta)
    const servers = Array.from({ length: 5 }, (_, i) => ({ id: `i-bp1example000${i}`, product: 'ecs' as const, region: 'cn-hangzhou', publicBandwidthMbps: i, account: `web-${i}` }));
    const facts: Facts = { version: 1, servers };
    expect(maskFactsIds(facts)).toBe(facts);
    const withNumber: Facts = { version: 1, servers: servers.map((s, i) => (i === 3 ? { ...s, account: `web ${FULL}` } : s)) };
    const out = maskFactsIds(withNumber);
    expect(out).not.toBe(withNumber);
    expect(out.servers).not.toBe(withNumber.servers);
    expect(out.servers?.[3]?.account).toBe('web 4101**********1234');
    for (const i of [0, 1, 2, 4]) expect(out.servers?.[i]).toBe(servers[i]);
    expect(withNumber.servers?.[3]?.account).toBe(`web ${FULL}`); // the input is not changed
    // a number in a nested list's record, and one beside numbers and booleans
    const nested = { version: 1 as const, servers: [{ id: 'i-bp1example0009', product: 'ecs' as const, expired: false, publicBandwidthMbps: 5, authorizationCodes: [{ code: 'BA3C5E7G9J1L3N5Q', targetAccount: FULL }] }] };
    expect(JSON.stringify(maskFactsIds(nested))).not.toContain(MIDDLE);
    expect(maskFactsIds(nested).servers[0]!.expired).toBe(false);
  });

  it("a record's inherited fields are neither masked into it nor copied", () => {
    const proto = { inherited: FULL };
    const server = Object.assign(Object.create(proto) as object, { id: 'i-bp1example0001', name: `web ${FULL}` });
    const out = maskFactsIds({ version: 1, servers: [server] }) as { servers: Record<string, unknown>[] };
    expect(Object.keys(out.servers[0]!)).toEqual(['id', 'name']);
    expect(out.servers[0]!.name).toBe('web 4101**********1234');
  });
});

describe("the open tabs' registry (session storage) holds a page's address masked", () => {
  it('a console address carrying an ID number is kept with the number masked, and the tab still gets its results', async () => {
    const { memoryBackground } = await import('../helpers/memory-background');
    const { service, state } = memoryBackground();
    const url = `https://dc.console.aliyun.com/next/index?certNo=${FULL}#/domain/list/all-domain`;
    const msg = { type: 'page-facts', url, reader: 'aliyun-domain-list', facts: { version: 1, domains: [{ domain: 'example.io' }] } };
    const reply = (await service.handle(msg, { tab: { id: 4, url } })) as { type: string; results: unknown[] };
    expect(reply.type).toBe('results');
    expect(reply.results.length).toBeGreaterThan(0);
    expect(state.tabs['4']?.url).toContain('certNo=4101');
    expect(JSON.stringify(state.tabs)).not.toContain(MIDDLE);
    expect(JSON.stringify(state.facts)).not.toContain(MIDDLE);
    // the same page asking again is the same page (its subjects kept), not a new one
    const again = (await service.handle({ type: 'get-tab-results', url }, { tab: { id: 4, url } })) as { results: unknown[] };
    expect(again.results.length).toBe(reply.results.length);
    expect(state.tabs['4']?.subjects).toContain('domain:example.io');
  });
});
