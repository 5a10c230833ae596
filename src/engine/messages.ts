import type { ProviderId } from '../facts/schema';
import type { Rule, RuleSet, SourceRef } from './rule-data';
import { providerData } from './provider';
import { sourceLabel } from './source-label';
import type { DisplaySource, Lang, LintResult, Params, Severity, Status, SubjectKind } from './types';

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

/**
 * A verdict of one fixed shape (every field present, undefined where not given), made without object
 * spread: evaluators make one per rule and subject, and spread over objects of many shapes is slow.
 */
export function makeVerdict(status: Status, subject: string, subjectKind: SubjectKind, params: Params, extra?: Partial<Verdict>, provider?: ProviderId): Verdict {
  return {
    status,
    subject,
    subjectKind,
    params,
    variant: extra?.variant,
    severity: extra?.severity,
    page: extra?.page,
    provider: extra?.provider ?? provider,
  };
}

/** makeVerdict with the optional fields as arguments (no `extra` object to make and read). */
export function verdictOf(
  status: Status,
  subject: string,
  subjectKind: SubjectKind,
  params: Params,
  variant?: string,
  severity?: Severity,
  page?: string,
  provider?: ProviderId,
): Verdict {
  return { status, subject, subjectKind, params, variant, severity, page, provider };
}

/** Copies `from`'s params into `into`, in order (as `{ ...into, ...from }` would, without a new object). */
export function addParams(into: Params, from: Params | undefined): Params {
  if (from) for (const k in from) into[k] = from[k]!;
  return into;
}

/**
 * A template split once into literal text (even indexes) and placeholder names (odd indexes), with
 * each placeholder's language-specific param key (`name_zh`, `name_en`) made once too.
 */
interface CompiledTemplate {
  parts: string[];
  keys: Record<Lang, string[]>;
}
const compiledTemplates = new Map<string, CompiledTemplate>();

function compile(template: string): CompiledTemplate {
  let compiled = compiledTemplates.get(template);
  if (!compiled) {
    const parts = template.split(/\{([a-zA-Z]+)\}/);
    const keys = (lang: Lang) => parts.map((p, i) => (i % 2 === 1 ? `${p}_${lang}` : ''));
    compiled = { parts, keys: { zh: keys('zh'), en: keys('en') } };
    compiledTemplates.set(template, compiled);
  }
  return compiled;
}

const HAN = /\p{Script=Han}/u;
/** Han or full-width punctuation (（）《》「」、，。：；): no space is set between two of these. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/u;

/**
 * Chinese spacing where a value meets the template: a space between Han and Latin letters or digits
 * ("{domain} 的" → "a.com 的"), none between Han and Han ("{entity} 在" → "赵六在") nor next to full-width
 * punctuation ("{registrar} 是" → "阿里云计算有限公司（万网）是").
 */
function joinZh(left: string, right: string): string {
  const ln = left.length;
  return joinZhUnits(left, right, ln ? left.charCodeAt(ln - 1) : -1, ln >= 2 ? left.charCodeAt(ln - 2) : -1);
}

/**
 * joinZh with the last two UTF-16 code units of `left` given (-1: none), tested as `left.at(-1)` /
 * `left.at(-2)` would be. A joined message is a chain of joins: reading its last characters would make
 * a flat copy of it first, so fillTemplate passes the units it knows from the pieces instead.
 */
function joinZhUnits(left: string, right: string, l1: number, l2: number): string {
  if (!left || !right) return left + right;
  const r1 = right.charCodeAt(0);
  const leftSpace = l1 === 32;
  const rightSpace = r1 === 32;
  if (leftSpace && !rightSpace) {
    return l2 >= 0 && isCjk(l2) && isCjk(r1) ? left.slice(0, -1) + right : left + right;
  }
  if (rightSpace && !leftSpace) {
    return isCjk(l1) && right.length >= 2 && isCjk(right.charCodeAt(1)) ? left + right.slice(1) : left + right;
  }
  return (isHan(l1) && isLatin(r1)) || (isLatin(l1) && isHan(r1)) ? left + ' ' + right : left + right;
}

/** Per UTF-16 code unit: 0 not yet tested, then 1 + (Han ? 2 : 0) + (CJK ? 4 : 0). Made on first use. */
let unitClass: Uint8Array | undefined;

function classOf(unit: number): number {
  unitClass ??= new Uint8Array(0x10000);
  let c = unitClass[unit]!;
  if (c === 0) {
    const ch = String.fromCharCode(unit);
    c = 1 | (HAN.test(ch) ? 2 : 0) | (CJK.test(ch) ? 4 : 0);
    unitClass[unit] = c;
  }
  return c;
}
const isHan = (unit: number) => (classOf(unit) & 2) !== 0;
const isCjk = (unit: number) => (classOf(unit) & 4) !== 0;
/** [A-Za-z0-9] */
const isLatin = (unit: number) => (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122);

