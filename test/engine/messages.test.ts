import { describe, expect, it } from 'vitest';
import { localizeResult, type LintResult } from '../../src/engine/index';
import { fillTemplate } from '../../src/engine/messages';
import { evaluators } from '../../src/engine/evaluators';
import { buildRuleSet, bundledRuleFiles } from '../../src/engine/load-rules';
import { rules, run, validId } from './helpers';

/** The 34 rule ids of RULES.md (hard-coded: the test must not depend on ../shared). */
const RULE_IDS = [
  'domain.tld-approved', 'domain.registrable', 'domain.registrar-approved', 'domain.not-expired', 'domain.expiring-soon',
  'domain.real-name-verified', 'domain.registrant-matches-entity', 'domain.hold-status', 'domain.resolving-during-filing',
  'server.mainland-region', 'server.subscription-billing', 'server.subscription-length', 'server.public-bandwidth',
  'server.service-number-quota', 'server.service-number-authorized',
  'filing.province-domain-limit', 'filing.organization-cross-province', 'filing.individual-cross-province',
  'filing.one-entity-per-account', 'filing.individual-commercial-content', 'filing.pre-approval', 'filing.website-name',
  'filing.phone-province', 'filing.sms-verification', 'filing.commercial-license',
  'after.psb-filing', 'after.footer-number',
  'service.cdn-origin-provider', 'service.oss-custom-domain',
  // seed 005 (Tencent Cloud) and the provincial columns
  'domain.real-name-age', 'domain.min-validity', 'filing.websites-per-order', 'filing.account-matches-entity', 'server.authorization-code',
];
const SEVERITY: Record<string, string> = {
  'domain.expiring-soon': 'warning', 'domain.resolving-during-filing': 'warning', 'server.service-number-authorized': 'warning',
  'filing.individual-cross-province': 'warning', 'filing.individual-commercial-content': 'warning', 'filing.pre-approval': 'warning',
  'filing.website-name': 'warning', 'filing.phone-province': 'warning',
  'server.authorization-code': 'warning',
  'filing.sms-verification': 'info', 'filing.commercial-license': 'info', 'after.psb-filing': 'info', 'after.footer-number': 'info',
};

