import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Items left open by session 39 (/work/notes/left40.md), each a small console page that read wrong or lost a value
 * before its fix (checked by putting the old file back).
 */

const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];
const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
/** A tea table: a header row and body rows (cells as HTML). */
const teaTable = (heads: string[], rows: string[][]) =>
  `<div class="tea-table"><table class="tea-table__box"><thead><tr>${heads.map((h) => `<th><div>${h}</div></th>`).join('')}</tr></thead>` +
  `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td><div>${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div>`;

describe('item 1: a pay-as-you-go instance showing the date of a conversion to subscription', () => {
  const ecsIntl = 'https://ecs.console.alibabacloud.com/server/i-bp1gapss34000001/detail?regionId=cn-hangzhou';
  const ecsEn = (billing: string) =>
    `<h2>Instance Details</h2><div class="info">${infoRow('Instance ID', 'i-bp1gapss34000001')}${infoRow('Region', 'China (Hangzhou)')}${infoRow('Billing Method', billing)}</div>`;

  it('"After conversion to subscription, expires at …" under Pay-As-You-Go names no mode and no expiry (ECS: billing lost, expiry invented)', () => {
    for (const line of ['After conversion to subscription expires at Jun 30, 2027', 'After conversion to subscription, expires at Jun 30, 2027']) {
      const s = server(ecsEn(`Pay-As-You-Go<br>${line}`), ecsIntl);
      expect(s?.billing, line).toBe('payg');
      expect(s, line).not.toHaveProperty('expiresAt');
    }
  });
  it('the same on a CVM detail\'s and a CVM list\'s billing lines (billing lost, expiry invented)', () => {
    const line = 'Pay-as-you-go<br>After conversion to subscription, expires at 2027-12-05';
    const d = server(cvmDetail('').replace('包年包月', line), cvmUrl);
    expect(d?.billing).toBe('payg');
    expect(d).not.toHaveProperty('expiresAt');
    const list = teaTable(['ID/Name', 'Availability Zone', 'Instance Billing Mode'], [['ins-4w6y8a0c', 'Guangzhou Zone 3', line]]);
    const l = server(list, cvmListUrl);
    expect(l?.billing).toBe('payg');
    expect(l).not.toHaveProperty('expiresAt');
  });
  it('a bracket about a conversion to come after Subscription is a note: the mode is the one shown (gave none)', () => {
    const s = server(ecsEn('Subscription (conversion to pay-as-you-go at expiry)<br>Expires at Jun 30, 2027'), ecsIntl);
    expect([s?.billing, s?.expiresAt]).toEqual(['subscription', '2027-06-30']);
  });
  // A pay-as-you-go instance has no term: a date its 到期时间 shows is that of a conversion offered or ordered, a release
  // planned — none is the instance's expiry (as the Alibaba ECS list and detail hold, and the CVM list's billing cell)
  it('a CVM detail under 按量计费 gives no expiry from its 到期时间 field (gave the conversion\'s date: invented)', () => {
    for (const v of ['转包年包月 1 年，2027-12-05 到期', '2027-12-05 23:59:59']) {
      const s = server(cvmDetail(teaItem('到期时间', v)).replace('包年包月', '按量计费'), cvmUrl);
      expect(s?.billing, v).toBe('payg');
      expect(s, v).not.toHaveProperty('expiresAt');
    }
  });
  it('a CVM list row under 按量计费 gives no expiry from its 到期时间 column (invented)', () => {
    const list = teaTable(['ID/名称', '可用区', '实例计费模式', '到期时间'], [
      ['ins-4w6y8a0c', '广州三区', '按量计费<br>2026-01-05 10:00:00创建', '2027-12-05 23:59:59'],
      ['ins-5x7z9b1d', '广州三区', '包年包月<br>2026-01-05 10:00:00创建', '2027-12-05 23:59:59'],
    ]);
    const servers = read(list, cvmListUrl)?.facts.servers;
    expect(servers?.map((s) => [s.id, s.billing, s.expiresAt])).toEqual([['ins-4w6y8a0c', 'payg', undefined], ['ins-5x7z9b1d', 'subscription', '2027-12-05']]);
  });
  // guard: a subscription's own expiry line is still read
  it('a subscription\'s expiry line is still its expiry', () => {
    const s = server(ecsEn('Subscription<br>Expires at Jun 30, 2027'), ecsIntl);
    expect([s?.billing, s?.expiresAt]).toEqual(['subscription', '2027-06-30']);
  });
});

