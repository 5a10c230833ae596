import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { PageFactsSchema, type PageFacts } from '../../src/facts/schema';
import { findReaders, readPage } from '../../src/readers';
import { pageFiles, SAVED_PAGE, savedPage } from '../helpers/saved-fixtures';
import { closingWindows } from '../helpers/windows';

/**
 * Held-out console pages (test/fixtures-unseen/<provider>/<page>/<name>.html + .json, same format as
 * test/fixtures/): layouts written from the consoles' labels and component markup, not from the
 * readers. A page may also be a browser's save of one (round fifty-seven): `<name>.html` beside its `<name>_files/`
 * folder ("Webpage, Complete") or `<name>.mhtml` ("Webpage, Single File"), read with the sheets it was saved with as the
 * command line reads it (../helpers/saved-fixtures). Fixtures listed in known-misses.json are read wrongly today: the test asserts they STILL
 * fail (remove an entry once its fixture passes), and that every other fixture passes.
 * UNSEEN_DUMP=1 prints what the readers return for each fixture.
 *
 * Providers: aliyun/ (issue 8) and tencent/ (issue 10). A fixture's provider is its first folder; its
 * expected reader id starts with that provider and every server it expects carries that provider.
 */

const root = fileURLToPath(new URL('../fixtures-unseen/', import.meta.url));

interface UnseenFixture {
  name: string;
  html: string;
  /** The window a browser's save is read in (src/cli/saved-page SAVED_VIEWPORT); else happy-dom's. */
  viewport?: { width: number; height: number };
  url: string;
  reader: string | null;
  facts: PageFacts | null;
  error?: string;
}

function loadFixtures(): UnseenFixture[] {
  // (a page saved complete or as a single file is read with its saved sheets: ../helpers/saved-fixtures)
  return pageFiles(root).map((htmlPath) => {
    const name = relative(root, htmlPath).replace(SAVED_PAGE, '').split('\\').join('/');
    try {
      const { html, viewport } = savedPage(htmlPath);
      const expected = JSON.parse(readFileSync(htmlPath.replace(SAVED_PAGE, '.json'), 'utf8')) as {
        url: string;
        reader: string | null;
        facts: PageFacts | null;
      };
      return { name, html, viewport, url: expected.url, reader: expected.reader, facts: expected.facts };
    } catch (e) {
      return { name, html: '', url: 'https://invalid.example/', reader: null, facts: null, error: (e as Error).message };
    }
  });
}

function loadKnownMisses(): Record<string, string> {
  return JSON.parse(readFileSync(join(root, 'known-misses.json'), 'utf8')) as Record<string, string>;
}

// each page is a happy-dom window: closed after its test (../helpers/windows)
const keep = closingWindows();

/** What the reader registry returns for a fixture, with undefined fields dropped (as in a facts file). */
function run(f: UnseenFixture): { reader: string | null; facts: PageFacts | null; schemaOk: boolean } {
  const got = readPage(keep(htmlToDocument(f.html, f.url, f.viewport)), new URL(f.url));
  const facts = got ? (JSON.parse(JSON.stringify(got.facts)) as PageFacts) : null;
  return { reader: got?.reader ?? null, facts, schemaOk: got ? PageFactsSchema.safeParse(got.facts).success : true };
}

const fixtures = loadFixtures();
const misses = loadKnownMisses();
const providers = ['aliyun', 'tencent'] as const;

/** The provider folder a fixture sits in (aliyun/…, tencent/…). */
function providerOf(f: UnseenFixture): string {
  return f.name.split('/')[0] ?? '';
}

/** A page that some reader claims by URL: its expected facts must fit today's facts schema. */
function hasReaderForUrl(f: UnseenFixture): boolean {
  try {
    return findReaders(new URL(f.url)).length > 0;
  } catch {
    return false;
  }
}

describe('held-out console pages (test/fixtures-unseen/)', () => {
  it('has fixtures, each with a valid expected .json', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    expect(fixtures.filter((f) => f.error).map((f) => `${f.name}: ${f.error}`)).toEqual([]);
    // (a page's .html and .mhtml would share one name and one .json: the single file is named apart)
    expect(new Set(fixtures.map((f) => f.name)).size).toBe(fixtures.length);
    // A provider whose readers have not landed may use facts fields the schema does not know yet
    // (products cvm / lighthouse): its expected facts are checked once a reader claims its URL.
    for (const f of fixtures) if (f.facts && hasReaderForUrl(f)) expect(PageFactsSchema.safeParse(f.facts).success, f.name).toBe(true);
  });

  it.each(providers.map((p) => [p] as const))('has %s fixtures, filed under the provider they expect', (provider) => {
    const mine = fixtures.filter((f) => providerOf(f) === provider);
    expect(mine.length).toBeGreaterThan(0);
    for (const f of mine) {
      expect(f.name, 'fixture path: <provider>/<page>/<zh|en>-<name>').toMatch(new RegExp(`^${provider}/[a-z0-9-]+/(zh|en)-[a-z0-9-]+$`));
      if (f.reader !== null) expect(f.reader.startsWith(`${provider}-`), `${f.name}: reader ${f.reader}`).toBe(true);
      for (const server of f.facts?.servers ?? []) expect(server.provider, `${f.name}: ${server.id}`).toBe(provider);
    }
    expect(fixtures.filter((f) => !(providers as readonly string[]).includes(providerOf(f))).map((f) => f.name)).toEqual([]);
  });

  it('known-misses.json names only existing fixtures, each with a reason', () => {
    const names = new Set(fixtures.map((f) => f.name));
    for (const [name, reason] of Object.entries(misses)) {
      expect(names.has(name), `known-misses.json: no fixture ${name}`).toBe(true);
      expect(reason.trim().length, `known-misses.json: ${name} has no reason`).toBeGreaterThan(0);
    }
  });

  it.each(fixtures.filter((f) => !f.error).map((f) => [f.name, f] as const))('%s', (name, f) => {
    const got = run(f);
    if (process.env.UNSEEN_DUMP) console.log(`${name}\n  reader: ${got.reader}\n  facts: ${JSON.stringify(got.facts)}`);
    if (name in misses) {
      const passes = got.reader === f.reader && isDeepStrictEqual(got.facts, f.facts) && got.schemaOk;
      expect(passes, `${name} now reads as expected: remove it from test/fixtures-unseen/known-misses.json`).toBe(false);
      return;
    }
    expect(got.reader).toBe(f.reader);
    expect(got.facts).toEqual(f.facts);
    expect(got.schemaOk).toBe(true);
  });
});
