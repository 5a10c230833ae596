import { z } from 'zod';
import { DomainSchema, PageFactsSchema, PartialEntitySchema, ServerSchema, WebsiteSchema } from '../facts/schema';
import { NotReadSchema, ReadInPartSchema } from './not-read-schema';

/**
 * The one message contract between content scripts, background, popup and options. Every message is
 * parsed with these schemas where it arrives (page text is untrusted). Transport (runtime.sendMessage,
 * tabs.sendMessage) stays in the entry points; this module is pure.
 */

const short = z.string().max(2000);
const LangSchema = z.enum(['zh', 'en']);

import { ResultItemSchema, SourceSchema, TabResultsMessageSchema, type ResultItem, type SourceItem, type TabResultsMessage } from './tab-results';
export { ResultItemSchema, TabResultsMessageSchema, type ResultItem, type SourceItem, type TabResultsMessage };

export const RuleInfoSchema = z.object({
  id: z.string().max(100),
  severity: z.enum(['error', 'warning', 'info']),
  subjectKind: z.enum(['entity', 'website', 'domain', 'server']),
  title: short,
  sources: z.array(SourceSchema).max(20),
});
export type RuleInfo = z.infer<typeof RuleInfoSchema>;

export const PageLinkSchema = z.object({ label: short, url: short });
export type PageLink = z.infer<typeof PageLinkSchema>;

/**
 * A page's facts, validated subject by subject: a subject that breaks the schema (a 600-character
 * name, a wrong type) is dropped alone, and the page's other subjects still count. Lists longer
 * than the schema allows are cut to that length. Prototype keys are never copied (zod objects keep
 * only the fields they know).
 */
const keepValid = (schema: z.ZodType, max: number, lists: Record<string, number> = {}) => (list: unknown) =>
  Array.isArray(list)
    ? list.slice(0, max).flatMap((x) => {
        const parsed = schema.safeParse(cutLists(x, lists));
        return parsed.success ? [parsed.data] : [];
      })
    : list;
/**
 * A list whose subjects keepValid parsed already (its output: what the schema's own parse would give): counted, not
 * parsed a second time — that was half the background's zod work on a 500-row list's facts (session 57, st57).
 */
const parsedList = <T extends z.ZodType>(_schema: T, max: number) => z.array(z.custom<z.output<T>>()).max(max).optional();
/**
 * A subject's own lists cut to the schema's length where a cut list says nothing wrong: a server showing
 * 150 filing authorization codes keeps 100, not nothing (the rules count a product's codes, not these).
 * Not a domain's statuses or a website's domains: a cut one could hide a hold or pass a count — such a
 * subject is left out, as before.
 */
function cutLists(x: unknown, lists: Record<string, number>): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return x;
  const r = x as Record<string, unknown>;
  let out = r;
  for (const [k, max] of Object.entries(lists)) {
    const v = Object.hasOwn(r, k) ? r[k] : undefined;
    if (Array.isArray(v) && v.length > max) out = { ...out, [k]: v.slice(0, max) };
  }
  return out;
}
const keepWebsites = keepValid(WebsiteSchema, 10000);
const keepDomains = keepValid(DomainSchema, 100000);
const keepServers = keepValid(ServerSchema, 100000, { authorizationCodes: 100 });
export const LenientPageFactsSchema = z.preprocess((raw) => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const r = raw as Record<string, unknown>;
  const out: Record<string, unknown> = { version: r.version };
  if (r.entity !== undefined && PartialEntitySchema.safeParse(r.entity).success) out.entity = r.entity;
  if (r.websites !== undefined) out.websites = keepWebsites(r.websites);
  if (r.domains !== undefined) out.domains = keepDomains(r.domains);
  if (r.servers !== undefined) out.servers = keepServers(r.servers);
  // that the page was read in part: the tab's state the popup tells (it was dropped here until session 54, and the
  // rows left out of the read went unsaid); not a fact, never stored with them
  if (r.partial !== undefined && ReadInPartSchema.safeParse(r.partial).success) out.partial = r.partial;
  return out;
}, PageFactsSchema.extend({ websites: parsedList(WebsiteSchema, 10000), domains: parsedList(DomainSchema, 100000), servers: parsedList(ServerSchema, 100000) }));

