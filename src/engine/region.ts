import { defaultProvider, type ProviderId } from '../facts/schema';
import type { RuleSet } from './rule-data';

export type RegionMatch = { id: string; mainland: boolean; display?: { zh: string; en: string } };

function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s()（）_]/g, '');
}

type RegionIndex = Map<ProviderId, Map<string, RegionMatch>>;
const cache = new WeakMap<RuleSet, RegionIndex>();
/** Answers per rule set, provider and text: a region repeats on every server of an account. */
const answers = new WeakMap<RuleSet, Map<string, RegionMatch | undefined>>();

function index(rules: RuleSet): RegionIndex {
  let byProvider = cache.get(rules);
  if (!byProvider) {
    byProvider = new Map();
    for (const r of rules.regions.regions) {
      let map = byProvider.get(r.provider);
      if (!map) byProvider.set(r.provider, (map = new Map()));
      const match: RegionMatch = r.display ? { id: r.id, mainland: r.mainland, display: r.display } : { id: r.id, mainland: r.mainland };
      for (const name of [r.id, ...r.names]) if (!map.has(key(name))) map.set(key(name), match);
    }
    cache.set(rules, byProvider);
  }
  return byProvider;
}

/**
 * A server's region as a region id with its mainland flag: ids (cn-hangzhou, ap-guangzhou), console
 * names (华东1（杭州）, 华南地区（广州）, China (Hangzhou)), and zone ids (cn-hangzhou-h, ap-guangzhou-3).
 * Names are looked up in the server's provider's regions first (北京 is cn-beijing on Alibaba Cloud,
 * ap-beijing on Tencent Cloud), then in every provider's. Unlisted ids follow provinces.md: cn-* except
 * cn-hongkong is mainland, every other prefix (ap-*, na-*, eu-* …) is not. Anything else is unknown.
 */
export function resolveRegion(text: string | undefined, rules: RuleSet, provider: ProviderId = defaultProvider): RegionMatch | undefined {
  if (!text) return undefined;
  let memo = answers.get(rules);
  if (!memo) answers.set(rules, (memo = new Map()));
  const memoKey = `${provider}\u0000${text}`;
  if (memo.has(memoKey)) return memo.get(memoKey);
  const match = resolveUncached(text, rules, provider);
  if (memo.size < 1000) memo.set(memoKey, match);
  return match;
}

function resolveUncached(text: string, rules: RuleSet, provider: ProviderId): RegionMatch | undefined {
  const byProvider = index(rules);
  const k = key(text);
  const zoneless = k.replace(/-(\d+|[a-z])$/, '');
  const own = byProvider.get(provider);
  for (const candidate of [k, zoneless]) {
    const known = own?.get(candidate) ?? [...byProvider.values()].map((m) => m.get(candidate)).find(Boolean);
    if (known) return known;
  }
  const id = /^([a-z]{2,4}-[a-z0-9-]+?)(-[a-z])?$/.exec(k)?.[1];
  if (!id) return undefined;
  if (id.startsWith('cn-')) return { id, mainland: !/^cn-(hongkong|macao|macau|taiwan)/.test(id) };
  return { id, mainland: false };
}
