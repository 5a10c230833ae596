import type { PageFacts } from '../../src/facts/schema';
import { normalizeText } from '../../src/readers/dom/normalize-label';
import { shownCopy } from '../../src/readers/dom/shadow-copy';
import { createVisibilityCache } from '../../src/readers/dom/visibility';
import { visibleText } from '../../src/readers/dom/visible-text';

/** Text compared without spaces and case: "i-bp1 abc" in a cell is the fact "i-bp1abc". */
export const squash = (s: string) => normalizeText(s).replace(/\s+/g, '').toLowerCase();

/** Everything the page shows to the user (body text and control values), squashed. */
export function shownText(page: Document): string {
  // a page mounted in open shadow roots: what it shows, in one light DOM (the readers' own copy)
  const doc = shownCopy(page) ?? page;
  const cache = createVisibilityCache();
  const values = Array.from(doc.querySelectorAll('input, textarea'))
    .map((c) => (c as HTMLInputElement).value ?? '')
    .join(' ');
  return squash(`${visibleText(doc.body, cache)} ${values}`);
}

/**
 * The facts that are copied text (ids, names, domains, registrars): each must be shown on the page.
 * Masked ID numbers keep only their visible digits; derived facts (dates, enums, numbers) are not text.
 */
export function factTexts(facts: PageFacts): string[] {
  const out: string[] = [];
  const add = (s: string | undefined) => {
    if (s) out.push(s);
  };
  add(facts.entity?.name);
  for (const w of facts.websites ?? []) {
    add(w.name);
    add(w.serverId);
    add(w.serviceNumber);
    for (const d of w.domains) add(d);
  }
  for (const d of facts.domains ?? []) {
    add(d.domain);
    add(d.registrantName);
    add(d.icpNumber);
  }
  for (const s of facts.servers ?? []) add(s.id);
  return out;
}
