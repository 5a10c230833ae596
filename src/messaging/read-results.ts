import { packResults, type PackedResults } from './results-wire';
import type { TabResultsMessage } from './tab-results';

/** The message a content script would send with a read's facts (../ui/page/run-console-page), as the service takes it. */
export interface ReadFactsMessage {
  type: 'page-facts';
  url: string;
  reader: string;
  facts: object;
}

/**
 * A read's answer (../snapshot/read-snapshot SnapshotRead) with the tab's results added (`results`, packed:
 * ./results-wire): the background hands the facts the reader document found to the service as the content script's
 * `page-facts` message would have (same schema, same sender), so the content script need not send them back — a
 * message and its answer fewer on every read (the 500-row lists' 71 KB of facts, in two pieces on a first read) — and
 * the answer carries of the facts only whether they are `partial`.
 *
 * `pack`: how the results are written (the background names them, and writes them as changes to the list the content
 * script said it holds: ./sent-results).
 *
 * An answer of no facts, a read no longer the frame's newest (`newest` false: a newer read of the
 * frame was asked), or facts the service refuses: the answer as it came, and the content script sends what it has.
 */
export async function withTabResults(
  answer: unknown,
  url: string,
  handle: (message: ReadFactsMessage) => Promise<unknown>,
  newest: () => boolean,
  pack: (results: TabResultsMessage) => PackedResults = packResults,
): Promise<unknown> {
  const a = answer as { kind?: unknown; result?: { reader?: unknown; facts?: unknown } | null } | null;
  const result = a?.kind === 'read' ? a.result : undefined;
  if (!result || typeof result.reader !== 'string' || typeof result.facts !== 'object' || result.facts === null || !newest()) return answer;
  try {
    const reply = await handle({ type: 'page-facts', url: url.slice(0, 4000), reader: result.reader, facts: result.facts });
    if ((reply as { type?: unknown } | null)?.type !== 'results') return answer;
    // the facts stay here (the content script needs only whether they are partial): 71 KB fewer to decode in the page
    const { partial } = result.facts as { partial?: unknown };
    return { ...a, result: { reader: result.reader, facts: { version: 1, ...(partial !== undefined ? { partial } : {}) } }, results: pack(reply as TabResultsMessage) };
  } catch {
    return answer;
  }
}
