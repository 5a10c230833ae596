import { HAS_TOKENS } from './class-tokens';
import { inNotice } from './notice';
import { defaultUnitWords } from './units';
import { pageMemo, readSession } from './read-session';
import { ruleDigests } from './style-rules';
import { isVisible, pageSheetsOf, upperTag, type VisibilityCache } from './visibility';

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
    let popups: ReadonlySet<string> | undefined;
    let child: Element | null = null;
    for (let e: Element | null = el; e && e !== root; child = e, e = e.parentElement) {
      if (e.matches(OVERLAY_SELECTOR) || dialogClass(e.getAttribute('class')) || (cache !== undefined && isFloatingPanel(e, cache))) return e;
      if (e.id !== '' && (topLevelBox(e) ? namedFromOutside(e, cache) : (popups ??= entryPopupIds(e.ownerDocument, cache)).has(e.id))) return e;
      if (child !== null && unnamedSearchPopup(child, e)) return child;
    }
  } catch {
    // none
  }
  return null;
}

/** A control a value is typed into: its popup (aria-controls, aria-owns) shows suggestions, history or results for what is typed. */
const ENTRY_CONTROL = 'input, textarea, [role="combobox"], [role="searchbox"], [role="textbox"]';
const popupIdsByRead = new WeakMap<VisibilityCache, ReadonlySet<string>>();
/** A control saying it pops a box up: a combobox, or one with aria-expanded / aria-haspopup / aria-autocomplete. */
const POPS_UP = '[role="combobox"], [aria-expanded], [aria-haspopup]:not([aria-haspopup="false"]), [aria-autocomplete]:not([aria-autocomplete="none"])';
/** Input types nothing is typed into (a checkbox, a radio, a switch, a button): the panel they name is the page's. */
const NOT_TYPED = /^(?:radio|checkbox|button|submit|reset|hidden|image|file|range|color)$/;
const NOT_TYPED_ROLE = /^(?:tab|checkbox|radio|switch|button|menuitemcheckbox|menuitemradio|option)$/;
function typedInto(c: Element): boolean {
  if (NOT_TYPED_ROLE.test(c.getAttribute('role') ?? '')) return false;
  return upperTag(c) !== 'INPUT' || !NOT_TYPED.test((c.getAttribute('type') ?? 'text').trim().toLowerCase());
}

/**
 * The ids of the boxes a text box or combobox names as its popup (aria-controls / aria-owns): a search box's panel of
 * results, history or suggestions drawn under it (a console's top-bar search open over an instance's page, its results
 * listing other instances' 计费模式 / 带宽 / 到期时间) is drawn over the page, whatever its markup says (no listbox role).
 * An accordion's or tab's panel is named by a button or tab, never by a text box — nor by a checkbox, radio or switch input
 * (a panel shown when ticked), which no value is typed into; and a text box that says nothing pops up (no combobox role,
 * aria-expanded, aria-haspopup or aria-autocomplete) names by aria-controls the region it filters, the page's own list or
 * content. Per read with its cache.
 */
function entryPopupIds(doc: Document, cache: VisibilityCache | undefined): ReadonlySet<string> {
  const known = cache ? popupIdsByRead.get(cache) : undefined;
  if (known) return known;
  const ids = new Set<string>();
  for (const c of Array.from(doc.querySelectorAll(NAMES_BOX))) namedPopups(c, ids);
  if (cache) popupIdsByRead.set(cache, ids);
  return ids;
}
const NAMES_BOX = '[aria-controls], [aria-owns]';

/** Adds to `ids` the boxes control `c` names as its popup (entryPopupIds). */
function namedPopups(c: Element, ids: Set<string>): void {
  if (!c.matches(ENTRY_CONTROL) || !typedInto(c)) return;
  // (aria-controls of a box that says it pops up — a combobox, aria-expanded / aria-haspopup / aria-autocomplete —:
  // a plain filter box's aria-controls names the region it filters, the page's own list or content)
  const popsUp = c.matches(POPS_UP);
  for (const a of popsUp ? ['aria-controls', 'aria-owns'] : ['aria-owns']) for (const id of (c.getAttribute(a) ?? '').split(/\s+/)) if (id !== '') ids.add(id);
}

/** A box right under `<body>` (or `<html>`): an app's root (`#root`, `#app`, `#ice-container`), or a portal's layer. */
function topLevelBox(e: Element): boolean {
  const p = e.parentElement;
  return p !== null && (upperTag(p) === 'BODY' || upperTag(p) === 'HTML');
}

/**
 * entryPopupIds for a box right under `<body>`, looked for only outside it: a popup holds no text box naming it (a
 * combobox's listbox, a search's panel of results are drawn apart from the box typed into; aria-owns of an ancestor is
 * no ownership). Every read asks it of the app's root, which holds the page: querying the whole page for controls
 * cost a 500-row list's first read 35–90 ms in happy-dom — outside the root there is little (other portals, scripts).
 * Kept per read with its cache.
 */
