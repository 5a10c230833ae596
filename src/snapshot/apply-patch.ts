import { withoutNoscriptContent } from './noscript';
import { countedChildren, type PatchOp } from './page-patch';

/**
 * A page's patch (./page-patch) applied to its copy (./open-copy, kept by ./live-copies): each target found by its
 * path and checked on the way (tags and child counts of the elements the path runs through, as the page has them
 * now); every target is found before any is changed, so a patch is applied whole or not at all. Returns the
 * elements whose content was written anew (their controls and `<style>`s get the snapshot's state back), or
 * undefined when the copy's tree is not the page's where a path runs: the caller makes a new copy.
 *
 * The markup written is the page's own, into the copy's document: sandboxed without scripts (nothing of it runs,
 * event handler attributes included) and under the copy's policy (nothing but style sheets loads). It is never put
 * into the extension's own UI.
 */
/**
 * Writes an element's content from markup, in the copy's document (the reader document's entry point gives it: Chrome's,
 * `setHTMLUnsafe`). Where none is given (Firefox's background page, whose build carries no HTML-writing call for its
 * review), a patch that writes content is not applied: the page is sent whole.
 */
export type WriteContent = (el: Element, html: string) => void;

export function applyPatch(doc: Document, ops: readonly PatchOp[], write?: WriteContent): Element[] | undefined {
  const targets: Element[] = [];
  for (const op of ops) {
    const el = findChecked(doc, op.at, op.check);
    if (!el || (op.html !== undefined && !write)) return undefined;
    targets.push(el);
  }
  const written: Element[] = [];
  try {
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i]!;
      const el = targets[i]!;
      for (const [name, value] of op.attrs ?? []) {
        if (value === null) el.removeAttribute(name);
        else el.setAttribute(name, value);
      }
      if (op.html !== undefined) {
        // a `<noscript>`'s own content (text in the page, with scripting on) stays empty, as the copy has it (./noscript):
        // parsed here, where scripting is off, it made elements — a `<style>` in it restyled the whole copy
        const html = el.localName === 'noscript' ? '' : withoutNoscriptContent(op.html);
        write!(el, html);
        written.push(el);
      }
    }
  } catch {
    // an attribute name the copy's document refuses: the copy is half patched, so none of it is kept
    return undefined;
  }
  return written;
}

/** The element at `at` from the document element, when each element on the way has the tag and child count `check` says. */
export function findChecked(doc: Document, at: readonly number[], check: string): Element | undefined {
  const steps = check.split('/');
  if (steps.length !== at.length + 1) return undefined;
  let el: Element | null = doc.documentElement;
  for (let k = 0; k < at.length; k++) {
    if (!el) return undefined;
    const children = countedChildren(el);
    if (steps[k] !== `${el.localName}:${children.length}`) return undefined;
    el = children[at[k]!] ?? null;
  }
  return el && el.localName === steps[at.length] ? el : undefined;
}
