import { describe, expect, it } from 'vitest';
import { displaySources } from '../../src/engine/messages';
import type { Rule } from '../../src/engine/rule-data';
import { one, rules, run } from './helpers';

/**
 * What a filer reads: titles that name the problem, sources as publisher / document / section (never a
 * seed number), and Chinese written as Chinese (punctuation, spacing, console words).
 */

const LANGS = ['zh', 'en'] as const;
const textsOf = (rule: Rule, lang: 'zh' | 'en') => {
  const t = rule.texts[lang];
  return [t.title, t.failTitle, t.pass, t.fail, t.fix, t.unknown, ...Object.values(t.variants ?? {}), ...Object.values(t.variantTitles ?? {}), ...Object.values(t.variantFixes ?? {})];
};

/** Internal jargon a filer cannot act on: seed numbers, "external material", section signs. */
export const JARGON = /seed|资料 ?0|Seed document|外部资料|§|(^|[^\d\w.])00[0-5]([^\d\w]|$)/i;

describe('titles', () => {
  it.each(rules.rules.map((r) => [r.id, r] as const))('%s: a fail title in zh and en that is not the pass title; variant titles and fixes name real variants', (_id, rule) => {
    for (const lang of LANGS) {
      const t = rule.texts[lang];
      expect(t.failTitle.trim()).not.toBe('');
      expect(t.failTitle).not.toBe(t.title);
      for (const key of [...Object.keys(t.variantTitles ?? {}), ...Object.keys(t.variantFixes ?? {})]) expect(Object.keys(t.variants ?? {})).toContain(key);
    }
    expect(Object.keys(rule.texts.zh.variantTitles ?? {}).sort()).toEqual(Object.keys(rule.texts.en.variantTitles ?? {}).sort());
    expect(Object.keys(rule.texts.zh.variantFixes ?? {}).sort()).toEqual(Object.keys(rule.texts.en.variantFixes ?? {}).sort());
  });

  it('the issue examples: a failing result is titled with the problem, not with the condition that passes', () => {
    expect(one('domain.real-name-verified', { domains: [{ domain: 'a.com', realNameVerified: false }] }, 'zh').title).toBe('域名未完成实名认证');
    expect(one('domain.real-name-verified', { domains: [{ domain: 'a.com', realNameVerified: false }] }).title).toBe('Domain not real-name verified');
    expect(one('domain.real-name-verified', { domains: [{ domain: 'a.com', realNameVerified: true }] }, 'zh').title).toBe('域名已完成实名认证');
    const payg = { servers: [{ id: 'i-1', product: 'ecs' as const, region: 'cn-hangzhou', billing: 'payg' as const }] };
    expect(one('server.subscription-billing', payg, 'zh').title).not.toMatch(/包年包月/);
    const short = { servers: [{ id: 'i-1', product: 'ecs' as const, region: 'cn-hangzhou', billing: 'subscription' as const, expiresAt: '2026-12-08' }] };
    expect(one('server.subscription-length', short).title).toBe('Not enough subscription time left');
    expect(one('domain.registrable', { domains: [{ domain: '47.96.1.2' }] }).title).toBe('An IP address cannot be filed');
  });

  it('a server outside the mainland (a pass with its own meaning) is not titled "in a mainland region"', () => {
    const r = one('server.mainland-region', { servers: [{ id: 'i-hk', product: 'ecs', region: 'cn-hongkong' }] });
    expect(r.title).toBe('Server outside the mainland: no filing needed');
  });
});

