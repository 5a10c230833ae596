import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { cliLimits, importLimits } from '../../src/store/limits';
import { root } from '../e2e/harness';

const dir = mkdtempSync(join(tmpdir(), 'icp-cli-'));
async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const writes: number[] = [];
  const code = await main(argv, {
    stdout: { write: (s: string) => void ((stdout += s), writes.push(s.length)) },
    stderr: { write: (s: string) => void (stderr += s) },
    env: { LANG: 'en_US.UTF-8' },
    now: new Date('2026-11-25T00:00:00+08:00'),
  });
  return { code, stdout, stderr, writes };
}
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe('command line input caps: one line, exit 2, the file never read whole', () => {
  it('the configured caps', () => {
    expect(cliLimits).toEqual({ factsFileBytes: importLimits.fileBytes, pageFileBytes: 4 * 1024 * 1024, argChars: 2000, singleFilePageBytes: 64 * 1024 * 1024, pageStyleBytes: 8 * 1024 * 1024 });
  });

  it('a facts file over the size cap', async () => {
    const big = file('big.json', `{"version":1,"pad":"${'x'.repeat(cliLimits.factsFileBytes)}"}`);
    const { code, stdout, stderr } = await run(['lint', big]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/big\.json is 4 MB; a facts file may be at most 4 MB/);
    oneLine(stderr);
  });

  it('a facts file over the count caps (1,000 domains on one website)', async () => {
    const f = file('many.json', JSON.stringify({ version: 1, websites: [{ name: 'w', domains: Array.from({ length: 1000 }, (_, i) => `d${i}.cn`) }] }));
    const { code, stderr } = await run(['lint', f]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/too many: websites\[0\]\.domains: 1000, at most 100 per website/);
    oneLine(stderr);
  });

  it('a saved page over the size cap', async () => {
    const page = file('big.html', `<html><body>${'<p>x</p>'.repeat(cliLimits.pageFileBytes / 8 + 1)}</body></html>`);
    const { code, stderr } = await run(['read', 'https://ecs.console.aliyun.com/server/region/cn-hangzhou', page]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/a saved page may be at most 4 MB/);
    oneLine(stderr);
  });

  it('an argument over the length cap', async () => {
    const { code, stderr } = await run(['lint', 'x'.repeat(3000)]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/an argument of 3000 characters \(at most 2000\)/);
    oneLine(stderr);
  });

  it('--json output is written result by result (no single huge string)', async () => {
    const f = file('ok.json', JSON.stringify({ version: 1, servers: Array.from({ length: 300 }, (_, i) => ({ id: `i-${i}`, product: 'ecs', billing: 'payg' })) }));
    const { stdout, writes } = await run(['lint', f, '--json']);
    const parsed = JSON.parse(stdout) as { results: unknown[] };
    expect(parsed.results.length).toBeGreaterThan(300);
    expect(writes.length).toBeGreaterThan(parsed.results.length);
    expect(Math.max(...writes)).toBeLessThan(4000);
  });
});

describe('the shipped command line', () => {
  it('is the bundle, built after every source file it contains (npm test and prepare build it)', () => {
    const bundle = statSync(join(root, 'dist/cli/main.cjs')).mtimeMs;
    const newest = (d: string): number =>
      readdirSync(join(root, d), { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(join(d, e.name)) : statSync(join(root, d, e.name)).mtimeMs), 0);
    expect(bundle).toBeGreaterThanOrEqual(Math.max(newest('src'), newest('rules')));
  });

  it('answers like the sources, one line and exit 2 on bad input, no stack trace on a closed pipe', () => {
    const bin = join(root, 'bin/icp-preflight.js');
    const out = execFileSync(process.execPath, [bin, 'check', 'example.cn', '--json', '--now', '2026-11-25'], { encoding: 'utf8' });
    expect(JSON.parse(out).domain).toBe('example.cn');
    const bad = spawnSync(process.execPath, [bin, 'lint', join(dir, 'missing.json')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    oneLine(bad.stderr);
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check example.cn | head -c 10`], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
  });
});
