import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ruleFileModule } from '../../build/rule-files';
import regionData from '../../rules/regions.json';
import readerTables from '../../rules/reader-tables.json';
import { parseRegion, slimAliyunRegionNames, type RegionEntry } from '../../src/readers/dom/parse-region';
import { root } from '../e2e/harness';

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

/**
 * The Alibaba Cloud region table as the extension bundles it (build/rule-files.ts →
 * slimAliyunRegionNames): the names that only repeat a shorter name of their own region are left out,
 * and every text reads as the same region as with the whole table.
 */
describe('Alibaba Cloud region names in the bundle (slimAliyunRegionNames)', () => {
  const whole: RegionEntry[] = readerTables.aliyunRegions;
  const slim = slimAliyunRegionNames(whole);
  const names = whole.flatMap((r) => r.names);
  const file = join(root, 'rules/reader-tables.json');
  const bundled = JSON.parse(ruleFileModule(readFileSync(file, 'utf8'), file)!) as typeof readerTables;
  /** parseRegion over the table as bundled. */
  const slimParse = async () => {
    vi.resetModules();
    vi.doMock('../../rules/reader-tables.json', () => ({ default: bundled }));
    const mod = await import('../../src/readers/dom/parse-region');
    vi.doUnmock('../../rules/reader-tables.json');
    vi.resetModules();
    expect(mod.regionById('cn-qingdao')!.names).toEqual(slim.find((r) => r.id === 'cn-qingdao')!.names);
    return mod.parseRegion;
  };

  it('is the table the build bundles; leaves names out and keeps every region', () => {
    expect(bundled.aliyunRegions).toEqual(slim);
    const count = (t: RegionEntry[]) => t.reduce((n, r) => n + r.names.length, 0);
    expect(count(slim)).toBeLessThan(count(whole) * 0.6);
    expect(slim.map((r) => r.id)).toEqual(whole.map((r) => r.id));
    for (const r of slim) expect(r.names.length).toBeGreaterThan(0);
  });

  it('leaves out a name only when a shorter name of its own region lies inside it', () => {
    for (const r of whole) {
      const kept = slim.find((s) => s.id === r.id)!.names;
      for (const n of r.names.filter((x) => !kept.includes(x))) expect(kept.some((k) => k.length < n.length && n.toLowerCase().includes(k.toLowerCase())), `${r.id}: ${n}`).toBe(true);
    }
  });

  it('every name alone, and in context, reads as with the whole table', async () => {
    const small = await slimParse();
    for (const n of names) {
      for (const text of [n, `${n} 可用区I`, `${n}三区`, `${n} Zone B`, `${n}(3)`, `默认项目 ${n}`, `${n} | ${n}一区`, ` ${n}，`, `地域：${n}`, `Region: ${n}`]) expect(small(text), text).toBe(parseRegion(text));
    }
    expect(small('华东1（杭州）')).toBe('cn-hangzhou');
    expect(small('China (Hong Kong)')).toBe('cn-hongkong');
  });

  it('every pair of names reads as with the whole table (one region, or none when two are named)', async () => {
    const small = await slimParse();
    for (const a of names) for (const b of names) for (const sep of [' ', ' / ', '', ' · ']) expect(small(a + sep + b), a + sep + b).toBe(parseRegion(a + sep + b));
  });
});
