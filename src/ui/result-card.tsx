import type { ResultItem } from '../messaging/tab-results';
import type { PageStrings as Strings } from './strings-page';

/** One failing rule as shown in the page and in the popup: message, fix, source. Text only. */
export function SourceLine({ item, s }: { item: Pick<ResultItem, 'sources'>; s: Strings }) {
  if (item.sources.length === 0) return null;
  return (
    <p class="src">
      {s.source}: {item.sources.map((src) => [src.publisher, src.title, src.section].filter(Boolean).join(' · ')).join('; ')}
    </p>
  );
}

export function WarningCard({ item, s, onDismiss }: { item: ResultItem; s: Strings; onDismiss?: () => void }) {
  return (
    <div class={`card ${item.severity}`} role="note" aria-label={`${s.severity[item.severity]}: ${item.title}`}>
      <div class="head">
        <span class="sev">{s.severity[item.severity]}</span>
        <strong class="title">{item.title}</strong>
        {onDismiss && (
          <button type="button" class="x" onClick={onDismiss} aria-label={s.dismissLabel(item.title)} title={s.dismiss}>
            ×
          </button>
        )}
      </div>
      <p class="msg">{item.message}</p>
      {item.fix && (
        <p class="fix">
          <b>{s.fix}:</b> {item.fix}
        </p>
      )}
      <SourceLine item={item} s={s} />
    </div>
  );
}
