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
export function matchRegistrar(text: string, rules: RuleSet): RegistrarMatch {
  const k = key(text);
  if (!k) return { status: 'unlisted' };
  const lists = [
    ['approved', rules.registrars.approved],
    ['not-approved', rules.registrars.notApproved],
  ] as const;
  // Exact alias first, then the longest alias contained in the text (aliases of 4+ characters).
  let best: { status: 'approved' | 'not-approved'; brand: string; length: number } | undefined;
  for (const [status, list] of lists) {
    for (const entry of list) {
      for (const alias of [entry.brand, ...entry.aliases]) {
        const a = key(alias);
        if (!a) continue;
        if (a === k) return { status, brand: entry.brand };
        const contained = a.length >= (/^[\x00-\x7f]+$/.test(a) ? 4 : 2) && k.includes(a);
        if (contained && (!best || a.length > best.length)) best = { status, brand: entry.brand, length: a.length };
      }
    }
  }
  return best ? { status: best.status, brand: best.brand } : { status: 'unlisted' };
}

/** True when a provider name (e.g. a filing's access provider) is Alibaba Cloud. */
export function isAlibabaCloud(text: string, rules: RuleSet): boolean {
  const match = matchRegistrar(text, rules);
  return match.status === 'approved' && match.brand === rules.registrars.approved[0]!.brand;
}
