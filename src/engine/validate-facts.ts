import { FactsSchema, describeFactsError, type Facts } from '../facts/schema';
import { toRegistrable } from './domain-name';
import { resolveProvince } from './province';
import type { RuleSet } from './rule-data';

export type FactsValidation = { ok: true; facts: Facts } | { ok: false; error: string };

/**
 * A facts file as the CLI and the options page's import accept it: the v1 schema, then what the
 * schema cannot say — provinces that exist (a filing province in Hong Kong, Macao or Taiwan is bad
 * input) and domains that can be parsed at all.
 */
export function validateFacts(data: unknown, rules: RuleSet): FactsValidation {
  const parsed = FactsSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: describeFactsError(parsed.error) };
  const facts = parsed.data;
  const e = facts.entity;
  if (e) {
    for (const field of ['province', 'homeProvince', 'phoneProvince'] as const) {
      const value = e[field];
      if (value === undefined) continue;
      const match = resolveProvince(value, rules);
      if (!match) return { ok: false, error: `entity.${field}: unknown province "${value}"` };
      if (field === 'province' && match.kind === 'not-filing') {
        return { ok: false, error: `entity.province: "${value}" is not a filing province (Hong Kong, Macao and Taiwan are outside the mainland filing system)` };
      }
    }
  }
  const badDomain = (d: string) => toRegistrable(d).kind === 'invalid';
  for (const [i, d] of (facts.domains ?? []).entries()) {
    if (badDomain(d.domain)) return { ok: false, error: `domains[${i}].domain: "${d.domain.slice(0, 80)}" is not a domain name` };
  }
  for (const [i, w] of (facts.websites ?? []).entries()) {
    const j = w.domains.findIndex(badDomain);
    if (j >= 0) return { ok: false, error: `websites[${i}].domains[${j}]: "${w.domains[j]!.slice(0, 80)}" is not a domain name` };
  }
  return { ok: true, facts };
}
