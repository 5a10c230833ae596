import { lint, loadRuleSet, type LintFacts, type LintResult } from '../../src/engine/index';

export const rules = loadRuleSet();
/** 2026-11-24 noon in China. */
export const NOW = new Date('2026-11-24T04:00:00Z');
export const TODAY = '2026-11-24';

export function run(facts: Omit<LintFacts, 'version'> & { version?: 1 }, lang: 'zh' | 'en' = 'en'): LintResult[] {
  return lint({ version: 1, now: TODAY, ...facts } as LintFacts, rules, NOW, { lang });
}

/** Results of one rule. */
export function of(rule: string, facts: Omit<LintFacts, 'version'> & { version?: 1 }, lang: 'zh' | 'en' = 'en'): LintResult[] {
  return run(facts, lang).filter((r) => r.rule === rule);
}

/** The single result of one rule (throws when there is not exactly one). */
export function one(rule: string, facts: Omit<LintFacts, 'version'> & { version?: 1 }, lang: 'zh' | 'en' = 'en'): LintResult {
  const rs = of(rule, facts, lang);
  if (rs.length !== 1) throw new Error(`${rule}: expected one result, got ${rs.length}: ${JSON.stringify(rs.map((r) => [r.subject, r.status]))}`);
  return rs[0]!;
}

/** ISO 7064 MOD 11-2 check character of the first 17 digits of a resident ID (written from GB 11643). */
export function idCheckChar(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * w[i]!;
  return ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'][s % 11]!;
}
export function validId(first17: string): string {
  return first17 + idCheckChar(first17);
}
/** The same ID with a wrong check character. */
export function mistypedId(first17: string): string {
  const good = idCheckChar(first17);
  return first17 + (good === '0' ? '1' : '0');
}

/** A unified social credit code (统一社会信用代码) with its GB 32100 check character (mod 31). */
export function uscc(first17: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let s = 0;
  for (let i = 0; i < 17; i++) s += chars.indexOf(first17[i]!) * w[i]!;
  return first17 + chars[(31 - (s % 31)) % 31]!;
}
