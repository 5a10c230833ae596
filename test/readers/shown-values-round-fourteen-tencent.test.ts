import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { controlValue } from '../../src/readers/dom/units';
import { createVisibilityCache, isVisible, scaledToNothing } from '../../src/readers/dom/visibility';
import { visibleText } from '../../src/readers/dom/visible-text';

/**
 * Faults found by the fourteenth round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md), each
 * narrowed down to the smallest markup that showed it.
 */

const page = (style: string, body: string, url = 'https://console.cloud.tencent.com/') =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (style: string, body: string, url: string) => readPage(page(style, body, url), new URL(url))?.facts;

describe('a box scaled to nothing by a transform is hidden (dom/visibility.ts scaledToNothing)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const table = (code: string, account: string, status: string) =>
    '<table><thead><tr><th>备案授权码</th><th>关联的云服务</th><th>授权使用账户</th><th>状态</th></tr></thead>' +
    `<tbody><tr><td>${code}</td><td><div>云服务器</div><div>ins-gz6h8j0k</div><div>广州 | 118.89.52.14</div></td><td>${account}</td><td>${status}</td></tr></tbody></table>`;
  const body = `<div class="history-panel">${table('BA0P2O4I6U8Y0T2R', '100099990000', '未使用')}</div>${table('BA2D4F6G8H0J2K4L', '100012345678', '已使用')}`;

  it('reads the shown table of codes, not the one in a closed panel zoomed to scaleY(0) before it', () => {
    const facts = read('.history-panel { position: absolute; transform: scaleY(0); transform-origin: top; }', body, url);
    expect(facts?.servers?.[0]?.authorizationCodes).toEqual([{ code: 'BA2D4F6G8H0J2K4L', targetAccount: '100012345678', status: 'used' }]);
  });

  it('tells a flat transform from a drawn one, as a browser computes it (a matrix) and as declared', () => {
    expect(scaledToNothing('matrix(1, 0, 0, 0, 0, 0)')).toBe(true);
    expect(scaledToNothing('matrix(0, 0, 0, 0, 0, 0)')).toBe(true);
    expect(scaledToNothing('matrix3d(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1)')).toBe(true);
    expect(scaledToNothing('scale(0)')).toBe(true);
    expect(scaledToNothing('scale(1, 0)')).toBe(true);
    expect(scaledToNothing('translateX(-50%) scaleX(0)')).toBe(true);
    // (guard: a drawn box)
    expect(scaledToNothing('none')).toBe(false);
    expect(scaledToNothing('matrix(1, 0, 0, 1, 0, 0)')).toBe(false);
    expect(scaledToNothing('scale(1)')).toBe(false);
    expect(scaledToNothing('scale(0.5)')).toBe(false);
    expect(scaledToNothing('translateY(10px)')).toBe(false);
  });
});

describe('a box capped at max-height: 0 with its overflow clipped is hidden (dom/visibility.ts collapsedToNothing)', () => {
  const style = '.detail { max-height: 0; overflow: hidden; } .detail.open { max-height: 240px; } .held { min-height: 20px; }';
  const doc = page(style, '<div class="detail" id="a"><span id="a1">x</span></div><div class="detail open" id="b"><span id="b1">y</span></div><div class="detail held" id="c"><span id="c1">z</span></div>');

  it('hides a collapsed box and shows an opened one and one held open by a min-height', () => {
    const cache = createVisibilityCache();
    expect(isVisible(doc.getElementById('a1'), cache)).toBe(false);
    expect(isVisible(doc.getElementById('b1'), cache)).toBe(true);
    expect(isVisible(doc.getElementById('c1'), cache)).toBe(true);
  });

  it('gives no creation date from a collapsed detail row of a Lighthouse list', () => {
    const url = 'https://console.tencentcloud.com/lighthouse/instance/index';
    const body =
      '<div role="grid"><div role="row"><div role="columnheader">ID/Name</div><div role="columnheader">Region</div><div role="columnheader">Expiration Time</div></div>' +
      '<div role="row"><div role="gridcell">lhins-bj2v4x6z</div><div role="gridcell">North China (Beijing)</div><div role="gridcell">2027-06-01 23:59:59</div></div>' +
      '<div role="row" class="detail"><div role="gridcell" aria-colspan="3"><dl><dt>Creation Time</dt><dd>2026-06-01 16:40:10</dd></dl></div></div>' +
      '<div role="row"><div role="gridcell">lhins-gz4k6m8n</div><div role="gridcell">South China (Guangzhou)</div><div role="gridcell">2027-03-20 23:59:59</div></div>' +
      '<div role="row" class="detail open"><div role="gridcell" aria-colspan="3"><dl><dt>Creation Time</dt><dd>2026-09-20 10:12:05</dd></dl></div></div></div>';
    const servers = read(style, body, url)?.servers ?? [];
    expect(servers.map((s) => [s.id, s.createdAt])).toEqual([
      ['lhins-bj2v4x6z', undefined],
      ['lhins-gz4k6m8n', '2026-09-20'],
    ]);
  });
});

