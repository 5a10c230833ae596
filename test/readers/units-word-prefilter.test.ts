import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelKey, normalizeText } from '../../src/readers/dom/normalize-label';
import { defaultUnitWords, mayBeWord } from '../../src/readers/dom/units';
import '../../src/readers/index';

/**
 * units.ts asks for a text's label key only when its first two characters can start an action or
 * status word's key (mayBeWord). The filter must be exact: a text it turns away is never one of the
 * words — whatever case, marks, spaces, full-width forms or other scripts the text starts with.
 */
const words = defaultUnitWords();
const keys = new Set([...words.actions, ...words.statuses].map(labelKey).filter((k) => k !== ''));
const pool = [...'aAzZiIeE09-./_ !()*:?：（）！？＊•·\u3000\u00a0ｒＲⅰİ包年运行已停续费开通'];
const char = fc.constantFrom(...pool);
/** A word of the lists with something done to its start: case, marks, spaces, full width. */
const variant = fc.tuple(fc.constantFrom(...words.actions, ...words.statuses), fc.array(char, { maxLength: 3 }), fc.boolean(), fc.boolean()).map(([w, lead, upper, spaced]) => {
  let s = upper ? w.toUpperCase() : w;
  if (spaced && s.length > 1) s = `${s[0]} ${s.slice(1)}`;
  return lead.join('') + s;
});

describe('text units: the action / status word pre-filter', () => {
  it('turns away no text whose key is an action or status word', () => {
    fc.assert(
      fc.property(fc.oneof(variant, fc.array(char, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''))), (raw) => {
        const text = normalizeText(raw);
        if (text === '' || text.length > 24) return;
        if (keys.has(labelKey(text))) expect(mayBeWord(text, words)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('turns away the usual cell texts: IDs, addresses, dates', () => {
    for (const t of ['i-bp100001abcdefghijkl', '121.40.0.1', '2027-03-01 23:59 到期', 'host-001']) expect(mayBeWord(t, words)).toBe(false);
    expect(mayBeWord('运行中', words)).toBe(true);
  });
});
