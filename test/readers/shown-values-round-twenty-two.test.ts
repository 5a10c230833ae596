import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { structuralLabels } from '../../src/readers/dom/field';

/**
 * Faults found by the twenty-second round of held-out pages (both providers, test/fixtures-unseen/README.md
 * "Twenty-second round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url))?.facts;

describe('a 填写示例 / Example panel beside a form quotes example values, no field of the page (dom/example-box.ts inExamplePanel)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204000512/website';
  const li = (label: string, value: string) =>
    `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls tea-form__controls--text"><div class="tea-form-text">${value}</div></div></li>`;
  const item = (label: string, control: string) =>
    `<div class="tea-form__item"><div class="tea-form__label is-required"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
  const form =
    `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">网站信息</h3></div><div class="tea-card__body"><form class="tea-form">` +
    item('网站名称', '<input class="tea-input" value="松溪茶事记">') +
    item('网站域名', '<input class="tea-input" value="songxi-tea.cn">') +
    item('选择实例', '<div class="tea-dropdown" role="combobox" aria-expanded="false"><span class="tea-dropdown__value">ins-5t8w2k4d | 119.29.40.16 | 广州</span></div>') +
    `</form></div></div>`;
  const pairs = `<ul class="tea-form">${li('主办单位名称', '广州市某某科技有限公司')}${li('网站名称', '某某科技官网')}${li('网站域名', 'mouke-tech.com')}${li('选择实例', 'ins-a1b2c3d4 | 广州')}</ul>`;
  const expected = { name: '松溪茶事记', domains: ['songxi-tea.cn'], serverId: 'ins-5t8w2k4d' };

  it('a card titled 填写示例 (its header box around the title) gives no second website and no entity name', () => {
    const example = `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">填写示例</h3></div><div class="tea-card__body">${pairs}</div></div>`;
    const facts = read(form + example, url);
    expect(facts?.websites).toEqual([expected]);
    expect(facts?.entity).toBeUndefined();
    expect(facts?.servers?.map((s) => s.id)).toEqual(['ins-5t8w2k4d']);
  });

  it('a side panel named Example / 示例 by its aria-label or by a heading just before the pairs gives none either', () => {
    for (const example of [`<aside aria-label="填写示例">${pairs}</aside>`, `<section aria-label="Example">${pairs}</section>`, `<div class="guide"><h4>示例</h4>${pairs}</div>`]) {
      expect(read(form + example, url)?.websites).toEqual([expected]);
    }
  });

  it('example pairs opened by a disclosure\'s <summary>填写示例</summary> or by a line "示例：" give none either', () => {
    const dl = '<dl><dt>网站名称</dt><dd>某某科技官网</dd><dt>网站域名</dt><dd>mouke-tech.com</dd><dt>选择实例</dt><dd>ins-a1b2c3d4 | 广州</dd></dl>';
    for (const example of [`<details open><summary>填写示例</summary>${dl}</details>`, `<div class="tea-card"><p class="tea-text-weak">示例：</p>${dl}</div>`]) {
      expect(read(form + example, url)?.websites).toEqual([expected]);
    }
  });

  it('a panel titled otherwise is a form of the page: its website is read (the title, not the panel, says example)', () => {
    const other = `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">网站信息（网站 2）</h3></div><div class="tea-card__body">${pairs}</div></div>`;
    expect(read(form + other, url)?.websites?.map((w) => w.name)).toEqual(['松溪茶事记', '某某科技官网']);
  });

  it('labels by structure (the vocabulary\'s contains words) in an example panel are none of the page', () => {
    const pair = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
    const doc = page(`<div class="card"><h3 class="card-title">填写示例</h3><div class="tea-form">${pair('带宽上限', '100 Mbps')}</div></div><div class="tea-form">${pair('当前带宽上限', '5 Mbps')}</div>`, url);
    expect([...new Set(structuralLabels(doc.body).map((e) => e.textContent))]).toEqual(['当前带宽上限']);
  });
});

describe('a header naming two columns at once (付费方式 / 到期时间): its cells hold both values (dom/table.ts jointHeaderKeys)', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const list = (header: string) =>
    `<table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>IP地址</th><th>${header}</th></tr></thead><tbody>` +
    `<tr><td>i-bp1jointhead000001</td><td>杭州 可用区H</td><td>47.96.10.11（公）</td><td>包年包月<br>2027/3/1 23:59:59</td></tr>` +
    `<tr><td>i-bp1jointhead000002</td><td>杭州 可用区I</td><td>47.96.10.12（公）</td><td>按量付费<br>2026/11/2 10:05 创建</td></tr></tbody></table>`;

  it('"付费方式 / 到期时间" and "Billing Method/Expiration Time" give each row its billing and its expiry', () => {
    for (const header of ['付费方式 / 到期时间', '付费方式／到期时间', 'Billing Method/Expiration Time']) {
      const servers = read(list(header), url)?.servers;
      expect(servers?.map((s) => [s.billing, s.expiresAt]), header).toEqual([
        ['subscription', '2027-03-01'],
        ['payg', undefined],
      ]);
    }
  });

  it('a header with a part that names no column names nothing by its parts ("付费方式 / 备注": no expiry from the column)', () => {
    expect(read(list('付费方式 / 备注'), url)?.servers?.map((s) => s.expiresAt)).toEqual([undefined, undefined]);
  });
});

describe('a heading titles a section or a panel, no field: a chart under 公网带宽 gives no bandwidth (dom/field.ts readFieldFrom titlesSection)', () => {
  const url = 'https://swas.console.aliyun.com/#/server/4b6d8f0a2c4e46a8b0d2f4a6c8e0b2d4/cn-hangzhou/dashboard';
  const row = (l: string, v: string) => `<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">${l}</th><td class="ant-descriptions-item-content">${v}</td></tr>`;
  const info = (extra: string) =>
    `<h1>hz-blog-02</h1><div class="ant-descriptions"><table><tbody>${row('实例ID', '4b6d8f0a2c4e46a8b0d2f4a6c8e0b2d4')}${row('地域', '华东1（杭州）')}${row('公网IP', '47.98.61.207')}${extra}${row('到期时间', '2027-03-01 23:59:59')}</tbody></table></div>`;
  const chart = (title: string) =>
    `<div class="ant-card"><div class="ant-card-body"><${title}>公网带宽</${title.split(' ')[0]}><div class="chart-box"><svg width="560" height="240"><text x="48" y="210">0 Mbps</text><text x="48" y="160">5 Mbps</text><text x="48" y="110">10 Mbps</text></svg><div class="echarts-tooltip">2026-12-04 14:00<br>公网出带宽：8.27 Mbps</div></div></div></div>`;

  it('a monitoring card titled 公网带宽 (h4, role=heading) over an SVG chart and its open tooltip: no bandwidth (its axis 0 Mbps was read)', () => {
    for (const title of ['h4', 'div role="heading" aria-level="4"']) {
      const server = read(info('') + chart(title), url)?.servers?.[0];
      expect(server?.expiresAt).toBe('2027-03-01');
      expect(server?.publicBandwidthMbps, title).toBeUndefined();
    }
  });

  it('the page\'s own 峰值带宽 field beside the same chart is read', () => {
    expect(read(info(row('峰值带宽', '200 Mbps')) + chart('h4'), url)?.servers?.[0]?.publicBandwidthMbps).toBe(200);
  });
});

describe('a chart drawn in SVG (axis ticks, a legend\'s figures) and what is drawn over it are no value (dom/units.ts drawsChart, holdsChart)', () => {
  const url = 'https://swas.console.aliyun.com/#/server/4b6d8f0a2c4e46a8b0d2f4a6c8e0b2d4/cn-hangzhou/dashboard';
  const row = (l: string, v: string) => `<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">${l}</th><td class="ant-descriptions-item-content">${v}</td></tr>`;
  const info = (extra: string) =>
    `<h1>hz-blog-02</h1><div class="ant-descriptions"><table><tbody>${row('实例ID', '4b6d8f0a2c4e46a8b0d2f4a6c8e0b2d4')}${row('地域', '华东1（杭州）')}${row('公网IP', '47.98.61.207')}${extra}${row('到期时间', '2027-03-01 23:59:59')}</tbody></table></div>`;
  const svg = '<svg width="560" height="240"><text x="48" y="210">0 Mbps</text><text x="48" y="160">5 Mbps</text><text x="48" y="110">10 Mbps</text></svg>';
  // (an ECharts 5 tooltip: a div with inline styles only, drawn over the chart at the pointer)
  const tooltip = '<div style="position: absolute; left: 300px; top: 40px; pointer-events: none;">2026-12-04 14:00<br>公网出带宽：8.27 Mbps</div>';
  const card = (drawing: string) => `<div class="monitor-card"><div class="chart-title">公网带宽</div><div class="chart-box">${drawing}${tooltip}</div></div>`;

  it('a chart titled 公网带宽 by a box (no heading), its tooltip open: no bandwidth (the axis tick 0 Mbps, then the tooltip\'s 8.27, were read)', () => {
    for (const drawing of [svg, `<div style="position: relative">${svg}</div>`, '<div style="position: relative"><canvas width="560" height="240"></canvas></div>']) {
      const server = read(info('') + card(drawing), url)?.servers?.[0];
      expect(server?.expiresAt).toBe('2027-03-01');
      expect(server?.publicBandwidthMbps).toBeUndefined();
    }
  });

  it('a gauge drawing its one figure under 峰值带宽 is that field\'s value; the page\'s field beside a chart is read', () => {
    const gauge = '<svg viewBox="0 0 120 72" role="img"><path d="M10 66 A50 50 0 0 1 110 66"></path><text x="60" y="62">30 Mbps</text></svg>';
    expect(read(info(row('峰值带宽', gauge)) + card(svg), url)?.servers?.[0]?.publicBandwidthMbps).toBe(30);
    expect(read(info(row('峰值带宽', '200 Mbps')) + card(svg), url)?.servers?.[0]?.publicBandwidthMbps).toBe(200);
  });
});
