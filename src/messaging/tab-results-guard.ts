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
const KIND_STRINGS: Array<[string, number, 1?]> = [['rule', 100], ['title', 2000], ['page', 100, 1], ['variant', 40, 1]];
const SOURCE_STRINGS: Array<[string, number, 1?]> = [['publisher', 2000, 1], ['title', 2000, 1], ['section', 2000], ['url', 2000, 1]];
const LANGS = ['zh', 'en'] as const;

/** What every result of one rule shares (see ./results-wire): rule, status, severity, kind, title, page, variant, sources. */
type KindPart = Omit<ResultItem, 'subject' | 'message' | 'fix' | 'near'>;

function kindPart(v: Record<string, unknown>): KindPart | null {
  const { status, severity, subjectKind, sources } = v;
  if (!oneOf(status, STATUSES) || !oneOf(severity, SEVERITIES) || !oneOf(subjectKind, SUBJECT_KINDS)) return null;
  if (!Array.isArray(sources) || sources.length > 20) return null;
  const out = strings(v, KIND_STRINGS, { status, severity, subjectKind });
  if (!out) return null;
  const srcs: unknown[] = [];
  for (const s of sources) {
    const ok = isObject(s) && strings(s, SOURCE_STRINGS);
    if (!ok) return null;
    srcs.push(ok);
  }
  out.sources = srcs;
  return out as unknown as KindPart;
}

/** `kind` with one result's own fields (checked here): null when one breaks its rule. */
function withOwn(kind: KindPart, subject: unknown, message: unknown, fix: unknown, near: unknown): ResultItem | null {
  if (!str(subject, 2000) || !str(message, 2000)) return null;
  const out: ResultItem = { ...kind, subject, message };
  if (fix !== undefined) {
    if (!str(fix, 2000)) return null;
    out.fix = fix;
  }
  if (near !== undefined) {
    if (!Array.isArray(near) || near.length > 50 || !near.every((t) => str(t, 2000))) return null;
    out.near = [...near];
  }
  return out;
}

function item(v: unknown): ResultItem | null {
  if (!isObject(v)) return null;
  const kind = kindPart(v);
  return kind && withOwn(kind, v.subject, v.message, v.fix, v.near);
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
  if (!isObject(raw) || raw.type !== 'results' || !oneOf(raw.lang, LANGS)) return null;
  const results = items(raw.results);
  const blocking = raw.blocking === undefined ? undefined : items(raw.blocking);
  if (!results || blocking === null) return null;
  return { type: 'results', lang: raw.lang, results, ...(blocking ? { blocking } : {}) };
}

/**
 * A read's answer or a pushed message as the content script takes it: a packed one (./results-wire) checked as it
 * is — each kind once, each row's own fields — and made whole; what `parseTabResults(unpackResults(raw, held))`
 * gives, without copying every result twice and checking its kind's title and sources again for each (on a
 * 500-row list ~10 ms of a page load's content script). `held` gives lists this guard passed before: their items
 * are copied as they are. Any other message: `parseTabResults`.
 */
export function parseResultsAnswer(raw: unknown, held: (id: string) => readonly ResultItem[] | undefined = () => undefined): TabResultsMessage | null {
  if (!isObject(raw) || raw.packed !== 1) return parseTabResults(raw);
  const { kinds } = raw;
  if (raw.type !== 'results' || !oneOf(raw.lang, LANGS) || !Array.isArray(kinds) || kinds.length > 5000 || !kinds.every(isObject)) return null;
  // each kind checked when a row first names it (one no row names is not checked, as unpacked it would not be)
  const checked = new Map<number, KindPart | null>();
  const kindAt = (k: number): KindPart | null => {
    let part = checked.get(k);
    if (part === undefined) checked.set(k, (part = isObject(kinds[k]) ? kindPart(kinds[k] as Record<string, unknown>) : null));
    return part;
  };
  const base = typeof raw.base === 'string' ? held(raw.base) : undefined;
  const rows = (v: unknown): ResultItem[] | null => {
    if (!Array.isArray(v)) return null;
    const out: ResultItem[] = [];
    for (const r of v) {
      if (!isObject(r)) return null;
      if (r.r !== undefined) {
        const { r: from, c: count } = r;
        if (!base || !Number.isInteger(from) || !Number.isInteger(count) || (from as number) < 0 || (count as number) < 1 || (from as number) + (count as number) > base.length || out.length + (count as number) > 5000) return null;
        for (let i = from as number; i < (from as number) + (count as number); i++) out.push(base[i]!);
        continue;
      }
      const kind = typeof r.k === 'number' ? kindAt(r.k) : null;
      const one = kind && withOwn(kind, r.s, r.m, r.f, r.n);
      if (!one || out.length >= 5000) return null;
      out.push(one);
    }
    return out;
  };
  const results = rows(raw.results);
  const blocking = raw.blocking === undefined ? undefined : rows(raw.blocking);
  if (!results || blocking === null) return null;
  return { type: 'results', lang: raw.lang, results, ...(blocking ? { blocking } : {}) };
}
