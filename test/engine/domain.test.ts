import { describe, expect, it } from 'vitest';
import { checkDomain, lint } from '../../src/engine/index';
import { NOW, one, of, rules, run, uscc, validId, mistypedId } from './helpers';

/**
 * Domain rules (RULES.md "Domain rules"). Expectations come from RULES.md, shared/data/*.md and the
 * seeds (000 §2 限制说明 域名, §3 备案基础 域名; 002 注意), not from the implementation.
 */

describe('domain.tld-approved (error)', () => {
  it.each([
    ['example.com', 'pass'],
    ['example.cn', 'pass'],
    ['example.com.cn', 'pass'],
    ['example.gov.cn', 'pass'],
    ['example.ha.cn', 'pass'],
    ['example.co', 'pass'], // approved 2018 (信管函〔2018〕217号)
    ['example.cc', 'pass'],
    ['example.tv', 'pass'],
    ['example.xyz', 'pass'],
    ['例子.中国', 'pass'],
    ['xn--fsqu00a.xn--fiqs8s', 'pass'],
    ['例子.中國', 'pass'],
    ['例子.公司', 'pass'],
    ['www.baidu', 'pass'], // brand TLD
    ['a.icbc', 'pass'],
    ['a.taobao', 'pass'],
    ['example.io', 'fail'],
    ['example.me', 'fail'],
    ['example.ai', 'fail'],
    ['example.dev', 'fail'],
    ['example.app', 'fail'],
    ['example.hk', 'fail'],
    ['example.com.hk', 'fail'],
    ['example.co.uk', 'fail'],
    ['例子.香港', 'fail'],
    ['example.tw', 'fail'],
  ])('%s → %s', (domain, status) => {
    const r = one('domain.tld-approved', { domains: [{ domain }] });
    expect(r).toMatchObject({ status, severity: 'error', subjectKind: 'domain' });
  });

  it('a failing TLD says only MIIT-approved TLDs can be filed, and when the list was checked', () => {
    const r = one('domain.tld-approved', { domains: [{ domain: 'example.io' }] });
    expect(r.message).toMatch(/\.io/);
    expect(r.message).toMatch(/2026-11/);
    const zh = one('domain.tld-approved', { domains: [{ domain: 'example.io' }] }, 'zh');
    expect(zh.message).toMatch(/工信部/);
  });

  it('政务 / 公益 pass but say they are reserved', () => {
    const r = one('domain.tld-approved', { domains: [{ domain: '例子.政务' }] });
    expect(r.status).toBe('pass');
    expect(r.message).toMatch(/reserved/);
  });

  it('no result without a domain; an IP gets no TLD result (only domain.registrable)', () => {
    expect(of('domain.tld-approved', {})).toEqual([]);
    expect(of('domain.tld-approved', { domains: [{ domain: '1.2.3.4' }] })).toEqual([]);
  });
});

describe('domain.registrable (error) — filing is per registrable domain', () => {
  it.each([
    ['www.Example.COM', 'example.com'],
    ['https://www.example.com/a/b?c=d#e', 'example.com'],
    ['ｅｘａｍｐｌｅ。ｃｏｍ', 'example.com'],
    ['example.com.', 'example.com'],
    ['WWW.EXAMPLE.COM.', 'example.com'],
    ['shop.example.com.cn', 'example.com.cn'],
    ['例子.中国', '例子.中国'],
    ['xn--fsqu00a.xn--fiqs8s', '例子.中国'],
    ['www.例子。中国', '例子.中国'],
  ])('%s passes as %s', (domain, subject) => {
    const r = one('domain.registrable', { domains: [{ domain }] });
    expect(r).toMatchObject({ status: 'pass', severity: 'error', subject });
  });

  it.each([['1.2.3.4'], ['http://10.0.0.1:8080/x'], ['[2001:db8::1]']])('the bare IP %s fails', (domain) => {
    const r = one('domain.registrable', { domains: [{ domain }] });
    expect(r).toMatchObject({ status: 'fail', severity: 'error' });
    expect(r.message).toMatch(/IP/);
  });

  it('a public suffix alone (com.cn) fails', () => {
    expect(one('domain.registrable', { domains: [{ domain: 'com.cn' }] }).status).toBe('fail');
  });

  it('every spelling of one domain is one subject (www., case, full-width, 。, trailing dot, punycode)', () => {
    const rs = of('domain.registrable', {
      domains: [{ domain: 'www.Example.COM' }, { domain: 'ｅｘａｍｐｌｅ。ｃｏｍ' }, { domain: 'example.com.' }],
      websites: [{ domains: ['EXAMPLE.com'] }],
    });
    expect(rs.map((r) => r.subject)).toEqual(['example.com']);
    const idn = of('domain.registrable', { domains: [{ domain: '例子.中国' }, { domain: 'xn--fsqu00a.xn--fiqs8s' }] });
    expect(idn).toHaveLength(1);
  });

  it('facts of one domain seen under different spellings are merged', () => {
    const r = one('domain.real-name-verified', { domains: [{ domain: 'www.example.com' }, { domain: 'EXAMPLE.COM.', realNameVerified: true }] });
    expect(r.status).toBe('pass');
  });

  it('no result without any domain', () => {
    expect(of('domain.registrable', {})).toEqual([]);
  });
});

