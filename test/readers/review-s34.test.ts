import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';
import { parseDate } from '../../src/readers/dom/parse-date';

/**
 * Second review of session 34's reader changes: realistic console text the fixes' authors did not try, each
 * a case that read a wrong value after the change (the value shown before it).
 */

describe('a zone word whose offset follows in another form is no UTC (dom/parse-date.ts, aliyun/server-values.ts, tencent/values.ts)', () => {
  const cvmExpiry = (v: string) => read(cvmDetail(teaItem('到期时间', v)), cvmUrl)?.facts.servers?.[0]?.expiresAt;
  const ecsExpiry = (v: string) => read(ecsDetail(infoRow('到期时间', v)), ecsUrl)?.facts.servers?.[0]?.expiresAt;

  // Beijing time written UTC/GMT+08:00 (the usual Chinese form), the offset in its own brackets, or its + lost
  // (a query string's + read as a space): since 6a09a18 these read as UTC, a day late (2027-03-02)
  const beijing = ['2027-03-01 23:59:59 (UTC/GMT+08:00)', '2027-03-01 23:59:59 UTC/GMT+8', '2027-03-01 23:59:59 UTC(+8)', '2027-03-01 23:59:59 UTC (+08:00)', '2027-03-01 23:59:59 GMT 8', '2027-03-01 23:59:59 UTC 08:00'];

  it('UTC/GMT+08:00, UTC(+8), UTC 8 keep the date shown (had given the next day)', () => {
    for (const v of beijing) {
      expect(parseDate(v), v).toBe('2027-03-01');
      expect(cvmExpiry(v), `CVM ${v}`).toBe('2027-03-01');
      expect(ecsExpiry(v), `ECS ${v}`).toBe('2027-03-01');
    }
  });

  it('in a list\'s billing cell beside its expiry word too (tencent/values.ts ZONE, aliyun/server-values.ts TIME_AFTER)', () => {
    const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
    const cvmList = (billing: string) =>
      `<h2>实例</h2><table class="tea-table"><thead><tr><th>ID/实例名</th><th>状态</th><th>可用区</th><th>实例计费模式</th></tr></thead>` +
      `<tbody><tr><td><a>ins-5v8b2n4m</a><div>web-01</div></td><td>运行中</td><td>广州三区</td><td>${billing}</td></tr></tbody></table>`;
    const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
    const ecsList = (billing: string) =>
      `<table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>付费方式</th></tr></thead>` +
      `<tbody><tr><td>i-bp1gapss34list0001</td><td>杭州 可用区I</td><td>${billing}</td></tr></tbody></table>`;
    for (const zone of ['UTC/GMT+08:00', 'UTC/GMT+8', 'UTC(+8)', 'UTC 8']) {
      expect(read(cvmList(`包年包月<div>2027-03-01 23:59:59 ${zone}到期</div>`), cvmListUrl)?.facts.servers?.[0]?.expiresAt, `CVM ${zone}`).toBe('2027-03-01');
      expect(read(ecsList(`包年包月 2027-03-01 23:59 ${zone} 到期`), ecsListUrl)?.facts.servers?.[0]?.expiresAt, `ECS ${zone}`).toBe('2027-03-01');
    }
  });

  it('the same forms with another offset are read in it; a plain UTC still is UTC', () => {
    for (const v of ['2027-03-01 10:00:00 (UTC/GMT-08:00)', '2027-03-01 10:00:00 UTC(-8)', '2027-03-01 23:59:59 (UTC/GMT+00:00)', '2027-03-01 23:59:59 UTC']) {
      expect(parseDate(v), v).toBe('2027-03-02');
      expect(cvmExpiry(v), `CVM ${v}`).toBe('2027-03-02');
      expect(ecsExpiry(v), `ECS ${v}`).toBe('2027-03-02');
    }
  });
});

describe('a shared bandwidth package only offered or said absent beside an own figure (dom/parse-bandwidth.ts SHARED_PACKAGE)', () => {
  const ecsBw = (v: string) => read(ecsDetail(infoRow('公网带宽', v)), ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps;
  const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
  const ecsList = (bw: string) =>
    `<table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>IP地址</th><th>带宽</th><th>付费方式</th></tr></thead>` +
    `<tbody><tr><td>i-bp1gapss34list0001</td><td>杭州 可用区I</td><td>47.98.1.2(公)</td><td>${bw}</td><td>包年包月</td></tr></tbody></table>`;
  const listBw = (v: string) => read(ecsList(v), ecsListUrl)?.facts.servers?.[0]?.publicBandwidthMbps;

  // since 67979dc any mention of the package made the figure unknown: an action offering to join one, a note that
  // the address is in none, an empty 共享带宽 field beside it
  it('5Mbps with a 加入共享带宽 action, 未加入共享带宽 or 共享带宽：- is 5 (had given none)', () => {
    for (const v of ['5Mbps <a>加入共享带宽</a>', '5Mbps（未加入共享带宽）', '按固定带宽 5Mbps<br>共享带宽：-', '5 Mbps <button>Add to Shared Bandwidth</button>', '5Mbps 共享带宽包：无', '5Mbps（未使用共享带宽）']) {
      expect(ecsBw(v), `detail ${v}`).toBe(5);
      expect(listBw(v), `list ${v}`).toBe(5);
    }
  });

  // guards: in a package (joined, or an action to leave it), the figure stays unknown
  it('已加入共享带宽, 移出共享带宽 and a package with its figure still give none', () => {
    for (const v of ['0Mbps（已加入共享带宽 200Mbps）', '5Mbps <a>移出共享带宽</a>', '共享带宽 200Mbps', '5Mbps 共享带宽：cbwp-bp1abc', '5Mbps 未加入共享带宽 / 共享带宽 200Mbps', '5Mbps 共享带宽： 200Mbps']) {
      expect(ecsBw(v), `detail ${v}`).toBeUndefined();
      expect(listBw(v), `list ${v}`).toBeUndefined();
    }
  });
});
