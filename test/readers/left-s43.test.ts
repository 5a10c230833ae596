import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Items left open by session 42 (/work/notes/left43.md), each a small console page that read wrong or lost a value
 * before its fix (checked by running it with the fix's source taken out). Guards hold both ways.
 */

const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];

describe('item 1: a search box\'s popup no control names (dom/overlay.ts unnamedSearchPopup)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-r40q8d2m';
  const detail = `<h2>ins-r40q8d2m（gz-blog-web）</h2><div class="tea-form">${teaItem('实例ID', 'ins-r40q8d2m')}${teaItem('地域', '华南地区（广州）')}</div>`;
  const recent =
    '<h5>最近浏览</h5><div class="result-card"><div class="tea-form">' +
    teaItem('实例计费模式', '按量计费') + teaItem('带宽上限', '100 Mbps') + teaItem('到期时间', '2027-03-03 00:00:00') + teaItem('创建时间', '2025-01-01 08:00:00') + '</div></div>';
  const lines = '<p>ins-r40p1e7v</p><p>实例计费模式：按量计费</p><p>带宽上限：100 Mbps</p><p>创建时间：2025-01-01</p>';
  const topbar = (panel: string) =>
    `<div class="tea-nav"><div class="tea-nav__search"><input class="tea-input" type="search" value="r40"><div class="global-search-panel">${panel}</div></div></div>`;
  const own = { id: 'ins-r40q8d2m', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' };
  it('a CVM detail without its own 计费模式 / 带宽 / dates under a top-bar search panel (no aria-controls) reads none (gave payg, 100, 2025-01-01: invented)', () => {
    for (const panel of [recent, lines]) expect(read(`${topbar(panel)}<div class="tea-layout__content">${detail}</div>`, url)?.facts.servers).toEqual([own]);
  });
  it('an ECS detail under a topbar-search panel of recently visited instances reads none of theirs (gave payg, 100: invented)', () => {
    const panel = `<div class="topbar-search"><input placeholder="搜索"><div class="panel"><h5>最近访问</h5><div class="info">${infoRow('付费方式', '按量付费')}${infoRow('带宽', '100Mbps')}${infoRow('到期时间', '2027-03-03')}</div></div></div>`;
    expect(server(`${panel}<div class="content">${ecsDetail('').replace(infoRow('付费方式', '包年包月'), '')}</div>`, ecsUrl)).toEqual({
      id: 'i-bp1gapss34000001', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou',
    });
  });
  // guards: the page's own fields beside a search box in a box that is no search's; a select's own filter keeps its value
  it('(guard) the page\'s own fields in a box with a search box that says no search, and an antd select showing search, are read', () => {
    const withFilter = `<div class="content"><span class="tea-search"><input type="search"></span><h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('实例计费模式', '按量计费')}${teaItem('带宽上限', '5 Mbps')}</div></div>`;
    expect(server(withFilter, cvmUrl)).toMatchObject({ billing: 'payg', publicBandwidthMbps: 5 });
    const select = '<div class="ant-select ant-select-show-search"><div class="ant-select-selector"><span class="ant-select-selection-search"><input role="combobox"></span><span class="ant-select-selection-item">按量计费</span></div></div>';
    expect(server(cvmDetail(teaItem('网络计费模式', '按流量计费')).replace('包年包月', select), cvmUrl)?.billing).toBe('payg');
  });
});