describe('domain.registrar-approved (error)', () => {
  it.each([
    ['阿里云计算有限公司（万网）', 'pass'],
    ['阿里云计算有限公司', 'pass'],
    ['Alibaba Cloud Computing (Beijing) Co., Ltd.', 'pass'],
    ['alibaba cloud computing (beijing) co ltd', 'pass'],
    ['HiChina Zhicheng Technology', 'pass'],
    ['万网', 'pass'],
    ['aliyun', 'pass'],
    ['腾讯云计算（北京）有限责任公司', 'pass'],
    ['DNSPod, Inc.', 'pass'],
    ['北京新网数码信息技术有限公司', 'pass'],
    ['Xin Net Technology Corporation', 'pass'],
    ['西部数码', 'pass'],
    ['eName Technology', 'pass'],
    ['华为云计算技术有限公司', 'pass'],
    ['GoDaddy', 'fail'],
    ['GoDaddy.com, LLC', 'fail'],
    ['NameCheap, Inc.', 'fail'],
    ['Cloudflare, Inc.', 'fail'],
    ['Google Domains', 'fail'],
    ['Gandi SAS', 'fail'],
  ])('%s → %s', (registrar, status) => {
    const r = one('domain.registrar-approved', { domains: [{ domain: 'example.com', registrar }] });
    expect(r).toMatchObject({ status, severity: 'error', subject: 'example.com' });
  });

  it.each([['Some Small Registrar Ltd.'], ['Dynadot Inc'], ['某某网络科技有限公司']])('an unlisted registrar (%s) is unknown, pointing to the MIIT list', (registrar) => {
    const r = one('domain.registrar-approved', { domains: [{ domain: 'example.com', registrar }] });
    expect(r.status).toBe('unknown');
    expect(r.message).toMatch(/domain\.miit\.gov\.cn/);
  });

  // registrars.md: "A registrar on neither list gives unknown … never a pass, never a fail." The matcher
  // accepts any Latin alias of 4+ characters found inside the text, so unlisted names that merely contain
  // "enom" (Enom) or "hover" (Hover) fail as if they were the listed foreign registrar.
  it.each([['Xenomorph Domains Ltd'], ['Hoverboard Registry'], ['Phenomenal Names Inc']])('the unlisted registrar %s is unknown, not a fail', (registrar) => {
    expect(one('domain.registrar-approved', { domains: [{ domain: 'example.com', registrar }] }).status).toBe('unknown');
  });

  it('no registrar seen → unknown', () => {
    expect(one('domain.registrar-approved', { domains: [{ domain: 'example.com' }] }).status).toBe('unknown');
  });
});

