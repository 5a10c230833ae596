import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { realNameFromText } from '../../src/readers/shared/text-values';
import { codeStatusFromText } from '../../src/readers/tencent/values';

/**
 * Faults found by the twenty-sixth round of held-out pages (both providers: what the user's own browser and
 * extensions lay over the console, test/fixtures-unseen/README.md "Twenty-sixth round"), each narrowed in a
 * scratch copy of its page to the smallest markup that showed it. Chrome's page translation draws every text
 * run in two <font> boxes (T below) and words labels its own way: the words it gives for the consoles' labels
 * are labels the vocabularies know (rules/labels/).
 */

const T = (s: string) => `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${s}</font></font>`;
const page = (body: string, url: string, lang = 'en') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}" class="translated-ltr"><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'en') => readPage(page(body, url, lang), new URL(url))?.facts;

describe('Tencent authorization codes, the page translated zh→en: Chrome\'s column words are the columns (rules/labels/tencent.json authcode)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const grid = (resource: string, target: string, status: string) =>
    `<h2>${T('Filing authorization code')}</h2><table><thead><tr><th>${T('Authorization code')}</th><th>${T(resource)}</th><th>${T('Region')}</th><th>${T(target)}</th><th>${T(status)}</th></tr></thead><tbody>` +
    `<tr><td>BA7U5Y3T1R9E7W5Q</td><td><a>ins-8u6y4t2r</a><br>shop-gz</td><td>${T('Guangzhou')}</td><td>100021436587</td><td>${T('Unused')}</td></tr>` +
    `<tr><td>BA8I6U4Y2T0R8E6W</td><td><a>lhins-p4o6i8u0</a><br>blog-sh</td><td>${T('Shanghai')}</td><td>100055667788</td><td>${T('In use')}</td></tr></tbody></table>`;

  it('"Resource ID/Name", "Authorized use account" and "State" name the resource, the target account and the status (was: nothing read)', () => {
    const servers = read(grid('Resource ID/Name', 'Authorized use account', 'State'), url)?.servers;
    expect(servers?.map((s) => [s.id, s.region, s.authorizationCodes])).toEqual([
      ['ins-8u6y4t2r', 'ap-guangzhou', [{ code: 'BA7U5Y3T1R9E7W5Q', targetAccount: '100021436587', status: 'unused' }]],
      ['lhins-p4o6i8u0', 'ap-shanghai', [{ code: 'BA8I6U4Y2T0R8E6W', targetAccount: '100055667788', status: 'in-use' }]],
    ]);
  });

  it('"Associated cloud services" (the translation of 关联的云服务) names the resource column too', () => {
    expect(read(grid('Associated cloud services', 'Authorized use account', 'State'), url)?.servers?.map((s) => s.id)).toEqual(['ins-8u6y4t2r', 'lhins-p4o6i8u0']);
  });
});

describe('a code status negated by a translator ("Not in use" for 未使用) is never "in use" (tencent/values.ts codeStatusFromText; rules/labels/tencent.json)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const grid = (status: string) =>
    `<table><thead><tr><th>${T('Authorization code')}</th><th>${T('Associated Resource')}</th><th>${T('Authorized Account')}</th><th>${T('Status')}</th></tr></thead><tbody>` +
    `<tr><td>BA7U5Y3T1R9E7W5Q</td><td><a>ins-8u6y4t2r</a></td><td>100021436587</td><td>${T(status)}</td></tr></tbody></table>`;
  const status = (s: string) => read(grid(s), url)?.servers?.[0]?.authorizationCodes?.[0]?.status;

  it('"Not in use", "Not yet used" and "Never used" are unused (was "in-use" for Not in use: a code the page shows unused)', () => {
    for (const s of ['Not in use', 'Not yet used', 'Never used']) expect(status(s), s).toBe('unused');
  });

  it('another negated status word is no status at all (missing, never the word it negates); the plain words stay', () => {
    expect(codeStatusFromText('no longer in use')).toBeUndefined();
    expect(codeStatusFromText('not used yet')).toBe('unused');
    expect(status('In use')).toBe('in-use');
    expect(status('Used')).toBe('used');
  });
});

describe('Lighthouse list translated zh→en: "Region and availability zone" (地域和可用区) is the region column (rules/labels/tencent.json)', () => {
  it('each server\'s region is read from it (was missing)', () => {
    const url = 'https://console.cloud.tencent.com/lighthouse/instance/index';
    const body =
      `<h2>${T('Server')}</h2><table><thead><tr><th>${T('ID/Name')}</th><th>${T('Region and availability zone')}</th><th>${T('Expiration time')}</th></tr></thead><tbody>` +
      `<tr><td><a>lhins-cd2f4h6j</a><br>${T('Chengdu blog')}</td><td>${T('Southwest China (Chengdu)')}<br>${T('Chengdu Zone 1')}</td><td>2027/01/15 10:00:00</td></tr></tbody></table>`;
    expect(read(body, url)?.servers?.[0]).toMatchObject({ id: 'lhins-cd2f4h6j', region: 'ap-chengdu', expiresAt: '2027-01-15' });
  });
});

