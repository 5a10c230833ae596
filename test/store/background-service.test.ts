import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/engine';
import { createBackgroundService } from '../../src/messaging/background-service';
import type { TabResultsMessage } from '../../src/messaging/contract';
import { defaultOptions, emptyStoredFacts, type Options, type StoredFacts, type TabSubjects } from '../../src/store';

const rules = loadRuleSet();
const ECS = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
/** A content script's sender: its tab (id, page URL). */
const tab = (id: number, url = ECS) => ({ tab: { id, url }, url });
/** The popup or options page. */
const page = { url: 'chrome-extension://id/popup.html', extensionPage: true };

function setup(options: Options = defaultOptions, now: () => Date = () => new Date('2026-11-25T03:00:00Z')) {
  const state = { facts: emptyStoredFacts() as StoredFacts, options, tabs: {} as TabSubjects, badge: { text: '', color: '', title: '' }, pushed: [] as [number, TabResultsMessage][] };
  const service = createBackgroundService({
    rules,
    now,
    lang: (o) => (o === 'zh' ? 'zh' : 'en'),
    getFacts: async () => state.facts,
    setFacts: async (f) => void (state.facts = f),
    getOptions: async () => state.options,
    getTabs: async () => state.tabs,
    setTabs: async (t) => void (state.tabs = t),
    clearAll: async () => {
      state.facts = emptyStoredFacts();
      state.tabs = {};
      state.options = defaultOptions;
    },
    pushToTab: async (id, m) => void state.pushed.push([id, m]),
    setBadge: async (b) => void (state.badge = b),
  });
  return { service, state };
}

