import type { DomainFacts, Facts, PartialEntity, ProviderId, ServerFacts, Website } from '../facts/schema';
import { chinaDate, dateOf } from './calendar';
import { toRegistrable, type DomainInput } from './domain-name';
import { findProduct, presentProviders, providerData, serverProviderId, type Product } from './provider';
import { resolveProvince, type Province } from './province';
import { resolveRegion, type RegionMatch } from './region';
import type { ProviderData, RuleSet } from './rule-data';
import type { Lang, Params } from './types';

export interface DomainSubject {
  /** Registrable ASCII form (or the IP / raw text when not a domain): the merge key. */
  key: string;
  /** Shown as the subject: the registrable domain in Unicode, or the IP / text as given. */
  display: string;
  parsed: DomainInput;
  /** The facts seen of this domain, merged over every entry with the same registrable form. */
  facts: Partial<DomainFacts>;
  seen: boolean;
}

export interface WebsiteSubject {
  index: number;
  website: Website;
  /** The subject key of its results: its name, else its first domain, else `#n` (kept for --json). */
  display: string;
  /**
   * How messages name it (params `website`, `website_zh`, `website_en`): its display, or — for a
   * website with neither name nor domain — "网站 n" / "Website n", never the bare `#n`.
   */
  nameParams: Params;
  /** Registrable keys of its domains, without repeats. */
  domainKeys: string[];
  /**
   * The cloud(s) whose numbers apply: its server's provider; a website not tied to a known server
   * gets every provider present in the facts (the stricter numbers win), or the default.
   */
  providers: ProviderData[];
}

/** A server with what every server rule looks up about it, worked out once per lint. */
export interface ServerSubject {
  server: ServerFacts;
  /** serverKey(id): how websites name it. */
  key: string;
  providerId: ProviderId;
  provider: ProviderData;
  /** Its products.json entry (undefined for a product not in the data: a rule that needs it throws). */
  product: Product | undefined;
  region: RegionMatch | undefined;
  /** The websites of the filing on this server (by key), in website order. */
  websites: WebsiteSubject[];
}

export interface LintContext {
  rules: RuleSet;
  lang: Lang;
  today: string;
  /** The filing entity; its type may not be known yet (the manual lookup, a form half filled). */
  entity?: PartialEntity;
  province?: Province;
  domains: DomainSubject[];
  /** The domains that are domains (not an IP, a suffix or invalid text): most domain rules' subjects. */
  filable: DomainSubject[];
  websites: WebsiteSubject[];
  servers: ServerFacts[];
  /** One per server, in the facts' order. */
  serverSubjects: ServerSubject[];
  /** Servers a filing could use: every server not known to be outside the mainland. */
  filingServers: ServerSubject[];
  /** The providers of the filing: those of its websites, else those present in the facts. */
  filingProviders: ProviderData[];
  /** Per domain key: the providers of the websites that hold it, else the filing's providers. */
  domainProviders: Map<string, ProviderData[]>;
}

export const serverKey = (id: string) => id.trim().toLowerCase();

export function domainKey(parsed: DomainInput): { key: string; display: string } {
  switch (parsed.kind) {
    case 'domain':
      return { key: parsed.domain, display: parsed.unicode };
    case 'ip':
      return { key: parsed.ip, display: parsed.ip };
    case 'suffix':
      return { key: parsed.suffix, display: parsed.input.trim() };
    default:
      return { key: parsed.input.trim(), display: parsed.input.trim() };
  }
}

function mergeDomainFacts(into: Partial<DomainFacts>, from: DomainFacts): void {
  const target = into as Record<string, unknown>;
  const source = from as Record<string, unknown>;
  for (const k in source) {
    if (!Object.hasOwn(source, k)) continue;
    const v = source[k];
    if (v !== undefined && target[k] === undefined) target[k] = v;
  }
}

/** A facts file, or what the store has merged so far (an entity whose type is not known yet). */
export type LintFacts = Omit<Facts, 'entity'> & { entity?: PartialEntity };

