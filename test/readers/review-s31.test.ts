import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Review of session 31's reader changes: rules that caught too much, each as a small console page that
 * failed before its fix.
 */

const page = (html: string, url: string, rootClass = '') =>
  htmlToDocument(`<!DOCTYPE html><html><body><div id="app" class="${rootClass}">${html}</div></body></html>`, url);
const read = (html: string, url: string, rootClass = '') => readPage(page(html, url, rootClass), new URL(url));

const detailUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
const detail =
  `<h2>实例详情</h2><div class="tea-form">${item('实例ID', 'ins-4w6y8a0c')}${item('实例计费模式', '按量计费')}${item('地域', '广州')}` +
  `${item('带宽上限', '5Mbps')}${item('创建时间', '2026-01-05 10:00:00')}</div>`;
const server = { id: 'ins-4w6y8a0c', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'payg', createdAt: '2026-01-05', publicBandwidthMbps: 5 };

describe('a layout class that has a chat panel or tells its state is no transcript (dom/notice.ts inTranscript)', () => {
  it('the page\'s fields are read under a root classed `…--with-chat`, `has-chatbot` or `chat-open`', () => {
    for (const root of ['app-layout app-layout--with-chat', 'console-root has-chatbot', 'tea-layout chat-open']) {
      expect(read(detail, detailUrl, root)?.facts.servers, root).toEqual([server]);
    }
  });

  it('a chat box itself stays a transcript: an assistant\'s example answer gives no expiry', () => {
    const chat = `<aside class="t-chat__list"><div class="t-chat__item"><div class="tea-form">${item('到期时间', '2027-01-05 10:00:00')}</div></div></aside>`;
    expect(read(detail + chat, detailUrl, 'tea-layout chat-open')?.facts.servers).toEqual([server]);
  });
});

describe('a help or tips box of labelled rows (an example) stays help; only an `…-extra` box of rows is fields (dom/units.ts)', () => {
  it('an example under the form, classed help or tips, gives no expiry', () => {
    const boxes = [
      `<div class="tea-form__help-text">转包年包月示例：<div class="tea-form__item"><div class="tea-form__label">到期时间</div><div class="tea-form__controls">2027-01-05 10:00:00</div></div></div>`,
      `<div class="renew-tips"><p>转包年包月后：</p><dl><dt>到期时间</dt><dd>2027-01-05 10:00:00</dd></dl></div>`,
      `<div class="switch-hint"><span class="hint-label">到期时间</span><span>2027-01-05 10:00:00</span></div>`,
    ];
    for (const box of boxes) expect(read(detail + box, detailUrl)?.facts.servers, box).toEqual([server]);
  });
});

describe('a private (内网) bandwidth is no public bandwidth, however its label is worded (rules/labels bandwidth not words)', () => {
  it('a CVM detail page showing only 内网带宽 gives no public bandwidth', () => {
    const html = `<h2>实例详情</h2><div class="tea-form">${item('实例ID', 'ins-4w6y8a0c')}${item('地域', '广州')}${item('内网带宽', '1.5Gbps')}</div>`;
    expect(read(html, detailUrl)?.facts.servers?.[0]).not.toHaveProperty('publicBandwidthMbps');
  });

  it('with a network dialog open (its 带宽上限 the value being set), the page\'s 公网带宽上限 is read, not 内网带宽', () => {
    const html =
      `<h2>实例详情</h2><div class="tea-form">${item('实例ID', 'ins-4w6y8a0c')}${item('地域', '广州')}${item('内网带宽', '1.5Gbps')}${item('公网带宽上限', '5Mbps')}</div>` +
      `<div role="dialog" class="tea-dialog"><h3>调整网络</h3><div class="tea-form">${item('带宽上限', '<input class="tea-input" value="50"> Mbps')}</div></div>`;
    expect(read(html, detailUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });

  it('an ECS detail page showing only 内网带宽 gives no public bandwidth', () => {
    const url = 'https://ecs.console.aliyun.com/server/i-bp1privatebw00001/detail?regionId=cn-hangzhou';
    const row = (l: string, v: string) => `<div class="next-row"><span class="info-item-label">${l}</span><span class="info-item-content">${v}</span></div>`;
    const html = `<h2>实例详情</h2><div class="info">${row('实例ID', 'i-bp1privatebw00001')}${row('地域', '华东1（杭州）')}${row('内网带宽', '1.5 Gbps')}</div>`;
    const s = read(html, url)?.facts.servers?.[0];
    expect(s?.id).toBe('i-bp1privatebw00001');
    expect(s).not.toHaveProperty('publicBandwidthMbps');
  });
});
