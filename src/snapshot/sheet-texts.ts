/**
 * The text of a console page's linked style sheets, fetched by the document the pages are read in (Chrome's offscreen
 * document, Firefox's background page) where the sheet's server allows it (CORS), so that a page's copy can hold the sheet
 * as a `<style>` (./inline-sheets) whose rules the readers can read.
 *
 * Why: a copy's document has the extension's origin, so every linked sheet of a console page is another origin's there and
 * its rules cannot be read. The readers then cannot tell which elements a style rule may hide and ask every element's
 * computed style (../readers/dom/visibility computedHidden, ~12 properties an element): on the 500-row Tencent CVM list
 * the reader document spent ~775 ms of CPU a load with its sheet linked against ~300 ms with the same rules readable
 * (bench/profile-reader.mts), on a 2-core machine beside the page it reads.
 *
 * Only what a copy would have loaded anyway is asked for (the page's own sheet URLs), without cookies or referrer; a sheet
 * that cannot be fetched so (no `Access-Control-Allow-Origin` for the extension, an error, not CSS, too large, an `@import`
 * whose relative URL would resolve against the page instead of the sheet, bytes not of its encoding) is `null`, and the
 * copy links it as before. Answers are kept per URL for the document's life (a failure for RETRY_AFTER_MS), bounded.
 */

/** The part of a fetch Response read here. */
export interface SheetResponse {
  ok: boolean;
  /** `basic` / `cors` can be read; `opaque` (no-cors) cannot. */
  type: string;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type SheetFetch = (url: string, init: RequestInit) => Promise<SheetResponse>;

export interface SheetTexts {
  /** The sheet's text, or null when it cannot be had here (the copy then links it). */
  get(url: string): Promise<string | null>;
}

/** A sheet longer than this (characters) is linked, not held as text. */
export const MAX_SHEET_CHARS = 3_000_000;
/** The texts kept in all, characters (the least recently asked go first). */
export const MAX_KEPT_CHARS = 12_000_000;
/** URLs remembered (texts and failures). */
export const MAX_KEPT_URLS = 64;
/** A failed URL is asked again after this long (a network that came back). */
export const RETRY_AFTER_MS = 5 * 60_000;

interface Kept {
  text: Promise<string | null>;
  chars: number;
  at: number;
  failed: boolean;
}

export function createSheetTexts(fetchSheet: SheetFetch, now: () => number = Date.now): SheetTexts {
  /** url → its answer, the least recently asked first (a Map keeps insertion order). */
  const kept = new Map<string, Kept>();

  function trim(): void {
    let total = 0;
    for (const k of kept.values()) total += k.chars;
    for (const [url, k] of kept) {
      if (kept.size <= MAX_KEPT_URLS && total <= MAX_KEPT_CHARS) break;
      kept.delete(url);
      total -= k.chars;
    }
  }

  return {
    get(url) {
      if (!/^https?:\/\//i.test(url)) return Promise.resolve(null);
      const known = kept.get(url);
      if (known && !(known.failed && now() - known.at > RETRY_AFTER_MS)) {
        // most recently asked last
        kept.delete(url);
        kept.set(url, known);
        return known.text;
      }
      const entry: Kept = { text: Promise.resolve(null), chars: 0, at: now(), failed: false };
      entry.text = fetchText(fetchSheet, url).then((text) => {
        if (text === null) entry.failed = true;
        else entry.chars = text.length;
        if (kept.get(url) === entry) trim();
        return text;
      });
      kept.delete(url);
      kept.set(url, entry);
      trim();
      return entry.text;
    },
  };
}

async function fetchText(fetchSheet: SheetFetch, url: string): Promise<string | null> {
  try {
    const res = await fetchSheet(url, { mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'force-cache', redirect: 'follow' });
    if (!res.ok || (res.type !== 'basic' && res.type !== 'cors')) return null;
    const type = res.headers.get('content-type');
    // (a browser uses a sheet of another origin only when it is served as CSS)
    if (type === null || !/^\s*text\/css\s*(?:;|$)/i.test(type)) return null;
    const length = Number(res.headers.get('content-length') ?? '');
    if (Number.isFinite(length) && length > MAX_SHEET_CHARS * 3) return null;
    return usableCss(cssTextOf(new Uint8Array(await res.arrayBuffer()), type));
  } catch {
    return null;
  }
}

/** `text`, unless it is too long or imports a sheet (a relative `@import` would resolve against the page's URL in a `<style>`). */
export function usableCss(text: string | null): string | null {
  if (text === null || text.length > MAX_SHEET_CHARS || /@import/i.test(text)) return null;
  return text;
}

/**
 * A sheet's bytes decoded as a browser decodes a style sheet (CSS Syntax §3.2): a byte order mark, else the `charset` of
 * its Content-Type, else an `@charset "…";` rule at its very start, else UTF-8 (a console's pages are UTF-8). Null when the
 * bytes are not of that encoding or the encoding is unknown: the copy then links the sheet and the browser decodes it.
 */
export function cssTextOf(bytes: Uint8Array, contentType: string | null): string | null {
  let label = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else {
    const protocol = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
    const rule = protocol === undefined ? atCharset(bytes) : undefined;
    if (protocol !== undefined) label = protocol;
    // (an @charset naming UTF-16 is read as UTF-8: its bytes were ASCII to say so)
    else if (rule !== undefined) label = /^utf-16(?:be|le)?$/i.test(rule) ? 'utf-8' : rule;
  }
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(start > 0 ? bytes.subarray(start) : bytes);
  } catch {
    return null;
  }
}

/** The encoding an `@charset "…";` rule at the sheet's first byte names (ASCII bytes, at most 1,024), if any. */
function atCharset(bytes: Uint8Array): string | undefined {
  const head = '@charset "';
  for (let i = 0; i < head.length; i++) if (bytes[i] !== head.charCodeAt(i)) return undefined;
  let name = '';
  for (let i = head.length; i < Math.min(bytes.length, 1024); i++) {
    const b = bytes[i]!;
    if (b === 0x22) return bytes[i + 1] === 0x3b ? name : undefined;
    if (b < 0x20 || b > 0x7e) return undefined;
    name += String.fromCharCode(b);
  }
  return undefined;
}
