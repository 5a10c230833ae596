import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Items left open by session 43 (/work/notes/left44.md), each a small console page that read wrong or lost a value
 * before its fix (checked by running it with the fix's source taken out). Guards hold both ways.
 */

const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];

describe('item 1: a task table whose task column is headed 操作 (dom/table.ts operationLog, rules/labels actionColumns)', () => {
  const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const tasks =
    '<div class="task-center"><h4>任务中心</h4><table><thead><tr><th>操作</th><th>实例</th><th>状态</th><th>时间</th></tr></thead><tbody>' +
    '<tr><td>批量续费（续费 1 年）</td><td>i-bp1s44task000003c</td><td>成功</td><td>2026-12-05 21:14</td></tr>' +
    '<tr><td>按量付费转包年包月</td><td>i-bp1s44other00009z</td><td>失败 · 实例已释放</td><td>2026-12-03 10:02</td></tr></tbody></table></div>';
  it('an ECS page with no list of its own under a task table headed 操作 | 实例 | 状态 | 时间 gives no servers (gave the tasks\' instances: invented)', () => {
    expect(read(`<main><h1>实例</h1><div class="empty">您还没有实例</div>${tasks}</main>`, ecsListUrl)?.facts.servers ?? []).toEqual([]);
  });
  it('(guard) a list whose 操作 column holds links / buttons is read', () => {
    const list =
      '<table class="list"><thead><tr><th>实例ID/名称</th><th>状态</th><th>付费方式</th><th>操作</th></tr></thead><tbody>' +
      '<tr><td>i-bp1s44list000001a</td><td>运行中</td><td>包年包月<div>2027年3月1日 23:59 到期</div></td><td><a>管理</a> <button>续费</button></td></tr></tbody></table>';
    expect(read(`<main>${list}</main>`, ecsListUrl)?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1s44list000001a']);
    // (action words drawn as plain spans, a 创建时间 with its time in the row)
    const spans =
      '<table class="list"><thead><tr><th>实例ID/名称</th><th>状态</th><th>付费方式</th><th>创建时间</th><th>操作</th></tr></thead><tbody>' +
      '<tr><td>i-bp1s44list000001a</td><td>运行中</td><td>包年包月<div>2027年3月1日 23:59 到期</div></td><td>2026-01-05 10:00</td><td><span class="link">管理</span> <span class="link">更多</span></td></tr></tbody></table>';
    expect(read(`<main>${spans}</main>`, ecsListUrl)?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1s44list000001a']);
  });
});

describe('item 2: a neighbour table of as many rows sharing no column with the list (dom/table.ts markedAsCopy)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const list =
    '<div class="tea-table"><table><thead><tr><th>域名</th><th>状态</th><th>实名认证</th><th>域名所有者</th><th>操作</th></tr></thead><tbody>' +
    '<tr><td><a>zhangs44.cn</a></td><td>正常</td><td>已实名认证</td><td>张三</td><td><a>续费</a></td></tr>' +
    '<tr><td><a>zhangs44-shop.com</a></td><td>正常</td><td>已实名认证</td><td>张三</td><td><a>续费</a></td></tr></tbody></table></div>';
  const other = '<table><thead><tr><th>检查结果</th><th>到期时间</th></tr></thead><tbody><tr><td>可注册</td><td>2027-08-01</td></tr><tr><td>已注册</td><td>2027-09-09</td></tr></tbody></table>';
  it('a 检查结果 | 到期时间 table of two rows beside a two-row list lends it no 到期时间 (gave each domain the other table\'s date row by row: invented)', () => {
    for (const app of [`${list}<div class="preview">${other}</div>`, `<div class="preview">${other}</div>${list}`])
      expect(read(`<div class="tea-layout__body">${app}</div>`, url)?.facts.domains?.map((d) => d.expiresAt)).toEqual([undefined, undefined]);
  });
  it('(guard) a fixed-right copy showing only the 到期时间 column lends it', () => {
    const copy = '<div class="tea-table__fixed-right"><table><thead><tr><th>到期时间</th></tr></thead><tbody><tr><td>2027-01-20</td></tr><tr><td>2027-05-11</td></tr></tbody></table></div>';
    expect(read(`<div class="tea-layout__body"><div class="tea-table__wrap">${list}${copy}</div></div>`, url)?.facts.domains?.map((d) => d.expiresAt)).toEqual(['2027-01-20', '2027-05-11']);
    // (no lock class: the rows' keys say the same rows)
    const keyed = (t: string) => t.replace('<tr><td', '<tr data-row-key="a"><td').replace(/(<\/tr>)<tr><td/, '$1<tr data-row-key="b"><td');
    const plain = '<div class="right"><table><thead><tr><th>到期时间</th></tr></thead><tbody><tr><td>2027-01-20</td></tr><tr><td>2027-05-11</td></tr></tbody></table></div>';
    expect(read(`<div class="tea-layout__body"><div class="wrap">${keyed(list.replace('<tbody>', '<tbody>'))}${keyed(plain)}</div></div>`, url)?.facts.domains?.map((d) => d.expiresAt)).toEqual(['2027-01-20', '2027-05-11']);
  });
});

describe('item 3: a registration-check answer table before the account\'s domain list (dom/table.ts lookupAnswer, rules/labels lookupTitles)', () => {
  const card = (title: string) =>
    `<div class="card">${title}<div class="bar"><input type="text" value="zhangsan.io" placeholder="输入域名"><button>查询</button></div>` +
    '<table><thead><tr><th>域名</th><th>注册状态</th><th>到期时间</th><th>域名所有者</th></tr></thead>' +
    '<tbody><tr><td>zhangsan.io</td><td>已被注册</td><td>2027-03-09</td><td>Zhang San LLC</td></tr></tbody></table></div>';
  const tencentList =
    '<div class="tea-table"><table><thead><tr><th>域名</th><th>状态</th><th>到期时间</th></tr></thead><tbody>' +
    '<tr><td><a>lisi-s44.cn</a></td><td>正常</td><td>2027-11-11</td></tr></tbody></table></div>';
  const aliyunList =
    '<table class="next-table"><thead><tr><th>域名</th><th>域名状态</th><th>到期日期</th></tr></thead><tbody>' +
    '<tr><td><a>lisi-s44.cn</a></td><td>正常</td><td>2027-11-11</td></tr></tbody></table>';
  const titles = ['<h3>域名注册查询</h3>', '<div class="card-title">查询结果</div>', '<p><strong>域名注册查询</strong></p>'];
  const want = [{ domain: 'lisi-s44.cn', status: ['正常'], expiresAt: '2027-11-11' }];
  it('Tencent and Alibaba: the list\'s own domain is read, not the check\'s (gave zhangsan.io, Zhang San LLC, 2027-03-09: invented)', () => {
    for (const t of titles) {
      expect(read(`<h2>我的域名</h2>${card(t)}${tencentList}`, 'https://console.cloud.tencent.com/domain/all-domain/all')?.facts.domains, t).toEqual(want);
      expect(read(`<h2>域名列表</h2>${card(t)}${aliyunList}`, 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain')?.facts.domains, t).toEqual(want);
    }
  });
  // guards: the account's list with a search box and a title of its own; a card titled 查询结果 with no search box in it
  it('(guard) a list under 我的域名 with its own search box, and a lookup-titled table with no search box before it, are read', () => {
    const own = `<div class="card"><h3>我的域名</h3><div class="bar"><input type="text" placeholder="搜索域名"><button>查询</button></div>${tencentList}</div>`;
    expect(read(own, 'https://console.cloud.tencent.com/domain/all-domain/all')?.facts.domains).toEqual(want);
    const noBox = `<div class="card"><h3>域名查询</h3>${aliyunList}</div>`;
    expect(read(noBox, 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain')?.facts.domains).toEqual(want);
  });
});

describe('item 4: a hint line with a marked 带宽 beside an ECS detail (dom/field.ts inHintLine, rules/labels hintOpeners)', () => {
  it('"温馨提示：实例<span>带宽</span>：100Mbps 起售" (in a message box, a plain line, after 提示：, the word in bold) gives no bandwidth (gave 100: invented)', () => {
    for (const app of [
      `<div class="next-message">温馨提示：实例<span>带宽</span>：100Mbps 起售</div>${ecsDetail('')}`,
      `${ecsDetail('')}<p>温馨提示：实例<span>带宽</span>：100Mbps 起售</p>`,
      `${ecsDetail('')}<p>提示：<b><span>带宽</span></b>：100Mbps 起售</p>`,
    ])
      expect(server(app, ecsUrl)?.publicBandwidthMbps, app).toBeUndefined();
  });
  // guards: the detail's own 带宽 row; a field line after a hint's line in the same box (a <br> between)
  it('(guard) the detail\'s own 带宽 row, and "<span>带宽</span>：5Mbps" on the line after a hint\'s, are read', () => {
    expect(server(ecsDetail(infoRow('带宽', '5Mbps')), ecsUrl)?.publicBandwidthMbps).toBe(5);
    expect(server(ecsDetail('') + '<p>温馨提示：续费请提前 7 天。<br><span>带宽</span>：5Mbps</p>', ecsUrl)?.publicBandwidthMbps).toBe(5);
  });
});

describe('item 5: a contact title with a bare 选填 tag (aliyun/beian-form.ts labelOfRow, rules/labels beian-title-tags)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=confirm';
  const kv = (k: string, v: string) => `<div class="row"><span class="k">${k}</span><span class="v">${v}</span></div>`;
  const section = (rows: string) => '<h3>主办单位信息</h3><div class="sec">' + rows + '</div>';
  const contact = (head: string) => head + kv('姓名', '陈某豪') + kv('证件号码', '4403**********2468');
  const tag = (t: string, w: string) => `<div class="head"><span class="t">${t}</span><span class="tag">${w}</span></div>`;
  it('应急联系人 beside a bare 选填 / 可选 / 非必填 / Optional tag: the contact\'s 姓名 / 证件号码 are no entity\'s', () => {
    for (const h of [tag('应急联系人', '选填'), tag('应急联系人', '可选'), tag('应急联系人', '非必填'), tag('Emergency Contact', 'Optional')]) {
      for (const app of [section(kv('主办单位性质', '个人') + kv('主办单位名称', '')) + contact(h), contact(h) + section(kv('主办单位性质', '个人') + kv('主办单位名称', ''))]) {
        const got = read(app, url)?.facts.entity;
        expect(got?.name, h).toBeUndefined();
        expect(got?.idNumber, h).toBeUndefined();
      }
    }
  });
  it('(guard) a summary row 应急联系人 | 陈某豪 138****1234 inside the entity\'s section keeps the entity\'s fields after it', () => {
    const got = read(section(kv('主办单位性质', '企业') + kv('应急联系人', '陈某豪 138****1234') + kv('主办单位名称', '某某公司') + kv('主办单位证件号码', '9135**********2Q3X')), url)?.facts.entity;
    expect(got).toEqual({ type: 'organization', name: '某某公司', idNumber: '9135**********2Q3X' });
  });
});

describe('item 6: a validity range on the Tencent server details (tencent/cvm-instance-detail.ts validityEnd, rules/labels server-detail validity)', () => {
  const range = '2026-01-01 至 2027-01-01';
  const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-abcd1234';
  it('有效期 2026-01-01 至 2027-01-01 in the id\'s box of a CVM and a Lighthouse detail is the expiry (lost before: missing)', () => {
    expect(server(cvmDetail(teaItem('有效期', range)), cvmUrl)?.expiresAt).toBe('2027-01-01');
    expect(server(`<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'lhins-abcd1234')}${teaItem('地域', '广州')}${teaItem('有效期', range)}</div>`, lhUrl)?.expiresAt).toBe('2027-01-01');
  });
  // guards: a coupon's validity under its own title; a pay-as-you-go instance; two validity fields
  it('(guard) a 代金券 card\'s 有效期 under its own title, a payg instance\'s, and two validity fields give none', () => {
    const coupon = `<h3>可用代金券</h3><div class="tea-form">${teaItem('面额', '100 元')}${teaItem('有效期', range)}</div>`;
    expect(server(`<h3>基本信息</h3>${cvmDetail('')}${coupon}`, cvmUrl)?.expiresAt).toBeUndefined();
    expect(server(cvmDetail(teaItem('有效期', range)).replace('包年包月', '按量计费'), cvmUrl)?.expiresAt).toBeUndefined();
    expect(server(cvmDetail(teaItem('有效期', range) + teaItem('服务期限', '2026-02-01 至 2027-02-01')), cvmUrl)?.expiresAt).toBeUndefined();
  });
});

describe('item 6: a domain list\'s 有效期 column (aliyun/domain-list.ts, tencent/domain-list.ts, rules/labels domain-list validity)', () => {
  const urls = ['https://console.cloud.tencent.com/domain/all-domain/all', 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain'];
  const list = (head: string, cells: string) =>
    `<table><thead><tr><th>域名</th><th>状态</th>${head}</tr></thead><tbody><tr><td>lisi-s44.cn</td><td>正常</td>${cells}</tr></tbody></table>`;
  it('有效期 2026-01-01 至 2027-01-01 gives the expiry 2027-01-01 on both lists (lost before: missing)', () => {
    for (const url of urls) expect(read(list('<th>有效期</th>', '<td>2026-01-01 至 2027-01-01</td>'), url)?.facts.domains?.[0]?.expiresAt, url).toBe('2027-01-01');
  });
  // guards: a single date under 有效期 says nothing of which end; a 到期时间 column beside it is the expiry
  it('(guard) a single date under 有效期 gives none; a 到期时间 column beside a 有效期 one gives its own date', () => {
    for (const url of urls) {
      expect(read(list('<th>有效期</th>', '<td>2026-01-01</td>'), url)?.facts.domains?.[0]?.expiresAt, url).toBeUndefined();
      expect(read(list('<th>有效期</th><th>到期时间</th>', '<td>2026-01-01 至 2027-01-01</td><td>2027-06-06</td>'), url)?.facts.domains?.[0]?.expiresAt, url).toBe('2027-06-06');
    }
  });
});

describe('item 7: 带宽（公网，内网免费） (dom/normalize-label.ts PRIVATE_FREE_NOTE)', () => {
  const ecs = (label: string) => server(ecsDetail(infoRow(label, '5Mbps')), ecsUrl)?.publicBandwidthMbps;
  const cvm = (label: string) => server(cvmDetail(teaItem(label, '5Mbps')), cvmUrl)?.publicBandwidthMbps;
  it('带宽（公网，内网免费）, 公网带宽（内网不限速）, 带宽（公网；内网不计费） give the public bandwidth on ECS and CVM details (none before: missing)', () => {
    for (const l of ['带宽（公网，内网免费）', '公网带宽（内网不限速）', '带宽（公网；内网不计费）']) {
      expect(ecs(l), l).toBe(5);
      expect(cvm(l), l).toBe(5);
    }
  });
  // guards: a bracket naming both networks, or the private one, with no note that it is free
  it('(guard) 带宽（公网/内网）, 带宽（内网）, Bandwidth (Private), 带宽（内网免费） (no public network named) give none', () => {
    for (const l of ['带宽（公网/内网）', '带宽（内网）', 'Bandwidth (Private)', '带宽（内网免费）']) {
      expect(ecs(l), l).toBeUndefined();
      expect(cvm(l), l).toBeUndefined();
    }
  });
});

describe('items 11 and 13: the Alibaba holder page under a notice\'s 公告 heading, in a card titled with the holder\'s name (dom/titled-box.ts noticeOf, namesOwnValue)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=lina.cn';
  const row = (label: string, value: string) => `<div class="info-row"><div class="info-label">${label}</div><div class="info-value">${value}</div></div>`;
  const rows = (holder: string, type: string) => `${row('域名持有者', holder)}${row('证件类型', type)}${row('到期日期', '2027-01-01')}`;
  it('a 公告 / 推荐 heading inside a notice box before the untitled fields: the fields are read (the page read null: missing)', () => {
    for (const notice of ['<div class="next-message"><h4>公告</h4><p>域名续费价格调整</p></div>', '<div class="notice"><h4>推荐</h4><p>.com 首年优惠</p></div>'])
      expect(read(`<h2>lina.cn</h2><div class="box">${notice}${rows('李娜', '身份证')}</div>`, url)?.facts.domains?.[0], notice).toEqual({ domain: 'lina.cn', registrantName: '李娜', registrantIdType: '身份证', expiresAt: '2027-01-01' });
  });
  it('a card titled 杭州优惠网络科技有限公司, the holder\'s name its 域名持有者 shows: the card\'s fields are read (null before: missing)', () => {
    const card = `<div class="card"><div class="card-title">杭州优惠网络科技有限公司</div>${rows('杭州优惠网络科技有限公司', '营业执照')}</div>`;
    expect(read(`<h2>lina.cn</h2>${card}`, url)?.facts.domains?.[0]?.expiresAt).toBe('2027-01-01');
  });
  // guards: a 推荐 heading outside any notice over the fields; a card titled 优惠活动 whose words no value of it says
  it('(guard) a 推荐 heading (no notice box) and a card titled 优惠活动 over 到期日期 keep the fields theirs', () => {
    expect(read(`<h2>lina.cn</h2><h4>推荐</h4>${rows('李娜', '身份证')}`, url)?.facts.domains?.[0]?.expiresAt).toBeUndefined();
    expect(read(`<h2>lina.cn</h2>${row('域名持有者', '李娜')}<div class="card"><div class="card-title">优惠活动</div>${row('到期日期', '2027-01-01')}</div>`, url)?.facts.domains?.[0]?.expiresAt).toBeUndefined();
  });
});

describe('item 10: 到期 right before the date in an ECS billing value (aliyun/server-values.ts BEFORE_EXPIRY)', () => {
  const billing = (v: string) => server(ecsDetail('').replace(infoRow('付费方式', '包年包月'), infoRow('付费方式', v)), ecsUrl)?.expiresAt;
  it('"包年包月 / 到期 2027-01-05" and "包年包月 活动价 1 年，到期 2027-01-05" give 2027-01-05 (none before: missing)', () => {
    for (const v of ['包年包月 / 到期 2027-01-05', '包年包月 活动价 1 年，到期 2027-01-05']) expect(billing(v), v).toBe('2027-01-05');
    // (the ECS list's billing cell too)
    const list = (c: string) =>
      '<table class="list"><thead><tr><th>实例ID/名称</th><th>状态</th><th>付费方式</th><th>操作</th></tr></thead><tbody>' +
      `<tr><td>i-bp1s44list000001a</td><td>运行中</td><td>${c}</td><td><a>管理</a></td></tr></tbody></table>`;
    for (const v of ['包年包月<div>到期 2027-01-05</div>', '包年包月<div>活动价 1 年，到期 2027-01-05</div>'])
      expect(read(`<main>${list(v)}</main>`, 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/')?.facts.servers?.[0]?.expiresAt, v).toBe('2027-01-05');
  });
  // guards: another event's 到期 (到期释放, 续费后到期) is no expiry
  it('(guard) "到期释放 2027-01-05" and "续费后到期 2028-01-05" give none', () => {
    for (const v of ['包年包月 到期释放 2027-01-05', '包年包月 续费后到期 2028-01-05']) expect(billing(v), v).toBeUndefined();
  });
});
