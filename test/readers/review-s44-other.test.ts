import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Second review of session 44's other fixes (session 45): small console pages those fixes were not written for — the same
 * situation in other words, the other provider, other markup, ordinary values that look like the pattern. Each break is a
 * case that failed before its fix (checked with the fix taken out by `git apply -R`); guards hold both ways.
 */

const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];
const ecsBare = (extra: string) => `<h2>实例详情</h2><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}${extra}</div>`;
const cvmBare = (extra: string) => `<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('地域', '广州')}${extra}</div>`;

describe('2316c5c: a note telling the user what to do if they need something (dom/units.ts IF_NEEDED_NOTE)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261206000444/website';
  const item = (l: string, v: string) => `<div class="x1"><div class="x2"><label>${l}</label></div><div class="x3">${v}</div></div>`;
  const form = (name: string) =>
    '<h3>网站信息</h3><form class="x0">' + item('网站名称', name) + item('网站域名', '<input class="x4" value="lanwan-mall.com">') + '</form>';
  it('a billing value with an if-needed note in one run keeps its billing (lost since 2316c5c: regression)', () => {
    for (const [v, want] of [['包年包月 如需转按量请前往变更计费', 'subscription'], ['包年包月，如需退订请前往费用中心', 'subscription'], ['按量付费 如需转包年包月请点击转换', 'payg'], ['Subscription. If you need to switch, please go to billing', 'subscription']] as const) {
      expect(server(ecsBare(infoRow('付费方式', v)), ecsUrl)?.billing, `ECS ${v}`).toBe(want);
      expect(server(cvmBare(teaItem('实例计费模式', v)), cvmUrl)?.billing, `CVM ${v}`).toBe(want);
    }
  });
  it('the read-only note in other words gives the name alone (the note was glued to the name: wrong value)', () => {
    for (const note of ['新增接入不可修改网站名称，若需修改请先办理变更网站', '新增接入不可修改网站名称，如要修改请先办理变更网站', '新增接入不可修改网站名称，如需修改，可先办理变更网站',
      '新增接入不可修改网站名称。如有修改需要，请先办理变更网站', '新增接入不可修改网站名称', '网站名称不支持修改，需修改请办理变更网站',
      'The site name cannot be changed here. To change it, please file a website change first', 'Read-only. If you want to change the name, please file a website change.',
      'Site name cannot be modified during access filing.', 'The site name cannot be changed here. If you need to change it, file a website change first']) {
      expect(read(form(`<input class="x4" value="蓝湾商城" readonly><div class="x5">${note}</div>`), url)?.facts.websites?.[0]?.name, note).toBe('蓝湾商城');
    }
  });
  it('(guard) the lead\'s notes, a bracketed note and a value with a figure before its note stay as they were', () => {
    for (const note of ['新增接入不可修改网站名称，如需修改请先办理变更网站', 'The site name cannot be changed here. If you need to change it, please file a website change first']) {
      expect(read(form(`<input class="x4" value="蓝湾商城" readonly><div class="x5">${note}</div>`), url)?.facts.websites?.[0]?.name, note).toBe('蓝湾商城');
    }
    expect(read(form('蓝湾商城（如需修改请先办理变更网站）'), url)?.facts.websites?.[0]?.name).toBe('蓝湾商城(如需修改请先办理变更网站)');
    expect(server(ecsDetail(infoRow('带宽', '5Mbps 如需升级请变配')), ecsUrl)?.publicBandwidthMbps).toBe(5);
  });
});

describe('358ed41: 起 before a range word joins a range (dom/parse-date PAIR_JOIN / RANGE_JOIN)', () => {
  const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-r45abcd1';
  const lh = (expiry: string) => '<h2>实例信息</h2><div class="tea-form">' + teaItem('实例ID', 'lhins-r45abcd1') + teaItem('实例计费模式', '包年包月') + teaItem('到期时间', expiry) + '</div>';
  const swasUrl = 'https://swas.console.aliyun.com/#/server/a45f0c2e8b7d4e5f9a1b3c5d7e9f0a2b/cn-shanghai/dashboard';
  const fi = (l: string, v: string) => `<div class="next-form-item"><div class="next-form-item-label"><label>${l}</label></div><div class="next-form-item-control">${v}</div></div>`;
  const swas = (validity: string) => '<h2>服务器信息</h2><div class="next-form">' + fi('实例ID', 'a45f0c2e8b7d4e5f9a1b3c5d7e9f0a2b') + fi('地域', '华东2（上海）') + fi('有效期', validity) + '</div>';
  const terms = ['2026-01-03起~2027-01-03止', '2026-01-03 起 - 2027-01-03 止', '2026-01-03 开始 至 2027-01-03 结束', '2026-01-03 起，至 2027-01-03'];
  it('a Lighthouse 到期时间 written 起~…止 / 开始 至 … 结束 / 起，至 gives not its start (gave 2026-01-03: invented)', () => {
    for (const t of terms) expect(server(lh(t), lhUrl)?.expiresAt, t).toBeUndefined();
  });
  it('a SWAS 有效期 so written gives its end (none before: missing)', () => {
    for (const t of terms) expect(server(swas(t), swasUrl)?.expiresAt, t).toBe('2027-01-03');
  });
  it('(guard) 358ed41\'s 起至…止 and a plain date stay as they were', () => {
    expect(server(lh('2026-01-03 起至 2027-01-03 止'), lhUrl)?.expiresAt).toBeUndefined();
    expect(server(lh('2027-01-03 23:59:59'), lhUrl)?.expiresAt).toBe('2027-01-03');
    expect(server(swas('2026-01-03 起至 2027-01-03 止'), swasUrl)?.expiresAt).toBe('2027-01-03');
  });
});

