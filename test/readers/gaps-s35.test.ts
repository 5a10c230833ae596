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

describe('text struck through by CSS is a value taken away, as <del>\'s is (dom/struck.ts; dom/units.ts kindOf)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=changeWebsite';
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  const form = (domains: string) =>
    `<form class="next-form">${item('网站名称', '<span class="next-input"><input value="清溪茶舍官网"></span>')}${item('网站域名', domains)}</form>`;
  const tags = '<span class="next-tag"><span class="next-tag-body">qingxi-tea.cn</span></span> <span class="next-tag"><span class="next-tag-body">qingxitea.com</span></span>';
  const domains = (body: string, style = '') => read(form(body), url, '', style)?.facts.websites?.[0]?.domains ?? [];
  const struck = [
    ['<span class="change-removed">qingxi-cha.net</span>', '.change-removed { text-decoration: line-through; color: #999 }'],
    ['<span class="is-del">qingxi-cha.net</span>', '.change-origin .is-del { text-decoration-line: line-through }'],
    ['<span class="x1 old-value">qingxi-cha.net</span>', '.old-value { text-decoration: #c00 wavy line-through }'],
    ['<span style="text-decoration: line-through">qingxi-cha.net</span>', ''],
    ['<span style="color:#999;text-decoration-line:line-through">qingxi-cha.net</span>', ''],
  ] as const;

  it('a change form\'s 原信息 line with the removed domain struck by a class rule or an inline style gives no removed domain (had given qingxi-cha.net)', () => {
    for (const [mark, style] of struck) {
      expect(domains(`${tags}<div class="change-origin">原信息：qingxi-tea.cn、${mark}（本次删除）</div>`, style), mark).toEqual(['qingxi-tea.cn', 'qingxitea.com']);
    }
  });

  // guard: held before by its column (dom/field.ts laterThanFormer), stays so with the struck cell
  it('a comparison table\'s old cell struck by its class gives no removed domain', () => {
    const table = `<table><thead><tr><th>变更项</th><th>原信息</th><th>变更后信息</th></tr></thead><tbody><tr><td>网站域名</td><td>qingxi-tea.cn<br><span class="diff-old">qingxi-cha.net</span></td><td>qingxi-tea.cn<br>qingxitea.com</td></tr></tbody></table>`;
    expect(read(form(tags) + table, url, '', '.diff-old { text-decoration: line-through }')?.facts.websites?.[0]?.domains).toEqual(['qingxi-tea.cn', 'qingxitea.com']);
  });

  it('a value shown only struck by CSS is no value', () => {
    for (const [mark, style] of struck) expect(domains(`<div class="change-origin">${mark}</div>`, style), mark).toEqual([]);
  });

  // guards: a line drawn on hover only, one a later rule takes away, and an underline leave the value read
  it('a line-through on :hover, one a later rule takes away, and an underline keep the value', () => {
    for (const style of ['.d:hover { text-decoration: line-through }', '.d { text-decoration: line-through } .form .d { text-decoration: none }', '.d { text-decoration: underline }', '.d::after { text-decoration: line-through }']) {
      const body = `<div class="form">${form('<span class="d">qingxi-cha.net</span>')}</div>`;
      expect(read(body, url, '', style)?.facts.websites?.[0]?.domains, style).toEqual(['qingxi-cha.net']);
    }
  });
});
