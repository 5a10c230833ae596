import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * An IP cell or field saying its public address is still being assigned (分配中 / Assigning) shows no address
 * yet, but does not say there is none: the server's public bandwidth stays unknown (it had been 0, "no public
 * network", a warning about a server whose address is on its way). A private address alone still gives 0.
 */
const read = (body: string, url: string) =>
  readPage(htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url), new URL(url))?.facts;

describe('Alibaba Cloud ECS list', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const list = (ip: string) =>
    '<table><thead><tr><th>实例ID/名称</th><th>所在可用区</th><th>IP地址</th><th>状态</th><th>付费方式</th></tr></thead><tbody>' +
    `<tr><td><a href="#/server/i-bp1a2b3c4d5e6f7g8h9i/detail">i-bp1a2b3c4d5e6f7g8h9i</a></td><td>杭州 可用区I</td><td>${ip}</td><td>启动中</td><td>包年包月<br>2027-06-30 23:59 到期</td></tr>` +
    '</tbody></table>';

  it('172.16.0.5(私有) 公网IP分配中 gives no bandwidth', () => {
    const server = read(list('172.16.0.5(私有)<br>公网IP分配中'), url)?.servers?.[0];
    expect(server?.id).toBe('i-bp1a2b3c4d5e6f7g8h9i');
    expect(server?.publicBandwidthMbps).toBeUndefined();
  });
  it('172.16.0.5(私有) alone still gives 0', () => {
    expect(read(list('172.16.0.5(私有)'), url)?.servers?.[0]?.publicBandwidthMbps).toBe(0);
  });
});

describe('Tencent Cloud', () => {
  const row = (label: string, value: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><span class="tea-form__text">${value}</span></div></li>`;
  const detailUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=8&id=ins-b31j1ng0';
  const detail = (ip: string) => `<h2>ins-b31j1ng0</h2><ul class="tea-form">${row('实例ID', 'ins-b31j1ng0')}${row('计费模式', '包年包月')}${row('公网IP', ip)}${row('内网IP', '10.0.0.8')}</ul>`;

  it('a CVM detail whose 公网IP says 分配中 gives no bandwidth; one showing "-" still gives 0', () => {
    const pending = read(detail('分配中'), detailUrl)?.servers?.[0];
    expect(pending?.id).toBe('ins-b31j1ng0');
    expect(pending?.publicBandwidthMbps).toBeUndefined();
    expect(read(detail('-'), detailUrl)?.servers?.[0]?.publicBandwidthMbps).toBe(0);
  });

  it('a CVM list whose IP cell shows a private address and Assigning gives no bandwidth', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=8';
    const list = (ip: string) =>
      '<table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例计费模式</th><th>主IPv4地址</th></tr></thead><tbody>' +
      `<tr><td><a>ins-b31j1ng0</a><br>web</td><td>广州七区</td><td>包年包月<br>2027-03-01 23:59:59到期</td><td>${ip}</td></tr></tbody></table>`;
    const pending = read(list('10.0.0.8(内网)<br>Assigning'), url)?.servers?.[0];
    expect(pending?.id).toBe('ins-b31j1ng0');
    expect(pending?.publicBandwidthMbps).toBeUndefined();
    expect(read(list('10.0.0.8(内网)'), url)?.servers?.[0]?.publicBandwidthMbps).toBe(0);
  });
});

it('a Lighthouse list row whose IP cell shows its private address and 公网IP分配中 keeps its plan bandwidth; a private address alone gives 0', async () => {
  const { readFileSync } = await import('node:fs');
  const html = readFileSync('test/fixtures/tencent-lighthouse-instance-list/zh-table.html', 'utf8');
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/index?rid=8';
  const cell = '<td><div><p>62.234.10.8<span class="tea-text-weak">(公网)</span><i class="tea-icon tea-icon-copy" title="复制" role="button"></i></p><p>10.0.12.7<span class="tea-text-weak">(内网)</span></p></div></td>';
  expect(html).toContain(cell);
  const first = (ipCell: string) => read(html.replace(cell, ipCell).replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, ''), url)?.servers?.find((s) => s.id === 'lhins-1whwkmau');
  expect(first('<td><div><p>公网IP分配中</p><p>10.0.12.7<span class="tea-text-weak">(内网)</span></p></div></td>')?.publicBandwidthMbps).toBe(6);
  expect(first('<td><div><p>10.0.12.7<span class="tea-text-weak">(内网)</span></p></div></td>')?.publicBandwidthMbps).toBe(0);
});
