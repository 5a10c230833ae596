import type { PageFacts } from '../../facts/schema';
import type { Reader } from '../../readers/types';

export type ReadPage = (doc: Document, url: URL) => { reader: string; facts: PageFacts } | null;

/**
 * readPage over one console family's readers (src/ui/page/readers/<family>.ts): a content script
 * bundles only its own family's readers, which keeps each under its size budget. Same rule as
 * src/readers readPage: the first reader whose URL matches and whose read returns facts wins.
 */
export function familyReadPage(list: readonly Reader[]): ReadPage {
  return (doc, url) => {
    for (const r of list) {
      let facts: PageFacts | null = null;
      try {
        facts = r.matchesUrl(url) ? r.read(doc, url) : null;
      } catch {
        facts = null;
      }
      if (facts) return { reader: r.id, facts };
    }
    return null;
  };
}
