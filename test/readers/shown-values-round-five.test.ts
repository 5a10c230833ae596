import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { readField, readFieldText } from '../../src/readers/dom/field';
import { valueAfterLabel } from '../../src/readers/dom/normalize-label';
import { createVisibilityCache } from '../../src/readers/dom/visibility';

/**
 * Values found wrongly (or not at all) by the fifth round of held-out pages (test/fixtures-unseen/README.md):
 * "标签：值" written inline with a link after the value, a contains-only label inline, a ? icon beside a
 * label, a status drawn inside the label's box, pairs set apart by a middle dot, a Region field holding
 * the entity's province, Expires, an owner's English name before the Chinese one, a 未实名认证 link in
 * a status cell, statistic cards whose caption is under the value.
 */

const aliyunEcs = 'https://ecs.console.aliyun.com/server/i-bp1inlinetext0000a1/detail?regionId=cn-hangzhou';

describe('key/value markup (field.ts)', () => {
  const cache = createVisibilityCache();
  it('"标签：值" in one element: the value is its own words, not the link after it', () => {
    const doc = htmlToDocument('<div class="info-item">付费类型：包年包月 <a>转按量付费</a></div>', aliyunEcs);
    expect(readFieldText(doc.body, ['付费类型'], cache)).toBe('包年包月');
  });

  it('a ? help icon beside the label is no value: the value box after the label box is', () => {
    const doc = htmlToDocument(
      `<div class="next-form-item"><div class="next-form-item-label"><label>Service Identification Number</label> <span class="next-balloon-trigger"><i class="next-icon next-icon-help"></i></span></div>
       <div class="next-form-item-control"><p class="next-form-preview">3502027788</p></div></div>`,
      'https://beian.console.alibabacloud.com/#/base',
    );
    expect(readFieldText(doc.body, ['Service Identification Number'], cache)).toBe('3502027788');
  });

  it('a status drawn inside the label box after its words is the value', () => {
    const doc = htmlToDocument(
      `<div class="info-line"><span class="info-text">Domain Status: <span class="next-tag next-tag-success"><span class="next-tag-body">Normal</span></span></span> <span class="next-balloon-trigger"><i class="next-icon next-icon-help"></i></span></div>
       <div class="info-line"><span class="info-text">Registrar: HiChina</span></div>`,
      'https://dc.console.alibabacloud.com/next/index#/domain/details/holder?domain=a.com',
    );
    const value = readField(doc.body, ['Domain Status'], cache);
    expect(typeof value === 'string' ? value : value?.textContent).toBe('Normal');
  });

  it('pairs on one line set apart by a middle dot', () => {
    expect(valueAfterLabel('Instance name: orchid-web · Region: China (Hangzhou)', ['Region'])).toBe('China (Hangzhou)');
    expect(valueAfterLabel('Instance name: orchid-web · Region: China (Hangzhou)', ['Instance name'])).toBe('orchid-web');
    expect(valueAfterLabel('地域：华东1（杭州）', ['地域'])).toBe('华东1(杭州)');
    expect(valueAfterLabel('地域：', ['地域'])).toBeUndefined();
  });
});