/** Fills {placeholders}; a param `name_zh` / `name_en` wins over `name` in that language. */
export function fillTemplate(template: string, params: Params, lang: Lang): string {
  const { parts, keys } = compile(template);
  const langKeys = keys[lang] ?? parts.map((p, i) => (i % 2 === 1 ? `${p}_${lang}` : ''));
  let out = parts[0]!;
  // zh: the last two code units of `out` (-1: none; UNKNOWN: read them from `out`), known from the pieces.
  let o1 = out.length ? out.charCodeAt(out.length - 1) : -1;
  let o2 = out.length >= 2 ? out.charCodeAt(out.length - 2) : -1;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const part = parts[i + 1]!;
    const raw = params[langKeys[i]!] ?? params[name];
    const value = raw === undefined ? `{${name}}` : String(raw);
    if (lang === 'zh' && raw !== undefined && value) {
      // Join value and following text first, then the text before: both boundaries see real neighbours.
      if (o1 === UNKNOWN) {
        o1 = out.length ? out.charCodeAt(out.length - 1) : -1;
        o2 = out.length >= 2 ? out.charCodeAt(out.length - 2) : -1;
      }
      out = joinZhUnits(out, joinZh(value, part), o1, o2);
      // `out` now ends with `part`, or with `part` less its first character: its last two units are the
      // part's own when it has three or more.
      const n = part.length;
      if (n >= 3) {
        o1 = part.charCodeAt(n - 1);
        o2 = part.charCodeAt(n - 2);
      } else o1 = o2 = UNKNOWN;
    } else {
      out += value + part;
      const n = part.length;
      if (lang !== 'zh') continue;
      if (n >= 2) {
        o1 = part.charCodeAt(n - 1);
        o2 = part.charCodeAt(n - 2);
      } else o1 = o2 = UNKNOWN;
    }
  }
  return out;
}
const UNKNOWN = -2;

const displayed = new WeakMap<readonly SourceRef[], Partial<Record<Lang, DisplaySource[]>>>();

/**
 * Source references as a filer reads them, in one language: publisher, document title, section and
 * link from rules/sources.json, most authoritative first (the order of rules/sources.json).
 */
export function displaySources(refs: readonly SourceRef[], rules: RuleSet, lang: Lang): DisplaySource[] {
  let byLang = displayed.get(refs);
  if (!byLang) displayed.set(refs, (byLang = {}));
  let list = byLang[lang];
  if (!list) {
    const rank = Object.keys(rules.sources);
    list = [...refs]
      .sort((a, b) => rank.indexOf(a.doc) - rank.indexOf(b.doc))
      .map((ref) => {
        const doc = rules.sources[ref.doc]!;
        const parts = { publisher: doc.publisher[lang], title: (ref.title ?? doc.title)[lang], section: ref.section[lang] };
        return { ...parts, ...(doc.url ? { url: doc.url } : {}), label: sourceLabel(parts, lang) };
      });
    byLang[lang] = list;
  }
  return list;
}

/** The title a result shows: a failing result names the problem; a variant may have its own. */
export function titleFor(rule: Rule, status: Status, variant: string | undefined, lang: Lang): string {
  const texts = rule.texts[lang];
  const own = variant ? texts.variantTitles?.[variant] : undefined;
  return own ?? (status === 'fail' ? texts.failTitle : texts.title);
}

/**
 * What rendering a rule's verdicts needs, worked out once per rule set, rule and language instead of
 * once per result: the rule's texts, its sources as shown, and per provider the variant swaps, page
 * swaps and the provider's own sources for this rule.
 */
interface RenderPlan {
  rule: Rule;
  rules: RuleSet;
  lang: Lang;
  texts: Rule['texts'][Lang];
  sources: DisplaySource[];
  /** Per provider id (looked up only for verdicts that name one). */
  providers: Map<ProviderId, ProviderPlan>;
}
interface ProviderPlan {
  provider: ReturnType<typeof providerData>;
  /** The provider's swap of a variant or status for this rule (rules/providers.json `variants`), if any. */
  swaps: Record<string, string> | undefined;
  sources: DisplaySource[];
}

const plans = new WeakMap<Rule, Map<RuleSet, Partial<Record<Lang, RenderPlan>>>>();

export function renderPlan(rule: Rule, rules: RuleSet, lang: Lang): RenderPlan {
  let byRules = plans.get(rule);
  if (!byRules) plans.set(rule, (byRules = new Map()));
  let byLang = byRules.get(rules);
  if (!byLang) byRules.set(rules, (byLang = {}));
  let plan = byLang[lang];
  if (!plan) {
    plan = { rule, rules, lang, texts: rule.texts[lang], sources: displaySources(rule.sources, rules, lang), providers: new Map() };
    byLang[lang] = plan;
  }
  return plan;
}

