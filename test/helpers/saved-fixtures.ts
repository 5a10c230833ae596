import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadSavedPage } from '../../src/cli/saved-page';
import { cliLimits } from '../../src/store/limits';

/**
 * Held-out pages as a browser saves them (round fifty-seven): besides a bare `<name>.html`, a "Webpage, Complete" save
 * (`<name>.html` beside its `<name>_files/` folder of sheets) and a "Webpage, Single File" save (`<name>.mhtml`), each
 * with `<name>.json`. The two saved forms are read as the command line reads them, through src/cli/saved-page (no second
 * decoder): the sheets they were saved with written into the page. A bare `.html` with no `_files` folder is read as
 * before, as UTF-8 text.
 */
export const SAVED_PAGE = /\.(html|mhtml)$/;

/** The page files under `dir` (`.html`, `.mhtml`), sorted; a `<name>_files/` folder is a saved page's, not searched. */
export function pageFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (!entry.endsWith('_files')) out.push(...pageFiles(path));
    } else if (SAVED_PAGE.test(entry)) out.push(path);
  }
  return out;
}

/** The HTML to read for a page file: a saved form with its sheets written in (as `read` does), else the file as text. */
export function pageHtml(path: string): string {
  return savedPage(path).html;
}

/** A page file as `read` takes it: its HTML and the window to read it in (a browser's save: src/cli/saved-page). */
export function savedPage(path: string): { html: string; viewport?: { width: number; height: number } } {
  const complete = path.endsWith('.html') && existsSync(path.replace(/\.html$/, '_files'));
  if (!complete && !path.endsWith('.mhtml')) return { html: readFileSync(path, 'utf8') };
  const got = loadSavedPage(path, { pageBytes: cliLimits.pageFileBytes, singleFileBytes: cliLimits.singleFilePageBytes, styleBytes: cliLimits.pageStyleBytes });
  if ('kind' in got) throw new Error(`${path}: ${got.kind} (${got.bytes} bytes, at most ${got.max})`);
  return got;
}
