import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the held-out pages rendered by the real component libraries (Alibaba Fusion
 * `@alifd/next`, antd 5; test/fixtures-unseen/README.md, "Library-rendered pages"), each narrowed down to
 * the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);

describe('a Fusion Tag (a div with role=button) is a tag, not an action (dom/units.ts)', () => {
  const ecsList = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  // what @alifd/next 1.27 renders for <Tag size="small">包年包月</Tag>: every Tag is focusable, role=button
  const fusionTag = (text: string, role = ' tabindex="0" role="button" aria-disabled="false"') =>
    `<div class="next-tag next-tag-default next-tag-small next-tag-blue-inverse"${role}><span class="next-tag-body">${text}</span></div>`;
  const list = (billingCell: string) =>
    `<h1>实例</h1><table><thead><tr><th>实例ID/名称</th><th>付费方式</th></tr></thead><tbody><tr><td><a>i-bp1nxlock0fusion01</a></td><td>${billingCell}</td></tr></tbody></table>`;
  const read = (html: string) => readPage(page(html, ecsList), new URL(ecsList))?.facts.servers?.[0];

  it('the billing mode in a Fusion Tag is read, with the expiry line under it', () => {
    const server = read(list(`<div>${fusionTag('包年包月')}<div class="muted">2027-03-01 23:59 到期</div></div>`));
    expect(server?.billing).toBe('subscription');
    expect(server?.expiresAt).toBe('2027-03-01');
    expect(read(list(`<div>${fusionTag('按量付费')}<div class="muted">2026-10-08 14:22 创建</div></div>`))?.billing).toBe('payg');
  });

  it('the same tag without the role read before too; a plain role=button or a button is still an action', () => {
    expect(read(list(fusionTag('包年包月', '')))?.billing).toBe('subscription');
    // a link drawn as a button beside the mode: its words (转包年包月) are no billing mode
    expect(read(list(`按量付费 <span role="button" tabindex="0">转包年包月</span>`))?.billing).toBe('payg');
    expect(read(list(`包年包月 <button class="next-btn next-btn-text">转按量付费</button>`))?.billing).toBe('subscription');
  });
});

describe('a bandwidth drawn as a tag in the plan / configuration column is read (aliyun swas / ecs lists)', () => {
  const swasList = 'https://swas.console.aliyun.com/#/servers';
  const ecsList = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  // what antd 5 renders for <Tag>200Mbps 峰值带宽</Tag> inside a cell
  const tag = (text: string) => `<span class="ant-tag css-mncuj7">${text}</span>`;
  const swas = (plan: string) =>
    `<table><thead><tr><th>实例ID/名称</th><th>地域</th><th>套餐</th><th>到期时间</th></tr></thead><tbody><tr><td>9e3779b16be302d5398e8bf9073a151d</td><td>华东1（杭州）</td><td><div>${plan}</div></td><td>2027-01-15 23:59:59</td></tr></tbody></table>`;
  const ecs = (config: string) =>
    `<h1>实例</h1><table><thead><tr><th>实例ID/名称</th><th>IP地址</th><th>配置</th><th>付费方式</th></tr></thead><tbody><tr><td>i-bp1nxlock0fusion01</td><td>47.98.10.11（公）</td><td>${config}</td><td>包年包月</td></tr></tbody></table>`;
  const bw = (html: string, url: string) => readPage(page(html, url), new URL(url))?.facts.servers?.[0]?.publicBandwidthMbps;

  it('SWAS: "2 vCPU 2 GiB | 40 GiB ESSD <tag>200Mbps 峰值带宽</tag>" gives 200', () => {
    expect(bw(swas(`2 vCPU 2 GiB | 40 GiB ESSD ${tag('200Mbps 峰值带宽')}`), swasList)).toBe(200);
    expect(bw(swas('2 vCPU 2 GiB | 40 GiB ESSD 200Mbps 峰值带宽'), swasList)).toBe(200);
  });

  it('ECS: a configuration whose bandwidth is a tag gives it; a status tag there gives none', () => {
    expect(bw(ecs(`2 vCPU 4 GiB <div>ecs.g7.large ${tag('5Mbps (峰值)')}</div>`), ecsList)).toBe(5);
    expect(bw(ecs(`2 vCPU 4 GiB <div>ecs.g7.large ${tag('I/O优化')}</div>`), ecsList)).toBeUndefined();
  });
});
