import { describe, expect, it } from 'vitest';
import { FactsSchema } from '../../src/facts/schema';
import { lint, localizeResult } from '../../src/engine/index';
import { addMonths, workingDaysBetween } from '../../src/engine/calendar';
import { NOW, of, one, rules, run } from './helpers';

/**
 * Tencent Cloud (seed 005; RULES.md "Tencent Cloud" table). Today is 2026-11-24, a Tuesday (helpers.ts).
 * A server's provider decides its numbers; nothing here is an if on a provider name in the engine.
 */
const cvm = (extra: object = {}) => ({ id: 'ins-1', provider: 'tencent' as const, product: 'cvm' as const, region: 'ap-guangzhou', billing: 'subscription' as const, ...extra });
const lighthouse = (extra: object = {}) => ({ id: 'lhins-1', provider: 'tencent' as const, product: 'lighthouse' as const, region: 'ap-guangzhou', ...extra });
const ecs = (extra: object = {}) => ({ id: 'i-1', product: 'ecs' as const, region: 'cn-hangzhou', billing: 'subscription' as const, ...extra });

describe('server.mainland-region on Tencent Cloud (ap- ids are mainland too)', () => {
  it.each([
    ['ap-guangzhou', 'pass', 'error'],
    ['ap-guangzhou-3', 'pass', 'error'], // a zone id
    ['华南地区（广州）', 'pass', 'error'],
    ['South China (Guangzhou)', 'pass', 'error'],
    ['ap-nanjing', 'pass', 'error'],
    ['ap-shenzhen-fsi', 'pass', 'error'],
    ['ap-beijing-fsi', 'pass', 'error'],
    ['ap-hongkong', 'pass', 'info'],
    ['港澳台地区（中国香港）', 'pass', 'info'],
    ['ap-singapore', 'pass', 'info'],
    ['na-siliconvalley', 'pass', 'info'],
    ['ap-newcity', 'pass', 'info'], // an unlisted ap- id is not mainland
  ])('%s → %s (%s)', (region, status, severity) => {
    expect(one('server.mainland-region', { servers: [cvm({ region })] })).toMatchObject({ status, severity, provider: 'tencent' });
  });
  it('a name both clouds use resolves in the server own cloud: 北京 is ap-beijing on Tencent, cn-beijing on Alibaba', () => {
    expect(one('server.mainland-region', { servers: [cvm({ region: '北京' })] }, 'zh').message).toContain('华北地区（北京）');
    expect(one('server.mainland-region', { servers: [ecs({ region: '北京' })] }, 'zh').message).toContain('华北2（北京）');
  });
  it('shows the console display name, and says Tencent Cloud outside the mainland', () => {
    expect(one('server.mainland-region', { servers: [cvm()] }, 'zh').message).toContain('华南地区（广州）');
    expect(one('server.mainland-region', { servers: [cvm()] }, 'en').message).toContain('South China (Guangzhou)');
    const hk = one('server.mainland-region', { servers: [cvm({ region: 'ap-hongkong' })] });
    expect(hk.variant).toBe('outside-tencent');
    expect(hk.message).toMatch(/Tencent Cloud/);
  });
  it('region not seen → unknown, pointing at the Tencent console page of the product', () => {
    expect(one('server.mainland-region', { servers: [cvm({ region: undefined })] })).toMatchObject({ status: 'unknown', page: 'tencent-cvm-instances' });
    expect(one('server.mainland-region', { servers: [lighthouse({ region: undefined })] })).toMatchObject({ status: 'unknown', page: 'tencent-lighthouse-instances' });
  });
});

describe('server.subscription-billing on Tencent Cloud', () => {
  it('a pay-as-you-go or spot CVM (billing payg) fails with Tencent wording and fix', () => {
    const r = one('server.subscription-billing', { servers: [cvm({ billing: 'payg' })] }, 'zh');
    expect(r).toMatchObject({ status: 'fail', severity: 'error', variant: 'payg-tencent' });
    expect(r.message).toMatch(/竞价/);
    expect(r.message).not.toMatch(/阿里云|服务号/);
    expect(r.fix).toMatch(/包年包月/);
  });
  it('subscription passes; Lighthouse is prepaid only (no billing seen → pass); a CVM without billing → unknown', () => {
    expect(one('server.subscription-billing', { servers: [cvm()] }).status).toBe('pass');
    expect(one('server.subscription-billing', { servers: [lighthouse()] }).status).toBe('pass');
    expect(one('server.subscription-billing', { servers: [cvm({ billing: undefined })] })).toMatchObject({ status: 'unknown', page: 'tencent-cvm-instances' });
  });
});

