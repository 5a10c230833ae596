import { autoUpdate, computePosition, flip, hide, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { ResultItem } from '../../messaging/tab-results';
import { pageStrings, type PageStrings } from '../strings-page';
import { dropRepeats } from '../dedupe';
import { containsSubject, createSubjectLocator, type Placement } from './locate-subject';
import { FormMessage, Popover, SummaryPill } from './page-parts';
import { makeClosedHost } from './shadow-host';
import { formCss, overlayCss } from './warning-styles';

export type Lang = 'zh' | 'en';

/**
 * The in-page UI of one console page, drawn so that NO console element moves or resizes:
 * - rows and text: a compact marker (severity icon, count if several) in an overlay, anchored beside
 *   the text of the cell that shows the subject (@floating-ui/dom keeps it there through scrolling
 *   containers, and hides it when the cell is scrolled out of its container);
 * - form fields: a short message under the field, where the console shows its own form messages;
 * - one summary pill in a corner ("ICP 备案预检：3 个错误") listing every finding with "jump to";
 * - one popover at a time (message, fix, source), opened by click or Enter on a marker; Esc closes it.
 * Everything lives in closed shadow roots. Markers may be capped (`maxMarkers`); the pill counts and
 * lists every finding and says when markers are capped.
 */
export interface PageView {
  /** Show these findings (failing, not info) in `lang`; cheap when nothing changed. */
  update(items: readonly ResultItem[], lang: Lang): void;
  destroy(): void;
  /** The overlay's closed shadow root (for this content script's own tests; page scripts cannot reach it). */
  readonly root: ShadowRoot;
}

export interface Spot {
  anchor: Element;
  kind: Placement['kind'];
  /** What the marker or popover is anchored to: the text that shows the subject, else the anchor. */
  ref: Element | VirtualElement;
  items: ResultItem[];
  marker?: HTMLButtonElement;
  form?: { host: HTMLElement; mount: HTMLElement };
}

export interface Finding {
  item: ResultItem;
  spot?: Spot;
}

const key = (r: ResultItem) => `${r.rule}|${r.subject}`;
const severityRank = { error: 0, warning: 1, info: 2 } as const;
const MARKER = 16;

/** The text inside `anchor` that shows `subject` (the marker goes beside it), or the anchor itself. */
function textRef(anchor: Element, subject: string): Element | VirtualElement {
  const doc = anchor.ownerDocument;
  const walker = doc.createTreeWalker(anchor, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!containsSubject(n.textContent ?? '', subject)) continue;
    const range = doc.createRange();
    range.selectNodeContents(n);
    return { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: () => range.getClientRects(), contextElement: anchor };
  }
  return anchor;
}

/** The console's own dark mode: a dark page background (or a `dark` theme marker on html / body). */
function pageIsDark(doc: Document): boolean {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    if (/\bdark\b/i.test(`${el.className} ${el.getAttribute('data-theme') ?? ''} ${el.getAttribute('theme') ?? ''}`)) return true;
    const bg = doc.defaultView?.getComputedStyle(el).backgroundColor ?? '';
    const m = bg.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/);
    if (!m || (m[4] !== undefined && Number(m[4]) === 0)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 100;
  }
  return false;
}

