/**
 * DOCUMENT ORDER of two nodes, as `(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0` answers it,
 * found from the two nodes' ancestors: their nearest common ancestor, then which of its two children on their paths
 * comes first. happy-dom (the command line's DOM) answers compareDocumentPosition by numbering every node under the
 * common ancestor — one call about a 500-row list's two tables cost a read 25 ms; this costs the two paths and the
 * siblings between the two branches. Nodes in different trees (another document, a shadow root's inside and its
 * host's page) are left to compareDocumentPosition. Pure; never throws.
 */

/** `b` comes after `a` in document order (`b` inside `a` included; `a` inside `b`, or `a` itself, not). */
export function follows(a: Node, b: Node): boolean {
  if (a === b) return false;
  try {
    const up: Node[] = [];
    for (let n: Node | null = b; n; n = n.parentNode) up.push(n);
    let below: Node | null = null;
    for (let n: Node | null = a; n; below = n, n = n.parentNode) {
      const at = up.indexOf(n);
      if (at < 0) continue;
      // n: the nearest common ancestor
      if (n === a) return true; // b inside a
      if (n === b) return false; // a inside b
      return siblingFollows(below!, up[at - 1]!);
    }
  } catch {
    // below
  }
  try {
    return (a.compareDocumentPosition(b) & 4) !== 0;
  } catch {
    return false;
  }
}

/** Order by `follows`, for `sort`: -1 when `a` comes first, 1 when `b` does, 0 for one node. */
export function documentOrder(a: Node, b: Node): number {
  return a === b ? 0 : follows(a, b) ? -1 : 1;
}

/** `y` is a later sibling of `x` (two children of one parent): looked for both ways at once, so the nearer side answers. */
function siblingFollows(x: Node, y: Node): boolean {
  for (let after = x.nextSibling, before = x.previousSibling; after || before; after = after?.nextSibling ?? null, before = before?.previousSibling ?? null) {
    if (after === y) return true;
    if (before === y) return false;
  }
  return false;
}
