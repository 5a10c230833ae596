import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { filingItem, filingSteps, read, teaItem } from '../helpers/console-pages';
import { htmlToDocument } from '../../src/cli/html-document';
import { mutateDocument } from './markup-mutations';

/**
 * Held-out pages × markup mutations, the tail again (session 49): the pairs of /work/notes/hm48-broken.txt, listed with
 * their causes in test/fixtures-unseen/README.md "Held-out pages × mutations, the tail again (session 49)". Each case
 * failed before its fix: a small page built for it, and the pair itself.
 */

/** The held-out page `base` (path without extension) under mutation `name`, read: its expected facts and what is read. */
function pair(base: string, name: string) {
  const exp = JSON.parse(readFileSync(`test/fixtures-unseen/${base}.json`, 'utf8')) as { url: string; reader: string; facts: unknown };
  const doc = mutateDocument(readFileSync(`test/fixtures-unseen/${base}.html`, 'utf8'), exp.url, name, exp.reader);
  expect(doc, `${name} changes ${base}`).not.toBeNull();
  const got = readPage(doc!, new URL(exp.url));
  return { expected: exp.facts, got: got?.facts ?? null, reader: got?.reader, expectedReader: exp.reader };
}

describe('a domain row tagged 已移除 after its input is no domain of the website, its strike-through lost with the sheet (aliyun/beian-form.ts removedByRowWord)', () => {
  // The access-filing page lists the website's domains one input a row; a removed one is kept, its input disabled and
  // struck through by a rule of the sheet (.is-removed input { text-decoration: line-through }), a tag 已移除 and an
  // 撤销 link after it. Without the sheet (a page saved as HTML only: stylesheet-removed) nothing was struck and
  // nanfeng-print.net was read as one of the website's domains (invented); the tag still says it.
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base&type=access';
  const row = (d: string, after: string, cls = '') =>
    `<div class="domain-row${cls}"><span class="next-input"><input aria-label="网站域名" value="${d}"${cls ? ' disabled' : ''}></span>${after}</div>`;
  const form = (rows: string) =>
    `${filingSteps(0)}<form class="next-form">${filingItem('备案省份', '<span class="next-select"><em>广东省</em></span>')}` +
    `${filingItem('网站域名', `${rows}<button type="button" class="next-btn next-btn-text">+ 添加域名</button>`)}</form>`;

  it('the row 已移除 / Removed after the disabled input (before: nanfeng-print.net among the domains)', () => {
    for (const tag of ['<span class="next-tag">已移除</span><a>撤销</a>', '<span class="t">已删除</span>', '<span class="t">Removed</span> <a>Undo</a>']) {
      const rows = row('nanfeng-print.com', '<a>删除</a>') + row('nanfeng-print.net', tag, ' is-removed') + row('nanfeng-print.cn', '<a>删除</a>');
      expect(read(form(rows), url)?.facts.websites?.[0]?.domains, tag).toEqual(['nanfeng-print.com', 'nanfeng-print.cn']);
    }
  });

  it('guard: a row whose link is 删除 (an action, nothing removed yet) keeps its domain', () => {
    const rows = row('nanfeng-print.com', '<a>删除</a>') + row('nanfeng-print.net', '<a>删除</a>');
    expect(read(form(rows), url)?.facts.websites?.[0]?.domains).toEqual(['nanfeng-print.com', 'nanfeng-print.net']);
  });

  it('the pair: the access-filing page with a removed domain row under stylesheet-removed', () => {
    const r = pair('aliyun/beian-server/zh-access-filing-from-other-provider-filed-website-number-domain-rows-one-removed-struck-instance-radio-table-three-ecs-service-number-select', 'stylesheet-removed');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});

describe('an id drawn in wrap chunks with its copy link right after it is one id, the link no part of it (dom/glue.ts linePieces)', () => {
  // Round fifty-one's half-translated ECS detail under wrapped-break-chunks: its Instance ID drawn in two chunks and a
  // <wbr>, the Copy link right after them (no space: React writes none). The link made the value no "line" (an <a> is
  // no inline text box), so each chunk was matched alone: "i-bp1halfe" an id of its own, the box around it every field
  // of the page — another instance's record: the page read null.
  const url = 'https://ecs.console.aliyun.com/server/i-bp1halfen00000000b1/detail';
  const row = (l: string, v: string) => `<div class="next-col"><span class="item-label">${l}</span><span class="item-value">${v}</span></div>`;
  const app = (idValue: string) =>
    `<div class="breadcrumb"><a>ECS</a> / <span>i-bp1halfen00000000b1</span></div><div class="tabs-content"><section><h3>Basic Information</h3>` +
    `<div class="next-row">${row('Instance ID', idValue)}${row('Region', 'China (Hangzhou)')}</div></section><section><h3>Billing</h3>` +
    `<div class="next-row">${row('付费方式', '包年包月')}${row('到期时间', '2027年12月6日 23:59:59')}</div></section></div>`;
  const facts = (idValue: string) => { const s = read(app(idValue), url)?.facts.servers?.[0]; return [s?.id, s?.region, s?.billing, s?.expiresAt]; };
  const expected = ['i-bp1halfen00000000b1', 'cn-hangzhou', 'subscription', '2027-12-06'];

  it('the chunked id, a Copy link or a 复制 button right after it (before: null)', () => {
    expect(facts('<span>i-bp1halfe</span><wbr><span>n00000000b1</span><a class="copy">Copy</a>')).toEqual(expected);
    expect(facts('<span>i-bp1halfe</span><wbr><span>n00000000b1</span><button>复制</button>')).toEqual(expected);
  });

  it('guard: the chunked id alone, or whole with a space before its link, reads as before', () => {
    expect(facts('<span>i-bp1halfe</span><wbr><span>n00000000b1</span>')).toEqual(expected);
    expect(facts('i-bp1halfen00000000b1 <a class="copy">Copy</a>')).toEqual(expected);
  });

  it('the pair: round fifty-one’s half-translated ECS detail under wrapped-break-chunks', () => {
    const r = pair('aliyun/ecs-instance-detail/en-half-translated-english-chrome-and-headings-zh-field-labels-and-values-same-host-language-switch-en-tooltip-other-date', 'wrapped-break-chunks');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});

describe('a TEA filing form’s server id drawn in pieces inside its link is in the line around the link (tencent/beian-form.ts inlineLine)', () => {
  // Round fifty-nine's filing website step: 对应云服务 shows "云服务器 <a>ins-7t3w9k2d</a>（广州六区 | 43.139.57.201）". Under
  // wrapped-break-chunks the id is drawn in two spans and a <wbr> inside the link, under translation-font-wrappers in
  // Chrome's two <font> boxes: the id's line stopped at the link (no inline box), so it was the id alone and the
  // server's region (广州六区) was lost.
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261206000372/website';
  const item = (label: string, control: string) =>
    `<div class="tea-form__item"><div class="tea-form__label is-required"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
  const form = (link: string) =>
    `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">网站信息</h3></div><div class="tea-card__body"><div class="tea-form">` +
    item('网站名称', '<input type="text" class="tea-input" value="山海茶业官网">') + item('网站域名', '<span class="tea-form__text">shanhai-tea.com</span>') +
    item('对应云服务', `<span class="tea-form__text">云服务器 <a href="/cvm/instance/detail?id=ins-7t3w9k2d">${link}</a>（广州六区 | 43.139.57.201）</span>`) + '</div></div></div>';
  const server = (link: string) => {
    const doc = htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${form(link)}</body></html>`, url);
    return readPage(doc, new URL(url))?.facts.servers?.[0];
  };
  const font = (t: string) => `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${t}</font></font>`;

  it('the id in wrap chunks or in <font> boxes inside the link: region ap-guangzhou (before: none)', () => {
    for (const link of ['<span>ins-7t</span><wbr><span>3w9k2d</span>', font('ins-7t3w9k2d')]) expect([server(link)?.id, server(link)?.region], link).toEqual(['ins-7t3w9k2d', 'ap-guangzhou']);
  });

  it('guard: the id as the link’s text reads as before', () => {
    expect([server('ins-7t3w9k2d')?.id, server('ins-7t3w9k2d')?.region]).toEqual(['ins-7t3w9k2d', 'ap-guangzhou']);
  });

  it('the pairs: round fifty-nine’s filing website step under wrapped-break-chunks and translation-font-wrappers', () => {
    for (const m of ['wrapped-break-chunks', 'translation-font-wrappers']) {
      const r = pair('tencent/beian-form/zh-console-shell-tea-first-filing-website-step-organization-summary-card-site-form-cvm-service-principal-masked-help-panel', m);
      expect([r.reader, r.got], m).toEqual([r.expectedReader, r.expected]);
    }
  });
});

describe('an ARIA grid’s cells are a table’s: no section title, no form field in a list’s record (aliyun/beian-form.ts NOT_A_TITLE, aliyun/filing-values.ts inAriaListRow)', () => {
  // The antd change-entity page under table-to-div-grid: its 原备案信息 card's descriptions drawn as a grid (rowheader |
  // gridcell rows) made the row header 主体负责人 a section title, so the 变更后信息 form after it was the principal's
  // and the entity step read nothing (null). Once mended, its 变更记录 grid's cell "网站名称：云栖面料 → 云栖面料在线"
  // gave a website (invented): a <td> under a header row was known as a list's record, a gridcell was not.
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity&changeType=changeEntity';
  const gridRow = (l: string, v: string) => `<div role="row"><div role="rowheader">${l}</div><div role="gridcell">${v}</div></div>`;
  const former =
    `<div class="c1"><div class="c2">原备案信息 <span>（只读）</span></div><div class="c3"><div role="grid"><div role="rowgroup">` +
    `${gridRow('备案省份', '浙江省')}${gridRow('主办单位名称', '宁波云栖纺织品有限公司')}${gridRow('主办单位证件类型', '组织机构代码证')}${gridRow('主体负责人', '周*明')}</div></div></div></div>`;
  const form =
    `<div class="c1"><div class="c2">变更后信息</div><div class="c3"><form class="next-form">${filingItem('备案省份', '<span class="next-select"><em>浙江省</em></span>')}` +
    `${filingItem('主办单位性质', '<span class="next-select"><em>企业</em></span>')}${filingItem('主办单位名称', '<span class="next-input"><input value="杭州云栖织造科技有限公司"></span>')}` +
    `${filingItem('主办单位证件号码', '<span class="next-input"><input value="9133**********2K7X"></span>')}</form></div></div>`;
  const history =
    `<div class="c1"><div class="c2">变更记录</div><div role="grid"><div role="rowgroup"><div role="row"><div role="columnheader">订单号</div><div role="columnheader">变更类型</div>` +
    `<div role="columnheader">变更内容</div></div></div><div role="rowgroup"><div role="row"><div role="gridcell">20261201004410</div><div role="gridcell">变更网站</div>` +
    `<div role="gridcell">网站名称：云栖面料 → 云栖面料在线</div></div></div></div></div>`;
  const entity = { type: 'organization', name: '杭州云栖织造科技有限公司', idNumber: '9133**********2K7X', province: '浙江省' };

  it('the 原备案信息 grid’s row header 主体负责人 titles nothing: the form after it is the entity’s (before: null)', () => {
    expect(read(former + form, url)?.facts).toEqual({ version: 1, entity });
  });

  it('the 变更记录 grid’s "网站名称：… → …" is that order’s record, no website (before: 云栖面料 → 云栖面料在线 a website’s name)', () => {
    expect(read(form + history, url)?.facts).toEqual({ version: 1, entity });
  });

  it('the pair: the antd change-entity page under table-to-div-grid', () => {
    const r = pair('aliyun/beian-entity/zh-antd-change-entity-original-filing-card-before-editable-card-old-id-type-organization-code-old-name-entity-filing-number-filed-websites-status-tags-cancelled-reviewing-number-lookup-result-other-entity-change-history-progress', 'table-to-div-grid');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});

describe('a filing form’s 产品验证 row of read-only inputs drawn as an ARIA grid is no service-number list (aliyun/beian-service-numbers.ts serviceTable)', () => {
  // The verify-table base step under table-to-div-grid: its 产品验证 table (产品类型 | 实例ID | 地域 | 备案服务号, one row of
  // read-only inputs) is one record across, known so of a <table> (isOneRecordAcross); as a grid it made the page the
  // service-number list, read by that reader: its server only, the entity and the website lost.
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  const ro = (v: string, l: string) => `<input class="next-input-inner" readonly value="${v}" aria-label="${l}">`;
  const verify = (rowOf: (cells: string[]) => string, head: string) =>
    `<h3 class="section-title">产品验证</h3><div role="grid"><div role="rowgroup">${head}</div><div role="rowgroup">` +
    rowOf([ro('云服务器ECS', '产品类型'), ro('i-2zelujiang00000001', '实例ID'), ro('华北2（北京）', '地域'), ro('3502021357', '备案服务号'), '<a>重新验证</a>']) + '</div></div>';
  const head = '<div role="row">' + ['产品类型', '实例ID', '地域', '备案服务号', '操作'].map((h) => `<div role="columnheader">${h}</div>`).join('') + '</div>';
  const row = (cells: string[]) => `<div role="row">${cells.map((c) => `<div role="gridcell">${c}</div>`).join('')}</div>`;
  const form =
    `${filingSteps(0)}<h3 class="section-title">基础信息</h3><form class="next-form">${filingItem('主办单位所属区域', '<span class="next-select"><em>福建省 / 厦门市 / 思明区</em></span>')}` +
    `${filingItem('主办单位性质', '<span class="next-select"><em>企业</em></span>')}${filingItem('网站域名', '<span class="next-input"><input readonly value="lujiang-design.cn"></span>')}</form>`;

  it('the grid’s one row of read-only inputs: the form’s website and server (before: the service-number list’s server only)', () => {
    const r = readPage(htmlToDocument(`<!DOCTYPE html><html><body><div id="app">${form}${verify(row, head)}</div></body></html>`, url), new URL(url));
    expect([r?.reader, r?.facts.websites]).toEqual(['aliyun-beian-server', [{ domains: ['lujiang-design.cn'], serverId: 'i-2zelujiang00000001', serviceNumber: '3502021357' }]]);
  });

  it('guard: a service-number list drawn as a grid, one row of text, is still the list', () => {
    const listUrl = 'https://beian.aliyun.com/pcContainer/serviceNumberList';
    const listHead = '<div role="row">' + ['实例ID/名称', '产品类型', '已使用/总数'].map((h) => `<div role="columnheader">${h}</div>`).join('') + '</div>';
    const body = `<h2>备案服务号管理</h2><div role="grid"><div role="rowgroup">${listHead}</div><div role="rowgroup">${row(['i-2zelujiang00000001', '云服务器ECS', '1 / 5'])}</div></div>`;
    const r = readPage(htmlToDocument(`<!DOCTYPE html><html><body><div id="app">${body}</div></body></html>`, listUrl), new URL(listUrl));
    expect([r?.reader, r?.facts.servers?.[0]?.id]).toEqual(['aliyun-beian-service-numbers', 'i-2zelujiang00000001']);
  });

  it('the pair: the verify-table base step under table-to-div-grid', () => {
    const r = pair('aliyun/beian-server/zh-verify-table-readonly-inputs-collapsed-details-history', 'table-to-div-grid');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});

describe('a box title with an action beside it, over a box opening with its words again, is the section it heads (dom/field.ts opensWithLabelAgain, wordsOutsideActions)', () => {
  // Round fifty-three's template-picker holder page under vertical-descriptions: the card's title "域名持有者
  // <a>修改持有者（过户）</a>" over descriptions drawn vertically (a row of labels 域名持有者 | 持有者类型 | 证件类型, a row of
  // values). The title, its words read with the action's, was not known as the table's own first label again: the whole
  // table was its value — on the page the name was refused (missing), in a smaller page "林和 个人 身份证" (invented).
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=linhe-studio.com';
  const vtable = (pairs: [string, string][]) =>
    `<table class="d-view"><tbody><tr>${pairs.map(([l]) => `<th class="d-label">${l}</th>`).join('')}</tr><tr>${pairs.map(([, v]) => `<td class="d-content">${v}</td>`).join('')}</tr></tbody></table>`;
  const holderPage = (title: string) =>
    `<h2>linhe-studio.com</h2><div class="d-wrap"><div class="d-title">${title}</div>` +
    vtable([['域名持有者', '林和 <span class="next-tag"><span class="next-tag-body">已实名认证</span></span>'], ['持有者类型', '个人'], ['证件类型', '身份证']]) +
    vtable([['证件号码', '3301**********2218'], ['所属区域', '浙江省 杭州市']]) + '</div>';

  it('the title with a link or a button beside its words: the holder is 林和 (before: "林和 个人 身份证")', () => {
    for (const title of ['域名持有者 <a class="next-btn next-btn-text">修改持有者（过户）</a>', '域名持有者 <button>修改持有者</button>']) {
      expect(read(holderPage(title), url)?.facts.domains?.[0]?.registrantName, title).toBe('林和');
    }
  });

  it('guard: the title alone reads as before', () => {
    expect(read(holderPage('域名持有者'), url)?.facts.domains?.[0]?.registrantName).toBe('林和');
  });

  it('the pair: round fifty-three’s template-picker holder page under vertical-descriptions', () => {
    const r = pair('aliyun/domain-holder/zh-fusion-descriptions-change-holder-dialog-open-template-picker-four-templates-names-id-types-masked-ids-real-name-states-selected-template-batch-scope-three-domains', 'vertical-descriptions');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});

describe('an authorization code’s status cell showing two statuses gives none (tencent/values.ts codeStatusFromText)', () => {
  // The TEA authorization-code page with a multiple select under stylesheet-removed: a code's status drawn as the old and
  // the new side by side, "<span class=status-was>未使用</span><span>使用中</span>", the old clipped away by the sheet
  // (clip-path: inset(0 0 0 100%)). Without the sheet the cell shows "未使用使用中" and the first word was taken: unused,
  // a wrong status (invented). Two statuses shown: none is known.
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const table = (statuses: string[]) =>
    `<h2>备案授权码</h2><table class="tea-table"><thead><tr><th>备案授权码</th><th>关联的云服务</th><th>授权使用账户</th><th>状态</th><th>生成时间</th></tr></thead><tbody>` +
    statuses.map((st, i) => `<tr><td>BA2P4R6T8V0X2Z4${'BCDEF'[i]}</td><td>云服务器 ins-gz8r0t2v（广州 | 119.29.30.41）</td><td>10003333444${i}</td><td>${st}</td><td>2026-10-08 16:40:12</td></tr>`).join('') +
    '</tbody></table>';
  const statuses = (cells: string[]) => read(table(cells), url)?.facts.servers?.[0]?.authorizationCodes?.map((c) => c.status ?? null);

  it('"未使用" and "使用中" side by side, or "已使用" and "使用中": no status (before: unused, used)', () => {
    expect(statuses(['<span class="status-was">未使用</span><span class="tea-status">使用中</span>', '<span>已使用</span> <span>使用中</span>'])).toEqual([null, null]);
  });

  it('guard: one status, negated English included, reads as before', () => {
    expect(statuses(['使用中', 'Not in use', '已使用', '未使用', 'Unused'])).toEqual(['in-use', 'unused', 'used', 'unused', 'unused']);
  });

  it('the pair: the TEA code page with a multiple select under stylesheet-removed gives no wrong status (that code’s status missing)', () => {
    const r = pair('tencent/beian-authcode/zh-tea-select-multiple-service-filter-overlay-header-copy-aria-hidden-fixed-right-link-column-offscreen-measure-row-clip-path-old-status', 'stylesheet-removed');
    type Codes = { servers?: Array<{ id: string; authorizationCodes?: Array<{ code: string; status?: string }> }> };
    const got = (r.got as Codes).servers?.flatMap((s) => s.authorizationCodes ?? []) ?? [];
    const expected = new Map((r.expected as Codes).servers?.flatMap((s) => s.authorizationCodes ?? []).map((c) => [c.code, c.status]));
    expect(got.filter((c) => c.status !== undefined && c.status !== expected.get(c.code))).toEqual([]);
    expect(got.filter((c) => c.status === undefined).map((c) => c.code)).toEqual(['BA2P4R6T8V0X2Z4B']);
  });
});

describe('a Tencent detail card reloading (aria-busy) beside the loaded cards gives no field (tencent/cvm-instance-detail.ts serverFromFields)', () => {
  // The English CVM detail with its billing card reloading after a renewal, under stylesheet-removed: the card says
  // aria-busy="true" and "Updating…", its old values kept under shimmer boxes the sheet draws transparent. Without the
  // sheet its Billing Mode Pay-as-you-go came first, over the renewed Monthly Subscription of the instance card (invented).
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=4&id=ins-sh4k6m8p';
  const billingCard = (busy: string) =>
    `<section class="tea-card"${busy}><h3 class="tea-card__title"><span>计费信息</span><span>更新中…</span></h3><div class="tea-form">${teaItem('计费模式', '按量计费')}${teaItem('到期时间', '-')}</div></section>`;
  const main =
    `<section class="tea-card"><h3 class="tea-card__title">基本信息</h3><div class="tea-form">${teaItem('实例ID', 'ins-sh4k6m8p')}${teaItem('地域', '上海')}` +
    `${teaItem('实例计费模式', '包年包月')}${teaItem('到期时间', '2026-12-20 23:59:59')}</div></section>`;

  it('the busy card’s 按量计费 is stale: the instance card’s subscription and expiry (before: payg)', () => {
    const s = read(`<h2>实例详情</h2><div class="cols">${billingCard(' aria-busy="true"')}${main}</div>`, url)?.facts.servers?.[0];
    expect([s?.billing, s?.expiresAt]).toEqual(['subscription', '2026-12-20']);
  });

  it('guard: the instance card alone reads the same', () => {
    const s = read(`<h2>实例详情</h2><div class="cols">${main}</div>`, url)?.facts.servers?.[0];
    expect([s?.billing, s?.expiresAt]).toEqual(['subscription', '2026-12-20']);
  });

  it('the pair: the English CVM detail with a reloading billing card under stylesheet-removed', () => {
    const r = pair('tencent/cvm-instance-detail/en-intl-aria-busy-billing-card-transparent-stale-expiry-svg-gauge-bandwidth-cap-clip-path-old-billing-time-iso-utc8', 'stylesheet-removed');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});

describe('a tab panel whose tab is aria-selected="false", another tab selected, is not shown (dom/visibility.ts unselectedTabPanel)', () => {
  // The SWAS list whose inactive first tab (全部服务器) comes before the active one, under stylesheet-removed: the sheet
  // hid it (height 0, overflow hidden); unstyled, its stale rows were read first — the server's expiry 2026-02-14 and
  // bandwidth 3 over the shown panel's 2027-02-14 and 30, and a second server (invented). Its tab says
  // aria-selected="false" and the panel is labelled by it (aria-labelledby) or named by it (aria-controls).
  const url = 'https://swas.console.aliyun.com/#/servers';
  const A = '1a3c5e7b9d2f4a6c8e0b2d4f6a8c1e35';
  const head = '<div role="row">' + ['服务器ID/名称', '地域', '套餐配置', '到期时间'].map((h) => `<div role="columnheader">${h}</div>`).join('') + '</div>';
  const row = (id: string, bw: string, exp: string) =>
    `<div role="row"><div role="cell"><a href="#/server/${id}/cn-hangzhou/dashboard">${id}</a></div><div role="cell">华东1（杭州）</div><div role="cell">2核2GB 峰值带宽 ${bw}</div><div role="cell">${exp}</div></div>`;
  const grid = (rows: string) => `<div role="table">${head}${rows}</div>`;
  const list = (sel0: string, sel1: string, how: 'labelledby' | 'controls') => {
    const tab = (i: number, sel: string, text: string) => `<div role="tab" id="t${i}" aria-selected="${sel}"${how === 'controls' ? ` aria-controls="p${i}"` : ''}>${text}</div>`;
    const panel = (i: number) => (how === 'labelledby' ? `role="tabpanel" aria-labelledby="t${i}"` : `role="tabpanel" id="p${i}"`);
    return (
      `<h1>服务器</h1><div role="tablist">${tab(0, sel0, '全部服务器（2）')}${tab(1, sel1, '运行中（1）')}</div>` +
      `<div ${panel(0)}>${grid(row(A, '3Mbps', '2026-02-14 23:59:59') + row('0b9a8c7d6e5f44a3b2c1d0e9f8a7b6c5', '5Mbps', '2026-10-01 23:59:59'))}</div>` +
      `<div ${panel(1)}>${grid(row(A, '30Mbps', '2027-02-14 23:59:59'))}</div>`
    );
  };
  const servers = (html: string) => read(html, url)?.facts.servers?.map((s) => [s.id, s.publicBandwidthMbps, s.expiresAt]);

  it('the inactive panel first, tied to its tab by aria-labelledby or aria-controls: the shown panel’s server only (before: the stale rows)', () => {
    for (const how of ['labelledby', 'controls'] as const) expect(servers(list('false', 'true', how)), how).toEqual([[A, 30, '2027-02-14']]);
  });

  it('guard: a tablist marking no tab selected says nothing: both panels are read as before', () => {
    expect(servers(list('false', 'false', 'controls'))).toEqual([[A, 3, '2026-02-14'], ['0b9a8c7d6e5f44a3b2c1d0e9f8a7b6c5', 5, '2026-10-01']]);
  });

  it('the pair: the SWAS list with its inactive first tab under stylesheet-removed', () => {
    const r = pair('aliyun/swas-instance-list/zh-inactive-first-tab-height-zero-overflow-hidden-before-active-display-contents-rows', 'stylesheet-removed');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});
