/**
 * The engine's public face, used by the CLI, the background and the UI. Pure: no browser API.
 *
 *   lint(facts, rules, now, { lang }) -> LintResult[]          every rule, per subject
 *   checkDomain(input, options, rules) -> CheckOutcome       the manual lookup of a pasted domain/URL
 *   localizeResult(result, rules, lang) -> LintResult        re-render a result's texts in a language
 *   sourceLabel(source, lang) -> string                     one line for a result's source (publisher, title, section)
 *   loadRuleSet() -> RuleSet                                  rules/ data, zod-validated (throws naming the bad entry)
 */
export type { LintResult, Status, Severity, Lang, SubjectKind, DisplaySource } from './types';
export type { RuleSet, Rule } from './rule-data';
export { lint } from './lint';
export type { LintFacts } from './context';
export { checkDomain, type CheckOptions, type CheckOutcome } from './check-domain';
export { localizeResult, displaySources } from './messages';
export { sourceLabel } from './source-label';
export { loadRuleSet } from './load-rules';
export { validateFacts, type FactsIssue, type FactsValidation } from './validate-facts';