// content → background
export const PageFactsMessageSchema = z.object({
  type: z.literal('page-facts'),
  /** The page as the content script saw it; the background takes the page from the browser's sender. */
  url: z.string().max(4000),
  reader: z.string().min(1).max(100),
  facts: LenientPageFactsSchema,
  /** The message's number among this page's messages (a later delta names it as its base: ./page-delta). */
  seq: z.number().int().min(0).optional(),
  /** The first piece of a big page's facts: more follow as deltas (./page-delta factsPiece); answered `more`. */
  more: z.literal(true).optional(),
});
export type PageFactsMessage = z.infer<typeof PageFactsMessageSchema>;

/**
 * content → background: what changed since message `base` (./page-delta). List items are checked
 * when the full facts are rebuilt (each subject alone, as in a full message).
 */
const ListDeltaSchema = z.object({
  put: z.array(z.unknown()).max(100000),
  keys: z.array(z.string().max(2000)).max(100000).nullable().optional(),
});
export const PageFactsDeltaSchema = z.object({
  type: z.literal('page-facts-delta'),
  url: z.string().max(4000),
  reader: z.string().min(1).max(100),
  seq: z.number().int().min(0),
  base: z.number().int().min(0),
  facts: LenientPageFactsSchema,
  lists: z.object({ servers: ListDeltaSchema.optional(), domains: ListDeltaSchema.optional() }),
  /** A piece of a big page's facts, and more follow (./page-delta factsPiece); answered `more`. */
  more: z.literal(true).optional(),
});
export type PageFactsDelta = z.infer<typeof PageFactsDeltaSchema>;

// content → background: the results for this tab when the page shows no facts of its own (the
// filing form's last step still needs the pre-submit check)
// (`notRead`: the page was not read, and why — ./not-read; the tab's state, not a fact, until the tab's next facts)
export const GetTabResultsSchema = z.object({ type: z.literal('get-tab-results'), url: z.string().max(4000), notRead: NotReadSchema.optional() });

// content → background: the filer hid this warning ("不再提示"): not shown in the console pages again
export const DismissRequestSchema = z.object({
  type: z.literal('dismiss'),
  rule: z.string().min(1).max(100),
  subjectKind: z.enum(['entity', 'website', 'domain', 'server']),
  subject: short,
});

// popup / options → background
// (`tab`: the popup's tab — the browser's active tab —, whose page the popup's "this tab" words are about)
export const GetChecklistSchema = z.object({ type: z.literal('get-checklist'), tab: z.number().int().min(0).optional() });
export const CheckDomainRequestSchema = z.object({ type: z.literal('check-domain'), input: z.string().max(2000) });
export const ImportFactsRequestSchema = z.object({ type: z.literal('import-facts'), file: z.unknown(), name: z.string().max(300) });
export const ExportFactsRequestSchema = z.object({ type: z.literal('export-facts') });
export const ClearAllRequestSchema = z.object({ type: z.literal('clear-all') });

export const RequestSchema = z.discriminatedUnion('type', [
  PageFactsMessageSchema,
  PageFactsDeltaSchema,
  GetTabResultsSchema,
  DismissRequestSchema,
  GetChecklistSchema,
  CheckDomainRequestSchema,
  ImportFactsRequestSchema,
  ExportFactsRequestSchema,
  ClearAllRequestSchema,
]);
export type Request = z.infer<typeof RequestSchema>;

/** Open console tabs the checklist reply names as not read or read in part (the current tab first). */
export const MAX_UNREAD_TABS = 10;
export const UnreadTabSchema = z.object({
  family: z.string().max(40),
  notRead: NotReadSchema.optional(),
  partial: ReadInPartSchema.optional(),
  current: z.literal(true).optional(),
});
export type UnreadTab = z.infer<typeof UnreadTabSchema>;

