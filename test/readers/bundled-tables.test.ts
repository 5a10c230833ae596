import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ruleFileModule } from '../../build/rule-files';
import { root } from '../e2e/harness';
import * as asWritten from '../../src/readers/shared/provinces';

/**
 * The readers over rules/reader-tables.json as the extension bundles it (build/rule-files.ts: province
 * names that are the short name + 省 left out, Tencent region names that repeat a shorter one left
 * out) read as over the file as written.
 */
const file = join(root, 'rules/reader-tables.json');
const bundled = JSON.parse(ruleFileModule(readFileSync(file, 'utf8'), file)!) as unknown;

describe('readers over the bundled reader tables', () => {
  it('provinces read the same', async () => {
    vi.resetModules();
    vi.doMock('../../rules/reader-tables.json', () => ({ default: bundled }));
    const slim = await import('../../src/readers/shared/provinces');
    vi.doUnmock('../../rules/reader-tables.json');
    const tables = JSON.parse(readFileSync(file, 'utf8')) as { provinces: Array<{ name: string; short: string; pinyin: string[] }> };
    const texts = tables.provinces.flatMap((p) => [p.name, `${p.name}某市某区`, p.short, `${p.short} 某市`, `${p.short}省`, `${p.short}市`, `${p.short}自治区`, ...p.pinyin, `${p.pinyin[0]} Province`, `1 Road, ${p.pinyin[0]}, China`]);
    for (const t of texts) {
      expect(slim.provinceAtStart(t), t).toBe(asWritten.provinceAtStart(t));
      expect(slim.provinceOfAddress(t), t).toBe(asWritten.provinceOfAddress(t));
    }
    expect(slim.provinceAtStart('河南省郑州市')).toBe('河南省');
    expect(slim.provinceAtStart('北京市海淀区')).toBe('北京市');
  });

  it('Tencent regions read the same', async () => {
    vi.resetModules();
    vi.doMock('../../rules/reader-tables.json', () => ({ default: bundled }));
    const slim = await import('../../src/readers/tencent/values');
    vi.doUnmock('../../rules/reader-tables.json');
    vi.resetModules();
    const whole = await import('../../src/readers/tencent/values');
    const tables = JSON.parse(readFileSync(file, 'utf8')) as { tencentRegions: Array<{ names: string[] }> };
    for (const n of tables.tencentRegions.flatMap((r) => r.names)) for (const t of [n, `${n}三区`, `${n} Zone 2`]) expect(slim.tencentRegion(t), t).toBe(whole.tencentRegion(t));
    expect(slim.tencentRegion('华南地区（广州）')).toBe('ap-guangzhou');
  });
});
