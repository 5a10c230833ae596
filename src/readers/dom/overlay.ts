import { HAS_TOKENS } from './class-tokens';
import { inNotice } from './notice';
import { pageMemo, readSession } from './read-session';
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
 * `root` is read within; any, when `root` is not given or is the document), or null. With the read's `cache`, a panel
 * drawn over the page by position with a close control is one too (isFloatingPanel).
 */
export function overlayOver(el: Element, root?: ParentNode, cache?: VisibilityCache): Element | null {
  try {
    const panels = cache ? floatingPanels(el.ownerDocument, cache) : undefined;
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
      if (e.matches(OVERLAY_SELECTOR) || dialogClass(e.getAttribute('class')) || panels?.has(e)) return e;
    }
  } catch {
    // none
  }
  return null;
}

/** `el` is in a menu, listbox, dialog or tooltip drawn over the page read under `root` (see overlayOver). */
export function inOverlay(el: Element, root?: ParentNode, cache?: VisibilityCache): boolean {
  return overlayOver(el, root, cache) !== null;
}

/** A close control's name: its text, aria-label or title (关闭, Close, ×, ✕). */
const CLOSE_WORDS = /^(?:关闭|close|[×✕✖╳])$/i;
/** What may be a close control: a button, a link going nowhere, a button role, anything named, a box classed `…close…`. */
const CONTROLS = 'button, a:not([href]), [role="button"], [aria-label], [title], [class*="close"], [class*="Close"]';
const PRESSABLE = /^(?:BUTTON|A)$/;
/** How far above its close control a panel's box may be (drawer > wrapper > content > header > button). */
const PANEL_LEVELS = 6;
/** Boxes a close control closes only a part of: a tag in a cell, an item of a list. */
const PART_TAGS = /^(?:TD|TH|TR|LI|TABLE)$/;

/** `el` closes the box it is in: named so (its words) or drawn so (a `close` class token of it or of its one icon). */
function closeControl(el: Element): boolean {
  // (a control holding more than a word closes nothing by its words: a row's link, a card)
  if (el.childElementCount > 2) return false;
  if (CLOSE_WORDS.test((el.getAttribute('aria-label') ?? '').trim()) || CLOSE_WORDS.test((el.getAttribute('title') ?? '').trim())) return true;
  const tag = upperTag(el);
  const pressable = PRESSABLE.test(tag) || el.getAttribute('role') === 'button';
  if (!pressable && tag !== 'I') return false;
  // (its words only when pressed: a named cell's text is no control's)
  const text = (el.textContent ?? '').trim();
  if (pressable && CLOSE_WORDS.test(text)) return true;
  if (text !== '' || (tag !== 'BUTTON' && tag !== 'I' && el.getAttribute('role') !== 'button')) return false;
  const icon = el.firstElementChild;
  const classes = `${el.getAttribute('class') ?? ''} ${icon && !icon.nextElementSibling ? (icon.getAttribute('class') ?? '') : ''}`;
  return classes.toLowerCase().split(/[\s_-]+/).includes('close');
}

function fixed(el: Element): boolean {
  try {
    return String(el.ownerDocument.defaultView!.getComputedStyle(el).position ?? '').trim() === 'fixed';
  } catch {
    return false;
  }
}

const panelsByRead = new WeakMap<VisibilityCache, WeakMap<Document, Set<Element>>>();

/**
 * Panels drawn over the page with no dialog sign (no role, no aria-modal, no dialog class): boxes the browser places
 * fixed on the screen (computed `position: fixed`, from an inline style or a rule) holding a close control of their
 * own a few levels in — a "recently viewed" or support panel. A fixed content box of the console's layout (scrolled
 * inside, under an affixed header) is no panel, even holding a dismissible notice or tag: it holds the page's title (its
 * first heading); a close control in a notice closes the notice, one in a cell or a list item a tag. Once per read (its
 * visibility cache).
 */
function floatingPanels(doc: Document, cache: VisibilityCache): Set<Element> {
  // (during a read session, kept while only data cells changed: a close control in a cell closes a tag, no panel)
  const session = readSession();
  if (session) return pageMemo(floatingPanels, [doc], () => panelsOf(doc));
  let byDoc = panelsByRead.get(cache);
  if (!byDoc) panelsByRead.set(cache, (byDoc = new WeakMap()));
  let panels = byDoc.get(doc);
  if (!panels) byDoc.set(doc, (panels = panelsOf(doc)));
  return panels;
}

/** The page's title: its first heading with words, outside any dialog or menu (what a panel drawn over the page is not). */
function pageTitle(doc: Document): Element | null {
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, [role="heading"]'))) {
    if (!/\S/.test(h.textContent ?? '') || h.closest('template, noscript')) continue;
    if (overlayOver(h) === null) return h;
  }
  return null;
}

function panelsOf(doc: Document): Set<Element> {
  const panels = new Set<Element>();
  try {
    const title = pageTitle(doc);
    for (const c of Array.from(doc.querySelectorAll(CONTROLS))) {
      if (!closeControl(c)) continue;
      let e = c.parentElement;
      for (let i = 0; e && i < PANEL_LEVELS && e !== doc.body && !PART_TAGS.test(upperTag(e)); i++, e = e.parentElement) {
        if (panels.has(e)) break;
        if (fixed(e)) {
          // (a console's content box fixed under its header holds the page's title or its main landmark, and its notices'
          // and tags' close controls close those: the box is the page, no panel over it)
          if (!(title !== null && e.contains(title)) && !e.querySelector('main, [role="main"]') && !inNotice(c, e)) panels.add(e);
          break;
        }
      }
    }
  } catch {
    // none
  }
  return panels;
}

/** `el` is a panel drawn over the page by position with a close control (floatingPanels), in the read of `cache`. */
export function isFloatingPanel(el: Element, cache: VisibilityCache | undefined): boolean {
  return !!cache && floatingPanels(el.ownerDocument, cache).has(el);
}

/**
 * `el` is in a dialog, modal or drawer (its role or tag, aria-modal, or its class: isDialogBox; or a fixed panel with a
 * close control: isFloatingPanel) inside `root`, and `root` shows text of its own outside every overlay and that box (the
 * page behind it): then what the dialog holds is no part of the page's record. (A dialog over an empty shell is the
 * page: a filing step drawn as a modal.)
 */
export function dialogOverPage(el: Element, root: ParentNode, cache: VisibilityCache): boolean {
  let box: Element | null = null;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isDialogBox(e) || isFloatingPanel(e, cache)) box = e;

  if (!box) return false;
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (!p || !/\S/.test(n.nodeValue ?? '') || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(upperTag(p))) continue;
    if (box.contains(p) || inOverlay(p, root, cache) || !isVisible(p, cache)) continue;
    return true;
  }
  return false;
}
