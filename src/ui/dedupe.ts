/**
 * One result where two say the same: when the first rule of a pair fails for a subject, the second
 * rule's result for that subject is not shown (an expired domain is not also "expiring soon").
 * Presentation only — the engine still reports both (the CLI lists both).
 */
const SAYS_MORE = [['domain.not-expired', 'domain.expiring-soon']] as const;

export function dropRepeats<R extends { rule: string; subject: string; subjectKind: string; status: string }>(results: readonly R[]): R[] {
  const failing = new Set(results.filter((r) => r.status === 'fail').map((r) => `${r.rule}\u0000${r.subjectKind}\u0000${r.subject}`));
  return results.filter((r) => !SAYS_MORE.some(([wins, loses]) => r.rule === loses && failing.has(`${wins}\u0000${r.subjectKind}\u0000${r.subject}`)));
}
