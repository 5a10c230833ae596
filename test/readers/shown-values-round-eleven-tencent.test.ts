import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { readFieldText } from '../../src/readers/dom/field';

/**
 * Faults found by the eleventh round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md), each
 * narrowed down to the smallest markup that showed it.
 */

const doc = (body: string, url = 'https://console.cloud.tencent.com/') => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);

describe('the value under a header cell of a two-level header is the one in its column (field.ts valueBelowHeader)', () => {
  const head = '<thead><tr><th rowspan="2">实例规格</th><th colspan="3">配置</th><th rowspan="2">系统盘</th></tr><tr><th>CPU</th><th>内网带宽</th><th>公网带宽</th></tr></thead>';
  const table = (cells: string) => `<table>${head}<tbody><tr>${cells}</tr></tbody></table>`;

  it('counts the row-spanning cells beside the lower header row', () => {
    const d = doc(table('<td>S5.MEDIUM4</td><td>2核</td><td>1.5Gbps</td><td>5Mbps</td><td>50GB</td>'));
    expect(readFieldText(d, ['公网带宽'])).toBe('5Mbps');
    expect(readFieldText(d, ['CPU'])).toBe('2核');
    expect(readFieldText(d, ['内网带宽'])).toBe('1.5Gbps');
  });

  it('counts a value cell spanning columns', () => {
    const d = doc(table('<td>S5.MEDIUM4</td><td colspan="2">2核 / 1.5Gbps</td><td>5Mbps</td><td>50GB</td>'));
    expect(readFieldText(d, ['公网带宽'])).toBe('5Mbps');
    expect(readFieldText(d, ['CPU'])).toBe('2核 / 1.5Gbps');
  });

  it('gives the CVM detail page the public bandwidth, not the private one', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D1%26instanceId%3Dins-gz6x8z0b';
    const body = `<div class="tea-form"><div class="tea-form__item"><div class="tea-form__label">实例ID</div><div class="tea-form__controls">ins-gz6x8z0b</div></div></div>${table('<td>S5.MEDIUM4</td><td>2核</td><td><span>1.5</span><span>Gbps</span></td><td><span>5</span><span>Mbps</span></td><td>50GB</td>')}`;
    expect(readPage(doc(body, url), new URL(url))?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });
});

describe('the server picked in a table of instances on the filing form is the checked row (tencent/beian-form.ts pickedServer)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261203000589/website';
  const row = (id: string, region: string, checked: string) => `<tr><td><input type="radio" name="instance" ${checked}></td><td>${id}</td><td>${region}</td></tr>`;
  const form = (rows: string) =>
    `<h2>首次备案</h2><div class="tea-form"><div class="tea-form__item"><div class="tea-form__label"><label>网站名称</label></div><div class="tea-form__controls"><input class="tea-input" value="西岳茶业官网"></div></div>` +
    `<div class="tea-form__item"><div class="tea-form__label"><label>网站域名</label></div><div class="tea-form__controls"><input class="tea-input" value="xiyue-tea.cn"></div></div>` +
    `<div class="tea-form__item"><div class="tea-form__label"><label>选择实例</label></div><div class="tea-form__controls"><table><thead><tr><th></th><th>实例ID</th><th>地域</th></tr></thead><tbody>${rows}</tbody></table></div></div></div>`;
  const read = (body: string) => readPage(doc(body, url), new URL(url))?.facts;

  it('takes the checked row, with the region in its own cell', () => {
    const facts = read(form(row('ins-gz9z7x5c', '广州', '') + row('ins-hz3m5n7b', '南京', 'checked') + row('ins-sh0p2o4i', '上海', 'disabled')));
    expect(facts?.websites?.[0]?.serverId).toBe('ins-hz3m5n7b');
    expect(facts?.servers).toEqual([{ id: 'ins-hz3m5n7b', provider: 'tencent', product: 'cvm', region: 'ap-nanjing' }]);
  });

  // (guard: with no row checked nothing is picked — the first row is no choice)
  it('picks no server when no row is checked', () => {
    const facts = read(form(row('ins-gz9z7x5c', '广州', '') + row('ins-hz3m5n7b', '南京', '')));
    expect(facts?.websites?.[0]?.serverId).toBeUndefined();
    expect(facts?.servers ?? []).toEqual([]);
  });
});

describe('the domain list: a column named only by its header cell\'s title / aria-label, and a real-name word drawn as a link in its column', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const list = (realNameHeader: string, rows: string) =>
    `<h2>我的域名</h2><table><thead><tr><th>域名</th>${realNameHeader}<th>域名状态</th><th>到期时间</th></tr></thead><tbody>${rows}</tbody></table>`;
  const row = (domain: string, realName: string) => `<tr><td><a>${domain}</a></td><td>${realName}</td><td>正常</td><td>2027-04-18</td></tr>`;
  const read = (body: string) => readPage(doc(body, url), new URL(url))?.facts.domains?.map((d) => [d.domain, d.realNameVerified]);

  it('an icon-only header names its column by its title (table.ts headerKey)', () => {
    const rows = row('xiyue-tea.cn', '<span class="tea-text-success">已实名认证</span>') + row('mubai-studio.net', '<span>审核中</span>');
    expect(read(list('<th title="实名认证状态"><i class="tea-icon tea-icon-shield"></i></th>', rows))).toEqual([['xiyue-tea.cn', true], ['mubai-studio.net', undefined]]);
    expect(read(list('<th><i class="tea-icon tea-icon-shield" aria-label="实名认证状态"></i></th>', rows))).toEqual([['xiyue-tea.cn', true], ['mubai-studio.net', undefined]]);
  });

  it('未实名认证 drawn as a link button in the real-name column is read (tencent/domain-list.ts)', () => {
    const rows = row('lanfeng-photo.com', '<a class="tea-btn tea-btn--link">未实名认证</a>') + row('xiyue-tea.cn', '<span>已实名认证</span> <a class="tea-btn tea-btn--link">查看</a>');
    expect(read(list('<th>实名认证状态</th>', rows))).toEqual([['lanfeng-photo.com', false], ['xiyue-tea.cn', true]]);
  });
});

