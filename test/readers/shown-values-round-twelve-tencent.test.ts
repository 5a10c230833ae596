import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { isVisible } from '../../src/readers/dom/visibility';

/**
 * Faults found by the twelfth round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md), each
 * narrowed down to the smallest markup that showed it.
 */

const doc = (body: string, url = 'https://console.cloud.tencent.com/') => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(doc(body, url), new URL(url))?.facts;

describe('a column its <col> collapses (visibility: collapse, a column chooser) is not shown (dom/visibility.ts inCollapsedColumn)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const list = (cols: string, style = '') =>
    `${style}<table><colgroup>${cols}</colgroup><thead><tr><th>域名</th><th>实名认证状态</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>` +
    '<tr><td>moling-studio.com</td><td>已实名认证</td><td>杭州墨岭设计工作室</td><td>2027-04-12</td></tr>' +
    '<tr><td>linxi-garden.cn</td><td>未实名认证</td><td>林溪</td><td>2026-11-20</td></tr></tbody></table>';

  it('gives no owner from a column collapsed by an inline style', () => {
    const facts = read(list('<col><col><col style="visibility: collapse"><col>'), url);
    expect(facts?.domains?.map((d) => d.registrantName)).toEqual([undefined, undefined]);
    expect(facts?.domains?.map((d) => d.expiresAt)).toEqual(['2027-04-12', '2026-11-20']);
  });

  it('gives no owner from a column collapsed by a style sheet, counting col spans', () => {
    const facts = read(list('<col span="2"><col class="is-off"><col>', '<style>.is-off { visibility: collapse; }</style>'), url);
    expect(facts?.domains?.map((d) => d.registrantName)).toEqual([undefined, undefined]);
  });

  // (guard: a column that is not collapsed is read)
  it('reads the owner when no column is collapsed', () => {
    const facts = read(list('<col><col><col style="width: 20%"><col>'), url);
    expect(facts?.domains?.map((d) => d.registrantName)).toEqual(['杭州墨岭设计工作室', '林溪']);
  });

  it('a cell spanning a collapsed and a shown column stays shown', () => {
    const d = doc('<table><colgroup><col><col style="visibility:collapse"><col></colgroup><tbody><tr><td id="a">x</td><td id="b" colspan="2">y</td></tr><tr><td>1</td><td id="c">2</td><td>3</td></tr></tbody></table>');
    expect(isVisible(d.getElementById('b'))).toBe(true);
    expect(isVisible(d.getElementById('c'))).toBe(false);
    expect(isVisible(d.getElementById('a'))).toBe(true);
  });
});

describe('web components whose labels are in the shadow root and whose values are slotted from the page are read as drawn (read-with.ts orInShadow)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261203004455/confirm';
  const section = (fields: Array<[string, string]>, values: string) =>
    `<ba-section><template shadowrootmode="open"><h3><slot name="title"></slot></h3>${fields
      .map(([label, slot]) => `<div class="row"><span class="label">${label}</span><span class="value"><slot name="${slot}"></slot></span></div>`)
      .join('')}</template>${values}</ba-section>`;
  const page =
    section(
      [['备案区域', 'region'], ['主办单位性质', 'type'], ['主办单位名称', 'name'], ['证件类型', 'id-type'], ['证件号码', 'id-number']],
      '<span slot="title">主办单位信息</span><span slot="region">广东省 / 深圳市 / 南山区</span><span slot="type">个人</span><span slot="name">罗晓岚</span>' +
        '<span slot="id-type">居民身份证</span><span slot="id-number">4403**********2468</span><span slot="name-previous">罗小兰</span>',
    ) +
    section(
      [['网站名称', 'site-name'], ['网站域名', 'domains'], ['对应云服务', 'resource']],
      '<span slot="title">网站信息（网站 1）</span><span slot="site-name">晓岚摄影手记</span><span slot="domains">xiaolan-photo.cn</span>' +
        '<span slot="resource">轻量应用服务器 lhins-gz5h7j9k | 43.139.55.8 | 广州</span><span slot="domains-draft">xiaolan.net</span>',
    );

  it('reads the entity and the website, not the values no slot takes', () => {
    const facts = read(page, url);
    expect(facts?.entity).toEqual({ type: 'individual', name: '罗晓岚', idType: '居民身份证', idNumber: '4403**********2468', province: '广东省' });
    expect(facts?.websites).toEqual([{ name: '晓岚摄影手记', domains: ['xiaolan-photo.cn'], serverId: 'lhins-gz5h7j9k' }]);
  });
});

