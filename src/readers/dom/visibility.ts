import { HAS_TOKENS } from './class-tokens';
import { drawnInIconFont, LIGATURE_NAME, sheetsNameIconFont } from './icon-ligature';
import { placeCells, span } from './cell-span';
import { INLINE_TAGS } from './glue';
import { currentRead, readSession } from './read-session';
import { ruleDigests, splitTopLevel, type RuleLike, type SheetLike } from './style-rules';
import { subjectClasses } from './subject-classes';
import { memoized } from './normalize-label';
import type { UnitKind } from './units';

/**
 * Is an element visible to the user? Text the user cannot see is not a fact (DESIGN.md), so
 * readers skip hidden columns, closed menus, tooltips, popovers and column-settings panels.
 * Works in a real browser and in happy-dom: computed styles when the window offers them, inline
 * `style` attributes and ARIA/HTML attributes always. Pure (no writes); never throws.
 */

/**
 * Per-read memo of element → visible; pass the same one to many calls on one document. false:
 * hidden; true, or a string (the element's own unit kind, kept by ./units isVisibleRow): visible.
 */
export type VisibilityCache = WeakMap<Element, boolean | string>;

/** A new memo — or, during a read session (./read-session), the session's, kept across its reads. */
export function createVisibilityCache(): VisibilityCache {
  return readSession()?.visibility ?? new WeakMap();
}

/**
 * Per cache: the selectors of style rules that may hide an element (null: unknown, check every
 * element). Computed styles are read only for elements matching one of them — in happy-dom the
 * first computed style of an element costs ~0.1 ms — and then confirm it, so a later rule that
 * shows the element again still counts.
 */
const hidingRulesByCache = new WeakMap<VisibilityCache, HidingEntry>();

/** The page's hiding rules indexed, their REL_ flags, and the compounds a position decides (see positionMatters). */
interface HidingEntry {
  doc: Document;
  index: HidingIndex | null;
  relations: number;
  positional: HidingSelector[] | null;
}

/** Hiding selectors indexed by a class, id or tag their rightmost compound requires (like a browser's rule hash). */
interface HidingIndex {
  byClass: Map<string, HidingSelector[]>;
  byId: Map<string, HidingSelector[]>;
  byTag: Map<string, HidingSelector[]>;
  /** Selectors with none of those (attribute-only, universal): tried on every element. */
  rest: HidingSelector[];
}

function indexRules(rules: HidingSelector[]): HidingIndex {
  const index: HidingIndex = { byClass: new Map(), byId: new Map(), byTag: new Map(), rest: [] };
  const add = (map: Map<string, HidingSelector[]>, key: string, r: HidingSelector) => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  for (const r of rules) {
    if (r.classes[0] !== undefined) add(index.byClass, r.classes[0], r);
    else if (r.id !== undefined) add(index.byId, r.id, r);
    else if (r.tag && r.tag !== '*') add(index.byTag, r.tag, r);
    else index.rest.push(r);
  }
  return index;
}

interface HidingSelector {
  selector: string;
  /** Cheap necessary conditions from the selector's rightmost compound. */
  tag?: string;
  id?: string;
  classes: string[];
  attrs: string[];
}

const HIDING_DECLARATION =
  /(?:^|[;{\s])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?:\.0*)?\s*(?:;|!|}|$)|clip(?:-path)?\s*:|content-visibility\s*:\s*hidden|(?:left|top)\s*:\s*-\d{3,}|(?:max-)?(?:width|height)\s*:\s*[01](?:px)?\s*(?:;|!|}|$)|transform\s*:[^;}]*scale|transform\s*:[^;}]*translate[^;}]*-\d{3,}(?:\.\d+)?vw|transform\s*:[^;}]*translate[^;}]*-\d{3,}(?:\.\d+)?vh|transform\s*:[^;}]*translate[^;}]*-\d{4,}(?:\.\d+)?px|transform\s*:[^;}]*translate[xy]?\(\s*-[1-9]\d{2,}(?:\.\d+)?%|translate\s*:[^;}]*-\d{3,}(?:\.\d+)?v[wh]|translate\s*:[^;}]*-\d{4,}(?:\.\d+)?px|-webkit-transform\s*:[^;}]*translate|grid-template-rows\s*:\s*0fr\s*(?:;|!|}|$)|color\s*:\s*(?:transparent|(?:rgba?|hsla?)\([^)]*[,/]\s*0(?:\.0*)?\s*\)|#(?:[0-9a-f]{3}0|[0-9a-f]{6}00)\b)|font-size\s*:\s*0(?:\.0*)?(?:px|em|rem|%)?\s*(?:;|!|}|$)|text-indent\s*:\s*-\d{2,})/i;
const MAX_HIDING_RULES = 3000;

function compileSelector(selector: string): HidingSelector {
  const compounds = splitTopLevel(selector, ' >+~');
  const last = compounds[compounds.length - 1] ?? '';
  // Only top-level tokens of the compound: drop (...) and [...] contents except attribute names.
  const out: HidingSelector = { selector, classes: [], attrs: [] };
  let depth = 0;
  let flat = '';
  for (const c of last) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) flat += c;
  }
  const attrRe = /\[\s*([\w-]+)/g;
  for (let m = attrRe.exec(flat); m; m = attrRe.exec(flat)) if (m[1]) out.attrs.push(m[1].toLowerCase());
  const noAttrs = flat.replace(/\[[^\]]*\]/g, '');
  const tag = /^([a-zA-Z][\w-]*)/.exec(noAttrs)?.[1];
  if (tag) out.tag = tag.toUpperCase();
  const tokenRe = /([.#])((?:\\.|[\w-])+)/g;
  for (let m = tokenRe.exec(noAttrs); m; m = tokenRe.exec(noAttrs)) {
    const name = (m[2] ?? '').replace(/\\(.)/g, '$1');
    if (m[1] === '#') out.id = name;
    else out.classes.push(name);
  }
  return out;
}

/**
 * The style sheets of <style> and <link> elements in <head> and near the top of <body> (where pages
 * and CSS-in-JS libraries put them). Not document.styleSheets: on a fresh happy-dom document that
 * alone costs ~100 ms.
 */
const ROW_CONTAINERS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR']);


export function pageSheets(doc: Document): SheetLike[] {
  const out: SheetLike[] = [];
  if (doc.head) sheetsUnder(doc.head, 1, out);
  if (doc.body) sheetsUnder(doc.body, 3, out);
  return out;
}

/**
 * pageSheets kept per visibility cache (one read's, or a read session's, dropped when a style sheet
 * changes): the walk that finds them steps through the top of the page, rows of a div grid included.
 */
const sheetsByCache = new WeakMap<VisibilityCache, { doc: Document; sheets: SheetLike[] }>();

export function pageSheetsOf(doc: Document, cache: VisibilityCache | undefined): SheetLike[] {
  if (!cache) return pageSheets(doc);
  let known = sheetsByCache.get(cache);
  if (!known || known.doc !== doc) {
    known = { doc, sheets: pageSheets(doc) };
    sheetsByCache.set(cache, known);
  }
  return known.sheets;
}

function sheetsUnder(top: ParentNode, levels: number, out: SheetLike[]): void {
  const visit = (el: ParentNode, depth: number) => {
    // firstElementChild/nextElementSibling, not .children (built per element on a fresh happy-dom document)
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = upperTag(c);
      if (tag === 'STYLE' || (tag === 'LINK' && /\bstylesheet\b/i.test(c.getAttribute('rel') ?? ''))) {
        out.push(((c as HTMLStyleElement).sheet as unknown as { cssRules?: ArrayLike<RuleLike> } | null) ?? null);
      } else if (depth > 0 && !ROW_CONTAINERS.has(tag)) {
        // not into the rows of a table (a 20,000-row body would be walked for nothing)
        visit(c, depth - 1);
      }
    }
  };
  visit(top, levels);
}

// What the page's hiding rules make an element's look hang on besides the element itself and its ancestors
// (./read-session widens what a change drops by it): a bit set of the REL_ flags (styleRelations).
/** A sibling combinator (`~`, `+`): an element's look hangs on the siblings before it. */
export const REL_SIBLING = 1;
/** A position among siblings (`:nth-child`, `:first-child`, `:last-of-type`…): on the parent's other children. */
export const REL_POSITION = 2;
/** `:empty`: on the element's own content, text included, and so (with REL_SIBLING) the siblings after it on it. */
export const REL_EMPTY = 4;
/** `:has()`: on anything below or beside the anchor, whose descendants it may hide. */
export const REL_HAS = 8;
/** `:nth-child(An+B of S)`: on the siblings before and after it (the ones matching S). */
export const REL_NTH_OF = 16;
/** A sheet whose rules cannot be read (another origin's): not known whether it has such rules. */
export const REL_UNKNOWN = 32;

const HAS_SELECTOR = /:has\(/i;
const POSITION_SELECTOR = /:(?:nth-(?:last-)?(?:child|of-type)|(?:first|last|only)-(?:child|of-type))/i;
const EMPTY_SELECTOR = /:empty(?![\w-])/i;
const NTH_OF_SELECTOR = /:nth-(?:last-)?child\([^)]*\sof\s/i;
const ATTRIBUTE_PART = /\[[^\]]*\]/g;
const NTH_ARGUMENT = /:nth-[a-z-]+\([^)]*\)/gi;

/** The REL_ flags of one selector (text tests: a flag too many costs a re-read some work, one too few a stale fact). */
function selectorRelations(selector: string): number {
  let out = 0;
  if (selector.includes(':')) {
    if (HAS_SELECTOR.test(selector)) out |= REL_HAS;
    if (POSITION_SELECTOR.test(selector)) out |= REL_POSITION;
    if (EMPTY_SELECTOR.test(selector)) out |= REL_EMPTY;
    if (NTH_OF_SELECTOR.test(selector)) out |= REL_NTH_OF | REL_POSITION;
  }
  // a combinator, not `[class~=x]` nor the An+B of `:nth-child(2n+1)`
  if ((selector.includes('~') || selector.includes('+')) && /[~+]/.test(selector.replace(ATTRIBUTE_PART, '').replace(NTH_ARGUMENT, ''))) out |= REL_SIBLING;
  return out;
}

const STRUCTURAL_PSEUDO = /:(?:nth-(?:last-)?(?:child|of-type)\([^)]*\)|(?:first|last|only)-(?:child|of-type))/gi;

/**
 * The compounds of `selector` a position among siblings decides, without their structural pseudo-classes
 * (`.ant-steps-item:last-child .arrow` → `.ant-steps-item`), added to `out`; false when any element's position may
 * count (`:not(:last-child)`, a bare `:first-child`).
 */
function positionalCompounds(selector: string, out: Set<string>): boolean {
  for (const compound of splitTopLevel(selector, ' >+~')) {
    if (!POSITION_SELECTOR.test(compound)) continue;
    const bare = compound.replace(STRUCTURAL_PSEUDO, '').trim();
    if (bare === '' || bare.includes('()')) return false;
    out.add(bare);
  }
  return true;
}

/**
 * The hiding selectors of `sheets` (null: unknown, check every element), their REL_ flags, and the compounds a position
 * decides (null: any element's) — both of the sheets that could be read.
 */
function hidingRules(sheets: SheetLike[]): { selectors: HidingSelector[] | null; relations: number; positional: HidingSelector[] | null } {
  try {
    const { rules, unreadable } = ruleDigests(sheets);
    const out: HidingSelector[] = [];
    let relations = unreadable ? REL_UNKNOWN : 0;
    let positional: Set<string> | null = new Set();
    let hiding = 0;
    for (const r of rules) {
      if (!HIDING_DECLARATION.test(r.decl)) continue;
      ++hiding;
      for (const part of splitTopLevel(r.selector, ',')) {
        // Pseudo-elements hide generated content only, never an element's own text.
        if (/::|:(?:before|after|first-line|first-letter|placeholder|selection|marker)\b/i.test(part)) continue;
        const rel = selectorRelations(part);
        relations |= rel;
        if (rel & REL_NTH_OF) positional = null;
        else if (rel & REL_POSITION && positional && !positionalCompounds(part, positional)) positional = null;
        // (past MAX_HIDING_RULES, or a cross-origin sheet: no index; the flags are still known)
        if (hiding <= MAX_HIDING_RULES && !unreadable) out.push(compileSelector(part));
      }
    }
    return { selectors: unreadable || hiding > MAX_HIDING_RULES ? null : out, relations, positional: positional ? [...positional].map(compileSelector) : null };
  } catch {
    return { selectors: null, relations: REL_UNKNOWN, positional: null };
  }
}

function matchesHiding(el: Element, rule: HidingSelector): boolean {
  if (rule.tag && rule.tag !== '*' && upperTag(el) !== rule.tag) return false;
  if (rule.id !== undefined && el.getAttribute('id') !== rule.id) return false;
  if (rule.classes.length > 1) {
    const list = ` ${el.getAttribute('class') ?? ''} `.replace(/\s+/g, ' ');
    for (const c of rule.classes) if (!list.includes(` ${c} `)) return false;
  }
  for (const a of rule.attrs) if (!el.hasAttribute(a)) return false;
  try {
    if (!el.matches(rule.selector)) return false;
    return !rule.selector.includes(':has(') || matchesRelational(el, rule.selector);
  } catch {
    // A selector this DOM cannot evaluate: let the computed style decide.
    return true;
  }
}

/**
 * Checks a `:has()` selector that `el.matches` accepted once more, by hand: happy-dom (the CLI's and the
 * tests' DOM) takes `:has(> .head [aria-expanded="false"])` for `:has(> .head)`, so a panel that says
 * nothing about being collapsed matches, and its computed style is none. Handles one `:has()`:
 * `PREFIX COMPOUND:has(R) REST` holds when some element A (el or an ancestor) matches `PREFIX COMPOUND`, has `:scope R`, and el is A itself (no REST) or among A's
 * `:scope REST`. Any other shape: true (the computed style decides, as before).
 */