function namedFromOutside(e: Element, cache: VisibilityCache | undefined): boolean {
  const memo = cache ? outsideByRead.get(cache) : undefined;
  const known = memo?.get(e);
  if (known !== undefined) return known;
  const ids = new Set<string>();
  for (let a: Element = e; a.parentElement; a = a.parentElement) {
    for (let s = a.parentElement.firstElementChild; s; s = s.nextElementSibling) {
      if (s === a) continue;
      if (s.matches(NAMES_BOX)) namedPopups(s, ids);
      for (const c of Array.from(s.querySelectorAll(NAMES_BOX))) namedPopups(c, ids);
    }
  }
  const named = ids.has(e.id);
  if (cache) {
    if (!memo) outsideByRead.set(cache, new WeakMap([[e, named]]));
    else memo.set(e, named);
  }
  return named;
}
const outsideByRead = new WeakMap<VisibilityCache, WeakMap<Element, boolean>>();

/** A text box a query is typed into (not a choice: a checkbox, a radio). */
const TEXT_ENTRY = 'input:not([type]), input[type="text"], input[type="search"], textarea, [role="searchbox"], [role="combobox"], [role="textbox"]';

/**
 * `part` is the unnamed popup of a search box: `box`, its parent, says search (role=search, a `search` class token:
 * `tea-nav__search`, `topbar-search`) and holds a text box outside `part`, and `part` holds none (a filter form is
 * the search's too, but is no popup of it). A console's top-bar search drawn without aria-controls / aria-owns shows
 * its results or recently viewed instances (计费模式 / 带宽 / 到期时间 of another instance) beside its text box: what a
 * search answers is no value of the page. A select's own filter (`ant-select-show-search`) is the select's value.
 */
function unnamedSearchPopup(part: Element, box: Element): boolean {
  if (box.getAttribute('role') !== 'search' && !namesSearchBox(box.getAttribute('class') ?? '')) return false;
  if (box.matches('[role="combobox"], [class*="select"], [class*="Select"]')) return false;
  if (part.matches(TEXT_ENTRY) || part.querySelector(TEXT_ENTRY) !== null) return false;
  // (a part holding the page's heading or main region is the page's content beside a search bar, no popup: session 44)
  if (part.matches(PAGE_CONTENT) || part.querySelector(PAGE_CONTENT) !== null) return false;
  return Array.from(box.querySelectorAll(TEXT_ENTRY)).some((t) => !part.contains(t));
}

/**
 * A class naming a search box: a `search` token that is no part of a page's layout — `search-layout`,
 * `instance-search-page`, `search-list` name a page or a list with a search bar in it, whose content is the page's (an
 * ECS / CVM detail wrapped in one lost all its fields: missing; session 44's review of 4cdd48a).
 */
function namesSearchBox(cls: string): boolean {
  for (const c of cls.toLowerCase().split(/\s+/)) {
    const parts = c.split(/[_-]+/);
    const i = parts.indexOf('search');
    if (i >= 0 && !parts.slice(i + 1).some((p) => SEARCH_LAYOUT.test(p))) return true;
  }
  return false;
}
// (not list / content: a search's own result list or popup is so named — search-list, search-content holding 最近访问's rows
// beside the search box gave those rows as the ECS detail's, invented; session 45 revb. A page so named holding its h1 / h2
// is the page's by PAGE_CONTENT below)
const SEARCH_LAYOUT = /^(?:page|layout|table|main|body|view|app|container)$/;
/** A page's heading or main region: what a search's popup never holds. */
const PAGE_CONTENT = 'h1, h2, main, [role="main"]';

/** `el` is in a menu, listbox, dialog or tooltip drawn over the page read under `root` (see overlayOver). */
export function inOverlay(el: Element, root?: ParentNode, cache?: VisibilityCache): boolean {
  return overlayOver(el, root, cache) !== null;
}

/** A close control's name: its text, aria-label or title equal to a close word (关闭, Close, ×: rules/labels closeWords). */
function isCloseWord(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t !== '' && (defaultUnitWords().closeWords ?? []).some((w) => w.toLowerCase() === t);
}
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
  if (isCloseWord(el.getAttribute('aria-label') ?? '') || isCloseWord(el.getAttribute('title') ?? '')) return true;
  const tag = upperTag(el);
  const pressable = PRESSABLE.test(tag) || el.getAttribute('role') === 'button';
  if (!pressable && tag !== 'I') return false;
  // (its words only when pressed: a named cell's text is no control's)
  const text = (el.textContent ?? '').trim();
  if (pressable && isCloseWord(text)) return true;
  if (text !== '' || (tag !== 'BUTTON' && tag !== 'I' && el.getAttribute('role') !== 'button')) return false;
  const icon = el.firstElementChild;
  const classes = `${el.getAttribute('class') ?? ''} ${icon && !icon.nextElementSibling ? (icon.getAttribute('class') ?? '') : ''}`;
  return classes.toLowerCase().split(/[\s_-]+/).includes('close');
}

