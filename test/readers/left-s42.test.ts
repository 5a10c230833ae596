import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, filingItem, filingSteps, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Items left open by session 41 (/work/notes/left42.md), each a small console page that read wrong or lost a value
 * before its fix (checked by running it with the fix's source taken out).
 */

const servers = (app: string, url: string) => read(app, url)?.facts.servers;
const server = (app: string, url: string) => servers(app, url)?.[0];
const lighthouseUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-4w6y8a0c';
const swasUrl = 'https://swas.console.aliyun.com/#/server/0a1b2c3d4e5f60718293a4b5c6d7e8f9/cn-hangzhou/dashboard';
const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
/** A plain table: a header row and body rows (cells as HTML). */
const table = (heads: string[], rows: string[][]) =>
  `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const lighthouse = (extra: string) => cvmDetail(extra).replace(/ins-4w6y8a0c/g, 'lhins-4w6y8a0c');
const swas = (extra: string) =>
  `<h2>服务器概览</h2><div class="info">${infoRow('实例ID', '0a1b2c3d4e5f60718293a4b5c6d7e8f9')}${infoRow('地域', '华东1（杭州）')}${extra}</div>`;
const ecsList = (head: string, cell: string) =>
  table(['实例ID/名称', '所在可用区', 'IP地址', '付费方式', head], [['<a href="#/server/i-bp1a2b3c4d5e6f7g8h9i/detail">i-bp1a2b3c4d5e6f7g8h9i</a>', '杭州 可用区I', '47.96.20.11(公)', '包年包月', cell]]);
const cvmList = (head: string, cell: string) =>
  table(['ID/名称', '可用区', '主IPv4地址', '实例计费模式', head], [['<a>ins-gz7v2r9m</a>', '广州三区', '119.29.40.18(公)', '包年包月', cell]]);

describe('item 1: a bandwidth label naming the private network is no public bandwidth (dom/normalize-label.ts, reading-model vocabMatches)', () => {
  const privateLabels = ['带宽（内网）', '带宽（私网）', '带宽（Mbps）（内网）', '带宽 (intranet)', 'Bandwidth (Private)', '私网带宽', '内网带宽', 'Intranet Bandwidth'];
  const pages: Array<[string, (l: string, v: string) => string, string]> = [
    ['ECS detail', (l, v) => ecsDetail(infoRow(l, v)), ecsUrl],
    ['SWAS detail', (l, v) => swas(infoRow(l, v)), swasUrl],
    ['CVM detail', (l, v) => cvmDetail(teaItem(l, v)), cvmUrl],
    ['Lighthouse detail', (l, v) => lighthouse(teaItem(l, v)), lighthouseUrl],
    ['ECS list', ecsList, ecsListUrl],
    ['CVM list', cvmList, cvmListUrl],
  ];
  it('gives no public bandwidth on both providers\' details and lists (gave 10: invented)', () => {
    for (const [name, make, url] of pages)
      for (const l of privateLabels) {
        const s = server(make(l, '10 Mbps'), url);
        expect(s?.id, `${name} ${l}`).toBeDefined();
        expect(s, `${name} ${l}`).not.toHaveProperty('publicBandwidthMbps');
      }
  });
  // guards: the public network's qualifier and a unit's still decorate; the plain label is read
  it('带宽（公网）, 带宽（Mbps）, 公网带宽 and 带宽 are still read', () => {
    for (const [name, make, url] of pages)
      for (const l of ['带宽（公网）', '带宽（Mbps）', '公网带宽', '带宽', 'Bandwidth (Public)'])
        expect(server(make(l, '10 Mbps'), url)?.publicBandwidthMbps, `${name} ${l}`).toBe(10);
  });
});

describe('item 2: 个人（个体工商户） is a 个体工商户, an organization by the MIIT kinds (tencent/values.ts entityTypeFromText)', () => {
  const tencentUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261205000418/entity';
  const dropdown = (label: string, value: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-dropdown" role="combobox" aria-expanded="false"><span class="tea-dropdown__value">${value}</span></div></div></div>`;
  const input = (label: string, value: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><input class="tea-input" value="${value}"></div></div>`;
  const tencent = (nature: string) =>
    '<form class="tea-form">' + dropdown('备案区域', '福建省') + dropdown('主办单位性质', nature) + dropdown('主办单位证件类型', '营业执照') +
    input('主办单位名称', '王某某') + input('主办单位证件号码', '9235**********6L7P') + '</form>';
  const aliyunUrl = 'https://beian.aliyun.com/pcContainer/formpage';
  const aliyun = (kind: string) =>
    filingSteps(1) + '<h4>主体信息</h4>' + filingItem('主办单位性质', kind) + filingItem('主办单位名称', '王某某') + filingItem('主办单位证件号码', '9235**********6L7P');
  it('the Tencent form\'s 主办单位性质 个人（个体工商户） / 个人(个体工商户) is an organization (gave individual: invented)', () => {
    for (const k of ['个人（个体工商户）', '个人(个体工商户)', '个人（ 个体工商户 ）']) expect(read(tencent(k), tencentUrl)?.facts.entity?.type, k).toBe('organization');
  });
  // guards: the Alibaba form read it so already; a qualifier naming which individual stays individual; 企业（个人独资） organization
  it('the Alibaba form\'s, 个人（港澳台居民） and 企业（个人独资） read as before', () => {
    expect(read(aliyun('个人（个体工商户）'), aliyunUrl)?.facts.entity?.type).toBe('organization');
    for (const [k, want] of [['个人（港澳台居民）', 'individual'], ['个人（非港澳台）', 'individual'], ['企业（个人独资）', 'organization'], ['个体工商户', 'organization'], ['个人', 'individual']] as const)
      expect(read(tencent(k), tencentUrl)?.facts.entity?.type, k).toBe(want);
  });
});

describe('item 3: a price\'s or another resource\'s "… 到期" line in a billing cell (rules/labels values.otherResources; aliyun/server-values.ts expiryFromText)', () => {
  const cvmRow = (billing: string) => cvmList('带宽', '5Mbps').replace('<td>包年包月</td>', `<td>${billing}</td>`);
  const ecsRow = (billing: string) => ecsList('带宽', '5Mbps').replace('<td>包年包月</td>', `<td>${billing}</td>`);
  const expiries = (billing: string) => [
    server(cvmDetail('').replace('包年包月', billing), cvmUrl)?.expiresAt,
    server(cvmRow(billing), cvmListUrl)?.expiresAt,
    server(ecsDetail('').replace('包年包月', billing), ecsUrl)?.expiresAt,
    server(ecsRow(billing), ecsListUrl)?.expiresAt,
  ];
  it('"活动价格 2026-12-31 到期", "优惠价 … 到期" under 包年包月: the price\'s end, no expiry of the instance (gave it: invented)', () => {
    for (const v of ['包年包月<br>活动价格 2026-12-31 到期', '包年包月 / 活动价格 2026-12-31 到期', '包年包月<br>优惠价 2026-12-31 到期', '包年包月<br>Promotional price 2026-12-31 到期'])
      expect(expiries(v), v).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('an Alibaba billing cell\'s 数据盘 / 弹性公网IP / 代金券 line is that resource\'s (gave its date: invented; the Tencent cells since d471cc3)', () => {
    for (const v of ['包年包月<br>数据盘 2026-08-01 到期', '包年包月 / 弹性公网IP 2026-08-01 到期', '包年包月<br>代金券 2026-08-01 到期']) {
      expect(server(ecsDetail('').replace('包年包月', v), ecsUrl)?.expiresAt, v).toBeUndefined();
      expect(server(ecsRow(v), ecsListUrl)?.expiresAt, v).toBeUndefined();
    }
  });
  // guards: a trial's end is the instance's (a trial instance ends then); a price named in another clause; the instance's later line
  it('a trial\'s "… 到期", "活动价 1 年，2027-01-05 到期" and the instance\'s own line after a price\'s are the instance\'s', () => {
    for (const v of ['包年包月<br>免费试用，2027-01-05 到期', '包年包月<br>试用 2027-01-05 到期', '包年包月<br>活动价 1 年，2027-01-05 到期'])
      expect(expiries(v), v).toEqual(['2027-01-05', '2027-01-05', '2027-01-05', '2027-01-05']);
    const two = '包年包月<br>数据盘 2026-08-01 到期<br>2027-06-30 到期';
    expect(server(ecsDetail('').replace('包年包月', two), ecsUrl)?.expiresAt).toBe('2027-06-30');
    expect(server(ecsRow(two), ecsListUrl)?.expiresAt).toBe('2027-06-30');
  });
});

describe('item 4: a target-account cell naming the account the code was passed on to (tencent/beian-authcode.ts accountOfCell)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const codes = (target: string) =>
    '<h2>备案授权码</h2><table><thead><tr><th>备案授权码</th><th>关联的云服务</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody>' +
    `<tr><td>BA2D4F6G8H0J2K4L</td><td>云服务器 ins-cd6y8u0i</td><td>${target}</td><td>使用中</td></tr></tbody></table>`;
  const target = (cell: string) => {
    const code = read(codes(cell), url)?.facts.servers?.[0]?.authorizationCodes?.[0];
    expect(code?.code, cell).toBe('BA2D4F6G8H0J2K4L');
    return code?.targetAccount;
  };
  it('"100031415926 / 已转授权给 2000****5678" on two lines gives no account (gave 100031415926, the account it was taken from: invented)', () => {
    for (const cell of ['100031415926<br>已转授权给 2000****5678', '<div>100031415926</div><div>已转授权给 2000****5678</div>', '100031415926<br>转授权给 2000 **** 5678'])
      expect(target(cell), cell).toBeUndefined();
  });
  // guards: a name under the id, the former account under it (e63ff5c), a full id after it (none, as before)
  it('an account\'s name or its former account under the id keeps the id; a full second id gives none', () => {
    expect(target('100031415926<br>王某某（个体工商户经营者）')).toBe('100031415926');
    expect(target('100031415926<br>原授权账户：1000****1234')).toBe('100031415926');
    expect(target('100031415926')).toBe('100031415926');
    expect(target('100031415926<br>已转授权给 200012345678')).toBeUndefined();
  });
});

describe('item 7: the Alibaba ECS / SWAS list columns in the words their details read (rules/labels/aliyun/ecs.json ecs-list, swas.json swas-list)', () => {
  const swasListUrl = 'https://swas.console.aliyun.com/#/servers';
  const ecsRow = (head: string, cell: string) =>
    read(table(['实例ID/名称', '所在可用区', 'IP地址', '付费方式', head], [['<a href="#/server/i-bp1a2b3c4d5e6f7g8h9i/detail">i-bp1a2b3c4d5e6f7g8h9i</a>', '杭州 可用区I', '47.96.20.11(公)', '包年包月', cell]]), ecsListUrl)?.facts.servers?.[0];
  const swasRow = (head: string, cell: string) =>
    read('<h1>服务器列表</h1>' + table(['实例ID/名称', '地域', '状态', head], [['0a1b2c3d4e5f60718293a4b5c6d7e8f9', '华东1（杭州）', '运行中', cell]]), swasListUrl)?.facts.servers?.[0];
  it('an ECS list\'s 服务到期时间 / 到期日期 / Expiry Date / Exp. Date … column gives the expiry (it was missing)', () => {
    for (const h of ['服务到期时间', '服务到期', '实例到期时间', '到期日期', '到期日', 'Expiry Date', 'Exp. Date', 'Expires', 'Instance Expiration Time'])
      expect(ecsRow(h, '2027-03-01 23:59:59')?.expiresAt, h).toBe('2027-03-01');
  });
  it('an ECS list\'s 公网出带宽 / 出网带宽 / 公网带宽上限 / Outbound Bandwidth / Maximum Bandwidth column gives the bandwidth (it was missing)', () => {
    for (const h of ['公网出带宽', '出网带宽', '公网带宽上限', 'Outbound Bandwidth', 'Maximum Bandwidth']) expect(ecsRow(h, '5 Mbps')?.publicBandwidthMbps, h).toBe(5);
  });
  it('a SWAS list\'s Exp. Date column gives the expiry (it was missing)', () => {
    expect(swasRow('Exp. Date', '2027-03-01')?.expiresAt).toBe('2027-03-01');
  });
  it('a SWAS list\'s 流量包到期时间 / 流量包过期时间 column is the traffic package\'s, no expiry (gave it: invented)', () => {
    for (const h of ['流量包到期时间', '流量包过期时间']) {
      const s = swasRow(h, '2026-12-31');
      expect(s?.id, h).toBe('0a1b2c3d4e5f60718293a4b5c6d7e8f9');
      expect(s, h).not.toHaveProperty('expiresAt');
    }
  });
  // guards: 有效期至 is left out of the lists (a column right after a 流量包 or 证书 column would be that one's: 766a769's care);
  // 到期提醒 stays none
  it('有效期至 and 到期提醒 columns give no expiry', () => {
    for (const h of ['有效期至', '到期提醒']) {
      expect(ecsRow(h, '2027-03-01')?.expiresAt, `ECS ${h}`).toBeUndefined();
      expect(swasRow(h, '2027-03-01')?.expiresAt, `SWAS ${h}`).toBeUndefined();
    }
  });
});

describe('item 6: a line under the holder\'s name naming the former holder is no part of the name (shared/text-values.ts registrantNameOf)', () => {
  const aliyunUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=lina.cn';
  const row = (label: string, value: string) => `<div class="info-row"><div class="info-label">${label}</div><div class="info-value">${value}</div></div>`;
  const aliyun = (v: string) => read(`<h2>lina.cn</h2>${row('域名持有者', v)}${row('证件类型', '身份证')}${row('到期日期', '2027-01-01')}`, aliyunUrl)?.facts.domains?.[0];
  const tencentUrl = 'https://console.cloud.tencent.com/domain/info/lina.cn';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
  const tencent = (v: string) => read(`<div class="tea-form">${item('域名', 'lina.cn')}${item('域名所有者', v)}${item('到期时间', '2027-01-01')}</div>`, tencentUrl)?.facts.domains?.[0];
  it('"张三" over "原持有者 李四（未实名认证）" / "原所有者 李四" gives 张三 (gave "张三 原持有者 李四(未实名认证)": wrong)', () => {
    for (const v of ['<div>张三</div><div class="sub">原持有者 李四（未实名认证）</div>', '张三 <span class="next-tag">已实名认证</span><div class="sub">原持有者 李四（未实名认证）</div>'])
      expect(aliyun(v)?.registrantName, v).toBe('张三');
    for (const v of ['张三<br>原持有者 李四（未实名认证）', '<div>张三</div><div class="sub">原所有者 李四</div>', '<div>张三</div><div>原 所有者：李四</div>', '<div>张三</div><div>原所有者：李四</div>'])
      expect(tencent(v)?.registrantName, v).toBe('张三');
  });
  // guards: a name holding a former word not followed by the label (原野, 旧城) is kept whole; one line as before
  it('a name opening a word with 原 / 旧 not followed by the field\'s label is kept', () => {
    expect(tencent('杭州 原野设计工作室')?.registrantName).toBe('杭州 原野设计工作室');
    expect(aliyun('<div>北京旧城文化有限公司</div>')?.registrantName).toBe('北京旧城文化有限公司');
    expect(aliyun('张三')?.registrantName).toBe('张三');
  });
});

describe('item 8: a label\'s English in its own text node (dom/normalize-label.ts labelMatches)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage';
  const entity = (label: string) =>
    read(filingSteps(1) + '<h4>主体信息</h4>' + filingItem('主办单位性质', '企业') + filingItem(label, '某某公司') + filingItem('主办单位证件号码', '9135**********2Q3X'), url)?.facts.entity;
  it('"主办单位名称 Sponsor Name" / "主体名称 Entity Name:" is the name\'s label (the name was missing)', () => {
    for (const l of ['主办单位名称 Sponsor Name', '主体名称 Entity Name:', '主办单位名称 Sponsor Name：']) expect(entity(l)?.name, l).toBe('某某公司');
  });
  it('an ECS detail\'s "到期时间 Expiration Time" and "带宽 Bandwidth" are read (as before: a guard)', () => {
    expect(server(ecsDetail(infoRow('到期时间 Expiration Time', '2027-03-01')), ecsUrl)?.expiresAt).toBe('2027-03-01');
    expect(server(ecsDetail(infoRow('带宽 Bandwidth', '5 Mbps')), ecsUrl)?.publicBandwidthMbps).toBe(5);
  });
  // guards: a label then a value in Latin letters (a holder's romanised name), or English that is no label of the field
  it('"主办单位名称 Zhang San", "到期时间 Previous", "带宽 Private Network" are no labels of the field', () => {
    expect(entity('主办单位名称 Zhang San')?.name).toBeUndefined();
    expect(server(ecsDetail(infoRow('到期时间 Previous', '2027-03-01')), ecsUrl)).not.toHaveProperty('expiresAt');
    expect(server(ecsDetail(infoRow('带宽 Private Network', '5 Mbps')), ecsUrl)).not.toHaveProperty('publicBandwidthMbps');
  });
});

describe('item 5: a confirm page\'s summary row labelled 应急联系人 inside the entity\'s section (aliyun/beian-form.ts findTitles)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=confirm';
  const kv = (k: string, v: string) => `<div class="row"><span class="k">${k}</span><span class="v">${v}</span></div>`;
  const section = (rows: string) => '<h3>主办单位信息</h3><div class="sec">' + rows + '</div>';
  const entity = (contact: string) =>
    read(section(kv('主办单位性质', '企业') + contact + kv('主办单位名称', '某某公司') + kv('主办单位证件号码', '9135**********2Q3X')), url)?.facts.entity;
  it('the entity\'s fields after the row are read (they were lost: the row was taken for a contact\'s section title)', () => {
    for (const row of [kv('应急联系人', '陈某豪 138****1234'), kv('应急联系人', '陈某豪')])
      expect(entity(row), row).toEqual({ type: 'organization', name: '某某公司', idNumber: '9135**********2Q3X' });
  });
  // guard: a contact's section titled by a heading, or by a title with an 编辑 link beside it, still holds the contact's fields
  it('a contact\'s title with an 编辑 link beside it still opens the contact\'s section', () => {
    const contact = '<div class="head"><span class="t">应急联系人</span><a href="#">编辑</a></div>' + kv('姓名', '陈某豪') + kv('证件号码', '4403**********2468');
    const got = read(contact + section(kv('主办单位性质', '个人') + kv('主办单位名称', '')), url)?.facts.entity;
    expect(got?.name).toBeUndefined();
    expect(got?.idNumber).toBeUndefined();
  });
});
