import { describe, expect, it } from 'vitest';
import { parseBandwidth } from '../../src/readers/dom/parse-bandwidth';

describe('parse-bandwidth needs a number boundary', () => {
  it.each([
    ['1e400Mbps', undefined],
    ['-5Mbps', undefined],
    ['−5 Mbps', undefined],
    ['5e3Mbps', undefined],
    ['v2.5Mbps', undefined],
    ['1.2.5Mbps', undefined],
    ['5Mbps', 5],
    ['按固定带宽5Mbps', 5],
    ['带宽：5 Mbps', 5],
    ['(5Mbps)', 5],
    ['2 vCPU 4 GiB 5Mbps (峰值)', 5],
    ['1 Gbps', 1000],
    ['0.5Mbps', 0.5],
  ])('%j → %s', (text, mbps) => expect(parseBandwidth(text)).toBe(mbps));
});
