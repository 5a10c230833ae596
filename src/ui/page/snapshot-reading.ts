import type { PageFacts } from '../../facts/schema';
import { notReadOfReply, snapshotOverLimit, type NotRead } from '../../messaging/not-read';
import { PART_CHARS as MAX_PATCH_CHARS } from '../../snapshot/snapshot-limits';
import type { PageSnapshot } from '../../snapshot/snapshot-schema';
import { atPath, ENTER_SHADOW, MAX_PATH } from '../../snapshot/node-path';
import { AT_ONCE_ELEMENTS, pageState, takeSnapshot, takeSnapshotInPieces } from '../../snapshot/take-snapshot';
import { createMirrorWatch } from '../../snapshot/mirror-watch';
import { buildPatch, type PatchOp } from '../../snapshot/page-patch';
import type { PageReading } from './page-reading';

/**
 * The READ side of a console content script, with the reading done outside the page: a read serializes the
 * page (../../snapshot/take-snapshot: the browser's serializer, a few milliseconds on a 500-row list) and asks
 * the extension to read it (`ask`: the background, which reads it in an extension document). The page's main
 * thread no longer runs the readers — in Chromium they had cost a 500-row list 150–550 ms of it (README
 * "Budgets") —, and the content scripts no longer carry them.
 *
 * A read whose markup is the last read's gives the last result without asking. Attribute changes alone (a tab
 * pane's class, a panel's `hidden`) are read again when the markup then differs — but class changes that only
 * add or remove hover, focus or pressed states (a row under the pointer), which show or hide nothing a reader
 * reads. One read is asked for at a time, each followed by a pause as long as it took (at most MAX_PAUSE_MS).
 * Markers find their rows where the read found them (`rowOf`: a path in the copy to the row or to the element in it
 * holding the subject's text, ../../snapshot/read-snapshot rowPaths),
 * else by text (./locate-subject).
 *
 * Once a read's copy is kept in the reader document (its answer names it: `copy`), the next reads send what
 * changed in the page since (../../snapshot/page-patch, from this script's own mutation records) when nothing
 * else did (the controls' values, the style sheets, the viewport: compared as before); the reader patches the
 * copy and re-reads the changed rows. A patch the copy does not take (`stale`) is followed by the whole page.
 */
export type AskRead = (snapshot: PageSnapshot) => Promise<unknown>;
/** Asks for the copy the last read kept (`copy`) to be patched and read again (../../snapshot/live-copies): the same answer, or `{kind: 'stale'}`. */
export type AskPatch = (patch: { copy: string; url: string; ops: PatchOp[] }) => Promise<unknown>;
/** `linted`: the tab's results for these facts, which the background stored and linted itself (../../messaging/read-results). */
type Result = { reader: string; facts: PageFacts; linted?: unknown; unchanged?: true };

/** The background's answer (../../snapshot/read-snapshot SnapshotRead, and its `results`); anything else reads as nothing. */
function resultOf(reply: unknown): Result | null | undefined {
  const r = reply as { kind?: unknown; result?: { reader?: unknown; facts?: unknown } | null; results?: unknown } | null;
  if (r?.kind !== 'read') return undefined;
  if (r.result === null) return null;
  const { reader, facts } = r.result ?? {};
  if (typeof reader !== 'string' || typeof facts !== 'object' || facts === null) return undefined;
  return { reader, facts: facts as PageFacts, ...(r.results !== undefined ? { linted: r.results } : {}) };
}

/** The rows' paths of an answer (a path of small non-negative numbers or ENTER_SHADOW; anything else is left out). */
function rowsOf(reply: unknown): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const rows = (reply as { rows?: unknown } | null)?.rows;
  if (typeof rows !== 'object' || rows === null) return out;
  for (const [subject, path] of Object.entries(rows)) {
    if (out.size >= 2000) break;
    if (Array.isArray(path) && path.length <= MAX_PATH && path.every((n) => Number.isInteger(n) && n >= ENTER_SHADOW && n < 1e6)) out.set(subject, path as number[]);
  }
  return out;
}

/** The id of the copy an answer says was kept for patches. */
function copyOf(reply: unknown): string | undefined {
  const copy = (reply as { copy?: unknown } | null)?.copy;
  return typeof copy === 'string' && copy.length > 0 && copy.length <= 40 ? copy : undefined;
}

/** What a snapshot carries besides its markup, as one string to compare with the last read's. */
function restOf(s: Omit<PageSnapshot, 'html'>): string {
  // adopted sheets' text, not its length: `display: none` → `display: flex` is as long
  return JSON.stringify([s.controls, s.sheets, s.adopted, s.loadedSheets, s.width, s.height, s.popovers, s.disabledSheets, s.shadows]);
}

/** A patch carries at most this share of the last whole page's markup (more: the whole page is sent). */
const PATCH_SHARE = 0.25;

