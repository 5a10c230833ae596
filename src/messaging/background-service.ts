import { checkDomain, lint, type LintResult, type RuleSet } from '../engine';
import { FactsSchema, describeFactsError } from '../facts/schema';
import {
  addSightings,
  mergeSightings,
  importFactsFile,
  subjectKey,
  type Options,
  type StoredFacts,
  type TabSubjects,
} from '../store';
import {
  RequestSchema,
  type ChecklistResponse,
  type CheckDomainResponse,
  type ImportFactsResponse,
  type PageFactsMessage,
  type ResultItem,
  type TabResultsMessage,
} from './contract';
import { familyOfUrl } from './console-hosts';
import { filingScope, subjectsOfPage } from './filing-scope';
import { badgeOf, pageLinks, ruleInfos, splitChecklist, toResultItem } from './result-items';

/**
 * The background's work, with the browser injected (entrypoints/background.ts passes storage and
 * tabs): validate each request, update the store, lint, answer. Store updates are serialised.
 */
export interface BackgroundDeps {
  rules: RuleSet;
  now: () => Date;
  lang: (option: Options['lang']) => 'zh' | 'en';
  getFacts: () => Promise<StoredFacts>;
  setFacts: (f: StoredFacts) => Promise<void>;
  getOptions: () => Promise<Options>;
  getTabs: () => Promise<TabSubjects>;
  setTabs: (t: TabSubjects) => Promise<void>;
  clearAll: () => Promise<void>;
  /** Push a results message to a tab (errors ignored by the caller). */
  pushToTab: (tabId: number, message: TabResultsMessage) => Promise<void>;
  setBadge: (badge: { text: string; color: string; title: string }) => Promise<void>;
}

