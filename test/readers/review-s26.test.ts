import { describe, expect, it } from 'vitest';
import { createReadSession, invalidate, withReadSession } from '../../src/readers/dom/read-session';
import { readFileSync } from 'node:fs';
import { shownCopy } from '../../src/readers/dom/shadow-copy';
import { isChecked } from '../../src/readers/dom/units';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';

/** Review of session 26's reader changes: each a fault found in the new code, in the smallest markup that shows it. */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

describe('a collapsed column under a row span (dom/visibility.ts inCollapsedColumn)', () => {
  it('the cells of a row entered by a row span above are placed past it: the collapsed column stays hidden, the next one shown', () => {
    const doc = page(
      '<table><colgroup><col><col><col style="visibility: collapse"><col></colgroup><tbody>' +
        '<tr><td rowspan="2">g</td><td>a1</td><td id="b1">b1</td><td id="c1">c1</td></tr>' +
        '<tr><td>a2</td><td id="b2">b2</td><td id="c2">c2</td></tr></tbody></table>',
      'https://ecs.console.aliyun.com/server/region/cn-hangzhou',
    );
    const cache = createVisibilityCache();
    expect(['b1', 'c1', 'b2', 'c2'].map((id) => isVisible(doc.getElementById(id), cache))).toEqual([false, true, false, true]);
  });

  it('an ECS list grouped by a region cell spanning its rows, the billing column collapsed: no billing read, each expiry read', () => {
    const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
    const row = (lead: string, id: string) => `<tr>${lead}<td>${id}</td><td>按量付费</td><td>2027-03-01 到期</td></tr>`;
    const html =
      '<table><colgroup><col><col><col style="visibility: collapse"><col></colgroup>' +
      '<thead><tr><th>地域</th><th>实例ID</th><th>付费方式</th><th>到期时间</th></tr></thead><tbody>' +
      row('<td rowspan="2">华东1（杭州）</td>', 'i-bp1aaaaaaaaaaaaaaaa1') +
      row('', 'i-bp1aaaaaaaaaaaaaaaa2') +
      '</tbody></table>';
    const servers = read(html, url)?.facts.servers;
    expect(servers?.map((s) => s.id)).toEqual(['i-bp1aaaaaaaaaaaaaaaa1', 'i-bp1aaaaaaaaaaaaaaaa2']);
    expect(servers?.map((s) => s.billing)).toEqual([undefined, undefined]);
    expect(servers?.map((s) => s.expiresAt)).toEqual(['2027-03-01', '2027-03-01']);
  });
});

describe('a focusable Fusion tag whose words are an action is an action (dom/units.ts)', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
  const tag = (words: string) => `<div role="button" tabindex="0" class="next-tag next-tag-primary next-tag-medium"><span class="next-tag-body">${words}</span></div>`;
  const list = (billing: string) =>
    '<table><thead><tr><th>实例ID/名称</th><th>状态</th><th>付费方式</th></tr></thead><tbody>' +
    `<tr><td>i-bp1aaaaaaaaaaaaaaaa1</td><td>运行中</td><td>${billing}</td></tr></tbody></table>`;

  it('按量付费 <tag role=button>转包年包月</tag>: pay-as-you-go, the tag offering the other mode is no billing word', () => {
    expect(read(list(`<span>按量付费</span>${tag('转包年包月')}`), url)?.facts.servers?.[0]?.billing).toBe('payg');
  });

  it('a billing drawn as such a tag is still read (library-rendered pages)', () => {
    expect(read(list(tag('包年包月')), url)?.facts.servers?.[0]?.billing).toBe('subscription');
  });
});

