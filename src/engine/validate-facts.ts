import type { z } from 'zod';
import { FactsSchema, describeFactsError, issuePath, type Facts } from '../facts/schema';
import { toRegistrable } from './domain-name';
import { resolveProvince } from './province';
import type { RuleSet } from './rule-data';

/**
 * What is wrong with a facts file, with the field named (`path`), for a front end to word in its
 * language; `error` of FactsValidation is the same in English.
 */
export type FactsIssue =
  | { kind: 'schema'; path: string; issue: z.core.$ZodIssue }
  | { kind: 'unknown-province'; path: string; value: string }
  | { kind: 'not-filing-province'; path: string; value: string }
  | { kind: 'not-domain'; path: string; value: string };

export type FactsValidation = { ok: true; facts: Facts } | { ok: false; error: string; issue?: FactsIssue };

/**
 * A facts file as the CLI and the options page's import accept it: the v1 schema, then what the
 * schema cannot say — provinces that exist (a filing province in Hong Kong, Macao or Taiwan is bad
 * input) and domains that can be parsed at all.
 */
export function validateFacts(data: unknown, rules: RuleSet): FactsValidation {
  const parsed = FactsSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, error: describeFactsError(parsed.error), ...(first ? { issue: { kind: 'schema', path: issuePath(first.path), issue: first } } : {}) };
  }
  const facts = parsed.data;
  const e = facts.entity;
  if (e) {
    for (const field of ['province', 'homeProvince', 'phoneProvince'] as const) {
      const value = e[field];
      if (value === undefined) continue;
      const match = resolveProvince(value, rules);
      if (!match) return { ok: false, error: `entity.${field}: unknown province "${value}"`, issue: { kind: 'unknown-province', path: `entity.${field}`, value } };
      if (field === 'province' && match.kind === 'not-filing') {
        return {
          ok: false,
          error: `entity.province: "${value}" is not a filing province (Hong Kong, Macao and Taiwan are outside the mainland filing system)`,
          issue: { kind: 'not-filing-province', path: 'entity.province', value },
        };
      }
    }
  }
  const badDomain = (d: string) => toRegistrable(d).kind === 'invalid';
  for (const [i, d] of (facts.domains ?? []).entries()) {
    if (badDomain(d.domain)) {
      const value = d.domain.slice(0, 80);
      return { ok: false, error: `domains[${i}].domain: "${value}" is not a domain name`, issue: { kind: 'not-domain', path: `domains[${i}].domain`, value } };
    }
  }
  for (const [i, w] of (facts.websites ?? []).entries()) {
    const j = w.domains.findIndex(badDomain);
    if (j >= 0) {
      const value = w.domains[j]!.slice(0, 80);
      return { ok: false, error: `websites[${i}].domains[${j}]: "${value}" is not a domain name`, issue: { kind: 'not-domain', path: `websites[${i}].domains[${j}]`, value } };
    }
  }
  return { ok: true, facts };
}
