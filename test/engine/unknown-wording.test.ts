import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { loadRuleSet } from '../../src/engine/index';
import { strings } from '../../src/ui/strings';
import { pageStrings } from '../../src/ui/strings-page';

/**
 * A fact not read yet is said one way per language everywhere — the engine's unknown results, the
 * CLI's lines for them and the popup — as docs/strings-style.md has it: "尚未获取到 …" /
 * "… has not been read yet." Never "not seen (yet)" / "尚未读取" / "尚未看到".
 */
const WORDING = { zh: /尚未获取到/, en: /\b(?:has|have) (?:not )?been read yet\b/ } as const;
const OTHER = { zh: /尚未读取|尚未看到|还没有读到|还没看到|未读取到/, en: /\bnot (?:been |yet )?seen\b/i } as const;
const langs = ['zh', 'en'] as const;

/** Sample arguments for the texts that are functions: a count, a name, a list, counts by key. */
const counts = new Proxy({}, { get: () => 3 });
const samples: unknown[][] = [[3, 3, 3], ['x', 'y', 'z'], [['x', 'y']], [counts, counts]];

/** Every string of a texts tree (functions called with sample arguments). */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    return samples.flatMap((args) => {
      try {
        const out = (value as (...a: unknown[]) => unknown)(...args);
        return typeof out === 'string' ? [[path, out] as [string, string]] : [];
      } catch {
        return [];
      }
    });
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
}

async function cli(args: string[], LANG: string): Promise<string> {
  let stdout = '';
  await main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => undefined }, env: { LANG }, now: new Date('2026-11-24T12:00:00+08:00') });
  return stdout;
}

describe('one wording for "not read yet" per language (engine, CLI, popup)', () => {
  const rules = loadRuleSet();

  it.each(langs)('%s: every rule\'s unknown text uses it', (lang) => {
    const off = rules.rules.filter((r) => !WORDING[lang].test(r.texts[lang].unknown)).map((r) => `${r.id}: ${r.texts[lang].unknown}`);
    expect(off).toEqual([]);
  });

  it.each(langs)('%s: no rule text, popup or in-page string words it another way', (lang) => {
    const all: [string, string][] = [
      ...rules.rules.flatMap((r) => texts(r.texts[lang], r.id)),
      ...texts(strings[lang], 'ui'),
      ...texts(pageStrings[lang], 'page'),
    ];
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter(([, t]) => OTHER[lang].test(t))).toEqual([]);
  });

  it.each(langs)('%s: the popup\'s group and hint for unknown items use it', (lang) => {
    expect(strings[lang].popup.notSeenYet(3)).toMatch(lang === 'zh' ? WORDING.zh : /^Not read yet/);
    expect(strings[lang].popup.unknownHint).toMatch(lang === 'zh' ? WORDING.zh : /not read yet/);
  });

  it.each([['zh', 'zh_CN.UTF-8'], ['en', 'en_US.UTF-8']] as const)('%s: every unknown line the CLI prints uses it', async (lang, LANG) => {
    const out = [
      await cli(['lint', join(__dirname, '../cli/facts/henan-individual.json')], LANG),
      await cli(['lint', join(__dirname, '../cli/facts/tencent-individual.json')], LANG),
      await cli(['check', 'zhangsan.cn'], LANG),
    ].join('\n');
    const unknown = out.split('\n').filter((l) => /^ {2}\? /.test(l));
    expect(unknown.length).toBeGreaterThan(5);
    for (const line of unknown) expect(line).toMatch(WORDING[lang]);
    expect(out).not.toMatch(OTHER[lang]);
  });
});
