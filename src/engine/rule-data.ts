import { z } from 'zod';
import { productIds, providerIds } from '../facts/schema';
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
  /**
   * Alternative fail/pass messages an evaluator may pick by key (e.g. 'ip' for an IP address).
   */
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
export type Source = z.infer<typeof SourceSchema>;


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
        /**
         * An individual whose ID is from another province (seed 005 §5, provinces.md second table):
         * 'refused'; 'proof' (accepted with the residence proof named in `outsideIdProof`); 'accepted'
         * (accepted on the condition named in `outsideIdProof`); absent: the bureau's page says nothing
         * (a warning, never a pass).
         */
        outsideIndividual: z.enum(['refused', 'proof', 'accepted']).optional(),
        outsideIdProof: localized.optional(),
        /** The contact phone must be from this province: for every entity, or for individuals only. */
        localPhone: z.enum(['all', 'individual']).optional(),
        /** The domain must have more than this many calendar months of registration left. */
        domainMinMonths: z.number().int().min(1).optional(),
        /** TLDs the bureau does not accept for new filings (Beijing's whitelist). */
        refusedTlds: z.array(nonEmpty).optional(),
        refusedTldsNote: localized.optional(),
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
      id: z.enum(productIds),
      /** The cloud that sells it; absent = aliyun. */
      provider: z.enum(providerIds).default('aliyun'),
      name: localized,
      /** Months the subscription must still run on the filing date. */
      minMonths: z.number().int().min(1),
      /** Months the subscription must span in total, purchase (createdAt) to expiry, renewals counted. */
      minTotalMonths: z.number().int().min(1).optional(),
      /** Sold by subscription only (no pay-as-you-go to check). */
      subscriptionOnly: z.boolean().optional(),
      /** Filing authorization codes one server can generate; two values = the sources disagree. */
      authorizationCodes: z.array(z.number().int().min(0)).min(1).max(2).optional(),
      /** The console page (key of pages.json) that shows this product's servers. */
      page: nonEmpty.optional(),
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
  regions: z
    .array(
      z.object({
        id: nonEmpty,
        mainland: z.boolean(),
        names: z.array(nonEmpty),
        /** The cloud whose region this is; absent = aliyun. Names are looked up in the server's provider first. */
        provider: z.enum(providerIds).default('aliyun'),
        /** The display name to show, if not the first name. */
        display: localized.optional(),
      }),
    )
    .min(1),
});

const limitByEntity = z.object({ individual: z.number().int().min(1), organization: z.number().int().min(1) });

/**
 * What differs per cloud provider (rules/providers.json). A rule that needs a provider field yields no
 * result for a subject whose provider lacks it (the rule does not apply there).
 */
export const ProvidersSchema = z.object({
  providers: z
    .array(
      z.object({
        id: z.enum(providerIds),
        name: localized,
        /** Domains per website on the provider's platform; the stricter of this and the province wins. */
        domainsPerWebsite: z.number().int().min(1).optional(),
        /** Websites in one filing order. */
        websitesPerOrder: limitByEntity.optional(),
        /** The domain's real-name verification must be this old on the filing date. */
        domainRealNameAge: z
          .object({ calendarDays: z.number().int().min(1), otherRegistrarWorkingDays: z.number().int().min(1), registrars: z.array(nonEmpty).min(1) })
          .optional(),
        /** The console account's real-name name must equal the entity; an individual account waits this long. */
        accountMatchesEntity: z.object({ individualWaitHours: z.number().int().min(0) }).optional(),
        /** Another account's server is used through a service number the buying account authorizes (Alibaba). */
        serviceNumberAuthorization: z.boolean().optional(),
        /** Another account's server is used through a filing authorization code (Tencent). */
        authorizationCodes: z.object({ enterpriseOnly: z.boolean() }).optional(),
        /** Relations of an organization's domain holder accepted with proof (a warning, not an error). */
        registrantRelations: z.array(z.enum(['shareholder', 'principal', 'manager', 'legal-representative'])),
        /** The provider's own list of fileable TLDs, where it differs from rules/tlds.json. */
        tldList: z
          .object({
            published: nonEmpty,
            title: localized,
            /** On the provider's list, not approved (or not listed) in tlds.json. */
            adds: z.array(nonEmpty),
            /** Approved in tlds.json, missing from the provider's list. */
            omits: z.array(nonEmpty),
          })
          .optional(),
        /** A page of pages.json → this provider's page that shows the same facts (unknown results). */
        pages: z.record(z.string(), nonEmpty).default({}),
        /** Per rule id: the sources to show for this provider's subjects (its own documents). */
        ruleSources: z.record(z.string(), z.array(SourceSchema).min(1)).default({}),
        /** Per rule id: the variant to use for this provider's subjects, by the evaluator's variant or status. */
        variants: z.record(z.string(), z.record(z.string(), nonEmpty)).default({}),
        sources: z.array(SourceSchema).min(1),
        conflict: localized.optional(),
      }),
    )
    .min(1),
});
export type ProviderData = z.infer<typeof ProvidersSchema>['providers'][number];

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
  providers: z.infer<typeof ProvidersSchema>;
  preApproval: z.infer<typeof WordListSchema>;
  commercialWords: z.infer<typeof WordListSchema>;
  websiteNames: z.infer<typeof WordListSchema>;
}

