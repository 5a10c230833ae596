import { z } from 'zod';

/**
 * The facts file, version 1 (DESIGN.md "Contracts"). What the store holds, what the CLI lints and
 * what readers produce. Unknown fields are stripped (kept out); a wrong type is an error naming the
 * field path. Fields marked "extension" are optional additions beyond the DESIGN.md v1 list; files
 * without them are complete v1 files.
 */

const text = z.string().trim().min(1).max(500);
/** A real calendar date YYYY-MM-DD (2027-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The message of a date field's issue (the CLI words it in the user's language by this text). */
export const isoDateMessage = 'expected an ISO date such as 2027-02-28';
const isoDate = z
  .string()
  .trim()
  .refine((s) => /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && isCalendarDate(s.slice(0, 10)), {
    message: isoDateMessage,
  });

export const entityTypes = ['individual', 'organization'] as const;
export const productIds = [
  'ecs', 'swas', 'virtual-host', 'web-hosting', 'cloud-market', 'nat', 'ipv6-translation', 'ens',
  // Tencent Cloud
  'cvm', 'lighthouse',
] as const;
/** The cloud a server belongs to; a server without one is an Alibaba Cloud server (v1 default). */
export const providerIds = ['aliyun', 'tencent'] as const;
export type ProviderId = (typeof providerIds)[number];
export const defaultProvider: ProviderId = 'aliyun';

const providerAliases: Record<string, ProviderId> = {
  aliyun: 'aliyun', alibaba: 'aliyun', 'alibaba cloud': 'aliyun', alibabacloud: 'aliyun', 阿里云: 'aliyun',
  tencent: 'tencent', 'tencent cloud': 'tencent', tencentcloud: 'tencent', qcloud: 'tencent', 腾讯云: 'tencent',
};
/**
 * v1 files carried `provider` as free text. Known names (any case) map to a provider id; any other text
 * is dropped, so such a server is linted as before (as an Alibaba Cloud server) instead of rejecting a
 * file that was valid.
 */
export function normalizeProvider(value: unknown): ProviderId | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(providerAliases, key) ? providerAliases[key] : undefined;
}
export const billingModes = ['subscription', 'payg'] as const;

export const EntitySchema = z.object({
  type: z.enum(entityTypes),
  name: text.optional(),
  idType: text.optional(),
  /** May be masked: '4101**********1234'. Stored masked. */
  idNumber: text.optional(),
  /** The filing province, any name form: 河南 / 河南省 / Henan / CN-HA. */
  province: text.optional(),
  /** Where the organization is registered / the individual's ID province. */
  homeProvince: text.optional(),
  residencePermit: z.boolean().optional(),
  phoneProvince: text.optional(),
  account: text.optional(),
  /** The console account's real-name name (Tencent: must equal the entity name). */
  accountName: text.optional(),
  /** ISO date the account's real-name verification passed. */
  accountVerifiedAt: isoDate.optional(),
  /** extension: other entities already filed from the same account (one entity per account). */
  accountEntities: z.array(text).max(50).optional(),
});

export const WebsiteSchema = z.object({
  name: text.optional(),
  domains: z.array(text).max(1000),
  serverId: text.optional(),
  serviceNumber: text.optional(),
  content: z.string().trim().max(2000).optional(),
  /** extension: a commercial (经营性) service. */
  commercial: z.boolean().optional(),
  /** extension: the pre-approval (前置审批) documents are in hand. */
  preApproval: z.boolean().optional(),
});

export const serviceKinds = ['cdn', 'waf', 'anti-ddos', 'oss'] as const;