describe('a :has() rule hides only what it names (dom/visibility.ts matchesRelational)', () => {
  const url = 'https://console.tencentcloud.com/domain/info/northpine-studio.com';
  const style = '.panel:has(> .panel__head [aria-expanded="false"]) > .panel__body { display: none; }';
  const body =
    '<h2>northpine-studio.com</h2>' +
    '<div class="panel"><div class="panel__head">Basic Information</div><div class="panel__body"><dl><dt>Domain Name</dt><dd>northpine-studio.com</dd>' +
    '<dt>Registrar</dt><dd>Yantai Disipu Network Technology Co., Ltd.</dd><dt>Expiration Time</dt><dd>2027-03-20 10:21:33</dd></dl></div></div>' +
    '<div class="panel"><div class="panel__head">Change History <button aria-expanded="false">Expand</button></div><div class="panel__body"><dl>' +
    '<dt>Domain Owner (Chinese)</dt><dd>周北松</dd></dl></div></div>';

  it('reads the panel whose head says nothing of being collapsed, not the collapsed one', () => {
    // (happy-dom matches `:has(> .head [x])` as `:has(> .head)`: both panels, and computes display none for both)
    expect(read(style, body, url)?.domains).toEqual([{ domain: 'northpine-studio.com', registrar: 'Yantai Disipu Network Technology Co., Ltd.', expiresAt: '2027-03-20' }]);
  });
});

describe('a disabled select shows the option its markup marks selected (dom/units.ts controlValue)', () => {
  it('inside an <optgroup> too', () => {
    const doc = page('', '<select id="s" disabled><optgroup label="华东"><option>上海市</option><option>江苏省</option><option selected>浙江省</option></optgroup><optgroup label="华南"><option>广东省</option></optgroup></select>');
    expect(controlValue(doc.getElementById('s')!, 'SELECT')).toBe('浙江省');
  });
});

describe('a domain status shown as a read-only input (tencent/domain-list.ts domainStatusTokens)', () => {
  it('is read', () => {
    const url = 'https://console.tencentcloud.com/domain/info/northpine-studio.com';
    const body =
      '<h2>northpine-studio.com</h2><div><label for="d">Domain Name</label> <input id="d" readonly value="northpine-studio.com"></div>' +
      '<div><label for="r">Registrar</label> <input id="r" readonly value="Yantai Disipu Network Technology Co., Ltd."></div>' +
      '<div><label for="s">Domain Status</label> <input id="s" readonly value="Normal"></div>';
    expect(read('', body, url)?.domains?.[0]?.status).toEqual(['Normal']);
  });
});

describe('"Instance Bundle" names the Lighthouse package column (rules/labels/tencent.json)', () => {
  it('gives the bandwidth of the bundle', () => {
    const url = 'https://console.tencentcloud.com/lighthouse/instance/index';
    const body =
      '<table><thead><tr><th>ID/Name</th><th>Region</th><th>Instance Bundle</th><th>Expiration Time</th></tr></thead><tbody>' +
      '<tr><td>lhins-sh7p9r1t</td><td>East China (Shanghai)</td><td>General 2 Cores | 2 GB | 40 GB SSD | 4 Mbps peak bandwidth</td><td>2027-01-08 23:59:59</td></tr></tbody></table>';
    expect(read('', body, url)?.servers?.[0]?.publicBandwidthMbps).toBe(4);
  });
});

