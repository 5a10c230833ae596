import type { z } from 'zod';
import type { Lang } from '../engine/types';
import type { FactsIssue } from '../engine/validate-facts';
import { isoDateMessage } from '../facts/schema';
import type { ImportOverLimit } from '../store/limits';

/**
 * The command line's own texts, zh and en, in one place (rule texts come from rules/ through the
 * engine; `check`'s input errors from the engine in the language asked for). Every error a user can
 * meet is one of InputError's kinds, worded here: one line, in the chosen language.
 */

/** What was wrong with the input, for `inputError` to word. */
export type InputError =
  | { kind: 'unknown-option'; option: string }
  | { kind: 'option-needs-value'; option: string }
  | { kind: 'option-takes-no-value'; option: string }
  | { kind: 'bad-option-value'; option: '--lang' | '--entity' | '--now'; value: string }
  | { kind: 'arg-too-long'; command?: string; chars: number; max: number }
  | { kind: 'usage'; command: 'lint' | 'check' | 'read' }
  | { kind: 'unknown-command'; command: string }
  | { kind: 'unreadable'; file: string; code?: string; detail: string }
  | { kind: 'facts-too-large'; file: string; bytes: number; max: number }
  | { kind: 'page-too-large'; file: string; bytes: number; max: number }
  | { kind: 'not-json'; file: string; detail: string }
  | { kind: 'invalid-facts'; file: string; error: string; issue?: FactsIssue }
  | { kind: 'too-many'; file: string; over: ImportOverLimit }
  | { kind: 'not-url'; text: string }
  | { kind: 'no-reader'; where: string }
  | { kind: 'unexpected'; detail: string };

/** Why a file cannot be read (an error of node:fs), for `inputErrors` to word. */
export function fileError(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  return { kind: 'unreadable', file, code, detail: (e as Error).message };
}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** "line 1 column 15" / "position 14" / the end, from V8's JSON.parse message, if it says. */
function jsonWhere(detail: string): { line?: string; column?: string; position?: string; end?: boolean } {
  if (/end of JSON input/i.test(detail)) return { end: true };
  const lc = /line (\d+) column (\d+)/.exec(detail);
  if (lc) return { line: lc[1], column: lc[2] };
  const pos = /position (\d+)/.exec(detail);
  if (pos) return { position: pos[1] };
  return {};
}

const zhTypes: Record<string, string> = {
  string: '文本', number: '数字', int: '整数', boolean: 'true 或 false', object: '对象（{…}）', array: '列表（[…]）', undefined: '空',
};

