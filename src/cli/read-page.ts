import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { PageFacts } from '../facts/schema';
import { findReaders, readPage } from '../readers/index';
import { MAX_ROWS_PER_READ, withRowWindow, type RowWindow } from '../readers/dom/row-window';
import { cliLimits } from '../store/limits';
import { htmlToDocument } from './html-document';
import { loadSavedPage, looksLikeMhtml, type SavedPage } from './saved-page';
import { fileError, type InputError } from './strings';

export type ReadOutcome =
  | { ok: true; reader: string | null; tried: string[]; facts: PageFacts; sheets: SavedPage['sheets'] }
  | { ok: false; error: InputError };

/**
 * Runs the reader that matches `url` over a saved page file: HTML (with the style sheets a complete save put beside it)
 * or a single-file page (MHTML) — ./saved-page.
 */
export function readSavedPage(urlText: string, file: string): ReadOutcome {
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    return { ok: false, error: { kind: 'not-url', text: urlText.slice(0, 100) } };
  }
  const candidates = findReaders(url);
  if (!candidates.length) return { ok: false, error: { kind: 'no-reader', where: `${url.host}${url.pathname}` } };
  let saved: SavedPage;
  try {
    // the size first: a page over the limit is never read into memory (a single-file page may be larger: its images
    // are in it; its HTML part is held to the page's limit — ./saved-page)
    const { size } = statSync(file);
    const max = size > cliLimits.pageFileBytes && isSingleFile(file) ? cliLimits.singleFilePageBytes : cliLimits.pageFileBytes;
    if (size > max) return { ok: false, error: { kind: 'page-too-large', file, bytes: size, max } };
    const got = loadSavedPage(file, { pageBytes: cliLimits.pageFileBytes, singleFileBytes: cliLimits.singleFilePageBytes, styleBytes: cliLimits.pageStyleBytes });
    if ('kind' in got) return { ok: false, error: { kind: 'page-too-large', file, bytes: got.bytes, max: got.max } };
    saved = got;
  } catch (e) {
    return { ok: false, error: fileError(file, e) };
  }
  const html = saved.html;
  // the extension's cap on rows per read, and its word when a list holds more (facts.partial)
  const window: RowWindow = { start: 0, limit: MAX_ROWS_PER_READ };
  const found = withRowWindow(window, () => readPage(htmlToDocument(html, url.href, saved.viewport), url));
  const shown = window.totalRows ?? 0;
  const facts: PageFacts = found?.facts ?? { version: 1 };
  return {
    ok: true,
    reader: found?.reader ?? null,
    tried: candidates.map((r) => r.id),
    facts: found && shown > MAX_ROWS_PER_READ ? { ...facts, partial: { rowsRead: MAX_ROWS_PER_READ, rowsShown: shown } } : facts,
    sheets: saved.sheets,
  };
}

/** The file opens as a single-file page (MHTML) does. */
function isSingleFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    return looksLikeMhtml(head.subarray(0, n).toString('latin1'));
  } finally {
    closeSync(fd);
  }
}
