import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { createReadSession, invalidate, withReadSession } from '../../src/readers/dom/read-session';
import { page, read } from '../helpers/console-pages';

/**
 * Items left open by session 37 (/work/notes/left38.md), each a small console page that read wrong or lost a value
 * before its fix (checked by putting the old file back).
 */

const mutation = (target: Node, added: Node[], removed: Node[]) =>
  [{ type: 'childList', target, addedNodes: added, removedNodes: removed, attributeName: null }] as unknown as MutationRecord[];

describe("a console's fixed content box holding its title, the title re-rendered during a read session (dom/overlay.ts pageTitle)", () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const head = '<thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>到期时间</th></tr></thead>';
  const list = '<div class="tea-table"><table>' + head + '<tbody><tr><td>qingshan-tea.com</td><td>正常</td><td>已实名认证</td><td>2027-05-18 23:59:59</td></tr></tbody></table></div>';
  const notice = '<div class="k1"><div class="k2">域名实名认证新规已生效</div><button aria-label="关闭">×</button></div>';
  const app = `<div class="tea-layout__header">腾讯云 控制台</div><div style="position: fixed; top: 50px; left: 200px; right: 0; bottom: 0; overflow: auto"><div class="c" id="c"><h2 id="t">我的域名</h2>${notice}${list}</div></div>`;

  it('the list is still read after the title is drawn anew (the title had been kept for the whole session)', () => {
    const doc = page(app, url);
    const session = createReadSession();
    const domains = () => withReadSession(session, doc, () => readPage(doc, new URL(url)))?.facts.domains?.map((d) => d.domain);
    expect(domains()).toEqual(['qingshan-tea.com']);
    // the console renders the title again (a new element, the same words), as a framework does on a route change
    const old = doc.getElementById('t')!;
    const title = doc.createElement('h2');
    title.textContent = '我的域名';
    old.replaceWith(title);
    invalidate(session, mutation(doc.getElementById('c')!, [title], [old]));
    expect(domains()).toEqual(['qingshan-tea.com']);
  });
});

/** A domain card of a console's card view: its title (the domain, a link; a card that is itself a link, a span) over labelled fields. */
const domainCard = (tag: string, domain: string, fields: Array<[string, string]>) =>
  `<${tag} class="c-card"${tag === 'a' ? ` href="#/domain/${domain}"` : ''}><div class="c-title">${tag === 'a' ? `<span>${domain}</span>` : `<a href="#">${domain}</a>`}</div>` +
  fields.map(([l, v]) => `<div class="c-field"><span class="c-label">${l}</span><span class="c-value">${v}</span></div>`).join('') + `</${tag}>`;

describe('the Tencent domain list drawn as cards below a breakpoint, its table hidden (shared/domain-cards.ts, tencent/domain-list.ts)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const style = '@media (max-width: 1439px) { .list-table { display: none; } }';
  const table = '<div class="list-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead><tbody><tr><td>hidden-row.com</td><td>正常</td><td>2028-01-01</td></tr></tbody></table></div>';
  const cards =
    '<h2>我的域名</h2>' + table + '<div class="card-list">' +
    domainCard('div', 'qingshan-tea.com', [['域名状态', '正常'], ['实名认证', '已实名认证'], ['到期时间', '2027-05-18 23:59:59'], ['域名所有者', '杭州青山茶业有限公司']]) +
    domainCard('div', 'qingshan-tea.cn', [['域名状态', '即将到期'], ['实名认证', '未实名认证'], ['到期时间', '2026-12-20 23:59:59'], ['域名所有者', '杭州青山茶业有限公司']]) +
    '</div>';

  it('each card is a domain with its status, real-name, expiry and owner (the list gave nothing)', () => {
    expect(read(cards, url, '', style)?.facts.domains).toEqual([
      { domain: 'qingshan-tea.com', status: ['正常'], realNameVerified: true, expiresAt: '2027-05-18', registrantName: '杭州青山茶业有限公司' },
      { domain: 'qingshan-tea.cn', status: ['即将到期'], realNameVerified: false, expiresAt: '2026-12-20', registrantName: '杭州青山茶业有限公司' },
    ]);
  });
  // guards: a domain's own page (sections, one with a DNS server's status) and one card are no list
  it('a domain info page with sections of a status each, or one card, gives no list of domains', () => {
    const info = 'https://console.cloud.tencent.com/domain/info/qingshan-tea.com';
    const sections =
      '<h2>qingshan-tea.com</h2><div class="p"><section><h3>基本信息</h3><p>qingshan-tea.com</p><div class="f"><span>域名状态</span><span>正常</span></div></section>' +
      '<section><h3>DNS 服务器：ns1.dnspod.net</h3><div class="f"><span>域名状态</span><span>正常</span></div></section></div>';
    expect(read(sections, info)?.facts.domains?.map((d) => d.domain) ?? []).not.toContain('ns1.dnspod.net');
    const one = '<h2>我的域名</h2><div class="card-list">' + domainCard('div', 'qingshan-tea.com', [['域名状态', '正常'], ['到期时间', '2027-05-18']]) + '</div>';
    expect(read(one, url, '', style)?.facts.domains ?? []).toEqual([]);
  });
});