describe('flex rows whose cells are drawn in another order by CSS order (dom/table.ts drawnAriaCells)', () => {
  const url = 'https://console.tencentcloud.com/lighthouse/instance/index';
  const style = '.row { display: flex; } .c-id { order: 1; } .c-region { order: 2; } .c-exp { order: 3; }';
  // the header's markup order: id, expiry, region; the cells': region, expiry, id — drawn alike by `order`
  const body =
    '<div role="grid"><div class="row" role="row"><div class="c-id" role="columnheader">ID/Name</div><div class="c-exp" role="columnheader">Expiration Time</div><div class="c-region" role="columnheader">Region</div></div>' +
    '<div class="row" role="row"><div class="c-region" role="gridcell">East China (Shanghai)</div><div class="c-exp" role="gridcell">2027-01-08 23:59:59</div><div class="c-id" role="gridcell">lhins-sh7p9r1t</div></div></div>';

  it('reads each cell under the header drawn above it', () => {
    expect(read(style, body, url)?.servers).toEqual([{ id: 'lhins-sh7p9r1t', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai', expiresAt: '2027-01-08' }]);
  });
});

describe('values paired with their labels by aria-labelledby (dom/field.ts valueNamingLabel)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh3d5f7g';
  const style = '.kv { display: grid; grid-template-columns: 120px 1fr; } .k { grid-column: 1; } .v { grid-column: 2; }';
  // every label first, then the values in another order, each placed on its label's row by the grid
  const body =
    '<div class="kv"><span class="k" id="l-id" style="grid-row: 1">实例ID</span><span class="k" id="l-region" style="grid-row: 2">地域</span>' +
    '<span class="k" id="l-billing" style="grid-row: 3">计费模式</span><span class="k" id="l-exp" style="grid-row: 4">到期时间</span>' +
    '<output class="v" aria-labelledby="l-id" style="grid-row: 1">lhins-sh3d5f7g</output><output class="v" aria-labelledby="l-exp" style="grid-row: 4">2027-03-20 23:59:59</output>' +
    '<output class="v" aria-labelledby="l-region" style="grid-row: 2">上海 | 上海五区</output><output class="v" aria-labelledby="l-billing" style="grid-row: 3">包年包月</output></div>';

  it('reads each label with the value that names it', () => {
    expect(read(style, body, url)?.servers).toEqual([
      { id: 'lhins-sh3d5f7g', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai', billing: 'subscription', expiresAt: '2027-03-20' },
    ]);
  });

  it('does not take a section named by a title for a value', () => {
    const html = '<section aria-labelledby="t"><h3 id="t">到期时间</h3><p>说明</p></section><div><span>实例ID</span> <span>lhins-sh3d5f7g</span></div>';
    expect(read('', html, url)?.servers?.[0]?.expiresAt).toBeUndefined();
  });
});

describe('a visibility: visible child inside a visibility: hidden box is shown (dom/visibility.ts visibility shells)', () => {
  const style = '.hover-wrap { visibility: hidden; } .hover-wrap > .tag { visibility: visible; }';

  it('reads the status tag a hidden cell wrapper shows again, not the wrapper\'s hidden link or text', () => {
    const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
    const body =
      '<table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr><td>lanshan-tea.com</td><td><div class="hover-wrap">原状态 serverHold <span class="tag">正常</span> <a>设置禁止转移锁</a></div></td><td>已实名认证</td><td>2027-03-20 10:21:33</td></tr>' +
      '<tr><td>lanshan.cn</td><td><div class="hover-wrap"><span class="tag">serverHold</span> <a>查看原因</a> <span>clientHold</span></div></td><td>未实名认证</td><td>2026-12-28 09:02:11</td></tr></tbody></table>';
    expect(read(style, body, url)?.domains?.map((d) => [d.domain, d.status])).toEqual([
      ['lanshan-tea.com', ['正常']],
      ['lanshan.cn', ['serverHold']],
    ]);
  });

  it('shows only what is set visible again: the tag and its own children, not its siblings or the box\'s text', () => {
    const doc = page(style, '<div class="hover-wrap" id="w">Last rejected: Not Verified <span class="tag" id="t"><b id="tb">Verified</b></span> <a id="a">Resubmit</a><span id="s"><i id="si">x</i></span></div>');
    const cache = createVisibilityCache();
    // asked from the deepest first, as a reader asks about a value inside the box
    expect(isVisible(doc.getElementById('si'), cache)).toBe(false);
    expect(isVisible(doc.getElementById('tb'), cache)).toBe(true);
    expect(isVisible(doc.getElementById('a'), cache)).toBe(false);
    expect(visibleText(doc.getElementById('w'), cache)).toBe('Verified');
  });

  it('gives the real-name status a hidden wrapper shows again on a domain page', () => {
    const url = 'https://console.tencentcloud.com/domain/info/northpine-studio.com';
    const body =
      '<h2>northpine-studio.com</h2><dl><dt>Domain Name</dt><dd>northpine-studio.com</dd><dt>Domain Owner (Chinese)</dt><dd>宁波北松设计工作室</dd>' +
      '<dt>Real-Name Verification</dt><dd><div class="hover-wrap"><span class="tag">Verified</span> <a>Resubmit</a> <span>Last rejected Nov 2, 2026: Not Verified</span></div></dd>' +
      '<dt>Verified At</dt><dd>2026-11-05 16:02:44</dd></dl>';
    const d = read(style, body, url)?.domains?.[0];
    expect([d?.realNameVerified, d?.realNameVerifiedAt]).toEqual([true, '2026-11-05']);
  });

  // (guard: a hidden box with nothing shown again stays hidden, text and all)
  it('keeps a hidden box with nothing set visible hidden', () => {
    const doc = page('.w { visibility: hidden; }', '<div class="w" id="w">正常 <span id="t">serverHold</span></div>');
    const cache = createVisibilityCache();
    expect(isVisible(doc.getElementById('t'), cache)).toBe(false);
    expect(visibleText(doc.getElementById('w'), cache)).toBe('');
  });
});

describe('a grid collapsed to a 0fr row track, its content clipped, is hidden (dom/visibility.ts collapsedGrid)', () => {
  const style = '.collapse { display: grid; grid-template-rows: 0fr; } .collapse.open { grid-template-rows: 1fr; } .collapse > .inner { overflow: hidden; min-height: 0; }';

  it('hides a closed one and shows an opened one', () => {
    const doc = page(style, '<div class="collapse" id="a"><div class="inner"><span id="a1">5M</span></div></div><div class="collapse open"><div class="inner"><span id="b1">8M</span></div></div>');
    const cache = createVisibilityCache();
    expect(isVisible(doc.getElementById('a1'), cache)).toBe(false);
    expect(isVisible(doc.getElementById('b1'), cache)).toBe(true);
  });

  it('gives no bandwidth from a collapsed change history when the shown page has none', () => {
    const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh3d5f7g';
    const body =
      '<dl><dt>实例ID</dt><dd>lhins-sh3d5f7g</dd><dt>地域</dt><dd>上海 | 上海五区</dd></dl>' +
      '<h3>配置变更记录</h3><div class="collapse"><div class="inner"><dl><dt>峰值带宽</dt><dd>5M</dd><dt>到期时间</dt><dd>2026-12-20 23:59:59</dd></dl></div></div>';
    const s = read(style, body, url)?.servers?.[0];
    expect([s?.region, s?.publicBandwidthMbps, s?.expiresAt]).toEqual(['ap-shanghai', undefined, undefined]);
  });

  // (guard: a grid whose children do not clip still draws them past its 0 track)
  it('shows the content of a 0fr grid whose children do not clip', () => {
    const doc = page('.g { display: grid; grid-template-rows: 0fr; }', '<div class="g"><div><span id="c1">x</span></div></div>');
    expect(isVisible(doc.getElementById('c1'), createVisibilityCache())).toBe(true);
  });
});
