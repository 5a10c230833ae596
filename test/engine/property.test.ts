import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDomain, lint } from '../../src/engine/index';
import { FactsSchema, productIds, type Facts } from '../../src/facts/schema';
import { rules } from './helpers';

/** Properties over random input: the manual lookup and lint never throw and always answer in shape. */

const RULE_IDS = new Set(rules.rules.map((r) => r.id));
const NOW = new Date('2026-11-24T04:00:00Z');

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/\./g, '。');
const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 6 });
const label = fc.oneof(
  fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/),
  cjk,
  fc.constantFrom('www', 'xn--fsqu00a', 'xn--', '-', '_', 'A', 'ＷＷＷ', 'ß', 'İ', '😀'),
);
const tld = fc.constantFrom('com', 'cn', 'com.cn', 'io', 'co', '中国', 'xn--fiqs8s', 'baidu', 'co.uk', 'hk', 'local', '123', 'x', '', 'zz', 'github.io');
const randomDomain = fc.tuple(fc.array(label, { minLength: 0, maxLength: 4 }), tld, fc.boolean()).map(([labels, t, dot]) => [...labels, t].filter(Boolean).join('.') + (dot ? '.' : ''));
const controls = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 5 });

const pasted = fc.oneof(
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 3 },
  { arbitrary: fc.domain(), weight: 3 },
  { arbitrary: randomDomain, weight: 4 },
  { arbitrary: randomDomain.map(toFullWidth), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom('http://', 'https://', '//', 'ftp://', 'HTTP://', ''), randomDomain, fc.constantFrom('', '/', ':8080/x?y=1', '#f', '@evil.com')).map((p) => p.join('')), weight: 3 },
  { arbitrary: fc.ipV4(), weight: 1 },
  { arbitrary: fc.ipV6().map((ip) => `[${ip}]`), weight: 1 },
  { arbitrary: fc.ipV6(), weight: 1 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.tuple(randomDomain, controls, randomDomain).map(([a, c, b]) => a + c + b), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom('a', 'a.', 'é', '中'), fc.integer({ min: 60, max: 5000 })).map(([ch, n]) => ch.repeat(n) + '.com'), weight: 1 },
  { arbitrary: fc.constantFrom('', ' ', '.', '..', 'com', 'com.cn', '中国', 'localhost', '0', '1.2.3', '999.1.1.1', '[::1]', 'http://[', '%00', 'a..b.com', '\u200b'), weight: 1 },
);

const provinceOption = fc.option(fc.constantFrom('河南', 'henan province', 'CN-SN', 'Shanxi', '香港', 'Atlantis', '', ' '), { nil: undefined });

describe('checkDomain on 10,000 pasted strings', () => {
  it('never throws; answers ok with results, or an error message', () => {
    fc.assert(
      fc.property(pasted, provinceOption, fc.option(fc.constantFrom('individual' as const, 'organization' as const), { nil: undefined }), fc.constantFrom('zh' as const, 'en' as const), (input, province, entityType, lang) => {
        const out = checkDomain(input, { now: NOW, lang, ...(province !== undefined ? { province } : {}), ...(entityType ? { entityType } : {}) }, rules);
        if (out.ok) {
          const wellFormed =
            out.domain.length > 0 &&
            out.results.some((r) => r.rule === 'domain.registrable') &&
            out.results.every((r) => RULE_IDS.has(r.rule) && r.message.trim().length > 0 && r.subject.trim().length > 0);
          if (!wellFormed) expect(out).toBe('a domain and well-formed results');
        } else if (!(typeof out.error === 'string' && out.error.trim().length > 0)) {
          expect(out).toBe('a non-empty error message');
        }
      }),
      { numRuns: 10_000 },
    );
  });
});

// --- random facts files, shaped like FactsSchema -------------------------------------------------

