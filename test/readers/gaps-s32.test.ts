import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { inTranscript } from '../../src/readers/dom/notice';
import { isDialogBox } from '../../src/readers/dom/overlay';
import { elementKind } from '../../src/readers/dom/units';

/**
 * Items reported but not fixed in session 31 (/work/notes/fixes.md, session 32), each as a small console page
 * that failed before its fix.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body><div id="app">${html}</div></body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
const cvmDetail =
  `<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('实例计费模式', '按量计费')}${teaItem('地域', '广州')}` +
  `${teaItem('带宽上限', '5Mbps')}${teaItem('创建时间', '2026-01-05 10:00:00')}</div>`;
const cvm = { id: 'ins-4w6y8a0c', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'payg', createdAt: '2026-01-05', publicBandwidthMbps: 5 };

describe('an `…-extra` box of example rows is no field of the page (dom/units.ts)', () => {
  /** An antd form item (label, control, extra under the control). */
  const antItem = (label: string, control: string, extra: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label>${label}</label></div>` +
    `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div>` +
    `<div style="display: flex; flex-wrap: nowrap;"><div class="ant-form-item-extra">${extra}</div></div></div></div></div>`;
  const exRow = (l: string, v: string) => `<div class="ex-row"><span class="ex-label">${l}</span><span class="ex-value">${v}</span></div>`;
  const toggle = `<button type="button" role="switch" aria-checked="false" class="ant-switch"></button>`;

  it('the extra of one form item (自动续费), holding a labelled row, gives no expiry', () => {
    const html = cvmDetail + `<form class="ant-form">${antItem('自动续费', toggle, exRow('到期时间', '2027-01-01 00:00:00'))}</form>`;
    expect(read(html, cvmUrl)?.facts.servers).toEqual([cvm]);
  });

  it('an extra box opened by 示例 / 例如 / e.g. before its rows gives no expiry', () => {
    for (const lead of ['示例：', '转包年包月示例', '例如：', 'e.g.', 'Example']) {
      const box = `<div class="renew-extra"><p>${lead}</p>${exRow('到期时间', '2027-01-01 00:00:00')}${exRow('带宽上限', '50Mbps')}</div>`;
      expect(read(cvmDetail + box, cvmUrl)?.facts.servers, lead).toEqual([cvm]);
    }
  });

  it('an extra box under a heading saying 示例 gives no expiry', () => {
    const box = `<h4 class="sub-title">续费示例</h4><div class="renew-extra">${exRow('到期时间', '2027-01-01 00:00:00')}</div>`;
    expect(read(cvmDetail + box, cvmUrl)?.facts.servers).toEqual([cvm]);
  });

  it('a box of more fields classed `…-extra` (no example word, no one field\'s) is still read', () => {
    const box = `<div class="detail-extra">${exRow('到期时间', '2027-01-05 10:00:00')}</div>`;
    // (a subscription's: a pay-as-you-go instance has no term, whatever date its 到期时间 shows — left-s40)
    expect(read(cvmDetail.replace('按量计费', '包年包月') + box, cvmUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-01-05');
  });
});

describe('an open settings dialog or drawer is not the page\'s record (dom/reading-model.ts fields)', () => {
  const cvmNoBandwidth =
    `<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('实例计费模式', '按量计费')}${teaItem('地域', '广州')}` +
    `${teaItem('创建时间', '2026-01-05 10:00:00')}</div>`;
  const noBandwidth = { id: 'ins-4w6y8a0c', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'payg', createdAt: '2026-01-05' };

  it('an open 调整带宽 dialog\'s 带宽上限 is no bandwidth of a page that shows none', () => {
    const dialog =
      `<div class="tea-dialog" role="dialog" aria-modal="true"><div class="tea-dialog__header"><h3 class="tea-dialog__headertitle">调整带宽</h3></div>` +
      `<div class="tea-dialog__body"><div class="tea-form">${teaItem('带宽上限', '<input class="tea-input" value="50"> Mbps')}</div></div>` +
      `<div class="tea-dialog__footer"><button class="tea-btn tea-btn--primary">确定</button><button class="tea-btn">取消</button></div></div>`;
    expect(read(cvmNoBandwidth + dialog, cvmUrl)?.facts.servers).toEqual([noBandwidth]);
  });

  it('an open 续费 drawer\'s 到期时间 (the expiry after renewing) is no expiry of the page', () => {
    const drawer =
      `<div class="t-drawer t-drawer--right t-drawer--open"><div class="t-drawer__mask"></div><div class="t-drawer__content-wrapper" role="dialog" aria-modal="true">` +
      `<div class="t-drawer__header">续费</div><div class="t-drawer__body"><div class="tea-form">${teaItem('续费时长', '1个月')}${teaItem('到期时间', '2026-02-05 10:00:00')}</div></div></div></div>`;
    expect(read(cvmNoBandwidth + drawer, cvmUrl)?.facts.servers).toEqual([noBandwidth]);
  });

  it('a drawer or modal known by its class alone (antd 4 drawer, no role) is no part of the record either', () => {
    const body = `<div class="tea-form">${teaItem('续费时长', '1个月')}${teaItem('到期时间', '2026-02-05 10:00:00')}${teaItem('带宽上限', '20Mbps')}</div>`;
    const boxes = [
      `<div class="ant-drawer ant-drawer-right ant-drawer-open"><div class="ant-drawer-mask"></div><div class="ant-drawer-content-wrapper"><div class="ant-drawer-content"><div class="ant-drawer-wrapper-body"><div class="ant-drawer-header"><div class="ant-drawer-title">续费</div></div><div class="ant-drawer-body">${body}</div></div></div></div></div>`,
      `<div class="el-overlay"><div class="el-dialog is-align-center"><header class="el-dialog__header">续费</header><div class="el-dialog__body">${body}</div></div></div>`,
      `<div class="modal fade show" style="display: block"><div class="modal-dialog"><div class="modal-content"><div class="modal-header">续费</div><div class="modal-body">${body}</div></div></div></div>`,
    ];
    for (const box of boxes) expect(read(cvmNoBandwidth + box, cvmUrl)?.facts.servers, box).toEqual([noBandwidth]);
  });

  it('an ECS detail page with an open 修改付费方式 dialog keeps its own billing', () => {
    const url = 'https://ecs.console.aliyun.com/server/i-bp1dialog0000001/detail?regionId=cn-hangzhou';
    const row = (l: string, v: string) => `<div class="next-row"><span class="info-item-label">${l}</span><span class="info-item-content">${v}</span></div>`;
    const html =
      `<h2>实例详情</h2><div class="info">${row('实例ID', 'i-bp1dialog0000001')}${row('地域', '华东1（杭州）')}${row('创建时间', '2026-01-05 10:00:00')}</div>` +
      `<div class="next-dialog" role="dialog" aria-modal="true"><div class="next-dialog-header">修改付费方式</div><div class="next-dialog-body">` +
      `${row('付费方式', '包年包月')}${row('到期时间', '2027-01-05 00:00:00')}${row('公网带宽', '100Mbps')}</div></div>`;
    const s = read(html, url)?.facts.servers?.[0];
    expect(s?.id).toBe('i-bp1dialog0000001');
    expect(s).not.toHaveProperty('billing');
    expect(s).not.toHaveProperty('expiresAt');
    expect(s).not.toHaveProperty('publicBandwidthMbps');
  });
});

describe('a page that IS a dialog (a filing step drawn as a modal over the console shell) is read (dom/field.ts pageIsDialog)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/30173440149913160/website';
  const shell = `<header class="tea-nav"><a href="/">腾讯云</a><nav><a href="/beian">备案</a></nav></header><main class="tea-layout__content"><h2>首次备案</h2></main>`;
  const dialog = (body: string) =>
    `<div class="tea-dialog" role="dialog" aria-modal="true"><div class="tea-dialog__header"><h3>填写网站信息</h3></div><div class="tea-dialog__body"><div class="tea-form">${body}</div></div></div>`;
  const site = teaItem('网站名称', '青山茶舍') + teaItem('网站域名', 'qingshan-tea.cn') + teaItem('网站服务内容', '综合门户');

  it('the website fields in a modal over a shell with no fields of its own are the record\'s', () => {
    const w = read(shell + dialog(site), url)?.facts.websites?.[0];
    expect(w?.name).toBe('青山茶舍');
    expect(w?.domains).toEqual(['qingshan-tea.cn']);
  });

  it('with a field of its own on the page, a dialog\'s website is not the page\'s', () => {
    const page = shell.replace('</main>', `<div class="tea-form">${teaItem('网站名称', '青山茶话')}${teaItem('网站域名', 'qingshan-talk.cn')}</div></main>`);
    const w = read(page + dialog(site), url)?.facts.websites?.[0];
    expect(w?.name).toBe('青山茶话');
    expect(w?.domains).toEqual(['qingshan-talk.cn']);
  });
});

describe('a label holding the expiry word with a qualifier naming another thing (证书 / SSL / 域名) is no expiry of a server (rules/labels server-detail, ecs-detail not words)', () => {
  const renew = `<div class="tea-dialog" role="dialog" aria-modal="true"><h3>续费</h3><div class="tea-form">${teaItem('到期时间', '2026-02-05 10:00:00')}</div></div>`;

  it('a CVM detail page: SSL证书过期日期 / 域名到期时间 / SSL Certificate Expiration, with a 续费 dialog\'s 到期时间, give no expiry', () => {
    for (const label of ['SSL证书过期日期', '域名到期时间', 'SSL Certificate Expiration', '证书到期']) {
      const html = cvmDetail + `<div class="tea-form">${teaItem(label, '2027-05-01')}</div>` + renew;
      expect(read(html, cvmUrl)?.facts.servers?.[0], label).not.toHaveProperty('expiresAt');
    }
  });

  it('an ECS detail page: 证书到期时间 / 域名过期时间 / SSL Certificate Expiration give no expiry', () => {
    const row = (l: string, v: string) => `<div class="next-row"><span class="info-item-label">${l}</span><span class="info-item-content">${v}</span></div>`;
    const url = 'https://ecs.console.aliyun.com/server/i-bp1certexp0000001/detail?regionId=cn-hangzhou';
    for (const label of ['证书到期时间', '域名过期时间', 'SSL Certificate Expiration']) {
      const html =
        `<h2>实例详情</h2><div class="info">${row('实例ID', 'i-bp1certexp0000001')}${row('地域', '华东1（杭州）')}${row('付费方式', '包年包月')}${row(label, '2027-05-01 00:00:00')}</div>`;
      const s = read(html, url)?.facts.servers?.[0];
      expect(s?.id, label).toBe('i-bp1certexp0000001');
      expect(s, label).not.toHaveProperty('expiresAt');
    }
  });
});

describe('a 到期/创建时间 cell written day-first names its date by its word, in the column\'s day/month order (tencent/values.ts dateNextTo)', () => {
  it('"25/12/2027 到期" is an expiry, "03/01/2027 到期" the 3rd of January (the column is day-first), "20/11/2026 创建" a creation date', () => {
    const url = 'https://console.tencentcloud.com/cvm/instance/index?rid=5';
    const row = (id: string, pay: string, date: string) => `<tr><td><a>${id}</a></td><td>Hong Kong Zone 2</td><td>${pay}</td><td>${date}</td></tr>`;
    const html =
      `<div class="t-table"><table><thead><tr><th>ID/Name</th><th>Availability Zone</th><th>Instance Billing Mode</th><th>到期/创建时间</th></tr></thead><tbody>` +
      row('ins-n4m6b8v0', 'Monthly Subscription', '25/12/2027 23:59:59 到期') +
      row('ins-k2j4h6g8', 'Monthly Subscription', '03/01/2027 23:59:59 到期') +
      row('ins-q1w3e5r7', 'Pay-as-you-go', '20/11/2026 18:20:11 创建') +
      `</tbody></table></div>`;
    const servers = read(html, url)?.facts.servers;
    expect(servers?.map((s) => [s.id, s.expiresAt, s.createdAt])).toEqual([
      ['ins-n4m6b8v0', '2027-12-25', undefined],
      ['ins-k2j4h6g8', '2027-01-03', undefined],
      ['ins-q1w3e5r7', undefined, '2026-11-20'],
    ]);
  });
});

describe('an Alibaba Cloud label saying what a value becomes after a change (续费后 / 转换后 / 变更后 / after) is no value of now (rules/labels aliyun swas-list, ecs-detail not words)', () => {
  it('a SWAS list whose only expiry column is 续费后到期时间 (a renewal preview) gives no expiry', () => {
    const url = 'https://swas.console.aliyun.com/#/servers';
    for (const head of ['续费后到期时间', '转换后到期时间', 'Expiration After Renewal']) {
      const html =
        `<table><thead><tr><th>实例ID/名称</th><th>地域</th><th>套餐</th><th>${head}</th></tr></thead><tbody>` +
        `<tr><td>9e3779b16be302d5398e8bf9073a151d</td><td>华东1（杭州）</td><td>2 vCPU 2 GiB</td><td>2027-01-15 23:59:59</td></tr></tbody></table>`;
      const s = read(html, url)?.facts.servers?.[0];
      expect(s?.id, head).toBe('9e3779b16be302d5398e8bf9073a151d');
      expect(s, head).not.toHaveProperty('expiresAt');
    }
  });

  it('an ECS detail page showing 转换后到期时间 / 变更后带宽 / 转换后付费方式 gives none of them', () => {
    const url = 'https://ecs.console.aliyun.com/server/i-bp1afterword00001/detail?regionId=cn-hangzhou';
    const row = (l: string, v: string) => `<div class="next-row"><span class="info-item-label">${l}</span><span class="info-item-content">${v}</span></div>`;
    const html =
      `<h2>实例详情</h2><div class="info">${row('实例ID', 'i-bp1afterword00001')}${row('地域', '华东1（杭州）')}${row('创建时间', '2026-01-05 10:00:00')}` +
      `${row('转换后到期时间', '2027-01-05 00:00:00')}${row('变更后公网带宽', '100Mbps')}${row('转换后付费类型', '包年包月')}</div>`;
    const s = read(html, url)?.facts.servers?.[0];
    expect(s?.id).toBe('i-bp1afterword00001');
    expect(s).not.toHaveProperty('expiresAt');
    expect(s).not.toHaveProperty('publicBandwidthMbps');
    expect(s).not.toHaveProperty('billing');
  });
});

describe('the with / has tokens, one set for kinds, transcripts and dialogs (dom/class-tokens.ts); `is` a state only before a chat token', () => {
  const el = (cls: string) => page(`<span class="${cls}">x</span>`, cvmUrl).querySelector('span')!;

  it('a kind token after with / has gives no kind; `is-tag` is a tag', () => {
    for (const cls of ['ant-form-item-with-help', 't-form__item-with-help', 'has-tooltip', 'cell-has-badge', 'row-with-actions']) expect(elementKind(el(cls)), cls).toBeUndefined();
    expect(elementKind(el('ant-form-item-extra'))).toBe('help');
    expect(elementKind(el('ant-tag'))).toBe('status');
    expect(elementKind(el('is-tag'))).toBe('status');
  });

  it('a chat token after with / has / is, or before a state, is no transcript; a chat box is', () => {
    for (const cls of ['app-layout--with-chat', 'has-chatbot', 'is-chat', 'chat-open', 'layout-has-conversation']) expect(inTranscript(el(cls)), cls).toBe(false);
    for (const cls of ['t-chat__list', 'support-chat', 'conversation-panel']) expect(inTranscript(el(cls)), cls).toBe(true);
  });

  it('a dialog token after with / has is no dialog; a dialog, modal or drawer box is one, its parts and states are not', () => {
    for (const cls of ['page-with-drawer', 'has-modal', 'modal-open', 'ant-modal-body', 't-drawer--open']) expect(isDialogBox(el(cls)), cls).toBe(false);
    for (const cls of ['ant-drawer ant-drawer-open', 'ant-modal', 'next-dialog', 'el-dialog is-align-center', 'modal fade show', 'modal-dialog']) expect(isDialogBox(el(cls)), cls).toBe(true);
  });
});
