import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { PageFactsSchema } from '../../src/facts/schema';
import { readPage } from '../../src/readers';
import { loadReaderFixtures } from '../helpers/fixtures';

const fixtures = loadReaderFixtures();

describe('reader fixtures (test/fixtures/<page>/<name>.html + .json)', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    if (f.error) throw new Error(`fixture without a valid expected .json: ${f.error}`);
    const doc = htmlToDocument(f.html, f.url);
    const got = readPage(doc, new URL(f.url));
    expect(got?.reader ?? null).toBe(f.reader);
    expect(got?.facts ?? null).toEqual(f.facts);
    if (got) expect(PageFactsSchema.safeParse(got.facts).success).toBe(true);
  });
});