function matchesRelational(el: Element, selector: string): boolean {
  const at = selector.indexOf(':has(');
  if (at < 0) return true;
  let depth = 0;
  let end = -1;
  for (let i = at + 4; i < selector.length; i++) {
    const c = selector[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) {
      end = i;
      break;
    }
  }
  if (end < 0) return true;
  const relative = selector.slice(at + 5, end).trim();
  let after = selector.slice(end + 1);
  const tail = /^[^\s>+~]*/.exec(after)?.[0] ?? '';
  after = after.slice(tail.length).trim();
  const own = (selector.slice(0, at) + tail).trim();
  if (relative === '' || own === '' || relative.includes(':has(') || own.includes(':has(') || after.includes(':has(') || relative.includes(',')) return true;
  // a sibling combinator after the :has() compound or inside it: not checked by hand (the match above stands)
  if (/^[+~]/.test(after) || /^[+~]/.test(relative)) return true;
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (a.matches(own) && a.querySelector(`:scope ${relative}`) !== null) {
      if (after === '') return a === el;
      for (const hit of Array.from(a.querySelectorAll(`:scope ${after}`))) if (hit === el) return true;
    }
    if (after === '') break;
  }
  return false;
}

function anyHidingMatch(el: Element, list: HidingSelector[] | undefined): boolean {
  if (list) for (let i = 0; i < list.length; i++) if (matchesHiding(el, list[i] as HidingSelector)) return true;
  return false;
}

/**
 * The hiding rules of a shadow root whose elements are judged (./shadow-copy): its own style sheets —
 * its <style>/<link> elements near its top and its adoptedStyleSheets, where a micro-frontend's
 * stylesheet is (qiankun's strictStyleIsolation) — hide its elements too. Made once per root and
 * pass (see isSelfHidden); the rules are kept per root while its sheets and their rule counts stay.
 */
export interface HidingScope {
  index: HidingIndex | null;
}

const scopeIndexes = new WeakMap<Node, { sheets: SheetLike[]; counts: number[]; index: HidingIndex | null }>();

export function hidingScope(root: Node): HidingScope {
  try {
    const sheets: SheetLike[] = [];
    sheetsUnder(root as unknown as ParentNode, 3, sheets);
    const adopted = (root as unknown as { adoptedStyleSheets?: ArrayLike<SheetLike> }).adoptedStyleSheets;
    if (adopted) for (let i = 0; i < adopted.length; i++) sheets.push(adopted[i] ?? null);
    const counts = sheets.map((sh) => {
      try {
        return sh?.cssRules?.length ?? -1;
      } catch {
        return -2;
      }
    });
    const known = scopeIndexes.get(root);
    if (known && known.sheets.length === sheets.length && known.sheets.every((sh, i) => sh === sheets[i] && known.counts[i] === counts[i])) return { index: known.index };
    const rules = hidingRules(sheets).selectors;
    const index = rules ? indexRules(rules) : null;
    scopeIndexes.set(root, { sheets, counts, index });
    return { index };
  } catch {
    return { index: null };
  }
}

/** The page's hiding rules, indexed, and their REL_ flags: made once per cache (a read's, or a read session's). */
function hidingEntry(doc: Document, cache: VisibilityCache): HidingEntry {
  let entry = hidingRulesByCache.get(cache);
  if (!entry || entry.doc !== doc) {
    const { selectors, relations, positional } = hidingRules(pageSheetsOf(doc, cache));
    entry = { doc, index: selectors ? indexRules(selectors) : null, relations, positional };
    hidingRulesByCache.set(cache, entry);
  }
  return entry;
}

/**
 * The REL_ flags of the page's hiding rules (`doc`'s, as `cache` has them): what else than an element and its ancestors
 * its visibility hangs on. Kept with the cache's hiding index (a read session's: made by its first read, or here).
 */
export function styleRelations(doc: Document, cache: VisibilityCache): number {
  try {
    return hidingEntry(doc, cache).relations;
  } catch {
    return REL_UNKNOWN;
  }
}

/**
 * May `el`'s position among its siblings decide one of the page's hiding rules: does it match a compound of theirs that
 * has a structural pseudo-class, but for that pseudo-class (REL_POSITION; ./read-session drops only such children of a
 * parent whose children changed)? true when not known.
 */
export function positionMatters(el: Element, cache: VisibilityCache): boolean {
  try {
    const list = hidingEntry(el.ownerDocument, cache).positional;
    if (list === null) return true;
    for (let i = 0; i < list.length; i++) if (matchesHiding(el, list[i]!)) return true;
    return false;
  } catch {
    return true;
  }
}

function mayBeStyleHidden(el: Element, cache: VisibilityCache | undefined, tag: string, classAttr: string, idAttr: string, info: ClassInfo | undefined, scope: HidingScope | undefined): boolean {
  if (!cache) return true;
  const doc = el.ownerDocument;
  if (!doc) return true;
  const entry = hidingEntry(doc, cache);
  return mayMatchHiding(el, entry.index, tag, classAttr, idAttr, info) || (scope !== undefined && mayMatchHiding(el, scope.index, tag, classAttr, idAttr, info));
}

/** May one of `index`'s hiding rules apply to `el` (null: unknown, yes)? */
function mayMatchHiding(el: Element, index: HidingIndex | null, tag: string, classAttr: string, idAttr: string, info: ClassInfo | undefined): boolean {
  if (index === null) return true;
  if (index.rest.length > 0 && anyHidingMatch(el, index.rest)) return true;
  if (index.byTag.size > 0 && anyHidingMatch(el, index.byTag.get(tag))) return true;
  if (idAttr !== '' && index.byId.size > 0 && anyHidingMatch(el, index.byId.get(idAttr))) return true;
  if (classAttr !== '' && index.byClass.size > 0) {
    const byClass = index.byClass;
    // the same class strings again and again: their indexed classes, kept with the string's info
    const known = info ?? classInfo(classAttr);
    let hits = known.hitsOf === index ? known.hits : undefined;
    if (!hits) {
      hits = SPACE.test(classAttr) ? classAttr.split(/\s+/).filter((c) => c !== '' && byClass.has(c)) : byClass.has(classAttr) ? [classAttr] : NO_NAMES;
      known.hits = hits;
      known.hitsOf = index;
    }
    for (let i = 0; i < hits.length; i++) if (anyHidingMatch(el, byClass.get(hits[i] as string))) return true;
  }
  return false;
}

/**
 * An element's tag name in upper case. HTML elements' already are: then no new string (a walk
 * reads tens of thousands of tags; toUpperCase allocates even when nothing changes). '' for no element.
 */
export function upperTag(el: Element | null | undefined): string {
  const t = el ? el.tagName : '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return t.toUpperCase();
  }
  return t;
}

const NO_NAMES: readonly string[] = [];
const SPACE = /\s/;
/** A role attribute that needs trimming or lower-casing (most are written as the spec spells them). */
const ROLE_TO_FOLD = /[^a-z]/;
const NEVER_RENDERED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'DATALIST']);
/** Roles of overlays that are only shown on demand; hidden when their trigger says collapsed. */
const OVERLAY_ROLES = new Set(['menu', 'listbox', 'dialog', 'alertdialog', 'tree', 'grid', 'menubar']);

/**
 * Screen-reader-only and hiding utility classes: hidden text even when the page's stylesheet is lost
 * (saved pages, some renderers). Whole class names only, with or without a library prefix
 * (`qc-sr-only`, `tea-visually-hidden`, a short `dm-sr`).
 */
// (sr-only, next-sr-only, ant-sr-only … are the first alternative with and without a prefix)
const SR_ONLY_CLASS = /(?:^|\s)(?:(?:[a-z0-9]+[-_])?(?:sr-only|visually-hidden|screen-reader-text|screen-reader-only)|sr_only|srOnly|visuallyhidden|visually_hidden|screenreader|screen-reader|a11y-hidden|assistive-text|hidden-accessible|u-hidden-visually|hide-text|d-none|is-hidden)(?:\s|$)/;

/**
 * A component library's own "hidden" state classes, and the hiding utilities every CSS framework
 * spells alike: an inactive tab pane kept in the DOM (antd `ant-tabs-tabpane-hidden`, antd 3
 * `-inactive`), a collapsed panel's content, a closed dropdown / popover / select / date-picker
 * overlay left in the DOM after it was first opened, `hidden` / `hide` (Tailwind, Bootstrap, Fusion's
 * `next-tabs-tabpane hidden`). Each is `display: none` in its library's style sheet, which a saved page
 * (or one read by the command line) may not carry. (Not `invisible`: `visibility: hidden`, which a
 * child may undo.)
 */
const HIDDEN_STATE_CLASS = /(?:^|\s)(?:hidden|hide|(?:ant|next|tea)-hidden|ant-(?:tabs-tabpane-(?:hidden|inactive)|collapse-content-(?:hidden|inactive)|(?:dropdown|select-dropdown|picker-dropdown|popover|tooltip|menu|menu-submenu|cascader-menus|image-preview)-hidden))(?:\s|$)/;

/**
 * A display utility that applies from a breakpoint on (Tailwind `hidden md:block`, `hidden lg:flex`): the
 * element is hidden on a narrow screen only, so its `hidden` says nothing without the style sheet.
 */
const SHOWN_AT_BREAKPOINT = /(?:^|\s)[a-z0-9]+:(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|table-row|table-cell|contents|flow-root)(?:\s|$)/;

/**
 * A short library-prefixed `xx-sr` names screen-reader text only on an element without element children
 * (`<span class="dm-sr">帮助</span>`): as a wrapper's class (`a-sr` around a whole list) it is a name
 * of its own.
 */
const SHORT_SR_CLASS = /(?:^|\s)[a-z0-9]+[-_]sr(?:\s|$)/;

/**
 * The classes of Google's icon fonts that draw a word as an icon through a ligature (`<span
 * class="material-icons">content_copy</span>`, `material-symbols-outlined`, Angular Material's `<mat-icon
 * class="material-icons">`): the font's documented API, present whether or not its style sheet loaded. The
 * user sees an icon; the word (LIGATURE_NAME) is no text on the page. The same fonts set by a page's own
 * class: ./icon-ligature drawnInIconFont.
 */
const LIGATURE_ICON_CLASS = /(?:^|\s)(?:material-icons(?:-(?:outlined|round|sharp|two-tone))?|material-symbols(?:-(?:outlined|rounded|sharp))?)(?:\s|$)/;

/** An icon font ligature: an element of such a class holding a glyph's name only (no other element). */
function ligatureIcon(el: Element): boolean {
  // (the glyph's name alone, or in a few boxes of its own — a wrapper, a translator's <font> boxes — that inherit the font)
  return (el.firstElementChild === null || el.getElementsByTagName('*').length <= 6) && LIGATURE_NAME.test(el.textContent ?? '');
}

/** A class of an icon element: `iconfont`, `icon-copy`, `anticon`, `tea-icon`, Font Awesome's `fa` / `fa-…`. */
const ICON_CLASS = /icon|(?:^|\s)fa(?:$|\s|-)/i;
/** Private-use characters only (code points no script assigns, where icon fonts put their glyphs: U+E000–U+F8FF, planes 15 and 16), at least one. */
const GLYPHS_ONLY = /^\s*[\u{e000}-\u{f8ff}\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}][\s\u{e000}-\u{f8ff}\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}]*$/u;

/**
 * An icon font's glyph written as text (iconfont.cn's "Unicode" use, `<i class="iconfont">&#xe60c;</i>`; Font Awesome's
 * `<i class="fa">&#xf0c5;</i>`): an element of an icon class whose whole text is private-use characters. The user sees
 * an icon; the character is no text on the page — glued to a label (网站名称) or a value (…有限公司) it made them
 * another word (round eighty-two's variants: the Tencent filing form's entity lost, a registrant's name with the glyph
 * in it). A private-use character inside other text (a rare character some systems encode so, in a name) stays text.
 */
function glyphIcon(el: Element, classAttr: string): boolean {
  // (the class first: no DOM call for the elements of other classes; one for an icon's, its text — '' for most)
  return ICON_CLASS.test(classAttr) && GLYPHS_ONLY.test(el.textContent ?? '');
}

/**
 * What a class attribute says, kept per distinct value (a page repeats a few class strings on every
 * row): one look-up per element answers the sr-only test, the hiding-rule candidates and (units.ts)
 * the kind its class tokens give.
 */
export interface ClassInfo {
  /** A screen-reader-only or hiding class (SR_ONLY_CLASS, HIDDEN_STATE_CLASS): the element is not shown. */
  srOnly: boolean;
  /** A short `xx-sr` class: screen-reader text on an element without element children. */
  srLeaf: boolean;
  /** An icon font's ligature class (LIGATURE_ICON_CLASS): its text, a glyph's name, is drawn as an icon. */
  ligature: boolean;
  /**
   * A class naming a tooltip / popover layer itself (`ant-tooltip`, `tea-bubble`, `next-balloon`): 'tip'; a library's
   * floating popup layer (`t-popup`, `ant-dropdown`, `tea-dropdown-box`): 'popup' — see tipLayer.
   */
  tip: 'tip' | 'popup' | false;
  /** Its classes that key selectors of the hiding index `hitsOf`. */
  hits: readonly string[] | undefined;
  hitsOf: HidingIndex | undefined;
  /** The unit kind its tokens give (./units): null for none, undefined until asked. */
  kind: UnitKind | null | undefined;
  /** Whether one of its classes is among `movesOf`, the classes translating rules require (see offTrackSlide). */
  moves?: boolean;
  movesOf?: ReadonlySet<string>;
}

