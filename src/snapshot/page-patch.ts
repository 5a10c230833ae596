import { HOST_TAG } from '../ui/page/locate-subject';

/**
 * What changed in a page since its copy was made (./live-copies keeps the copy in the reader document), as
 * operations on the copy: an element's content written anew (its markup now) or some of its attributes set.
 * Built from the page's mutation records by the content script, so that after one row changes the page sends
 * that row's cell, not the page: the reader document then re-reads the changed rows only (the read session,
 * ../readers/dom/read-session, keeps what the other rows showed) instead of parsing, styling and reading a
 * new copy of the whole page — which, on a 2-core machine, had taken the cores the page itself needed.
 *
 * An element is found in the copy by its path (element-child indices from `<html>`) and checked there by the
 * tags and child counts of every element on the way (`check`): a copy whose tree differs from the page's
 * where the path runs (the parser put an element elsewhere; a change the copy never got) is not patched but
 * made anew (./apply-patch answers "stale"). The extension's own elements (the overlay's host, HOST_TAG; the
 * copy's additions, marked COPY_ATTR) are not counted on either side.
 */
export interface PatchOp {
  /** Element-child indices from the document element down (not counting HOST_TAG / COPY_ATTR elements). */
  at: number[];
  /** `tag:children` of each element on the way, `/`-separated; the target's tag alone last. */
  check: string;
  /** The target's content now (its markup, as `getHTML()` writes it). */
  html?: string | undefined;
  /** Attributes of the target now (null: removed). */
  attrs?: Array<[string, string | null]> | undefined;
}

/** The copy's own elements (open-copy COPY_ATTR), not counted when a path is checked there. */
export const COPY_MARK = 'data-icp-preflight-copy';

/** An element the mirrored tree leaves out: the extension's own (the overlay host in the page, the copy's additions). */
export function notMirrored(el: Element): boolean {
  return el.localName === HOST_TAG || el.hasAttribute(COPY_MARK);
}

/**
 * Element children that count: all of them, but under `<html>`, `<head>` and `<body>`, where the extension's own
 * elements are (the overlay host is a child of `<html>` in the page, of `<body>` in the copy, whose parser moves it).
 * Elements after `<body>` in `<html>` (other extensions put theirs there, as this one does its host) are counted as
 * `<body>`'s last children, not `<html>`'s: the copy's parser puts them at the end of its `<body>` — counted as
 * `<html>`'s, every path through `<body>` was checked against a child count the copy never has, and every patch
 * of such a page was refused.
 */
export function countedChildren(el: Element): Element[] | HTMLCollection {
  const tag = el.localName;
  if (tag !== 'html' && tag !== 'head' && tag !== 'body') return el.children;
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!notMirrored(c)) out.push(c);
    if (tag === 'html' && c.localName === 'body') break;
  }
  if (tag === 'body' && el.parentElement?.localName === 'html') for (let c = el.nextElementSibling; c; c = c.nextElementSibling) if (!notMirrored(c)) out.push(c);
  return out;
}

/** The element a child of `<html>` after its `<body>` is counted under (see countedChildren): that `<body>`. */
function mirroredParent(node: Element): Element | null {
  const parent = node.parentElement;
  if (!parent || parent.localName !== 'html' || parent.parentNode?.nodeType !== 9) return parent;
  for (let s = node.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === 'body') return s;
  return parent;
}

/** An element's path and check (see PatchOp), or null when it is not in `doc`'s own tree (a shadow root, detached). */
export function mirrorPath(doc: Document, el: Element): { at: number[]; check: string } | null {
  const at: number[] = [];
  const check: string[] = [el.localName];
  let node: Element = el;
  while (node !== doc.documentElement) {
    const parent = mirroredParent(node);
    if (!parent || at.length > 256) return null;
    const siblings = countedChildren(parent);
    let i = 0;
    if (siblings === parent.children) for (let s = node.previousElementSibling; s; s = s.previousElementSibling) i++;
    else i = Array.prototype.indexOf.call(siblings, node) as number;
    if (i < 0) return null;
    at.push(i);
    check.push(`${parent.localName}:${siblings.length}`);
    node = parent;
  }
  return node.ownerDocument === doc ? { at: at.reverse(), check: check.reverse().join('/') } : null;
}