describe('10406f9 / 62768ab: a disk\'s card or clause in other words (rules/labels server-detail notUnder, values.otherResources)', () => {
  const ecsCard = (t: string, l: string, v: string) => `<h4>${t}</h4><div>${infoRow(l, v)}</div>`;
  const cvmCard = (t: string, l: string, v: string) => `<div class="tea-card"><div class="tea-card__title">${t}</div><div class="tea-form">${teaItem(l, v)}</div></div>`;
  const titles = ['磁盘', '硬盘信息', 'Disk', '块存储', '弹性块存储', 'ESSD 云盘', 'CBS 云硬盘'];
  it('a 磁盘 / 硬盘 / Disk / 块存储 card\'s 带宽 and 到期时间 are no ECS / CVM detail\'s (gave 200 Mbps, 2026-06-01: invented)', () => {
    for (const t of titles) {
      for (const [l, v] of ([['带宽', '200Mbps'], ['到期时间', '2026-06-01']] as const)) {
        const ecs = server(ecsDetail('') + ecsCard(t, l, v), ecsUrl);
        const cvm = server(cvmDetail('') + cvmCard(t, l, v), cvmUrl);
        expect(ecs?.id, `ECS ${t}`).toBe('i-bp1gapss34000001');
        expect(cvm?.id, `CVM ${t}`).toBe('ins-4w6y8a0c');
        for (const got of [ecs, cvm]) {
          expect(got, `${t} ${l}`).not.toHaveProperty('publicBandwidthMbps');
          expect(got, `${t} ${l}`).not.toHaveProperty('expiresAt');
        }
      }
    }
  });
  it('a 到期时间 opening with 云硬盘 / 磁盘, and a billing line\'s 优惠到期 / 折扣到期 date, are no ECS / CVM expiry (invented)', () => {
    for (const v of ['云硬盘 2026-06-01 到期', '磁盘 2026-06-01 到期']) {
      expect(server(ecsDetail(infoRow('到期时间', v)), ecsUrl)?.expiresAt, `ECS ${v}`).toBeUndefined();
      expect(server(cvmDetail(teaItem('到期时间', v)), cvmUrl)?.expiresAt, `CVM ${v}`).toBeUndefined();
    }
    for (const v of ['包年包月 优惠到期 2026-12-05', '包年包月 折扣到期 2026-06-01']) {
      expect(server(ecsBare(infoRow('付费方式', v)), ecsUrl), `ECS ${v}`).toMatchObject({ billing: 'subscription' });
      expect(server(ecsBare(infoRow('付费方式', v)), ecsUrl)?.expiresAt, `ECS ${v}`).toBeUndefined();
      expect(server(cvmBare(teaItem('实例计费模式', v)), cvmUrl)?.expiresAt, `CVM ${v}`).toBeUndefined();
    }
  });
  it('(guard) the server\'s own cards and billing lines are read', () => {
    expect(server(ecsDetail('') + ecsCard('配置信息', '带宽', '5Mbps'), ecsUrl)?.publicBandwidthMbps).toBe(5);
    expect(server(cvmDetail('') + cvmCard('网络信息', '带宽上限', '5Mbps'), cvmUrl)?.publicBandwidthMbps).toBe(5);
    expect(server(ecsDetail('') + ecsCard('付费信息', '到期时间', '2027-01-05'), ecsUrl)?.expiresAt).toBe('2027-01-05');
    for (const v of ['包年包月 / 到期 2027-01-05', '包年包月 预计到期 2027-01-05']) {
      expect(server(ecsBare(infoRow('付费方式', v)), ecsUrl)?.expiresAt, v).toBe('2027-01-05');
      expect(server(cvmBare(teaItem('实例计费模式', v)), cvmUrl)?.expiresAt, v).toBe('2027-01-05');
    }
    expect(server(cvmDetail(teaItem('到期时间', '实例 2027-01-05 到期，数据盘 2026-06-01 到期')), cvmUrl)?.expiresAt).toBe('2027-01-05');
  });
});

