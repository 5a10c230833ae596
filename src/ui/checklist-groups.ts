import type { ResultItem, RuleInfo } from '../messaging/contract';
import { dropRepeats } from './dedupe';

/**
 * The popup's checklist layout: results grouped by subject (entity, each website, domain, server),
 * failures first; rules without any result listed as not checked yet. Presentation only: statuses come
 * from the engine.
 */
export interface ChecklistGroup {
  kind: ResultItem['subjectKind'];
  subject: string;
  items: ResultItem[];
  counts: Record<ResultItem['status'], number>;
}

const kindOrder = { entity: 0, website: 1, domain: 2, server: 3 } as const;
const severityOrder = { error: 0, warning: 1, info: 2 } as const;
/** Failing errors and warnings first, then unknowns, then guidance (failing info), then passes. */
function rank(r: ResultItem): number {
  if (r.status === 'pass') return 4;
  if (r.status === 'unknown') return 2;
  return r.severity === 'info' ? 3 : severityOrder[r.severity];
}

export function groupChecklist(rules: readonly RuleInfo[], results: readonly ResultItem[]): { groups: ChecklistGroup[]; notChecked: RuleInfo[] } {
  const groups = new Map<string, ChecklistGroup>();
  for (const r of dropRepeats(results)) {
    const k = `${r.subjectKind}\u0000${r.subject}`;
    let g = groups.get(k);
    if (!g) {
      g = { kind: r.subjectKind, subject: r.subject, items: [], counts: { pass: 0, fail: 0, unknown: 0 } };
      groups.set(k, g);
    }
    g.items.push(r);
    g.counts[r.status]++;
  }
  const sorted = [...groups.values()].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
  for (const g of sorted) {
    g.items.sort((a, b) => rank(a) - rank(b) || severityOrder[a.severity] - severityOrder[b.severity]);
  }
  const checked = new Set(results.map((r) => r.rule));
  return { groups: sorted, notChecked: rules.filter((r) => !checked.has(r.id)) };
}

/** The popup's summary line: failing errors, failing warnings, failing info (notes: things to do), unknowns, passes. */
export function countStatuses(results: readonly ResultItem[]): { errors: number; warnings: number; info: number; unknown: number; pass: number } {
  const c = { errors: 0, warnings: 0, info: 0, unknown: 0, pass: 0 };
  for (const r of dropRepeats(results)) {
    if (r.status === 'pass') c.pass++;
    else if (r.status === 'unknown') c.unknown++;
    else if (r.severity === 'error') c.errors++;
    else if (r.severity === 'warning') c.warnings++;
    else c.info++;
  }
  return c;
}

/** A group's unknown items by the console page that shows what they miss (one link per page). */
export function unknownsByPage<P extends { label: string; url: string }>(items: readonly ResultItem[], pages: Record<string, P>): [P, ResultItem[]][] {
  const out = new Map<string, [P, ResultItem[]]>();
  for (const r of items) {
    const page = r.status === 'unknown' && r.page ? pages[r.page] : undefined;
    if (!page) continue;
    const entry = out.get(r.page!) ?? [page, []];
    entry[1].push(r);
    out.set(r.page!, entry);
  }
  return [...out.values()];
}
