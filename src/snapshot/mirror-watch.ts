/**
 * The page's mutation records kept between two reads, for the patch the next read sends (./page-patch): its own
 * observer, every attribute included (the content script's own observer watches some attributes only, and its
 * records are delivered when the page yields — a patch takes the pending ones with `take`, so none is missed).
 * The callback only keeps the records; they are looked at when a read is asked for. Past MAX_MIRROR_RECORDS
 * records between two reads none is kept (`take` says so: the next read sends the whole page).
 */
export const MAX_MIRROR_RECORDS = 20_000;

export interface MirrorWatch {
  /** Records from now on (kept ones dropped). */
  start(): void;
  stop(): void;
  /** The records since `start` or the last `take`, or undefined when there were too many (or no `start`). */
  take(): MutationRecord[] | undefined;
}

export function createMirrorWatch(doc: Document): MirrorWatch {
  let kept: MutationRecord[] = [];
  let over = false;
  let on = false;
  const keep = (records: readonly MutationRecord[]) => {
    if (over) return;
    if (kept.length + records.length > MAX_MIRROR_RECORDS) {
      over = true;
      kept = [];
      return;
    }
    for (let i = 0; i < records.length; i++) kept.push(records[i]!);
  };
  const observer = new MutationObserver(keep);
  return {
    start() {
      kept = [];
      over = false;
      if (on) {
        observer.takeRecords();
        return;
      }
      on = true;
      observer.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true });
    },
    stop() {
      on = false;
      observer.disconnect();
      kept = [];
    },
    take() {
      if (!on) return undefined;
      keep(observer.takeRecords());
      const out = over ? undefined : kept;
      kept = [];
      over = false;
      return out;
    },
  };
}