describe('readers', () => {
  it('Alibaba ECS detail, "标签：值" inline: billing without its convert link, a contains-only bandwidth label', () => {
    const doc = htmlToDocument(
      `<main><h3>基本信息</h3><div><span>实例ID：i-bp1inlinetext0000a1</span></div>
       <h3>配置信息</h3><p>带宽计费方式：按固定带宽</p><p>当前使用带宽：5Mbps <a>更改带宽</a></p>
       <h3>付费信息</h3><div>付费类型：包年包月 <a>转按量付费</a></div><div>到期时间：2027-03-01 23:59:59<span>（剩余 89 天）</span> <a>续费</a></div></main>`,
      aliyunEcs,
    );
    const server = readPage(doc, new URL(aliyunEcs))?.facts.servers?.[0];
    expect(server).toMatchObject({ id: 'i-bp1inlinetext0000a1', billing: 'subscription', expiresAt: '2027-03-01', publicBandwidthMbps: 5 });
  });

  it('Alibaba filing form: a Region field whose value starts with a province is the entity province', () => {
    const url = 'https://beian.console.alibabacloud.com/#/base';
    const doc = htmlToDocument(
      `<form class="next-form"><div class="next-form-item"><div class="next-form-item-label"><label>Region</label></div><div class="next-form-item-control"><span class="next-select-values"><em>Zhejiang / Hangzhou / Xihu District</em></span></div></div>
       <div class="next-form-item"><div class="next-form-item-label"><label>Entity Type</label></div><div class="next-form-item-control"><span class="next-select-values"><em>Enterprise</em></span></div></div>
       <div class="next-form-item"><div class="next-form-item-label"><label>Domain Name</label></div><div class="next-form-item-control"><input value="orchid-press.com"></div></div>
       <div class="next-form-item"><div class="next-form-item-label"><label>Instance ID</label></div><div class="next-form-item-control"><span class="next-select-values"><em>i-bp1orchid0000000007</em></span></div></div></form>`,
      url,
    );
    expect(readPage(doc, new URL(url))?.facts.entity).toEqual({ type: 'organization', province: 'Zhejiang' });
  });

  it('Tencent Lighthouse detail (international console): "Expires:" is the expiry', () => {
    const url = 'https://console.tencentcloud.com/lighthouse/instance/detail?rid=1&id=lhins-gz7m2k9p';
    const doc = htmlToDocument(
      `<div class="tea-card"><div class="tea-card__body"><div><span>Instance ID: lhins-gz7m2k9p</span></div><div>Created: 2026-03-01 10:00:00</div><div>Expires: 2027-03-01 10:00:00<span>(89 days left)</span> <a class="tea-btn tea-btn--link">Renew</a></div></div></div>`,
      url,
    );
    expect(readPage(doc, new URL(url))?.facts.servers?.[0]).toMatchObject({ createdAt: '2026-03-01', expiresAt: '2027-03-01' });
  });

  it('Tencent domain info: the owner (Chinese) is the registrant, not the owner (English) shown first', () => {
    const url = 'https://console.tencentcloud.com/domain/info/maple-fern.com';
    const doc = htmlToDocument(
      `<form class="tea-form"><div class="tea-form__item"><div class="tea-form__label"><label>Domain</label></div><div class="tea-form__controls"><div class="tea-form-text">maple-fern.com</div></div></div>
       <div class="tea-form__item"><div class="tea-form__label"><label>Domain Owner (English)</label></div><div class="tea-form__controls"><div class="tea-form-text">Shanghai Maple Fern Culture Media Co., Ltd.</div></div></div>
       <div class="tea-form__item"><div class="tea-form__label"><label>Domain Owner (Chinese)</label></div><div class="tea-form__controls"><div class="tea-form-text">上海枫蕨文化传媒有限公司</div></div></div></form>`,
      url,
    );
    expect(readPage(doc, new URL(url))?.facts.domains?.[0]?.registrantName).toBe('上海枫蕨文化传媒有限公司');
  });

  it('Tencent domain list: a 未实名认证 link button in the status cell says not verified', () => {
    const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
    const doc = htmlToDocument(
      `<div class="tea-table"><table class="tea-table__box"><thead><tr><th>域名</th><th>状态</th><th>到期时间</th></tr></thead><tbody>
        <tr><td><a>chenxi.cn</a></td><td><p><span class="tea-text-danger">serverHold</span></p><p><a class="tea-btn tea-btn--link">未实名认证</a></p></td><td>2026-12-20</td></tr>
        <tr><td><a>chenxi-photo.com</a></td><td><p>正常</p><p class="tea-text-weak">已实名认证</p></td><td>2027-03-01</td></tr>
      </tbody></table></div>`,
      url,
    );
    const domains = readPage(doc, new URL(url))?.facts.domains;
    expect(domains?.map((d) => [d.domain, d.realNameVerified, d.status])).toEqual([
      ['chenxi.cn', false, ['serverHold']],
      ['chenxi-photo.com', true, ['正常']],
    ]);
  });

  it('Tencent domain list: a "实名认证" link beside the status tag says neither; the tag decides', () => {
    const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
    const doc = htmlToDocument(
      `<div class="tea-table"><table class="tea-table__box"><thead><tr><th>域名</th><th>状态</th><th>到期时间</th></tr></thead><tbody>
        <tr><td><a>chenxi.cn</a></td><td><p>正常</p><p><a class="tea-btn tea-btn--link">实名认证</a> <span class="tea-tag">已实名认证</span></p></td><td>2026-12-20</td></tr>
        <tr><td><a>chenxi-photo.com</a></td><td><p>正常</p><p><a class="tea-btn tea-btn--link">实名认证</a></p></td><td>2027-03-01</td></tr>
      </tbody></table></div>`,
      url,
    );
    const domains = readPage(doc, new URL(url))?.facts.domains;
    expect(domains?.map((d) => [d.domain, d.realNameVerified])).toEqual([
      ['chenxi.cn', true],
      ['chenxi-photo.com', undefined],
    ]);
  });

  it('Tencent CVM detail: statistic cards whose caption (a card title) sits under the value', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D4%26instanceId%3Dins-sh5c4r2d';
    const card = (value: string, title: string, extra: string) =>
      `<div class="tea-card stat-card"><div class="tea-card__body"><div class="stat-card__value">${value}</div><div class="stat-card__title">${title}</div><div class="stat-card__extra">${extra}</div></div></div>`;
    const doc = htmlToDocument(
      `<div class="stat-cards">${card('华东地区（上海）', '所在地域', '上海五区')}${card('包年包月', '实例计费模式', '<a class="tea-btn tea-btn--link">包年包月转按量</a>')}${card('2027-03-01 12:00:00', '到期时间', '<span>剩余 89 天</span>')}${card('5<span>Mbps</span>', '带宽上限', '按带宽计费')}</div>
       <dl><dt>实例ID</dt><dd>ins-sh5c4r2d</dd><dt>创建时间</dt><dd>2026-03-01 11:58:20</dd></dl>`,
      url,
    );
    expect(readPage(doc, new URL(url))?.facts.servers?.[0]).toEqual({
      id: 'ins-sh5c4r2d', provider: 'tencent', product: 'cvm', region: 'ap-shanghai', billing: 'subscription', expiresAt: '2027-03-01', createdAt: '2026-03-01', publicBandwidthMbps: 5,
    });
  });
});
