import type { PageContext } from '../../content/script-context';
import type { PageFacts } from '../../facts/schema';
import type { DismissShape, GetTabResultsShape, PageFactsMessageShape as PageFactsMessage, ResultItem } from '../../messaging/tab-results';
import { parseResultsAnswer } from '../../messaging/tab-results-guard';
import { cutFacts, diffPageFacts, PIECE, type PageDeltaShape } from '../../messaging/page-delta';
import { notReadKey } from '../../messaging/not-read';
import { HOST_TAG } from './locate-subject';
import { changesColumns } from '../../readers/dom/column-change';
import type { PageReading } from './page-reading';
import { isOurs } from './shadow-host';
import type { OverlayHost } from './overlay-host';
import { watchShadowRoots, type ShadowWatch } from './shadow-watch';
import { createReadPacing } from './read-pacing';
import type { SubmitGuard } from './submit-guard';
import type { Lang, PageView, WarningUi } from './warning-ui';
import type { PageNote } from './page-view';

/**
 * What every console content script does (the entry files only pass their family's pieces): read the
 * page when it settles, on SPA navigation and on late rendering; send the facts; show the failing
 * results next to their rows and fields; on filing pages, stop the submit button while errors fail.
 */
export interface ConsolePageDeps {
  /**
   * How the page is read, given the open shadow roots found: the content scripts serialize it and have the
   * extension read it (./snapshot-reading); tests may read it in the page (./in-page-reading), as the
   * content scripts did until session 53. `held`: the id of the results list this page holds, for the reads' answers to
   * be written as changes to it (../../messaging/results-wire, sent-results); undefined: the next answer whole.
   */
  reading: (shadows: ShadowWatch, held: () => string | undefined) => PageReading;
  send: (message: PageFactsMessage | PageDeltaShape | GetTabResultsShape | DismissShape) => Promise<unknown>;
  onPush: (listener: (message: unknown) => void) => void;
  /**
   * On filing pages: the pre-submit check (./submit-guard), passed by the entry point so that the
   * resource consoles' scripts do not bundle it; absent elsewhere.
   */
  guardSubmit?: SubmitGuard | undefined;
  /**
   * Whether the page is now one the pre-submit check guards (the Tencent console: its /beian pages, which the console's
   * router enters and leaves without a new content script); absent: every page of the script.
   */
  filingPage?: (() => boolean) | undefined;
  /** Loads the in-page UI (Preact components, ./warning-ui) the first time there is something to show. */
  loadUi: () => Promise<WarningUi>;
  /** Quiet period after the last relevant DOM change before the page is read again. */
  debounceMs?: number;
  /** The overlay's host, placed at document start (./overlay-host); absent: the view makes its own. */
  overlay?: OverlayHost | undefined;
}

/**
 * Attributes that change what is shown or how it reads (visibility, kind, value): a change drops the
 * kept read of that element (./page-reading) but causes no read by itself, as before — but on a
 * table's `<col>` / `<colgroup>` (a column chooser collapsing a column changes nothing else; `span`
 * moves what a collapsed column covers), unless it only resized the column (read-session changesColumns).
 */
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'role', 'open', 'popover', 'data-state', 'aria-expanded', 'aria-controls', 'aria-owns', 'id', 'type', 'value', 'checked', 'selected', 'aria-checked', 'colspan', 'rowspan', 'aria-colindex', 'span'];

const INERT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', HOST_TAG.toUpperCase()]);

/** A DOM change worth reading the page again for: an element or text with content, not ours. */
function carriesContent(n: Node): boolean {
  if (n.nodeType === Node.TEXT_NODE) return (n.textContent ?? '').trim() !== '';
  if (!(n instanceof Element) || INERT.has(n.tagName)) return false;
  return (n.textContent ?? '').trim() !== '' || n.querySelector('input, textarea, select') !== null || n.matches('input, textarea, select');
}

/**
 * A page's address as a message carries it (../../messaging/contract: at most MESSAGE_URL_CHARS; the background takes
 * the page from the browser's sender, never from this): a longer address had the background refuse every message of
 * the page, and nothing said.
 */
export const MESSAGE_URL_CHARS = 4000;
const said = (href: string) => href.slice(0, MESSAGE_URL_CHARS);
/** Results lists kept for the answers to copy from (the background keeps as many: ../../messaging/sent-results). */
const HELD_LISTS = 3;

