import type { SentList } from './results-wire';
import type { ResultItem } from './tab-results';

/**
 * The results lists the background last answered each frame's reads with (./read-results), by id: the next answer
 * to a frame that says it holds one of them (`held`) is written as changes to it (./results-wire). In memory only: a
 * restarted worker has none, and its next answers are whole.
 */
export interface SentResults {
  /** The list `held` names, if it was sent to `frame` and is still kept. */
  base(frame: string, held: string | undefined): SentList | undefined;
  /** Keeps `items` as the newest list sent to `frame`; its new id. */
  keep(frame: string, items: readonly ResultItem[]): string;
  /** A tab closed or loading another page: its frames' lists go. */
  forgetTab(tabId: number): void;
}

/** `perFrame`: lists kept per frame (a content script's held list is one of its last few answers'). */
export function createSentResults(perFrame = 3): SentResults {
  const byFrame = new Map<string, SentList[]>();
  // ids unique to this worker's life (a restarted worker's cannot name an earlier one's lists)
  const life = Date.now().toString(36);
  let count = 0;
  return {
    base: (frame, held) => (held === undefined ? undefined : byFrame.get(frame)?.find((l) => l.id === held)),
    keep(frame, items) {
      const id = `${life}.${++count}`;
      const lists = byFrame.get(frame) ?? [];
      lists.push({ id, items });
      if (lists.length > perFrame) lists.shift();
      byFrame.set(frame, lists);
      return id;
    },
    forgetTab(tabId) {
      for (const frame of [...byFrame.keys()]) if (frame.startsWith(`${tabId}:`)) byFrame.delete(frame);
    },
  };
}
