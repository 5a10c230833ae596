import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lintGoldenAccounts, parseGolden } from './results';

/**
 * The engine's results are exactly those of main at a362d55 (before its allocation pass): for every
 * seeded account of accounts.ts (Alibaba Cloud, Tencent Cloud, mixed; with and without an entity or a
 * province; the bench's two large accounts), in zh and en, the same results in the same order, every
 * field equal (rule, subject, status, severity, title, message, fix, page, detail, params in their key
 * order, sources, variant, provider). A speed change that alters any result fails here.
 * Re-generated for intended text changes only (session 20 review: titles and sources a filer reads).
 */
const golden = parseGolden(gunzipSync(readFileSync('test/engine/golden/results-a362d55.jsonl.gz')).toString('utf8'));

describe('engine results unchanged on seeded accounts (golden: main at a362d55)', () => {
  const actual = lintGoldenAccounts();

  it('the accounts are those of the golden file, and large enough to mean something', () => {
    expect([...actual.keys()]).toEqual([...golden.keys()]);
    const subjects = new Set<string>();
    for (const [key, list] of actual) for (const r of list) subjects.add(`${key.split('/')[0]}|${r.subjectKind}|${r.subject}`);
    expect(subjects.size).toBeGreaterThan(3000);
    // Every rule of the catalogue, every status and severity, occur.
    const all = [...actual.values()].flat();
    expect(new Set(all.map((r) => r.rule)).size).toBeGreaterThanOrEqual(34);
    expect(new Set(all.map((r) => `${r.status}/${r.severity}`)).size).toBeGreaterThanOrEqual(7);
  });

  for (const key of golden.keys()) {
    it(`${key}: identical results, in order`, () => {
      const want = golden.get(key)!;
      const got = (actual.get(key) ?? []).map((r) => JSON.stringify(r));
      const first = want.findIndex((line, i) => got[i] !== line);
      // On a difference, show the first differing result (parsed, so the diff is by field).
      if (first >= 0) expect({ index: first, result: got[first] && JSON.parse(got[first]!) }).toEqual({ index: first, result: JSON.parse(want[first]!) });
      expect(got.length).toBe(want.length);
    });
  }
});
