import { describe, expect, it } from 'vitest';
import { of, one } from './helpers';

/** After approval (after.*) and other Alibaba Cloud services (service.*): RULES.md; seeds 000 §1, 001, 003, 004. */

describe.each([['after.psb-filing'], ['after.footer-number']])('%s (info reminder; fail = "applies, act on it")', (rule) => {
  it('every website gets the reminder: status fail, severity info', () => {
    const rs = of(rule, { websites: [{ name: '博客', domains: ['a.com'] }, { domains: ['www.b.cn'] }] });
    expect(rs).toMatchObject([
      { rule, status: 'fail', severity: 'info', subject: '博客', subjectKind: 'website' },
      { rule, status: 'fail', severity: 'info', subject: 'b.cn', subjectKind: 'website' },
    ]);
  });
  it('no website → no result', () => {
    expect(of(rule, { domains: [{ domain: 'a.com' }], entity: { type: 'individual' } })).toEqual([]);
  });
});

it('after.psb-filing names the platform as the product introduction does, and its newer address', () => {
  const facts = { websites: [{ name: 'x', domains: ['a.com'] }] };
  const zh = one('after.psb-filing', facts, 'zh');
  expect(zh.message).toContain('全国公安机关互联网站安全管理服务平台');
  expect(zh.fix).toMatch(/原地址为 www\.beian\.gov\.cn，现为 beian\.mps\.gov\.cn/);
  expect(one('after.psb-filing', facts).fix).toMatch(/now at beian\.mps\.gov\.cn \(formerly www\.beian\.gov\.cn\)/);
});

it('after.footer-number: Jiangsu also asks for a copyright notice; other provinces do not', () => {
  const site = { websites: [{ name: 'x', domains: ['a.com'] }] };
  const js = one('after.footer-number', { ...site, entity: { type: 'individual', province: '江苏' } });
  expect(js).toMatchObject({ status: 'fail', variant: 'copyright' });
  expect(js.message).toMatch(/Jiangsu.*copyright notice/);
  expect(js.fix).toMatch(/copyright notice/);
  expect(one('after.footer-number', { ...site, entity: { type: 'individual', province: '江苏省' } }, 'zh').message).toMatch(/江苏管局还要求在网站底部加上版权信息/);
  const zj = one('after.footer-number', { ...site, entity: { type: 'individual', province: '浙江' } });
  expect(zj.message).not.toMatch(/copyright/);
  expect(one('after.footer-number', site).message).not.toMatch(/copyright/);
});

it('after.psb-filing says 30 days; after.footer-number says MIIT link', () => {
  expect(one('after.psb-filing', { websites: [{ name: 'x', domains: ['a.com'] }] }).message).toMatch(/30 days/);
  expect(one('after.psb-filing', { websites: [{ name: 'x', domains: ['a.com'] }] }, 'zh').message).toMatch(/30 日/);
  expect(one('after.footer-number', { websites: [{ name: 'x', domains: ['a.com'] }] }).message).toMatch(/MIIT/);
});

describe('service.cdn-origin-provider (error)', () => {
  const d = (extra: object) => ({ domains: [{ domain: 'www.example.com', ...extra }] });
  it.each([
    ['CDN, origin on Alibaba mainland, provider 阿里云', { boundTo: ['cdn'], originOnAlibabaMainland: true, accessProvider: '阿里云' }, 'pass'],
    ['WAF, origin on Alibaba mainland, provider Alibaba Cloud', { boundTo: ['waf'], originOnAlibabaMainland: true, accessProvider: 'Alibaba Cloud' }, 'pass'],
    ['Anti-DDoS, origin on Alibaba mainland, provider 腾讯云', { boundTo: ['anti-ddos'], originOnAlibabaMainland: true, accessProvider: '腾讯云' }, 'fail'],
    ['CDN, origin on Alibaba mainland, provider 西部数码', { boundTo: ['cdn'], originOnAlibabaMainland: true, accessProvider: '西部数码' }, 'fail'],
    ['CDN, origin elsewhere, provider 腾讯云', { boundTo: ['cdn'], originOnAlibabaMainland: false, accessProvider: '腾讯云' }, 'pass'],
    ['CDN, origin on Alibaba mainland, provider not seen', { boundTo: ['cdn'], originOnAlibabaMainland: true }, 'unknown'],
    ['CDN, nothing else seen', { boundTo: ['cdn'] }, 'unknown'],
  ])('%s → %s', (_label, extra, status) => {
    expect(one('service.cdn-origin-provider', d(extra))).toMatchObject({ status, severity: 'error', subject: 'example.com', subjectKind: 'domain' });
  });
  it('a failure says the domain will be blocked', () => {
    expect(one('service.cdn-origin-provider', d({ boundTo: ['cdn'], originOnAlibabaMainland: true, accessProvider: '腾讯云' })).message).toMatch(/blocked/);
  });
  it.each([[{}], [{ boundTo: [] }], [{ boundTo: ['oss'] }]])('no CDN/WAF/Anti-DDoS binding (%j) → no result', (extra) => {
    expect(of('service.cdn-origin-provider', d(extra))).toEqual([]);
  });
  // When the access provider already is Alibaba Cloud the rule holds wherever the origin is: the only
  // fact missing (the origin) cannot change the verdict. RULES.md: unknown only when a needed fact is missing.
  it('provider is Alibaba Cloud, origin not seen → pass (the verdict cannot depend on the origin)', () => {
    expect(one('service.cdn-origin-provider', d({ boundTo: ['cdn'], accessProvider: '阿里云' })).status).toBe('pass');
  });
});

describe('service.oss-custom-domain (error; any provider)', () => {
  const d = (extra: object) => ({ domains: [{ domain: 'img.example.com', boundTo: ['oss'] as ('oss')[], ...extra }] });
  it.each([
    [{ filed: true }, 'pass'],
    [{ icpNumber: '京ICP备12345678号' }, 'pass'],
    [{ filed: true, accessProvider: '腾讯云' }, 'pass'],
    [{ filed: false }, 'fail'],
    [{}, 'unknown'],
  ])('%j → %s', (extra, status) => {
    expect(one('service.oss-custom-domain', d(extra))).toMatchObject({ status, severity: 'error', subject: 'example.com' });
  });
  it('no OSS binding → no result', () => {
    expect(of('service.oss-custom-domain', { domains: [{ domain: 'a.com', boundTo: ['cdn'], filed: false }] })).toEqual([]);
  });
});
