import { readFileSync, statSync } from 'node:fs';
import type { PageFacts } from '../facts/schema';
import { findReaders, readPage } from '../readers/index';
import { MAX_ROWS_PER_READ, withRowWindow, type RowWindow } from '../readers/dom/row-window';
import { cliLimits } from '../store/limits';
import { htmlToDocument } from './html-document';
import { fileError, type InputError } from './strings';

export type ReadOutcome =
  | { ok: true; reader: string | null; tried: string[]; facts: PageFacts }
  | { ok: false; error: InputError };

/** Runs the reader that matches `url` over a saved page file. */
export function readSavedPage(urlText: string, file: string): ReadOutcome {
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    return { ok: false, error: { kind: 'not-url', text: urlText.slice(0, 100) } };
  }
  const candidates = findReaders(url);
  if (!candidates.length) return { ok: false, error: { kind: 'no-reader', where: `${url.host}${url.pathname}` } };
  let html: string;
  try {
    // the size first: a page over the limit is never read into memory
    const { size } = statSync(file);
    if (size > cliLimits.pageFileBytes) return { ok: false, error: { kind: 'page-too-large', file, bytes: size, max: cliLimits.pageFileBytes } };
    html = readFileSync(file).toString('utf8');
  } catch (e) {
    return { ok: false, error: fileError(file, e) };
  }
  // the extension's cap on rows per read, and its word when a list holds more (facts.partial)
  const window: RowWindow = { start: 0, limit: MAX_ROWS_PER_READ };
  const found = withRowWindow(window, () => readPage(htmlToDocument(html, url.href), url));
  const shown = window.totalRows ?? 0;
  const facts: PageFacts = found?.facts ?? { version: 1 };
  return { ok: true, reader: found?.reader ?? null, tried: candidates.map((r) => r.id), facts: found && shown > MAX_ROWS_PER_READ ? { ...facts, partial: { rowsRead: MAX_ROWS_PER_READ, rowsShown: shown } } : facts };
}