const classInfos = new Map<string, ClassInfo>();
export function classInfo(classAttr: string): ClassInfo {
  let info = classInfos.get(classAttr);
  if (info === undefined) {
    info = { srOnly: SR_ONLY_CLASS.test(classAttr) || (HIDDEN_STATE_CLASS.test(classAttr) && !SHOWN_AT_BREAKPOINT.test(classAttr)), srLeaf: SHORT_SR_CLASS.test(classAttr), ligature: LIGATURE_ICON_CLASS.test(classAttr), tip: tipClass(classAttr), hits: undefined, hitsOf: undefined, kind: undefined };
    if (classInfos.size > 5000) classInfos.clear();
    classInfos.set(classAttr, info);
  }
  return info;
}

/**
 * An element holding text only: no element children, or only the `<font>` boxes a page translator wraps every
 * text run in (Chrome's translation: `<font style="vertical-align: inherit;">` twice), which draw the text as it was.
 */
export function fontsOnly(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (upperTag(c) !== 'FONT' || !fontsOnly(c)) return false;
  return true;
}

/** The last token of a tooltip or popover layer's class (`ant-tooltip`, `ant-popover`, `tea-bubble`, `next-balloon`, `t-tooltip`). */
const TIP_TOKENS = new Set(['tooltip', 'popover', 'bubble', 'balloon']);
/**
 * The last token of a floating popup layer's class: TDesign draws every Popup, Dropdown, Popconfirm and Select list in a
 * `t-popup` (a plain Popup's help text has no other class), Popper-based libraries in a `…-popper`.
 */
const POPUP_TOKENS = new Set(['popup', 'popper']);
/**
 * Libraries' floating dropdown layers named by their whole class, whose content may be any box (antd's `dropdownRender` /
 * custom `overlay`, TEA's Dropdown box, Fusion's Overlay.Popup around a hover card): `ant-dropdown` is the layer (its
 * trigger is `ant-dropdown-trigger`), TEA's `tea-dropdown` is the trigger and `tea-dropdown-box` the layer, Fusion gives
 * every box it floats `next-overlay-inner` (its dialogs and drawers too: those are no popups).
 */
const POPUP_LAYER_CLASSES = new Set(['ant-dropdown', 'tea-dropdown-box', 'next-overlay-inner']);
/**
 * A component's own dropdown layer, `<library>-<component>-dropdown`: antd's `ant-select-dropdown`, `ant-picker-dropdown`,
 * `ant-cascader-dropdown` float a select's options, a date picker's panel (session 52's review of be86309b: an option
 * "公网带宽：20Mbps" gave an ECS detail without that field a bandwidth — invented). Two tokens name a trigger or the
 * libraries' own layers (`tea-dropdown` is TEA's trigger; `ant-dropdown` is in POPUP_LAYER_CLASSES).
 */
function componentDropdown(tokens: readonly string[]): boolean {
  return tokens.length >= 3 && tokens[tokens.length - 1] === 'dropdown';
}
/**
 * The last token of a dialog, modal, drawer or side panel box's class (./overlay DIALOG_TOKENS): Fusion floats its dialogs,
 * drawers and a console's slide panel (`next-overlay-inner windcc-slide-panel`: an instance's whole detail) as
 * `next-overlay-inner` too.
 */
const DIALOG_BOX_TOKENS = new Set(['modal', 'drawer', 'dialog', 'panel']);
/** The last token of a dialog's wrapper class (`next-dialog-wrapper`, `ant-modal-wrap`, `t-dialog__ctx`): the box in it is the dialog. */
const WRAPPER_TOKENS = new Set(['wrapper', 'wrap', 'ctx', 'container']);

/**
 * A class naming a tooltip / popover layer itself: 'tip' (not its parts, `ant-tooltip-inner`, its trigger's state,
 * `ant-tooltip-open`, nor what a box has, `has-tooltip`), or a floating popup layer: 'popup' (POPUP_TOKENS,
 * POPUP_LAYER_CLASSES).
 */
function tipClass(classAttr: string): 'tip' | 'popup' | false {
  if (!/tooltip|popover|bubble|balloon|popup|popper|dropdown|overlay-inner/i.test(classAttr)) return false;
  let popup = false;
  let dialogBox = false;
  for (const cls of classAttr.toLowerCase().split(/\s+/)) {
    const t = cls.split(/[_-]+/).filter((x) => x !== '');
    const last = t[t.length - 1] ?? '';
    if (HAS_TOKENS.has(t[t.length - 2] ?? '')) continue;
    if (TIP_TOKENS.has(last)) return 'tip';
    if (POPUP_TOKENS.has(last) || POPUP_LAYER_CLASSES.has(cls) || componentDropdown(t)) popup = true;
    if (DIALOG_BOX_TOKENS.has(last)) dialogBox = true;
  }
  return popup && !dialogBox ? 'popup' : false;
}

/**
 * A tooltip or popover layer open over the page: classed as one and floating (position absolute / fixed), as
 * the libraries that give it no `role="tooltip"` draw it (TEA's bubble, TDesign's popup, a hover card). Its
 * text is help or another record's (the row under the mouse), never a field of the page, as tooltip text is.
 * (In the flow, the class is a box's look: a tip card in a form's help, read as units decide.) A floating popup layer
 * likewise (TDesign's `t-popup` holding a Popup's "到期时间：2028-02-11" or a Popconfirm's "带宽：12Mbps", antd's and
 * TEA's dropdown layers holding a custom panel: round seventy-seven's variants read them as the detail page's fields —
 * invented), unless it is a dialog.
 */
const POPUP_DIALOG = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';
/**
 * Fusion's generic overlay box held by a dialog's wrapper (`next-dialog-wrapper > next-overlay-inner`): the dialog. (Only
 * Fusion's generic class: antd's `ant-dropdown` placed in an `ant-modal-wrap` by getPopupContainer is still a dropdown.)
 */
function inDialogWrapper(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  return (parent.getAttribute('class') ?? '').toLowerCase().split(/\s+/).some((cls) => {
    const t = cls.split(/[_-]+/).filter((x) => x !== '');
    return WRAPPER_TOKENS.has(t[t.length - 1] ?? '') && t.some((x) => DIALOG_BOX_TOKENS.has(x) && x !== 'panel');
  });
}

/**
 * An inline style stretching a box across the page — `width: 100%` / `100vw`, both `left` and `right` set, `inset: 0` —
 * as a panel is laid out; a popup is placed at a point by its trigger (`inset: 0px auto auto 0px` and a transform).
 */
function stretchedAcross(style: string): boolean {
  const prop = (name: string) => new RegExp(String.raw`(?:^|;)\s*${name}\s*:\s*([^;]+)`, 'i').exec(style)?.[1]?.trim().toLowerCase();
  const set = (v: string | undefined) => v !== undefined && v !== 'auto';
  const width = prop('width');
  if (width !== undefined && /^100(?:\.0+)?(?:%|vw)$/.test(width)) return true;
  if (set(prop('left')) && set(prop('right'))) return true;
  const inset = prop('inset')?.split(/\s+/);
  return inset !== undefined && inset.length <= 2 && inset.every((v) => v !== 'auto');
}

/** An inline style placing a box at coordinates: `left` / `top` / `inset` in px (a layer's placement, not a layout's). */
const PLACED_AT = /(?:^|;)\s*(?:left|top|inset)\s*:\s*-?\d+(?:\.\d+)?px/i;
function tipLayer(el: Element, kind: 'tip' | 'popup'): boolean {
  try {
    // (a popup layer that is a dialog is read as dialogs are: a filing step's form may be drawn in one)
    if (kind === 'popup' && (el.matches(POPUP_DIALOG) || (el.classList.contains('next-overlay-inner') && inDialogWrapper(el)))) return false;
    // (a box stretched across the page is a panel holding the page, whatever its class: a console's detail in an app's
    // `detail-popup` or a `t-popup`-classed main box — session 52's review of be86309b, the whole detail lost)
    if (kind === 'popup' && stretchedAcross(el.getAttribute('style') ?? '')) return false;
    // (a popup layer placed at coordinates by its trigger — rc-trigger writes only `left: 600px; top: 380px` inline, the
    // library's sheet makes it absolute — floats even in a page saved without that sheet)
    if (kind === 'popup' && PLACED_AT.test(el.getAttribute('style') ?? '')) return true;
    return /^(?:absolute|fixed)$/.test(String(el.ownerDocument.defaultView!.getComputedStyle(el).position ?? '').trim());
  } catch {
    return false;
  }
}

/** An inline style whose only hiding declaration is `visibility: hidden` (a shell may be drawn inside it). */
const INLINE_VISIBILITY_ONLY = (style: string): boolean => {
  const s = style.toLowerCase();
  return /(?:^|;)\s*visibility\s*:\s*hidden\b/.test(s) && !/(?:^|;)\s*(?:display\s*:\s*none|opacity\s*:\s*0|content-visibility)/.test(s);
};

const FAR_TRANSFORM = /(?:^|;)\s*(?:-webkit-)?transform\s*:[^;]*translate(?:[xy]|3d)?\([^)]*-\d{4,}(?:\.\d+)?px/i;
/**
 * Moved a viewport's width or more to the left by an inline translate in vw: a pre-rendered copy parked off-screen
 * (`transform: translateX(-200vw)`, a hydration clone of the detail with last year's expiry — round fifty-two's variants
 * of the SWAS and Lighthouse details, whose clone's values were read: invented). Rows inside do not make it shown: no
 * list is scrolled by whole viewport widths. Or a viewport's height or more up (translateY(-200vh), translate(0, -150vh):
 * session 47's review, the same clone parked above the page was read — invented).
 */
const OFF_VIEWPORT_TRANSFORM =
  /(?:^|;)\s*(?:-webkit-)?transform\s*:[^;]*(?:translate(?:x|3d)?\(\s*-[1-9]\d{2,}(?:\.\d+)?vw|translate(?:y\(|\(\s*[^,)]+,|3d\(\s*[^,)]+,)\s*-[1-9]\d{2,}(?:\.\d+)?vh)/i;

function inlineHidden(style: string): boolean {
  if (style === '') return false;
  const s = style.toLowerCase();
  return (
    /(?:^|;)\s*display\s*:\s*none\b/.test(s) ||
    /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b/.test(s) ||
    /(?:^|;)\s*opacity\s*:\s*0(?:\.0*)?\s*(?:!important\s*)?(?:;|$)/.test(s) ||
    /(?:^|;)\s*content-visibility\s*:\s*hidden\b/.test(s) ||
    // screen-reader-only clipping written inline: clip: rect(0 0 0 0) / clip-path: inset(50%) / a 1px box
    (/(?:^|;)\s*position\s*:\s*(?:absolute|fixed)\b/.test(s) &&
      (/(?:^|;)\s*clip\s*:\s*rect\(\s*(?:(?:0|1px)(?:px)?[\s,]+){3}(?:0|1px)(?:px)?\s*\)/.test(s) ||
        /(?:^|;)\s*clip-path\s*:\s*inset\(\s*(?:50|100)%\s*\)/.test(s) ||
        (/(?:^|;)\s*width\s*:\s*(?:0|1px)\b/.test(s) && /(?:^|;)\s*height\s*:\s*(?:0|1px)\b/.test(s) && /overflow\s*:\s*hidden/.test(s))))
  );
}

/** A positioned box's computed clip as screen-reader-only text is clipped: `rect(0 0 0 0)` (or 1px), `inset(50%)`. */
function clippedAsScreenReaderText(clip: string, clipPath: string): boolean {
  if (/^rect\((?:(?:0|0px|1px),?){3}(?:0|0px|1px)\)$/.test(clip.replace(/\s+/g, ''))) return true;
  const path = clipPath.replace(/\s+/g, '');
  return path === 'inset(50%)' || path === 'inset(100%)';
}

function isZeroish(v: string): boolean {
  return /^(?:0|0px|1px)$/.test(v.trim());
}

interface StyleLike {
  display?: string;
  visibility?: string;
  opacity?: string;
  position?: string;
  clip?: string;
  clipPath?: string;
  overflow?: string;
  overflowX?: string;
  overflowY?: string;
  paddingTop?: string;
  paddingBottom?: string;
  paddingLeft?: string;
  paddingRight?: string;
  flexGrow?: string;
  minHeight?: string;
  minWidth?: string;
  width?: string;
  height?: string;
  left?: string;
  top?: string;
  contentVisibility?: string;
  maxHeight?: string;
  maxWidth?: string;
  transform?: string;
  translate?: string;
  gridTemplateRows?: string;
  color?: string;
  backgroundClip?: string;
  webkitBackgroundClip?: string;
  textShadow?: string;
  webkitTextFillColor?: string;
  gridTemplateColumns?: string;
  fontSize?: string;
  textIndent?: string;
}

const ZERO = /^(?:0|0px|-?0\.0*px)?$/;

/**
 * A box in the flow collapsed to no height (or no width) whose overflow is clipped: a closed accordion or an
 * inactive tab pane kept in the DOM (`height: 0; overflow: hidden`). Its padding on that axis must be 0 too
 * (it would show the content's first pixels), and it must not be a flex item growing from a 0 basis
 * (`flex: 1; height: 0`, a scroll area: the declared 0 is not its height; a browser gives the used one),
 * nor held open by a min-height / min-width. Table cells and rows grow to their content: not judged here.
 */
function collapsedToNothing(v: (k: keyof StyleLike) => string): boolean {
  const clips = (k: 'overflowX' | 'overflowY') => {
    const o = v(k) || v('overflow');
    return o.includes('hidden') || o.includes('clip');
  };
  const zero = (k: keyof StyleLike) => /^(?:0|0px)$/.test(v(k));
  // The overflow first: on a page whose style sheets cannot be read (a console's CSS on its CDN) every
  // element comes here, and few clip. A keyword is cheap to read; a computed height or width is the
  // laid-out size made into a string (Chromium: ~1.3 µs each against ~0.3 µs for a keyword; the sizes of
  // the 28,000 elements of a 500-row list cost 70 ms, bench/style-read-cost.mts).
  const clipsY = clips('overflowY');
  const clipsX = clips('overflowX');
  if (!clipsY && !clipsX) return false;
  // (a max-height / max-width of 0 caps the box at nothing: happy-dom's computed height stays the declared one)
  const flat = clipsY && (zero('height') || zero('maxHeight'));
  const thin = clipsX && (zero('width') || zero('maxWidth'));
  if (!flat && !thin) return false;
  if (Number(v('flexGrow')) > 0) return false;
  if (flat && ZERO.test(v('minHeight')) && ZERO.test(v('paddingTop')) && ZERO.test(v('paddingBottom'))) return true;
  return thin && ZERO.test(v('minWidth')) && ZERO.test(v('paddingLeft')) && ZERO.test(v('paddingRight'));
}

/**
 * A transform that scales the box to nothing on either axis: a closed menu or panel that zooms in when
 * opened (`transform: scale(0)`, `scaleY(0)`). A browser gives the computed transform as a matrix
 * (zero area: a·d − b·c = 0); happy-dom gives the declared functions.
 */
export function scaledToNothing(transform: string): boolean {
  // (a browser's computed "none", most elements': no copy made)
  if (transform === 'none') return false;
  const t = transform.trim().toLowerCase();
  if (t === '' || t === 'none') return false;
  const m = /^matrix(3d)?\(([^)]*)\)$/.exec(t);
  if (m) {
    const n = (m[2] ?? '').split(',').map((x) => Number(x.trim()));
    const [a, b, c, d] = m[1] ? [n[0], n[1], n[4], n[5]] : [n[0], n[1], n[2], n[3]];
    if ([a, b, c, d].some((x) => x === undefined || Number.isNaN(x))) return false;
    return Math.abs((a as number) * (d as number) - (b as number) * (c as number)) < 1e-9;
  }
  const zero = (x: string | undefined) => x !== undefined && /^[-+]?0*(?:\.0*)?$/.test(x.trim()) && x.trim() !== '';
  for (const f of t.matchAll(/\bscale(x|y|z|3d)?\(([^)]*)\)/g)) {
    const args = (f[2] ?? '').split(/[\s,]+/).filter((x) => x !== '');
    const axis = f[1];
    if (axis === 'x' || axis === 'y') {
      if (zero(args[0])) return true;
    } else if (axis === '3d') {
      if (zero(args[0]) || zero(args[1])) return true;
    } else if (axis === undefined) {
      if (zero(args[0]) || zero(args[1] ?? args[0])) return true;
    }
  }
  return false;
}