describe('server.subscription-length on Tencent Cloud: ≥ 3 calendar months bought in total AND ≥ 1 month left', () => {
  const length = (server: object, now = '2026-11-24') => one('server.subscription-length', { now, servers: [server as never] });
  it.each([
    // created, expires, status, variant
    ['2026-08-24', '2026-12-24', 'pass', 'total-ok'], // exactly 3 months in total, exactly 1 month left
    ['2026-09-25', '2026-12-24', 'fail', 'total'], // 3 months in total is 2026-12-25: one day short
    ['2026-01-01', '2026-12-23', 'fail', undefined], // 1 month left is 2026-12-24: one day short
    ['2026-10-01', '2026-12-31', 'fail', 'total'], // 3 months total is 2027-01-01
    ['2026-11-30', '2027-02-28', 'pass', 'total-ok'], // end of month clamps: 11-30 + 3 months = 02-28
    ['2026-11-30', '2027-02-27', 'fail', 'total'],
    ['2026-06-01', '2027-06-01', 'pass', 'total-ok'], // renewed: a year in total
  ])('created %s, expires %s → %s %s', (createdAt, expiresAt, status, variant) => {
    const r = length(cvm({ createdAt, expiresAt }));
    expect(r.status).toBe(status);
    expect(r.variant).toBe(status === 'fail' && variant === undefined ? 'remaining-tencent' : variant);
  });
  it('the remaining month clamps at the end of the month too (2027-01-31 + 1 month = 2027-02-28)', () => {
    expect(length(cvm({ createdAt: '2026-01-01', expiresAt: '2027-02-28' }), '2027-01-31').status).toBe('pass');
    expect(length(cvm({ createdAt: '2026-01-01', expiresAt: '2027-02-27' }), '2027-01-31').status).toBe('fail');
  });
  it('without the creation date: the remaining month is checked, the total is unknown', () => {
    const ok = length(lighthouse({ expiresAt: '2027-01-10' }));
    expect(ok).toMatchObject({ status: 'unknown', variant: 'total-unknown', page: 'tencent-lighthouse-instances' });
    expect(ok.message).toMatch(/creation date/);
    expect(length(lighthouse({ expiresAt: '2026-12-01' }))).toMatchObject({ status: 'fail', variant: 'remaining-tencent' });
  });
  it('the fail names the date to renew to; the message speaks of Tencent Cloud, not of Alibaba Cloud', () => {
    const r = one('server.subscription-length', { servers: [cvm({ createdAt: '2026-10-01', expiresAt: '2026-12-31' })] }, 'zh');
    expect(r.fix).toContain('2027-01-01');
    expect(r.message).toMatch(/累计/);
  });
  it('an Alibaba Cloud ECS keeps "3 months left", whatever its creation date', () => {
    expect(length(ecs({ createdAt: '2025-01-01', expiresAt: '2027-01-30' })).status).toBe('fail');
    expect(length(ecs({ createdAt: '2026-11-20', expiresAt: '2027-02-24' })).status).toBe('pass');
  });
  it('addMonths: calendar months, end of month clamped', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
  });
});

describe('server.public-bandwidth and server.service-number-quota: numbers from the product', () => {
  it('a CVM without public bandwidth fails (Tencent wording); Lighthouse always has a public IP (no result)', () => {
    expect(one('server.public-bandwidth', { servers: [cvm({ publicBandwidthMbps: 0 })] })).toMatchObject({ status: 'fail', variant: 'tencent' });
    expect(one('server.public-bandwidth', { servers: [cvm({ publicBandwidthMbps: 1 })] }).status).toBe('pass');
    expect(of('server.public-bandwidth', { servers: [lighthouse()] })).toEqual([]);
  });
  it('CVM 5 and Lighthouse 5 websites per server, in Tencent words (websites, not service numbers)', () => {
    const sites = (n: number, serverId: string) => Array.from({ length: n }, (_, i) => ({ name: `网站${i}`, domains: [`s${i}.cn`], serverId }));
    const over = one('server.service-number-quota', { websites: sites(6, 'ins-1'), servers: [cvm({ serviceNumbersUsed: 0 })] });
    expect(over).toMatchObject({ status: 'fail', variant: 'per-resource' });
    expect(over.message).not.toMatch(/service identification/);
    expect(one('server.service-number-quota', { websites: sites(5, 'lhins-1'), servers: [lighthouse({ serviceNumbersUsed: 0 })] })).toMatchObject({ status: 'pass', variant: 'per-resource-ok' });
    expect(one('server.service-number-quota', { websites: sites(1, 'ins-1'), servers: [cvm()] })).toMatchObject({ status: 'unknown', page: 'tencent-beian-mine' });
  });
});

