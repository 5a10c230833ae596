import type { RuleSet } from './rule-data';

type WordList = RuleSet['preApproval'];
export type WordHit = { group: WordList['groups'][number]; word: string };

/** First word of the lists found in the text: CJK words as substrings, Latin words on word boundaries. */
export function findWord(text: string | undefined, list: WordList): WordHit | undefined {
  if (!text) return undefined;
  const t = text.normalize('NFKC').toLowerCase();
  for (const group of list.groups) {
    for (const word of group.words) {
      const w = word.toLowerCase();
      if (/^[\x00-\x7f]+$/.test(w)) {
        const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (new RegExp(`(^|[^a-z0-9])${escaped}([^a-z0-9]|$)`).test(t)) return { group, word };
      } else if (t.includes(w)) return { group, word };
    }
  }
  return undefined;
}
