import { describe, expect, it } from 'vitest';
import { memoryBackground } from '../helpers/memory-background';
import { loadRuleSet, lint } from '../../src/engine';
import type { BackgroundDeps } from '../../src/messaging/background-service';
import { ChecklistResponseSchema, TabResultsMessageSchema, type TabResultsMessage } from '../../src/messaging/contract';
import {
  addSightings,
  defaultOptions,
  emptyStoredFacts,
  fitToBudget,
  importLimits,
  mergeSightings,
  replyLimits,
  storageBudget,
  storedBytes,
  storeLimits,
} from '../../src/store';

const rules = loadRuleSet();
const ECS = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const content = (id = 7, url = ECS) => ({ tab: { id, url }, url });
const popup = { url: 'chrome-extension://abc/popup.html', extensionPage: true };
// the options page opened in a tab: an extension page with a tab
const optionsTab = { tab: { id: 9, url: 'chrome-extension://abc/options.html' }, url: 'chrome-extension://abc/options.html', extensionPage: true };

const setup = (extra: Partial<BackgroundDeps> = {}) => memoryBackground(extra, { ...defaultOptions, entityType: 'individual' as const, province: '河南' });

const server = (id: string, more: Record<string, unknown> = {}) => ({ id, product: 'ecs' as const, region: 'cn-hangzhou', billing: 'payg' as const, ...more });
const pageFacts = (facts: Record<string, unknown>, url = ECS) => ({ type: 'page-facts', url, reader: 'aliyun-ecs-instance-list', facts: { version: 1, ...facts } });

describe('sender checks: the browser says which page sent a message', () => {
  it('the console family comes from the sender’s tab, not from the message’s url', async () => {
    const { service, state } = setup();
    // a content script on another site claims a console URL in the message
    await expect(service.handle(pageFacts({ servers: [server('i-1')] }, ECS), content(3, 'https://evil.example/'))).rejects.toThrow(/not a console page/);
    expect(state.facts).toEqual(emptyStoredFacts());
    // a console tab: stored with the tab's URL as provenance, whatever the message says
    await service.handle(pageFacts({ servers: [server('i-1')] }, 'https://ecs.console.aliyun.com/elsewhere'), content(3));
    expect(state.facts.servers['i-1']?.[0]?.url).toBe(ECS);
  });

  it('page facts and tab results need a tab (the popup has none)', async () => {
    const { service } = setup();
    await expect(service.handle(pageFacts({ servers: [server('i-1')] }), popup)).rejects.toThrow(/console tab/);
    await expect(service.handle({ type: 'get-tab-results', url: ECS }, popup)).rejects.toThrow(/console tab/);
    await expect(service.handle(pageFacts({ servers: [server('i-1')] }), optionsTab)).rejects.toThrow(/console tab/);
  });

  it.each(['import-facts', 'export-facts', 'clear-all'])('%s is refused from a content script, allowed from the extension’s pages', async (type) => {
    const { service, state } = setup();
    await service.handle(pageFacts({ servers: [server('i-1')] }), content());
    const msg = type === 'import-facts' ? { type, name: 'x.json', file: { version: 1, servers: [server('i-2')] } } : { type };
    await expect(service.handle(msg, content())).rejects.toThrow(/not allowed from a web page/);
    expect(Object.keys(state.facts.servers)).toEqual(['i-1']);
    expect(state.cleared).toBe(0);
    await expect(service.handle(msg, popup)).resolves.toBeTruthy();
    await expect(service.handle(msg, optionsTab)).resolves.toBeTruthy();
    // a sender that does not say it is an extension page is not one
    await expect(service.handle(msg, {})).rejects.toThrow(/not allowed/);
  });
});

describe('one bad subject drops alone', () => {
  it('a 600-character entity name or server field does not reject the page’s other facts', async () => {
    const { service, state } = setup();
    const reply = (await service.handle(
      pageFacts({ entity: { name: 'x'.repeat(600) }, servers: [server('i-ok'), server('i-long', { region: 'r'.repeat(600) }), server('i-bad', { product: 'mainframe' })] }),
      content(),
    )) as TabResultsMessage;
    expect(reply.type).toBe('results');
    expect(Object.keys(state.facts.servers)).toEqual(['i-ok']);
    expect(state.facts.entity).toEqual([]);
  });
});

