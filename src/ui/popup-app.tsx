import { useEffect, useState } from 'preact/hooks';
import type { CheckDomainResponse, ChecklistResponse, PageLink } from '../messaging/contract';
import { countStatuses, groupChecklist, unknownsByPage, type ChecklistGroup } from './checklist-groups';
import { dropRepeats } from './dedupe';
import { ReplyStatus } from './reply-status';
import { ResultRow, UnknownGroup } from './result-row';
import { unreadWords } from './not-read-words';
import { strings, type Strings } from './strings';

/** Longest input the lookup takes (a URL with a path; a domain itself has at most 253 characters). */
export const LOOKUP_MAX = 2000;

type Lookup = { kind: 'error'; text: string } | { kind: 'ok'; response: Extract<CheckDomainResponse, { ok: true }> };

/** What the lookup box says before anything is sent: empty and over-long input get a plain message. */
export function lookupInputProblem(input: string, s: Strings): string | null {
  const q = input.trim();
  if (!q) return s.popup.lookupEmpty;
  if (q.length > LOOKUP_MAX) return s.popup.lookupTooLong(LOOKUP_MAX);
  return null;
}

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** A subject's heading: its kind, its name (an unnamed website: "Website #1 (no name yet)"), and for a server its cloud. */
function GroupHeading({ g, s, providers, id }: { g: ChecklistGroup; s: Strings; providers: Record<string, string>; id: string }) {
  const unnamed = g.kind === 'website' && /^#\d+$/.test(g.subject);
  const provider = g.kind === 'server' ? providers[g.subject] : undefined;
  return (
    <h3 id={id}>
      <span class="kind">{unnamed ? s.popup.unnamedWebsite(g.subject.slice(1)) : s.kind[g.kind]}</span>
      {!unnamed && !(g.kind === 'entity' && g.subject === 'entity') && ` ${g.subject}`}
      {provider && <span class="provider">{` · ${s.provider[provider] ?? provider}`}</span>}
    </h3>
  );
}

/** One subject's items: failures, unknowns by the page that settles them, notes; passes folded. */
function GroupRows({ g, s, pages, failingOnly = false }: { g: ChecklistGroup; s: Strings; pages: Record<string, PageLink>; failingOnly?: boolean }) {
  const fails = g.items.filter((r) => r.status === 'fail' && r.severity !== 'info');
  return (
    <>
      <ul class="rows">
        {fails.map((r) => (
          <ResultRow key={r.rule} item={r} s={s} pages={pages} />
        ))}
        {!failingOnly &&
          unknownsByPage(g.items, pages).map(([page, items]) => <UnknownGroup key={page.url + page.label} page={page} items={items} s={s} />)}
        {!failingOnly &&
          g.items
            .filter((r) => (r.status === 'fail' && r.severity === 'info') || (r.status === 'unknown' && !(r.page && pages[r.page])))
            .map((r) => <ResultRow key={r.rule} item={r} s={s} pages={pages} />)}
      </ul>
      {!failingOnly && g.counts.pass > 0 && (
        <details class="passes">
          <summary>{s.popup.passing(g.counts.pass)}</summary>
          <ul class="rows">
            {g.items
              .filter((r) => r.status === 'pass')
              .map((r) => (
                <ResultRow key={r.rule} item={r} s={s} pages={pages} />
              ))}
          </ul>
        </details>
      )}
    </>
  );
}

const groupId = (prefix: string, g: ChecklistGroup) => `${prefix}-${g.kind}-${g.subject}`.replace(/[^\w-]/g, '_');

/** The lookup's answer: the domain's own rules (an IP: that it cannot be filed), and what else a filing needs. */
function LookupResult({ response, s }: { response: Extract<CheckDomainResponse, { ok: true }>; s: Strings }) {
  const ip = response.results.find((r) => r.rule === 'domain.registrable' && r.variant === 'ip' && r.status === 'fail');
  if (ip) {
    return (
      <section aria-labelledby="lookup-h" class="lookup-result">
        <h2 id="lookup-h">{s.popup.lookupIp}</h2>
        <p class="msg">{ip.message}</p>
        <p class="hint">{s.popup.lookupIpHint}</p>
      </section>
    );
  }
  const own = dropRepeats(response.results.filter((r) => r.subjectKind === 'domain' && r.subject === response.domain));
  const [g] = groupChecklist([], own).groups;
  return (
    <section aria-labelledby="lookup-h" class="lookup-result">
      <h2 id="lookup-h">{s.popup.lookupFor(response.domain)}</h2>
      {g && <GroupRows g={g} s={s} pages={response.pages} />}
      <p class="hint also">{s.popup.lookupAlsoNeeds}</p>
    </section>
  );
}

