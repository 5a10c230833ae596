import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { relativeTimeDate } from '../../src/readers/dom/parse-date';
import { controlValue } from '../../src/readers/dom/units';
import { creationInText, expiryInText } from '../../src/readers/tencent/values';
import { clippedToNothing, createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';

/**
 * Faults found by the fifteenth round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md), each
 * narrowed down to the smallest markup that showed it.
 */

const page = (style: string, body: string, url = 'https://console.cloud.tencent.com/') =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (style: string, body: string, url: string) => readPage(page(style, body, url), new URL(url))?.facts;

describe('a box clipped to nothing by clip-path is hidden, wherever it sits (dom/visibility.ts clippedToNothing)', () => {
  it('hides inset(0 0 0 100%) and circle(0) boxes in the flow, from a rule or inline, and shows a partly clipped one', () => {
    const doc = page(
      '.was { clip-path: inset(0 0 0 100%); } .half { clip-path: inset(0 50% 0 0); }',
      '<span class="was" id="a">x</span><span style="clip-path: circle(0)" id="b">y</span><span class="half" id="c">z</span><span id="d">w</span>',
    );
    const cache = createVisibilityCache();
    expect(isVisible(doc.getElementById('a'), cache)).toBe(false);
    expect(isVisible(doc.getElementById('b'), cache)).toBe(false);
    expect(isVisible(doc.getElementById('c'), cache)).toBe(true);
    expect(isVisible(doc.getElementById('d'), cache)).toBe(true);
  });

  it('judges declared and computed shapes', () => {
    expect(clippedToNothing('inset(0 0 0 100%)')).toBe(true);
    expect(clippedToNothing('inset(0px 0px 0px 100%)')).toBe(true);
    expect(clippedToNothing('inset(50%)')).toBe(true);
    expect(clippedToNothing('inset(100% 0 0)')).toBe(true);
    expect(clippedToNothing('inset(60% 0 40% 0 round 4px)')).toBe(true);
    expect(clippedToNothing('circle(0)')).toBe(true);
    expect(clippedToNothing('circle(0px at 50% 50%)')).toBe(true);
    expect(clippedToNothing('ellipse(0 20px)')).toBe(true);
    // (guard: a box with something left to draw)
    expect(clippedToNothing('none')).toBe(false);
    expect(clippedToNothing('inset(0 50% 0 0)')).toBe(false);
    expect(clippedToNothing('inset(10px)')).toBe(false);
    expect(clippedToNothing('circle(40%)')).toBe(false);
    expect(clippedToNothing('circle(50% at 0 0)')).toBe(false);
    expect(clippedToNothing('polygon(0 0, 100% 0, 100% 100%)')).toBe(false);
  });

  it('reads the shown status of a code, not an earlier one clipped away before it', () => {
    const url = 'https://console.cloud.tencent.com/beian/authcode';
    const body =
      '<table><thead><tr><th>备案授权码</th><th>关联的云服务</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody>' +
      '<tr><td>BA2P4R6T8V0X2Z4B</td><td>云服务器 ins-gz8r0t2v<br>广州 | 119.29.30.41</td><td>100033334444</td>' +
      '<td><span class="was">未使用</span><span>使用中</span></td></tr></tbody></table>';
    const codes = read('.was { clip-path: inset(0 0 0 100%); }', body, url)?.servers?.[0]?.authorizationCodes;
    expect(codes).toEqual([{ code: 'BA2P4R6T8V0X2Z4B', targetAccount: '100033334444', status: 'in-use' }]);
  });

  it('reads the shown expiry of a Lighthouse instance, not the old one clipped away by circle(0) before it', () => {
    const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-gz6c8e0g';
    const body =
      '<div class="tea-form__item"><div class="tea-form__label">名称/ID</div><div class="tea-form__controls">blog<br>lhins-gz6c8e0g</div></div>' +
      '<div class="tea-form__item"><div class="tea-form__label">地域</div><div class="tea-form__controls"><span class="was">上海 | 上海五区</span>广州 | 广州三区</div></div>' +
      '<div class="tea-form__item"><div class="tea-form__label">到期时间</div><div class="tea-form__controls"><span class="was">2026-12-20 14:02:11</span> <span>2027-03-20 14:02:11</span></div></div>';
    const server = read('.was { clip-path: circle(0); }', body, url)?.servers?.[0];
    expect([server?.region, server?.expiresAt]).toEqual(['ap-guangzhou', '2027-03-20']);
  });
});

describe('a filing website step with a tag picker and a <select multiple> of servers', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204000731/website';
  const item = (label: string, controls: string) =>
    `<div class="tea-form__item"><div class="tea-form__label">${label}</div><div class="tea-form__controls">${controls}</div></div>`;
  const body = (services: string) =>
    '<section class="tea-card"><h3>网站信息</h3>' +
    item('网站名称', '<input type="text" value="青禾智联官网">') +
    item('网站域名', '<input type="text" value="qinghe-iot.com">') +
    item(
      '网站服务内容',
      '<ul role="listbox"><li role="option" aria-selected="false">综合门户</li><li role="option" aria-selected="true">企业官网</li>' +
        '<li role="option" aria-selected="false">博客/个人空间</li></ul>',
    ) +
    item('对应云服务', services) +
    '</section>';
  const select =
    '<select multiple><option value="ins-gz1a3c5e">云服务器 ins-gz1a3c5e（广州 | 119.29.17.3）</option>' +
    '<option value="ins-sh4f6h8j" selected>云服务器 ins-sh4f6h8j（上海 | 159.75.20.18）</option>' +
    '<option value="lhins-bj2k4m6n">轻量应用服务器 lhins-bj2k4m6n（北京 | 81.68.9.40）</option></select>';

  it('takes the content from the listbox option marked aria-selected, not every tag shown (dom/units.ts listOptionKind)', () => {
    expect(read('', body(select), url)?.websites?.[0]?.content).toBe('企业官网');
  });

  it("gives the chosen server its region from the chosen option's own text (tencent/beian-form.ts pickedServer)", () => {
    const facts = read('', body(select), url);
    expect(facts?.websites?.[0]?.serverId).toBe('ins-sh4f6h8j');
    expect(facts?.servers).toEqual([{ id: 'ins-sh4f6h8j', provider: 'tencent', product: 'cvm', region: 'ap-shanghai' }]);
  });

  it('gives a <select multiple> the options chosen, and nothing when none is (dom/units.ts multipleChoice)', () => {
    const doc = page(
      '',
      '<select id="two" multiple><option selected>甲</option><option>乙</option><option selected>丙</option></select>' +
        '<select id="none" multiple><option>甲</option><option>乙</option></select>',
    );
    expect(controlValue(doc.getElementById('two')!, 'SELECT')).toBe('甲 丙');
    expect(controlValue(doc.getElementById('none')!, 'SELECT')).toBe('');
  });

  it('keeps the words of a listbox that marks nothing selected (a menu of suggestions)', () => {
    const facts = read('', body(select).replace(/ aria-selected="true"/, ' aria-selected="false"'), url);
    expect(facts?.websites?.[0]?.content).toBe('综合门户 企业官网 博客/个人空间');
  });
});