describe('a page read on its shadow copy first (read-with.ts orInShadow) keeps the controls\' live choices (dom/shadow-copy.ts)', () => {
  const url = 'https://beian.console.alibabacloud.com/#/entity';
  const fixture = readFileSync(new URL('../fixtures/beian-entity/en-organization.html', import.meta.url), 'utf8');
  /** The fixture with a web component holding content of its own (slotted into its root) at the top, the ID type chosen by the user. */
  const withComponent = (idType: number) => {
    const doc = htmlToDocument(fixture, url);
    const host = doc.createElement('div');
    host.innerHTML = '<span>Help</span>';
    doc.body.prepend(host);
    // (its root draws words of its own around what it slots: the page is read on its copy first)
    host.attachShadow({ mode: 'open' }).innerHTML = '<b>Tip:</b> <span><slot></slot></span>';
    const select = doc.querySelector('select[aria-label="ID Type"]') as HTMLSelectElement;
    // (the page's default, as React writes it on its first render: the `selected` attribute)
    select.options[1]!.setAttribute('selected', '');
    select.selectedIndex = idType;
    return doc;
  };

  it('the ID type the user chose in a <select> (not the one the markup marks as the default)', () => {
    expect(readPage(withComponent(1), new URL(url))?.facts.entity?.idType).toBe('Organization code certificate');
    expect(readPage(withComponent(0), new URL(url))?.facts.entity?.idType).toBe('Business license');
  });

  it('a radio the user unchecked is unchecked in the copy, the one checked checked', () => {
    const doc = htmlToDocument('<!DOCTYPE html><html><body><div id="h"><span>v</span></div><input type="radio" name="r" id="a" checked><input type="radio" name="r" id="b"></body></html>', url);
    doc.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<b>Tip:</b> <slot></slot>';
    (doc.getElementById('b') as HTMLInputElement).checked = true;
    const copy = shownCopy(doc);
    expect([isChecked(copy!.getElementById('a')!), isChecked(copy!.getElementById('b')!)]).toEqual([false, true]);
  });
});

describe('a column chooser collapsing or showing a column during a read session (dom/read-session.ts)', () => {
  const url = 'https://beian.console.alibabacloud.com/#/serviceCode';
  const html =
    '<h1>Service Identification Numbers</h1><table><colgroup><col><col><col id="region-col"><col><col></colgroup>' +
    '<thead><tr><th>Instance ID/Name</th><th>Product Type</th><th>Region</th><th>Used / Total</th><th>Actions</th></tr></thead><tbody>' +
    '<tr><td>i-bp1harbour00000021</td><td>ECS</td><td>China (Hangzhou)</td><td>2 / 5</td><td><a>Apply</a></td></tr></tbody></table>';
  const attr = (target: Element) => [{ type: 'attributes', target, attributeName: 'style', addedNodes: [], removedNodes: [] }] as unknown as MutationRecord[];

  it('the region column collapsed after a read: its region is no longer read; shown again: read again', () => {
    const doc = page(html, url);
    const session = createReadSession();
    const region = () => withReadSession(session, doc, () => readPage(doc, new URL(url)))?.facts.servers?.[0]?.region;
    expect(region()).toBe('cn-hangzhou');
    const col = doc.getElementById('region-col')!;
    col.setAttribute('style', 'visibility: collapse');
    invalidate(session, attr(col));
    expect(region()).toBeUndefined();
    col.removeAttribute('style');
    invalidate(session, attr(col));
    expect(region()).toBe('cn-hangzhou');
  });
});

