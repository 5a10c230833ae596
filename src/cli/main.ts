import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkDomain, lint, loadRuleSet, validateFacts } from '../engine/index';
import type { Lang, LintResult } from '../engine/types';
import { isCalendarDate } from '../facts/schema';
import { displaySafe, displaySafeResult } from '../messaging/display-safe';
import { cliLimits, importOverLimit } from '../store/limits';
import { CHECK_ALSO_NEEDS, colours, formatResults, plain } from './format';

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
  /** For tests: the clock. */
  now?: Date;
}

const EXIT_OK = 0;
const EXIT_FAIL = 1;
const EXIT_BAD_INPUT = 2;

const HELP = {
  en: `icp-preflight — check China ICP filing (备案) readiness

Usage:
  icp-preflight lint FACTS.json [--json]        every rule's result for a facts file
  icp-preflight check DOMAIN_OR_URL [--province P] [--entity individual|organization] [--facts FACTS.json] [--json]
                                                the manual lookup of one domain or URL
  icp-preflight read URL FILE.html [--json]     the facts the extension reads from a saved console page

Options:
  --json          machine-readable output
  --lang zh|en    language of messages (default: from LANG)
  --facts FILE    (check) a facts file with what has been seen already
  --now DATE      today's date, e.g. 2026-11-24 (default: the facts file's "now", else today in China)
  -h, --help      this help

Exit codes: 0 no error-severity rule fails, 1 one does, 2 bad input.
`,
  zh: `icp-preflight — 检查中国 ICP 备案条件

用法：
  icp-preflight lint FACTS.json [--json]        按事实文件逐条检查所有规则
  icp-preflight check 域名或网址 [--province 省份] [--entity individual|organization] [--facts 事实文件] [--json]
                                                手动检查一个域名或网址
  icp-preflight read 网址 页面.html [--json]     从保存的控制台页面读取事实

选项：
  --json          输出 JSON
  --lang zh|en    消息语言（默认取自 LANG）
  --facts 文件    （check）已获取到的事实文件
  --now 日期      当天日期，如 2026-11-24（默认：事实文件中的 now，否则为中国当天）
  -h, --help      显示帮助

退出码：0 没有错误级规则失败，1 有错误级规则失败，2 输入有误。
`,
};

export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^zh/i.test(value) ? 'zh' : 'en';
}