/** Elements whose content is not their children's markup, or whose change restyles the page: a change there makes a new copy. */
const WHOLE = new Set(['template', 'head', 'style', 'link']);

type GetHtml = () => string;

/**
 * The patch taking the copy from the page as it was when the copy was made (or last patched) to the page now,
 * given every mutation record since (in order, none left out: the caller takes its observer's pending records
 * first). undefined when a new copy is the better or the only way: a change in `<head>` (style sheets), in a shadow
 * root, of `<html>`'s children, or a patch of more than `maxChars` characters.
 */
export function buildPatch(doc: Document, records: readonly MutationRecord[], maxChars: number): PatchOp[] | undefined {
  const content = new Set<Element>();
  const attrs = new Map<Element, Set<string>>();
  for (const r of records) {
    if (r.type === 'childList') {
      if (ownOnly(r)) continue;
      if (r.target.nodeType !== 1) return undefined;
      content.add(r.target as Element);
    } else if (r.type === 'characterData') {
      const parent = r.target.parentNode;
      if (!parent) continue; // a detached text: its removal was recorded where it was
      if (parent.nodeType !== 1) return undefined;
      content.add(parent as Element);
    } else if (r.target.nodeType === 1) {
      const el = r.target as Element;
      if (el.localName === HOST_TAG) continue;
      // a namespaced attribute (xlink:href) is not set back by its name alone: the element's parent is written anew
      if (r.attributeNamespace !== null || r.attributeName === null) {
        if (!el.parentElement) return undefined;
        content.add(el.parentElement);
        continue;
      }
      let names = attrs.get(el);
      if (!names) attrs.set(el, (names = new Set()));
      names.add(r.attributeName);
    }
  }
  const ops = new Map<Element, PatchOp>();
  let chars = 0;
  /**
   * Whether `el` is to be patched: false when it left the page (a change where it was covers it) or lies in content
   * written anew; undefined when the change needs a new copy (in a shadow root, in `<head>`, a style sheet's element).
   */
  const placed = (el: Element): boolean | undefined => {
    if (!el.isConnected) return false;
    if (el.getRootNode() !== doc) return undefined;
    if (el === doc.documentElement) return content.has(el) ? undefined : true;
    let covered = false;
    for (let a: Element | null = el; a && a !== doc.documentElement; a = a.parentElement) {
      if (WHOLE.has(a.localName)) return undefined;
      if (a !== el && content.has(a)) covered = true;
    }
    return !covered;
  };
  for (const el of content) {
    const ok = placed(el);
    if (ok === undefined) return undefined;
    if (!ok) continue;
    const path = mirrorPath(doc, el);
    if (!path) return undefined;
    // the element's content serialized (read, never written: the page is not changed, and the markup goes only into the
    // reader document's sandboxed, script-less copy — never into this extension's UI, which renders page text as text)
    const getHTML = (el as unknown as { getHTML?: GetHtml }).getHTML;
    const html = typeof getHTML === 'function' ? getHTML.call(el) : el.innerHTML;
    chars += html.length;
    if (chars > maxChars) return undefined;
    ops.set(el, { ...path, html });
  }
  for (const [el, names] of attrs) {
    const ok = placed(el);
    if (ok === undefined) return undefined;
    if (!ok) continue;
    const list: Array<[string, string | null]> = [];
    for (const name of names) {
      const value = el.getAttribute(name);
      chars += name.length + (value?.length ?? 0);
      list.push([name, value]);
    }
    if (chars > maxChars) return undefined;
    const op = ops.get(el);
    if (op) op.attrs = list;
    else {
      const path = mirrorPath(doc, el);
      if (!path) return undefined;
      ops.set(el, { ...path, attrs: list });
    }
  }
  return [...ops.values()];
}

/** A child-list change that only placed or removed the extension's own overlay host. */
function ownOnly(r: MutationRecord): boolean {
  const moved = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return moved.length > 0 && moved.every((n) => n.nodeType === 1 && (n as Element).localName === HOST_TAG);
}
