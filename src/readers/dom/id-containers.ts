import { isVisible, type VisibilityCache } from './visibility';

/**
 * Repeated items (cards) identified by an id shown in each: for every distinct visible id matching
 * `pattern`, the largest element around it that shows no other id. Ids are returned as shown by
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
    const idsIn = (text: string) => {
      const set = new Set<string>();
      global.lastIndex = 0;
      for (let m = global.exec(text); m; m = global.exec(text)) set.add(normalize(m[0]));
      return set;
    };
    const walker = doc.createTreeWalker(root, 4);
    const seen = new Set<string>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const ids = idsIn(n.nodeValue ?? '');
      if (ids.size !== 1) continue;
      const id = ids.values().next().value as string;
      if (seen.has(id)) continue;
      const parent = n.parentElement;
      if (!parent || !isVisible(parent, cache)) continue;
      let container: Element = parent;
      while (container.parentElement && container !== root) {
        const up = idsIn(container.parentElement.textContent ?? '');
        if (up.size > 1) break;
        container = container.parentElement;
      }
      seen.add(id);
      out.push({ id, container });
    }
  } catch {
    // partial result
  }
  return out;
}
