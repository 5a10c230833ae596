import type { PageFacts } from '../facts/schema';
import { MAX_ROWS_PER_READ } from '../readers/dom/row-window';
import { createVisibilityCache, isVisible } from '../readers/dom/visibility';
import { createPageReading, type PageReading } from '../ui/page/page-reading';
import type { ReadPage } from '../ui/page/family-reader';
import { containsSubject, subjectHolder } from '../ui/page/locate-subject';
import { pathOf } from './node-path';
import { openCopy, type PageCopy } from './open-copy';
import type { SheetTexts } from './sheet-texts';
import type { PageSnapshot } from './snapshot-schema';

export type SnapshotRead =
  /** `copy`: the id of the copy kept for patches (./live-copies). `rows`: where the read found each server's or domain's row, or the element in it holding the subject's text (./node-path), for the page's markers. */
  | { kind: 'read'; result: { reader: string; facts: PageFacts } | null; rows?: Record<string, number[]>; copy?: string }
  /** The copy could not show what the page showed (a style sheet the page had did not load here): nothing read. */
  | { kind: 'unreadable'; why: string };

/**
 * Reads a page's snapshot in a copy of it (./open-copy) with the family's readers, as the content script
 * read the page itself: the same read path (../ui/page/page-reading: at most MAX_ROWS_PER_READ rows, and
 * `partial` when the page shows more), in one go — this is not the page's main thread.
 */
export async function readSnapshot(host: Document, snap: PageSnapshot, readPage: ReadPage, sheets?: SheetTexts): Promise<SnapshotRead> {
  const copy = await openCopy(host, snap, undefined, sheets);
  try {
    return await readCopy(copy, createPageReading(readPage, { idle: (fn) => fn() }), snap.url);
  } finally {
    copy.close();
  }
}

/** A copy read with `reading` (a new one, or a kept copy's: ./live-copies), in one go. */
export async function readCopy(copy: PageCopy, reading: PageReading, url: string): Promise<SnapshotRead> {
  // a style sheet that hid decoys in the page but is missing here would show them: read nothing rather than guess
  if (copy.missingSheets.length > 0) return { kind: 'unreadable', why: `style sheet not loaded: ${copy.missingSheets[0]!.slice(0, 200)}` };
  const result = await reading.read(copy.doc, new URL(url));
  if (!result) return { kind: 'read', result: null };
  return { kind: 'read', result: { reader: result.reader, facts: result.facts }, rows: rowPaths(copy.doc, result.facts, reading.rowOf) };
}

/**
 * A read with at most this many servers and domains (a detail page's one server, a domain's page) gives, for a subject no
 * grid row holds, the element whose text shows it (./textHolder).
 */
const FEW_SUBJECTS = 3;

/**
 * Each row's holders found so far, by subject: a kept copy's re-read (./live-copies) finds again only those of
 * the rows it changed (a holder still in its row and still showing the subject is kept).
 */
const holders = new WeakMap<Element, Map<string, Element>>();

function holderIn(row: Element, subject: string): Element | null {
  let known = holders.get(row);
  const was = known?.get(subject);
  if (was && row.contains(was) && containsSubject(was.textContent ?? '', subject)) return was;
  const found = subjectHolder(row, subject);
  if (found) {
    if (!known) holders.set(row, (known = new Map()));
    known.set(subject, found);
  }
  return found;
}

/**
 * Where a read's subjects (servers by id, domains by name) are, at most MAX_ROWS_PER_READ: the element in the
 * subject's row that holds its text (../ui/page/locate-subject subjectHolder), found here in the copy, off the
 * page's main thread; else the row. On a page of few subjects, a subject in no row gets the element showing its text.
 * The page's markers then know the read found it there: a detail page's panel unmounted and mounted anew (a tab
 * switched away and back) brings the subject back with the same findings, and its marker is looked for again only when
 * the read says the page shows it (../ui/page/page-view shownAgain) — without a path the marker stayed away until the
 * findings changed (round eighty-three).
 */
function rowPaths(doc: Document, facts: PageFacts, rowOf: (subject: string) => Element | undefined): Record<string, number[]> | undefined {
  const out: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  let n = 0;
  const subjects = [...(facts.servers ?? []).map((s) => s.id), ...(facts.domains ?? []).map((d) => d.domain)];
  const few = subjects.length <= FEW_SUBJECTS;
  for (const subject of subjects) {
    if (n >= MAX_ROWS_PER_READ) break;
    const row = rowOf(subject);
    const at = row ? (holderIn(row, subject) ?? row) : few ? textHolder(doc, subject) : undefined;
    const path = at && pathOf(at);
    if (path) {
      out[subject] = path;
      n++;
    }
  }
  return n > 0 ? out : undefined;
}

/** Text that is no content shown: a script's, a style's, a title's. */
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE', 'TEMPLATE', 'TEXTAREA']);

/** The element of the first text in `doc`'s body that shows `subject` (a whole token) and is shown (the readers' visibility), or undefined. */
function textHolder(doc: Document, subject: string): Element | undefined {
  const body = doc.body;
  if (!body || !(body.textContent ?? '').includes(subject)) return undefined;
  const cache = createVisibilityCache();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const parent = t.parentElement;
    // (as a whole token, as the page's markers look for it: not inside a longer id)
    if (!parent || NOT_SHOWN.has(parent.tagName.toUpperCase()) || !containsSubject((t as Text).data, subject)) continue;
    if (isVisible(parent, cache)) return parent;
  }
  return undefined;
}
