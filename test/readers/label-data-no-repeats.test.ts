import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The word lists of rules/labels hold each word once: two helpers adding the same words to one list (session 50's merge:
 * 已用数 / 已用数量 twice in the service numbers' used column, "former" twice in formerColumns) leave a list whose repeats
 * say nothing and hide which words were meant.
 */
function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? jsonFiles(p) : p.endsWith('.json') ? [p] : [];
  });
}

function repeats(value: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(value)) {
    const seen = new Set<string>();
    for (const w of value) {
      if (typeof w !== 'string') continue;
      if (seen.has(w)) out.push(`${path}: ${w}`);
      seen.add(w);
    }
    value.forEach((v, i) => repeats(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) repeats(v, `${path}.${k}`, out);
  }
  return out;
}

describe('rules/labels word lists', () => {
  for (const file of jsonFiles('rules/labels')) {
    it(`${file}: no word twice in one list`, () => {
      expect(repeats(JSON.parse(readFileSync(file, 'utf8')), file, [])).toEqual([]);
    });
  }
});
