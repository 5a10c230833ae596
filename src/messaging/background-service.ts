import { checkDomain, lint, type LintResult, type RuleSet } from '../engine';
import type { ZodError } from 'zod';
import { FactsSchema, describeFactsError } from '../facts/schema';
import { maskFactsIds, maskIdRuns } from '../facts/mask-id';
import {
  addSightings,
  consoleProviders,
  emptyStoredFacts,
  filingKey,
  filingProvider,
  currentFiling,
  filingWebsiteKeys,
  fitToBudget,
  importOverLimit,
  importOverLimitOf,
  mergeSightings,
  importFactsFile,
  importLimits,
  replyLimits,
  storageBudget,
  storedBytes,
  subjectKey,
  addDismissed,
  dismissKey,
  type ImportLimits,
  type Options,
  type ReplyLimits,
  type StorageBudget,
  type StoredFacts,
  type TabSubjects,
  websiteKey,
  registrableDomain,
} from '../store';
import { displaySafe, displaySafeResult } from './display-safe';
import type { PageFacts, ProviderId } from '../facts/schema';
import {
  LenientPageFactsSchema,
  RequestSchema,
  type ChecklistResponse,
  type CheckDomainResponse,
  type ImportFactsResponse,
  type ImportProblem,
  type PageFactsDelta,
  type PageFactsMessage,
  type ResultItem,
  type TabResultsMessage,
  type UnreadTab,
  MAX_UNREAD_TABS,
} from './contract';
import type { NotRead } from './not-read';
import { familyOfUrl, isFilingPage } from './console-hosts';
import { filingScope, subjectsOfPage } from './filing-scope';
import { applyPageDelta } from './page-delta';
import { badgeOf, pageLinks, ruleInfos, splitChecklist, toResultItem, withNear } from './result-items';

/**
 * A facts file's first schema problem as the options page words it: where (the path in the file) and
 * whether the field is missing, too long, or has a value the schema does not take.
 */
function badField(error: ZodError, file: unknown): ImportProblem {
  const issue = error.issues[0];
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p === 'string' || typeof p === 'number').slice(0, 20).map((p) => (typeof p === 'string' ? p.slice(0, 100) : p));
  let value: unknown = file;
  for (const p of path) value = typeof value === 'object' && value !== null && Object.hasOwn(value, p) ? (value as Record<string | number, unknown>)[p] : undefined;
  const kind = value === undefined ? 'missing' : issue?.code === 'too_big' && typeof value === 'string' ? 'too-long' : 'invalid';
  return { code: 'bad-field', path, issue: kind };
}

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
  /** The warnings hidden in the console pages (store/dismissed); kept in memory only when not given. */
  getDismissed?: () => Promise<string[]>;
  setDismissed?: (d: string[]) => Promise<void>;
  /** Push a results message to a tab (errors ignored by the caller). */
  pushToTab: (tabId: number, message: TabResultsMessage) => Promise<void>;
  setBadge: (badge: { text: string; color: string; title: string }) => Promise<void>;
  /** Limits (tests pass small ones; the real ones are in src/store/limits.ts). */
  limits?: { storage?: StorageBudget; imports?: ImportLimits; replies?: ReplyLimits };
}

/**
 * Who sent a message, as the browser says (never as the message says): a content script's tab and
 * page, or one of the extension's own pages (popup, options — the options page may be in a tab too).
 */
export interface SenderInfo {
  tab?: { id?: number | undefined; url?: string | undefined } | undefined;
  /** The sending frame's URL (content scripts run in the top frame only). */
  url?: string | undefined;
  /** The sender is a page of this extension (its URL is under the extension's own origin). */
  extensionPage?: boolean | undefined;
}

