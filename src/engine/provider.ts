import { defaultProvider, type ProviderId, type ServerFacts } from '../facts/schema';
import type { ProviderData, RuleSet } from './rule-data';
import type { Params } from './types';

export type Product = RuleSet['products']['products'][number];

const productCache = new WeakMap<RuleSet, Map<string, Product>>();

/** A server's product data (rules/products.json), by product id; undefined when the data has none. */
export function findProduct(rules: RuleSet, id: string): Product | undefined {
  let map = productCache.get(rules);
  if (!map) {
    map = new Map(rules.products.products.map((p) => [p.id, p]));
    productCache.set(rules, map);
  }
  return map.get(id);
}

/** A server's product data (rules/products.json), by product id. */
export function productData(rules: RuleSet, id: string): Product {
  const product = findProduct(rules, id);
  if (!product) throw new Error(`no product '${id}' in rules/products.json`);
  return product;
}

export function providerData(rules: RuleSet, id: ProviderId): ProviderData {
  let map = providerCache.get(rules);
  if (!map) {
    map = new Map(rules.providers.providers.map((p) => [p.id, p]));
    providerCache.set(rules, map);
  }
  return map.get(id)!;
}

/** The cloud a server belongs to: as the facts say, else the cloud that sells its product. */
export function serverProviderId(rules: RuleSet, s: ServerFacts): ProviderId {
  return s.provider ?? productData(rules, s.product).provider ?? defaultProvider;
}

const providerCache = new WeakMap<RuleSet, Map<ProviderId, ProviderData>>();

/** {provider} in a message: 腾讯云 / Tencent Cloud. */
export function providerParams(p: ProviderData): Params {
  return { provider_zh: p.name.zh, provider_en: p.name.en, provider: p.name.en };
}

/**
 * Providers present in the facts, without repeats, in rules/providers.json order: the servers' providers
 * (their ids, serverProviderId); when no server is known, the providers whose consoles the facts were
 * read in (`consoles`, the extension's), else the default (Alibaba Cloud, as in version 1 files).
 */
export function presentProviders(rules: RuleSet, serverProviderIds: ReadonlySet<ProviderId>, consoles: readonly ProviderId[] = []): ProviderData[] {
  const ids = serverProviderIds.size ? serverProviderIds : new Set(consoles.length ? consoles : [defaultProvider]);
  return rules.providers.providers.filter((p) => ids.has(p.id));
}
