import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskIdNumber } from '../../src/facts/mask-id';
import { compareIdNumbers } from '../../src/engine/id-number';
import { maskedIdNumber } from '../../src/readers/aliyun/filing-values';
import { addSightings, emptyStoredFacts, importFactsFile, maskStored, mergeSightings, type StoredFacts } from '../../src/store';

/** ID characters a value shows: digits and Latin letters (after NFKC), never the mask stars. */
const visibleIdChars = (s: string) => (s.normalize('NFKC').match(/[0-9A-Za-z]/g) ?? []).length;
const FULL = '410105199003071234';
const prov = { reader: 'test', url: 'https://dc.console.aliyun.com/', seenAt: '2026-11-24T00:00:00.000Z' };

// Values an earlier masker took for "already masked" although the full number is in them.
const bypasses = [
  `${FULL}*`,
  `${FULL} XX`,
  `${FULL}（已核验）`,
  `${FULL} ●`,
  `*${FULL}`,
  `${FULL}••`,
  `４１０１０５１９９００３０７１２３４*`,
  '12345678*',
  `${FULL.slice(0, 17)}*`,
];

describe('ID masking: at most 8 ID characters stay visible, on every path', () => {
  it.each(bypasses)('maskIdNumber(%j) hides the number', (raw) => {
    const out = maskIdNumber(raw);
    expect(visibleIdChars(out)).toBeLessThanOrEqual(8);
    expect(out.normalize('NFKC')).not.toContain(FULL.slice(4, 14));
  });

  it.each(bypasses)('the reader value %j is masked', (raw) => {
    const out = maskedIdNumber(raw) ?? '';
    expect(visibleIdChars(out)).toBeLessThanOrEqual(8);
  });

  it('a short number with one star is not taken for masked', () => {
    expect(maskIdNumber('12345678*')).toBe('12****78');
  });

  it('a real masked display is kept as shown', () => {
    expect(maskIdNumber('4101**********1234')).toBe('4101**********1234');
    expect(maskIdNumber('E1****67')).toBe('E1****67');
  });

  it('a display showing too much is masked in place, so it still compares with the same number', () => {
    // 41010219********34 shows 10 characters: masking it from its characters alone gave 410****934,
    // whose tail 934 is no part of the number (a false mismatch with 4101**********1234)
    for (const [shown, other] of [['41010219********34', '4101**********1234'], ['410102********1234', '4101**********1234']] as const) {
      const out = maskIdNumber(shown);
      expect(visibleIdChars(out)).toBeLessThanOrEqual(8);
      expect(out).toHaveLength(shown.length);
      expect(compareIdNumbers(out, other)).toBe('match');
      expect(compareIdNumbers(out, '4101**********9999')).toBe('mismatch');
    }
  });

  it('store, import and export never hold more than 8 ID characters', () => {
    for (const raw of bypasses) {
      const page = { version: 1 as const, entity: { idNumber: raw }, domains: [{ domain: 'example.cn', registrantIdNumber: raw }] };
      const stored = addSightings(emptyStoredFacts(), page, prov);
      const imported = importFactsFile(emptyStoredFacts(), { ...page, entity: { type: 'individual', idNumber: raw } }, prov);
      for (const state of [stored, imported]) {
        const exported = mergeSightings(state, { entityType: 'individual' });
        expect(visibleIdChars(exported.entity?.idNumber ?? '')).toBeLessThanOrEqual(8);
        expect(visibleIdChars(exported.domains?.[0]?.registrantIdNumber ?? '')).toBeLessThanOrEqual(8);
        expect(JSON.stringify(state)).not.toContain(FULL.slice(4, 14));
      }
    }
  });

  it('a value stored by the earlier masker is masked when read back and on export', () => {
    const legacy: StoredFacts = {
      entity: [{ ...prov, facts: { type: 'individual', idNumber: `${FULL}*` } }],
      websites: {},
      domains: { 'example.cn': [{ ...prov, facts: { domain: 'example.cn', registrantIdNumber: `${FULL} XX` } }] },
      servers: {},
    };
    expect(JSON.stringify(maskStored(legacy))).not.toContain(FULL.slice(4, 14));
    expect(JSON.stringify(mergeSightings(legacy))).not.toContain(FULL.slice(4, 14));
  });

  it('property: any string masks to at most 8 visible ID characters, and masking is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789Xx*＊•● （）已核验-'.split('')), maxLength: 40 }), (raw) => {
        const once = maskIdNumber(raw);
        expect(visibleIdChars(once)).toBeLessThanOrEqual(8);
        expect(maskIdNumber(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
