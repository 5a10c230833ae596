import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/engine/messages';
import type { Lang, Params } from '../../src/engine/types';

/**
 * fillTemplate fills messages without reading back the message it is building (a chain of joins would be
 * copied flat to read its last characters). Here it is compared with the plain version it replaced
 * (main at a362d55, copied below): on random templates and values of Han, full-width punctuation,
 * spaces, Latin letters and digits, in zh and en, the texts are equal.
 */
const HAN = /\p{Script=Han}/u;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/u;
const LATIN = /[A-Za-z0-9]/;

function joinZhReference(left: string, right: string): string {
  if (!left || !right) return left + right;
  if (left.endsWith(' ') && !right.startsWith(' ')) {
    const before = left.at(-2) ?? '';
    return CJK.test(before) && CJK.test(right[0]!) ? left.slice(0, -1) + right : left + right;
  }
  if (right.startsWith(' ') && !left.endsWith(' ')) {
    return CJK.test(left.at(-1)!) && CJK.test(right[1] ?? '') ? left + right.slice(1) : left + right;
  }
  const a = left.at(-1)!;
  const b = right[0]!;
  return (HAN.test(a) && LATIN.test(b)) || (LATIN.test(a) && HAN.test(b)) ? `${left} ${right}` : left + right;
}

function fillReference(template: string, params: Params, lang: Lang): string {
  const parts = template.split(/\{([a-zA-Z]+)\}/);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const raw = params[`${name}_${lang}`] ?? params[name];
    const value = raw === undefined ? `{${name}}` : String(raw);
    if (lang === 'zh' && raw !== undefined && value) out = joinZhReference(out, joinZhReference(value, parts[i + 1]!));
    else out += value + parts[i + 1]!;
  }
  return out;
}

const chars = ['的', '域名', '张', '（', '）', '。', '、', '：', '　', ' ', '  ', 'a', 'Z', '7', '.com', '-', '🀄', '\ud83d', ''];
const text = fc.array(fc.constantFrom(...chars), { maxLength: 6 }).map((xs) => xs.join(''));
const names = ['a', 'b', 'c'] as const;
const template = fc
  .array(fc.tuple(text, fc.constantFrom(...names)), { minLength: 0, maxLength: 5 })
  .chain((pairs) => text.map((end) => pairs.map(([t, n]) => `${t}{${n}}`).join('') + end));
const value = fc.oneof(text, fc.integer({ min: -5, max: 20 }), fc.constant(undefined));
const params = fc.record({ a: value, b: value, c: value, a_zh: value, b_en: value }).map((r) => {
  const p: Params = {};
  for (const [k, v] of Object.entries(r)) if (v !== undefined) p[k] = v;
  return p;
});

describe('fillTemplate', () => {
  it('equals the plain join on random templates and values (zh and en)', () => {
    fc.assert(
      fc.property(template, params, fc.constantFrom<Lang>('zh', 'en'), (t, p, lang) => {
        expect(fillTemplate(t, p, lang)).toBe(fillReference(t, p, lang));
      }),
      { numRuns: 3000 },
    );
  });

  it('sets Chinese spacing between Han and Latin, none between Han and full-width punctuation', () => {
    expect(fillTemplate('域名 {domain} 的注册商是 {registrar}。', { domain: 'a.com', registrar: '阿里云计算有限公司（万网）' }, 'zh')).toBe(
      '域名 a.com 的注册商是阿里云计算有限公司（万网）。',
    );
    expect(fillTemplate('{entity} 在{province}', { entity: '赵六', province: '河南' }, 'zh')).toBe('赵六在河南');
  });
});
