import type { ResultItem } from '../../messaging/tab-results';
import { WarningCard } from '../result-card';
import type { PageStrings as Strings } from '../strings-page';

/** Shown when the filing form's submit button is pressed while error-severity rules fail. */
export function PreSubmitDialog({ items, s, onGoOn, onReview }: { items: ResultItem[]; s: Strings; onGoOn: () => void; onReview: () => void }) {
  return (
    <div
      class="backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') return onReview();
        if (e.key !== 'Tab') return;
        // keep the keyboard inside the dialog while it is open
        const buttons = [...e.currentTarget.querySelectorAll('button')];
        const at = buttons.indexOf((e.currentTarget.getRootNode() as ShadowRoot).activeElement as HTMLButtonElement);
        e.preventDefault();
        buttons[(at + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length]?.focus();
      }}
    >
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="icp-h" aria-describedby="icp-intro">
        <h2 id="icp-h">{s.presubmit.heading}</h2>
        <p class="intro" id="icp-intro">{s.presubmit.intro(items.length)}</p>
        {items.map((item) => (
          <div key={`${item.rule}|${item.subject}`}>
            <p class="subject">{item.subjectKind === 'entity' && item.subject === 'entity' ? s.kind.entity : `${s.kind[item.subjectKind]}${s.colon}${item.subject}`}</p>
            <WarningCard item={item} s={s} />
          </div>
        ))}
        <div class="actions">
          <button type="button" class="secondary" onClick={onGoOn}>
            {s.presubmit.goOn}
          </button>
          <button type="button" class="primary" ref={(el) => el?.focus()} onClick={onReview}>
            {s.presubmit.review}
          </button>
        </div>
      </div>
    </div>
  );
}
