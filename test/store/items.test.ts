import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// @wxt-dev/storage reads the global `chrome` when it loads: install the fake first.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
const store = { ...(await import('../../src/store')), ...(await import('../../src/store/items')), ...(await import('../../src/store/stored-text')) };

describe('storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps facts in local storage at version 2, as their JSON text, and reads them back', async () => {
    const facts = store.addSightings(store.emptyStoredFacts(), { version: 1, domains: [{ domain: 'a.com' }] }, { reader: 'r', url: 'https://dc.console.aliyun.com/', seenAt: '2026-11-24T00:00:00Z' });
    await store.setStoredFacts(facts);
    expect(await store.getStoredFacts()).toEqual(facts);
    const raw = await fakeBrowser.storage.local.get(['facts', 'facts$']);
    // one text, not an object of ~10,000 fields for the browser to convert on every write (src/store/stored-text)
    expect(raw['facts']).toBe(JSON.stringify(facts));
    expect(raw['facts$']).toEqual({ v: 2 });
  });

  it('migrates what earlier versions stored (version 1: the object) to its text: nothing lost, same store read back', async () => {
    const v1 = store.emptyStoredFacts();
    v1.entity = [{ reader: 'aliyun-beian-entity', url: 'https://beian.aliyun.com/', seenAt: '2026-01-02T00:00:00.000Z', filing: 'name:张三', facts: { type: 'individual', name: '张三', province: '河南' } }];
    v1.domains['a.com'] = [
      { reader: 'aliyun-domain-list', url: 'u', seenAt: '2026-01-01T00:00:00.000Z', facts: { domain: 'a.com', realNameVerified: true } },
      { reader: 'aliyun-domain-detail', url: 'v', seenAt: '2026-01-03T00:00:00.000Z', filing: 'name:张三', facts: { domain: 'a.com', registrantName: '张三' } },
    ];
    v1.servers['i-1'] = [{ reader: 'aliyun-ecs-instance-list', url: 'w', seenAt: '2026-01-04T00:00:00.000Z', facts: { id: 'i-1', product: 'ecs', billing: 'payg' } }];
    v1.websites['name:站'] = [{ reader: 'aliyun-beian-website', url: 'x', seenAt: '2026-01-05T00:00:00.000Z', facts: { name: '站', domains: ['a.com'] } }];
    await fakeBrowser.storage.local.set({ facts: v1, facts$: { v: 1 } });
    await store.defineStoredFactsItem().migrate();
    const raw = await fakeBrowser.storage.local.get(['facts', 'facts$']);
    expect(raw['facts$']).toEqual({ v: 2 });
    expect(raw['facts']).toBe(JSON.stringify(v1));
    expect(await store.getStoredFacts()).toEqual(v1);
    expect(store.mergeSightings(await store.getStoredFacts())).toEqual(store.mergeSightings(v1));
  });

  it('a text stored without its version (written after "clear everything" removed the meta) is kept as it is by the migration', async () => {
    const facts = store.addSightings(store.emptyStoredFacts(), { version: 1, servers: [{ id: 'i-1', product: 'ecs' }] }, { reader: 'r', url: 'u', seenAt: '2026-01-01T00:00:00Z' });
    await fakeBrowser.storage.local.set({ facts: JSON.stringify(facts) });
    await store.defineStoredFactsItem().migrate();
    const raw = await fakeBrowser.storage.local.get(['facts', 'facts$']);
    expect(raw['facts']).toBe(JSON.stringify(facts));
    expect(raw['facts$']).toEqual({ v: 2 });
    expect(await store.getStoredFacts()).toEqual(facts);
  });

  it('migrates a version 2 value when the item is bumped to version 3 (the documented path)', async () => {
    const facts = store.addSightings(store.emptyStoredFacts(), { version: 1, domains: [{ domain: 'a.com', realNameVerified: true }] }, { reader: 'r', url: 'u', seenAt: '2026-01-01T00:00:00Z' });
    await fakeBrowser.storage.local.set({ facts: JSON.stringify(facts), facts$: { v: 2 } });
    // raise the version, add migrations[3] (v2 value -> v3 value)
    const v3Item = store.defineStoredFactsItem(3, {
      ...store.storedFactsMigrations,
      3: (old: string) => JSON.stringify({ ...JSON.parse(old), migratedFrom: 2 }),
    });
    await v3Item.migrate();
    const raw = await fakeBrowser.storage.local.get(['facts', 'facts$']);
    expect(raw['facts$']).toEqual({ v: 3 });
    expect(JSON.parse(raw['facts'] as string)).toMatchObject({ migratedFrom: 2, domains: { 'a.com': [{ facts: { domain: 'a.com' } }] } });
  });

  it('a damaged stored value falls back to empty', async () => {
    await fakeBrowser.storage.local.set({ facts: { entity: 'oops' } });
    expect(await store.getStoredFacts()).toEqual(store.emptyStoredFacts());
    await fakeBrowser.storage.local.set({ facts: '{"entity":' });
    expect(await store.getStoredFacts()).toEqual(store.emptyStoredFacts());
    await fakeBrowser.storage.local.set({ facts: JSON.stringify({ entity: 'oops' }) });
    expect(await store.getStoredFacts()).toEqual(store.emptyStoredFacts());
  });

  it('tells a stored value with no sighting (the background then drops its copy) from one with sightings, without parsing a long text', async () => {
    const one = store.addSightings(store.emptyStoredFacts(), { version: 1, domains: [{ domain: 'a.com' }] }, { reader: 'r', url: 'u', seenAt: 't' });
    for (const empty of [undefined, null, '', JSON.stringify(store.emptyStoredFacts()), store.emptyStoredFacts(), '{oops', 'null']) expect(store.storedValueEmpty(empty)).toBe(true);
    for (const full of [JSON.stringify(one), one]) expect(store.storedValueEmpty(full)).toBe(false);
    const many = store.addSightings(store.emptyStoredFacts(), { version: 1, servers: Array.from({ length: 50 }, (_, i) => ({ id: `i-${i}`, product: 'ecs' as const })) }, { reader: 'r', url: 'u', seenAt: 't' });
    const text = JSON.stringify(many);
    const parse = vi.spyOn(JSON, 'parse');
    expect(store.storedValueEmpty(text)).toBe(false);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('options default to the browser language and validate', async () => {
    expect(await store.getOptions()).toEqual({ lang: 'auto' });
    await store.optionsItem.setValue({ lang: 'zh', entityType: 'individual', province: '河南' });
    expect(await store.getOptions()).toEqual({ lang: 'zh', entityType: 'individual', province: '河南' });
    expect(store.resolveLang('auto', 'zh-CN')).toBe('zh');
    expect(store.resolveLang('auto', 'en-US')).toBe('en');
    expect(store.resolveLang('en', 'zh-CN')).toBe('en');
  });

  it('clears everything stored', async () => {
    await store.setStoredFacts(store.addSightings(store.emptyStoredFacts(), { version: 1, domains: [{ domain: 'a.com' }] }, { reader: 'r', url: 'u', seenAt: 't' }));
    await store.optionsItem.setValue({ lang: 'en' });
    await store.tabSubjectsItem.setValue({ '1': { url: 'u', family: 'ecs', subjects: ['domain:a.com'] } });
    await store.clearEverything();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