/**
 * VISIBILITY SHELLS. `visibility: hidden` is inherited but not final: a descendant that says `visibility:
 * visible` is drawn (a cell wrapper hidden until hovered whose status tag stays shown). An element hidden
 * by visibility alone with such a descendant is a shell: not hidden itself, but its own text is not drawn
 * and each child is hidden unless its computed visibility is `visible` again (or it is a shell in turn).
 * Kept per element and dropped when the element is judged again and is no longer hidden that way.
 */
const SHELLS = new WeakSet<Element>();
/**
 * Whether SHELLS (and ZERO_FONT_BOXES below) ever held an element: until then nothing is deleted from them — on a page
 * whose style sheets cannot be read every visible element is judged by its computed style, each judgement deleting it
 * from both (a WeakSet look-up each, ~33,000 on a 500-row list, for sets that stay empty on most pages).
 */
const everNoted = { shells: false, zeroFont: false };

/**
 * Whether `el` is a visibility shell (see above): judged so last time and still computed `visibility: hidden`
 * (a page changed since — a class removed, a style set — and read again: a shell no longer hidden is dropped,
 * not judged on its old styles when no hiding rule sends it to the computed style again).
 */
export function isVisibilityShell(el: Element): boolean {
  if (!SHELLS.has(el)) return false;
  try {
    if (String(el.ownerDocument.defaultView!.getComputedStyle(el).visibility ?? '').trim() === 'hidden') return true;
  } catch {
    return true;
  }
  SHELLS.delete(el);
  return false;
}

/** `el` is hidden by `visibility: hidden` (and by nothing else `v` says): a shell when something inside is shown again. */
function visibilityShell(el: Element, v: (k: keyof StyleLike) => string, cache: VisibilityCache | undefined): boolean {
  // (a box also clipped, collapsed, scaled or moved off screen draws nothing inside it, shown again or not)
  const otherwise = v('display') === 'none' || hiddenOtherwise(el, v);
  if (!otherwise && reshownInside(el, cache)) {
    SHELLS.add(el);
    everNoted.shells = true;
    return true;
  }
  if (everNoted.shells) SHELLS.delete(el);
  return false;
}

const RESHOWING = /(?:^|[;{\s])visibility\s*:\s*visible/i;
const declaringByOwner = new WeakMap<Node, Map<RegExp, { sign: string; selectors: string[] | null }>>();

/** The selectors of the page's style rules that say `visibility: visible` (null: a sheet cannot be read). */
function reshowSelectors(doc: Document, cache: VisibilityCache | undefined): string[] | null {
  return selectorsDeclaring(doc, pageSheetsOf(doc, cache), RESHOWING);
}

/**
 * The selectors of a shadow root's own style rules (its <style>/<link> elements near its top, its adopted
 * sheets: see hidingScope) that say `visibility: visible`; [] for an element not in a shadow root.
 */
function rootReshowSelectors(el: Element): string[] | null {
  const root = el.getRootNode();
  if (root.nodeType !== 11) return [];
  const sheets: SheetLike[] = [];
  sheetsUnder(root as unknown as ParentNode, 3, sheets);
  const adopted = (root as unknown as { adoptedStyleSheets?: ArrayLike<SheetLike> }).adoptedStyleSheets;
  if (adopted) for (let i = 0; i < adopted.length; i++) sheets.push(adopted[i] ?? null);
  return selectorsDeclaring(root, sheets, RESHOWING);
}

/**
 * The selectors of `sheets`' style rules whose declarations `declaration` finds (nested rules made whole;
 * null: a sheet cannot be read), kept per document or shadow root and pattern while its sheets and their
 * rule counts stay.
 */
function selectorsDeclaring(owner: Node, sheets: SheetLike[], declaration: RegExp): string[] | null {
  let sign = String(sheets.length);
  for (const sh of sheets) {
    try {
      sign += `,${sh?.cssRules?.length ?? -1}`;
    } catch {
      sign += ',x';
    }
  }
  let byPattern = declaringByOwner.get(owner);
  if (!byPattern) declaringByOwner.set(owner, (byPattern = new Map()));
  const known = byPattern.get(declaration);
  if (known && known.sign === sign) return known.selectors;
  const { rules, unreadable } = ruleDigests(sheets);
  let selectors: string[] | null = null;
  if (!unreadable) {
    selectors = [];
    for (const r of rules) if (declaration.test(r.decl)) selectors.push(r.selector);
  }
  byPattern.set(declaration, { sign, selectors });
  return selectors;
}

/** A `display` other than `none`: an author rule saying it outweighs the user agent's `[hidden] { display: none }`. */
const DISPLAYING = /(?:^|[;{\s])display\s*:\s*(?!none\b)[a-z-]/i;

/**
 * An element with the `hidden` attribute that the page shows all the same: a style rule of the page written
 * for hidden elements (its selector names `[hidden]`: `[hidden].force { display: block }`) gives it a display
 * other than none, and its computed display is not none (a later or weightier rule may still say none).
 * (A rule that sets the display of a class or a tag outweighs the user agent's `[hidden]` rule in a browser
 * too, but is taken as written without the hidden elements in mind: they stay hidden.) With the rules
 * unreadable (a style sheet on another origin) no such rule is known: hidden, as before (the computed display
 * cannot tell a rule for hidden elements from a class rule).
 */
function shownDespiteHidden(el: Element, cache: VisibilityCache | undefined): boolean {
  const hiddenValue = (el.getAttribute('hidden') ?? '').toLowerCase();
  if (hiddenValue === 'until-found') return false;
  const view = el.ownerDocument?.defaultView;
  if (!view) return false;
  const selectors = selectorsDeclaring(el.ownerDocument, pageSheetsOf(el.ownerDocument, cache), DISPLAYING);
  // rules that cannot be read (a style sheet on another origin): no rule for hidden elements is known, hidden
  if (selectors === null) return false;
  const forHidden = (sel: string) => {
    try {
      return /\[\s*hidden\b/i.test(sel) && el.matches(sel);
    } catch {
      return false; // a selector this DOM cannot evaluate: not taken
    }
  };
  if (!selectors.some(forHidden)) return false;
  try {
    return String(view.getComputedStyle(el).display ?? '').trim() !== 'none';
  } catch {
    return false;
  }
}

const MAX_RESHOW_SCAN = 300;

/** Whether an element inside `el` has a computed visibility of `visible` again. */
function reshownInside(el: Element, cache: VisibilityCache | undefined): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view || el.firstElementChild === null) return false;
  const shown = (c: Element) => {
    try {
      return String(view.getComputedStyle(c).visibility ?? '').trim() === 'visible';
    } catch {
      return false;
    }
  };
  const own = reshowSelectors(el.ownerDocument, cache);
  // (inside a shadow root its own rules show boxes again too)
  const inRoot = rootReshowSelectors(el);
  const selectors = own === null || inRoot === null ? null : inRoot.length > 0 ? [...own, ...inRoot] : own;
  if (selectors === null) {
    // the rules cannot be read: ask the descendants (a bounded number)
    const all = el.getElementsByTagName('*');
    for (let i = 0; i < all.length && i < MAX_RESHOW_SCAN; i++) if (shown(all[i] as Element)) return true;
    return false;
  }
  for (const c of Array.from(el.querySelectorAll('[style*="visibility"]'))) if (shown(c)) return true;
  for (const sel of selectors) {
    let hits: Element[];
    try {
      hits = Array.from(el.querySelectorAll(sel));
    } catch {
      continue;
    }
    for (const c of hits) if (shown(c)) return true;
  }
  return false;
}

/** A child of a visibility shell: hidden unless drawn again (computed `visible`) or a shell itself. */
function hiddenInShell(el: Element, cache: VisibilityCache | undefined): boolean {
  try {
    const cs = el.ownerDocument.defaultView!.getComputedStyle(el) as unknown as Record<keyof StyleLike, unknown>;
    const v = (k: keyof StyleLike) => String(cs[k] ?? '').trim();
    if (v('visibility') === 'visible') return false;
    return !visibilityShell(el, v, cache);
  } catch {
    return false;
  }
}

/**
 * A grid collapsed to one row track of nothing (`grid-template-rows: 0fr`, an accordion that animates
 * open to `1fr`; a browser computes the track as `0px`) whose children all clip their overflow: nothing
 * of them is drawn. (happy-dom's computed heights stay `auto`: the track says it.)
 */
function collapsedGrid(el: Element, rows: string, columns: string): boolean {
  // (a browser gives the implicit rows too: "0px 182px" for a 0fr track and one auto row)
  const tracks = rows.trim().split(/\s+(?![^(]*\))/);
  if (!ZERO_TRACK.test(tracks[0] ?? '') || el.firstElementChild === null) return false;
  const view = el.ownerDocument.defaultView!;
  const clips = (c: Element) => {
    const cs = view.getComputedStyle(c);
    const o = `${String(cs.overflowY ?? '')} ${String(cs.overflow ?? '')}`;
    return o.includes('hidden') || o.includes('clip');
  };
  // the children of the first row (one per column track) sit in the 0fr track; the others in implicit
  // auto rows, drawn: then the grid is shown and only the first row's clipping children are hidden
  const perRow = trackCount(columns);
  const items = Array.from(el.children).filter((c) => !NEVER_RENDERED.has(upperTag(c)));
  const allZero = tracks.every((t) => ZERO_TRACK.test(t));
  if (!allZero || (tracks.length === 1 && items.length > perRow)) {
    for (const c of items.slice(0, perRow)) if (clips(c)) IN_ZERO_TRACK.add(c);
    return false;
  }
  return items.every(clips);
}

/**
 * Whether `el`, noted in the 0fr row track of `grid`, still sits there: the grid still has a 0fr first row
 * track (it may have opened since) and `el` is still among the children of its first row (a child put before
 * it moves it to a drawn row). Dropped from the notes when not.
 */
function stillInZeroTrack(el: Element, grid: Element): boolean {
  try {
    const cs = grid.ownerDocument.defaultView!.getComputedStyle(grid);
    const zero = /grid/.test(String(cs.display ?? '')) && ZERO_TRACK.test(String(cs.gridTemplateRows ?? '').trim().split(/\s+/)[0] ?? '');
    if (zero) {
      const perRow = trackCount(String(cs.gridTemplateColumns ?? ''));
      const items = Array.from(grid.children).filter((c) => !NEVER_RENDERED.has(upperTag(c)));
      const at = items.indexOf(el);
      if (at >= 0 && at < perRow) return true;
    }
  } catch {
    return false;
  }
  IN_ZERO_TRACK.delete(el);
  return false;
}

const ZERO_TRACK = /^(?:0fr|0px|0)$/;

/** Children of a grid sitting in its 0fr row track, their overflow clipped (see collapsedGrid): not drawn. */
const IN_ZERO_TRACK = new WeakSet<Element>();

/** The number of tracks of a computed or declared `grid-template-columns` (1 for none or what cannot be told). */
function trackCount(columns: string): number {
  const t = columns.trim();
  if (t === '' || t === 'none') return 1;
  const repeat = /^repeat\(\s*(\d+)\s*,[^()]*(?:\([^()]*\))?[^()]*\)$/.exec(t);
  if (repeat) return Math.max(1, Number(repeat[1]));
  if (t.includes('repeat(')) return 1;
  return Math.max(1, t.split(/\s+(?![^(]*\))/).filter((x) => !x.startsWith('[')).length);
}

/**
 * TEXT AT NO SIZE. `font-size: 0` is the inline-block gap hack of tag and radio groups (the children set
 * their own size again) and a way to keep hint text for screen readers only. An element computed at a font
 * size of 0 with text of its own draws nothing (unless a child sets a size again: then its own text is
 * read, as before); one with no text of its own is a zero-size box: its children inherit the size and are
 * judged by their own computed size (./selfHidden). Kept per element, like the visibility shells.
 */
const ZERO_FONT_BOXES = new WeakSet<Element>();

// (a size starting with any other character is no 0: most are "14px", and no pattern is run for them)
const zeroFontSize = (size: string) => {
  const t = size.trim();
  return t.charCodeAt(0) === 48 /* 0 */ && /^0(?:\.0*)?(?:px)?$/.test(t);
};

function hasOwnText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.nodeValue ?? '').trim() !== '') return true;
  return false;
}