describe('server.authorization-code (warning): a server of another account needs a 备案授权码', () => {
  const site = (serverId: string, extra: object = {}) => ({ name: '网站', domains: ['a.cn'], serverId, ...extra });
  it('same account → pass; another account → fail (warning) naming both accounts', () => {
    expect(one('server.authorization-code', { entity: { type: 'organization', account: '100001' }, websites: [site('ins-1')], servers: [cvm({ account: '100001' })] })).toMatchObject({ status: 'pass', variant: 'same-account' });
    const r = one('server.authorization-code', { entity: { type: 'organization', account: '100001' }, websites: [site('ins-1')], servers: [cvm({ account: '100002' })] });
    expect(r).toMatchObject({ status: 'fail', severity: 'warning' });
    expect(r.message).toMatch(/100002/);
    expect(r.message).toMatch(/enterprise-verified/);
    expect(r.fix).toMatch(/100001/);
  });
  it('a code entered on every website of the server → pass (check it is bound to the filing account)', () => {
    const r = one('server.authorization-code', { entity: { type: 'organization', account: '100001' }, websites: [site('ins-1', { serviceNumber: 'CODE1' })], servers: [cvm({ account: '100002' })] });
    expect(r).toMatchObject({ status: 'pass', variant: 'code' });
    expect(r.message).toContain('CODE1');
  });
  it('a code the server\'s code list shows used, or bound to another account → fail naming the code (round sixty-three: passed)', () => {
    const entity = { type: 'organization' as const, account: '100001234567' };
    const codes = [
      { code: 'BAUSED0001', targetAccount: '100001234567', status: 'used' as const },
      { code: 'BAOTHER002', targetAccount: '100009999999', status: 'unused' as const },
      { code: 'BAFREE0003', targetAccount: '100001234567', status: 'unused' as const },
      { code: 'BAINUSE004', targetAccount: '100001234567', status: 'in-use' as const },
    ];
    const server = cvm({ account: '100002222222', authorizationCodes: codes });
    const used = one('server.authorization-code', { entity, websites: [site('ins-1', { serviceNumber: 'bauSED0001' })], servers: [server] });
    expect(used).toMatchObject({ status: 'fail', severity: 'warning', variant: 'code-used' });
    expect(used.message).toContain('BAUSED0001');
    expect(used.message).toMatch(/cannot be used again/);
    expect(used.fix).toMatch(/new code/);
    const other = one('server.authorization-code', { entity, websites: [site('ins-1', { serviceNumber: 'BAOTHER002' })], servers: [server] }, 'zh');
    expect(other).toMatchObject({ status: 'fail', variant: 'code-other-account' });
    expect(other.message).toContain('100009999999');
    expect(other.message).toContain('100001234567');
    // unused, in use (perhaps by this very filing), not listed: the check the website's code asks for, as before
    for (const code of ['BAFREE0003', 'BAINUSE004', 'BANOTLISTED']) {
      expect(one('server.authorization-code', { entity, websites: [site('ins-1', { serviceNumber: code })], servers: [server] }), code).toMatchObject({ status: 'pass', variant: 'code' });
    }
    // a masked account on either side tells nothing
    const masked = cvm({ account: '100002222222', authorizationCodes: [{ code: 'BAOTHER002', targetAccount: '1000****9999', status: 'unused' as const }] });
    expect(one('server.authorization-code', { entity, websites: [site('ins-1', { serviceNumber: 'BAOTHER002' })], servers: [masked] })).toMatchObject({ status: 'pass', variant: 'code' });
  });
  it('more websites than a CVM can get codes for (5, with codes already used) → fail too-many', () => {
    const r = one('server.authorization-code', { entity: { type: 'organization', account: 'a' }, websites: [site('ins-1'), site('ins-1')], servers: [cvm({ account: 'b', serviceNumbersUsed: 4 })] });
    expect(r).toMatchObject({ status: 'fail', variant: 'too-many' });
  });
  it('Lighthouse: the sources disagree (none vs 2 per instance) → a warning that states both', () => {
    const r = one('server.authorization-code', { entity: { type: 'organization', account: 'a' }, websites: [site('lhins-1')], servers: [lighthouse({ account: 'b' })] }, 'zh');
    expect(r).toMatchObject({ status: 'fail', severity: 'warning', variant: 'disputed' });
    expect(r.message).toMatch(/说法不一/);
    expect(r.message).toMatch(/2 个/);
  });
  it('accounts not seen → unknown when a website uses the server; Alibaba servers get service-number-authorized instead', () => {
    expect(one('server.authorization-code', { websites: [site('ins-1')], servers: [cvm()] })).toMatchObject({ status: 'unknown', page: 'tencent-beian-authcode' });
    expect(of('server.authorization-code', { websites: [site('i-1')], servers: [ecs()] })).toEqual([]);
    expect(of('server.service-number-authorized', { websites: [site('ins-1')], servers: [cvm()] })).toEqual([]);
    expect(one('server.service-number-authorized', { websites: [site('i-1')], servers: [ecs()] }).status).toBe('unknown');
  });
});

