import { z } from 'zod';
import { severities } from './types';

/**
 * Schemas of the data under rules/. Every file is validated when loaded; a malformed entry fails
 * loudly with the file and the path of the bad entry (see load-rules.ts).
 */

const nonEmpty = z.string().trim().min(1);
const localized = z.object({ zh: nonEmpty, en: nonEmpty });

export const RuleTextSchema = z.object({
  /** Names the condition that holds: shown for passing (and unknown) results. */
  title: nonEmpty,
  /** Names the problem: shown for failing results ("域名未完成实名认证"). */
  failTitle: nonEmpty,
  /** Template; {placeholders} are filled from the evaluator's params. */
  pass: nonEmpty,
  fail: nonEmpty,
  fix: nonEmpty,
  /** What is missing; the page to open is appended from pages.json. */
  unknown: nonEmpty,
  /** Alternative fail/pass messages an evaluator may pick by key (e.g. 'ip' for an IP address). */
  variants: z.record(z.string(), nonEmpty).optional(),
  /** A title for a variant whose meaning differs from the plain pass / fail (a server outside the mainland). */
  variantTitles: z.record(z.string(), nonEmpty).optional(),
  /** A fix for a variant the plain fix does not cure (renewing cannot change a first purchase). */
  variantFixes: z.record(z.string(), nonEmpty).optional(),
});

/**
 * A reference to a document of rules/sources.json: the section in both languages (the document's own
 * heading in its language, translated in the other); `title` replaces the document's title where a
 * section is its own document (Tencent Cloud's per-topic pages).
 */
export const SourceSchema = z.object({
  doc: nonEmpty,
  section: localized,
  title: localized.optional(),
});

/** rules/sources.json: the documents rules cite, most authoritative first (the order sources are shown in). */
export const SourcesSchema = z.record(
  z.string().regex(/^[a-z0-9-]+$/),
  z.object({ publisher: localized, title: localized, url: z.url().optional(), date: nonEmpty }),
);

export const RuleSchema = z.object({
  id: z.string().regex(/^(domain|server|filing|after|service)\.[a-z0-9-]+$/),
  severity: z.enum(severities),
  subject: z.enum(['entity', 'website', 'domain', 'server']),
  /** Facts the rule needs, as facts-file paths (documentation and the meta-test). */
  needs: z.array(nonEmpty).min(1),
  /** Keys of pages.json that show the needed facts, in the order to suggest them. */
  pages: z.array(nonEmpty).min(1),
  texts: z.object({ zh: RuleTextSchema, en: RuleTextSchema }),
  sources: z.array(SourceSchema).min(1),
  /** Where seeds disagree: what they say and which figure the rule uses. */
  conflict: localized.optional(),
});

export const CatalogueSchema = z.object({
  rules: z.array(RuleSchema).min(1),
});

export const PagesSchema = z.record(
  nonEmpty,
  z.object({ zh: nonEmpty, en: nonEmpty, url: z.url() }),
);

export const TldsSchema = z.object({
  checked: nonEmpty,
  source: nonEmpty,
  approved: z.array(z.object({ tld: nonEmpty, note: z.string().optional() })).min(1),
  notApproved: z.array(nonEmpty),
  reserved: z.array(z.object({ tld: nonEmpty, for: localized })),
});

export const ProvincesSchema = z.object({
  source: nonEmpty,
  provinces: z
    .array(
      z.object({
        iso: z.string().regex(/^CN-[A-Z]{2}$/),
        name: nonEmpty,
        short: nonEmpty,
        pinyin: z.array(nonEmpty).min(1),
        domainsPerWebsite: z.number().int().min(1),
        sms: z.boolean(),
        idPrefix: z.string().regex(/^\d{2}$/),
      }),
    )
    .length(31),
  notFiling: z.array(z.object({ iso: nonEmpty, names: z.array(nonEmpty) })),
});

export const RegistrarsSchema = z.object({
  source: nonEmpty,
  approved: z.array(z.object({ brand: nonEmpty, aliases: z.array(nonEmpty).min(1) })).min(1),
  notApproved: z.array(z.object({ brand: nonEmpty, aliases: z.array(nonEmpty).min(1) })).min(1),
});

export const ProductsSchema = z.object({
  products: z.array(
    z.object({
      id: z.enum(['ecs', 'swas', 'virtual-host', 'web-hosting', 'cloud-market', 'nat', 'ipv6-translation', 'ens']),
      name: localized,
      minMonths: z.number().int().min(1),
      /** cloud market: the first purchase must be this long and the order at least this much. */
      minOrderYuan: z.number().min(0).optional(),
      serviceNumbers: z.number().int().min(1),
      needsPublicBandwidth: z.boolean(),
      sources: z.array(SourceSchema).min(1),
      conflict: localized.optional(),
    }),
  ),
});

export const RegionsSchema = z.object({
  checked: nonEmpty,
  regions: z.array(z.object({ id: nonEmpty, mainland: z.boolean(), names: z.array(nonEmpty) })).min(1),
});

export const WordListSchema = z.object({
  source: nonEmpty,
  groups: z.array(z.object({ id: nonEmpty, name: localized, words: z.array(nonEmpty).min(1) })).min(1),
});

export type Rule = z.infer<typeof RuleSchema>;
export type RuleText = z.infer<typeof RuleTextSchema>;
export type Pages = z.infer<typeof PagesSchema>;
export type SourceRef = z.infer<typeof SourceSchema>;
export type Sources = z.infer<typeof SourcesSchema>;

/** Everything the engine needs, loaded and validated. */
export interface RuleSet {
  rules: Rule[];
  byId: Map<string, Rule>;
  pages: Pages;
  sources: Sources;
  tlds: z.infer<typeof TldsSchema>;
  provinces: z.infer<typeof ProvincesSchema>;
  registrars: z.infer<typeof RegistrarsSchema>;
  products: z.infer<typeof ProductsSchema>;
  regions: z.infer<typeof RegionsSchema>;
  preApproval: z.infer<typeof WordListSchema>;
  commercialWords: z.infer<typeof WordListSchema>;
  websiteNames: z.infer<typeof WordListSchema>;
}

