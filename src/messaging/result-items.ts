import type { LintResult, RuleSet } from '../engine';
import { sourceText } from '../engine/rule-data';
import type { PageLink, ResultItem, RuleInfo } from './contract';

/** An engine result with its rule's title and sources, ready to render in a language. */
export function toResultItem(result: LintResult, rules: RuleSet, lang: 'zh' | 'en'): ResultItem {
  const rule = rules.byId.get(result.rule);
  return {
    rule: result.rule,
    status: result.status,
    severity: result.severity,
    subject: result.subject,
    subjectKind: result.subjectKind,
    // The checklist links the page to open itself, so an unknown shows its message without it.
    message: result.page !== undefined && result.detail !== undefined ? result.detail : result.message,
    ...(result.fix !== undefined ? { fix: result.fix } : {}),
    ...(result.page !== undefined ? { page: result.page } : {}),
    title: rule?.texts[lang].title ?? result.rule,
    sources: (rule?.sources ?? []).map((s) => ({ doc: s.doc, section: sourceText(s, lang) })),
  };
}

export function ruleInfos(rules: RuleSet, lang: 'zh' | 'en'): RuleInfo[] {
  return rules.rules.map((r) => ({
    id: r.id,
    severity: r.severity,
    subjectKind: r.subject,
    title: r.texts[lang].title,
    sources: r.sources.map((s) => ({ doc: s.doc, section: sourceText(s, lang) })),
  }));
}

export function pageLinks(rules: RuleSet, lang: 'zh' | 'en'): Record<string, PageLink> {
  return Object.fromEntries(Object.entries(rules.pages).map(([k, p]) => [k, { label: p[lang], url: p.url }]));
}

/** Badge: the number of failing error-severity results; colour by the worst failing severity. */
export function badgeOf(results: readonly { status: string; severity: string }[]): { text: string; color: string } {
  const failing = results.filter((r) => r.status === 'fail');
  const errors = failing.filter((r) => r.severity === 'error').length;
  if (errors > 0) return { text: String(errors), color: '#c5221f' };
  if (failing.some((r) => r.severity === 'warning')) return { text: '!', color: '#b06000' };
  if (failing.length > 0) return { text: 'i', color: '#1a73e8' };
  return { text: '', color: '#188038' };
}