describe('sources as a filer sees them', () => {
  const order = Object.keys(rules.sources);
  const refs = [...rules.rules.map((r) => [r.id, r.sources] as const), ...rules.products.products.map((p) => [`product ${p.id}`, p.sources] as const)];

  it('rules/sources.json holds the documents of data/sources.md, with a link for every official one', () => {
    expect([...order].sort()).toEqual(['000', '001', '002', '003', '004', '005', 'miit', 'rfc5731'].sort());
    for (const [key, doc] of Object.entries(rules.sources)) {
      if (key === '002') expect(doc.url).toBeUndefined();
      else expect(doc.url).toMatch(/^https:\/\//);
    }
  });

  it.each(refs)('%s: shown most authoritative first, never led by the unofficial account, each part in the UI language', (id, list) => {
    for (const lang of LANGS) {
      const shown = displaySources(list, rules, lang);
      expect(shown).toHaveLength(list.length);
      // The unofficial account never leads (filing.phone-province too: the provincial pages of 005 come first).
      expect(shown[0]!.publisher).not.toBe(rules.sources['002']!.publisher[lang]);
      const sorted = [...list].sort((a, b) => order.indexOf(a.doc) - order.indexOf(b.doc));
      expect(shown.map((s) => s.section)).toEqual(sorted.map((s) => s.section[lang]));
      for (const s of shown) {
        for (const part of [s.publisher, s.title, s.section, s.label]) expect(part).not.toMatch(JARGON);
        if (lang === 'en') expect(s.label).not.toMatch(/\p{Script=Han}/u);
        else expect(s.section).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('a result carries its sources ready to show: publisher, document, section, link', () => {
    const r = one('domain.real-name-verified', { domains: [{ domain: 'a.com', realNameVerified: false }] }, 'zh');
    expect(r.sources[0]).toEqual({
      publisher: '阿里云',
      title: 'ICP备案快速入门（英文版）',
      section: '准备工作',
      url: 'https://www.alibabacloud.com/help/en/icp-filing/',
      label: '阿里云《ICP备案快速入门（英文版）》：准备工作',
    });
    expect(r.sources.map((s) => s.section)).toContain('限制说明 › 域名');
  });
});

describe('wording', () => {
  it('no rule text, conflict note, product, page or word-list name cites a seed document', () => {
    const strings: string[] = [];
    for (const rule of rules.rules) {
      for (const lang of LANGS) strings.push(...textsOf(rule, lang));
      if (rule.conflict) strings.push(rule.conflict.zh, rule.conflict.en);
    }
    for (const p of rules.products.products) strings.push(p.name.zh, p.name.en, ...(p.conflict ? [p.conflict.zh, p.conflict.en] : []));
    for (const p of Object.values(rules.pages)) strings.push(p.zh, p.en);
    for (const list of [rules.preApproval, rules.commercialWords, rules.websiteNames]) for (const g of list.groups) strings.push(g.name.zh, g.name.en);
    for (const r of rules.tlds.reserved) strings.push(r.for.zh, r.for.en);
    expect(strings.filter((s) => JARGON.test(s))).toEqual([]);
  });

  it('Chinese texts use Chinese punctuation, no nested brackets, no space between Chinese characters, none of the calques', () => {
    const bad: string[] = [];
    for (const rule of rules.rules) {
      for (const s of textsOf(rule, 'zh')) {
        const x = s.replace(/https?:\/\/\S+/g, '');
        if (/[\p{Script=Han}}）][,:;()?!]|[,:;(?!][\p{Script=Han}{]/u.test(x)) bad.push(`punctuation: ${s}`);
        if (/（[^）]*（/.test(x)) bad.push(`nested brackets: ${s}`);
        if (/\p{Script=Han} \p{Script=Han}/u.test(x)) bad.push(`space: ${s}`);
        if (/按可注册域名|只订购到|列表核对于|尚未看到/.test(x)) bad.push(`calque: ${s}`);
      }
      for (const s of textsOf(rule, 'en')) if (/\p{Script=Han}/u.test(s)) bad.push(`Chinese in English: ${s}`);
    }
    expect(bad).toEqual([]);
  });

  it('a Chinese name in a message has no space around it; a Latin name keeps one', () => {
    const facts = (name: string) => ({ entity: { type: 'organization' as const, name, province: '河南', homeProvince: '河南' } });
    const zh = one('filing.organization-cross-province', facts('赵六科技有限公司'), 'zh').message;
    expect(zh).toMatch(/^赵六科技有限公司在注册地/);
    const latin = one('filing.organization-cross-province', facts('Acme Ltd'), 'zh').message;
    expect(latin).toMatch(/^Acme Ltd 在注册地/);
    const site = run({ websites: [{ name: '赵六的博客', domains: ['a.com'] }] }, 'zh').filter((r) => r.subjectKind === 'website');
    for (const r of site) expect(r.message, r.rule).not.toMatch(/赵六的博客 |\p{Script=Han} 赵六/u);
  });

  it('the garbled English template reads as English', () => {
    const r = one('filing.individual-commercial-content', { entity: { type: 'individual' }, websites: [{ name: 'My photos', domains: ['a.com'] }] });
    expect(r.message).toBe('The name and content of My photos mention no business or industry.');
  });
});
