import type { PageFacts } from '../facts/schema';

/**
 * Page facts sent as a DELTA: after a page's first (full) message, a content script sends only the
 * servers and domains that changed since its last message, the key order of a list when it changed
 * (a row added, removed or moved), and the page's other facts (entity, websites, partial: small)
 * whole. The background keeps each tab's last facts, applies the delta to them and then handles the
 * full facts exactly as a full message (same store, same results). Messages are numbered (`seq`);
 * a delta names the message it follows (`base`): when the background holds another base (a lost or
 * reordered message, a restarted service worker) it answers `resend` and the content script sends
 * the full facts again. Pure; shared by the content scripts (diffPageFacts) and the background
 * (applyPageDelta; the message schema is in ./contract).
 *
 * A big page's full facts go in PIECES: sending one message of 2,000 servers (380 KB) holds the
 * page's main thread 30-90 ms (measured in Chromium), a piece of PIECE items a few ms. The first
 * piece is a full message with the lists cut to their first PIECE items (cutFacts), each next one
 * the delta to the lists cut PIECE items further (items appended at the end: `put` only, no key
 * list); every piece but the last says `more`: the background only rebuilds the facts then (no
 * store, no lint, no results) and answers `more`.
 */
export const LISTS = ['servers', 'domains'] as const;
type ListName = (typeof LISTS)[number];
type Item = { id?: string; domain?: string };

export interface ListDelta {
  /** Items new or changed since the base, in page order. */
  put: unknown[];
  /**
   * Every item's key in page order, when it differs from the base's (absent: the base's keys in
   * their order, then those of `put` the base lacks, appended in order); null: the page no longer
   * shows the list at all.
   */
  keys?: string[] | null;
}

export interface PageDeltaShape {
  type: 'page-facts-delta';
  url: string;
  reader: string;
  seq: number;
  base: number;
  /** The page's facts other than the lists (version, entity, websites, partial). */
  facts: PageFacts;
  lists: Partial<Record<ListName, ListDelta>>;
  /** More pieces of the page's full facts follow (see PIECE). */
  more?: true;
}

/** The answer to a delta whose base the background does not hold. */
export interface ResendShape {
  type: 'resend';
}

export const keyOf = (x: Item): string | undefined => x.id ?? x.domain;

/** Keys of a list in order; undefined when an item has no key or a key repeats (no delta then). */
function keysOf(list: readonly Item[]): string[] | undefined {
  const keys = list.map((x) => (x ? keyOf(x) : undefined));
  return keys.every((k) => typeof k === 'string') && new Set(keys).size === keys.length ? (keys as string[]) : undefined;
}

/** Facts hold plain JSON: equal when the same object (a kept row record) or the same JSON. */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Lists whose keys are known to be unique strings, in order (a list diffed before, as `next`): the
 * next diff takes them from here instead of listing and checking every key again.
 */
const uniqueKeys = new WeakMap<readonly Item[], string[]>();

function knownKeysOf(list: readonly Item[]): string[] | undefined {
  const known = uniqueKeys.get(list);
  if (known) return known;
  const keys = keysOf(list);
  if (keys) uniqueKeys.set(list, keys);
  return keys;
}

/**
 * The list's delta when its items keep their keys and places (the common re-read: a row's text
 * changed): one pass, no key list, no map. null when nothing changed; undefined when a key differs
 * in some place or the lists' lengths differ (the caller's general path decides then).
 */
function inPlaceDelta(a: readonly Item[], ka: readonly string[], b: readonly Item[]): ListDelta | null | undefined {
  if (a.length !== b.length) return undefined;
  let put: unknown[] | undefined;
  for (let i = 0; i < b.length; i++) {
    const x = b[i];
    if (x === a[i]) continue;
    if (!x || keyOf(x) !== ka[i]) return undefined;
    if (!same(a[i], x)) (put ??= []).push(x);
  }
  // the same keys in the same places as a list of unique keys: unique too
  uniqueKeys.set(b, ka as string[]);
  return put ? { put } : null;
}

/**
 * What changed from `prev` (the facts of the last message) to `next`: per list the new or changed
 * items and, if the keys changed, the new key order; `rest` the other facts. `undefined` when no
 * delta can say it (a list item without a unique key): send the full facts. `changed` false when
 * nothing changed.
 */
export function diffPageFacts(prev: PageFacts, next: PageFacts): { changed: boolean; rest: PageFacts; lists: Partial<Record<ListName, ListDelta>> } | undefined {
  const rest = { ...next };
  const was = { ...prev };
  const lists: Partial<Record<ListName, ListDelta>> = {};
  for (const name of LISTS) {
    delete rest[name];
    delete was[name];
    const a = (prev[name] ?? []) as Item[];
    const b = next[name] as Item[] | undefined;
    const ka = knownKeysOf(a);
    if (!ka) return undefined;
    if (b && prev[name]) {
      const quick = inPlaceDelta(a, ka, b);
      if (quick) lists[name] = quick;
      if (quick !== undefined) continue;
    }
    const kb = knownKeysOf(b ?? []);
    if (!kb) return undefined;
    const old = new Map(ka.map((k, i) => [k, a[i]]));
    const put = (b ?? []).filter((x, i) => !same(old.get(kb[i] as string), x));
    // a list present but empty and an absent list are told apart (keys null: absent); items only
    // appended at the end need no key list
    const moved = !prev[name] !== !b || ka.length > kb.length || ka.some((k, i) => k !== kb[i]);
    if (put.length || moved) lists[name] = !b ? { put, keys: null } : moved ? { put, keys: kb } : { put };
  }
  return { changed: Object.keys(lists).length > 0 || !same(rest, was), rest, lists };
}

/**
 * The full facts a delta stands for, given the facts of its base. A key the delta lists but neither
 * it nor the base carries (an item the background refused) is left out, as a full message would
 * leave it out.
 */
export function applyPageDelta(base: PageFacts, delta: { facts: PageFacts; lists: Partial<Record<ListName, ListDelta>> }): PageFacts {
  const out: PageFacts = { ...delta.facts };
  for (const name of LISTS) delete out[name];
  for (const name of LISTS) {
    const before = (base[name] ?? []) as Item[];
    const d = delta.lists[name];
    if (!d) {
      if (base[name] !== undefined) (out as Record<string, unknown>)[name] = before;
      continue;
    }
    const byKey = new Map<string, unknown>();
    for (const x of before) {
      const k = keyOf(x);
      if (k !== undefined) byKey.set(k, x);
    }
    for (const x of d.put as Item[]) {
      const k = typeof x === 'object' && x !== null ? keyOf(x) : undefined;
      if (k !== undefined) byKey.set(k, x);
    }
    if (d.keys === null) continue; // the list is gone
    const keys = d.keys ?? [...new Set([...before, ...(d.put as Item[])].map((x) => (typeof x === 'object' && x !== null ? keyOf(x) : undefined)))].filter((k) => k !== undefined);
    const list: unknown[] = [];
    for (const k of keys) {
      const x = byKey.get(k);
      if (x !== undefined) list.push(x);
    }
    (out as Record<string, unknown>)[name] = list;
  }
  return out;
}

/** Items per list in one piece of a big page's full facts (see cutFacts). */
export const PIECE = 250;

/** `facts` with each list cut to its first `n` items (`facts` itself when no list is longer). */
export function cutFacts(facts: PageFacts, n: number): PageFacts {
  if (!LISTS.some((k) => (facts[k]?.length ?? 0) > n)) return facts;
  const out = { ...facts };
  for (const k of LISTS) if (facts[k]) (out as Record<string, unknown>)[k] = facts[k]!.slice(0, n);
  return out;
}