describe('direction isolates and marks around a value are no part of it (dom/normalize-label.ts)', () => {
  const url = 'https://console.tencentcloud.com/domain/info/qiaomu-design.com';
  const row = (label: string, value: string) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`;

  it('reads the owner and the ID number without the isolates wrapped around them', () => {
    const facts = read(
      `<h2>qiaomu-design.com</h2><table><tbody>${row('Domain Name', 'qiaomu-design.com')}${row('Domain Owner (Chinese)', '\u2067杭州乔木设计有限公司\u2069')}` +
        `${row('Certificate Type', '\u200eBusiness License\u200e')}${row('Certificate Number', '\u20689133**********4R6T\u2069')}${row('Expiration Date', '\u202a2027.03.01\u202c')}</tbody></table>`,
      url,
    );
    expect(facts?.domains?.[0]).toMatchObject({ registrantName: '杭州乔木设计有限公司', registrantIdType: 'Business License', registrantIdNumber: '9133**********4R6T', expiresAt: '2027-03-01' });
  });
});

describe('authorization codes in accordion panels, one per server, one panel still loading (tencent/beian-authcode.ts perServerCards, dom/page-state.ts besideLoadedPanels)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const table = (rows: string) => `<table><thead><tr><th>备案授权码</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody>${rows}</tbody></table>`;
  const panel = (header: string, rows: string) =>
    `<section class="tea-accordion"><button class="tea-accordion__header" aria-expanded="true" aria-controls="p-${rows.length}">${header}</button><div class="tea-accordion__body" id="p-${rows.length}" role="region">${table(rows)}</div></section>`;
  const first = panel('<span>云服务器</span> <span>ins-cd6y8u0i</span> <span>成都 | 139.155.20.46</span> <span>已生成 2 / 5</span>', '<tr><td>BA2D4F6G8H0J2K4L</td><td>100044556677</td><td>未使用</td></tr><tr><td>BA7Q9W1E3R5T7Y9U</td><td>100044556677</td><td>已使用</td></tr>');
  const second = panel('<span>云服务器</span> <span>ins-cq1a3s5d</span> <span>重庆 | 111.231.5.77</span> <span>已生成 1 / 5</span>', '<tr><td>BA6M8N0B2V4C6X8Z</td><td>100088990011</td><td>使用中</td></tr>');
  const loading = '<section class="tea-accordion" aria-busy="true"><div class="tea-accordion__header"><span class="tea-skeleton"></span></div><div class="tea-accordion__body">正在加载更多云服务...</div></section>';
  const expected = [
    { id: 'ins-cd6y8u0i', provider: 'tencent', product: 'cvm', region: 'ap-chengdu', authorizationCodes: [{ code: 'BA2D4F6G8H0J2K4L', targetAccount: '100044556677', status: 'unused' }, { code: 'BA7Q9W1E3R5T7Y9U', targetAccount: '100044556677', status: 'used' }] },
    { id: 'ins-cq1a3s5d', provider: 'tencent', product: 'cvm', region: 'ap-chongqing', authorizationCodes: [{ code: 'BA6M8N0B2V4C6X8Z', targetAccount: '100088990011', status: 'in-use' }] },
  ];

  it('takes each panel\'s server from its header button', () => {
    expect(read(`<h2>备案授权码</h2>${first}${second}`, url)?.servers).toEqual(expected);
  });

  it('reads the panels shown while another panel of theirs is still loading', () => {
    expect(read(`<h2>备案授权码</h2>${first}${second}${loading}`, url)?.servers).toEqual(expected);
  });

  // (guard: a list whose only panel is loading is the page loading)
  it('reads nothing while the only panel loads', () => {
    expect(read(`<h2>备案授权码</h2>${loading}`, url)).toBeUndefined();
  });
});

describe('a Lighthouse list grouped by region: the region in its group / tree parent rows, dates written month first (tencent/lighthouse-instance-list.ts)', () => {
  const url = 'https://console.tencentcloud.com/lighthouse/instance/index';
  const group = (title: string, expanded = true) => `<tr aria-level="1" aria-expanded="${expanded}"><td colspan="4"><button aria-label="Collapse"></button>${title} <span>2 instances</span></td></tr>`;
  const row = (id: string, pkg: string, expires: string, hidden = '') => `<tr aria-level="2"${hidden}><td>${id}</td><td>${pkg}</td><td>43.139.21.76</td><td>${expires}</td></tr>`;
  const list = (rows: string) => `<h2>Instances</h2><table role="treegrid"><thead><tr><th>ID/Name</th><th>Instance Package</th><th>Public IP</th><th>Expiration Time</th></tr></thead><tbody>${rows}</tbody></table>`;

  it('gives each row the region of its parent row, none under a collapsed one', () => {
    const facts = read(list(group('South China (Guangzhou)') + row('lhins-gz4r6t8y', '2 Cores 4 GB 6Mbps', '03/25/2027') + group('East China (Shanghai)') + row('lhins-sh2p4a6s', '2 Cores 2 GB 4Mbps', '07/04/2027') + group('Hong Kong, China', false) + row('lhins-hk9d1f3g', '1 Core 1 GB 30Mbps', '01/10/2027', ' hidden')), url);
    expect(facts?.servers?.map((s) => [s.id, s.region, s.expiresAt])).toEqual([
      ['lhins-gz4r6t8y', 'ap-guangzhou', '2027-03-25'],
      ['lhins-sh2p4a6s', 'ap-shanghai', '2027-07-04'],
    ]);
  });

  // (guard: with no date that tells the order, 07/04/2027 is no date)
  it('reads no expiry from a date that could be read both ways when no date in its column tells', () => {
    const facts = read(list(group('East China (Shanghai)') + row('lhins-sh2p4a6s', '2 Cores 2 GB 4Mbps', '07/04/2027') + row('lhins-sh4d6f8g', '2 Cores 2 GB 4Mbps', '01/02/2027')), url);
    expect(facts?.servers?.map((s) => s.expiresAt)).toEqual([undefined, undefined]);
    expect(facts?.servers?.map((s) => s.region)).toEqual(['ap-shanghai', 'ap-shanghai']);
  });
});