/** One zod issue of the facts schema, worded in Chinese (en uses zod's own message, as before). */
function zhSchemaIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return issue.values.length === 1
        ? `应为 ${JSON.stringify(issue.values[0])}`
        : `应为以下之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    case 'invalid_type':
      return `应为${zhTypes[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return issue.origin === 'string' ? `太长：最多 ${String(issue.maximum)} 个字符` : issue.origin === 'array' ? `太多：最多 ${String(issue.maximum)} 项` : `太大：最大 ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string' ? (Number(issue.minimum) <= 1 ? '不能为空' : `太短：至少 ${String(issue.minimum)} 个字符`) : issue.origin === 'array' ? `太少：至少 ${String(issue.minimum)} 项` : `太小：最小 ${String(issue.minimum)}`;
    case 'invalid_format':
      return '格式不对';
    case 'custom':
      return issue.message === isoDateMessage ? '应为 ISO 日期，如 2027-02-28' : '值无效';
    default:
      return '值无效';
  }
}

function factsIssueZh(file: string, issue: FactsIssue | undefined): string {
  if (!issue) return `${file}：不是有效的信息文件`;
  // a space between the field's Latin path and Chinese text, none before full-width punctuation
  const field = issue.path ? `字段 ${issue.path}` : '顶层';
  const fieldThen = issue.path ? `${field} ` : field;
  switch (issue.kind) {
    case 'schema':
      return `${file}：${fieldThen}${zhSchemaIssue(issue.issue)}`;
    case 'unknown-province':
      return `${file}：${fieldThen}是未知的省份“${issue.value}”`;
    case 'not-filing-province':
      return `${file}：${field}“${issue.value}”不是备案省份（香港、澳门、台湾不在内地备案范围内）`;
    case 'not-domain':
      return `${file}：${field}“${issue.value}”不是域名`;
  }
}

/** Where in the facts file the count is: the field a user finds in the file. */
const overPath = (o: ImportOverLimit) => (o.what === 'website-domains' ? `websites[${o.website}].domains` : o.what === 'domains-in-websites' ? 'websites' : o.what);
const overEn = (o: ImportOverLimit) =>
  o.what === 'website-domains'
    ? `${overPath(o)}: ${o.count}, at most ${o.max} per website`
    : o.what === 'domains-in-websites'
      ? `${overPath(o)}: ${o.count} domains in all, at most ${o.max}`
      : `${overPath(o)}: ${o.count}, at most ${o.max}`;
const overZh = (o: ImportOverLimit) =>
  o.what === 'website-domains'
    ? `${overPath(o)} 有 ${o.count} 个，每个网站最多 ${o.max} 个`
    : o.what === 'domains-in-websites'
      ? `${overPath(o)} 共有 ${o.count} 个域名，最多 ${o.max} 个`
      : `${overPath(o)} 有 ${o.count} 项，最多 ${o.max} 项`;

const USAGE = {
  en: {
    lint: 'lint: expected one facts file: icp-preflight lint FACTS.json',
    check: 'check: expected one domain or URL: icp-preflight check DOMAIN_OR_URL',
    read: 'read: expected a URL and a saved page: icp-preflight read URL FILE.html',
  },
  zh: {
    lint: 'lint：需要一个信息文件：icp-preflight lint 信息文件.json',
    check: 'check：需要一个域名或网址：icp-preflight check 域名或网址',
    read: 'read：需要一个网址和一个保存的页面：icp-preflight read 网址 页面.html',
  },
} as const;

const EXPECTED = {
  en: { '--lang': 'zh or en', '--entity': 'individual or organization', '--now': 'a date such as 2026-11-24' },
  zh: { '--lang': ' zh 或 en', '--entity': ' individual 或 organization', '--now': '日期，如 2026-11-24' },
} as const;

export const inputErrors: Record<Lang, (e: InputError) => string> = {
  en: (e) => {
    switch (e.kind) {
      case 'unknown-option': return `unknown option ${e.option} (see --help)`;
      case 'option-needs-value': return `option ${e.option} needs a value (see --help)`;
      case 'option-takes-no-value': return `option ${e.option} takes no value (see --help)`;
      case 'bad-option-value': return `${e.option}: expected ${EXPECTED.en[e.option]}, got "${e.value}"`;
      case 'arg-too-long': return `${e.command === 'check' ? 'cannot check' : 'bad input'}: an argument of ${e.chars} characters (at most ${e.max})`;
      case 'usage': return USAGE.en[e.command];
      case 'unknown-command': return `unknown command "${e.command}" (expected lint, check or read; see --help)`;
      case 'unreadable': return `cannot read ${e.file}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.detail}`;
      case 'facts-too-large': return `${e.file} is ${mb(e.bytes)}; a facts file may be at most ${mb(e.max)}`;
      case 'page-too-large': return `${e.file} is ${mb(e.bytes)}; a saved page may be at most ${mb(e.max)}`;
      case 'not-json': return `${e.file} is not valid JSON: ${e.detail}`;
      case 'invalid-facts': return `${e.file}: ${e.error}`;
      case 'too-many': return `${e.file}: too many: ${overEn(e.over)}`;
      case 'not-url': return `"${e.text}" is not a URL (expected e.g. https://ecs.console.aliyun.com/server)`;
      case 'no-reader': return `no reader matches ${e.where} (pages read: see README "Pages read")`;
      case 'unexpected': return `unexpected error: ${e.detail}`;
    }
  },
  zh: (e) => {
    switch (e.kind) {
      case 'unknown-option': return `未知选项 ${e.option}（见 --help）`;
      case 'option-needs-value': return `选项 ${e.option} 需要一个值（见 --help）`;
      case 'option-takes-no-value': return `选项 ${e.option} 不带值（见 --help）`;
      case 'bad-option-value': return `${e.option}：应为${EXPECTED.zh[e.option]}，而不是“${e.value}”`;
      case 'arg-too-long': return `${e.command === 'check' ? '无法检查' : '输入有误'}：有一个参数长 ${e.chars} 个字符（最多 ${e.max} 个）`;
      case 'usage': return USAGE.zh[e.command];
      case 'unknown-command': return `未知命令“${e.command}”（可用 lint、check 或 read；见 --help）`;
      case 'unreadable': {
        const why = e.code === 'ENOENT' ? '文件不存在' : e.code === 'EISDIR' ? '这是一个目录' : e.code === 'EACCES' || e.code === 'EPERM' ? '没有读取权限' : `系统错误${e.code ? ` ${e.code}` : ''}`;
        return `无法读取 ${e.file}：${why}`;
      }
      case 'facts-too-large': return `${e.file} 有 ${mb(e.bytes)}，信息文件最大 ${mb(e.max)}`;
      case 'page-too-large': return `${e.file} 有 ${mb(e.bytes)}，保存的页面最大 ${mb(e.max)}`;
      case 'not-json': {
        const at = jsonWhere(e.detail);
        const where = at.end ? '（内容在中途结束）' : at.line ? `（第 ${at.line} 行第 ${at.column} 列）` : at.position ? `（第 ${Number(at.position) + 1} 个字符处）` : '';
        return `${e.file} 不是有效的 JSON${where}`;
      }
      case 'invalid-facts': return factsIssueZh(e.file, e.issue);
      case 'too-many': return `${e.file}：数量超出上限：${overZh(e.over)}`;
      case 'not-url': return `“${e.text}”不是网址（应为如 https://ecs.console.aliyun.com/server 的网址）`;
      case 'no-reader': return `没有读取器认识 ${e.where}（可读取的页面见 README 的 “Pages read”）`;
      case 'unexpected': return `意外错误：${e.detail}`;
    }
  },
};