describe('prototype keys in facts, imports and messages', () => {
  const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'];

  it('subjects named like Object.prototype members are stored as data or dropped, never crash or pollute', async () => {
    const { service, state } = setup();
    const servers = keys.map((k) => server(k));
    const domains = keys.map((k) => ({ domain: k, registrar: k }));
    await service.handle(pageFacts({ servers, domains, websites: [{ name: '__proto__', domains: ['constructor'] }] }), content());
    expect(Object.getPrototypeOf(state.facts.servers)).toBe(Object.prototype);
    expect(Object.keys(state.facts.servers).sort()).toEqual(['constructor', 'hasOwnProperty', 'prototype', 'toString']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const list = ChecklistResponseSchema.parse(await service.handle({ type: 'get-checklist' }, popup));
    expect(list.seen).toBeGreaterThan(0);
  });

  it('a message or import with __proto__ / constructor fields is parsed as plain data', async () => {
    const { service, state } = setup();
    const evil = JSON.parse('{"type":"page-facts","url":"x","reader":"r","__proto__":{"polluted":1},"facts":{"version":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"servers":[{"id":"i-1","product":"ecs","__proto__":{"billing":"payg"}}]}}');
    await service.handle(evil, content());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(state.facts.servers['i-1']?.[0]?.facts).toEqual({ id: 'i-1', product: 'ecs' });
    const file = JSON.parse('{"version":1,"__proto__":{"x":1},"domains":[{"domain":"a.cn","__proto__":{"registrantIdNumber":"410105199003071234"}}]}');
    await service.handle({ type: 'import-facts', name: 'f.json', file }, popup);
    expect(JSON.stringify(state.facts)).not.toContain('410105199003071234');
  });

  it('the engine lints facts with such names', () => {
    const facts = mergeSightings(addSightings(emptyStoredFacts(), { version: 1, servers: keys.map((k) => server(k, { region: k })), domains: keys.map((k) => ({ domain: `${k}.cn`, registrar: k })) }, { reader: 'r', url: 'u', seenAt: '2026-11-25T00:00:00Z' }), { entityType: 'individual', province: 'constructor' });
    expect(() => lint(facts, rules, new Date('2026-11-25T00:00:00Z'), { lang: 'en' })).not.toThrow();
  });
});

describe('size caps: the real ones, and the same code with small ones', () => {
  it('the configured caps', () => {
    expect(storageBudget).toEqual({ totalBytes: 4_000_000, perSubjectBytes: 64_000 });
    expect(importLimits).toEqual({ fileBytes: 4 * 1024 * 1024, websites: 200, domainsPerWebsite: 100, websiteDomainsTotal: 2000, domains: 2000, servers: 2000 });
    expect(replyLimits).toEqual({ checklistResults: 2000, tabResults: 2000 });
    expect(storeLimits.sightingsPerSubject).toBe(8);
    // a tab message the content script accepts
    expect(replyLimits.tabResults).toBeLessThanOrEqual(5000);
  });

  it('over the byte budget the oldest sightings go first; each subject within its cap', () => {
    let state = emptyStoredFacts();
    for (let i = 0; i < 200; i++) {
      state = addSightings(state, { version: 1, servers: [server(`i-${String(i).padStart(3, '0')}`, { account: 'a'.repeat(400) })] }, { reader: 'r', url: 'u', seenAt: `2026-11-25T00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z` });
    }
    state = addSightings(state, { version: 1, entity: { name: '张三' }, websites: [{ name: '网站', domains: ['例子.cn'] }], domains: [{ domain: 'd.cn', registrantName: '𠀀' }] }, { reader: 'r', url: 'u', seenAt: '2026-11-25T00:00:00Z' });
    // the budget counts UTF-8 bytes of the stored JSON
    expect(storedBytes(state)).toBe(new TextEncoder().encode(JSON.stringify(state)).length);
    expect(fitToBudget(state, { totalBytes: storedBytes(state), perSubjectBytes: 64_000 })).toBe(state);
    expect(fitToBudget(state, { totalBytes: storedBytes(state) - 1, perSubjectBytes: 64_000 })).not.toBe(state);
    const budget = { totalBytes: 20_000, perSubjectBytes: 2_000 };
    const fitted = fitToBudget(state, budget);
    expect(storedBytes(fitted)).toBeLessThanOrEqual(budget.totalBytes);
    const kept = Object.keys(fitted.servers).sort();
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.at(-1)).toBe('i-199'); // the newest stay
    expect(kept[0]! > 'i-100').toBe(true); // the oldest went
    // one subject with many big sightings keeps its newest within the per-subject cap
    let one = emptyStoredFacts();
    for (let i = 0; i < 8; i++) one = addSightings(one, { version: 1, servers: [server('i-x', { account: String(i).repeat(500) })] }, { reader: `r${i}`, url: 'u', seenAt: `2026-11-25T00:00:0${i}Z` });
    const capped = fitToBudget(one, budget).servers['i-x']!;
    expect(JSON.stringify(capped).length).toBeLessThanOrEqual(2_000);
    expect(capped.at(-1)?.reader).toBe('r7');
  });

  it('a write the browser refuses is retried smaller, and a failure is reported in the checklist', async () => {
    let quota = 1_000_000;
    const { service, state } = setup({
      limits: { storage: { totalBytes: 40_000, perSubjectBytes: 4_000 } },
      setFacts: async (f) => {
        if (storedBytes(f) > quota) throw new Error('QUOTA_BYTES quota exceeded');
        state.facts = f;
      },
    });
    const servers = Array.from({ length: 150 }, (_, i) => server(`i-${i}`, { account: 'a'.repeat(300) }));
    await service.handle(pageFacts({ servers }), content());
    await service.handle({ type: 'get-checklist' }, popup);
    expect(storedBytes(state.facts)).toBeLessThanOrEqual(40_000);
    expect(Object.keys(state.facts.servers).length).toBeGreaterThan(0);
    // the browser's quota shrinks below even half the budget: the popup says so
    quota = 1_000;
    await service.handle(pageFacts({ servers: [server('i-new')] }), content());
    const list = ChecklistResponseSchema.parse(await service.handle({ type: 'get-checklist' }, popup));
    expect(list.storageError).toMatch(/quota/);
    // room again: the next write succeeds and the message goes
    quota = 1_000_000;
    await service.handle(pageFacts({ servers: [server('i-newer')] }), content());
    const after = ChecklistResponseSchema.parse(await service.handle({ type: 'get-checklist' }, popup));
    expect(after.storageError).toBeUndefined();
    expect(state.facts.servers['i-newer']).toBeDefined();
  });

  it('an import over the caps is refused with the cap named; within them it is taken', async () => {
    const limits = { fileBytes: 50_000, websites: 5, domainsPerWebsite: 3, websiteDomainsTotal: 6, domains: 10, servers: 10 };
    const { service } = setup({ limits: { imports: limits } });
    const site = (n: number, d: number) => ({ name: `site-${n}`, domains: Array.from({ length: d }, (_, i) => `d${n}-${i}.cn`) });
    const tryImport = async (file: unknown) => (await service.handle({ type: 'import-facts', name: 'f.json', file }, popup)) as { ok: boolean; error?: string };
    expect(await tryImport({ version: 1, websites: [site(1, 4)] })).toMatchObject({ ok: false, error: expect.stringMatching(/websites\[0\]\.domains: 4, at most 3 per website/) });
    expect(await tryImport({ version: 1, websites: [site(1, 3), site(2, 3), site(3, 1)] })).toMatchObject({ ok: false, error: expect.stringMatching(/7 domains in all/) });
    expect(await tryImport({ version: 1, websites: Array.from({ length: 6 }, (_, i) => site(i, 1)) })).toMatchObject({ ok: false, error: expect.stringMatching(/websites: 6/) });
    expect(await tryImport({ version: 1, servers: Array.from({ length: 11 }, (_, i) => server(`i-${i}`)) })).toMatchObject({ ok: false, error: expect.stringMatching(/servers: 11/) });
    expect(await tryImport({ version: 1, servers: [server('i-1', { account: 'a'.repeat(400) })], domains: Array.from({ length: 10 }, (_, i) => ({ domain: `x${i}.cn`, registrantName: 'n'.repeat(400) })) })).toMatchObject({ ok: true });
    expect(await tryImport({ version: 1, pad: 'p'.repeat(60_000) })).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
    expect(await tryImport({ version: 1, websites: [site(1, 3), site(2, 3)] })).toMatchObject({ ok: true });
  });

  it('an import that would not fit the store on its own is refused', async () => {
    const { service, state } = setup({ limits: { storage: { totalBytes: 5_000, perSubjectBytes: 2_000 } } });
    const servers = Array.from({ length: 30 }, (_, i) => server(`i-${i}`, { account: 'a'.repeat(200) }));
    const r = (await service.handle({ type: 'import-facts', name: 'f.json', file: { version: 1, servers } }, popup)) as { ok: boolean; error?: string };
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/too large to store: \d+ bytes, at most 5000/) });
    expect(state.facts.servers).toEqual({});
  });

  it('a reply carries at most the capped number of results, failing ones first, and says how many were left out', async () => {
    const { service } = setup({ limits: { replies: { checklistResults: 25, tabResults: 10 } } });
    const servers = Array.from({ length: 40 }, (_, i) => server(`i-${i}`));
    const tab = TabResultsMessageSchema.parse(await service.handle(pageFacts({ servers }), content()));
    expect(tab.results.length).toBeLessThanOrEqual(10);
    const list = ChecklistResponseSchema.parse(await service.handle({ type: 'get-checklist' }, popup));
    expect(list.results).toHaveLength(25);
    expect(list.omitted).toBeGreaterThan(0);
    expect(list.results.every((r) => r.status === 'fail')).toBe(true);
  });
});
