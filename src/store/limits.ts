import type { Facts } from '../facts/schema';

/**
 * Every size limit of the extension, in one place (README "Limits"). Tests assert these values and
 * run the same code with smaller ones.
 */

/** Stored facts: subjects kept per kind (least recently seen go first), sightings kept per subject. */
export const storeLimits = { websites: 200, domains: 2000, servers: 2000, sightingsPerSubject: 8 } as const;
export type StoreLimits = { websites: number; domains: number; servers: number; sightingsPerSubject: number };

/**
 * Bytes (UTF-8 JSON) the stored facts may take: well inside chrome.storage.local's 5 MB quota of
 * Chrome 102–113 (10 MB from 114), and one subject's sightings at most `perSubjectBytes` (its newest
 * sighting is always kept). Over the budget, the oldest sightings are evicted first.
 */
export const storageBudget = { totalBytes: 4_000_000, perSubjectBytes: 64_000 } as const;
export type StorageBudget = { totalBytes: number; perSubjectBytes: number };

/**
 * Imported facts files: the file size is checked before it is parsed; then websites, domains per
 * website and domains in all websites, domains and servers are counted against these caps.
 */
export const importLimits = {
  fileBytes: 4 * 1024 * 1024,
  websites: storeLimits.websites,
  domainsPerWebsite: 100,
  websiteDomainsTotal: 2000,
  domains: storeLimits.domains,
  servers: storeLimits.servers,
} as const;
export type ImportLimits = { [K in keyof typeof importLimits]: number };

/** Results one reply carries: the popup's checklist, and one tab's warnings (the tab message allows 5,000). */
export const replyLimits = { checklistResults: 2000, tabResults: 2000 } as const;
export type ReplyLimits = { checklistResults: number; tabResults: number };

/** The first import cap a facts file goes over: which count, how many, the cap (`website`: its index). */
export interface ImportOverLimit {
  what: 'websites' | 'website-domains' | 'domains-in-websites' | 'domains' | 'servers';
  count: number;
  max: number;
  website?: number;
}

/** Counts over the import caps: the first cap reached; undefined when within. */
export function importOverLimitOf(facts: Facts, limits: ImportLimits = importLimits): ImportOverLimit | undefined {
  const websites = facts.websites ?? [];
  if (websites.length > limits.websites) return { what: 'websites', count: websites.length, max: limits.websites };
  let total = 0;
  for (const [i, w] of websites.entries()) {
    if (w.domains.length > limits.domainsPerWebsite) return { what: 'website-domains', count: w.domains.length, max: limits.domainsPerWebsite, website: i };
    total += w.domains.length;
  }
  if (total > limits.websiteDomainsTotal) return { what: 'domains-in-websites', count: total, max: limits.websiteDomainsTotal };
  if ((facts.domains?.length ?? 0) > limits.domains) return { what: 'domains', count: facts.domains!.length, max: limits.domains };
  if ((facts.servers?.length ?? 0) > limits.servers) return { what: 'servers', count: facts.servers!.length, max: limits.servers };
  return undefined;
}

/** Counts over the import caps, as one line naming the first cap reached; undefined when within. */
export function importOverLimit(facts: Facts, limits: ImportLimits = importLimits): string | undefined {
  const over = importOverLimitOf(facts, limits);
  if (!over) return undefined;
  const { count, max } = over;
  switch (over.what) {
    case 'websites':
      return `websites: ${count}, at most ${max}`;
    case 'website-domains':
      return `websites[${over.website}].domains: ${count}, at most ${max} per website`;
    case 'domains-in-websites':
      return `websites: ${count} domains in all, at most ${max}`;
    case 'domains':
      return `domains: ${count}, at most ${max}`;
    case 'servers':
      return `servers: ${count}, at most ${max}`;
  }
}

/**
 * The command line's inputs: a facts file as large as an import (and the same counts), a saved page
 * up to `pageFileBytes` (a single-file page up to `singleFilePageBytes`, its HTML up to `pageFileBytes`; the sheets saved
 * with a page up to `pageStyleBytes` in all), a domain or option value up to `argChars`. Over a limit: one line, exit 2.
 */
export const cliLimits = {
  factsFileBytes: importLimits.fileBytes,
  pageFileBytes: 4 * 1024 * 1024,
  argChars: 2000,
  /** A page saved as one file (MHTML: its images, fonts and sheets inside); its HTML part still at most pageFileBytes. */
  singleFilePageBytes: 64 * 1024 * 1024,
  /** The style sheets a saved page was saved with, written into it (../cli/saved-page): past this, left out and said. */
  pageStyleBytes: 8 * 1024 * 1024,
} as const;