describe('a Lighthouse list grouped by something else than the region: a group title naming a project after a city gives no region (tencent/lighthouse-instance-list.ts)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/index';
  const group = (title: string) => `<tr><td colspan="4">${title} · 2 台</td></tr>`;
  const row = (id: string) => `<tr><td>${id}</td><td>2核4GB 6Mbps</td><td>43.139.21.76</td><td>2027-03-25</td></tr>`;
  const list = (rows: string) => `<h2>实例列表</h2><table><thead><tr><th>ID/名称</th><th>实例套餐</th><th>公网IP</th><th>到期时间</th></tr></thead><tbody>${rows}</tbody></table>`;

  it('"上海门店官网" (a project) names no region; "华南地区（广州）" does', () => {
    const facts = read(list(group('上海门店官网') + row('lhins-aaaa1111') + group('华南地区（广州）') + row('lhins-bbbb2222')), url)?.facts;
    expect(facts?.servers?.map((s) => [s.id, s.region])).toEqual([
      ['lhins-aaaa1111', undefined],
      ['lhins-bbbb2222', 'ap-guangzhou'],
    ]);
  });

  it('"项目：北京业务" and "Beijing Office" are no region either; "South China (Guangzhou)", "广州" and "ap-guangzhou" are', () => {
    const regions = (titles: string[]) => read(list(titles.map((t, i) => group(t) + row(`lhins-cccc000${i}`)).join('')), url)?.facts.servers?.map((s) => s.region);
    expect(regions(['项目：北京业务', 'Beijing Office'])).toEqual([undefined, undefined]);
    expect(regions(['South China (Guangzhou)', '广州', 'ap-guangzhou'])).toEqual(['ap-guangzhou', 'ap-guangzhou', 'ap-guangzhou']);
  });
});

describe('every panel of a page refreshing is the page loading, not one panel beside loaded ones (dom/page-state.ts besideLoadedPanels)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const table = (rows: string) => `<table><thead><tr><th>备案授权码</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody>${rows}</tbody></table>`;
  const mask = '<div class="tea-loading" role="progressbar" aria-busy="true"><span class="tea-icon-loading"></span></div>';
  const panel = (header: string, rows: string, busy: boolean) =>
    `<section class="tea-accordion"><button class="tea-accordion__header" aria-expanded="true" aria-controls="p-${rows.length}">${header}</button><div class="tea-accordion__body" id="p-${rows.length}" role="region">${busy ? mask : ''}${table(rows)}</div></section>`;
  const page = (busyFirst: boolean, busySecond: boolean) =>
    '<h2>备案授权码</h2>' +
    panel('<span>云服务器</span> <span>ins-cd6y8u0i</span> <span>成都 | 139.155.20.46</span>', '<tr><td>BA2D4F6G8H0J2K4L</td><td>100044556677</td><td>未使用</td></tr>', busyFirst) +
    panel('<span>云服务器</span> <span>ins-cq1a3s5d</span> <span>重庆 | 111.231.5.77</span>', '<tr><td>BA6M8N0B2V4C6X8Z</td><td>100088990011</td><td>使用中</td></tr>', busySecond);

  it('both panels under their loading masks (the page refreshing after a code was used): nothing is read', () => {
    expect(read(page(true, true), url)).toBeNull();
  });

  // (guard: the change's own case — one panel still loading beside a loaded one)
  it('one panel under its mask beside a loaded one: the page reads', () => {
    expect(read(page(true, false), url)?.facts.servers?.length).toBeGreaterThan(0);
  });
});

describe('a collapsed column in a page read on its shadow copy (dom/shadow-copy.ts)', () => {
  const url = 'https://beian.console.alibabacloud.com/#/serviceCode';
  const table =
    '<h1>Service Identification Numbers</h1><table><colgroup><col><col><col style="visibility: collapse"><col><col></colgroup>' +
    '<thead><tr><th>Instance ID/Name</th><th>Product Type</th><th>Region</th><th>Used / Total</th><th>Actions</th></tr></thead><tbody>' +
    '<tr><td>i-bp1harbour00000021</td><td>ECS</td><td>China (Hangzhou)</td><td>2 / 5</td><td><a>Apply</a></td></tr>' +
    '<tr><td>i-bp1harbour00000022</td><td>ECS</td><td>China (Hangzhou)</td><td>0 / 5</td><td><a>Apply</a></td></tr></tbody></table>';

  it('a micro-frontend (the list in an open shadow root): no region from the collapsed column, the used numbers from the next one', () => {
    const doc = page('<div id="app"></div>', url);
    doc.getElementById('app')!.attachShadow({ mode: 'open' }).innerHTML = table;
    const servers = readPage(doc, new URL(url))?.facts.servers;
    expect(servers?.map((s) => [s.id, s.region, s.serviceNumbersUsed])).toEqual([
      ['i-bp1harbour00000021', undefined, 2],
      ['i-bp1harbour00000022', undefined, 0],
    ]);
  });
});