/**
 * Whether the text nodes of `el` itself are not drawn while `el` is shown: a visibility shell (only its
 * children drawn again are), or a box computed at font size 0 whose children set a size again (only they
 * are drawn; its own text is at no size). Judged as last noted, and still so computed.
 */
export function ownTextHidden(el: Element): boolean {
  if (isVisibilityShell(el)) return true;
  if (!ZERO_FONT_BOXES.has(el)) return false;
  try {
    if (zeroFontSize(String(el.ownerDocument.defaultView!.getComputedStyle(el).fontSize ?? ''))) return true;
  } catch {
    return true;
  }
  ZERO_FONT_BOXES.delete(el);
  return false;
}

/** `el`, computed at font size `size`: text drawn at no size (see above); notes a zero-size box. */
function drawnAtNoSize(el: Element, size: string): boolean {
  if (!zeroFontSize(size)) {
    if (everNoted.zeroFont) ZERO_FONT_BOXES.delete(el);
    return false;
  }
  ZERO_FONT_BOXES.add(el);
  everNoted.zeroFont = true;
  if (!hasOwnText(el)) return false;
  const view = el.ownerDocument.defaultView!;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!zeroFontSize(String(view.getComputedStyle(c).fontSize ?? ''))) return false;
  return true;
}

/**
 * A clip-path that leaves nothing of the box, wherever the box sits: an `inset()` whose top and bottom (or
 * left and right) percentages add up to 100% or more (`inset(0 0 0 100%)`, `inset(50%)`), or a `circle()` /
 * `ellipse()` of radius 0 (`circle(0)`; a browser computes `circle(0px at 50% 50%)`). Lengths in px are left
 * alone (they depend on the box's size).
 */
export function clippedToNothing(clipPath: string): boolean {
  if (clipPath === 'none') return false;
  const t = clipPath.trim().toLowerCase();
  if (t === '' || t === 'none') return false;
  const zero = (x: string | undefined) => x !== undefined && /^[-+]?0*(?:\.0*)?(?:px|%|em|rem)?$/.test(x) && /\d/.test(x);
  const shape = /^(inset|circle|ellipse)\(([^)]*)\)/.exec(t);
  if (!shape) return false;
  const args = (shape[2] ?? '').split(/\s+(?:round|at)\s+/)[0]!.split(/[\s,]+/).filter((x) => x !== '');
  if (shape[1] === 'circle') return zero(args[0]);
  if (shape[1] === 'ellipse') return zero(args[0]) || zero(args[1]);
  const pct = (x: string | undefined) => {
    if (x === undefined) return undefined;
    const m = /^(-?\d+(?:\.\d+)?)(%|px)?$/.exec(x);
    if (!m) return undefined;
    return m[2] === '%' ? Number(m[1]) : Number(m[1]) === 0 ? 0 : undefined;
  };
  const n = args.map(pct);
  const [top, right, bottom, left] = [n[0], args.length > 1 ? n[1] : n[0], args.length > 2 ? n[2] : n[0], args.length > 3 ? n[3] : args.length > 1 ? n[1] : n[0]];
  const covers = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && a + b >= 100;
  return covers(top, bottom) || covers(left, right);
}

/** A colour that draws nothing: `transparent`, an alpha of 0 (`rgba(0, 0, 0, 0)`, `rgb(0 0 0 / 0)`), `#0000`. */
export function transparentColor(color: string): boolean {
  return transparentColorKept(color);
}
// (every element's colour is asked on a page whose style sheets cannot be read, and a page draws in a few colours:
// the answer kept per string, not parsed again — 21 ms of a 500-row Tencent list's first read in Chromium)
const transparentColorKept = memoized((color: string) => isTransparentColor(color), 200, 500);

function isTransparentColor(color: string): boolean {
  const t = color.trim().toLowerCase();
  if (t === 'transparent') return true;
  if (/^#(?:[0-9a-f]{3}0|[0-9a-f]{6}00)$/.test(t)) return true;
  const m = /^(?:rgba?|hsla?)\((.*)\)$/.exec(t);
  if (!m) return false;
  const parts = (m[1] ?? '').split(/\s*[,/]\s*|\s+/).filter((x) => x !== '');
  return parts.length === 4 && /^0*(?:\.0*)?%?$/.test(parts[3] ?? '');
}

/** Elements with text of their own inside a transparent-text box whose colours are looked at, at most (beyond: judged drawn). */
const TRANSPARENT_TEXT_DESCENDANTS = 60;
/** Elements inside such a box walked through to find them, at most (beyond: judged drawn). */
const TRANSPARENT_TEXT_WALK = 2000;

/**
 * Text drawn in a transparent colour: stale values kept under a shimmer box while a region reloads
 * (`color: transparent` over a gradient background). Not when the text is drawn another way (a gradient
 * clipped to the text, a shadow, a fill colour of its own), nor when an element inside with text of its own
 * sets a colour again (a link keeps its own) or is SVG text filled (SVG text is drawn by its `fill`, black
 * unless set): then the box shows that much. Icons and wrappers without text are not looked at.
 */
function transparentText(el: Element, v: (k: keyof StyleLike) => string): boolean {
  if (!transparentColor(v('color'))) return false;
  if (/text/.test(v('backgroundClip')) || /text/.test(v('webkitBackgroundClip'))) return false;
  const shadow = v('textShadow');
  if (shadow !== '' && shadow !== 'none') return false;
  const fill = v('webkitTextFillColor');
  if (fill !== '' && fill !== 'currentcolor' && !transparentColor(fill)) return false;
  const inside = el.getElementsByTagName('*');
  if (inside.length > TRANSPARENT_TEXT_WALK) return false;
  const view = el.ownerDocument.defaultView!;
  let looked = 0;
  for (let i = 0; i < inside.length; i++) {
    const d = inside[i] as Element;
    if (!hasOwnText(d)) continue;
    if (++looked > TRANSPARENT_TEXT_DESCENDANTS) return false;
    const cs = view.getComputedStyle(d);
    if (SVG_TEXT.has(upperTag(d))) {
      if (!svgFillTransparent(d, String(cs.fill ?? '').trim())) return false;
      continue;
    }
    if (!transparentColor(String(cs.color ?? ''))) return false;
  }
  return true;
}

const SVG_TEXT = new Set(['TEXT', 'TSPAN', 'TEXTPATH']);

/**
 * Whether SVG text `d` (computed fill `computed`, '' when not given) is filled with nothing: `none`, a
 * transparent colour, or `currentColor` (the transparent colour of the box). Its own or its nearest SVG
 * ancestor's fill attribute when no rule sets one; black, drawn, when none does.
 */
function svgFillTransparent(d: Element, computed: string): boolean {
  let fill = computed.toLowerCase();
  for (let e: Element | null = d; fill === '' && e; e = upperTag(e) === 'SVG' ? null : e.parentElement) fill = (e.getAttribute('fill') ?? '').trim().toLowerCase();
  if (fill === '' || fill === 'black') return false;
  return fill === 'none' || fill === 'currentcolor' || transparentColor(fill);
}

const NOT_BLANK_TEXT = /\S/;

/**
 * CAROUSELS. A track of slides side by side (a flex row) moved by a translate its script writes inline
 * (`style="transform: translateX(-100%)"`, `translate3d(-1280px, 0, 0)`) inside a box that clips its overflow
 * (the viewport, up to two levels up): only the slides the viewport's window falls on are drawn. Lengths are
 * taken in the viewport's width: a browser computes px (the translate as a matrix); happy-dom gives the
 * declared values (% of the track's own width for the translate, of the track for a slide's flex-basis or
 * width). Any length that cannot be placed (px with no px width for the viewport, `auto`, a calc) and the
 * track is left alone. Per cache: each track's hidden slides (null: no such track).
 */
const TRACK_TRANSLATE = /translate|matrix/i;
const tracksByCache = new WeakMap<VisibilityCache, WeakMap<Element, ReadonlySet<Element> | null>>();

function offTrackSlide(el: Element, parent: Element, cache: VisibilityCache | undefined): boolean {
  // (asked of every element a walk looks at, about its parent: the parent's answer is kept per read, for its other children)
  let byParent = cache ? tracksByCache.get(cache) : undefined;
  if (cache && !byParent) tracksByCache.set(cache, (byParent = new WeakMap()));
  let hidden = byParent?.get(parent);
  if (hidden === undefined) {
    hidden = trackSlides(parent, cache);
    byParent?.set(parent, hidden);
  }
  return hidden !== null && hidden.has(el);
}

/** The slides `parent` holds out of its viewport's window, when it is a track moved sideways (null: no such track). */
function trackSlides(parent: Element, cache: VisibilityCache | undefined): ReadonlySet<Element> | null {
  const inline = parent.hasAttribute('style');
  if (!inline) {
    // (a track a class rule moves: `.track.at-2 { transform: translateX(-200%) }`, its class among those rules')
    const moving = movingClasses(parent, cache);
    if (moving === undefined) return null;
    const cls = parent.getAttribute('class');
    if (!cls) return null;
    // (the same few class strings again and again: the answer kept with the string's info)
    const info = classInfo(cls);
    if (info.movesOf !== moving) {
      info.moves = cls.split(/\s+/).some((c) => c !== '' && moving.has(c));
      info.movesOf = moving;
    }
    if (!info.moves) return null;
  }
  return !inline || TRACK_TRANSLATE.test(parent.getAttribute('style') ?? '') ? offTrackSlides(parent) : null;
}

/** A rule's declarations that move its subject sideways by a translate (a transform, or the `translate` property). */
const TRANSLATING = /(?:^|[;{\s])(?:transform\s*:[^;]*(?:translatex\(|translate3d\(|translate\(|matrix)|translate\s*:\s*-)/i;
/** A selector for a passing state (hover, focus, a press): not the state a read sees. */
const PASSING_STATE = /:(?:hover|focus|focus-within|focus-visible|active)\b/i;
const movingByCache = new WeakMap<VisibilityCache, { doc: Document; classes: ReadonlySet<string> | undefined }>();

/**
 * The classes the page's style rules that translate their subject require of it (the first of each
 * subject's); undefined when no such rule names a class (nothing to look at). Per cache.
 */
function movingClasses(el: Element, cache: VisibilityCache | undefined): ReadonlySet<string> | undefined {
  const doc = el.ownerDocument;
  if (!cache || !doc) return undefined;
  let known = movingByCache.get(cache);
  if (!known || known.doc !== doc) {
    const classes = new Set<string>();
    // (the rules of a sheet of another origin cannot be read: those of the others are looked at)
    for (const r of ruleDigests(pageSheetsOf(doc, cache)).rules) {
      if (!TRANSLATING.test(r.decl)) continue;
      for (const sel of splitTopLevel(r.selector, ',')) {
        if (PASSING_STATE.test(sel)) continue;
        const need = subjectClasses(sel);
        if (need) classes.add(need[0] as string);
      }
    }
    known = { doc, classes: classes.size > 0 ? classes : undefined };
    movingByCache.set(cache, known);
  }
  return known.classes;
}

/** A length in viewport widths: px through `pxPerView`, % of `pctBase` (itself in viewport widths). */
function lengthInViews(text: string, pctBase: number | undefined, pxPerView: number | undefined): number | undefined {
  const t = text.trim();
  if (/^[-+]?0+(?:\.0*)?(?:px|%)?$/.test(t)) return 0;
  const pct = /^([-+]?\d*\.?\d+)%$/.exec(t);
  if (pct) return pctBase === undefined ? undefined : (Number(pct[1]) / 100) * pctBase;
  const px = /^([-+]?\d*\.?\d+)px$/.exec(t);
  if (px) return pxPerView === undefined || pxPerView === 0 ? undefined : Number(px[1]) / pxPerView;
  return undefined;
}

/**
 * A positioned box moved a viewport's width or more to the left by a transform a style rule gives it: a pre-rendered copy
 * parked off-screen (`.ssr-park { position: absolute; transform: translateX(-200vw) }`: round fifty-two's variants of the
 * SWAS and Lighthouse details read the clone's last-year expiry, invented). The declared vw (happy-dom), or the matrix's
 * px against the window's width with the box drawn wholly left of the window (a browser); a translate of less than a
 * viewport moves nothing out.
 */
function movedOffViewport(el: Element, transform: string, offsets: { left: string; top: string }): boolean {
  if (transform === '' || transform === 'none') return false;
  // (a track of slides moved to another: ./trackSlides says which of its slides is in its window, where it can)
  if (slideTrack(el)) return false;
  // (a viewport's height or more up, in vh — translateY(-200vh) —, or a declared translate of a thousand px or more to
  // the left or up, as an inline one already hides (FAR_TRANSFORM): happy-dom gives the declared function, a browser a
  // matrix, settled below by the box's place. Session 47's review: the clone parked so by a class rule was read, invented.
  // A box its left / top puts as far the other way is where they put it together: top 1300px and translateY(-1200px) is on
  // screen)
  const y = translateY(transform);
  if (y !== undefined && /^(-\d*\.?\d+)vh$/.test(y) && Number(y.slice(0, -2)) <= -100) return true;
  if (/^translate/i.test(transform.trim()) && !el.querySelector('tr, [role="row"]')) {
    const px = (v: string | undefined) => (v !== undefined && /^[-+]?\d*\.?\d+px$/.test(v.trim()) ? Number(v.trim().slice(0, -2)) : 0);
    const far = (v: string | undefined, offset: string) => v !== undefined && /^-\d*\.?\d+px$/.test(v) && px(v) + px(offset) <= -1000;
    if (far(translateX(transform), offsets.left) || far(y, offsets.top)) return true;
  }
  // (its own width or height or more to the left or up — translateX(-150%) — from a left / top of 0 or less: wholly out of
  // the window, happy-dom's declared %; session 48, a clone so parked was read, invented. A box centred by left 50% and
  // translateX(-50%) stays)
  const pct = (t: string | undefined, offset: string) => t !== undefined && /^-\d*\.?\d+%$/.test(t) && Number(t.slice(0, -1)) <= -100 && /^(?:-\d*\.?\d+px|0(?:px)?)$/.test(offset.trim());
  if (pct(translateX(transform), offsets.left) || pct(y, offsets.top)) return true;
  // (a browser's matrix: a ty past the window's height with the box drawn wholly above it)
  const pxY = y === undefined ? null : /^(-\d*\.?\d+)px$/.exec(y);
  const height = Number(el.ownerDocument.defaultView?.innerHeight ?? 0);
  if (pxY !== null && height > 0 && Number(pxY[1]) <= -height) {
    const box = el.getBoundingClientRect();
    if (box.height > 0 && box.bottom <= 0) return true;
  }
  const x = translateX(transform);
  if (x === undefined) return false;
  const vw = /^(-\d*\.?\d+)vw$/.exec(x);
  if (vw) return Number(vw[1]) <= -100;
  const px = /^(-\d*\.?\d+)px$/.exec(x);
  const width = Number(el.ownerDocument.defaultView?.innerWidth ?? 0);
  if (px === null || width <= 0 || Number(px[1]) > -width) return false;
  // (in px, only where the box is laid out and drawn wholly left of the window: a positioned track moved to its
  // second slide holds a slide on screen)
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.right <= 0;
}

/**
 * The transform that moves a box: its computed transform, else its `translate` property as a translate() (happy-dom gives
 * the declared `translate: 0 -200vh`, a browser `0px -1600px`), else an inline `-webkit-transform` (happy-dom drops it; a
 * browser computes it as the transform). Session 48: a clone parked by either was read (left open by session 47's review,
 * invented).
 */
function movingTransform(el: Element, v: (k: keyof StyleLike) => string): string {
  const transform = v('transform');
  if (transform !== '' && transform !== 'none') return transform;
  const translate = v('translate');
  if (translate !== '' && translate !== 'none') {
    const [x = '0px', y = '0px'] = translate.split(/\s+/);
    return `translate(${x}, ${y})`;
  }
  const webkit = /(?:^|;)\s*-webkit-transform\s*:\s*([^;]+)/i.exec(el.getAttribute('style') ?? '');
  return webkit ? webkit[1]!.replace(/!important/i, '').trim() : transform;
}

/**
 * A translate's length written as a calc() that only moves it further the same way (`calc(-100vw - 50px)`): its first
 * term, at least as far (session 48: a clone parked by such a calc was read, invented). Else the length as written.
 */
function calcLeast(t: string): string {
  const m = /^calc\(\s*(-\d*\.?\d+(?:px|vw|vh|%))((?:\s+-\s+\d*\.?\d+(?:px|vw|vh|%))*)\s*\)$/.exec(t.trim());
  return m ? m[1]! : t;
}

/**
 * A browser's matrix (`matrix(a, b, c, d, tx, ty)`, `matrix3d(… tx, ty, tz, 1)`): its translate on the x (0) or y (1) axis
 * in px, undefined when the matrix is cut short; null when `t` is no matrix.
 */
function matrixOffset(t: string, axis: 0 | 1): string | undefined | null {
  const m = /^matrix(3d)?\(([^)]*)\)$/.exec(t);
  if (!m) return null;
  const n = (m[2] ?? '').split(',').map((x) => x.trim());
  const v = m[1] ? n[12 + axis] : n[4 + axis];
  return v === undefined ? undefined : `${v}px`;
}

/** The x translate of a transform (a matrix's tx in px, or the first translate's x); undefined for any other function. */
function translateX(transform: string): string | undefined {
  const t = transform.trim().toLowerCase();
  const m = matrixOffset(t, 0);
  if (m !== null) return m;
  const f = /^translate(x|3d)?\(\s*(calc\([^()]*\)|[^,)\s]+)(?:\s*,\s*(?:calc\([^()]*\)|[^,)\s]+)){0,2}\s*\)$/.exec(t);
  return f ? calcLeast(f[2]!) : undefined;
}

/**
 * A track of slides: a box laid out as one flex row that does not wrap, inside a box clipping its overflow (up to two levels
 * up). Moved a viewport's width to the left it shows its second slide: never hidden whole (session 47's review: an H5
 * carousel of 100vw cards at translateX(-100vw) lost its shown card, missing).
 */
function slideTrack(el: Element): boolean {
  try {
    const view = el.ownerDocument.defaultView!;
    return trackViewport(el, view.getComputedStyle(el), view) !== null;
  } catch {
    return false;
  }
}

/**
 * The window of a track of slides (`track`'s computed style `cs`): when the track is laid out as one flex row that does
 * not wrap (a wrapping row puts what does not fit on the next line: no strip of slides), the nearest box up to two levels
 * up that clips its overflow; else null.
 */
function trackViewport(track: Element, cs: CSSStyleDeclaration, view: Window): Element | null {
  const display = String(cs.display ?? '').trim();
  if (display !== 'flex' && display !== 'inline-flex') return null;
  const direction = String(cs.flexDirection ?? '').trim();
  const wrap = String(cs.flexWrap ?? '').trim();
  if ((direction !== '' && direction !== 'row') || (wrap !== '' && wrap !== 'nowrap')) return null;
  for (let a = track.parentElement, i = 0; a && i < 2; a = a.parentElement, i++) {
    const acs = view.getComputedStyle(a);
    if (/hidden|clip/.test(`${String(acs.overflowX ?? '')} ${String(acs.overflow ?? '')}`)) return a;
  }
  return null;
}

/** The y translate of a transform (a matrix's ty in px, or a translateY / translate / translate3d's y); undefined for none. */
function translateY(transform: string): string | undefined {
  const t = transform.trim().toLowerCase();
  const m = matrixOffset(t, 1);
  if (m !== null) return m;
  const f =
    /^translatey\(\s*(calc\([^()]*\)|[^,)\s]+)\s*\)$/.exec(t) ??
    /^translate(?:3d)?\(\s*(?:calc\([^()]*\)|[^,)\s]+)\s*,\s*(calc\([^()]*\)|[^,)\s]+)(?:\s*,\s*[^,)\s]+)?\s*\)$/.exec(t);
  return f ? calcLeast(f[1]!) : undefined;
}

