import type { RuleSet } from './rule-data';

type WordList = RuleSet['preApproval'];
export type WordHit = { group: WordList['groups'][number]; word: string };
type Matcher = { group: WordList['groups'][number]; word: string; test: (text: string) => boolean };

const compiled = new WeakMap<WordList, Matcher[]>();

function matchers(list: WordList): Matcher[] {
  let m = compiled.get(list);
  if (!m) {
    m = list.groups.flatMap((group) =>
      group.words.map((word) => {
        const w = word.toLowerCase();
        if (!/^[\x00-\x7f]+$/.test(w)) return { group, word, test: (t: string) => t.includes(w) };
        const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const re = new RegExp(`(^|[^a-z0-9])${escaped}([^a-z0-9]|$)`);
        return { group, word, test: (t: string) => re.test(t) };
      }),
    );
    compiled.set(list, m);
  }
  return m;
}

const subLists = new WeakMap<WordList, Map<string, WordList>>();

/** One group of a word list as a list of its own (cached, so its matchers are compiled once). */
export function wordGroup(list: WordList, id: string): WordList {
  let byId = subLists.get(list);
  if (!byId) subLists.set(list, (byId = new Map()));
  let sub = byId.get(id);
  if (!sub) byId.set(id, (sub = { ...list, groups: list.groups.filter((g) => g.id === id) }));
  return sub;
}

/** First word of the lists found in the text: CJK words as substrings, Latin words on word boundaries. */
export function findWord(text: string | undefined, list: WordList): WordHit | undefined {
  if (!text) return undefined;
  const t = text.normalize('NFKC').toLowerCase();
  const hit = matchers(list).find((m) => m.test(t));
  return hit ? { group: hit.group, word: hit.word } : undefined;
}