/** Snapshots in pieces given up in a row (the page changed meanwhile) before the next is taken at once (one long task). */
export const MAX_CHANGED_PIECES = 3;
/** The longest slice of a big page's serialization before the page runs again. */
const SLICE_MS = 8;
/** The wait before a read whose message failed is asked again. */
const RETRY_MS = 500;
/** The longest pause after a read (a read that took longer is followed by this long a pause). */
export const MAX_PAUSE_MS = 2000;

// not `active`: consoles show a tab pane by it (`next-tabs-tabpane active`, `tea-tabs__tabpanel is-active`,
// `ant-tabs-tabpane-active`, each `display: none` without it) — a change of it is read (Ant's menus also mark the
// item under the pointer `-active`: a read that finds the same facts)
const INTERACTION = /hover|focus|pressed/i;
const SHOWING = new Set(['class', 'style', 'hidden', 'aria-hidden', 'open', 'popover', 'data-state', 'aria-expanded', 'type', 'value', 'checked', 'selected', 'aria-checked']);

/** An inline style that hides its element (the box and what is in it). */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;
/**
 * Attributes whose every change shows or hides what they are on or control (a panel's `hidden`, a `<details>`' `open`,
 * Radix's `data-state`, a row's expander's `aria-expanded`).
 */
const TOGGLING = new Set(['hidden', 'aria-hidden', 'open', 'data-state', 'aria-expanded']);

/**
 * An attribute change that shows or hides its element by its nature, known without the page's style: a toggling attribute
 * changed, or an inline style that hid it now does not (or the other way). Not a class change (what a class does is the
 * style sheets'), nor a style's width or colour: a progress bar's width or a spinner's class ticking every 100 ms shows
 * nothing new, and taken for content shown it had the ticking page's reads come every 480 ms, not back off to 800 (rev59).
 */
export function showsOrHides(r: MutationRecord): boolean {
  const name = r.attributeName;
  if (r.type !== 'attributes' || name === null || r.target.nodeType !== 1) return false;
  const now = (r.target as Element).getAttribute(name);
  // (gone now: it was there — no record is made for removing an attribute not there; happy-dom gives no old value then)
  if (TOGGLING.has(name)) return now === null || now !== r.oldValue;
  return name === 'style' && HIDING_STYLE.test(r.oldValue ?? '') !== HIDING_STYLE.test(now ?? '');
}

/** A class change that only adds or removes interaction states (`next-table-row hovered`). */
export function onlyInteraction(r: MutationRecord): boolean {
  if (r.attributeName !== 'class' || r.target.nodeType !== 1) return false;
  const before = new Set((r.oldValue ?? '').split(/\s+/).filter(Boolean));
  const after = new Set(((r.target as Element).getAttribute('class') ?? '').split(/\s+/).filter(Boolean));
  let changed = 0;
  for (const t of before) if (!after.has(t) && ++changed && !INTERACTION.test(t)) return false;
  for (const t of after) if (!before.has(t) && ++changed && !INTERACTION.test(t)) return false;
  return changed > 0;
}

