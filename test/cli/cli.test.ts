import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'icp-cli-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('icp-preflight lint', () => {
  it('--json prints every result in the contract shape and exits 1 when an error fails', async () => {
    const { code, stdout, stderr } = await run(['lint', here('facts/henan-individual.json'), '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const { results } = JSON.parse(stdout);
    for (const r of results) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['rule', 'status', 'severity', 'subject', 'message']));
      expect(['pass', 'fail', 'unknown']).toContain(r.status);
    }
    const find = (rule: string, subject: string) => results.find((r: { rule: string; subject: string }) => r.rule === rule && r.subject === subject);
    expect(find('filing.province-domain-limit', '张三的摄影日记').status).toBe('fail');
    expect(find('domain.registrar-approved', 'zhangsan-photo.com').status).toBe('fail');
    expect(find('domain.real-name-verified', 'zhangsan-photo.com').status).toBe('fail');
    expect(find('domain.registrant-matches-entity', 'zhangsan.cn').status).toBe('pass');
    expect(find('server.subscription-length', 'i-bp1demo').status).toBe('pass');
  });

  it('exits 0 when nothing of error severity fails, and groups human output by subject', async () => {
    const { code, stdout } = await run(['lint', here('facts/clean.json')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Entity 杭州示例科技有限公司$/m);
    expect(stdout).toMatch(/^Domain example-tech\.com$/m);
    expect(stdout).toMatch(/^Server i-ok$/m);
    expect(stdout).toMatch(/0 errors/);
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('speaks Chinese from LANG and from --lang', async () => {
    const zh = await run(['lint', here('facts/henan-individual.json')], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toMatch(/河南管局规定每个网站只能备案 1 个域名/);
    const forced = await run(['lint', here('facts/henan-individual.json'), '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(forced.stdout).toMatch(/Henan allows only 1 per website/);
  });

  it.each([
    ['a missing file', () => '/nonexistent/facts.json', /cannot read .*no such file/],
    ['invalid JSON', () => tempFile('bad.json', '{"version": 1,'), /not valid JSON/],
    ['a wrong version', () => tempFile('v2.json', '{"version": 2}'), /version/],
    ['a wrong type', () => tempFile('t.json', '{"version":1,"servers":[{"id":"i-1","product":"ecs","billing":"monthly"}]}'), /servers\[0\]\.billing/],
    ['an unknown province', () => tempFile('p.json', '{"version":1,"entity":{"type":"individual","province":"Atlantis"}}'), /entity\.province: unknown province "Atlantis"/],
    ['a Hong Kong filing province', () => tempFile('hk.json', '{"version":1,"entity":{"type":"individual","province":"香港"}}'), /not a filing province/],
    ['an impossible domain', () => tempFile('d.json', '{"version":1,"domains":[{"domain":"exa mple..com"}]}'), /domains\[0\]\.domain/],
  ])('exits 2 on %s with a one-line message', async (_name, file, message) => {
    const { code, stdout, stderr } = await run(['lint', file()]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('icp-preflight check', () => {
  it('reduces a pasted .io URL to its registrable domain and fails the TLD', async () => {
    const { code, stdout } = await run(['check', 'https://www.Zhangsan.IO/blog?x=1', '--json']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.domain).toBe('zhangsan.io');
    expect(out.results.find((r: { rule: string }) => r.rule === 'domain.tld-approved')).toMatchObject({ status: 'fail', severity: 'error', subject: 'zhangsan.io' });
  });

  it('uses what a facts file has seen of the domain, and the province given', async () => {
    const { stdout } = await run(['check', 'ZHANGSAN.CN', '--facts', here('facts/henan-individual.json'), '--province', 'CN-HA', '--json']);
    const results = JSON.parse(stdout).results as { rule: string; status: string }[];
    expect(results.find((r) => r.rule === 'domain.real-name-verified')?.status).toBe('pass');
    expect(results.find((r) => r.rule === 'filing.province-domain-limit')?.status).toBe('fail');
    expect(results.find((r) => r.rule === 'filing.sms-verification')?.status).toBe('fail');
  });

  it('a bare IP address fails domain.registrable', async () => {
    const { code, stdout } = await run(['check', 'http://47.96.1.2/', '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).results[0]).toMatchObject({ rule: 'domain.registrable', status: 'fail' });
  });

  it.each([[''], ['   '], ['http://'], ['com.cn'], ['localhost'], ['a..b'], ['x'.repeat(5000)]])('exits 2 on the impossible domain %j', async (input) => {
    const { code, stderr } = await run(['check', input]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^icp-preflight: cannot check/);
  });

  it.each([
    [['check', 'a.com', '--province', 'Narnia'], /unknown filing province/],
    [['check', 'a.com', '--entity', 'company'], /--entity: expected individual or organization/],
    [['check'], /expected one domain/],
    [['check', 'a.com', '--bogus'], /--bogus/],
    [['frobnicate'], /unknown command/],
  ])('exits 2 on bad arguments %j', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('--help prints usage in both languages and exits 0', async () => {
    expect((await run(['--help'])).stdout).toMatch(/icp-preflight lint FACTS\.json/);
    expect((await run(['--help'], { LANG: 'zh_CN.UTF-8' })).stdout).toMatch(/用法/);
    expect((await run(['--help'])).code).toBe(0);
  });
});

describe('CLI fixes from review (issue 9)', () => {
  it('check --province 香港 says "not a filing province", as lint does', async () => {
    for (const province of ['香港', 'Hong Kong', '澳门', 'CN-TW']) {
      const { code, stderr } = await run(['check', 'a.com', '--province', province]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/is not a filing province/);
      expect(stderr).not.toMatch(/unknown filing province/);
    }
    expect((await run(['check', 'a.com', '--province', '香港'], { LANG: 'zh_CN.UTF-8' })).stderr).toMatch(/不是备案省份/);
  });

  it('an IDN is printed in Unicode, whatever form it was typed in', async () => {
    for (const input of ['xn--fsqu00a.xn--fiqs8s', 'http://www.xn--fsqu00a.xn--fiqs8s/a', '例子.中国']) {
      const human = await run(['check', input]);
      expect(human.stdout).toMatch(/例子\.中国/);
      expect(human.stdout).not.toMatch(/xn--/);
      const json = await run(['check', input, '--json']);
      expect(json.stdout).not.toMatch(/xn--/);
    }
  });

  it('counts read "1 error", "1 warning", "1 note" in the singular; zh uses measure words', async () => {
    const file = tempFile('one.json', JSON.stringify({ version: 1, now: '2026-11-24', domains: [{ domain: 'a.com', realNameVerified: false }] }));
    const en = await run(['lint', file]);
    expect(en.stdout).toMatch(/^1 error, 0 warnings, 0 notes, /m);
    expect(en.stdout).not.toMatch(/1 errors/);
    const zh = await run(['lint', file], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toMatch(/^1 个错误，0 个警告，0 条提示，/m);
  });

  it('--now on the command line wins over the facts file\'s now (lint and check --facts)', async () => {
    // clean.json says now 2026-11-24; its domain expires 2029-01-01 and its server 2027-12-31.
    const later = await run(['lint', here('facts/clean.json'), '--now', '2029-06-01', '--json']);
    const results = JSON.parse(later.stdout).results as { rule: string; status: string; subject: string }[];
    expect(results.find((r) => r.rule === 'domain.not-expired')?.status).toBe('fail');
    expect(later.code).toBe(1);
    const without = JSON.parse((await run(['lint', here('facts/clean.json'), '--json'])).stdout).results as { rule: string; status: string }[];
    expect(without.find((r) => r.rule === 'domain.not-expired')?.status).toBe('pass');
    const check = await run(['check', 'example-tech.com', '--facts', here('facts/clean.json'), '--now', '2029-06-01', '--json']);
    expect((JSON.parse(check.stdout).results as { rule: string; status: string }[]).find((r) => r.rule === 'domain.not-expired')?.status).toBe('fail');
  });

  it('the usage of check lists --facts', async () => {
    for (const LANG of ['en_US.UTF-8', 'zh_CN.UTF-8']) {
      const usage = (await run(['--help'], { LANG })).stdout.split('\n').find((l) => /icp-preflight check/.test(l))!;
      expect(usage).toMatch(/--facts/);
    }
  });

  it('prints sources as publisher, document and section with a link, never a seed number', async () => {
    const JARGON = /seed|资料 ?0|Seed document|外部资料|§|(^|[^\d\w.])00[0-5]([^\d\w]|$)/i;
    for (const LANG of ['en_US.UTF-8', 'zh_CN.UTF-8']) {
      for (const args of [['lint', here('facts/henan-individual.json')], ['lint', here('facts/henan-individual.json'), '--json'], ['check', 'http://47.96.1.2/'], ['check', 'a.io', '--province', '河南', '--entity', 'individual', '--json'], ['--help']]) {
        const { stdout } = await run(args, { LANG });
        expect(stdout, args.join(' ')).not.toMatch(JARGON);
      }
    }
    const en = (await run(['lint', here('facts/henan-individual.json')])).stdout;
    expect(en).toMatch(/Source: Alibaba Cloud, “ICP Filing — Product Introduction”: Restrictions › Domain names \(https:\/\/help\.aliyun\.com\/zh\/icp-filing\/\)/);
    const zh = (await run(['lint', here('facts/henan-individual.json')], { LANG: 'zh_CN.UTF-8' })).stdout;
    expect(zh).toMatch(/依据：阿里云《ICP备案 产品简介》：限制说明 › 域名/);
    const json = JSON.parse((await run(['lint', here('facts/henan-individual.json'), '--json'])).stdout);
    const fail = json.results.find((r: { rule: string; subject: string }) => r.rule === 'domain.real-name-verified' && r.subject === 'zhangsan-photo.com');
    expect(fail).toMatchObject({ status: 'fail', title: 'Domain not real-name verified' });
    expect(fail.sources[0]).toMatchObject({ publisher: 'Alibaba Cloud', url: expect.stringMatching(/^https:/) });
  });
});

describe('CLI fixes from review (session 20)', () => {
  it('an entity with no name is headed by its kind alone, never "Entity entity" / "备案主体 entity"', async () => {
    const en = await run(['check', '1.2.3.4', '--province', '河南']);
    expect(en.stdout).toMatch(/^Entity$/m);
    expect(en.stdout).not.toMatch(/\bentity$/m);
    const zh = await run(['check', '1.2.3.4', '--province', '河南'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toMatch(/^备案主体$/m);
    expect(zh.stdout).not.toMatch(/^备案主体 entity$/m);
    // A named entity keeps its name.
    expect((await run(['lint', here('facts/clean.json')])).stdout).toMatch(/^Entity 杭州示例科技有限公司$/m);
  });

  it('check ends with what else a filing needs (README: "plus a line on what else a filing needs"), not after an IP', async () => {
    expect((await run(['check', 'zhangsan.cn'])).stdout).toMatch(/\nA filing needs more than the domain: .*icp-preflight lint.*\n$/);
    expect((await run(['check', 'zhangsan.cn'], { LANG: 'zh_CN.UTF-8' })).stdout).toMatch(/\n备案不只需要域名：.*\n$/);
    expect((await run(['check', '1.2.3.4'])).stdout).not.toMatch(/A filing needs more/);
    expect((await run(['check', 'zhangsan.cn', '--json'])).stdout).not.toMatch(/A filing needs more/);
  });

  it('an unknown option: one short line naming it, exit 2 (not node\'s advice to put it after --)', async () => {
    for (const opt of ['--bogus', '-x', '--provence=河南']) {
      const { code, stderr } = await run(['check', 'a.com', opt]);
      expect(code).toBe(2);
      expect(stderr).toBe(`icp-preflight: unknown option ${opt.split('=')[0]} (see --help)\n`);
    }
  });
});

describe('icp-preflight read', () => {
  it('exits 2 when no reader matches the URL or the file cannot be read', async () => {
    const noReader = await run(['read', 'https://example.com/', here('facts/clean.json')]);
    expect(noReader.code).toBe(2);
    expect(noReader.stderr).toMatch(/no reader matches example\.com/);
    const noFile = await run(['read', 'https://ecs.console.aliyun.com/server', '/nonexistent.html']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/cannot read/);
    expect((await run(['read', 'not a url', '/x.html'])).code).toBe(2);
  });

  it('prints an empty facts file for a page on a console host that no reader recognises', async () => {
    const file = tempFile('blank.html', '<html><body><h1>Welcome</h1></body></html>');
    const { code, stdout } = await run(['read', 'https://ecs.console.aliyun.com/server', file, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ version: 1 });
  });
});

describe('the installed bin', () => {
  it('runs through npx-style bin/icp-preflight.js with no build step', () => {
    const bin = join(__dirname, '../../bin/icp-preflight.js');
    const out = execFileSync(process.execPath, [bin, 'check', 'example.com.cn', '--json', '--now', '2026-11-24'], { encoding: 'utf8' });
    expect(JSON.parse(out).domain).toBe('example.com.cn');
    const bad = spawnSync(process.execPath, [bin, 'lint', '/nonexistent.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
