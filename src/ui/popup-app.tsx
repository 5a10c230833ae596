import { useEffect, useState } from 'preact/hooks';
import type { CheckDomainResponse, ChecklistResponse } from '../messaging/contract';
import { countStatuses, groupChecklist, unknownsByPage } from './checklist-groups';
import { ReplyStatus } from './reply-status';
import { ResultRow, UnknownGroup } from './result-row';
import { strings } from './strings';

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
  fallbackLang: 'zh' | 'en';
}) {
  const [data, setData] = useState<ChecklistResponse | null>(null);
  const [error, setError] = useState('');
  const [query, setQuery] = useState('');
  const [lookup, setLookup] = useState<CheckDomainResponse | null>(null);
  useEffect(() => {
    loadChecklist().then(setData, (e: unknown) => setError(String(e)));
  }, []);
  const s = strings[data?.lang ?? fallbackLang];
  useEffect(() => {
    document.documentElement.lang = data?.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = s.appName;
  }, [data?.lang]);

  if (!data) return <main aria-busy="true"><p>{error || s.popup.loading}</p></main>;
  const { groups, notChecked } = groupChecklist(data.rules, data.results);
  const c = countStatuses(data.results);

  return (
    <main>
      <header>
        <h1>{s.appName}</h1>
        <button type="button" class="link" onClick={openOptions}>
          {s.popup.options}
        </button>
      </header>

      <form
        class="lookup"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) checkDomain(query.trim()).then(setLookup, (err: unknown) => setLookup({ type: 'check-domain', ok: false, lang: data.lang, error: String(err) }));
        }}
      >
        <label for="lookup-input">{s.popup.lookupLabel}</label>
        <div class="lookup-row">
          <input id="lookup-input" type="text" inputMode="url" autoComplete="off" spellcheck={false} placeholder={s.popup.lookupPlaceholder} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          <button type="submit">{s.popup.lookupButton}</button>
        </div>
      </form>
      <div aria-live="polite" class="lookup-out">
        {lookup && !lookup.ok && <p class="lookup-error" role="alert">{lookup.error}</p>}
        {lookup?.ok && (
          <section aria-labelledby="lookup-h">
            <h2 id="lookup-h">{s.popup.lookupFor(lookup.domain)}</h2>
            <ul class="rows">
              {lookup.results.map((r) => (
                <ResultRow key={`${r.rule}|${r.subject}`} item={r} s={s} pages={lookup.pages} />
              ))}
            </ul>
          </section>
        )}
      </div>

      <section aria-labelledby="checklist-h">
        <h2 id="checklist-h">{s.popup.checklist}</h2>
        <ReplyStatus data={data} />
        {data.seen === 0 ? (
          <p class="empty">{s.popup.nothingSeen}</p>
        ) : (
          <>
            <p class="summary">{s.popup.summary(c)}</p>
            {c.unknown > 0 && <p class="hint">{s.popup.unknownHint}</p>}
          </>
        )}
        {groups.map((g) => {
          const id = `g-${g.kind}-${g.subject}`.replace(/[^\w-]/g, '_');
          return (
            <section class="group" aria-labelledby={id} key={id}>
              <h3 id={id}>
                <span class="kind">{s.kind[g.kind]}</span>
                {g.subject.toLowerCase() !== s.kind[g.kind].toLowerCase() && !(g.kind === 'entity' && g.subject === 'entity') && ` ${g.subject}`}
              </h3>
              <ul class="rows">
                {g.items
                  .filter((r) => r.status === 'fail' && r.severity !== 'info')
                  .map((r) => (
                    <ResultRow key={r.rule} item={r} s={s} pages={data.pages} />
                  ))}
                {unknownsByPage(g.items, data.pages).map(([page, items]) => (
                  <UnknownGroup key={page.url + page.label} page={page} items={items} s={s} />
                ))}
                {g.items
                  .filter((r) => (r.status === 'fail' && r.severity === 'info') || (r.status === 'unknown' && !(r.page && data.pages[r.page])))
                  .map((r) => (
                    <ResultRow key={r.rule} item={r} s={s} pages={data.pages} />
                  ))}
              </ul>
              {g.counts.pass > 0 && (
                <details class="passes">
                  <summary>{s.popup.passing(g.counts.pass)}</summary>
                  <ul class="rows">
                    {g.items
                      .filter((r) => r.status === 'pass')
                      .map((r) => (
                        <ResultRow key={r.rule} item={r} s={s} pages={data.pages} />
                      ))}
                  </ul>
                </details>
              )}
            </section>
          );
        })}
        {notChecked.length > 0 && (
          <details class="not-checked">
            <summary>
              {s.popup.notChecked} ({notChecked.length})
            </summary>
            <p class="hint">{s.popup.notCheckedHint}</p>
            <ul>
              {notChecked.map((r) => (
                <li key={r.id}>
                  <span class="sr">{`${s.status.notChecked}: `}</span>
                  {r.title}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </main>
  );
}
