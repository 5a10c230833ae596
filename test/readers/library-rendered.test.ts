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
