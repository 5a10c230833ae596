import { HAS_TOKENS } from './class-tokens';
import { isVisible, upperTag, type VisibilityCache } from './visibility';

/**
 * Overlays drawn over a page: menus, listboxes, tooltips, and dialogs, modals and drawers (by their role or
 * tag, aria-modal, or by their class: antd 4's drawer and most modals' class names are all they say). Pure; never throws.
 */

const OVERLAY_SELECTOR = '[role="menu"], [role="menuitem"], [role="listbox"], [role="option"], [role="dialog"], [role="alertdialog"], [role="tooltip"], dialog, [aria-modal="true"]';
const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';
/** The last class token of a dialog box (`ant-modal`, `ant-drawer`, `next-dialog`, `el-dialog`, `modal-dialog`, `modal`). */
const DIALOG_TOKENS = new Set(['modal', 'drawer', 'dialog']);

/** A class naming a dialog, modal or drawer box itself (not its parts, `ant-modal-body`, nor a state, `modal-open`). */
function dialogClass(classAttr: string | null): boolean {
  if (!classAttr) return false;
  for (const cls of classAttr.toLowerCase().split(/\s+/)) {
    const t = cls.split(/[_-]+/).filter((x) => x !== '');
    // (a dialog token after with / has: `page-with-drawer`, `has-modal` name what a box has, not the box)
    if (DIALOG_TOKENS.has(t[t.length - 1] ?? '') && !HAS_TOKENS.has(t[t.length - 2] ?? '')) return true;
  }
  return false;
}

/** A dialog, modal or drawer: by its role or tag, or by its class. */
export function isDialogBox(el: Element): boolean {
  try {
    return el.matches(DIALOG_SELECTOR) || dialogClass(el.getAttribute('class'));
  } catch {
    return false;
  }
}

/**
 * The nearest overlay `el` is in that is drawn over the page read under `root` (one inside `root`, not one
 * `root` is read within; any, when `root` is not given or is the document), or null.
 */
export function overlayOver(el: Element, root?: ParentNode): Element | null {
  try {
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
      if (e.matches(OVERLAY_SELECTOR) || dialogClass(e.getAttribute('class'))) return e;
    }
  } catch {
    // none
  }
  return null;
}

/** `el` is in a menu, listbox, dialog or tooltip drawn over the page read under `root` (see overlayOver). */
export function inOverlay(el: Element, root?: ParentNode): boolean {
  return overlayOver(el, root) !== null;
}

/**
 * `el` is in a dialog, modal or drawer (its role or tag, aria-modal, or its class: isDialogBox) inside `root`, and `root` shows text of
 * its own outside every overlay (the page behind it): then what the dialog holds is no part of the page's record. (A
 * dialog over an empty shell is the page: a filing step drawn as a modal.)
 */
export function dialogOverPage(el: Element, root: ParentNode, cache: VisibilityCache): boolean {
  let box: Element | null = null;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isDialogBox(e)) box = e;
  if (!box) return false;
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (!p || !/\S/.test(n.nodeValue ?? '') || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(upperTag(p))) continue;
    if (inOverlay(p, root) || !isVisible(p, cache)) continue;
    return true;
  }
  return false;
}