const ecsFacts = {
  type: 'page-facts',
  url: ECS,
  reader: 'aliyun-ecs-instance-list',
  facts: { version: 1, servers: [
    { id: 'i-payg', product: 'ecs', region: 'cn-hangzhou', billing: 'payg', publicBandwidthMbps: 5 },
    { id: 'i-sub', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-06-30', publicBandwidthMbps: 5 },
  ] },
};

describe('background service', () => {
  it('stores page facts with provenance, answers with the tab’s failing results, sets the badge', async () => {
    const { service, state } = setup();
    const reply = (await service.handle(ecsFacts, tab(7))) as TabResultsMessage;
    expect(reply.type).toBe('results');
    expect(reply.results.map((r) => `${r.rule} ${r.subject}`)).toContain('server.subscription-billing i-payg');
    expect(reply.results.every((r) => r.status === 'fail' && r.subject !== 'i-sub')).toBe(true);
    const payg = reply.results.find((r) => r.rule === 'server.subscription-billing')!;
    expect(payg.title).toBeTruthy();
    expect(payg.sources[0]?.section).toBeTruthy();
    expect(JSON.stringify(payg.sources)).not.toMatch(/"000"|seed|external/i);
    expect(state.facts.servers['i-payg']?.[0]).toMatchObject({ reader: 'aliyun-ecs-instance-list', url: ECS, seenAt: '2026-11-25T03:00:00.000Z' });
    expect(state.tabs['7']?.subjects).toEqual(['server:i-payg', 'server:i-sub']);
    expect(state.badge).toEqual({ text: '1', color: '#c5221f', title: 'ICP Preflight: 1 error' });
  });

  it('refuses messages that break the contract or come from other pages', async () => {
    const { service, state } = setup();
    // a subject that breaks the schema is dropped alone (test/adversarial/messages.test.ts)
    await service.handle({ ...ecsFacts, facts: { version: 1, servers: [{ id: 'x', product: 'mainframe' }] } }, tab(1));
    await expect(service.handle({ ...ecsFacts, facts: { version: 2 } }, tab(1))).rejects.toThrow();
    await expect(service.handle(ecsFacts, tab(1, 'https://evil.example/'))).rejects.toThrow(/not a console page/);
    await expect(service.handle({ type: 'nonsense' }, tab(1))).rejects.toThrow();
    expect(state.facts).toEqual(emptyStoredFacts());
  });

  it('pushes fresh results to the other tabs that showed the facts', async () => {
    const { service, state } = setup();
    await service.handle(ecsFacts, tab(1));
    await service.handle({ ...ecsFacts, reader: 'aliyun-ecs-instance-detail', facts: { version: 1, servers: [{ id: 'i-payg', product: 'ecs', billing: 'subscription', expiresAt: '2027-06-30' }] } }, tab(2));
    await new Promise((r) => setTimeout(r, 10));
    const toTab1 = state.pushed.filter(([id]) => id === 1).at(-1)?.[1];
    expect(toTab1?.results.some((r) => r.rule === 'server.subscription-billing')).toBe(false);
  });

  it('checklist in the chosen language; lookup of a pasted .io URL; import reports the bad field; clear-all empties tabs', async () => {
    const { service, state } = setup({ lang: 'zh', entityType: 'individual', province: '河南' });
    await service.handle(ecsFacts, tab(3));
    const list = (await service.handle({ type: 'get-checklist' }, page)) as { lang: string; rules: unknown[]; results: { subject: string }[]; seen: number };
    expect(list.lang).toBe('zh');
    expect(list.rules.length).toBe(rules.rules.length);
    expect(list.seen).toBe(3);
    const lookup = (await service.handle({ type: 'check-domain', input: 'https://www.my-startup.io/x' }, page)) as { ok: boolean; domain: string; results: { rule: string; status: string }[] };
    expect(lookup.ok).toBe(true);
    expect(lookup.domain).toBe('my-startup.io');
    expect(lookup.results.find((r) => r.rule === 'domain.tld-approved')?.status).toBe('fail');
    const bad = (await service.handle({ type: 'import-facts', name: 'f.json', file: { version: 1, servers: [{ id: 'i-1', product: 'ecs', billing: 'monthly' }] } }, page)) as { ok: boolean; error: string };
    expect(bad).toMatchObject({ ok: false });
    expect(bad.error).toMatch(/^servers\[0\]\.billing/);
    const ok = (await service.handle({ type: 'import-facts', name: 'f.json', file: { version: 1, domains: [{ domain: 'a.cn', registrantIdNumber: '410105199001011234' }] } }, page)) as { ok: boolean };
    expect(ok.ok).toBe(true);
    expect(JSON.stringify(state.facts)).not.toContain('410105199001011234');
    const exported = (await service.handle({ type: 'export-facts' }, page)) as { facts: { domains: unknown[] } };
    expect(exported.facts.domains).toEqual([{ domain: 'a.cn', registrantIdNumber: '4101**********1234' }]);
    expect((exported.facts as { servers?: unknown[] }).servers).toHaveLength(2); // import adds to what was read
    await service.handle({ type: 'clear-all' }, page);
    expect(state.tabs).toEqual({});
    expect(state.pushed.at(-1)).toEqual([3, { type: 'results', lang: 'en', results: [] }]);
    expect(state.badge.text).toBe('');
  });
});

describe('the provider while no server is known', () => {
  const TENCENT_DOMAINS = 'https://console.cloud.tencent.com/domain/all-domain';
  const tencentDomains = {
    type: 'page-facts',
    url: TENCENT_DOMAINS,
    reader: 'tencent-domain-list',
    facts: { version: 1, domains: [{ domain: 'zhoulin.cn', realNameVerified: true }] },
  };
  type Checklist = { results: { rule: string; subject: string; message: string; page?: string }[] };
  const notExpired = (c: Checklist) => c.results.find((r) => r.rule === 'domain.not-expired' && r.subject === 'zhoulin.cn');

  it('is the provider whose console the facts were read in: a Tencent Cloud user is sent to Tencent Cloud\'s pages', async () => {
    const { service } = setup({ ...defaultOptions, lang: 'zh' });
    await service.handle(tencentDomains, tab(4, TENCENT_DOMAINS));
    const item = notExpired((await service.handle({ type: 'get-checklist' }, page)) as Checklist);
    expect(item?.page).toBe('tencent-domain-list');
  });

  it('is Alibaba Cloud for facts read in its consoles, and a server\'s own provider once one is seen', async () => {
    const { service } = setup({ ...defaultOptions, lang: 'zh' });
    await service.handle({ ...tencentDomains, url: 'https://dc.console.aliyun.com/next/index', reader: 'aliyun-domain-list' }, tab(5, 'https://dc.console.aliyun.com/next/index'));
    expect(notExpired((await service.handle({ type: 'get-checklist' }, page)) as Checklist)?.page).toBe('domain-list');
    const other = setup({ ...defaultOptions, lang: 'zh' }).service;
    await other.handle(tencentDomains, tab(4, TENCENT_DOMAINS));
    await other.handle(ecsFacts, tab(3));
    // an Alibaba Cloud server decides, though the domain was read in Tencent Cloud's console
    expect(notExpired((await other.handle({ type: 'get-checklist' }, page)) as Checklist)?.page).toBe('domain-list');
  });
});

describe('result items sent to tabs and the popup (issue 9)', () => {
  it('a failing item carries the fail title and sources ready to show, in the UI language, no seed numbers', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const { service } = setup({ ...defaultOptions, lang });
      const reply = (await service.handle(ecsFacts, tab(7))) as TabResultsMessage;
      const payg = reply.results.find((r) => r.rule === 'server.subscription-billing')!;
      expect(payg.title).toBe(lang === 'en' ? 'Pay-as-you-go server cannot be filed' : '按量付费实例不能备案');
      expect(payg.sources[0]).toMatchObject({ publisher: lang === 'en' ? 'Alibaba Cloud' : '阿里云', url: expect.stringMatching(/^https:/) });
      expect(payg.sources[0]!.section).toBe(lang === 'en' ? 'Filing basics › Alibaba Cloud servers › Note' : '备案基础 › 阿里云服务器 › 说明');
    }
  });
});

