import { isVisible, type VisibilityCache } from './visibility';

/**
 * Repeated items (cards) identified by an id shown in each: for every distinct visible id matching
 * `pattern`, the largest element around it that shows no other id. Ids are returned as given by
 * `normalize`. Pure; never throws.
 */
export function idContainers(
  root: Element,
  pattern: RegExp,
  cache: VisibilityCache,
  normalize: (id: string) => string = (id) => id,
): Array<{ id: string; container: Element }> {
  const out: Array<{ id: string; container: Element }> = [];
  try {
    const doc = root.ownerDocument;
    if (!doc) return out;
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    // Every visible text node showing an id (ids are matched per text node, so text glued across
    // element boundaries, "name" + "id", cannot hide one).
    const shown: Array<{ id: string; at: Element }> = [];
    const walker = doc.createTreeWalker(root, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent) continue;
      global.lastIndex = 0;
      const ids = new Set<string>();
      for (let m = global.exec(n.nodeValue ?? ''); m; m = global.exec(n.nodeValue ?? '')) ids.add(normalize(m[0]));
      if (ids.size === 0 || !isVisible(parent, cache)) continue;
      for (const id of ids) shown.push({ id, at: parent });
    }
    const seen = new Set<string>();
    for (const { id, at } of shown) {
      if (seen.has(id)) continue;
      seen.add(id);
      const others = shown.filter((s) => s.id !== id);
      let container: Element = at;
      while (container !== root && container.parentElement) {
        const up: Element = container.parentElement;
        if (others.some((o) => up.contains(o.at))) break;
        container = up;
      }
      out.push({ id, container });
    }
  } catch {
    // partial result
  }
  return out;
}
