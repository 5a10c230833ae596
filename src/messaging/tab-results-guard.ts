import type { ResultItem, TabResultsMessage } from './tab-results';

/**
 * The content scripts' check of an arriving results message: the same contract as
 * TabResultsMessageSchema (./tab-results, zod), written out by hand because zod would cost a content
 * script about 6 KB gzipped of its 30 KB budget. test/ui/tab-results-guard.test.ts checks with
 * fast-check that this guard and the zod schema accept exactly the same messages.
 */
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const oneOf = <T extends string>(v: unknown, values: readonly T[]): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The string fields of `v` that `spec` names ([key, max length, optional]) added to `out`; null when one breaks its rule (unknown keys are dropped). */
function strings(v: Record<string, unknown>, spec: Array<[string, number, 1?]>, out: Record<string, unknown> = {}): Record<string, unknown> | null {
  for (const [k, max, optional] of spec) {
    const x = v[k];
    if (optional && x === undefined) continue;
    if (!str(x, max)) return null;
    out[k] = x;
  }
  return out;
}

const STATUSES = ['pass', 'fail', 'unknown'] as const;
const SEVERITIES = ['error', 'warning', 'info'] as const;
const SUBJECT_KINDS = ['entity', 'website', 'domain', 'server'] as const;
const ITEM_STRINGS: Array<[string, number, 1?]> = [['rule', 100], ['subject', 2000], ['message', 2000], ['title', 2000], ['fix', 2000, 1], ['page', 100, 1], ['variant', 40, 1]];
const SOURCE_STRINGS: Array<[string, number, 1?]> = [['publisher', 2000, 1], ['title', 2000, 1], ['section', 2000], ['url', 2000, 1]];

function item(v: unknown): ResultItem | null {
  if (!isObject(v)) return null;
  const { status, severity, subjectKind, sources } = v;
  if (!oneOf(status, STATUSES) || !oneOf(severity, SEVERITIES) || !oneOf(subjectKind, SUBJECT_KINDS)) return null;
  if (!Array.isArray(sources) || sources.length > 20) return null;
  const out = strings(v, ITEM_STRINGS, { status, severity, subjectKind });
  if (!out) return null;
  const srcs: unknown[] = [];
  for (const s of sources) {
    const ok = isObject(s) && strings(s, SOURCE_STRINGS);
    if (!ok) return null;
    srcs.push(ok);
  }
  out.sources = srcs;
  const { near } = v;
  if (near !== undefined) {
    if (!Array.isArray(near) || near.length > 50 || !near.every((t) => typeof t === 'string' && t.length <= 2000)) return null;
    out.near = [...near];
  }
  return out as unknown as ResultItem;
}

function items(v: unknown): ResultItem[] | null {
  if (!Array.isArray(v) || v.length > 5000) return null;
  const out: ResultItem[] = [];
  for (const r of v) {
    const ok = item(r);
    if (!ok) return null;
    out.push(ok);
  }
  return out;
}

/** The message with unknown keys dropped (as zod does), or null when it breaks the contract. */
export function parseTabResults(raw: unknown): TabResultsMessage | null {
  if (!isObject(raw) || raw.type !== 'results' || !oneOf(raw.lang, ['zh', 'en'] as const)) return null;
  const results = items(raw.results);
  const blocking = raw.blocking === undefined ? undefined : items(raw.blocking);
  if (!results || blocking === null) return null;
  return { type: 'results', lang: raw.lang, results, ...(blocking ? { blocking } : {}) };
}
