import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { findReaders } from '../../src/readers';
import { readFirst, readWith } from '../../src/readers/read-with';
import { beianReaders } from '../../src/ui/page/readers/beian';
import { domainReaders } from '../../src/ui/page/readers/domain';
import { answering, readOnce, type Reads } from '../helpers/read-once';
import { loadReaderFixtures } from '../helpers/fixtures';
import { closingWindows } from '../helpers/windows';
import { factTexts, shownText, squash } from './shown-text';
import { mutateDocument, mutations } from './markup-mutations';

/**
 * The markup mutation suite (issue 8): every fixture under test/fixtures/ rewritten by every
 * mutation of ./markup-mutations.ts must give the fixture's facts. Pairs a mutation leaves unchanged
 * (no labels of that kind on the page) are not counted. KNOWN_BREAKS lists the pairs that do not hold
 * yet; the suite checks they still fail, so the list cannot go stale. On the filing and domain consoles'
 * pages it also checks what read-first.test.ts checks on the unmutated pages: their content scripts read
 * with readFirst, so at most one of their readers may answer and the first answer must be readWith's.
 */
const KNOWN_BREAKS = new Set<string>([]);

const fixtures = loadReaderFixtures().filter((f) => !f.error);
const pairs = fixtures.flatMap((f) => Object.keys(mutations).map((m) => [`${f.name} × ${m}`, f, m] as const));
const tally = { applicable: 0, held: 0, broken: [] as string[] };
// each fixture × mutation is a happy-dom window: closed after its test (../helpers/windows)
const keep = closingWindows();
// each reader reads each mutated document once, for readPage's answer and the content scripts' readFirst
const reads: Reads = new WeakMap();
const scriptReaders = [beianReaders, domainReaders].map((rs) => readOnce(rs, reads));

describe('markup mutation suite: fixture × mutation gives the same facts', () => {
  it.each(pairs)('%s', (id, f, m) => {
    const doc = keep(mutateDocument(f.html, f.url, m, f.reader));
    if (doc === null) return;
    tally.applicable++;
    const url = new URL(f.url);
    // readPage, its reads shared with the content scripts' check below
    const got = readWith(readOnce(findReaders(url), reads), doc, url);
    for (const once of scriptReaders.filter((rs) => rs.some((r) => r.matchesUrl(url)))) {
      expect(answering(once, doc, url).length, `${id}: readers answering`).toBeLessThanOrEqual(1);
      expect(readFirst(once, doc, url), `${id}: readFirst`).toEqual(readWith(once, doc, url));
    }
    const same = (got?.reader ?? null) === f.reader && isDeepStrictEqual(got?.facts ?? null, f.facts);
    if (same) tally.held++;
    else tally.broken.push(id);
    // Property: every fact's text is text the page shows (nothing invented, nothing hidden).
    // (the page's shown text made once: it walks the whole page, and a list has several facts a row)
    const texts = got ? factTexts(got.facts) : [];
    const shown = texts.length > 0 ? shownText(doc) : '';
    for (const t of texts) expect(shown, `${id}: "${t}" is not shown`).toContain(squash(t));
    if (KNOWN_BREAKS.has(id)) {
      expect(same, `${id} holds now: remove it from KNOWN_BREAKS`).toBe(false);
      return;
    }
    expect(got?.reader ?? null).toBe(f.reader);
    expect(got?.facts ?? null).toEqual(f.facts);
  });
});

afterAll(() => {
  const line = `mutation suite: ${tally.held}/${tally.applicable} fixture × mutation pairs hold`;
  console.log(line);
  if (process.env.MUTATION_REPORT) writeFileSync(process.env.MUTATION_REPORT, `${line}\n${tally.broken.join('\n')}\n`);
});
