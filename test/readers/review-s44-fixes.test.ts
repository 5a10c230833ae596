import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Second review of session 43's other fixes (session 44): small console pages those fixes were not written for. Each break
 * is a case that failed before its fix (run before the fix, and for a regression with the session-43 change taken out
 * with `git apply -R`, where the case passed); guards hold both ways.
 */

const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];

describe('1bffcc3: a hint whose clause before its example holds a figure (dom/units.ts givesExampleMidway SHOWS_VALUE)', () => {
  const cvm = (bw: string, exp: string) =>
    `<h2>ins-4w6y8a0c（gz-blog-web）</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('地域', '华南地区（广州）')}${teaItem('带宽上限', bw)}${teaItem('到期时间', exp)}</div>`;
  const fi = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
  const ecsUrl2 = 'https://ecs.console.aliyun.com/server/i-bp1r44rev0000001a/detail?regionId=cn-hangzhou';
  const ecs = (bw: string, exp: string) =>
    `<h2>i-bp1r44rev0000001a</h2><div class="next-card"><div class="next-card-head">基本信息</div><div class="next-card-body">${fi('实例ID', 'i-bp1r44rev0000001a')}${fi('地域', '华东1（杭州）')}${fi('公网带宽', bw)}${fi('到期时间', exp)}</div></div>`;
  const guide = (t: string) => `<div class="guide">${t}</div>`;
  it('a coach mark giving a range or a reminder before its example gives no value (gave 5 / 200 Mbps, 2026-12-31: invented)', () => {
    for (const t of ['这里显示带宽（1-200 Mbps），例如 5 Mbps', 'Shows the bandwidth (up to 200 Mbps), e.g. 5 Mbps']) {
      expect(server(cvm(guide(t), '2027-01-03'), cvmUrl)?.publicBandwidthMbps, `CVM ${t}`).toBeUndefined();
      expect(server(ecs(guide(t), '2027-01-03'), ecsUrl2)?.publicBandwidthMbps, `ECS ${t}`).toBeUndefined();
    }
    for (const t of ['这里显示到期时间（最长 3 年），例如 2026-12-31', '到期前 7 天会提醒您，例如 2026-12-31']) {
      expect(server(cvm('5 Mbps', guide(t)), cvmUrl)?.expiresAt, `CVM ${t}`).toBeUndefined();
      expect(server(ecs('5 Mbps', guide(t)), ecsUrl2)?.expiresAt, `ECS ${t}`).toBeUndefined();
    }
  });
  // guard: 1bffcc3's own runs, a value then a note giving an example, stay values
  it('(guard) 5 Mbps（例如升级后可达 10 Mbps）, 2027-01-03 00:00:00（例如…）, 5.5 Mbps，示例配置可升级 read as the values', () => {
    expect(server(cvm('5 Mbps（例如升级后可达 10 Mbps）', '2027-01-03 00:00:00（例如开启自动续费后延至 2028-01-03）'), cvmUrl)).toMatchObject({ publicBandwidthMbps: 5, expiresAt: '2027-01-03' });
    expect(server(ecs('5.5 Mbps，示例配置可升级', '2027-01-03 23:59:59'), ecsUrl2)).toMatchObject({ publicBandwidthMbps: 5.5, expiresAt: '2027-01-03' });
  });
});

