import { emptyStoredFacts, maskStored, StoredFactsSchema, type StoredFacts } from './sightings';

/**
 * The fact store as it is kept in `local:facts` since version 2 (./items): one JSON text, not the object itself.
 *
 * Why: the browser converts a stored object field by field (chrome.storage.local.set in the writer, storage.onChanged
 * in every listening context, get on the next start), a text in one piece; and every read and re-read of a page writes
 * the whole store. The 500-row Tencent list's store (~160 KB, some 10,000 fields), measured in the service worker
 * (session 57, st57): a set ~13 ms as the object, under 3 ms as text with its JSON.stringify; a get ~4.5 ms against
 * under 1 ms.
 * What is kept is unchanged: the text is the version 1 object's JSON, read back into the same object.
 */

/** The store written out (nothing else: the shape is ./sightings StoredFacts). */
export const encodeStoredFacts = (state: StoredFacts): string => JSON.stringify(state);

/**
 * A stored value read back: version 2's text, or a version 1 object (a value the migration has not reached: written
 * by a context that defined the item without meta). Validated; ID numbers masked (values stored before the masker was
 * strict); anything damaged — text that is no JSON, a shape the schema refuses — reads as the empty store, as before.
 */
export function decodeStoredFacts(value: unknown): StoredFacts {
  let data: unknown = value;
  if (typeof value === 'string') {
    if (value === '') return emptyStoredFacts();
    try {
      data = JSON.parse(value);
    } catch {
      return emptyStoredFacts();
    }
  }
  const parsed = StoredFactsSchema.safeParse(data);
  return parsed.success ? maskStored(parsed.data) : emptyStoredFacts();
}

/**
 * Whether a stored value holds no sighting (absent, removed by "clear everything", or written empty): the background
 * then drops its in-memory store. Cheap on the background's own writes: the empty store's text is 52 characters and
 * encodeStoredFacts writes no spaces, so a longer text holds sightings; only a short one is parsed.
 */
export function storedValueEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value === 'string' && value.length > 100) return false;
  const data = typeof value === 'string' ? safeJson(value) : value;
  if (typeof data !== 'object' || data === null) return true;
  const v = data as { entity?: unknown[]; websites?: object; domains?: object; servers?: object };
  return (Array.isArray(v.entity) ? v.entity.length : 0) + Object.keys(v.websites ?? {}).length + Object.keys(v.domains ?? {}).length + Object.keys(v.servers ?? {}).length === 0;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Migration 2 (./items): a version 1 object becomes its text; a text (already version 2, written without meta) stays. */
export const storedFactsToText = (old: unknown): string => (typeof old === 'string' ? old : JSON.stringify(old ?? emptyStoredFacts()));
