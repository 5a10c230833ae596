import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { billingFromText, ecsInstanceId, expiryFromText, hasPageError, ipsFromText, publicBandwidth } from '../../src/readers/aliyun/server-values';

describe('billingFromText', () => {
  it.each([
    ['包年包月', 'subscription'],
    ['Subscription', 'subscription'],
    ['按量付费', 'payg'],
    ['Pay-As-You-Go', 'payg'],
    ['抢占式实例', 'payg'],
    ['Preemptible Instance', 'payg'],
    ['Spot', 'payg'],
    ['-', undefined],
    ['包年包月 按量付费', undefined],
  ])('%s → %s', (t, want) => expect(billingFromText(t)).toBe(want));
});

describe('expiryFromText', () => {
  it.each([
    ['包年包月 2027-02-28 23:59 到期', '2027-02-28'],
    ['包年包月 2027年2月28日 23:59 到期', '2027-02-28'],
    ['Subscription Expires at Feb 28, 2027, 23:59:59', '2027-02-28'],
    ['Subscription Feb 28, 2027, 23:59 Expires', '2027-02-28'],
    ['Created at Jan 1, 2025, 10:00 Expires at Feb 28, 2027', '2027-02-28'],
    ['2025-01-01 10:00 创建 2027-02-28 23:59 到期', '2027-02-28'],
    ['到期时间：2027-02-28', '2027-02-28'],
    ['按量付费 2025-01-01 10:20 创建', undefined],
    ['Pay-As-You-Go Created at Mar 3, 2025, 09:15:00', undefined],
    ['包年包月', undefined],
  ])('billing cell %s → %s', (t, want) => expect(expiryFromText(t, false)).toBe(want));
  it.each([
    ['2027-02-28 23:59:59', '2027-02-28'],
    ['Feb 28, 2027, 23:59:59', '2027-02-28'],
    ['2025-10-01 23:59:59 已过期', '2025-10-01'],
    ['2025-01-01 创建', undefined],
    ['-', undefined],
  ])('expiry cell %s → %s', (t, want) => expect(expiryFromText(t, true)).toBe(want));
});

describe('ipsFromText', () => {
  it('tells public, EIP and private addresses apart', () => {
    expect(ipsFromText('121.40.12.34(公) 172.16.0.10(私有)')).toEqual({ any: true, public: true, eip: false });
    expect(ipsFromText('47.98.1.2 (弹性) 172.16.0.11(私有)')).toEqual({ any: true, public: true, eip: true });
    expect(ipsFromText('47.98.1.2 (EIP)')).toEqual({ any: true, public: true, eip: true });
    expect(ipsFromText('172.16.0.12(私有)')).toEqual({ any: true, public: false, eip: false });
    expect(ipsFromText('172.16.0.5 (弹性网卡)')).toEqual({ any: true, public: false, eip: false });
    expect(ipsFromText('8.8.8.8')).toEqual({ any: true, public: true, eip: false });
    expect(ipsFromText('公网: 39.1.2.3 私网: 10.0.0.1')).toEqual({ any: true, public: true, eip: false });
    expect(ipsFromText('-')).toEqual({ any: false, public: false, eip: false });
  });
});

describe('publicBandwidth', () => {
  const pub = ipsFromText('121.40.12.34(公)');
  const eip = ipsFromText('47.98.1.2(弹性)');
  const none = ipsFromText('172.16.0.1(私有)');
  it('prefers a bandwidth column, then the IP cell, then the configuration', () => {
    expect(publicBandwidth({ bandwidthText: '3 Mbps', ipText: '5 Mbps', configText: '7Mbps', ipShown: true, ips: pub })).toBe(3);
    expect(publicBandwidth({ ipText: '121.40.12.34(公) 5 Mbps', configText: '7Mbps', ipShown: true, ips: pub })).toBe(5);
    expect(publicBandwidth({ configText: '2 vCPU 4 GiB 7Mbps (峰值)', ipShown: true, ips: pub })).toBe(7);
  });
  it('is 0 with no public address and unknown when not shown', () => {
    expect(publicBandwidth({ configText: '0Mbps', ipShown: true, ips: none })).toBe(0);
    expect(publicBandwidth({ ipShown: true, ips: none })).toBe(0);
    expect(publicBandwidth({ ipShown: true, ips: pub })).toBeUndefined();
    expect(publicBandwidth({ ipShown: false, ips: none })).toBeUndefined();
    expect(publicBandwidth({ configText: '0Mbps', ipShown: true, ips: eip })).toBeUndefined();
    expect(publicBandwidth({ configText: '内网带宽 1 Gbps', ipShown: true, ips: pub })).toBeUndefined();
  });
});

describe('ecsInstanceId', () => {
  it('prefers the real id over an id-like name', () => {
    expect(ecsInstanceId('i-bp1a2b3c4d5e6f7g8h9i web-01')).toBe('i-bp1a2b3c4d5e6f7g8h9i');
    expect(ecsInstanceId('i-myserver01 i-bp1a2b3c4d5e6f7g8h9i')).toBe('i-bp1a2b3c4d5e6f7g8h9i');
    expect(ecsInstanceId('web-01')).toBeUndefined();
  });
});


describe('hasPageError', () => {
  const check = (body: string) => hasPageError(htmlToDocument(`<html><body>${body}</body></html>`, 'https://ecs.console.aliyun.com/'), new WeakMap());
  it('sees a banner saying the data did not load', () => {
    expect(check('<div role="alert">获取实例列表失败，请稍后重试</div>')).toBe(true);
    expect(check('<div role="alert">Failed to load instances. Request timed out.</div>')).toBe(true);
    expect(check('<div role="alert">实例不存在或已释放</div>')).toBe(true);
  });
  it('ignores notices, hidden banners and alerts in rows', () => {
    expect(check('<div role="alert">新版实例列表已上线</div>')).toBe(false);
    expect(check('<div role="alert">2 个实例即将到期</div>')).toBe(false);
    expect(check('<div role="alert" hidden>获取实例列表失败</div>')).toBe(false);
    expect(check('<table><tbody><tr><td><span role="alert">获取监控数据失败</span></td></tr></tbody></table>')).toBe(false);
  });
});