class BadInput extends Error {}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function readJsonFile(path: string): unknown {
  let text: string;
  try {
    // the size first: a file over the limit is never read into memory
    const { size } = statSync(path);
    if (size > cliLimits.factsFileBytes) throw new BadInput(`${path} is ${mb(size)}; a facts file may be at most ${mb(cliLimits.factsFileBytes)}`);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof BadInput) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new BadInput(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (e as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BadInput(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}

function loadFacts(path: string) {
  const rules = loadRuleSet();
  const checked = validateFacts(readJsonFile(path), rules);
  if (!checked.ok) throw new BadInput(`${path}: ${checked.error}`);
  const over = importOverLimit(checked.facts);
  if (over) throw new BadInput(`${path}: too many: ${over}`);
  return checked.facts;
}

function parseNow(value: string | undefined, io: CliIo): Date {
  if (value === undefined) return io.now ?? new Date();
  if (!isCalendarDate(value)) throw new BadInput(`--now: expected a date such as 2026-11-24, got "${value}"`);
  return new Date(`${value}T00:00:00+08:00`);
}

/** `--now` on the command line wins over the facts file's own `now`. */
function withNow<F extends { now?: string }>(facts: F, now: string | undefined): F {
  if (now === undefined) return facts;
  const { now: _fileNow, ...rest } = facts;
  return rest as F;
}

function exitFor(results: LintResult[]): number {
  return results.some((r) => r.status === 'fail' && r.severity === 'error') ? EXIT_FAIL : EXIT_OK;
}

/** Results as shown: page text display-safe (no direction controls, look-alike domains in punycode). */
function shown(results: LintResult[], lang: Lang): LintResult[] {
  return results.map((r) => displaySafeResult(r, lang));
}

/** JSON written result by result, so a long list never becomes one huge string. */
function writeJson(out: CliIo['stdout'], head: Record<string, unknown>, results: LintResult[]): void {
  const open = JSON.stringify(head).slice(0, -1);
  out.write(`${open}${open.length > 1 ? ',' : ''}"results":[`);
  toJson(results).results.forEach((r, i) => out.write(`${i ? ',' : ''}${JSON.stringify(r)}`));
  out.write(']}\n');
}

/** Facts JSON for the terminal: direction controls escaped (\u202e), so the text cannot reorder itself. */
function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function toJson(results: LintResult[]) {
  return {
    results: results.map((r) => ({
      rule: r.rule,
      status: r.status,
      severity: r.severity,
      subject: r.subject,
      subjectKind: r.subjectKind,
      message: r.message,
      ...(r.fix ? { fix: r.fix } : {}),
      ...(r.page ? { page: r.page } : {}),
      title: r.title,
      sources: r.sources.map((s) => ({ publisher: s.publisher, title: s.title, section: s.section, ...(s.url ? { url: s.url } : {}) })),
    })),
  };
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let lang = langFromEnv(io.env);
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        lang: { type: 'string' },
        province: { type: 'string' },
        entity: { type: 'string' },
        facts: { type: 'string' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.lang !== undefined) {
      if (values.lang !== 'zh' && values.lang !== 'en') throw new BadInput(`--lang: expected zh or en, got "${values.lang}"`);
      lang = values.lang;
    }
    const [command, ...args] = positionals;
    for (const v of [...positionals, ...Object.values(values)]) {
      if (typeof v === 'string' && v.length > cliLimits.argChars) {
        throw new BadInput(`${command === 'check' ? 'cannot check' : 'bad input'}: an argument of ${v.length} characters (at most ${cliLimits.argChars})`);
      }
    }
    if (values.help || command === 'help' || command === undefined) {
      io.stdout.write(HELP[lang]);
      return command === undefined && !values.help ? EXIT_BAD_INPUT : EXIT_OK;
    }
    const style = io.stdout.isTTY && !io.env.NO_COLOR ? colours : plain;
    const now = parseNow(values.now, io);
    const rules = loadRuleSet();

    if (command === 'lint') {
      if (args.length !== 1) throw new BadInput('lint: expected one facts file: icp-preflight lint FACTS.json');
      const facts = withNow(loadFacts(args[0]!), values.now);
      const results = lint(facts, rules, now, { lang });
      if (values.json) writeJson(io.stdout, {}, shown(results, lang));
      else io.stdout.write(`${formatResults(shown(results, lang), lang, style)}\n`);
      return exitFor(results);
    }

    if (command === 'check') {
      if (args.length !== 1) throw new BadInput('check: expected one domain or URL: icp-preflight check DOMAIN_OR_URL');
      const entity = values.entity;
      if (entity !== undefined && entity !== 'individual' && entity !== 'organization') {
        throw new BadInput(`--entity: expected individual or organization, got "${entity}"`);
      }
      const outcome = checkDomain(
        args[0]!,
        { province: values.province, entityType: entity, facts: values.facts ? withNow(loadFacts(values.facts), values.now) : undefined, now, lang },
        rules,
      );
      if (!outcome.ok) throw new BadInput(outcome.error);
      if (values.json) writeJson(io.stdout, { domain: displaySafe(outcome.domain, lang) }, shown(outcome.results, lang));
      else {
        // an IP address or a public suffix is not a domain to file: no "what else" line after it
        const notFileable = outcome.results.some((r) => r.rule === 'domain.registrable' && r.status === 'fail');
        io.stdout.write(`${formatResults(shown(outcome.results, lang), lang, style)}\n${notFileable ? '' : `\n${style.dim(CHECK_ALSO_NEEDS[lang])}\n`}`);
      }
      return exitFor(outcome.results);
    }

    if (command === 'read') {
      if (args.length !== 2) throw new BadInput('read: expected a URL and a saved page: icp-preflight read URL FILE.html');
      // happy-dom is loaded only for `read`.
      const { readSavedPage } = await import('./read-page');
      const outcome = readSavedPage(args[0]!, args[1]!);
      if (!outcome.ok) throw new BadInput(outcome.error);
      const facts = outcome.facts;
      if (values.json) io.stdout.write(`${safeJson(facts)}\n`);
      else {
        io.stdout.write(
          outcome.reader
            ? `${lang === 'zh' ? '读取器' : 'Reader'}: ${outcome.reader}\n${safeJson(facts, 2)}\n`
            : `${lang === 'zh' ? '页面未被识别，没有读到事实' : 'The page was not recognised: no facts read'} (${outcome.tried.join(', ')})\n${safeJson(facts, 2)}\n`,
        );
      }
      return EXIT_OK;
    }

    throw new BadInput(`unknown command "${command}" (expected lint, check or read; see --help)`);
  } catch (e) {
    const code = (e as { code?: string }).code;
    // node's own wording for an unknown option suggests '-- "--x"'; say what the user typed and where to look
    const unknownOption = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec((e as Error).message)?.[1] : undefined;
    const message = unknownOption
      ? `unknown option ${unknownOption} (see --help)`
      : e instanceof BadInput || code?.startsWith('ERR_PARSE_ARGS') ? (e as Error).message : `unexpected error: ${(e as Error).message}`;
    // one line, never a stack trace
    io.stderr.write(`icp-preflight: ${displaySafe(String(message), lang).replace(/\s*\n\s*/g, ' ').slice(0, 500)}\n`);
    return EXIT_BAD_INPUT;
  }
}
