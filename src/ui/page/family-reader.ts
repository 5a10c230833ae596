import type { PageFacts } from '../../facts/schema';
import type { ConsoleFamily } from '../../readers/types';

type ReadPage = (doc: Document, url: URL) => { reader: string; facts: PageFacts } | null;
type Readers = readonly { id: string; family: ConsoleFamily }[];

/** readPage, limited to one console family's readers (a content script reads only its own consoles). */
export function familyReader(family: ConsoleFamily, readers: Readers, readPage: ReadPage): ReadPage {
  const ids = new Set(readers.filter((r) => r.family === family).map((r) => r.id));
  return (doc, url) => {
    const out = readPage(doc, url);
    return out && ids.has(out.reader) ? out : null;
  };
}
