import type { PageFacts } from '../../facts/schema';
import { notReadOfReply, snapshotOverLimit, type NotRead } from '../../messaging/not-read';
import type { PageSnapshot } from '../../snapshot/snapshot-schema';
import { atPath, ENTER_SHADOW, MAX_PATH } from '../../snapshot/node-path';
import { PIECE_ELEMENTS, takeSnapshot, takeSnapshotInPieces } from '../../snapshot/take-snapshot';
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
 * Markers find their rows where the read found them (`rowOf`: a path in the copy, ../../snapshot/node-path),
 * else by text (./locate-subject).
 */
export type AskRead = (snapshot: PageSnapshot) => Promise<unknown>;
type Result = { reader: string; facts: PageFacts };

/** The background's answer (../../snapshot/read-snapshot SnapshotRead); anything else reads as nothing. */
function resultOf(reply: unknown): Result | null | undefined {
  const r = reply as { kind?: unknown; result?: { reader?: unknown; facts?: unknown } | null } | null;
  if (r?.kind !== 'read') return undefined;
  if (r.result === null) return null;
  const { reader, facts } = r.result ?? {};
  return typeof reader === 'string' && typeof facts === 'object' && facts !== null ? { reader, facts: facts as PageFacts } : undefined;
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

export function createSnapshotReading(ask: AskRead, shadowRoots: () => readonly ShadowRoot[]): PageReading {
  let generation = 0;
  let last: { url: string; html: string; rest: string; result: Result | null } | undefined;
  /** subject → where the last read found its row (../../snapshot/node-path) */
  let rows = new Map<string, number[]>();
  let rowsDoc: Document | undefined;
  let attributesChanged = false;
  let inFlight: Promise<unknown> | undefined;
  /** No read is asked for before this time (performance.now()): the pause after the last one. */
  let readyAt = 0;
  /** The page's content changed (a node added or removed, a text changed) since this was last cleared. */
  let contentChanged = false;
  /** Why the last read read nothing (../../messaging/not-read), for the user to be told; undefined after a read. */
  let notRead: NotRead | undefined;

  /**
   * The page's snapshot: at once, or a big page's (over PIECE_ELEMENTS × 2 elements) in pieces, each slice of the work
   * at most SLICE_MS before the page runs again; undefined when a newer read started or the content changed meanwhile
   * (the markup would mix two states; the change has scheduled a read of its own).
   */
  async function snapshotOf(doc: Document, mine: number): Promise<PageSnapshot | undefined> {
    const roots = shadowRoots();
    if (doc.getElementsByTagName('*').length <= PIECE_ELEMENTS * 2) return takeSnapshot(doc, roots);
    contentChanged = false;
    let slice = performance.now();
    const work = takeSnapshotInPieces(doc, roots, () => performance.now() - slice > SLICE_MS);
    for (let step = work.next(); ; step = work.next()) {
      if (step.done) return step.value;
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (mine !== generation || contentChanged) return undefined;
      slice = performance.now();
    }
  }

  return {
    async read(doc, url) {
      const mine = ++generation;
      attributesChanged = false;
      // one read at a time, and a pause after each as long as it took: on a page that changes all the time (a ticking
      // countdown) the extension's reader is busy half the time at most, and only the newest of the waiting reads goes on
      while (inFlight || performance.now() < readyAt) {
        await (inFlight ?? new Promise((resolve) => setTimeout(resolve, readyAt - performance.now())));
        if (mine !== generation) return { reader: '', facts: { version: 1 }, superseded: true };
      }
      const snapshot = await snapshotOf(doc, mine);
      if (!snapshot) return { reader: '', facts: { version: 1 }, superseded: true };
      snapshot.url = url.href;
      // too big to carry, an address too long: nothing is read (the background would refuse it), and the user is told why
      notRead = snapshotOverLimit(snapshot);
      if (notRead) return null;
      // what the markup does not carry: controls' values, rules added through the CSSOM (adopted sheets' text, not
      // its length: `display: none` → `display: flex` is as long)
      const rest = JSON.stringify([snapshot.controls, snapshot.sheets, snapshot.adopted, snapshot.loadedSheets, snapshot.width, snapshot.height, snapshot.popovers, snapshot.disabledSheets, snapshot.shadows]);
      if (last && last.url === url.href && last.html === snapshot.html && last.rest === rest) return last.result;
      const started = performance.now();
      // a message that found no one (the reader document still opening, the worker restarting) is asked again once
      const asking = ask(snapshot)
        .catch(() => new Promise((resolve) => setTimeout(resolve, RETRY_MS)).then(() => (mine === generation ? ask(snapshot) : undefined)))
        .catch(() => undefined);
      inFlight = asking;
      const reply = await asking;
      inFlight = undefined;
      readyAt = performance.now() + Math.min(MAX_PAUSE_MS, performance.now() - started);
      if (mine !== generation) return { reader: '', facts: { version: 1 }, superseded: true };
      const result = resultOf(reply);
      // not read (the extension reloading, a style sheet missing in the copy): read again on the next change
      notRead = result === undefined ? notReadOfReply(reply) : undefined;
      if (result === undefined) {
        last = undefined;
        rows = new Map();
        return null;
      }
      rows = rowsOf(reply);
      rowsDoc = doc;
      last = { url: url.href, html: snapshot.html, rest, result };
      return result;
    },
    changed(records) {
      for (let i = 0; i < records.length; i++) {
        const r = records[i]!;
        if (r.type !== 'attributes') contentChanged = true;
        if (r.type === 'attributes' && r.attributeName !== null && SHOWING.has(r.attributeName) && !onlyInteraction(r)) attributesChanged = true;
      }
    },
    showChecks: () => (attributesChanged ? 1 : 0),
    showingChanged() {
      // whether it shows anything new is for the next read to find: its markup compared with the last read's
      const was = attributesChanged;
      attributesChanged = false;
      return was;
    },
    valueChanged: () => undefined,
    notRead: () => notRead,
    reset: () => {
      last = undefined;
      rows = new Map();
    },
    // the row the read found the subject in, if the page has it there still (the caller checks it shows the subject)
    rowOf: (subject) => {
      const path = rows.get(subject);
      return (path && rowsDoc && atPath(rowsDoc, path)) || undefined;
    },
  };
}
