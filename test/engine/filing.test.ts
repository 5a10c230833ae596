import { describe, expect, it } from 'vitest';
import { mistypedId, of, one, run, validId } from './helpers';

/**
 * Filing (entity and website) rules (RULES.md "Filing"; seed 000 §2 限制说明; 002 注意; 003 step h;
 * shared/data/provinces.md).
 */

// shared/data/provinces.md, typed from the table (not read from rules/): iso, short name, pinyin, domains per website, SMS
const PROVINCES: [string, string, string, number, boolean][] = [
  ['CN-BJ', '北京', 'Beijing', 10, false], ['CN-TJ', '天津', 'Tianjin', 10, true], ['CN-HE', '河北', 'Hebei', 1, false],
  ['CN-SX', '山西', 'Shanxi', 10, true], ['CN-NM', '内蒙古', 'Nei Mongol', 10, true], ['CN-LN', '辽宁', 'Liaoning', 1, false],
  ['CN-JL', '吉林', 'Jilin', 10, false], ['CN-HL', '黑龙江', 'Heilongjiang', 10, true], ['CN-SH', '上海', 'Shanghai', 10, false],
  ['CN-JS', '江苏', 'Jiangsu', 10, false], ['CN-ZJ', '浙江', 'Zhejiang', 10, true], ['CN-AH', '安徽', 'Anhui', 10, true],
  ['CN-FJ', '福建', 'Fujian', 10, true], ['CN-JX', '江西', 'Jiangxi', 10, false], ['CN-SD', '山东', 'Shandong', 10, true],
  ['CN-HA', '河南', 'Henan', 1, true], ['CN-HB', '湖北', 'Hubei', 10, true], ['CN-HN', '湖南', 'Hunan', 10, true],
  ['CN-GD', '广东', 'Guangdong', 10, false], ['CN-GX', '广西', 'Guangxi', 1, true], ['CN-HI', '海南', 'Hainan', 10, true],
  ['CN-CQ', '重庆', 'Chongqing', 1, true], ['CN-SC', '四川', 'Sichuan', 1, true], ['CN-GZ', '贵州', 'Guizhou', 10, false],
  ['CN-YN', '云南', 'Yunnan', 10, true], ['CN-XZ', '西藏', 'Xizang', 10, true], ['CN-SN', '陕西', 'Shaanxi', 10, true],
  ['CN-GS', '甘肃', 'Gansu', 10, true], ['CN-QH', '青海', 'Qinghai', 10, true], ['CN-NX', '宁夏', 'Ningxia', 10, true],
  ['CN-XJ', '新疆', 'Xinjiang', 10, true],
];
const domainsN = (n: number) => Array.from({ length: n }, (_, i) => `d${i}.com`);

describe('filing.province-domain-limit (error): 1 in 重庆 广西 四川 辽宁 河北 河南, 10 elsewhere', () => {
  it.each(PROVINCES)('%s %s (%s): %i allowed', (iso, short, pinyin, limit) => {
    for (const province of [iso, short, pinyin]) {
      const ok = one('filing.province-domain-limit', { entity: { type: 'individual', province }, websites: [{ name: '博客', domains: domainsN(limit) }] });
      expect(ok, province).toMatchObject({ status: 'pass', severity: 'error', subject: '博客', subjectKind: 'website' });
      const over = one('filing.province-domain-limit', { entity: { type: 'individual', province }, websites: [{ name: '博客', domains: domainsN(limit + 1) }] });
      expect(over.status, province).toBe('fail');
    }
  });

  it.each([['河南'], ['河南省'], ['Henan'], ['CN-HA'], ['cn-ha'], ['henan province'], ['HENAN'], [' Henan ']])('the province %j is Henan: two domains fail', (province) => {
    const r = one('filing.province-domain-limit', { entity: { type: 'individual', province }, websites: [{ name: '博客', domains: ['a.com', 'b.com'] }] });
    expect(r.status).toBe('fail');
    expect(r.message).toMatch(/Henan/);
  });

  it('Shanxi 山西 and Shaanxi 陕西 are different provinces', () => {
    const en = (province: string) => one('filing.province-domain-limit', { entity: { type: 'individual', province }, websites: [{ name: 'x', domains: ['a.com'] }] }).message;
    expect(en('山西')).toMatch(/Shanxi/);
    expect(en('山西')).not.toMatch(/Shaanxi/);
    expect(en('陕西')).toMatch(/Shaanxi/);
    expect(en('CN-SX')).toMatch(/Shanxi/);
    expect(en('CN-SN')).toMatch(/Shaanxi/);
    expect(en('Shaanxi')).toMatch(/Shaanxi/);
    expect(en('陕西省')).toMatch(/Shaanxi/);
  });

  it('www. and the bare domain are one registrable domain: Henan passes', () => {
    const r = one('filing.province-domain-limit', { entity: { type: 'individual', province: '河南' }, websites: [{ name: 'x', domains: ['example.com', 'www.example.com'] }] });
    expect(r.status).toBe('pass');
  });

  it('no province seen: 1 domain passes everywhere, 2 domains are unknown', () => {
    expect(one('filing.province-domain-limit', { websites: [{ name: 'x', domains: ['a.com'] }] }).status).toBe('pass');
    expect(one('filing.province-domain-limit', { websites: [{ name: 'x', domains: ['a.com', 'b.com'] }] }).status).toBe('unknown');
  });
  // 11 domains exceed the limit of every province (at most 10): the missing province cannot change the verdict.
  it('no province seen but 11 domains → fail (over the limit everywhere), not unknown', () => {
    expect(one('filing.province-domain-limit', { websites: [{ name: 'x', domains: domainsN(11) }] }).status).toBe('fail');
  });
  it('no website → no result', () => {
    expect(of('filing.province-domain-limit', { entity: { type: 'individual', province: '河南' } })).toEqual([]);
  });
});