/** `--help`. */
export const HELP = {
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
  icp-preflight lint 信息文件.json [--json]      按信息文件逐条检查所有规则
  icp-preflight check 域名或网址 [--province 省份] [--entity individual|organization] [--facts 信息文件] [--json]
                                                手动检查一个域名或网址
  icp-preflight read 网址 页面.html [--json]     从保存的控制台页面读取信息

选项：
  --json          输出 JSON
  --lang zh|en    消息语言（默认取自 LANG）
  --facts 文件    （check）含已获取信息的信息文件
  --now 日期      当天日期，如 2026-11-24（默认：信息文件中的 now，否则为中国当天）
  -h, --help      显示帮助

退出码：0 没有错误级规则失败，1 有错误级规则失败，2 输入有误。
`,
};

/** `read`'s human output. */
export const readTexts = {
  en: {
    reader: 'Reader',
    notRecognised: (tried: string[]) => `The page was not recognised: no facts read (${tried.join(', ')})`,
    sheetsSkipped: (n: number, maxMb: number) =>
      `note: ${n} style sheet${n === 1 ? '' : 's'} linked by the page not applied (not saved with it, outside its folder, or over ${maxMb} MB of sheets in all): what they hide may be read as shown`,
  },
  zh: {
    reader: '读取器',
    notRecognised: (tried: string[]) => `页面未被识别，没有读取到任何信息（已尝试的读取器：${tried.join('、')}）`,
    sheetsSkipped: (n: number, maxMb: number) =>
      `提示：页面链接的 ${n} 个样式表未应用（未随页面保存、不在页面所在文件夹内，或样式表合计超过 ${maxMb} MB），其隐藏的内容可能被当作可见内容读取`,
  },
};
