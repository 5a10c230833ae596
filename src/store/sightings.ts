import { z } from 'zod';
import {
  DomainSchema,
  PartialEntitySchema,
  ServerSchema,
  WebsiteSchema,
  entityTypes,
  providerIds,
  type ProviderId,
  type Facts,
  type PageFacts,
} from '../facts/schema';
import { maskFactsIds, maskIdRuns } from '../facts/mask-id';
import { filingKey, registrableDomain, serverKey, websiteKey } from './subject-keys';
import { storageBudget, storeLimits, type StorageBudget, type StoreLimits } from './limits';

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
  /**
   * The filing the page belonged to (store/subject-keys filingKey): the entity the page showed, or
   * the entity last seen in the tab's filing flow. Absent in data stored before it existed, and where
   * no entity was known: such a sighting belongs to whichever filing is in progress.
   */
  filing: z.string().max(600).optional(),
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

export { storeLimits, type StoreLimits } from './limits';

export const FilingDefaultsSchema = z.object({
  entityType: z.enum(entityTypes).optional(),
  province: z.string().max(50).optional(),
});
export type FilingDefaults = z.infer<typeof FilingDefaultsSchema>;

// ID numbers masked (maskFactsIds) in their own fields and in every other text field but domain names
/** A page's address or an imported file's name: a number in it (a query's certificate number) masked too. */
const maskProvenance = <P extends Provenance>(p: P): P => ({ ...p, url: maskIdRuns(p.url) });

/** Newest sighting per reader, newest last, at most `max`. */
function addTo<T>(list: readonly Sighting<T>[] | undefined, s: Sighting<T>, max: number): Sighting<T>[] {
  const others = (Array.isArray(list) ? list : []).filter((o) => o.reader !== s.reader);
  return [...others, s].sort((a, b) => a.seenAt.localeCompare(b.seenAt)).slice(-max);
}

/**
 * A subject key that can be an own property of a plain record: `__proto__` cannot (assigning it
 * replaces the prototype), so a subject with that key is dropped. Reads use `own`, so `constructor`
 * or `toString` never find Object.prototype's members.
 */