function providerPlan(plan: RenderPlan, id: ProviderId): ProviderPlan {
  let p = plan.providers.get(id);
  if (!p) {
    const provider = providerData(plan.rules, id);
    const own = provider?.ruleSources[plan.rule.id];
    p = { provider, swaps: provider?.variants[plan.rule.id], sources: own ? displaySources(own, plan.rules, plan.lang) : plan.sources };
    plan.providers.set(id, p);
  }
  return p;
}

export function renderVerdict(rule: Rule, verdict: Verdict, rules: RuleSet, lang: Lang): LintResult {
  return renderWith(renderPlan(rule, rules, lang), verdict);
}

/** renderVerdict with the rule's plan already at hand (lint renders thousands of verdicts per rule). */
export function renderWith(plan: RenderPlan, verdict: Verdict): LintResult {
  const { rule, texts, lang } = plan;
  const status = verdict.status;
  const provider = verdict.provider;
  const pp = provider ? providerPlan(plan, provider) : undefined;
  const swapped = pp?.swaps?.[verdict.variant ?? status];
  const variant = swapped && texts.variants?.[swapped] ? swapped : verdict.variant;
  const base = status === 'pass' ? texts.pass : status === 'fail' ? texts.fail : texts.unknown;
  const template = (variant && texts.variants?.[variant]) || base;
  const params = verdict.params;
  const message = fillTemplate(template, params, lang);
  const own = variant ? texts.variantTitles?.[variant] : undefined;
  const severity = verdict.severity ?? rule.severity;
  const subject = verdict.subject;
  const subjectKind = verdict.subjectKind;
  const title = own ?? (status === 'fail' ? texts.failTitle : texts.title);
  // A provider's own documents where it has them for this rule (Tencent Cloud's, on a Tencent server).
  const sources = pp ? pp.sources : plan.sources;
  const id = rule.id;
  // One object literal per shape, every field in the order below (rule … params, then variant, provider,
  // fix | detail, page): no field added afterwards, so no second allocation for added fields.
  if (status === 'pass') {
    if (variant) {
      return provider
        ? { rule: id, status, severity, subject, subjectKind, title, message, sources, params, variant, provider }
        : { rule: id, status, severity, subject, subjectKind, title, message, sources, params, variant };
    }
    return provider
      ? { rule: id, status, severity, subject, subjectKind, title, message, sources, params, provider }
      : { rule: id, status, severity, subject, subjectKind, title, message, sources, params };
  }
  if (status === 'fail') {
    const fix = fillTemplate((variant && texts.variantFixes?.[variant]) || texts.fix, params, lang);
    if (variant) {
      return provider
        ? { rule: id, status, severity, subject, subjectKind, title, message, sources, params, variant, provider, fix }
        : { rule: id, status, severity, subject, subjectKind, title, message, sources, params, variant, fix };
    }
    return provider
      ? { rule: id, status, severity, subject, subjectKind, title, message, sources, params, provider, fix }
      : { rule: id, status, severity, subject, subjectKind, title, message, sources, params, fix };
  }
  const wanted = verdict.page ?? rule.pages[0]!;
  const page = pp?.provider?.pages[wanted] ?? wanted;
  const detail = message;
  const full = message + openPage(plan, page);
  if (variant) {
    return provider
      ? { rule: id, status, severity, subject, subjectKind, title, message: full, sources, params, variant, provider, detail, page }
      : { rule: id, status, severity, subject, subjectKind, title, message: full, sources, params, variant, detail, page };
  }
  return provider
    ? { rule: id, status, severity, subject, subjectKind, title, message: full, sources, params, provider, detail, page }
    : { rule: id, status, severity, subject, subjectKind, title, message: full, sources, params, detail, page };
}

const openTexts = new WeakMap<RuleSet, Partial<Record<Lang, Map<string, string>>>>();

/** What an unknown's message ends with: "请打开：…。" / " Open: …." (nothing for a page not in pages.json). */
function openPage(plan: RenderPlan, page: string): string {
  let byLang = openTexts.get(plan.rules);
  if (!byLang) openTexts.set(plan.rules, (byLang = {}));
  let map = byLang[plan.lang];
  if (!map) byLang[plan.lang] = map = new Map();
  let text = map.get(page);
  if (text === undefined) {
    const where = plan.rules.pages[page];
    text = where ? (plan.lang === 'zh' ? `请打开：${where.zh}。` : ` Open: ${where.en}.`) : '';
    map.set(page, text);
  }
  return text;
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