function offTrackSlides(track: Element): ReadonlySet<Element> | null {
  try {
    const view = track.ownerDocument.defaultView!;
    const cs = view.getComputedStyle(track);
    // the viewport: the nearest box up to two levels up that clips the one-line flex row's overflow
    const viewport = trackViewport(track, cs, view);
    if (!viewport) return null;
    const vw = /^(\d*\.?\d+)px$/.exec(String(view.getComputedStyle(viewport).width ?? '').trim());
    const pxPerView = vw ? Number(vw[1]) : undefined;
    const trackWidthText = String(cs.width ?? '').trim();
    const trackWidth = trackWidthText === '' || trackWidthText === 'auto' ? 1 : lengthInViews(trackWidthText, 1, pxPerView);
    if (trackWidth === undefined) return null;
    const transform = String(cs.transform ?? '').trim();
    // (a track its class rules move, at rest: its first slide in the window)
    const tx = transform === '' || transform === 'none' ? '0px' : translateX(transform);
    const shift = tx === undefined ? undefined : lengthInViews(tx, trackWidth, pxPerView);
    if (shift === undefined) return null;
    const gapText = String(cs.columnGap ?? '').trim();
    const gap = gapText === '' || gapText === 'normal' ? 0 : lengthInViews(gapText, trackWidth, pxPerView);
    if (gap === undefined) return null;
    const hidden = new Set<Element>();
    const from = -shift;
    let start = 0;
    for (let c = track.firstElementChild; c; c = c.nextElementSibling) {
      const ccs = view.getComputedStyle(c);
      if (String(ccs.display ?? '').trim() === 'none') continue;
      const basis = String(ccs.flexBasis ?? '').trim();
      const widthText = basis !== '' && basis !== 'auto' && basis !== 'content' ? basis : String(ccs.width ?? '').trim();
      // (a browser's computed width is the used one: it wins over a declared basis there)
      const width = lengthInViews(pxPerView !== undefined && /px$/.test(String(ccs.width ?? '')) ? String(ccs.width) : widthText, trackWidth, pxPerView);
      if (width === undefined || width <= 0) return null;
      const end = start + width;
      if (end <= from + 0.01 || start >= from + 1 - 0.01) hidden.add(c);
      start = end + gap;
    }
    return hidden.size > 0 ? hidden : null;
  } catch {
    return null;
  }
}

/** A child of a zero-size box (it inherits the size unless it sets one): hidden when its text is drawn at no size. */
function hiddenAtNoSize(el: Element): boolean {
  try {
    return drawnAtNoSize(el, String(el.ownerDocument.defaultView!.getComputedStyle(el).fontSize ?? ''));
  } catch {
    return false;
  }
}

/** Hidden by something other than display or visibility (opacity, a transform, a clip, a collapsed or far-off box). */
function hiddenOtherwise(el: Element, v: (k: keyof StyleLike) => string, display = v('display')): boolean {
  const opacity = v('opacity');
  if (opacity !== '' && Number(opacity) === 0) return true;
  if (v('contentVisibility') === 'hidden') return true;
  if (scaledToNothing(v('transform'))) return true;
  if (clippedToNothing(v('clipPath'))) return true;
  if (transparentText(el, v)) return true;
  if (drawnAtNoSize(el, v('fontSize'))) return true;
  if (indentedOut(el, v('textIndent'), display)) return true;
  const position = v('position');
  if (position === 'absolute' || position === 'fixed') {
    // Screen-reader-only text: clipped to nothing, 1px boxes, or pushed far off screen.
    if (clippedAsScreenReaderText(v('clip'), v('clipPath'))) return true;
    if (v('overflow').includes('hidden') && (isZeroish(v('width')) || isZeroish(v('height')))) return true;
    const far = (k: keyof StyleLike) => {
      const m = /^(-\d+(?:\.\d+)?)px$/.exec(v(k));
      return m !== null && Number(m[1]) <= -999;
    };
    if (far('left') || far('top')) return true;
    if (movedOffViewport(el, movingTransform(el, v), { left: v('left'), top: v('top') })) return true;
  } else if (display !== 'inline' && display !== 'contents' && !display.startsWith('table') && collapsedToNothing(v)) return true;
  else if ((display === 'grid' || display === 'inline-grid') && collapsedGrid(el, v('gridTemplateRows'), v('gridTemplateColumns'))) return true;
  return false;
}

/**
 * Text moved out of its box by a large negative text-indent (-9999px, -999em): the image-replacement way of
 * drawing an icon over a word kept for screen readers (`<i class="tc-15-icon icon-what">帮助</i>`). Only an
 * element holding text alone, in a translator's font boxes or in boxes that keep the indent (an icon's word; a
 * box inside that sets the indent back is drawn), and only a far indent: a hanging first line (-2em) moves the
 * text a little, on screen.
 */
function indentedOut(el: Element, indent: string, display: string): boolean {
  if (!farIndent(indent) || (el.textContent ?? '').trim() === '') return false;
  // its text alone, or in a translator's <font> boxes (inline: they draw nothing of the indent), or in boxes of
  // its own that all keep the indent they inherit (a wrapper, an icon's inner span): none sets it back
  if (!fontsOnly(el) && !innerKeepIndent(el)) return false;
  // text-indent moves the first line of a block container: an inline box's own indent moves nothing (its text is
  // drawn where it stands); it is moved out only as part of the line of a box indented out (its indent inherited)
  // (a DOM that computes no display for it, '': as its tag draws it)
  if (display !== 'inline' && (display !== '' || !INLINE_TAGS.has(upperTag(el)))) return true;
  try {
    const parent = el.parentElement;
    return parent !== null && farIndent(String(el.ownerDocument.defaultView!.getComputedStyle(parent).textIndent ?? ''));
  } catch {
    return false;
  }
}

/** Every box inside `el` (a few at most) keeps a far indent (inherited): none sets it back for its text. */
function innerKeepIndent(el: Element): boolean {
  const inner = el.getElementsByTagName('*');
  if (inner.length > 20) return false;
  try {
    const view = el.ownerDocument.defaultView!;
    for (const e of Array.from(inner)) if (!farIndent(String(view.getComputedStyle(e).textIndent ?? '').trim())) return false;
    return true;
  } catch {
    return false;
  }
}