describe('domain.not-expired (error) and domain.expiring-soon (warning, ≤ 60 days)', () => {
  // today is 2026-11-24
  it.each([
    ['2027-11-24', 'pass', 'pass'],
    ['2027-01-24', 'pass', 'pass'], // 61 days
    ['2027-01-23', 'pass', 'fail'], // 60 days
    ['2026-11-25', 'pass', 'fail'],
    ['2026-11-24', 'pass', 'fail'], // the last day of the period
    ['2026-11-23', 'fail', 'none'],
    ['2025-01-01T00:00:00+08:00', 'fail', 'none'],
    // A time with a zone is a date in China: 16:00 UTC on the 23rd is the 24th there, the last day.
    ['2026-11-23T16:00:00Z', 'pass', 'fail'],
    ['2026-11-23T15:59:00Z', 'fail', 'none'],
  ])('expires %s → not-expired %s, expiring-soon %s', (expiresAt, notExpired, soon) => {
    const facts = { domains: [{ domain: 'example.com', expiresAt }] };
    expect(one('domain.not-expired', facts)).toMatchObject({ status: notExpired, severity: 'error', subject: 'example.com' });
    // An expired domain gets the not-expired error only: "expires soon" would say the same again.
    if (soon === 'none') expect(of('domain.expiring-soon', facts)).toEqual([]);
    else expect(one('domain.expiring-soon', facts)).toMatchObject({ status: soon, severity: 'warning', subject: 'example.com' });
  });

  it('an expiry time with a zone is read as the date in China (2027-04-29T16:00:00Z is 30 April)', () => {
    const r = one('domain.not-expired', { domains: [{ domain: 'example.com', expiresAt: '2027-04-29T16:00:00Z' }] });
    expect(r.params.expiresAt).toBe('2027-04-30');
    expect(r.message).toContain('2027-04-30');
    const at = (now: string) => one('domain.not-expired', { now, domains: [{ domain: 'example.com', expiresAt: '2027-04-29T16:00:00Z' }] }).status;
    expect(at('2027-04-30')).toBe('pass');
    expect(at('2027-05-01')).toBe('fail');
  });

  it('a domain in redemption gets no expiring-soon warning beside its not-expired error', () => {
    const facts = { domains: [{ domain: 'example.com', expiresAt: '2026-12-01', status: ['赎回期'] }] };
    expect(one('domain.not-expired', facts).status).toBe('fail');
    expect(of('domain.expiring-soon', facts)).toEqual([]);
  });

  it('a redemption / pendingDelete status is expired even without a date', () => {
    expect(one('domain.not-expired', { domains: [{ domain: 'example.com', status: ['赎回期'] }] }).status).toBe('fail');
    expect(one('domain.not-expired', { domains: [{ domain: 'example.com', status: ['pendingDelete'] }] }).status).toBe('fail');
  });

  it('no expiry seen → unknown for both', () => {
    expect(one('domain.not-expired', { domains: [{ domain: 'example.com' }] }).status).toBe('unknown');
    expect(one('domain.expiring-soon', { domains: [{ domain: 'example.com' }] }).status).toBe('unknown');
  });

  it('without facts.now, "today" is the date in China (UTC+8)', () => {    // 2026-11-24 20:00 UTC is 2026-11-25 04:00 in China: a domain expiring on the 24th has expired.
    const rs = lint({ version: 1, domains: [{ domain: 'example.com', expiresAt: '2026-11-24' }] }, rules, new Date('2026-11-24T20:00:00Z'));
    expect(rs.find((r) => r.rule === 'domain.not-expired')!.status).toBe('fail');
    const early = lint({ version: 1, domains: [{ domain: 'example.com', expiresAt: '2026-11-24' }] }, rules, new Date('2026-11-24T15:59:00Z'));
    expect(early.find((r) => r.rule === 'domain.not-expired')!.status).toBe('pass');
  });

  it('facts.now wins over the clock', () => {    const rs = lint({ version: 1, now: '2030-01-01', domains: [{ domain: 'example.com', expiresAt: '2027-01-01' }] }, rules, new Date('2026-11-24T04:00:00Z'));
    expect(rs.find((r) => r.rule === 'domain.not-expired')!.status).toBe('fail');
  });
});

describe('domain.resolving-during-filing (warning): first filings only', () => {
  it.each([
    ['not filed, resolving', { resolves: true }, 'fail'],
    ['not filed, not resolving', { resolves: false }, 'pass'],
    ['filed already (ICP number), resolving', { resolves: true, icpNumber: '浙ICP备12345678号' }, 'none'],
    ['filed already (flag), resolving', { resolves: true, filed: true }, 'none'],
    ['filed: false, resolving', { resolves: true, filed: false }, 'fail'],
  ])('%s → %s', (_label, extra, status) => {
    const rs = of('domain.resolving-during-filing', { domains: [{ domain: 'example.com', ...extra }] });
    if (status === 'none') expect(rs).toEqual([]);
    else expect(rs).toMatchObject([{ status, severity: 'warning', subject: 'example.com' }]);
  });
});

