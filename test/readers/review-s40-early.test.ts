import { describe, expect, it } from 'vitest';
import { read } from '../helpers/console-pages';

/**
 * Second review of session 40's early fixes (test/fixtures-unseen/README.md "Second review of session 40's early
 * fixes"). Each case failed before its fix.
 */

describe('a qualifier naming the value before a change is no decoration (dom/normalize-label.ts labelMatches)', () => {
  // c6729a1 strips a second qualifier (带宽（Mbps）（当前）): a second one naming the former value, 带宽（Mbps）（原）,
  // was stripped too, and the former bandwidth / expiry won over the current one shown beside it.
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh7v2n4x';
  const item = (label: string, value: string) =>
    `<div class="tea-descriptions__item"><span class="tea-descriptions__label">${label}</span><span class="tea-descriptions__content">${value}</span></div>`;
  const server = (rows: string) =>
    read(`<h2>lhins-sh7v2n4x</h2><div class="tea-descriptions">${item('实例ID', 'lhins-sh7v2n4x')}${item('地域', '上海 | 上海二区')}${rows}</div>`, url)
      ?.facts.servers?.[0];

  it('带宽（Mbps）（原） 8 beside 带宽（Mbps） 6 is 6; alone it is no bandwidth (before: 8)', () => {
    expect(server(item('带宽（Mbps）（原）', '8') + item('带宽（Mbps）', '6'))?.publicBandwidthMbps).toBe(6);
    expect(server(item('Bandwidth (Mbps) (previous)', '8') + item('Bandwidth (Mbps)', '6'))?.publicBandwidthMbps).toBe(6);
    expect(server(item('带宽（Mbps）（原）', '8'))?.publicBandwidthMbps).toBeUndefined();
    // (the qualifiers that decorate still do)
    expect(server(item('带宽（Mbps）（当前）', '6'))?.publicBandwidthMbps).toBe(6);
  });

  it('到期时间（UTC+8）（原） beside 到期时间（UTC+8） gives the current expiry; 到期时间（原） alone none (before: the former date)', () => {
    expect(server(item('到期时间（UTC+8）（原）', '2026-01-01 00:00:00') + item('到期时间（UTC+8）', '2027-01-01 00:00:00'))?.expiresAt).toBe('2027-01-01');
    expect(server(item('到期时间（原）', '2026-01-01 00:00:00'))?.expiresAt).toBeUndefined();
    expect(server(item('到期时间（变更前）', '2026-01-01 00:00:00'))?.expiresAt).toBeUndefined();
    expect(server(item('到期时间（UTC+8）', '2027-01-01 00:00:00'))?.expiresAt).toBe('2027-01-01');
  });
});