describe('the catalogue', () => {
  it('holds exactly the 34 rule ids of RULES.md, each once', () => {
    expect(RULE_IDS).toHaveLength(34);
    expect([...rules.rules.map((r) => r.id)].sort()).toEqual([...RULE_IDS].sort());
  });
  it.each(RULE_IDS)('%s has the RULES.md severity', (id) => {
    expect(rules.byId.get(id)!.severity).toBe(SEVERITY[id] ?? 'error');
  });
  it.each(RULE_IDS)('%s has zh and en texts (title, pass, fail, fix, unknown) and a source', (id) => {
    const rule = rules.byId.get(id)!;
    for (const lang of ['zh', 'en'] as const) {
      for (const key of ['title', 'failTitle', 'pass', 'fail', 'fix', 'unknown'] as const) expect(rule.texts[lang][key].trim(), `${lang}.${key}`).not.toBe('');
      expect(rule.texts[lang].failTitle, `${lang}: the fail title names the problem`).not.toBe(rule.texts[lang].title);
    }
    expect(Object.keys(rule.texts.en.variants ?? {}).sort()).toEqual(Object.keys(rule.texts.zh.variants ?? {}).sort());
    expect(/[\u4e00-\u9fff]/.test(rule.texts.zh.title)).toBe(true);
    expect(rule.sources.length).toBeGreaterThan(0);
    for (const s of rule.sources) {
      expect(s.section.zh.trim()).not.toBe('');
      expect(s.section.en.trim()).not.toBe('');
      expect(Object.keys(rules.sources)).toContain(s.doc);
    }
  });
  it('every rule has an evaluator and every evaluator a rule', () => {
    expect(Object.keys(evaluators).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(typeof evaluators[id]).toBe('function');
  });
});

/** A filing with something to say for every rule, and most variants. */
const richFacts = {
  now: '2026-11-24',
  entity: {
    type: 'individual' as const, name: '张三', idType: '居民身份证', idNumber: validId('41010519900307123'),
    province: '河北', phoneProvince: '河南', account: 'acc-a', accountEntities: ['李四'],
  },
  websites: [
    { name: '某某新闻商城', domains: ['a.com', 'b.com'], serverId: 'i-1', commercial: true, content: '新闻' },
    { name: 'example.com', domains: ['example.io'], serverId: 'cm-1' },
    { name: '中国美食', domains: ['1.2.3.4'], serverId: 'i-1' },
    { name: '123', domains: ['c.cn'] },
    { domains: ['d.cn'], serverId: 'i-2' },
  ],
  domains: [
    { domain: 'a.com', registrar: 'GoDaddy', registrantName: '李四', realNameVerified: false, expiresAt: '2026-12-01', status: ['serverHold'], resolves: true, boundTo: ['cdn' as const, 'oss' as const], originOnAlibabaMainland: true, accessProvider: '腾讯云', filed: false },
    { domain: 'b.com', registrar: 'Unlisted Registrar', registrantName: '张三', registrantIdNumber: '4102**********1234', expiresAt: '2025-01-01', status: ['赎回期'] },
    { domain: 'example.io', registrar: '阿里云计算有限公司（万网）', registrantName: '张三', registrantIdType: '护照', realNameVerified: true, expiresAt: '2028-01-01', status: ['ok'], resolves: false, boundTo: ['waf' as const], originOnAlibabaMainland: false },
    { domain: '例子.政务', registrantName: '张三', registrantIdNumber: '4101**********123X' },
    { domain: 'com.cn' },
  ],
  servers: [
    { id: 'i-1', product: 'ecs' as const, region: 'cn-hangzhou', billing: 'payg' as const, publicBandwidthMbps: 0, account: 'acc-b', serviceNumbersUsed: 5 },
    { id: 'i-2', product: 'ecs' as const, region: 'cn-beijing', billing: 'subscription' as const, expiresAt: '2027-01-01', account: 'acc-a' },
    { id: 'cm-1', product: 'cloud-market' as const, region: 'cn-shanghai', billing: 'subscription' as const, expiresAt: '2028-01-01', orderAmountYuan: 50, firstPurchaseMonths: 12 },
    { id: 'cm-2', product: 'cloud-market' as const, region: 'cn-shanghai', billing: 'subscription' as const, expiresAt: '2028-01-01', firstPurchaseMonths: 6 },
    { id: 'hk-1', product: 'ecs' as const, region: 'cn-hongkong' },
    { id: 'x-1', product: 'swas' as const },
  ],
};
const richFacts2 = {
  now: '2026-11-24',
  entity: { type: 'organization' as const, name: '河南某某有限公司', province: 'Henan', homeProvince: '河北', accountEntities: ['河南某某有限公司'] },
  websites: [{ name: '某某网上银行', domains: ['z.com'], preApproval: true, content: '新闻' }],
  domains: [{ domain: 'z.com', registrantName: '王五', registrantRelation: 'shareholder' as const, boundTo: ['oss' as const], icpNumber: '豫ICP备1号' }],
};
const richFacts3 = {
  now: '2026-11-24',
  entity: { type: 'individual' as const, name: '张三', province: '北京', idNumber: validId('41010519900307123'), residencePermit: true },
  websites: [{ name: '张三的博客', domains: ['y.com'], commercial: false }],
  domains: [{ domain: 'y.com', registrantName: '张三', registrantIdType: '身份证', registrantIdNumber: '4101**********123X', expiresAt: '2030-01-01' }],
};
const richFacts4 = { now: '2026-11-24', entity: { type: 'individual' as const, name: '张三', idNumber: '41010519900307123' + '0' }, domains: [{ domain: 'q.com' }] };
const richFacts5 = { now: '2026-11-24', entity: {}, websites: [{ domains: ['w.com'] }] };
/** A Tencent Cloud filing: the Tencent rules and the Tencent variants of shared rules. */
const richFacts6 = {
  now: '2026-11-24',
  entity: { type: 'individual' as const, name: '王五', province: '上海', homeProvince: '河南', phoneProvince: '河南', account: '100001', accountName: '王五', accountVerifiedAt: '2026-11-23', accountEntities: ['赵六'] },
  websites: [
    { name: '王五的摄影日记', domains: ['w5.me', 'w5.org'], serverId: 'ins-1' },
    { name: '王五的读书笔记', domains: ['w5.cn', '10.0.0.1'], serverId: 'lhins-1', serviceNumber: 'BA-CODE-1' },
  ],
  domains: [
    { domain: 'w5.me', registrar: '腾讯云', realNameVerified: true, realNameVerifiedAt: '2026-11-23', expiresAt: '2027-01-01' },
    { domain: 'w5.org', registrar: '新网', realNameVerified: true, realNameVerifiedAt: '2026-11-20', expiresAt: '2030-01-01', registrantName: '李四', registrantRelation: 'legal-representative' as const },
    { domain: 'w5.cn', registrar: '西部数码', realNameVerified: true, realNameVerifiedAt: '2026-11-01', expiresAt: '2030-01-01' },
  ],
  servers: [
    { id: 'ins-1', provider: 'tencent' as const, product: 'cvm' as const, region: 'ap-guangzhou', billing: 'payg' as const, publicBandwidthMbps: 0, account: '100002' },
    { id: 'lhins-1', provider: 'tencent' as const, product: 'lighthouse' as const, region: '华南地区（广州）', expiresAt: '2027-01-01', createdAt: '2026-11-01', account: '100002' },
    { id: 'ins-2', provider: 'tencent' as const, product: 'cvm' as const, region: 'ap-hongkong', billing: 'subscription' as const },
    { id: 'ins-3', provider: 'tencent' as const, product: 'cvm' as const, region: 'ap-beijing', billing: 'subscription' as const, expiresAt: '2027-06-01', publicBandwidthMbps: 1, serviceNumbersUsed: 6 },
  ],
};
const richFacts7 = {
  now: '2026-11-24',
  entity: { type: 'organization' as const, name: '河南某某有限公司', province: '北京', accountName: '河南某某', account: 'x' },
  websites: [{ name: '官网', domains: ['k.org'], serverId: 'ins-9' }],
  domains: [{ domain: 'k.org', realNameVerified: true, realNameVerifiedAt: '2026-11-10', registrantName: '王五', registrantRelation: 'shareholder' as const }],
  servers: [{ id: 'ins-9', provider: 'tencent' as const, product: 'cvm' as const, region: 'ap-beijing', billing: 'subscription' as const, expiresAt: '2027-06-01', createdAt: '2026-01-01', account: 'x' }],
};
const ALL = [richFacts, richFacts2, richFacts3, richFacts4, richFacts5, richFacts6, richFacts7];

describe('rendered messages', () => {
  it('the rich facts exercise every rule', () => {
    const seen = new Set(ALL.flatMap((f) => run(f).map((r) => r.rule)));
    expect([...seen].sort()).toEqual([...RULE_IDS].sort());
  });

  it.each([['zh'], ['en']] as const)('no message or fix contains an unfilled {placeholder} (%s)', (lang) => {
    const bad: string[] = [];
    for (const f of ALL) {
      for (const r of run(f, lang)) {
        // Known bug, tested on its own below: a one-domain website with no province seen.
        if (r.rule === 'filing.province-domain-limit' && r.status === 'pass' && !(f.entity as { province?: string }).province) continue;
        for (const text of [r.message, r.fix ?? '']) if (/\{[a-zA-Z_]+\}/.test(text)) bad.push(`${r.rule} ${r.status}: ${text}`);
        expect(r.message.trim()).not.toBe('');
        if (r.status === 'fail') expect(r.fix?.trim()).toBeTruthy();
      }
    }
    expect(bad).toEqual([]);
  });

  // filing.province-domain-limit passes a one-domain website when no province is seen, but the pass text
  // names {province}: the placeholder stays unfilled ("{province} allows 1 per website").
  it.each([['zh'], ['en']] as const)('one domain, no province seen → the pass message has no unfilled {province} (%s)', (lang) => {
    const r = run({ websites: [{ name: '博客', domains: ['a.com'] }] }, lang).find((x) => x.rule === 'filing.province-domain-limit')!;
    expect(r.status).toBe('pass');
    expect(r.message).not.toMatch(/\{[a-zA-Z_]+\}/);
  });

  it.each([['zh'], ['en']] as const)('no failing result is titled with its pass title; every title is the rule’s (%s)', (lang) => {
    const wrong: string[] = [];
    for (const f of ALL) {
      for (const r of run(f, lang)) {
        const t = rules.byId.get(r.rule)!.texts[lang];
        const variantTitle = r.variant ? t.variantTitles?.[r.variant] : undefined;
        const expected = variantTitle ?? (r.status === 'fail' ? t.failTitle : t.title);
        if (r.title !== expected) wrong.push(`${r.rule} ${r.status}: ${r.title}`);
        if (r.status === 'fail' && r.title === t.title) wrong.push(`${r.rule} fails under its pass title ${t.title}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([['zh'], ['en']] as const)('no localized result of a full lint cites a seed document (%s)', (lang) => {
    const JARGON = /seed|资料 ?0|Seed document|外部资料|§|(^|[^\d\w.])00[0-5]([^\d\w]|$)/i;
    const bad: string[] = [];
    for (const f of ALL) {
      for (const r of run(f, lang)) {
        for (const text of [r.title, r.message, r.fix ?? '', r.detail ?? '', ...r.sources.flatMap((s) => [s.publisher, s.title, s.section, s.label])]) {
          if (JARGON.test(text)) bad.push(`${r.rule}: ${text}`);
        }
        const back = localizeResult(r, rules, lang === 'zh' ? 'en' : 'zh');
        for (const text of [back.title, back.message, ...back.sources.map((s) => s.label)]) if (JARGON.test(text)) bad.push(`${r.rule} localized: ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('rendered zh texts have no nested brackets and no space between Chinese characters', () => {
    const bad: string[] = [];
    for (const f of ALL) {
      for (const r of run(f, 'zh')) {
        for (const text of [r.title, r.message, r.fix ?? '']) {
          if (/（[^）]*（/.test(text) || /\p{Script=Han} \p{Script=Han}/u.test(text) || /[）》」、，：；] \p{Script=Han}|\p{Script=Han} [（《「]/u.test(text)) bad.push(`${r.rule}: ${text}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('no space is set between a value ending in a full-width bracket and the Chinese after it', () => {
    expect(fillTemplate('{registrar} 是工信部批复的注册商', { registrar: '阿里云计算有限公司（万网）' }, 'zh')).toBe('阿里云计算有限公司（万网）是工信部批复的注册商');
    expect(fillTemplate('域名 {domain} 的', { domain: '（测试）' }, 'zh')).toBe('域名（测试）的');
    expect(fillTemplate('{domain} 的', { domain: 'a.com' }, 'zh')).toBe('a.com 的');
  });

  it('zh messages are Chinese', () => {
    for (const r of run(richFacts, 'zh')) expect(/[\u4e00-\u9fff]/.test(r.message), r.rule).toBe(true);
  });

  it('an unknown says which console page to open', () => {
    const r = run({ domains: [{ domain: 'a.com' }] }).find((x) => x.rule === 'domain.real-name-verified')!;
    expect(r.status).toBe('unknown');
    expect(r.page).toBeTruthy();
    expect(r.message).toMatch(/Open: /);
    expect(rules.pages[r.page!]).toBeDefined();
  });
});

describe('localizeResult', () => {
  const strip = (r: LintResult) => ({ rule: r.rule, status: r.status, severity: r.severity, message: r.message, fix: r.fix, page: r.page, title: r.title, sources: r.sources });

  it('switches a result from en to zh and back', () => {
    const en = run(richFacts, 'en');
    const zh = run(richFacts, 'zh');
    expect(en.length).toBe(zh.length);
    en.forEach((r, i) => {
      const z = localizeResult(r, rules, 'zh');
      expect(z.message).not.toBe(r.message);
      expect(strip(z)).toEqual(strip(zh[i]!));
      expect(strip(localizeResult(z, rules, 'en'))).toEqual(strip(r));
    });
  });

  // An entity without a name gets the subject "filing entity" / "备案主体" from the lint language, and the
  // same word is baked into the params: localizing an en result to zh keeps the English word in the zh
  // message (and the subject).
  it('localizing an unnamed entity result to zh gives the zh lint text (no "filing entity" left)', () => {
    const facts = { now: '2026-11-24', entity: { type: 'individual' as const, province: '河北', idNumber: validId('41010519900307123'), accountEntities: ['李四'] } };
    const en = run(facts, 'en').filter((r) => r.subjectKind === 'entity');
    const zh = run(facts, 'zh').filter((r) => r.subjectKind === 'entity');
    en.forEach((r, i) => {
      const z = localizeResult(r, rules, 'zh');
      expect(z.message).not.toMatch(/filing entity|this account/);
      expect({ ...strip(z), subject: z.subject }).toEqual({ ...strip(zh[i]!), subject: zh[i]!.subject });
    });
  });
});

describe('a malformed rules file', () => {
  const copy = () => JSON.parse(JSON.stringify(bundledRuleFiles)) as Record<string, any>;
  it('the bundled files build', () => {
    expect(buildRuleSet(copy() as never).rules).toHaveLength(34);
  });
  it.each([
    ['catalogue.json', (f: any) => { f['catalogue.json'].rules[3].severity = 'fatal'; }, /catalogue\.json.*rules\[3\]\.severity/],
    ['catalogue.json', (f: any) => { delete f['catalogue.json'].rules[5].texts.zh.fix; }, /catalogue\.json.*rules\[5\]\.texts\.zh\.fix/],
    ['catalogue.json', (f: any) => { f['catalogue.json'].rules[7].sources = []; }, /catalogue\.json.*rules\[7\]\.sources/],
    ['catalogue.json', (f: any) => { f['catalogue.json'].rules[1].id = f['catalogue.json'].rules[0].id; }, /catalogue\.json.*rules\[1\].*duplicate/],
    ['catalogue.json', (f: any) => { f['catalogue.json'].rules[2].pages = ['no-such-page']; }, /catalogue\.json.*rules\[2\]\.pages\[0\]/],
    ['provinces.json', (f: any) => { f['provinces.json'].provinces[15].domainsPerWebsite = 'one'; }, /provinces\.json.*provinces\[15\]\.domainsPerWebsite/],
    ['tlds.json', (f: any) => { f['tlds.json'].approved[2] = { tld: '' }; }, /tlds\.json.*approved\[2\]\.tld/],
    ['registrars.json', (f: any) => { f['registrars.json'].notApproved[0].aliases = []; }, /registrars\.json.*notApproved\[0\]\.aliases/],
    ['products.json', (f: any) => { f['products.json'].products[7].minMonths = -1; }, /products\.json.*products\[7\]\.minMonths/],
    ['regions.json', (f: any) => { f['regions.json'].regions[0].mainland = 'yes'; }, /regions\.json.*regions\[0\]\.mainland/],
    ['pages.json', (f: any) => { f['pages.json']['domain-list'].url = 'not a url'; }, /pages\.json.*domain-list.*url/],
  ])('%s corrupted → throws naming the file and the path', (_file, corrupt, pattern) => {
    const files = copy();
    corrupt(files);
    expect(() => buildRuleSet(files as never)).toThrow(pattern);
  });
  it('does not mutate the bundled files', () => {
    expect((bundledRuleFiles['catalogue.json'] as any).rules[3].severity).not.toBe('fatal');
  });
});

describe('a website with neither name nor domain (issue 9)', () => {
  const facts = {
    now: '2026-11-24',
    entity: { type: 'individual' as const, name: '张三', province: '河南省' },
    websites: [{ domains: [], serverId: 'i-bp1demo', commercial: true }, { domains: [] }],
    servers: [{ id: 'i-bp1demo', provider: 'aliyun' as const, product: 'ecs' as const, region: 'cn-hangzhou', billing: 'subscription' as const, expiresAt: '2027-02-24', publicBandwidthMbps: 5 }],
  };

  it.each(['zh', 'en'] as const)('is named "网站 n" / "Website n" in every %s message, never "#n"; the subject stays "#n"', (lang) => {
    const results = run(facts, lang);
    const texts = results.flatMap((r) => [r.message, r.fix ?? '', r.detail ?? '']);
    expect(texts.filter((t) => /#\d/.test(t))).toEqual([]);
    const name = lang === 'zh' ? '网站 1' : 'Website 1';
    const named = results.filter((r) => r.subjectKind === 'website' && r.subject === '#1' && r.message.includes(name));
    expect(named.length).toBeGreaterThan(0);
    expect(results.some((r) => r.subjectKind === 'website' && r.subject === '#2' && r.message.includes(lang === 'zh' ? '网站 2' : 'Website 2'))).toBe(true);
    if (lang === 'zh') {
      // Chinese spacing: the digit is set off from the Han text after it ("网站 1 的"), none inside "到网站"
      for (const r of named) expect(r.message).not.toMatch(/网站 1\p{Script=Han}|\p{Script=Han} 网站 1/u);
    }
  });
});
