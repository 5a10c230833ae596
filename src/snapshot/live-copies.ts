import type { ReadPage } from '../ui/page/family-reader';
import { createPageReading, type PageReading } from '../ui/page/page-reading';
import { applyPatch, type WriteContent } from './apply-patch';
import { applyState, openCopy, type CopyState, type PageCopy } from './open-copy';
import type { PatchOp } from './page-patch';
import type { SheetTexts } from './sheet-texts';
import { readCopy, type SnapshotRead } from './read-snapshot';
import type { Family, PageSnapshot } from './snapshot-schema';

/**
 * Copies of console pages kept in the reader document after their first read, one per frame of a tab (`from`),
 * so that the page's next reads send what changed (./page-patch) instead of the page: the copy is patched
 * (./apply-patch) and read again with the same read session, which re-reads the changed rows only. A copy made
 * anew for every read had cost the 500-row Tencent CVM list about a second of CPU a read (open ~450–680 ms, read
 * ~350 ms), on a 2-core machine taken from the page itself.
 *
 * Kept: at most MAX_LIVE_COPIES and MAX_LIVE_TOTAL_CHARS of markup in all (the least recently used go first), none of
 * markup over MAX_LIVE_CHARS (nor one patches grew past it, estimated by its element count), none of a page with
 * shadow roots (their content is not patched); a tab's
 * copies go with the tab (`forget`). A patch that does not fit its copy (./apply-patch) drops the copy and answers
 * `stale`: the content script then sends the whole page.
 */
export const MAX_LIVE_COPIES = 4;
export const MAX_LIVE_CHARS = 4_000_000;
/** The kept copies' markup in all at most (a 20,000-row list is 3.6 million characters: two such copies). */
export const MAX_LIVE_TOTAL_CHARS = 8_000_000;

export type PatchRead = SnapshotRead | { kind: 'stale' };

export interface LiveCopies {
  /** A page's snapshot read in a new copy, kept for `from` when it may be patched (the answer's `copy`). */
  read(from: string | undefined, family: Family, snap: PageSnapshot): Promise<SnapshotRead>;
  /** The copy `copy` of `from` patched and read again; `stale` when there is no such copy or the patch does not fit it. */
  patch(from: string, family: Family, copy: string, url: string, ops: readonly PatchOp[]): Promise<PatchRead>;
  /** Drops the copies of `from` and of every `from` starting with it followed by `:` (a tab's frames). */
  forget(from: string): void;
  /** Copies kept now. */
  size(): number;
}

interface Live {
  id: string;
  chars: number;
  family: Family;
  url: string;
  copy: PageCopy;
  state: CopyState;
  reading: PageReading;
  observer: MutationObserver;
  /** The copy's markup per element when it was made: its size after patches is estimated by its element count. */
  charsPerElement: number;
}

export function createLiveCopies(
  host: Document,
  reads: Record<Family, ReadPage>,
  limits = { copies: MAX_LIVE_COPIES, chars: MAX_LIVE_CHARS, totalChars: MAX_LIVE_TOTAL_CHARS },
  /** How a patch writes an element's content (./apply-patch WriteContent); none: patches of attributes only. */
  write?: WriteContent,
  /** Linked sheets' texts, where they can be had (./sheet-texts): the copies hold them as `<style>`s (./inline-sheets). */
  sheets?: SheetTexts,
): LiveCopies {
  /** from → its copy, the least recently used first (a Map keeps insertion order). */
  const live = new Map<string, Live>();
  let serial = 0;

  function drop(from: string): void {
    const l = live.get(from);
    if (!l) return;
    live.delete(from);
    l.observer.disconnect();
    l.copy.close();
  }

  function keepable(snap: PageSnapshot): boolean {
    return snap.html.length <= limits.chars && !(snap.shadows && snap.shadows.length > 0) && !/shadowrootmode/i.test(snap.html);
  }

  return {
    async read(from, family, snap) {
      if (from !== undefined) drop(from);
      const copy = await openCopy(host, snap, undefined, sheets);
      const reading = createPageReading(reads[family], { idle: (fn) => fn() });
      let kept = false;
      try {
        const answer = await readCopy(copy, reading, snap.url);
        if (from === undefined || answer.kind !== 'read' || !keepable(snap)) return answer;
        // the copy changes only by patches from here: what they change is what the read session drops
        const Observer = (copy.doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
        const observer = new Observer(() => undefined);
        observer.observe(copy.doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeOldValue: true });
        const id = `c${++serial}`;
        drop(from);
        const charsPerElement = snap.html.length / Math.max(1, copy.doc.getElementsByTagName('*').length);
        live.set(from, { id, chars: snap.html.length, family, url: snap.url, copy, state: stateOf(snap), reading, observer, charsPerElement });
        kept = true;
        const total = () => [...live.values()].reduce((n, l) => n + l.chars, 0);
        for (const oldest of [...live.keys()]) {
          if (oldest === from || (live.size <= limits.copies && total() <= limits.totalChars)) break;
          drop(oldest);
        }
        return { ...answer, copy: id };
      } finally {
        if (!kept) copy.close();
      }
    },
    async patch(from, family, copy, url, ops) {
      const l = live.get(from);
      if (!l || l.id !== copy || l.family !== family || l.url !== url) return { kind: 'stale' };
      // most recently used last
      live.delete(from);
      live.set(from, l);
      const written = applyPatch(l.copy.doc, ops, write);
      if (!written) {
        drop(from);
        return { kind: 'stale' };
      }
      if (written.length > 0) applyState(l.copy.doc, l.state, written);
      l.reading.changed(l.observer.takeRecords());
      const answer = await readCopy(l.copy, l.reading, url);
      // grown by patches past what a copy is kept at (a list loading rows as it is scrolled): read, but kept no more — the
      // next read sends the page whole, kept or not by its size, as a page that size sent whole at first would be
      // (else the copy grew without bound, row by row, to the hundreds of megabytes a copy is not kept for)
      if (written.length > 0) l.chars = Math.round(l.copy.doc.getElementsByTagName('*').length * l.charsPerElement);
      const grown = l.chars > limits.chars;
      if (answer.kind !== 'read' || grown) {
        drop(from);
        return answer;
      }
      return { ...answer, copy: l.id };
    },
    forget(from) {
      for (const key of [...live.keys()]) if (key === from || key.startsWith(`${from}:`)) drop(key);
    },
    size: () => live.size,
  };
}

function stateOf(snap: PageSnapshot): CopyState {
  return { sheets: snap.sheets, adopted: snap.adopted, controls: snap.controls, popovers: snap.popovers, disabledSheets: snap.disabledSheets, shadows: snap.shadows };
}
