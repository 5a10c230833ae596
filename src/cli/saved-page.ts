import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, posix, relative, resolve, sep } from 'node:path';

/**
 * A saved console page as the browser showed it, for `read`: its HTML with the style sheets it was saved with written
 * into it as `<style>`s. A console's sheets are on a CDN, so a page saved as HTML only carries none and the command line
 * sees what a class of such a sheet hides (a closed panel's old date, a template row) as shown, where the extension, in
 * the browser, does not. Two ways of saving keep the sheets:
 * - **Webpage, Complete** (Chrome, Edge, Firefox): the HTML, and beside it a folder (`NAME_files/`) holding the sheets,
 *   linked from the page by relative paths (`./NAME_files/app.css`). Only files inside the page's own folder are read
 *   (no `..` out of it, no absolute path, nothing fetched from the network).
 * - **Webpage, Single File** (Chrome's `.mhtml`): one MIME file, the page's HTML and every resource a part of it, found
 *   by the address it was loaded from (`Content-Location`).
 * Sheets over `maxStyleBytes` in all are left out and counted (`skipped`), never read in part.
 */
export interface SavedPage {
  html: string;
  /** Style sheets written into the page, and those left out (over the size limit, or not found). */
  sheets: { applied: number; skipped: number };
  /**
   * The window to read the page in, for a browser's save read with its sheets (a single file, or a complete save whose
   * sheets were written in): SAVED_VIEWPORT. Undefined for a bare HTML page: read in the reading window of old (1024 px).
   */
  viewport?: { width: number; height: number };
}

/**
 * The window a browser's save is read in (round fifty-seven): the sheets it was saved with are a desktop console's, with
 * media queries for a desktop browser's window; at happy-dom's 1024 px a `@media (max-width: 1199px)` that hides the SWAS
 * list's Peak Bandwidth column applied, and every row's bandwidth was lost where the tester's browser (and the extension
 * in it) showed it. 1280 × 800: the e2e harness's Chromium window (test/e2e/harness.ts), the narrowest common desktop.
 */
export const SAVED_VIEWPORT = { width: 1280, height: 800 } as const;

export type SavedPageError = { kind: 'page-too-large'; bytes: number; max: number };

export interface SavedPageLimits {
  /** The page's HTML (a single file's HTML part, decoded). */
  pageBytes: number;
  /** A single-file (MHTML) page's whole file: its images and fonts are in it too. */
  singleFileBytes: number;
  /** All style sheets written into the page. */
  styleBytes: number;
}

/** The page saved in `file` (its size already checked against limits.singleFileBytes). */
export function loadSavedPage(file: string, limits: SavedPageLimits): SavedPage | SavedPageError {
  const bytes = readFileSync(file);
  if (looksLikeMhtml(bytes.subarray(0, 4096).toString('latin1'))) {
    const archive = parseMhtml(bytes.toString('latin1'));
    if (archive) {
      const htmlBytes = Buffer.byteLength(archive.html, 'utf8');
      if (htmlBytes > limits.pageBytes) return { kind: 'page-too-large', bytes: htmlBytes, max: limits.pageBytes };
      return { ...withSheets(archive.html, archive.sheet, limits.styleBytes), viewport: SAVED_VIEWPORT };
    }
  }
  if (bytes.length > limits.pageBytes) return { kind: 'page-too-large', bytes: bytes.length, max: limits.pageBytes };
  const page = withSheets(decodeHtml(bytes), localSheetReader(file), limits.styleBytes);
  return page.sheets.applied > 0 ? { ...page, viewport: SAVED_VIEWPORT } : page;
}

// ------------------------------------------------------------------ encoding

/**
 * A saved page's bytes as text, in the encoding it says it is in, as a browser decides it: a byte order mark, else a
 * `<meta charset>` (or `http-equiv="Content-Type"`) in its first 1,024 bytes, else `fallback` (UTF-8). "HTML only" saves
 * keep the bytes the console sent: an older console (the 万网 hosting console) sent GBK, read as UTF-8 it gave no label.
 */