describe('1848c74: a task log headed 操作 (dom/table.ts operationLog)', () => {
  const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const list = (op: string) =>
    '<table class="list"><thead><tr><th>实例ID/名称</th><th>状态</th><th>付费方式</th><th>操作</th></tr></thead><tbody>' +
    `<tr><td>i-bp1s45list000001a</td><td>运行中</td><td>包年包月<div>2027年3月1日 23:59 到期</div></td><td>${op}</td></tr>` +
    `<tr><td>i-bp1s45list000002b</td><td>运行中</td><td>包年包月<div>2027年4月1日 23:59 到期</div></td><td>${op}</td></tr></tbody></table>`;
  it('an ECS list whose 操作 cells show a dash, 无权限 or plain action names is read (every instance lost since 1848c74: regression)', () => {
    for (const op of ['-', '—', '无权限', '不可操作', '远程连接 | 更多'])
      expect(read(`<main>${list(op)}</main>`, ecsListUrl)?.facts.servers?.map((s) => s.id), op).toEqual(['i-bp1s45list000001a', 'i-bp1s45list000002b']);
  });
  it('a task log whose 时间 cells say a time ago gives no servers (gave the tasks\' instances: invented)', () => {
    const tasks =
      '<div class="task-center"><h4>任务中心</h4><table><thead><tr><th>操作</th><th>实例</th><th>状态</th><th>时间</th></tr></thead><tbody>' +
      '<tr><td>批量续费（续费 1 年）</td><td>i-bp1s45task000003c</td><td>成功</td><td>5 分钟前</td></tr>' +
      '<tr><td>按量付费转包年包月</td><td>i-bp1s45other00009z</td><td>失败 · 实例已释放</td><td>2 天前</td></tr></tbody></table></div>';
    expect(read(`<main><h1>实例</h1><div class="empty">您还没有实例</div>${tasks}</main>`, ecsListUrl)?.facts.servers ?? []).toEqual([]);
  });
  it('(guard) the task log of 1848c74, dates with times in their own cells, gives none', () => {
    const tasks =
      '<div class="task-center"><h4>任务中心</h4><table><thead><tr><th>Operation</th><th>Instance</th><th>Status</th><th>Time</th></tr></thead><tbody>' +
      '<tr><td>Renew (1 year)</td><td>i-bp1s45task000003c</td><td>Succeeded</td><td>2026-12-05 21:14</td></tr>' +
      '<tr><td>Switch to subscription</td><td>i-bp1s45other00009z</td><td>Failed</td><td>2026-12-03 10:02</td></tr></tbody></table></div>';
    expect(read(`<main><h1>Instances</h1><div class="empty">No instances</div>${tasks}</main>`, ecsListUrl)?.facts.servers ?? []).toEqual([]);
  });
});

describe('0ad8413: a neighbour table in a box whose class names a lock word for its place on the page (dom/table.ts markedAsCopy)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const list =
    '<div class="tea-table"><table><thead><tr><th>域名</th><th>状态</th><th>实名认证</th><th>域名所有者</th><th>操作</th></tr></thead><tbody>' +
    '<tr><td><a>zhangs45.cn</a></td><td>正常</td><td>已实名认证</td><td>张三</td><td><a>续费</a></td></tr>' +
    '<tr><td><a>zhangs45-shop.com</a></td><td>正常</td><td>已实名认证</td><td>张三</td><td><a>续费</a></td></tr></tbody></table></div>';
  const other = '<table><thead><tr><th>检查结果</th><th>到期时间</th></tr></thead><tbody><tr><td>可注册</td><td>2027-08-01</td></tr><tr><td>已注册</td><td>2027-09-09</td></tr></tbody></table>';
  it('a 检查结果 | 到期时间 table in a sticky-panel / fixed-footer / frozen-note / lock-tip / position-fixed box lends the list no 到期时间 (invented)', () => {
    for (const cls of ['sticky-panel', 'fixed-footer', 'frozen-note', 'lock-tip', 'position-fixed'])
      expect(read(`<div class="tea-layout__body">${list}<div class="${cls}">${other}</div></div>`, url)?.facts.domains?.map((d) => d.expiresAt), cls).toEqual([undefined, undefined]);
  });
  it('(guard) a locked copy classed by its side or its table still lends it', () => {
    const copy = (cls: string) => `<div class="${cls}"><table><thead><tr><th>到期时间</th></tr></thead><tbody><tr><td>2027-01-20</td></tr><tr><td>2027-05-11</td></tr></tbody></table></div>`;
    for (const cls of ['tea-table__fixed-right', 'next-table-lock-right', 'fixed', 'table-fixed'])
      expect(read(`<div class="tea-layout__body"><div class="tea-table__wrap">${list}${copy(cls)}</div></div>`, url)?.facts.domains?.map((d) => d.expiresAt), cls).toEqual(['2027-01-20', '2027-05-11']);
  });
});

