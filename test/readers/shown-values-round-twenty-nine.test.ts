import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the twenty-ninth round of held-out pages (both providers; the user's own display settings: browser
 * zoom and text scale, dark theme and forced colours, assistive-technology markup: test/fixtures-unseen/README.md
 * "Twenty-ninth round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, head = '') => htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`, url);
const read = (body: string, url: string, head = '') => readPage(page(body, url, head), new URL(url));

describe('a Simple Application Server overview whose expiry is labelled 实例到期时间 (rules/labels/aliyun/swas.json)', () => {
  const id = '7e3a91c0d25b4f6e8a1c3b5d7f902e4a';
  const url = `https://swas.console.aliyun.com/#/server/${id}/cn-hangzhou/dashboard`;
  const kv = (label: string, value: string) => `<div class="kv"><div class="kv-label">${label}</div><div class="kv-value">${value}</div></div>`;
  const overview = (expiryLabel: string) =>
    `<h2>服务器信息</h2><div class="kv-stack">${kv('实例ID', id)}${kv('地域和可用区', '华东1（杭州） 可用区 J')}${kv('付费类型', '包年包月')}` +
    `${kv(expiryLabel, '<span class="cut" title="2027-03-18 23:59:59">2027-03-18 2…</span> <a>续费</a>')}${kv('峰值带宽', '200 Mbps')}</div>`;

  it('reads the expiry under the label naming its subject, flat or wrapped over two lines by pre-line (it was missing)', () => {
    for (const label of ['实例到期时间', '实例到期\n时间', '服务器到期时间', 'Instance Expiration Time']) {
      const got = read(overview(label), url, '<style>.kv-label { white-space: pre-line; }</style>')?.facts?.servers;
      expect(got, label).toEqual([{ id, provider: 'aliyun', product: 'swas', billing: 'subscription', region: 'cn-hangzhou', expiresAt: '2027-03-18', publicBandwidthMbps: 200 }]);
    }
  });

  it('an expiry reminder or an auto-renewal date beside it is still no expiry', () => {
    const got = read(overview('到期提醒').replace('2027-03-18 2…', '2027-03-11 提前 7 天'), url)?.facts?.servers?.[0];
    expect(got?.expiresAt).toBeUndefined();
  });
});

describe('a segmented choice drawn as toggle buttons (aria-pressed) on an Alibaba Cloud filing form (dom/units.ts)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const item = (label: string, control: string) => `<div class="form-item"><div class="form-label">${label}</div><div class="form-control">${control}</div></div>`;
  const segments = (pressed: string | null, tag: 'button' | 'span') =>
    `<div role="group" class="segmented">${['个人', '企业', '事业单位', '政府机关'].map((o) =>
      tag === 'button' ? `<button type="button" class="seg" aria-pressed="${o === pressed}">${o}</button>` : `<span class="seg" role="button" tabindex="0" aria-pressed="${o === pressed}">${o}</span>`).join('')}</div>`;
  const form = (nature: string) =>
    '<h2>主办单位信息</h2>' + item('主办单位所属区域', '<span>浙江省 / 杭州市 / 西湖区</span>') + item('主办单位性质', nature) +
    item('主办单位证件类型', '<span>营业执照</span>') + item('主办单位证件号码', '<input value="9133**********8R2K" readonly>') +
    item('主办单位名称', '<input value="杭州栖霞数字科技有限公司">');

  it('the pressed button is the field\'s value (the type was missing: every option read as one text)', () => {
    for (const tag of ['button', 'span'] as const) {
      const got = read(form(segments('企业', tag)), url)?.facts?.entity;
      expect(got?.type, tag).toBe('organization');
      expect(got?.name, tag).toBe('杭州栖霞数字科技有限公司');
    }
    expect(read(form(segments('个人', 'button')), url)?.facts?.entity?.type).toBe('individual');
  });

  it('none pressed: no type (no option is taken for the choice)', () => {
    const got = read(form(segments(null, 'button')), url)?.facts?.entity;
    expect(got?.name).toBe('杭州栖霞数字科技有限公司');
    expect(got?.type).toBeUndefined();
  });
});

