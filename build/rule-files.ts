/**
 * A Vite plugin for the extension build, on the rule files (rules/**.json) as Vite turns them into modules:
 * - drops their `$comment` keys: notes for the people who edit the data; no code reads them, and a
 *   content script that passes a whole label file to its checker would otherwise carry them;
 * - checks every label file (rules/labels/**.json) with the readers' own shape check (labelFileFault),
 *   and that its provider is that of its path and a family file repeats no group of its provider's
 *   shared file (what defineLabels checks when it joins files), and fails the build on a fault, so the
 *   bundles need not carry the checks: `labelFilesCheckedDefine` tells src/readers/labels.ts so
 *   (measured: ~250 bytes gzip less per content script; the join checks ~110 more).
 * - label files: word lists without the words that repeat an earlier one by label key (distinctByKey);
 * - rules/reader-tables.json: the Tencent and Alibaba Cloud region names without those that only repeat
 *   a shorter name of their own region (src/readers/tencent/region-names.ts slimRegionNames; measured:
 *   0.4 KB gzip less in the Tencent content script; src/readers/dom/parse-region.ts
 *   slimAliyunRegionNames: 0.7 KB less in each Alibaba Cloud one), and province names that are the
 *   short name + 省 left out.
 * The CLI and the tests read the files as they are, and check label files at load.
 */
import type { Plugin } from 'vite';
import { labelBaseKey, labelKey } from '../src/readers/dom/normalize-label';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { labelFileFault, type LabelFile } from '../src/readers/labels';
import { slimAliyunRegionNames } from '../src/readers/dom/parse-region';
import { slimRegionNames, type RegionNames } from '../src/readers/tencent/region-names';

function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== '$comment') out[k] = withoutComments(v);
  return out;
}

/**
 * A word list without the words that repeat an earlier one for every reader: the readers compare
 * labels, `contains` / `not` words, actions and statuses by their label key (and a label's key
 * without its qualifier), never as written, so 实例 ID = 实例ID and Availability Zone = availability
 * zone. (Help words and `values` are matched as written: left alone.)
 */
export function distinctByKey(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const k = `${labelKey(w)}\u0000${labelBaseKey(w)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function distinctLabelWords(file: Record<string, unknown>): void {
  for (const k of ['actions', 'statuses'] as const) if (Array.isArray(file[k])) file[k] = distinctByKey(file[k] as string[]);
  for (const fields of Object.values(file.groups as Record<string, Record<string, Record<string, unknown>>>)) {
    for (const vocab of Object.values(fields)) {
      for (const k of ['labels', 'contains', 'not'] as const) if (Array.isArray(vocab[k])) vocab[k] = distinctByKey(vocab[k] as string[]);
    }
  }
}

/**
 * What defineLabels checks when it joins files, checked here instead (src/readers/labels.ts): a label
 * file's provider is that of its path (rules/labels/<provider>.json, rules/labels/<provider>/<family>.json),
 * and a family file gives no group its provider's shared file gives.
 */
function joinFault(file: LabelFile, path: string): string | undefined {
  const shared = SHARED_LABEL_FILE.exec(path);
  if (shared) return file.provider === shared[1] ? undefined : 'provider';
  const family = FAMILY_LABEL_FILE.exec(path);
  if (!family || file.provider !== family[1]) return 'provider';
  const sharedPath = join(dirname(path), '..', `${family[1]}.json`);
  if (!existsSync(sharedPath)) return undefined;
  const sharedGroups = (JSON.parse(readFileSync(sharedPath, 'utf8')) as LabelFile).groups ?? {};
  const twice = Object.keys(file.groups).find((g) => g in sharedGroups);
  return twice === undefined ? undefined : `groups.${twice}`;
}
const SHARED_LABEL_FILE = /[\\/]rules[\\/]labels[\\/]([^\\/]+)\.json$/;
const FAMILY_LABEL_FILE = /[\\/]rules[\\/]labels[\\/]([^\\/]+)[\\/][^\\/]+\.json$/;

const RULE_FILE = /[\\/]rules[\\/].*\.json$/;
const LABEL_FILE = /[\\/]rules[\\/]labels[\\/].*\.json$/;
const READER_TABLES = /[\\/]rules[\\/]reader-tables\.json$/;

/** The rule file's module text for the bundle; throws on a label file that fails the readers' check. */
export function ruleFileModule(code: string, id: string): string | null {
  const path = id.split('?')[0] ?? '';
  if (!RULE_FILE.test(path)) return null;
  const json = withoutComments(JSON.parse(code));
  if (LABEL_FILE.test(path)) {
    const fault = labelFileFault(json) ?? joinFault(json as LabelFile, path);
    if (fault !== undefined) throw new Error(`${path}: ${fault}: not a label file field`);
    distinctLabelWords(json as Record<string, unknown>);
  }
  if (READER_TABLES.test(path)) {
    const tables = json as { tencentRegions?: RegionNames[]; aliyunRegions?: RegionNames[]; provinces?: Array<{ name?: string; short: string }> };
    if (tables.tencentRegions) tables.tencentRegions = slimRegionNames(tables.tencentRegions);
    if (tables.aliyunRegions) tables.aliyunRegions = slimAliyunRegionNames(tables.aliyunRegions);
    // 河南省 is 河南 + 省: src/readers/shared/provinces.ts reads a province without `name` so
    for (const p of tables.provinces ?? []) if (p.name === `${p.short}省`) delete p.name;
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