describe('filing.organization-cross-province (error)', () => {
  const org = (extra: object) => ({ entity: { type: 'organization' as const, name: '某某科技有限公司', ...extra } });
  it.each([
    ['home 河南, files in Henan', { province: 'Henan', homeProvince: '河南省' }, 'pass'],
    ['home 河南, files in 河北', { province: '河北', homeProvince: '河南' }, 'fail'],
    ['home 山西, files in 陕西', { province: '陕西', homeProvince: '山西' }, 'fail'],
    ['home from the unified social credit code 9141…, files in 河南', { province: '河南', idType: '营业执照', idNumber: '91410100MA9XXXXX1K' }, 'pass'],
    ['home from the credit code 9141…, files in 广东', { province: '广东', idNumber: '91410100MA9XXXXX1K' }, 'fail'],
    ['no home province', { province: '河南' }, 'unknown'],
    ['no filing province', { homeProvince: '河南' }, 'unknown'],
  ])('%s → %s', (_label, extra, status) => {
    expect(one('filing.organization-cross-province', org(extra))).toMatchObject({ status, severity: 'error', subject: '某某科技有限公司', subjectKind: 'entity' });
  });
  it('an individual gets no organization result; no entity → no result', () => {
    expect(of('filing.organization-cross-province', { entity: { type: 'individual', province: '河南', homeProvince: '河北' } })).toEqual([]);
    expect(of('filing.organization-cross-province', { websites: [{ domains: ['a.com'] }] })).toEqual([]);
  });
});

describe('filing.individual-cross-province (warning)', () => {
  const HENAN_ID = validId('41010519900307123');
  const person = (extra: object) => ({ entity: { type: 'individual' as const, name: '张三', ...extra } });
  it.each([
    ['stated home 河南, files in 河南', { province: 'CN-HA', homeProvince: 'Henan' }, 'pass'],
    ['home inferred from the ID prefix 41 (Henan), files in 河南', { province: '河南', idNumber: HENAN_ID }, 'pass'],
    ['home inferred from a masked ID 4101…, files in 河南', { province: '河南', idNumber: '4101**********1234' }, 'pass'],
    // 河北 accepts IDs from other provinces (with a Hebei phone: filing.phone-province); 北京's page says
    // nothing, so a permit does not make it a pass (provinces.md, second table).
    ['home inferred from the ID prefix 41, files in 北京', { province: '北京', idNumber: HENAN_ID }, 'fail'],
    ['ID from 41, files in 北京 with a residence permit', { province: '北京', idNumber: HENAN_ID, residencePermit: true }, 'fail'],
    ['ID from 41, files in 浙江 with a residence permit', { province: '浙江', idNumber: HENAN_ID, residencePermit: true }, 'pass'],
    ['ID 14… (山西), files in 陕西', { province: '陕西', idNumber: validId('14010519900307123') }, 'fail'],
    ['ID 61… (陕西), files in 陕西', { province: '陕西', idNumber: validId('61010519900307123') }, 'pass'],
    ['no ID and no home province', { province: '河南' }, 'unknown'],
    ['no filing province', { idNumber: HENAN_ID }, 'unknown'],
  ])('%s → %s', (_label, extra, status) => {
    expect(one('filing.individual-cross-province', person(extra))).toMatchObject({ status, severity: 'warning', subject: '张三', subjectKind: 'entity' });
  });
  it('a fail mentions the residence permit (居住证)', () => {
    const r = one('filing.individual-cross-province', person({ province: '北京', idNumber: HENAN_ID }));
    expect(r.message).toMatch(/residence permit/);
    expect(r.message).toMatch(/Henan/);
    expect(r.message).toMatch(/Beijing/);
  });
  it('a mistyped full ID does not infer a home province', () => {
    expect(one('filing.individual-cross-province', person({ province: '河北', idNumber: mistypedId('41010519900307123') })).status).toBe('unknown');
  });
  it('an organization gets no individual result', () => {
    expect(of('filing.individual-cross-province', { entity: { type: 'organization', province: '河南', homeProvince: '河北' } })).toEqual([]);
  });
});

