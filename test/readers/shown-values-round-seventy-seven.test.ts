import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the seventy-seventh round of held-out pages (plain pages of both providers saved with an overlay open:
 * test/fixtures-unseen/README.md "Seventy-seventh round") and its variants, each narrowed in a scratch copy of its page to
 * the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'zh-CN') => readPage(page(body, url, lang), new URL(url));

// ---- a Lighthouse detail (tea form) without the field the open layer names ----
const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-3m5p7r9t';
const teaItem = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
const lighthouse = (withExpiry: boolean, withBandwidth: boolean) =>
  '<div class="tea-layout__content"><h2>gz-wp</h2><div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">实例信息</h3></div><div class="tea-card__body"><div class="tea-form">' +
  teaItem('实例ID', 'lhins-3m5p7r9t') +
  teaItem('地域', '广州 | 广州三区') +
  teaItem('创建时间', '2026-02-11 14:05:33') +
  (withExpiry ? teaItem('到期时间', '2027-02-11 14:05:33 <a>续费</a>') : '') +
  teaItem('公网IP', '43.139.20.17') +
  (withBandwidth ? teaItem('带宽', '6Mbps <a>升级套餐</a>') : '') +
  '</div></div></div></div>';
/** TDesign's Popup as it floats a help text or a Popconfirm: a portal box, the `t-popup` layer placed by an inline style. */
const tPopup = (text: string, cls = 't-popup') =>
  `<div style="position:absolute;top:0;left:0;width:100%"><div class="${cls}" style="position:absolute;inset:0 auto auto 0;transform:translate(600px,380px)" data-popper-placement="top"><div class="t-popup__content">${text}</div></div></div>`;

