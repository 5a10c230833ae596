import type { ResultItem } from '../../messaging/tab-results';
import { WarningCard } from '../result-card';
import { SourceLine } from '../source-line';
import type { PageStrings } from '../strings-page';
import type { Finding } from './page-view';

const icon = { error: '!', warning: '!', info: 'i' } as const;

const subjectName = (item: ResultItem, s: PageStrings) =>
  item.subjectKind === 'entity' && item.subject === 'entity' ? s.kind.entity : `${s.kind[item.subjectKind]} ${item.subject}`;

/** The one popover: every finding of one row or field, in full. Esc (handled by the view) closes it. */
export function Popover({ items, s, onClose, onDismiss }: { items: ResultItem[]; s: PageStrings; onClose: () => void; onDismiss: (item: ResultItem) => void }) {
  return (
    <div class="pop" role="dialog" aria-label={s.warningsHeading(items.length)} tabIndex={-1}>
      <div class="pop-head">
        <span class="brand">{s.warningsHeading(items.length)}</span>
        <button type="button" class="x" onClick={onClose} aria-label={s.close} title={s.close}>
          ×
        </button>
      </div>
      {items.map((item) => (
        <WarningCard key={`${item.rule}|${item.subject}`} item={item} s={s} onDismiss={() => onDismiss(item)} />
      ))}
    </div>
  );
}

/** The per-page summary: a pill in a corner; opened, the list of every finding with "jump to". */
export function SummaryPill({
  findings,
  s,
  open,
  markers,
  located,
  onToggle,
  onJump,
  onDismiss,
  note,
}: {
  findings: Finding[];
  s: PageStrings;
  /** The page was not read, or read in part (../../messaging/not-read): said first in the list; the pill's words when nothing is found. */
  note?: { pill: string; text: string } | undefined;
  open: boolean;
  markers: number;
  located: number;
  onToggle: () => void;
  onJump: (f: Finding) => void;
  onDismiss: (item: ResultItem) => void;
}) {
  const c = { error: 0, warning: 0 };
  for (const f of findings) if (f.item.severity !== 'info') c[f.item.severity]++;
  const worst = c.error ? 'error' : c.warning || note ? 'warning' : 'info';
  return (
    <div class="pill-wrap">
      {open && (
        <section class="panel" aria-label={s.pillList}>
          <p class="brand">{s.pillList}</p>
          {note && <p class="note">{note.text}</p>}
          {markers < located && <p class="capped">{s.capped(markers, located)}</p>}
          <ul>
            {findings.map((f) => (
              <li key={`${f.item.rule}|${f.item.subject}`} class={f.item.severity}>
                <span class={`ic ${f.item.severity}`} aria-hidden="true">
                  {icon[f.item.severity]}
                </span>
                <div class="entry">
                  <p class="t">
                    <span class="sr">{`${s.severity[f.item.severity]}${s.colon}`}</span>
                    {f.item.title}
                  </p>
                  <p class="subj">{subjectName(f.item, s)}</p>
                  {!f.spot && (
                    <>
                      <p class="msg">{f.item.message}</p>
                      {f.item.fix && (
                        <p class="fix">
                          <b>{s.fixLabel}</b>
                          {f.item.fix}
                        </p>
                      )}
                      <SourceLine sources={f.item.sources} s={s} />
                      <button type="button" class="dismiss" onClick={() => onDismiss(f.item)} aria-label={s.dismissLabel(f.item.title)}>
                        {s.dismiss}
                      </button>
                    </>
                  )}
                </div>
                {f.spot && (
                  <button type="button" class="jump" onClick={() => onJump(f)} aria-label={s.jumpLabel(f.item.title, subjectName(f.item, s))}>
                    {s.jumpTo}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <button type="button" class={`pill ${worst}`} aria-expanded={open} onClick={onToggle}>
        <span class={`ic ${worst}`} aria-hidden="true">
          {icon[worst]}
        </span>
        {c.error + c.warning === 0 && note ? note.pill : s.pill(c)}
      </button>
    </div>
  );
}

/** Under a form field, where the console shows its own messages: title and message; details open the popover. */
export function FormMessage({ items, s, dark, onDetails }: { items: ResultItem[]; s: PageStrings; dark: boolean; onDetails: (from: HTMLElement) => void }) {
  return (
    <div class={dark ? 'explain dark' : 'explain'} role="group" aria-label={s.warningsHeading(items.length)}>
      {items.map((item) => (
        <p key={`${item.rule}|${item.subject}`} class={item.severity}>
          <span class={`ic ${item.severity}`} aria-hidden="true">
            {icon[item.severity]}
          </span>
          <span class="sr">{`${s.severity[item.severity]}${s.colon}`}</span>
          <b>{item.title}</b>
          {s.colon}
          {item.message}
        </p>
      ))}
      <button type="button" class="details" aria-haspopup="dialog" onClick={(e) => onDetails(e.currentTarget)}>
        {s.details}
      </button>
    </div>
  );
}
