import { describe, expect, it } from 'vitest';
import { memoryBackground } from '../helpers/memory-background';
import { main } from '../../src/cli/main';
import { ChecklistResponseSchema, CheckDomainResponseSchema } from '../../src/messaging/contract';
import { displaySafe, isMixedScriptLabel } from '../../src/messaging/display-safe';
import { defaultOptions } from '../../src/store';

const LOOKALIKE = 'exаmple.cn'; // Cyrillic а (U+0430)
const RLO = '\u202e';
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('look-alike and direction characters', () => {
  it('a mixed-script label is shown in punycode with a warning; ordinary names stay', () => {
    expect(displaySafe(`The registrar of ${LOOKALIKE} has not been seen.`)).toBe('The registrar of xn--exmple-4nf.cn (⚠ look-alike characters) has not been seen.');
    expect(displaySafe(`${LOOKALIKE} 的注册商`, 'zh')).toBe('xn--exmple-4nf.cn（⚠ 含形近字符） 的注册商');
    for (const ok of ['example.cn', '中国abc.cn', '例子.中国', 'пример.рф', 'i-bp1abc', 'Mbps 5.0']) expect(displaySafe(ok)).toBe(ok);
    expect(isMixedScriptLabel('pаypal')).toBe(true);
    expect(isMixedScriptLabel('αβγ中文')).toBe(true);
    expect(isMixedScriptLabel('пример')).toBe(false);
  });

  it('direction controls are removed from every text', () => {
    const name = `Alice${RLO}nc.elpmaxe`;
    expect(displaySafe(name)).toBe('Alicenc.elpmaxe');
    expect(BIDI.test(displaySafe(`\u2066x\u2069 \u200fy`))).toBe(false);
  });

  const service = () => memoryBackground({}, { ...defaultOptions, entityType: 'individual' as const, province: '河南' }).service;

  it('the popup’s checklist and lookup carry no direction controls and no raw look-alike', async () => {
    const s = service();
    const file = { version: 1, entity: { type: 'individual', name: `Bob${RLO}evil` }, domains: [{ domain: LOOKALIKE, registrantName: `Eve${RLO}x` }], websites: [{ name: `site${RLO}`, domains: [LOOKALIKE] }] };
    expect(await s.handle({ type: 'import-facts', name: 'f.json', file }, { extensionPage: true })).toMatchObject({ ok: true });
    const list = ChecklistResponseSchema.parse(await s.handle({ type: 'get-checklist' }, { extensionPage: true }));
    const text = JSON.stringify(list.results);
    expect(text).not.toMatch(BIDI);
    expect(text).not.toContain(LOOKALIKE);
    expect(text).toContain('xn--exmple-4nf.cn');
    const lookup = CheckDomainResponseSchema.parse(await s.handle({ type: 'check-domain', input: `https://${LOOKALIKE}/` }, { extensionPage: true }));
    expect(lookup.ok && lookup.domain).toBe('xn--exmple-4nf.cn (⚠ look-alike characters)');
  });

  it('the command line shows the same', async () => {
    let out = '';
    const code = await main(['check', `${LOOKALIKE}${RLO}`], { stdout: { write: (s: string) => void (out += s) }, stderr: { write: (s: string) => void (out += s) }, env: {} });
    expect(code).toBeLessThanOrEqual(2);
    expect(out).not.toMatch(BIDI);
    expect(out).not.toContain(LOOKALIKE);
  });
});