describe('domain cards of one list drawn by differing tags (a card linking to its domain is an <a>, the others <div>s) (shared/domain-cards.ts)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (second: string) =>
    '<h2>域名列表</h2><div class="card-list">' +
    domainCard('div', 'wangfang-design.com', [['域名状态', '正常'], ['到期时间', '2027-01-03 23:59:59']]) +
    domainCard(second, 'wangfang-design.cn', [['域名状态', '急需续费'], ['到期时间', '2026-12-28 23:59:59']]) +
    '</div>';

  it('both cards are read (gave nothing)', () => {
    expect(read(list('a'), url)?.facts.domains?.map((d) => [d.domain, d.expiresAt])).toEqual([['wangfang-design.com', '2027-01-03'], ['wangfang-design.cn', '2026-12-28']]);
  });
  // guard: sections of a page, differing tags and a status label each but not the same label (域名状态 / 状态), are no list
  it('boxes of differing tags whose status labels differ are no card list', () => {
    const f = (label: string, value: string) => `<div class="field"><span class="field-label">${label}</span><span class="field-value">${value}</span></div>`;
    const body =
      `<div class="page"><section class="basic"><h3>基本信息</h3><p>wangfang-design.com</p>${f('域名状态', '正常')}${f('到期时间', '2027-01-03')}</section>` +
      `<div class="dns"><h3>DNS 服务器：dns9.hichina.com</h3>${f('状态', '正常')}</div></div>`;
    expect(read(body, url)?.facts.domains?.map((d) => d.domain) ?? []).not.toContain('dns9.hichina.com');
  });
});

describe('a domain list translated only (Immersive Translate: the Chinese replaced by its English, none left) (rules/labels)', () => {
  const it6 = (t: string) => `<font class="notranslate immersive-translate-target-wrapper"><font class="notranslate immersive-translate-target-inner">${t}</font></font>`;
  const row = (domain: string, rn: string) => `<tr><td>${domain}</td><td>${it6('Normal')}</td><td>${it6(rn)}</td><td>2027-05-18 23:59:59</td></tr>`;
  // the machine's words for 域名状态 and 实名认证状态 / 实名认证
  const list = (realNameHeader: string) =>
    `<h2>${it6('My domain name')}</h2><div class="tea-table"><table><thead><tr><th>${it6('Domain name')}</th><th>${it6('Domain name status')}</th><th>${it6(realNameHeader)}</th>` +
    `<th>${it6('Expiration time')}</th></tr></thead><tbody>${row('qingshan-tea.com', 'Real-name authenticated')}${row('qingshan-tea.cn', 'Not real-name authenticated')}</tbody></table></div>`;
  const expected = [
    { domain: 'qingshan-tea.com', status: ['Normal'], realNameVerified: true, expiresAt: '2027-05-18' },
    { domain: 'qingshan-tea.cn', status: ['Normal'], realNameVerified: false, expiresAt: '2027-05-18' },
  ];

  it('the Tencent list reads each status and real-name (both were lost)', () => {
    for (const h of ['Real-name authentication status', 'Real-name authentication']) expect(read(list(h), 'https://console.cloud.tencent.com/domain/all-domain/all')?.facts.domains, h).toEqual(expected);
  });
  it('the Alibaba list reads each real-name (lost under "Real-name authentication status")', () => {
    expect(read(list('Real-name authentication status'), 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain')?.facts.domains).toEqual(expected);
  });
});

describe("a tab link's words in a translator's <font> boxes are no label (dom/field.ts findLabelElements)", () => {
  const url = 'https://console.cloud.tencent.com/domain/info/wanghw.net';
  const font = (t: string) => `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${t}</font></font>`;
  const item = (l: string, v: string) => `<li><em class="tc-15-list-tit">${l}</em><span class="tc-15-list-det">${v}</span></li>`;
  const app = (w: (t: string) => string) =>
    `<div class="manage-area"><h2>wanghw.net</h2><div class="tc-15-tab"><ul><li class="tc-cur"><a href="javascript:;">${w('域名信息')}</a></li><li><a href="javascript:;">${w('实名认证')}</a></li>` +
    `<li><a href="javascript:;">${w('DNS 服务器')}</a></li></ul></div><ul class="tc-15-list-content">${item(w('域名'), 'wanghw.net')}${item(w('域名所有者'), w('王宏伟'))}` +
    `${item(w('实名认证状态'), `<span class="text-success">${w('已实名认证')}</span>`)}${item(w('到期时间'), '2028/03/02 10:15:20')}</ul></div>`;

  it('the real-name row is read with the page drawn in font boxes, as without (lost: the tab 实名认证 was its label, DNS 服务器 its value)', () => {
    expect(read(app((t) => t), url)?.facts.domains?.[0]?.realNameVerified, 'plain').toBe(true);
    expect(read(app(font), url)?.facts.domains?.[0]?.realNameVerified, 'fonts').toBe(true);
  });
});

describe("a help link last in the label's box, its classes hashed, is the label's, no value (dom/field.ts)", () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  // a filing form whose classes say nothing (hashed): the label box is a plain <div>, the help link after the <label> in it
  const item = (label: string, control: string, extra = '') => `<div class="c1j7bdpj"><div class="cfnr59w"><label>${label}</label>${extra}</div><div class="cdntfir">${control}</div></div>`;
  const shown = (v: string) => `<span class="cvvy6en" role="combobox"><span class="c1jo6nbw"><em>${v}</em></span></span>`;
  const form = (link: string) =>
    `<form class="c0x">${item('主办单位性质', shown('个人'))}${item('网站域名', '<span class="c9"><input value="wangwu-photo.com"></span>')}` +
    `${item('实例ID', shown('6e5d4c3b2a1940f8e7d6c5b4a3928170'))}${item('备案服务号', shown('2026120100018'), ` <a href="https://help.aliyun.com/document_detail/93647.html" target="_blank">${link}</a>`)}</form>`;

  it('the service number is read beside a 如何获取？ / How to get it? / 帮助 link (lost under class-names-hashed)', () => {
    for (const link of ['如何获取？', 'How to get it?', '帮助']) expect(read(form(link), url)?.facts.websites?.[0]?.serviceNumber, link).toBe('2026120100018');
  });
});

describe('an AngularJS page\'s own style sheet, opening with @charset, hides its ng-hide boxes (cli/html-document.ts)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=songqingyuan.cn';
  // the sheet angular.js puts in the head (a browser ignores the @charset of a <style>; happy-dom had dropped the sheet)
  const angularCss = '@charset "UTF-8";[ng\\:cloak],[ng-cloak],[data-ng-cloak],[x-ng-cloak],.ng-cloak,.x-ng-cloak,.ng-hide:not(.ng-hide-animate){display:none !important;}ng\\:form{display:block;}';
  const group = (l: string, v: string, hide = false) =>
    `<div class="form-group${hide ? ' ng-hide' : ''}"><label class="col-sm-2 control-label">${l}：</label><div class="col-sm-10"><p class="form-control-static">${v}</p></div></div>`;
  const app =
    '<div class="page-header"><h3>songqingyuan.cn <small>域名基本信息</small></h3></div><form class="form-horizontal">' +
    group('域名', 'songqingyuan.cn') + group('域名持有者', '宋清远') + group('实名认证状态', '未实名认证', true) + group('实名认证状态', '已实名认证') + group('到期时间', '2027-03-01') + '</form>';

  it('the hidden 未实名认证 group is not read: the shown 已实名认证 is (gave realNameVerified false)', () => {
    const doc = page(app, url, '', angularCss);
    expect(readPage(doc, new URL(url))?.facts.domains?.[0]?.realNameVerified).toBe(true);
  });
});

