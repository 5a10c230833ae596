import { describe, expect, it } from 'vitest';
import { ecsDetail, ecsUrl, infoRow, read } from '../helpers/console-pages';

/**
 * Second review of session 38's reader changes (/work/notes/review38.md): values a change now invented or lost on
 * console pages its author did not try, each failing before its fix; guards where a probe found nothing broken.
 */

// Guards of round twenty-nine's display-setting rules on pages they were not written for (nothing found broken there)
describe("round twenty-nine's rules kept to their case (dom/visibility.ts restatedForScreenReaders, dom/units.ts pressedGroup)", () => {
  const id = '7e3a91c0d25b4f6e8a1c3b5d7f902e4a';
  const swasUrl = `https://swas.console.aliyun.com/#/server/${id}/cn-hangzhou/dashboard`;
  const kv = (label: string, value: string) => `<div class="kv"><div class="kv-label">${label}</div><div class="kv-value">${value}</div></div>`;
  const overview = (extra: string) => `<h2>服务器信息</h2>${kv('实例ID', id)}${kv('付费类型', '包年包月')}${extra}`;

  it('an aria-hidden copy hidden by other means too (a measuring copy, an inactive tab panel, a collapsed box) stays hidden beside the sr-only text restating it', () => {
    for (const copy of [
      '<span aria-hidden="true" style="position:absolute;visibility:hidden">200 Mbps</span>',
      '<div role="tabpanel" aria-hidden="true">200 Mbps</div>',
      '<div aria-hidden="true" style="height:0;overflow:hidden">200 Mbps</div>',
      '<div aria-hidden="true" style="opacity:0">200 Mbps</div>',
    ]) {
      const got = read(overview(kv('峰值带宽', `${copy}<span class="sr-only">峰值带宽 200 Mbps</span>`)), swasUrl, '', '[role=tabpanel][aria-hidden=true]{display:none}')?.facts?.servers?.[0];
      expect(got?.billing, copy).toBe('subscription');
      expect(got, copy).not.toHaveProperty('publicBandwidthMbps');
    }
  });

  it("a monitoring chart's pressed metric toggle (公网带宽) is no label of the traffic under it", () => {
    const tabs = (p: string) => `<div role="group">${['CPU使用率', p, '内存使用率'].map((o) => `<button type="button" aria-pressed="${o === p}">${o}</button>`).join('')}</div>`;
    for (const metric of ['公网带宽', '峰值带宽']) {
      const got = read(ecsDetail(infoRow('到期时间', '2027-03-01 23:59:59')) + `<h3>监控</h3>${tabs(metric)}<div class="sum">当前 12 Mbps</div>`, ecsUrl)?.facts?.servers?.[0];
      expect(got?.expiresAt, metric).toBe('2027-03-01');
      expect(got, metric).not.toHaveProperty('publicBandwidthMbps');
    }
  });
});

