import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { PageFactsSchema, type PageFacts } from '../../src/facts/schema';
import { readPage } from '../../src/readers';

/**
 * Held-out console pages (test/fixtures-unseen/<provider>/<page>/<name>.html + .json, same format as
 * test/fixtures/): layouts written from the consoles' labels and component markup, not from the
 * readers. Fixtures listed in known-misses.json are read wrongly today: the test asserts they STILL
 * fail (remove an entry once its fixture passes), and that every other fixture passes.
 * UNSEEN_DUMP=1 prints what the readers return for each fixture.
 */

const root = fileURLToPath(new URL('../fixtures-unseen/', import.meta.url));

interface UnseenFixture {
  name: string;
  html: string;
  url: string;
  reader: string | null;
  facts: PageFacts | null;
  error?: string;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (entry.endsWith('.html')) out.push(path);
  }
  return out;
}

function loadFixtures(): UnseenFixture[] {
  return htmlFiles(root).map((htmlPath) => {
    const name = relative(root, htmlPath).replace(/\.html$/, '').split('\\').join('/');
    const html = readFileSync(htmlPath, 'utf8');
    try {
      const expected = JSON.parse(readFileSync(htmlPath.replace(/\.html$/, '.json'), 'utf8')) as {
        url: string;
        reader: string | null;
        facts: PageFacts | null;
      };
      return { name, html, url: expected.url, reader: expected.reader, facts: expected.facts };
    } catch (e) {
      return { name, html, url: 'https://invalid.example/', reader: null, facts: null, error: (e as Error).message };
    }
  });
}

function loadKnownMisses(): Record<string, string> {
  return JSON.parse(readFileSync(join(root, 'known-misses.json'), 'utf8')) as Record<string, string>;
}

/** What the reader registry returns for a fixture, with undefined fields dropped (as in a facts file). */
function run(f: UnseenFixture): { reader: string | null; facts: PageFacts | null; schemaOk: boolean } {
  const got = readPage(htmlToDocument(f.html, f.url), new URL(f.url));
  const facts = got ? (JSON.parse(JSON.stringify(got.facts)) as PageFacts) : null;
  return { reader: got?.reader ?? null, facts, schemaOk: got ? PageFactsSchema.safeParse(got.facts).success : true };
}

const fixtures = loadFixtures();
const misses = loadKnownMisses();

describe('held-out console pages (test/fixtures-unseen/)', () => {
  it('has fixtures, each with a valid expected .json', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    expect(fixtures.filter((f) => f.error).map((f) => `${f.name}: ${f.error}`)).toEqual([]);
    for (const f of fixtures) if (f.facts) expect(PageFactsSchema.safeParse(f.facts).success, f.name).toBe(true);
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