describe('a list in complementary content (<aside>, role=complementary) is none of the page\'s lists (dom/table.ts)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const head = '<thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead>';
  // a "recently viewed" panel placed by position alone (absolute, no close control), in an <aside>
  const panel = (open: string, close: string) =>
    `${open}<div class="p-hd">最近浏览</div><table>${head}<tbody><tr><td>qingshan-tea.cn</td><td>正常</td><td>2027-01-01</td></tr><tr><td>lanxi-tea.com</td><td>正常</td><td>2027-02-01</td></tr></tbody></table>${close}`;
  const shell = (list: string, side: string) =>
    `<div class="tea-layout__header">腾讯云 控制台</div><div class="content" style="position: relative"><h2>我的域名</h2>${list}${side}</div>`;

  it('the page\'s list missing (a summary of counts only), the panel\'s domains are not read (were the page\'s)', () => {
    const boxes: Array<[string, string]> = [['<aside class="recent" style="position: absolute; right: 0; top: 0; width: 320px">', '</aside>'], ['<div role="complementary" style="position: absolute; right: 0; top: 0">', '</div>']];
    for (const [open, close] of boxes) {
      expect(read(shell('<div class="summary"><span>全部域名 12</span> <span>即将到期 2</span></div>', panel(open, close)), url)?.facts.domains ?? [], open).toEqual([]);
    }
  });
  it('the page\'s own list of fewer columns beside it is read, not the panel\'s', () => {
    const own = '<div class="tea-table"><table><thead><tr><th>域名</th><th>到期时间</th></tr></thead><tbody><tr><td>qingshan-tea.com</td><td>2027-05-18</td></tr></tbody></table></div>';
    expect(read(shell(own, panel('<aside class="recent">', '</aside>')), url)?.facts.domains?.map((d) => d.domain)).toEqual(['qingshan-tea.com']);
  });
});
