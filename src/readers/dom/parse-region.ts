import readerTables from '../../../rules/reader-tables.json';
import { normalizeText } from './normalize-label';

/**
 * A region or zone as a console shows it → Alibaba Cloud region id: display names
 * (华东1（杭州）, 华东 1 (杭州), China (Hangzhou), 中国香港, Singapore), zone names (杭州 可用区I,
 * Hangzhou Zone I) and raw ids (cn-hangzhou, cn-hangzhou-i). The table is data in rules/regions.json,
 * as its names-only table in rules/reader-tables.json (scripts/reader-tables.mts); the extension
 * bundles it without the names that repeat a shorter one (build/rule-files.ts, slimAliyunRegionNames
 * below). undefined when no region or more than one is named. Pure.
 */

export interface RegionEntry {
  id: string;
  names: string[];
}

interface RegionTable {
  byId: ReadonlyMap<string, RegionEntry>;
  /** Every name, longest first: CJK names match anywhere (spaces dropped), Latin names by whole words. */
  names: ReadonlyArray<{ form: string; id: string; latin: boolean }>;
}

function key(s: string): string {
  return normalizeText(s).toLowerCase().replace(/\s+/g, '');
}

function spacedForm(s: string): string {
  return ` ${normalizeText(s).toLowerCase().replace(/[^a-z0-9\u3400-\u9fff]+/g, ' ').trim()} `;
}

function regionTable(regions: readonly RegionEntry[]): RegionTable {
  const names = regions
    .flatMap((r) =>
      r.names.map((n) => {
        const latin = /^[a-z]/i.test(normalizeText(n));
        return { form: latin ? spacedForm(n) : key(n), id: r.id, latin };
      }),
    )
    .filter((n) => n.form.trim() !== '')
    .sort((a, b) => b.form.length - a.form.length);
  return { byId: new Map(regions.map((r) => [r.id, r])), names };
}

const TABLE = regionTable(readerTables.aliyunRegions);

const ID_PATTERN = /\b(?:cn|ap|us|eu|me|na|sa|af)-[a-z]+(?:-[a-z0-9]+)*\b/g;

export function regionById(id: string): RegionEntry | undefined {
  return TABLE.byId.get(id);
}

/** Zone and region cells repeat on every row of a list: remember the last answers. */
const memo = new Map<string, string | undefined>();
const MEMO_MAX = 256;

export function parseRegion(text: string | null | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  if (memo.has(text)) return memo.get(text);
  const id = parseRegionUncached(text, TABLE);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(text, id);
  return id;
}

function parseRegionUncached(text: string, { byId, names }: RegionTable): string | undefined {
  try {
    const norm = normalizeText(text).toLowerCase();
    if (norm === '') return undefined;
    const found = new Set<string>();
    ID_PATTERN.lastIndex = 0;
    for (let m = ID_PATTERN.exec(norm); m; m = ID_PATTERN.exec(norm)) {
      let id = m[0];
      // cn-hangzhou-i (a zone) → cn-hangzhou
      while (!byId.has(id) && /-[a-z0-9]+$/.test(id)) id = id.replace(/-[a-z0-9]+$/, '');
      if (byId.has(id)) found.add(id);
    }
    if (found.size === 1) return found.values().next().value;
    if (found.size > 1) return undefined;
    // Names: spaces dropped (华东 1 (杭州) = 华东1(杭州)); Latin names by whole words. A longer
    // name consumes its shorter parts: 华东1(杭州) also contains 杭州.
    let compact = norm.replace(/\s+/g, '');
    let spaced = spacedForm(norm);
    for (const n of names) {
      if (n.latin) {
        if (spaced.includes(n.form)) {
          found.add(n.id);
          spaced = spaced.split(n.form).join(' \u0000 ');
        }
      } else if (compact.includes(n.form)) {
        found.add(n.id);
        compact = compact.split(n.form).join('\u0000');
      }
    }
    return found.size === 1 ? found.values().next().value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The table without the names that only repeat a shorter name of their own region ("华北1（青岛）"
 * holds 华北1 and 青岛, "China (Qingdao)" holds Qingdao): a name goes when another name of its
 * region (same script) lies inside it and, without it, every name of the table, alone and in the
 * contexts of `contexts`, still reads as with the whole table. Longest names are tried first, until
 * no more can go. For the extension bundle (build/rule-files.ts); test/readers/parse-region.test.ts
 * also reads every pair of names with both tables.
 */
export function slimAliyunRegionNames(regions: readonly RegionEntry[]): RegionEntry[] {
  const whole = regionTable(regions);
  const texts = regions.flatMap((r) => r.names).flatMap((n) => [n, `${n} 可用区I`, `${n} Zone I`, `地域：${n}`]);
  const expected = texts.map((t) => parseRegionUncached(t, whole));
  const formOf = (n: string) => (/^[a-z]/i.test(normalizeText(n)) ? spacedForm(n) : key(n));
  let out = regions.map((r) => ({ id: r.id, names: [...r.names] }));
  for (let changed = true; changed; ) {
    changed = false;
    const candidates = out.flatMap((r) => r.names.map((n) => ({ id: r.id, n, form: formOf(n) }))).sort((a, b) => b.form.length - a.form.length);
    for (const { id, n, form } of candidates) {
      const latin = form.startsWith(' ');
      const own = out.find((r) => r.id === id)!.names.filter((o) => o !== n).map(formOf);
      if (!own.some((o) => o.startsWith(' ') === latin && o.trim() !== '' && form.includes(o))) continue;
      const without = out.map((r) => (r.id === id ? { id, names: r.names.filter((o) => o !== n) } : r));
      const table = regionTable(without);
      if (texts.every((t, i) => parseRegionUncached(t, table) === expected[i])) {
        out = without;
        changed = true;
      }
    }
  }
  return out;
}
