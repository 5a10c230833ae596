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
  // old values, as the content script's observer (a style change that only resized a box drops nothing)
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeOldValue: true });
  return { reading, stop: () => observer.disconnect(), reads: () => count };
}