describe('a label cut short by an ellipsis at a large text scale, its whole words in a title (dom/field.ts, dom/truncated.ts)', () => {
  const id = '7e3a91c0d25b4f6e8a1c3b5d7f902e4a';
  const swasUrl = `https://swas.console.aliyun.com/#/server/${id}/cn-hangzhou/dashboard`;
  const kv = (label: string, value: string) => `<div class="kv"><div class="kv-label">${label}</div><div class="kv-value">${value}</div></div>`;
  const overview = (expiryLabel: string) =>
    `<h2>服务器信息</h2><div class="kv-stack">${kv('实例ID', id)}${kv('付费类型', '包年包月')}${kv(expiryLabel, '2027-03-18 23:59:59 <a>续费</a>')}${kv('峰值带宽', '200 Mbps')}</div>`;

  it('a server overview\'s cut label 实例到期时… titled 实例到期时间 gives the expiry (it was missing)', () => {
    for (const label of ['<span class="cut" title="实例到期时间">实例到期时…</span>', '<span title="到期时间">到期…</span>', '<span title="到期时间"><span>到期…</span></span>']) {
      expect(read(overview(label), swasUrl)?.facts?.servers?.[0]?.expiresAt, label).toBe('2027-03-18');
    }
  });

  it('a cut label whose title does not continue it, or with no title, is no label', () => {
    for (const label of ['<span title="服务器的续费信息">到期时…</span>', '<span>实例到期时…</span>', '<span title="实例到期时间">实例到期时</span> <span>…</span> <i>?</i>']) {
      expect(read(overview(label), swasUrl)?.facts?.servers?.[0]?.expiresAt, label).toBeUndefined();
    }
  });

  it('a Tencent filing confirmation\'s stacked labels cut short, titled on the label box, give their values (the id number was missing)', () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/20261205000417/confirm';
    const item = (label: string, value: string, title = '') => `<div class="stack-item"><div class="stack-label"${title ? ` title="${title}"` : ''}>${label}</div><div class="stack-value">${value}</div></div>`;
    const body =
      '<h2>首次备案 · 信息确认</h2><section><div class="t-card__header">主办单位信息</div>' + item('备案区域', '四川省 / 成都市 / 高新区') + item('主办单位性质', '企业') +
      item('主办单位名称', '成都云栖信息技术有限公司') + item('主办单位证件类型', '营业执照') + item('主办单位证件…', '9151**********6Q3M', '主办单位证件号码') +
      '<div class="t-card__header">网站信息（1）</div>' + item('网站名称', '云栖技术文档站') + item('网站域名', 'yunqi-cd.com') + '</section>';
    const entity = read(body, url)?.facts?.entity;
    expect(entity?.idNumber).toBe('9151**********6Q3M');
    expect(entity?.name).toBe('成都云栖信息技术有限公司');
  });
});

describe('a stat card\'s figure drawn large and aria-hidden, said again in words for screen readers (dom/visibility.ts)', () => {
  const stat = (title: string, figure: string, said: string) =>
    `<div class="stat-card"><div class="stat-title">${title}</div><div class="stat-big" aria-hidden="true">${figure}</div><span class="sr-only">${said}</span></div>`;

  it('the figure is on screen: a SWAS overview showing its bandwidth only in the card gives it (it was missing)', () => {
    const id = '7e3a91c0d25b4f6e8a1c3b5d7f902e4a';
    const url = `https://swas.console.aliyun.com/#/server/${id}/cn-hangzhou/dashboard`;
    const kv = (label: string, value: string) => `<div class="kv"><div class="kv-label">${label}</div><div class="kv-value">${value}</div></div>`;
    const body = (card: string) => `<div class="stat-row">${card}</div><h2>服务器信息</h2>${kv('实例ID', id)}${kv('付费类型', '包年包月')}${kv('到期时间', '2027-03-18 23:59:59')}`;
    expect(read(body(stat('峰值带宽', '200<small>Mbps</small>', '峰值带宽 200 Mbps')), url)?.facts?.servers?.[0]?.publicBandwidthMbps).toBe(200);
    // the sibling says something else, or is hidden from everyone (display:none by a hiding class): the figure stays aria-hidden
    for (const card of [
      stat('峰值带宽', '200<small>Mbps</small>', '峰值带宽：查看监控'),
      '<div class="stat-card"><div class="stat-title">峰值带宽</div><div class="stat-big" aria-hidden="true">200<small>Mbps</small></div><span class="d-none">峰值带宽 200 Mbps</span></div>',
    ]) expect(read(body(card), url)?.facts?.servers?.[0]?.publicBandwidthMbps, card).toBeUndefined();
  });

  it('a Tencent CVM detail page\'s Bandwidth Cap card, no Bandwidth Cap field below (it was missing)', () => {
    const url = 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-5hq8v2cz';
    const li = (label: string, value: string) => `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
    const body =
      '<h2 class="tea-h2">ins-5hq8v2cz (web-gz-prod)</h2><div class="stat-cards"><div class="tea-card stat-card"><div class="tea-card__body"><div class="stat-title">Bandwidth Cap</div>' +
      '<div class="stat-value" aria-hidden="true">10<span class="stat-unit">Mbps</span></div><span class="tea-sr-only">Bandwidth cap: 10 Mbps</span></div></div></div>' +
      `<ul class="tea-form">${li('Instance ID', 'ins-5hq8v2cz')}${li('Region', 'South China (Guangzhou)')}${li('Billing Mode', 'Monthly Subscription')}${li('Expiration Time', '2026-12-22 09:41:18')}</ul>`;
    const got = read(body, url)?.facts?.servers?.[0];
    expect(got?.expiresAt).toBe('2026-12-22');
    expect(got?.publicBandwidthMbps).toBe(10);
  });
});
