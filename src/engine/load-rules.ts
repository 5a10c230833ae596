import type { z } from 'zod';
import { providerIds } from '../facts/schema';
import catalogue from '../../rules/catalogue.json';
import pages from '../../rules/pages.json';
import sources from '../../rules/sources.json';
import tlds from '../../rules/tlds.json';
import provinces from '../../rules/provinces.json';
import registrars from '../../rules/registrars.json';
import products from '../../rules/products.json';
import regions from '../../rules/regions.json';
import regionsTencent from '../../rules/regions-tencent.json';
import providers from '../../rules/providers.json';
import preApproval from '../../rules/pre-approval.json';
import commercialWords from '../../rules/commercial-words.json';
import websiteNames from '../../rules/website-names.json';
import {
  CatalogueSchema,
  PagesSchema,
  ProductsSchema,
  ProvidersSchema,
  ProvincesSchema,
  RegionsSchema,
  RegistrarsSchema,
  SourcesSchema,
  TldsSchema,
  WordListSchema,
  type RuleSet,
} from './rule-data';

/** The raw contents of every file under rules/, by file name. */
export type RuleFiles = Record<keyof typeof schemas, unknown>;

const schemas = {
  'catalogue.json': CatalogueSchema,
  'pages.json': PagesSchema,
  'sources.json': SourcesSchema,
  'tlds.json': TldsSchema,
  'provinces.json': ProvincesSchema,
  'registrars.json': RegistrarsSchema,
  'products.json': ProductsSchema,
  'regions.json': RegionsSchema,
  'regions-tencent.json': RegionsSchema,
  'providers.json': ProvidersSchema,
  'pre-approval.json': WordListSchema,
  'commercial-words.json': WordListSchema,
  'website-names.json': WordListSchema,
} as const;

export const bundledRuleFiles: RuleFiles = {
  'catalogue.json': catalogue,
  'pages.json': pages,
  'sources.json': sources,
  'tlds.json': tlds,
  'provinces.json': provinces,
  'registrars.json': registrars,
  'products.json': products,
  'regions.json': regions,
  'regions-tencent.json': regionsTencent,
  'providers.json': providers,
  'pre-approval.json': preApproval,
  'commercial-words.json': commercialWords,
  'website-names.json': websiteNames,
};

export class RuleDataError extends Error {}

function parseFile<S extends z.ZodType>(file: string, schema: S, data: unknown): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  throw new RuleDataError(`rules/${file}${path}: ${issue.message}`);
}

/**
 * Alibaba Cloud regions (regions.json, also read by the Alibaba readers) and Tencent Cloud regions
 * (regions-tencent.json, kept apart so that names both clouds use — 中国香港, Singapore — stay
 * unambiguous to a reader of one cloud) as one table; each entry keeps its provider.
 */
function mergeRegions(aliyun: z.infer<typeof RegionsSchema>, tencent: z.infer<typeof RegionsSchema>): z.infer<typeof RegionsSchema> {
  tencent.regions.forEach((r, i) => {
    if (r.provider !== 'tencent') throw new RuleDataError(`rules/regions-tencent.json.regions[${i}].provider: expected "tencent"`);
  });
  return { checked: aliyun.checked, regions: [...aliyun.regions, ...tencent.regions] };
}

/** Validates rule data; throws RuleDataError naming the file and the path of the first bad entry. */
export function buildRuleSet(files: RuleFiles): RuleSet {
  const cat = parseFile('catalogue.json', CatalogueSchema, files['catalogue.json']);
  const set: RuleSet = {
    rules: cat.rules,
    byId: new Map(),
    pages: parseFile('pages.json', PagesSchema, files['pages.json']),
    sources: parseFile('sources.json', SourcesSchema, files['sources.json']),
    tlds: parseFile('tlds.json', TldsSchema, files['tlds.json']),
    provinces: parseFile('provinces.json', ProvincesSchema, files['provinces.json']),
    registrars: parseFile('registrars.json', RegistrarsSchema, files['registrars.json']),
    products: parseFile('products.json', ProductsSchema, files['products.json']),
    regions: mergeRegions(parseFile('regions.json', RegionsSchema, files['regions.json']), parseFile('regions-tencent.json', RegionsSchema, files['regions-tencent.json'])),
    providers: parseFile('providers.json', ProvidersSchema, files['providers.json']),
    preApproval: parseFile('pre-approval.json', WordListSchema, files['pre-approval.json']),
    commercialWords: parseFile('commercial-words.json', WordListSchema, files['commercial-words.json']),
    websiteNames: parseFile('website-names.json', WordListSchema, files['website-names.json']),
  };
  cat.rules.forEach((rule, i) => {
    if (set.byId.has(rule.id)) throw new RuleDataError(`rules/catalogue.json.rules[${i}].id: duplicate rule id ${rule.id}`);
    rule.pages.forEach((page, j) => {
      if (!(page in set.pages)) throw new RuleDataError(`rules/catalogue.json.rules[${i}].pages[${j}]: no page '${page}' in rules/pages.json`);
    });
    rule.sources.forEach((source, j) => {
      if (!Object.hasOwn(set.sources, source.doc)) throw new RuleDataError(`rules/catalogue.json.rules[${i}].sources[${j}].doc: no document '${source.doc}' in rules/sources.json`);
    });
    set.byId.set(rule.id, rule);
  });
  for (const id of providerIds) {
    if (!set.providers.providers.some((p) => p.id === id)) throw new RuleDataError(`rules/providers.json.providers: no entry for provider '${id}'`);
  }
  set.products.products.forEach((product, i) => {
    if (product.page && !(product.page in set.pages)) throw new RuleDataError(`rules/products.json.products[${i}].page: no page '${product.page}' in rules/pages.json`);
    product.sources.forEach((source, j) => {
      if (!Object.hasOwn(set.sources, source.doc)) throw new RuleDataError(`rules/products.json.products[${i}].sources[${j}].doc: no document '${source.doc}' in rules/sources.json`);
    });
  });
  set.providers.providers.forEach((provider, i) => {
    provider.sources.forEach((source, j) => {
      if (!Object.hasOwn(set.sources, source.doc)) throw new RuleDataError(`rules/providers.json.providers[${i}].sources[${j}].doc: no document '${source.doc}' in rules/sources.json`);
    });
    for (const [id, sources] of Object.entries(provider.ruleSources)) {
      if (!set.byId.has(id)) throw new RuleDataError(`rules/providers.json.providers[${i}].ruleSources.${id}: no rule '${id}' in rules/catalogue.json`);
      sources.forEach((source, j) => {
        if (!Object.hasOwn(set.sources, source.doc)) throw new RuleDataError(`rules/providers.json.providers[${i}].ruleSources.${id}[${j}].doc: no document '${source.doc}' in rules/sources.json`);
      });
    }
    for (const id of Object.keys(provider.variants)) {
      if (!set.byId.has(id)) throw new RuleDataError(`rules/providers.json.providers[${i}].variants.${id}: no rule '${id}' in rules/catalogue.json`);
    }
  });
  return set;
}

let cached: RuleSet | undefined;

/** The rule set bundled with this build, validated once. */
export function loadRuleSet(): RuleSet {
  cached ??= buildRuleSet(bundledRuleFiles);
  return cached;
}