describe('domain.real-name-verified (error)', () => {
  it.each([
    [true, 'pass'],
    [false, 'fail'],
    [undefined, 'unknown'],
  ] as const)('realNameVerified %s → %s', (realNameVerified, status) => {
    const r = one('domain.real-name-verified', { domains: [{ domain: 'example.com', ...(realNameVerified === undefined ? {} : { realNameVerified }) }] });
    expect(r).toMatchObject({ status, severity: 'error', subject: 'example.com' });
  });
});

describe('domain.hold-status (error)', () => {
  it.each([
    [['ok'], 'pass'],
    [[], 'pass'],
    [['clientTransferProhibited'], 'pass'],
    [['serverHold'], 'fail'],
    [['clientHold'], 'fail'],
    [['ok', 'ServerHold'], 'fail'],
    [['注册局暂停解析'], 'fail'],
  ])('status %j → %s', (status, expected) => {
    const r = one('domain.hold-status', { domains: [{ domain: 'example.com', status }] });
    expect(r).toMatchObject({ status: expected, severity: 'error', subject: 'example.com' });
  });
  it('no status seen → unknown', () => {
    expect(one('domain.hold-status', { domains: [{ domain: 'example.com' }] }).status).toBe('unknown');
  });
});

describe('domain.resolving-during-filing (warning)', () => {
  it.each([
    [false, 'pass'],
    [true, 'fail'],
    [undefined, 'unknown'],
  ] as const)('resolves %s → %s', (resolves, status) => {
    const r = one('domain.resolving-during-filing', { domains: [{ domain: 'example.com', ...(resolves === undefined ? {} : { resolves }) }] });
    expect(r).toMatchObject({ status, severity: 'warning', subject: 'example.com' });
  });
});

