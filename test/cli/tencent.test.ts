import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const here = (f: string) => join(__dirname, f);

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    env: { LANG: 'en_US.UTF-8', ...env },
    now: new Date('2026-11-24T12:00:00+08:00'),
  });
  return { code, stdout, stderr };
}

type Result = { rule: string; status: string; severity: string; subject: string; message: string };
async function lintJson(file: string): Promise<{ code: number; results: Result[] }> {
  const { code, stdout, stderr } = await run(['lint', here(`facts/${file}`), '--json']);
  expect(stderr).toBe('');
  return { code, results: JSON.parse(stdout).results };
}
const find = (results: Result[], rule: string, subject: string) => results.find((r) => r.rule === rule && r.subject === subject);

describe('icp-preflight lint on Tencent Cloud facts files', () => {
  it('a clean Tencent filing exits 0, with the Tencent rules passing', async () => {
    const { code, results } = await lintJson('tencent-clean.json');
    expect(code).toBe(0);
    for (const rule of ['domain.real-name-age', 'filing.websites-per-order', 'filing.account-matches-entity', 'server.authorization-code', 'server.subscription-length', 'filing.province-domain-limit']) {
      expect(results.filter((r) => r.rule === rule).map((r) => r.status), rule).toEqual(['pass']);
    }
    expect(results.filter((r) => r.status === 'fail' && r.severity === 'error')).toEqual([]);
  });

  it('an individual on Lighthouse: each Tencent rejection cause is an error, the .me doubt a warning', async () => {
    const { code, results } = await lintJson('tencent-individual.json');
    expect(code).toBe(1);
    expect(find(results, 'server.subscription-length', 'lhins-3ab9demo')).toMatchObject({ status: 'fail', severity: 'error' });
    expect(find(results, 'filing.province-domain-limit', '李四的旅行笔记')).toMatchObject({ status: 'fail', severity: 'error' });
    expect(find(results, 'domain.real-name-age', 'lisi-travel.cn')).toMatchObject({ status: 'fail', severity: 'error' });
    expect(find(results, 'domain.min-validity', 'lisi-travel.cn')).toMatchObject({ status: 'fail', severity: 'error' });
    expect(find(results, 'filing.account-matches-entity', '李四')).toMatchObject({ status: 'fail', severity: 'error' });
    expect(find(results, 'domain.tld-approved', 'lisi.me')).toMatchObject({ status: 'fail', severity: 'warning' });
    expect(find(results, 'domain.tld-approved', 'lisi.me')!.message).toMatch(/2022-08-30/);
  });

  it('speaks of Tencent Cloud in Chinese: messages and fixes never name Alibaba Cloud or service numbers', async () => {
    const { stdout } = await run(['lint', here('facts/tencent-individual.json')], { LANG: 'zh_CN.UTF-8' });
    expect(stdout).toMatch(/腾讯云每个网站只能填写 1 个域名/);
    expect(stdout).toMatch(/累计不足 3 个月/);
    // Sources ("依据") of rules both clouds share may still cite Alibaba Cloud's documents.
    const json = await run(['lint', here('facts/tencent-individual.json'), '--json', '--lang', 'zh']);
    const texts = (JSON.parse(json.stdout).results as { message: string; fix?: string }[]).flatMap((r) => [r.message, r.fix ?? '']);
    expect(texts.filter((t) => /阿里云|备案服务号/.test(t))).toEqual([]);
  });

  it('a mixed file: the Alibaba website keeps 10 domains per website, the Tencent one gets 1', async () => {
    const { code, results } = await lintJson('mixed-providers.json');
    expect(code).toBe(1);
    expect(find(results, 'filing.province-domain-limit', '示例科技官网')!.status).toBe('pass');
    expect(find(results, 'filing.province-domain-limit', '示例科技商城')!.status).toBe('fail');
    expect(find(results, 'server.subscription-length', 'i-bp1mixed')!.status).toBe('fail'); // 2 months left < 3
    expect(find(results, 'server.subscription-length', 'ins-mixed01')!.status).toBe('pass'); // 12 bought, ≥ 1 left
    expect(results.filter((r) => r.rule === 'domain.real-name-age').map((r) => r.subject).sort()).toEqual(['example-shop.cn', 'example-shop.com']);
  });
});

describe('icp-preflight lint on the Alibaba Cloud facts files: the full --json as on main (70927f2)', () => {
  // test/cli/baseline/*.lint.json: the --json output of main before providers existed. Verdicts are
  // compared (messages are reworded elsewhere); the only new results allowed are domain.min-validity's.
  it.each(['clean', 'henan-individual'])('%s.json', async (name) => {
    const before: Result[] = JSON.parse(readFileSync(here(`baseline/${name}.lint.json`), 'utf8')).results;
    const { results } = await lintJson(`${name}.json`);
    const verdict = (r: Result) => `${r.rule} ${r.subject} ${r.status} ${r.severity}`;
    const added = results.filter((r) => !before.some((b) => verdict(b) === verdict(r)));
    const removed = before.filter((b) => !results.some((r) => verdict(b) === verdict(r)));
    expect(removed).toEqual([]);
    expect(added.map((r) => r.rule).filter((r) => r !== 'domain.min-validity')).toEqual([]);
    expect(added.length).toBe(name === 'henan-individual' ? 2 : 0);
  });
});