describe('bc592ce: a lookup\'s answer under a title in other words (dom/table.ts lookupAnswer, rules/labels lookupTitles)', () => {
  const card = (title: string) =>
    `<div class="card">${title}<div class="bar"><input type="text" value="zhangsan.io" placeholder="输入域名"><button>查询</button></div>` +
    '<table><thead><tr><th>域名</th><th>注册状态</th><th>到期时间</th><th>域名所有者</th></tr></thead>' +
    '<tbody><tr><td>zhangsan.io</td><td>已被注册</td><td>2027-03-09</td><td>Zhang San LLC</td></tr></tbody></table></div>';
  const tencentList =
    '<div class="tea-table"><table><thead><tr><th>域名</th><th>状态</th><th>到期时间</th></tr></thead><tbody><tr><td><a>lisi-s45.cn</a></td><td>正常</td><td>2027-11-11</td></tr></tbody></table></div>';
  const aliyunList =
    '<table class="next-table"><thead><tr><th>域名</th><th>域名状态</th><th>到期日期</th></tr></thead><tbody><tr><td><a>lisi-s45.cn</a></td><td>正常</td><td>2027-11-11</td></tr></tbody></table>';
  const want = [{ domain: 'lisi-s45.cn', status: ['正常'], expiresAt: '2027-11-11' }];
  it('域名信息查询 / 查询域名 / 域名注册状态查询 / 域名检索 / Check domain availability: the list\'s own domain (gave zhangsan.io, Zhang San LLC: invented)', () => {
    for (const t of ['<h3>域名信息查询</h3>', '<h3>查询域名</h3>', '<h3>域名注册状态查询</h3>', '<h3>域名检索</h3>', '<h3>Check domain availability</h3>']) {
      expect(read(`<h2>我的域名</h2>${card(t)}${tencentList}`, 'https://console.cloud.tencent.com/domain/all-domain/all')?.facts.domains, t).toEqual(want);
      expect(read(`<h2>域名列表</h2>${card(t)}${aliyunList}`, 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain')?.facts.domains, t).toEqual(want);
    }
  });
});

describe('bd19f3f: a label word after a separator, then words and a figure (dom/field.ts wordsThenFigure)', () => {
  it('a line of pairs whose value opens with a word (按固定 5Mbps, 公网 5 Mbps, fixed 5 Mbps) gives 5 (lost since bd19f3f: regression)', () => {
    for (const line of ['<p>配置 2核4G · <b>带宽</b> 按固定 5Mbps · 系统盘 40GB</p>', '<p>规格 ecs.g6 · <b>带宽</b> 公网 5 Mbps</p>', '<p>配置 2核4G · <b>Bandwidth</b> fixed 5 Mbps</p>']) {
      expect(server(ecsDetail('') + line, ecsUrl)?.publicBandwidthMbps, `ECS ${line}`).toBe(5);
      expect(server(cvmDetail('') + line, cvmUrl)?.publicBandwidthMbps, `CVM ${line}`).toBe(5);
    }
  });
  it('an offer\'s "100Mbps 起" after a separator gives no bandwidth (gave 100: invented)', () => {
    for (const line of ['<p>温馨提示 · <span>带宽</span> 100Mbps 起</p>']) {
      expect(server(ecsDetail('') + line, ecsUrl), `ECS ${line}`).not.toHaveProperty('publicBandwidthMbps');
      expect(server(cvmDetail('') + line, cvmUrl), `CVM ${line}`).not.toHaveProperty('publicBandwidthMbps');
    }
  });
  it('(guard) bd19f3f\'s tips stay running text, its pairs stay pairs, and a value with an upgrade note keeps its own figure', () => {
    for (const line of ['<p>当前配置 2核4G，<b>带宽</b> 最高可升级至 100Mbps</p>', '<p>温馨提示 · <span>带宽</span> 可随时升级到 100Mbps</p>', '<p>新购实例 | <span>带宽</span> 最高 100 Mbps</p>', '<p>Current plan 2 vCPU · <b>Bandwidth</b> up to 100 Mbps</p>'])
      expect(server(ecsDetail('') + line, ecsUrl), line).not.toHaveProperty('publicBandwidthMbps');
    for (const line of ['<p>配置 2核4G · <b>带宽</b> 5Mbps · 系统盘 40GB</p>', '<p>计费 包年包月 | <b>带宽</b> 5 Mbps</p>'])
      expect(server(cvmDetail('') + line, cvmUrl)?.publicBandwidthMbps, line).toBe(5);
    expect(server(ecsDetail(infoRow('带宽', '5Mbps（可升级至 100Mbps）')), ecsUrl)?.publicBandwidthMbps).toBe(5);
  });
});

describe('16937d5: a bold first line joined with a hyphen or an underscore (dom/titled-box.ts boldFirstLine NAME_JOIN)', () => {
  const pkgE = (t: string) => `<div class="box"><b>${t}</b><div class="info">${infoRow('带宽', '200Mbps')}${infoRow('到期时间', '2026-12-31')}</div></div>`;
  const pkgC = (t: string) => `<div class="box"><strong>${t}</strong><div class="tea-form">${teaItem('带宽', '200Mbps')}${teaItem('到期时间', '2026-12-31')}</div></div>`;
  it('a 共享带宽包-杭州 / 数据盘-01 / 流量包_100GB card\'s bold name titles its fields, no ECS / CVM detail\'s (gave 200, 2026-12-31: invented)', () => {
    for (const t of ['共享带宽包-杭州', '数据盘-01', '流量包_100GB', '流量包-2026', '数据盘 - d-bp1abc']) {
      for (const got of [server(ecsDetail('') + pkgE(t), ecsUrl), server(cvmDetail('') + pkgC(t), cvmUrl)]) {
        expect(got?.id, t).toBeDefined();
        expect(got, t).not.toHaveProperty('publicBandwidthMbps');
        expect(got, t).not.toHaveProperty('expiresAt');
      }
    }
  });
  it('(guard) the instance\'s own card under its hyphenated bold name keeps its fields (16937d5\'s case)', () => {
    const cvmCard = (name: string) =>
      `<div class="card"><strong>${name}</strong><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('实例计费模式', '包年包月')}${teaItem('地域', '广州')}${teaItem('到期时间', '2027-12-05')}${teaItem('带宽上限', '5Mbps')}</div></div>`;
    const ecsCard = (name: string) =>
      `<div class="card"><b>${name}</b><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}${infoRow('付费方式', '包年包月')}${infoRow('到期时间', '2027-12-05')}${infoRow('带宽', '5Mbps')}</div></div>`;
    for (const name of ['负载均衡后端-01', '数据盘备份机-01']) {
      expect(server(cvmCard(name), cvmUrl), name).toMatchObject({ billing: 'subscription', expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
      expect(server(ecsCard(name), ecsUrl), name).toMatchObject({ billing: 'subscription', expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
    }
  });
});

describe('81b7fbf: a box named after the page header around the whole page, in other names (dom/titled-box.ts inPageHeader)', () => {
  const values = (body: string, u: string) => read(body, u)?.facts.servers?.map((s) => [s.id, s.expiresAt, s.publicBandwidthMbps]);
  const ecsPkg = `<div class="next-card"><div class="next-card-title">共享带宽包</div><div class="next-card-body">${infoRow('带宽', '200Mbps')}${infoRow('到期时间', '2026-12-31')}</div></div>`;
  const cvmPkg = `<div class="tea-card"><div class="tea-card__title">流量包</div><div class="tea-form">${teaItem('到期时间', '2026-12-31')}</div></div>`;
  it('a page-header-layout / -main / -inner / -box box holding the detail and a package card gives the card\'s values to no server (gave 200 / 2026-12-31: invented)', () => {
    for (const w of ['page-header-layout', 'page-header-main', 'page-header-inner', 'page-header-box']) {
      expect(values(`<div class="${w}">${ecsDetail('')}${ecsPkg}</div>`, ecsUrl), w).toEqual([['i-bp1gapss34000001', undefined, undefined]]);
      expect(values(`<div class="${w}">${cvmDetail('')}${cvmPkg}</div>`, cvmUrl), w).toEqual([['ins-4w6y8a0c', undefined, undefined]]);
    }
  });
  it('(guard) a server named 推荐系统-prod in the page header itself keeps its values', () => {
    const head = '<div class="page-header"><span class="page-header-title">推荐系统-prod</span></div>';
    expect(values(head + ecsDetail(infoRow('到期时间', '2027-05-20') + infoRow('带宽', '10Mbps')), ecsUrl)).toEqual([['i-bp1gapss34000001', '2027-05-20', 10]]);
  });
});

describe('942a964 / 3cb4531: a coach mark\'s header drawn in bold, or naming a guide in other words (dom/example-box.ts isTitleBox / titledExample, rules/labels guides)', () => {
  const mark = (head: string, row: (l: string, v: string) => string) =>
    `<div class="guide-pop"><div class="guide-head">${head}</div>${row('到期时间', '2030-01-01')}${row('带宽', '100Mbps')}</div>`;
  it('<strong>新手引导</strong> 1/3 跳过引导, <b>Quick tour</b> Step 1 of 3 Skip, 产品导览 / Walkthrough / Onboarding headers keep their rows out (gave 2030-01-01, 100 Mbps: invented)', () => {
    for (const head of ['<strong>新手引导</strong><span>1/3</span><a>跳过引导</a>', '<b>Quick tour</b><span>Step 1 of 3</span><a>Skip</a>', '<h4>产品导览</h4><span>1/3</span><a>跳过</a>',
      '<h4>Walkthrough</h4><span>Step 1 of 3</span><a>Skip</a>', '<h4>Onboarding</h4><span>1 of 3</span><a>Skip</a>']) {
      for (const got of [server(ecsDetail('') + mark(head, infoRow), ecsUrl), server(cvmDetail('') + mark(head, teaItem), cvmUrl)]) {
        expect(got?.id, head).toBeDefined();
        expect(got, head).not.toHaveProperty('expiresAt');
        expect(got, head).not.toHaveProperty('publicBandwidthMbps');
      }
    }
  });
  it('a guide\'s heading saying more after a colon, "Quick Tour: Instance details" / 新手引导：实例详情 (longer than 24 characters), keeps its rows out (invented)', () => {
    for (const head of ['<h4>Quick Tour: Instance details</h4><span>Step 1 of 3</span><a>Skip</a>', '<h4>新手引导：实例详情页的主要信息说明</h4><span>1/3</span><a>跳过</a>']) {
      for (const got of [server(ecsDetail('') + mark(head, infoRow), ecsUrl), server(cvmDetail('') + mark(head, teaItem), cvmUrl)]) {
        expect(got?.id, head).toBeDefined();
        expect(got, head).not.toHaveProperty('expiresAt');
        expect(got, head).not.toHaveProperty('publicBandwidthMbps');
      }
    }
  });
  it('(guard) a bold or plain header naming no guide over the page\'s own rows leaves them read', () => {
    for (const head of ['<b>配置信息</b><span>1/3</span><a>编辑</a>', '<h4>付费信息</h4><a>续费</a><a>转按量</a>']) {
      const own = `<div class="box"><div class="head">${head}</div>` + infoRow('到期时间', '2027-12-05') + infoRow('带宽', '5Mbps') + '</div>';
      expect(server(ecsDetail('') + own, ecsUrl), head).toMatchObject({ expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
    }
  });
});

describe('7dee36f: a hint\'s line in other words or other markup (dom/field.ts inHintLine, rules/labels hintOpeners)', () => {
  it('温馨提醒 / 重要提示 / 注 / 小提示 / 【温馨提示】 / no colon / Note - / the word on the line or box before: no bandwidth (gave 100: invented)', () => {
    for (const h of ['<p>温馨提醒：实例<span>带宽</span>：100Mbps 起售</p>', '<p>重要提示：实例<span>带宽</span>：100Mbps 起售</p>', '<p>注：实例<span>带宽</span>：100Mbps 起售</p>',
      '<p>小提示：实例<span>带宽</span>：100Mbps 起售</p>', '<p>【温馨提示】实例<span>带宽</span>：100Mbps 起售</p>', '<p>温馨提示 实例<span>带宽</span>：100Mbps 起售</p>',
      '<p>Note - instance <span>Bandwidth</span>: 100 Mbps minimum</p>', '<p>温馨提示：<br>实例<span>带宽</span>：100Mbps 起售</p>',
      '<div class="x"><span>温馨提示：</span><div>实例<span>带宽</span>：100Mbps 起售</div></div>']) {
      expect(server(ecsDetail('') + h, ecsUrl), `ECS ${h}`).not.toHaveProperty('publicBandwidthMbps');
      expect(server(cvmDetail('') + h, cvmUrl), `CVM ${h}`).not.toHaveProperty('publicBandwidthMbps');
    }
  });
  it('(guard) a hint\'s own line before the field\'s line, and a 说明： row with no value before the 带宽 row, leave 带宽 read', () => {
    expect(server(ecsDetail('') + '<p>温馨提示：续费请提前 7 天。<br><span>带宽</span>：5Mbps</p>', ecsUrl)?.publicBandwidthMbps).toBe(5);
    expect(server(ecsDetail(infoRow('说明：', '') + infoRow('带宽', '5Mbps')), ecsUrl)?.publicBandwidthMbps).toBe(5);
    expect(server(cvmDetail(teaItem('备注', '注：') + teaItem('带宽上限', '5Mbps')), cvmUrl)?.publicBandwidthMbps).toBe(5);
  });
});

describe('21904f4: an ID number field showing a date after words (shared/text-values.ts maskedIdNumber ID_DATE)', () => {
  const aliUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=shuyuan-rev.cn';
  const fi = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
  const aliHolder = (idValue: string) =>
    '<div class="next-card"><div class="next-card-title">基本信息</div><div class="next-card-content">' + fi('域名', 'shuyuan-rev.cn') + fi('到期日期', '2027-08-09 14:02:51') + '</div></div>' +
    '<div class="next-card"><div class="next-card-title">域名持有者信息</div><div class="next-card-content">' + fi('域名持有者', '杭州书远文化传媒有限公司') + fi('证件类型', '营业执照') + fi('证件号码', idValue) + '</div></div>';
  const tcUrl = 'https://console.cloud.tencent.com/domain/info/shuyuan-rev.cn';
  const tcInfo = (idValue: string) =>
    `<h2>域名信息</h2><div class="tea-form">${teaItem('域名', 'shuyuan-rev.cn')}${teaItem('域名所有者', '杭州书远文化传媒有限公司')}${teaItem('证件类型', '营业执照')}${teaItem('证件号码', idValue)}${teaItem('到期时间', '2027-08-09')}</div>`;
  it('证件号码 "证件有效期 2026-12-01 至 2036-12-01" / "上传于 2026/12/01" gives no number (gave "2026********1201": invented)', () => {
    for (const v of ['证件有效期 2026-12-01 至 2036-12-01', '上传于 2026/12/01']) {
      expect(read(aliHolder(v), aliUrl)?.facts.domains?.[0], v).not.toHaveProperty('registrantIdNumber');
      expect(read(tcInfo(v), tcUrl)?.facts.domains?.[0], v).not.toHaveProperty('registrantIdNumber');
    }
  });
  it('(guard) numbers holding a birth date without separators, and an organization code, are read', () => {
    for (const [v, want] of [['410101199001011234', '4101**********1234'], ['MA2X5K7L-3', 'MA2***7L3'], ['4101 **** **** 1234', '4101 **** **** 1234']] as const) {
      expect(read(aliHolder(v), aliUrl)?.facts.domains?.[0]?.registrantIdNumber, v).toBe(want);
      expect(read(tcInfo(v), tcUrl)?.facts.domains?.[0]?.registrantIdNumber, v).toBe(want);
    }
  });
});

describe('5e13a3c: a free-private note in other words (dom/normalize-label.ts PRIVATE_FREE_NOTE, withoutQualifier)', () => {
  it('Bandwidth (public, private free), 公网带宽（内网流量免费）, 带宽（外网，内网免费）, 带宽(公网)(内网免费) give 5 (none before: missing)', () => {
    for (const l of ['Bandwidth (public, private free)', 'Bandwidth (Public; private network free)', 'Public bandwidth (private unmetered)', '带宽（公网，内网流量免费）', '公网带宽（内网流量免费）', '带宽（外网，内网免费）', '带宽(公网)(内网免费)']) {
      expect(server(ecsDetail(infoRow(l, '5Mbps')), ecsUrl)?.publicBandwidthMbps, `ECS ${l}`).toBe(5);
      expect(server(cvmDetail(teaItem(l, '5Mbps')), cvmUrl)?.publicBandwidthMbps, `CVM ${l}`).toBe(5);
    }
  });
  it('(guard) the private network\'s own bandwidth, and a bare free note, stay another network\'s', () => {
    for (const l of ['带宽（内网，公网免费）', '带宽（内网免费）', '内网带宽（公网免费）', 'Bandwidth (private, public free)', '带宽（内网）', 'Bandwidth (private network, not charged)']) {
      expect(server(ecsDetail(infoRow(l, '5Mbps')), ecsUrl), `ECS ${l}`).not.toHaveProperty('publicBandwidthMbps');
      expect(server(cvmDetail(teaItem(l, '5Mbps')), cvmUrl), `CVM ${l}`).not.toHaveProperty('publicBandwidthMbps');
    }
  });
});

describe('952d0a4: a line refusing an instance in other words or with another opener (tencent/values.ts refusesChoice, rules/labels values.userChoiceRefused)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204000391/website';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
  const head = '<h2>首次备案</h2><div class="tea-step"><span class="tea-step__item">填写主体信息</span><span class="tea-step__item is-current">填写网站信息</span></div>';
  const form = (resource: string, rest = '') =>
    `<div class="page">${head}<div class="tea-card"><div class="tea-card__body"><form class="tea-form">${item('网站名称', '<input class="tea-input" value="竹间手记">')}` +
    `${item('网站域名', '<input class="tea-input" value="zhujian-r45.cn">')}${item('对应云服务', resource)}${rest}</form></div></div></div>`;
  it('"实例 ins-… 已被其他备案使用，请重新选择", "已选实例 … 已被…", 不满足 / 已欠费 / 状态异常 / not eligible under 请选择 name no server (invented)', () => {
    for (const line of ['实例 ins-r45gz077 已被其他备案使用，请重新选择', '已选实例 ins-r45gz077 已被其他备案使用', '您已选择的实例 ins-r45gz077 不满足备案要求', '您已选择的实例 ins-r45gz077 已欠费',
      '您已选择的实例 ins-r45gz077 状态异常', 'The instance you selected (ins-r45gz077) is not eligible for filing.', '您已选择的实例 ins-r45gz077 剩余有效期不足 3 个月']) {
      const got = read(form('<span class="tea-dropdown__value">请选择</span>', `<p>${line}</p>`), url);
      expect(got?.facts.websites?.map((w) => w.serverId), line).toEqual([undefined]);
      expect(got?.facts.servers ?? [], line).toEqual([]);
    }
  });
  it('(guard) lines saying what the user chose name the website\'s server', () => {
    for (const [line, id] of [['您已选择：云服务器 ins-r45gz051 | 43.139.51.5 | 广州', 'ins-r45gz051'], ['已选择：轻量应用服务器 lhins-r45gz051（广州）', 'lhins-r45gz051'], ['You selected: CVM ins-r45gz051 | Guangzhou', 'ins-r45gz051']]) {
      expect(read(form('<span class="tea-dropdown__value">云服务器</span>', `<p>${line}</p>`), url)?.facts.websites?.map((w) => w.serverId), line).toEqual([id]);
    }
  });
});

describe('cf8d214: a one-row table whose header names a task in other words (dom/field.ts valueBelowHeader, rules/labels taskColumns)', () => {
  const table = (first: string, id: string) =>
    `<table><thead><tr><th>${first}</th><th>实例ID</th><th>状态</th><th>到期时间</th><th>带宽</th></tr></thead><tbody><tr><td>续费</td><td>${id}</td><td>成功</td><td>2028-01-01</td><td>100Mbps</td></tr></tbody></table>`;
  it('操作记录 / 操作内容 / 事件类型 | 实例ID | 状态 | 到期时间 | 带宽 naming the page\'s instance gives it none of the row\'s values (gave 2028-01-01, 100: invented)', () => {
    for (const first of ['操作记录', '操作内容', '事件类型', 'Event Type']) {
      for (const got of [server(ecsDetail('') + table(first, 'i-bp1gapss34000001'), ecsUrl), server(cvmDetail('') + table(first, 'ins-4w6y8a0c'), cvmUrl)]) {
        expect(got?.id, first).toBeDefined();
        expect(got, first).not.toHaveProperty('expiresAt');
        expect(got, first).not.toHaveProperty('publicBandwidthMbps');
      }
    }
  });
  it('(guard) the server\'s own one-row table 实例ID | 到期时间 | 带宽 is read', () => {
    const own = '<table><thead><tr><th>实例ID</th><th>到期时间</th><th>带宽</th></tr></thead><tbody><tr><td>ins-4w6y8a0c</td><td>2028-01-01</td><td>100Mbps</td></tr></tbody></table>';
    expect(server(cvmDetail('') + own, cvmUrl)).toMatchObject({ expiresAt: '2028-01-01', publicBandwidthMbps: 100 });
  });
});

describe('5b4bfb5 / ad1b86e: a whole list\'s failure with a part\'s words after it (dom/page-state.ts partFailed LIST_FAILED)', () => {
  const ecsList = 'https://ecs.console.aliyun.com/server/region/cn-shanghai#/';
  const stale =
    '<table><thead><tr><th>实例ID/名称</th><th>所在可用区</th><th>状态</th><th>付费方式</th></tr></thead><tbody>' +
    '<tr><td>i-bp1r45stale000001a<div>web-01</div></td><td>杭州 可用区K</td><td>运行中</td><td>包年包月<div>2027-03-01 23:59 到期</div></td></tr></tbody></table>';
  const alert = (msg: string) => `<div class="next-message next-message-error" role="alert"><div class="next-message-content">${msg}</div></div>`;
  it('"实例列表加载失败，该模块暂时无法显示" over an ECS list\'s stale rows reads none of them (gave them: invented)', () => {
    expect(read(alert('实例列表加载失败，该模块暂时无法显示') + stale, ecsList)).toBeNull();
    expect(read(alert('<strong>实例列表加载失败</strong><p>该模块暂时无法显示</p>') + stale, ecsList)).toBeNull();
  });
  it('(guard) a part\'s failure naming no list keeps the rows; the plain list failure is the page\'s', () => {
    expect(read(alert('部分数据加载失败，请刷新重试') + stale, ecsList)?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1r45stale000001a']);
    expect(read(alert('<strong>页面出错了</strong><p>该模块暂时无法显示</p>') + stale, ecsList)?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1r45stale000001a']);
    expect(read(alert('获取实例列表失败，请稍后重试') + stale, ecsList)).toBeNull();
  });
});

describe('9a7b2e0: a contact title\'s optional tag in other words (aliyun/beian-form.ts isOptionalTag, rules/labels/aliyun/beian.json beian-title-tags)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=confirm';
  const kv = (k: string, v: string) => `<div class="row"><span class="k">${k}</span><span class="v">${v}</span></div>`;
  const section = (rows: string) => '<h3>主办单位信息</h3><div class="sec">' + rows + '</div>';
  const contact = (head: string) => head + kv('姓名', '陈某豪') + kv('证件号码', '4403**********2468');
  const tag = (w: string) => `<div class="head"><span class="t">应急联系人</span><span class="tag">${w}</span></div>`;
  it('[选填] / 非必须 / 可选填 / "选填 · 建议填写" beside 应急联系人: the tag and the contact\'s number are no entity\'s (invented)', () => {
    for (const w of ['[选填]', '非必须', '可选填', '选填 · 建议填写']) {
      const got = read(section(kv('主办单位性质', '个人') + kv('主办单位名称', '')) + contact(tag(w)), url)?.facts.entity;
      expect(got?.type, w).toBe('individual');
      expect(got?.name, w).toBeUndefined();
      expect(got?.idNumber, w).toBeUndefined();
    }
  });
  it('(guard) the entity\'s own name and number are read beside the tagged contact', () => {
    const got = read(section(kv('主办单位性质', '个人') + kv('主办单位名称', '李四') + kv('证件号码', '4101**********1234')) + contact(tag('非必须')), url)?.facts.entity;
    expect(got).toMatchObject({ type: 'individual', name: '李四', idNumber: '4101**********1234' });
  });
});

describe('7810a2b: a search box\'s own list or popup named search-list / search-content (dom/overlay.ts namesSearchBox SEARCH_LAYOUT)', () => {
  const panel = (cls: string) =>
    `<div class="${cls}"><input placeholder="搜索"><div class="panel"><h5>最近访问</h5><div class="info">${infoRow('付费方式', '按量付费')}${infoRow('带宽', '100Mbps')}${infoRow('到期时间', '2027-03-03')}</div></div></div>`;
  const detail = `<h2>实例详情</h2><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}</div>`;
  it('a search-list / search-content panel of recently visited instances over an ECS detail gives none of theirs (gave payg, 100 Mbps, 2027-03-03: invented since 7810a2b)', () => {
    for (const cls of ['search-list', 'search-content']) {
      const got = server(panel(cls) + detail, ecsUrl);
      expect(got?.id, cls).toBe('i-bp1gapss34000001');
      expect(got, cls).not.toHaveProperty('billing');
      expect(got, cls).not.toHaveProperty('publicBandwidthMbps');
      expect(got, cls).not.toHaveProperty('expiresAt');
    }
  });
  it('(guard) a detail inside a search-list / search-content box with its h2 keeps its fields', () => {
    const wrap = (cls: string, content: string) => `<div class="${cls}"><div class="bar"><input placeholder="搜索实例"><button>搜索</button></div><div class="content">${content}</div></div>`;
    for (const cls of ['search-list', 'search-content'])
      expect(server(wrap(cls, ecsDetail(infoRow('到期时间', '2027-12-05') + infoRow('带宽', '5Mbps'))), ecsUrl), cls).toMatchObject({ expiresAt: '2027-12-05', publicBandwidthMbps: 5 });
  });
});