describe("boxes naming a domain and a status only are no domain list's cards (shared/domain-cards.ts)", () => {
  const f = (l: string, v: string) => `<div class="f"><span class="l">${l}</span><span class="v">${v}</span></div>`;
  const box = (cls: string, domain: string, status: string) => `<div class="${cls}"><div class="t">${domain}</div>${f('状态', status)}</div>`;
  // a domain's DNS servers, each with its state (a page whose URL names no domain: the DNS tab of a detail reached by id)
  const dns = `<h2>qingshan-tea.com</h2><h3>DNS 服务器</h3><div class="list">${box('ns', 'f1g1ns1.dnspod.net', '正常')}${box('ns', 'f1g1ns2.dnspod.net', '正常')}</div>`;
  // a batch task's domains, each with the task's outcome
  const batch = `<h2>批量任务详情</h2><div class="list">${box('task', 'qingshan-tea.com', '执行成功')}${box('task', 'qinghe-art.cn', '执行失败')}</div>`;
  // a registration search's results: domains the account does not hold
  const search = `<h2>域名注册</h2><div class="list">${box('res', 'qingshan-tea.com', '已注册')}${box('res', 'qingshan-tea.cn', '未注册')}</div>`;

  it('a Tencent domain page gives no domains from them (invented since the Tencent card view, 319f67f)', () => {
    for (const [body, url] of [
      [dns, 'https://console.cloud.tencent.com/domain/info?id=2234'],
      [batch, 'https://console.cloud.tencent.com/domain/batch/detail?taskId=88231'],
      [search, 'https://console.cloud.tencent.com/domain/buy?keyword=qingshan-tea'],
    ] as const) expect(read(body, url)?.facts?.domains, url).toBeUndefined();
  });
  it('an Alibaba Cloud domain console page gives no domains from them (search results invented before)', () => {
    expect(read(search, 'https://dc.console.aliyun.com/next/index#/domain/search?keyword=qingshan-tea')?.facts?.domains).toBeUndefined();
  });
  // guard: cards of the account's domains, showing the list's other fields, are still read
  it("a domain list's cards showing real-name, expiry or owner are still read", () => {
    const card = (d: string, s: string, more: string) => `<div class="c"><div class="t">${d}</div>${f('域名状态', s)}${more}</div>`;
    const body = `<h2>我的域名</h2><div class="list">${card('qingshan-tea.com', '正常', f('实名认证', '已实名认证'))}${card('qinghe-art.cn', '正常', f('到期时间', '2027-05-18'))}</div>`;
    expect(read(body, 'https://console.cloud.tencent.com/domain/all-domain/all')?.facts?.domains).toEqual([
      { domain: 'qingshan-tea.com', status: ['正常'], realNameVerified: true },
      { domain: 'qinghe-art.cn', status: ['正常'], expiresAt: '2027-05-18' },
    ]);
    expect(read(body, 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain')?.facts?.domains?.map((d) => d.domain)).toEqual(['qingshan-tea.com', 'qinghe-art.cn']);
  });
});
describe("an IP cell or field withholding its public address (无权限查看) says nothing of one: no bandwidth 0 (dom/withheld-box.ts)", () => {
  const withheld = ['无权限查看', '<span role="img" aria-label="lock" class="anticon anticon-lock"></span> 您没有权限查看此信息', '<span class="next-tag">暂无权限</span>', 'No permission'];

  it('an ECS list row whose IP cell shows the private address and a withheld public one (0 was invented)', () => {
    const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
    const list = (ip: string) =>
      '<table><thead><tr><th>实例ID/名称</th><th>所在可用区</th><th>IP地址</th><th>状态</th><th>付费方式</th></tr></thead><tbody>' +
      `<tr><td><a href="#/server/i-bp1a2b3c4d5e6f7g8h9i/detail">i-bp1a2b3c4d5e6f7g8h9i</a></td><td>杭州 可用区I</td><td>${ip}</td><td>运行中</td><td>包年包月<br>2027-06-30 23:59 到期</td></tr></tbody></table>`;
    for (const w of withheld) {
      for (const ip of [w, `172.16.0.5(私有)<br>${w}`]) {
        const server = read(list(ip), url)?.facts?.servers?.[0];
        expect(server?.expiresAt, ip).toBe('2027-06-30');
        expect(server, ip).not.toHaveProperty('publicBandwidthMbps');
      }
    }
    // guard: the private address alone still says there is no public one
    expect(read(list('172.16.0.5(私有)'), url)?.facts?.servers?.[0]?.publicBandwidthMbps).toBe(0);
  });

  it('a SWAS list row likewise (0 was invented)', () => {
    const list = (ip: string) =>
      '<table><thead><tr><th>实例ID/名称</th><th>地域</th><th>IP地址</th><th>到期时间</th></tr></thead><tbody>' +
      `<tr><td>7e3a91c0d25b4f6e8a1c3b5d7f902e4a</td><td>华东1（杭州）</td><td>${ip}</td><td>2027-03-01 23:59:59</td></tr></tbody></table>`;
    const server = read(list('172.16.0.5(私有)<br>无权限查看'), 'https://swas.console.aliyun.com/#/servers')?.facts?.servers?.[0];
    expect(server?.expiresAt).toBe('2027-03-01');
    expect(server).not.toHaveProperty('publicBandwidthMbps');
    expect(read(list('172.16.0.5(私有)'), 'https://swas.console.aliyun.com/#/servers')?.facts?.servers?.[0]?.publicBandwidthMbps).toBe(0);
  });

  it('an ECS detail whose 公网IP field shows the private address and 无权限查看 (0 was invented)', () => {
    const server = read(ecsDetail(infoRow('公网IP', '<span>172.16.0.5(私有)</span><br><span>无权限查看</span>')), ecsUrl)?.facts?.servers?.[0];
    expect(server?.billing).toBe('subscription');
    expect(server).not.toHaveProperty('publicBandwidthMbps');
  });

  it("an ECS detail whose IP field is found by its label's words alone (分配的公网IP, 当前公网IP) and withholds the public address (0 was invented; the lead's check of the review's open item)", () => {
    for (const label of ['分配的公网IP', '当前公网IP']) {
      for (const v of ['<span>172.16.0.5(私有)</span><br><span>无权限查看</span>', '<span>172.16.0.5(私有)</span> No permission']) {
        const server = read(ecsDetail(infoRow(label, v)), ecsUrl)?.facts?.servers?.[0];
        expect(server?.billing, `${label} ${v}`).toBe('subscription');
        expect(server, `${label} ${v}`).not.toHaveProperty('publicBandwidthMbps');
      }
      // guard: the private address alone still says there is no public one
      expect(read(ecsDetail(infoRow(label, '<span>172.16.0.5(私有)</span>')), ecsUrl)?.facts?.servers?.[0]?.publicBandwidthMbps, label).toBe(0);
    }
  });

  const teaRow = (label: string, value: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><span class="tea-form__text">${value}</span></div></li>`;

  it('a CVM detail whose 公网IP is withheld beside its 内网IP (0 was invented)', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=8&id=ins-b31j1ng0';
    const detail = (ip: string) => `<h2>ins-b31j1ng0</h2><ul class="tea-form">${teaRow('实例ID', 'ins-b31j1ng0')}${teaRow('计费模式', '包年包月')}${teaRow('公网IP', ip)}${teaRow('内网IP', '10.0.0.8')}</ul>`;
    for (const w of withheld) {
      const server = read(detail(w), url)?.facts?.servers?.[0];
      expect(server?.billing, w).toBe('subscription');
      expect(server, w).not.toHaveProperty('publicBandwidthMbps');
    }
    // guard: a 公网IP shown as "-" still says there is none
    expect(read(detail('-'), url)?.facts?.servers?.[0]?.publicBandwidthMbps).toBe(0);
  });

  it('a CVM list row whose IP cell shows the private address and a withheld public one (0 was invented)', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=8';
    const list = (ip: string) =>
      '<table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例计费模式</th><th>主IPv4地址</th></tr></thead><tbody>' +
      `<tr><td><a>ins-b31j1ng0</a><br>web</td><td>广州七区</td><td>包年包月<br>2027-03-01 23:59:59到期</td><td>${ip}</td></tr></tbody></table>`;
    for (const w of withheld) {
      const server = read(list(`10.0.0.8(内网)<br>${w}`), url)?.facts?.servers?.[0];
      expect(server?.expiresAt, w).toBe('2027-03-01');
      expect(server, w).not.toHaveProperty('publicBandwidthMbps');
    }
    expect(read(list('10.0.0.8(内网)'), url)?.facts?.servers?.[0]?.publicBandwidthMbps).toBe(0);
  });
});
describe("a website row offering to cancel its filing (an operations cell's 注销 link) is no cancelled filing (tencent/beian-form.ts)", () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261128000456/confirm';
  const li = (label: string, value: string) => `<li><div class="tea-form__label is-required"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
  const entity = `<div class="tea-card"><h3>主体信息</h3><ul class="tea-form">${li('备案区域', '广东省')}${li('主办单位名称', '刘洋')}</ul></div>`;
  const table = (status: string, ops: string) =>
    '<div class="tea-card"><h3>网站信息</h3><table><thead><tr><th>网站名称</th><th>网站域名</th><th>状态</th><th>操作</th></tr></thead>' +
    `<tbody><tr><td>刘洋的旅行日记</td><td>liuyang-travel.com</td><td>${status}</td><td>${ops}</td></tr></tbody></table></div>`;

  it('the website is read (it was lost since bf61955)', () => {
    for (const ops of ['<a>注销</a>', '<button type="button" class="tea-btn tea-btn--link">注销</button>']) {
      expect(read(entity + table('正常', ops), url)?.facts?.websites, ops).toEqual([{ name: '刘洋的旅行日记', domains: ['liuyang-travel.com'] }]);
    }
  });
  // guard: a row whose status says 已注销 is still no website of the form
  it('a row saying 已注销 is still none', () => {
    expect(read(entity + table('已注销', '<a>查看</a>'), url)?.facts?.websites ?? []).toEqual([]);
  });
});

describe("a Tencent domain list's card reads its expiry as the table's cell is (tencent/domain-list.ts readDomainCards, dom/parse-date.ts expiryDate)", () => {
  const f = (l: string, v: string) => `<div class="f"><span class="l">${l}</span><span class="v">${v}</span></div>`;
  const card = (d: string, status: string, expiry: string) => `<div class="c"><div class="t">${d}</div>${f('域名状态', status)}${f('实名认证', '已实名认证')}${f('到期时间', expiry)}</div>`;

  it('a redemption period\'s end or a deletion date in a card is no expiry (a guard: the lead merged 50d8141 and 319f67f with the card read through expiryDate)', () => {
    const body = `<h2>我的域名</h2><div class="list">${card('wl-shop.cn', '赎回期', '赎回期至 2026-12-19')}${card('wl-blog.net', '正常', '2027-01-15 23:59:59')}${card('wl-old.top', '已过期', '已过期（将于 2026-12-30 删除）')}</div>`;
    expect(read(body, 'https://console.cloud.tencent.com/domain/all-domain/all')?.facts?.domains?.map((d) => [d.domain, d.expiresAt])).toEqual([
      ['wl-shop.cn', undefined],
      ['wl-blog.net', '2027-01-15'],
      ['wl-old.top', undefined],
    ]);
  });
});

describe("a field's value withheld from this user is no page denied: the page is read (dom/page-state.ts pageError)", () => {
  const kv = (l: string, v: string) => `<div class="css-r"><span class="css-k">${l}</span><span class="css-v">${v}</span></div>`;

  it('a Tencent CVM detail drawn in plain boxes whose 公网IP says 无权限查看 gives its fields (the page was an error: nothing read)', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=8&id=ins-b31j1ng0';
    for (const w of ['无权限查看', '<i class="css-lock"></i> 您没有权限查看此信息', '<span class="css-tag">暂无权限</span>']) {
      const server = read(`<h2>ins-b31j1ng0</h2>${kv('实例ID', 'ins-b31j1ng0')}${kv('计费模式', '包年包月')}${kv('公网IP', w)}${kv('到期时间', '2027-03-18 23:59:59')}`, url)?.facts?.servers?.[0];
      expect(server, w).toMatchObject({ id: 'ins-b31j1ng0', billing: 'subscription', expiresAt: '2027-03-18' });
      expect(server, w).not.toHaveProperty('publicBandwidthMbps');
    }
  });

  it("a Tencent domain list's cards, one owner withheld, give both domains (the page was an error)", () => {
    const card = (d: string, owner: string) => `<div class="c"><div class="t">${d}</div>${kv('域名状态', '正常')}${kv('域名所有者', owner)}</div>`;
    const got = read(`<h2>我的域名</h2><div class="list">${card('a-shop.cn', '无权限查看')}${card('b-shop.cn', '王磊')}</div>`, 'https://console.cloud.tencent.com/domain/all-domain/all')?.facts?.domains;
    expect(got).toEqual([{ domain: 'a-shop.cn', status: ['正常'] }, { domain: 'b-shop.cn', status: ['正常'], registrantName: '王磊' }]);
  });

  // guard: the page denied (a title over its sentence, or a denial alone under the page's heading) is still an error
  it('a page denied to the user still gives nothing, its stale rows aside', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=8';
    const table = '<table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例计费模式</th><th>主IPv4地址</th></tr></thead><tbody><tr><td><a>ins-b31j1ng0</a></td><td>广州七区</td><td>包年包月</td><td>10.0.0.8(内网)</td></tr></tbody></table>';
    for (const denial of ['<div class="css-e"><div class="css-t">暂无权限</div><div class="css-d">您没有该资源的访问权限</div></div>', '<div class="css-e"><div class="css-d">无权限访问</div></div>', '<div class="css-d">无权限访问</div>']) {
      expect(read(`<h2>实例</h2>${denial}${table}`, url)?.facts, denial).toBeUndefined();
    }
  });
});

describe("a mode bought but not paid for (包年包月（待支付）) is an order, not the mode in effect, and its date no expiry (tencent/values.ts; round thirty-one's open variant)", () => {
  it('a CVM list row under 按量计费 noting 包年包月（待支付）2027-12-05 到期 is pay-as-you-go with no expiry (had no billing and expiry 2027-12-05)', async () => {
    const { readFileSync } = await import('node:fs');
    const { htmlToDocument } = await import('../../src/cli/html-document');
    const { readPage } = await import('../../src/readers');
    const f = JSON.parse(readFileSync('test/fixtures/tencent-cvm-instance-list/zh-basic.json', 'utf8')) as { url: string };
    const cell = '<td><div><p>按量计费</p><p class="tea-text-weak">2026-11-20 10:31:05创建</p></div></td>';
    const page = readFileSync('test/fixtures/tencent-cvm-instance-list/zh-basic.html', 'utf8');
    expect(page).toContain(cell);
    const rowOf = (note: string) => readPage(htmlToDocument(page.replace(cell, `<td><div><p>按量计费</p><p class="tea-text-weak">${note}</p></div></td>`), f.url), new URL(f.url))?.facts.servers?.find((s) => s.id === 'ins-k9x8w7v6');
    for (const note of ['包年包月（待支付）2027-12-05 到期', '包年包月(未支付) 2027-12-05到期']) {
      const row = rowOf(note);
      expect(row?.billing, note).toBe('payg');
      expect(row, note).not.toHaveProperty('expiresAt');
    }
  });
});

describe('the same on an Alibaba Cloud ECS detail (aliyun/server-values.ts, shared/text-values.ts UNPAID_MODE / UNPAID_BEFORE)', () => {
  const page = (billing: string) => `<h2>实例详情</h2><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}${infoRow('付费方式', billing)}</div>`;
  it('按量付费 beside 包年包月（待支付） is pay-as-you-go (had no billing), and an unpaid order alone gives no expiry (had 2027-12-05)', () => {
    for (const v of ['按量付费<br>包年包月（待支付）', '按量付费 包年包月(待支付) 2027-12-05 到期']) {
      const server = read(page(v), ecsUrl)?.facts?.servers?.[0];
      expect(server?.billing, v).toBe('payg');
      expect(server, v).not.toHaveProperty('expiresAt');
    }
    const unpaidOnly = read(page('包年包月（待支付）2027-12-05 到期'), ecsUrl)?.facts?.servers?.[0];
    expect(unpaidOnly).not.toHaveProperty('billing');
    expect(unpaidOnly).not.toHaveProperty('expiresAt');
    // guard: a subscription in effect keeps its expiry
    const paid = read(page('包年包月 2027-12-05 到期'), ecsUrl)?.facts?.servers?.[0];
    expect([paid?.billing, paid?.expiresAt]).toEqual(['subscription', '2027-12-05']);
  });
});