export const ChecklistResponseSchema = z.object({
  type: z.literal('checklist'),
  lang: LangSchema,
  rules: z.array(RuleInfoSchema),
  results: z.array(ResultItemSchema),
  pages: z.record(z.string(), PageLinkSchema),
  /** Number of subjects seen (0 = nothing read yet). */
  seen: z.number().int().min(0),
  /** Results left out of this reply (the reply carries at most a capped number, failing ones first). */
  omitted: z.number().int().min(1).optional(),
  /** The last write to storage failed (quota): what is shown may be lost when the browser restarts. */
  storageError: short.optional(),
  /** Results about subjects seen in the console that are not part of the filing in progress. */
  console: z.array(ResultItemSchema).optional(),
  /** The cloud each server seen belongs to (server id → aliyun | tencent …). */
  providers: z.record(z.string(), z.string().max(40)).optional(),
  /**
   * Open console tabs whose page was not read (`notRead`, ./not-read) or read in part (`partial`): the tab's state, said
   * in the popup so that "not seen yet" is not all it says. `current`: the tab the popup was opened over. Its console
   * family only (no address: the popup names the console, not the page).
   */
  unread: z.array(UnreadTabSchema).max(MAX_UNREAD_TABS).optional(),
});
export type ChecklistResponse = z.infer<typeof ChecklistResponseSchema>;

export const CheckDomainResponseSchema = z.discriminatedUnion('ok', [
  z.object({ type: z.literal('check-domain'), ok: z.literal(true), lang: LangSchema, domain: short, results: z.array(ResultItemSchema), pages: z.record(z.string(), PageLinkSchema) }),
  z.object({ type: z.literal('check-domain'), ok: z.literal(false), lang: LangSchema, error: short }),
]);
export type CheckDomainResponse = z.infer<typeof CheckDomainResponseSchema>;

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/**
 * Why an import was refused, as a code and its numbers: the options page words it in the UI language
 * (src/ui/import-problem.ts). `not-json` and a file over `file-too-large` are found by the options page
 * itself, before the file is sent.
 */
export const ImportProblemSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('not-json') }),
  z.object({ code: z.literal('not-facts') }),
  z.object({ code: z.literal('file-too-large'), maxBytes: count }),
  /** A field of the wrong type or value, missing, or too long: where (the path in the file) and which. */
  z.object({ code: z.literal('bad-field'), path: z.array(z.union([z.string().max(100), count])).max(20), issue: z.enum(['missing', 'too-long', 'invalid']) }),
  /** More than the import takes: websites, domains of one website (`website`, from 1), domains in all websites, domains, servers. */
  z.object({ code: z.literal('too-many'), what: z.enum(['websites', 'website-domains', 'domains-in-websites', 'domains', 'servers']), count, max: count, website: count.optional() }),
  z.object({ code: z.literal('too-large-to-store'), bytes: count, maxBytes: count }),
  z.object({ code: z.literal('not-saved') }),
]);
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ImportFactsResponseSchema = z.discriminatedUnion('ok', [
  z.object({ type: z.literal('import-facts'), ok: z.literal(true) }),
  /** `error`: the problem in one English line (logs, tests); `problem`: what the options page shows. */
  z.object({ type: z.literal('import-facts'), ok: z.literal(false), error: short, problem: ImportProblemSchema }),
]);
export type ImportFactsResponse = z.infer<typeof ImportFactsResponseSchema>;

export const ExportFactsResponseSchema = z.object({ type: z.literal('export-facts'), facts: z.unknown() });
export const AckSchema = z.object({ type: z.literal('ack') });

/** Response schema per request type, for the sending side's check. */
export const responseSchemas = {
  'page-facts': z.union([TabResultsMessageSchema, z.object({ type: z.literal('more') })]),
  'page-facts-delta': z.union([TabResultsMessageSchema, z.object({ type: z.literal('resend') }), z.object({ type: z.literal('more') })]),
  'get-tab-results': TabResultsMessageSchema,
  dismiss: z.object({ type: z.literal('ack') }),
  'get-checklist': ChecklistResponseSchema,
  'check-domain': CheckDomainResponseSchema,
  'import-facts': ImportFactsResponseSchema,
  'export-facts': ExportFactsResponseSchema,
  'clear-all': AckSchema,
} as const;
export type ResponseOf<T extends Request['type']> = z.infer<(typeof responseSchemas)[T]>;

/**
 * A typed client over any transport (the entry point passes browser.runtime.sendMessage): the
 * request is checked before it leaves and the response when it arrives.
 */
export function createClient(transport: (message: unknown) => Promise<unknown>) {
  return async function send<R extends Request>(request: R): Promise<ResponseOf<R['type']>> {
    const req = RequestSchema.parse(request);
    const raw = await transport(req);
    return responseSchemas[req.type].parse(raw) as ResponseOf<R['type']>;
  };
}
