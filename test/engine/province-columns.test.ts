import { describe, expect, it } from 'vitest';
import { of, one } from './helpers';

/** The provincial columns of provinces.md (second table, seed 005 §5): they hold whichever provider files. */
describe('filing.individual-cross-province by the bureau stance', () => {
  const person = (province: string, residencePermit?: boolean) => ({
    entity: { type: 'individual' as const, name: '张三', province, homeProvince: '河北', ...(residencePermit === undefined ? {} : { residencePermit }) },
  });
  it.each([
    ['河南', false, 'fail', 'error', 'refused'],
    ['河南', true, 'fail', 'error', 'refused'], // refused: a permit does not help
    ['新疆', true, 'fail', 'error', 'refused'],
    ['上海', false, 'fail', 'warning', 'proof'],
    ['上海', true, 'pass', 'warning', 'permit'], // accepts proof, and the proof is held
    ['宁夏', false, 'fail', 'warning', 'proof'],
    ['北京', false, 'fail', 'warning', undefined],
    ['北京', true, 'fail', 'warning', 'permit-unconfirmed'], // the page says nothing: never a pass on an assumption
  ] as const)('files in %s, permit %s → %s %s', (province, permit, status, severity, variant) => {
    const r = one('filing.individual-cross-province', person(province, permit));
    expect(r).toMatchObject({ status, severity });
    expect(r.variant).toBe(variant);
  });
  it('河北 accepts outside IDs (on the condition of a Hebei phone, which it names)', () => {
    const r = one('filing.individual-cross-province', { entity: { type: 'individual', name: '张三', province: '河北', homeProvince: '河南' } }, 'zh');
    expect(r).toMatchObject({ status: 'pass', variant: 'accepted' });
    expect(r.message).toMatch(/河北号码/);
  });
  it('the proof named is the province own (上海: 962222.net; 宁夏: a rental contract of a year)', () => {
    expect(one('filing.individual-cross-province', person('上海')).message).toMatch(/962222\.net/);
    expect(one('filing.individual-cross-province', person('宁夏'), 'zh').fix).toMatch(/租房合同/);
  });
});

describe('filing.phone-province: an error where the bureau requires a local number', () => {
  const phone = (type: 'individual' | 'organization', province: string) => one('filing.phone-province', { entity: { type, province, phoneProvince: '河南' } });
  it.each([
    ['individual', '江苏', 'error'],
    ['organization', '江苏', 'error'],
    ['organization', '新疆', 'error'],
    ['individual', '甘肃', 'error'],
    ['organization', '甘肃', 'warning'], // 甘肃 asks it of individuals only
    ['individual', '河北', 'error'],
    ['individual', '浙江', 'warning'],
  ] as const)('%s in %s with a Henan number → fail %s', (type, province, severity) => {
    expect(phone(type, province)).toMatchObject({ status: 'fail', severity });
  });
  it('a local number passes', () => {
    expect(one('filing.phone-province', { entity: { type: 'individual', province: '江苏', phoneProvince: '江苏' } }).status).toBe('pass');
  });
});

describe('domain.min-validity: 上海, 安徽, 河南 need MORE than 3 calendar months left', () => {
  const validity = (province: string | undefined, expiresAt?: string) =>
    of('domain.min-validity', { entity: { type: 'individual', ...(province ? { province } : {}) }, domains: [{ domain: 'a.cn', ...(expiresAt ? { expiresAt } : {}) }] });
  it.each([
    ['河南', '2027-02-24', 'fail'], // exactly 3 months: not more than 3
    ['河南', '2027-02-25', 'pass'],
    ['上海', '2027-01-01', 'fail'],
    ['安徽', '2028-01-01', 'pass'],
  ])('%s, expires %s → %s', (province, expiresAt, status) => {
    expect(validity(province, expiresAt)[0]).toMatchObject({ status, severity: 'error' });
  });
  it('a province without the requirement → no result; province not seen → pass when long enough for all, else unknown', () => {
    expect(validity('浙江', '2027-01-01')).toEqual([]);
    expect(validity(undefined, '2028-01-01')[0]).toMatchObject({ status: 'pass', variant: 'any' });
    expect(validity(undefined, '2027-01-01')[0]).toMatchObject({ status: 'unknown', variant: 'province-unknown', page: 'beian-entity' });
  });
  it('expiry not seen → unknown in those provinces, nothing without a province; expired → nothing (not-expired says it)', () => {
    expect(validity('河南')[0]).toMatchObject({ status: 'unknown', page: 'domain-list' });
    expect(validity(undefined)).toEqual([]);
    expect(validity('河南', '2026-11-01')).toEqual([]);
  });
});