describe('domain.registrant-matches-entity (error; shareholder etc. → warning)', () => {
  const ID = validId('41010519900307123'); // 41010519900307123X, Henan
  const person = { type: 'individual' as const, name: '张三', idType: '居民身份证', idNumber: ID, province: '河南' };
  const dom = (extra: object) => ({ domains: [{ domain: 'example.com', ...extra }] });

  it.each([
    ['same name, type, full ID', { registrantName: '张三', registrantIdType: '身份证', registrantIdNumber: ID }, 'pass', 'error'],
    ['masked ID agreeing on visible digits', { registrantName: '张三', registrantIdNumber: '4101**********123X' }, 'pass', 'error'],
    ['masked ID, other mask width', { registrantName: '张三', registrantIdNumber: '410105********123X' }, 'pass', 'error'],
    ['masked ID differing in a visible digit', { registrantName: '张三', registrantIdNumber: '4102**********123X' }, 'fail', 'error'],
    ['masked ID differing in the last digits', { registrantName: '张三', registrantIdNumber: '4101**********1234' }, 'fail', 'error'],
    ['masked registrant name', { registrantName: '张*', registrantIdNumber: '4101**********123X' }, 'pass', 'error'],
    ['different person', { registrantName: '李四' }, 'fail', 'error'],
    ['different ID type', { registrantName: '张三', registrantIdType: '护照' }, 'fail', 'error'],
  ])('individual: %s → %s', (_label, registrant, status, severity) => {
    const r = one('domain.registrant-matches-entity', { entity: person, ...dom(registrant) });
    expect(r).toMatchObject({ status, severity, subject: 'example.com' });
  });

  it('an individual whose registrant is a "shareholder" is still an error (the exception is for organizations)', () => {
    const r = one('domain.registrant-matches-entity', { entity: person, ...dom({ registrantName: '李四', registrantRelation: 'shareholder' }) });
    expect(r).toMatchObject({ status: 'fail', severity: 'error' });
  });

  const org = { type: 'organization' as const, name: '河南某某科技有限公司', idType: '营业执照', province: '河南' };
  it('organization: the registrant is the organization → pass', () => {
    expect(one('domain.registrant-matches-entity', { entity: org, ...dom({ registrantName: '河南某某科技有限公司' }) }).status).toBe('pass');
  });
  it.each([['shareholder'], ['principal'], ['manager']] as const)('organization: registrant is its %s → fail with severity warning, saying proof may be needed', (registrantRelation) => {
    const r = one('domain.registrant-matches-entity', { entity: org, ...dom({ registrantName: '王五', registrantRelation }) });
    expect(r).toMatchObject({ status: 'fail', severity: 'warning', subject: 'example.com' });
    expect(r.message).toMatch(/proof/);
    expect(r.message).toMatch(/some provinces/);
  });
  it('organization: an unrelated registrant → error', () => {
    const r = one('domain.registrant-matches-entity', { entity: org, ...dom({ registrantName: '王五' }) });
    expect(r).toMatchObject({ status: 'fail', severity: 'error' });
  });

  it('the entity ID number fails its check digit (mistyped) → one fail on the entity, not one per domain', () => {
    const bad = mistypedId('41010519900307123');
    const facts = {
      entity: { ...person, idNumber: bad },
      domains: ['a.com', 'b.com', 'c.cn'].map((domain) => ({ domain, registrantName: '张三', registrantIdNumber: bad })),
    };
    const rs = of('domain.registrant-matches-entity', facts);
    const onEntity = rs.filter((r) => r.subjectKind === 'entity');
    expect(onEntity).toHaveLength(1);
    expect(onEntity[0]).toMatchObject({ status: 'fail', severity: 'error', subject: '张三', variant: 'bad-id', title: "Filing entity's ID number fails its check digit" });
    expect(onEntity[0]!.message).toMatch(/check digit|mistyped/);
    expect(onEntity[0]!.fix).toMatch(/ID document/);
    // The domains are still compared on what can be trusted (the name): they pass, none repeats the bad ID.
    expect(rs.filter((r) => r.subjectKind === 'domain').map((r) => [r.subject, r.status])).toEqual([['a.com', 'pass'], ['b.com', 'pass'], ['c.cn', 'pass']]);
    // A registrant who is someone else still fails on the domain.
    const other = of('domain.registrant-matches-entity', { ...facts, domains: [{ domain: 'a.com', registrantName: '李四' }] });
    expect(other.map((r) => [r.subjectKind, r.status])).toEqual([['entity', 'fail'], ['domain', 'fail']]);
  });

  it('the fix of a mismatch names the proof-material route some provinces accept', () => {
    const r = one('domain.registrant-matches-entity', { entity: person, ...dom({ registrantName: '李四' }) });
    expect(r.fix).toMatch(/Transfer/);
    expect(r.fix).toMatch(/Some provinces also accept supporting documents/);
    expect(one('domain.registrant-matches-entity', { entity: person, ...dom({ registrantName: '李四' }) }, 'zh').fix).toMatch(/部分省份也接受在备案系统中上传相关证明材料/);
  });
  const USCC = uscc('91410100684917322'); // 914101006849173220: a valid, all-digit unified social credit code
  it('organization with its credit code typed as 营业执照: the resident-ID check digit does not apply', () => {
    const r = one('domain.registrant-matches-entity', { entity: { ...org, idType: '营业执照', idNumber: USCC }, ...dom({ registrantName: '河南某某科技有限公司' }) });
    expect(r.status).toBe('pass');
  });
  // An organization's ID number is a credit code (GB 32100, its own mod-31 check), not a resident ID.
  // With no idType given, an all-digit credit code is run through the resident-ID MOD 11-2 check and the
  // organization is told its number "fails its check digit: it may be mistyped".
  it('organization, valid all-digit credit code, no idType, registrant = the organization → pass (no resident-ID check)', () => {
    const r = one('domain.registrant-matches-entity', { entity: { type: 'organization', name: '河南某某科技有限公司', idNumber: USCC, province: '河南' }, ...dom({ registrantName: '河南某某科技有限公司' }) });
    expect(r.status).toBe('pass');
  });

  it('a valid full ID with check digit X is accepted', () => {
    const known = '11010519491231002X'; // the textbook example of GB 11643
    const r = one('domain.registrant-matches-entity', {
      entity: { ...person, idNumber: known },
      ...dom({ registrantName: '张三', registrantIdNumber: '1101**********002X' }),
    });
    expect(r.status).toBe('pass');
  });

  it.each([
    ['no registrant seen', { entity: person, ...dom({}) }],
    ['no entity seen', dom({ registrantName: '张三' })],
    ['entity without a name', { entity: { type: 'individual' as const }, ...dom({ registrantName: '张三' }) }],
  ])('%s → unknown', (_label, facts) => {
    expect(one('domain.registrant-matches-entity', facts).status).toBe('unknown');
  });
});

