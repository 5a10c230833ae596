import { z } from 'zod';
import { subjectKey, type SubjectKind } from './subject-keys';

/**
 * Warnings the filer chose not to see again in the console pages ("不再提示" / "Hide"): one key per
 * rule and subject (the rule id and the subject's store key: nothing the fact store does not already
 * hold). Kept across page reloads and browser restarts; the options page's "clear everything" removes
 * them. The popup's checklist still lists them.
 */
export const dismissedLimits = { keys: 1000, keyChars: 700 } as const;

export const DismissedSchema = z.array(z.string().min(1).max(dismissedLimits.keyChars)).max(dismissedLimits.keys);
export type Dismissed = z.infer<typeof DismissedSchema>;

/** The key of one warning: its rule and its subject (an entity by its name: another filing's entity is another subject). */
export function dismissKey(rule: string, kind: SubjectKind, subject: string): string {
  const who = kind === 'entity' ? `entity:${subject.normalize('NFKC').trim()}` : subjectKey(kind, subject);
  return `${rule}|${who}`.slice(0, dismissedLimits.keyChars);
}

/** `key` added last (the oldest go first past the cap); the same list when it is there already. */
export function addDismissed(list: readonly string[], key: string, max: number = dismissedLimits.keys): string[] {
  if (list.includes(key)) return [...list];
  return [...list, key].slice(-max);
}
