import { describe, expect, it } from 'vitest';
import { read } from '../helpers/console-pages';

/**
 * Pages whose class names are hashes (CSS modules, CSS-in-JS: `css-1x2y3z`), the same in the markup and the style
 * sheet, so no class says what a box is: what the page's structure still says. Found by the `class-names-hashed`
 * mutation over the held-out pages (session 37); each test failed before its fix.
 */

describe('a vertical description list known by its rows taking turns (dom/turn-rows.ts)', () => {
  const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh2a4c6e&tab=overview';
  // one styled component for the label cells, another for the value cells
  const rows = (pairs: [string, string][][], label = 'css-k3j9q1', value = 'css-p0v7d2') =>
    `<table class="css-9ab1c2"><tbody>${pairs
      .map((row) => `<tr>${row.map(([l]) => `<td class="${label}">${l}</td>`).join('')}</tr><tr>${row.map(([, v]) => `<td class="${value}">${v}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;

  it('Lighthouse: a row of one label cell, then its value, repeated, gives the billing, expiry and bandwidth', () => {
    const app =
      `<h1 class="css-4f0e1a">blog-sh</h1><div class="css-77aa01"><div class="css-0d9e3f">基本信息</div>${rows([[['名称/ID', 'blog-sh<br>lhins-sh2a4c6e']], [['地域和可用区', '上海 | 上海五区']]])}</div>` +
      `<div class="css-77aa01"><div class="css-0d9e3f">计费信息</div>${rows([[['计费模式', '包年包月']], [['带宽', '30Mbps']], [['到期时间', '2027-03-15 00:30:00']]])}</div>`;
    const s = read(app, lhUrl)?.facts.servers?.[0];
    expect(s?.id).toBe('lhins-sh2a4c6e');
    expect(s?.billing).toBe('subscription');
    expect(s?.expiresAt).toBe('2027-03-15');
    expect(s?.publicBandwidthMbps).toBe(30);
  });

  it('Tencent domain info: rows of three labels, then their three values, give the registrant and the expiry', () => {
    const url = 'https://console.cloud.tencent.com/domain/all-domain/all/detail?domain=songlin.net';
    const app =
      `<h1 class="css-4f0e1a">songlin.net</h1>` +
      rows([
        [['Domain Name', 'songlin.net'], ['Registrar', 'Tencent Cloud Computing (Beijing) Co., Ltd.'], ['Domain Status', 'Normal']],
        [['Registration Time', '2024-06-30 08:12:45'], ['Expiration Time', '2027-06-30 08:12:45'], ['Registrant', '广州松林贸易有限公司']],
      ]);
    const d = read(app, url)?.facts.domains?.[0];
    expect(d?.registrantName).toBe('广州松林贸易有限公司');
    expect(d?.expiresAt).toBe('2027-06-30');
    expect(d?.registrar).toBe('Tencent Cloud Computing (Beijing) Co., Ltd.');
  });

  it('rows of one class throughout (a list, zebra rows of the same cells) give no label taken from a data cell', () => {
    const app = `<h1 class="css-4f0e1a">blog-sh</h1>${rows([[['计费模式', '包年包月']], [['带宽', '30Mbps']]], 'css-same', 'css-same')}`;
    const s = read(app, lhUrl)?.facts.servers?.[0];
    expect(s?.billing).toBeUndefined();
    expect(s?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('a stat card: a figure drawn large above its caption, a note under it (dom/field.ts valueAboveCaption)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=4&id=ins-sh7d2k9q';
  const style = '.css-fig { font-size: 24px; font-weight: 600; } .css-cap, .css-note { font-size: 12px; color: #888; }';
  const card = (figure: string, caption: string, note: string) =>
    `<div class="css-card"><div class="css-body"><div class="css-fig">${figure}</div><div class="css-cap">${caption}</div><div class="css-note">${note}</div></div></div>`;
  const page = (cards: string) =>
    `<h2 class="css-h">sh-erp-02 <span class="css-w">ins-sh7d2k9q</span></h2><div class="css-grid">${cards}</div>` +
    `<div class="css-list"><span class="css-l">实例ID</span><span class="css-v">ins-sh7d2k9q</span><span class="css-l">创建时间</span><span class="css-v">2026-03-01 11:58:20</span></div>`;
  const cards =
    card('华东地区（上海）', '所在地域', '上海五区') +
    card('包年包月', '实例计费模式', '<a class="css-a">包年包月转按量</a>') +
    card('2027-03-01 12:00:00', '到期时间', '剩余 89 天 <a class="css-a">续费</a>') +
    card('5<span class="css-u">Mbps</span>', '带宽上限', '按带宽计费 <a class="css-a">调整网络</a>');

  it('gives the billing, the expiry and the bandwidth from the figures, not the notes', () => {
    const s = read(page(cards), url, '', style)?.facts.servers?.[0];
    expect(s?.billing).toBe('subscription');
    expect(s?.expiresAt).toBe('2027-03-01');
    expect(s?.publicBandwidthMbps).toBe(5);
  });

  it('a box above the caption drawn no larger (a card title over label and value) is no value', () => {
    const flat = '.css-fig, .css-cap, .css-note { font-size: 12px; }';
    const s = read(page(card('套餐', '到期时间', '2027-05-01 12:00:00') + card('网络', '带宽上限', '8 Mbps')), url, '', flat)?.facts.servers?.[0];
    expect(s?.expiresAt).toBe('2027-05-01');
    expect(s?.publicBandwidthMbps).toBe(8);
  });
});

describe('a tab strip whose classes say nothing: a tab is no label of the next tab (dom/field.ts peerItems)', () => {
  const url = 'https://console.tencentcloud.com/domain/info/qinghe-art.com';
  const item = (l: string, v: string) => `<div class="css-it"><div class="css-lb"><label>${l}</label></div><div class="css-ct">${v}</div></div>`;
  const page = (tabs: string) =>
    `<h1 class="css-h">qinghe-art.com</h1>${tabs}<form class="css-f">${item('Domain Name', '<input readonly value="qinghe-art.com">')}` +
    `${item('Domain Owner (Chinese)', '<input readonly value="杭州青禾艺术有限公司"> <span class="css-tg">已实名认证</span>')}${item('Verified At', '<input readonly value="Nov 20, 2026">')}</form>`;

  it('"Real-Name Verification" among <li> tabs (no role) gave the next tab as the real-name status: the tag beside the owner is read', () => {
    const d = read(page('<ul class="css-tb"><li class="css-ti css-on">Basic Info</li><li class="css-ti">Real-Name Verification</li><li class="css-ti">Domain Security</li></ul>'), url)?.facts.domains?.[0];
    expect(d?.realNameVerified).toBe(true);
    expect(d?.realNameVerifiedAt).toBe('2026-11-20');
  });

  it('the same with tabs drawn as boxes of one class list', () => {
    const tabs = '<div class="css-tb"><div class="css-ti">Basic Info</div><div class="css-ti">Real-Name Verification</div><div class="css-ti">Domain Security</div><div class="css-ti">DNS</div></div>';
    expect(read(page(tabs), url)?.facts.domains?.[0]?.realNameVerified).toBe(true);
  });
});

describe('a virtual-host list whose page title has a hashed class: the selected tab says what is listed (aliyun/virtual-host-list.ts)', () => {
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  const tab = (name: string, on: boolean) => `<div class="css-t"><div role="tab" aria-selected="${on}" class="css-tb">${name}</div></div>`;
  const table =
    '<table class="css-tt"><thead><tr><th>实例ID</th><th>地域</th><th>到期时间</th></tr></thead><tbody>' +
    '<tr><td>bdm273849561</td><td>华东1（杭州）</td><td>2027-02-01 00:00:00</td></tr><tr><td>bdm594817264</td><td>华北2（北京）</td><td>2026-12-25 00:00:00</td></tr></tbody></table>';
  const app = (tabs: string) => `<div class="css-ph"><span class="css-x9">云虚拟主机</span></div><div role="tablist" class="css-n">${tabs}</div>${table}`;

  it('the list is read under a selected tab 共享虚拟主机 (had given nothing: the title known only by its class)', () => {
    const servers = read(app(tab('共享虚拟主机', true) + tab('独享虚拟主机', false)), url)?.facts.servers;
    expect(servers?.map((s) => s.id)).toEqual(['bdm273849561', 'bdm594817264']);
    expect(servers?.[0]?.product).toBe('virtual-host');
  });

  it('a tab not selected says nothing', () => {
    expect(read(app(tab('概览', true) + tab('共享虚拟主机', false)), url)?.facts.servers).toBeUndefined();
  });
});

describe('a card still loading beside cards of key/value rows whose classes say nothing (dom/page-state.ts shownPairRows)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const row = (k: string, v: string) => `<div class="css-r"><div class="css-k">${k}</div><div class="css-v">${v}</div></div>`;
  const fields =
    `<div class="css-c"><div class="css-h">主办单位信息</div><div class="css-b">${row('主办单位所属区域', '浙江省 / 宁波市 / 鄞州区')}${row('主办单位性质', '企业')}` +
    `${row('主办单位证件类型', '营业执照')}${row('主办单位证件号码', '9133**********0022')}${row('主办单位名称', '宁波甬湖数字科技有限公司')}</div></div>`;
  const busy = '<div class="css-c css-ld" aria-busy="true"><div class="css-h">历史备案信息</div><div class="css-b"><ul class="css-sk"><li></li><li></li></ul></div></div>';

  it('the fields shown are read: the busy card is that part loading, not the page (had given nothing)', () => {
    const e = read(fields + busy, url)?.facts.entity;
    expect(e?.name).toBe('宁波甬湖数字科技有限公司');
    expect(e?.idNumber).toBe('9133**********0022');
  });

  it('a busy box around the rows is the page loading', () => {
    expect(read(`<div class="css-w" aria-busy="true">${fields}</div>`, url)?.facts.entity).toBeUndefined();
  });
});

describe('a tag drawn focusable (role=button) whose class says nothing: its status word is a status (dom/units.ts statusBox)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const tag = (w: string) => `<div class="css-tg" tabindex="0" role="button" aria-disabled="false"><span class="css-tb">${w}</span></div>`;
  const row = (d: string, st: string, holder: string, rn: string, exp: string) =>
    `<tr><td><a href="#/domain/details/info?domain=${d}">${d}</a></td><td>${tag(st)}</td><td>${holder}</td><td>${tag(rn)}</td><td>${exp}</td><td><a>续费</a> <a>管理</a></td></tr>`;
  const app =
    '<h1 class="css-h">域名列表</h1><table class="css-t"><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>实名认证状态</th><th>到期时间</th><th>操作</th></tr></thead><tbody>' +
    row('songlin-art.cn', '正常', '宋林', '已实名认证', '2027-09-30') +
    row('songlin.top', '急需续费', '宋林', '未实名认证', '2026-12-21') +
    '</tbody></table>';

  it('the domain status and the real-name status are read from the tags (had been taken for buttons: nothing)', () => {
    const ds = read(app, url)?.facts.domains;
    expect(ds?.map((d) => [d.domain, d.status, d.realNameVerified])).toEqual([
      ['songlin-art.cn', ['正常'], true],
      ['songlin.top', ['急需续费'], false],
    ]);
  });

  it('a role=button box of an action word stays an action (no status)', () => {
    const ds = read(app.replace(tag('正常'), tag('续费')), url)?.facts.domains;
    expect(ds?.[0]?.status).toBeUndefined();
  });
});

describe('a label\'s qualifier in a span of its own inside a label box whose class says nothing (dom/field.ts QUALIFIER)', () => {
  const url = 'https://ecs.console.aliyun.com/server/i-bp1qualif00000001/detail?regionId=cn-hangzhou';
  const item = (label: string, value: string) =>
    `<td class="css-it"><div class="css-ic"><span class="css-lb">${label}</span><span class="css-ct">${value}</span></div></td>`;
  const app = (bandwidthLabel: string) =>
    `<h1 class="css-h">web-01</h1><table class="css-t"><tbody><tr>${item('<span>实例ID</span>', 'i-bp1qualif00000001')}${item('<span>地域</span>', '华东1（杭州）')}</tr>` +
    `<tr>${item(bandwidthLabel, '<span>10</span> <span>Mbps</span><br><span class="css-s">按固定带宽</span> <a>升降配</a>')}${item('<span>到期时间</span>', '2026-12-01 23:59:59')}</tr></tbody></table>`;

  it('"公网带宽" then "（峰值）" in spans of the label box: the value is the box after it, 10 (the qualifier had been taken for the value: nothing)', () => {
    expect(read(app('<span>公网带宽</span><span class="css-q">（峰值）</span>'), url)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(10);
  });

  it('the label alone reads the same (guard)', () => {
    expect(read(app('<span>公网带宽</span>'), url)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(10);
  });
});