describe('filing.one-entity-per-account (error)', () => {
  it.each([
    [['张三'], 'pass'],
    [[], 'pass'],
    [['李四'], 'fail'],
    [undefined, 'unknown'],
  ] as const)('entities already filed from the account %j → %s', (accountEntities, status) => {
    const r = one('filing.one-entity-per-account', { entity: { type: 'individual', name: '张三', account: 'acc', ...(accountEntities ? { accountEntities: [...accountEntities] } : {}) } });
    expect(r).toMatchObject({ status, severity: 'error', subject: '张三' });
  });
  it('no entity → no result', () => {
    expect(of('filing.one-entity-per-account', {})).toEqual([]);
  });
});

describe('filing.individual-commercial-content (warning)', () => {
  it.each([
    ['张三的博客', undefined, 'pass'],
    ['张三的读书笔记', '记录读书心得', 'pass'],
    ['某某商城', undefined, 'fail'],
    ['张三的网店', undefined, 'fail'],
    ['个人博客', '本公司承接装修业务', 'fail'],
    ['My Shop', undefined, 'fail'],
  ])('individual, website %j content %j → %s', (name, content, status) => {
    const r = one('filing.individual-commercial-content', { entity: { type: 'individual', name: '张三' }, websites: [{ name, domains: ['a.com'], ...(content ? { content } : {}) }] });
    expect(r).toMatchObject({ status, severity: 'warning', subject: name, subjectKind: 'website' });
  });
  it('no name or content seen → unknown; entity type not seen → unknown', () => {
    expect(one('filing.individual-commercial-content', { entity: { type: 'individual' }, websites: [{ domains: ['a.com'] }] }).status).toBe('unknown');
    expect(one('filing.individual-commercial-content', { websites: [{ name: '某某商城', domains: ['a.com'] }] }).status).toBe('unknown');
  });
  it('an organization → no result', () => {
    expect(of('filing.individual-commercial-content', { entity: { type: 'organization' }, websites: [{ name: '某某商城', domains: ['a.com'] }] })).toEqual([]);
  });
});

describe('filing.pre-approval (warning)', () => {
  it.each([
    ['张三的博客', undefined, undefined, 'pass'],
    ['某某新闻网', undefined, undefined, 'fail'],
    ['某某在线教育', undefined, undefined, 'fail'],
    ['健康之家', '医院挂号与医疗咨询', undefined, 'fail'],
    ['某某药品信息', undefined, undefined, 'fail'],
    ['某某论坛', undefined, undefined, 'fail'],
    ['某某影视', undefined, undefined, 'fail'],
    ['某某网约车', undefined, undefined, 'fail'],
    ['Daily News', undefined, undefined, 'fail'],
    ['某某新闻网', undefined, true, 'pass'],
  ])('website %j content %j pre-approval %j → %s', (name, content, preApproval, status) => {
    const r = one('filing.pre-approval', { websites: [{ name, domains: ['a.com'], ...(content ? { content } : {}), ...(preApproval !== undefined ? { preApproval } : {}) }] });
    expect(r).toMatchObject({ status, severity: 'warning', subject: name });
  });
  it('no name or content → unknown', () => {
    expect(one('filing.pre-approval', { websites: [{ domains: ['a.com'] }] }).status).toBe('unknown');
  });
});

describe('filing.website-name (warning)', () => {
  it.each([
    ['张三的个人博客', 'individual', 'pass'],
    ['读书笔记', 'individual', 'pass'],
    ['example.com', 'individual', 'fail'], // a bare domain
    ['www.example.com', 'individual', 'fail'],
    ['12345', 'individual', 'fail'],
    ['中国美食网', 'individual', 'fail'], // a term reserved for the state
    ['国家图书', 'individual', 'fail'],
  ] as const)('%j (%s) → %s', (name, type, status) => {
    const r = one('filing.website-name', { entity: { type, name: '张三' }, websites: [{ name, domains: ['a.com'] }] });
    expect(r).toMatchObject({ status, severity: 'warning', subject: name, subjectKind: 'website' });
  });
  it('no name → unknown (subject: the first domain)', () => {
    expect(one('filing.website-name', { websites: [{ domains: ['www.a.com'] }] })).toMatchObject({ status: 'unknown', subject: 'a.com' });
  });
  // "No bare domain" should hold for every spelling the engine treats as a domain elsewhere (IDN,
  // full-width letters and 。, a URL): only ASCII [\w.-] names are recognised, so these pass.
  it.each([['例子.公司'], ['ｅｘａｍｐｌｅ。ｃｏｍ'], ['www.例子.cn'], ['http://example.com']])('the bare domain %j as a website name fails', (name) => {
    expect(one('filing.website-name', { entity: { type: 'individual', name: '张三' }, websites: [{ name, domains: ['a.com'] }] }).status).toBe('fail');
  });

  // RULES.md filing.website-name: "no bare personal name for an organization". The engine has no check
  // for it: an organization's website named just 张三 passes.
  it('an organization website named only with a personal name (张三) fails', () => {
    const r = one('filing.website-name', { entity: { type: 'organization', name: '河南某某科技有限公司' }, websites: [{ name: '张三', domains: ['a.com'] }] });
    expect(r.status).toBe('fail');
  });
});