export function createPageView(doc: Document, opts: { maxMarkers?: number } = {}): PageView {
  const maxMarkers = opts.maxMarkers ?? 5000;
  const win = doc.defaultView ?? window;
  const overlay = makeClosedHost(doc, overlayCss);
  const layer = doc.createElement('div');
  layer.className = 'layer';
  overlay.root.insertBefore(layer, overlay.mount);
  doc.body.appendChild(overlay.host);

  let lang: Lang = 'en';
  let s: PageStrings = pageStrings.en;
  let spots: Spot[] = [];
  let findings: Finding[] = [];
  let lastKey = '';
  const dismissed = new Set<string>();
  let open: { items: ResultItem[]; ref: Element | VirtualElement; back: HTMLElement | null } | null = null;
  let pillOpen = false;
  let stopPopover: (() => void) | undefined;
  let frame = 0;
  const visible = new Set<Element>();
  const io =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              if (e.isIntersecting) visible.add(e.target);
              else visible.delete(e.target);
            }
            schedule();
          },
          { rootMargin: '64px' },
        )
      : undefined;
  const isVisible = (el: Element) => !io || visible.has(el);

  function clearSpots() {
    for (const spot of spots) {
      spot.marker?.remove();
      if (spot.form) {
        render(null, spot.form.mount);
        spot.form.host.remove();
      }
    }
    io?.disconnect();
    visible.clear();
    spots = [];
  }

  /** Where each finding goes: one spot per anchor; entity-wide findings only in the pill. */
  function locateAll(items: readonly ResultItem[]) {
    clearSpots();
    const locate = createSubjectLocator(doc);
    const bySubject = new Map<string, Placement | null>();
    const byAnchor = new Map<Element, Spot>();
    findings = [];
    for (const item of items) {
      let at = bySubject.get(item.subject);
      if (at === undefined) {
        at = item.subjectKind === 'entity' && item.subject === 'entity' ? null : locate(item.subject);
        bySubject.set(item.subject, at);
      }
      if (!at) {
        findings.push({ item });
        continue;
      }
      let spot = byAnchor.get(at.anchor);
      if (!spot) {
        spot = { anchor: at.anchor, kind: at.kind, ref: at.kind === 'field' ? at.anchor : textRef(at.anchor, item.subject), items: [] };
        byAnchor.set(at.anchor, spot);
        spots.push(spot);
      }
      spot.items.push(item);
      findings.push({ item, spot });
    }
    for (const spot of spots) spot.items.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
    findings.sort((a, b) => severityRank[a.item.severity] - severityRank[b.item.severity]);
    let markers = 0;
    for (const spot of spots) {
      if (spot.kind === 'field') {
        const host = makeClosedHost(doc, formCss);
        spot.form = { host: host.host, mount: host.mount };
        spot.anchor.appendChild(host.host);
        continue;
      }
      if (markers >= maxMarkers) continue;
      markers++;
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = 'mk';
      b.style.visibility = 'hidden';
      b.addEventListener('click', () => toggle(spot, b));
      spot.marker = b;
      layer.appendChild(b);
      io?.observe(spot.anchor);
    }
  }

  function markerCount() {
    return spots.filter((x) => x.marker).length;
  }

  function paintMarkers() {
    for (const spot of spots) {
      const b = spot.marker;
      if (!b) continue;
      const worst = spot.items[0]!.severity;
      b.className = `mk ${worst}`;
      b.textContent = spot.items.length > 1 ? String(spot.items.length) : worst === 'info' ? 'i' : '!';
      b.setAttribute('aria-label', s.markerLabel(spot.items.map((i) => i.title)));
      b.setAttribute('aria-haspopup', 'dialog');
      b.setAttribute('aria-expanded', String(open?.ref === spot.ref));
      b.title = spot.items.map((i) => i.title).join('\n');
    }
  }

  function renderUi() {
    const dark = pageIsDark(doc);
    overlay.mount.className = dark ? 'ui dark' : 'ui';
    layer.className = dark ? 'layer dark' : 'layer';
    render(
      <>
        {open && <Popover items={open.items} s={s} onClose={closePopover} onDismiss={dismiss} />}
        {findings.length > 0 && (
          <SummaryPill findings={findings} s={s} open={pillOpen} markers={markerCount()} located={spots.filter((x) => x.kind !== 'field').length} onToggle={() => setPill(!pillOpen)} onJump={jump} onDismiss={dismiss} />
        )}
      </>,
      overlay.mount,
    );
    for (const spot of spots) {
      if (spot.form) render(<FormMessage items={spot.items} s={s} dark={dark} onDetails={(el) => toggle(spot, el)} />, spot.form.mount);
    }
    paintMarkers();
    if (open) positionPopover();
  }

  function setPill(next: boolean) {
    pillOpen = next;
    if (next) closePopover(false);
    renderUi();
  }

  function toggle(spot: Spot, from: HTMLElement) {
    if (open && open.ref === (spot.marker ?? from)) return closePopover();
    openFor(spot.items, spot.marker ?? from, from);
  }

  function openFor(items: ResultItem[], ref: Element | VirtualElement, back: HTMLElement | null) {
    stopPopover?.();
    pillOpen = false;
    open = { items, ref, back };
    renderUi();
    const pop = overlay.mount.querySelector<HTMLElement>('.pop');
    pop?.focus();
  }

  function closePopover(restoreFocus = true) {
    if (!open) return;
    const back = open.back;
    stopPopover?.();
    stopPopover = undefined;
    open = null;
    renderUi();
    if (restoreFocus) back?.focus();
  }

  function positionPopover() {
    const pop = overlay.mount.querySelector<HTMLElement>('.pop');
    if (!open || !pop) return;
    const ref = open.ref;
    const place = () =>
      void computePosition(ref, pop, { strategy: 'fixed', placement: 'bottom-start', middleware: [offset(6), flip(), shift({ padding: 8 })] }).then(({ x, y }) => {
        pop.style.left = `${x}px`;
        pop.style.top = `${y}px`;
      });
    stopPopover?.();
    stopPopover = autoUpdate(ref, pop, place);
  }

  function jump(f: Finding) {
    const spot = f.spot;
    if (!spot) return;
    spot.anchor.scrollIntoView({ block: 'center', inline: 'nearest' });
    pillOpen = false;
    // the marker follows the row in the next frame; open the popover there
    win.requestAnimationFrame(() => {
      void positionAll().then(() => {
        const ref = spot.marker ?? (spot.form ? spot.form.host : spot.ref);
        openFor(spot.items, ref, spot.marker ?? (spot.form?.host ?? null));
      });
    });
  }

  function dismiss(item: ResultItem) {
    dismissed.add(key(item));
    const rest = findings.map((f) => f.item).filter((r) => !dismissed.has(key(r)));
    closePopover(false);
    lastKey = '';
    apply(rest);
  }

  /** Move the markers of the rows in view beside their text; hide those scrolled out or under the pill. */
  async function positionAll(): Promise<void> {
    frame = 0;
    const pill = overlay.mount.querySelector('.pill')?.getBoundingClientRect();
    await Promise.all(
      spots.map(async (spot) => {
        const b = spot.marker;
        if (!b) return;
        if (!spot.anchor.isConnected || !isVisible(spot.anchor)) {
          b.style.visibility = 'hidden';
          return;
        }
        const { x, y, middlewareData } = await computePosition(spot.ref, b, {
          strategy: 'fixed',
          placement: 'right',
          middleware: [offset(4), flip({ fallbackPlacements: ['left'] }), hide()],
        });
        const underPill = !!pill && pill.width > 0 && x < pill.right && x + MARKER > pill.left && y < pill.bottom && y + MARKER > pill.top;
        // the text itself must be on top at its middle: not under the console's sticky header or a dialog
        const r = spot.ref.getBoundingClientRect();
        const hit = doc.elementFromPoint(r.left + Math.min(4, r.width / 2), r.top + r.height / 2);
        const covered = !!hit && hit !== overlay.host && !spot.anchor.contains(hit);
        b.style.left = `${x}px`;
        b.style.top = `${y}px`;
        b.style.visibility = middlewareData.hide?.referenceHidden || underPill || covered ? 'hidden' : 'visible';
      }),
    );
  }

  function schedule() {
    if (frame) return;
    frame = win.requestAnimationFrame(() => void positionAll());
  }

  function apply(items: readonly ResultItem[]) {
    const shown = dropRepeats(items).filter((r) => !dismissed.has(key(r)));
    locateAll(shown);
    if (open && !shown.some((r) => open!.items.some((o) => key(o) === key(r)))) open = null;
    renderUi();
    schedule();
  }

  const onScroll = () => schedule();
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win.addEventListener('resize', onScroll, { passive: true });
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    if (open) {
      e.stopPropagation();
      closePopover();
    } else if (pillOpen) {
      e.stopPropagation();
      setPill(false);
      overlay.mount.querySelector<HTMLElement>('.pill')?.focus();
    }
  };
  overlay.root.addEventListener('keydown', onKey as EventListener);
  // a press anywhere else in the page closes the popover (presses inside our hosts arrive retargeted to them)
  const onPointer = (e: Event) => {
    const t = e.target;
    if (t === overlay.host || spots.some((x) => x.form?.host === t)) return;
    if (open) closePopover(false);
    if (pillOpen) setPill(false);
  };
  doc.addEventListener('pointerdown', onPointer, { capture: true });

  return {
    root: overlay.root,
    update(items, nextLang) {
      const k = `${nextLang}\n${items.map((r) => `${key(r)}|${r.severity}|${r.title}|${r.message}`).join('\n')}`;
      const moved = spots.some((x) => !x.anchor.isConnected) || !overlay.host.isConnected;
      if (!overlay.host.isConnected) doc.body.appendChild(overlay.host);
      if (k === lastKey && !moved) return schedule();
      lastKey = k;
      lang = nextLang;
      s = pageStrings[lang];
      apply(items);
    },
    destroy() {
      stopPopover?.();
      clearSpots();
      render(null, overlay.mount);
      overlay.host.remove();
      doc.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onScroll);
      doc.removeEventListener('pointerdown', onPointer, { capture: true });
      if (frame) win.cancelAnimationFrame(frame);
    },
  };
}
