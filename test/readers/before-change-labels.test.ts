import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * A label naming the value before a change (原 / 续费前 / 变更前 / 續費前 / previous …) names no current value:
 * round eighteen gave these words to the expiry vocabularies; the billing and bandwidth vocabularies that
 * have the …后 ("after") words need them as much (a change order's 变更前带宽 is not the bandwidth), and the
 * Alibaba Cloud vocabularies that carry traditional-script words need 續費前 … too (rules/labels).
 */
const read = (body: string, url: string) =>
  readPage(htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url), new URL(url))?.facts;
const item = (label: string, value: string) => `<div class="next-form-item"><label>${label}</label><span>${value}</span></div>`;

describe('Alibaba Cloud ECS detail', () => {
  const url = 'https://ecs.console.aliyun.com/server/i-bp1a2b3c4d5e6f7g8h9i/detail?regionId=cn-hangzhou';
  const page = (...items: string[]) => `<h1>i-bp1a2b3c4d5e6f7g8h9i</h1>${item('實例ID', 'i-bp1a2b3c4d5e6f7g8h9i')}${items.join('')}`;

  it('續費前到期時間 (traditional script) gives no expiry; 到期時間 still does', () => {
    expect(read(page(item('付費方式', '包年包月'), item('續費前到期時間', '2026-09-12 23:59:59')), url)?.servers?.[0]?.expiresAt).toBeUndefined();
    expect(read(page(item('付費方式', '包年包月'), item('到期時間', '2026-09-12 23:59:59')), url)?.servers?.[0]?.expiresAt).toBe('2026-09-12');
  });

  it('变更前带宽 gives no bandwidth; 带宽 beside it is the bandwidth', () => {
    expect(read(page(item('付费方式', '包年包月'), item('变更前带宽', '1Mbps')), url)?.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
    expect(read(page(item('付费方式', '包年包月'), item('变更前带宽', '1Mbps'), item('带宽', '5Mbps')), url)?.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });

  it('原付费方式 gives no billing', () => {
    expect(read(page(item('原付费方式', '按量付费'), item('到期时间', '2026-09-12 23:59:59')), url)?.servers?.[0]?.billing).toBeUndefined();
  });
});

describe('Tencent Cloud CVM detail', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=8&id=ins-b31j1ng0';
  const row = (label: string, value: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><span class="tea-form__text">${value}</span></div></li>`;
  const page = (...rows: string[]) => `<h2>ins-b31j1ng0</h2><ul class="tea-form">${row('实例ID', 'ins-b31j1ng0')}${rows.join('')}</ul>`;

  it('变更前计费模式 gives no billing; 计费模式 still does', () => {
    expect(read(page(row('变更前计费模式', '按量计费'), row('到期时间', '2027-03-01 23:59:59')), url)?.servers?.[0]?.billing).toBeUndefined();
    expect(read(page(row('计费模式', '按量计费')), url)?.servers?.[0]?.billing).toBe('payg');
  });

  it('Previous bandwidth gives no bandwidth', () => {
    expect(read(page(row('计费模式', '包年包月'), row('Previous bandwidth', '1Mbps')), url)?.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });
});
