import regionData from '../../../rules/regions.json';
import { normalizeText } from './normalize-label';

/**
 * A region or zone as a console shows it → Alibaba Cloud region id: display names
 * (华东1（杭州）, 华东 1 (杭州), China (Hangzhou), 中国香港, Singapore), zone names (杭州 可用区I,
 * Hangzhou Zone I) and raw ids (cn-hangzhou, cn-hangzhou-i). The table is data in
 * rules/regions.json. undefined when no region or more than one is named. Pure.
 */

export interface RegionEntry {
  id: string;
  mainland: boolean;
  names: string[];
}

export const regions: readonly RegionEntry[] = (regionData as { regions: RegionEntry[] }).regions;
const byId = new Map(regions.map((r) => [r.id, r]));

function key(s: string): string {
  return normalizeText(s).toLowerCase().replace(/\s+/g, '');
}

function spacedForm(s: string): string {
  return ` ${normalizeText(s).toLowerCase().replace(/[^a-z0-9\u3400-\u9fff]+/g, ' ').trim()} `;
}

/** Every name, longest first: CJK names match anywhere (spaces dropped), Latin names by whole words. */
const NAMES: Array<{ form: string; id: string; latin: boolean }> = regions
  .flatMap((r) =>
    r.names.map((n) => {
      const latin = /^[a-z]/i.test(normalizeText(n));
      return { form: latin ? spacedForm(n) : key(n), id: r.id, latin };
    }),
  )
  .filter((n) => n.form.trim() !== '')
  .sort((a, b) => b.form.length - a.form.length);

const ID_PATTERN = /\b(?:cn|ap|us|eu|me|na|sa|af)-[a-z]+(?:-[a-z0-9]+)*\b/g;

export function regionById(id: string): RegionEntry | undefined {
  return byId.get(id);
}

/** Zone and region cells repeat on every row of a list: remember the last answers. */
const memo = new Map<string, string | undefined>();
const MEMO_MAX = 256;

export function parseRegion(text: string | null | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  if (memo.has(text)) return memo.get(text);
  const id = parseRegionUncached(text);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(text, id);
  return id;
}

function parseRegionUncached(text: string): string | undefined {
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
    for (const n of NAMES) {
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

/** True for a mainland China region id; undefined for an unknown id. */
export function isMainlandRegion(id: string): boolean | undefined {
  return byId.get(id)?.mainland;
}
