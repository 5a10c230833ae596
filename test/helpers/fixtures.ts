import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageFacts } from '../../src/facts/schema';

/**
 * Reader fixtures: every `test/fixtures/<page>/<name>.html` has a sibling `<name>.json`:
 * `{ "url": "https://…", "reader": "<reader id>" | null, "facts": <PageFacts> | null }`.
 */
export interface ReaderFixture {
  /** e.g. "ecs-instance-list/zh-basic" */
  name: string;
  htmlPath: string;
  html: string;
  url: string;
  reader: string | null;
  facts: PageFacts | null;
  /** Set when the sibling .json is missing or unreadable: the fixture test fails with it. */
  error?: string;
}

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (entry.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Every reader fixture under test/fixtures/ (optionally only those under `page`). */
export function loadReaderFixtures(page?: string): ReaderFixture[] {
  const root = page ? join(fixturesDir, page) : fixturesDir;
  let files: string[];
  try {
    files = htmlFiles(root);
  } catch {
    return [];
  }
  return files.map((htmlPath) => {
    const jsonPath = htmlPath.replace(/\.html$/, '.json');
    const name = relative(fixturesDir, htmlPath).replace(/\.html$/, '').split('\\').join('/');
    const html = readFileSync(htmlPath, 'utf8');
    try {
      const expected = JSON.parse(readFileSync(jsonPath, 'utf8')) as { url: string; reader: string | null; facts: PageFacts | null };
      return { name, htmlPath, html, url: expected.url, reader: expected.reader, facts: expected.facts };
    } catch (e) {
      return { name, htmlPath, html, url: 'https://invalid.example/', reader: null, facts: null, error: `${jsonPath}: ${(e as Error).message}` };
    }
  });
}
