import type { PageFacts } from '../../facts/schema';
import { readWith } from '../../readers/read-with';
import type { Reader } from '../../readers/types';

export type ReadPage = (doc: Document, url: URL) => { reader: string; facts: PageFacts } | null;

/**
 * readPage over one console family's readers (src/ui/page/readers/<family>.ts): a content script
 * bundles only its own family's readers, which keeps each under its size budget. Same rule as
 * src/readers readPage (readWith).
 */
export function familyReadPage(list: readonly Reader[]): ReadPage {
  return (doc, url) => readWith(list, doc, url);
}
