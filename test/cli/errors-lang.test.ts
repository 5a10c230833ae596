import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { cliLimits } from '../../src/store/limits';

/**
 * Every error a user of the command line can meet, in English and in Chinese (from LANG and from
 * --lang): one line on stderr, exit 2, nothing on stdout, no stack trace, and in Chinese no English
 * sentence around the names the user typed.
 */

const dir = mkdtempSync(join(tmpdir(), 'icp-cli-lang-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const facts = (name: string, value: unknown) => file(name, JSON.stringify(value));

async function run(args: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    now: new Date('2026-11-24T12:00:00+08:00'),
  });
  return { code, stdout, stderr };
}

const ECS = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const bigFacts = () => file('big.json', `{"version":1,"pad":"${'x'.repeat(cliLimits.factsFileBytes)}"}`);
const bigPage = () => file('big.html', `<html><body>${'<p>x</p>'.repeat(cliLimits.pageFileBytes / 8 + 1)}</body></html>`);

/** [what, argv, English message, Chinese message] */
const cases: [string, () => string[], RegExp, RegExp][] = [
  ['an unknown option', () => ['check', 'a.com', '--bogus'], /^unknown option --bogus \(see --help\)$/, /^未知选项 --bogus（见 --help）$/],
  ['an option without its value', () => ['check', 'a.com', '--province'], /^option --province needs a value/, /^选项 --province 需要一个值/],
  ['a value for a flag', () => ['lint', 'x.json', '--json=yes'], /^option --json takes no value/, /^选项 --json 不带值/],
  ['a bad --entity', () => ['check', 'a.com', '--entity', 'company'], /^--entity: expected individual or organization, got "company"$/, /^--entity：应为 individual 或 organization，而不是“company”$/],
  ['a bad --now', () => ['check', 'a.com', '--now', 'tomorrow'], /^--now: expected a date such as 2026-11-24, got "tomorrow"$/, /^--now：应为日期，如 2026-11-24，而不是“tomorrow”$/],
  ['an argument too long', () => ['lint', 'x'.repeat(3000)], /^bad input: an argument of 3000 characters \(at most 2000\)$/, /^输入有误：有一个参数长 3000 个字符（最多 2000 个）$/],
  ['lint without a file', () => ['lint'], /^lint: expected one facts file/, /^lint：需要一个信息文件/],
  ['check without a domain', () => ['check'], /^check: expected one domain or URL/, /^check：需要一个域名或网址/],
  ['read without a page', () => ['read', ECS], /^read: expected a URL and a saved page/, /^read：需要一个网址和一个保存的页面/],
  ['an unknown command', () => ['frobnicate'], /^unknown command "frobnicate"/, /^未知命令“frobnicate”/],
  ['a missing facts file', () => ['lint', join(dir, 'none.json')], /^cannot read .*none\.json: no such file$/, /^无法读取 .*none\.json：文件不存在$/],
  ['a directory for a facts file', () => ['lint', dir], /^cannot read .*: it is a directory$/, /^无法读取 .*：这是一个目录$/],
  ['a facts file too large', () => ['lint', bigFacts()], /big\.json is 4 MB; a facts file may be at most 4 MB$/, /big\.json 有 4 MB，信息文件最大 4 MB$/],
  ['a file that is not JSON', () => ['lint', file('bad.json', '{"version": 1,')], /bad\.json is not valid JSON: /, /bad\.json 不是有效的 JSON（第 15 个字符处）$/],
  ['an empty file', () => ['lint', file('empty.json', '')], /empty\.json is not valid JSON: /, /empty\.json 不是有效的 JSON（内容在中途结束）$/],
  ['a file that is not JSON inside', () => ['lint', file('bad2.json', '{"version": 1 x}')], /bad2\.json is not valid JSON: /, /bad2\.json 不是有效的 JSON(（第 .+）)?$/],
  ['a facts file of another version', () => ['lint', facts('v2.json', { version: 2 })], /v2\.json: version: Invalid input: expected 1$/, /v2\.json：字段 version 应为 1$/],
  ['another JSON file (an array)', () => ['lint', file('arr.json', '[1]')], /arr\.json: \(top level\): Invalid input: expected object/, /arr\.json：顶层应为对象/],
  ['a field of the wrong value', () => ['lint', facts('t.json', { version: 1, servers: [{ id: 'i-1', product: 'ecs', billing: 'monthly' }] })], /t\.json: servers\[0\]\.billing: Invalid option: expected one of "subscription"\|"payg"$/, /t\.json：字段 servers\[0\]\.billing 应为以下之一："subscription"、"payg"$/],
  ['a field of the wrong type', () => ['lint', facts('n.json', { version: 1, domains: [{ domain: 5 }] })], /n\.json: domains\[0\]\.domain: Invalid input: expected string/, /n\.json：字段 domains\[0\]\.domain 应为文本$/],
  ['a bad date', () => ['lint', facts('d.json', { version: 1, domains: [{ domain: 'a.com', expiresAt: '2027-02-30' }] })], /domains\[0\]\.expiresAt: expected an ISO date such as 2027-02-28$/, /字段 domains\[0\]\.expiresAt 应为 ISO 日期，如 2027-02-28$/],
  ['a name too long', () => ['lint', facts('l.json', { version: 1, websites: [{ name: 'x'.repeat(600), domains: ['a.com'] }] })], /websites\[0\]\.name: Too big/, /字段 websites\[0\]\.name 太长：最多 500 个字符$/],
  ['an unknown province', () => ['lint', facts('p.json', { version: 1, entity: { type: 'individual', province: 'Atlantis' } })], /entity\.province: unknown province "Atlantis"$/, /字段 entity\.province 是未知的省份“Atlantis”$/],
  ['a Hong Kong filing province', () => ['lint', facts('hk.json', { version: 1, entity: { type: 'individual', province: '香港' } })], /is not a filing province/, /字段 entity\.province“香港”不是备案省份/],
  ['an impossible domain', () => ['lint', facts('x.json', { version: 1, domains: [{ domain: 'exa mple..com' }] })], /domains\[0\]\.domain: "exa mple\.\.com" is not a domain name$/, /字段 domains\[0\]\.domain“exa mple\.\.com”不是域名$/],
  ['an impossible website domain', () => ['lint', facts('w.json', { version: 1, websites: [{ domains: ['a.com', 'b..c'] }] })], /websites\[0\]\.domains\[1\]: "b\.\.c" is not a domain name$/, /字段 websites\[0\]\.domains\[1\]“b\.\.c”不是域名$/],
  ['too many domains on one website', () => ['lint', facts('many.json', { version: 1, websites: [{ name: 'w', domains: Array.from({ length: 1000 }, (_, i) => `d${i}.cn`) }] })], /too many: websites\[0\]\.domains: 1000, at most 100 per website$/, /数量超出上限：websites\[0\]\.domains 有 1000 个，每个网站最多 100 个$/],
  ['too many servers', () => ['lint', facts('servers.json', { version: 1, servers: Array.from({ length: 2001 }, (_, i) => ({ id: `i-${i}`, product: 'ecs' })) })], /too many: servers: 2001, at most 2000$/, /数量超出上限：servers 有 2001 项，最多 2000 项$/],
  ['check --facts with a missing file', () => ['check', 'a.com', '--facts', join(dir, 'none.json')], /^cannot read .*none\.json: no such file$/, /^无法读取 .*none\.json：文件不存在$/],
  ['an impossible domain to check', () => ['check', 'a..b'], /^cannot check "a\.\.b"/, /^无法检查“a\.\.b”/],
  ['an unknown province to check', () => ['check', 'a.com', '--province', 'Narnia'], /^unknown filing province "Narnia"/, /^未知的备案省份“Narnia”/],
  ['read: not a URL', () => ['read', 'not a url', '/x.html'], /^"not a url" is not a URL/, /^“not a url”不是网址/],
  ['read: an unknown page', () => ['read', 'https://example.com/', '/x.html'], /^no reader matches example\.com\//, /^没有读取器认识 example\.com\//],
  ['read: a missing page file', () => ['read', ECS, join(dir, 'none.html')], /^cannot read .*none\.html: no such file$/, /^无法读取 .*none\.html：文件不存在$/],
  ['read: a page too large', () => ['read', ECS, bigPage()], /big\.html is 4 MB; a saved page may be at most 4 MB$/, /big\.html 有 4 MB，保存的页面最大 4 MB$/],
];

/** English words of the English messages: none may be left in a Chinese one. */
const ENGLISH = /\b(expected|cannot|unknown|invalid|input|option|at most|too (?:many|big|long)|is not|got|see README|no such|directory|matches|needs|takes|usage|error|file|characters|per website)\b/i;

const one = (stderr: string) => {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
  return stderr.trim().replace(/^icp-preflight: /, '');
};

describe('every CLI error in the language of the user (LANG or --lang), one line', () => {
  it.each(cases)('%s', async (_what, argv, en, zh) => {
    const args = argv();
    const english = await run(args, { LANG: 'en_US.UTF-8' });
    expect(english.code).toBe(2);
    expect(english.stdout).toBe('');
    expect(one(english.stderr)).toMatch(en);

    const chinese = await run(args, { LANG: 'zh_CN.UTF-8' });
    expect(chinese.code).toBe(2);
    expect(chinese.stdout).toBe('');
    const text = one(chinese.stderr);
    expect(text).toMatch(zh);
    expect(text.replace(/README “Pages read”/, '')).not.toMatch(ENGLISH);

    // --lang zh wins over an English LANG (and is honoured even when the arguments are bad)
    expect(one((await run([...args, '--lang', 'zh'], { LANG: 'en_US.UTF-8' })).stderr)).toMatch(zh);
    expect(one((await run([...args, '--lang=en'], { LANG: 'zh_CN.UTF-8' })).stderr)).toMatch(en);
  });

  it('a bad --lang is worded in the language of LANG', async () => {
    expect(one((await run(['lint', 'x.json', '--lang', 'fr'], { LANG: 'en_US.UTF-8' })).stderr)).toBe('--lang: expected zh or en, got "fr"');
    expect(one((await run(['lint', 'x.json', '--lang', 'fr'], { LANG: 'zh_CN.UTF-8' })).stderr)).toBe('--lang：应为 zh 或 en，而不是“fr”');
  });
});

describe('the Chinese CLI names the facts file as the options page does (信息文件)', () => {
  it('help and read say 信息文件 / 信息, never 事实; read\'s note in full-width brackets', async () => {
    const help = (await run(['--help'], { LANG: 'zh_CN.UTF-8' })).stdout;
    expect(help).toMatch(/信息文件/);
    const blank = file('blank.html', '<html><body><h1>Welcome</h1></body></html>');
    const read = (await run(['read', 'https://ecs.console.aliyun.com/server', blank], { LANG: 'zh_CN.UTF-8' })).stdout;
    // full-width brackets in Chinese text (docs/strings-style.md)
    expect(read).toMatch(/^页面未被识别，没有读取到任何信息（已尝试的读取器：aliyun-ecs-instance-list、aliyun-ecs-instance-detail）\n/);
    const en = (await run(['read', 'https://ecs.console.aliyun.com/server', blank], { LANG: 'en_US.UTF-8' })).stdout;
    expect(en).toMatch(/^The page was not recognised: no facts read \(aliyun-ecs-instance-list, aliyun-ecs-instance-detail\)\n/);
    for (const text of [help, read]) expect(text).not.toMatch(/事实/);
  });
});
