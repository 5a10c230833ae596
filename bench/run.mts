/**
 * `npm run bench`: one JSON line per measurement, {"name","median_ms","budget_ms"} (sizes:
 * {"name","gzip_kb","budget_kb"}), with "within_budget" where a budget applies. It reports; it
 * does not fail on a miss (exit 0), so a slow machine does not break the build.
 */
import type { BenchLine } from './measure';

const suites = ['./engine.bench.ts', './readers.bench.ts', './extension.bench.ts', './cli.bench.ts'];

for (const suite of suites) {
  let lines: BenchLine[];
  try {
    const mod = (await import(suite)) as { default: () => Promise<BenchLine[]> };
    lines = await mod.default();
  } catch (e) {
    lines = [{ name: suite.replace(/^\.\/|\.bench\.ts$/g, ''), error: (e as Error).message.split('\n')[0] }];
  }
  for (const line of lines) {
    const out: Record<string, unknown> = { ...line };
    if (typeof line.median_ms === 'number' && typeof line.budget_ms === 'number') out.within_budget = line.median_ms <= line.budget_ms;
    if (typeof line.gzip_kb === 'number' && typeof line.budget_kb === 'number') out.within_budget = line.gzip_kb <= (line.budget_kb as number);
    console.log(JSON.stringify(out));
  }
}
