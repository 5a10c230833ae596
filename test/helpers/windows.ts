import { afterAll, afterEach, expect } from 'vitest';

/**
 * happy-dom windows of the test files that parse many pages (held-out pages, fixtures × mutations): each page
 * is a window of its own, which keeps its document, style sheets and timers until closed — left open, the
 * worker's heap fills as pages are added (session 31: over 4 GB in read-first.test.ts).
 */
type HappyWindow = { closed?: boolean; happyDOM?: { close(): Promise<void> } };
const windowOf = (doc: Document): HappyWindow | null => doc.defaultView as unknown as HappyWindow | null;

/** Closes the happy-dom window of `doc` (nothing for a document without one). */
export async function closeWindow(doc: Document): Promise<void> {
  await windowOf(doc)?.happyDOM?.close();
}

/**
 * For a test file: `keep(doc)` marks a document to close after the test that opened it (afterEach); after
 * the file (afterAll), every document kept must have its window closed.
 */
export function closingWindows(): <T extends Document | null>(doc: T) => T {
  const opened: Document[] = [];
  const all: Array<WeakRef<Document>> = [];
  afterEach(async () => {
    for (const doc of opened.splice(0)) await closeWindow(doc);
  });
  afterAll(() => {
    // (a document collected since was closed: its window let it go)
    const open = all.filter((r) => windowOf(r.deref() ?? ({ defaultView: null } as unknown as Document))?.closed === false).length;
    expect(open, 'happy-dom windows left open by this file').toBe(0);
  });
  return <T extends Document | null>(doc: T): T => {
    if (doc) {
      opened.push(doc);
      all.push(new WeakRef(doc));
    }
    return doc;
  };
}
