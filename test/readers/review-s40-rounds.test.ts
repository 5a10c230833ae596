import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Second review of rounds thirty-three and thirty-four (session 40): small console pages the round's reader changes were
 * not written for, each one a break found (test/fixtures-unseen/README.md "Second review of rounds thirty-three and
 * thirty-four, session 40"). Every case failed before its fix.
 */

const page = (body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style></style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

const teaCard = (title: string, items: string) =>
  `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><div class="tea-descriptions">${items}</div></div></div>`;
const teaDesc = (l: string, v: string) => `<div class="tea-descriptions__item"><span class="tea-descriptions__label">${l}</span><span class="tea-descriptions__content">${v}</span></div>`;
const teaItem = (l: string, v: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;

describe('a label in a box titled for another subject is that subject\'s (dom/titled-box.ts, the field\'s `not` words)', () => {
  const lighthouseUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh7v2n4x&tab=overview';
  const lighthouse = (before: string) =>
    '<div class="tea-layout__header-title"><h2 class="tea-h2">WordPress-云山</h2></div>' +
    before +
    teaCard('实例信息', teaDesc('实例ID', 'lhins-sh7v2n4x') + teaDesc('地域和可用区', '上海 | 上海五区') + teaDesc('带宽（Mbps）', '6')) +
    teaCard('计费信息', teaDesc('计费类型', '包月（预付费）') + teaDesc('过期时间', '2027年12月5日 23:59:59') + teaDesc('购买时间', '2026年12月5日 09:41:20'));

  it('Lighthouse: a 云硬盘 card above the instance\'s (计费方式 按量计费, 购买时间, 到期时间) gave the disk\'s billing, purchase and expiry (invented)', () => {
    const disk = teaCard('云硬盘', teaDesc('云硬盘ID', 'lhdisk-abc12345') + teaDesc('计费方式', '按量计费') + teaDesc('购买时间', '2026年6月1日') + teaDesc('到期时间', '2026年7月1日'));
    expect(read(lighthouse(disk), lighthouseUrl)?.facts.servers?.[0]).toMatchObject({ billing: 'subscription', createdAt: '2026-12-05', expiresAt: '2027-12-05' });
  });

  it('Lighthouse: an SSL 证书 card\'s 购买时间 above the instance\'s is not the instance\'s (invented)', () => {
    const cert = teaCard('SSL 证书', teaDesc('证书', 'blog.example.cn') + teaDesc('购买时间', '2026年6月1日') + teaDesc('有效期至', '2026年7月1日'));
    expect(read(lighthouse(cert), lighthouseUrl)?.facts.servers?.[0]).toMatchObject({ createdAt: '2026-12-05', expiresAt: '2027-12-05' });
  });

  it('Lighthouse: a 数据盘 card showing 计费方式 and 购买时间 where the instance\'s card shows neither gives none (invented)', () => {
    const page = lighthouse(teaCard('数据盘', teaDesc('计费方式', '包年包月') + teaDesc('购买时间', '2026年6月1日')))
      .replace('>计费类型<', '>备注<')
      .replace('>购买时间</span><span class="tea-descriptions__content">2026年12月5日', '>备注二</span><span class="tea-descriptions__content">2026年12月5日');
    const server = read(page, lighthouseUrl)?.facts.servers?.[0];
    expect(server?.id).toBe('lhins-sh7v2n4x');
    expect(server?.billing).toBeUndefined();
    expect(server?.createdAt).toBeUndefined();
  });

  it('Tencent domain info: a 域名证书 / SSL 证书 section\'s 有效期至 is no expiry of the domain (invented since 有效期至 is a label word)', () => {
    for (const title of ['域名证书', 'SSL 证书']) {
      const body =
        '<div class="tea-form">' + teaItem('域名', 'mou-tea.cn') + teaItem('域名状态', '正常') + teaItem('持有人', '林某某') + '</div>' +
        `<h3>${title}</h3><div class="tea-form">` + teaItem('证书编号', 'TC20241206001') + teaItem('有效期至', '2026/08/01') + '</div>';
      const got = read(body, 'https://console.cloud.tencent.com/domain/info/mou-tea.cn')?.facts.domains;
      expect(got, title).toEqual([{ domain: 'mou-tea.cn', registrantName: '林某某', status: ['正常'] }]);
    }
  });
  it('guard: a side menu\'s group title (SSL 证书) or a tab bar\'s tab (DNS 解析) titles no box — the domain\'s 有效期至 and 到期时间 are read', () => {
    for (const label of ['有效期至', '到期时间']) {
      const body =
        '<aside class="tc-sider"><div class="tc-nav-title">SSL 证书</div><ul><li><a href="#">证书列表</a></li></ul></aside>' +
        '<div class="t-tabs"><div class="t-tabs__header"><div class="t-tabs__nav-item">域名信息</div><div class="t-tabs__nav-item">DNS 解析</div></div><div class="t-tabs__panel">' +
        '<div class="tea-form">' + teaItem('域名', 'mou-tea.cn') + teaItem('持有人', '林某某') + teaItem(label, '2027/12/05') + '</div></div></div>';
      expect(read(body, 'https://console.cloud.tencent.com/domain/info/mou-tea.cn')?.facts.domains?.[0]?.expiresAt, label).toBe('2027-12-05');
    }
  });
});

describe('SWAS overview: a 流量包 / 证书 card\'s dates are not the server\'s (aliyun/server-detail.ts notUnder, dom/titled-box.ts)', () => {
  const url = 'https://swas.console.aliyun.com/#/server/8d2f4a6c1e3b45d7a9c0e2f4b6d8a1c3/cn-hangzhou/dashboard';
  const item = (l: string, v: string) =>
    `<div class="next-col next-col-12"><div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control"><p class="next-form-preview">${v}</p></div></div></div>`;
  const card = (t: string, items: string) =>
    `<div class="next-card"><div class="next-card-head"><div class="next-card-title">${t}</div></div><div class="next-card-body"><form class="next-form next-form-preview"><div class="next-row">${items}</div></form></div></div>`;
  const overview = (before: string, expiry: string) =>
    '<h1 class="page-title">blog-prod</h1>' + before +
    card('实例信息', item('实例ID', '8d2f4a6c1e3b45d7a9c0e2f4b6d8a1c3') + item('地域', '华东1（杭州）') + item('公网IP', '47.98.112.34') + item('带宽(Mbps)', '5') + expiry);

  it('a 流量包 card\'s 到期日期 or an SSL 证书 card\'s 有效期至 above the instance card was the server\'s expiry (invented since they are label words), with or without the server\'s own', () => {
    const pkg = card('流量包', item('流量包规格', '1024 GB/月') + item('到期日期', '2026/12/31'));
    const cert = card('SSL 证书', item('证书名称', 'blog.example.cn') + item('有效期至', '2026/12/31'));
    for (const before of [pkg, cert]) {
      expect(read(overview(before, item('到期时间', '2027/12/05 23:59:59')), url)?.facts.servers?.[0]?.expiresAt).toBe('2027-12-05');
      const alone = read(overview(before, ''), url)?.facts.servers?.[0];
      expect(alone?.id).toBe('8d2f4a6c1e3b45d7a9c0e2f4b6d8a1c3');
      expect(alone?.expiresAt).toBeUndefined();
    }
  });

  it('a 带宽包 card\'s 带宽(Mbps) above the instance card is not the server\'s bandwidth', () => {
    const body = overview(card('共享带宽包', item('带宽(Mbps)', '200')), item('到期时间', '2027/12/05'));
    expect(read(body, url)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });
});

describe('round thirty-three\'s records at the edges of tables', () => {
  it('virtual host list: a pinned copy showing the host\'s id in capitals (BDM…) was a second host with the stale copy\'s expiry (invented)', () => {
    const body =
      '<h2>云虚拟主机</h2><table><thead><tr><th>实例ID/主机名</th><th>地域</th><th>到期时间</th><th>操作</th></tr></thead><tbody>' +
      '<tr class="is-pinned"><td>BDM830115002 <span class="tag">置顶</span></td><td>华北2（北京）</td><td>2026-09-09 23:59:59</td><td><a>取消置顶</a></td></tr>' +
      '<tr><td>bdm830115002</td><td>华北2（北京）</td><td>2027-09-09 23:59:59</td><td><a>续费</a></td></tr></tbody></table>';
    expect(read(body, 'https://netcn.console.aliyun.com/core/host/list2')?.facts.servers).toEqual([
      { id: 'BDM830115002', provider: 'aliyun', product: 'virtual-host', region: 'cn-beijing' },
    ]);
  });

  it('a record whose first cell opens with a name beginning "Total " (an instance "Total Web") is read (it was taken for a total row: lost)', () => {
    const swas =
      '<h2>服务器</h2><table><thead><tr><th>实例名称/ID</th><th>地域</th><th>公网IP</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr><td><a>Total Web</a><div>3f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c</div></td><td>华东1（杭州）</td><td>47.96.1.2</td><td>2027-07-08 18:45:12</td></tr>' +
      '<tr><td><a>shop</a><div>4f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c</div></td><td>华东1（杭州）</td><td>47.96.1.3</td><td>2027-07-09</td></tr></tbody></table>';
    expect(read(swas, 'https://swas.console.aliyun.com/#/servers')?.facts.servers?.map((s) => s.id)).toEqual(['3f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c', '4f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c']);
    const lighthouse =
      '<h2>服务器</h2><table><thead><tr><th>名称/ID</th><th>地域和可用区</th><th>公网带宽</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr><td>Total Web<br>lhins-sh2n4v6x</td><td>上海 | 上海五区</td><td>4Mbps</td><td>2027-07-08 18:45:12</td></tr>' +
      '<tr><td>官网<br>lhins-gz3k8p2m</td><td>广州 | 广州六区</td><td>8Mbps</td><td>2027-03-14</td></tr>' +
      '<tr><td>Total: 2 instances (earliest lhins-gz9z9z9z)</td><td>-</td><td>12Mbps</td><td>2026-12-01</td></tr></tbody></table>';
    expect(read(lighthouse, 'https://console.cloud.tencent.com/lighthouse/instance/index')?.facts.servers?.map((s) => s.id)).toEqual(['lhins-sh2n4v6x', 'lhins-gz3k8p2m']);
  });

  it('a row classed row-total-price (a total token followed by another word) is a record (it was taken for a total row: lost); total-row is still none', () => {
    const rows = (cls: string) =>
      '<h2>我的域名</h2><table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr><td>hezhou-tea.com</td><td>正常</td><td>已实名认证</td><td>何舟</td><td>2027-04-12 10:20:31</td></tr>' +
      `<tr class="${cls}"><td>hezhou.me</td><td>正常</td><td>已实名认证</td><td>何舟</td><td>2027-02-14</td></tr></tbody></table>`;
    const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
    expect(read(rows('row-total-price'), url)?.facts.domains?.map((d) => d.domain)).toEqual(['hezhou-tea.com', 'hezhou.me']);
    expect(read(rows('total-row'), url)?.facts.domains?.map((d) => d.domain)).toEqual(['hezhou-tea.com']);
  });

  it('Alibaba domain list: a query naming a page to go back to (?from=/detail) is no detail route (the list was not read: lost)', () => {
    const body = '<table><thead><tr><th>域名</th><th>域名状态</th><th>到期日期</th></tr></thead><tbody><tr><td>hezhou-tea.com</td><td>正常</td><td>2027-04-12</td></tr></tbody></table>';
    expect(read(body, 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain?from=/detail')?.facts.domains).toEqual([{ domain: 'hezhou-tea.com', status: ['正常'], expiresAt: '2027-04-12' }]);
  });
});

describe('a console top bar\'s "Billing" drawn as a plain span is no label (dom/reading-model.ts inConsoleBar)', () => {
  const url = 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
  const header = (after: string) =>
    `<div class="qc-header tea-layout__header"><a class="qc-header-logo" href="https://console.tencentcloud.com/">Tencent Cloud</a><div><a>Support</a><span class="qc-header-nav__item">Billing</span><span>${after}</span></div></div>`;
  const form = (billing: string) =>
    '<div class="tea-form">' + teaItem('Instance ID', 'ins-4w6y8a0c') + teaItem('Region', 'Guangzhou') + billing + teaItem('Exp. Date', 'Dec 5, 2027') + '</div>';

  it('the header\'s Billing entry with a balance after it gave the instance a billing (payg over the page\'s Prepaid; invented since Billing is a label word)', () => {
    expect(read(header('Postpaid balance: 12.00 USD') + form(teaItem('Billing', 'Prepaid')), url)?.facts.servers?.[0]?.billing).toBe('subscription');
    expect(read(header('Pay-as-you-go') + form(''), url)?.facts.servers?.[0]?.billing).toBeUndefined();
  });
});

describe('a unit drawn in an element of its own inside the label\'s brackets is the label\'s (dom/units.ts labelText)', () => {
  it('Lighthouse: 带宽（<span>Mbps</span>） 6 is 6 Mbps (the span was dropped as the label\'s English and the bandwidth lost)', () => {
    const body =
      '<div class="tea-layout__header-title"><h2 class="tea-h2">WordPress-云山</h2></div>' +
      teaCard('实例信息', teaDesc('实例ID', 'lhins-sh7v2n4x') + teaDesc('地域和可用区', '上海 | 上海五区') + teaDesc('带宽（<span class="unit">Mbps</span>）', '6') + teaDesc('过期时间', '2027年12月5日'));
    expect(read(body, 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh7v2n4x&tab=overview')?.facts.servers?.[0]?.publicBandwidthMbps).toBe(6);
  });
});
