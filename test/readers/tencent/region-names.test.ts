import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFileModule } from '../../../build/rule-files';
import { regionFinder, slimRegionNames, type RegionNames } from '../../../src/readers/tencent/region-names';
import readerTables from '../../../rules/reader-tables.json';
import { root } from '../../e2e/harness';

/**
 * The Tencent region table as the extension bundles it (build/rule-files.ts → slimRegionNames): the
 * names that only repeat a shorter name of their own region are left out, and every text reads as
 * the same region as with the whole table.
 */
const whole: RegionNames[] = readerTables.tencentRegions;
const slim = slimRegionNames(whole);
const full = regionFinder(whole);
const small = regionFinder(slim);
const names = whole.flatMap((r) => r.names);

describe('Tencent region names in the bundle (slimRegionNames)', () => {
  it('leaves names out (the bundle is smaller) and keeps every region', () => {
    const count = (t: RegionNames[]) => t.reduce((n, r) => n + r.names.length, 0);
    expect(count(slim)).toBeLessThan(count(whole) * 0.7);
    expect(slim.map((r) => r.id)).toEqual(whole.map((r) => r.id));
    for (const r of slim) expect(r.names.length).toBeGreaterThan(0);
  });

  it('every name alone, and in context, reads as with the whole table', () => {
    for (const n of names) {
      for (const text of [n, `${n}三区`, `${n} 3区`, `${n} Zone 3`, `${n}(3)`, `默认项目 ${n}`, `${n} | ${n}一区`, ` ${n}，`, `地域：${n}`]) expect(small(text), text).toBe(full(text));
    }
  });

  it('every pair of names reads as with the whole table (one region, or none when two are named)', () => {
    for (const a of names) for (const b of names) for (const sep of [' ', ' / ', '', ' · ']) expect(small(a + sep + b), a + sep + b).toBe(full(a + sep + b));
  });

  it('keeps a long name whose shorter one would let another region match too (华南地区 is Guangzhou)', () => {
    const names = slim.find((r) => r.id === 'ap-shenzhen-fsi')!.names;
    expect(names).toContain('华南地区（深圳金融）');
    // without it, 华南地区（深圳金融） would name Guangzhou as well: no region
    const dropped = regionFinder(slim.map((r) => (r.id === 'ap-shenzhen-fsi' ? { id: r.id, names: r.names.filter((n) => n !== '华南地区（深圳金融）') } : r)));
    expect(dropped('华南地区（深圳金融）')).toBeUndefined();
    expect(small('华南地区（深圳金融）')).toBe('ap-shenzhen-fsi');
  });

  it('leaves out a name only when a shorter name of its own region lies inside it', () => {
    for (const r of whole) {
      const kept = slim.find((s) => s.id === r.id)!.names;
      for (const n of r.names.filter((x) => !kept.includes(x))) expect(kept.some((k) => k.length < n.length && (n.includes(k) || n.toLowerCase().includes(k.toLowerCase()))), `${r.id}: ${n}`).toBe(true);
    }
  });

  it('rules/reader-tables.json as the build bundles it carries the slim table and provinces without a name that is short name + 省', () => {
    const file = join(root, 'rules/reader-tables.json');
    const out = JSON.parse(ruleFileModule(readFileSync(file, 'utf8'), file)!) as typeof readerTables;
    expect(out.tencentRegions).toEqual(slim);
    // provinces: a name that is the short name + 省 left out (shared/provinces.ts reads it back)
    expect(out.provinces.map((p) => p.name ?? `${p.short}省`)).toEqual(readerTables.provinces.map((p) => p.name));
    expect(out.provinces.filter((p) => p.name === undefined).length).toBeGreaterThan(15);
    expect(out.provinces.find((p) => p.short === '北京')!.name).toBe('北京市');
  });
});