describe('filing.province-domain-limit: 1 domain per website everywhere on Tencent Cloud; the stricter wins', () => {
  const filing = (province: string | undefined, domains: string[], server: { id: string } = cvm()) => ({
    entity: { type: 'organization' as const, ...(province ? { province } : {}) },
    websites: [{ name: '官网', domains, serverId: server.id }],
    servers: [server as never],
  });
  it.each([
    ['北京', ['a.cn', 'b.cn'], 'fail', 'provider'],
    ['北京', ['a.cn'], 'pass', 'provider-ok'],
    [undefined, ['a.cn', 'b.cn'], 'fail', 'provider'], // no province needed: the platform limit is 1
    ['河南', ['a.cn', 'b.cn'], 'fail', undefined], // the province says 1 as well: the province's text
  ] as const)('Tencent, %s, %j → %s', (province, domains, status, variant) => {
    const r = one('filing.province-domain-limit', filing(province, [...domains]));
    expect(r.status).toBe(status);
    expect(r.variant).toBe(variant);
    expect(r.params.limit).toBe(1);
  });
  it('the same two domains on an Alibaba Cloud ECS in 北京 pass (10 per website)', () => {
    expect(one('filing.province-domain-limit', filing('北京', ['a.cn', 'b.cn'], ecs()))).toMatchObject({ status: 'pass', params: { limit: 10 } });
  });
});

