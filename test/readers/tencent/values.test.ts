import { describe, expect, it } from 'vitest';
import {
  addressKind,
  authorizationCodeInText,
  billingFromText,
  codeStatusFromText,
  creationInText,
  entityTypeFromText,
  expiryInText,
  instanceIdsInText,
  isFreeNetwork,
  productFromText,
  productOfInstanceId,
  tencentRegion,
} from '../../../src/readers/tencent/values';

describe('Tencent value parsers', () => {
  it.each([
    ['广州', 'ap-guangzhou'],
    ['华南地区（广州）', 'ap-guangzhou'],
    ['South China(Guangzhou)', 'ap-guangzhou'],
    ['South China (Guangzhou)', 'ap-guangzhou'],
    ['广州三区', 'ap-guangzhou'],
    ['Guangzhou Zone 3', 'ap-guangzhou'],
    ['上海金融', 'ap-shanghai-fsi'],
    ['上海五区', 'ap-shanghai'],
    ['Hong Kong, China', 'ap-hongkong'],
    ['港澳台地区（中国香港）', 'ap-hongkong'],
    ['北京 | 北京六区', 'ap-beijing'],
    ['西南地区（成都） · 成都一区', 'ap-chengdu'],
    ['ap-nanjing-1', 'ap-nanjing'],
    ['Singapore Zone 1', 'ap-singapore'],
    // a Latin name right after the same name (they share a space): both read, not the shorter 上海 in the second
    ['East China (Shanghai Finance) East China (Shanghai Finance)', 'ap-shanghai-fsi'],
  ])('region %s → %s', (text, id) => {
    expect(tencentRegion(text)).toBe(id);
  });

  it('region: none or two names → undefined', () => {
    expect(tencentRegion('默认项目')).toBeUndefined();
    expect(tencentRegion('广州 上海')).toBeUndefined();
    expect(tencentRegion('')).toBeUndefined();
  });

  it.each([
    ['包年包月 2027-03-01 12:00:00到期', 'subscription'],
    ['按量计费 2026-11-20 10:31:05创建', 'payg'],
    ['竞价实例', 'payg'],
    ['包年包月 包年包月转按量', 'subscription'],
    ['按量计费 转包年包月', 'payg'],
    ['Pay-as-you-go Switch to Monthly Subscription', 'payg'],
    ['Monthly Subscription', 'subscription'],
    ['包月带宽', undefined],
    ['-', undefined],
  ])('billing %s → %s', (text, want) => {
    expect(billingFromText(text)).toBe(want);
  });

  it('dates beside 到期 / 创建 and English words', () => {
    expect(expiryInText('包年包月 2027-03-01 12:00:00到期')).toBe('2027-03-01');
    expect(creationInText('包年包月 2027-03-01 12:00:00到期')).toBeUndefined();
    expect(creationInText('按量计费 2026-11-20 10:31:05创建')).toBe('2026-11-20');
    expect(expiryInText('按量计费 2026-11-20 10:31:05创建')).toBeUndefined();
    expect(expiryInText('Monthly Subscription Expires at 2027-01-10 00:00:00')).toBe('2027-01-10');
    expect(creationInText('Pay-as-you-go Created at 2026-10-02 08:15:40')).toBe('2026-10-02');
    expect(expiryInText('2027-02-30 00:00:00到期')).toBeUndefined();
  });

  it('month-name dates of the international console beside the words', () => {
    expect(expiryInText('Monthly Subscription Expires at Mar 1, 2027 12:00:00')).toBe('2027-03-01');
    expect(expiryInText('Monthly Subscription Dec 20, 2026, 12:00 Expires')).toBe('2026-12-20');
    expect(creationInText('Pay-as-you-go Created at 1 Mar 2026 08:15')).toBe('2026-03-01');
    expect(creationInText('Monthly Subscription Expires at Mar 1, 2027 12:00:00')).toBeUndefined();
    expect(expiryInText('Monthly Subscription Expires at Feb 30, 2027')).toBeUndefined();
  });

  it('instance ids and products', () => {
    expect(instanceIdsInText('ins-a1b2c3d4 web / lhins-1whwkmau, ins-a1b2c3d4')).toEqual(['ins-a1b2c3d4', 'lhins-1whwkmau']);
    expect(instanceIdsInText('xins-a1b2c3d4 ins-short')).toEqual([]);
    expect(productOfInstanceId('lhins-1whwkmau')).toBe('lighthouse');
    expect(productOfInstanceId('ins-a1b2c3d4')).toBe('cvm');
  });

  it('addresses: public, private only, none', () => {
    expect(addressKind('119.29.100.21(公网) 10.0.0.5(内网)')).toBe('public');
    expect(addressKind('10.0.0.17(内网)')).toBe('private');
    expect(addressKind('10.206.0.12 (Private)')).toBe('private');
    expect(addressKind('43.135.70.18')).toBe('public');
    expect(addressKind('172.17.0.9 内网 绑定弹性公网IP')).toBe('private');
    expect(addressKind('-')).toBeUndefined();
    // the marks are the words of rules/labels/tencent.json values.public / values.private
    expect(addressKind('10.0.0.5 (Public)')).toBe('public');
    expect(addressKind('10.0.0.5（公网）')).toBe('public');
    expect(addressKind('43.135.70.18 （内网）')).toBe('private');
    expect(addressKind('43.135.70.18 private')).toBe('private');
    expect(isFreeNetwork('免费')).toBe(true);
    expect(isFreeNetwork('按流量计费')).toBe(false);
  });

  it('code statuses, products, entity types, codes', () => {
    expect(codeStatusFromText('未使用')).toBe('unused');
    expect(codeStatusFromText('使用中')).toBe('in-use');
    expect(codeStatusFromText('已使用')).toBe('used');
    expect(codeStatusFromText('删除')).toBeUndefined();
    expect(productFromText('轻量应用服务器')).toBe('lighthouse');
    expect(productFromText('云服务器')).toBe('cvm');
    expect(entityTypeFromText('个人')).toBe('individual');
    expect(entityTypeFromText('企业')).toBe('organization');
    expect(entityTypeFromText('个人或企业')).toBeUndefined();
    expect(authorizationCodeInText('BA7F3K9Q2M8X4W1R 复制')).toBe('BA7F3K9Q2M8X4W1R');
    expect(authorizationCodeInText('100012345678')).toBeUndefined();
  });
});

describe('dates after a label inside a cell', () => {
  it('到期时间：… / 创建时间：… / Expiration time: …', () => {
    expect(expiryInText('包年包月 到期时间：2027-03-01 12:00:00')).toBe('2027-03-01');
    expect(creationInText('按量计费 创建时间: 2026-11-20')).toBe('2026-11-20');
    expect(expiryInText('Monthly Subscription Expiration time: 2027-01-10')).toBe('2027-01-10');
    expect(expiryInText('创建时间：2026-11-20')).toBeUndefined();
  });
});