describe('a date given with its zone before the word it belongs to (tencent/values.ts DATE_TIME)', () => {
  it('reads "… (UTC+8)到期" and "… (UTC+8)创建" lines', () => {
    expect(expiryInText('包年包月 2027-01-18 23:59:59 (UTC+8)到期')).toBe('2027-01-18');
    expect(expiryInText('包年包月 2027-01-18 23:59:59（UTC+08:00）到期')).toBe('2027-01-18');
    expect(creationInText('按量计费 2026-11-02 10:15:00 UTC+8 创建')).toBe('2026-11-02');
    expect(expiryInText('Expires at 2027-03-20 23:59:59 (GMT+8)')).toBe('2027-03-20');
    // (guard: a zone does not join a date to a word that belongs to something else)
    expect(creationInText('2027-01-18 23:59:59 (UTC+8)到期')).toBeUndefined();
  });

  it('gives a CVM list row its expiry and creation dates from such lines', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
    const row = (id: string, billing: string) =>
      `<tr><td>${id}</td><td>广州三区</td><td>2核 4GB 5Mbps</td><td>119.29.8.16(公)<br>10.0.0.8(内)</td><td>${billing}</td><td>按带宽计费</td></tr>`;
    const body =
      '<table><thead><tr><th>ID/名称</th><th>可用区</th><th>配置</th><th>主IPv4地址</th><th>实例计费模式</th><th>网络计费模式</th></tr></thead><tbody>' +
      row('ins-gz7k2m4p', '包年包月<br>2027-01-18 23:59:59 (UTC+8)到期') +
      row('ins-gz9v1x3z', '按量计费<br>2026-11-02 10:15:00 (UTC+8)创建') +
      '</tbody></table>';
    const servers = read('', body, url)?.servers ?? [];
    expect(servers.map((s) => [s.id, s.expiresAt, s.createdAt])).toEqual([
      ['ins-gz7k2m4p', '2027-01-18', undefined],
      ['ins-gz9v1x3z', undefined, '2026-11-02'],
    ]);
  });
});