export function createSnapshotReading(ask: AskRead, shadowRoots: () => readonly ShadowRoot[], askPatch?: AskPatch, atOnceElements = AT_ONCE_ELEMENTS): PageReading {
  let generation = 0;
  /** The last read: its page's markup (unknown after a patch) and length, and what else its snapshot carried. */
  /** `linted`: the results the answer came with while no caller had them yet (its read was superseded: see give). */
  /** `untold`: its facts are nowhere yet — its answer came without results (the background stored none) and no caller had it. */
  let last: { url: string; html: string | undefined; chars: number; rest: string; result: Result | null; linted?: unknown; untold?: true } | undefined;
  /** The copy the last read kept in the reader document, to be patched; the page's changes since it was made. */
  let base: string | undefined;
  let mirror: ReturnType<typeof createMirrorWatch> | undefined;
  /** subject → where the last read found its row (../../snapshot/node-path) */
  let rows = new Map<string, number[]>();
  let rowsDoc: Document | undefined;
  let attributesChanged = false;
  /** One of those changes showed or hid its element for certain (`showsOrHides`). */
  let shownOrHidden = false;
  let inFlight: Promise<unknown> | undefined;
  /** No read is asked for before this time (performance.now()): the pause after the last one. */
  let readyAt = 0;
  /** The page's content changed (a node added or removed, a text changed) since this was last cleared. */
  let contentChanged = false;
  /** Snapshots in pieces given up in a row because the page's content changed meanwhile. */
  let changedPieces = 0;
  /** Why the last read read nothing (../../messaging/not-read), for the user to be told; undefined after a read. */
  let notRead: NotRead | undefined;

  /**
   * The page's snapshot: at once, or a big page's (over `atOnceElements` elements) in pieces, each slice of the work
   * at most SLICE_MS before the page runs again; undefined when a newer read started or the content changed meanwhile
   * (the markup would mix two states; the change has scheduled a read of its own). After MAX_CHANGED_PIECES such
   * changes in a row, at once: a big page that changes more often than its pieces take (a live counter) was never read.
   */
  async function snapshotOf(doc: Document, mine: number): Promise<PageSnapshot | undefined> {
    const roots = shadowRoots();
    if (doc.getElementsByTagName('*').length <= atOnceElements || changedPieces >= MAX_CHANGED_PIECES) {
      changedPieces = 0;
      return takeSnapshot(doc, roots);
    }
    contentChanged = false;
    let slice = performance.now();
    const work = takeSnapshotInPieces(doc, roots, () => performance.now() - slice > SLICE_MS);
    for (let step = work.next(); ; step = work.next()) {
      if (step.done) {
        changedPieces = 0;
        return step.value;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (contentChanged) changedPieces++;
      if (mine !== generation || contentChanged) return undefined;
      slice = performance.now();
    }
  }

  const superseded = () => ({ reader: '', facts: { version: 1 as const }, superseded: true });

  /**
   * The last read's result for the caller, with the results its answer came with when no caller had them yet: a read
   * superseded while under way was still stored and linted by the background (../../messaging/read-results), and a
   * next read that finds the page as that one did must show its results.
   */
  function give(): Result | null {
    const result = last?.result ?? null;
    const linted = last?.linted;
    if (!result || linted === undefined) return result;
    last!.linted = undefined;
    return { ...result, linted };
  }

  /**
   * The last read's result again: the page has not changed since (its facts are the background's already) — but when
   * it was a superseded read whose answer came without results (the background stored none: the tab `loading`
   * meanwhile, which Chrome fires for a same-address pushState or replaceState too, or facts the service refused):
   * then not `unchanged`, and the caller sends those facts, as it does any read's answered so.
   */
  function unchanged(): Result | null {
    if (last?.linted !== undefined) return give();
    if (!last?.result) return null;
    if (!last.untold) return { ...last.result, unchanged: true };
    last.untold = undefined;
    return { ...last.result };
  }

  /** A read superseded after its answer came: the answer kept as the last read's (took) is not one a caller had. */
  function passedOver(): ReturnType<typeof superseded> {
    if (last?.result && last.linted === undefined) last.untold = true;
    return superseded();
  }

  /** An answer's result, rows and copy kept as the last read's; the result (undefined: not read). */
  function took(reply: unknown, doc: Document, url: URL, html: string | undefined, chars: number, rest: string): Result | null | undefined {
    const result = resultOf(reply);
    // not read (the extension reloading, a style sheet missing in the copy): read again on the next change, and why is told
    notRead = result === undefined ? notReadOfReply(reply) : undefined;
    if (result === undefined) {
      last = undefined;
      base = undefined;
      rows = new Map();
      return undefined;
    }
    base = copyOf(reply);
    rows = rowsOf(reply);
    rowsDoc = doc;
    // (its results kept until a caller has them: give)
    last = { url: url.href, html, chars, rest, result: result && { reader: result.reader, facts: result.facts }, ...(result?.linted !== undefined ? { linted: result.linted } : {}) };
    return result;
  }

  /** The message asked with the pacing of `read` (one at a time, a pause after each as long as it took). */
  async function paced<T>(asking: Promise<T>): Promise<T> {
    const started = performance.now();
    inFlight = asking;
    const reply = await asking;
    inFlight = undefined;
    readyAt = performance.now() + Math.min(MAX_PAUSE_MS, performance.now() - started);
    return reply;
  }

  /**
   * The read as a patch of the last read's copy: its result (null: nothing read), or undefined when the whole page
   * is to be sent — no copy kept, the page's URL, controls, sheets or viewport changed, shadow roots (not patched),
   * too many changes, a change in `<head>`, or the copy did not take the patch.
   */
  async function readPatched(doc: Document, url: URL, mine: number, address: string): Promise<Result | null | ReturnType<typeof superseded> | undefined> {
    if (!askPatch || base === undefined || !mirror || !last || last.url !== url.href || shadowRoots().length > 0) {
      // the page goes whole, and the watch starts again with it: the copy kept is patched no more (see below)
      base = undefined;
      return undefined;
    }
    const records = mirror.take();
    // the changes are taken: a copy not patched with them now is patched no more (the page goes whole) — else a read
    // started before this one's answer, or after a whole page was given up (a big page changing while serialized in
    // pieces), patched that copy with the later changes only, or found none, and read a page of an older state
    const copy = base;
    base = undefined;
    if (!records) return undefined;
    const rest = restOf(pageState(doc, []));
    if (rest !== last.rest) return undefined;
    if (records.length === 0) {
      base = copy;
      return unchanged();
    }
    const ops = buildPatch(doc, records, Math.min(MAX_PATCH_CHARS, Math.max(2000, last.chars * PATCH_SHARE)));
    if (!ops) return undefined;
    if (ops.length === 0) {
      base = copy;
      return unchanged();
    }
    // (the copy is patched with these changes: the next patch is of it, unless it did not take them)
    base = copy;
    const reply = await paced(askPatch({ copy, url: url.href, ops }).catch(() => undefined));
    if ((reply as { kind?: unknown } | undefined)?.kind === 'stale' || reply === undefined) {
      base = undefined;
      return undefined;
    }
    const result = took(reply, doc, url, undefined, last.chars, rest);
    if (result === undefined) return null;
    return mine === generation && doc.URL === address ? give() : passedOver();
  }

  return {
    async read(doc, url) {
      const mine = ++generation;
      // the address the read is of: one the page leaves while the read is under way (a console's router) supersedes it —
      // its answer is the page left's (not shown on the next, nor its facts sent from here as the next address's; the
      // route change has scheduled a read of the new page)
      const address = doc.URL;
      attributesChanged = false;
      shownOrHidden = false;
      // one read at a time, and a pause after each as long as it took: on a page that changes all the time (a ticking
      // countdown) the extension's reader is busy half the time at most, and only the newest of the waiting reads goes on
      while (inFlight || performance.now() < readyAt) {
        await (inFlight ?? new Promise((resolve) => setTimeout(resolve, readyAt - performance.now())));
        if (mine !== generation) return superseded();
      }
      const patched = await readPatched(doc, url, mine, address);
      if (patched !== undefined) return patched;
      if (mine !== generation) return superseded();
      // the page's changes from here on are the next patch's (the copy this read makes is the page as it is now)
      if (askPatch) (mirror ??= createMirrorWatch(doc)).start();
      const snapshot = await snapshotOf(doc, mine);
      if (!snapshot) return superseded();
      snapshot.url = url.href;
      // too big to carry, an address too long: nothing is read (the background would refuse it), and the user is told why
      notRead = snapshotOverLimit(snapshot);
      if (notRead) {
        // (the copy kept before is not this page: the changes watched since the watch started again are not all of it;
        // and the page as it was read last is not `unchanged` once it shrinks back: the tab's "not read" must go)
        base = undefined;
        last = undefined;
        mirror?.stop();
        return null;
      }
      // what the markup does not carry: controls' values, rules added through the CSSOM
      const rest = restOf(snapshot);
      if (last && last.url === url.href && last.html === snapshot.html && last.rest === rest) return unchanged();
      // a message that found no one (the reader document still opening, the worker restarting) is asked again once
      const reply = await paced(
        ask(snapshot)
          .catch(() => new Promise((resolve) => setTimeout(resolve, RETRY_MS)).then(() => (mine === generation ? ask(snapshot) : undefined)))
          .catch(() => undefined),
      );
      const result = took(reply, doc, url, snapshot.html, snapshot.html.length, rest);
      // no copy kept (too big, shadow roots, not read): no patches, nothing to watch for them
      if (base === undefined) mirror?.stop();
      if (mine !== generation || doc.URL !== address) return passedOver();
      return result === undefined ? null : give();
    },
    changed(records) {
      for (let i = 0; i < records.length; i++) {
        const r = records[i]!;
        if (r.type !== 'attributes') contentChanged = true;
        if (r.type === 'attributes' && r.attributeName !== null && SHOWING.has(r.attributeName) && !onlyInteraction(r)) {
          attributesChanged = true;
          if (showsOrHides(r)) shownOrHidden = true;
        }
      }
    },
    showChecks: () => (attributesChanged ? 1 : 0),
    showingChanged() {
      // whether it shows anything new is for the next read to find (its markup compared with the last read's), but for
      // an element's own `hidden`, `open`, … or inline `display: none` changed: shown or hidden for certain
      const was = shownOrHidden || (attributesChanged && 'maybe');
      attributesChanged = false;
      shownOrHidden = false;
      return was;
    },
    valueChanged: () => undefined,
    // (a superseded read's results were linted before the push was: given after it, they undid it — a language
    // switched back, a dismissed or cleared warning shown again — until the page next changed)
    pushed: () => {
      if (last) last.linted = undefined;
    },
    notRead: () => notRead,
    reset: () => {
      last = undefined;
      base = undefined;
      mirror?.stop();
      rows = new Map();
    },
    // the row the read found the subject in, if the page has it there still (the caller checks it shows the subject)
    rowOf: (subject) => {
      const path = rows.get(subject);
      return (path && rowsDoc && atPath(rowsDoc, path)) || undefined;
    },
  };
}
