import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { ResultItem } from '../../messaging/tab-results';
import type { UnreadTab } from '../../messaging/contract';
import { unreadWords } from '../not-read-words';
import { pageStrings, type PageStrings } from '../strings-page';
import { dropRepeats } from '../dedupe';
import { locateSubjects, stillShows, type Placement, type SubjectRowOf } from './locate-subject';
import { FormMessage, Popover, SummaryPill } from './page-parts';
import { makeClosedHost } from './shadow-host';
import { adoptConsoleFont, type OverlayHost } from './overlay-host';
import { formCss, overlayCss } from './warning-styles';

export type Lang = 'zh' | 'en';

/**
 * The in-page UI of one console page, drawn so that NO console element moves or resizes:
 * - rows and text: a compact marker (severity icon, count if several) in an overlay, beside the text
 *   of the cell that shows the subject; it follows the text through scrolling containers and hides
 *   when that text is scrolled out of its container or covered (a sticky header, a dialog);
 * - form fields: a short message under the field, where the console shows its own form messages;
 * - one summary pill in a corner ("ICP 备案预检：3 个错误") listing every finding with "jump to";
 * - one popover at a time (message, fix, source), opened by click or Enter on a marker; Esc closes it.
 * Everything lives in closed shadow roots. Markers may be capped (`maxMarkers`); the pill counts and
 * lists every finding and says when markers are capped.
 *
 * Cost (issue 8's budgets): an update finds only the subjects it does not know yet (or whose text
 * changed) and touches only the markers whose findings changed — the same findings again cost no DOM
 * work at all. A long search and many new markers are spread over short tasks. Markers are positioned
 * once a frame, only those whose cells are in or near the viewport (an IntersectionObserver says
 * which): every layout read first, then every write, so the page is laid out once.
 */
export interface PageView {
  /** Show these findings (failing, not info) in `lang`; cheap when nothing changed. */
  update(items: readonly ResultItem[], lang: Lang): void;
  /**
   * This page was not read, or read in part (../../messaging/not-read), in the language of the last update: the pill
   * says so (shown for it alone when nothing is found) and its list says why first. Undefined: nothing to say.
   */
  note?(note: PageNote | undefined): void;
  destroy(): void;
  /** The overlay's closed shadow root (for this content script's own tests; page scripts cannot reach it). */
  readonly root: ShadowRoot;
  /** Resolves once the last update is drawn in full (located, every marker made; the pill follows in the next frame). */
  settled(): Promise<void>;
}

export interface Spot {
  anchor: Element;
  kind: Placement['kind'];
  /** What the marker or popover is anchored to: the text that shows the subject, else the anchor. */
  ref: Element | VirtualElement;
  shows: Node;
  items: ResultItem[];
  marker?: HTMLButtonElement;
  form?: { host: HTMLElement; mount: HTMLElement };
  /** What the marker or form message shows now (painted again only when this changes). */
  painted: string;
  /** Where the marker is now (written again only when this changes). */
  at: { x: number; y: number; shown: boolean };
}

export type PageNote = Pick<UnreadTab, 'notRead' | 'partial'>;

export interface Finding {
  item: ResultItem;
  spot?: Spot;
}

const key = (r: ResultItem) => `${r.rule}|${r.subject}`;
const severityRank = { error: 0, warning: 1, info: 2 } as const;
const MARKER = 16;
/** New markers' cells measured in one frame before the observer reports on them (more wait for its report). */
const FIRST_LOOKS = 32;
/** One slice of a long update (locating, making markers): well under the 50 ms long-task threshold. */
const SLICE_MS = 8;
const entityWide = (r: ResultItem) => r.subjectKind === 'entity' && r.subject === 'entity';

/**
 * The text node that shows the subject (the marker goes beside it), or the anchor itself. `range`: the
 * view's one Range, selected again at each look — a range follows the DOM's changes, and a row the page
 * moved (removed, put back elsewhere: a list sorted anew) left it collapsed where the row had been (its
 * marker never showed again). One for the view, not one per marker: the document updates each live range
 * at every change of the page's DOM (its own re-renders too), and making 250 of them cost the first
 * load ~1 ms.
 */
