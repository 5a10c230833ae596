import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';
import { visibleText } from '../../src/readers/dom/visible-text';
import { pageLoading } from '../../src/readers/dom/page-state';

/**
 * Reader gaps left by earlier rounds (/work/notes/gaps.md, session 31), each as a small console page that
 * failed before its fix.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

describe('a box classed as help text (…-extra, …-tips) that holds labelled rows is the page\'s fields (dom/units.ts)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const css =
    `<style>.pv-row { display: grid; grid-template-columns: 160px 1fr; } .pv-label { color: #888; }` +
    ` .ant-popover { position: absolute; top: 40px; left: 300px; } .float-tips { position: absolute; top: 80px; left: 420px; }</style>`;
  const row = (label: string, value: string) => `<div class="pv-row"><span class="pv-label">${label}</span><span class="pv-value">${value}</span></div>`;
  const site = (n: number, name: string, domain: string, rest: string) =>
    `<section class="site"><h3>网站信息（网站 ${n}）</h3>${row('网站名称', name)}${row('网站域名', domain)}${rest}</section>`;

  it('the rows of a shown box classed `site-extra` give the website\'s content and pre-approval', () => {
    const html =
      css +
      site(1, '青山茶舍', 'qingshan-tea.cn', row('网站服务内容', '综合门户') + row('前置审批', '不涉及')) +
      site(2, '青山茶话', 'qingshan-talk.cn', `<div class="site-extra">${row('网站服务内容', '博客/个人空间')}${row('前置审批', '不涉及')}</div>`);
    expect(read(html, url)?.facts.websites).toEqual([
      { name: '青山茶舍', domains: ['qingshan-tea.cn'], content: '综合门户', preApproval: false },
      { name: '青山茶话', domains: ['qingshan-talk.cn'], content: '博客/个人空间', preApproval: false },
    ]);
  });

  it('a help box of prose under a field stays help: its words are no value', () => {
    const html = css + site(1, '青山茶舍', 'qingshan-tea.cn', `<div class="pv-row"><span class="pv-label">网站服务内容</span><span class="pv-value"></span></div><div class="form-item-extra">如：博客/个人空间</div>`);
    expect(read(html, url)?.facts.websites?.[0]).not.toHaveProperty('content');
  });

  it('the labelled rows of an open popover, a tooltip or a floating tip card are not the page\'s fields', () => {
    const example = row('网站服务内容', '博客/个人空间') + row('前置审批', '涉及（新闻）');
    const overlays = [
      `<div class="ant-popover"><div class="ant-popover-inner"><div class="ant-popover-inner-content">${example}</div></div></div>`,
      `<div class="next-balloon next-balloon-tooltip"><div class="next-balloon-content">${example}</div></div>`,
      `<div role="tooltip"><div class="tip-extra">${example}</div></div>`,
      `<div class="float-tips">${example}</div>`,
      // a help box deep in a popover's content: still the popover's (its kind reaches only five levels down)
      `<div class="ant-popover"><div class="ant-popover-inner"><div class="ant-popover-inner-content"><div class="demo"><div class="demo-body"><div class="demo-extra"><div class="demo-fields">${example}</div></div></div></div></div></div></div>`,
    ];
    for (const overlay of overlays) {
      const html = css + site(1, '青山茶舍', 'qingshan-tea.cn', `<a class="example">填写示例</a>${overlay}`);
      const w = read(html, url)?.facts.websites?.[0];
      expect(w, overlay).not.toHaveProperty('content');
      expect(w, overlay).not.toHaveProperty('preApproval');
    }
  });
});

describe('a Lighthouse instance list (Tencent Cloud) showing one card (tencent/lighthouse-instance-list.ts)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/index?rid=16';
  const head =
    `<div class="tea-layout__content-header"><h2 class="tea-h2">服务器</h2><div class="tea-dropdown" role="button" aria-expanded="false"><span class="tea-dropdown__value">全部地域</span></div></div>` +
    `<div class="tea-justify-grid"><button class="tea-btn tea-btn--primary">新建</button><span class="tea-segment"><button class="tea-btn is-selected">卡片</button><button class="tea-btn">列表</button></span></div>`;
  const labelled =
    `<div class="tea-card lh-card"><div class="tea-card__header"><h3 class="tea-card__title">成都茶叶商城</h3><span class="tea-text-success">运行中</span></div>` +
    `<div class="tea-card__body"><p class="lh-card__id">lhins-cd5f7h9k <i class="tea-icon tea-icon-copy" title="复制" role="button"></i></p><ul class="lh-card__meta">` +
    `<li><span class="lh-card__key">地域</span><span class="lh-card__val">成都 | 成都一区</span></li>` +
    `<li><span class="lh-card__key">套餐</span><span class="lh-card__val">通用型 2核4G | SSD 60GB | 峰值带宽 6Mbps</span></li>` +
    `<li><span class="lh-card__key">公网IP</span><span class="lh-card__val">101.35.88.20</span></li>` +
    `<li><span class="lh-card__key">到期时间</span><span class="lh-card__val">2027年3月1日 10:00</span></li></ul></div>` +
    `<div class="tea-card__footer"><a class="tea-btn tea-btn--link">登录</a><a class="tea-btn tea-btn--link">续费</a></div></div>`;
  const promo =
    `<div class="tea-card promo"><h3 class="tea-card__title">推荐套餐</h3><ul class="promo__meta"><li><span class="promo__key">地域</span><span class="promo__val">广州</span></li>` +
    `<li><span class="promo__key">套餐</span><span class="promo__val">峰值带宽 30Mbps</span></li><li><span class="promo__key">到期时间</span><span class="promo__val">2030年1月1日</span></li></ul><button class="tea-btn">立即购买</button></div>`;

  it('the card\'s labelled fields are the one server\'s', () => {
    const html = `${head}<div class="lh-cards">${labelled}</div><div class="tea-pagination">共 1 条</div>`;
    expect(read(html, url)?.facts.servers).toEqual([{ id: 'lhins-cd5f7h9k', provider: 'tencent', product: 'lighthouse', region: 'ap-chengdu', publicBandwidthMbps: 6, expiresAt: '2027-03-01' }]);
  });

  it('with a labelled promotion beside it, the labelled card reads its own fields', () => {
    const html = `${head}<div class="lh-cards">${labelled}${promo}</div>`;
    expect(read(html, url)?.facts.servers).toEqual([{ id: 'lhins-cd5f7h9k', provider: 'tencent', product: 'lighthouse', region: 'ap-chengdu', publicBandwidthMbps: 6, expiresAt: '2027-03-01' }]);
  });

  it('a card showing its values bare, beside a labelled promotion: the promotion lends it nothing', () => {
    const bare =
      `<div class="tea-card lh-card"><div class="tea-card__header"><h3 class="tea-card__title">成都茶叶商城</h3></div>` +
      `<div class="tea-card__body"><p>lhins-cd5f7h9k</p><p>成都 | 成都一区</p><p>通用型 2核4G · 峰值带宽 6Mbps</p><p>2027-03-01 10:00:00 到期</p></div></div>`;
    const servers = read(`${head}<div class="lh-cards">${bare}${promo}</div>`, url)?.facts.servers ?? [];
    for (const s of servers) {
      expect(s.region).not.toBe('ap-guangzhou');
      expect(s.publicBandwidthMbps).not.toBe(30);
      expect(s.expiresAt).not.toBe('2030-01-01');
    }
  });
});

describe('happy-dom\'s cascade and a :has() rule whose argument is several compounds (src/cli/has-rules.ts)', () => {
  const url = 'https://beian.console.alibabacloud.com/#/entity';
  const css =
    `<style>.panel .panel-body { display: none; } .panel:has(> .panel-head [aria-expanded="true"]) .panel-body { display: block; }` +
    ` .panel.is-static .panel-body { display: block; } .panel:has(> .panel-head [aria-expanded="false"]) .panel-body { display: none; }</style>`;
  const panel = (title: string, open: boolean, name: string, cls = 'panel') =>
    `<section class="${cls}"><div class="panel-head"><h3>${title}</h3><button type="button" aria-expanded="${open}">${open ? 'Collapse' : 'Expand'}</button></div>` +
    `<div class="panel-body"><dl><dt>Entity Name</dt><dd>${name}</dd><dt>Entity Type</dt><dd>Enterprise</dd><dt>ID Type</dt><dd>Business License</dd>` +
    `<dt>ID Number</dt><dd>9133**********8A2X</dd><dt>Province</dt><dd>浙江省 / 宁波市 / 鄞州区</dd></dl></div></section>`;

  it('a collapsed panel (its head says aria-expanded="false") is not read: the open one after it is', () => {
    const html = css + panel('Before the change', false, '宁波明山茶叶商行') + panel('Entity Information', true, '宁波明山茶业有限公司');
    expect(read(html, url)?.facts.entity?.name).toBe('宁波明山茶业有限公司');
    // shown only by the rule for an expanded head (happy-dom took it for every panel with a head)
    const shownByHas = `<style>.panel .panel-body { display: none; } @media screen { .panel:has(> .panel-head [aria-expanded="true"]) .panel-body { display: block; } }</style>`;
    const two = shownByHas + panel('Before the change', false, '宁波明山茶叶商行') + panel('Entity Information', true, '宁波明山茶业有限公司');
    expect(read(two, url)?.facts.entity?.name).toBe('宁波明山茶业有限公司');
  });

  it('a panel shown by a class rule, its head saying nothing collapsed, is read', () => {
    const html = css + panel('Entity Information', true, '宁波明山茶业有限公司', 'panel is-static');
    expect(read(html, url)?.facts.entity?.name).toBe('宁波明山茶业有限公司');
  });
});

describe('a page that changes and is read again in the same document (dom/visibility.ts shells and zero tracks)', () => {
  const domainUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const list = (cls: string) =>
    `<style>.cell-pending { visibility: hidden; } .cell-pending > .tea-tag { visibility: visible; }</style>` +
    `<div class="tea-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>` +
    `<tr><td><a href="/domain/info/lanshan-shop.net">lanshan-shop.net</a></td><td><span class="tea-tag">正常</span></td>` +
    `<td><div class="${cls}" id="owner">陈蓝山 <span class="tea-tag">审核中</span></div></td><td>2027-08-15 10:00:00</td></tr></tbody></table></div>`;

  it('a box hidden by visibility with a tag shown again, its class removed since: its own text is read', () => {
    const doc = page(list('cell-pending'), domainUrl);
    expect(visibleText(doc.getElementById('owner'), createVisibilityCache())).toBe('审核中');
    doc.getElementById('owner')!.removeAttribute('class');
    expect(visibleText(doc.getElementById('owner'), createVisibilityCache())).toBe('陈蓝山 审核中');
  });

  it('a grid whose 0fr row track holds its first child: a child put before it moves it to a drawn row', () => {
    const doc = page(
      `<style>.stack { display: grid; grid-template-rows: 0fr; } .stack > * { overflow: hidden; min-height: 0; }</style>` +
        `<div class="stack"><div id="a">峰值带宽 30 Mbps</div><div id="b">到期时间 2027-03-20</div></div>`,
      'https://swas.console.aliyun.com/#/servers',
    );
    expect(isVisible(doc.getElementById('a'), createVisibilityCache())).toBe(false);
    const preview = doc.createElement('div');
    preview.textContent = '预览';
    doc.getElementById('a')!.before(preview);
    const cache = createVisibilityCache();
    expect(isVisible(preview, cache)).toBe(false);
    expect(isVisible(doc.getElementById('a'), cache)).toBe(true);
  });
});

describe('text of its own at font-size: 0 beside a child setting a size again is not drawn (dom/visibility.ts ownTextHidden)', () => {
  const domainUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const list = (group: string) =>
    `<style>.tea-tag-group { font-size: 0; } .tea-tag-group > .tea-tag { font-size: 12px; display: inline-block; }</style>` +
    `<div class="tea-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>` +
    `<tr><td><a href="/domain/info/lanshan-shop.net">lanshan-shop.net</a></td><td><span class="tea-tag">正常</span></td>` +
    `<td>${group}</td><td>陈蓝山</td><td>2027-08-15 10:00:00</td></tr></tbody></table></div>`;

  it('a tag group at size 0 whose own text is a hint: only the tag is shown, the hint gives no status', () => {
    const html = list(`<div class="tea-tag-group" id="g">已实名认证 <span class="tea-tag tea-tag--warning">审核中</span></div>`);
    expect(visibleText(page(html, domainUrl).getElementById('g'), createVisibilityCache())).toBe('审核中');
    expect(read(html, domainUrl)?.facts.domains?.[0]).not.toHaveProperty('realNameVerified', true);
  });

  it('inherited: a box inside a size-0 box, with text of its own and a child setting a size, shows the child only', () => {
    const doc = page(`<div style="font-size: 0"><p id="p">隐藏提示 <span style="font-size: 14px">已实名认证</span></p></div>`, domainUrl);
    expect(visibleText(doc.getElementById('p'), createVisibilityCache())).toBe('已实名认证');
  });
});

describe('CSS order and aria-colindex in class-only rows under an ARIA header (dom/table.ts)', () => {
  const url = 'https://console.tencentcloud.com/lighthouse/instance/index';
  const orders = '.c-id { order: 1; } .c-region { order: 2; } .c-exp { order: 3; }';
  const head = (cells: string) => `<div role="grid" aria-colcount="5" class="grid-head"><div role="row" class="row">${cells}</div></div>`;

  it('a grid scrolled sideways (columns 3 and 4 left out): the cells are placed by their aria-colindex', () => {
    const html =
      `<style>.row { display: flex; } ${orders}</style>` +
      head(`<div role="columnheader" aria-colindex="1" class="c-id">ID/Name</div><div role="columnheader" aria-colindex="2" class="c-region">Region</div><div role="columnheader" aria-colindex="5" class="c-exp">Expiration Time</div>`) +
      `<div class="grid-body">` +
      `<div class="row"><div class="c-exp" aria-colindex="5">2027-01-08 23:59:59</div><div class="c-id" aria-colindex="1">lhins-sh7p9r1t</div><div class="c-region" aria-colindex="2">East China (Shanghai)</div></div>` +
      `<div class="row"><div class="c-region" aria-colindex="2">South China (Guangzhou)</div><div class="c-exp" aria-colindex="5">2027-02-11 23:59:59</div><div class="c-id" aria-colindex="1">lhins-gz2k4m6n</div></div></div>`;
    expect(read(html, url)?.facts.servers).toEqual([
      { id: 'lhins-sh7p9r1t', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai', expiresAt: '2027-01-08' },
      { id: 'lhins-gz2k4m6n', provider: 'tencent', product: 'lighthouse', region: 'ap-guangzhou', expiresAt: '2027-02-11' },
    ]);
  });
});

describe('CSS order only moves the cells of a flex or grid row (dom/table.ts drawnCells)', () => {
  const url = 'https://console.tencentcloud.com/lighthouse/instance/index';

  it('a <table> drawn as a table (rows flex only on narrow screens): order rules on its header cells move nothing', () => {
    const html =
      `<style>thead th.c-id { order: 1; } thead th.c-exp { order: 2; } thead th.c-created { order: 3; }` +
      ` @media (max-width: 600px) { tr { display: flex; } td.c-id { order: 1; } td.c-exp { order: 2; } td.c-created { order: 3; } }</style>` +
      `<table><thead><tr><th class="c-id">ID/Name</th><th class="c-created">Creation Time</th><th class="c-exp">Expiration Time</th></tr></thead>` +
      `<tbody><tr><td class="c-id">lhins-sh7p9r1t</td><td class="c-created">2026-01-08 10:00:00</td><td class="c-exp">2027-01-08 23:59:59</td></tr></tbody></table>`;
    expect(read(html, url)?.facts.servers).toEqual([{ id: 'lhins-sh7p9r1t', provider: 'tencent', product: 'lighthouse', createdAt: '2026-01-08', expiresAt: '2027-01-08' }]);
  });
});

describe('bootstrap-like grids of labels and values (dom/field.ts)', () => {
  const url = 'https://beian.console.alibabacloud.com/#/entity';
  const css =
    `<style>.row { display: flex; flex-wrap: wrap; } .col-4 { flex: 0 0 33.3%; } .col-8 { flex: 0 0 66.6%; } .col-md-2 { flex: 0 0 16.6%; }` +
    ` .col-md-4 { flex: 0 0 33.3%; } .col-md-3 { flex: 0 0 25%; } .text-muted { color: #888; }</style>`;
  const L = ['Entity Name', 'Entity Type', 'ID Type', 'ID Number', 'Province'];
  const V = ['宁波明山茶业有限公司', 'Enterprise', 'Business License', '9133**********8A2X', '浙江省 / 宁波市 / 鄞州区'];
  const whole = { type: 'organization', name: '宁波明山茶业有限公司', idType: 'Business License', idNumber: '9133**********8A2X', province: '浙江省' };
  const entity = (body: string) => read(`${css}<h3>Entity Information</h3><div class="container">${body}</div>`, url)?.facts.entity;

  it('a label column (col col-4) and a value column (col col-8), a row per field or all in one row, read', () => {
    expect(entity(L.map((l, i) => `<div class="row"><div class="col col-4 text-muted">${l}</div><div class="col col-8">${V[i]}</div></div>`).join(''))).toEqual(whole);
    expect(entity(`<div class="row">${L.map((l, i) => `<div class="col col-4 text-muted">${l}</div><div class="col col-8">${V[i]}</div>`).join('')}</div>`)).toEqual(whole);
  });

  it('four to a row (col-md-2 label, col-md-4 value), in one row or a row per two fields, read', () => {
    expect(entity(`<div class="row">${L.map((l, i) => `<div class="col-md-2 text-muted">${l}</div><div class="col-md-4">${V[i]}</div>`).join('')}</div>`)).toEqual(whole);
    const rows = [0, 2, 4].map((s) => `<div class="row">${L.slice(s, s + 2).map((l, i) => `<div class="col-md-2">${l}</div><div class="col-md-4">${V[s + i]}</div>`).join('')}</div>`);
    expect(entity(rows.join(''))).toEqual(whole);
  });

  it('a row of labels over a row of their values (col-md-3 alike, the labels classed more): each label takes the value below it', () => {
    const labels = `<div class="row">${L.slice(0, 4).map((l) => `<div class="col-md-3 text-muted">${l}</div>`).join('')}</div>`;
    const values = `<div class="row">${V.slice(0, 4).map((x) => `<div class="col-md-3">${x}</div>`).join('')}</div>`;
    expect(entity(labels + values)).toEqual({ type: 'organization', name: '宁波明山茶业有限公司', idType: 'Business License', idNumber: '9133**********8A2X' });
  });

  it('negative: a value missing from the row below, no label takes the next label (or a shifted value)', () => {
    const labels = `<div class="row">${L.slice(0, 4).map((l) => `<div class="col-md-3 text-muted">${l}</div>`).join('')}</div>`;
    const values = `<div class="row">${[V[0], V[1], V[3]].map((x) => `<div class="col-md-3">${x}</div>`).join('')}</div>`;
    const got = entity(labels + values) ?? {};
    const words = new Set(L.map((t) => t.toLowerCase()));
    for (const v of Object.values(got)) expect(words.has(String(v).toLowerCase()), String(v)).toBe(false);
    expect(got).not.toHaveProperty('idType', '9133**********8A2X');
    expect(String(got.idNumber ?? '')).not.toMatch(/^Ente/);
  });
});

describe('text a script puts straight into a <tbody> or <tr> (dom/page-state.ts scanOutsideCells)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const list =
    `<div class="tea-table"><table><thead><tr><th>ID/名称</th><th>状态</th><th>可用区</th><th>到期时间</th></tr></thead>` +
    `<tbody id="rows"><tr><td>ins-k9x8w7v6</td><td>运行中</td><td>广州三区</td><td>2027-03-01 10:00:00</td></tr></tbody></table></div>`;

  it('a <tbody> whose rows a script replaced by "加载中..." is the page loading; a <tr> of that text alike', () => {
    const doc = page(list, url);
    expect(pageLoading(doc.body, createVisibilityCache())).toBe(false);
    doc.getElementById('rows')!.textContent = '加载中...';
    expect(pageLoading(doc.body, createVisibilityCache())).toBe(true);
    expect(readPage(doc, new URL(url))?.facts.servers ?? []).toEqual([]);
    const other = page(list, url);
    other.querySelector('#rows tr')!.textContent = '正在加载...';
    expect(pageLoading(other.body, createVisibilityCache())).toBe(true);
  });
});

describe('a carousel track moved by a class rule\'s transform (dom/visibility.ts offTrackSlide)', () => {
  const url = 'https://console.tencentcloud.com/lighthouse/instance/index';
  const css =
    `<style>.viewport { overflow: hidden; } .track { display: flex; transition: transform .3s; } .slide { flex: 0 0 100%; }` +
    ` .track.at-1 { transform: translateX(-100%); } .track.at-2 { transform: translateX(-200%); }</style>`;
  const card = (id: string, bandwidth: string, expiry: string) =>
    `<div class="lh-card"><div>${id}</div><dl><dt>Region</dt><dd>South China (Guangzhou)</dd><dt>Bandwidth</dt><dd>${bandwidth}</dd><dt>Expiration Time</dt><dd>${expiry}</dd></dl></div>`;
  const track = (cls: string) =>
    `${css}<div class="viewport"><div class="${cls}">` +
    `<div class="slide">${card('lhins-gz0q2s4u', '30 Mbps', '2026-08-01 23:59:59')}${card('lhins-gz9w1y3a', '100 Mbps', '2028-01-01 23:59:59')}</div>` +
    `<div class="slide">${card('lhins-gz4b6d8f', '5 Mbps', '2027-03-20 23:59:59')}${card('lhins-gz7h9k1m', '8 Mbps', '2027-01-08 23:59:59')}</div>` +
    `<div class="slide">${card('lhins-gz5s7u9w', '1 Gbps', '2029-09-09 23:59:59')}${card('lhins-gz2n4p6r', '50 Mbps', '2026-07-07 23:59:59')}</div></div></div>`;
  const ids = (html: string) => (read(html, url)?.facts.servers ?? []).map((s) => s.id);

  it('reads the slide the class moves into the viewport, not the slides beside it', () => {
    expect(ids(track('track at-1'))).toEqual(['lhins-gz4b6d8f', 'lhins-gz7h9k1m']);
    expect(ids(track('track at-2'))).toEqual(['lhins-gz5s7u9w', 'lhins-gz2n4p6r']);
    expect(ids(track('track'))).toEqual(['lhins-gz0q2s4u', 'lhins-gz9w1y3a']);
  });

  it('a wrapping row of cards whose class a rule also moves (an entrance animation) is no track: every card is read', () => {
    const html = track('track').replace('.track { display: flex;', '.track { display: flex; flex-wrap: wrap;').replace('.track.at-1 {', '.track.enter { transform: translateY(12px); } .track.at-1 {');
    expect(ids(html)).toHaveLength(6);
  });
});

describe('text in a transparent colour: SVG text has a fill of its own, a big box is looked through (dom/visibility.ts transparentText)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-gz4b6d8f';

  it('an SVG <text> in a box whose colour is transparent is drawn by its fill', () => {
    const doc = page(
      `<style>.badge, .shimmer { color: transparent; } .badge text { fill: #1e8e3e; }</style>` +
        `<div class="badge" id="b"><svg width="60" height="20"><text x="0" y="14">运行中</text></svg></div>` +
        `<div class="shimmer" id="c"><svg width="60" height="20"><text x="0" y="14" fill="transparent">已关机</text></svg></div>` +
        `<div class="shimmer" id="d"><svg width="60" height="20" fill="currentColor"><text x="0" y="14">已关机</text></svg></div>`,
      url,
    );
    const cache = createVisibilityCache();
    expect(visibleText(doc.getElementById('b'), cache)).toBe('运行中');
    expect(visibleText(doc.getElementById('c'), cache)).toBe('');
    expect(visibleText(doc.getElementById('d'), cache)).toBe('');
  });

  it('a shimmer box over more than sixty elements (most of them icons and wrappers) still hides its stale text', () => {
    const icons = '<i class="icon"></i>'.repeat(70);
    const doc = page(
      `<style>.skeleton { color: transparent; background: #eee; }</style>` +
        `<div class="skeleton" id="s"><div class="icons">${icons}</div><dl><dt>地域</dt><dd>广州</dd><dt>到期时间</dt><dd>2026-01-01</dd></dl></div>`,
      url,
    );
    expect(visibleText(doc.getElementById('s'), createVisibilityCache())).toBe('');
  });
});
