import { describe, expect, it } from 'vitest';
import { validateFacts } from '../../src/engine/index';
import { rules } from './helpers';

/** validateFacts: the facts file v1 (DESIGN.md "Contracts") plus provinces and domains that exist. */

const ok = (data: unknown) => {
  const v = validateFacts(data, rules);
  if (!v.ok) throw new Error(v.error);
  return v.facts;
};
const err = (data: unknown) => {
  const v = validateFacts(data, rules);
  expect(v.ok).toBe(false);
  return v.ok ? '' : v.error;
};

describe('validateFacts', () => {
  it('accepts a complete v1 facts file', () => {
    const facts = ok({
      version: 1,
      now: '2026-11-24',
      entity: { type: 'individual', name: '张三', idType: '身份证', idNumber: '4101**********1234', province: '河南省', homeProvince: 'Henan', residencePermit: false, phoneProvince: 'CN-HA', account: 'a' },
      websites: [{ name: '博客', domains: ['www.example.com', '例子.中国'], serverId: 'i-1', serviceNumber: 'x', content: '' }],
      domains: [{ domain: 'example.com', registrar: '万网', registrantName: '张三', registrantIdType: '身份证', registrantIdNumber: '4101**********1234', realNameVerified: true, expiresAt: '2027-11-24T23:59:59+08:00', status: ['ok'], resolves: false }],
      servers: [{ id: 'i-1', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-11-24', publicBandwidthMbps: 5, orderAmountYuan: 100, account: 'a' }],
    });
    expect(facts.servers?.[0]?.billing).toBe('subscription');
  });
  it('accepts the minimal file and the bare IP (an IP is a finding of domain.registrable, not bad input)', () => {
    ok({ version: 1 });
    ok({ version: 1, domains: [{ domain: '1.2.3.4' }] });
  });

  it.each([
    [{ version: 1, servers: [{ id: 'i-1', product: 'ecs', billing: 'monthly' }] }, 'servers[0].billing'],
    [{ version: 1, servers: [{ id: 'i-1', product: 'ecs' }, { id: 'i-2', product: 'ecs', billing: 5 }] }, 'servers[1].billing'],
    [{ version: 1, servers: [{ id: 'i-1', product: 'rds' }] }, 'servers[0].product'],
    [{ version: 1, servers: [{ id: 'i-1', product: 'ecs', publicBandwidthMbps: '5' }] }, 'servers[0].publicBandwidthMbps'],
    [{ version: 1, servers: [{ product: 'ecs' }] }, 'servers[0].id'],
    [{ version: 1, domains: [{ domain: 'a.com', realNameVerified: 'yes' }] }, 'domains[0].realNameVerified'],
    [{ version: 1, domains: [{ domain: 'a.com', expiresAt: 'next year' }] }, 'domains[0].expiresAt'],
    [{ version: 1, domains: [{ domain: 'a.com', status: 'ok' }] }, 'domains[0].status'],
    [{ version: 1, domains: [{}] }, 'domains[0].domain'],
    [{ version: 1, websites: [{ name: 'x' }] }, 'websites[0].domains'],
    [{ version: 1, websites: [{ domains: ['a.com', 7] }] }, 'websites[0].domains[1]'],
    [{ version: 1, entity: { type: 'company' } }, 'entity.type'],
    [{ version: 1, entity: { type: 'individual', residencePermit: 'no' } }, 'entity.residencePermit'],
    [{ version: 1, now: 'today' }, 'now'],
    [{ version: 2 }, 'version'],
  ])('a wrong type names the field path: %j → %s', (data, path) => {
    const e = err(data);
    expect(e.startsWith(`${path}:`), e).toBe(true);
  });
  it('not an object at all → an error', () => {
    expect(err(null)).toBeTruthy();
    expect(err('{"version":1}')).toBeTruthy();
  });

  it('unknown fields are stripped, at every level', () => {
    const facts = ok({ version: 1, extra: 1, entity: { type: 'individual', secret: 'x' }, servers: [{ id: 'i', product: 'ecs', colour: 'red' }], domains: [{ domain: 'a.com', foo: 1 }] }) as Record<string, any>;
    expect(facts.extra).toBeUndefined();
    expect(facts.entity.secret).toBeUndefined();
    expect(facts.servers[0].colour).toBeUndefined();
    expect(facts.domains[0].foo).toBeUndefined();
  });

  it.each([
    ['province', 'Atlantis'],
    ['province', '河东省'],
    ['homeProvince', 'Nowhere'],
    ['phoneProvince', 'CN-ZZ'],
  ])('an unknown entity.%s (%s) is an error naming the field', (field, value) => {
    const e = err({ version: 1, entity: { type: 'individual', [field]: value } });
    expect(e).toMatch(new RegExp(`^entity\\.${field}\\b`));
    expect(e).toContain(value);
  });

  it.each([['香港'], ['Hong Kong'], ['CN-HK'], ['澳门'], ['Macao'], ['台湾'], ['CN-TW']])('a filing province in %s is an error naming entity.province', (province) => {
    expect(err({ version: 1, entity: { type: 'individual', province } })).toMatch(/^entity\.province\b/);
  });

  it.each([['河南'], ['河南省'], ['Henan'], ['CN-HA'], ['cn-ha'], ['henan province'], ['陕西'], ['Shaanxi'], ['广西壮族自治区'], ['Inner Mongolia']])('the province %j is accepted', (province) => {
    ok({ version: 1, entity: { type: 'individual', province } });
  });

  it.each([
    [{ version: 1, domains: [{ domain: 'not a domain' }] }, 'domains[0].domain'],
    [{ version: 1, domains: [{ domain: 'a.com' }, { domain: 'exa mple.com' }] }, 'domains[1].domain'],
    [{ version: 1, domains: [{ domain: 'http://' }] }, 'domains[0].domain'],
    [{ version: 1, websites: [{ domains: ['a.com', 'b..com'] }] }, 'websites[0].domains[1]'],
    [{ version: 1, websites: [{ domains: ['-bad-.com'] }] }, 'websites[0].domains[0]'],
  ])('an unparsable domain is an error naming the field: %j → %s', (data, path) => {
    expect(err(data).startsWith(`${path}:`)).toBe(true);
  });

  // A date that does not exist in the calendar is not a date (Date.parse('2027-02-30') rolls over to 2 March).
  it.each([['2027-02-30'], ['2027-02-29'], ['2026-04-31']])('the non-existent date %s is rejected', (expiresAt) => {
    expect(err({ version: 1, domains: [{ domain: 'a.com', expiresAt }] })).toMatch(/^domains\[0\]\.expiresAt/);
  });
  it('the leap day 2028-02-29 is a date', () => {
    ok({ version: 1, domains: [{ domain: 'a.com', expiresAt: '2028-02-29' }] });
  });
  it.each([['2027-13-01'], ['2027-00-10'], ['27-02-01']])('the malformed date %s is rejected', (expiresAt) => {
    expect(err({ version: 1, domains: [{ domain: 'a.com', expiresAt }] })).toMatch(/^domains\[0\]\.expiresAt/);
  });
});