describe('item 2: a box titled by its first line in bold (dom/titled-box.ts boldFirstLine)', () => {
  const listUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const card = (title: string) =>
    `<div class="tea-card"><div class="tea-card__body">${title}` +
    '<span class="tea-search"><input class="tea-input" type="search" value="zhangsan.io"></span><button class="tea-btn">查询</button>' +
    '<table><thead><tr><th>域名</th><th>注册状态</th><th>到期时间</th><th>域名所有者</th></tr></thead>' +
    '<tbody><tr><td>zhangsan.io</td><td>已被注册</td><td>2027-03-09</td><td>Zhang San LLC</td></tr></tbody></table></div></div>';
  const emptyList =
    '<div class="tea-table"><table class="tea-table__box"><thead><tr><th>域名</th><th>状态</th><th>实名认证</th><th>域名所有者</th><th>到期时间</th></tr></thead>' +
    '<tbody><tr><td colspan="5"><div class="tea-table__empty">未找到与‘other.cn’ 相关的结果</div></td></tr></tbody></table></div>';
  it('a registration-check card titled <strong>域名注册查询</strong> / <p><b>…</b></p> over an empty Tencent list gives no domain (gave zhangsan.io, Zhang San LLC, 2027-03-09: invented)', () => {
    for (const t of ['<strong>域名注册查询</strong>', '<p><b>域名注册查询</b></p>', '<div class="x1"><strong>域名查询</strong></div>'])
      expect(read(`<h2>我的域名</h2>${card(t)}${emptyList}`, listUrl)?.facts.domains ?? [], t).toEqual([]);
  });
  // guards: a bold label opening a line, a bold value after its label, are no box title
  it('(guard) <b>SSL 证书</b> as a value after its label, and a bold label in a line, title nothing: the domain\'s 到期时间 is read', () => {
    const url = 'https://console.cloud.tencent.com/domain/info/mou-tea.cn';
    const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
    const app = `<div class="tea-form">${item('域名', 'mou-tea.cn')}${item('附加服务', '<strong>SSL 证书</strong>')}${item('持有人', '林某某')}${item('到期时间', '2027/12/05')}</div>`;
    expect(read(app, url)?.facts.domains?.[0]?.expiresAt).toBe('2027-12-05');
    const line = `<div class="info"><p><b>域名：</b>mou-tea.cn</p><p><b>证书服务：</b>未购买</p><p><b>到期时间：</b>2027-12-05</p></div>`;
    expect(read(line, url)?.facts.domains?.[0]?.expiresAt).toBe('2027-12-05');
  });
});

describe('item 3: a DNS plan, a setting of its own, then 有效期至 (dom/titled-box.ts afterItemNaming through the field\'s not words)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/mou-tea.cn';
  const item = (l: string, v: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
  const expiry = (items: string) => read(`<div class="tea-form">${item('域名', 'mou-tea.cn')}${item('持有人', '林某某')}${items}</div>`, url)?.facts.domains?.[0]?.expiresAt;
  it('DNS 解析套餐 专业版, 自动续费 已开启 (and 到期提醒), then 有效期至 is the plan\'s date (gave 2026-08-01 as the domain\'s: invented)', () => {
    expect(expiry(item('DNS 解析套餐', '专业版') + item('自动续费', '已开启') + item('有效期至', '2026/08/01'))).toBeUndefined();
    expect(expiry(item('DNS 解析套餐', '专业版') + item('自动续费', '已开启') + item('到期提醒', '开启') + item('有效期至', '2026/08/01'))).toBeUndefined();
    expect(expiry(item('DNS Plan', 'Pro') + item('Auto-renew', 'On') + item('Valid Until', '2026/08/01'))).toBeUndefined();
  });
  // guards: the domain's own 自动续费 after its holder; a plan item earlier, the holder between
  it('(guard) 持有人, 自动续费, 有效期至 and DNS 解析套餐, 持有人, 有效期至 still give the domain\'s date', () => {
    expect(expiry(item('自动续费', '已开启') + item('有效期至', '2027/12/05'))).toBe('2027-12-05');
    expect(read(`<div class="tea-form">${item('域名', 'mou-tea.cn')}${item('DNS 解析套餐', '专业版')}${item('持有人', '林某某')}${item('有效期至', '2027/12/05')}</div>`, url)?.facts.domains?.[0]?.expiresAt).toBe('2027-12-05');
  });
});

