import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Items left open by session 41 (/work/notes/left42.md), each a small console page that read wrong or lost a value
 * before its fix (checked by running it with the fix's source taken out).
 */

const servers = (app: string, url: string) => read(app, url)?.facts.servers;
const server = (app: string, url: string) => servers(app, url)?.[0];
const lighthouseUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-4w6y8a0c';
const swasUrl = 'https://swas.console.aliyun.com/#/server/0a1b2c3d4e5f60718293a4b5c6d7e8f9/cn-hangzhou/dashboard';
const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
/** A plain table: a header row and body rows (cells as HTML). */
const table = (heads: string[], rows: string[][]) =>
  `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const lighthouse = (extra: string) => cvmDetail(extra).replace(/ins-4w6y8a0c/g, 'lhins-4w6y8a0c');
const swas = (extra: string) =>
  `<h2>服务器概览</h2><div class="info">${infoRow('实例ID', '0a1b2c3d4e5f60718293a4b5c6d7e8f9')}${infoRow('地域', '华东1（杭州）')}${extra}</div>`;
const ecsList = (head: string, cell: string) =>
  table(['实例ID/名称', '所在可用区', 'IP地址', '付费方式', head], [['<a href="#/server/i-bp1a2b3c4d5e6f7g8h9i/detail">i-bp1a2b3c4d5e6f7g8h9i</a>', '杭州 可用区I', '47.96.20.11(公)', '包年包月', cell]]);
const cvmList = (head: string, cell: string) =>
  table(['ID/名称', '可用区', '主IPv4地址', '实例计费模式', head], [['<a>ins-gz7v2r9m</a>', '广州三区', '119.29.40.18(公)', '包年包月', cell]]);

describe('item 1: a bandwidth label naming the private network is no public bandwidth (dom/normalize-label.ts, reading-model vocabMatches)', () => {
  const privateLabels = ['带宽（内网）', '带宽（私网）', '带宽（Mbps）（内网）', '带宽 (intranet)', 'Bandwidth (Private)', '私网带宽', '内网带宽', 'Intranet Bandwidth'];
  const pages: Array<[string, (l: string, v: string) => string, string]> = [
    ['ECS detail', (l, v) => ecsDetail(infoRow(l, v)), ecsUrl],
    ['SWAS detail', (l, v) => swas(infoRow(l, v)), swasUrl],
    ['CVM detail', (l, v) => cvmDetail(teaItem(l, v)), cvmUrl],
    ['Lighthouse detail', (l, v) => lighthouse(teaItem(l, v)), lighthouseUrl],
    ['ECS list', ecsList, ecsListUrl],
    ['CVM list', cvmList, cvmListUrl],
  ];
  it('gives no public bandwidth on both providers\' details and lists (gave 10: invented)', () => {
    for (const [name, make, url] of pages)
      for (const l of privateLabels) {
        const s = server(make(l, '10 Mbps'), url);
        expect(s?.id, `${name} ${l}`).toBeDefined();
        expect(s, `${name} ${l}`).not.toHaveProperty('publicBandwidthMbps');
      }
  });
  // guards: the public network's qualifier and a unit's still decorate; the plain label is read
  it('带宽（公网）, 带宽（Mbps）, 公网带宽 and 带宽 are still read', () => {
    for (const [name, make, url] of pages)
      for (const l of ['带宽（公网）', '带宽（Mbps）', '公网带宽', '带宽', 'Bandwidth (Public)'])
        expect(server(make(l, '10 Mbps'), url)?.publicBandwidthMbps, `${name} ${l}`).toBe(10);
  });
});