const usableKey = (k: string) => k !== '' && k !== '__proto__';
function own<V>(rec: Record<string, V>, k: string): V | undefined {
  return Object.hasOwn(rec, k) ? rec[k] : undefined;
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
  // ID numbers masked first: the subject keys (an entity's or a website's name) are made from the masked text
  page = maskFactsIds(page);
  // a page's facts belong to the filing of the entity it shows, else to the one the caller names
  const { filing: given, ...rest } = maskProvenance(provenance);
  const filing = (page.entity ? filingKey(page.entity) : undefined) ?? given;
  provenance = filing ? { ...rest, filing } : rest;
  const next: StoredFacts = {
    entity: page.entity ? addTo(state.entity, { ...provenance, facts: page.entity }, max) : state.entity,
    websites: { ...state.websites },
    domains: { ...state.domains },
    servers: { ...state.servers },
  };
  for (const w of page.websites ?? []) {
    const k = websiteKey(w);
    if (usableKey(k)) next.websites[k] = addTo(own(next.websites, k), { ...provenance, facts: w }, max);
  }
  for (const d of page.domains ?? []) {
    const k = registrableDomain(d.domain);
    if (usableKey(k)) next.domains[k] = addTo(own(next.domains, k), { ...provenance, facts: d }, max);
  }
  for (const s of page.servers ?? []) {
    const k = serverKey(s.id);
    if (usableKey(k)) next.servers[k] = addTo(own(next.servers, k), { ...provenance, facts: s }, max);
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

/** Sightings newest last. */
const byTime = <T extends Provenance>(list: readonly T[]) => [...list].sort((a, b) => a.seenAt.localeCompare(b.seenAt));

/** The filing in progress: that of the newest entity sighting (undefined: not known, nothing is scoped). */
export function currentFiling(state: StoredFacts): string | undefined {
  return byTime(state.entity).at(-1)?.filing;
}

/**
 * The cloud the filing in progress is made with: the provider of the console its newest entity sighting was read in
 * (reader ids begin with it, as consoleProviders reads them). Undefined: no entity seen, or one from a reader of no
 * provider. A filing is made with the provider that hosts the website (Alibaba Cloud's filing system links an Alibaba
 * Cloud server by its 备案服务号; Tencent Cloud's a Tencent Cloud server): messaging/filing-scope leaves the other
 * cloud's servers out of it.
 */
export function filingProvider(state: StoredFacts, current = currentFiling(state)): ProviderId | undefined {
  // the filing's sightings only, and only those read in a console: an imported file that names the entity again
  // (reader `import`) names no cloud and does not undo the one its console showed (rev58)
  const ofCloud = (reader: string) => providerIds.find((p) => reader.startsWith(`${p}-`));
  const read = byTime(state.entity).filter((s) => s.filing === current && ofCloud(s.reader) !== undefined);
  return ofCloud(read.at(-1)?.reader ?? '');
}

/**
 * The store keys of the websites of the filing in progress: a website belongs to the filing of its
 * newest sighting that names one; a website no sighting assigns (stored before filings were kept
 * apart, or seen before any entity) belongs to the filing in progress. Undefined: every website.
 */
export function filingWebsiteKeys(state: StoredFacts, current = currentFiling(state)): Set<string> | undefined {
  if (current === undefined) return undefined;
  const keys = new Set<string>();
  for (const [k, list] of Object.entries(state.websites)) {
    const owner = byTime(list).filter((s) => s.filing !== undefined).at(-1)?.filing;
    if (owner === undefined || owner === current) keys.add(k);
  }
  return keys;
}

/**
 * The facts file (v1) the engine lints: every subject's sightings merged, the entity completed with
 * the filing defaults from the options. An entity whose type is neither seen nor set is left out
 * (its rules are then unknown), never guessed.
 */
export function mergeSightings(state: StoredFacts, defaults: FilingDefaults = {}, current = currentFiling(state)): Facts {
  const facts: Facts = { version: 1 };
  // the entity of the filing in progress (or `current`: a filing form's own) only: another filing's entity never lends it a field
  const seen = mergeFields(current === undefined ? state.entity : state.entity.filter((s) => s.filing === current)) ?? {};
  const type = seen.type ?? defaults.entityType;
  const province = seen.province ?? (defaults.province || undefined);
  if (type) facts.entity = maskFactsIds({ ...seen, type, ...(province ? { province } : {}) });
  // masked again on the way out (export, lint): a value stored by an older, laxer masker is not shown
  const websites = mergeAll(state.websites).map(maskFactsIds);
  const domains = mergeAll(state.domains).map(maskFactsIds);
  const servers = mergeAll(state.servers).map(maskFactsIds);
  if (websites.length) facts.websites = websites;
  if (domains.length) facts.domains = domains;
  if (servers.length) facts.servers = servers;
  return facts;
}

/**
 * The providers whose consoles the stored facts were read in, from the readers' ids (`aliyun-…`,
 * `tencent-…`; an imported file names none): the engine's provider while no server names one, so a
 * Tencent Cloud user who has not bought a server yet is sent to Tencent Cloud's pages, not Alibaba's.
 */
export function consoleProviders(state: StoredFacts): ProviderId[] {
  const seen = new Set<string>();
  const note = (list: readonly Provenance[]) => {
    for (const s of list) seen.add(s.reader.slice(0, s.reader.indexOf('-') + 1));
  };
  note(state.entity);
  for (const group of [state.websites, state.domains, state.servers]) for (const list of Object.values(group)) note(list);
  return providerIds.filter((p) => seen.has(`${p}-`));
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

// ------------------------------------------------------------------ byte budget

/** UTF-8 length of a string, without encoding it. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
const bytesOf = (value: unknown) => utf8Length(JSON.stringify(value));
type Kind = 'websites' | 'domains' | 'servers';
const kinds: Kind[] = ['websites', 'domains', 'servers'];

/** Bytes of the store as JSON, summed subject by subject (the same figure as bytesOf(state), a kind with no subject too). */
function sizeBySubject(state: StoredFacts): number {
  const entity = bytesOf(state.entity);
  let total = 2 + 9 + entity; // {"entity":[…]
  for (const k of kinds) {
    const entries = Object.entries(state[k]);
    total += utf8Length(k) + 6 + Math.max(entries.length - 1, 0); // ,"kind":{…} and the commas between its entries
    for (const [key, list] of entries) {
      const b = bytesOf(list);
      total += utf8Length(JSON.stringify(key)) + 1 + b;
    }
  }
  return total;
}

/**
 * Whether nothing has to go: the whole within `totalBytes`, and no subject of several sightings over `perSubjectBytes`
 * (a single sighting is kept whatever its size). Run on every write, so cheap where the store fits: the whole written
 * out once (not subject by subject), its UTF-8 length counted only when its characters could exceed the budget (at
 * most 3 bytes each), and only the subjects of several sightings measured.
 */
function withinBudget(state: StoredFacts, budget: StorageBudget): boolean {
  const text = JSON.stringify(state);
  if (text.length * 3 > budget.totalBytes && utf8Length(text) > budget.totalBytes) return false;
  const tooBig = (list: readonly unknown[]) => list.length > 1 && bytesOf(list) > budget.perSubjectBytes;
  if (tooBig(state.entity)) return false;
  for (const k of kinds) for (const list of Object.values(state[k])) if (tooBig(list)) return false;
  return true;
}

/**
 * The store within its byte budget (pure): each subject keeps its newest sightings within
 * `perSubjectBytes` (the newest always), then the oldest sightings of all subjects are evicted until
 * the whole fits `totalBytes`. Returns the same object when nothing had to go.
 */
export function fitToBudget(state: StoredFacts, budget: StorageBudget = storageBudget): StoredFacts {
  if (withinBudget(state, budget)) return state;

  const sizes = new Map<object, number>();
  const sizeOf = (s: object) => {
    let b = sizes.get(s);
    if (b === undefined) sizes.set(s, (b = bytesOf(s) + 1));
    return b;
  };
  const capSubject = <T>(list: readonly Sighting<T>[]): Sighting<T>[] => {
    if (list.length <= 1) return [...list];
    const kept: Sighting<T>[] = [];
    let size = 2;
    for (const s of [...list].sort((a, b) => b.seenAt.localeCompare(a.seenAt))) {
      const b = sizeOf(s);
      if (kept.length > 0 && size + b > budget.perSubjectBytes) break;
      kept.unshift(s);
      size += b;
    }
    return kept;
  };
  const next: StoredFacts = { entity: capSubject(state.entity), websites: {}, domains: {}, servers: {} };
  for (const k of kinds) for (const [key, list] of Object.entries(state[k])) (next[k] as Record<string, Sighting<object>[]>)[key] = capSubject(list as Sighting<object>[]);

  let size = sizeBySubject(next);
  if (size <= budget.totalBytes) return next;
  // every sighting, oldest first; remove until the store fits (a removed sighting frees at least its
  // bytes and a comma, and an emptied subject its key too: the estimate never undercounts)
  const all: Provenance[] = [...next.entity];
  for (const k of kinds) for (const list of Object.values(next[k])) all.push(...list);
  all.sort((a, b) => a.seenAt.localeCompare(b.seenAt));
  const gone = new Set<Provenance>();
  for (const s of all) {
    if (size <= budget.totalBytes) break;
    gone.add(s);
    size -= sizeOf(s);
  }
  const out: StoredFacts = { entity: next.entity.filter((s) => !gone.has(s)), websites: {}, domains: {}, servers: {} };
  for (const k of kinds) {
    for (const [key, list] of Object.entries(next[k])) {
      const left = (list as Sighting<object>[]).filter((s) => !gone.has(s));
      if (left.length > 0) (out[k] as Record<string, Sighting<object>[]>)[key] = left;
    }
  }
  return out;
}

/** The stored facts' size in bytes (UTF-8 JSON), as the budget counts it. */
export const storedBytes = (state: StoredFacts) => bytesOf(state);

/** Every ID number in a stored state masked (values stored before the masker was strict). Pure. */
export function maskStored(state: StoredFacts): StoredFacts {
  // a name key (an entity's filing, a website's) or a server's key made before its text was masked is masked too
  const nameKey = (k: string) => (k.startsWith('name:') ? maskIdRuns(k) : k);
  const sighting = <T>(s: Sighting<T>, f: (t: T) => T): Sighting<T> => ({ ...maskProvenance(s), ...(s.filing !== undefined ? { filing: nameKey(s.filing) } : {}), facts: f(s.facts) });
  const each = <T>(rec: Record<string, Sighting<T>[]>, f: (t: T) => T, key = (k: string) => k) =>
    Object.fromEntries(Object.entries(rec).map(([k, list]) => [key(k), list.map((s) => sighting(s, f))]));
  return { entity: state.entity.map((s) => sighting(s, maskFactsIds)), websites: each(state.websites, maskFactsIds, nameKey), domains: each(state.domains, maskFactsIds), servers: each(state.servers, maskFactsIds, maskIdRuns) };
}