describe('item 4: a one-row table of another domain headed 其他域名 / 名称 (tencent/domain-info.ts tableCellDomains)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/mou-tea.cn';
  const item = (l: string, v: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
  const table = (heads: string[], rows: string[][]) =>
    `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const own = `<h2>mou-tea.cn</h2><div class="tea-form">${item('域名', 'mou-tea.cn')}${item('持有人', '林某某')}</div>`;
  it('a table 其他域名 | 到期时间 (or 名称, 推荐域名) of lin-tea.com gives the page\'s domain no expiry (gave 2026-09-09: invented)', () => {
    for (const h of ['其他域名', '名称', '推荐域名', '相关域名'])
      expect(read(own + table([h, '到期时间'], [['lin-tea.com', '2026-09-09']]), url)?.facts.domains, h).toEqual([{ domain: 'mou-tea.cn', registrantName: '林某某' }]);
  });
  // guards: a DNS server's host name in a one-row table in the card holding the domain's own expiry
  it('(guard) a table of the domain\'s DNS server (f1g1ns1.dnspod.net) beside its own 到期时间 keeps the date', () => {
    const card = `<div class="tea-card"><div class="tea-form">${item('到期时间', '2027-12-05')}</div>${table(['DNS 服务器', '状态'], [['f1g1ns1.dnspod.net', '正常']])}</div>`;
    expect(read(`<div class="tea-card"><div class="tea-form">${item('域名', 'mou-tea.cn')}${item('持有人', '林某某')}</div></div>${card}`, url)?.facts.domains?.[0]?.expiresAt).toBe('2027-12-05');
  });
});

describe('item 5: a mode then a bracket saying it was converted (shared/text-values modeAfterDoneConversion)', () => {
  const lighthouseUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-4w6y8a0c';
  const lighthouse = (billing: string) => cvmDetail(teaItem('到期时间', '2027-01-01')).replace(/ins-4w6y8a0c/g, 'lhins-4w6y8a0c').replace('包年包月', billing);
  it('Lighthouse / CVM "包月（已转按量）", "包年包月（已转按量计费）" and ECS "包年包月（已转为按量付费）" are no subscription (gave subscription: invented)', () => {
    expect(server(lighthouse('包月（已转按量）'), lighthouseUrl)).not.toHaveProperty('billing');
    expect(server(lighthouse('包年包月（已转按量计费）'), lighthouseUrl)?.billing).toBe('payg');
    expect(server(cvmDetail('').replace('包年包月', '包年包月(已转按量计费)'), cvmUrl)?.billing).toBe('payg');
    for (const v of ['包年包月（已转为按量付费）', '包年包月（已转按量付费）', 'Subscription (converted to pay-as-you-go)'])
      expect(server(ecsDetail('').replace('包年包月', v), ecsUrl)?.billing, v).toBe('payg');
  });
  // guards: a conversion to come keeps the mode shown
  it('(guard) "包年包月（到期转按量）", "按量计费（转包年包月订单待支付）" keep the mode shown', () => {
    expect(server(lighthouse('包年包月（到期转按量）'), lighthouseUrl)?.billing).toBe('subscription');
    expect(server(cvmDetail('').replace('包年包月', '按量计费（转包年包月订单待支付）'), cvmUrl)?.billing).toBe('payg');
    expect(server(ecsDetail('').replace('包年包月', '包年包月（到期转按量）'), ecsUrl)?.billing).toBe('subscription');
  });
});

describe('item 6: a remark line in a list\'s billing or address cell (dom/remark-lines.ts textOutsideRemarks)', () => {
  const table = (heads: string[], rows: string[][]) =>
    `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const ecs = (ip: string, billing: string) => server(table(['实例ID/名称', '所在可用区', 'IP地址', '付费方式'], [['<a>i-bp1a2b3c4d5e6f7g8h9i</a>', '杭州 可用区I', ip, billing]]), ecsListUrl);
  const cvm = (billing: string) => server(table(['ID/名称', '可用区', '主IPv4地址', '实例计费模式'], [['<a>ins-gz7v2r9m</a>', '广州三区', '119.29.40.18(公)', billing]]), cvmListUrl);
  it('"包年包月 / 备注：2026-06-30 到期 迁移" gives no expiry on the ECS and CVM lists (gave 2026-06-30: invented); the remark\'s mode is none either', () => {
    for (const b of ['包年包月<div>备注：2026-06-30 到期 迁移</div>', '包年包月<br>备注：2026-06-30 到期', '包年包月<div><span>备注：</span>旧机 2026-06-30 到期</div>']) {
      expect(ecs('47.96.20.11(公)', b), b).not.toHaveProperty('expiresAt');
      expect(cvm(b), b).not.toHaveProperty('expiresAt');
    }
    expect(ecs('47.96.20.11(公)', '按量付费<div>备注：原包年包月</div>')?.billing).toBe('payg');
    expect(cvm('按量计费<div>备注：原包年包月</div>')?.billing).toBe('payg');
  });
  it('an ECS address cell\'s "备注：带宽 100Mbps" gives no bandwidth (gave 100: invented)', () => {
    expect(ecs('47.96.20.11(公)<div>备注：带宽 100Mbps，旧 IP 8.8.8.8</div>', '包年包月')).not.toHaveProperty('publicBandwidthMbps');
  });
  // guards: the instance's own line after a remark; a 名称/ID line is no remark
  it('(guard) the cell\'s own date after a remark, and an id cell\'s "名称/ID：…" line, are read', () => {
    expect(ecs('47.96.20.11(公)', '包年包月<div>备注：旧机</div><div>2027-01-05 23:59 到期</div>')?.expiresAt).toBe('2027-01-05');
    expect(cvm('包年包月<div>备注：旧机</div><div>2027-01-05 23:59:59到期</div>')?.expiresAt).toBe('2027-01-05');
    expect(ecs('47.96.20.11(公)<div>带宽 5Mbps</div>', '包年包月')?.publicBandwidthMbps).toBe(5);
  });
});

