import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';

/**
 * Faults found by the eleventh round of held-out Alibaba Cloud pages (test/fixtures-unseen/README.md,
 * "Eleventh round (Alibaba Cloud)"), each narrowed down to the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);

describe('a row moved far off by a transform is not shown (dom/visibility.ts)', () => {
  const ecsList = 'https://ecs.console.alibabacloud.com/#/server/region/ap-southeast-1';
  const row = (id: string, y: string, expires: string) =>
    `<div class="vlist-row" role="row" style="position: absolute; top: 0; transform: ${y};"><div role="cell">${id}</div><div role="cell">Subscription</div><div role="cell">${expires}</div></div>`;
  const list = (rows: string) =>
    `<h1>Instances</h1><div role="table"><div role="row"><div role="columnheader">Instance ID/Name</div><div role="columnheader">Billing Method</div><div role="columnheader">Expiration Time</div></div><div role="rowgroup" style="position: relative; height: 5760px">${rows}</div></div>`;

  it('a recycling list\'s pooled row at translateY(-9999px) is no server; rows drawn out of DOM order are read in DOM order', () => {
    const doc = page(list(row('i-t4nvscroll00000061', 'translateY(2928px)', '2027-01-05') + row('i-t4nvscroll00000017', 'translateY(-9999px)', '2026-02-01') + row('i-t4nvscroll00000060', 'translateY(2880px)', '2027-01-05')), ecsList);
    expect(readPage(doc, new URL(ecsList))?.facts.servers?.map((s) => s.id)).toEqual(['i-t4nvscroll00000061', 'i-t4nvscroll00000060']);
  });

  it('any translate function far off (≤ -1000px) hides; a small or positive offset does not', () => {
    const doc = page(
      ['translateY(-9999px)', 'translate(0px, -10000px)', 'translate3d(0, -9999px, 0)', 'translateX(-9999px) scale(1)', 'translateY(-24px)', 'translateY(9999px)', 'translate(-50%, -50%)']
        .map((t, i) => `<p id="p${i}" style="transform: ${t}">x</p>`)
        .join(''),
      ecsList,
    );
    const cache = createVisibilityCache();
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => isVisible(doc.getElementById(`p${i}`), cache))).toEqual([false, false, false, false, true, true, true]);
  });
});

describe('an inline tag drawn as a block by the stylesheet starts a text of its own (dom/glue.ts shownAsBlock, dom/units.ts)', () => {
  const ecsList = 'https://ecs.console.alibabacloud.com/#/server/region/ap-southeast-1';
  const domains = 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain';
  const style = '<style>.sub { display: block; color: #888 }</style>';
  const ecs = (config: string) =>
    `${style}<h1>Instances</h1><table><thead><tr><th>Instance ID/Name</th><th>Configuration</th><th>Billing Method</th></tr></thead><tbody><tr><td>i-t4nvscroll00000061</td><td>${config}</td><td>Pay-As-You-Go</td></tr></tbody></table>`;
  const bandwidth = (html: string) => readPage(page(html, ecsList), new URL(ecsList))?.facts.servers?.[0]?.publicBandwidthMbps;

  it('a bandwidth in a block span right after the configuration text is read, not glued to it ("…large10 Mbps")', () => {
    expect(bandwidth(ecs('2 vCPU 4 GiB · ecs.g7.large<span class="sub">10 Mbps (Peak Value)</span>'))).toBe(10);
    expect(bandwidth(ecs('2 vCPU 16 GiB · ecs.r7.large<span class="sub">0 Mbps</span>'))).toBe(0);
  });

  it('text right after a block span is not glued to the span either', () => {
    expect(bandwidth(ecs('2 vCPU 4 GiB <span class="sub">ecs.g7.large</span>10 Mbps (Peak Value)'))).toBe(10);
  });

  it('a date over a block span holding its time gives the expiry; a span shown inline still glues (a search match)', () => {
    const list = (cell: string, domain = 'lantingxu.cn') =>
      `${style}<table><thead><tr><th>Domain Name</th><th>Domain Status</th><th>Expiration Date</th></tr></thead><tbody><tr><td><a>${domain}</a></td><td>Normal</td><td>${cell}</td></tr></tbody></table>`;
    const read = (html: string) => readPage(page(html, domains), new URL(domains))?.facts.domains?.[0];
    expect(read(list('05 Jan 2027<span class="sub">23:59:59 (UTC+08:00)</span>'))?.expiresAt).toBe('2027-01-05');
    expect(read(list('2027-01-05', 'lanting<span class="hl">xu</span>.cn'))?.domain).toBe('lantingxu.cn');
  });
});

describe('the ECS pages in Traditional Chinese (international console, 繁體中文: rules/labels/aliyun/ecs.json)', () => {
  const detail = 'https://ecs.console.alibabacloud.com/server/i-j6cfanti000000001/detail?regionId=cn-hongkong';
  const item = (label: string, value: string) => `<div class="next-form-item"><span class="next-form-item-label">${label}</span><span class="next-form-item-control">${value}</span></div>`;

  it('付費類型, 公網頻寬 (after 頻寬計費方式) and 到期時間 are read on the detail page', () => {
    const html = `<h1>hk-shop-web</h1>${item('執行個體ID', 'i-j6cfanti000000001')}${item('地域', '中國香港')}${item('頻寬計費方式', '按固定頻寬')}${item('公網頻寬', '8 Mbps <a role="button">變更頻寬</a>')}${item('付費類型', '包年包月 <a role="button">轉隨用隨付</a>')}${item('到期時間', '2027-01-05 23:59:59')}`;
    expect(readPage(page(html, detail), new URL(detail))?.facts.servers?.[0]).toMatchObject({ billing: 'subscription', expiresAt: '2027-01-05', publicBandwidthMbps: 8 });
  });

  it('the list\'s 執行個體ID/名稱, 頻寬 and 付費類型 columns are read; 頻寬計費方式 is no bandwidth or billing column', () => {
    const list = 'https://ecs.console.alibabacloud.com/#/server/region/cn-hongkong';
    const html = `<h1>執行個體</h1><table><thead><tr><th>執行個體ID/名稱</th><th>頻寬計費方式</th><th>頻寬</th><th>付費類型</th></tr></thead><tbody>
      <tr><td>i-j6cfanti000000001<br>hk-shop-web</td><td>按使用流量</td><td>8 Mbps</td><td>按量付費</td></tr></tbody></table>`;
    expect(readPage(page(html, list), new URL(list))?.facts.servers).toEqual([{ id: 'i-j6cfanti000000001', provider: 'aliyun', product: 'ecs', region: 'cn-hongkong', billing: 'payg', publicBandwidthMbps: 8 }]);
  });
});

describe('a header cut short names its column by the whole text in its title (dom/table.ts headerKey, dom/truncated.ts)', () => {
  const domains = 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain';
  const list = (realNameHeader: string) =>
    `<table><thead><tr><th>Domain Name</th><th>Domain Status</th>${realNameHeader}<th>Expiration Date</th></tr></thead><tbody>
      <tr><td><a>lantingxu.cn</a></td><td>Normal</td><td><span class="tag">Verified</span></td><td>2027-01-05</td></tr>
      <tr><td><a>lanting-tea.shop</a></td><td>Normal</td><td><span class="tag">Not Verified</span> <a>Verify Now</a></td><td>2027-03-14</td></tr></tbody></table>`;
  const realName = (header: string) => readPage(page(list(header), domains), new URL(domains))?.facts.domains?.map((d) => d.realNameVerified);

  it('"Real-name Verifi..." with the whole in the th\'s title, or in its span\'s, is the real-name column', () => {
    expect(realName('<th title="Real-name Verification Status"><span class="th-ellipsis">Real-name Verifi...</span></th>')).toEqual([true, false]);
    expect(realName('<th><span class="ant-typography-ellipsis" title="Real-name Verification Status">Real-name Verifi…</span></th>')).toEqual([true, false]);
  });

  it('a title that does not go on from the shown part names nothing', () => {
    expect(realName('<th title="Sort by status"><span>Real-name Verifi...</span></th>')).toEqual([undefined, undefined]);
  });
});

describe('a grid of flat cells: no row element, each cell names its row and column (dom/table.ts flatRows)', () => {
  const swas = 'https://swas.console.aliyun.com/#/servers';
  const head = ['服务器ID/名称', '地域', '套餐配置', '到期时间'].map((h, i) => `<div role="columnheader" aria-rowindex="1" aria-colindex="${i + 1}">${h}</div>`).join('');
  const cells = (row: number, values: string[], order = [0, 1, 2, 3]) =>
    order.map((i) => `<div role="gridcell" aria-rowindex="${row}" aria-colindex="${i + 1}">${values[i]}</div>`).join('');
  const a = ['5e7a9c1b3d2f4a6c8e0b1d3f5a7c9e10', '华东1（杭州）', '2核 2GB 峰值带宽 200Mbps', '2026-12-20 23:59:59'];
  const b = ['8b0d2f4a6c8e41a3b5d7f9a1c3e5b7d9', '华北2（北京）', '2核 4GB 峰值带宽 5Mbps', '2027-06-30 23:59:59'];
  const read = (grid: string) => readPage(page(`<h2>服务器</h2><div role="grid" style="display: grid; grid-template-columns: repeat(4, 1fr)">${grid}</div>`, swas), new URL(swas))?.facts.servers;

  it('each aria-rowindex is a server, its cells placed by aria-colindex (in any DOM order)', () => {
    expect(read(head + cells(2, a) + cells(3, b, [2, 0, 3, 1]))).toEqual([
      { id: a[0], provider: 'aliyun', product: 'swas', billing: 'subscription', region: 'cn-hangzhou', expiresAt: '2026-12-20', publicBandwidthMbps: 200 },
      { id: b[0], provider: 'aliyun', product: 'swas', billing: 'subscription', region: 'cn-beijing', expiresAt: '2027-06-30', publicBandwidthMbps: 5 },
    ]);
  });

  it('header cells outside a row over rows of role=row are read as before', () => {
    const row = (v: string[]) => `<div role="row">${v.map((x) => `<div role="gridcell">${x}</div>`).join('')}</div>`;
    const plainHead = ['服务器ID/名称', '地域', '套餐配置', '到期时间'].map((h) => `<div role="columnheader">${h}</div>`).join('');
    expect(read(`<div class="head">${plainHead}</div>${row(a)}${row(b)}`)?.map((s) => s.region)).toEqual(['cn-hangzhou', 'cn-beijing']);
  });
});