function farIndent(indent: string): boolean {
  // (no pattern run for an indent not starting with a minus sign: most elements' "0px")
  if (indent.charCodeAt(0) !== 45 /* - */) return false;
  const m = /^(-\d+(?:\.\d+)?)(px|em|rem)$/.exec(indent);
  if (m === null) return false;
  return m[2] === 'px' ? Number(m[1]) <= -999 : Number(m[1]) <= -50;
}

/**
 * computedHidden's answers in the read in progress (a read session's read: ./read-session currentRead): an element
 * asked again in the same read — a cell's units walked once for its shown text and once more for a withheld value
 * (../tencent/common shownIp), with another word list — does not have its ~13 computed properties read again (on
 * a page whose style sheets cannot be read every element is asked: the 500-row Tencent CVM list, 19,846 asks of
 * 16,697 elements). The DOM does not change during a read; outside a session nothing is kept.
 */
let computedRead: object | undefined;
let computedAnswers = new WeakMap<Element, boolean>();

function computedHiddenInRead(el: Element, cache: VisibilityCache | undefined): boolean {
  const read = currentRead();
  if (read === undefined) return computedHidden(el, cache);
  if (read !== computedRead) {
    computedRead = read;
    computedAnswers = new WeakMap();
  }
  let known = computedAnswers.get(el);
  if (known === undefined) computedAnswers.set(el, (known = computedHidden(el, cache)));
  return known;
}

/**
 * Computed properties a browser lays the page out for when they are read through getComputedStyle (their resolved value
 * is the used one): in Chromium, reading one element's `transform` laid out the whole document — in the reader document's
 * copy of a 500-row Tencent CVM list 200–250 ms, most of a copy's cost (src/snapshot), when every element's transform
 * was `none`. Typed OM's computed value (computedStyleMap, no layout) says `none` first; any other value is read as before.
 */
const LAYOUT_DEPENDENT: ReadonlySet<string> = new Set(['transform', 'translate']);

type TypedStyle = { get(property: string): unknown };

/** The element's `transform` / `translate` is `none`, by its computed value (Typed OM); false where there is no Typed OM (happy-dom, Firefox). */
function untransformed(el: Element, property: string): boolean {
  const map = (el as unknown as { computedStyleMap?: () => TypedStyle }).computedStyleMap;
  if (typeof map !== 'function') return false;
  try {
    return String(map.call(el).get(property)) === 'none';
  } catch {
    return false;
  }
}

function computedHidden(el: Element, cache?: VisibilityCache): boolean {
  try {
    // (no window or no getComputedStyle, as in a bare DOM: the call throws, nothing is hidden)
    const cs = el.ownerDocument.defaultView!.getComputedStyle(el) as unknown as Record<keyof StyleLike, unknown>;
    const v = (k: keyof StyleLike) => (LAYOUT_DEPENDENT.has(k) && untransformed(el, k) ? 'none' : String(cs[k] ?? '').trim());
    const display = v('display');
    if (display === 'none') return true;
    const visibility = v('visibility');
    if (visibility === 'collapse') return true;
    if (visibility === 'hidden') return !visibilityShell(el, v, cache);
    if (everNoted.shells) SHELLS.delete(el);
    // (the display just read passed on: one computed property read less per element)
    return hiddenOtherwise(el, v, display);
  } catch {
    // no computed style: the attributes decided
  }
  return false;
}

/** `value` escaped for a quoted attribute selector (`[aria-controls~="…"]`). */
function attributeValue(value: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function' ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}

function collapsedByTrigger(el: Element): boolean {
  const id = el.getAttribute('id');
  if (!id) return false;
  try {
    const safe = attributeValue(id);
    return el.ownerDocument.querySelector(`[aria-controls~="${safe}"][aria-expanded="false"], [aria-owns~="${safe}"][aria-expanded="false"]`) !== null;
  } catch {
    return false;
  }
}

/**
 * Per cache: each table's columns that its `<col>` / `<colgroup>` elements collapse (`visibility:
 * collapse`, inline or from a style sheet: a column chooser hiding a column), null when none. A browser
 * draws no cell of such a column, yet the cells' own computed styles say visible.
 */
const collapsedColumnsByCache = new WeakMap<VisibilityCache, WeakMap<Element, ReadonlySet<number> | null>>();

function colCollapsed(col: Element, cache: VisibilityCache | undefined): boolean {
  const style = (col.getAttribute('style') ?? '').toLowerCase();
  if (/(?:^|;)\s*visibility\s*:\s*collapse\b/.test(style)) return true;
  // a computed style only where a style rule may collapse it (in happy-dom a col's first computed
  // style costs the page's cascade: a 500-row read took twice as long), or where the rules are unknown
  const cls = col.getAttribute('class') ?? '';
  if (!mayBeStyleHidden(col, cache, upperTag(col), cls, col.getAttribute('id') ?? '', cls !== '' ? classInfo(cls) : undefined, undefined)) return false;
  try {
    return String(col.ownerDocument.defaultView!.getComputedStyle(col).visibility ?? '').trim() === 'collapse';
  } catch {
    return false;
  }
}

function collapsedColumns(table: Element, cache: VisibilityCache | undefined): ReadonlySet<number> | null {
  let byTable = cache ? collapsedColumnsByCache.get(cache) : undefined;
  if (cache && !byTable) collapsedColumnsByCache.set(cache, (byTable = new WeakMap()));
  const known = byTable?.get(table);
  if (known !== undefined) return known;
  let out: Set<number> | null = null;
  let index = 0;
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const tag = upperTag(c);
    if (tag !== 'COLGROUP' && tag !== 'COL') continue;
    const cols = tag === 'COL' ? [c] : Array.from(c.children).filter((x) => upperTag(x) === 'COL');
    const groupCollapsed = tag === 'COLGROUP' && colCollapsed(c, cache);
    if (cols.length === 0) {
      const n = span(c, 'span');
      if (groupCollapsed) for (let i = 0; i < n; i++) (out ??= new Set()).add(index + i);
      index += n;
      continue;
    }
    for (const col of cols) {
      const n = span(col, 'span');
      if (groupCollapsed || colCollapsed(col, cache)) for (let i = 0; i < n; i++) (out ??= new Set()).add(index + i);
      index += n;
    }
  }
  byTable?.set(table, out);
  return out;
}

/**
 * Forgets what `cache` holds of `table`'s columns (which it collapses, where its cells start): its
 * `<col>` / `<colgroup>` changed (./read-session, which drops the table's cells from the cache too).
 */
export function forgetTableColumns(cache: VisibilityCache, table: Element): void {
  collapsedColumnsByCache.get(cache)?.delete(table);
  cellColumnsByCache.get(cache)?.delete(table);
}

/**
 * Forgets what `cache` holds of `el` as a box of others besides its own visibility (./read-session drops it with
 * that): the slides it moves as a carousel's track (offTrackSlide), the columns it collapses as a table. A change to
 * it — its own style, or a rule of its siblings' or ancestors' (`.at-2 ~ .track`, `.narrow col.c3`) — changes those.
 */
export function forgetBoxOf(cache: VisibilityCache, el: Element): void {
  tracksByCache.get(cache)?.delete(el);
  if (upperTag(el) === 'TABLE') forgetTableColumns(cache, el);
}

/**
 * Per cache: the column each cell of a table with collapsed columns AND row spans starts at (a row
 * entered by a row span from above starts past it), made once per table and again when a cell is
 * not in it (rows added). undefined in the map: the table has no row span (each row places its own cells).
 */
const cellColumnsByCache = new WeakMap<VisibilityCache, WeakMap<Element, Map<Element, number> | undefined>>();

function cellColumns(table: Element): Map<Element, number> {
  const out = new Map<Element, number>();
  const rowsOf = (box: Element) => Array.from(box.children).filter((r) => upperTag(r) === 'TR');
  // each section lays out its own rows (a row span stops at its section's end); rows straight in the table too
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const tag = upperTag(c);
    if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') placeCells(rowsOf(c), out);
  }
  return placeCells(rowsOf(table), out);
}

/** The column `cell` of `row` starts at: its row's earlier cells' colspans, and the row spans entering the row. */
function columnOf(cell: Element, row: Element, table: Element, cache: VisibilityCache | undefined): number {
  let byTable = cache ? cellColumnsByCache.get(cache) : undefined;
  if (cache && !byTable) cellColumnsByCache.set(cache, (byTable = new WeakMap()));
  let columns = byTable?.get(table);
  if (!byTable?.has(table)) {
    columns = table.querySelector('td[rowspan], th[rowspan]') ? cellColumns(table) : undefined;
    byTable?.set(table, columns);
  }
  if (columns) {
    let at = columns.get(cell);
    if (at === undefined) {
      columns = cellColumns(table);
      byTable?.set(table, columns);
      at = columns.get(cell);
    }
    if (at !== undefined) return at;
  }
  let index = 0;
  for (let c = row.firstElementChild; c && c !== cell; c = c.nextElementSibling) index += span(c, 'colspan');
  return index;
}

/** A table cell in a column its table collapses (see collapsedColumns); columnOf places it. */
function inCollapsedColumn(cell: Element, row: Element, cache: VisibilityCache | undefined): boolean {
  const section = row.parentElement;
  const table = section && upperTag(section) === 'TABLE' ? section : section?.parentElement;
  if (!table || upperTag(table) !== 'TABLE') return false;
  const collapsed = collapsedColumns(table, cache);
  if (!collapsed) return false;
  const index = columnOf(cell, row, table, cache);
  const n = span(cell, 'colspan');
  for (let i = 0; i < n; i++) if (!collapsed.has(index + i)) return false;
  return true;
}

/**
 * True when this element itself (ignoring its ancestors) hides its content from the user. With a
 * cache, computed styles are read only for elements a style rule may hide (see hidingRules): the
 * document's rules, and `scope`'s: hidingScope of the shadow root `el` is in, if it is (the caller
 * knows: no look up the tree for the light DOM's elements).
 */
export function isSelfHidden(el: Element, cache?: VisibilityCache, scope?: HidingScope): boolean {
  try {
    const parent = el.parentElement;
    return selfHidden(el, upperTag(el), parent ? upperTag(parent) : '', parent, cache, undefined, scope);
  } catch {
    return false;
  }
}

/** The role and class attributes selfHidden read (`read`: false when it stopped before reading them). */
export interface ElementAttrs {
  read: boolean;
  role: string | null;
  cls: string;
  /** classInfo(cls) when cls is not empty. */
  info: ClassInfo | undefined;
  /** The style attribute ('' when none). */
  style?: string;
}

/**
 * isSelfHidden for a walk that already knows the element's upper-case tag and its parent's
 * (visibleText's top-down walk): saves two DOM reads per element.
 */
