import type { PageLink, ResultItem } from '../messaging/contract';
import { SourceLine } from './source-line';
import type { Strings } from './strings';

const icon = { pass: '✓', fail: '✗', unknown: '?' } as const;
/** A failing info result is a thing to do, not a failure: it gets the info icon. */
const iconOf = (item: Pick<ResultItem, 'status' | 'severity'>) => (item.status === 'fail' && item.severity === 'info' ? 'i' : icon[item.status]);

/** One checklist line: status (as a word, not only a colour), rule title, message, fix or the page to open. */
export function ResultRow({ item, s, pages }: { item: ResultItem; s: Strings; pages: Record<string, PageLink> }) {
  const page = item.status === 'unknown' && item.page ? pages[item.page] : undefined;
  return (
    <li class={`row ${item.status} ${item.severity}`}>
      <span class="status" aria-hidden="true">
        {iconOf(item)}
      </span>
      <div class="body">
        <p class="title">
          <span class="sr">{item.status === 'fail' && item.severity === 'info' ? `${s.severity.info}${s.colon}` : `${s.status[item.status]}${s.comma}${s.severity[item.severity]}${s.colon}`}</span>
          {item.title}
          {item.status === 'fail' && <span class={`sev ${item.severity}`} aria-hidden="true">{s.severity[item.severity]}</span>}
        </p>
        {item.status !== 'pass' && <p class="msg">{item.message}</p>}
        {item.status === 'fail' && item.fix && (
          <p class="fix">
            <b>{s.fixLabel}</b>
            {item.fix}
          </p>
        )}
        {page && (
          <p class="page">
            <a href={page.url} target="_blank" rel="noreferrer">
              {s.openPage(page.label)}
            </a>
          </p>
        )}
        {item.status === 'fail' && <SourceLine sources={item.sources} s={s} />}
      </div>
    </li>
  );
}

/** The unknown items of one subject that one console page would settle, with the link to that page. */
export function UnknownGroup({ page, items, s }: { page: PageLink; items: ResultItem[]; s: Strings }) {
  return (
    <li class="row unknown">
      <span class="status" aria-hidden="true">
        ?
      </span>
      <div class="body">
        <p class="title">
          <span class="sr">{`${s.status.unknown}${s.colon}`}</span>
          {s.popup.notSeenYet(items.length)}
        </p>
        <ul class="titles">
          {items.map((r) => (
            <li key={r.rule} title={r.message}>
              {r.title}
              {r.severity !== 'info' && <span class={`sev-text ${r.severity}`}>{`${s.lang === 'zh' ? '·' : ' · '}${s.severity[r.severity]}`}</span>}
            </li>
          ))}
        </ul>
        <p class="page">
          <a href={page.url} target="_blank" rel="noreferrer">
            {s.openPage(page.label)}
          </a>
        </p>
      </div>
    </li>
  );
}