describe('a grid whose cells are flat siblings with aria-rowindex / aria-colindex, no row element (table.ts ariaRows)', () => {
  const url = 'https://console.tencentcloud.com/cvm/instance/index?rid=4';
  const cell = (row: number, col: number, text: string, role = 'gridcell', attrs = '') => `<div role="${role}" aria-rowindex="${row}" aria-colindex="${col}"${attrs}>${text}</div>`;
  const grid = (cells: string) =>
    `<h2>Instances</h2><div role="grid" aria-rowcount="3">${cell(1, 1, 'ID/Name', 'columnheader')}${cell(1, 2, 'Availability Zone', 'columnheader')}${cell(1, 3, 'Instance Billing Mode', 'columnheader')}${cells}</div>`;
  const read = (body: string) => readPage(doc(body, url), new URL(url))?.facts.servers?.map((s) => [s.id, s.billing]);

  it('the cells of one aria-rowindex are a row, placed by aria-colindex', () => {
    // (the second row's cells come in another order)
    const cells = cell(2, 1, 'ins-4q8w2e6r') + cell(2, 2, 'Shanghai Zone 5') + cell(2, 3, 'Monthly Subscription') + cell(3, 3, 'Pay-as-you-go') + cell(3, 1, 'ins-7t3y5u1i') + cell(3, 2, 'Shanghai Zone 4');
    expect(read(grid(cells))).toEqual([['ins-4q8w2e6r', 'subscription'], ['ins-7t3y5u1i', 'payg']]);
  });

  it('a row whose cells are hidden is not shown', () => {
    const cells = cell(2, 1, 'ins-4q8w2e6r') + cell(2, 2, 'Shanghai Zone 5') + cell(2, 3, 'Monthly Subscription') + cell(3, 1, 'ins-0ldgone1', 'gridcell', ' hidden') + cell(3, 2, 'Shanghai Zone 2', 'gridcell', ' hidden') + cell(3, 3, 'Monthly Subscription', 'gridcell', ' hidden');
    expect(read(grid(cells))).toEqual([['ins-4q8w2e6r', 'subscription']]);
  });
});

describe('abbreviated English labels of the international console (rules/labels/tencent.json)', () => {
  it('CVM list columns Inst. billing, BW and Exp. date', () => {
    const url = 'https://console.tencentcloud.com/cvm/instance/index?rid=4';
    const body =
      '<h2>Instances</h2><table><thead><tr><th>ID/Name</th><th>AZ</th><th>Inst. billing</th><th>BW</th><th>Exp. date</th></tr></thead>' +
      '<tbody><tr><td>ins-4q8w2e6r</td><td>Shanghai Zone 5</td><td>Monthly Subscription</td><td>5 Mbps</td><td>05 Jan 2027 23:59:59</td></tr></tbody></table>';
    expect(readPage(doc(body, url), new URL(url))?.facts.servers).toEqual([
      { id: 'ins-4q8w2e6r', provider: 'tencent', product: 'cvm', region: 'ap-shanghai', billing: 'subscription', expiresAt: '2027-01-05', publicBandwidthMbps: 5 },
    ]);
  });

  it('domain info labels Owner (EN) / Owner (ZH), Cert. type, Cert. No., Real-name, Verified on, Exp. date, Status', () => {
    const url = 'https://console.tencentcloud.com/domain/info/xiyue-tea.cn';
    const pair = (dt: string, dd: string) => `<div><dt>${dt}</dt><dd>${dd}</dd></div>`;
    const body =
      '<h2>xiyue-tea.cn</h2><dl>' +
      pair('Domain', 'xiyue-tea.cn') + pair('Exp. date', '05 Jan 2027') + pair('Status', '<span class="tea-tag">Normal</span>') +
      pair('Owner (EN)', 'Hangzhou Xiyue Tea Co., Ltd.') + pair('Owner (ZH)', '杭州西岳茶业有限公司') + pair('Cert. type', 'Business License') +
      pair('Cert. No.', '91**************7L') + pair('Real-name', 'Verified') + pair('Verified on', '20 Nov 2026 14:31:07') + '</dl>';
    expect(readPage(doc(body, url), new URL(url))?.facts.domains).toEqual([
      { domain: 'xiyue-tea.cn', registrantName: '杭州西岳茶业有限公司', registrantIdType: 'Business License', registrantIdNumber: '91**************7L', realNameVerified: true, realNameVerifiedAt: '2026-11-20', expiresAt: '2027-01-05', status: ['Normal'] },
    ]);
  });
});
