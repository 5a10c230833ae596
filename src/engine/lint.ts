import { buildContext, type LintContext, type LintFacts } from './context';
import type { ProviderId } from '../facts/schema';
import { evaluators } from './evaluators';
import { renderPlan, renderWith, type Verdict } from './messages';
import type { ProviderData, RuleSet } from './rule-data';
import type { Lang, LintResult, SubjectKind } from './types';

export interface LintOptions {
  lang?: Lang;
  /**
   * The providers whose consoles the facts were read in (the extension knows; a facts file does not):
   * the filing's provider while no server names one. Default: Alibaba Cloud, as the facts file says.
   */
  consoles?: readonly ProviderId[];
}

/**
 * Every rule of the catalogue against the facts, per subject: pass, fail or unknown. Pure and
 * synchronous; `now` is used only when the facts carry no `now` of their own.
 */
export function lint(facts: LintFacts, rules: RuleSet, now: Date, options: LintOptions = {}): LintResult[] {
  const lang = options.lang ?? 'en';
  const ctx = buildContext(facts, rules, now, lang, options.consoles);
  const results: LintResult[] = [];
  const pageOf = providerPages(ctx);
  for (const rule of rules.rules) {
    const evaluate = evaluators[rule.id];
    if (!evaluate) continue;
    const verdicts = evaluate(ctx);
    if (verdicts.length === 0) continue;
    const plan = renderPlan(rule, rules, lang);
    for (let i = 0; i < verdicts.length; i++) {
      const v = verdicts[i]!;
      const page = v.status === 'unknown' && v.provider === undefined ? pageOf(v, v.page ?? rule.pages[0]!) : undefined;
      results.push(renderWith(plan, page === undefined ? v : { ...v, page }));
    }
  }
  return results;
}

/**
 * An unknown names the console page that shows the missing fact. A verdict that does not name its
 * cloud gets that page on the cloud its subject is on (a domain of a Tencent Cloud filing: Tencent's
 * domain list, not Alibaba Cloud's); a subject on clouds whose pages differ keeps the rule's page.
 * Returns undefined where nothing changes.
 */
function providerPages(ctx: LintContext): (v: Verdict, wanted: string) => string | undefined {
  let bySubject: Map<string, ProviderData[]> | undefined;
  const key = (kind: SubjectKind, subject: string) => `${kind}\u0000${subject}`;
  const subjects = () => {
    const m = new Map<string, ProviderData[]>();
    for (const d of ctx.domains) m.set(key('domain', d.display), ctx.domainProviders.get(d.key) ?? ctx.filingProviders);
    for (const w of ctx.websites) m.set(key('website', w.display), w.providers);
    for (const s of ctx.serverSubjects) m.set(key('server', s.server.id), [s.provider]);
    return m;
  };
  // nothing to do unless a cloud of these facts has pages of its own
  const any = ctx.filingProviders.some((p) => Object.keys(p.pages).length > 0) || ctx.serverSubjects.some((s) => Object.keys(s.provider.pages).length > 0);
  return (v, wanted) => {
    if (!any) return undefined;
    const providers = v.subjectKind === 'entity' ? ctx.filingProviders : (bySubject ??= subjects()).get(key(v.subjectKind, v.subject));
    if (!providers || providers.length === 0) return undefined;
    const first = providers[0]!.pages[wanted] ?? wanted;
    for (let i = 1; i < providers.length; i++) if ((providers[i]!.pages[wanted] ?? wanted) !== first) return undefined;
    return first === wanted ? undefined : first;
  };
}