describe('facts of different filings are not mixed (issue 9)', () => {
  const BEIAN = 'https://beian.aliyun.com/pcContainer/formpage';
  const entityStep = (name: string, type: 'organization' | 'individual' = 'organization') => ({
    type: 'page-facts',
    url: BEIAN,
    reader: 'aliyun-beian-entity',
    facts: { version: 1, entity: { type, name, province: '浙江' } },
  });
  const websiteStep = (name: string, domain: string, withEntity?: string, commercial = false) => ({
    type: 'page-facts',
    url: BEIAN,
    reader: 'aliyun-beian-website',
    facts: { version: 1, ...(withEntity ? { entity: { name: withEntity } } : {}), websites: [{ name, domains: [domain], ...(commercial ? { commercial, content: '在线商城，销售商品' } : {}) }] },
  });
  const checklistOf = async (service: ReturnType<typeof setup>['service']) =>
    (await service.handle({ type: 'get-checklist' }, page)) as { results: { subject: string; subjectKind: string }[]; console: { subject: string }[] };
  /** A clock a minute on at each reading: the steps are seen one after the other. */
  const ticking = () => {
    let t = Date.parse('2026-11-25T03:00:00Z');
    return () => new Date((t += 60_000));
  };
  const stored = async (state: ReturnType<typeof setup>['state'], service: ReturnType<typeof setup>['service']) => {
    await service.handle({ type: 'get-checklist' }, page);
    await new Promise((r) => setTimeout(r, 10));
    return state.facts;
  };
  const subjects = (c: { results: { subject: string; subjectKind: string }[] }, kind: string) => [...new Set(c.results.filter((r) => r.subjectKind === kind).map((r) => r.subject))];

  it('two filings seen one after the other: the checklist shows the second entity with its own websites only', async () => {
    const { service, state } = setup(defaultOptions, ticking());
    await service.handle(websiteStep('甲站', 'jia-shop.cn', '甲公司', true), tab(1, BEIAN));
    await service.handle(entityStep('甲公司'), tab(1, BEIAN));
    await service.handle(entityStep('乙公司', 'individual'), tab(2, BEIAN));
    await service.handle(websiteStep('乙站', 'yi-blog.cn', '乙公司'), tab(2, BEIAN));
    const c = await checklistOf(service);
    expect(subjects(c, 'website')).toEqual(['乙站']);
    expect(subjects(c, 'entity')).toEqual(['乙公司']);
    const facts = (await service.handle({ type: 'export-facts' }, page)) as { facts: { entity?: { name?: string; type?: string } } };
    expect(facts.facts.entity).toMatchObject({ name: '乙公司', type: 'individual' });
    // the first filing's (commercial) website is not judged against the second's (individual) entity
    const individualCommercial = (r: { rule?: string; subject: string }) => r.rule === 'filing.individual-commercial-content';
    expect((c.console as { rule?: string; subject: string }[]).filter(individualCommercial)).toEqual([]);
    // but what fails of it is still under "seen in the console"
    expect(c.console.some((r) => r.subject === '甲站')).toBe(true);
    // both filings stay stored
    expect(Object.keys((await stored(state, service)).websites).sort()).toEqual(['name:乙站', 'name:甲站']);
  });

  it('a website step (no entity shown) after an entity step in the same tab joins that entity’s filing', async () => {
    const { service, state } = setup(defaultOptions, ticking());
    await service.handle(entityStep('甲公司'), tab(1, BEIAN));
    await service.handle(websiteStep('甲站', 'jia-shop.cn'), tab(1, BEIAN));
    await service.handle(entityStep('乙公司'), tab(2, BEIAN));
    await service.handle(websiteStep('乙站', 'yi-blog.cn'), tab(2, BEIAN));
    const facts = await stored(state, service);
    expect(facts.websites['name:甲站']?.[0]?.filing).toBe('name:甲公司');
    expect(facts.websites['name:乙站']?.[0]?.filing).toBe('name:乙公司');
    expect(subjects(await checklistOf(service), 'website')).toEqual(['乙站']);
    // back to the first filing's tab: its next step makes it the filing in progress again
    await service.handle(entityStep('甲公司'), tab(1, BEIAN));
    expect(subjects(await checklistOf(service), 'website')).toEqual(['甲站']);
  });

  it('old stored data (sightings without a filing) still yields a checklist with every website', async () => {
    const { service, state } = setup();
    const seenAt = '2026-11-20T03:00:00.000Z';
    state.facts = {
      entity: [{ reader: 'aliyun-beian-entity', url: BEIAN, seenAt, facts: { type: 'organization', name: '甲公司', province: '浙江' } }],
      websites: {
        'name:甲站': [{ reader: 'aliyun-beian-website', url: BEIAN, seenAt, facts: { name: '甲站', domains: ['jia-shop.cn'] } }],
        'name:乙站': [{ reader: 'aliyun-beian-website', url: BEIAN, seenAt, facts: { name: '乙站', domains: ['yi-blog.cn'] } }],
      },
      domains: {},
      servers: {},
    };
    const c = await checklistOf(service);
    expect(subjects(c, 'entity')).toEqual(['甲公司']);
    expect(subjects(c, 'website').sort()).toEqual(['乙站', '甲站']);
  });
});