export function createBackgroundService(deps: BackgroundDeps) {
  const budget = deps.limits?.storage ?? storageBudget;
  const caps = deps.limits?.imports ?? importLimits;
  const replies = deps.limits?.replies ?? replyLimits;
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
  // The store is kept within its byte budget (oldest sightings evicted first); a write the browser
  // still refuses is retried once at half the budget, and a failure is reported in the popup.
  let pendingWrite: Promise<void> = Promise.resolve();
  let writeError: string | undefined;
  const setFacts = async (f: StoredFacts) => {
    const fitted = fitToBudget(f, budget);
    factsCache = fitted;
    pendingWrite = pendingWrite.then(async () => {
      try {
        await deps.setFacts(fitted);
        writeError = undefined;
      } catch (first) {
        const smaller = fitToBudget(fitted, { ...budget, totalBytes: Math.floor(budget.totalBytes / 2) });
        try {
          await deps.setFacts(smaller);
          if (factsCache === fitted) factsCache = smaller;
          writeError = undefined;
        } catch {
          writeError = String(first).slice(0, 300);
        }
      }
    });
  };
  // The badge as last set: a read that leaves it as it was (most re-reads) makes no three browser calls for it. The
  // browser keeps the badge while the worker is stopped; a started worker sets it once again.
  let badgeShown: string | undefined;
  const setBadge = async (badge: { text: string; color: string; title: string }) => {
    const key = `${badge.text}\n${badge.color}\n${badge.title}`;
    if (key === badgeShown) return;
    badgeShown = key;
    try {
      await deps.setBadge(badge);
    } catch (e) {
      badgeShown = undefined;
      throw e;
    }
  };
  /**
   * `all`: everything seen, linted with the consoles it was read in; `filing`: the filing in progress (./filing-scope),
   * linted as made with its cloud; `console`: `all`'s results about subjects outside the filing; `page`: what the pages
   * show — the filing's results for its subjects, `console` for the rest.
   */
  type Linted = {
    all: LintResult[];
    filing: LintResult[];
    console: LintResult[];
    page: LintResult[];
    badge: ReturnType<typeof badgeOf>;
    lang: 'zh' | 'en';
    facts: ReturnType<typeof mergeSightings>;
    /** `filing` and `page` of a filing form: its own filing (the tab's), as made with its own cloud. */
    madeWith: (family: string, tabFiling: string | undefined) => { filing: LintResult[]; page: LintResult[] };
  };
  // (`content`: what the lint depends on; a store that changed only in what decides no result — the times of a
  // re-read that found the same facts — is the same content, and the last lint stands)
  let lintMemo: { facts: StoredFacts; key: string; content: string; out: Linted } | undefined;
  // the warnings hidden in the console pages: read once, then kept in step with what is written
  let dismissedCache: Set<string> | undefined;
  let dismissedMemory: string[] = [];
  const getDismissed = async (): Promise<Set<string>> =>
    (dismissedCache ??= new Set(deps.getDismissed ? await deps.getDismissed().catch(() => []) : dismissedMemory));

  let latestStored: StoredFacts = emptyStoredFacts();
  async function lintAll(): Promise<Linted> {
    const [stored, options] = await Promise.all([getFacts(), deps.getOptions()]);
    latestStored = stored;
    const lang = deps.lang(options.lang);
    const now = deps.now();
    const key = `${JSON.stringify(options)}|${lang}|${now.toISOString().slice(0, 10)}`;
    if (lintMemo && lintMemo.facts === stored && lintMemo.key === key) return lintMemo.out;
    const facts = mergeSightings(stored, options);
    const keys = filingWebsiteKeys(stored);
    // the consoles the facts came from stand for the provider while no server is known
    const consoles = consoleProviders(stored);
    const provider = filingProvider(stored);
    const content = `${key}|${consoles.join(',')}|${provider ?? ''}|${keys ? JSON.stringify([...keys].sort()) : '*'}|${JSON.stringify(facts)}`;
    if (lintMemo && lintMemo.content === content) {
      lintMemo = { ...lintMemo, facts: stored };
      return lintMemo.out;
    }
    const others = keys ? (facts.websites ?? []).filter((w) => !keys.has(websiteKey(w))) : [];
    // other filings' websites are linted apart, without this filing's entity (never paired with it), and so are the
    // domains only they use (rev58: another filing's domain was shown "registrant does not match the entity" in the
    // domain list, checked against the entity of the filing read last)
    const opts = { lang, consoles };
    const mine = (facts.websites ?? []).filter((w) => !others.includes(w));
    const ownDomains = new Set(mine.flatMap((w) => w.domains.map(registrableDomain)));
    const othersOnly = new Set(others.flatMap((w) => w.domains.map(registrableDomain)).filter((d) => !ownDomains.has(d)));
    const apart = (d: { domain: string }) => othersOnly.has(registrableDomain(d.domain));
    const all = others.length === 0 ? lint(facts, deps.rules, now, opts) : [
      ...lint({ ...facts, websites: mine, ...(facts.domains ? { domains: facts.domains.filter((d) => !apart(d)) } : {}) }, deps.rules, now, opts),
      ...lint({ ...facts, entity: undefined, websites: others, ...(facts.domains ? { domains: facts.domains.filter(apart) } : {}) }, deps.rules, now, opts).filter((r) => r.subjectKind === 'website' || r.subjectKind === 'domain'),
    ];
    const lintFiling = (cloud: ProviderId | undefined, merged = facts, websiteKeys = keys) => {
      const scoped = filingScope(merged, websiteKeys, cloud);
      // the filing is checked as made with its cloud: another cloud whose console was read beside it lends it none of
      // its requirements (a domain registered to a shareholder: Alibaba Cloud accepts it with proof, Tencent Cloud not)
      const filingOpts = cloud && !(consoles.length === 1 && consoles[0] === cloud) ? { lang, consoles: [cloud] } : opts;
      const filing = scoped === facts && filingOpts === opts ? all : lint(scoped, deps.rules, now, filingOpts);
      const split = splitChecklist(all, filing);
      return { filing, console: split.console, page: filing === all ? all : [...filing, ...split.console] };
    };
    const { filing, console: outside, page } = lintFiling(provider);
    // A filing form is its own filing's and its own cloud's, whichever form showed an entity last (rev58): the same
    // filing open on both clouds' forms, a Tencent Cloud step that shows no entity after Alibaba Cloud's form did (the
    // Tencent form was not held by its own pay-as-you-go server, the Alibaba Cloud form was, by Tencent Cloud's), or
    // another filing's form read since (the first form was held at submit by the other filing's domain). No entity read
    // in a console for that filing: no cloud is chosen, every server seen is held.
    // (this lint stands while the current filing's content does (lintMemo); another filing's entity may have changed
    // meanwhile: its forms are linted from the newest store, `latestStored`, and kept only while that stands)
    const current = currentFiling(stored);
    const forms = new Map<string, { filing: LintResult[]; page: LintResult[] }>();
    if (provider) forms.set(`${provider}|${current ?? ''}`, { filing, page });
    let othersOf: StoredFacts | undefined;
    const madeWith = (family: string, tabFiling: string | undefined) => {
      const own = tabFiling ?? current;
      const from = own === current ? stored : latestStored;
      const cloud = filingProvider(from, own) ? cloudOf(family) : undefined;
      const k = `${cloud ?? ''}|${own ?? ''}`;
      if (own !== current && othersOf !== from) {
        for (const key of forms.keys()) if (!key.endsWith(`|${current ?? ''}`)) forms.delete(key);
        othersOf = from;
      }
      let out = forms.get(k);
      if (!out) forms.set(k, (out = own === current ? lintFiling(cloud) : lintFiling(cloud, mergeSightings(from, options, own), filingWebsiteKeys(from, own))));
      return out;
    };
    // the badge counts the filing in progress, as the popup's summary does; what the console showed
    // outside it is listed apart in the popup ("seen in the console") and not counted
    const out = { all, filing, lang, facts, console: outside, page, madeWith, badge: badgeOf(filing, lang) };
    lintMemo = { facts: stored, key, content, out };
    return out;
  }

  /**
   * A result as the user sees it: page text display-safe (no direction controls, look-alikes in punycode). Kept per
   * result while its lint stands (a read of the same facts answers with the same 250 items, not 250 new ones).
   */
  const items = { zh: new WeakMap<LintResult, ResultItem>(), en: new WeakMap<LintResult, ResultItem>() };
  const item = (r: LintResult, lang: 'zh' | 'en'): ResultItem => {
    let out = items[lang].get(r);
    if (!out) items[lang].set(r, (out = displaySafeResult(toResultItem(r, deps.rules, lang), lang)));
    return out;
  };

  /**
   * What one tab gets: the failing results about the subjects it showed, and on filing pages every
   * failing error of the filing in progress (the pre-submit check holds the submit button for those).
   */
  function tabMessage(all: Pick<Linted, 'page' | 'filing' | 'lang' | 'facts' | 'madeWith'>, tab: { subjects: readonly string[]; family: string; url?: string; filing?: string }, hidden: ReadonlySet<string>): TabResultsMessage {
    const keys = new Set(tab.subjects);
    const form = isFilingPage(tab.family, tab.url);
    // a filing form: its own filing as made with its cloud (its pre-submit check), not the filing or cloud last seen
    const linted = form ? { ...all, ...all.madeWith(tab.family, tab.filing) } : all;
    const { lang } = linted;
    // a warning the filer hid is not shown in the page again (the pre-submit check still holds for it)
    const websites = linted.facts.websites ?? [];
    const results: ResultItem[] = linted.page
      .filter((r) => r.status === 'fail' && keys.has(subjectKey(r.subjectKind, r.subject)) && (hidden.size === 0 || !hidden.has(dismissKey(r.rule, r.subjectKind, r.subject))))
      .slice(0, replies.tabResults)
      .map((r) => withNear(item(r, lang), deps.rules, websites));
    if (!form) return { type: 'results', lang, results };
    const blocking = linted.filing.filter((r) => r.status === 'fail' && r.severity === 'error').slice(0, replies.tabResults).map((r) => item(r, lang));
    return { type: 'results', lang, results, blocking };
  }

  /** Recompute the badge and push fresh results to every tab that showed facts (except `skipTab`). */
  async function refresh(skipTab?: number): Promise<void> {
    const linted = await lintAll();
    const hidden = await getDismissed();
    await setBadge(linted.badge);
    const tabs = await deps.getTabs();
    await Promise.all(
      Object.entries(tabs)
        .filter(([id]) => Number(id) !== skipTab)
        .map(([id, t]) => deps.pushToTab(Number(id), tabMessage(linted, t, hidden)).catch(() => undefined)),
    );
  }

  /**
   * The console page a content script runs in, from the browser's sender (a message's own url is not trusted). Its
   * address is kept with any ID number in it masked (a query's certificate number): it goes into the open tabs'
   * registry and the sightings, and is compared only with addresses masked the same way.
   */
  function senderPage(sender: SenderInfo, type: string): { url: string; family: string; tabId: number | undefined } {
    const url = sender.tab?.url || sender.url;
    if (sender.extensionPage || !sender.tab || !url) throw new Error(`${type} only from a console tab`);
    const family = familyOfUrl(url);
    if (!family) throw new Error(`${type} from a page that is not a console page`);
    return { url: maskIdRuns(url.slice(0, 2000)), family, tabId: sender.tab.id };
  }

  /** The cloud a console family belongs to (its servers' provider: ownProvider; a filing form's cloud: lintAll). */
  const cloudOf = (family: string): ProviderId => (family === 'tencent' ? 'tencent' : 'aliyun');

  /**
   * A page's servers of its own cloud only: a Tencent Cloud console's readers give Tencent Cloud servers,
   * an Alibaba Cloud console's give Alibaba Cloud ones; a server of the other cloud in a page's facts
   * (a content script that claims what another console family reads) is left out.
   */
  function ownProvider(facts: PageFacts, family: string): PageFacts {
    if (!facts.servers) return facts;
    const cloud = cloudOf(family);
    const servers = facts.servers.filter((s) => (s.provider ?? 'aliyun') === cloud);
    return servers.length === facts.servers.length ? facts : { ...facts, servers };
  }

  /**
   * Each tab's last page facts, the base its next delta applies to (./page-delta); in memory only (a
   * restarted worker has none and asks for the full facts again).
   */
  const bases = new Map<number, { seq: number | undefined; url: string; reader: string; facts: PageFacts }>();

  async function onPageFacts(msg: PageFactsMessage | PageFactsDelta, sender: SenderInfo): Promise<TabResultsMessage | { type: 'resend' } | { type: 'more' }> {
    const { url, family, tabId } = senderPage(sender, msg.type);
    // a piece of a big page's facts with more to follow (./page-delta factsPiece): only kept as the
    // next piece's base (no tab to keep it for: handled as the whole page)
    const more = msg.more === true && tabId !== undefined;
    let facts: PageFacts | undefined;
    await serial(async () => {
      if (msg.type === 'page-facts-delta') {
        // only onto the very message it follows, from the same tab, page and reader
        const base = tabId !== undefined ? bases.get(tabId) : undefined;
        if (!base || base.seq !== msg.base || base.url !== url || base.reader !== msg.reader) return;
        const rebuilt = applyPageDelta(base.facts, msg);
        // the rebuilt facts are checked as a full message's are (a bad subject drops alone), once whole
        facts = more ? rebuilt : LenientPageFactsSchema.parse(rebuilt);
      } else facts = msg.facts;
      // what a content script sends is masked here too (its filing key and subjects are made from it)
      if (!more) facts = ownProvider(maskFactsIds(facts), family);
      const page = facts;
      if (tabId !== undefined) bases.set(tabId, { seq: msg.seq, url, reader: msg.reader, facts: page });
      if (more) return;
      const stored = await getFacts();
      const tabs = tabId !== undefined ? await deps.getTabs() : {};
      const before = tabId !== undefined && Object.hasOwn(tabs, String(tabId)) ? tabs[String(tabId)] : undefined;
      // the filing this tab's flow is on: the entity its page shows, else the one it showed last
      const filing = (page.entity ? filingKey(page.entity) : undefined) ?? before?.filing;
      await setFacts(addSightings(stored, page, { reader: msg.reader, url, seenAt: deps.now().toISOString(), ...(filing ? { filing } : {}) }));
      if (tabId !== undefined) {
        const sameUrl = before?.url === url;
        const subjects = [...new Set([...(sameUrl && before ? before.subjects : []), ...subjectsOfPage(page)])].slice(-5000);
        // (a page read: its tab loses a "not read" it had; a page read in part says so)
        const entry = { url, family, subjects, ...(filing ? { filing } : {}), ...(page.partial ? { partial: page.partial } : {}) };
        // a re-read of the same page mostly leaves its tab's entry as it was (500 subjects): not written again then
        if (!before || JSON.stringify(entry) !== JSON.stringify(before)) await deps.setTabs({ ...tabs, [String(tabId)]: entry });
      }
    });
    const page = facts as PageFacts | undefined;
    if (!page) return { type: 'resend' };
    if (more) return { type: 'more' };
    const tabs = await deps.getTabs();
    const linted = await lintAll();
    const hidden = await getDismissed();
    void setBadge(linted.badge).catch(() => undefined);
    const tab = (tabId !== undefined ? tabs[String(tabId)] : undefined) ?? { subjects: subjectsOfPage(page), family, url };
    // other tabs may show the same subjects: bring them up to date too
    void Promise.all(
      Object.entries(tabs)
        .filter(([id]) => Number(id) !== tabId)
        .map(([id, t]) => deps.pushToTab(Number(id), tabMessage(linted, t, hidden)).catch(() => undefined)),
    );
    return tabMessage(linted, tab, hidden);
  }

  /**
   * A console page without facts of its own: remember the tab (for pushes) and answer its results. `notRead`: the page
   * was not read, and why (./not-read): kept as the tab's state, for the popup to say, until the tab's next facts.
   */
  async function onGetTabResults(sender: SenderInfo, notRead?: NotRead): Promise<TabResultsMessage> {
    const { url, family, tabId } = senderPage(sender, 'get-tab-results');
    const tab = await serial(async () => {
      const tabs = await deps.getTabs();
      const before = tabs[String(tabId)];
      const entry = { url, family, subjects: before?.url === url ? before.subjects : [], ...(before?.filing ? { filing: before.filing } : {}), ...(notRead ? { notRead } : {}) };
      if (tabId !== undefined) await deps.setTabs({ ...tabs, [String(tabId)]: entry });
      return entry;
    });
    return tabMessage(await lintAll(), tab, await getDismissed());
  }

  /**
   * The filer hid a warning in a console page: kept (store/dismissed), and the other tabs stop showing it.
   * Only a warning that tab can show: a rule of the catalogue about a subject the tab's page showed (a
   * request for anything else changes nothing, so no page can fill the list and push out the filer's choices).
   */
  async function onDismiss(req: { rule: string; subjectKind: ResultItem['subjectKind']; subject: string }, sender: SenderInfo): Promise<{ type: 'ack' }> {
    const { tabId } = senderPage(sender, 'dismiss');
    const key = dismissKey(req.rule, req.subjectKind, req.subject);
    const changed = await serial(async () => {
      const tab = tabId !== undefined ? (await deps.getTabs())[String(tabId)] : undefined;
      const shows = tab?.subjects.includes(subjectKey(req.subjectKind, req.subject)) ?? false;
      if (!shows || !deps.rules.rules.some((r) => r.id === req.rule)) return false;
      const before = await getDismissed();
      if (before.has(key)) return false;
      const next = addDismissed([...before], key);
      dismissedCache = new Set(next);
      dismissedMemory = next;
      await deps.setDismissed?.(next);
      return true;
    });
    if (changed) await refresh(tabId);
    return { type: 'ack' };
  }

  /** The open console tabs whose page was not read or read in part, the popup's own tab (`current`) first. */
  async function unreadTabs(current: number | undefined): Promise<UnreadTab[]> {
    const tabs = await deps.getTabs();
    const out: UnreadTab[] = [];
    for (const [id, t] of Object.entries(tabs)) {
      if (!t.notRead && !t.partial) continue;
      const mine = current !== undefined && Number(id) === current;
      const tab: UnreadTab = { family: t.family, ...(t.notRead ? { notRead: t.notRead } : t.partial ? { partial: t.partial } : {}), ...(mine ? { current: true as const } : {}) };
      if (mine) out.unshift(tab);
      else out.push(tab);
    }
    return out.slice(0, MAX_UNREAD_TABS);
  }

  async function checklist(tab?: number): Promise<ChecklistResponse> {
    const { filing, console, lang, facts } = await lintAll();
    const unread = await unreadTabs(tab);
    const seen = (facts.entity ? 1 : 0) + (facts.websites?.length ?? 0) + (facts.domains?.length ?? 0) + (facts.servers?.length ?? 0);
    // the reply stays small whatever was stored: failing results first, then the rest, up to the cap
    const rank = (r: LintResult) => (r.status === 'fail' ? (r.severity === 'error' ? 0 : r.severity === 'warning' ? 1 : 2) : r.status === 'unknown' ? 3 : 4);
    const shown = filing.length <= replies.checklistResults ? filing : [...filing].sort((a, b) => rank(a) - rank(b)).slice(0, replies.checklistResults);
    return {
      type: 'checklist',
      lang,
      rules: ruleInfos(deps.rules, lang),
      results: shown.map((r) => item(r, lang)),
      // what the console showed outside this filing (failing only: a list page may show thousands)
      console: console.filter((r) => r.status === 'fail').slice(0, replies.checklistResults).map((r) => item(r, lang)),
      providers: Object.fromEntries((facts.servers ?? []).flatMap((s) => (s.provider ? [[s.id, s.provider]] : []))),
      pages: pageLinks(deps.rules, lang),
      seen,
      ...(filing.length > shown.length ? { omitted: filing.length - shown.length } : {}),
      ...(writeError ? { storageError: writeError } : {}),
      ...(unread.length > 0 ? { unread } : {}),
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
      domain: displaySafe(outcome.domain, lang),
      results: outcome.results.slice(0, replies.checklistResults).map((r) => item(r, lang)),
      pages: pageLinks(deps.rules, lang),
    };
  }

  async function onImport(file: unknown, name: string): Promise<ImportFactsResponse> {
    const refuse = (error: string, problem: ImportProblem): ImportFactsResponse => ({ type: 'import-facts', ok: false, error, problem });
    // the options page checks the file size before parsing; a message can still carry more
    const size = JSON.stringify(file)?.length ?? 0;
    if (size > caps.fileBytes) return refuse(`file too large: at most ${Math.floor(caps.fileBytes / 1024)} KB`, { code: 'file-too-large', maxBytes: caps.fileBytes });
    // Some other JSON file (a package.json, an array): say so, not "version: Invalid input: expected 1".
    if (typeof file !== 'object' || file === null || Array.isArray(file) || (file as { version?: unknown }).version !== 1) {
      return refuse('not-facts', { code: 'not-facts' });
    }
    const parsed = FactsSchema.safeParse(file);
    if (!parsed.success) return refuse(describeFactsError(parsed.error), badField(parsed.error, file));
    const over = importOverLimitOf(parsed.data, caps);
    if (over) return refuse(`too many: ${importOverLimit(parsed.data, caps)}`, { code: 'too-many', what: over.what, count: over.count, max: over.max, ...(over.website !== undefined ? { website: over.website + 1 } : {}) });
    const provenance = { reader: 'import', url: `file:${name}`, seenAt: deps.now().toISOString() };
    // what was read before goes first when the store is full; the file alone must fit
    const alone = storedBytes(importFactsFile(emptyStoredFacts(), parsed.data, provenance));
    if (alone > budget.totalBytes) return refuse(`too large to store: ${alone} bytes, at most ${budget.totalBytes}`, { code: 'too-large-to-store', bytes: alone, maxBytes: budget.totalBytes });
    await serial(async () => setFacts(importFactsFile(await getFacts(), parsed.data, provenance)));
    await pendingWrite;
    await refresh();
    if (writeError) return refuse(`not saved: ${writeError}`, { code: 'not-saved' });
    return { type: 'import-facts', ok: true };
  }

  const EXTENSION_PAGES_ONLY = new Set<string>(['import-facts', 'export-facts', 'clear-all', 'get-checklist', 'check-domain']);

  /** Handles one raw message; throws on a message that does not fit the contract or its sender. */
  async function handle(raw: unknown, sender: SenderInfo = {}): Promise<unknown> {
    const req = RequestSchema.parse(raw);
    // a web page's content script may report what it read and hear its own page's results; only the
    // extension's own pages may import, export or clear the store, or ask for the whole store's
    // checklist or a lookup (every console family's subjects: what one console's page may not learn)
    if (!sender.extensionPage && EXTENSION_PAGES_ONLY.has(req.type)) {
      throw new Error(`${req.type} is not allowed from a web page`);
    }
    switch (req.type) {
      case 'page-facts':
      case 'page-facts-delta':
        return onPageFacts(req, sender);
      case 'get-tab-results':
        return onGetTabResults(sender, req.notRead);
      case 'dismiss':
        return onDismiss(req, sender);
      case 'get-checklist':
        return checklist(req.tab);
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
          dismissedCache = undefined;
          dismissedMemory = [];
          return before;
        });
        const lang = deps.lang((await deps.getOptions()).lang);
        await setBadge(badgeOf([], lang));
        await Promise.all(
          Object.entries(tabs).map(([id, t]) =>
            deps.pushToTab(Number(id), { type: 'results', lang, results: [], ...(isFilingPage(t.family, t.url) ? { blocking: [] } : {}) }).catch(() => undefined),
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
    dismissedCache = undefined;
  }

  /** The hidden warnings were changed in storage (ours, or cleared elsewhere): read them again when next needed. */
  function dismissedChanged() {
    dismissedCache = undefined;
  }

  /**
   * The tab loads a page (a reload, another address, a page that is no console's): what the tab said of its last page —
   * not read, read in part — no longer holds (its next page says it again if so); the popup would say it of a page gone.
   */
  const tabLoading = (tabId: number) =>
    serial(async () => {
      const tabs = await deps.getTabs();
      const t = Object.hasOwn(tabs, String(tabId)) ? tabs[String(tabId)] : undefined;
      if (!t || (!t.notRead && !t.partial)) return;
      const { notRead: _n, partial: _p, ...rest } = t;
      await deps.setTabs({ ...tabs, [String(tabId)]: rest });
    });

  return { handle, refresh, storageChanged, dismissedChanged, tabLoading, forgetTab: (tabId: number) => serial(async () => {
    bases.delete(tabId);
    const tabs = await deps.getTabs();
    if (!(String(tabId) in tabs)) return;
    const { [String(tabId)]: _gone, ...rest } = tabs;
    await deps.setTabs(rest);
  }) };
}
