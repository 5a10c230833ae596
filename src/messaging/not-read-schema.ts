import { z } from 'zod';
import type { NotRead } from './not-read';

/**
 * A page not read, and why (./not-read), where it arrives from a content script (./contract GetTabResultsSchema) and
 * where it is kept as the tab's state (../store/tab-subjects). Codes and counts only: never page text.
 */
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const NotReadSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('too-large'), chars: count, max: count }),
  z.object({ code: z.literal('url-too-long'), chars: count, max: count }),
  z.object({ code: z.literal('sheet-missing') }),
  z.object({ code: z.literal('parts-missing') }),
  z.object({ code: z.literal('refused') }),
  z.object({ code: z.literal('reader-failed') }),
]);

/** A page read in part: it showed `rowsShown` rows of a list, the first `rowsRead` were read (../facts/schema PageFacts `partial`). */
export const ReadInPartSchema = z.object({ rowsRead: count, rowsShown: count });

// the hand-written type (content scripts carry no zod) and the schema say the same
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof NotReadSchema>, NotRead> = true;
void sameShape;
