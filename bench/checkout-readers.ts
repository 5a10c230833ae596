import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { readPage } from '../src/readers';
import type { htmlToDocument } from '../src/cli/html-document';

/** One side of an A/B run: the readers and the HTML parser of a checkout (a directory holding this repository). */
export interface CheckoutReaders {
  name: string;
  readPage: typeof readPage;
  html: typeof htmlToDocument;
}

/** The readers of the checkout at `dir` (its own src/, loaded by file URL, so two checkouts run side by side). */
export async function checkoutReaders(dir: string): Promise<CheckoutReaders> {
  const base = pathToFileURL(resolve(dir) + '/').href;
  const r = (await import(base + 'src/readers/index.ts')) as { readPage: typeof readPage };
  const h = (await import(base + 'src/cli/html-document.ts')) as { htmlToDocument: typeof htmlToDocument };
  return { name: dir, readPage: r.readPage, html: h.htmlToDocument };
}
