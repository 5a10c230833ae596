/**
 * A big page's markup serialized in pieces, so that no piece of the work is a long task: an element of at most
 * `pieceElements` elements is written whole by the browser's serializer (native: no script wrapper per node); a bigger
 * one is written as its start tag, its children one by one (each of them the same way), and its end tag. The
 * caller yields between pieces (`yieldNow` says when). The result is what `getHTML` / `outerHTML` would give, but for
 * the escaping of `<` and `>` in attribute values (parsed the same). The markup is never put into the extension's own
 * UI: it is only parsed into the sandboxed, script-less copy the readers read (./open-copy); warnings still render
 * page text as text.
 *
 * Written whole whatever their size: elements with a shadow root (written with their open roots), elements outside
 * the HTML namespace (SVG, MathML: qualified names), `<template>` (its content is not its children), and elements
 * whose text is raw (`<script>`, `<style>`, `<textarea>`, … : their text is not escaped).
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen', 'param']);
const RAW = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript', 'textarea', 'title', 'template']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** An element with more children than this has each written whole, uncounted (rows of a list). */
const MANY_CHILDREN = 64;

type GetHtml = (options: { serializableShadowRoots?: boolean; shadowRoots?: readonly ShadowRoot[] }) => string;

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function startTag(el: Element): string {
  let out = `<${el.localName}`;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes[i]!;
    out += ` ${a.name}="${escapeAttribute(a.value)}"`;
  }
  return `${out}>`;
}

/** An element's markup, its open shadow roots (of `shadowRoots`) in it, as one native call. */
export function wholeMarkup(el: Element, shadowRoots: readonly ShadowRoot[]): string {
  const getHTML = (el as unknown as { getHTML?: GetHtml }).getHTML;
  // (outerHTML where there is no open root to write: one call without an options object, per row of a big list)
  if (typeof getHTML !== 'function' || shadowRoots.length === 0) return el.outerHTML;
  const inner = getHTML.call(el, { serializableShadowRoots: true, shadowRoots });
  return VOID.has(el.localName) ? startTag(el) : `${startTag(el)}${inner}</${el.localName}>`;
}

function splittable(el: Element): boolean {
  return el.namespaceURI === HTML_NS && !RAW.has(el.localName) && !VOID.has(el.localName) && !el.shadowRoot;
}

/**
 * `el`'s markup (outerHTML with the open shadow roots given), its big subtrees split into pieces; `yieldNow()` is
 * asked after each piece and, when true, the generator yields (the caller lets the page run, then resumes it).
 */
export function* serializeInPieces(el: Element, shadowRoots: readonly ShadowRoot[], pieceElements: number, yieldNow: () => boolean): Generator<void, string> {
  const out: string[] = [];
  /** `counted`: the element is known to hold more than pieceElements elements. */
  function* write(node: Element, counted = false): Generator<void, void> {
    if (!splittable(node) || (!counted && node.getElementsByTagName('*').length <= pieceElements)) {
      out.push(wholeMarkup(node, shadowRoots));
      if (yieldNow()) yield;
      return;
    }
    out.push(startTag(node));
    // the children of an element of many (a list's rows) are each written whole: counting each one's elements
    // (a live collection per row) cost more than writing it
    const many = node.childElementCount > MANY_CHILDREN;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1 && many) {
        out.push(wholeMarkup(c as Element, shadowRoots));
        if (yieldNow()) yield;
      } else if (c.nodeType === 1) yield* write(c as Element);
      else if (c.nodeType === 3) out.push(escapeText((c as Text).data));
      else if (c.nodeType === 8) out.push(`<!--${(c as Comment).data}-->`);
    }
    out.push(`</${node.localName}>`);
  }
  yield* write(el, false);
  return out.join('');
}
