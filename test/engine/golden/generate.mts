// Writes the golden engine output: every result (all fields, in order) of every seeded account of
// accounts.ts, linted in zh and en (results.ts says the format), gzipped. Made on main at a362d55
// (before the allocation pass of session 15), from the repository root:
//   npx tsx test/engine/golden/generate.mts test/engine/golden/results-a362d55.jsonl.gz
// Re-generate ONLY for an intended change of results, and say which in the commit.
// engine-unchanged.test.ts re-lints the same accounts and compares result by result.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { goldenText, lintGoldenAccounts } from './results';

const results = lintGoldenAccounts();
const text = goldenText(results);
writeFileSync(process.argv[2]!, gzipSync(text, { level: 9 }));
let n = 0;
for (const list of results.values()) n += list.length;
console.log(results.size, 'account/lang lists,', n, 'results,', (text.length / 1e6).toFixed(1), 'M chars');
