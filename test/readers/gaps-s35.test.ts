import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Reader items reported but not fixed in session 34 (/work/notes/gaps35.md), each as a small console page
 * that failed before its fix.
 */

const cvmBw = (v: string) => read(cvmDetail(teaItem('公网 IP', '119.29.1.1') + teaItem('带宽上限', v)), cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps;
const ecsBw = (v: string) => read(ecsDetail(infoRow('公网IP', '47.98.1.2') + infoRow('公网带宽', v)), ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps;
const cvmExpiry = (v: string) => read(cvmDetail(teaItem('到期时间', v)), cvmUrl)?.facts.servers?.[0]?.expiresAt;
const ecsExpiry = (v: string) => read(ecsDetail(infoRow('到期时间', v)), ecsUrl)?.facts.servers?.[0]?.expiresAt;

const domainUrl = 'https://console.cloud.tencent.com/domain/info/wanghw.net';
const domainInfo = (owner: string) =>
  `<div class="tea-card"><div class="tea-card__body"><div class="tea-form">${teaItem('域名', 'wanghw.net')}${teaItem('域名所有者', owner)}${teaItem('证件类型', '身份证')}</div></div></div>`;
const registrant = (v: string) => read(domainInfo(v), domainUrl)?.facts.domains?.[0]?.registrantName;

describe('a bracketed note about a change not yet in effect, with no colon, is no part of the value (dom/units.ts isPendingNote)', () => {
  it('王宏伟（修改审核中 杭州宏伟网络科技有限公司）is 王宏伟 (had given the name with the note)', () => {
    expect(registrant('王宏伟（修改审核中 杭州宏伟网络科技有限公司）')).toBe('王宏伟');
    expect(registrant('王宏伟 <span class="tea-text-weak">（修改审核中 杭州宏伟网络科技有限公司）</span>')).toBe('王宏伟');
    expect(registrant('王宏伟 (Pending Hangzhou Hongwei Network Co., Ltd.)')).toBe('王宏伟');
  });

  // guards: a bandwidth and a date were read as the first figure and date already (held before); they stay so
  it('5 Mbps（待生效 100 Mbps）and 6 Mbps (pending 12 Mbps) are 5 and 6', () => {
    for (const [v, mbps] of [['5 Mbps（待生效 100 Mbps）', 5], ['6 Mbps (pending 12 Mbps)', 6], ['5Mbps（待生效100Mbps）', 5], ['6 Mbps (Pending 12 Mbps)', 6]] as const) {
      expect(cvmBw(v), v).toBe(mbps);
      expect(ecsBw(v), v).toBe(mbps);
    }
  });

  it('2026-12-15（续费生效后 2027-12-15）is 2026-12-15', () => {
    for (const v of ['2026-12-15（续费生效后 2027-12-15）', '2026-12-15 23:59:59（续费生效后 2027-12-15 23:59:59）']) {
      expect(cvmExpiry(v), v).toBe('2026-12-15');
      expect(ecsExpiry(v), v).toBe('2026-12-15');
    }
  });

  // guards: a word that only begins a longer word, and a bracket with no pending word, stay part of the value
  it('a bracket that opens with a longer word, or with no pending word, is still part of the name', () => {
    expect(registrant('杭州青禾设计事务所（普通合伙）')).toBe('杭州青禾设计事务所(普通合伙)');
    expect(registrant('杭州原信息科技有限公司')).toBe('杭州原信息科技有限公司');
    expect(registrant('王宏伟（originally 杭州宏伟）')).toBe('王宏伟(originally 杭州宏伟)');
  });
});