export function createBackgroundService(deps: BackgroundDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  // The store as last read or written by this service (storage is read once, then kept in step), and
  // the last lint, reused until the facts, the options or the day change.
  let factsCache: StoredFacts | undefined;
  const getFacts = async () => (factsCache ??= await deps.getFacts());
  // Writes go out in order without holding up the answer to the page (the cache already has them).
  let pendingWrite: Promise<void> = Promise.resolve();
  const setFacts = async (f: StoredFacts) => {
    factsCache = f;
    pendingWrite = pendingWrite.then(() => deps.setFacts(f)).catch(() => undefined);
  };
  type Linted = { all: LintResult[]; filing: LintResult[]; console: LintResult[]; badge: ReturnType<typeof badgeOf>; lang: 'zh' | 'en'; facts: ReturnType<typeof mergeSightings> };
  let lintMemo: { facts: StoredFacts; key: string; out: Linted } | undefined;

  async function lintAll(): Promise<Linted> {
    const [stored, options] = await Promise.all([getFacts(), deps.getOptions()]);
    const lang = deps.lang(options.lang);
    const now = deps.now();
    const key = `${JSON.stringify(options)}|${lang}|${now.toISOString().slice(0, 10)}`;
    if (lintMemo && lintMemo.facts === stored && lintMemo.key === key) return lintMemo.out;
    const facts = mergeSightings(stored, options);
    const all = lint(facts, deps.rules, now, { lang });
    const scoped = filingScope(facts);
    const filing = scoped === facts ? all : lint(scoped, deps.rules, now, { lang });
    // what the checklist shows (the filing, and what the console showed outside it) is what the badge counts
    const split = splitChecklist(all, filing);
    const out = { all, filing, lang, facts, console: split.console, badge: badgeOf([...filing, ...split.console], lang) };
    lintMemo = { facts: stored, key, out };
    return out;
  }

  /**
   * What one tab gets: the failing results about the subjects it showed, and on filing pages every
   * failing error of the filing in progress (the pre-submit check holds the submit button for those).
   */
  function tabMessage(linted: { all: LintResult[]; filing: LintResult[]; lang: 'zh' | 'en' }, tab: { subjects: readonly string[]; family: string }): TabResultsMessage {
    const keys = new Set(tab.subjects);
    const { lang } = linted;
    const results: ResultItem[] = linted.all
      .filter((r) => r.status === 'fail' && keys.has(subjectKey(r.subjectKind, r.subject)))
      .map((r) => toResultItem(r, deps.rules, lang));
    if (tab.family !== 'beian') return { type: 'results', lang, results };
    const blocking = linted.filing.filter((r) => r.status === 'fail' && r.severity === 'error').map((r) => toResultItem(r, deps.rules, lang));
    return { type: 'results', lang, results, blocking };
  }

  /** Recompute the badge and push fresh results to every tab that showed facts (except `skipTab`). */
  async function refresh(skipTab?: number): Promise<void> {
    const linted = await lintAll();
    await deps.setBadge(linted.badge);
    const tabs = await deps.getTabs();
    await Promise.all(
      Object.entries(tabs)
        .filter(([id]) => Number(id) !== skipTab)
        .map(([id, t]) => deps.pushToTab(Number(id), tabMessage(linted, t)).catch(() => undefined)),
    );
  }

  async function onPageFacts(msg: PageFactsMessage, tabId: number | undefined): Promise<TabResultsMessage> {
    const family = familyOfUrl(msg.url);
    if (!family) throw new Error('page-facts from a page that is not a console page');
    await serial(async () => {
      const stored = await getFacts();
      await setFacts(addSightings(stored, msg.facts, { reader: msg.reader, url: msg.url.slice(0, 2000), seenAt: deps.now().toISOString() }));
      if (tabId !== undefined) {
        const tabs = await deps.getTabs();
        const before = tabs[String(tabId)];
        const sameUrl = before?.url === msg.url;
        const subjects = [...new Set([...(sameUrl ? before.subjects : []), ...subjectsOfPage(msg.facts)])].slice(-5000);
        await deps.setTabs({ ...tabs, [String(tabId)]: { url: msg.url, family, subjects } });
      }
    });
    const tabs = await deps.getTabs();
    const linted = await lintAll();
    void deps.setBadge(linted.badge).catch(() => undefined);
    const tab = (tabId !== undefined ? tabs[String(tabId)] : undefined) ?? { subjects: subjectsOfPage(msg.facts), family };
    // other tabs may show the same subjects: bring them up to date too
    void Promise.all(
      Object.entries(tabs)
        .filter(([id]) => Number(id) !== tabId)
        .map(([id, t]) => deps.pushToTab(Number(id), tabMessage(linted, t)).catch(() => undefined)),
    );
    return tabMessage(linted, tab);
  }

  /** A console page without facts of its own: remember the tab (for pushes) and answer its results. */
  async function onGetTabResults(url: string, tabId: number | undefined): Promise<TabResultsMessage> {
    const family = familyOfUrl(url);
    if (!family) throw new Error('get-tab-results from a page that is not a console page');
    const tab = await serial(async () => {
      const tabs = await deps.getTabs();
      const before = tabs[String(tabId)];
      const entry = { url, family, subjects: before?.url === url ? before.subjects : [] };
      if (tabId !== undefined) await deps.setTabs({ ...tabs, [String(tabId)]: entry });
      return entry;
    });
    return tabMessage(await lintAll(), tab);
  }

  async function checklist(): Promise<ChecklistResponse> {
    const { filing, console, lang, facts } = await lintAll();
    const seen = (facts.entity ? 1 : 0) + (facts.websites?.length ?? 0) + (facts.domains?.length ?? 0) + (facts.servers?.length ?? 0);
    return {
      type: 'checklist',
      lang,
      rules: ruleInfos(deps.rules, lang),
      results: filing.map((r) => toResultItem(r, deps.rules, lang)),
      console: console.map((r) => toResultItem(r, deps.rules, lang)),
      providers: Object.fromEntries((facts.servers ?? []).flatMap((s) => (s.provider ? [[s.id, s.provider]] : []))),
      pages: pageLinks(deps.rules, lang),
      seen,
    };
  }

  async function onCheckDomain(input: string): Promise<CheckDomainResponse> {
    const [stored, options] = await Promise.all([getFacts(), deps.getOptions()]);
    const lang = deps.lang(options.lang);
    const facts = mergeSightings(stored, options);
    const province = facts.entity?.province ?? options.province;
    const entityType = facts.entity?.type ?? options.entityType;
    const outcome = checkDomain(
      input,
      { ...(province ? { province } : {}), ...(entityType ? { entityType } : {}), facts, now: deps.now(), lang },
      deps.rules,
    );
    if (!outcome.ok) return { type: 'check-domain', ok: false, lang, error: String(outcome.error).slice(0, 2000) };
    return {
      type: 'check-domain',
      ok: true,
      lang,
      domain: outcome.domain,
      results: outcome.results.map((r) => toResultItem(r, deps.rules, lang)),
      pages: pageLinks(deps.rules, lang),
    };
  }

  async function onImport(file: unknown, name: string): Promise<ImportFactsResponse> {
    const parsed = FactsSchema.safeParse(file);
    if (!parsed.success) return { type: 'import-facts', ok: false, error: describeFactsError(parsed.error) };
    await serial(async () => setFacts(importFactsFile(await getFacts(), parsed.data, { reader: 'import', url: `file:${name}`, seenAt: deps.now().toISOString() })));
    await pendingWrite;
    await refresh();
    return { type: 'import-facts', ok: true };
  }

  /** Handles one raw message; throws on a message that does not fit the contract. */
  async function handle(raw: unknown, tabId: number | undefined): Promise<unknown> {
    const req = RequestSchema.parse(raw);
    switch (req.type) {
      case 'page-facts':
        return onPageFacts(req, tabId);
      case 'get-tab-results':
        return onGetTabResults(req.url, tabId);
      case 'get-checklist':
        return checklist();
      case 'check-domain':
        return onCheckDomain(req.input);
      case 'import-facts':
        return onImport(req.file, req.name);
      case 'export-facts': {
        const [stored, options] = await Promise.all([getFacts(), deps.getOptions()]);
        return { type: 'export-facts', facts: mergeSightings(stored, options) };
      }
      case 'clear-all':
      {
        const tabs = await serial(async () => {
          const before = await deps.getTabs();
          await pendingWrite;
          await deps.clearAll();
          factsCache = undefined;
          lintMemo = undefined;
          return before;
        });
        const lang = deps.lang((await deps.getOptions()).lang);
        await deps.setBadge(badgeOf([], lang));
        await Promise.all(
          Object.entries(tabs).map(([id, t]) =>
            deps.pushToTab(Number(id), { type: 'results', lang, results: [], ...(t.family === 'beian' ? { blocking: [] } : {}) }).catch(() => undefined),
          ),
        );
        return { type: 'ack' };
      }
    }
  }

  /** The stored facts were changed outside this service (cleared by hand): forget the cache. */
  function storageChanged() {
    factsCache = undefined;
    lintMemo = undefined;
  }

  return { handle, refresh, storageChanged, forgetTab: (tabId: number) => serial(async () => {
    const tabs = await deps.getTabs();
    if (!(String(tabId) in tabs)) return;
    const { [String(tabId)]: _gone, ...rest } = tabs;
    await deps.setTabs(rest);
  }) };
}
