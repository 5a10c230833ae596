import { describe, expect, it } from 'vitest';
import regionData from '../../rules/regions.json';
import { parseRegion } from '../../src/readers/dom/parse-region';

describe('parseRegion', () => {
  it.each([
    ['华东1（杭州）', 'cn-hangzhou'],
    ['华东 1 (杭州)', 'cn-hangzhou'],
    ['China (Hangzhou)', 'cn-hangzhou'],
    ['杭州 可用区I', 'cn-hangzhou'],
    ['Hangzhou Zone I', 'cn-hangzhou'],
    ['cn-hangzhou', 'cn-hangzhou'],
    ['cn-hangzhou-i', 'cn-hangzhou'],
    ['中国香港', 'cn-hongkong'],
    ['China (Hong Kong)', 'cn-hongkong'],
    ['香港 可用区B', 'cn-hongkong'],
    ['新加坡', 'ap-southeast-1'],
    ['Singapore Zone A', 'ap-southeast-1'],
    ['US (Silicon Valley)', 'us-west-1'],
    ['华北2（北京）', 'cn-beijing'],
    ['华东2（上海）', 'cn-shanghai'],
    ['华中1（武汉-本地地域）', 'cn-wuhan-lr'],
    ['Japan (Tokyo)', 'ap-northeast-1'],
    ['ap-southeast-1', 'ap-southeast-1'],
    ['UK (London)', 'eu-west-1'],
    ['华东 1 可用区 I', 'cn-hangzhou'],
    ['华南1（深圳）', 'cn-shenzhen'],
  ])('%s → %s', (text, want) => {
    expect(parseRegion(text)).toBe(want);
  });

  it.each(['', '-', '所有地域', 'Hangzhouxyz', '杭州 上海', 'cn-hangzhou cn-beijing', 'Virginiaa'])('%s → undefined', (text) => {
    expect(parseRegion(text)).toBeUndefined();
  });

  it('covers every mainland region id of provinces.md', () => {
    const ids = regionData.regions.filter((r) => r.mainland).map((r) => r.id).sort();
    expect(ids).toEqual(
      ['cn-qingdao', 'cn-beijing', 'cn-zhangjiakou', 'cn-huhehaote', 'cn-wulanchabu', 'cn-hangzhou', 'cn-shanghai', 'cn-nanjing', 'cn-fuzhou', 'cn-wuhan-lr', 'cn-shenzhen', 'cn-heyuan', 'cn-guangzhou', 'cn-chengdu'].sort(),
    );
    for (const r of regionData.regions) expect(r.mainland).toBe(r.id.startsWith('cn-') && r.id !== 'cn-hongkong');
  });
});
