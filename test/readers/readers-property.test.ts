import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readers } from '../../src/readers';
import { loadReaderFixtures } from '../helpers/fixtures';
import { factTexts, shownText, squash } from './shown-text';

/**
 * Property over every fixture page and every reader (not only the fixture's own): no reader throws,
 * whatever page it is given, and every text fact a reader gives is shown on that page.
 */
const fixtures = loadReaderFixtures().filter((f) => !f.error);

describe('every reader on every fixture page', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const doc = htmlToDocument(f.html, f.url);
    const shown = shownText(doc);
    const url = new URL(f.url);
    for (const r of readers) {
      let facts;
      expect(() => (facts = r.read(doc, url))).not.toThrow();
      if (!facts) continue;
      for (const t of factTexts(facts)) expect(shown, `${r.id} on ${f.name}: "${t}"`).toContain(squash(t));
    }
  });
});