describe('4f29ed3: an ID number field showing words with a count, a step or a date (shared/text-values.ts maskedIdNumber)', () => {
  const aliUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=shuyuan-rev.cn';
  const fi = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
  const aliHolder = (idValue: string) =>
    '<div class="next-card"><div class="next-card-title">基本信息</div><div class="next-card-content">' + fi('域名', 'shuyuan-rev.cn') + fi('到期日期', '2027-08-09 14:02:51') + '</div></div>' +
    '<div class="next-card"><div class="next-card-title">域名持有者信息</div><div class="next-card-content">' +
    fi('域名持有者', '杭州书远文化传媒有限公司') + fi('证件类型', '营业执照') + fi('证件号码', idValue) + '</div></div>';
  const tcUrl = 'https://console.cloud.tencent.com/domain/info/shuyuan-rev.cn';
  const tcInfo = (idValue: string) =>
    `<h2>域名信息</h2><div class="tea-form">${teaItem('域名', 'shuyuan-rev.cn')}${teaItem('域名所有者', '杭州书远文化传媒有限公司')}${teaItem('证件类型', '营业执照')}` +
    `${teaItem('证件号码', idValue)}${teaItem('到期时间', '2027-08-09')}</div>`;
  const words = ['仅显示后 4 位', '证件已上传（1/2）', '18 位统一社会信用代码', '共 1 项', '2026-12-01 上传'];
  it.each(words)('证件号码 "%s" gives no number (gave "*", "**", "20****01": invented)', (v) => {
    const a = read(aliHolder(v), aliUrl)?.facts.domains?.[0];
    expect(a?.registrantName).toBe('杭州书远文化传媒有限公司');
    expect(a).not.toHaveProperty('registrantIdNumber');
    const t = read(tcInfo(v), tcUrl)?.facts.domains?.[0];
    expect(t?.registrantName).toBe('杭州书远文化传媒有限公司');
    expect(t).not.toHaveProperty('registrantIdNumber');
  });
  it.each([
    ['9133**********123X', '9133**********123X'],
    ['H01****78', 'H01****78'],
    ['4101 **** 1234', '4101 **** 1234'],
    ['91330106MA2H123456', '9133**********3456'],
    ['3201**********0021 仅显示首尾各 4 位', '3201**********0021'],
  ])('(guard) 证件号码 "%s" is still read, masked', (v, want) => {
    expect(read(aliHolder(v), aliUrl)?.facts.domains?.[0]?.registrantIdNumber).toBe(want);
    expect(read(tcInfo(v), tcUrl)?.facts.domains?.[0]?.registrantIdNumber).toBe(want);
  });
});

describe('cf19073: a label word after a separator, then words and a figure (dom/field.ts wordInRunningText)', () => {
  const tips = ['<p>当前配置 2核4G，<b>带宽</b> 最高可升级至 100Mbps</p>', '<p>温馨提示 · <span>带宽</span> 可随时升级到 100Mbps</p>', '<p>新购实例 | <span>带宽</span> 最高 100 Mbps</p>'];
  it('a tip saying what the bandwidth may become gives the ECS / CVM detail none (gave 100: invented)', () => {
    for (const t of tips) {
      expect(server(ecsDetail('') + t, ecsUrl), `ECS ${t}`).not.toHaveProperty('publicBandwidthMbps');
      expect(server(cvmDetail('') + t, cvmUrl), `CVM ${t}`).not.toHaveProperty('publicBandwidthMbps');
    }
  });
  // guards: a line of pairs whose label follows a separator, its value right after it (aea2817's case)
  it('(guard) "配置 2核4G · <b>带宽</b> 5Mbps · 系统盘 40GB", "计费 包年包月 | <b>带宽</b> 5 Mbps" give 5', () => {
    for (const line of ['<p>配置 2核4G · <b>带宽</b> 5Mbps · 系统盘 40GB</p>', '<p>计费 包年包月 | <b>带宽</b> 5 Mbps</p>']) {
      expect(server(ecsDetail('') + line, ecsUrl)?.publicBandwidthMbps, `ECS ${line}`).toBe(5);
      expect(server(cvmDetail('') + line, cvmUrl)?.publicBandwidthMbps, `CVM ${line}`).toBe(5);
    }
  });
});