export function decodeHtml(bytes: Uint8Array, fallback = 'utf-8'): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const label = bom ?? metaCharset(Buffer.from(bytes.subarray(0, 1024)).toString('latin1')) ?? fallback;
  try {
    // (a page declaring UTF-16 without a mark is ASCII-compatible as written: a browser reads it as UTF-8)
    return new TextDecoder(!bom && /^utf-16/i.test(label) ? 'utf-8' : label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const META_TAG = /<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** The charset a `<meta>` in `head` names (`charset=`, or a Content-Type `content` holding one). */
function metaCharset(head: string): string | undefined {
  for (const m of head.matchAll(META_TAG)) {
    const a = attributesOf(m[0]);
    const direct = a.get('charset')?.trim();
    if (direct) return direct;
    if ((a.get('http-equiv') ?? '').toLowerCase() === 'content-type') {
      const inContent = /charset\s*=\s*["']?([^"';\s]+)/i.exec(a.get('content') ?? '')?.[1];
      if (inContent) return inContent;
    }
  }
  return undefined;
}

// ------------------------------------------------------------------ linked sheets

/** A `<link>` start tag. */
const LINK_TAG = /<link\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

const INERT = /<!--[\s\S]*?(?:-->|$)|<(script|noscript|textarea|style|title|xmp)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const inner = tag.replace(/^<[a-z]+\b/i, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|apos|lt|gt|#(\d+)|#x([0-9a-f]+));/gi, (all, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' } as Record<string, string>)[name.toLowerCase()] ?? all;
  });
}

/**
 * A saved sheet by its `href`: its text, or with the address its own `@import`s resolve against (`from`: the importing
 * sheet's address; none for a page's `<link>`). A bare string's address is its href.
 */
export type SheetSource = (href: string, from?: string) => string | { css: string; address: string } | undefined;

/** How deep `@import`s are followed (a sheet importing a sheet importing …); a cycle stops at the first repeat. */
const MAX_IMPORT_DEPTH = 4;

/**
 * `html` with every style sheet it links (`<link rel="stylesheet" href>`, not an alternate or a disabled one) that
 * `sheet` gives written in its place as a `<style>` (its `media` kept), until `maxBytes` of them; the `@import`s of a
 * written sheet are written in too (expandImports).
 */
export function withSheets(html: string, sheet: SheetSource, maxBytes: number): SavedPage {
  let used = 0;
  let applied = 0;
  let skipped = 0;
  const get = (href: string, from?: string): { css: string; address: string } | undefined => {
    const got = sheet(href, from);
    return typeof got === 'string' ? { css: got, address: href } : got;
  };
  const link = (tag: string) => {
    const a = attributesOf(tag);
    const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = a.get('href')?.trim();
    if (!rel.includes('stylesheet') || rel.includes('alternate') || a.has('disabled') || !href) return tag;
    const got = get(href);
    if (got === undefined) {
      skipped++;
      return tag;
    }
    if (used + got.css.length > maxBytes) {
      skipped++;
      return tag;
    }
    used += got.css.length;
    applied++;
    const imports = expandImports(got.css, got.address, get, new Set([got.address]), 1, (n) => {
      if (used + n > maxBytes) return false;
      used += n;
      return true;
    });
    applied += imports.applied;
    skipped += imports.skipped;
    const css = imports.css;
    const media = a.get('media');
    const mediaAttr = media ? ` media="${media.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}"` : '';
    // (a sheet's text cannot end the element early: "</style" inside it, in a string or a comment, is written escaped)
    return `<style data-saved-sheet${mediaAttr}>${css.replace(/<\/(style)/gi, '<\\/$1')}</style>`;
  };
  // (a link in a comment, a script, a <noscript> — a browser running scripts shows its content as text — or another
  // raw-text element is no sheet of the page: those stretches are left as they are; a template's content is inert, and a
  // declarative shadow root's links are its own sheets)
  let out = '';
  let from = 0;
  for (const m of html.matchAll(INERT)) {
    out += html.slice(from, m.index).replace(LINK_TAG, link) + m[0];
    from = (m.index ?? 0) + m[0].length;
  }
  out += html.slice(from).replace(LINK_TAG, link);
  return { html: out, sheets: { applied, skipped } };
}

/** A sheet's opening: white space, comments, `@charset`, `@layer a, b;` statements — what may stand before an `@import`. */
const SHEET_PREAMBLE = /^(?:\s+|\/\*[\s\S]*?\*\/|@charset\s+(?:"[^"]*"|'[^']*')\s*;|@layer\s+[^;{]*;)*/i;
/** One `@import url(x) media;` / `@import "x" media;` statement at the start of the text. */
const IMPORT_RULE = /^@import\s+(?:url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|"([^"]*)"|'([^']*)')\s*([^;]*);/i;

/**
 * A saved sheet's `@import`s (round fifty-seven: the Tencent console's app sheet imports its component sheet — the rule
 * hiding a stale list row was in the import; read without it, a destroyed instance's row was read as the account's)
 * written in where they stand, each by the address it resolves to from the importing sheet's (`address`): a single
 * file holds the imported sheet as a part of its own; a complete save holds it only when the saver wrote it into the
 * folder (Chrome does not: it saves the sheets the page links, not theirs) — an import not found stays as written and
 * is counted as skipped. An import for print only is dropped (the screen never applies it); one with another media
 * query is written inside `@media <query> { … }`; a `layer(…)` or `supports(…)` condition is not followed (left, skipped).
 * `take(n)` reserves n bytes of the page's sheet budget (false: over it, the import is left out and counted).
 */
function expandImports(
  css: string,
  address: string,
  get: (href: string, from?: string) => { css: string; address: string } | undefined,
  seen: Set<string>,
  depth: number,
  take: (bytes: number) => boolean,
): { css: string; applied: number; skipped: number } {
  let applied = 0;
  let skipped = 0;
  let at = SHEET_PREAMBLE.exec(css)?.[0].length ?? 0;
  let out = css.slice(0, at);
  for (;;) {
    const m = IMPORT_RULE.exec(css.slice(at));
    if (!m) break;
    at += m[0].length;
    const ref = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    const media = (m[6] ?? '').trim();
    const lead = SHEET_PREAMBLE.exec(css.slice(at))?.[0] ?? '';
    at += lead.length;
    if (/^(?:only\s+)?(?:print|speech)$/i.test(media)) {
      out += lead;
      continue;
    }
    const got = !ref || /\b(?:layer|supports)\s*\(|^layer\b/i.test(media) || depth > MAX_IMPORT_DEPTH ? undefined : get(ref, address);
    if (got === undefined || seen.has(got.address) || !take(got.css.length)) {
      skipped++;
      out += m[0] + lead;
      continue;
    }
    applied++;
    const inner = expandImports(got.css, got.address, get, new Set([...seen, got.address]), depth + 1, take);
    applied += inner.applied;
    skipped += inner.skipped;
    // (its @charset named the file's encoding, already decoded; a `<style>` holds none)
    const text = inner.css.replace(/^\s*@charset\s+(?:"[^"]*"|'[^']*')\s*;/i, '');
    out += (media && !/^(?:all|screen|only\s+screen)$/i.test(media) ? `@media ${media} {\n${text}\n}` : text) + '\n' + lead;
  }
  return { css: out + css.slice(at), applied, skipped };
}

/**
 * The sheets of a page saved complete: `href` a relative path (no scheme, no leading `/`) to a file inside the page's
 * folder or a folder under it. Anything else is no sheet (undefined). An `@import` of such a sheet (`from`: the
 * importing sheet's path) resolves against that sheet's folder, and must stay inside the page's folder too.
 * A page renamed after saving (round fifty-seven's variant: `page.html` saved, renamed `渲染后.html`, its folder renamed
 * with it to `渲染后_files/` while the links still say `./page_files/…`) finds its sheets in the folder named as it is.
 */
function localSheetReader(file: string): SheetSource {
  const folder = realFolder(dirname(resolve(file)));
  const ownFiles = `${basename(file, extname(file))}_files`;
  const read = (path: string): string | undefined => {
    const full = resolve(folder, path);
    try {
      if (!existsSync(full) || !statSync(full).isFile()) return undefined;
      const real = realpathSync(full);
      const rel = relative(folder, real);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return undefined;
      return readFileSync(real, 'utf8');
    } catch {
      return undefined;
    }
  };
  return (href, from) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') || href.startsWith('\\') || isAbsolute(href)) return undefined;
    let path: string;
    try {
      path = decodeURIComponent(href.replace(/[?#].*$/, ''));
    } catch {
      return undefined;
    }
    // (an import: relative to its sheet's folder; kept as a path from the page's folder, never above it)
    if (from !== undefined) {
      path = posix.normalize(posix.join(posix.dirname(from), path));
      if (path === '..' || path.startsWith('../') || posix.isAbsolute(path)) return undefined;
    }
    const css = read(path);
    if (css !== undefined) return { css, address: path };
    // (the folder renamed with the page: the link's first folder `…_files` read as this page's own)
    const [first, ...rest] = posix.normalize(path.split(sep).join('/')).replace(/^\.\//, '').split('/');
    if (!first || !first.endsWith('_files') || first === ownFiles || rest.length === 0) return undefined;
    const renamed = [ownFiles, ...rest].join('/');
    const again = read(renamed);
    return again === undefined ? undefined : { css: again, address: renamed };
  };
}

function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

// ------------------------------------------------------------------ single file (MHTML)

/** The file opens with MIME headers of a multipart/related archive (Chrome's "Webpage, Single File"). */
export function looksLikeMhtml(head: string): boolean {
  const headers = head.split(/\r?\n\r?\n/, 1)[0] ?? '';
  return /^mime-version\s*:/im.test(headers) && /^content-type\s*:\s*multipart\/related/im.test(headers);
}

interface Part {
  headers: Map<string, string>;
  /** The body as bytes (a latin1 string: one character a byte), transfer encoding undone. */
  body: string;
}

/**
 * A single-file page: its first HTML part (the page; Chrome writes it first, its frames after) decoded, and the CSS
 * parts by the address they were loaded from. `text` is the file read as latin1 (one character a byte). null when no
 * HTML part is found.
 */
export function parseMhtml(text: string): { html: string; sheet: SheetSource } | null {
  const split = text.search(/\r?\n\r?\n/);
  if (split < 0) return null;
  const top = headersOf(text.slice(0, split));
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(top.get('content-type') ?? '');
  const mark = boundary?.[1] ?? boundary?.[2];
  if (!mark) return null;
  const parts: Part[] = [];
  const pieces = text.slice(split).split(`--${mark}`);
  for (const piece of pieces.slice(1)) {
    if (piece.startsWith('--')) break;
    const at = piece.search(/\r?\n\r?\n/);
    if (at < 0) continue;
    const headers = headersOf(piece.slice(0, at).replace(/^\r?\n/, ''));
    const raw = piece.slice(at).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
    parts.push({ headers, body: undoTransfer(raw, headers.get('content-transfer-encoding') ?? '') });
  }
  const page = parts.find((p) => mimeType(p) === 'text/html');
  if (!page) return null;
  const html = decodeText(page);
  const location = page.headers.get('content-location') ?? top.get('snapshot-content-location');
  const base = baseOf(html, location);
  const sheets = new Map<string, string>();
  for (const p of parts) {
    const where = p.headers.get('content-location');
    if (mimeType(p) === 'text/css' && where) sheets.set(where, decodeText(p));
  }
  return {
    html,
    // (an @import resolves against its sheet's address, `from`; a link against the page's base)
    sheet: (href, from) => {
      let url: string;
      try {
        url = new URL(href, from ?? base).href;
      } catch {
        return undefined;
      }
      const css = sheets.get(url) ?? (from === undefined ? sheets.get(href) : undefined);
      return css === undefined ? undefined : { css, address: url };
    },
  };
}

/**
 * The address a single file's page resolves its links against: its first `<base href>` (outside comments and raw text),
 * resolved against the page's own address, as a browser does (round fifty-seven's variant: a Tencent page with
 * `<base href="https://console.cloud.tencent.com/lighthouse/">` and `href="static/css/…"`, saved by a writer that keeps
 * relative links, found no sheet against the page's address and read a collapsed panel's old bandwidth); else the
 * page's address.
 */
function baseOf(html: string, location: string | undefined): string | undefined {
  const live = html.replace(INERT, '');
  for (const m of live.matchAll(/<base\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
    const href = attributesOf(m[0]).get('href')?.trim();
    if (!href) continue;
    try {
      return new URL(href, location).href;
    } catch {
      return location;
    }
  }
  return location;
}

/** A header block, folded lines joined; names lower-cased. */
function headersOf(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) out.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return out;
}

function mimeType(p: Part): string {
  return (p.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function undoTransfer(raw: string, encoding: string): string {
  const e = encoding.trim().toLowerCase();
  if (e === 'quoted-printable') return raw.replace(/=\r?\n/g, '').replace(/=([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  if (e === 'base64') return Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('latin1');
  return raw;
}

/** A text part's bytes in its charset (the HTML part without one: as a saved page file is decoded, decodeHtml). */
function decodeText(p: Part): string {
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(p.headers.get('content-type') ?? '')?.[1];
  const bytes = Buffer.from(p.body, 'latin1');
  if (charset === undefined && mimeType(p) === 'text/html') return decodeHtml(bytes);
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
