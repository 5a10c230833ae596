// Bytes the engine allocates per lint of the bench's two large accounts (bench/engine.bench.ts), in each
// language: a count, steady on a shared machine where times swing, and the cause of the lint's GC time.
// Allocation is measured with a young generation large enough that no GC runs during one lint.
//   npx tsx bench/engine-alloc.mts                   (this checkout)
//   SRC=/path/to/other/checkout npx tsx bench/engine-alloc.mts   (another version's src/ and bench/)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  // Re-run with the flags the count needs.
  const flags = ['--expose-gc', '--min-semi-space-size=256', '--max-semi-space-size=256', '--import', 'tsx'];
  const r = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const root = process.env.SRC ?? new URL('..', import.meta.url).pathname;
const { lint, loadRuleSet } = await import(`${root}/src/engine/index.ts`);
const { largeFacts, largeTencentFacts } = await import(`${root}/bench/engine.bench.ts`);
const rules = loadRuleSet();
const now = new Date('2026-11-24');
const runs = Number(process.argv[2] ?? 5);
for (const [name, facts] of [['lint-1000-domains-1000-servers-200-websites', largeFacts()], ['lint-tencent-1000-domains-1000-servers-200-websites', largeTencentFacts()]] as const) {
  for (const lang of ['en', 'zh'] as const) {
    for (let i = 0; i < 3; i++) lint(facts, rules, now, { lang });
    const mb: number[] = [];
    let results = 0;
    for (let i = 0; i < runs; i++) {
      gc!();
      const before = v8.getHeapStatistics().used_heap_size;
      results = lint(facts, rules, now, { lang }).length;
      mb.push((v8.getHeapStatistics().used_heap_size - before) / 1e6);
    }
    mb.sort((a, b) => a - b);
    console.log(JSON.stringify({ name, lang, allocated_mb: Math.round(mb[mb.length >> 1]! * 100) / 100, results }));
  }
}
