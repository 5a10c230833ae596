import { buildContext, type LintFacts } from './context';
import { evaluators } from './evaluators';
import { renderPlan, renderWith } from './messages';
import type { RuleSet } from './rule-data';
import type { Lang, LintResult } from './types';

export interface LintOptions {
  lang?: Lang;
}

/**
 * Every rule of the catalogue against the facts, per subject: pass, fail or unknown. Pure and
 * synchronous; `now` is used only when the facts carry no `now` of their own.
 */
export function lint(facts: LintFacts, rules: RuleSet, now: Date, options: LintOptions = {}): LintResult[] {
  const lang = options.lang ?? 'en';
  const ctx = buildContext(facts, rules, now, lang);
  const results: LintResult[] = [];
  for (const rule of rules.rules) {
    const evaluate = evaluators[rule.id];
    if (!evaluate) continue;
    const verdicts = evaluate(ctx);
    if (verdicts.length === 0) continue;
    const plan = renderPlan(rule, rules, lang);
    for (let i = 0; i < verdicts.length; i++) results.push(renderWith(plan, verdicts[i]!));
  }
  return results;
}
