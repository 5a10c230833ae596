import type { RuleSet } from './rule-data';

export type RegionMatch = { id: string; mainland: boolean };

function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s()（）_]/g, '');
}

const cache = new WeakMap<RuleSet, Map<string, RegionMatch>>();

/**
 * A server's region as a region id with its mainland flag: ids (cn-hangzhou), console names
 * (华东1（杭州）, China (Hangzhou)). Unlisted ids follow provinces.md: cn-* except cn-hongkong is
 * mainland, every other prefix is not. Anything else is unknown.
 */
export function resolveRegion(text: string | undefined, rules: RuleSet): RegionMatch | undefined {
  if (!text) return undefined;
  let map = cache.get(rules);
  if (!map) {
    map = new Map();
    for (const r of rules.regions.regions) for (const name of [r.id, ...r.names]) map.set(key(name), { id: r.id, mainland: r.mainland });
    cache.set(rules, map);
  }
  const k = key(text);
  const known = map.get(k);
  if (known) return known;
  const id = /^([a-z]{2,4}-[a-z0-9-]+?)(-[a-z])?$/.exec(k)?.[1];
  if (!id) return undefined;
  if (id.startsWith('cn-')) return { id, mainland: !/^cn-(hongkong|macao|macau|taiwan)/.test(id) };
  return { id, mainland: false };
}