describe('Alibaba Cloud filing form translated zh→en (rules/labels/aliyun/beian.json, aliyun.json; aliyun/filing-values.ts)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  const item = (label: string, control: string, extra = '') =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${T(label)}</label>${extra}</div><div class="next-form-item-control">${control}</div></div>`;
  const shown = (v: string) => `<span class="next-select" role="combobox"><span class="next-select-values"><em>${v}</em></span></span>`;
  const radios = (checked: string) =>
    `<div class="next-radio-group" role="radiogroup">${['Cloud server ECS', 'Lightweight application server'].map((w) => `<label class="next-radio-wrapper"><input type="radio" name="p"${w === checked ? ' checked' : ''}><span>${T(w)}</span></label>`).join('')}</div>`;
  const form = (product: string, linkWords: string) =>
    `<form class="next-form">${item('Area to which the organizer belongs', shown(T('Zhejiang Province / Hangzhou City / Xihu District')))}${item('Nature of the organizer', shown(T('Personal')))}` +
    `${item('Website domain name', '<span class="next-input"><input value="wangwu-photo.com"></span>')}${item('Product type', radios(product))}` +
    `${item('Instance ID', shown('6e5d4c3b2a1940f8e7d6c5b4a3928170'))}${item('Filing service number', shown('2026120100018'), ` <a href="https://help.aliyun.com/document_detail/93647.html" target="_blank">${T(linkWords)}</a>`)}</form>`;

  it('"Nature of the organizer" (主办单位性质) and "Area to which the organizer belongs" (主办单位所属区域) give the entity\'s type and province (were missing)', () => {
    expect(read(form('Lightweight application server', 'How to get it?'), url)?.entity).toEqual({ type: 'individual', province: 'Zhejiang' });
  });

  it('"Lightweight application server" (轻量应用服务器) is a Simple Application Server: the server is read (was missing)', () => {
    expect(read(form('Lightweight application server', 'How to get it?'), url)?.servers).toEqual([{ id: '6e5d4c3b2a1940f8e7d6c5b4a3928170', provider: 'aliyun', product: 'swas' }]);
    expect(read(form('Cloud server ECS', 'How to get it?'), url)?.servers?.[0]?.product).toBe('ecs');
  });

  it('a "How to get it?" / 如何获取？ link beside the label in its box is the label\'s link, not the value: the service number is read (was missing)', () => {
    for (const words of ['How to get it?', '如何获取？']) expect(read(form('Lightweight application server', words), url)?.websites?.[0]?.serviceNumber, words).toBe('2026120100018');
  });
});

describe('Alibaba Cloud domain holder translated en→zh: 实名验证 / 已验证 (Real-name Verification / Verified) (rules/labels/aliyun/domain.json; shared/text-values.ts)', () => {
  const url = 'https://dc.console.alibabacloud.com/next/index#/domain/details/info?domain=qingshan-tea.com';
  const row = (label: string, value: string) => `<div class="info-row"><div class="info-label">${T(label)}</div><div class="info-value">${value}</div></div>`;
  const holder = (status: string) =>
    `<h1>qingshan-tea.com</h1><section><h2>${T('注册人信息')}</h2>${row('域名', 'qingshan-tea.com')}${row('注册人', '杭州青山茶业有限公司')}${row('证件号码', '9133**********8X2K')}` +
    `${row('实名验证', `<span class="next-tag"><span class="next-tag-body">${T(status)}</span></span>`)}</section>`;

  it('实名验证: 已验证 is a passed verification (was missing)', () => {
    expect(read(holder('已验证'), url, 'zh-CN')?.domains?.[0]?.realNameVerified).toBe(true);
  });

  it('未验证 / 待验证 are not passed, 验证中 is unknown, never a pass', () => {
    expect(read(holder('未验证'), url, 'zh-CN')?.domains?.[0]?.realNameVerified).toBe(false);
    expect(realNameFromText('待验证')).toBe(false);
    expect(realNameFromText('验证中')).toBeUndefined();
    expect(realNameFromText('验证通过')).toBe(true);
  });
});

describe('a search-in-page highlight (<mark>) inside a CJK name or a masked number is no break in it (dom/units.ts markSeam)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=qingshan-tea.com';
  const row = (label: string, value: string) => `<div class="info-row"><div class="info-label">${label}</div><div class="info-value">${value}</div></div>`;
  const holder = (name: string, id: string) =>
    `<h1>qingshan-tea.com</h1><section><h2>持有者信息</h2>${row('域名', 'qingshan-tea.com')}${row('域名持有者', name)}${row('证件号码', id)}</section>`;

  it('杭州<mark>青山</mark>茶业有限公司 is the name the page shows (was "杭州 青山 茶业有限公司"), 9133<mark>****</mark>8X2K the number', () => {
    const d = read(holder('杭州<mark class="hl">青山</mark>茶业有限公司', '9133<mark class="hl">**********</mark>8X2K'), url, 'zh-CN')?.domains?.[0];
    expect(d?.registrantName).toBe('杭州青山茶业有限公司');
    expect(d?.registrantIdNumber).toBe('9133**********8X2K');
    expect(read(holder('<mark>杭州</mark>青山茶业有限公司', '9133**********8X2K'), url, 'zh-CN')?.domains?.[0]?.registrantName).toBe('杭州青山茶业有限公司');
  });

  it('a space the page puts beside the highlight stays a space', () => {
    expect(read(holder('杭州青山茶业 <mark>有限公司</mark>', '9133**********8X2K'), url, 'zh-CN')?.domains?.[0]?.registrantName).toBe('杭州青山茶业 有限公司');
  });
});
