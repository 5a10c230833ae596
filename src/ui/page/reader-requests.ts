import type { WriteContent } from '../../snapshot/apply-patch';
import { createLiveCopies, type LiveCopies } from '../../snapshot/live-copies';
import type { SheetTexts } from '../../snapshot/sheet-texts';
import { ReaderDocumentForgetSchema, ReaderDocumentPatchSchema, ReaderDocumentRequestSchema } from '../../snapshot/snapshot-schema';
import { FAMILY_READS } from './family-reads';

/**
 * What the document the pages are read in (Chrome's offscreen document, Firefox's background page) answers: a
 * page's snapshot read (and its copy kept: ../../snapshot/live-copies), a patch of a kept copy read, a tab's copies
 * dropped. Requests come from the background only (the caller checks the sender); each is parsed here.
 * undefined: not a request of these (the caller answers nothing).
 */
export interface ReaderRequests {
  handle(message: unknown): Promise<unknown> | undefined;
  copies: LiveCopies;
}

/**
 * `write`: how patches write an element's content (the entry point's; none: patches of attributes only). `sheets`: the
 * pages' linked sheets' texts where they can be fetched (the entry point's, ../../snapshot/sheet-texts; none: copies link them).
 */
export function createReaderRequests(host: Document, write?: WriteContent, sheets?: SheetTexts): ReaderRequests {
  const copies = createLiveCopies(host, FAMILY_READS, undefined, write, sheets);
  return {
    copies,
    handle(message) {
      const type = (message as { type?: unknown } | null)?.type;
      if (type === 'reader-document-read') {
        const r = ReaderDocumentRequestSchema.safeParse(message);
        return r.success ? copies.read(r.data.from, r.data.family, r.data.snapshot) : undefined;
      }
      if (type === 'reader-document-patch') {
        const r = ReaderDocumentPatchSchema.safeParse(message);
        return r.success ? copies.patch(r.data.from, r.data.family, r.data.copy, r.data.url, r.data.ops) : undefined;
      }
      if (type === 'reader-document-forget') {
        const r = ReaderDocumentForgetSchema.safeParse(message);
        if (r.success) copies.forget(r.data.from);
        return undefined;
      }
      return undefined;
    },
  };
}
