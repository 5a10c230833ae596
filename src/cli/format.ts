import type { Lang, LintResult, SubjectKind } from '../engine/types';

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const esc = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
export const colours: Style = { red: esc('31'), yellow: esc('33'), green: esc('32'), cyan: esc('36'), dim: esc('2'), bold: esc('1') };
const id = (s: string) => s;
export const plain: Style = { red: id, yellow: id, green: id, cyan: id, dim: id, bold: id };

const KIND_NAMES: Record<SubjectKind, { zh: string; en: string }> = {
  entity: { zh: '备案主体', en: 'Entity' },
  website: { zh: '网站', en: 'Website' },
  domain: { zh: '域名', en: 'Domain' },
  server: { zh: '服务器', en: 'Server' },
};
const KIND_ORDER: SubjectKind[] = ['entity', 'website', 'domain', 'server'];

function mark(r: LintResult, s: Style): string {
  if (r.status === 'pass') return s.green('✓');
  if (r.status === 'unknown') return s.cyan('?');
  if (r.severity === 'error') return s.red('✗');
  if (r.severity === 'warning') return s.yellow('!');
  return s.cyan('i');
}

export function summaryCounts(results: LintResult[]) {
  const count = (f: (r: LintResult) => boolean) => results.filter(f).length;
  return {
    errors: count((r) => r.status === 'fail' && r.severity === 'error'),
    warnings: count((r) => r.status === 'fail' && r.severity === 'warning'),
    info: count((r) => r.status === 'fail' && r.severity === 'info'),
    unknown: count((r) => r.status === 'unknown'),
    passed: count((r) => r.status === 'pass'),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summaryLine(results: LintResult[], lang: Lang): string {
  const c = summaryCounts(results);
  return lang === 'zh'
    ? `${c.errors} 个错误，${c.warnings} 个警告，${c.info} 条提示，${c.unknown} 项未知，${c.passed} 项通过`
    : `${plural(c.errors, 'error', 'errors')}, ${plural(c.warnings, 'warning', 'warnings')}, ${plural(c.info, 'note', 'notes')}, ${c.unknown} unknown, ${c.passed} passed`;
}

/** Results grouped by subject (entity, websites, domains, servers), failures first in each group. */
export function formatResults(results: LintResult[], lang: Lang, s: Style): string {
  const rank = (r: LintResult) =>
    r.status === 'fail' ? ['error', 'warning', 'info'].indexOf(r.severity) : r.status === 'unknown' ? 3 : 4;
  const groups = new Map<string, LintResult[]>();
  for (const kind of KIND_ORDER) {
    for (const r of results.filter((x) => x.subjectKind === kind)) {
      const key = `${kind}\u0000${r.subject}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
  }
  const fixLabel = lang === 'zh' ? '处理办法：' : 'Fix: ';
  const sourceLabel = lang === 'zh' ? '依据：' : 'Source: ';
  const lines: string[] = [];
  for (const [key, group] of groups) {
    const [kind, subject] = key.split('\u0000') as [SubjectKind, string];
    // An entity with no name yet has the subject 'entity' (as in the popup, only the kind is shown).
    const named = !(kind === 'entity' && subject === 'entity');
    lines.push('', s.bold(named ? `${KIND_NAMES[kind][lang]} ${subject}` : KIND_NAMES[kind][lang]));
    for (const r of [...group].sort((a, b) => rank(a) - rank(b))) {
      lines.push(`  ${mark(r, s)} ${s.dim(r.rule)}  ${r.message}`);
      if (r.fix) lines.push(`      ${s.dim(fixLabel + r.fix)}`);
      // Sources as in the extension: publisher, document, section, link (never an internal number).
      if (r.status === 'fail' && r.sources.length) {
        lines.push(`      ${s.dim(sourceLabel + r.sources.map((src) => (src.url ? `${src.label} (${src.url})` : src.label)).join(lang === 'zh' ? '；' : '; '))}`);
      }
    }
  }
  lines.push('', s.bold(summaryLine(results, lang)));
  return lines.join('\n').replace(/^\n/, '');
}

/** After a lookup, what else a filing needs (the popup says the same under its lookup). */
export const CHECK_ALSO_NEEDS: Record<Lang, string> = {
  zh: '备案不只需要域名：还需要备案主体及其证件、网站信息，以及一台中国大陆地域、包年包月的云服务器。把它们写进信息文件后用 icp-preflight lint 检查，或在扩展的检查清单中查看。',
  en: 'A filing needs more than the domain: the filing entity and its documents, the website details, and a server in mainland China paid by subscription. Put them in a facts file and run icp-preflight lint, or see the extension\'s checklist.',
};
