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

function item(v: unknown): ResultItem | null {
  if (!isObject(v)) return null;
  const { rule, status, severity, subject, subjectKind, message, fix, page, title, sources, variant } = v;
  if (!str(rule, 100) || !oneOf(status, ['pass', 'fail', 'unknown'] as const) || !oneOf(severity, ['error', 'warning', 'info'] as const)) return null;
  if (!str(subject, 2000) || !oneOf(subjectKind, ['entity', 'website', 'domain', 'server'] as const) || !str(message, 2000) || !str(title, 2000)) return null;
  if ((fix !== undefined && !str(fix, 2000)) || (page !== undefined && !str(page, 100)) || (variant !== undefined && !str(variant, 40))) return null;
  if (!Array.isArray(sources) || sources.length > 20) return null;
  const srcs: ResultItem['sources'] = [];
  for (const s of sources) {
    if (!isObject(s) || !str(s.section, 2000)) return null;
    const { publisher, title: docTitle, url } = s;
    if ((publisher !== undefined && !str(publisher, 2000)) || (docTitle !== undefined && !str(docTitle, 2000)) || (url !== undefined && !str(url, 2000))) return null;
    srcs.push({ ...(publisher !== undefined ? { publisher } : {}), ...(docTitle !== undefined ? { title: docTitle } : {}), section: s.section, ...(url !== undefined ? { url } : {}) });
  }
  return {
    rule, status, severity, subject, subjectKind, message,
    ...(fix !== undefined ? { fix } : {}), ...(page !== undefined ? { page } : {}),
    title, sources: srcs, ...(variant !== undefined ? { variant } : {}),
  };
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