describe('filing.phone-province (warning)', () => {
  it.each([
    ['河南', 'Henan', 'pass'],
    ['CN-HA', '河南省', 'pass'],
    ['河南', '河北', 'fail'],
    ['山西', '陕西', 'fail'],
    ['河南', undefined, 'unknown'],
    [undefined, '河南', 'unknown'],
  ])('filing province %j, phone from %j → %s', (province, phoneProvince, status) => {
    const r = one('filing.phone-province', { entity: { type: 'individual', name: '张三', ...(province ? { province } : {}), ...(phoneProvince ? { phoneProvince } : {}) } });
    expect(r).toMatchObject({ status, severity: 'warning', subject: '张三' });
  });
  it('no entity → no result', () => {
    expect(of('filing.phone-province', { websites: [{ domains: ['a.com'] }] })).toEqual([]);
  });
});

describe('filing.sms-verification (info; fail = "applies, act on it")', () => {
  it.each(PROVINCES)('%s %s: SMS verification required = %s', (iso, short, pinyin, _limit, sms) => {
    for (const province of [iso, short, pinyin]) {
      const r = one('filing.sms-verification', { entity: { type: 'individual', name: '张三', province } });
      expect(r, province).toMatchObject({ status: sms ? 'fail' : 'pass', severity: 'info', subject: '张三', subjectKind: 'entity' });
    }
  });
  it('no province → unknown; no entity → no result', () => {
    expect(one('filing.sms-verification', { entity: { type: 'individual', name: '张三' } }).status).toBe('unknown');
    expect(of('filing.sms-verification', { websites: [{ domains: ['a.com'] }] })).toEqual([]);
  });
});

describe('filing.commercial-license (info; fail = "applies, act on it")', () => {
  it.each([
    [true, 'fail'],
    [false, 'pass'],
    [undefined, 'unknown'],
  ] as const)('commercial %s → %s', (commercial, status) => {
    const r = one('filing.commercial-license', { websites: [{ name: '站', domains: ['a.com'], ...(commercial === undefined ? {} : { commercial }) }] });
    expect(r).toMatchObject({ status, severity: 'info', subject: '站' });
  });
  it('the commercial reminder says an ICP license is needed', () => {
    expect(one('filing.commercial-license', { websites: [{ name: '站', domains: ['a.com'], commercial: true }] }).message).toMatch(/ICP commercial license/);
  });
});

describe('entity rules without an entity', () => {
  it('no entity → no entity-subject result at all', () => {
    const rs = run({ websites: [{ name: 'x', domains: ['a.com'] }], domains: [{ domain: 'a.com' }] });
    expect(rs.filter((r) => r.subjectKind === 'entity')).toEqual([]);
  });
  it('an entity without a name has the language-neutral subject "entity"', () => {
    expect(one('filing.sms-verification', { entity: { type: 'individual', province: '河南' } }).subject).toBe('entity');
    const zh = one('filing.sms-verification', { entity: { type: 'individual', province: '河南' } }, 'zh');
    expect(zh.subject).toBe('entity');
    expect(zh.message).not.toMatch(/filing entity/i);
  });
});

describe('filing.sms-verification outside the listed provinces (review, session 20)', () => {
  it('passes without claiming the province never sends the SMS (Tencent Cloud verifies every order by SMS)', () => {
    const en = one('filing.sms-verification', { entity: { type: 'individual', name: '张三', province: '北京' } });
    expect(en.status).toBe('pass');
    expect(en.message).not.toMatch(/does not require/);
    expect(en.message).toMatch(/if MIIT's verification text message arrives anyway/);
    const zh = one('filing.sms-verification', { entity: { type: 'individual', name: '张三', province: '北京' } }, 'zh');
    expect(zh.message).not.toMatch(/不要求短信核验/);
    expect(zh.title).not.toMatch(/不要求/);
  });
});
