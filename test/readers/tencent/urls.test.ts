import { describe, expect, it } from 'vitest';
import { findReaders } from '../../../src/readers';
import { tencentReaders } from '../../../src/readers/tencent';

const ids = (url: string) => findReaders(new URL(url)).map((r) => r.id).filter((id) => id.startsWith('tencent-'));

describe('Tencent readers match exactly the Tencent console hosts and their pages', () => {
  it.each([
    ['https://console.cloud.tencent.com/cvm/instance/index?rid=1', ['tencent-cvm-instance-list']],
    ['https://console.cloud.tencent.com/cvm/index', ['tencent-cvm-instance-list']],
    ['https://console.tencentcloud.com/cvm/instance/index?rid=1', ['tencent-cvm-instance-list']],
    ['https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-a1b2c3d4', ['tencent-cvm-instance-detail']],
    ['https://console.cloud.tencent.com/lighthouse/instance/index?rid=8', ['tencent-lighthouse-instance-list']],
    ['https://console.cloud.tencent.com/lighthouse/instance/detail?rid=8&id=lhins-1whwkmau', ['tencent-lighthouse-instance-detail']],
    ['https://console.cloud.tencent.com/domain/all-domain/all', ['tencent-domain-list', 'tencent-domain-info']],
    ['https://console.cloud.tencent.com/beian/authcode', ['tencent-beian-authcode']],
    ['https://console.cloud.tencent.com/beian/manage/process/30173440149913160/type', ['tencent-beian-form']],
  ])('%s', (url, want) => {
    expect(ids(url)).toEqual(want);
  });

  it.each([
    'https://cloud.tencent.com/cvm/instance/index',
    'https://console.cloud.tencent.com.example.com/cvm/instance/index',
    'http://console.cloud.tencent.com/cvm/instance/index',
    'https://console.cloud.tencent.com/cvmx/index',
    'https://console.cloud.tencent.com/cos/bucket',
    'https://ecs.console.aliyun.com/server/region/cn-hangzhou',
    'https://beian.aliyun.com/pcContainer/formpage',
  ])('no Tencent reader for %s', (url) => {
    expect(ids(url)).toEqual([]);
  });

  it('every Tencent reader is registered, in family tencent', () => {
    for (const r of tencentReaders) {
      expect(r.family).toBe('tencent');
      expect(findReaders(new URL('https://console.cloud.tencent.com/')).includes(r)).toBe(false);
    }
  });
});

describe('filing-console pages that are not the form', () => {
  it.each([
    'https://console.cloud.tencent.com/beian/manage/material',
    'https://console.cloud.tencent.com/beian/manage/orders',
    'https://console.cloud.tencent.com/beian/manage/web-app-detail?webId=1565265',
    'https://console.cloud.tencent.com/beian/screen',
  ])('%s has no form reader', (url) => {
    expect(ids(url)).toEqual([]);
  });
});