export function selfHidden(el: Element, tag: string, parentTag: string, parent: Element | null, cache?: VisibilityCache, attrs?: ElementAttrs, scope?: HidingScope): boolean {
  if (attrs) {
    attrs.read = false;
    attrs.role = null;
  }
  try {
    if (NEVER_RENDERED.has(tag)) return true;
    if ((tag === 'TD' || tag === 'TH') && parentTag === 'TR' && parent && inCollapsedColumn(el, parent, cache)) return true;
    if (parentTag === 'DETAILS' && parent && tag !== 'SUMMARY' && !parent.hasAttribute('open')) return true;
    if (tag === 'DIALOG' && !el.hasAttribute('open')) return true;
    if (parent && offTrackSlide(el, parent, cache)) return true;
    // One pass over the attribute names (most elements carry only a class). Not `el.attributes`:
    // it builds Attr objects (a Proxy per element in happy-dom), ~5× slower on a fresh document.
    // hasAttributes() is nearly free everywhere; getAttributeNames() allocates an array.
    const names = el.hasAttributes() ? el.getAttributeNames() : NO_NAMES;
    let role = '';
    let style = '';
    let classAttr = '';
    let idAttr = '';
    let dataState = '';
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      switch (name) {
        case 'hidden':
          if (!shownDespiteHidden(el, cache)) return true;
          break;
        case 'aria-hidden':
          // (not with `inert`: a modal's background, out of reach but on screen; its styles decide;
          // nor a child of <body> beside an open modal dialog: the app root a modal library hides from
          // screen readers while the modal is open, as react-modal and the aria-hidden package do)
          if (el.getAttribute(name) === 'true' && !el.hasAttribute('inert') && !besideOpenModal(el, parent, cache) && !drawsHiddenSelect(el, parent, cache) && !restatedForScreenReaders(el, parent)) return true;
          break;
        case 'type':
          if (tag === 'INPUT' && (el.getAttribute(name) ?? '').toLowerCase() === 'hidden') return true;
          break;
        case 'role': {
          const raw = el.getAttribute(name);
          if (attrs) attrs.role = raw;
          role = raw ?? '';
          if (ROLE_TO_FOLD.test(role)) role = role.trim().toLowerCase();
          // Tooltip text is help, never a fact on the page.
          if (role === 'tooltip') return true;
          break;
        }
        case 'popover': {
          let open = false;
          try {
            open = el.matches(':popover-open');
          } catch {
            open = false;
          }
          if (!open) return true;
          break;
        }
        case 'data-immersive-translate-translation-element-mark':
          // A bilingual translation extension's copy inserted after the original text (Immersive
          // Translate / 沉浸式翻译 marks each element it adds): drawn, but the tool's rendering of the
          // text before it, never the console's value — as tooltip text is help.
          return true;
        case 'data-state':
          // Only an overlay's own state counts: triggers and accordion headers say "closed" too.
          dataState = (el.getAttribute(name) ?? '').toLowerCase();
          break;
        case 'style':
          style = el.getAttribute(name) ?? '';
          break;
        case 'class':
          classAttr = el.getAttribute(name) ?? '';
          break;
        case 'id':
          idAttr = el.getAttribute(name) ?? '';
          break;
        default:
          break;
      }
    }
    const info = classAttr !== '' ? classInfo(classAttr) : undefined;
    if (attrs) {
      // the caller's walk needs the same attributes next: no second read
      attrs.cls = classAttr;
      attrs.info = info;
      attrs.style = style;
      attrs.read = true;
    }
    if (role !== '' && OVERLAY_ROLES.has(role)) {
      if (dataState === 'closed' || dataState === 'hidden') return true;
      if (collapsedByTrigger(el)) return true;
    }
    // a tab panel its own tab says is not the one shown (unselectedTabPanel)
    if (role === 'tabpanel' && unselectedTabPanel(el, idAttr)) return true;
    if (info !== undefined && (info.srOnly || (info.srLeaf && fontsOnly(el)) || (info.ligature && ligatureIcon(el)))) return true;
    // an icon font's glyph written as a character of its own (iconfont.cn's `<i class="iconfont">&#xe60c;</i>`)
    if (info !== undefined && glyphIcon(el, classAttr)) return true;
    // a glyph's name drawn in an icon ligature font the page sets by a class of its own, or inline
    if (el.firstElementChild === null && LIGATURE_NAME.test(el.textContent ?? '') && drawnInIconFont(el, style, sheetsNameIconFont(pageSheetsOf(el.ownerDocument, cache)))) return true;
    if (info?.tip && tipLayer(el, info.tip)) return true;
    // inside a visibility shell: drawn only where visibility is set back to visible
    if (parent && isVisibilityShell(parent) && hiddenInShell(el, cache)) return true;
    // in the 0fr row track of a grid whose other children are drawn in auto rows
    if (IN_ZERO_TRACK.has(el) && parent && stillInZeroTrack(el, parent)) return true;
    // inside a box at font-size: 0: its text is drawn at no size unless it sets a size again
    if (parent && ZERO_FONT_BOXES.has(parent) && hiddenAtNoSize(el)) return true;
    // (a shell goes on to the checks below: moved far off by a transform, say)
    if (style !== '' && inlineHidden(style) && !(INLINE_VISIBILITY_ONLY(style) && computedHiddenInRead(el, cache) === false && SHELLS.has(el))) return true;
    // moved far off by a transform: a recycling list's pooled row (translateY(-9999px)), off-screen text;
    // not a box holding rows (a list's content scrolled by a transform: its rows are on screen)
    if (style !== '' && FAR_TRANSFORM.test(style) && !el.querySelector('tr, [role="row"]')) return true;
    // (… unless it is a track of slides a viewport wide moved to its second: ./trackSlides hides the slides out of its window —
    // session 47's review: an H5 carousel of 100vw cards at translateX(-100vw) lost its shown card, missing)
    if (style !== '' && OFF_VIEWPORT_TRANSFORM.test(style) && !slideTrack(el)) return true;
    // Inline styles that may hide (off-screen, clipped, 1px boxes) are settled by the computed style.
    if (style !== '' && HIDING_DECLARATION.test(style)) return computedHiddenInRead(el, cache);
    return mayBeStyleHidden(el, cache, tag, classAttr, idAttr, info, scope) && computedHiddenInRead(el, cache);
  } catch {
    return false;
  }
}

/**
 * A tab panel its tab says is not shown: the `role=tab` it is labelled by (its aria-labelledby) or that controls it
 * (aria-controls naming its id) is `aria-selected="false"`, and another tab of the tablist is `aria-selected="true"`. The
 * sheet hides such a panel (display: none, height 0, content-visibility: hidden …); read without it — a page saved as
 * HTML only — the inactive 全部服务器 panel's stale rows were read over the shown panel's (held-out × stylesheet-removed,
 * session 49: a SWAS list's expiry and bandwidth, a Lighthouse detail's region and dates, invented). A tab with no
 * aria-selected, or a tablist marking none, says nothing.
 */
function unselectedTabPanel(el: Element, id: string): boolean {
  const doc = el.ownerDocument;
  let tab: Element | null = null;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const ref of labelledBy.trim().split(/\s+/)) {
      const t = doc.getElementById(ref);
      if (t && t.getAttribute('role') === 'tab') {
        tab = t;
        break;
      }
    }
  }
  // (one query that stops at the tab — before its panel, as tab bars are — not a list of every tab of the page)
  if (!tab && id !== '') {
    try {
      tab = doc.querySelector(`[role="tab"][aria-controls~="${attributeValue(id)}"]`);
    } catch {
      return false;
    }
  }
  if (!tab || tab.getAttribute('aria-selected') !== 'false') return false;
  const list = tab.closest('[role="tablist"]') ?? tab.parentElement;
  return list !== null && list.querySelector('[role="tab"][aria-selected="true"]') !== null;
}

/**
 * The page behind an open modal dialog (`aria-modal="true"`, shown), hidden from screen readers by the modal
 * library but on screen: a child of <body> with a sibling that is, or holds, the modal; or a box deeper down
 * that holds the page's content (a heading, a landmark, a table, a form) with the modal outside it — the app
 * element react-modal is given (`#app > .layout`, its portal beside #app), the siblings of the modal's
 * ancestors the aria-hidden package hides at every level. A modal itself under aria-hidden does not count
 * (nor does it ask this again: no loop between two hidden boxes).
 */
function besideOpenModal(el: Element, parent: Element | null, cache: VisibilityCache | undefined): boolean {
  if (!parent) return false;
  if (upperTag(parent) === 'BODY') {
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (s === el || s.getAttribute('aria-hidden') === 'true') continue;
      const modal = s.matches('[aria-modal="true"]') ? s : s.querySelector('[aria-modal="true"]');
      if (modal && isVisible(modal, cache)) return true;
    }
    return false;
  }
  // (the content test first: an aria-hidden icon, most of those a page has, holds none and costs no page query)
  if (el.querySelector(PAGE_CONTENT) === null) return false;
  for (const modal of Array.from(el.ownerDocument.querySelectorAll('[aria-modal="true"]'))) {
    if (el.contains(modal) || modal.contains(el) || modal.closest('[aria-hidden="true"]') !== null) continue;
    if (isVisible(modal, cache)) return true;
  }
  return false;
}

const squeeze = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();

/**
 * An aria-hidden box drawing the choice of a `<select>` beside it that the page hides visually (a custom-drawn
 * select over the native one, kept for forms and screen readers): hidden from screen readers, on screen. Its
 * whole text must be the select's chosen option, so it shows nothing the page's own control does not hold.
 */
function drawsHiddenSelect(el: Element, parent: Element | null, cache: VisibilityCache | undefined): boolean {
  if (!parent) return false;
  let text: string | undefined;
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (s === el || upperTag(s) !== 'SELECT' || s.hasAttribute('multiple')) continue;
    text ??= squeeze(el.textContent);
    if (text === '') return false;
    const chosen = Array.from((s as HTMLSelectElement).selectedOptions ?? []).map((o) => squeeze(o.textContent));
    for (const o of Array.from(s.querySelectorAll('option[selected]'))) chosen.push(squeeze(o.textContent));
    if (chosen.includes(text) && !isVisible(s, cache)) return true;
  }
  return false;
}

/** Screen-reader-only classes proper (SR_ONLY_CLASS without the hiding utilities it also holds: d-none, is-hidden, hide-text). */
const SCREEN_READER_CLASS = /(?:^|\s)(?:(?:[a-z0-9]+[-_])?(?:sr-only|visually-hidden|screen-reader-text|screen-reader-only)|sr_only|srOnly|visuallyhidden|visually_hidden|screenreader|screen-reader|a11y-hidden|assistive-text|hidden-accessible|u-hidden-visually)(?:\s|$)/;

/** `el` carries a screen-reader-only class proper (sr-only, visually-hidden, screen-reader-text …): hidden from sight, read aloud. */
export function screenReaderOnlyClass(el: Element): boolean {
  return SCREEN_READER_CLASS.test(el.getAttribute('class') ?? '');
}

/**
 * `el` is text for screen readers only: its class says so (screenReaderOnlyClass), or, the class hashed (antd 5
 * css-in-js, CSS modules), the page's style sheets draw it as such a class does — absolutely placed and clipped to
 * nothing (clip: rect(0 0 0 0), clip-path: inset(50%)) or a 1px box clipping its overflow. Held-out × class-names-hashed,
 * session 47: a SWAS detail's stat card (峰值带宽 over an aria-hidden 200 Mbps, its sr-only copy beside it) gave the next
 * card's title as the bandwidth's value, and lost it.
 */
export function screenReaderOnly(el: Element): boolean {
  if (SCREEN_READER_CLASS.test(el.getAttribute('class') ?? '')) return true;
  // (a control hidden so — a native <select> under a custom-drawn one — says its choice, not the text of all its
  // options: drawsHiddenSelect answers for it)
  if (/^(?:SELECT|INPUT|TEXTAREA|BUTTON)$/.test(upperTag(el)) || el.querySelector('select, textarea') !== null) return false;
  try {
    const st = el.ownerDocument.defaultView!.getComputedStyle(el);
    const position = String(st.position ?? '');
    if (position !== 'absolute' && position !== 'fixed') return false;
    if (clippedAsScreenReaderText(String(st.clip ?? ''), String(st.clipPath ?? ''))) return true;
    // (not text placed far off, left: -9999px: any box parked so — a clone, a measuring copy — would restate a figure;
    // session 48 tried it, and Chromium showed an aria-hidden box beside such a copy)
    return /hidden|clip/.test(String(st.overflow ?? '')) && isZeroish(String(st.width ?? '')) && isZeroish(String(st.height ?? ''));
  } catch {
    return false;
  }
}

/**
 * An aria-hidden box drawing large what a screen-reader-only sibling says in words — a stat card's figure
 * `<div aria-hidden="true">200<small>Mbps</small></div><span class="sr-only">峰值带宽 200 Mbps</span>`: one text
 * given twice, its visual half on screen (hidden from screen readers only because the sibling says it). Its
 * whole text (spaces aside, a letter or digit in it, short) must be in the sibling's.
 */
function restatedForScreenReaders(el: Element, parent: Element | null): boolean {
  if (!parent) return false;
  const own = (el.textContent ?? '').replace(/\s+/g, '');
  if (own === '' || own.length > 40 || !/[\p{L}\p{N}]/u.test(own)) return false;
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (s === el || s.getAttribute('aria-hidden') === 'true') continue;
    if ((s.textContent ?? '').replace(/\s+/g, '').includes(own) && screenReaderOnly(s)) return true;
  }
  return restatedBesideRow(el, parent);
}

/**
 * A row of stat cards, each aria-hidden, whose words a screen-reader-only sibling of the row says in one sentence
 * (`<div class="stats"><div aria-hidden="true"><b>6</b> Mbps · 峰值带宽</div>…</div><p class="sr-only">峰值带宽 6 Mbps；…</p>`,
 * round forty-nine): each card's figures and words — every piece of its text, its separators apart — are in that
 * sentence. The row holds aria-hidden cards only.
 */
function restatedBesideRow(el: Element, row: Element): boolean {
  const outer = row.parentElement;
  if (!outer || row.getAttribute('aria-hidden') === 'true') return false;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (c.getAttribute('aria-hidden') !== 'true') return false;
  const pieces: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) pieces.push(...(n.nodeValue ?? '').split(/[\s·•|｜/]+/).filter((p) => /[\p{L}\p{N}]/u.test(p)));
  if (pieces.length === 0) return false;
  for (let s = outer.firstElementChild; s; s = s.nextElementSibling) {
    if (s === row || s.getAttribute('aria-hidden') === 'true') continue;
    const said = (s.textContent ?? '').replace(/\s+/g, '');
    if (pieces.every((p) => said.includes(p)) && screenReaderOnly(s)) return true;
  }
  return false;
}

/** What a box of the page's content holds (an icon, a visual copy of a word, holds none). */
const PAGE_CONTENT = 'main, [role="main"], h1, h2, h3, h4, [role="heading"], table, [role="grid"], [role="table"], form, [role="form"], dl';

/**
 * False when `el` or an ancestor is hidden: `hidden`, `aria-hidden="true"` (not with `inert`), display:none,
 * visibility:hidden, opacity:0, screen-reader-only clipping, a tooltip, a closed popover / dialog /
 * <details>, or a menu / listbox / dialog that says data-state="closed" or whose trigger says
 * aria-expanded="false".
 */
export function isVisible(el: Element | null | undefined, cache?: VisibilityCache): boolean {
  if (!el) return false;
  try {
    if (cache) {
      // the common case: the element or its parent already decided (a row's cells, a cell's content)
      const known = cache.get(el);
      if (known !== undefined) return known !== false;
      const parent = el.parentElement;
      const up = parent ? cache.get(parent) : true;
      if (up !== undefined) {
        const visible = up !== false && !selfHidden(el, upperTag(el), parent ? upperTag(parent) : '', parent, cache);
        cache.set(el, visible);
        return visible;
      }
    }
    const path: Element[] = [];
    let node: Element | null = el;
    let result = true;
    while (node) {
      const known = cache?.get(node);
      if (known !== undefined) {
        result = known !== false;
        break;
      }
      path.push(node);
      node = node.parentElement;
    }
    // Judged from the top down (a child of a visibility shell is judged knowing its parent is one):
    // everything below a hidden node is hidden; everything below a visible one is as computed.
    for (let i = path.length - 1; i >= 0 && result; i--) {
      const p = path[i] as Element;
      if (isSelfHidden(p, cache)) result = false;
      else cache?.set(p, true);
      if (!result && cache) for (let j = i; j >= 0; j--) cache.set(path[j] as Element, false);
    }
    if (!result && cache) for (const p of path) if (cache.get(p) === undefined) cache.set(p, false);
    return result;
  } catch {
    return false;
  }
}
