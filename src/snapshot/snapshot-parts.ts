import { MAX_SNAPSHOT_CHARS } from './snapshot-limits';
import type { ReadSnapshotPart } from './snapshot-schema';

/**
 * The background's store of big pages' markup parts (ReadSnapshotPartSchema), per tab, until their `read-snapshot`
 * takes them: one markup per tab at a time (a part of another key starts over), never more than MAX_SNAPSHOT_CHARS.
 */
export interface SnapshotParts {
  /** Keeps a part; false when it cannot be kept (too much in all). */
  add(tab: number, part: ReadSnapshotPart): boolean;
  /** The whole markup of `key` when all `count` parts came, else undefined; forgets the tab's parts either way. */
  take(tab: number, key: string, count: number): string | undefined;
  forget(tab: number): void;
}

export function createSnapshotParts(maxChars = MAX_SNAPSHOT_CHARS): SnapshotParts {
  const byTab = new Map<number, { key: string; parts: string[]; chars: number }>();
  return {
    add(tab, part) {
      let held = byTab.get(tab);
      if (!held || held.key !== part.key) byTab.set(tab, (held = { key: part.key, parts: [], chars: 0 }));
      const before = held.parts[part.index]?.length ?? 0;
      if (held.chars - before + part.text.length > maxChars) {
        byTab.delete(tab);
        return false;
      }
      held.parts[part.index] = part.text;
      held.chars += part.text.length - before;
      return true;
    },
    take(tab, key, count) {
      const held = byTab.get(tab);
      byTab.delete(tab);
      if (!held || held.key !== key || held.parts.length !== count) return undefined;
      for (let i = 0; i < count; i++) if (held.parts[i] === undefined) return undefined;
      return held.parts.join('');
    },
    forget: (tab) => void byTab.delete(tab),
  };
}