describe('filing.websites-per-order: an individual 1, an organization 10 (Tencent Cloud)', () => {
  const order = (type: 'individual' | 'organization' | undefined, n: number) => ({
    entity: type ? { type } : {},
    websites: Array.from({ length: n }, (_, i) => ({ name: `网站${i}`, domains: [`s${i}.cn`], serverId: 'ins-1' })),
    servers: [cvm()],
  });
  it.each([
    ['individual', 1, 'pass'],
    ['individual', 2, 'fail'],
    ['organization', 10, 'pass'],
    ['organization', 11, 'fail'],
    [undefined, 1, 'pass'],
    [undefined, 2, 'unknown'],
    [undefined, 11, 'fail'],
  ] as const)('%s with %i websites → %s', (type, n, status) => {
    const r = one('filing.websites-per-order', order(type, n) as never);
    expect(r).toMatchObject({ status, severity: 'error', subjectKind: 'entity' });
    if (status === 'fail') expect(r.message).not.toMatch(/\{/);
  });
  it('an Alibaba Cloud filing gets no result', () => {
    expect(of('filing.websites-per-order', { entity: { type: 'individual' }, websites: [{ domains: ['a.cn'], serverId: 'i-1' }, { domains: ['b.cn'], serverId: 'i-1' }], servers: [ecs()] })).toEqual([]);
  });
});

describe('domain.real-name-age: 3 calendar days (Tencent-registered) or 3 working days (elsewhere)', () => {
  const age = (domain: object) => of('domain.real-name-age', { websites: [{ name: '网站', domains: ['a.cn'], serverId: 'ins-1' }], domains: [{ domain: 'a.cn', realNameVerified: true, ...domain }], servers: [cvm()] });
  it('workingDaysBetween counts Monday to Friday after the first date', () => {
    expect(workingDaysBetween('2026-11-20', '2026-11-24')).toBe(2); // Fri → Tue: Mon, Tue
    expect(workingDaysBetween('2026-11-19', '2026-11-24')).toBe(3); // Thu → Tue: Fri, Mon, Tue
    expect(workingDaysBetween('2026-11-24', '2026-11-24')).toBe(0);
    expect(workingDaysBetween('2026-11-02', '2026-11-30')).toBe(20);
  });
  it.each([
    ['腾讯云', '2026-11-21', 'pass', undefined],
    ['腾讯云', '2026-11-22', 'fail', undefined],
    ['烟台帝思普网络科技有限公司', '2026-11-21', 'pass', undefined], // Tencent's gTLD registrar since 2021
    ['西部数码', '2026-11-19', 'pass', 'working-ok'],
    ['西部数码', '2026-11-20', 'fail', 'working'], // 4 calendar days, but only 2 working days
    [undefined, '2026-11-20', 'unknown', 'registrar-unknown'], // 4 calendar days; working days depend on the registrar
    [undefined, '2026-11-22', 'fail', undefined],
  ] as const)('registrar %s, verified %s → %s', (registrar, realNameVerifiedAt, status, variant) => {
    const [r] = age({ ...(registrar ? { registrar } : {}), realNameVerifiedAt });
    expect(r).toMatchObject({ status, severity: 'error', provider: 'tencent' });
    expect(r!.variant).toBe(variant);
  });
  it('the fix names the first day to submit', () => {
    expect(age({ registrar: '腾讯云', realNameVerifiedAt: '2026-11-23' })[0]!.fix).toContain('2026-11-26');
  });
  it('no verification date → unknown (the Tencent domain page); unverified → no result (real-name-verified fails it)', () => {
    expect(age({})[0]).toMatchObject({ status: 'unknown', page: 'tencent-domain-info' });
    expect(age({ realNameVerified: false, realNameVerifiedAt: '2026-11-23' })).toEqual([]);
  });
  it('a domain on an Alibaba Cloud filing gets no result', () => {
    expect(of('domain.real-name-age', { websites: [{ domains: ['a.cn'], serverId: 'i-1' }], domains: [{ domain: 'a.cn', realNameVerifiedAt: '2026-11-23' }], servers: [ecs()] })).toEqual([]);
  });
});

describe('filing.account-matches-entity: the account real-name name is the entity; an individual account waits 48 h', () => {
  const account = (entity: object) => of('filing.account-matches-entity', { entity: { name: '王五', ...entity }, websites: [{ domains: ['a.cn'], serverId: 'ins-1' }], servers: [cvm()] });
  it.each([
    [{ type: 'organization', name: '某某有限公司', accountName: '某某有限公司' }, 'pass', undefined],
    [{ type: 'individual', accountName: '王五', accountVerifiedAt: '2026-11-21' }, 'pass', undefined],
    [{ type: 'individual', accountName: '王*', accountVerifiedAt: '2026-11-20' }, 'pass', undefined], // masked by the console
    [{ type: 'individual', accountName: '赵六', accountVerifiedAt: '2026-11-01' }, 'fail', 'name'],
    [{ type: 'individual', accountName: '王五', accountVerifiedAt: '2026-11-23' }, 'fail', 'wait'],
    [{ type: 'individual', accountName: '王五', accountVerifiedAt: '2026-11-22' }, 'unknown', 'wait-today'], // 48 h at some time today
    [{ type: 'individual', accountName: '王五' }, 'unknown', 'wait-unknown'],
    [{ type: 'individual' }, 'unknown', undefined],
  ] as const)('%j → %s', (entity, status, variant) => {
    const [r] = account(entity);
    expect(r).toMatchObject({ status, severity: 'error' });
    expect(r!.page).toBe(status === 'unknown' ? 'tencent-account' : undefined);
    expect(r!.variant).toBe(variant);
  });
  it('the rule data notes the 24 h / 48 h conflict', () => {
    expect(rules.byId.get('filing.account-matches-entity')!.conflict?.en).toMatch(/24 hours.*48 hours/);
  });
  it('an Alibaba Cloud filing gets no result', () => {
    expect(of('filing.account-matches-entity', { entity: { type: 'individual', name: '王五', accountName: '赵六' }, servers: [ecs()] })).toEqual([]);
  });
});

describe('domain.registrant-matches-entity: the legal representative on Tencent Cloud', () => {
  const holder = (relation: string, server: object) =>
    one('domain.registrant-matches-entity', {
      entity: { type: 'organization', name: '某某有限公司' },
      websites: [{ domains: ['a.cn'], serverId: (server as { id: string }).id }],
      domains: [{ domain: 'a.cn', registrantName: '王五', registrantRelation: relation as never }],
      servers: [server as never],
    });
  it('legal representative → warning with Tencent wording; shareholder → error on Tencent, warning on Alibaba', () => {
    expect(holder('legal-representative', cvm())).toMatchObject({ status: 'fail', severity: 'warning', variant: 'relation-tencent' });
    expect(holder('shareholder', cvm())).toMatchObject({ status: 'fail', severity: 'error', variant: 'relation-refused' });
    expect(holder('shareholder', ecs())).toMatchObject({ status: 'fail', severity: 'warning', variant: 'relation' });
  });
});

describe('domain.tld-approved: Tencent list vs ours → a warning that says which says what; Beijing refuses some TLDs', () => {
  const tld = (domain: string, server: object, province?: string) =>
    one('domain.tld-approved', {
      entity: { type: 'organization', ...(province ? { province } : {}) },
      websites: [{ domains: [domain], serverId: (server as { id: string }).id }],
      servers: [server as never],
    });
  it.each([
    ['a.me', cvm(), undefined, 'fail', 'warning', 'provider-adds'],
    ['a.me', ecs(), undefined, 'fail', 'error', undefined],
    ['a.org', cvm(), undefined, 'fail', 'warning', 'provider-omits'],
    ['a.org', ecs(), undefined, 'pass', 'error', undefined],
    ['a.org', ecs(), '北京', 'fail', 'error', 'province-refused'],
    ['a.org', cvm(), '北京', 'fail', 'error', 'province-refused'],
    ['a.com', cvm(), '北京', 'pass', 'error', undefined],
    ['a.io', cvm(), undefined, 'fail', 'error', undefined],
  ] as const)('%s on %j in %s → %s %s', (domain, server, province, status, severity, variant) => {
    const r = tld(domain, server, province);
    expect(r).toMatchObject({ status, severity });
    expect(r.variant).toBe(variant);
  });
  it('the warning names both lists and their dates', () => {
    const r = one('domain.tld-approved', { websites: [{ domains: ['a.me'], serverId: 'ins-1' }], servers: [cvm()] }, 'en');
    expect(r.message).toMatch(/2026-11/);
    expect(r.message).toMatch(/Tencent Cloud's list.*2022-08-30/);
  });
});

describe('a facts file mixing providers is linted per server provider', () => {
  const mixed = {
    entity: { type: 'individual' as const, name: '王五', province: '浙江', account: 'a', accountName: '王五', accountVerifiedAt: '2026-11-01' },
    websites: [
      { name: '阿里云上的网站', domains: ['ali-1.cn', 'ali-2.cn'], serverId: 'i-1' },
      { name: '腾讯云上的网站', domains: ['tc-1.cn', 'tc-2.cn'], serverId: 'ins-1' },
    ],
    domains: ['ali-1.cn', 'ali-2.cn', 'tc-1.cn', 'tc-2.cn'].map((domain) => ({ domain, realNameVerified: true, realNameVerifiedAt: '2026-11-23', expiresAt: '2030-01-01' })),
    servers: [
      ecs({ expiresAt: '2027-01-30', account: 'a' }), // 2 months left: short for Alibaba Cloud's 3
      cvm({ createdAt: '2026-01-01', expiresAt: '2027-01-30', account: 'a' }), // 3 months bought, ≥ 1 left: enough for Tencent
    ],
  };
  const results = run(mixed);
  const by = (rule: string, subject: string) => results.find((r) => r.rule === rule && r.subject === subject);
  it('each website gets its own provider domain limit', () => {
    expect(by('filing.province-domain-limit', '阿里云上的网站')).toMatchObject({ status: 'pass', params: { limit: 10 } });
    expect(by('filing.province-domain-limit', '腾讯云上的网站')).toMatchObject({ status: 'fail', params: { limit: 1 } });
  });
  it('each server gets its own subscription rule and provider', () => {
    expect(by('server.subscription-length', 'i-1')).toMatchObject({ status: 'fail', provider: 'aliyun' });
    expect(by('server.subscription-length', 'ins-1')).toMatchObject({ status: 'pass', provider: 'tencent' });
  });
  it('Tencent-only rules see only the Tencent side: domains of the Tencent website, websites on Tencent servers', () => {
    expect(results.filter((r) => r.rule === 'domain.real-name-age').map((r) => r.subject).sort()).toEqual(['tc-1.cn', 'tc-2.cn']);
    expect(by('filing.websites-per-order', '王五')).toMatchObject({ status: 'pass', params: { count: 1 } });
    expect(results.filter((r) => r.rule === 'server.authorization-code').map((r) => r.subject)).toEqual(['ins-1']);
    expect(results.filter((r) => r.rule === 'server.service-number-authorized').map((r) => r.subject)).toEqual(['i-1']);
  });
  it('a website tied to no server in a mixed file gets the stricter numbers of the providers present', () => {
    const loose = run({ ...mixed, websites: [{ name: '未选服务器', domains: ['x.cn', 'y.cn'] }] });
    expect(loose.find((r) => r.rule === 'filing.province-domain-limit')).toMatchObject({ status: 'fail', params: { limit: 1 } });
  });
});

describe('sources: a Tencent result cites Tencent Cloud documents', () => {
  it.each([
    ['server.subscription-length', { servers: [cvm({ createdAt: '2026-10-01', expiresAt: '2026-12-31' })] }],
    ['filing.province-domain-limit', { websites: [{ name: '官网', domains: ['a.cn', 'b.cn'], serverId: 'ins-1' }], servers: [cvm()] }],
    ['domain.tld-approved', { websites: [{ domains: ['a.me'], serverId: 'ins-1' }], servers: [cvm()] }],
    ['domain.real-name-age', { websites: [{ domains: ['a.cn'], serverId: 'ins-1' }], domains: [{ domain: 'a.cn', realNameVerifiedAt: '2026-11-23' }], servers: [cvm()] }],
  ] as const)('%s', (rule, facts) => {
    const r = one(rule, facts as never, 'zh');
    expect(r.sources[0]!.publisher).toBe('腾讯云');
  });
  it('the same rule on an Alibaba Cloud server keeps its Alibaba Cloud sources', () => {
    const r = one('filing.province-domain-limit', { entity: { type: 'organization', province: '河南' }, websites: [{ domains: ['a.cn', 'b.cn'], serverId: 'i-1' }], servers: [ecs()] }, 'zh');
    expect(r.sources.every((s) => s.publisher === '阿里云')).toBe(true);
  });
});

describe('the provider of a server', () => {
  it('comes from the product when not given (cvm, lighthouse are Tencent Cloud products)', () => {
    expect(one('server.subscription-billing', { servers: [{ id: 'x', product: 'cvm', billing: 'payg' }] })).toMatchObject({ provider: 'tencent', variant: 'payg-tencent' });
  });
  it('version 1 free text: known names map, others are dropped (linted as before, as Alibaba Cloud)', () => {
    const parse = (provider: string) => FactsSchema.parse({ version: 1, servers: [{ id: 'x', product: 'ecs', provider }] }).servers![0]!.provider;
    expect(parse('Tencent Cloud')).toBe('tencent');
    expect(parse('腾讯云')).toBe('tencent');
    expect(parse('Alibaba Cloud')).toBe('aliyun');
    expect(parse('huawei')).toBeUndefined();
    expect(parse('constructor')).toBeUndefined(); // not an inherited property of the alias table
  });
  it('a re-rendered (localized) Tencent result keeps its provider variant and page', () => {
    const facts = { version: 1 as const, now: '2026-11-24', servers: [cvm({ billing: 'payg', region: undefined })] };
    for (const r of lint(facts, rules, NOW, { lang: 'en' })) {
      const zh = lint(facts, rules, NOW, { lang: 'zh' }).find((x) => x.rule === r.rule && x.subject === r.subject)!;
      expect(localizeResult(r, rules, 'zh')).toEqual(zh);
    }
  });
});

describe('titles a Tencent Cloud filer reads (review, session 20)', () => {
  it('a CVM is never called an ECS instance in a title, passing or failing', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const mbps of [0, 5]) {
        const r = one('server.public-bandwidth', { servers: [cvm({ publicBandwidthMbps: mbps })] }, lang);
        expect(r.title, `${lang} ${mbps} Mbps`).not.toMatch(/ECS/);
      }
    }
  });
  it('a pay-as-you-go or spot CVM: the title says 按量计费 / spot, as the Tencent message does', () => {
    expect(one('server.subscription-billing', { servers: [cvm({ billing: 'payg' })] }, 'zh').title).toBe('按量计费或竞价实例不能备案');
    expect(one('server.subscription-billing', { servers: [cvm({ billing: 'payg' })] }, 'en').title).toBe('Pay-as-you-go or spot server cannot be filed');
    // Alibaba Cloud keeps its console's word.
    expect(one('server.subscription-billing', { servers: [ecs({ billing: 'payg' })] }, 'zh').title).toBe('按量付费实例不能备案');
  });
});