describe('item 2: a row pinned to the top shown again in its place, with another expiry (ECS, SWAS, CVM lists)', () => {
  const table = (heads: string[], rows: string[][], cls = 'next-table') =>
    `<div class="${cls}"><table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => (c.startsWith('<td') ? c : `<td>${c}</td>`)).join('')}</tr>`).join('')}</tbody></table></div>`;
  const pin = '<span class="next-tag">置顶</span>';
  const expiries = (app: string, url: string) => read(app, url)?.facts.servers?.map((s) => [s.id, s.expiresAt]);

  it('ECS list: the copies disagree on the expiry — none (gave the pinned copy\'s: invented)', () => {
    const ecs = table(['实例ID/名称', '可用区', '付费方式', '到期时间'], [
      [`i-bp1pinned000000001 ${pin}`, '杭州 可用区I', '包年包月', '2026-12-05 23:59:59'],
      ['i-bp1other0000000002', '杭州 可用区I', '包年包月', '2027-03-01 23:59:59'],
      ['i-bp1pinned000000001', '杭州 可用区I', '包年包月', '2027-12-05 23:59:59'],
    ]);
    expect(expiries(ecs, ecsListUrl)).toEqual([['i-bp1pinned000000001', undefined], ['i-bp1other0000000002', '2027-03-01']]);
  });
  it('SWAS list: the same (invented)', () => {
    const [a, b] = ['0a1b2c3d4e5f60718293a4b5c6d7e8f9', '1a1b2c3d4e5f60718293a4b5c6d7e8f9'];
    const swas = table(['实例ID/名称', '地域', '状态', '到期时间'], [
      [`${a} ${pin}`, '华东1（杭州）', '运行中', '2026-12-05 23:59:59'],
      [b, '华东1（杭州）', '运行中', '2027-03-01 23:59:59'],
      [a, '华东1（杭州）', '运行中', '2027-12-05 23:59:59'],
    ]);
    expect(expiries(swas, 'https://swas.console.aliyun.com/#/servers')).toEqual([[a, undefined], [b, '2027-03-01']]);
  });
  it('CVM list: the same (invented)', () => {
    const cvm = table(['ID/名称', '可用区', '实例计费模式', '到期时间'], [
      [`ins-4w6y8a0c ${pin}`, '广州三区', '包年包月', '2026-12-05 23:59:59'],
      ['ins-5x7z9b1d', '广州三区', '包年包月', '2027-03-01 23:59:59'],
      ['ins-4w6y8a0c', '广州三区', '包年包月', '2027-12-05 23:59:59'],
    ], 'tea-table');
    expect(expiries(cvm, cvmListUrl)).toEqual([['ins-4w6y8a0c', undefined], ['ins-5x7z9b1d', '2027-03-01']]);
  });
  // guards: copies that agree are one record with its values; a record over two rows (its id cell spanning them) is
  // read from its first row, the second row's values (a private address, no expiry) no copy to merge
  it('copies that agree give one record with every value', () => {
    const ecs = table(['实例ID/名称', '可用区', '付费方式', '到期时间'], [
      [`i-bp1pinned000000001 ${pin}`, '杭州 可用区I', '包年包月', '2027-12-05 23:59:59'],
      ['i-bp1pinned000000001', '杭州 可用区I', '包年包月', '2027-12-05 23:59:59'],
    ]);
    expect(read(ecs, ecsListUrl)?.facts.servers).toEqual([{ id: 'i-bp1pinned000000001', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-12-05' }]);
  });
  it('an instance over two rows (the id cell spanning them) is read from its first row', () => {
    const ecs = table(['实例ID/名称', 'IP地址', '付费方式', '到期时间'], [
      ['<td rowspan="2">i-bp1tworows00000001</td>', '47.96.1.2（公）', '包年包月', '2027-12-05 23:59:59'],
      ['172.16.0.5（私有）', '-', '-'],
    ]);
    expect(expiries(ecs, ecsListUrl)).toEqual([['i-bp1tworows00000001', '2027-12-05']]);
    const cvm = table(['ID/名称', '主IPv4地址', '实例计费模式', '到期时间'], [
      ['<td rowspan="2">ins-4w6y8a0c</td>', '43.138.10.20（公）', '包年包月', '2027-12-05 23:59:59'],
      ['10.0.0.5（内）', '-', '-'],
    ], 'tea-table');
    expect(expiries(cvm, cvmListUrl)).toEqual([['ins-4w6y8a0c', '2027-12-05']]);
  });
});

describe('item 4: values lost', () => {
  it('"包年包月续费（待支付）" written without a space is the mode in effect, its renewal to pay (billing lost)', () => {
    const cvm = server(cvmDetail(teaItem('到期时间', '2027-12-05 23:59:59')).replace('包年包月', '包年包月续费（待支付）'), cvmUrl);
    expect([cvm?.billing, cvm?.expiresAt]).toEqual(['subscription', '2027-12-05']);
    const ecs = server(ecsDetail(infoRow('到期时间', '2027-12-05 23:59:59')).replace('包年包月', '包年包月续费（待支付）'), ecsUrl);
    expect([ecs?.billing, ecs?.expiresAt]).toEqual(['subscription', '2027-12-05']);
  });
  // guard: a mode not yet paid for is no mode
  it('"包年包月（待支付）" under 按量计费 is still an order, no mode', () => {
    const cvm = server(cvmDetail('').replace('包年包月', '按量计费 包年包月（待支付）'), cvmUrl);
    expect(cvm?.billing).toBe('payg');
  });
});

describe('item 4: an arrears note above a CVM expiry (tencent/values.ts afterEvent, dom/parse-date.ts expiryDate)', () => {
  it('"欠费后 15 天内未充值将被回收" on a line above the expiry keeps it (lost)', () => {
    const field = server(cvmDetail(teaItem('到期时间', '欠费后 15 天内未充值将被回收<br>2027-12-05 23:59:59 到期')), cvmUrl);
    expect(field?.expiresAt).toBe('2027-12-05');
    const list = teaTable(['ID/名称', '可用区', '实例计费模式'], [['ins-4w6y8a0c', '广州三区', '包年包月<br>欠费后 15 天内未充值将被回收<br>2027-12-05 23:59:59到期']]);
    expect(server(list, cvmListUrl)?.expiresAt).toBe('2027-12-05');
  });
  // guard: an event to come still gives no expiry
  it('"续费后 2028-12-05 到期" is still the date a renewal would give', () => {
    const list = teaTable(['ID/名称', '可用区', '实例计费模式'], [['ins-4w6y8a0c', '广州三区', '包年包月<br>续费后 2028-12-05 23:59:59到期']]);
    expect(server(list, cvmListUrl)).not.toHaveProperty('expiresAt');
  });
});

describe('item 5: a box saying the console\'s login ended over a server detail (dom/page-state.ts hasPageError)', () => {
  const ecs = ecsDetail(infoRow('到期时间', '2027-12-05 23:59:59'));
  const cvm = cvmDetail(teaItem('到期时间', '2027-12-05 23:59:59'));
  it('a plain box or an alert saying 登录态已失效 / 登录已过期 / Session expired is a page error (the page was read)', () => {
    for (const box of ['<div>登录态已失效</div>', '<div>登录态已失效，请重新登录</div>', '<div role="alert">登录已过期</div>', '<div class="x">Your session has expired. Please log in again.</div>']) {
      expect(read(box + ecs, ecsUrl), box).toBeNull();
      expect(read(box + cvm, cvmUrl), box).toBeNull();
    }
  });
  // guards: a question, a remote connection's login, a button: no page error
  it('a help question, a remote connection\'s session or a 重新登录 button leaves the page read', () => {
    for (const box of ['<div>登录态失效怎么办？</div>', '<div>远程连接会话已过期，请重新连接</div>', '<button>重新登录</button>', '<div>Workbench session expired</div>']) {
      expect(read(box + ecs, ecsUrl)?.facts.servers?.[0]?.expiresAt, box).toBe('2027-12-05');
    }
  });
});

describe('item 6: round thirty-four\'s holder and valid-until words on the Tencent domain list (rules/labels/tencent.json domain-list)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const list = (owner: string, expires: string) =>
    teaTable(['域名', '域名状态', owner, '持有人邮箱', expires], [
      ['qingshan-tea.com', '正常', '杭州青山茶业有限公司', 'admin@qingshan-tea.com', '2027-12-05'],
      ['qingshan-tea.cn', '正常', '杭州青山茶业有限公司', 'admin@qingshan-tea.com', '2028-01-10'],
    ]);
  it('the 持有人 / 有效期至 columns give the holder and the expiry, as on the domain\'s own page (both lost)', () => {
    for (const [owner, expires] of [['持有人', '有效期至'], ['域名持有人', '有效期至'], ['Holder', 'Valid Until']]) {
      const domains = read(list(owner!, expires!), url)?.facts.domains;
      expect(domains?.map((d) => [d.domain, d.registrantName, d.expiresAt]), owner).toEqual([
        ['qingshan-tea.com', '杭州青山茶业有限公司', '2027-12-05'],
        ['qingshan-tea.cn', '杭州青山茶业有限公司', '2028-01-10'],
      ]);
    }
  });
  // guard: the holder's email column is no holder
  it('持有人邮箱 alone gives no holder', () => {
    const domains = read(list('所在分组', '到期时间'), url)?.facts.domains;
    expect(domains?.map((d) => d.registrantName)).toEqual([undefined, undefined]);
  });
});
