import type { ProviderId } from '../facts/schema';
import type { Rule, RuleSet } from './rule-data';
import type { Lang, LintResult, Params, Severity, Status, SubjectKind } from './types';

/** What an evaluator decides for one subject; texts come from the rule data by id. */
export interface Verdict {
  status: Status;
  subject: string;
  subjectKind: SubjectKind;
  params: Params;
  /** A key of the rule's texts.variants to use instead of the pass / fail / unknown text. */
  variant?: string;
  /** Overrides the rule's severity (a registrant who is a shareholder: warning, not error). */
  severity?: Severity;
  /** Unknown: the page that shows the missing fact, if not the rule's first page. */
  page?: string;
  /**
   * The cloud the subject is on: its rules/providers.json entry may swap the variant (by the verdict's
   * variant or status) and the page (a provider's own console page) — data, not code.
   */
  provider?: ProviderId;
}

/** A template split once into literal text (even indexes) and placeholder names (odd indexes). */
const compiledTemplates = new Map<string, string[]>();

function compile(template: string): string[] {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{([a-zA-Z]+)\}/);
    compiledTemplates.set(template, parts);
  }
  return parts;
}

/** Fills {placeholders}; a param `name_zh` / `name_en` wins over `name` in that language. */
export function fillTemplate(template: string, params: Params, lang: Lang): string {
  const parts = compile(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = params[`${name}_${lang}`] ?? params[name];
    out += (value === undefined ? `{${name}}` : String(value)) + parts[i + 1]!;
  }
  return out;
}

export function renderVerdict(rule: Rule, verdict: Verdict, rules: RuleSet, lang: Lang): LintResult {
  const texts = rule.texts[lang];
  const provider = verdict.provider ? rules.providers.providers.find((p) => p.id === verdict.provider) : undefined;
  const swapped = provider?.variants[rule.id]?.[verdict.variant ?? verdict.status];
  const variant = swapped && texts.variants?.[swapped] ? swapped : verdict.variant;
  const base = verdict.status === 'pass' ? texts.pass : verdict.status === 'fail' ? texts.fail : texts.unknown;
  const template = (variant && texts.variants?.[variant]) || base;
  let message = fillTemplate(template, verdict.params, lang);
  const result: LintResult = {
    rule: rule.id,
    status: verdict.status,
    severity: verdict.severity ?? rule.severity,
    subject: verdict.subject,
    subjectKind: verdict.subjectKind,
    message,
    params: verdict.params,
  };
  if (variant) result.variant = variant;
  if (verdict.provider) result.provider = verdict.provider;
  if (verdict.status === 'fail') result.fix = fillTemplate((variant && texts.variants?.[`${variant}.fix`]) || texts.fix, verdict.params, lang);
  if (verdict.status === 'unknown') {
    const wanted = verdict.page ?? rule.pages[0]!;
    const page = provider?.pages[wanted] ?? wanted;
    const where = rules.pages[page];
    result.detail = message;
    if (where) message += lang === 'zh' ? `请打开：${where.zh}。` : ` Open: ${where.en}.`;
    result.message = message;
    result.page = page;
  }
  return result;
}

/** Re-renders a result's message and fix in another language. */
export function localizeResult(result: LintResult, rules: RuleSet, lang: Lang): LintResult {
  const rule = rules.byId.get(result.rule);
  if (!rule) return result;
  return renderVerdict(
    rule,
    {
      status: result.status,
      subject: result.subject,
      subjectKind: result.subjectKind,
      params: result.params,
      variant: result.variant,
      severity: result.severity,
      page: result.page,
      provider: result.provider,
    },
    rules,
    lang,
  );
}