describe('wording a filer could misread (review, session 20)', () => {
  const age = (lang: 'zh' | 'en') =>
    of('domain.real-name-age', { websites: [{ name: '网站', domains: ['a.cn'], serverId: 'ins-1' }], domains: [{ domain: 'a.cn', realNameVerified: true, registrar: '西部数码', realNameVerifiedAt: '2026-11-20' }], servers: [cvm()] }, lang)[0]!;
  it('working days: says public holidays are NOT deducted (the count is Monday to Friday), not "not counted"', () => {
    expect(age('en').message).not.toMatch(/holidays not counted/);
    expect(age('en').message).toMatch(/public holidays are not deducted/);
    expect(age('zh').message).not.toMatch(/未计节假日/);
    expect(age('zh').message).toMatch(/未扣除法定节假日/);
  });
  it('one domain on a website reads "1 domain(s)", never "1 domains"; the fix says what the limit counts', () => {
    const r = one('filing.province-domain-limit', { entity: { type: 'organization', province: '浙江' }, websites: [{ name: '官网', domains: ['a.cn'] }] });
    expect(r.message).not.toMatch(/\b1 domains\b/);
    const over = one('filing.province-domain-limit', { entity: { type: 'individual', province: '河南' }, websites: [{ name: '官网', domains: ['a.cn', 'b.cn'] }] });
    expect(over.fix).toMatch(/more than 1 domain/);
  });
  it('real-name verification: the fix names both providers\' consoles, not "a domain not at Alibaba Cloud: ask the registrar"', () => {
    for (const lang of ['zh', 'en'] as const) {
      const r = one('domain.real-name-verified', { domains: [{ domain: 'a.cn', realNameVerified: false }] }, lang);
      expect(r.fix).toMatch(lang === 'zh' ? /腾讯云/ : /Tencent Cloud/);
      expect(r.fix).not.toMatch(/非阿里云域名/);
    }
  });
});

describe('the provider while no server is known (the extension passes the consoles the facts were read in)', () => {
  const facts = { version: 1 as const, domains: [{ domain: 'zhoulin.cn', realNameVerified: true }] };
  const page = (consoles?: Array<'aliyun' | 'tencent'>) =>
    lint(facts, rules, new Date('2026-12-01'), { lang: 'zh', consoles }).find((r) => r.rule === 'domain.not-expired')?.page;
  it('is the facts file\'s default (Alibaba Cloud) without consoles, the console\'s provider with them', () => {
    expect(page()).toBe('domain-list');
    expect(page(['tencent'])).toBe('tencent-domain-list');
  });
  it('gives way to a server that names its provider', () => {
    const withServer = { ...facts, servers: [{ id: 'i-bp1abc', product: 'ecs' as const }] };
    const r = lint(withServer, rules, new Date('2026-12-01'), { lang: 'zh', consoles: ['tencent'] }).find((x) => x.rule === 'domain.not-expired');
    expect(r?.page).toBe('domain-list');
  });
});
