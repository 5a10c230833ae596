import { readSession } from '../../src/readers/dom/read-session';
import type { familyReadPage } from '../../src/ui/page/family-reader';
import { createPageReading, type PageReading } from '../../src/ui/page/page-reading';

/**
 * A page read the way the content script reads it: one PageReading, fed by a MutationObserver.
 * `reads`: how many reads ran inside the read session.
 */
export function keptReading(doc: Document, read: ReturnType<typeof familyReadPage>): { reading: PageReading; stop: () => void; reads: () => number } {
  let count = 0;
  const reading = createPageReading(
    (d, u) => {
      if (readSession()) count++;
      return read(d, u);
    },
    { idle: (fn) => setTimeout(fn, 0) },
  );
  const view = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
  const observer = new view.MutationObserver((records) => reading.changed(records));
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  return { reading, stop: () => observer.disconnect(), reads: () => count };
}
