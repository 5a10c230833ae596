import type { ResultItem } from '../../messaging/tab-results';
import { WarningCard } from '../result-card';
import type { Strings } from '../strings';

/** The warnings next to one row or field. */
export function WarningList({ items, s, onDismiss }: { items: ResultItem[]; s: Strings; onDismiss: (item: ResultItem) => void }) {
  return (
    <div role="group" aria-label={s.warningsHeading(items.length)}>
      {items.map((item) => (
        <WarningCard key={`${item.rule}|${item.subject}`} item={item} s={s} onDismiss={() => onDismiss(item)} />
      ))}
    </div>
  );
}
