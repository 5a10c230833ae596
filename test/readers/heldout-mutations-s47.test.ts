import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { read } from '../helpers/console-pages';
import { mutateDocument } from './markup-mutations';

/**
 * Held-out pages × markup mutations, the tail (session 47): the pairs of /work/notes/hm46-broken.txt, listed with their
 * causes in test/fixtures-unseen/README.md "Held-out pages × mutations, the tail (session 47)". Each case failed before
 * its fix: a small page built for it, and the pair itself.
 */

/** The held-out page `base` (path without extension) under mutation `name`, read: its expected facts and what is read. */
function pair(base: string, name: string) {
  const exp = JSON.parse(readFileSync(`test/fixtures-unseen/${base}.json`, 'utf8')) as { url: string; reader: string; facts: unknown };
  const doc = mutateDocument(readFileSync(`test/fixtures-unseen/${base}.html`, 'utf8'), exp.url, name, exp.reader);
  expect(doc, `${name} changes ${base}`).not.toBeNull();
  const got = readPage(doc!, new URL(exp.url));
  return { expected: exp.facts, got: got?.facts ?? null, reader: got?.reader, expectedReader: exp.reader };
}

describe('a radio option’s <label> in an open dialog does not make the page the dialog (dom/field.ts computePageIsDialog)', () => {
  // Round fifty's 375 px SWAS detail under class-names-hashed: its rows are labelled by class only (swas-m-label), so
  // once hashed no label outside the upgrade sheet (role=dialog, aria-modal) was known by its markup, and the sheet's
  // plan choices, each a <label> around a radio, were taken for the fields of a page that IS the dialog: the sheet's
  // 到期时间 2027-06-30（不变） became the server's expiry (invented; the page's own is in a collapsed panel).
  const url = 'https://swas.console.aliyun.com/#/server/e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c/cn-beijing/dashboard';
  const row = (l: string, v: string) => `<div class="r7a"><span class="q2x">${l}</span><span class="v9k">${v}</span></div>`;
  const sheet = (choices: string) =>
    `<div class="w3n"><div class="b8d" aria-hidden="true"></div><div class="s5f" role="dialog" aria-modal="true" aria-label="升级套餐">` +
    `<div class="h1p">升级套餐</div>${row('当前套餐', '2核 2GB · 峰值带宽 200Mbps')}<div role="radiogroup">${choices}</div>` +
    `${row('升级后峰值带宽', '400Mbps')}${row('到期时间', '2027-06-30（不变）')}</div></div>`;
  const app =
    `<div class="t4g">服务器概览</div>${row('实例ID', 'e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c')}${row('地域和可用区', '华北2（北京）<br>可用区 H')}` +
    `${row('峰值带宽', '200Mbps')}<div class="p0c"><div class="h6t" role="button" aria-expanded="false">付费信息</div><div hidden>${row('到期时间', '2027-06-30')}</div></div>`;

  it('the sheet’s 到期时间 is no expiry of the server, its choices drawn as <label><input type=radio> or role=radio (before: 2027-06-30)', () => {
    for (const choices of [
      '<label class="k1"><input type="radio" checked> 2核 4GB · 峰值带宽 400Mbps · ¥ 96.00/月</label><label class="k1"><input type="radio"> 4核 8GB · ¥ 198.00/月</label>',
      '<input type="radio" id="p1" checked><label for="p1">2核 4GB · ¥ 96.00/月</label><input type="radio" id="p2"><label for="p2">4核 8GB · ¥ 198.00/月</label>',
      '<label class="k1"><input type="checkbox" checked> 同时升级系统盘</label>',
    ]) {
      const server = read(app, url, sheet(choices))?.facts.servers?.[0];
      expect([server?.id, server?.publicBandwidthMbps, server?.expiresAt], choices).toEqual(['e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c', 200, undefined]);
    }
  });

  it('guard: a page that is a dialog over an empty shell is still read from it, its field labels beside radio choices', () => {
    const app2 = '<div class="t4g">轻量应用服务器</div>';
    const dialog =
      `<div class="s5f" role="dialog" aria-modal="true" aria-label="服务器概览"><div class="h1p">服务器概览</div>${row('实例ID', 'e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c')}` +
      `<label class="k1"><input type="radio" checked> 自动续费</label><label>到期时间</label><span>2027-06-30</span></div>`;
    const server = read(app2, url, dialog)?.facts.servers?.[0];
    expect([server?.id, server?.expiresAt]).toEqual(['e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c', '2027-06-30']);
  });

  it('the pair: round fifty’s 375 px SWAS detail under class-names-hashed reads as expected', () => {
    const r = pair('aliyun/swas-instance-detail/zh-narrow-375-fusion-collapse-panels-billing-panel-collapsed-tab-bar-overview-config-monitor-sticky-bottom-renew-bar-price-upgrade-bottom-sheet-open-plan-options-two-line-dates', 'class-names-hashed');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});

describe('a line under a domain’s status tags explaining them is no status, the tags’ classes hashed (shared/text-values.ts explainsStatusTags)', () => {
  // Round forty-eight's rule knew the explaining line ("未完成实名认证，注册局暂停解析" under 续费宽限期 / serverHold) by the
  // tags before it, known as tags by their class. Hashed (antd 5 css-in-js, CSS modules), the tags are plain data and
  // the line's second clause became a status: 注册局暂停解析 (Tencent domain page), 注册局处理中 from "注册局处理中，预计 1
  // 个工作日" under 注册中 (Alibaba domain list). Invented. A line of its own, after a tag, one of its clauses a real-name
  // phrase or a note (预计 …, 剩余 N 天, a date), explains the tags.
  const tencentUrl = 'https://console.cloud.tencent.com/domain/info/haiyan-studio.cn';
  const item = (l: string, v: string) => `<div class="f1x"><div class="f2y"><label>${l}</label></div><div class="f3z"><div class="f4w">${v}</div></div></div>`;
  const tencent = (status: string) =>
    `<h2 class="h9">haiyan-studio.cn</h2><div class="c1"><h3>域名信息</h3><div class="f0">${item('域名', 'haiyan-studio.cn')}${item('域名状态', status)}` +
    `${item('注册商', '腾讯云计算（北京）有限责任公司')}${item('到期时间', '2026-11-18 23:59:59')}${item('域名所有者', '陈海晏')}</div></div>`;

  it('Tencent domain page: 续费宽限期 serverHold, then "未完成实名认证，注册局暂停解析" on a line of its own (before: 注册局暂停解析 a status)', () => {
    const d = read(tencent('<span class="t1">续费宽限期</span> <span class="t2">serverHold</span><div class="s7">未完成实名认证，注册局暂停解析</div>'), tencentUrl)?.facts.domains?.[0];
    expect([d?.domain, d?.status]).toEqual(['haiyan-studio.cn', ['续费宽限期', 'serverHold']]);
  });

  const aliyunUrl = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const row = (domain: string, status: string, expiry: string) =>
    `<tr class="r1"><td class="c2"><div class="w3"><a class="d4">${domain}</a></div></td><td class="c2"><div class="w3">${status}</div></td>` +
    `<td class="c2"><div class="w3"><span class="h5">杭州海晏文化传播有限公司</span></div></td><td class="c2"><div class="w3">${expiry}</div></td></tr>`;
  const aliyun = (rows: string) =>
    `<h2 class="p1">域名列表</h2><div class="t0"><table><thead><tr><th><div>域名</div></th><th><div>域名状态</div></th><th><div>域名持有者</div></th><th><div>到期日期</div></th></tr></thead><tbody>${rows}</tbody></table></div>`;

  it('Alibaba domain list: 注册中, then "注册局处理中，预计 1 个工作日" on a line of its own (before: 注册局处理中 a status)', () => {
    const domains = read(aliyun(row('haiyan-culture.com', '<span class="g6">正常</span>', '2027-08-14') + row('haiyan-books.cn', '<span class="g7">注册中</span><div class="n8">注册局处理中，预计 1 个工作日</div>', '-')), aliyunUrl)?.facts.domains;
    expect(domains?.map((d) => [d.domain, d.status])).toEqual([['haiyan-culture.com', ['正常']], ['haiyan-books.cn', ['注册中']]]);
  });

  it('guard: a status line alone, or one after a tag with no note in it, is still read', () => {
    const domains = read(aliyun(row('haiyan-culture.com', '<div class="n8">急需续费，剩余 5 天</div>', '2027-08-14') + row('haiyan-books.cn', '<span class="g7">正常</span><div class="n8">clientHold，serverHold</div>', '2027-09-01')), aliyunUrl)?.facts.domains;
    expect(domains?.map((d) => [d.domain, d.status])).toEqual([['haiyan-culture.com', ['急需续费']], ['haiyan-books.cn', ['正常', 'clientHold', 'serverHold']]]);
  });

  it('the pairs: round forty-eight’s Tencent domain page and round fifty-three’s Alibaba lifecycle list under class-names-hashed', () => {
    for (const base of [
      'tencent/domain-info/zh-tea-form-expired-grace-period-serverhold-tags-realname-review-failed-reasons-dash-verified-time-verification-records-table-failed-rows-redemption-note-renew-disabled-transfer-lock',
      'aliyun/domain-list/zh-fusion-lifecycle-domain-states-registering-dash-holder-pending-realname-review-failed-reason-grace-redemption-end-dates-transfer-out-hold-statuses-pending-delete-row-greyed',
    ]) {
      const r = pair(base, 'class-names-hashed');
      expect([r.reader, r.got], base).toEqual([r.expectedReader, r.expected]);
    }
  });
});

describe('a hint line giving an example after a clause, its noun before 示例, is help (dom/units.ts givesExampleMidway)', () => {
  // Round forty-nine's Tencent domain page of a passport holder under class-names-hashed (left open in session 40): the id
  // type's hint under its value, "外籍个人请使用护照，号码示例：G12345678", known as help by its class only, joined the id
  // type: "护照 外籍个人请使用护照,号码示例:G12345678" (a wrong value). Its example is named after a clause
  // (，号码示例：): a sentence giving an example, as "…，例如 …" is — help, whatever its class.
  const url = 'https://console.cloud.tencent.com/domain/info/smith-studio.cn';
  const item = (l: string, v: string) => `<div class="f1x"><div class="f2y"><label>${l}</label></div><div class="f3z">${v}</div></div>`;
  const page = (hint: string) =>
    `<h2 class="h9">smith-studio.cn</h2><div class="c1"><div class="c2">域名所有者</div><form class="f0">${item('域名', '<div class="v1">smith-studio.cn</div>')}` +
    `${item('域名所有者', '<div class="v1">Smith, John</div>')}${item('证件类型', `<div class="v1">护照</div>${hint}`)}${item('证件号码', '<div class="v1">E1234****</div>')}</form></div>`;

  it('the id type is 护照 under "外籍个人请使用护照，号码示例：G12345678" (before: the hint glued to it)', () => {
    for (const hint of ['<div class="h3">外籍个人请使用护照，号码示例：G12345678</div>', '<div class="h3">外籍个人请使用护照，证件号码示例：G12345678</div>', '<div class="h3">外籍个人请使用护照，格式示例: G12345678</div>']) {
      expect(read(page(hint), url)?.facts.domains?.[0]?.registrantIdType, hint).toBe('护照');
    }
  });

  it('guard: a value naming no example after its clause stays whole', () => {
    expect(read(page(''), url)?.facts.domains?.[0]?.registrantIdType).toBe('护照');
    // (示例 not opening an example — no colon after it —: the words are the value's)
    expect(read(page('').replace('<div class="v1">护照</div>', '<div class="v1">护照，号码示例区</div>'), url)?.facts.domains?.[0]?.registrantIdType).toBe('护照,号码示例区');
  });

  it('the pair: round forty-nine’s passport holder page under class-names-hashed', () => {
    const r = pair('tencent/domain-info/zh-tea-form-foreign-individual-owner-comma-name-passport-id-type-star-tail-mask-passport-example-help-domain-contact-resident-id-decoy-other-domains-table-closed-transfer-dialog', 'class-names-hashed');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});

describe('a hidden copy of an ARIA grid’s row or cell does not override the shown one (dom/table.ts inRowIndexOrder, placeCell)', () => {
  // Two TEA authorization-code grids under hidden-decoys (a hidden copy of a row before it, a hidden copy of a value
  // after it): the row copy gave an aria-rowindex twice, so a grid drawn out of DOM order was read in DOM order (the
  // codes of one instance swapped); the cell copy, a gridcell with the same aria-colindex, took its column's place, and
  // the instance's rows were read with a hidden id (both rows of ins-gz8m2k4p lost).
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const cell = (col: number, v: string, extra = '') => `<div role="gridcell" aria-colindex="${col}"${extra}>${v}</div>`;
  const row = (index: number, code: string, id: string, account: string, status: string, attrs = '', idCopy = '') =>
    `<div role="row" aria-rowindex="${index}"${attrs}>${cell(1, code)}${cell(2, id.startsWith('lhins') ? '轻量应用服务器' : '云服务器')}${cell(3, id)}${idCopy}` +
    `${cell(4, id.startsWith('lhins') ? '上海' : '广州')}${cell(5, account)}${cell(6, status)}</div>`;
  const grid = (rows: string) =>
    `<h2>备案授权码</h2><div role="grid" aria-label="备案授权码列表" aria-rowcount="24"><div role="rowgroup"><div role="row" aria-rowindex="1">` +
    ['授权码', '资源类型', '实例ID', '地域', '授权使用账户', '状态'].map((h, i) => `<div role="columnheader" aria-colindex="${i + 1}">${h}</div>`).join('') +
    `</div></div><div role="rowgroup">${rows}</div></div>`;
  const codes = (html: string) => read(html, url)?.facts.servers?.map((s) => [s.id, s.authorizationCodes?.map((c) => c.code)]);

  it('rows drawn in aria-rowindex order, a hidden stale copy of one beside it (before: DOM order)', () => {
    const a = row(3, 'BA6H8J0K2L4Z6X8C', 'ins-nj7d3f5h', '100044556600', '使用中');
    const b = row(2, 'BA3S5D7F9G1H3J5K', 'ins-nj7d3f5h', '100081357924', '已使用');
    const stale = row(3, 'BA9K1M3N5P7Q9R1S', 'ins-nj0g6i8k', '100077889933', '未使用', ' hidden');
    const expected = [['ins-nj7d3f5h', ['BA3S5D7F9G1H3J5K', 'BA6H8J0K2L4Z6X8C']]];
    expect(codes(grid(a + b))).toEqual(expected);
    expect(codes(grid(stale + a + b))).toEqual(expected);
  });

  it('a hidden copy of the instance cell with the same aria-colindex (before: the rows lost)', () => {
    const copy = cell(3, 'ins-gz1m5k7p', ' style="display:none"');
    const rows = row(11, 'BA7C3V9B1N5M7Q2W', 'ins-gz8m2k4p', '100045671234', '已使用', '', copy) + row(12, 'BA3E5R7T9Y1U3I5O', 'ins-gz8m2k4p', '100098765432', '使用中', '', copy) +
      row(13, 'BA6Z8X0C2V4B6N8M', 'lhins-sh5p7r9t', '100098765432', '未使用');
    expect(codes(grid(rows))).toEqual([['ins-gz8m2k4p', ['BA7C3V9B1N5M7Q2W', 'BA3E5R7T9Y1U3I5O']], ['lhins-sh5p7r9t', ['BA6Z8X0C2V4B6N8M']]]);
  });

  it('the pairs: the two TEA authorization-code grids under hidden-decoys', () => {
    for (const base of [
      'tencent/beian-authcode/zh-aria-grid-cells-out-of-dom-order-colindex-absolute-left-horizontal-virtual-columns-hovered-row-tooltip-portal-other-code-account-menu-open',
      'tencent/beian-authcode/zh-tea-aria-grid-rowcount-window-rows-11-to-14-of-23-reduced-motion-static-skeleton-rows-busy-live-region-loaded-count-copied-code-toast-focus-ring-row-forced-colors-only-status-icons-aria-hidden-big-quota-skip-link',
    ]) {
      const r = pair(base, 'hidden-decoys');
      expect([r.reader, r.got], base).toEqual([r.expectedReader, r.expected]);
    }
  });
});

describe('a bold phrase opening a sentence that runs on titles no box (dom/titled-box.ts boldFirstLine)', () => {
  // Round fifty-three's Tencent English domain page under class-names-hashed: its notice opens with a bold phrase,
  // "<p><b>Ownership transfer under review.</b> Submitted on … <a>View progress</a></p>". With the cards' header classes
  // hashed, that phrase was the only title before every field, and its word transfer (a notUnder word of the domain
  // page's fields) made all of them another subject's: the page read null (every fact lost).
  const url = 'https://console.cloud.tencent.com/domain/info/lanting-r47.com';
  const item = (l: string, v: string) => `<div class="f1x"><div class="f2y"><label>${l}</label></div><div class="f3z"><div class="v1">${v}</div></div></div>`;
  const page = (notice: string) =>
    `<h2>lanting-r47.com</h2><div class="n1" role="status">${notice}</div><div class="c1"><div class="c2">Basic Information</div><div class="f0">` +
    `${item('Domain Name', 'lanting-r47.com')}${item('Registrar', 'Tencent Cloud Computing (Beijing) Co., Ltd.')}${item('Expiration Time', '2027-05-18 10:41:02')}` +
    `${item('Domain Owner', '林雨亭')}</div></div>`;

  it('the fields under "<b>Ownership transfer under review.</b> Submitted on …" are the page’s (before: null)', () => {
    const d = read(page('<p><b>Ownership transfer under review.</b> Submitted on 2026-12-04 15:08. <a>View progress</a> <a>Cancel transfer</a></p>'), url)?.facts.domains?.[0];
    expect([d?.domain, d?.registrantName, d?.expiresAt]).toEqual(['lanting-r47.com', '林雨亭', '2027-05-18']);
  });

  it('guard: a bold line of its own still titles the box after it (a transfer card’s fields are not the page’s)', () => {
    const transfer = `<div class="c1"><b>Ownership Transfer</b><div class="f0">${item('Domain Owner', '杭州兰亭文化传媒有限公司')}</div></div>`;
    const html = page('').replace(`${item('Domain Owner', '林雨亭')}</div></div>`, `</div></div>${transfer}`);
    expect(read(html, url)?.facts.domains?.[0]?.registrantName).toBeUndefined();
  });

  it('the pair: round fifty-three’s English renew-dialog domain page under class-names-hashed', () => {
    const r = pair('tencent/domain-info/en-intl-tea-renew-dialog-open-renewal-period-select-current-and-after-renewal-expiration-price-per-years-ownership-transfer-under-review-new-owner-card-business-license-pending-template-auto-renew-off', 'class-names-hashed');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});

describe('an ECS list’s billing mode drawn as a focusable tag, its class hashed, is the row’s mode (aliyun/ecs-instance-list.ts billingOfFocusableTag)', () => {
  // Fusion draws every tag focusable, <div class="next-tag" role="button" tabindex="0">包年包月</div>. Hashed, nothing said
  // it was a tag and its role read it as an action: every row of the locked-columns ECS list lost its billing.
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
  const tag = (w: string) => `<div class="k3" tabindex="0" role="button"><span class="k4">${w}</span></div>`;
  const row = (id: string, billing: string) =>
    `<tr class="r1"><td class="c1"><a href="#/server/${id}/detail">${id}</a></td><td class="c1">杭州 可用区I</td><td class="c1">${billing}</td></tr>`;
  const list = (rows: string) =>
    `<h1 class="t1">实例</h1><table><thead><tr><th>实例ID/名称</th><th>可用区/地域</th><th>付费方式</th></tr></thead><tbody>${rows}</tbody></table>`;

  it('包年包月 / 按量付费 drawn as role=button tags (before: no billing)', () => {
    const servers = read(list(row('i-bp1nxlock0fusion01', `<div>${tag('包年包月')}<div class="m1">2027-03-01 23:59 到期</div></div>`) + row('i-bp1nxlock0fusion03', `<div>${tag('按量付费')}<div class="m1">2026-10-08 14:22 创建</div></div>`)), url)?.facts.servers;
    expect(servers?.map((s) => [s.id, s.billing, s.expiresAt])).toEqual([['i-bp1nxlock0fusion01', 'subscription', '2027-03-01'], ['i-bp1nxlock0fusion03', 'payg', undefined]]);
  });

  it('guard: a 转包年包月 action drawn so, or a link, is no billing mode', () => {
    const servers = read(list(row('i-bp1nxlock0fusion03', `<div>${tag('转包年包月')}</div>`) + row('i-bp1nxlock0fusion04', '<a role="button">包年包月</a>')), url)?.facts.servers;
    expect(servers?.map((s) => [s.id, s.billing])).toEqual([['i-bp1nxlock0fusion03', undefined], ['i-bp1nxlock0fusion04', undefined]]);
  });

  it('the pair: the Fusion locked-columns ECS list under class-names-hashed', () => {
    const r = pair('aliyun/ecs-instance-list/zh-lib-fusion-locked-columns-selection-help-icons-tags', 'class-names-hashed');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});

describe('text drawn for screen readers only by the page’s sheet, its class hashed, is still such text (dom/visibility.ts screenReaderOnly)', () => {
  // A stat card drawn large and aria-hidden, its words said by a screen-reader-only copy beside it (峰值带宽 over
  // <div aria-hidden>200<small>Mbps</small></div><span class="sr-only">峰值带宽 200 Mbps</span>): the figure is on screen
  // because the copy says it. Hashed, the copy's class named nothing and the figure was hidden: round fifty's SWAS
  // detail at 175 % zoom read the next card's title as the bandwidth's value and lost it; the Tencent dark-theme CVM
  // detail lost its bandwidth alike.
  const url = 'https://swas.console.aliyun.com/#/server/7e3a91c0d25b4f6e8a1c3b5d7f902e4a/cn-hangzhou/dashboard';
  const style = (srOnly: string) => `.x9q { ${srOnly} } .b2 { font-size: 28px; }`;
  const card = (title: string, big: string, said: string) => `<div class="c4"><div class="t5">${title}</div><div class="b2" aria-hidden="true">${big}</div><span class="x9q">${said}</span></div>`;
  const app =
    `<h1>服务器概览</h1><div class="r3">${card('剩余有效期', '103<small>天</small>', '剩余有效期 103 天')}${card('峰值带宽', '200<small>Mbps</small>', '峰值带宽 200 Mbps')}` +
    `${card('本月流量', '38.2<small>GB</small>', '本月已用流量 38.2 GB')}</div><div class="k1"><div class="k2">实例ID</div><div class="k3">7e3a91c0d25b4f6e8a1c3b5d7f902e4a</div></div>` +
    `<div class="k1"><div class="k2">地域和可用区</div><div class="k3">华东1（杭州） 可用区 J</div></div>`;

  it('the stat card’s figure under sr-only rules drawn by a hashed class (before: no bandwidth)', () => {
    for (const srOnly of [
      'position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;',
      'position: absolute; clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden;',
    ]) {
      expect(read(app, url, '', style(srOnly))?.facts.servers?.[0]?.publicBandwidthMbps, srOnly).toBe(200);
    }
  });

  it('guard: a copy hidden otherwise (display: none) does not show the aria-hidden figure', () => {
    expect(read(app, url, '', style('display: none;'))?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });

  it('the pairs: the SWAS 175 % zoom detail and the Tencent dark-theme CVM detail under class-names-hashed', () => {
    for (const base of [
      'aliyun/swas-instance-detail/zh-browser-zoom-175-media-query-stacked-labels-above-values-wide-table-hidden-pre-line-wrapped-label-text-scale-cut-expiry-title-aria-hidden-big-stat-copies-skip-link-live-region',
      'tencent/cvm-instance-detail/en-intl-tea-dark-theme-body-attr-expiring-word-only-in-dark-forced-colors-only-text-aria-hidden-big-stat-cards-sr-copies-aria-describedby-hidden-tooltip-visible-help-other-bandwidth-text-scale-cut-region-title-skip-link',
    ]) {
      const r = pair(base, 'class-names-hashed');
      expect([r.reader, r.got], base).toEqual([r.expectedReader, r.expected]);
    }
  });
});

describe('a table’s header cells written for screen readers only name their columns, their class hashed or an icon in them (dom/table.ts headerIconName)', () => {
  // Round forty-nine's Alibaba English holder page draws its registrant table's header row for screen readers only
  // (<th class="sr-only">Registrant</th> …). Its class hashed (the sheet still clipping it), or a help icon put in each
  // cell (<svg><title>Help</title></svg>, <i role="img" aria-label="question-circle"><span class="sr-only">查看帮助 Help</span></i>),
  // the cells named no column ("Registrant Help"), and the page read null.
  const url = 'https://dc.console.alibabacloud.com/next/index#/domain/details/info?domain=harborlight-media.com';
  const style = '.q7 { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }';
  const table = (th: (words: string) => string) =>
    `<h2>harborlight-media.com</h2><div class="c1"><table class="t2"><thead><tr>${['Registrant', 'Certificate Type', 'Certificate No.', 'Real-name Verification'].map(th).join('')}</tr></thead>` +
    '<tbody><tr><td>Harborlight Media (Xiamen) Co., Ltd.</td><td>Unified Social Credit Code</td><td>9135**********8K2L</td><td><span class="g1">Verified</span></td></tr></tbody></table></div>' +
    '<form class="c1" aria-label="Basic Information"><label for="f-registrar">Registrar</label> <input id="f-registrar" readonly value="Alibaba Cloud Computing Ltd. d/b/a HiChina (www.net.cn)"></form>';

  it('the registrant is read (before: null)', () => {
    for (const th of [
      (w: string) => `<th scope="col" class="q7">${w}</th>`,
      (w: string) => `<th scope="col" class="sr-only">${w}<svg class="icon" role="img" viewBox="0 0 16 16"><title>Help</title><path d="M4 4h8v8H4z"></path></svg></th>`,
      (w: string) => `<th scope="col" class="sr-only">${w}<i class="anticon" role="img" aria-label="question-circle"><span class="sr-only">查看帮助 Help</span></i></th>`,
    ]) {
      const d = read(table(th), url, '', style)?.facts.domains?.[0];
      expect([d?.registrantName, d?.registrantIdType, d?.realNameVerified], th('X')).toEqual(['Harborlight Media (Xiamen) Co., Ltd.', 'Unified Social Credit Code', true]);
    }
  });

  it('the pairs: round forty-nine’s English holder page under class-names-hashed, help-icon-in-label and svg-icons-with-titles', () => {
    for (const m of ['class-names-hashed', 'help-icon-in-label', 'svg-icons-with-titles']) {
      const r = pair('aliyun/domain-holder/en-antd-sr-only-caption-and-header-row-registrant-table-label-for-legend-far-from-readonly-inputs-abbr-exp-describedby-hint-other-company-related-domain-aria-label-other-record-aria-hidden-days-card', m);
      expect([r.reader, r.got], m).toEqual([r.expectedReader, r.expected]);
    }
  });
});

describe('vertical descriptions drawn as an ARIA grid: a row of column headers, a row of values, again (dom/field.ts, aliyun/filing-values.ts)', () => {
  // antd's vertical Descriptions drawn as a role=grid (the held-out pages under table-to-div-grid): each row of column
  // headers labels the row of values under it. The value below a header was refused when another row followed (a list
  // has more value rows), so every field after the first row was lost (the ECS detail's bandwidth, the SWAS cards'
  // region and bandwidth), and the Alibaba holder reader took every header for a list's column (the page read null).
  const grid = (pairs: Array<[string, string]>) => {
    let rows = '';
    for (let i = 0; i < pairs.length; i += 3) {
      const part = pairs.slice(i, i + 3);
      rows += `<div role="row">${part.map(([l]) => `<div role="columnheader"><span class="l1">${l}</span></div>`).join('')}</div>`;
      rows += `<div role="row">${part.map(([, v]) => `<div role="gridcell"><span class="v1">${v}</span></div>`).join('')}</div>`;
    }
    return `<div class="d1"><div role="grid"><div role="rowgroup">${rows}</div></div></div>`;
  };

  it('an ECS detail: the bandwidth in a pair of rows before the last (before: none)', () => {
    const url = 'https://ecs.console.aliyun.com/server/i-bp1vgrid00000000a1/detail?regionId=cn-hangzhou';
    const html = `<h2>实例详情</h2>${grid([['实例ID', 'i-bp1vgrid00000000a1'], ['公网带宽', '10 Mbps'], ['地域', '华东1（杭州）'], ['付费类型', '包年包月'], ['到期时间', '2027-06-30 23:59:59'], ['状态', '运行中']])}`;
    const s = read(html, url)?.facts.servers?.[0];
    expect([s?.id, s?.expiresAt, s?.publicBandwidthMbps]).toEqual(['i-bp1vgrid00000000a1', '2027-06-30', 10]);
  });

  it('an Alibaba holder page: its fields (before: null)', () => {
    const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=linxiaoyu.net';
    const html = `<h1>linxiaoyu.net 基本信息</h1>${grid([['域名', 'linxiaoyu.net'], ['域名状态', '正常'], ['域名持有者（中文）', '林晓雨'], ['证件类型', '身份证'], ['证件号码', '4101**********1234'], ['到期时间', '2028-08-01 23:59:59']])}`;
    const d = read(html, url)?.facts.domains?.[0];
    expect([d?.domain, d?.registrantName, d?.registrantIdType, d?.expiresAt]).toEqual(['linxiaoyu.net', '林晓雨', '身份证', '2028-08-01']);
  });

  it('guard: a list drawn as a grid (one header row, value rows after it) is no descriptions', () => {
    const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=linxiaoyu.net';
    const list = `<h1>linxiaoyu.net 基本信息</h1><div role="grid"><div role="row"><div role="columnheader">域名</div><div role="columnheader">域名持有者</div></div>` +
      '<div role="row"><div role="gridcell">linxiaoyu.net</div><div role="gridcell">林晓雨</div></div><div role="row"><div role="gridcell">lin-shop.cn</div><div role="gridcell">杭州林氏商贸有限公司</div></div></div>';
    expect(read(list, url)?.facts.domains?.[0]?.registrantName).toBeUndefined();
  });

  it('the pairs under table-to-div-grid', () => {
    for (const base of [
      'aliyun/domain-holder/zh-lib-antd5-descriptions-vertical-unverified-alert',
      'aliyun/ecs-instance-detail/zh-descriptions-vertical-bordered',
      'aliyun/swas-instance-list/en-cards-vertical-descriptions',
    ]) {
      const r = pair(base, 'table-to-div-grid');
      expect([r.reader, r.got], base).toEqual([r.expectedReader, r.expected]);
    }
  });
});

describe('a stacked domain list’s cell opening with a copy of its column’s label, its class hashed (aliyun/domain-list.ts withoutLabelCopy)', () => {
  // The narrow English Alibaba domain list draws each cell as "label value" (<span class="dm-label-copy">Real-name
  // Verification</span> Verified), its header row clipped for screen readers. Hashed, "Real-name Verification Verified"
  // said no state: both real-name states were lost.
  const url = 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain';
  const row = (domain: string, realName: string) =>
    `<tr><td><span class="q1">Domain Name</span> <a>${domain}</a></td><td><span class="q1">Real-name Verification</span> ${realName}</td><td><span class="q1">Expiration Date</span> 2027-03-20</td></tr>`;
  const list = (rows: string) =>
    `<h2>Domain List</h2><table class="s1"><thead><tr><th>Domain Name</th><th>Real-name Verification</th><th>Expiration Date</th></tr></thead><tbody>${rows}</tbody></table>`;

  it('Verified / Not Verified after the label copy (before: none)', () => {
    const domains = read(list(row('harborlight-media.com', '<span class="d1"></span>Verified') + row('harborlight.net', '<span class="d2"></span>Not Verified <a href="#">Verify</a>')), url)?.facts.domains;
    expect(domains?.map((d) => [d.domain, d.realNameVerified])).toEqual([['harborlight-media.com', true], ['harborlight.net', false]]);
  });

  it('the pair: the narrow English domain list under class-names-hashed', () => {
    const r = pair('aliyun/domain-list/en-intl-narrow-stacked-table-td-before-data-label-visually-hidden-thead-visible-label-copies-row-accordion-show-details-closed-cut-expiry-title-only-renew-action-sheet-open-product-drawer-open', 'class-names-hashed');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});

describe('a card titled with a label over its own row so labelled, the title’s class hashed, is no value of the title (dom/field.ts opensWithLabelAgain)', () => {
  // The Tencent partial-failure CVM detail under class-names-hashed: a card titled 弹性公网IP over its rows 弹性公网IP N/A /
  // 带宽上限 N/A. Hashed, the title was found first as the label, its value the card's whole list — no address, nor "none"
  // — and the row's N/A (no public address: bandwidth 0) was lost.
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=4&id=ins-r43shx99';
  const li = (l: string, v: string) => `<li class="i1"><div class="l2">${l}</div><div class="v3">${v}</div></li>`;
  const card = (title: string, rows: string) => `<div class="c4"><div class="t5">${title}</div><ul class="f6">${rows}</ul></div>`;
  const page = (eip: string) =>
    `<h2>ins-r43shx99</h2>${card('基本信息', li('实例ID', 'ins-r43shx99') + li('地域', '上海') + li('实例计费模式', '包年包月'))}${card('弹性公网IP', eip)}`;

  it('弹性公网IP N/A under the card titled 弹性公网IP gives bandwidth 0 (before: none)', () => {
    const s = read(page(li('弹性公网IP', 'N/A') + li('带宽上限', 'N/A')), url)?.facts.servers?.[0];
    expect([s?.id, s?.billing, s?.publicBandwidthMbps]).toEqual(['ins-r43shx99', 'subscription', 0]);
  });

  it('guard: an address in the row is read as such', () => {
    const s = read(page(li('弹性公网IP', '118.89.43.2') + li('带宽上限', '5Mbps')), url)?.facts.servers?.[0];
    expect(s?.publicBandwidthMbps).toBe(5);
  });

  it('the pair: the partial-failure CVM detail under class-names-hashed', () => {
    const r = pair('tencent/cvm-instance-detail/zh-tea-partial-failure-network-card-data-fetch-error-retry-placeholder-dashes-expiry-retry-spinner-over-last-value-monitor-error-boundary-other-instance-offline-banner-rate-limit-toast-eip-card-na', 'class-names-hashed');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});