const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.constantFrom('张三', '李四', '河南某某科技有限公司', '某某新闻商城', '中国美食', 'example.com', '123', '阿里云', 'GoDaddy', '身份证', '营业执照', '护照'),
).map((s) => s.trim() || 'x');
const province = fc.oneof(text, fc.constantFrom('河南', '河南省', 'Henan', 'CN-HA', 'cn-ha', '山西', '陕西', 'Shaanxi', '北京', '广西壮族自治区', '香港'));
const idNumber = fc.oneof(text, fc.stringMatching(/^[1-6][0-9]{16}[0-9X]$/), fc.constantFrom('4101**********1234', '41010519900307123X', '91410100MA9XXXXX1K'));
const domainText = fc.oneof(fc.domain(), randomDomain, fc.ipV4(), text, fc.constantFrom('a.me', 'b.org', 'c.global', 'd.io')).map((s) => s.trim().slice(0, 500) || 'a.com');
const date = fc.date({ min: new Date('2020-01-01'), max: new Date('2032-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const entity = fc.record(
  {
    type: fc.constantFrom('individual' as const, 'organization' as const),
    name: text, idType: text, idNumber, province, homeProvince: province, residencePermit: fc.boolean(), phoneProvince: province,
    account: fc.constantFrom('acc-a', 'acc-b'), accountEntities: fc.array(text, { maxLength: 3 }),
    accountName: text, accountVerifiedAt: date,
  },
  { requiredKeys: ['type'] },
);
const website = fc.record(
  {
    name: text, domains: fc.array(domainText, { maxLength: 12 }), serverId: fc.constantFrom('s0', 's1', 'S2', 's9'),
    serviceNumber: text, content: fc.string({ maxLength: 50 }).map((s) => s.trim()), commercial: fc.boolean(), preApproval: fc.boolean(),
  },
  { requiredKeys: ['domains'] },
);
const domain = fc.record(
  {
    domain: domainText, registrar: text, registrantName: text, registrantIdType: text, registrantIdNumber: idNumber,
    realNameVerified: fc.boolean(), expiresAt: date, status: fc.array(fc.oneof(text, fc.constantFrom('serverHold', 'clientHold', 'ok', '赎回期')), { maxLength: 3 }),
    resolves: fc.boolean(), registrantRelation: fc.constantFrom('self' as const, 'shareholder' as const, 'principal' as const, 'manager' as const, 'legal-representative' as const),
    realNameVerifiedAt: date,
    boundTo: fc.uniqueArray(fc.constantFrom('cdn' as const, 'waf' as const, 'anti-ddos' as const, 'oss' as const), { maxLength: 4 }),
    originOnAlibabaMainland: fc.boolean(), icpNumber: text, filed: fc.boolean(), accessProvider: text,
  },
  { requiredKeys: ['domain'] },
);
const server = fc.record(
  {
    id: fc.constantFrom('s0', 's1', 's2', 's3'), provider: fc.oneof(text, fc.constantFrom('aliyun', 'tencent', 'Tencent Cloud')), product: fc.constantFrom(...productIds),
    region: fc.oneof(text, fc.constantFrom('cn-hangzhou', 'cn-hongkong', 'ap-southeast-1', '华东1（杭州）', 'us-west-1', 'ap-guangzhou', 'ap-guangzhou-3', 'ap-hongkong', '华南地区（广州）')),
    createdAt: date,
    billing: fc.constantFrom('subscription' as const, 'payg' as const), expiresAt: date,
    publicBandwidthMbps: fc.double({ min: 0, max: 1000, noNaN: true }), orderAmountYuan: fc.double({ min: 0, max: 1000, noNaN: true }),
    account: fc.constantFrom('acc-a', 'acc-b'), serviceNumbersUsed: fc.nat({ max: 10 }), firstPurchaseMonths: fc.nat({ max: 36 }),
  },
  { requiredKeys: ['id', 'product'] },
);
const factsArb = fc.record(
  { version: fc.constant(1 as const), now: date, entity, websites: fc.array(website, { maxLength: 4 }), domains: fc.array(domain, { maxLength: 5 }), servers: fc.array(server, { maxLength: 4 }) },
  { requiredKeys: ['version'] },
);

/** The documented severity overrides (RULES.md): a result may differ from its rule's severity only so. */
const SEVERITY_OVERRIDES = [
  'domain.registrant-matches-entity:warning', 'server.mainland-region:info',
  // the lists disagree (a provider's TLD list vs ours); a refused province; a local number required
  'domain.tld-approved:warning', 'filing.individual-cross-province:error', 'filing.phone-province:error',
];

describe('lint on 1,000 random facts files', () => {
  it('the arbitraries produce schema-valid facts files', () => {
    fc.assert(fc.property(factsArb, (f) => { expect(FactsSchema.safeParse(f).success).toBe(true); }), { numRuns: 200 });
  });

  it('never throws; every result is well formed', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom('zh' as const, 'en' as const), (raw, lang) => {
        const facts: Facts = FactsSchema.parse(raw);
        const results = lint(facts, rules, NOW, { lang });
        // Plain checks (one expect per file keeps 1,000 runs fast).
        const problems: string[] = [];
        for (const r of results) {
          const own = rules.byId.get(r.rule)?.severity;
          const why = [
            !RULE_IDS.has(r.rule) && 'rule id not in the catalogue',
            !['pass', 'fail', 'unknown'].includes(r.status) && 'status',
            !['error', 'warning', 'info'].includes(r.severity) && 'severity',
            // Severity is the rule's, except the two documented overrides.
            r.severity !== own && !SEVERITY_OVERRIDES.includes(`${r.rule}:${r.severity}`) && 'severity override',
            !(typeof r.subject === 'string' && r.subject.trim()) && 'empty subject',
            !(typeof r.message === 'string' && r.message.trim()) && 'empty message',
            r.status === 'fail' && !r.fix?.trim() && 'fail without a fix',
            r.status === 'unknown' && !(r.page && rules.pages[r.page]) && 'unknown without a page',
          ].filter(Boolean);
          if (why.length) problems.push(`${r.rule} ${r.status} ${JSON.stringify(r.subject)}: ${why.join(', ')}`);
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('is pure and deterministic (100 files, linted twice)', () => {
    fc.assert(
      fc.property(factsArb, (raw) => {
        const facts: Facts = FactsSchema.parse(raw);
        expect(lint(facts, rules, NOW)).toEqual(lint(structuredClone(facts), rules, NOW));
      }),
      { numRuns: 100 },
    );
  });
});
