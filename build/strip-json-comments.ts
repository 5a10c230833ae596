/**
 * A Vite plugin for the extension build: drops the `$comment` keys of the rule files (rules/**.json)
 * before Vite turns them into modules. Those notes are for the people who edit the data; no code reads
 * them, and a content script that passes a whole label file to its checker would otherwise carry them.
 * The CLI and the tests read the files as they are.
 */
import type { Plugin } from 'vite';

function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== '$comment') out[k] = withoutComments(v);
  return out;
}

export function stripRuleComments(): Plugin {
  return {
    name: 'icp-preflight:strip-rule-comments',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]rules[\\/].*\.json$/.test(id.split('?')[0] ?? '')) return null;
      return { code: JSON.stringify(withoutComments(JSON.parse(code))), map: null };
    },
  };
}