describe('item 7: a CVM / Lighthouse detail whose id is only in its heading and the address (tencent/cvm-instance-detail.ts onlyIdShown)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-r40q8d2m';
  const fields = `<div class="tea-form">${teaItem('地域', '华南地区（广州）')}${teaItem('实例计费模式', '包年包月')}${teaItem('到期时间', '2027-01-01 00:00:00')}</div>`;
  it('the heading "ins-r40q8d2m（gz-blog-web）" over unlabelled-id fields is the instance\'s page (it read null: missing)', () => {
    expect(read(`<h2>ins-r40q8d2m（gz-blog-web）</h2>${fields}`, url)?.facts.servers).toEqual([
      { id: 'ins-r40q8d2m', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2027-01-01' },
    ]);
    const lh = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-r40q8d2m';
    expect(read(`<h2>lhins-r40q8d2m（blog）</h2>${fields.replace('实例计费模式', '计费类型')}`, lh)?.facts.servers?.[0]).toMatchObject({ id: 'lhins-r40q8d2m', product: 'lighthouse', billing: 'subscription' });
  });
  // guards: another instance's id shown too, or the heading naming none, leaves the page unread
  it('(guard) a heading naming only the name, or another instance\'s id shown beside, reads null', () => {
    expect(read(`<h2>gz-blog-web</h2>${fields}`, url)).toBeNull();
    expect(read(`<h2>ins-r40q8d2m（gz-blog-web）</h2><div class="recent"><p>ins-r40p1e7v</p></div>${fields}`, url)).toBeNull();
  });
});

describe('item 8: an Alibaba holder cell "李四 备注:" (shared/text-values beforeRemark)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?saleId=S2026&domain=mou-tea.cn';
  const page = (holder: string) => `<h2>mou-tea.cn</h2><div class="info">${infoRow('域名', 'mou-tea.cn')}${infoRow('域名持有者', holder)}${infoRow('到期日期', '2027-01-01')}</div>`;
  it('"李四 备注:" and "李四 <span>备注：</span>公司法人" give the holder 李四 (gave "李四 备注:": wrong)', () => {
    for (const h of ['李四 备注:', '李四 <span>备注：</span>公司法人', '李四<br>Remark: legal person'])
      expect(read(page(h), url)?.facts.domains?.[0]?.registrantName, h).toBe('李四');
  });
  it('(guard) "杭州周林空间设计工作室(普通合伙)" and "Zhang San" read whole', () => {
    expect(read(page('杭州周林空间设计工作室(普通合伙)'), url)?.facts.domains?.[0]?.registrantName).toBe('杭州周林空间设计工作室(普通合伙)');
    expect(read(page('Zhang San'), url)?.facts.domains?.[0]?.registrantName).toBe('Zhang San');
  });
});

describe('item 7 (guard, found in Chromium): an error page under the instance id in its heading is no record', () => {
  it('"实例不存在或已被销毁" under <h2>ins-r40q8d2m</h2>, no field shown, reads null', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-r40q8d2m';
    const blank = '<div class="tea-blank"><div class="tea-blank__title">实例不存在或已被销毁</div><div class="tea-blank__desc">未找到实例 ins-r40q8d2m，请返回实例列表确认。</div></div>';
    expect(read(`<h2>ins-r40q8d2m</h2>${blank}`, url)).toBeNull();
  });
});
