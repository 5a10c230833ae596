import { describe, expect, it } from 'vitest';
import { parseBandwidth } from '../../src/readers/dom/parse-bandwidth';

describe('parseBandwidth', () => {
  it.each([
    ['5Mbps', 5],
    ['5 Mbps', 5],
    ['0 Mbps', 0],
    ['100 Mbit/s', 100],
    ['按固定带宽 5Mbps', 5],
    ['1 Gbps', 1000],
    ['512 Kbps', 0.512],
    ['5 Mbps (峰值)', 5],
    ['2 vCPU 4 GiB (I/O优化) ecs.c6.large 5Mbps (峰值)', 5],
    ['峰值带宽 30M', 30],
    ['１０Ｍｂｐｓ', 10],
    ['1.5 Mbps', 1.5],
  ])('%s → %s', (text, want) => {
    expect(parseBandwidth(text)).toBe(want);
  });

  it.each(['-', '--', '', '5', '4 GiB', '40 GB', '2核4G', '5m', 'Mbps'])('%s → undefined', (text) => {
    expect(parseBandwidth(text)).toBeUndefined();
  });

  // a thousands group written with a space is no figure of its own: '1 000 Mbps' is not 0 (an invented
  // "no public bandwidth"); the full-width comma is a comma ('1，000' = 1000)
  it.each(['1 000 Mbps', '1\u00a0000 Mbps', '1\u202f000 Mbps'])('%s → undefined, not 0', (text) => {
    expect(parseBandwidth(text)).toBeUndefined();
  });
  it('1，000 Mbps → 1000; 0.5 Mbps stays 0.5', () => {
    expect(parseBandwidth('1，000 Mbps')).toBe(1000);
    expect(parseBandwidth('0.5 Mbps')).toBe(0.5);
  });
});
