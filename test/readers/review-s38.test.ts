import { describe, expect, it } from 'vitest';
import { ecsDetail, ecsUrl, infoRow, read } from '../helpers/console-pages';

/**
 * Second review of session 38's reader changes (/work/notes/review38.md): values a change now invented or lost on
 * console pages its author did not try, each failing before its fix; guards where a probe found nothing broken.
 */

// Guards of round twenty-nine's display-setting rules on pages they were not written for (nothing found broken there)
describe("round twenty-nine's rules kept to their case (dom/visibility.ts restatedForScreenReaders, dom/units.ts pressedGroup)", () => {
  const id = '7e3a91c0d25b4f6e8a1c3b5d7f902e4a';
  const swasUrl = `https://swas.console.aliyun.com/#/server/${id}/cn-hangzhou/dashboard`;
  const kv = (label: string, value: string) => `<div class="kv"><div class="kv-label">${label}</div><div class="kv-value">${value}</div></div>`;
  const overview = (extra: string) => `<h2>服务器信息</h2>${kv('实例ID', id)}${kv('付费类型', '包年包月')}${extra}`;

  it('an aria-hidden copy hidden by other means too (a measuring copy, an inactive tab panel, a collapsed box) stays hidden beside the sr-only text restating it', () => {
    for (const copy of [
      '<span aria-hidden="true" style="position:absolute;visibility:hidden">200 Mbps</span>',
      '<div role="tabpanel" aria-hidden="true">200 Mbps</div>',
      '<div aria-hidden="true" style="height:0;overflow:hidden">200 Mbps</div>',
      '<div aria-hidden="true" style="opacity:0">200 Mbps</div>',
    ]) {
      const got = read(overview(kv('峰值带宽', `${copy}<span class="sr-only">峰值带宽 200 Mbps</span>`)), swasUrl, '', '[role=tabpanel][aria-hidden=true]{display:none}')?.facts?.servers?.[0];
      expect(got?.billing, copy).toBe('subscription');
      expect(got, copy).not.toHaveProperty('publicBandwidthMbps');
    }
  });

  it("a monitoring chart's pressed metric toggle (公网带宽) is no label of the traffic under it", () => {
    const tabs = (p: string) => `<div role="group">${['CPU使用率', p, '内存使用率'].map((o) => `<button type="button" aria-pressed="${o === p}">${o}</button>`).join('')}</div>`;
    for (const metric of ['公网带宽', '峰值带宽']) {
      const got = read(ecsDetail(infoRow('到期时间', '2027-03-01 23:59:59')) + `<h3>监控</h3>${tabs(metric)}<div class="sum">当前 12 Mbps</div>`, ecsUrl)?.facts?.servers?.[0];
      expect(got?.expiresAt, metric).toBe('2027-03-01');
      expect(got, metric).not.toHaveProperty('publicBandwidthMbps');
    }
  });
});
