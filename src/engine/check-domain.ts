import type { Facts } from '../facts/schema';
import { domainKey, type LintFacts } from './context';
import { toRegistrable } from './domain-name';
import { lint } from './lint';
import { resolveProvince } from './province';
import type { RuleSet } from './rule-data';
import type { Lang, LintResult } from './types';

export interface CheckOptions {
  /** Filing province, any name form; overrides the entity's. */
  province?: string;
  entityType?: 'individual' | 'organization';
  /** What has been seen already (the store, or a facts file). */
  facts?: Facts;
  now: Date;
  lang?: Lang;
}

export type CheckOutcome = { ok: true; domain: string; results: LintResult[] } | { ok: false; error: string };

const REASONS: Record<string, { zh: string; en: string }> = {
  empty: { zh: '没有输入域名', en: 'no domain given' },
  'too-long': { zh: '输入太长', en: 'the input is too long' },
  characters: { zh: '含有空白或控制字符', en: 'it contains spaces or control characters' },
  syntax: { zh: '不是合法的域名或网址', en: 'it is not a valid domain name or URL' },
  'no-suffix': { zh: '没有可识别的顶级域名', en: 'it has no known top-level domain' },
  suffix: { zh: '这是公共后缀，不是可注册的域名', en: 'it is a public suffix, not a registrable domain' },
};

/**
 * The manual lookup: a pasted domain or URL is reduced to its registrable domain and checked
 * against every rule that applies, with what has been seen of it (its domain facts, the websites
 * that list it, their servers, and the entity with the province / type given here).
 */
export function checkDomain(input: string, options: CheckOptions, rules: RuleSet): CheckOutcome {
  const lang = options.lang ?? 'en';
  const parsed = toRegistrable(input);
  const shown = String(input ?? '').trim().slice(0, 80);
  if (parsed.kind === 'invalid' || parsed.kind === 'suffix') {
    const reason = REASONS[parsed.kind === 'suffix' ? 'suffix' : parsed.reason] ?? REASONS.syntax!;
    return { ok: false, error: lang === 'zh' ? `无法检查“${shown}”：${reason.zh}。` : `cannot check "${shown}": ${reason[lang]}.` };
  }
  if (options.province !== undefined) {
    const p = resolveProvince(options.province, rules);
    if (p?.kind === 'not-filing') {
      return {
        ok: false,
        error:
          lang === 'zh'
            ? `“${options.province}”不是备案省份：香港、澳门、台湾不在内地的备案体系内。`
            : `"${options.province}" is not a filing province (Hong Kong, Macao and Taiwan are outside the mainland filing system).`,
      };
    }
    if (p?.kind !== 'province') {
      return { ok: false, error: lang === 'zh' ? `未知的备案省份“${options.province}”。` : `unknown filing province "${options.province}".` };
    }
  }
  const { key, display } = domainKey(parsed);
  const seen = options.facts;
  const sameKey = (d: string) => domainKey(toRegistrable(d)).key === key;
  const websites = (seen?.websites ?? []).filter((w) => w.domains.some(sameKey));
  const serverIds = new Set(websites.map((w) => w.serverId?.trim().toLowerCase()).filter(Boolean));
  const baseEntity = seen?.entity;
  const entityType = options.entityType ?? baseEntity?.type;
  const entity =
    baseEntity || entityType !== undefined || options.province !== undefined
      ? { ...baseEntity, ...(entityType ? { type: entityType } : {}), ...(options.province !== undefined ? { province: options.province } : {}) }
      : undefined;
  const facts: LintFacts = {
    version: 1,
    ...(seen?.now ? { now: seen.now } : {}),
    ...(entity ? { entity } : {}),
    // The input as typed (a URL, a subdomain, punycode): the results say what it is filed as.
    domains: [...(seen?.domains ?? []).filter((d) => sameKey(d.domain)), { domain: parsed.kind === 'ip' ? parsed.ip : String(input).trim() }],
    websites,
    servers: (seen?.servers ?? []).filter((s) => serverIds.has(s.id.trim().toLowerCase())),
  };
  const all = lint(facts, rules, options.now, { lang });
  const related = all.filter((r) =>
    r.subjectKind === 'domain' ? r.subject === display : r.subjectKind !== 'entity' || options.province !== undefined || options.entityType !== undefined,
  );
  return { ok: true, domain: display, results: related };
}