/** `consoles`: the providers whose consoles the facts were read in (./provider presentProviders). */
export function buildContext(facts: LintFacts, rules: RuleSet, now: Date, lang: Lang, consoles: readonly ProviderId[] = []): LintContext {
  // A bare date is China's calendar date; a time with a zone is converted to China's date (as expiresAt is).
  const today = facts.now ? dateOf(facts.now) : chinaDate(now);
  const domains = new Map<string, DomainSubject>();
  const byRaw = new Map<string, DomainSubject>();
  const subjectFor = (raw: string): DomainSubject => {
    const known = byRaw.get(raw);
    if (known) return known;
    const parsed = toRegistrable(raw);
    const { key, display } = domainKey(parsed);
    let subject = domains.get(key);
    if (!subject) {
      subject = { key, display, parsed, facts: {}, seen: false };
      domains.set(key, subject);
    }
    byRaw.set(raw, subject);
    return subject;
  };
  for (const d of facts.domains ?? []) {
    const subject = subjectFor(d.domain);
    subject.seen = true;
    mergeDomainFacts(subject.facts, d);
  }
  const servers = facts.servers ?? [];
  const serverSubjects: ServerSubject[] = [];
  const serverProviders = new Map<string, ProviderData>();
  const ids = new Set<ProviderId>();
  for (const server of servers) {
    const providerId = serverProviderId(rules, server);
    ids.add(providerId);
    const provider = providerData(rules, providerId);
    const key = serverKey(server.id);
    serverProviders.set(key, provider);
    const region = resolveRegion(server.region, rules, providerId);
    serverSubjects.push({ server, key, providerId, provider, product: findProduct(rules, server.product), region, websites: [] });
  }
  const present = presentProviders(rules, ids, consoles);
  /** [provider] per provider: one list shared by the websites on that provider's servers. */
  const single = new Map<ProviderData, ProviderData[]>();
  const onlyThe = (p: ProviderData) => {
    let list = single.get(p);
    if (!list) single.set(p, (list = [p]));
    return list;
  };
  const websites = (facts.websites ?? []).map((website, index) => {
    const keys = [...new Set(website.domains.map((d) => subjectFor(d).key))];
    const first = keys[0] ? domains.get(keys[0])!.display : undefined;
    const own = website.serverId ? serverProviders.get(serverKey(website.serverId)) : undefined;
    const display = website.name ?? first;
    const n = index + 1;
    const nameParams: Params = display !== undefined ? { website: display } : { website: `Website ${n}`, website_zh: `网站 ${n}`, website_en: `Website ${n}` };
    return { index, website, display: display ?? `#${n}`, nameParams, domainKeys: keys, providers: own ? onlyThe(own) : present };
  });
  const union = (lists: ProviderData[][]) => rules.providers.providers.filter((p) => lists.some((l) => l.includes(p)));
  const filingProviders = websites.length ? union(websites.map((w) => w.providers)) : present;
  const holding = new Map<string, ProviderData[][]>();
  for (const w of websites) {
    for (const k of w.domainKeys) {
      const lists = holding.get(k);
      if (lists) lists.push(w.providers);
      else holding.set(k, [w.providers]);
    }
  }
  const domainProviders = new Map<string, ProviderData[]>();
  for (const d of domains.values()) {
    const lists = holding.get(d.key);
    domainProviders.set(d.key, lists ? (lists.length === 1 ? lists[0]! : union(lists)) : filingProviders);
  }
  const onServer = new Map<string, WebsiteSubject[]>();
  for (const w of websites) {
    if (!w.website.serverId) continue;
    const k = serverKey(w.website.serverId);
    const list = onServer.get(k);
    if (list) list.push(w);
    else onServer.set(k, [w]);
  }
  const filingServers: ServerSubject[] = [];
  for (const ss of serverSubjects) {
    const list = onServer.get(ss.key);
    if (list) ss.websites = list;
    if (ss.region?.mainland !== false) filingServers.push(ss);
  }
  const domainList = [...domains.values()];
  const match = resolveProvince(facts.entity?.province, rules);
  return {
    rules,
    lang,
    today,
    entity: facts.entity,
    province: match?.kind === 'province' ? match.province : undefined,
    domains: domainList,
    filable: domainList.filter((d) => d.parsed.kind === 'domain'),
    websites,
    servers,
    serverSubjects,
    filingServers,
    filingProviders,
    domainProviders,
  };
}
