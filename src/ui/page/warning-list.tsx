import type { ResultItem } from '../../messaging/tab-results';
import { WarningCard } from '../result-card';
import type { PageStrings as Strings } from '../strings-page';

/** Shown in full next to a row before the rest fold behind "show more", so a row stays readable. */
const SHOWN = 2;

/** The warnings next to one row or field, errors first. */
export function WarningList({ items, s, onDismiss }: { items: ResultItem[]; s: Strings; onDismiss: (item: ResultItem) => void }) {
  const sorted = [...items].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : b.severity === 'error' ? 1 : 0));
  const card = (item: ResultItem) => <WarningCard key={`${item.rule}|${item.subject}`} item={item} s={s} onDismiss={() => onDismiss(item)} />;
  return (
    <div role="group" aria-label={s.warningsHeading(items.length)}>
      {sorted.slice(0, SHOWN).map(card)}
      {sorted.length > SHOWN && (
        <details>
          <summary class="more">{s.showMore(sorted.length - SHOWN)}</summary>
          {sorted.slice(SHOWN).map(card)}
        </details>
      )}
    </div>
  );
}