describe('text drawn in a transparent colour is not shown (dom/visibility.ts transparentText)', () => {
  it('hides stale values under a shimmer box, not text drawn another way or a link that keeps its colour', () => {
    const doc = page(
      '.busy .v { color: transparent; background: #eee; } .grad { color: transparent; background: linear-gradient(#000, #333); background-clip: text; }' +
        ' .busy .w { color: rgba(0, 0, 0, 0); } .busy .w a { color: #006eff; }',
      '<div class="busy"><span class="v" id="a">2026-12-20</span><span class="w" id="b">到期 <a href="#">续费</a></span></div>' +
        '<span class="grad" id="c">标题</span><span id="d">2027-03-20</span>',
    );
    const cache = createVisibilityCache();
    expect(isVisible(doc.getElementById('a'), cache)).toBe(false);
    expect(isVisible(doc.getElementById('b'), cache)).toBe(true);
    expect(isVisible(doc.getElementById('c'), cache)).toBe(true);
    expect(isVisible(doc.getElementById('d'), cache)).toBe(true);
  });
});

describe('a busy card with fields of its own beside loaded cards of its kind is that card refreshing (dom/page-state.ts besideLoadedCards)', () => {
  const url = 'https://console.tencentcloud.com/cvm/instance/detail?rid=4&id=ins-sh4k6m8p';
  const style = '.tea-card[aria-busy="true"] .tea-form__controls { color: transparent; background: #eee; }';
  const item = (label: string, value: string) =>
    `<div class="tea-form__item"><div class="tea-form__label">${label}</div><div class="tea-form__controls">${value}</div></div>`;
  const billing = (busy: string) =>
    `<section class="tea-card"${busy}><h3>Billing Information</h3>${item('Expiration Time', '2026-12-20 23:59:59')}${item('Billing Mode', 'Pay-as-you-go')}</section>`;
  const basic = (busy: string) =>
    `<section class="tea-card"${busy}><h3>Basic Information</h3>${item('Instance ID', 'ins-sh4k6m8p')}${item('Region', 'East China (Shanghai)')}` +
    `${item('Instance Billing Mode', 'Monthly Subscription')}${item('Bandwidth Cap', '10 Mbps')}</section>`;

  it('reads the loaded card and none of the busy one\'s old values', () => {
    const body = `<div class="cols"><div class="col-side">${billing(' aria-busy="true"')}</div><div class="col-main">${basic('')}</div></div>`;
    expect(read(style, body, url)?.servers).toEqual([
      { id: 'ins-sh4k6m8p', provider: 'tencent', product: 'cvm', region: 'ap-shanghai', billing: 'subscription', publicBandwidthMbps: 10 },
    ]);
  });

  it('reads nothing while every card of the kind is busy, or one busy box holds them all', () => {
    expect(read(style, `<div class="cols"><div class="col-side">${billing(' aria-busy="true"')}</div><div class="col-main">${basic(' aria-busy="true"')}</div></div>`, url)).toBeUndefined();
    expect(read(style, `<div class="cols" aria-busy="true"><div class="col-side">${billing('')}</div><div class="col-main">${basic('')}</div></div>`, url)).toBeUndefined();
  });
});