function refOf(anchor: Element, shows: Node, range: Range): Element | VirtualElement {
  if (shows.nodeType !== Node.TEXT_NODE) return anchor;
  const at = () => {
    range.selectNodeContents(shows);
    return range;
  };
  return { getBoundingClientRect: () => at().getBoundingClientRect(), getClientRects: () => at().getClientRects(), contextElement: anchor };
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

/** Lets the page's own tasks run between two slices of a long update. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createPageView(
  doc: Document,
  opts: { maxMarkers?: number; onDismiss?: (item: ResultItem) => void; shadowRoots?: () => readonly ShadowRoot[]; rowOf?: SubjectRowOf; overlay?: OverlayHost } = {},
): PageView {
  const maxMarkers = opts.maxMarkers ?? 5000;
  const win = doc.defaultView ?? window;
  /** What the markers' text refs select before each look (see refOf). */
  const range = doc.createRange();
  // the host the content script placed before the page's first layout (./overlay-host), kept when this
  // view goes; else one of our own, in <body>
  const early = opts.overlay;
  const overlay = early ?? makeClosedHost(doc, overlayCss);
  if (early) early.style.textContent = overlayCss;
  // the console's typeface on the early host, set in the first frame that draws (positionAll): set here,
  // it would make a frame of its own lay the page out (~20 ms on a 20,000-row page)
  let fontPending = !!early;
  // (the early host has its layer; our own host gets one)
  const layer = early?.layer ?? doc.createElement('div');
  if (!early) {
    layer.className = 'layer';
    overlay.root.insertBefore(layer, overlay.mount);
  }
  overlay.mount.className = 'ui';
  const placeHost = () => (early ? early.replace() : doc.body.appendChild(overlay.host));
  if (!overlay.host.isConnected) placeHost();

  let lang: Lang = 'en';
  let s: PageStrings = pageStrings.en;
  // the computed page colours are read after the first frame (./positionAll), not here, where reading
  // them would force the console's style to be computed in the middle of our first render
  let dark = false;
  /** Where each subject was found (null: not on the page), and the text it was found in then. */
  const where = new Map<string, { at: Placement | null; text: string | null }>();
  const spots = new Map<Element, Spot>();
  let findings: Finding[] = [];
  let lastKey = '';
  /** Subjects looked for again because the read found a row for them (shownAgain), with that row. */
  const lookedAgain = new Map<string, Element>();
  let lastItems: readonly ResultItem[] = [];
  let drawnPill = '';
  let pageNote: PageNote | undefined;
  const dismissed = new Set<string>();
  let open: { items: ResultItem[]; ref: Element | VirtualElement; back: HTMLElement | null } | null = null;
  let pillOpen = false;
  let stopPopover: (() => void) | undefined;
  let frame = 0;
  /** The pill or popover awaits its drawing in the next frame (see apply). */
  let uiStale = false;
  let generation = 0;
  let drawing: Promise<void> = Promise.resolve();
  const visible = new Set<Element>();
  /** Each marker's spot (its click: onMarker, one listener on the layer). */
  const markerSpot = new WeakMap<Element, Spot>();
  /**
   * Cells of new markers the observer has not reported on yet: positionAll measures up to
   * FIRST_LOOKS of them itself, so a new marker in view shows in the frame that draws the update, not
   * in a second frame after the observer's first report.
   */
  const unreported = new Set<Element>();
  const io =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            // a frame only when a marker must show, hide or move: a cell newly watched and out of
            // view (the usual new finding on a long list) changes nothing on screen
            let moved = false;
            for (const e of entries) {
              unreported.delete(e.target);
              if (e.isIntersecting === visible.has(e.target)) continue;
              if (e.isIntersecting) visible.add(e.target);
              else visible.delete(e.target);
              moved ||= spots.get(e.target)?.marker !== undefined;
            }
            if (moved) schedule();
          },
          { rootMargin: '64px' },
        )
      : undefined;
  const isVisible = (el: Element) => !io || visible.has(el);

  function dropSpot(spot: Spot) {
    spot.marker?.remove();
    if (spot.marker) io?.unobserve(spot.anchor);
    visible.delete(spot.anchor);
    unreported.delete(spot.anchor);
    if (spot.form) {
      render(null, spot.form.mount);
      spot.form.host.remove();
    }
    spots.delete(spot.anchor);
  }

  function clearSpots() {
    for (const spot of [...spots.values()]) dropSpot(spot);
    io?.disconnect();
    visible.clear();
    unreported.clear();
  }

  /** The placement of a subject still holds (cheap when its text node is unchanged); `missing`: a subject not found before counts as known. */
  function known(subject: string, missing = true): boolean {
    const w = where.get(subject);
    if (!w) return false;
    if (!w.at) return missing;
    const shows = w.at.shows;
    if (shows.nodeType === Node.TEXT_NODE && (shows as Text).data === w.text && shows.isConnected && w.at.anchor.contains(shows)) return true;
    return stillShows(w.at, subject);
  }

  /**
   * Where a finding goes: beside its subject, or — when the item names the fact it is about (`near`: a
   * website's domains, for "too many domains") and the form shows that fact in fields — at those fields:
   * the element holding all of them (the domain field with its inputs), unless that element also holds
   * the subject's own field (then beside the last of them).
   */
  function placementOf(item: ResultItem): Placement | null {
    if (entityWide(item)) return null;
    const own = where.get(item.subject)?.at ?? null;
    const near: Placement[] = [];
    for (const t of item.near ?? []) {
      const at = where.get(t)?.at;
      if (at && at.kind === 'field' && !near.some((n) => n.anchor === at.anchor)) near.push(at);
    }
    if (near.length === 0) return own;
    if (near.length === 1) return near[0]!;
    let common: Element | null = near[0]!.anchor;
    while (common && !near.every((n) => common!.contains(n.anchor))) common = common.parentElement;
    const body = doc.body;
    if (!common || common === body || common === doc.documentElement || (own && common.contains(own.anchor))) return near[near.length - 1]!;
    return { anchor: common, kind: 'field', shows: near[0]!.shows };
  }

  /** Runs a generator in slices of SLICE_MS, letting the page run between them; undefined if a newer update began. */
  async function sliced<T>(steps: Generator<void, T>, mine: number): Promise<T | undefined> {
    let start = performance.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() - start > SLICE_MS) {
        await nextTask();
        if (mine !== generation) return undefined;
        start = performance.now();
      }
    }
  }

  /**
   * Draws `shown`: finds the subjects not yet known (or whose text changed), regroups the findings by
   * anchor, and touches only the spots whose findings changed.
   */
  async function apply(shown: ResultItem[], retryMissing: boolean): Promise<void> {
    const mine = ++generation;
    const need = new Set<string>();
    for (const item of shown) {
      if (entityWide(item)) continue;
      if (!known(item.subject, !retryMissing)) need.add(item.subject);
      for (const t of item.near ?? []) if (!known(t, !retryMissing)) need.add(t);
    }
    if (need.size) {
      const roots = opts.shadowRoots?.() ?? [];
      // a scroll inside a shadow root does not reach the document's listener (not composed)
      for (const r of roots) {
        if (scrolled.has(r)) continue;
        scrolled.add(r);
        r.addEventListener('scroll', onScroll, { capture: true, passive: true });
      }
      const found = await sliced(locateSubjects(doc, need, roots, opts.rowOf), mine);
      if (!found) return;
      for (const [subject, at] of found) {
        where.set(subject, { at, text: at?.shows.nodeType === Node.TEXT_NODE ? (at.shows as Text).data : null });
        // (found: should it leave the page again, the row it comes back in is looked in again)
        if (at) lookedAgain.delete(subject);
      }
    }

    const byAnchor = new Map<Element, { at: Placement; items: ResultItem[] }>();
    for (const item of shown) {
      const at = placementOf(item);
      if (!at) continue;
      let group = byAnchor.get(at.anchor);
      if (!group) byAnchor.set(at.anchor, (group = { at, items: [] }));
      group.items.push(item);
    }
    for (const spot of [...spots.values()]) if (!byAnchor.has(spot.anchor) || byAnchor.get(spot.anchor)!.at.kind !== spot.kind) dropSpot(spot);
    for (const [anchor, { at, items }] of byAnchor) {
      items.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
      let spot = spots.get(anchor);
      if (!spot) {
        spot = { anchor, kind: at.kind, shows: at.shows, ref: at.kind === 'field' ? anchor : refOf(anchor, at.shows, range), items, painted: '', at: { x: NaN, y: NaN, shown: false } };
        spots.set(anchor, spot);
      } else if (spot.shows !== at.shows) {
        spot.shows = at.shows;
        spot.ref = at.kind === 'field' ? anchor : refOf(anchor, at.shows, range);
        spot.at = { x: NaN, y: NaN, shown: spot.at.shown };
      }
      spot.items = items;
    }
    findings = shown.map((item) => {
      const at = placementOf(item);
      return at ? { item, spot: spots.get(at.anchor) } : { item };
    });
    findings.sort((a, b) => severityRank[a.item.severity] - severityRank[b.item.severity]);
    if (open && !shown.some((r) => open!.items.some((o) => key(o) === key(r)))) {
      stopPopover?.();
      stopPopover = undefined;
      open = null;
    }
    // the pill and the popover are drawn in the next frame, after its positions are read (./positionAll):
    // drawn here, they would make that read lay the page out once more (~20 ms on a 20,000-row page)
    uiStale = true;
    schedule();

    // markers and form messages: new ones made, changed ones painted again, a slice at a time
    let start = performance.now();
    let markers = 0;
    for (const spot of spots.values()) if (spot.marker) markers++;
    for (const spot of [...spots.values()]) {
      if (performance.now() - start > SLICE_MS) {
        schedule();
        await nextTask();
        if (mine !== generation) return;
        start = performance.now();
      }
      if (!spots.has(spot.anchor)) continue;
      if (spot.kind === 'field') {
        if (!spot.form) {
          const host = makeClosedHost(doc, formCss);
          spot.form = { host: host.host, mount: host.mount };
          spot.anchor.appendChild(host.host);
        }
      } else if (!spot.marker) {
        if (markers >= maxMarkers) continue;
        markers++;
        const b = doc.createElement('button');
        b.type = 'button';
        b.className = 'mk';
        b.style.display = 'none'; // no box until it shows (a hidden box is laid out and painted with the page)
        spot.marker = b;
        markerSpot.set(b, spot);
        // painted before it is in the page: its class and attributes then cost no style invalidation
        paint(spot);
        layer.appendChild(b);
        io?.observe(spot.anchor);
        if (io) unreported.add(spot.anchor);
        continue;
      }
      paint(spot);
    }
    schedule();
  }

  /** The marker or form message of one spot, drawn again only when what it shows changed. */
  function paint(spot: Spot) {
    const sig = `${lang}|${dark}|${spot.marker ? 'm' : ''}|${open?.ref === (spot.marker ?? spot.ref)}|${spot.items.map((i) => `${key(i)}|${i.severity}|${i.title}|${i.message}`).join('\n')}`;
    if (sig === spot.painted) return;
    spot.painted = sig;
    if (spot.form) {
      render(<FormMessage items={spot.items} s={s} dark={dark} onDetails={(el) => toggle(spot, el)} />, spot.form.mount);
      return;
    }
    const b = spot.marker;
    if (!b) return;
    const worst = spot.items[0]!.severity;
    b.className = `mk ${worst}`;
    b.textContent = spot.items.length > 1 ? String(spot.items.length) : worst === 'info' ? 'i' : '!';
    // its severity in words too: the marker's colour and shape are not its only sign
    const titles = spot.items.map((i) => `${i.title}${s.severityTag[i.severity]}`);
    b.setAttribute('aria-label', s.markerLabel(titles));
    b.setAttribute('aria-haspopup', 'dialog');
    b.setAttribute('aria-expanded', String(open?.ref === b));
    b.title = titles.join('\n');
  }

  function counts() {
    let markers = 0;
    let located = 0;
    for (const spot of spots.values()) {
      if (spot.kind === 'field') continue;
      located++;
      if (spot.marker || markers < maxMarkers) markers++;
    }
    return { markers: Math.min(markers, maxMarkers), located };
  }

  /** What the pill says of a page not read or read in part (our words only). */
  function noteWords(): { pill: string; text: string } | undefined {
    const text = pageNote && unreadWords({ family: '', ...pageNote, current: true }, s);
    if (!pageNote || !text) return undefined;
    const p = pageNote.partial;
    return { pill: p && !pageNote.notRead ? s.readInPartPill(s.unread.number(p.rowsRead), s.unread.number(p.rowsShown)) : s.notReadPill, text };
  }

  /** The popover and the pill (Preact), drawn again only when they changed. */
  function renderUi(force = false) {
    const { markers, located } = counts();
    const note = noteWords();
    const sig = `${lang}|${dark}|${pillOpen}|${note?.text ?? ''}|${open ? open.items.map(key).join() : ''}|${markers}|${located}|${findings.map((f) => `${key(f.item)}|${f.item.severity}|${f.item.title}|${f.item.message}|${f.spot ? 1 : 0}`).join('\n')}`;
    if (!force && sig === drawnPill) return;
    drawnPill = sig;
    overlay.mount.className = dark ? 'ui dark' : 'ui';
    layer.className = dark ? 'layer dark' : 'layer';
    render(
      <>
        {open && <Popover items={open.items} s={s} onClose={closePopover} onDismiss={dismiss} />}
        {(findings.length > 0 || note) && (
          <SummaryPill findings={findings} s={s} open={pillOpen} markers={markers} located={located} onToggle={() => setPill(!pillOpen)} onJump={jump} onDismiss={dismiss} note={note} />
        )}
      </>,
      overlay.mount,
    );
    if (open) positionPopover();
  }

  function setPill(next: boolean) {
    pillOpen = next;
    if (next) closePopover(false);
    renderUi();
  }

  function toggle(spot: Spot, from: HTMLElement) {
    if (open && open.ref === (spot.marker ?? from)) return closePopover();
    openFor(spot, spot.marker ?? from, from);
  }

  function openFor(spot: Spot, ref: Element | VirtualElement, back: HTMLElement | null) {
    const before = open;
    stopPopover?.();
    pillOpen = false;
    open = { items: spot.items, ref, back };
    renderUi(true);
    repaintExpanded(before);
    const pop = overlay.mount.querySelector<HTMLElement>('.pop');
    pop?.focus();
  }

  /** aria-expanded of the markers whose popover opened or closed. */
  function repaintExpanded(before: typeof open) {
    for (const spot of spots.values()) if (spot.marker && (before?.ref === spot.marker || open?.ref === spot.marker)) paint(spot);
  }

  function closePopover(restoreFocus = true) {
    if (!open) return;
    const before = open;
    const back = open.back;
    stopPopover?.();
    stopPopover = undefined;
    open = null;
    renderUi(true);
    repaintExpanded(before);
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
    visible.add(spot.anchor); // in view now, before the observer says so
    // the marker follows the row in the next frame; open the popover there
    win.requestAnimationFrame(() => {
      positionAll();
      const ref = spot.marker ?? (spot.form ? spot.form.host : spot.ref);
      openFor(spot, ref, spot.marker ?? (spot.form?.host ?? null));
    });
  }

  function dismiss(item: ResultItem) {
    dismissed.add(key(item));
    // kept by the background, so a reload (or another tab) does not show it again
    opts.onDismiss?.(item);
    closePopover(false);
    lastKey = '';
    draw(lastItems, false);
  }

  /** Per cell of a locked-column copy: the text node showing a subject there (see copyRefOf). */
  const copyTexts = new WeakMap<Element, Text>();

  /**
   * The element on top at a subject's text is another copy of its cell showing the same subject: a table whose locked
   * columns are drawn again over the main table (Fusion's `next-table-lock-left` / `-right` copies, antd 3's fixed
   * columns) has the subject's cell twice, and the locator finds the main table's first — covered by the copy, its
   * marker was hidden, and a list with its ID column locked showed no marker at all (round eighty-three). Returns the
   * copy's text showing the subject (the marker goes beside it), or undefined. Only where the text was found covered;
   * the copy's text node is kept per cell while it still shows the subject.
   */
  function copyRefOf(hit: Element, spot: Spot): Element | VirtualElement | undefined {
    const cell = hit.closest('td, th, [role="gridcell"], [role="cell"], [role="rowheader"]');
    if (!cell || cell.contains(spot.anchor) || spot.anchor.contains(cell)) return undefined;
    const shown = spot.shows.nodeType === Node.TEXT_NODE ? (spot.shows as Text).data.trim() : '';
    if (!shown) return undefined;
    let text = copyTexts.get(cell);
    if (!text || !text.isConnected || !cell.contains(text) || !text.data.includes(shown)) {
      text = undefined;
      if (!(cell.textContent ?? '').includes(shown)) return undefined;
      const walker = doc.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t && !text; t = walker.nextNode()) if ((t as Text).data.includes(shown)) text = t as Text;
      if (!text) return undefined;
      copyTexts.set(cell, text);
    }
    return refOf(text.parentElement ?? cell, text, range);
  }

  /**
   * Moves the markers of the cells in or near view beside their text, and hides those scrolled out of
   * their container, covered (a sticky header, a dialog) or under the pill. Reads every position first,
   * then writes only what changed: one layout per frame, however many markers.
   */
  function positionAll() {
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    const vw = doc.documentElement.clientWidth || win.innerWidth;
    const vh = doc.documentElement.clientHeight || win.innerHeight;
    const pillEl = overlay.mount.querySelector('.pill');
    const pill = pillEl?.getBoundingClientRect();
    // the console's dark mode (style is up to date here: the frame needs it anyway)
    const nowDark = pageIsDark(doc);
    const plan: [Spot, { x: number; y: number; shown: boolean }][] = [];
    let looks = 0;
    for (const spot of spots.values()) {
      const b = spot.marker;
      if (!b) continue;
      const firstLook = !isVisible(spot.anchor) && unreported.has(spot.anchor) && looks < FIRST_LOOKS;
      if (firstLook) looks++;
      if ((!isVisible(spot.anchor) && !firstLook) || !spot.anchor.isConnected) {
        if (spot.at.shown) plan.push([spot, { ...spot.at, shown: false }]);
        continue;
      }
      let r = spot.ref.getBoundingClientRect();
      const w = Math.max(MARKER, 8 + 7 * (b.textContent ?? '').length);
      // the text itself must be on top at its middle: not scrolled out of its container, not under the
      // console's sticky header or a dialog
      const hx = r.left + Math.min(4, r.width / 2);
      const hy = r.top + r.height / 2;
      let hit = (r.width > 0 || r.height > 0) && hx >= 0 && hy >= 0 && hx < vw && hy < vh ? doc.elementFromPoint(hx, hy) : null;
      // the text in an open shadow root: the page's hit is its host; the root's hit is the element
      for (let deeper = hit?.shadowRoot?.elementFromPoint(hx, hy); hit && deeper && deeper !== hit; deeper = hit.shadowRoot?.elementFromPoint(hx, hy)) hit = deeper;
      let onTop = !!hit && (hit === overlay.host || spot.anchor.contains(hit));
      // covered by a locked-column copy of its cell: beside the copy's text, which the user sees
      const copy = !onTop && hit ? copyRefOf(hit, spot) : undefined;
      if (copy) {
        onTop = true;
        r = copy.getBoundingClientRect();
      }
      let x = r.right + 4;
      if (x + w > vw) x = r.left - 4 - w; // no room on the right: on the left of the text
      const y = r.top + r.height / 2 - MARKER / 2;
      const underPill = !!pill && pill.width > 0 && x < pill.right && x + w > pill.left && y < pill.bottom && y + MARKER > pill.top;
      plan.push([spot, { x, y, shown: onTop && !underPill }]);
      if (firstLook && onTop) visible.add(spot.anchor); // in view now, before the observer says so
    }
    // (after the reads: what renderUi writes is laid out with the markers' moves, in the frame itself)
    if (fontPending && early) {
      fontPending = false;
      adoptConsoleFont(doc, early.host);
    }
    if (nowDark !== dark || uiStale) {
      const darkChanged = nowDark !== dark;
      dark = nowDark;
      uiStale = false;
      renderUi();
      if (darkChanged) for (const spot of spots.values()) if (spot.form) paint(spot);
    }
    for (const [spot, next] of plan) {
      const b = spot.marker!;
      if (next.shown && (next.x !== spot.at.x || next.y !== spot.at.y)) {
        b.style.left = `${next.x}px`;
        b.style.top = `${next.y}px`;
        spot.at.x = next.x;
        spot.at.y = next.y;
      }
      if (next.shown !== spot.at.shown) {
        b.style.display = next.shown ? '' : 'none';
        spot.at.shown = next.shown;
      }
    }
  }

  /**
   * Positions the markers in the next frame, before it is drawn: the layout positionAll reads is the one
   * the frame needs anyway, and a marker it moves or shows is laid out again in the same frame. (Reading
   * just after the frame instead cost a task of its own after every update and, whenever a marker moved
   * or appeared, a second frame — one that repaints the console's whole page.)
   */
  function schedule() {
    if (frame) return;
    frame = win.requestAnimationFrame(() => positionAll());
  }

  /**
   * A subject of these findings that was not in the page when last looked for, and that the last read found a row for
   * (`rowOf`): the page shows it again — a list's filter cleared, its first page paged back to, a tab shown again.
   * The findings are the same (the tab's results name every subject its page showed since it was opened), so without
   * this the subject stayed "not in the page" and had no marker until the findings changed. Only a lookup per missing
   * subject: no walk over the page.
   */
  function shownAgain(items: readonly ResultItem[]): boolean {
    const rowOf = opts.rowOf;
    if (!rowOf) return false;
    let again = false;
    for (const item of items) {
      const w = where.get(item.subject);
      if (!w || w.at) continue;
      const row = rowOf(item.subject);
      // (once per row: a row that does not show the subject as the locator finds it is not looked in again at every read)
      if (row === undefined || lookedAgain.get(item.subject) === row) continue;
      lookedAgain.set(item.subject, row);
      again = true;
    }
    return again;
  }

  /** `retryMissing`: look again for subjects not found before (the findings changed: the page may show them now). */
  function draw(items: readonly ResultItem[], retryMissing: boolean) {
    lastItems = items;
    const shown = dropRepeats(items).filter((r) => !dismissed.has(key(r)));
    drawing = apply(shown, retryMissing);
  }

  // the markers' clicks (and Enter / Space on them), one listener for them all
  const onMarker = (e: Event) => {
    const spot = markerSpot.get(e.target as Element);
    if (spot?.marker === e.target) toggle(spot, spot.marker);
  };
  layer.addEventListener('click', onMarker);

  const onScroll = () => schedule();
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  /** The open shadow roots listened to for scrolls (see apply). */
  const scrolled = new Set<ShadowRoot>();
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
    if (t === overlay.host) return;
    for (const spot of spots.values()) if (spot.form?.host === t) return;
    if (open) closePopover(false);
    if (pillOpen) setPill(false);
  };
  doc.addEventListener('pointerdown', onPointer, { capture: true });

  return {
    root: overlay.root,
    update(items, nextLang) {
      if (!overlay.host.isConnected) placeHost();
      const k = `${nextLang}\n${items.map((r) => `${key(r)}|${r.severity}|${r.title}|${r.message}|${r.near?.join(' ') ?? ''}`).join('\n')}`;
      const same = k === lastKey;
      const back = same && shownAgain(items);
      if (same && !back) {
        // the same findings: nothing to draw, unless a subject's text moved or changed in the page
        let moved = false;
        for (const spot of spots.values()) if (!spot.items.every((i) => known(i.subject) && (i.near ?? []).every((t) => known(t)))) moved = true;
        if (!moved) {
          // the page changed (it was read again): a dialog or drawer it opened may cover markers drawn before — their
          // places are looked at again in the next frame (round eighty-three: three markers stayed drawn over a renew
          // dialog's backdrop, where a fresh tab of the same page showed none). Layout reads only; nothing written
          // unless a marker is to move, show or hide
          if (spots.size > 0) schedule();
          return;
        }
      }
      lastKey = k;
      if (nextLang !== lang) {
        lang = nextLang;
        s = pageStrings[lang];
      }
      draw(items, !same || back);
    },
    settled: async () => {
      for (let d = drawing; ; d = drawing) {
        await d;
        if (d === drawing) return;
      }
    },
    note(next) {
      if (JSON.stringify(next) === JSON.stringify(pageNote)) return;
      pageNote = next;
      // in the next frame, as the pill of an update is (see draw)
      uiStale = true;
      schedule();
    },
    destroy() {
      generation++;
      stopPopover?.();
      clearSpots();
      render(null, overlay.mount);
      if (early) {
        // the early host stays, its layer and mount empty, for a later view
        layer.replaceChildren();
        layer.className = 'layer';
        overlay.mount.className = 'ui';
      } else overlay.host.remove();
      layer.removeEventListener('click', onMarker);
      doc.removeEventListener('scroll', onScroll, { capture: true });
      for (const r of scrolled) r.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onScroll);
      doc.removeEventListener('pointerdown', onPointer, { capture: true });
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
