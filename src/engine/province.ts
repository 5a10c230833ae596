import type { RuleSet } from './rule-data';

export type Province = RuleSet['provinces']['provinces'][number];
export type ProvinceMatch = { kind: 'province'; province: Province } | { kind: 'not-filing'; iso: string; name: string };

const SUFFIXES = ['壮族自治区', '回族自治区', '维吾尔自治区', '特别行政区', '自治区', '省', '市'];
const EN_SUFFIXES = ['autonomousregion', 'specialadministrativeregion', 'province', 'municipality', 'sheng', 'shi', 'sar'];

/** Lower case, no spaces or punctuation, no tone marks, no administrative suffix. */
function key(text: string): string {
  let k = text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’·._\-()（）]/g, '');
  if (/^cn[a-z]{2}$/.test(k)) return `cn-${k.slice(2)}`;
  for (const suffix of SUFFIXES) if (k.length > suffix.length + 1 && k.endsWith(suffix)) return k.slice(0, -suffix.length);
  for (const suffix of EN_SUFFIXES) if (k.length > suffix.length + 3 && k.endsWith(suffix)) return k.slice(0, -suffix.length);
  return k;
}

const cache = new WeakMap<RuleSet, Map<string, ProvinceMatch>>();

function index(rules: RuleSet): Map<string, ProvinceMatch> {
  let map = cache.get(rules);
  if (map) return map;
  map = new Map();
  for (const province of rules.provinces.provinces) {
    const match: ProvinceMatch = { kind: 'province', province };
    for (const name of [province.iso, province.name, province.short, ...province.pinyin]) map.set(key(name), match);
  }
  for (const other of rules.provinces.notFiling) {
    const match: ProvinceMatch = { kind: 'not-filing', iso: other.iso, name: other.names[0]! };
    for (const name of [other.iso, ...other.names]) if (!map.has(key(name))) map.set(key(name), match);
  }
  cache.set(rules, map);
  return map;
}

/** Matches a province by Chinese name with or without 省/市/自治区…, pinyin, or ISO 3166-2 code. */
export function resolveProvince(text: string | undefined, rules: RuleSet): ProvinceMatch | undefined {
  if (!text) return undefined;
  return index(rules).get(key(text));
}

export function provinceByIdPrefix(prefix: string, rules: RuleSet): Province | undefined {
  return rules.provinces.provinces.find((p) => p.idPrefix === prefix);
}