export function runConsolePage(ctx: PageContext, deps: ConsolePageDeps): void {
  const doc = document;
  const debounceMs = deps.debounceMs ?? 60;
  let lang: Lang = 'en';
  let ui: WarningUi | undefined;
  let uiLoading: Promise<WarningUi> | undefined;
  const withUi = (then: (ui: WarningUi) => void, failed?: () => void) => {
    if (ui) return then(ui);
    uiLoading ??= deps.loadUi().then((loaded) => (ui = loaded));
    uiLoading.then(then, () => {
      uiLoading = undefined;
      failed?.();
    });
  };
  let items: ResultItem[] = [];
  let blocking: ResultItem[] | undefined;
  // the last results lists the reads' answers named (id → items), newest last: an answer's rows may copy from one
  const lists = new Map<string, readonly ResultItem[]>();
  let heldId: string | undefined;
  let askedWithoutFacts = '';
  // the page not read and why, as last told to the background ('': nothing untold): ../../messaging/not-read
  let toldNotRead = '';
  // the last page facts sent (its number, page and reader): later reads send only what changed
  // (../../messaging/page-delta); undefined: the next read sends the full facts
  let sent: { seq: number; url: string; reader: string; facts: PageFacts } | undefined;
  let seq = 0;
  let timer: number | undefined;
  /** The pre-submit check guards this page now. */
  const guarding = () => !!deps.guardSubmit && (deps.filingPage?.() ?? true);
  // when a change is read: the old debounce, backed off while reads find nothing new (a ticking countdown): ./read-pacing
  const pacing = createReadPacing(debounceMs);
  // the findings drawn in the page (./page-view: markers, popover, summary pill, form messages)
  let view: PageView | undefined;
  // this page not read, or read in part, as its pill says (../../messaging/not-read)
  let note: PageNote | undefined;

  function removeAll() {
    view?.destroy();
    view = undefined;
  }

  /** Show the failing results in the page; cheap when nothing changed (./page-view draws only what changed). */
  function place() {
    const shown = items.filter((r) => r.status === 'fail' && r.severity !== 'info');
    if (shown.length === 0 && !view && !note) return;
    // the UI's first render in a task of its own, not in the one that evaluated the loaded module
    if (!ui) return withUi(() => void ctx.setTimeout(place, 0));
    view ??= ui.createView(doc, (r) => void deps.send({ type: 'dismiss', rule: r.rule, subjectKind: r.subjectKind, subject: r.subject }).catch(() => undefined), shadows.roots, reading.rowOf, deps.overlay);
    view.update(shown, lang);
    view.note?.(note);
  }

  /** What the page shows from the results: a read that leaves it the same lets the next reads wait longer (./read-pacing). */
  const shownNow = () => ({ items, blocking, lang, note });
  function sameShown(a: ReturnType<typeof shownNow>, b: ReturnType<typeof shownNow>): boolean {
    // (an answer written as changes to the held list copies its unchanged items: the same objects; others compared as JSON)
    const same = (x: readonly ResultItem[] | undefined, y: readonly ResultItem[] | undefined) =>
      x === y || (!!x && !!y && x.length === y.length && x.every((r, i) => r === y[i] || JSON.stringify(r) === JSON.stringify(y[i])));
    return a.lang === b.lang && same(a.items, b.items) && same(a.blocking, b.blocking) && JSON.stringify(a.note) === JSON.stringify(b.note);
  }

  function applyResults(raw: unknown) {
    // (packed by the background: ../../messaging/results-wire; a read's answer may copy from a list held here)
    const parsed = parseResultsAnswer(raw, (id) => lists.get(id));
    if (!parsed) {
      // (one the lists here cannot make whole: the next answer is asked whole)
      heldId = undefined;
      return;
    }
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && id.length <= 40) {
      lists.set(id, parsed.results);
      if (lists.size > HELD_LISTS) lists.delete(lists.keys().next().value!);
      heldId = id;
    }
    lang = parsed.lang;
    items = parsed.results;
    blocking = parsed.blocking;
    place();
    // the submit button may be pressed any moment: have the dialog ready
    if (blocking?.length) withUi(() => undefined);
  }

  async function readNow() {
    timer = undefined;
    pacing.started();
    const before = shownNow();
    // (undefined: a read superseded by a newer one, or no longer valid — its answer says nothing of the page now)
    if ((await readPage()) === undefined) return;
    // (a page not read again for the same reason is a read that changes nothing shown: the waits grow, as a retry's
    // would — a ticking page too big to read, or whose copy keeps failing, is not serialized on every tick)
    pacing.read(!sameShown(before, shownNow()));
  }

  /** One read, its facts sent and its answer shown; undefined when superseded (nothing known), else true. */
  async function readPage(): Promise<true | undefined> {
    if (!ctx.isValid) return;
    const url = new URL(location.href);
    const href = url.href;
    const out = await reading.read(doc, url);
    if (out?.superseded || !ctx.isValid) return;
    if (!out) {
      // not read, over a limit or for want of a copy (../../messaging/not-read): the pill says so, the background keeps
      // why as the tab's state and the popup says it; and once read again (or a page of no reader), that it is no longer so
      const why = reading.notRead?.();
      note = why ? { notRead: why } : undefined;
      place();
      const told = why ? `${href} ${notReadKey(why)}` : '';
      if (told !== toldNotRead && (why || toldNotRead)) {
        toldNotRead = told;
        askedWithoutFacts = href;
        // the next read's facts go whole, not as a delta that may say "no change" and leave the tab "not read"
        if (why) sent = undefined;
        deps.send({ type: 'get-tab-results', url: said(href), ...(why ? { notRead: why } : {}) }).then(applyResults, () => (toldNotRead = ''));
        return true;
      }
      // a page with no facts of its own (the filing form's last step) still needs its results once
      if (guarding() && askedWithoutFacts !== href && !sent) {
        askedWithoutFacts = href;
        deps.send({ type: 'get-tab-results', url: said(href) }).then(applyResults, () => (askedWithoutFacts = ''));
      }
      return true;
    }
    const { reader, facts } = out;
    note = facts.partial ? { partial: facts.partial } : undefined;
    // (the background's tab state loses its "not read" with these facts)
    toldNotRead = '';
    // (as the last read found it: its facts are the background's, and with `linted` only their `partial` came here)
    if (out.unchanged) {
      place();
      return true;
    }
    if (out.linted !== undefined) {
      // the background stored and linted these facts itself (../../messaging/read-results): nothing to send. Only their
      // `partial` came here: a later read the background did not lint sends its facts as a delta on these, which the
      // background answers `resend` (its base is not this seq), and they go whole
      sent = { seq: ++seq, url: href, reader, facts };
      applyResults(out.linted);
      return true;
    }
    const typeOf = (reply: unknown) => (reply as { type?: string } | undefined)?.type;
    const baseOf = () => (sent && sent.url === href && sent.reader === reader ? sent : undefined);
    try {
      let reply: unknown;
      // after the first message only what changed (a delta); the full facts of a big page in pieces,
      // each a short task (../../messaging/page-delta PIECE)
      for (let n = baseOf() ? Infinity : PIECE; ; n += PIECE) {
        let part = cutFacts(facts, n);
        const base = baseOf();
        const delta = base && diffPageFacts(base.facts, part);
        if (base && !delta) part = facts; // no delta can say it (a key repeats): all at once
        if (delta && !delta.changed) {
          place();
          return true;
        }
        const more = part !== facts || undefined;
        const mine = ++seq;
        sent = { seq, url: href, reader, facts: part };
        const head = { url: said(href), reader, seq, more };
        reply = await deps.send(delta && base ? { type: 'page-facts-delta', ...head, base: base.seq, facts: delta.rest, lists: delta.lists } : { type: 'page-facts', ...head, facts: part });
        if (sent?.seq !== mine) return; // a newer read sent meanwhile
        // the background does not hold the base of this delta (lost, reordered, restarted): all again,
        // whole (the next turn: no base, no cut)
        if (delta && typeOf(reply) === 'resend') {
          sent = undefined;
          n = Infinity;
        } else if (part === facts || typeOf(reply) !== 'more') break;
      }
      applyResults(reply);
      return true;
    } catch {
      // the background restarted or the extension was updated: the next change re-sends
      sent = undefined;
    }
  }

  /** A change to be read (`nodes`: it added or removed elements with content): the read's timer set again. */
  function schedule(delay = debounceMs, nodes = false) {
    if (timer !== undefined) clearTimeout(timer);
    // debounce, but never wait more than 4 quiet periods in a stream of changes — longer while reads find nothing new
    timer = ctx.setTimeout(() => void readNow(), pacing.change(performance.now(), delay, nodes));
  }

  // Cheap filter first: our own warnings, scripts, styles and empty wrappers never cause a read.
  // Every change (attributes too) first drops what it makes stale in the kept read (./page-reading).
  // The same observer observes each open shadow root as it is found (./shadow-watch).
  const observer = new MutationObserver((records) => {
    shadows.added(records);
    reading.changed(records.filter((r) => !isOurs(r.target)));
    // (elements with content added or removed — rows rendered — are read sooner than texts changed when reads back off:
    // ./read-pacing; a text change does not end the look for them)
    let text = false;
    for (const r of records) {
      if (isOurs(r.target)) continue;
      if (r.type === 'attributes') {
        if (changesColumns(r)) text = true;
        continue;
      }
      if (r.type === 'characterData') {
        text = true;
        continue;
      }
      for (const n of [...r.addedNodes, ...r.removedNodes]) {
        if (n.nodeType !== Node.ELEMENT_NODE && text) continue;
        if (carriesContent(n)) {
          if (n.nodeType === Node.ELEMENT_NODE) return schedule(debounceMs, true);
          text = true;
        }
      }
      if (!text && changesColumns(r)) text = true;
    }
    if (text) return schedule();
    // attributes alone (a tab pane's class, a panel's `hidden`): read when something they touched now
    // shows or hides (a row's hover class shows nothing new: no read)
    if (showCheck === undefined && reading.showChecks() > 0) showCheck = ctx.setTimeout(checkShowing, debounceMs);
  });
  let showCheck: number | undefined;
  function checkShowing() {
    showCheck = undefined;
    // a read on its way at the shortest waits sees the change soon enough; one backed off (a ticking page's) does not
    if (!ctx.isValid || (timer !== undefined && pacing.level === 0)) return;
    const shown = reading.showingChanged(doc);
    // (something shown or hidden now is read as rows added are: within NODES_CAP quiet periods however far reads
    // backed off, not up to MAX_WAIT_MS after the check — ./read-pacing)
    if (shown === true) schedule(0, true);
    // (attributes that may have shown something — a class, a style's width: ./snapshot-reading cannot tell — are read as a
    // text change is: the read's wait set again, backed off on a ticking page. A progress bar's width or a spinner's class
    // ticking had every tick taken for content shown, its reads capped at 480 ms instead of 800 (rev59); and each tick
    // goes to the pacing, a read waiting or not — left out while one waited, 800 ms of ticks looked like a quiet page
    // (QUIET_MS) and the waits started afresh, 60 ms again, after every backed-off read)
    else if (shown === 'maybe') schedule(0);
  }
  // old values: a style change that only resized a box (a column dragged wider) drops nothing (read-session onlyResized)
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES, attributeOldValue: true };
  const shadows = watchShadowRoots(
    doc,
    (root) => {
      observer.observe(root, options);
      // filled before it was found (or found late): read it
      if (Array.prototype.some.call(root.childNodes, carriesContent)) schedule();
    },
    (fn, ms) => ctx.setTimeout(() => ctx.isValid && fn(), ms),
  );
  // the read path (when and how much to read; fixed chunks of CHUNK_ROWS rows): ./page-reading
  const reading = deps.reading(shadows, () => heldId);
  observer.observe(doc.documentElement, options);
  // the extension reloaded or updated: this script's observer and markers go (a new script brings its own)
  ctx.onInvalidated(() => {
    observer.disconnect();
    // (and what the read path watches of the page: a snapshot reading's own observer)
    reading.reset();
    removeAll();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    pacing.reset();
    reading.reset();
    sent = undefined;
    askedWithoutFacts = '';
    items = [];
    note = undefined;
    removeAll();
    schedule();
  });
  // form fields change without DOM mutations
  ctx.addEventListener(
    doc,
    'change',
    (e: Event) => {
      pacing.reset();
      reading.valueChanged(e.target as Node | null);
      schedule();
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'input',
    (e: Event) => {
      pacing.reset();
      reading.valueChanged(e.target as Node | null);
      schedule(debounceMs * 4);
    },
    { capture: true },
  );
  // the user's own input: what it changes is read at the shortest waits again, however long a ticking page had them
  // grow (./read-pacing; input and change above too). Captured before the page's handlers change anything; nothing else
  // is done here (the pre-submit check has its own listeners: ./submit-guard). Trusted events only: a page's script that
  // clicks its own carousel on a timer is no user
  // A read already waiting is re-armed: at once when the pointer goes down (backed off or not: the click follows in about
  // as long as a quiet period and a read's round trip take, 60 + 20–35 ms, and the pre-submit check holds the results it
  // has at the click — ./submit-guard; rev58, rev59), at the shortest waits on the other inputs when reads had backed off.
  // At most one read more a press (the changes after it are a read of their own), none when no read waits.
  const shortestWaits = (e?: Event) => {
    const backedOff = pacing.level > 0;
    pacing.reset();
    if (timer === undefined) return;
    if (e?.type === 'pointerdown') schedule(0);
    else if (backedOff) schedule();
  };
  for (const type of ['click', 'keydown', 'submit', 'pointerdown'] as const) ctx.addEventListener(doc, type, (e: Event) => e.isTrusted && shortestWaits(e), { capture: true, passive: true });
  // a tab the user comes back to: its changes read at the shortest waits (a background tab's churn had them grow; rev58)
  ctx.addEventListener(doc, 'visibilitychange', () => doc.visibilityState === 'visible' && shortestWaits());
  // media queries may show or hide parts of the page
  ctx.addEventListener(window, 'resize', () => reading.reset());
  deps.onPush((message) => {
    // (newer than the results a superseded read brought: those are not given after it, ./snapshot-reading)
    reading.pushed?.();
    applyResults(message);
  });

  // (on a page the check does not guard — a Tencent domain list the console's router came to from /beian — nothing is
  // held: its real-name 重新提交 is no filing's submission; rev59)
  deps.guardSubmit?.(ctx, () => (guarding() ? blocking ?? items.filter((r) => r.status === 'fail' && r.severity === 'error') : []), () => lang, withUi);
  schedule(0);
}
