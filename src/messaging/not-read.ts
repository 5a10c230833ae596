import { MAX_SNAPSHOT_CHARS } from '../snapshot/snapshot-limits';

/**
 * Why a console page was not read, as a code and its numbers (the popup words it in the UI language: ../ui/strings
 * `notRead`): what the content script tells the background with its `get-tab-results` (./contract GetTabResultsSchema,
 * zod: ./not-read-schema) and the background keeps as the tab's state (../store/tab-subjects) — never a fact. Until
 * session 54 each of these left the page unread and nothing said: the popup's checklist went on saying "not seen yet"
 * for what the page showed. No page text goes in (a style sheet's address stays out too): only our codes and counts.
 *
 * No zod here: content scripts carry this module.
 */
export type NotRead =
  /** The page's markup is longer than MAX_SNAPSHOT_CHARS (UTF-16 code units): never sent. */
  | { code: 'too-large'; chars: number; max: number }
  /** The page's address (or its base address) is longer than the snapshot takes (MAX_URL_CHARS). */
  | { code: 'url-too-long'; chars: number; max: number }
  /** A style sheet that had loaded in the page did not load in the copy it is read in: read nothing rather than guess. */
  | { code: 'sheet-missing' }
  /** A big page's markup is sent in parts; not all of them reached the background (or it could not keep them). */
  | { code: 'parts-missing' }
  /** The background refused the page's snapshot (over another of its limits). */
  | { code: 'refused' }
  /** The document the page is read in failed, or no answer came (the extension reloading, the reader not opening). */
  | { code: 'reader-failed' };
export type NotReadCode = NotRead['code'];

/** The longest page address (and base address) a snapshot carries (../snapshot/snapshot-schema `url`). */
export const MAX_URL_CHARS = 8192;

/** A snapshot that cannot be read, by what the content script knows before sending it; undefined when within. */
export function snapshotOverLimit(snapshot: { html: string; url: string; baseUrl: string }): NotRead | undefined {
  if (snapshot.html.length > MAX_SNAPSHOT_CHARS) return { code: 'too-large', chars: snapshot.html.length, max: MAX_SNAPSHOT_CHARS };
  const url = Math.max(snapshot.url.length, snapshot.baseUrl.length);
  if (url > MAX_URL_CHARS) return { code: 'url-too-long', chars: url, max: MAX_URL_CHARS };
  return undefined;
}

const CODES: readonly NotReadCode[] = ['too-large', 'url-too-long', 'sheet-missing', 'parts-missing', 'refused', 'reader-failed'];

/**
 * Why an answer to `read-snapshot` that is not a read read nothing: its `code` when the background gave one
 * (entrypoints/background.ts), a style sheet missing in the copy by its `why` (../snapshot/read-snapshot says it so:
 * test/ui/not-read.test.ts holds the two together), else the reader failed (no answer, an error).
 */
export function notReadOfReply(reply: unknown): NotRead {
  const r = reply as { kind?: unknown; code?: unknown; why?: unknown } | null | undefined;
  if (r?.kind === 'unreadable') {
    const code = CODES.find((c) => c === r.code);
    if (code === 'sheet-missing' || code === 'parts-missing' || code === 'refused' || code === 'reader-failed') return { code };
    if (typeof r.why === 'string' && /^style sheet not loaded/.test(r.why)) return { code: 'sheet-missing' };
  }
  return { code: 'reader-failed' };
}

/**
 * A reason as the popup shows it (a size to a tenth of a million characters): a page not read again for the same shown
 * reason is not reported again (a ticking page over the limit is snapshot on each change).
 */
export function notReadKey(why: NotRead | undefined): string {
  if (!why) return '';
  return 'chars' in why ? `${why.code} ${Math.round(why.chars / 100_000)} ${why.max}` : why.code;
}
