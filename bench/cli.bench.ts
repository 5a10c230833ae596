import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../test/e2e/harness';

/**
 * `icp-preflight check example.cn` start-to-exit time against a bare `node -e 0`, runs interleaved
 * (so both see the same machine load); the budget is 3× node's own start.
 */
const runs = Number(process.env.CLI_BENCH_RUNS ?? 21);
const bin = join(root, 'bin/icp-preflight.js');

function time(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${String(r.stderr).split('\n')[0]}`);
  return ms;
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return Math.round((s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) * 10) / 10;
};

export default async function (): Promise<object[]> {
  if (!existsSync(join(root, 'dist/cli/main.cjs'))) throw new Error('build the command line first (npm run build:cli)');
  time([bin, 'check', 'example.cn']); // writes the code cache on a fresh install
  const node: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(time(['-e', '0']));
    cli.push(time([bin, 'check', 'example.cn']));
  }
  const base = median(node);
  return [{ name: 'cli-check-start', median_ms: median(cli), budget_ms: Math.round(base * 3 * 10) / 10, node_e0_ms: base, ratio: Math.round((median(cli) / base) * 100) / 100, runs }];
}
