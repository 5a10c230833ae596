import type { ResultItem, TabResultsMessage } from './tab-results';

/**
 * A tab's results as they travel (background → content script): the parts every result of one rule shares — its
 * title, sources, status, severity, kind, variant, page — sent once (`kinds`), each result then only its subject,
 * message, fix and `near`. On a 500-row list the 578 findings were 530 KB of JSON, nine in ten characters the same
 * title and sources again; a page's content script decodes every such message (its load and each re-read's reply).
 *
 * `unpackResults` gives the plain message back, which the contract's guard (./tab-results-guard parseTabResults)
 * checks; the content script checks a packed message as it is (parseResultsAnswer there, the same outcome, tested
 * so). Pure: no browser API.
 */
export interface PackedResults {
  type: 'results';
  lang: 'zh' | 'en';
  packed: 1;
  /** This list's name, for a later answer to be written as changes to it (`base`); only read answers have one. */
  id?: string;
  /** The list (its `id`) whose items `{r, c}` rows copy: the one the content script said it holds. */
  base?: string;
  kinds: Kind[];
  results: Row[];
  blocking?: Row[];
}

/** A list of results sent, by its id: what the next answer's rows may copy. */
export interface SentList {
  id: string;
  items: readonly ResultItem[];
}

/** What results of one rule share. */
type Kind = Pick<ResultItem, 'rule' | 'status' | 'severity' | 'subjectKind' | 'title' | 'sources'> & Partial<Pick<ResultItem, 'variant' | 'page'>>;
/**
 * One result: its kind's index, subject, message, and fix and near where it has them; or `c` results copied from the
 * base list from its index `r` on (a re-read that changed one row changes one result of hundreds).
 */
type Row = { k: number; s: string; m: string; f?: string; n?: string[] } | { r: number; c: number };

const kindKey = (r: ResultItem) => JSON.stringify([r.rule, r.status, r.severity, r.subjectKind, r.title, r.variant ?? null, r.page ?? null, r.sources]);

export function packResults(message: TabResultsMessage, named: { id?: string; base?: SentList } = {}): PackedResults {
  const kinds: Kind[] = [];
  const index = new Map<string, number>();
  const row = (r: ResultItem): Row => {
    const key = kindKey(r);
    let k = index.get(key);
    if (k === undefined) {
      k = kinds.length;
      index.set(key, k);
      const { rule, status, severity, subjectKind, title, sources, variant, page } = r;
      kinds.push({ rule, status, severity, subjectKind, title, sources, ...(variant !== undefined ? { variant } : {}), ...(page !== undefined ? { page } : {}) });
    }
    return { k, s: r.subject, m: r.message, ...(r.fix !== undefined ? { f: r.fix } : {}), ...(r.near !== undefined ? { n: r.near } : {}) };
  };
  const results = named.base ? againstBase(message.results, named.base.items, row) : message.results.map(row);
  const blocking = message.blocking?.map(row);
  return { type: 'results', lang: message.lang, packed: 1, ...(named.id ? { id: named.id } : {}), ...(named.base ? { base: named.base.id } : {}), kinds, results, ...(blocking ? { blocking } : {}) };
}

/** `items` as runs copied from `base` where they are the same (as JSON: the same producer writes both) and rows where not. */
function againstBase(items: readonly ResultItem[], base: readonly ResultItem[], row: (r: ResultItem) => Row): Row[] {
  // (each base item written once: a run's next step compares with it again)
  const baseKeys = base.map((b) => JSON.stringify(b));
  const at = new Map<string, number[]>();
  baseKeys.forEach((key, i) => {
    const list = at.get(key);
    if (list) list.push(i);
    else at.set(key, [i]);
  });
  const out: Row[] = [];
  let run: { r: number; c: number } | undefined;
  for (const item of items) {
    const key = JSON.stringify(item);
    // the next of the run's base items, else the first of this one's places in the base
    if (run && run.r + run.c < base.length && baseKeys[run.r + run.c] === key) {
      run.c++;
      continue;
    }
    const i = at.get(key)?.[0];
    if (i === undefined) {
      run = undefined;
      out.push(row(item));
    } else out.push((run = { r: i, c: 1 }));
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The fields a kind carries (a result's own fields come from its row only). */
const KIND_KEYS = ['rule', 'status', 'severity', 'subjectKind', 'title', 'sources', 'variant', 'page'] as const;
const kindFields = (kind: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const k of KIND_KEYS) if (Object.hasOwn(kind, k)) out[k] = kind[k];
  return out;
};

/**
 * A packed message as the plain one (results sharing their kind's `sources` array); any other message as it came; a
 * packed message whose rows do not fit its kinds, or copy from a list `held` does not give (or past its end), as a
 * message the guard refuses (no result dropped silently).
 */
export function unpackResults(raw: unknown, held: (id: string) => readonly unknown[] | undefined = () => undefined): unknown {
  if (!isObject(raw) || raw.packed !== 1) return raw;
  const { kinds } = raw;
  if (!Array.isArray(kinds) || kinds.length > 5000 || !kinds.every(isObject)) return null;
  const base = typeof raw.base === 'string' ? held(raw.base) : undefined;
  const rows = (v: unknown): unknown => {
    if (!Array.isArray(v)) return v;
    const out: unknown[] = [];
    for (const r of v) {
      if (isObject(r) && r.r !== undefined) {
        const { r: from, c: count } = r;
        if (!base || !Number.isInteger(from) || !Number.isInteger(count) || (from as number) < 0 || (count as number) < 1 || (from as number) + (count as number) > base.length || out.length + (count as number) > 5000) return null;
        for (let i = from as number; i < (from as number) + (count as number); i++) out.push(base[i]);
        continue;
      }
      if (!isObject(r) || typeof r.k !== 'number' || !isObject(kinds[r.k])) return null;
      out.push({ ...kindFields(kinds[r.k] as Record<string, unknown>), subject: r.s, message: r.m, ...(r.f !== undefined ? { fix: r.f } : {}), ...(r.n !== undefined ? { near: r.n } : {}) });
    }
    return out;
  };
  return { type: raw.type, lang: raw.lang, results: rows(raw.results), ...(raw.blocking !== undefined ? { blocking: rows(raw.blocking) } : {}) };
}
