import { describe, expect, it } from 'vitest';
import { clauseNamesAny, maskedIdNumber } from '../../src/readers/shared/text-values';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Values left invented by session 45's reviews (test/fixtures-unseen/README.md "Second review of session 44's other fixes",
 * Still open; section "Invented values left by session 45's reviews (a)"): small console pages through readPage (happy-dom).
 * Each case failed before its fix (the fix taken out with `git apply -R`); the guards hold both ways.
 */

const server = (app: string, url: string) => read(app, url)?.facts.servers?.[0];

describe('a bandwidth value saying only what it may be raised to (dom/parse-bandwidth opensWithUpgradeCeiling)', () => {
  const ceilings = ['最高可升级至 100Mbps', '可升级到 100 Mbps', '可调整至 100Mbps', 'Upgradable to 100 Mbps', 'can be upgraded to 100 Mbps'];
  it('a 带宽 field "最高可升级至 100Mbps" gives the ECS / CVM detail no bandwidth (gave 100: invented)', () => {
    for (const v of ceilings) {
      expect(server(ecsDetail(infoRow('带宽', v)), ecsUrl), `ECS ${v}`).not.toHaveProperty('publicBandwidthMbps');
      expect(server(cvmDetail(teaItem('带宽', v)), cvmUrl), `CVM ${v}`).not.toHaveProperty('publicBandwidthMbps');
    }
  });
  it('"当前配置 2核4G，带宽：最高可升级至 100Mbps" (a colon after the word) beside an ECS detail gives none (gave 100: invented)', () => {
    expect(server(ecsDetail('<div>当前配置 2核4G，带宽：最高可升级至 100Mbps</div>'), ecsUrl)).not.toHaveProperty('publicBandwidthMbps');
    expect(server(cvmDetail('<div>当前配置 2核4G，带宽：最高可升级至 100Mbps</div>'), cvmUrl)).not.toHaveProperty('publicBandwidthMbps');
  });
  it('(guard) a figure first, a plain figure and words of no ceiling keep their bandwidth', () => {
    for (const [v, want] of [['5Mbps（可升级至 100Mbps）', 5], ['5Mbps', 5], ['按固定带宽 5Mbps', 5], ['5 Mbps，最高可升级至 100 Mbps', 5]] as const) {
      expect(server(ecsDetail(infoRow('带宽', v)), ecsUrl)?.publicBandwidthMbps, `ECS ${v}`).toBe(want);
      expect(server(cvmDetail(teaItem('带宽', v)), cvmUrl)?.publicBandwidthMbps, `CVM ${v}`).toBe(want);
    }
  });
});

describe('an expiry naming another resource by its product code or in a bracket after the date (values.otherResources)', () => {
  const others = ['CBS 2026-06-01 到期', 'CBS：2026-06-01 23:59:59', '2026-06-01（数据盘）', '2026-06-01 23:59:59（数据盘）', '2026-06-01 (CBS)', '2026-06-01（云硬盘）'];
  it('"CBS 2026-06-01 到期" and "2026-06-01（数据盘）" as a 到期时间 give the ECS / CVM detail no expiry (gave 2026-06-01: invented)', () => {
    for (const v of others) {
      expect(server(ecsDetail(infoRow('到期时间', v)), ecsUrl), `ECS ${v}`).not.toHaveProperty('expiresAt');
      expect(server(cvmDetail(teaItem('到期时间', v)), cvmUrl), `CVM ${v}`).not.toHaveProperty('expiresAt');
    }
  });
  it('(guard) a plain date, an inclusion bracket and a bracket of no resource keep the expiry', () => {
    for (const v of ['2026-06-01', '2026-06-01 23:59:59', '2026-06-01（含数据盘）', '2026-06-01 (incl. data disk)', '2026-06-01（剩余 30 天）']) {
      expect(server(ecsDetail(infoRow('到期时间', v)), ecsUrl)?.expiresAt, `ECS ${v}`).toBe('2026-06-01');
      expect(server(cvmDetail(teaItem('到期时间', v)), cvmUrl)?.expiresAt, `CVM ${v}`).toBe('2026-06-01');
    }
  });
  it('a Latin word of the list (CBS) is found as a word, not inside an id: ins-4cbs8a0c (shared/text-values clauseNamesAny)', () => {
    expect(clauseNamesAny('CBS ', ['CBS'])).toBe(true);
    expect(clauseNamesAny('云硬盘(CBS) ', ['CBS'])).toBe(true);
    expect(clauseNamesAny('ins-4cbs8a0c ', ['CBS'])).toBe(false);
    expect(clauseNamesAny('数据盘 ', ['数据盘'])).toBe(true);
  });
});