describe('an open drop-down naming a server is no accordion panel header (tencent/beian-authcode.ts perServerCards)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const codes =
    '<table><thead><tr><th>备案授权码</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody>' +
    '<tr><td>BA2D4F6G8H0J2K4L</td><td>100044556677</td><td>未使用</td></tr><tr><td>BA6M8N0B2V4C6X8Z</td><td>100088990011</td><td>使用中</td></tr></tbody></table>';
  const filter =
    '<div class="generate"><span>为此云服务生成新授权码：</span><button class="tea-dropdown__header" aria-haspopup="listbox" aria-expanded="true" aria-controls="res-list">云服务器 ins-cd6y8u0i</button>' +
    '<ul id="res-list" role="listbox"><li role="option" aria-selected="true">云服务器 ins-cd6y8u0i</li><li role="option">云服务器 ins-cq1a3s5d</li></ul></div>';

  it('the codes of a list with no resource column are not given to the server an open drop-down (of a form generating codes) names', () => {
    expect(read(`<h2>备案授权码</h2><div class="page"><div class="toolbar">${filter}</div><div class="list">${codes}</div></div>`, url)).toBeNull();
  });
});

describe('a web component that only wraps the page\'s content (its root draws a <slot> and no words of its own) keeps the read in the page (read-with.ts orInShadow)', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
  const list =
    '<table><thead><tr><th>实例ID/名称</th><th>状态</th><th>付费方式</th></tr></thead><tbody>' +
    '<tr><td>i-bp1aaaaaaaaaaaaaaaa1</td><td>运行中</td><td>包年包月</td></tr><tr><td>i-bp1aaaaaaaaaaaaaaaa2</td><td>运行中</td><td>按量付费</td></tr></tbody></table>';
  const wrapped = (rootHtml: string, light = list) => {
    const doc = page(`<x-card id="card">${light}</x-card>`, url);
    doc.getElementById('card')!.attachShadow({ mode: 'open' }).innerHTML = rootHtml;
    return doc;
  };

  it('a list inside <x-card> (root: <div class="card"><slot>): a re-read in the read session keeps each unchanged row\'s record (no copy of the page per read)', () => {
    const doc = wrapped('<style>.card{padding:8px}</style><div class="card"><slot></slot></div>');
    const session = createReadSession();
    const servers = () => withReadSession(session, doc, () => readPage(doc, new URL(url)))?.facts.servers;
    const first = servers();
    expect(first?.map((s) => s.billing)).toEqual(['subscription', 'payg']);
    expect(servers()?.[0]).toBe(first?.[0]);
  });

  // (guards: what copy-first reading is for)
  it('light content no slot takes is not drawn: still read on the copy', () => {
    const doc = wrapped('<div class="card"><slot name="body"></slot></div>', `<div slot="body">${list}</div><div><table><thead><tr><th>实例ID/名称</th><th>付费方式</th></tr></thead><tbody><tr><td>i-bp1zzzzzzzzzzzzzzzz9</td><td>按量付费</td></tr></tbody></table></div>`);
    expect(readPage(doc, new URL(url))?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1aaaaaaaaaaaaaaaa1', 'i-bp1aaaaaaaaaaaaaaaa2']);
  });

  it('a root drawing labels of its own around slotted values: still read on the copy', () => {
    const doc = wrapped('<div class="card"><h3>实例列表</h3><slot></slot></div>');
    expect(readPage(doc, new URL(url))?.facts.servers?.map((s) => s.billing)).toEqual(['subscription', 'payg']);
  });
});