export const DomainSchema = z.object({
  domain: text,
  registrar: text.optional(),
  registrantName: text.optional(),
  registrantIdType: text.optional(),
  registrantIdNumber: text.optional(),
  realNameVerified: z.boolean().optional(),
  expiresAt: isoDate.optional(),
  status: z.array(text).max(50).optional(),
  resolves: z.boolean().optional(),
  /** ISO date the domain's real-name verification passed (Tencent: ≥ 3 days before filing). */
  realNameVerifiedAt: isoDate.optional(),
  /** extension: the registrant is a shareholder / principal / senior manager / legal representative of the organization. */
  registrantRelation: z.enum(['self', 'shareholder', 'principal', 'manager', 'legal-representative']).optional(),
  /** extension: Alibaba Cloud services the domain is bound to (CDN, WAF, Anti-DDoS, OSS custom domain). */
  boundTo: z.array(z.enum(serviceKinds)).max(10).optional(),
  /** extension: the origin of CDN/WAF/Anti-DDoS is an Alibaba Cloud server in the mainland. */
  originOnAlibabaMainland: z.boolean().optional(),
  /** extension: the domain has an ICP number; accessProvider is the filing's access provider. */
  icpNumber: text.optional(),
  filed: z.boolean().optional(),
  accessProvider: text.optional(),
});

/** Tencent's filing authorization code (备案授权码) statuses: 未使用 / 使用中 (filing in progress) / 已使用 (filed). */
export const authorizationCodeStatuses = ['unused', 'in-use', 'used'] as const;
export const AuthorizationCodeSchema = z.object({
  code: text,
  /** The account ID the code is bound to (授权使用账户). */
  targetAccount: text.optional(),
  status: z.enum(authorizationCodeStatuses).optional(),
});

export const ServerSchema = z.object({
  id: text,
  /** aliyun (default) | tencent; see normalizeProvider for v1 free-text values. */
  provider: z.preprocess(normalizeProvider, z.enum(providerIds).optional()),
  product: z.enum(productIds),
  region: text.optional(),
  billing: z.enum(billingModes).optional(),
  expiresAt: isoDate.optional(),
  /** ISO date the server was bought (Tencent: ≥ 3 months bought in total). */
  createdAt: isoDate.optional(),
  publicBandwidthMbps: z.number().finite().min(0).optional(),
  orderAmountYuan: z.number().finite().min(0).optional(),
  account: text.optional(),
  /** extension: service identification numbers already used (filed) on this server. */
  serviceNumbersUsed: z.number().int().min(0).max(1000).optional(),
  /** extension (Tencent): the filing authorization codes generated from this server, as the code page lists them. */
  authorizationCodes: z.array(AuthorizationCodeSchema).max(100).optional(),
  /** extension: months of the first purchase (cloud market products). */
  firstPurchaseMonths: z.number().finite().min(0).optional(),
});

export const FactsSchema = z.object({
  version: z.literal(1),
  now: isoDate.optional(),
  entity: EntitySchema.optional(),
  websites: z.array(WebsiteSchema).max(10000).optional(),
  domains: z.array(DomainSchema).max(100000).optional(),
  servers: z.array(ServerSchema).max(100000).optional(),
});

export type Entity = z.infer<typeof EntitySchema>;
export type Website = z.infer<typeof WebsiteSchema>;
export type DomainFacts = z.infer<typeof DomainSchema>;
export type ServerFacts = z.infer<typeof ServerSchema>;
export type AuthorizationCode = z.infer<typeof AuthorizationCodeSchema>;
export type Facts = z.infer<typeof FactsSchema>;
export type ProductId = (typeof productIds)[number];

/** Readers and the store may hold an entity whose type is not known yet. */
export const PartialEntitySchema = EntitySchema.partial();
export type PartialEntity = z.infer<typeof PartialEntitySchema>;

/** What a reader returns: a facts fragment; the entity may lack its type. */
export const PageFactsSchema = FactsSchema.omit({ entity: true, now: true }).extend({
  entity: PartialEntitySchema.optional(),
  /**
   * extension: the page was read only in part — it shows `rowsShown` rows of a list and the readers
   * took the first `rowsRead` (the per-read cap). Facts of the rows after them are not in this message.
   */
  partial: z.object({ rowsRead: z.number().int().min(0), rowsShown: z.number().int().min(0) }).optional(),
});
export type PageFacts = z.infer<typeof PageFactsSchema>;

/** A zod issue's path as written in messages: "servers[2].billing" ('' for the top level). */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

/** Format a zod error as one line: "servers[2].billing: expected ..." */
export function describeFactsError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid facts';
  return `${issuePath(issue.path) || '(top level)'}: ${issue.message}`;
}
