import { lineOf, lineText } from './glue';
import { withoutZeroWidth } from './normalize-label';
import { isVisible, type VisibilityCache } from './visibility';
import { documentOrder } from './doc-order';

/**
 * Repeated items (cards) identified by an id shown in each: for every distinct visible id matching
 * `pattern`, the largest element around it that shows no other id. Ids are returned as given by
 * `normalize`; an id shown in a place `skip` says is no record's (a notice) is left out. Pure; never throws.
 */
export function idContainers(
  root: Element,
  pattern: RegExp,
  cache: VisibilityCache,
  normalize: (id: string) => string = (id) => id,
  skip?: (at: Element) => boolean,
): Array<{ id: string; container: Element }> {
  const out: Array<{ id: string; container: Element }> = [];
  try {
    const doc = root.ownerDocument;
    if (!doc) return out;
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    // Every visible text node showing an id (ids are matched per text node, so text glued across
    // element boundaries, "name" + "id", cannot hide one) — except a line of text with an inline
    // element inside a token (a search match: `ins<mark>-k9x</mark>8w7v6`), matched as the one text it shows.
    const shown: Array<{ id: string; at: Element }> = [];
    const lines = new Set<Element>();
    const walker = doc.createTreeWalker(root, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      let parent: Element | null = n.parentElement;
      let text = n.nodeValue ?? '';
      // blank text (the indentation between rows and cards) shows no id and starts no line
      if (!parent || text.trim() === '') continue;
      const line = lineOf(parent, cache);
      if (line) {
        if (lines.has(line)) continue;
        lines.add(line);
        parent = line;
        text = lineText(line, cache);
      }
      // invisible break characters inside a long ID (a zero-width space, a soft hyphen) are no part of it
      text = withoutZeroWidth(text);
      global.lastIndex = 0;
      const ids = new Set<string>();
      for (let m = global.exec(text); m; m = global.exec(text)) ids.add(normalize(m[0]));
      if (ids.size === 0 || !isVisible(parent, cache) || skip?.(parent)) continue;
      for (const id of ids) shown.push({ id, at: parent });
    }
    // Each ancestor of a shown id (up to root) → the one id it holds, or null when it holds two or
    // more: one climb per id, not a scan of every other id at every level.
    const owner = new Map<Element, string | null>();
    for (const { id, at } of shown) {
      for (let e: Element | null = at; e; e = e === root ? null : e.parentElement) {
        const cur = owner.get(e);
        if (cur === id || cur === null) break; // the rest of the chain is marked already
        owner.set(e, cur === undefined ? id : null);
      }
    }
    // An id shown more than once (its card, and a selection bar or a breadcrumb naming it) is the item where it
    // has the largest box of its own: a mention is a line in a box that names other ids too. (Boxes are counted
    // only for such ids: an id shown once has its one box.)
    const times = new Map<string, number>();
    for (const { id } of shown) times.set(id, (times.get(id) ?? 0) + 1);
    const containers = shown.map(({ id, at }) => {
      let container: Element = at;
      while (container !== root && container.parentElement) {
        const up: Element = container.parentElement;
        if (owner.get(up) !== id) break;
        container = up;
      }
      return container;
    });
    const best = new Map<string, { container: Element; size: number }>();
    shown.forEach(({ id }, i) => {
      const container = containers[i]!;
      const size = times.get(id)! > 1 ? container.getElementsByTagName('*').length : 0;
      const cur = best.get(id);
      if (!cur || size > cur.size) best.set(id, { container, size });
    });
    for (const [id, { container }] of best) out.push({ id, container });
    // In the order the items are shown. Boxes of different ids are disjoint but for an element showing two ids
    // itself (its text and a child's), whose child's box is inside its own: only then is document order asked (in
    // happy-dom each comparison indexes the tree; sorting a 500-row list's boxes so was nearly the whole read).
    // Otherwise a box's place is that of the first id shown in it (one box for two ids: they keep their order).
    const place = new Map<Element, number>();
    containers.forEach((c, i) => place.has(c) || place.set(c, i));
    const boxes = new Set(out.map((o) => o.container));
    const nested = out.some(({ container }) => {
      for (let e = container.parentElement; e && e !== root.parentElement; e = e.parentElement) if (boxes.has(e)) return true;
      return false;
    });
    // eslint-disable-next-line no-bitwise
    if (nested) out.sort((x, y) => documentOrder(x.container, y.container));
    else out.sort((x, y) => place.get(x.container)! - place.get(y.container)!);
  } catch {
    // partial result
  }
  return out;
}

/**
 * The element whose line of text shows `id` (compared in lower case: `id` given so), or undefined. The id is
 * found through its line (./glue lineOf: an id broken by <wbr>, zero-width breaks or a search mark).
 */
export function idElement(root: Element, id: string, cache: VisibilityCache): Element | undefined {
  try {
    const walker = root.ownerDocument.createTreeWalker(root, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent) continue;
      const line = lineOf(parent, cache);
      const el = line ?? parent;
      if (withoutZeroWidth(line ? lineText(line, cache) : (n.nodeValue ?? '')).toLowerCase().includes(id) && isVisible(el, cache)) return el;
    }
  } catch {
    // none
  }
  return undefined;
}
