import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// @wxt-dev/storage reads the global `chrome` when it loads: install the fake first.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
const store = { ...(await import('../../src/store')), ...(await import('../../src/store/items')) };

describe('storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps facts in local storage at version 1 and reads them back', async () => {
    const facts = store.addSightings(store.emptyStoredFacts(), { version: 1, domains: [{ domain: 'a.com' }] }, { reader: 'r', url: 'https://dc.console.aliyun.com/', seenAt: '2026-11-24T00:00:00Z' });
    await store.storedFactsItem.setValue(facts);
    expect(await store.getStoredFacts()).toEqual(facts);
    const raw = await fakeBrowser.storage.local.get(['facts', 'facts$']);
    expect(raw['facts$']).toEqual({ v: 1 });
  });

  it('migrates a version 1 value when the item is bumped to version 2', async () => {
    const v1 = store.emptyStoredFacts();
    v1.domains['a.com'] = [{ reader: 'r', url: 'u', seenAt: '2026-01-01T00:00:00Z', facts: { domain: 'a.com', realNameVerified: true } }];
    await fakeBrowser.storage.local.set({ facts: v1, facts$: { v: 1 } });
    // the documented path: raise the version, add migrations[2] (v1 value -> v2 value)
    const v2Item = store.defineStoredFactsItem(2, {
      2: (old: ReturnType<typeof store.emptyStoredFacts>) => ({ ...old, migratedFrom: 1 }),
    });
    await v2Item.migrate();
    const raw = await fakeBrowser.storage.local.get(['facts', 'facts$']);
    expect(raw['facts$']).toEqual({ v: 2 });
    expect(raw['facts']).toMatchObject({ migratedFrom: 1, domains: { 'a.com': [{ facts: { domain: 'a.com' } }] } });
  });

  it('a damaged stored value falls back to empty', async () => {
    await fakeBrowser.storage.local.set({ facts: { entity: 'oops' } });
    expect(await store.getStoredFacts()).toEqual(store.emptyStoredFacts());
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
    await store.storedFactsItem.setValue(store.addSightings(store.emptyStoredFacts(), { version: 1, domains: [{ domain: 'a.com' }] }, { reader: 'r', url: 'u', seenAt: 't' }));
    await store.optionsItem.setValue({ lang: 'en' });
    await store.tabSubjectsItem.setValue({ '1': { url: 'u', family: 'ecs', subjects: ['domain:a.com'] } });
    await store.clearEverything();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
