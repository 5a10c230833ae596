import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { billingFromText as aliyunBilling } from '../../src/readers/aliyun/server-values';
import { foldHant, hantFoldColumns } from '../../src/readers/dom/hant-fold';
import { labelKey, labelMatches } from '../../src/readers/dom/normalize-label';
import { realNameFromText } from '../../src/readers/shared/text-values';
import { billingFromText as tencentBilling, tencentRegion } from '../../src/readers/tencent/values';

/**
 * Faults found by the twenty-seventh round of held-out pages (both providers; locales, time zones and pages caught
 * half-rendered: test/fixtures-unseen/README.md "Twenty-seventh round"), each narrowed in a scratch copy of its page
 * to the smallest markup that showed it.
 */

const page = (body: string, url: string) => htmlToDocument(`<!DOCTYPE html><html lang="zh-Hant"><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url))?.facts;

const row = (label: string, value: string) => `<div class="form-item"><label class="form-item-label">${label}：</label><div class="form-item-control">${value}</div></div>`;

describe('a Traditional Chinese console writes the Simplified labels in the other script (dom/hant-fold.ts, in labelKey)', () => {
  it('an Alibaba Cloud domain holder in 繁體中文: 持有者證件類型, 證件號碼, 實名認證狀態, 註冊商, 到期時間, 網域狀態 are read (were missing)', () => {
    const url = 'https://dc.console.alibabacloud.com/next/index#/domain/details/holder?domain=hexiang-tea.cn';
    const body =
      '<h3>網域名稱持有者資訊</h3>' +
      row('網域名稱', 'hexiang-tea.cn') + row('域名持有者', '深圳和香茶业有限公司') + row('持有者證件類型', '營業執照') +
      row('證件號碼', '9144**********3K7Q') + row('實名認證狀態', '已實名認證') + row('註冊商', '阿里雲計算有限公司（萬網）') +
      row('到期時間', '2027-03-01 00:00:00') + row('網域狀態', '正常');
    expect(read(body, url)?.domains?.[0]).toEqual({
      domain: 'hexiang-tea.cn', registrantName: '深圳和香茶业有限公司', registrantIdType: '營業執照', registrantIdNumber: '9144**********3K7Q',
      realNameVerified: true, registrar: '阿里雲計算有限公司(萬網)', expiresAt: '2027-03-01', status: ['正常'],
    });
  });

  it('a Tencent Cloud domain info in 繁體: 證件類型, 證件號碼, 實名認證狀態 / 時間, 註冊商, 域名狀態 are read (were missing)', () => {
    const url = 'https://console.cloud.tencent.com/domain/info/hexiang-tea.com';
    const body =
      '<h2>hexiang-tea.com</h2><div class="tea-form">' +
      row('域名', 'hexiang-tea.com') + row('域名持有者', '深圳和香茶业有限公司') + row('證件類型', '營業執照') + row('證件號碼', '9144**********3K7Q') +
      row('實名認證狀態', '已實名認證') + row('實名認證時間', '2025-03-10 11:20:05') + row('註冊商', '騰訊雲計算（北京）有限責任公司') +
      row('到期時間', '2027-03-01 09:12:44') + row('域名狀態', '正常') + '</div>';
    const d = read(body, url)?.domains?.[0];
    expect(d?.registrantIdType).toBe('營業執照');
    expect(d?.registrantIdNumber).toBe('9144**********3K7Q');
    expect(d?.realNameVerified).toBe(true);
    expect(d?.realNameVerifiedAt).toBe('2025-03-10');
    expect(d?.registrar).toBe('騰訊雲計算(北京)有限責任公司');
    expect(d?.status).toEqual(['正常']);
  });

  it('the values reported keep the script the page shows (the fold is for comparing words only)', () => {
    const url = 'https://console.cloud.tencent.com/domain/info/hexiang-tea.com';
    const d = read(row('域名', 'hexiang-tea.com') + row('域名持有者', '臺灣和香茶業有限公司') + row('註冊商', '騰訊雲計算（北京）有限責任公司'), url)?.domains?.[0];
    expect(d?.registrantName).toBe('臺灣和香茶業有限公司');
    expect(d?.registrar).toBe('騰訊雲計算(北京)有限責任公司');
  });

  it('label keys fold; Simplified keys are unchanged', () => {
    expect(labelKey('到期時間：')).toBe(labelKey('到期时间'));
    expect(labelMatches('實名認證狀態', ['实名认证状态'])).toBe(true);
    expect(labelKey('证件号码')).toBe('证件号码');
  });
});

describe('words a Taiwan console names otherwise are label words (rules/labels/tencent.json: 頻寬, 建立時間)', () => {
  it('a Lighthouse detail in 繁體 reads 峰值頻寬 and 建立時間 (were missing; 帶寬 / 到期時間 fold)', () => {
    const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh3n5b7v';
    const body =
      '<h2>hexiang-blog</h2><div class="tea-form">' +
      row('實例ID', 'lhins-sh3n5b7v') + row('地域和可用區', '上海 | 上海二區') + row('計費模式', '包年包月') +
      row('到期時間', '2027-03-01 00:00:00') + row('建立時間', '2026-03-01 10:02:11') + row('峰值頻寬', '30Mbps') + '</div>';
    expect(read(body, url)?.servers?.[0]).toEqual({
      id: 'lhins-sh3n5b7v', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai', billing: 'subscription',
      expiresAt: '2027-03-01', createdAt: '2026-03-01', publicBandwidthMbps: 30,
    });
  });

  it('共享頻寬 / 入頻寬 stay no public bandwidth', () => {
    const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh3n5b7v';
    const body = '<h2>hexiang-blog</h2><div class="tea-form">' + row('實例ID', 'lhins-sh3n5b7v') + row('計費模式', '包年包月') + row('入頻寬', '100Mbps') + '</div>';
    expect(read(body, url)?.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('Traditional value words are the same words (text-values.ts realNameFromText, server-values / tencent values billing)', () => {
  it('已實名認證 is verified, 未實名認證 / 實名認證失敗 not, 審核中 unknown (was unknown for all)', () => {
    expect(realNameFromText('已實名認證')).toBe(true);
    expect(realNameFromText('未實名認證')).toBe(false);
    expect(realNameFromText('實名認證失敗')).toBe(false);
    expect(realNameFromText('審核中')).toBeUndefined();
  });

  it('按量付費 / 按量計費 / 後付費 are pay-as-you-go, 預付費 subscription; 轉包年包月 beside 按量付費 names the other mode', () => {
    expect(aliyunBilling('後付費')).toBe('payg');
    expect(aliyunBilling('預付費')).toBe('subscription');
    expect(aliyunBilling('按量付費 轉包年包月')).toBe('payg');
    expect(tencentBilling('按量計費')).toBe('payg');
    expect(tencentBilling('按量計費 轉包年包月')).toBe('payg');
  });

  it('a Tencent region written in Traditional (廣州三區) is that region', () => {
    expect(tencentRegion('廣州三區')).toBe('ap-guangzhou');
  });
});

describe('the fold table', () => {
  it('its columns are aligned, and no character it folds is written in Simplified text (it folds to itself nowhere)', () => {
    const t = [...hantFoldColumns.traditional];
    const s = [...hantFoldColumns.simplified];
    expect(t.length).toBe(s.length);
    for (let i = 0; i < t.length; i++) {
      expect(t[i], t[i]).not.toBe(s[i]);
      expect(s.includes(t[i]!), `${t[i]} is also a Simplified character of the table`).toBe(false);
    }
    expect(foldHant('hexiang-tea.cn 2027-03-01')).toBe('hexiang-tea.cn 2027-03-01');
  });
});
