import type { ResultItem, TabResultsMessage } from './tab-results';

/**
 * A tab's results as they travel (background → content script): the parts every result of one rule shares — its
 * title, sources, status, severity, kind, variant, page — sent once (`kinds`), each result then only its subject,
 * message, fix and `near`. On a 500-row list the 578 findings were 530 KB of JSON, nine in ten characters the same
 * title and sources again; a page's content script decodes every such message (its load and each re-read's reply).
 *
 * `unpackResults` gives the plain message back; the content script's guard (./tab-results-guard) then checks it as
 * before — it is the contract, not this form. Pure: no browser API.
 */
export interface PackedResults {
  type: 'results';
  lang: 'zh' | 'en';
  packed: 1;
  kinds: Kind[];
  results: Row[];
  blocking?: Row[];
}

/** What results of one rule share. */
type Kind = Pick<ResultItem, 'rule' | 'status' | 'severity' | 'subjectKind' | 'title' | 'sources'> & Partial<Pick<ResultItem, 'variant' | 'page'>>;
/** One result: its kind's index, subject, message, and fix and near where it has them. */
type Row = { k: number; s: string; m: string; f?: string; n?: string[] };

const kindKey = (r: ResultItem) => JSON.stringify([r.rule, r.status, r.severity, r.subjectKind, r.title, r.variant ?? null, r.page ?? null, r.sources]);

export function packResults(message: TabResultsMessage): PackedResults {
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
  const results = message.results.map(row);
  const blocking = message.blocking?.map(row);
  return { type: 'results', lang: message.lang, packed: 1, kinds, results, ...(blocking ? { blocking } : {}) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A packed message as the plain one (results sharing their kind's `sources` array); any other message as it came; a
 * packed message whose rows do not fit its kinds as a message the guard refuses (no result dropped silently).
 */
export function unpackResults(raw: unknown): unknown {
  if (!isObject(raw) || raw.packed !== 1) return raw;
  const { kinds } = raw;
  if (!Array.isArray(kinds) || kinds.length > 5000 || !kinds.every(isObject)) return null;
  const rows = (v: unknown): unknown => {
    if (!Array.isArray(v)) return v;
    const out: unknown[] = [];
    for (const r of v) {
      if (!isObject(r) || typeof r.k !== 'number' || !isObject(kinds[r.k])) return null;
      out.push({ ...(kinds[r.k] as object), subject: r.s, message: r.m, ...(r.f !== undefined ? { fix: r.f } : {}), ...(r.n !== undefined ? { near: r.n } : {}) });
    }
    return out;
  };
  return { type: raw.type, lang: raw.lang, results: rows(raw.results), ...(raw.blocking !== undefined ? { blocking: rows(raw.blocking) } : {}) };
}