/** The toolbar popup: lookup box and the filing checklist. Data comes through the props. */
export function PopupApp({
  loadChecklist,
  checkDomain,
  openOptions,
  fallbackLang,
}: {
  loadChecklist: () => Promise<ChecklistResponse>;
  checkDomain: (input: string) => Promise<CheckDomainResponse>;
  openOptions: () => void;
  /** The resolved UI language until the background answers (the same resolution: options, then the browser UI language). */
  fallbackLang: 'zh' | 'en';
}) {
  const [data, setData] = useState<ChecklistResponse | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [lookup, setLookup] = useState<Lookup | null>(null);
  useEffect(() => {
    loadChecklist().then(setData, () => setFailed(true));
  }, []);
  const lang = data?.lang ?? fallbackLang;
  const s = strings[lang];
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = s.appName;
  }, [lang]);

  if (!data) return <main aria-busy="true"><p>{failed ? s.popup.lookupFailed : s.popup.loading}</p></main>;
  const { groups, notChecked } = groupChecklist(data.rules, data.results);
  const consoleGroups = groupChecklist([], data.console ?? []).groups.filter((g) => g.items.some((r) => r.status === 'fail' && r.severity !== 'info'));
  // the summary counts the filing in progress (as the badge does); what lies outside it is listed below, apart
  const c = countStatuses(data.results);
  const providers = data.providers ?? {};
  const unread = (data.unread ?? []).map((t) => unreadWords(t, s)).filter((t): t is string => !!t);

  const submit = (e: Event) => {
    e.preventDefault();
    const problem = lookupInputProblem(query, s);
    if (problem) return setLookup({ kind: 'error', text: problem });
    checkDomain(query.trim()).then(
      (r) => setLookup(r.ok ? { kind: 'ok', response: r } : { kind: 'error', text: capitalise(r.error) }),
      // a transport or contract failure is ours: never show its raw text
      () => setLookup({ kind: 'error', text: s.popup.lookupFailed }),
    );
  };

  return (
    <main>
      <header>
        <h1>{s.appName}</h1>
        <button type="button" class="link" onClick={openOptions}>
          {s.popup.options}
        </button>
      </header>

      <form class="lookup" role="search" onSubmit={submit} noValidate>
        <label for="lookup-input">{s.popup.lookupLabel}</label>
        <div class="lookup-row">
          <input
            id="lookup-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={s.popup.lookupPlaceholder}
            value={query}
            aria-describedby={lookup?.kind === 'error' ? 'lookup-error' : undefined}
            aria-invalid={lookup?.kind === 'error'}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <button type="submit">{s.popup.lookupButton}</button>
        </div>
      </form>
      <div aria-live="polite" class="lookup-out">
        {lookup?.kind === 'error' && (
          <p class="lookup-error" id="lookup-error" role="alert">
            {lookup.text}
          </p>
        )}
        {lookup?.kind === 'ok' && <LookupResult response={lookup.response} s={s} />}
      </div>

      <section aria-labelledby="checklist-h">
        <h2 id="checklist-h">{s.popup.checklist}</h2>
        <ReplyStatus data={data} />
        {/* console pages not read or read in part: said first, so that "not read yet" below is not all the popup says */}
        {unread.length > 0 && (
          <ul class="unread" role="status">
            {unread.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        )}
        {data.seen === 0 ? (
          // (a page not read, said above, is what there is to say: not "open your console")
          unread.length === 0 && <p class="empty">{s.popup.nothingSeen}</p>
        ) : (
          <>
            <p class="summary">{s.popup.summary(c)}</p>
            {c.unknown > 0 && <p class="hint">{s.popup.unknownHint}</p>}
          </>
        )}
        {consoleGroups.length > 0 && groups.length > 0 && <p class="part">{s.popup.inFiling}</p>}
        {groups.map((g) => {
          const id = groupId('g', g);
          return (
            <section class="group" aria-labelledby={id} key={id}>
              <GroupHeading g={g} s={s} providers={providers} id={id} />
              <GroupRows g={g} s={s} pages={data.pages} />
            </section>
          );
        })}
        {notChecked.length > 0 && (
          <details class="not-checked">
            <summary>{s.popup.notCheckedCount(notChecked.length)}</summary>
            <p class="hint">{s.popup.notCheckedHint}</p>
            <ul>
              {notChecked.map((r) => (
                <li key={r.id}>
                  <span class="sr">{`${s.status.notChecked}${s.colon}`}</span>
                  {r.title}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      {consoleGroups.length > 0 && (
        <section aria-labelledby="console-h" class="console">
          <h2 id="console-h">{s.popup.seenInConsole}</h2>
          <p class="hint">{s.popup.seenInConsoleHint}</p>
          {consoleGroups.map((g) => {
            const id = groupId('c', g);
            return (
              <section class="group" aria-labelledby={id} key={id}>
                <GroupHeading g={g} s={s} providers={providers} id={id} />
                <GroupRows g={g} s={s} pages={data.pages} failingOnly />
              </section>
            );
          })}
        </section>
      )}
    </main>
  );
}

