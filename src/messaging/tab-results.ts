import { z } from 'zod/mini';
import type { NotRead } from './not-read';

/**
 * The background → tab message (the reply to page-facts, and pushed when the store changes), and the
 * result items it carries. Written with zod/mini: content scripts parse it, and they must stay small.
 */
const short = z.string().check(z.maxLength(2000));
/**
 * A source as a filer reads it, already in the UI language: publisher, document title, section, and a
 * link where one exists (from rules/sources.json; the engine's displaySources). Never a seed number.
 */
export const SourceSchema = z.object({
  publisher: z.optional(short),
  title: z.optional(short),
  section: short,
  url: z.optional(short),
});
export type SourceItem = z.infer<typeof SourceSchema>;
export const ResultItemSchema = z.object({
  rule: z.string().check(z.maxLength(100)),
  status: z.enum(['pass', 'fail', 'unknown']),
  severity: z.enum(['error', 'warning', 'info']),
  subject: short,
  subjectKind: z.enum(['entity', 'website', 'domain', 'server']),
  message: short,
  fix: z.optional(short),
  page: z.optional(z.string().check(z.maxLength(100))),
  title: short,
  sources: z.array(SourceSchema).check(z.maxLength(20)),
  /** The rule's message variant, if not the plain text (e.g. 'ip' for an IP address, 'expired'). */
  variant: z.optional(z.string().check(z.maxLength(40))),
  /**
   * Where in the page the finding belongs when not beside its subject: the texts that show the fact it
   * is about (a website's domains, for "too many domains": the message goes to the domain field).
   */
  near: z.optional(z.array(short).check(z.maxLength(50))),
});
export type ResultItem = z.infer<typeof ResultItemSchema>;

export const TabResultsMessageSchema = z.object({
  type: z.literal('results'),
  lang: z.enum(['zh', 'en']),
  /** Failing results about subjects this tab showed (the filing in progress on filing pages). */
  results: z.array(ResultItemSchema).check(z.maxLength(5000)),
  /** Filing pages: every failing error of the filing in progress (what the pre-submit check holds for). */
  blocking: z.optional(z.array(ResultItemSchema).check(z.maxLength(5000))),
});
export type TabResultsMessage = z.infer<typeof TabResultsMessageSchema>;

/** Asked by a content script whose page shows no facts (its type; the schema is in ./contract). */
export interface GetTabResultsShape {
  type: 'get-tab-results';
  url: string;
  /** The page was not read, and why (./not-read): kept as the tab's state until its next facts. */
  notRead?: NotRead;
}

/** Sent when the filer hides a warning in the page (its type; the schema is in ./contract). */
export interface DismissShape {
  type: 'dismiss';
  rule: string;
  subjectKind: ResultItem['subjectKind'];
  subject: string;
}

/** What a content script sends (its type only: content scripts do not carry the facts schema). */
export interface PageFactsMessageShape {
  type: 'page-facts';
  url: string;
  reader: string;
  facts: import('../facts/schema').PageFacts;
  seq?: number;
  /** The first piece of a big page's facts (./page-delta factsPiece). */
  more?: true;
}
