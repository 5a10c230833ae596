import type { RuleSet } from './rule-data';

export type RegistrarMatch = { status: 'approved' | 'not-approved'; brand: string } | { status: 'unlisted' };

/** Lower case, company-form words (有限公司, Co., Ltd. …) and punctuation become spaces. */
function words(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/有限责任公司|股份有限公司|有限公司/g, ' ')
    .replace(/[\s.,，。、()（）\[\]【】'"’&!\-_/:]+/g, ' ')
    .replace(/\b(co|ltd|corporation|limited|inc|llc|sas|se)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** The same without spaces: the exact-match key. */
function key(text: string): string {
  return words(text).replace(/ /g, '');
}

type Alias = { key: string; words: string; latin: boolean; status: 'approved' | 'not-approved'; brand: string };
const aliasCache = new WeakMap<RuleSet, { aliases: Alias[]; memo: Map<string, RegistrarMatch>; byText: Map<string, RegistrarMatch> }>();

function aliasIndex(rules: RuleSet) {
  let index = aliasCache.get(rules);
  if (!index) {
    const aliases: Alias[] = [];
    for (const [status, list] of [['approved', rules.registrars.approved], ['not-approved', rules.registrars.notApproved]] as const) {
      for (const entry of list) {
        for (const alias of [entry.brand, ...entry.aliases]) {
          const k = key(alias);
          if (k) aliases.push({ key: k, words: words(alias), latin: /^[\x00-\x7f]+$/.test(k), status, brand: entry.brand });
        }
      }
    }
    index = { aliases, memo: new Map(), byText: new Map() };
    aliasCache.set(rules, index);
  }
  return index;
}

export function matchRegistrar(text: string, rules: RuleSet): RegistrarMatch {
  const index = aliasIndex(rules);
  // The same registrar text repeats on every domain of an account: skip the normalising too.
  const seen = index.byText.get(text);
  if (seen) return seen;
  const result = matchWords(text, index);
  if (index.byText.size < 1000) index.byText.set(text, result);
  return result;
}

function matchWords(text: string, index: ReturnType<typeof aliasIndex>): RegistrarMatch {
  const w = words(text);
  const k = w.replace(/ /g, '');
  const memo = index.memo.get(k);
  if (memo) return memo;
  let result: RegistrarMatch = { status: 'unlisted' };
  const exact = k ? index.aliases.find((a) => a.key === k) : undefined;
  if (exact) result = { status: exact.status, brand: exact.brand };
  else if (k) {
    // The longest alias contained in the text: Latin aliases as whole words ("enom" is not in
    // "Xenomorph"), CJK aliases of 2+ characters anywhere.
    let best: Alias | undefined;
    for (const a of index.aliases) {
      const contained = a.latin ? w.includes(a.words) : a.key.length >= 2 && k.includes(a.key);
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
