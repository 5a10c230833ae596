import { maskFactsIds } from '../facts/mask-id';
import type { PageFacts } from '../facts/schema';
import { addressText } from './dom/address';
import { pageKindOf } from './dom/reading-model';
import { readSession, withoutReadSession } from './dom/read-session';
import { hasSlottedContent, shownCopy } from './dom/shadow-copy';
import { createVisibilityCache } from './dom/visibility';
import type { Reader } from './types';
import { withoutCutNames } from './cut-names';

export interface ReadResult {
  reader: string;
  facts: PageFacts;
}

function records(facts: PageFacts): number {
  return (facts.servers?.length ?? 0) + (facts.domains?.length ?? 0) + (facts.websites?.length ?? 0);
}

function tryRead(r: Reader, doc: Document, url: URL): PageFacts | null {
  try {
    const facts = r.matchesUrl(url) ? r.read(doc, url) : null;
    // an ID number a reader met outside its own field (a name cell that took its neighbour's text) leaves masked too;
    // a name still cut short (no whole on the page) leaves not at all
    return facts && withoutCutNames(maskFactsIds(facts));
  } catch {
    return null;
  }
}

/**
 * readWith for a list whose readers never answer the same page together, such as the filing
 * console's: its form-step readers stand aside where its service-number list is (beian-step.ts), and
 * the list reader answers only there. The first answer wins; no page-kind arbitration is needed (and a
 * content script using this does not bundle the reading model's pageKindOf). test/readers/read-first.test.ts
 * checks that readFirst and readWith agree on every page of such a list's fixtures. Never throws.
 */
export function readFirst(list: readonly Reader[], doc: Document, url: URL): ReadResult | null {
  return orInShadow(readFirstIn, list, doc, url);
}

function readFirstIn(list: readonly Reader[], doc: Document, url: URL): ReadResult | null {
  for (const r of list) {
    const facts = tryRead(r, doc, url);
    if (facts) return { reader: r.id, facts };
  }
  return null;
}

/**
 * Runs `list`'s readers for `url` over `doc`: the first reader whose URL matches and whose read returns
 * facts wins — except that a list reader answering with ONE record is a guess (a detail page's
 * one-row property table, a form's summary) when another reader answers too: then the page kind by
 * structure decides (reading model pageKind). Never throws.
 */
export function readWith(list: readonly Reader[], doc: Document, url: URL): ReadResult | null {
  return orInShadow(readWithIn, list, doc, url);
}

function readWithIn(list: readonly Reader[], doc: Document, url: URL): ReadResult | null {
  let first: { r: Reader; facts: PageFacts } | undefined;
  for (const r of list) {
    const facts = tryRead(r, doc, url);
    if (!facts) continue;
    if (!first) {
      first = { r, facts };
      if (r.kind !== 'list' || records(facts) > 1) break;
      continue;
    }
    if (r.kind === 'list') continue;
    // (the address names this reader's record and not the list's one: the list's row is another record's — a detail
    // page's one-row table of 同一安全组的其他实例 — and the page is this record's detail, whatever its structure says)
    if (namesRecord(url, facts) && !namesRecord(url, first.facts)) return { reader: r.id, facts };
    const body = doc.body ?? doc.documentElement;
    if (body && pageKindOf(body, createVisibilityCache()) !== 'list') return { reader: r.id, facts };
    break;
  }
  return first ? { reader: first.r.id, facts: first.facts } : null;
}

/** True when the address (its path, query and fragment, not its host) names a server or domain of `facts`. */
function namesRecord(url: URL, facts: PageFacts): boolean {
  const where = addressText(url);
  if (!where) return false;
  const ids = [...(facts.servers ?? []).map((s) => s.id), ...(facts.domains ?? []).map((d) => d.domain)];
  return ids.some((id) => id.length >= 4 && where.includes(id.toLowerCase()));
}

type ReadAll = (list: readonly Reader[], doc: Document, url: URL) => ReadResult | null;

/**
 * A page read as nothing whose content is in open shadow roots (a micro-frontend): read again on a
 * copy of what it shows (./dom/shadow-copy) — outside the read session: the copy is new each time,
 * so nothing of it could be kept, and nothing kept of the page is used for it. A page whose shadow
 * hosts have content of their own (web components whose labels are in the root and whose values are
 * slotted from the page) is read on the copy first: its light DOM alone shows the values without their
 * labels; the light DOM's read stands only when the copy's gives nothing.
 */
function orInShadow(read: ReadAll, list: readonly Reader[], doc: Document, url: URL): ReadResult | null {
  const hosts = readSession()?.shadowHosts;
  if (hasSlottedContent(doc, hosts)) {
    const copy = shownCopy(doc, hosts);
    const viaCopy = copy ? withoutReadSession(() => read(list, copy, url)) : null;
    return viaCopy ?? read(list, doc, url);
  }
  const got = read(list, doc, url);
  const copy = got ? undefined : shownCopy(doc, hosts);
  return copy ? withoutReadSession(() => read(list, copy, url)) : got;
}
