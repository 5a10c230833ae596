import { z } from 'zod';
import {
  DomainSchema,
  PartialEntitySchema,
  ServerSchema,
  WebsiteSchema,
  entityTypes,
  type Facts,
  type PageFacts,
} from '../facts/schema';
import { maskIdNumber } from '../facts/mask-id';
import { registrableDomain, serverKey, websiteKey } from './subject-keys';

/**
 * The fact store's content (version 1) and its pure logic. A sighting is what one reader saw of one
 * subject on one page at one time. Per subject key the store keeps the newest sighting of each reader;
 * merging lays the sightings oldest first, so a newer sighting's fields replace older ones, and a fact
 * only one page shows (a domain's registrant, say) survives a visit to another page.
 */

export const ProvenanceSchema = z.object({
  reader: z.string().min(1).max(100),
  url: z.string().max(2000),
  /** ISO date-time the page was read. */
  seenAt: z.string().max(40),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

const sightingOf = <T extends z.ZodType>(facts: T) => ProvenanceSchema.extend({ facts });

export const EntitySightingSchema = sightingOf(PartialEntitySchema);
export const WebsiteSightingSchema = sightingOf(WebsiteSchema);
export const DomainSightingSchema = sightingOf(DomainSchema);
export const ServerSightingSchema = sightingOf(ServerSchema);

export const StoredFactsSchema = z.object({
  entity: z.array(EntitySightingSchema),
  websites: z.record(z.string(), z.array(WebsiteSightingSchema)),
  domains: z.record(z.string(), z.array(DomainSightingSchema)),
  servers: z.record(z.string(), z.array(ServerSightingSchema)),
});
export type StoredFacts = z.infer<typeof StoredFactsSchema>;
type Sighting<T> = Provenance & { facts: T };

export const emptyStoredFacts = (): StoredFacts => ({ entity: [], websites: {}, domains: {}, servers: {} });

/** Size bound: subjects kept per kind; the least recently seen go first. */
export const storeLimits = { websites: 200, domains: 2000, servers: 2000, sightingsPerSubject: 8 } as const;
export type StoreLimits = { websites: number; domains: number; servers: number; sightingsPerSubject: number };

export const FilingDefaultsSchema = z.object({
  entityType: z.enum(entityTypes).optional(),
  province: z.string().max(50).optional(),
});
export type FilingDefaults = z.infer<typeof FilingDefaultsSchema>;

function maskEntity<T extends { idNumber?: string | undefined }>(e: T): T {
  return e.idNumber === undefined ? e : { ...e, idNumber: maskIdNumber(e.idNumber) };
}
function maskDomain<T extends { registrantIdNumber?: string | undefined }>(d: T): T {
  return d.registrantIdNumber === undefined ? d : { ...d, registrantIdNumber: maskIdNumber(d.registrantIdNumber) };
}

/** Newest sighting per reader, newest last, at most `max`. */
function addTo<T>(list: readonly Sighting<T>[] | undefined, s: Sighting<T>, max: number): Sighting<T>[] {
  const others = (list ?? []).filter((o) => o.reader !== s.reader);
  return [...others, s].sort((a, b) => a.seenAt.localeCompare(b.seenAt)).slice(-max);
}

function lastSeen(list: readonly Provenance[]): string {
  return list.reduce((m, s) => (s.seenAt > m ? s.seenAt : m), '');
}

function bound<T>(rec: Record<string, Sighting<T>[]>, max: number): Record<string, Sighting<T>[]> {
  const keys = Object.keys(rec);
  if (keys.length <= max) return rec;
  const keep = keys.sort((a, b) => lastSeen(rec[b] ?? []).localeCompare(lastSeen(rec[a] ?? []))).slice(0, max);
  return Object.fromEntries(keep.map((k) => [k, rec[k] ?? []]));
}

/**
 * Adds what one page showed to the store. Pure: returns a new state. ID numbers are masked here, so
 * nothing unmasked is ever written.
 */
export function addSightings(
  state: StoredFacts,
  page: PageFacts,
  provenance: Provenance,
  limits: StoreLimits = storeLimits,
): StoredFacts {
  const max = limits.sightingsPerSubject;
  const next: StoredFacts = {
    entity: page.entity ? addTo(state.entity, { ...provenance, facts: maskEntity(page.entity) }, max) : state.entity,
    websites: { ...state.websites },
    domains: { ...state.domains },
    servers: { ...state.servers },
  };
  for (const w of page.websites ?? []) {
    const k = websiteKey(w);
    next.websites[k] = addTo(next.websites[k], { ...provenance, facts: w }, max);
  }
  for (const d of page.domains ?? []) {
    const k = registrableDomain(d.domain);
    if (!k) continue;
    next.domains[k] = addTo(next.domains[k], { ...provenance, facts: maskDomain(d) }, max);
  }
  for (const s of page.servers ?? []) {
    const k = serverKey(s.id);
    next.servers[k] = addTo(next.servers[k], { ...provenance, facts: s }, max);
  }
  next.websites = bound(next.websites, limits.websites);
  next.domains = bound(next.domains, limits.domains);
  next.servers = bound(next.servers, limits.servers);
  return next;
}

/** Fields of later sightings replace those of earlier ones; absent fields keep the earlier value. */
function mergeFields<T extends object>(list: readonly Sighting<T>[]): T | undefined {
  if (list.length === 0) return undefined;
  const sorted = [...list].sort((a, b) => a.seenAt.localeCompare(b.seenAt));
  const out: Record<string, unknown> = {};
  for (const s of sorted) {
    for (const [k, v] of Object.entries(s.facts)) if (v !== undefined) out[k] = v;
  }
  return out as T;
}

function mergeAll<T extends object>(rec: Record<string, Sighting<T>[]>): T[] {
  return Object.keys(rec)
    .sort()
    .map((k) => mergeFields(rec[k] ?? []))
    .filter((x): x is T => x !== undefined);
}

/**
 * The facts file (v1) the engine lints: every subject's sightings merged, the entity completed with
 * the filing defaults from the options. An entity whose type is neither seen nor set is left out
 * (its rules are then unknown), never guessed.
 */
export function mergeSightings(state: StoredFacts, defaults: FilingDefaults = {}): Facts {
  const facts: Facts = { version: 1 };
  const seen = mergeFields(state.entity) ?? {};
  const type = seen.type ?? defaults.entityType;
  const province = seen.province ?? (defaults.province || undefined);
  if (type) facts.entity = { ...seen, type, ...(province ? { province } : {}) };
  const websites = mergeAll(state.websites);
  const domains = mergeAll(state.domains);
  const servers = mergeAll(state.servers);
  if (websites.length) facts.websites = websites;
  if (domains.length) facts.domains = domains;
  if (servers.length) facts.servers = servers;
  return facts;
}

/** Where each subject's facts were last seen (for the popup): key → newest provenance. */
export function lastSightings(state: StoredFacts): Record<string, Provenance> {
  const out: Record<string, Provenance> = {};
  const put = (key: string, list: readonly Provenance[]) => {
    const newest = [...list].sort((a, b) => a.seenAt.localeCompare(b.seenAt)).at(-1);
    if (newest) out[key] = { reader: newest.reader, url: newest.url, seenAt: newest.seenAt };
  };
  put('entity', state.entity);
  for (const [k, v] of Object.entries(state.websites)) put(`website:${k}`, v);
  for (const [k, v] of Object.entries(state.domains)) put(`domain:${k}`, v);
  for (const [k, v] of Object.entries(state.servers)) put(`server:${k}`, v);
  return out;
}

/** A facts file (imported by the user) added to the store as sightings with provenance 'import'. */
export function importFactsFile(state: StoredFacts, facts: Facts, provenance: Provenance): StoredFacts {
  const { entity, websites, domains, servers } = facts;
  const page: PageFacts = {
    version: 1,
    ...(entity ? { entity } : {}),
    ...(websites ? { websites } : {}),
    ...(domains ? { domains } : {}),
    ...(servers ? { servers } : {}),
  };
  return addSightings(state, page, provenance);
}
