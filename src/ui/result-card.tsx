import type { ResultItem } from '../messaging/tab-results';
import { SourceLine } from './source-line';
import type { PageStrings as Strings } from './strings-page';

/** One failing rule as shown in the page (popover, dialog): title, message, fix, source. Text only. */
export function WarningCard({ item, s, onDismiss }: { item: ResultItem; s: Strings; onDismiss?: () => void }) {
  return (
    <div class={`card ${item.severity}`} role="group" aria-label={`${s.severity[item.severity]}${s.colon}${item.title}`}>
      <div class="head">
        <span class="sev">{s.severity[item.severity]}</span>
        <strong class="title">{item.title}</strong>
      </div>
      <p class="msg">{item.message}</p>
      {item.fix && (
        <p class="fix">
          <b>{s.fixLabel}</b>
          {item.fix}
        </p>
      )}
      <SourceLine sources={item.sources} s={s} />
      {onDismiss && (
        <button type="button" class="dismiss" onClick={onDismiss} aria-label={s.dismissLabel(item.title)}>
          {s.dismiss}
        </button>
      )}
    </div>
  );
}