describe('background service: what a read writes', () => {
  it('a re-read of the same page whose tab entry stays as it was does not write the open tabs again; a new subject or a "not read" to lose does', async () => {
    const state = { facts: emptyStoredFacts() as StoredFacts, tabs: {} as TabSubjects, tabWrites: 0 };
    const service = createBackgroundService({
      rules,
      now: () => new Date('2026-11-25T03:00:00Z'),
      lang: () => 'en',
      getFacts: async () => state.facts,
      setFacts: async (f) => void (state.facts = f),
      getOptions: async () => defaultOptions,
      // (as storage does: a copy each way)
      getTabs: async () => structuredClone(state.tabs),
      setTabs: async (t) => void ((state.tabs = structuredClone(t)), state.tabWrites++),
      clearAll: async () => undefined,
      pushToTab: async () => undefined,
      setBadge: async () => undefined,
    });
    await service.handle(ecsFacts, tab(7));
    expect(state.tabWrites).toBe(1);
    await service.handle(ecsFacts, tab(7));
    await service.handle(ecsFacts, tab(7));
    expect(state.tabWrites).toBe(1);
    expect(state.tabs['7']).toEqual({ url: ECS, family: 'ecs', subjects: ['server:i-payg', 'server:i-sub'] });
    // another subject on the page: written
    const more = { ...ecsFacts, facts: { ...ecsFacts.facts, servers: [...ecsFacts.facts.servers, { id: 'i-new', product: 'ecs', region: 'cn-hangzhou', billing: 'payg' }] } };
    await service.handle(more, tab(7));
    expect(state.tabWrites).toBe(2);
    expect(state.tabs['7']?.subjects).toEqual(['server:i-payg', 'server:i-sub', 'server:i-new']);
    // the page said it was not read: its next facts take that away (written)
    await service.handle({ type: 'get-tab-results', url: ECS, notRead: { code: 'sheet-missing' } }, tab(7));
    expect(state.tabs['7']?.notRead).toEqual({ code: 'sheet-missing' });
    const before = state.tabWrites;
    await service.handle(more, tab(7));
    expect(state.tabWrites).toBe(before + 1);
    expect(state.tabs['7']).toEqual({ url: ECS, family: 'ecs', subjects: ['server:i-payg', 'server:i-sub', 'server:i-new'] });
    // another tab: its own entry
    await service.handle(ecsFacts, tab(8));
    expect(Object.keys(state.tabs).sort()).toEqual(['7', '8']);
  });

  it('a read that leaves the badge as it was does not set it again (three browser calls); a changed badge, a clear, a failed set do', async () => {
    const { state } = setup();
    const badges: string[] = [];
    let fail = false;
    const counted = createBackgroundService({
      rules,
      now: () => new Date('2026-11-25T03:00:00Z'),
      lang: () => 'en',
      getFacts: async () => state.facts,
      setFacts: async (f) => void (state.facts = f),
      getOptions: async () => defaultOptions,
      getTabs: async () => state.tabs,
      setTabs: async (t) => void (state.tabs = t),
      clearAll: async () => void (state.facts = emptyStoredFacts()),
      pushToTab: async () => undefined,
      setBadge: async (b) => {
        if (fail) throw new Error('no badge');
        badges.push(b.text);
      },
    });
    await counted.handle(ecsFacts, tab(7));
    await counted.handle(ecsFacts, tab(7));
    await counted.handle(ecsFacts, tab(8));
    await counted.refresh();
    expect(badges).toEqual(['1']);
    // a second payg server: two errors
    const two = { ...ecsFacts, facts: { ...ecsFacts.facts, servers: [...ecsFacts.facts.servers, { id: 'i-payg2', product: 'ecs', region: 'cn-hangzhou', billing: 'payg', publicBandwidthMbps: 5 }] } };
    await counted.handle(two, tab(7));
    await counted.handle(two, tab(7));
    expect(badges).toEqual(['1', '2']);
    await counted.handle({ type: 'clear-all' }, page);
    expect(badges).toEqual(['1', '2', '']);
    // a set the browser refused is made again on the next read
    fail = true;
    await counted.handle(ecsFacts, tab(7));
    fail = false;
    await counted.handle(ecsFacts, tab(7));
    await new Promise((r) => setTimeout(r, 0));
    expect(badges).toEqual(['1', '2', '', '1']);
  });

  it('a read that finds the same facts (only its time is new) answers from the last lint: the same result items; new facts are linted', async () => {
    const { service } = setup();
    const first = (await service.handle(ecsFacts, tab(7))) as TabResultsMessage;
    const again = (await service.handle(ecsFacts, tab(7))) as TabResultsMessage;
    expect(again.results).toEqual(first.results);
    expect(again.results[0]).toBe(first.results[0]);
    // a fact changes: linted again, and the answer says so
    const subscribed = { ...ecsFacts, facts: { ...ecsFacts.facts, servers: [{ ...ecsFacts.facts.servers[0]!, billing: 'subscription', expiresAt: '2027-06-30' }, ecsFacts.facts.servers[1]!] } };
    const changed = (await service.handle(subscribed, tab(7))) as TabResultsMessage;
    expect(changed.results.map((r) => `${r.rule} ${r.subject}`)).not.toContain('server.subscription-billing i-payg');
    const back = (await service.handle(ecsFacts, tab(7))) as TabResultsMessage;
    expect(back.results.map((r) => `${r.rule} ${r.subject}`)).toEqual(first.results.map((r) => `${r.rule} ${r.subject}`));
    expect(back.results[0]).not.toBe(first.results[0]);
  });
});
