import type { PageFacts } from '../../src/facts/schema';
import type { Reader } from '../../src/readers/types';

/** What each reader gave on each document: the readers are pure, so a test reads a document once per reader. */
export type Reads = WeakMap<Document, Map<string, PageFacts | null>>;

/** `readers`, each answering from `reads` when it has read that document already (by reader id). */
export function readOnce(readers: readonly Reader[], reads: Reads): Reader[] {
  return readers.map((r) => ({
    ...r,
    read: (doc: Document, url: URL) => {
      let byReader = reads.get(doc);
      if (!byReader) reads.set(doc, (byReader = new Map()));
      if (!byReader.has(r.id)) byReader.set(r.id, r.read(doc, url));
      return byReader.get(r.id)!;
    },
  }));
}

/** The ids of the readers among `readers` that match `url` and give facts for `doc`. */
export const answering = (readers: readonly Reader[], doc: Document, url: URL): string[] =>
  readers.filter((r) => r.matchesUrl(url) && r.read(doc, url) !== null).map((r) => r.id);
