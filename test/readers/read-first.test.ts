import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import type { PageFacts } from '../../src/facts/schema';
import { readFirst, readWith } from '../../src/readers/read-with';
import type { Reader } from '../../src/readers/types';
import { beianReaders } from '../../src/ui/page/readers/beian';
import { domainReaders } from '../../src/ui/page/readers/domain';
import { loadReaderFixtures } from '../helpers/fixtures';
import { answering as answeringReaders, readOnce } from '../helpers/read-once';
import { closingWindows } from '../helpers/windows';
import { mutateDocument, mutations } from './markup-mutations';

/**
 * The filing console's and the domain console's content scripts read with readFirst
 * (entrypoints/beian.content.ts, entrypoints/domain.content.ts): their readers never answer one page
 * together (the filing form-step readers stand aside where the service-number list is; the domain
 * list, the holder's details and the hosting list are pages of their own), so the first answer is
 * readWith's answer, without the page-kind arbitration. Checked on every page of those consoles in
 * the fixtures and the held-out pages, and on the held-out pages' markup mutations; the fixtures' mutations
 * are checked by the mutation suite (mutations.test.ts), which reads them anyway.
 */
const unseenRoot = fileURLToPath(new URL('../fixtures-unseen/', import.meta.url));
function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((e) => (statSync(join(dir, e)).isDirectory() ? htmlFiles(join(dir, e)) : e.endsWith('.html') ? [join(dir, e)] : []));
}
const unseen = htmlFiles(unseenRoot).map((p) => {
  const { url } = JSON.parse(readFileSync(p.replace(/\.html$/, '.json'), 'utf8')) as { url: string };
  return { name: p.slice(unseenRoot.length), html: readFileSync(p, 'utf8'), url, reader: null as string | null };
});
const all = [...loadReaderFixtures().map((f) => ({ ...f, heldOut: false })), ...unseen.map((u) => ({ ...u, heldOut: true }))];

// Every page and mutation is a happy-dom window of its own: closed after each test, or the worker's heap
// fills up (over 4 GB with ~260 held-out pages and their mutations): ../helpers/windows.
const kept = closingWindows();
/** Each held-out page is read under one mutation in SHARE (see below). */
const SHARE = 9;

describe.each([
  ['filing console', beianReaders],
  ['domain console', domainReaders],
] as const)('readFirst over the %s’s readers', (_console, readers) => {
  const pages = all.filter((f) => readers.some((r) => r.matchesUrl(new URL(f.url))));
  // The readers are pure: each reads a document once here, and answering, readFirst and readWith share
  // that read (three reads of every page and mutation were a third of the suite's happy-dom time).
  const once = readOnce(readers, new WeakMap());
  const answering = (doc: Document, url: URL): string[] => answeringReaders(once, doc, url);

  /** The readers that answered an unmutated page (the tests run in order: the next fills it, the one after checks it). */
  const answered = new Set<string>();
  it.each(pages.map((p) => [p.name, p] as const))('%s: one reader at most answers; readFirst = readWith', (_name, p) => {
    const url = new URL(p.url);
    const doc = kept(htmlToDocument(p.html, p.url));
    const ids = answering(doc, url);
    for (const id of ids) answered.add(id);
    expect(ids.length).toBeLessThanOrEqual(1);
    expect(readFirst(once, doc, url)).toEqual(readWith(once, doc, url));
  });

  it('has pages of every reader', () => {
    expect(answered.size, 'the pages above were read').toBeGreaterThan(0);
    for (const r of readers) expect(answered, r.id).toContain(r.id);
  });

  // One test per held-out page (not one for all): each stays far inside the timeout on a loaded machine. The
  // fixtures' markup mutations are checked where the mutation suite reads them (mutations.test.ts: the same
  // documents, read once). A held-out page on a ninth of the mutations, in turn (page k on mutations k, k+9, …):
  // the held-out pages times every mutation had become the suite's second-longest file (213 s of a 622 s run), a
  // third of them again (184 s of an 823 s run, session 57: 218 filing and domain pages by then), a sixth (session 58),
  // and a ninth since session 59 (162 s of an 833 s run on a slower machine): each mutation still meets about 14 filing
  // and 11 domain pages.
  it.each(pages.filter((p) => p.heldOut).map((p, k) => [p.name, p, k] as const))('%s: the same on the markup mutations', (_name, p, k) => {
    let checked = 0;
    const names = Object.keys(mutations);
    // (a page none of whose third applies to takes the others, until one does)
    const order = [...names.filter((_, i) => (i + k) % SHARE === 0), ...names.filter((_, i) => (i + k) % SHARE !== 0)];
    const share = names.filter((_, i) => (i + k) % SHARE === 0).length;
    for (const [j, m] of order.entries()) {
      if (j >= share && checked > 0) break;
      const doc = kept(mutateDocument(p.html, p.url, m, p.reader));
      if (!doc) continue;
      const url = new URL(p.url);
      expect(answering(doc, url).length, `${p.name} × ${m}`).toBeLessThanOrEqual(1);
      expect(readFirst(once, doc, url), `${p.name} × ${m}`).toEqual(readWith(once, doc, url));
      checked++;
    }
    expect(checked, 'mutations that apply to this page').toBeGreaterThan(0);
  });
});

describe('readFirst', () => {
  it('differs from readWith where a one-record list and a detail reader both answer (so it is for lists that never do)', () => {
    const one: PageFacts = { version: 1, servers: [{ id: 'i-1', provider: 'aliyun', product: 'ecs' }] };
    const list: Reader = { id: 'l', family: 'ecs', kind: 'list', matchesUrl: () => true, read: () => one };
    const detail: Reader = { id: 'd', family: 'ecs', kind: 'detail', matchesUrl: () => true, read: () => one };
    const doc = htmlToDocument('<dl><dt>实例ID</dt><dd>i-1</dd></dl>', 'https://ecs.console.aliyun.com/');
    const url = new URL('https://ecs.console.aliyun.com/');
    expect(readWith([list, detail], doc, url)?.reader).toBe('d');
    expect(readFirst([list, detail], doc, url)?.reader).toBe('l');
  });
});