describe('round seventy-seven: a floating popup layer is no field of the page', () => {
  // A TDesign Popup open over the page (its layer classed only `t-popup`, no role) holding "到期时间：2028-02-11 …" — the
  // renewal it offers — was read as the detail's inline "标签：值" field: the instance's expiry was invented. Likewise a
  // Popconfirm's "带宽：12Mbps" (the upgrade it asks to confirm) for a page that shows no bandwidth.
  it('reads no expiry from a t-popup open over a Lighthouse detail without one', () => {
    const server = read(lighthouse(false, true) + tPopup('到期时间：2028-02-11 14:05:33'), lhUrl)?.facts.servers?.[0];
    expect(server).toMatchObject({ id: 'lhins-3m5p7r9t', publicBandwidthMbps: 6 });
    expect(server?.expiresAt).toBeUndefined();
  });

  it('reads no bandwidth from a t-popup popconfirm (before the page, too)', () => {
    const popconfirm = tPopup('<div class="t-popconfirm__inner">带宽：12Mbps</div><button class="t-button">确定</button>', 't-popup t-popconfirm');
    for (const body of [lighthouse(true, false) + popconfirm, popconfirm + lighthouse(true, false)]) {
      const server = read(body, lhUrl)?.facts.servers?.[0];
      expect(server).toMatchObject({ id: 'lhins-3m5p7r9t', expiresAt: '2027-02-11' });
      expect(server?.publicBandwidthMbps).toBeUndefined();
    }
  });

  it('reads no bandwidth from a TDesign dropdown layer (t-popup t-dropdown)', () => {
    const dropdown = tPopup('<div class="t-dropdown__menu"><div class="t-dropdown__item">带宽：12Mbps</div></div>', 't-popup t-dropdown');
    expect(read(lighthouse(true, false) + dropdown, lhUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });

  it('reads no expiry from a TEA dropdown box holding a custom panel', () => {
    const box = '<div class="tea-dropdown-box" style="position:absolute;left:600px;top:380px"><div class="tea-dropdown-box__inner">到期时间：2028-02-11 14:05:33</div></div>';
    expect(read(lighthouse(false, true) + box, lhUrl)?.facts.servers?.[0]?.expiresAt).toBeUndefined();
  });

  // ---- an ECS detail (Fusion form items) without a bandwidth field ----
  const ecsUrl = 'https://ecs.console.aliyun.com/server/i-bp1h3k5m7n9q2r4t6v8x/detail?regionId=cn-hangzhou';
  const fItem = (label: string, value: string) =>
    `<div class="next-form-item next-left"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control"><p class="next-form-preview">${value}</p></div></div>`;
  const ecs =
    '<main><h1>hm-web-01</h1><form class="next-form next-form-left" role="grid">' +
    fItem('实例ID', 'i-bp1h3k5m7n9q2r4t6v8x') +
    fItem('地域', '华东1（杭州）') +
    fItem('付费类型', '包年包月') +
    fItem('到期时间', '2027-03-14 23:59:59') +
    fItem('公网IP', '47.98.112.36') +
    fItem('带宽计费方式', '按固定带宽') +
    '</form></main>';

  it("reads no bandwidth from antd's dropdown layer holding a custom panel (dropdownRender)", () => {
    const layer = '<div><div class="ant-dropdown ant-dropdown-placement-bottomLeft" style="position:absolute;left:600px;top:380px"><div class="bandwidth-card">公网带宽：20Mbps</div></div></div>';
    const server = read(ecs + layer, ecsUrl)?.facts.servers?.[0];
    expect(server).toMatchObject({ id: 'i-bp1h3k5m7n9q2r4t6v8x', expiresAt: '2027-03-14' });
    expect(server?.publicBandwidthMbps).toBeUndefined();
  });

  // antd's rc-trigger writes only the layer's coordinates inline (`left: 600px; top: 380px`); its sheet makes it absolute. In a
  // page saved without that sheet, the open dropdown's custom panel was read as the detail's field (invented).
  it("reads no bandwidth from antd's dropdown layer placed by coordinates only (saved without its sheet)", () => {
    const layer = '<div><div class="ant-dropdown ant-dropdown-placement-bottomLeft" style="left: 600px; top: 380px;"><div class="bandwidth-card">公网带宽：20Mbps</div></div></div>';
    for (const body of [ecs + layer, layer + ecs]) expect(read(body, ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });

  it("reads no bandwidth from Fusion's Overlay.Popup around a hover card (next-overlay-inner, no role)", () => {
    const card = '<div class="next-overlay-wrapper opened"><div class="next-overlay-inner bandwidth-hover-card" style="position:absolute;left:600px;top:380px">公网带宽：20Mbps</div></div>';
    for (const body of [ecs + card, card + ecs]) expect(read(body, ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });

  // guard: Fusion floats its dialogs as `next-overlay-inner` too — a filing step's form drawn in one (without its role) is
  // the page's content, read as before
  it('still reads a filing entity form in a Fusion dialog without role (next-dialog next-overlay-inner)', () => {
    const path = new URL('../fixtures-unseen/aliyun/beian-entity/zh-fusion-modal-over-list-long-name', import.meta.url);
    const html = readFileSync(new URL(`${path.href}.html`), 'utf8').replace(' role="dialog" aria-modal="true"', '');
    expect(html).toContain('class="next-dialog next-closeable next-overlay-inner" aria-labelledby');
    const expected = JSON.parse(readFileSync(new URL(`${path.href}.json`), 'utf8')) as { url: string; facts: unknown };
    const got = readPage(htmlToDocument(html, expected.url), new URL(expected.url));
    expect(got?.facts).toEqual(expected.facts);
  });

  // guard: a field drawn inside a box classed as a popup trigger or a dropdown trigger is the page's (only the layer hides)
  it('still reads the bandwidth shown in a TEA dropdown trigger or beside an antd dropdown trigger', () => {
    const trigger =
      teaItem('实例ID', 'lhins-3m5p7r9t') +
      teaItem('地域', '广州 | 广州三区') +
      teaItem('带宽', '<div class="tea-dropdown"><div class="tea-dropdown__header"><span class="tea-dropdown__value">6Mbps</span></div></div> <button class="ant-dropdown-trigger has-popup" style="position:absolute">更多</button>');
    expect(read(`<div class="tea-form">${trigger}</div>`, lhUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(6);
  });
});
