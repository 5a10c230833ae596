import type { Facts, PageFacts, ProviderId } from '../facts/schema';
import { registrableDomain, serverKey, subjectKey, websiteKey } from '../store/subject-keys';

/**
 * Which subjects a page showed, as subject keys (see store/subject-keys). A filing page's websites
 * bring their domains and server along, so the filing form hears about an unverified domain too.
 */
export function subjectsOfPage(page: PageFacts): string[] {
  const keys = new Set<string>();
  if (page.entity) keys.add('entity');
  for (const w of page.websites ?? []) {
    if (w.name) keys.add(subjectKey('website', w.name));
    if (w.domains[0]) keys.add(subjectKey('website', w.domains[0]));
    for (const d of w.domains) keys.add(`domain:${registrableDomain(d)}`);
    if (w.serverId) keys.add(`server:${serverKey(w.serverId)}`);
  }
  for (const d of page.domains ?? []) keys.add(`domain:${registrableDomain(d.domain)}`);
  for (const s of page.servers ?? []) keys.add(`server:${serverKey(s.id)}`);
  return [...keys];
}

/**
 * The filing in progress: the entity, its websites, and — once websites are known — only the domains
 * and servers those websites use (the domain list may show many unrelated domains). Before any
 * website is known, everything seen is in scope. `websiteKeys` (store/sightings filingWebsiteKeys):
 * the store keys of this filing's websites; other filings' websites are left out. `provider`
 * (store/sightings filingProvider): the cloud the filing is made with — where its websites name no
 * server, only that cloud's servers are in scope (a user with servers on both clouds, filing with one,
 * was held at submit by the other's pay-as-you-go servers); a server a website names stays, whichever.
 */
export function filingScope(facts: Facts, websiteKeys?: ReadonlySet<string>, provider?: ProviderId): Facts {
  const scoped = byWebsites(facts, websiteKeys);
  const named = new Set((scoped.websites ?? []).flatMap((w) => (w.serverId ? [serverKey(w.serverId)] : [])));
  if (!provider || !scoped.servers || named.size > 0) return scoped;
  const servers = scoped.servers.filter((s) => (s.provider ?? 'aliyun') === provider);
  if (servers.length === scoped.servers.length) return scoped;
  const { servers: _all, ...rest } = scoped;
  return servers.length > 0 ? { ...rest, servers } : rest;
}

function byWebsites(facts: Facts, websiteKeys?: ReadonlySet<string>): Facts {
  const all = facts.websites ?? [];
  const websites = websiteKeys ? all.filter((w) => websiteKeys.has(websiteKey(w))) : all;
  if (websites.length === 0) {
    if (all.length === 0) return facts;
    const { websites: _others, ...rest } = facts;
    return rest;
  }
  const domains = new Set(websites.flatMap((w) => w.domains.map(registrableDomain)));
  const servers = new Set(websites.flatMap((w) => (w.serverId ? [serverKey(w.serverId)] : [])));
  const out: Facts = { ...facts, websites };
  if (facts.domains) out.domains = facts.domains.filter((d) => domains.has(registrableDomain(d.domain)));
  if (facts.servers && servers.size > 0) out.servers = facts.servers.filter((s) => servers.has(serverKey(s.id)));
  return out;
}
