/**
 * One record per key from rows that may show a record twice: a row pinned to the top (置顶) and shown again in its
 * place, a copy of a row in a sticky bar. The first row's place is kept; a value the rows give differently is
 * dropped (one of them is stale: a value the page does not show as that record's fact is worse than none), a value
 * only one row gives is kept. `kept`: fields the first row gives for all (the id the key is read from, shown in
 * another case in a copy: BDM830115002 and bdm830115002 are one host, its id as the first row shows it). Pure; the
 * records are not changed (a merged record is a new object).
 */
export function mergeRepeated<T extends object>(records: readonly T[], keyOf: (record: T) => string, kept: readonly (keyof T & string)[] = []): T[] {
  const order: string[] = [];
  const byKey = new Map<string, T>();
  const dropped = new Map<string, Set<string>>();
  for (const record of records) {
    const key = keyOf(record);
    const first = byKey.get(key);
    if (!first) {
      order.push(key);
      byKey.set(key, record);
      continue;
    }
    const merged = { ...first } as Record<string, unknown>;
    const gone = dropped.get(key) ?? new Set<string>();
    for (const [field, value] of Object.entries(record)) {
      if (gone.has(field) || (kept as readonly string[]).includes(field)) continue;
      if (!(field in merged)) merged[field] = value;
      else if (JSON.stringify(merged[field]) !== JSON.stringify(value)) {
        delete merged[field];
        gone.add(field);
      }
    }
    dropped.set(key, gone);
    byKey.set(key, merged as T);
  }
  return order.map((key) => byKey.get(key)!);
}