describe('every domain rule gives one result per registrable domain', () => {
  it('two spellings of one domain and another domain → two subjects per rule', () => {
    const rs = run({ domains: [{ domain: 'www.a.com' }, { domain: 'A.COM' }, { domain: 'b.cn' }] }).filter((r) => r.rule.startsWith('domain.'));
    const per = new Map<string, string[]>();
    for (const r of rs) per.set(r.rule, [...(per.get(r.rule) ?? []), r.subject]);
    for (const [, subjects] of per) expect(subjects.sort()).toEqual(['a.com', 'b.cn']);
    // The 9 domain rules of seed 000: domain.min-validity says nothing without a province or an expiry,
    // and domain.real-name-age is Tencent Cloud's (these domains are on no Tencent server).
    expect(per.size).toBe(9);
  });
});

describe('checkDomain (the manual lookup)', () => {
  it('reduces a pasted URL to its registrable domain and checks the domain rules', () => {
    const out = checkDomain('https://WWW.Example.com/path?q=1', { now: NOW }, rules);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.domain).toBe('example.com');
    expect(out.results.every((r) => r.subjectKind !== 'entity')).toBe(true);
    expect(out.results.find((r) => r.rule === 'domain.registrable')).toMatchObject({ status: 'pass', subject: 'example.com' });
  });

  it('uses what has been seen of the domain under any spelling, with its websites and servers', () => {
    const out = checkDomain('ｅｘａｍｐｌｅ。ｃｏｍ', {
      now: NOW,
      province: 'henan province',
      facts: {
        version: 1, now: '2026-11-24',
        domains: [{ domain: 'www.example.com', registrar: 'GoDaddy.com, LLC' }, { domain: 'other.cn', registrar: '万网' }],
        websites: [{ name: '博客', domains: ['example.com', 'b.com'], serverId: 'I-1' }],
        servers: [{ id: 'i-1', product: 'ecs', region: 'cn-hangzhou', billing: 'payg' }, { id: 'i-2', product: 'ecs', billing: 'payg' }],
      },
    }, rules);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const r = (rule: string) => out.results.filter((x) => x.rule === rule);
    expect(r('domain.registrar-approved').filter((x) => x.subject === 'example.com')).toMatchObject([{ status: 'fail' }]);
    expect(r('filing.province-domain-limit')).toMatchObject([{ status: 'fail', subject: '博客' }]); // Henan: 1 domain per website
    expect(r('server.subscription-billing')).toMatchObject([{ status: 'fail', subject: 'i-1' }]);
    expect(r('filing.sms-verification')).toMatchObject([{ status: 'fail', severity: 'info' }]);
    expect(out.results.some((x) => x.subject === 'other.cn' || x.subject === 'i-2')).toBe(false);
  });

  it.each([['Atlantis'], ['香港'], ['CN-HK'], ['Macao']])('an unknown or non-filing province (%s) is an error', (province) => {
    const out = checkDomain('example.com', { now: NOW, province }, rules);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toContain(province);
  });

  it.each([[''], ['   '], ['a b.com'], ['com.cn'], ['http://'], ['x'.repeat(5000)]])('%j is an error with a message', (input) => {
    const out = checkDomain(input, { now: NOW, lang: 'zh' }, rules);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.length).toBeGreaterThan(0);
  });

  it.each([['2001:db8::1'], ['http://[2001:db8::1]:8080/x'], ['::1'], ['2001:0db8:0000:0000:0000:0000:0000:0001']])('an IPv6 address %s is told it is an IP address, as 1.2.3.4 is (review, session 20)', (input) => {
    const out = checkDomain(input, { now: NOW }, rules);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.results.filter((r) => r.rule.startsWith('domain.'))).toMatchObject([{ rule: 'domain.registrable', status: 'fail', variant: 'ip' }]);
  });

  it('a bare IP is checked: domain.registrable fails, no other domain rule', () => {
    const out = checkDomain('http://1.2.3.4/', { now: NOW }, rules);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.results.filter((r) => r.rule.startsWith('domain.'))).toMatchObject([{ rule: 'domain.registrable', status: 'fail' }]);
  });
});
