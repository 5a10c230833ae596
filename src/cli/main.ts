import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkDomain, lint, loadRuleSet, validateFacts } from '../engine/index';
import type { Lang, LintResult } from '../engine/types';
import { isCalendarDate } from '../facts/schema';
import { displaySafe, displaySafeResult, escapedJson } from '../messaging/display-safe';
import { maskFactsIds } from '../facts/mask-id';
import { cliLimits, importOverLimitOf } from '../store/limits';
import { CHECK_ALSO_NEEDS, colours, formatResults, plain } from './format';
import { HELP, fileError, inputErrors, readTexts, type InputError } from './strings';

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


export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^zh/i.test(value) ? 'zh' : 'en';
}

/** Bad input: what was wrong, worded in the user's language where it is caught (one line, exit 2). */
class BadInput extends Error {
  constructor(readonly input: InputError | { kind: 'worded'; text: string }) {
    super(input.kind);
  }
}

/** The language asked for before the arguments are parsed (an error in them is worded in it too). */
function langFromArgs(argv: string[]): Lang | undefined {
  let lang: Lang | undefined;
  for (const [i, a] of argv.entries()) {
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === 'zh' || value === 'en') lang = value;
  }
  return lang;
}

function readJsonFile(path: string): unknown {
  let text: string;
  try {
    // the size first: a file over the limit is never read into memory
    const { size } = statSync(path);
    if (size > cliLimits.factsFileBytes) throw new BadInput({ kind: 'facts-too-large', file: path, bytes: size, max: cliLimits.factsFileBytes });
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof BadInput) throw e;
    throw new BadInput(fileError(path, e));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BadInput({ kind: 'not-json', file: path, detail: (e as Error).message });
  }
}

function loadFacts(path: string) {
  const rules = loadRuleSet();
  const checked = validateFacts(readJsonFile(path), rules);
  if (!checked.ok) throw new BadInput({ kind: 'invalid-facts', file: path, error: checked.error, issue: checked.issue });
  const over = importOverLimitOf(checked.facts);
  if (over) throw new BadInput({ kind: 'too-many', file: path, over });
  // ID numbers masked as the extension's store masks them (a name carrying one is printed masked)
  return maskFactsIds(checked.facts);
}

function parseNow(value: string | undefined, io: CliIo): Date {
  if (value === undefined) return io.now ?? new Date();
  if (!isCalendarDate(value)) throw new BadInput({ kind: 'bad-option-value', option: '--now', value });
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

/** Facts JSON for the terminal (messaging/display-safe escapedJson). */
const safeJson = escapedJson;

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

/**
 * node's parseArgs errors as InputError: its own wording is English and, for an unknown option,
 * suggests '-- "--x"'; say what the user typed and where to look. Anything else is unexpected.
 */
function parseArgsError(e: unknown): InputError {
  const code = (e as { code?: string }).code;
  const message = String((e as Error)?.message ?? e);
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { kind: 'unknown-option', option };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message) ? { kind: 'option-takes-no-value', option } : { kind: 'option-needs-value', option };
  }
  return { kind: 'unexpected', detail: message };
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let lang = langFromArgs(argv) ?? langFromEnv(io.env);
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
      if (values.lang !== 'zh' && values.lang !== 'en') throw new BadInput({ kind: 'bad-option-value', option: '--lang', value: values.lang });
      lang = values.lang;
    }
    const [command, ...args] = positionals;
    for (const v of [...positionals, ...Object.values(values)]) {
      if (typeof v === 'string' && v.length > cliLimits.argChars) {
        throw new BadInput({ kind: 'arg-too-long', command, chars: v.length, max: cliLimits.argChars });
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
      if (args.length !== 1) throw new BadInput({ kind: 'usage', command: 'lint' });
      const facts = withNow(loadFacts(args[0]!), values.now);
      const results = lint(facts, rules, now, { lang });
      if (values.json) writeJson(io.stdout, {}, shown(results, lang));
      else io.stdout.write(`${formatResults(shown(results, lang), lang, style)}\n`);
      return exitFor(results);
    }

    if (command === 'check') {
      if (args.length !== 1) throw new BadInput({ kind: 'usage', command: 'check' });
      const entity = values.entity;
      if (entity !== undefined && entity !== 'individual' && entity !== 'organization') {
        throw new BadInput({ kind: 'bad-option-value', option: '--entity', value: entity });
      }
      const outcome = checkDomain(
        args[0]!,
        { province: values.province, entityType: entity, facts: values.facts ? withNow(loadFacts(values.facts), values.now) : undefined, now, lang },
        rules,
      );
      // the engine words check's own errors in the language asked for
      if (!outcome.ok) throw new BadInput({ kind: 'worded', text: outcome.error });
      if (values.json) writeJson(io.stdout, { domain: displaySafe(outcome.domain, lang) }, shown(outcome.results, lang));
      else {
        // an IP address or a public suffix is not a domain to file: no "what else" line after it
        const notFileable = outcome.results.some((r) => r.rule === 'domain.registrable' && r.status === 'fail');
        io.stdout.write(`${formatResults(shown(outcome.results, lang), lang, style)}\n${notFileable ? '' : `\n${style.dim(CHECK_ALSO_NEEDS[lang])}\n`}`);
      }
      return exitFor(outcome.results);
    }

    if (command === 'read') {
      if (args.length !== 2) throw new BadInput({ kind: 'usage', command: 'read' });
      // happy-dom is loaded only for `read`.
      const { readSavedPage } = await import('./read-page');
      const outcome = readSavedPage(args[0]!, args[1]!);
      if (!outcome.ok) throw new BadInput(outcome.error);
      const facts = outcome.facts;
      // (sheets the page links that were not applied: said on stderr, the facts on stdout stay a facts file)
      if (outcome.sheets.skipped > 0) io.stderr.write(`icp-preflight: ${readTexts[lang].sheetsSkipped(outcome.sheets.skipped, cliLimits.pageStyleBytes / 1024 / 1024)}\n`);
      if (values.json) io.stdout.write(`${safeJson(facts)}\n`);
      else {
        io.stdout.write(
          outcome.reader
            ? `${readTexts[lang].reader}: ${outcome.reader}\n${safeJson(facts, 2)}\n`
            : `${readTexts[lang].notRecognised(outcome.tried)}\n${safeJson(facts, 2)}\n`,
        );
      }
      return EXIT_OK;
    }

    throw new BadInput({ kind: 'unknown-command', command });
  } catch (e) {
    const input = e instanceof BadInput ? e.input : parseArgsError(e);
    const message = input.kind === 'worded' ? input.text : inputErrors[lang](input);
    // one line, never a stack trace
    io.stderr.write(`icp-preflight: ${displaySafe(String(message), lang).replace(/\s*\n\s*/g, ' ').slice(0, 500)}\n`);
    return EXIT_BAD_INPUT;
  }
}