describe('a Tencent domain page: a header row read as one label, words before an ID number', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/mou-tea.cn';
  const form = (extra: string) => '<div class="tea-form tea-form--readonly">' + teaItem('域名', 'mou-tea.cn') + teaItem('持有人', '林某某') + teaItem('到期时间', '2027-12-05') + extra + '</div>';
  const table = (h: string[], rows: string) => `<table class="tea-table"><thead><tr>${h.map((x) => `<th>${x}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
  const domain = (app: string) => read(app, url)?.facts.domains?.[0];
  it('a table 域名 | 状态 gives no status of its row read whole (gave ["mou-tea.cn", "正常"]: the name a status, invented) (dom/field.ts)', () => {
    expect(domain(form('') + table(['域名', '状态'], '<tr><td>mou-tea.cn</td><td>正常</td></tr>'))?.status ?? []).not.toContain('mou-tea.cn');
    expect(domain(form('') + table(['Domain', 'Status'], '<tr><td>mou-tea.cn</td><td>Normal</td></tr>'))?.status ?? []).not.toContain('mou-tea.cn');
    expect(domain(form('') + table(['域名', '状态'], '<tr><td>mou-tea.cn</td><td>正常</td></tr><tr><td>www.mou-tea.cn</td><td>正常</td></tr>'))?.status ?? []).not.toContain('www.mou-tea.cn');
  });
  it('(guard) a 域名状态 column and a 域名状态 field are read', () => {
    expect(domain(form('') + table(['域名', '域名状态'], '<tr><td>mou-tea.cn</td><td>正常</td></tr>'))?.status).toEqual(['正常']);
    expect(domain(form(teaItem('域名状态', '正常')))?.status).toEqual(['正常']);
  });
  it('an ID value "已认证 4101**********1234" / "身份证 4101…" gives the number alone (the word was kept in it: invented) (shared/text-values maskedIdNumber)', () => {
    for (const v of ['已认证 4101**********1234', '身份证 4101**********1234', '居民身份证：4101**********1234'])
      expect(domain(form(teaItem('证件号码', v)))?.registrantIdNumber, v).toBe('4101**********1234');
    expect(maskedIdNumber('已认证 410105199001011234')).toBe('4101**********1234');
    expect(maskedIdNumber('第 123456 号')).toBeUndefined();
  });
  it('(guard) a plain number, a number with words after it, an organization code keep their reading', () => {
    expect(maskedIdNumber('4101**********1234')).toBe('4101**********1234');
    expect(maskedIdNumber('3201**********0021 仅显示首尾各 4 位')).toBe('3201**********0021');
    expect(maskedIdNumber('MA2X5K7L-3')).toBe(maskedIdNumber('MA2X5K7L-3'));
    expect(maskedIdNumber('企业认证')).toBeUndefined();
    expect(domain(form(teaItem('证件号码', '4101**********1234')))?.registrantIdNumber).toBe('4101**********1234');
  });
});

describe('the same on the list pages (ECS, CVM, Lighthouse lists; the SWAS list untouched: round thirty-nine)', () => {
  const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const cvmList = (bw: string, exp: string) =>
    `<h2>实例</h2><table class="tea-table"><thead><tr><th>ID/实例名</th><th>状态</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>公网带宽</th><th>实例计费模式</th><th>到期时间</th></tr></thead>` +
    `<tbody><tr><td><a>ins-5v8b2n4m</a><div>web-01</div></td><td>运行中</td><td>广州三区</td><td>标准型S5 2核 4GB</td><td>119.29.18.40(公)</td><td>${bw}</td><td>包年包月</td><td>${exp}</td></tr></tbody></table>`;
  const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
  const ecsList = (bw: string, exp: string) =>
    `<table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>IP地址</th><th>带宽</th><th>付费方式</th><th>到期时间</th></tr></thead>` +
    `<tbody><tr><td>i-bp1gapss34list0001</td><td>杭州 可用区I</td><td>47.98.1.2(公)<br>172.16.0.8(私有)</td><td>${bw}</td><td>包年包月</td><td>${exp}</td></tr></tbody></table>`;
  const lhListUrl = 'https://console.cloud.tencent.com/lighthouse/instance/index?rid=1';
  const lhList = (bw: string, exp: string) =>
    `<h2>实例列表</h2><table class="tea-table"><thead><tr><th>ID/名称</th><th>状态</th><th>地域</th><th>公网带宽</th><th>实例计费模式</th><th>到期时间</th></tr></thead>` +
    `<tbody><tr><td><a>lhins-r45abcd1</a><div>blog</div></td><td>运行中</td><td>广州</td><td>${bw}</td><td>包年包月</td><td>${exp}</td></tr></tbody></table>`;
  const rows = (bw: string, exp: string) => [
    ['CVM', read(cvmList(bw, exp), cvmListUrl)?.facts.servers?.[0]],
    ['ECS', read(ecsList(bw, exp), ecsListUrl)?.facts.servers?.[0]],
    ['Lighthouse', read(lhList(bw, exp), lhListUrl)?.facts.servers?.[0]],
  ] as const;
  it('a bandwidth cell "最高可升级至 100Mbps" gives no bandwidth (gave 100: invented)', () => {
    for (const [n, s] of rows('最高可升级至 100Mbps', '2026-06-01')) {
      expect(s?.id, n).toBeDefined();
      expect(s, n).not.toHaveProperty('publicBandwidthMbps');
    }
  });
  it('an expiry cell "2026-06-01（数据盘）" / "CBS 2026-06-01 到期" gives no expiry (CVM and Lighthouse gave 2026-06-01: invented)', () => {
    for (const exp of ['2026-06-01（数据盘）', 'CBS 2026-06-01 到期']) {
      for (const [n, s] of rows('5Mbps', exp)) {
        expect(s?.id, `${n} ${exp}`).toBeDefined();
        expect(s, `${n} ${exp}`).not.toHaveProperty('expiresAt');
      }
    }
  });
  it('(guard) a plain row keeps its bandwidth and expiry', () => {
    for (const [n, s] of rows('5Mbps', '2026-06-01')) expect([s?.publicBandwidthMbps, s?.expiresAt], n).toEqual([5, '2026-06-01']);
    for (const [n, s] of rows('5Mbps（可升级至 100Mbps）', '2026-06-01（含数据盘）')) expect([s?.publicBandwidthMbps, s?.expiresAt], n).toEqual([5, '2026-06-01']);
  });
});
