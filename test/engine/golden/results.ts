import { lint, loadRuleSet, type LintResult } from '../../../src/engine/index';
import { goldenAccounts, GOLDEN_NOW } from './accounts';

/** Every account of accounts.ts linted in each of its languages: "account/lang" → results, in order. */
export function lintGoldenAccounts(): Map<string, LintResult[]> {
  const rules = loadRuleSet();
  const out = new Map<string, LintResult[]>();
  for (const { name, facts, langs } of goldenAccounts()) {
    for (const lang of langs ?? (['zh', 'en'] as const)) out.set(`${name}/${lang}`, lint(facts, rules, GOLDEN_NOW, { lang }));
  }
  return out;
}

/**
 * The golden file's text: per account and language a `# account/lang` line, then one JSON line per result
 * with every field in the engine's own key order, except `sources`, which is the index of its JSON in
 * the `S <json>` lines at the top (a rule's sources repeat on every one of its results).
 */
export function goldenText(results: Map<string, LintResult[]>): string {
  const sources = new Map<string, number>();
  const body: string[] = [];
  for (const [key, list] of results) {
    body.push(`# ${key}`);
    for (const r of list) {
      const json = JSON.stringify(r.sources);
      let index = sources.get(json);
      if (index === undefined) sources.set(json, (index = sources.size));
      body.push(JSON.stringify({ ...r, sources: index }));
    }
  }
  return [...[...sources.keys()].map((s) => `S ${s}`), ...body].join('\n') + '\n';
}

/** The golden file read back: "account/lang" → each result's full JSON (sources expanded), in order. */
export function parseGolden(text: string): Map<string, string[]> {
  const sources: unknown[] = [];
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (!line) continue;
    if (line.startsWith('S ')) sources.push(JSON.parse(line.slice(2)));
    else if (line.startsWith('# ')) out.set(line.slice(2), (current = []));
    else {
      const r = JSON.parse(line) as { sources: number };
      current!.push(JSON.stringify({ ...r, sources: sources[r.sources] }));
    }
  }
  return out;
}
