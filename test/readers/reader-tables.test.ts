import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import provinceData from '../../rules/provinces.json';
import aliyunRegionData from '../../rules/regions.json';
import regionData from '../../rules/regions-tencent.json';
import { readerTables, readerTablesFile, readerTablesText } from '../../scripts/reader-tables.mts';

describe('rules/reader-tables.json (the readers\' slim tables)', () => {
  it('is exactly what scripts/reader-tables.mts derives from the rule data (regenerate after editing those files)', () => {
    expect(readFileSync(readerTablesFile, 'utf8')).toBe(readerTablesText());
  });

  it('carries every province with its name, short name and pinyin names, in rules/provinces.json order', () => {
    const tables = JSON.parse(readFileSync(readerTablesFile, 'utf8')) as ReturnType<typeof readerTables>;
    expect(tables.provinces).toEqual(provinceData.provinces.map((p) => ({ name: p.name, short: p.short, pinyin: p.pinyin })));
    expect(tables.provinces).toHaveLength(31);
  });

  it('carries every Alibaba Cloud region with its id and all its names', () => {
    const tables = JSON.parse(readFileSync(readerTablesFile, 'utf8')) as ReturnType<typeof readerTables>;
    expect(tables.aliyunRegions).toEqual(aliyunRegionData.regions.map((r) => ({ id: r.id, names: r.names })));
  });

  it('carries every Tencent region with its id and all its names', () => {
    const tables = JSON.parse(readFileSync(readerTablesFile, 'utf8')) as ReturnType<typeof readerTables>;
    expect(tables.tencentRegions).toEqual(regionData.regions.map((r) => ({ id: r.id, names: r.names })));
  });
});
