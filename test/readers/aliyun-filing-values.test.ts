import { describe, expect, it } from 'vitest';
import {
  domainsFromText,
  maskedIdNumber,
  productFromText,
  provinceAtStart,
  provinceOfAddress,
  realNameFromText,
  instanceIdFromText,
} from '../../src/readers/aliyun/filing-values';
import { entityTypeFromText } from '../../src/readers/aliyun/beian-form';

describe('realNameFromText', () => {
  it.each([
    ['已实名认证', true],
    ['已认证', true],
    ['实名认证成功', true],
    ['Verified', true],
    ['Real-name verified', true],
    ['未实名认证', false],
    ['实名认证失败', false],
    ['Unverified', false],
    ['Verification failed', false],
    ['Not verified', false],
    ['审核中', undefined],
    ['实名认证审核中', undefined],
    ['Under review', undefined],
    ['Verifying', undefined],
    ['-', undefined],
    ['', undefined],
  ] as const)('%s → %s', (text, expected) => {
    expect(realNameFromText(text)).toBe(expected);
  });
});

describe('maskedIdNumber', () => {
  it('keeps a masked number exactly as shown', () => {
    expect(maskedIdNumber('4101**********1234')).toBe('4101**********1234');
    expect(maskedIdNumber('4101 **** **** **** 5678')).toBe('4101 **** **** **** 5678');
  });
  it('masks a full 18-character number as first 4 + 10 stars + last 4', () => {
    expect(maskedIdNumber('410105199003071234')).toBe('4101**********1234');
    expect(maskedIdNumber('41030219851215567X')).toBe('4103**********567X');
    expect(maskedIdNumber('91440300MA5F123456')).toBe('9144**********3456');
  });
  it('never returns the full number', () => {
    expect(maskedIdNumber('E12345678')).not.toBe('E12345678');
    expect(maskedIdNumber('-')).toBeUndefined();
  });
});

describe('domainsFromText', () => {
  it.each([
    ['example-shop.cn', ['example-shop.cn']],
    ['WangWu-Photo.NET', ['wangwu-photo.net']],
    ['例子.中国', ['例子.中国']],
    ['henan-travel.cn推荐', ['henan-travel.cn']],
    ['https://www.acme.com/index.html', ['www.acme.com']],
    ['zh***@163.com', []],
    ['47.96.123.45', []],
    ['a.com, b.cn、c.net', ['a.com', 'b.cn', 'c.net']],
  ] as const)('%s', (text, expected) => {
    expect(domainsFromText(text)).toEqual(expected);
  });
});

describe('provinces', () => {
  it.each([
    ['河南省 / 郑州市 / 金水区', '河南省'],
    ['河南 郑州', '河南'],
    ['浙江省杭州市', '浙江省'],
    ['中国 河南省 郑州市', '河南省'],
    ['Shanghai / Shanghai / Pudong New Area', 'Shanghai'],
    ['(Shanghai)', 'Shanghai'],
    ['Inner Mongolia', 'Inner Mongolia'],
    ['郑州市金水区', undefined],
    ['请选择', undefined],
  ] as const)('provinceAtStart(%s)', (text, expected) => {
    expect(provinceAtStart(text)).toBe(expected);
  });
  it('reads the province of an address: zh at the start, en at the end', () => {
    expect(provinceOfAddress('河南省洛阳市西工区中州中路1号')).toBe('河南省');
    expect(provinceOfAddress('Room 101, No. 88 Shanxi Road, Pudong New Area, Shanghai')).toBe('Shanghai');
    expect(provinceOfAddress('Room 5, 1 Jinshui Road, Zhengzhou, Henan Province, 450000')).toBe('Henan');
    expect(provinceAtStart('Guangxi Zhuang Autonomous Region / Nanning')).toBe('Guangxi');
    // A Chinese address without a province prefix says nothing (北京路 is a street, not Beijing).
    expect(provinceOfAddress('郑州市金水区北京路1号')).toBeUndefined();
  });
});

describe('productFromText', () => {
  it.each([
    ['云服务器ECS', 'ecs'],
    ['ECS', 'ecs'],
    ['轻量应用服务器', 'swas'],
    ['Simple Application Server', 'swas'],
    ['云虚拟主机', 'virtual-host'],
    ['Virtual Host', 'virtual-host'],
    ['弹性Web托管', 'web-hosting'],
    ['建站市场', 'cloud-market'],
    ['NAT网关', 'nat'],
    ['IPv6转换服务', 'ipv6-translation'],
    ['ENS', 'ens'],
    ['License', undefined],
  ] as const)('%s → %s', (text, expected) => {
    expect(productFromText(text)).toBe(expected);
  });
});

describe('entity type and instance ids', () => {
  it.each([
    ['个人', 'individual'],
    ['Individual', 'individual'],
    ['企业', 'organization'],
    ['个人独资企业', 'organization'],
    ['事业单位', 'organization'],
    ['Enterprise', 'organization'],
    ['请选择', undefined],
  ] as const)('%s → %s', (text, expected) => {
    expect(entityTypeFromText(text)).toBe(expected);
  });
  it('finds instance ids', () => {
    expect(instanceIdFromText('i-bp1g6zv0ce8oghu7k9a2 web-server-01')).toBe('i-bp1g6zv0ce8oghu7k9a2');
    expect(instanceIdFromText('8f2c1d3e4b5a49c6a7d8e9f0a1b2c3d4')).toBe('8f2c1d3e4b5a49c6a7d8e9f0a1b2c3d4');
    expect(instanceIdFromText('请选择')).toBeUndefined();
  });
});
