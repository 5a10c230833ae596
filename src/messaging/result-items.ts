type Lang = 'zh' | 'en';
import { displaySources, type DisplaySource, type LintResult, type RuleSet } from '../engine';
import type { PageLink, ResultItem, RuleInfo, SourceItem } from './contract';

/** A source as items carry it: publisher, document title, section, link (the engine's one-line label is left out). */
const toSourceItem = ({ publisher, title, section, url }: DisplaySource): SourceItem => ({ publisher, title, section, ...(url ? { url } : {}) });

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
    // The engine rendered the result in `lang` with the title for its status and variant (a failing item
    // names the problem: "域名未完成实名认证", "An IP address cannot be filed", "Server expired") and its
    // sources most authoritative first.
    title: result.title ?? rule?.texts[lang].title ?? result.rule,
    sources: result.sources.map(toSourceItem),
    ...(result.variant !== undefined ? { variant: result.variant } : {}),
  };
}

/**
 * The page shows a website's finding beside the fact the rule is about, when that is not the website's
 * name: a rule whose first need is the website's domains (rules/catalogue.json `needs`) goes to the
 * domain field. `websites`: the facts' websites, to find the subject's domains.
 */
export function withNear(item: ResultItem, rules: RuleSet, websites: readonly { name?: string | undefined; domains: readonly string[] }[]): ResultItem {
  if (item.subjectKind !== 'website' || item.status !== 'fail') return item;
  if (rules.byId.get(item.rule)?.needs[0] !== 'websites[].domains') return item;
  const site = websites.find((w) => w.name !== undefined && w.name.trim() === item.subject);
  const domains = site?.domains.filter((d) => d.trim() !== '').slice(0, 50);
  return domains && domains.length > 0 ? { ...item, near: domains.map((d) => d.slice(0, 2000)) } : item;
}

export function ruleInfos(rules: RuleSet, lang: 'zh' | 'en'): RuleInfo[] {
  return rules.rules.map((r) => ({
    id: r.id,
    severity: r.severity,
    subjectKind: r.subject,
    title: r.texts[lang].title,
    sources: displaySources(r.sources, rules, lang).map(toSourceItem),
  }));
}

export function pageLinks(rules: RuleSet, lang: 'zh' | 'en'): Record<string, PageLink> {
  return Object.fromEntries(Object.entries(rules.pages).map(([k, p]) => [k, { label: p[lang], url: p.url }]));
}

/**
 * The checklist's two parts: the filing in progress, and what was seen in the console about subjects
 * outside it (a pay-as-you-go server on the ECS list stays pay-as-you-go when the filing form opens).
 */
export function splitChecklist<R extends Pick<LintResult, 'subjectKind' | 'subject'>>(all: readonly R[], filing: readonly R[]): { filing: R[]; console: R[] } {
  const inFiling = new Set(filing.map((r) => `${r.subjectKind}\u0000${r.subject}`));
  return { filing: [...filing], console: all.filter((r) => r.subjectKind !== 'entity' && !inFiling.has(`${r.subjectKind}\u0000${r.subject}`)) };
}

const badgeTitles = {
  zh: { none: 'ICP 备案预检', errors: (n: number) => `ICP 备案预检：${n} 个错误`, warnings: 'ICP 备案预检：有警告', info: 'ICP 备案预检：有提示' },
  en: { none: 'ICP Preflight', errors: (n: number) => `ICP Preflight: ${n} error${n === 1 ? '' : 's'}`, warnings: 'ICP Preflight: warnings', info: 'ICP Preflight: notes' },
};

/** Badge: the number of failing error-severity results; colour by the worst failing severity; its title in the UI language. */
export function badgeOf(results: readonly { status: string; severity: string }[], lang: Lang = 'en'): { text: string; color: string; title: string } {
  const t = badgeTitles[lang];
  const failing = results.filter((r) => r.status === 'fail');
  const errors = failing.filter((r) => r.severity === 'error').length;
  if (errors > 0) return { text: String(errors), color: '#c5221f', title: t.errors(errors) };
  if (failing.some((r) => r.severity === 'warning')) return { text: '!', color: '#b06000', title: t.warnings };
  if (failing.length > 0) return { text: 'i', color: '#1a73e8', title: t.info };
  return { text: '', color: '#188038', title: t.none };
}
