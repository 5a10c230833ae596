import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the forty-ninth round of held-out pages (both providers; names only assistive technology sees and
 * fields labelled by icons — a clock `aria-label`, an `<svg><title>`, a `title` on a globe, `<abbr title>`, aria-labelledby
 * to hidden words, `<label for>` far from its input, sr-only header rows: test/fixtures-unseen/README.md "Forty-ninth
 * round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const SR = '.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}';
const page = (body: string, url: string, style = SR) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = SR) => readPage(page(body, url, style), new URL(url));

const ecsUrl = 'https://ecs.console.aliyun.com/server/i-bp1r49icon000000001/detail?regionId=cn-hangzhou';
const ecsHead = '<h1>web-r49</h1><p><code>i-bp1r49icon000000001</code></p>';
const fact = (label: string, value: string) => `<span class="fact">${label}<span>${value}</span></span> `;
const clock = (name = '到期时间') => `<i class="next-icon next-icon-clock" role="img" aria-label="${name}"></i>`;
const svgTitled = (name: string) => `<svg role="img" viewBox="0 0 16 16"><title>${name}</title><circle cx="8" cy="8" r="6"/></svg>`;

describe('a field named by an icon alone is read as a screen reader names it (dom/icon-label iconLabels, in dom/field findLabelElements)', () => {
  it('an ECS detail whose strip names its values by a clock aria-label, a globe title, an svg title and an abbr gives them (null before: missing)', () => {
    const body =
      ecsHead +
      '<div class="strip">' +
      fact(svgTitled('地域'), '华东1（杭州）') +
      fact('<abbr title="付费方式">付费</abbr>', '包年包月') +
      fact(clock(), '2027-04-18 23:59:59') +
      fact('<i class="next-icon next-icon-global" title="公网带宽"></i>', '5 Mbps') +
      '</div>';
    expect(read(body, ecsUrl)?.facts.servers).toEqual([
      { id: 'i-bp1r49icon000000001', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-04-18', publicBandwidthMbps: 5 },
    ]);
  });

  it('a Tencent domain page whose <dt>s are icons with a title gives the owner and registrar; a <dd> named by aria-labelledby (a heading and a hidden word) its ID number (missing before)', () => {
    const body =
      '<h2>lanshan-r49.com</h2><div class="tea-card"><h3 id="h-owner">Owner Information</h3><span id="l-idno" hidden>Certificate Number</span><dl>' +
      '<dt><span class="tea-icon tea-icon-user" title="Domain Owner"></span></dt><dd>Chengdu Lanshan R49 Design Co., Ltd.</dd>' +
      '<dt><span class="tea-icon tea-icon-id" aria-hidden="true"></span></dt><dd aria-labelledby="h-owner l-idno">9151**********7K2M</dd>' +
      '<dt><span class="tea-icon tea-icon-building" title="Registrar"></span></dt><dd>Yantai Disipu Network Technology Co., Ltd.</dd>' +
      '</dl></div>';
    const got = read(body, 'https://console.tencentcloud.com/domain/info/lanshan-r49.com')?.facts.domains?.[0];
    expect(got?.registrantName).toBe('Chengdu Lanshan R49 Design Co., Ltd.');
    expect(got?.registrar).toBe('Yantai Disipu Network Technology Co., Ltd.');
    expect(got?.registrantIdNumber).toBe('9151**********7K2M');
  });

  it('the name says which field it is, the value must be shown — an icon whose aria-label holds the date, nothing after it, gives no expiry (the abbr\'s billing: missing before)', () => {
    const body = ecsHead + '<div class="strip">' + fact('<abbr title="付费方式">付费</abbr>', '包年包月') + `<span class="fact">${clock('到期时间 2027-04-18')}</span></div>`;
    const s = read(body, ecsUrl)?.facts.servers?.[0];
    expect(s?.billing).toBe('subscription');
    expect(s?.expiresAt).toBeUndefined();
  });

  it('guard: a word label shown on the page wins over an icon of the same name (the icon\'s value is another box\'s)', () => {
    const body =
      ecsHead +
      '<div class="kv"><span class="k">付费方式</span> <span>包年包月</span></div><div class="kv"><span class="k">到期时间</span> <span>2027-04-18 23:59:59</span></div>' +
      '<div class="promo">' + fact(clock(), '2026-12-31 23:59:59') + '</div>';
    expect(read(body, ecsUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-04-18');
  });

  it('guard: an action named by an icon (a copy or renew button with that aria-label) is no label', () => {
    const body =
      ecsHead + '<div class="strip">' + fact('<abbr title="付费方式">付费</abbr>', '包年包月') + '<span class="fact"><button type="button" aria-label="到期时间"><i class="icon"></i></button><span>2026-12-31 23:59:59</span></span></div>';
    expect(read(body, ecsUrl)?.facts.servers?.[0]?.expiresAt).toBeUndefined();
  });
});

const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=4';
const cvmRow = (id: string, billing: string, bw: string, created: string, exp: string) =>
  `<tr><td><a>${id}</a></td><td>106.14.52.${id.length}(公)</td><td>${billing}</td><td>${bw}</td><td>${created}</td><td>${exp}</td></tr>`;

describe('a column header drawn as an icon or an abbreviation is named by it (dom/table headerKey headerIconName)', () => {
  it('a CVM list whose 到期时间 header is an <svg><title> and whose billing header is <abbr title="实例计费模式">计费</abbr> gives billing and expiry (missing before)', () => {
    const body =
      '<div class="region-bar"><span class="tea-dropdown" role="combobox" aria-label="地域"><span class="tea-dropdown__value">上海（2）</span></span></div><div class="tea-table"><table><thead><tr><th>ID/名称</th><th>主IPv4地址</th><th><abbr title="实例计费模式">计费</abbr></th><th><span class="tea-icon" title="公网带宽"></span></th>' +
      `<th><span class="tea-icon" role="img" aria-label="创建时间"></span></th><th>${svgTitled('到期时间')}</th></tr></thead><tbody>` +
      cvmRow('ins-r49aa001', '包年包月', '10Mbps', '2026-01-05 14:20:31', '2027-01-05 14:20:31') +
      cvmRow('ins-r49bb002', '按量计费', '1Mbps', '2026-11-30 09:12:05', '-') +
      '</tbody></table></div>';
    expect(read(body, cvmListUrl)?.facts.servers).toEqual([
      { id: 'ins-r49aa001', provider: 'tencent', product: 'cvm', region: 'ap-shanghai', billing: 'subscription', expiresAt: '2027-01-05', createdAt: '2026-01-05', publicBandwidthMbps: 10 },
      { id: 'ins-r49bb002', provider: 'tencent', product: 'cvm', region: 'ap-shanghai', billing: 'payg', createdAt: '2026-11-30', publicBandwidthMbps: 1 },
    ]);
  });

  it('a SWAS list whose plan header is an <svg><title>套餐配置</title> gives the plan\'s bandwidth (missing before)', () => {
    const row = (id: string, bw: string) => `<tr><td><a>srv</a><div>${id}</div></td><td>华东1（杭州）</td><td>2 vCPU 2 GiB <i title="峰值带宽"></i>${bw}</td><td>2027-06-30 23:59:59</td></tr>`;
    const body =
      `<div class="next-table"><table><thead><tr><th>服务器名称/ID</th><th><i class="next-icon" title="地域"></i></th><th>${svgTitled('套餐配置')}</th><th><i class="next-icon" role="img" aria-label="到期时间"></i></th></tr></thead><tbody>` +
      row('3f6b9d2e8a1c4f7b0d3e6a9c2f5b8e49', '200 Mbps') +
      row('8d2a5f9c3e6b4d1a7f0c4e8b2d6a9f49', '30 Mbps') +
      '</tbody></table></div>';
    expect(read(body, 'https://swas.console.aliyun.com/#/servers')?.facts.servers?.map((s) => s.publicBandwidthMbps)).toEqual([200, 30]);
  });
});

const holderUrl = 'https://dc.console.alibabacloud.com/next/index#/domain/details/info?domain=harbor-r49.com';
const registrantTable = (thClass: string) =>
  `<table><caption class="sr-only">Registrant Information</caption><thead><tr><th class="${thClass}">Registrant</th><th class="${thClass}">Certificate Type</th><th class="${thClass}">Certificate No.</th><th class="${thClass}">Real-name Verification</th></tr></thead>` +
  '<tbody><tr><td>Harbor R49 Media (Xiamen) Co., Ltd.</td><td>Unified Social Credit Code</td><td>9135**********8K49</td><td><span class="ant-tag">Verified</span></td></tr></tbody></table>';

describe('headers and labels a screen reader reads (dom/icon-label screenReaderHeaders, dom/table, dom/field forControl)', () => {
  it('a registrant table whose header row is sr-only <th>s gives the registrant, ID type and number (null before: missing)', () => {
    const got = read(`<h2>harbor-r49.com</h2>${registrantTable('sr-only')}`, holderUrl)?.facts.domains?.[0];
    expect(got).toMatchObject({ domain: 'harbor-r49.com', registrantName: 'Harbor R49 Media (Xiamen) Co., Ltd.', registrantIdType: 'Unified Social Credit Code', registrantIdNumber: '9135**********8K49', realNameVerified: true });
  });

  it('guard: headers hidden from everyone (display: none) name nothing', () => {
    expect(read(`<h2>harbor-r49.com</h2>${registrantTable('gone')}`, holderUrl, `${SR}.gone{display:none}`)).toBeNull();
  });

  it('a legend of <label for>s above read-only inputs in another order gives each label its own input (the registrar read the status input beside it before: wrong)', () => {
    const body =
      `<h2>harbor-r49.com</h2><div class="kv"><span class="k">Registrant</span> <span>Harbor R49 Media (Xiamen) Co., Ltd.</span></div>` +
      '<form aria-label="Basic Information"><div class="legend"><label for="f-registrar">Registrar</label> <label for="f-status">Domain Status</label></div>' +
      '<div class="inputs"><input id="f-status" readonly value="Normal"><input id="f-registrar" readonly value="Alibaba Cloud Computing Ltd. d/b/a HiChina (www.net.cn)"></div></form>';
    const got = read(body, holderUrl)?.facts.domains?.[0];
    expect(got?.registrar).toBe('Alibaba Cloud Computing Ltd. d/b/a HiChina (www.net.cn)');
    expect(got?.status).toEqual(['Normal']);
  });
});

describe('a domain named in a hint\'s sentence makes no record box of that domain (tencent/domain-info ownRecord, idContainers skip inHelpText)', () => {
  const url = 'https://console.tencentcloud.com/domain/info/quayside-r49.com';
  const body = (note: string) =>
    '<h2>quayside-r49.com</h2><div class="tea-card"><div class="tea-card__body"><div class="tea-form__item"><div class="tea-form__label">Expiration Time</div><div class="tea-form__controls">Mar 20, 2027</div></div>' +
    note +
    '</div></div><div class="tea-card"><div class="tea-form__item"><div class="tea-form__label">Domain Owner</div><div class="tea-form__controls">Shenzhen Quayside R49 Co., Ltd.</div></div></div>' +
    '<div class="tea-card" role="group" aria-label="Domains with the same owner"><a href="#">quayside-r49.cn</a></div>';
  it('a hint under the expiry naming another domain and its date leaves the page\'s expiry read (missing before)', () => {
    const got = read(body('<p class="hint">Renewing together with quayside-r49.cn (expires Jan 3, 2027) saves 10%.</p>'), url)?.facts.domains?.[0];
    expect(got?.expiresAt).toBe('2027-03-20');
    expect(got?.registrantName).toBe('Shenzhen Quayside R49 Co., Ltd.');
  });
  it('guard: the other domain\'s line drawn as a record (no hint) still keeps its box out', () => {
    const got = read(body('<p class="peer">quayside-r49.cn · Expiration Time: Jan 3, 2027</p>'), url)?.facts.domains?.[0];
    expect(got?.expiresAt === undefined || got?.expiresAt === '2027-03-20').toBe(true);
    expect(got?.expiresAt).not.toBe('2027-01-03');
  });
});

describe('a row of aria-hidden stat cards a screen-reader-only sentence beside the row restates is on screen (dom/visibility restatedBesideRow)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-r49st4t5';
  const body = (sr: string, card = '<div class="stat" aria-hidden="true"><div class="big">6 Mbps</div><div class="cap">峰值带宽</div></div>') =>
    '<h2>blog-r49</h2><div class="tea-form"><div class="tea-form__item"><div class="tea-form__label">实例ID</div><div class="tea-form__controls">lhins-r49st4t5</div></div>' +
    '<div class="tea-form__item"><div class="tea-form__label">到期时间</div><div class="tea-form__controls">2027-05-09 10:12:40</div></div></div>' +
    `<div class="stats">${card}<div class="stat" aria-hidden="true"><div class="big">154</div><div class="cap">天 · 剩余有效期</div></div></div>` +
    sr;
  it('the cards\' bandwidth is read when the sentence says each card\'s words (missing before)', () => {
    expect(read(body('<p class="sr-only">峰值带宽 6 Mbps；剩余有效期 154 天。</p>'), url)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(6);
  });
  it('guard: a sentence saying other figures restates nothing — the aria-hidden card stays hidden', () => {
    expect(read(body('<p class="sr-only">峰值带宽 30 Mbps；剩余有效期 154 天。</p>'), url)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });
  it('guard: a row holding a card shown to screen readers too is no row of visual copies', () => {
    const shown = '<div class="stat"><div class="cap">流量包</div><div class="big">1024 GB</div></div><div class="stat" aria-hidden="true"><div class="big">6 Mbps</div><div class="cap">峰值带宽</div></div>';
    expect(read(body('<p class="sr-only">峰值带宽 6 Mbps；剩余有效期 154 天。</p>', shown), url)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('a section named only for assistive technology titles its fields (dom/titled-box underTitleNaming namedGroupOver; ECS notUnder 部署集, 其他实例)', () => {
  const related = (inner: string, title = '') =>
    `<div class="next-card" role="group" aria-label="同一部署集的实例"><div class="next-card-body">${title}<span class="fact"><a>shop-web-02</a></span> ${inner}</div></div>`;
  const iconFacts = fact(clock(), '2026-12-20 23:59:59') + fact('<i class="next-icon next-icon-global" title="公网带宽"></i>', '20 Mbps') + fact('<abbr title="付费方式">付费</abbr>', '按量付费');
  const strip = '<div class="strip" role="group" aria-label="基本信息">' + fact('<abbr title="付费方式">付费</abbr>', '包年包月') + fact(clock(), '2027-04-18 23:59:59') + fact('<i class="next-icon next-icon-global" title="公网带宽"></i>', '5 Mbps') + '</div>';
  it('a related instance\'s card named 同一部署集的实例 by aria-label alone, before the page\'s strip, gives none of its values (按量付费, 20 Mbps before: invented)', () => {
    const s = read(ecsHead + related(iconFacts) + strip, ecsUrl)?.facts.servers?.[0];
    expect(s).toEqual({ id: 'i-bp1r49icon000000001', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-04-18', publicBandwidthMbps: 5 });
  });
  it('… nor with a visible title 同一部署集的实例 and word labels (invented before; the page\'s icon strip is then not asked: missing, nothing invented)', () => {
    const words = '<div class="kv"><span class="k">付费方式</span> <span>按量付费</span></div><div class="kv"><span class="k">公网带宽</span> <span>20 Mbps</span></div>';
    const s = read(ecsHead + related(words, '<h4>同一部署集的实例</h4>') + strip, ecsUrl)?.facts.servers?.[0];
    expect(s?.billing).not.toBe('payg');
    expect(s?.publicBandwidthMbps).not.toBe(20);
  });
  it('guard: a group named 基本信息 around the page\'s own fields leaves them read', () => {
    expect(read(ecsHead + strip, ecsUrl)?.facts.servers?.[0]?.billing).toBe('subscription');
  });
});

describe('words drawn short with a title spelling them out, and header words for screen readers beside an icon (variants; dom/icon-label spelledOut, dom/table headerIconName)', () => {
  it('<span title="付费方式">付费</span> before 包年包月 labels the billing as the <abbr> does (missing before)', () => {
    const body = ecsHead + '<div class="strip">' + fact('<span title="付费方式">付费</span>', '包年包月') + fact(clock(), '2027-04-18 23:59:59') + '</div>';
    expect(read(body, ecsUrl)?.facts.servers?.[0]?.billing).toBe('subscription');
  });
  it('guard: a title that does not spell out the shown words (a name cut, a value) labels nothing', () => {
    const body = ecsHead + '<div class="strip">' + fact('<span title="包年包月，自动续费已开启">已开启</span>', '按量付费') + fact(clock(), '2027-04-18 23:59:59') + '</div>';
    expect(read(body, ecsUrl)?.facts.servers?.[0]?.billing).toBeUndefined();
  });
  it('a CVM list whose headers draw an aria-hidden icon beside sr-only words gives those columns (missing before)', () => {
    const h = (w: string) => `<th><i class="tea-icon" aria-hidden="true"></i><span class="sr-only">${w}</span></th>`;
    const body =
      '<div class="region-bar"><span class="tea-dropdown" role="combobox" aria-label="地域"><span class="tea-dropdown__value">上海（2）</span></span></div><div class="tea-table"><table><thead><tr><th>ID/名称</th><th>主IPv4地址</th>' +
      h('实例计费模式') + h('公网带宽') + h('创建时间') + h('到期时间') + '</tr></thead><tbody>' +
      cvmRow('ins-r49aa001', '包年包月', '10Mbps', '2026-01-05 14:20:31', '2027-01-05 14:20:31') +
      cvmRow('ins-r49bb002', '按量计费', '1Mbps', '2026-11-30 09:12:05', '-') +
      '</tbody></table></div>';
    expect(read(body, cvmListUrl)?.facts.servers?.map((s) => [s.billing, s.expiresAt, s.publicBandwidthMbps])).toEqual([['subscription', '2027-01-05', 10], ['payg', undefined, 1]]);
  });
});

describe('boxes of other records titled for assistive technology or by sight: words (rules/labels tencent server-detail 其他实例; domain-info Previous owner, Related domains; aliyun domain-holder Related domains)', () => {
  it('a Lighthouse 同地域其他实例 group (aria-label only) showing a peer\'s 峰值带宽 30 Mbps gives the page none (30 before: invented)', () => {
    const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-r49peer1';
    const body =
      '<h2>blog-r49</h2><div class="tea-form"><div class="tea-form__item"><div class="tea-form__label">实例ID</div><div class="tea-form__controls">lhins-r49peer1</div></div>' +
      '<div class="tea-form__item"><div class="tea-form__label">到期时间</div><div class="tea-form__controls">2027-05-09 10:12:40</div></div></div>' +
      '<div class="tea-card" role="group" aria-label="同地域其他实例"><a>shop-backup</a><div class="stat"><div class="cap">峰值带宽</div><div class="big">30 Mbps</div></div></div>';
    const s = read(body, url)?.facts.servers?.[0];
    expect(s?.expiresAt).toBe('2027-05-09');
    expect(s?.publicBandwidthMbps).toBeUndefined();
  });
  it('a Tencent domain page\'s "Previous owner" card before the owner card gives no owner of its own (Shenzhen Pier Nine before: invented)', () => {
    const body =
      '<h2>quayside-r49.com</h2><div class="tea-card"><h3 class="tea-card__header">Previous owner</h3><dl><dt>Domain Owner</dt><dd>Shenzhen Pier Nine Trading Co., Ltd.</dd></dl></div>' +
      '<div class="tea-card"><h3 class="tea-card__header">Owner Information</h3><dl><dt>Certificate Type</dt><dd>Business License</dd><dt>Expiration Time</dt><dd>2027-03-20</dd></dl></div>';
    const got = read(body, 'https://console.tencentcloud.com/domain/info/quayside-r49.com')?.facts.domains?.[0];
    expect(got?.registrantName).toBeUndefined();
    expect(got?.registrantIdType).toBe('Business License');
    expect(got?.expiresAt).toBe('2027-03-20');
  });
  it('an Alibaba domain page\'s Related domains group (aria-label) before the expiry gives its Jan 3, 2027 to none (invented before)', () => {
    const body =
      '<h2>harbor-r49.com</h2><div class="ant-card" role="group" aria-label="Related domains"><a href="#">harbor-r49.cn</a> <abbr title="Expiration Date">Exp.</abbr> Jan 3, 2027</div>' +
      `<div class="ant-card"><span><abbr title="Expiration Date">Exp.</abbr> Apr 11, 2028</span></div>${registrantTable('sr-only')}`;
    expect(read(body, holderUrl)?.facts.domains?.[0]?.expiresAt).toBe('2028-04-11');
  });
});