/** `el` is placed fixed on the screen (its computed position), asked only where a rule or its style may say so. */
function fixed(el: Element, cache: VisibilityCache): boolean {
  try {
    if (!/fixed/i.test(el.getAttribute('style') ?? '') && !sheetsMayFix(el.ownerDocument, cache)) return false;
    return String(el.ownerDocument.defaultView!.getComputedStyle(el).position ?? '').trim() === 'fixed';
  } catch {
    return false;
  }
}

const FIXED_DECLARATION = /position\s*:\s*fixed/i;
const fixingByRead = new WeakMap<VisibilityCache, boolean>();

/**
 * A style rule of the page may place a box fixed (a `position: fixed` declaration), or a sheet cannot be read (another
 * origin: not known). Once per read: without it, a computed style of each box climbed through (in happy-dom a few ms
 * each on a large page) is read for nothing on the many pages that fix nothing.
 */
function sheetsMayFix(doc: Document, cache: VisibilityCache): boolean {
  let known = fixingByRead.get(cache);
  if (known === undefined) {
    const { rules, unreadable } = ruleDigests(pageSheetsOf(doc, cache));
    known = unreadable || rules.some((r) => FIXED_DECLARATION.test(r.decl));
    fixingByRead.set(cache, known);
  }
  return known;
}

/** Per read (its visibility cache), or per read session (its page memo): element → whether it is a floating panel. */
const panelsByRead = new WeakMap<VisibilityCache, WeakMap<Element, boolean>>();
/**
 * Per read, the page's title (pageTitle), looked for once and only when a fixed box is met; during a read session in
 * its page memo, dropped with the panels' (a title drawn anew is another element: the old one would make the content
 * box holding the new one a panel).
 */
const titlesByRead = new WeakMap<VisibilityCache, { title: Element | null }>();

function titleOf(doc: Document, cache: VisibilityCache): Element | null {
  if (readSession()) return pageMemo(pageTitle, [doc], () => pageTitle(doc));
  let t = titlesByRead.get(cache);
  if (!t) titlesByRead.set(cache, (t = { title: pageTitle(doc) }));
  return t.title;
}

/**
 * `el` is a panel drawn over the page with no dialog sign (no role, no aria-modal, no dialog class): a box the browser
 * places fixed on the screen (computed `position: fixed`, from an inline style or a rule) holding a close control of
 * its own a few levels in (no other fixed box, no table cell or list item between) — a "recently viewed" or support
 * panel. A fixed content box of the console's layout (scrolled inside, under an affixed header) is no panel, even
 * holding a dismissible notice or tag: it holds the page's title (its first heading) or its main landmark; a close
 * control in a notice closes the notice, one in a cell or a list item a tag. Asked of the elements a read climbs
 * through (not of the whole page: a 500-row list's every attribute), each once per read or read session.
 */
export function isFloatingPanel(el: Element, cache: VisibilityCache | undefined): boolean {
  if (!cache) return false;
  // (during a read session, kept while only data cells changed: a close control in a cell closes a tag, no panel)
  const memo = readSession() ? pageMemo(isFloatingPanel, [el.ownerDocument], () => new WeakMap<Element, boolean>()) : memoOf(cache);
  let known = memo.get(el);
  if (known === undefined) memo.set(el, (known = computeIsPanel(el, cache)));
  return known;
}

function memoOf(cache: VisibilityCache): WeakMap<Element, boolean> {
  let memo = panelsByRead.get(cache);
  if (!memo) panelsByRead.set(cache, (memo = new WeakMap()));
  return memo;
}

function computeIsPanel(el: Element, cache: VisibilityCache): boolean {
  try {
    const doc = el.ownerDocument;
    if (el === doc.body || el === doc.documentElement || PART_TAGS.test(upperTag(el)) || !fixed(el, cache)) return false;
    if (el.querySelector('main, [role="main"]')) return false;
    const title = titleOf(doc, cache);
    if (title !== null && el.contains(title)) return false;
    for (const c of Array.from(el.querySelectorAll(CONTROLS))) if (closeControl(c) && closesBox(c, el, cache) && !inNotice(c, el)) return true;
  } catch {
    // none
  }
  return false;
}

/** `box` is the first fixed box above the close control `c`, a few levels up, with no cell or list item between. */
function closesBox(c: Element, box: Element, cache: VisibilityCache): boolean {
  let e = c.parentElement;
  for (let i = 0; e && i < PANEL_LEVELS && e !== c.ownerDocument.body && !PART_TAGS.test(upperTag(e)); i++, e = e.parentElement) {
    if (e === box) return true;
    if (fixed(e, cache)) return false;
  }
  return false;
}

/** The page's title: its first heading with words, outside any dialog or menu (what a panel drawn over the page is not). */
function pageTitle(doc: Document): Element | null {
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, [role="heading"]'))) {
    if (!/\S/.test(h.textContent ?? '') || h.closest('template, noscript')) continue;
    if (overlayOver(h) === null) return h;
  }
  return null;
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
