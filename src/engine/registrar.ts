import type { RuleSet } from './rule-data';

export type RegistrarMatch = { status: 'approved' | 'not-approved'; brand: string } | { status: 'unlisted' };

/** Case-insensitive, without punctuation, brackets, company-form words (有限公司, Co., Ltd. …). */
function key(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/有限责任公司|股份有限公司|有限公司|co\.?,?\s*ltd\.?|corporation|limited|inc\.?|llc|sas|\bse\b/g, '')
    .replace(/[\s.,，。、()（）\[\]【】'"’&!\-_/:]/g, '');
}

/** Matches the registrar a console or WHOIS shows against the approved / not-approved lists. */
type Alias = { key: string; status: 'approved' | 'not-approved'; brand: string };
const aliasCache = new WeakMap<RuleSet, { aliases: Alias[]; memo: Map<string, RegistrarMatch> }>();

function aliasIndex(rules: RuleSet) {
  let index = aliasCache.get(rules);
  if (!index) {
    const aliases: Alias[] = [];
    for (const [status, list] of [['approved', rules.registrars.approved], ['not-approved', rules.registrars.notApproved]] as const) {
      for (const entry of list) for (const alias of [entry.brand, ...entry.aliases]) if (key(alias)) aliases.push({ key: key(alias), status, brand: entry.brand });
    }
    index = { aliases, memo: new Map() };
    aliasCache.set(rules, index);
  }
  return index;
}

export function matchRegistrar(text: string, rules: RuleSet): RegistrarMatch {
  const index = aliasIndex(rules);
  const k = key(text);
  const memo = index.memo.get(k);
  if (memo) return memo;
  let result: RegistrarMatch = { status: 'unlisted' };
  const exact = k ? index.aliases.find((a) => a.key === k) : undefined;
  if (exact) result = { status: exact.status, brand: exact.brand };
  else if (k) {
    // The longest alias contained in the text (Latin aliases of 4+ characters, CJK of 2+).
    let best: Alias | undefined;
    for (const a of index.aliases) {
      const contained = a.key.length >= (/^[\x00-\x7f]+$/.test(a.key) ? 4 : 2) && k.includes(a.key);
      if (contained && (!best || a.key.length > best.key.length)) best = a;
    }
    if (best) result = { status: best.status, brand: best.brand };
  }
  if (index.memo.size < 1000) index.memo.set(k, result);
  return result;
}

/** True when a provider name (e.g. a filing's access provider) is Alibaba Cloud. */
export function isAlibabaCloud(text: string, rules: RuleSet): boolean {
  const match = matchRegistrar(text, rules);
  return match.status === 'approved' && match.brand === rules.registrars.approved[0]!.brand;
}
