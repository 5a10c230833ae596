import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Session 52's review of the session's first fixes (s52-r77 popup layers, s52-r78 real-name tags and icons, s52-lead
 * service-number headers and realNameVerifiedAt): pages near each fix (test/fixtures-unseen/README.md "Review of session
 * 52's first fixes"), each narrowed to the smallest markup that showed a fault.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

// ---- realNameVerifiedAt: the date of the clause that says the pass ----
const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=songhe-studio.cn';
const item = (label: string, value: string) =>
  `<div class="next-form-item next-left"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control"><div class="next-form-preview">${value}</div></div></div>`;
const tag = (text: string, kind = 'green') => `<span class="next-tag next-tag-small next-tag-${kind}"><span class="next-tag-body">${text}</span></span>`;
const help = (t: string) => `<span class="next-form-item-help">${t}</span>`;
const holder = (realName: string) =>
  '<div class="next-card"><div class="next-card-head"><h3>域名持有者信息</h3></div><div class="next-card-body"><form class="next-form">' +
  item('域名', 'songhe-studio.cn') + item('域名持有者', '杭州松鹤文化传媒有限公司') + item('证件类型', '统一社会信用代码') + item('实名认证', realName) +
  '</form></div></div>';
const holderDomain = (body: string) => read(body, holderUrl)?.facts.domains?.[0];

describe('realNameVerifiedAt is the date written with the pass, not the text\'s first date (shared/verified-on passedOn)', () => {
  it('"2025-06-18 提交，2025-06-20 审核通过" beside the tag: 2025-06-20 (the submission date before)', () => {
    expect(holderDomain(holder(tag('已实名认证') + help('2025-06-18 提交，2025-06-20 审核通过')))).toMatchObject({ realNameVerified: true, realNameVerifiedAt: '2025-06-20' });
  });

  it('"Submitted on Jun 18, 2025 · Verified on Jun 20, 2025": 2025-06-20 (the submission date before)', () => {
    expect(holderDomain(holder(tag('Verified') + help('Submitted on Jun 18, 2025 · Verified on Jun 20, 2025')))?.realNameVerifiedAt).toBe('2025-06-20');
  });

  it('"审核通过，资料有效期至 2030-06-20": no date (the validity\'s end was given: invented)', () => {
    const d = holderDomain(holder(tag('已实名认证') + help('审核通过，资料有效期至 2030-06-20')));
    expect(d?.realNameVerified).toBe(true);
    expect(d?.realNameVerifiedAt).toBeUndefined();
  });

  it('Tencent\'s domain page: "已认证（2025-06-18 提交，2025-06-20 审核通过）" gives 2025-06-20', () => {
    const tItem = (label: string, value: string) =>
      `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
    const html = '<form class="tea-form">' + tItem('域名', 'qingshan.cn') + tItem('域名所有者', '杭州西湖茶叶有限公司') + tItem('实名认证', '已认证（2025-06-18 提交，2025-06-20 审核通过）') + '</form>';
    expect(read(html, 'https://console.cloud.tencent.com/domain/info/qingshan.cn')?.facts.domains?.[0]).toMatchObject({ realNameVerified: true, realNameVerifiedAt: '2025-06-20' });
  });

  it('guard: one clause keeps its date — "已实名认证（2025-06-20 审核通过）", "Verified on Jun 20, 2025", 审核通过时间：2025-06-20', () => {
    expect(holderDomain(holder('已实名认证（2025-06-20 审核通过）'))?.realNameVerifiedAt).toBe('2025-06-20');
    expect(holderDomain(holder(tag('已实名认证') + help('Verified on Jun 20, 2025')))?.realNameVerifiedAt).toBe('2025-06-20');
    expect(holderDomain(holder('已实名认证（审核通过时间：2025-06-20）'))?.realNameVerifiedAt).toBe('2025-06-20');
  });
});

// ---- floating popup layers (dom/visibility tipLayer): a panel holding the page is shown; a component's dropdown is not ----
const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-3m5p7r9t';
const teaItem = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
const lighthouse = (withExpiry: boolean) =>
  '<div class="tea-layout__content"><h2>gz-wp</h2><div class="tea-card"><div class="tea-card__body"><div class="tea-form">' +
  teaItem('实例ID', 'lhins-3m5p7r9t') + teaItem('地域', '广州 | 广州三区') + (withExpiry ? teaItem('到期时间', '2027-02-11 14:05:33 <a>续费</a>') : '') +
  teaItem('公网IP', '43.139.20.17') + teaItem('带宽', '6Mbps <a>升级套餐</a>') + '</div></div></div></div>';
const ecsUrl = 'https://ecs.console.aliyun.com/server/i-bp1h3k5m7n9q2r4t6v8x/detail?regionId=cn-hangzhou';
const fItem = (label: string, value: string) =>
  `<div class="next-form-item next-left"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control"><p class="next-form-preview">${value}</p></div></div>`;
const ecs = (bw: boolean) =>
  '<main><h1>hm-web-01</h1><form class="next-form next-form-left" role="grid">' + fItem('实例ID', 'i-bp1h3k5m7n9q2r4t6v8x') + fItem('地域', '华东1（杭州）') +
  fItem('到期时间', '2027-03-14 23:59:59') + fItem('公网IP', '47.98.112.36') + (bw ? fItem('带宽', '5Mbps') : '') + '</form></main>';
const lhServer = (body: string) => read(body, lhUrl)?.facts.servers?.[0];
const ecsServer = (body: string) => read(body, ecsUrl)?.facts.servers?.[0];

describe('a popup-classed box that holds the page is shown (dom/visibility tipLayer, review of be86309b)', () => {
  it('a Fusion slide panel (next-overlay-inner windcc-slide-panel, fixed) holding the ECS detail: read (all lost before)', () => {
    const body = `<div class="next-overlay-wrapper opened"><div class="next-overlay-inner windcc-slide-panel" style="position:fixed;top:50px;right:0;width:820px">${ecs(true)}</div></div>`;
    expect(ecsServer(body)).toMatchObject({ id: 'i-bp1h3k5m7n9q2r4t6v8x', expiresAt: '2027-03-14', publicBandwidthMbps: 5 });
  });

  it("a Fusion overlay box in a dialog's wrapper (next-dialog-wrapper > next-overlay-inner): read (lost before)", () => {
    const body = `<div class="next-overlay-wrapper opened"><div class="next-dialog-wrapper"><div class="next-overlay-inner detail-box" style="position:absolute;left:300px;top:80px">${ecs(true)}</div></div></div>`;
    expect(ecsServer(body)).toMatchObject({ id: 'i-bp1h3k5m7n9q2r4t6v8x', publicBandwidthMbps: 5 });
  });

  it('an app panel classed detail-popup stretched over the page (fixed, left and right set): read (lost before)', () => {
    const body = `<div class="detail-popup" style="position:fixed;top:56px;left:0px;right:0;bottom:0">${lighthouse(true)}</div>`;
    expect(lhServer(body)).toMatchObject({ id: 'lhins-3m5p7r9t', expiresAt: '2027-02-11', publicBandwidthMbps: 6 });
  });

  it('a t-popup-classed main box placed at 0,0 with width 100% (no sheet): read (lost before)', () => {
    expect(lhServer(`<div class="t-popup console-main" style="left:0px;top:0px;width:100%">${lighthouse(true)}</div>`)).toMatchObject({ id: 'lhins-3m5p7r9t', expiresAt: '2027-02-11' });
  });

  it('guard: a t-popup placed at a point (popper: inset 0px auto auto 0px + transform), or inside a dialog body, stays hidden', () => {
    const placed = '<div style="position:absolute;top:0;left:0;width:100%"><div class="t-popup" style="position:absolute;inset:0px auto auto 0px;transform:translate(600px,380px)"><div class="t-popup__content">到期时间：2028-02-11 14:05:33</div></div></div>';
    expect(lhServer(lighthouse(false) + placed)?.expiresAt).toBeUndefined();
    const inDialog = '<div class="t-dialog__ctx"><div class="t-dialog" role="dialog"><div class="t-dialog__body"><p>确认续费？</p><div class="t-popup" style="position:absolute;left:600px;top:380px">到期时间：2028-02-11 14:05:33</div></div></div></div>';
    expect(lhServer(lighthouse(false) + inDialog)?.expiresAt).toBeUndefined();
  });
});

describe("a component's own dropdown layer is no field of the page (dom/visibility componentDropdown)", () => {
  it('antd ant-select-dropdown placed by inline left/top (no sheet): its option gives no bandwidth (invented before)', () => {
    const layer = '<div><div class="ant-select-dropdown ant-select-dropdown-placement-bottomLeft" style="min-width:240px;left:600px;top:380px"><div class="ant-select-item-option-content">公网带宽：20Mbps</div></div></div>';
    const s = ecsServer(ecs(false) + layer);
    expect(s).toMatchObject({ id: 'i-bp1h3k5m7n9q2r4t6v8x', expiresAt: '2027-03-14' });
    expect(s?.publicBandwidthMbps).toBeUndefined();
  });

  it('antd ant-picker-dropdown (position absolute): its footer gives no bandwidth (invented before)', () => {
    const layer = '<div class="ant-picker-dropdown" style="position:absolute;left:600px;top:380px"><div class="ant-picker-footer">公网带宽：20Mbps</div></div>';
    expect(ecsServer(ecs(false) + layer)?.publicBandwidthMbps).toBeUndefined();
  });

  it('guard: a two-token dropdown class in the flow (TEA\'s tea-dropdown trigger) keeps its value', () => {
    const body = ecs(false).replace('</form>', fItem('带宽', '<div class="tea-dropdown" style="position:relative">5Mbps</div>') + '</form>');
    expect(ecsServer(body)?.publicBandwidthMbps).toBe(5);
  });
});

describe('a help icon drawn by CSS named by another help word (dom/field isIcon, rules/labels helpLinks; review of 072f6231)', () => {
  const infoUrl = 'https://console.cloud.tencent.com/domain/info/qingshan.cn';
  const tItem = (label: string, value: string, icon = '') =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label>${icon}</div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
  const form = (icon: string) =>
    '<form class="tea-form">' + tItem('域名', 'qingshan.cn') + tItem('域名状态', '<span class="tea-tag tea-tag--danger">serverHold</span>', icon) +
    tItem('到期时间', '2027-11-28 16:03:12') + tItem('域名所有者', '杭州西湖茶叶有限公司') + '</form>';

  for (const name of ['提示', '查看说明', 'More info'])
    it(`role=img aria-label="${name}" beside 域名状态: the status read (lost before)`, () => {
      expect(read(form(`<span class="tea-icon tea-icon-help" role="img" aria-label="${name}"></span>`), infoUrl)?.facts.domains?.[0]?.status).toEqual(['serverHold']);
    });

  it('guard: a role=img named by a state (已实名认证) is still no help icon', () => {
    const html = '<form class="tea-form">' + tItem('域名', 'qingshan.cn') + '<div class="tea-form__item"><div class="tea-form__label"><label>实名认证状态</label><span class="tea-icon tea-icon-success" role="img" aria-label="已实名认证"></span></div><div class="tea-form__controls"><div class="tea-form-text">认证时间 2025-01-04</div></div></div>' + tItem('域名所有者', '周林') + '</form>';
    expect(read(html, infoUrl)?.facts.domains?.[0]?.realNameVerified).not.toBe(false);
  });
});

describe('the English count header "Service Numbers (Used/Total) (Current)" (rules/labels beian number; review of 1a066ca7)', () => {
  const url = 'https://beian.console.alibabacloud.com/#/serviceCode/list';
  const cell = (html: string) => `<td class="next-table-cell" role="gridcell"><div class="next-table-cell-wrapper">${html}</div></td>`;
  const list = (count: string, a: string) =>
    '<div class="next-table" role="table"><table role="grid"><thead class="next-table-header"><tr role="row">' +
    ['Instance ID/Name', 'Product Type', 'Region', count].map((h) => `<th class="next-table-header-node" role="columnheader"><div class="next-table-cell-wrapper">${h}</div></th>`).join('') +
    '</tr></thead><tbody class="next-table-body"><tr class="next-table-row" role="row">' +
    ['<a href="#">i-bp1c4xw2k9q8m7n6v5zt</a>', 'ECS', 'China (Hangzhou)', a].map(cell).join('') + '</tr></tbody></table></div>';

  it('the plural name with two brackets over "2 / 5": used 2 (the list lost before)', () => {
    expect(read(list('Service Numbers (Used/Total) (Current)', '<span>2</span> / <span>5</span>'), url, 'en')?.facts.servers?.[0]).toMatchObject({ id: 'i-bp1c4xw2k9q8m7n6v5zt', serviceNumbersUsed: 2 });
  });

  it('guard: "Service Numbers (Total) (Current)" over "5" gives no used count', () => {
    const s = read(list('Service Numbers (Total) (Current)', '5'), url, 'en')?.facts.servers?.[0];
    expect(s?.serviceNumbersUsed).toBeUndefined();
  });
});

describe('second variants', () => {
  it('"2025-06-18 提交审核 2025-06-20 通过" in one clause: the date before the pass word, 2025-06-20 (the submission date before)', () => {
    expect(holderDomain(holder(tag('已实名认证') + help('2025-06-18 提交审核 2025-06-20 通过')))?.realNameVerifiedAt).toBe('2025-06-20');
  });

  it("antd's ant-dropdown placed in an ant-modal-wrap (getPopupContainer) is still a dropdown: no bandwidth (invented by 377916e9's dialog-wrapper rule)", () => {
    const layer = '<div class="ant-modal-wrap"><div class="ant-dropdown" style="position:absolute;left:600px;top:380px"><div class="panel">公网带宽：20Mbps</div></div></div>';
    expect(ecsServer(ecs(false) + layer)?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('third variants: help beside a status', () => {
  const holderItem = (label: string, value: string) =>
    `<div class="next-form-item next-left"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control"><div class="next-form-preview">${value}</div></div></div>`;
  const withStatus = (status: string) =>
    '<form class="next-form">' + holderItem('域名', 'songhe-studio.cn') + holderItem('域名状态', status) + holderItem('域名持有者', '杭州松鹤文化传媒有限公司') + holderItem('实名认证', tag('已实名认证')) + '</form>';

  it('a 域名状态说明 link beside the holder page\'s status tag is no second status (wrong before: ["正常", "域名状态说明"])', () => {
    expect(holderDomain(withStatus(tag('正常') + '<a href="#">域名状态说明</a>'))?.status).toEqual(['正常']);
  });

  it('guard: two status tags and a status named like a lock stay statuses', () => {
    expect(holderDomain(withStatus(tag('clientTransferProhibited') + tag('serverHold', 'orange')))?.status).toEqual(['clientTransferProhibited', 'serverHold']);
  });

  it('a role=img help icon named 域名状态说明 beside the Tencent label: the status read (lost before)', () => {
    const tItem = (label: string, value: string, icon = '') =>
      `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label>${icon}</div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
    const html = '<form class="tea-form">' + tItem('域名', 'qingshan.cn') + tItem('域名状态', '<span class="tea-tag tea-tag--danger">serverHold</span>', '<span class="tea-icon tea-icon-help" role="img" aria-label="域名状态说明"></span>') + tItem('域名所有者', '杭州西湖茶叶有限公司') + '</form>';
    expect(read(html, 'https://console.cloud.tencent.com/domain/info/qingshan.cn')?.facts.domains?.[0]?.status).toEqual(['serverHold']);
  });
});