describe('a carousel draws only the slides in its viewport (dom/visibility.ts offTrackSlides)', () => {
  const style =
    '.viewport { overflow: hidden; } .track { display: flex; } .slide { flex: 0 0 100%; } .third { flex: 0 0 33.3333%; }';
  const card = (id: string, bandwidth: string, expiry: string) =>
    `<div class="lh-card"><div>${id}</div><dl><dt>Region</dt><dd>South China (Guangzhou)</dd><dt>Bandwidth</dt><dd>${bandwidth}</dd>` +
    `<dt>Expiration Time</dt><dd>${expiry}</dd></dl></div>`;
  const track = (transform: string, cls = 'slide') =>
    `<div class="viewport"><div class="track" style="transform: ${transform}">` +
    `<div class="${cls}">${card('lhins-gz0q2s4u', '30 Mbps', '2026-08-01 23:59:59')}${card('lhins-gz9w1y3a', '100 Mbps', '2028-01-01 23:59:59')}</div>` +
    `<div class="${cls}">${card('lhins-gz4b6d8f', '5 Mbps', '2027-03-20 23:59:59')}${card('lhins-gz7h9k1m', '8 Mbps', '2027-01-08 23:59:59')}</div>` +
    `<div class="${cls}">${card('lhins-gz5s7u9w', '1 Gbps', '2029-09-09 23:59:59')}${card('lhins-gz2n4p6r', '50 Mbps', '2026-07-07 23:59:59')}</div></div></div>`;
  const url = 'https://console.tencentcloud.com/lighthouse/instance/index';
  const ALL = ['lhins-gz0q2s4u', 'lhins-gz9w1y3a', 'lhins-gz4b6d8f', 'lhins-gz7h9k1m', 'lhins-gz5s7u9w', 'lhins-gz2n4p6r'];
  const ids = (body: string, css = style) => (read(css, body, url)?.servers ?? []).map((s) => s.id);

  it('reads the slide moved into the viewport, not the slides beside it', () => {
    expect(ids(track('translateX(-100%)'))).toEqual(['lhins-gz4b6d8f', 'lhins-gz7h9k1m']);
    expect(ids(track('translate3d(-200%, 0px, 0px)'))).toEqual(['lhins-gz5s7u9w', 'lhins-gz2n4p6r']);
    expect(ids(track('translateX(0%)'))).toEqual(['lhins-gz0q2s4u', 'lhins-gz9w1y3a']);
  });

  it('shows every slide of a track that fits the viewport, and leaves a track it cannot place alone', () => {
    expect(ids(track('translateX(0px)', 'third'))).toEqual(ALL);
    // (px with no px width for the viewport: not placed, all read as before)
    expect(ids(track('translateX(-640px)'))).toEqual(ALL);
    // (no clipping viewport: every slide is drawn somewhere on the page)
    expect(ids(track('translateX(-100%)'), style.replace('overflow: hidden;', ''))).toEqual(ALL);
  });
});

describe('a <time datetime> shown as relative text stands for its date (dom/parse-date.ts relativeTimeDate)', () => {
  it('gives the date of a relative <time>, and nothing for one that shows a date or holds a duration', () => {
    const doc = page(
      '',
      '<time id="a" datetime="2027-03-20T23:59:59+08:00">3 个月后到期</time><time id="b" datetime="2027-03-20T16:00:00Z">in 106 days</time>' +
        '<time id="c" datetime="2027-03-19T16:00:00Z">2027-03-20</time><time id="d" datetime="PT2H">2 小时</time>',
    );
    const at = (id: string) => relativeTimeDate(doc.getElementById(id)!);
    expect([at('a'), at('b'), at('c'), at('d')]).toEqual(['2027-03-20', '2027-03-21', undefined, undefined]);
  });

  it('gives a CVM list row the expiry its relative "3 个月后到期" stands for', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
    const row = (id: string, billing: string) =>
      `<tr><td>${id}</td><td>广州六区</td><td>2核 8GB 10Mbps</td><td>119.29.8.27(公)</td><td>${billing}</td><td>按带宽计费</td></tr>`;
    const body =
      '<table><thead><tr><th>ID/名称</th><th>可用区</th><th>配置</th><th>主IPv4地址</th><th>实例计费模式</th><th>网络计费模式</th></tr></thead><tbody>' +
      row('ins-gz3n5q7s', '包年包月<br><span><time datetime="2027-03-20T23:59:59+08:00" title="2027-03-20 23:59:59">3 个月后到期</time></span>') +
      row('ins-gz9v1x3z', '按量计费<br><time datetime="2026-11-02T10:15:00+08:00">1 个月前</time>') +
      '</tbody></table>';
    const servers = read('', body, url)?.servers ?? [];
    expect(servers.map((s) => [s.id, s.expiresAt, s.createdAt])).toEqual([
      ['ins-gz3n5q7s', '2027-03-20', undefined],
      ['ins-gz9v1x3z', undefined, undefined],
    ]);
  });
});
