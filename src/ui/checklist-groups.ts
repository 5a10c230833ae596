import type { ResultItem, RuleInfo } from '../messaging/contract';

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
const statusOrder = { fail: 0, unknown: 1, pass: 2 } as const;
const severityOrder = { error: 0, warning: 1, info: 2 } as const;

export function groupChecklist(rules: readonly RuleInfo[], results: readonly ResultItem[]): { groups: ChecklistGroup[]; notChecked: RuleInfo[] } {
  const groups = new Map<string, ChecklistGroup>();
  for (const r of results) {
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
    g.items.sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || severityOrder[a.severity] - severityOrder[b.severity]);
  }
  const checked = new Set(results.map((r) => r.rule));
  return { groups: sorted, notChecked: rules.filter((r) => !checked.has(r.id)) };
}

export function countStatuses(results: readonly ResultItem[]): Record<ResultItem['status'], number> {
  const c = { pass: 0, fail: 0, unknown: 0 };
  for (const r of results) c[r.status]++;
  return c;
}
