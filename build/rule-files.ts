/**
 * A Vite plugin for the extension build, on the rule files (rules/**.json) as Vite turns them into modules:
 * - drops their `$comment` keys: notes for the people who edit the data; no code reads them, and a
 *   content script that passes a whole label file to its checker would otherwise carry them;
 * - checks every label file (rules/labels/**.json) with the readers' own shape check (labelFileFault)
 *   and fails the build on a fault, so the bundles need not carry the check: `labelFilesCheckedDefine`
 *   tells src/readers/labels.ts so (measured: ~250 bytes gzip less per content script).
 * The CLI and the tests read the files as they are, and check label files at load.
 */
import type { Plugin } from 'vite';
import { labelFileFault } from '../src/readers/labels';

function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== '$comment') out[k] = withoutComments(v);
  return out;
}

const RULE_FILE = /[\\/]rules[\\/].*\.json$/;
const LABEL_FILE = /[\\/]rules[\\/]labels[\\/].*\.json$/;

/** The rule file's module text for the bundle; throws on a label file that fails the readers' check. */
export function ruleFileModule(code: string, id: string): string | null {
  const path = id.split('?')[0] ?? '';
  if (!RULE_FILE.test(path)) return null;
  const json = withoutComments(JSON.parse(code));
  if (LABEL_FILE.test(path)) {
    const fault = labelFileFault(json);
    if (fault !== undefined) throw new Error(`${path}: ${fault}: not a label file field`);
  }
  return JSON.stringify(json);
}

/** Vite `define`: every label file in this build passed labelFileFault (see src/readers/labels.ts). */
export const labelFilesCheckedDefine = { __ICP_LABEL_FILES_CHECKED__: 'true' };

export function ruleFiles(): Plugin {
  return {
    name: 'icp-preflight:rule-files',
    enforce: 'pre',
    transform(code, id) {
      const out = ruleFileModule(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
