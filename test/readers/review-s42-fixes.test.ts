import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Second review of session 41's fixes (session 42): small console pages those fixes were not written for. Each break is
 * a case that failed before its fix (run before the fix, or with the old source put back); guards hold both ways.
 */

const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];
const lighthouseUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-4w6y8a0c';
const lighthouse = (extra: string) => cvmDetail(extra).replace(/ins-4w6y8a0c/g, 'lhins-4w6y8a0c');

describe('601f377: a box title whose bracket holds its subject (dom/titled-box.ts underTitleNaming)', () => {
  const teaCard = (title: string, items: string) =>
    `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><div class="tea-form">${items}</div></div></div>`;
  const nextCard = (title: string, items: string) =>
    `<div class="next-card"><div class="next-card-head"><h3 class="next-card-title">${title}</h3></div><div class="next-card-body">${items}</div></div>`;
  // (the instance's own expiry not shown: the disk's date was taken for it; an EIP's card carries the address's bandwidth)
  const titles = ['资源（数据盘）', '存储（云硬盘 CBS）', 'Related (data disk)', '挂载资源 (CBS 云硬盘)', '其他资源（弹性公网IP）', 'Related (Elastic IP)'];
  it("a card titled 资源（数据盘） / Related (data disk) under a server detail is the disk's, not the instance's (gave its expiry and bandwidth: invented)", () => {
    for (const t of titles) {
      const tea = teaCard(t, teaItem('计费模式', '包年包月') + teaItem('到期时间', '2026-08-01 23:59:59') + teaItem('带宽', '100Mbps'));
      for (const [name, got] of [
        ['CVM', server(cvmDetail('') + tea, cvmUrl)],
        ['Lighthouse', server(lighthouse('') + tea, lighthouseUrl)],
        // (Alibaba calls a disk 云盘: its label file's words)
        ['ECS', server(ecsDetail('') + nextCard(t.replace(/云硬盘 CBS|CBS 云硬盘/, '云盘'), infoRow('到期时间', '2026-08-01 23:59:59') + infoRow('带宽', '100Mbps')), ecsUrl)],
      ] as const) {
        expect(got?.id, `${name} ${t}`).toMatch(/^(?:i-bp1|ins-|lhins-)/);
        expect(got, `${name} ${t}`).not.toHaveProperty('expiresAt');
        if (/IP/.test(t)) expect(got, `${name} ${t}`).not.toHaveProperty('publicBandwidthMbps');
      }
    }
  });
  it("a Tencent domain page's card titled 增值服务（SSL 证书） / 基本信息（DNS 解析套餐） is the plan's (gave its 到期时间 as the domain's: invented)", () => {
    const url = 'https://console.cloud.tencent.com/domain/info/mou-tea.cn';
    const item = (l: string, v: string) =>
      `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
    for (const t of ['基本信息（DNS 解析套餐）', '增值服务（SSL 证书）', '附加服务 (DNS plan)']) {
      const app = `<div class="tea-form">${item('域名', 'mou-tea.cn')}${item('持有人', '林某某')}</div>` + teaCard(t, item('套餐版本', '专业版') + item('到期时间', '2026/08/01'));
      expect(read(app, url)?.facts.domains?.[0]?.expiresAt, t).toBeUndefined();
    }
  });
  // guards: a bracket that says what the box includes (含 / incl.) is still the title's note, as 601f377 held
  it('(guard) 云服务器（含云硬盘）, 实例信息（包含数据盘）, Instance (incl. data disk), Instance (including data disk) keep the instance\'s dates', () => {
    for (const t of ['云服务器（含云硬盘）', '实例信息（包含数据盘）', '实例信息（包括系统盘）', 'Instance (incl. data disk)', 'Instance (including data disk)']) {
      const app = `<h2>实例详情</h2>` + teaCard(t, teaItem('实例ID', 'ins-4w6y8a0c') + teaItem('实例计费模式', '包年包月') + teaItem('地域', '广州') + teaItem('到期时间', '2027-12-05 23:59:59'));
      expect(server(app, cvmUrl)?.expiresAt, t).toBe('2027-12-05');
    }
  });
});

describe("a7952b9 / b4ad642: the URL's instance shown only in the console's navigation (dom/address.ts shownIdTheAddressNames)", () => {
  const item = (l: string, v: string) =>
    `<div class="next-descriptions-item"><span class="next-descriptions-item-label">${l}</span><span class="next-descriptions-item-content">${v}</span></div>`;
  const fields = (items: [string, string][]) =>
    `<div class="next-card"><div class="next-card-head"><h3>基本信息</h3></div><div class="next-card-body"><div class="next-descriptions">${items.map(([l, v]) => item(l, v)).join('')}</div></div></div>`;
  const tea = (l: string, v: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form__text">${v}</div></div></li>`;
  const A = 'i-bp1aaaaaaaaaaaaaaaa1';
  const B = 'i-bp1bbbbbbbbbbbbbbbb2';
  // (the address still names the instance last opened; the page shows another one's detail, labelled with its own id, and
  // the one the address names only in a list of recently visited instances or the instance switcher's options)
  const recent = (id: string) => `<aside class="sidebar"><h4>最近访问</h4><ul><li><a href="#">${id}</a></li><li><a href="#">i-bp1cccccccccccccccc3</a></li></ul></aside>`;
  const navList = (id: string) => `<nav class="recent-visits"><span>最近访问：</span><a href="#">${id}</a></nav>`;
  const switcher = (id: string, own: string) =>
    `<div class="instance-switcher"><span class="next-select"><em>${own}</em></span><ul class="next-menu" role="listbox"><li role="option">${id}</li><li role="option">${own}</li></ul></div>`;
  it('ECS: the labelled instance keeps its fields (the whole record was lost)', () => {
    const url = `https://ecs.console.aliyun.com/server/${A}/detail?regionId=cn-hangzhou`;
    const own = fields([['实例ID', B], ['地域', '华东1（杭州）'], ['付费方式', '包年包月'], ['到期时间', '2027-06-01 23:59:59'], ['公网带宽', '5Mbps']]);
    for (const nav of [recent(A), navList(A), switcher(A, B)]) {
      const servers = read('<h1>web-02</h1>' + nav + own, url)?.facts.servers;
      expect(servers?.map((s) => s.id), nav).toEqual([B]);
      expect(servers?.[0], nav).toMatchObject({ billing: 'subscription', expiresAt: '2027-06-01', publicBandwidthMbps: 5 });
    }
  });
  it('CVM and Lighthouse: the same (gave the navigation\'s instance with none of the page\'s fields)', () => {
    for (const [product, C, D] of [['cvm', 'ins-aaaaaaa1', 'ins-bbbbbbb2'], ['lighthouse', 'lhins-aaaaaaa1', 'lhins-bbbbbbb2']] as const) {
      const url = `https://console.cloud.tencent.com/${product}/instance/detail?rid=1&id=${C}`;
      const own = `<div class="tea-card"><h3 class="tea-card__title">实例信息</h3><ul class="tea-form">${tea('实例ID', D)}${tea('地域', '广州')}${tea('实例计费模式', '包年包月')}${tea('到期时间', '2027-06-01 23:59:59')}${tea('带宽上限', '5Mbps')}</ul></div>`;
      const side = `<div class="tea-layout__sidebar"><h4>最近访问</h4><ul><li><a href="#">${C}</a></li></ul></div>`;
      for (const nav of [side, navList(C)]) {
        const servers = read(`<div class="tea-layout__header-title"><h2>web-02</h2></div>` + nav + own, url)?.facts.servers;
        expect(servers?.map((s) => s.id), `${product} ${nav}`).toEqual([D]);
        expect(servers?.[0], `${product} ${nav}`).toMatchObject({ billing: 'subscription', expiresAt: '2027-06-01', publicBandwidthMbps: 5 });
      }
    }
  });
  // guard (lead-s41's case): the page's own id in its header, a one-row table of another instance: the header's wins
  it("(guard) the URL's id in the page's header over a one-row table of another instance is still the page's", () => {
    const url = `https://ecs.console.aliyun.com/server/${A}/detail?regionId=cn-hangzhou`;
    const own = fields([['地域', '华东1（杭州）'], ['付费方式', '包年包月'], ['到期时间', '2027-06-01 23:59:59']]);
    const table = `<div class="next-card"><h3>同一安全组的其他实例</h3><table class="next-table"><thead><tr><th>实例ID</th><th>到期时间</th></tr></thead><tbody><tr><td>${B}</td><td>2026-12-20 23:59:59</td></tr></tbody></table></div>`;
    const page = `<div class="app-layout has-sidebar"><aside class="sidebar"><ul><li><a href="#">实例</a></li></ul></aside><main><div class="page-header"><h1>web-01</h1><span>${A}</span></div>${own}${table}</main></div>`;
    expect(read(page, url)?.facts.servers?.map((s) => [s.id, s.expiresAt])).toEqual([[A, '2027-06-01']]);
  });
});

describe("d471cc3: a billing line naming its resource in a bracket after the date's word (tencent/values.ts billingCellExpiry)", () => {
  it('"包年包月 / 2026-08-01 到期（数据盘）" is the disk\'s date, not the instance\'s (gave 2026-08-01: invented)', () => {
    for (const v of ['包年包月<br>2026-08-01 到期（数据盘）', '包年包月<br>2026-08-01 到期 (弹性公网IP)', '包年包月<br>2026-08-01 23:59:59 到期（代金券）']) {
      expect(server(cvmDetail('').replace('包年包月', v), cvmUrl), `CVM ${v}`).not.toHaveProperty('expiresAt');
      expect(server(lighthouse('').replace('包年包月', v), lighthouseUrl), `Lighthouse ${v}`).not.toHaveProperty('expiresAt');
    }
  });
  // guards: the instance's date after the resource's line is read; a bracket of no resource after 到期 keeps the date
  it('(guard) the instance\'s own line after the disk\'s, and "到期（自动续费）", still give the instance\'s date', () => {
    for (const [v, want] of [
      ['包年包月<br>2026-08-01 到期（数据盘），实例 2027-12-05 到期', '2027-12-05'],
      ['包年包月<br>2027-12-05 到期（自动续费）', '2027-12-05'],
      ['包年包月<br>2027-12-05 到期', '2027-12-05'],
    ] as const) expect(server(cvmDetail('').replace('包年包月', v), cvmUrl)?.expiresAt, v).toBe(want);
  });
});

describe('fcead21: 包月 / 包年 in a field that bills the network, or before 带宽 after 包年包月', () => {
  const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-abcd1234';
  const lh = (items: string) => '<div class="tea-form tea-form--readonly">' + teaItem('实例ID', 'lhins-abcd1234') + teaItem('地域', '上海 | 上海二区') + items + '</div>';
  it('Tencent: 公网计费模式 包月 (the public network\'s billing) is no instance mode (gave subscription: invented)', () => {
    for (const [l, v] of [['公网计费模式', '包月'], ['公网计费模式', '包年包月'], ['Public Network Billing Mode', '包月']] as const) {
      expect(read(lh(teaItem(l, v)), lhUrl)?.facts.servers?.[0], `${l} ${v}`).not.toHaveProperty('billing');
    }
  });
  it('Alibaba: 包年包月带宽 / 包年包月流量 in the billing field are no mode, as 包月带宽 (gave subscription: invented)', () => {
    for (const v of ['包年包月带宽', '包年包月流量']) expect(server(ecsDetail('').replace('包年包月', v), ecsUrl), v).not.toHaveProperty('billing');
  });
  // guards: the instance's own billing-mode field; 包年包月 alone on Alibaba
  it('(guard) 计费类型 包月 and 实例计费模式 包年包月 beside 公网计费模式 按流量计费; Alibaba 包年包月, 包月 read', () => {
    expect(read(lh(teaItem('计费类型', '包月') + teaItem('公网计费模式', '按流量计费')), lhUrl)?.facts.servers?.[0]?.billing).toBe('subscription');
    expect(server(cvmDetail(teaItem('公网计费模式', '按流量计费')), cvmUrl)?.billing).toBe('subscription');
    for (const v of ['包年包月', '包月', '包年']) expect(server(ecsDetail('').replace('包年包月', v), ecsUrl)?.billing, v).toBe('subscription');
  });
});

describe("766a769: the domain's own 有效期至 right after a domain item whose label holds a notUnder word (dom/titled-box.ts afterItemNaming)", () => {
  const url = 'https://console.cloud.tencent.com/domain/info/mou-tea.cn';
  const item = (l: string, v: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
  const expiry = (items: string) => read(`<div class="tea-form">${item('域名', 'mou-tea.cn')}${item('持有人', '林某某')}${items}</div>`, url)?.facts.domains?.[0]?.expiresAt;
  it('DNS 服务器, 隐私保护, 转移锁, 解析状态, DNS Server right above it name no other subject: the date is the domain\'s (it was lost)', () => {
    for (const [l, v] of [['DNS 服务器', 'f1g1ns1.dnspod.net'], ['隐私保护', '已开启'], ['转移锁', '已开启'], ['解析状态', '正常'], ['DNS Server', 'f1g1ns1.dnspod.net']] as const) {
      expect(expiry(item(l, v) + item('有效期至', '2027/12/05')), l).toBe('2027-12-05');
    }
  });
  it('the same in a flat run of dt / dd pairs (lost)', () => {
    const dl = `<dl class="info-list"><dt>域名</dt><dd>mou-tea.cn</dd><dt>DNS 服务器</dt><dd>f1g1ns1.dnspod.net</dd><dt>有效期至</dt><dd>2027/12/05</dd></dl>`;
    expect(read(dl, url)?.facts.domains?.[0]?.expiresAt).toBe('2027-12-05');
  });
  // guards: the plan's 有效期至 right after the plan, or after the plan's own status (套餐状态: an attribute of the plan)
  it('(guard) 有效期至 after "DNS 解析套餐 专业版", after "SSL 证书", or after the plan and its 套餐状态 is still the plan\'s', () => {
    expect(expiry(item('DNS 解析套餐', '专业版') + item('有效期至', '2026/08/01'))).toBeUndefined();
    expect(expiry(item('SSL 证书', '1 张') + item('有效期至', '2026/08/01'))).toBeUndefined();
    expect(expiry(item('DNS 解析套餐', '专业版') + item('套餐状态', '正常') + item('有效期至', '2026/08/01'))).toBeUndefined();
    expect(expiry(item('DNS Plan', 'Pro') + item('Plan Status', 'Active') + item('Valid Until', '2026/08/01'))).toBeUndefined();
  });
});

describe("30312cf: a label inline in a line of pairs, its colon or a separator outside its element (dom/field.ts wordInRunningText)", () => {
  const page = (line: string, ali: boolean) =>
    ali
      ? `<h2>实例详情</h2><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}</div><div class="summary">${line.replace(/实例计费模式/g, '付费方式')}</div>`
      : `<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('地域', '广州')}</div><div class="summary">${line}</div>`;
  it('"<span>带宽</span>：5Mbps，<span>实例计费模式</span>：包年包月" and "· <b>带宽</b> 5Mbps ·" are labels (the billing, expiry and bandwidth were lost)', () => {
    for (const [line, want] of [
      ['<p><span>带宽</span>：5Mbps，<span>实例计费模式</span>：包年包月，<span>到期时间</span>：2027-12-05</p>', { billing: 'subscription', expiresAt: '2027-12-05', publicBandwidthMbps: 5 }],
      ['<p>公网 IP 1.2.3.4 <span>带宽</span>: 5Mbps | <span>到期时间</span>: 2027-12-05 | <span>实例计费模式</span>: 包年包月</p>', { billing: 'subscription', expiresAt: '2027-12-05', publicBandwidthMbps: 5 }],
      ['<div>2核4G · <b>带宽</b> 5Mbps · <b>到期时间</b> 2027-12-05</div>', { expiresAt: '2027-12-05', publicBandwidthMbps: 5 }],
    ] as const) {
      expect(server(page(line, false), cvmUrl), `CVM ${line}`).toMatchObject(want);
      expect(server(page(line, true), ecsUrl), `ECS ${line}`).toMatchObject(want);
    }
  });
  // guard (round 38's CVM detail, classes hashed): a tag between two addresses in one value is a word of it, no label
  it('(guard) "43.139.88.21（公）<span>弹性公网IP</span> 10.206.0.33（内）" still gives no public-IP label over the private address', () => {
    const v = '43.139.88.21（公）<span class="x9f2">弹性公网IP</span> 10.206.0.33（内）';
    const got = server(`<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('地域', '广州')}${teaItem('主IPv4地址', v)}${teaItem('带宽上限', '5Mbps')}</div>`, cvmUrl);
    expect(got?.publicBandwidthMbps).toBe(5);
  });
});
