import { foldHant } from '../dom/hant-fold';
import { memoized, normalizeText } from '../dom/normalize-label';

/**
 * Tencent region names in visible text → `ap-…` ids, over a table of region ids and the names
 * consoles show for them (rules/reader-tables.json `tencentRegions`). Pure; never throw.
 *
 * Also the bundle's slimming of that table (build/rule-files.ts, `slimRegionNames`): a name that only
 * repeats a shorter name of its own region ("华南地区（广州）" holds "广州", "South China (Guangzhou)"
 * holds "Guangzhou") finds the same region without it, so the content scripts need not carry it.
 */

export interface RegionNames {
  id: string;
  names: string[];
}

interface Name {
  id: string;
  form: string;
  latin: boolean;
}

/** Normalised, Traditional characters folded to Simplified (廣州 = 广州, 按量計費 = 按量计费) and lower-cased: how the Tencent value readers compare words. */
export function fold(s: string): string {
  return typeof s === 'string' ? foldKept(s) : foldUncached(s);
}
const foldUncached = (s: string): string => foldHant(normalizeText(s)).toLowerCase();
// (the same words folded for every date and every row — a date's words in dateNextTo, each billing mode's — and the
// same cell texts row after row: the answer kept per string, bounded)
const foldKept = memoized(foldUncached, 200, 5000);

function words(s: string): string {
  return ` ${fold(s).replace(/[^a-z0-9\u3400-\u9fff]+/g, ' ').trim()} `;
}

/** A name's matching form: Latin names as whole words (space-padded), others without spaces. */
function nameForm(id: string, n: string): Name {
  const latin = /^[a-z]/i.test(normalizeText(n));
  return { id, form: latin ? words(n) : fold(n).replace(/\s+/g, ''), latin };
}

const REGION_ID_RE = /\b(?:ap|na|sa|eu)-[a-z]+(?:-[a-z0-9]+)*\b/g;

/**
 * The finder of a table: 广州 / 华南地区（广州） / 广州三区 / South China(Guangzhou) / Guangzhou Zone 3 /
 * ap-guangzhou → 'ap-guangzhou'. A longer name wins over the shorter one inside it (上海金融 over
 * 上海). undefined when no region or more than one is named.
 */
export function regionFinder(table: readonly RegionNames[]): (text: string) => string | undefined {
  const ids = new Set(table.map((r) => r.id));
  const names = table
    .flatMap((r) => r.names.map((n) => nameForm(r.id, n)))
    .filter((n) => n.form.trim() !== '')
    .sort((a, b) => b.form.length - a.form.length);
  return (text) => {
    const found = regionsIn(text, ids, names);
    return found.size === 1 ? [...found][0] : undefined;
  };
}

function regionsIn(text: string, ids: ReadonlySet<string>, names: readonly Name[]): Set<string> {
  const norm = fold(text);
  const found = new Set<string>();
  if (norm === '') return found;
  for (const m of norm.matchAll(REGION_ID_RE)) {
    let id = m[0];
    while (!ids.has(id) && /-[a-z0-9]+$/.test(id)) id = id.replace(/-[a-z0-9]+$/, '');
    if (ids.has(id)) found.add(id);
  }
  if (found.size > 0) return found;
  let compact = norm.replace(/\s+/g, '');
  let spaced = words(norm);
  for (const n of names) {
    if (n.latin) {
      if (!spaced.includes(n.form)) continue;
      // one at a time: a name right after another shares its space ("… finance east china …")
      while (spaced.includes(n.form)) spaced = spaced.replace(n.form, ' \u0000 ');
    } else {
      if (!compact.includes(n.form)) continue;
      compact = compact.split(n.form).join('\u0000');
    }
    found.add(n.id);
  }
  return found;
}

/**
 * The table without the names that only repeat a shorter name of their own region: a name goes when
 * another name of its region (same script) lies inside it and, without it, every name of the table
 * still reads as the same regions as with the whole table. Longest names are tried first, until no
 * more can go. (For the extension bundle; test/readers/tencent/region-names.test.ts also reads every
 * pair of names and names in context with both tables.)
 */
export function slimRegionNames(table: readonly RegionNames[]): RegionNames[] {
  const ids = new Set(table.map((r) => r.id));
  const formsOf = (t: readonly RegionNames[]) => t.flatMap((r) => r.names.map((n) => nameForm(r.id, n))).filter((o) => o.form.trim() !== '').sort((a, b) => b.form.length - a.form.length);
  const texts = table.flatMap((r) => r.names);
  const key = (found: Set<string>) => [...found].sort().join(' ');
  const whole = formsOf(table);
  const expected = texts.map((t) => key(regionsIn(t, ids, whole)));
  let out = table.map((r) => ({ id: r.id, names: [...r.names] }));
  for (let changed = true; changed; ) {
    changed = false;
    const candidates = out.flatMap((r) => r.names.map((n) => ({ id: r.id, n, name: nameForm(r.id, n) }))).sort((a, b) => b.name.form.length - a.name.form.length);
    for (const { id, n, name } of candidates) {
      const own = out.find((r) => r.id === id)!.names.filter((o) => o !== n).map((o) => nameForm(id, o));
      if (!own.some((o) => o.latin === name.latin && o.form.trim() !== '' && name.form.includes(o.form))) continue;
      const without = out.map((r) => (r.id === id ? { id, names: r.names.filter((o) => o !== n) } : r));
      const forms = formsOf(without);
      if (texts.every((t, i) => key(regionsIn(t, ids, forms)) === expected[i])) {
        out = without;
        changed = true;
      }
    }
  }
  return out;
}
