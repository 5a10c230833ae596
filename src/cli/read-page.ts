import { readFileSync, statSync } from 'node:fs';
import type { PageFacts } from '../facts/schema';
import { findReaders, readPage } from '../readers/index';
import { cliLimits } from '../store/limits';
import { htmlToDocument } from './html-document';

export type ReadOutcome =
  | { ok: true; reader: string | null; tried: string[]; facts: PageFacts }
  | { ok: false; error: string };


/** Runs the reader that matches `url` over a saved page file. */
export function readSavedPage(urlText: string, file: string): ReadOutcome {
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    return { ok: false, error: `"${urlText.slice(0, 100)}" is not a URL (expected e.g. https://ecs.console.aliyun.com/server)` };
  }
  const candidates = findReaders(url);
  if (!candidates.length) return { ok: false, error: `no reader matches ${url.host}${url.pathname} (pages read: see README "Pages read")` };
  let html: string;
  try {
    // the size first: a page over the limit is never read into memory
    const { size } = statSync(file);
    if (size > cliLimits.pageFileBytes) return { ok: false, error: `${file} is ${Math.round((size / 1024 / 1024) * 10) / 10} MB; a saved page may be at most ${cliLimits.pageFileBytes / 1024 / 1024} MB` };
    html = readFileSync(file).toString('utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (e as Error).message}` };
  }
  const found = readPage(htmlToDocument(html, url.href), url);
  return { ok: true, reader: found?.reader ?? null, tried: candidates.map((r) => r.id), facts: found?.facts ?? { version: 1 } };
}