describe('4cdd48a: a page or layout box whose class names search, its search bar beside the page\'s content (dom/overlay.ts unnamedSearchPopup)', () => {
  const wrap = (cls: string, content: string) => `<div class="${cls}"><div class="bar"><input placeholder="搜索实例"><button>搜索</button></div><div class="content">${content}</div></div>`;
  it.each(['search-layout', 'instance-search-page', 'search-list'])('an ECS / CVM detail in a <div class="%s"> with a search bar keeps its fields (all lost: missing)', (cls) => {
    expect(server(wrap(cls, ecsDetail(infoRow('到期时间', '2027-12-05') + infoRow('带宽', '5Mbps'))), ecsUrl)).toMatchObject({ expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
    expect(server(wrap(cls, cvmDetail(teaItem('到期时间', '2027-12-05') + teaItem('带宽', '5Mbps'))), cvmUrl)).toMatchObject({ expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
  });
  it('an ECS detail with its h2 beside a search bar in a box classed search-wrap keeps its fields (missing)', () => {
    expect(server(wrap('search-wrap', ecsDetail(infoRow('到期时间', '2027-12-05'))), ecsUrl)?.expiresAt).toBe('2027-12-05');
  });
  // guard: 4cdd48a's top-bar search panels (no heading of the page in them) are still drawn over the page
  it('(guard) a topbar-search panel of recently visited instances over an ECS detail gives none of theirs', () => {
    const panel = `<div class="topbar-search"><input placeholder="搜索"><div class="panel"><h5>最近访问</h5><div class="info">${infoRow('付费方式', '按量付费')}${infoRow('带宽', '100Mbps')}${infoRow('到期时间', '2027-03-03')}</div></div></div>`;
    const got = server(panel + `<h2>实例详情</h2><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}</div>`, ecsUrl);
    expect(got?.id).toBe('i-bp1gapss34000001');
    expect(got).not.toHaveProperty('publicBandwidthMbps');
    expect(got).not.toHaveProperty('expiresAt');
  });
});

describe('eddab3e / 3fbdcb8: a wrapper around the whole page named after its page header (dom/titled-box.ts inPageHeader)', () => {
  const own = '5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b';
  const url = `https://swas.console.aliyun.com/#/server/${own}/cn-hangzhou/dashboard`;
  const fi = (l: string, v: string) => `<div class="ant-descriptions-item"><span class="ant-descriptions-item-label">${l}</span><span class="ant-descriptions-item-content">${v}</span></div>`;
  const values = (body: string, u = url) => read(body, u)?.facts.servers?.map((s) => [s.id, s.expiresAt, s.publicBandwidthMbps]);
  // antd pro's PageHeaderWrapper: the header, then the page's content inside …-page-header-wrap-children-content
  const proWrap = (name: string, inner: string) =>
    `<div class="ant-pro-page-header-wrap"><div class="ant-pro-page-header-wrap-page-header-warp"><div class="ant-page-header"><div class="ant-page-header-heading"><span class="ant-page-header-heading-title">${name}</span></div></div></div>` +
    `<div class="ant-pro-grid-content"><div class="ant-pro-page-header-wrap-children-content">${inner}</div></div></div>`;
  const info = `<div class="info">${fi('实例ID', own)}${fi('地域', '华东1（杭州）')}</div>`;
  it('a 推荐配置 / 流量包 card (title class or bold first line) in the content of an antd pro page header wrapper is no SWAS server\'s (gave 2030-05-20 / 30, 2026-12-31: invented)', () => {
    const rec = `<div class="ant-card"><div class="ant-card-head-title">推荐配置</div><div class="ant-card-body">${fi('峰值带宽', '30 Mbps')}${fi('到期时间', '2030-05-20 23:59:59')}</div></div>`;
    const pkg = `<div class="ant-card"><div class="ant-card-head-title">流量包</div><div class="ant-card-body">${fi('到期时间', '2026-12-31 23:59:59')}</div></div>`;
    const boldPkg = `<div class="box"><b>流量包</b><div>${fi('到期时间', '2026-12-31 23:59:59')}</div></div>`;
    for (const card of [rec, pkg, boldPkg]) expect(values(proWrap('wp-lanxi-01', info + card)), card).toEqual([[own, undefined, undefined]]);
  });
  it('an ECS / CVM detail in a page-header-wrapper / app-page-header-container with a bandwidth package or 流量包 card beside it (gave its 200 / 2026-12-31: invented)', () => {
    const ecsPkg = `<div class="next-card"><div class="next-card-title">共享带宽包</div><div class="next-card-body">${infoRow('带宽', '200Mbps')}${infoRow('到期时间', '2026-12-31')}</div></div>`;
    expect(values(`<div class="page-header-wrapper">${ecsDetail('')}${ecsPkg}</div>`, ecsUrl)).toEqual([['i-bp1gapss34000001', undefined, undefined]]);
    const cvmPkg = `<div class="tea-card"><div class="tea-card__title">流量包</div><div class="tea-form">${teaItem('到期时间', '2026-12-31')}</div></div>`;
    expect(values(`<div class="app-page-header-container">${cvmDetail('')}${cvmPkg}</div>`, cvmUrl)).toEqual([['ins-4w6y8a0c', undefined, undefined]]);
  });
  // guards: eddab3e's and 3fbdcb8's names in the page header itself, also inside the pro wrapper
  it('(guard) a server named 推荐系统-prod / 优惠券商城 in the page header (plain or bold, in the pro wrapper) keeps its expiry and bandwidth', () => {
    const fields = `<div class="info">${fi('实例ID', own)}${fi('地域', '华东1（杭州）')}${fi('峰值带宽', '10 Mbps')}${fi('到期时间', '2027-05-20 23:59:59')}</div>`;
    for (const name of ['推荐系统-prod', '<b>优惠券商城</b>']) {
      expect(values(proWrap(name, fields)), name).toEqual([[own, '2027-05-20', 10]]);
      expect(values(`<div class="ant-page-header"><div class="ant-page-header-heading"><span class="ant-page-header-heading-title">${name}</span></div></div>${fields}`), name).toEqual([[own, '2027-05-20', 10]]);
    }
  });
});

describe('2443841: the record\'s name in bold at the top of its card (dom/titled-box.ts boldFirstLine)', () => {
  const cvmCard = (name: string) =>
    `<div class="card"><strong>${name}</strong><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('实例计费模式', '包年包月')}${teaItem('地域', '广州')}${teaItem('到期时间', '2027-12-05')}${teaItem('带宽上限', '5Mbps')}</div></div>`;
  const ecsCard = (name: string) =>
    `<div class="card"><b>${name}</b><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}${infoRow('付费方式', '包年包月')}${infoRow('到期时间', '2027-12-05')}${infoRow('带宽', '5Mbps')}</div></div>`;
  it.each(['负载均衡后端-01', '快照备份-prod', '证书服务_02'])('a CVM / ECS named %s in bold over its fields keeps its billing and expiry (lost: missing)', (name) => {
    expect(server(cvmCard(name), cvmUrl)).toMatchObject({ billing: 'subscription', expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
    expect(server(ecsCard(name), ecsUrl)).toMatchObject({ billing: 'subscription', expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
  });
  // guard: a bold 流量包 / 共享带宽包 title over its own fields still makes them the package's
  it('(guard) a bold 流量包 or 共享带宽包 first line titles the package\'s 到期时间 / 带宽 after it', () => {
    const pkg = (t: string) => `<div class="box"><b>${t}</b><div class="info">${infoRow('带宽', '200Mbps')}${infoRow('到期时间', '2026-12-31')}</div></div>`;
    for (const t of ['流量包', '共享带宽包']) {
      const got = server(ecsDetail('') + pkg(t), ecsUrl);
      expect(got?.id, t).toBe('i-bp1gapss34000001');
      expect(got, t).not.toHaveProperty('expiresAt');
      expect(got, t).not.toHaveProperty('publicBandwidthMbps');
    }
  });
});

describe('74c1246: a bracket saying the conversion waits, is under way or failed (shared/text-values.ts modeAfterDoneConversion)', () => {
  const cvm = (mode: string) => `<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('实例计费模式', mode)}${teaItem('地域', '广州')}</div>`;
  const ecs = (mode: string) => `<h2>实例详情</h2><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}${infoRow('付费方式', mode)}</div>`;
  it.each([
    ['包年包月（已转按量计费待生效）', 'subscription'],
    ['包年包月（已转按量计费失败）', 'subscription'],
    ['包年包月（已转按量付费审核中）', 'subscription'],
    ['Subscription (converted to pay-as-you-go pending)', 'subscription'],
    ['按量计费（已转包年包月待支付）', 'payg'],
  ] as const)('%s is the mode shown, %s (gave the bracket\'s mode: invented)', (mode, want) => {
    expect(server(cvm(mode), cvmUrl)?.billing, `CVM ${mode}`).toBe(want);
    expect(server(ecs(mode), ecsUrl)?.billing, `ECS ${mode}`).toBe(want);
  });
  // guard: 74c1246's own done conversions
  it('(guard) 包年包月（已转为按量计费）, Subscription (converted to pay-as-you-go) are payg', () => {
    for (const mode of ['包年包月（已转为按量计费）', 'Subscription (converted to pay-as-you-go)']) {
      expect(server(cvm(mode), cvmUrl)?.billing, `CVM ${mode}`).toBe('payg');
      expect(server(ecs(mode), ecsUrl)?.billing, `ECS ${mode}`).toBe('payg');
    }
  });
});

describe('3d8f999: a remark line opening a cell of several lines (dom/remark-lines.ts remarkBoxes, unitsOutsideRemarks)', () => {
  const table = (heads: string[], rows: string[][]) =>
    `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const ecs = (ip: string, billing: string) => server(table(['实例ID/名称', '所在可用区', 'IP地址', '付费方式'], [['<a>i-bp1a2b3c4d5e6f7g8h9i</a>', '杭州 可用区I', ip, billing]]), ecsListUrl);
  const cvm = (billing: string) => server(table(['ID/名称', '可用区', '主IPv4地址', '实例计费模式'], [['<a>ins-gz7v2r9m</a>', '广州三区', '119.29.40.18(公)', billing]]), cvmListUrl);
  it.each([
    '<div class="cell"><div>备注：旧机</div><div>包年包月</div><div>2027-01-05 23:59:59 到期</div></div>',
    '<div><span>备注：旧机</span><br>包年包月<br>2027-01-05 23:59:59 到期</div>',
  ])('the cell\'s own mode and date after a remark opening it (%s) are read on the ECS and CVM lists (lost: missing)', (b) => {
    expect(ecs('47.96.20.11(公)', b)).toMatchObject({ billing: 'subscription', expiresAt: '2027-01-05' });
    expect(cvm(b)).toMatchObject({ billing: 'subscription', expiresAt: '2027-01-05' });
  });
  it('an ECS address cell opening with a remark keeps its public address and 带宽 5Mbps (gave 0 Mbps: invented)', () => {
    expect(ecs('<div class="ips"><div>备注：跳板机</div><div>47.96.20.11(公)</div><div>带宽 5Mbps</div></div>', '包年包月')?.publicBandwidthMbps).toBe(5);
  });
  // guards: 3d8f999's remark lines are still no part of the cell
  it('(guard) "包年包月<div>备注：2026-06-30 到期</div>", "<div class=x><div>备注：2026-06-30 到期</div></div>包年包月" give no expiry', () => {
    for (const b of ['包年包月<div>备注：2026-06-30 到期 迁移</div>', '<div class="x"><div>备注：2026-06-30 到期</div></div>包年包月', '包年包月<br>备注：2026-06-30 到期']) {
      expect(ecs('47.96.20.11(公)', b), b).not.toHaveProperty('expiresAt');
      expect(cvm(b), b).not.toHaveProperty('expiresAt');
    }
  });
});

describe('85cce20: a registrable domain in a table cell that names no row\'s domain (tencent/domain-info.ts tableCellDomains)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/mou-tea.cn';
  const item = (l: string, v: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
  const table = (heads: string[], rows: string[][]) =>
    `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const page = (t: string) =>
    `<div class="tea-card"><div class="tea-form">${item('域名', 'mou-tea.cn')}${item('持有人', '林某某')}</div></div><div class="tea-card"><div class="tea-form">${item('到期时间', '2027-12-05')}</div>${t}</div>`;
  it.each([
    ['a CNAME record value', table(['主机记录', '记录类型', '记录值'], [['www', 'CNAME', 'tea-cdn.com']])],
    ['a DNS server named by its registrable name', table(['DNS 服务器', '状态'], [['dnspod.net', '正常']])],
    ['a mail domain', table(['联系邮箱域名', '状态'], [['qq.com', '已验证']])],
  ])('%s in a table in the card of the domain\'s own 到期时间 keeps the date (lost: missing)', (_, t) => {
    expect(read(page(t), url)?.facts.domains).toEqual([{ domain: 'mou-tea.cn', registrantName: '林某某', expiresAt: '2027-12-05' }]);
  });
  // guard: 85cce20's tables of other domains
  it('(guard) a table 其他域名 / 名称 / 推荐域名 | 到期时间 of lin-tea.com gives the page\'s domain no expiry', () => {
    const own = `<h2>mou-tea.cn</h2><div class="tea-form">${item('域名', 'mou-tea.cn')}${item('持有人', '林某某')}</div>`;
    for (const h of ['其他域名', '名称', '推荐域名'])
      expect(read(own + table([h, '到期时间'], [['lin-tea.com', '2026-09-09']]), url)?.facts.domains, h).toEqual([{ domain: 'mou-tea.cn', registrantName: '林某某' }]);
    expect(read(own + '<table><tbody><tr><td>lin-tea.com</td><td>2026-09-09</td></tr></tbody></table>', url)?.facts.domains).toEqual([{ domain: 'mou-tea.cn', registrantName: '林某某' }]);
  });
});

describe('39110ed: a coach mark\'s header box with a step counter and a skip link (dom/example-box.ts isTitleBox)', () => {
  const mark = (head: string, row: (l: string, v: string) => string) =>
    `<div class="guide-pop"><div class="guide-head">${head}</div>${row('到期时间', '2030-01-01')}${row('带宽', '100Mbps')}</div>`;
  it('"新手引导 1/3 跳过引导" over its rows keeps them out of the ECS / CVM detail (gave 2030-01-01, 100 Mbps: invented)', () => {
    const head = '<h3>新手引导</h3><span>1/3</span><a>跳过引导</a>';
    for (const got of [server(ecsDetail('') + mark(head, infoRow), ecsUrl), server(cvmDetail('') + mark(head, teaItem), cvmUrl)]) {
      expect(got?.id).toBeDefined();
      expect(got).not.toHaveProperty('expiresAt');
      expect(got).not.toHaveProperty('publicBandwidthMbps');
    }
  });
  // guard: 39110ed's guide strip of its own (its heading, then its steps) still titles nothing
  it('(guard) a 新手引导 strip with its steps before an ECS detail leaves its fields read', () => {
    const strip = '<div class="guide-panel"><div class="guide-title">新手指引</div><span>1 购买</span><span>2 备案</span><span>3 部署</span></div>';
    expect(server(strip + ecsDetail(infoRow('到期时间', '2027-12-05') + infoRow('带宽', '5Mbps')), ecsUrl)).toMatchObject({ expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
  });
});

describe('6557034: a line naming the user\'s choice that refuses it (tencent/values.ts addressedToUser, rules/labels values.userChoiceRefused)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204000391/website';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
  const head = '<h2>首次备案</h2><div class="tea-step"><span class="tea-step__item">填写主体信息</span><span class="tea-step__item is-current">填写网站信息</span></div>';
  const form = (resource: string, rest = '') =>
    `<div class="page">${head}<div class="tea-card"><div class="tea-card__body"><form class="tea-form">${item('网站名称', '<input class="tea-input" value="竹间手记">')}` +
    `${item('网站域名', '<input class="tea-input" value="zhujian-r44.cn">')}${item('对应云服务', resource)}${rest}</form></div></div></div>`;
  it.each([
    '您已选择的实例 ins-r44gz077 已被其他备案使用',
    'Your selected instance ins-r44gz077 has expired. Please choose another.',
    '您所选的实例 ins-r44gz077 已到期，请重新选择',
    '您选择的实例 ins-r44gz077 不可用于备案，请更换',
  ])('"%s" under a field showing 请选择 names no server (gave ins-r44gz077: invented)', (line) => {
    const got = read(form('<span class="tea-dropdown__value">请选择</span>', `<p>${line}</p>`), url);
    expect(got?.facts.websites?.map((w) => w.serverId)).toEqual([undefined]);
    expect(got?.facts.servers ?? []).toEqual([]);
  });
  // guard: 6557034's choice lines
  it('(guard) "您已选择：云服务器 ins-… | 43.139.51.5 | 广州" and "您选择的实例：ins-… | 广州" name the website\'s server', () => {
    for (const line of ['您已选择：云服务器 ins-r44gz051 | 43.139.51.5 | 广州', '您选择的实例：云服务器 ins-r44gz051 | 广州']) {
      const got = read(form('<span class="tea-dropdown__value">云服务器</span>', `<p>${line}</p>`), url);
      expect(got?.facts.websites?.map((w) => w.serverId), line).toEqual(['ins-r44gz051']);
    }
  });
});

describe('2832f54: a 备案查询 box whose query is cleared, its answer still shown (dom/lookup-box.ts inLookupBox)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const steps =
    '<div class="next-step"><div class="next-step-item next-step-item-finish"><div class="next-step-item-title">主体信息</div></div>' +
    '<div class="next-step-item next-step-item-process"><div class="next-step-item-title">网站信息</div></div>' +
    '<div class="next-step-item next-step-item-wait"><div class="next-step-item-title">上传资料</div></div></div>';
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  const form =
    '<form class="next-form"><section class="site-panel"><div class="site-panel-head">网站信息（网站 1）</div>' +
    item('网站名称', '<span class="next-input"><input value="张三的博客"></span>') +
    item('网站域名', '<span class="next-tag"><span class="next-tag-body">zhangsan.cn</span></span>') +
    item('网站服务内容', '<span class="next-select"><span class="next-select-values"><em>博客/个人空间</em></span></span>') +
    '</section></form>';
  const lookup = (input: string, result: string) =>
    `<aside class="beian-side"><h4>备案查询</h4><div class="lookup-form"><span class="next-input">${input}</span> <button class="next-btn">查询</button></div>${result}</aside>`;
  const rows = '<table><tbody><tr><th>主办单位名称</th><td>李四</td></tr><tr><th>网站备案号</th><td>浙ICP备2025040001号-1</td></tr><tr><th>网站名称</th><td>李四的相册</td></tr><tr><th>网站域名</th><td>lisi-photos.cn</td></tr></tbody></table>';
  const own = [{ name: '张三的博客', domains: ['zhangsan.cn'], content: '博客/个人空间' }];
  it.each([
    ['an empty query', '<input type="search" value="">', rows],
    ['a placeholder only, under 最近查询', '<input type="search" placeholder="请输入域名">', `<div class="recent"><h5>最近查询</h5>${rows}</div>`],
  ])('%s: the website step is read as its own (the page read null: missing)', (_, input, result) => {
    const got = read(`<div class="layout">${steps}${form}${lookup(input, result)}</div>`, url);
    expect(got?.facts.websites).toEqual(own);
    expect(got?.facts.entity).toBeUndefined();
  });
  // guard: 2832f54's own case, an empty 搜索网站 box in the confirm card's toolbar
  it('(guard) a confirm view whose card has an empty 搜索网站 box in its toolbar is read', () => {
    const confirm = `<div class="confirm"><div class="card-toolbar"><span class="next-input next-search"><input type="search" placeholder="搜索网站"></span></div>${item('网站名称', '张三的博客')}${item('网站域名', 'zhangsan.cn')}${item('网站服务内容', '博客/个人空间')}</div>`;
    expect(read(`<div class="layout">${steps}${confirm}</div>`, url)?.facts.websites).toEqual(own);
  });
});
