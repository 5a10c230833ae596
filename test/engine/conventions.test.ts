import { describe, expect, it } from 'vitest';
import { checkDomain, lint, loadRuleSet } from '../../src/engine/index';
import type { LintFacts } from '../../src/engine/index';

const rules = loadRuleSet();
const now = new Date('2026-11-24T04:00:00Z');
const run = (facts: Omit<LintFacts, 'version'>) => lint({ version: 1, ...facts }, rules, now);

describe('conventions settled in review', () => {
  it('a bare number is not read as an IP address', () => {
    expect(checkDomain('123', { now }, rules)).toMatchObject({ ok: false });
    expect(checkDomain('0x7f.1', { now }, rules)).toMatchObject({ ok: false });
    const ip = checkDomain('47.96.1.2', { now }, rules);
    expect(ip.ok && ip.results[0]).toMatchObject({ rule: 'domain.registrable', status: 'fail', subject: '47.96.1.2' });
  });

  it.each(['Guangxi Zhuang Autonomous Region', 'Ningxia Hui Autonomous Region', 'Xinjiang Uyghur Autonomous Region', 'Inner Mongolia', 'Tibet'])(
    'the official English name %s is a province',
    (province) => {
      const r = run({ entity: { type: 'individual', province } }).find((x) => x.rule === 'filing.sms-verification');
      expect(r?.status).toBe('fail');
    },
  );

  it('a facts "now" with a time zone is converted to the date in China', () => {
    // 20:00 UTC on the 24th is the 25th in China: 2027-02-24 is then one day short of 3 months.
    const servers = [{ id: 'i-1', product: 'ecs' as const, region: 'cn-beijing', billing: 'subscription' as const, expiresAt: '2027-02-24' }];
    const at = (n: string) => lint({ version: 1, now: n, servers }, rules, now).find((r) => r.rule === 'server.subscription-length')?.status;
    expect(at('2026-11-24')).toBe('pass');
    expect(at('2026-11-24T20:00:00Z')).toBe('fail');
    expect(at('2026-11-24T20:00:00+08:00')).toBe('pass');
  });

  it('web-hosting instances without an account are not pooled into one quota', () => {
    const servers = ['w-1', 'w-2'].map((id) => ({ id, product: 'web-hosting' as const, region: 'cn-hangzhou', serviceNumbersUsed: 3 }));
    const websites = [{ domains: ['a.com'], serverId: 'w-1' }, { domains: ['b.com'], serverId: 'w-2' }];
    const quota = run({ servers, websites }).filter((r) => r.rule === 'server.service-number-quota');
    expect(quota.map((r) => r.status)).toEqual(['pass', 'pass']);
    const pooled = run({ servers: servers.map((s) => ({ ...s, account: 'acct-1' })), websites }).filter((r) => r.rule === 'server.service-number-quota');
    expect(pooled.map((r) => r.status)).toEqual(['fail', 'fail']);
  });

  it("the lookup of one domain reports no other domain's results", () => {
    const facts = { version: 1 as const, websites: [{ name: '示例', domains: ['a.com', 'b.io'] }], domains: [{ domain: 'b.io', realNameVerified: false }] };
    const out = checkDomain('a.com', { now, facts }, rules);
    expect(out.ok && out.results.filter((r) => r.subjectKind === 'domain').every((r) => r.subject === 'a.com')).toBe(true);
  });

  it('culture and community words alone do not ask for pre-approval', () => {
    const r = run({ websites: [{ name: '茶文化社区', domains: ['tea.cn'] }] }).find((x) => x.rule === 'filing.pre-approval');
    expect(r?.status).toBe('pass');
  });
});

describe('unknown results', () => {
  it('say which page to open in the message, and keep the bare text in detail for a UI that links it', () => {
    for (const lang of ['en', 'zh'] as const) {
      const r = lint({ version: 1, domains: [{ domain: 'a.com' }] }, rules, now, { lang }).find((x) => x.rule === 'domain.real-name-verified')!;
      expect(r).toMatchObject({ status: 'unknown', page: 'domain-list' });
      const page = rules.pages['domain-list']![lang];
      expect(r.message).toContain(page);
      expect(r.detail).toBeDefined();
      expect(r.detail).not.toContain(page);
      expect(r.message.startsWith(r.detail!)).toBe(true);
    }
  });
});
