import { describe, expect, it } from 'vitest';
import { ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Second review of session 36's reader changes (/work/notes/review36.md): values a change now lost or invented
 * on console pages its author did not try, each failing before its fix.
 */

const ecs = (extra: string, css: string) => read(ecsDetail(infoRow('公网IP', '47.98.1.2') + extra), ecsUrl, '', css)?.facts.servers?.[0];
const domainUrl = 'https://console.cloud.tencent.com/domain/info/gangguang.cn';
const domainInfo = (css: string) =>
  read(
    `<div class="tea-form">${teaItem('域名', 'gangguang.cn')}${teaItem('域名所有者', '<span class="v" data-tip="点击复制">杭州港光空间设计有限公司</span>')}` +
      `${teaItem('注册商', '<span class="v" data-tip="点击复制">DNSPod, Inc.</span>')}${teaItem('到期时间', '<span class="v" data-tip="到期前 30 天提醒">2027-08-15</span>')}</div>`,
    domainUrl,
    '',
    css,
  )?.facts.domains?.[0];

describe('a tooltip drawn from an attribute and scaled or clipped to nothing until hover is not shown (dom/drawn-text.ts)', () => {
  it('::after { content: attr(data-tip); transform: scale(0) } (grown on :hover) is no part of the owner or registrar (invented "…有限公司点击复制" since b201eea)', () => {
    const css = '.v { position: relative; } .v::after { content: attr(data-tip); position: absolute; top: 100%; transform: scale(0); transition: transform .2s; } .v:hover::after { transform: scale(1); }';
    expect(domainInfo(css)).toMatchObject({ registrantName: '杭州港光空间设计有限公司', registrar: 'DNSPod, Inc.', expiresAt: '2027-08-15' });
    // a rule scaling it apart from the one drawing it, with another transform before the scale
    expect(domainInfo('.v::after { content: attr(data-tip); } .v::after { position: absolute; transform: translateX(-50%) scale(0); }')?.registrantName).toBe('杭州港光空间设计有限公司');
  });
  it('a ::before tip "当前实例最高 100 Mbps" scaled to nothing leaves 5 Mbps and the expiry (100 invented, the expiry lost)', () => {
    const css = '.v { position: relative; } .v::before { content: attr(data-tip); position: absolute; bottom: 100%; transform: scale(0); } .v:hover::before { transform: scale(1); }';
    const s = ecs(infoRow('公网带宽', '<span class="v" data-tip="当前实例最高 100 Mbps">5 Mbps</span>') + infoRow('到期时间', '<span class="v" data-tip="自动续费日 2026-12-20">2027-03-01 23:59:59</span>'), css);
    expect(s?.publicBandwidthMbps).toBe(5);
    expect(s?.expiresAt).toBe('2027-03-01');
  });
  // (clip: rect(0 0 0 0) is handled alike; happy-dom drops the property from a rule, so only Chromium would show it)
  it('clipped to nothing (clip-path: inset(50%)) draws nothing', () => {
    expect(domainInfo('.v::after { content: attr(data-tip); position: absolute; clip-path: inset(50%); }')).toMatchObject({ registrantName: '杭州港光空间设计有限公司', registrar: 'DNSPod, Inc.' });
  });
  // guards: a unit drawn from an attribute (b201eea's case), scaled but not to nothing, is still read
  it("' ' attr(data-unit) drawn at scale(0.9), scale(1) or no transform is still the value's unit", () => {
    for (const t of ['scale(0.9)', 'scale(1)', 'none']) expect(ecs(infoRow('公网带宽', '<span class="num" data-unit="Mbps">10</span>'), `.num::after { content: " " attr(data-unit); transform: ${t}; }`)?.publicBandwidthMbps, t).toBe(10);
  });
});
