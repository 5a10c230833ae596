import { placeCells, span } from './cell-span';
import { readSession } from './read-session';
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
const hidingRulesByCache = new WeakMap<VisibilityCache, { doc: Document; index: HidingIndex | null }>();

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
  /(?:^|[;{\s])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?:\.0*)?\s*(?:;|!|}|$)|clip(?:-path)?\s*:|content-visibility\s*:\s*hidden|(?:left|top)\s*:\s*-\d{3,}|(?:width|height)\s*:\s*[01](?:px)?\s*(?:;|!|}|$)|max-(?:width|height)\s*:\s*0(?:px)?\s*(?:;|!|}|$)|transform\s*:[^;}]*scale|grid-template-rows\s*:\s*0fr)/i;
const MAX_HIDING_RULES = 3000;

export interface RuleLike {
  selectorText?: string;
  style?: { cssText?: string };
  cssText?: string;
  cssRules?: ArrayLike<RuleLike>;
  styleSheet?: { cssRules?: ArrayLike<RuleLike> } | null;
}

function collectHidingSelectors(rules: ArrayLike<RuleLike>, out: string[], depth: number): boolean {
  if (depth > 8) return true;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!rule) continue;
    if (rule.cssRules && !rule.selectorText) {
      if (!collectHidingSelectors(rule.cssRules, out, depth + 1)) return false;
      continue;
    }
    if (rule.styleSheet) {
      let inner: ArrayLike<RuleLike> | undefined;
      try {
        inner = rule.styleSheet.cssRules;
      } catch {
        return false;
      }
      if (inner && !collectHidingSelectors(inner, out, depth + 1)) return false;
      continue;
    }
    const sel = rule.selectorText;
    if (!sel) continue;
    const decl = rule.style?.cssText ?? rule.cssText ?? '';
    if (!HIDING_DECLARATION.test(decl)) continue;
    out.push(sel);
    if (out.length > MAX_HIDING_RULES) return false;
  }
  return true;
}

/** Splits at top-level occurrences of any character in `seps` (outside () and []). */
function splitTopLevel(sel: string, seps: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sel.length; i++) {
    const c = sel[i] ?? '';
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && seps.includes(c)) {
      parts.push(sel.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(sel.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

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

type SheetLike = { cssRules?: ArrayLike<RuleLike> } | null;

export function pageSheets(doc: Document): SheetLike[] {
  const out: SheetLike[] = [];
  if (doc.head) sheetsUnder(doc.head, 1, out);
  if (doc.body) sheetsUnder(doc.body, 3, out);
  return out;
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

function hidingRules(sheets: SheetLike[]): HidingSelector[] | null {
  try {
    const selectors: string[] = [];
    for (const sheet of sheets) {
      if (!sheet) continue;
      let rules: ArrayLike<RuleLike> | undefined;
      try {
        rules = sheet.cssRules;
      } catch {
        return null; // a cross-origin sheet: cannot know, check every element
      }
      if (rules && !collectHidingSelectors(rules, selectors, 0)) return null;
    }
    const out: HidingSelector[] = [];
    for (const sel of selectors) {
      for (const part of splitTopLevel(sel, ',')) {
        // Pseudo-elements hide generated content only, never an element's own text.
        if (/::|:(?:before|after|first-line|first-letter|placeholder|selection|marker)\b/i.test(part)) continue;
        out.push(compileSelector(part));
      }
    }
    return out;
  } catch {
    return null;
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
    return el.matches(rule.selector);
  } catch {
    // A selector this DOM cannot evaluate: let the computed style decide.
    return true;
  }
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
    const rules = hidingRules(sheets);
    const index = rules ? indexRules(rules) : null;
    scopeIndexes.set(root, { sheets, counts, index });
    return { index };
  } catch {
    return { index: null };
  }
}

function mayBeStyleHidden(el: Element, cache: VisibilityCache | undefined, tag: string, classAttr: string, idAttr: string, info: ClassInfo | undefined, scope: HidingScope | undefined): boolean {
  if (!cache) return true;
  const doc = el.ownerDocument;
  if (!doc) return true;
  let entry = hidingRulesByCache.get(cache);
  if (!entry || entry.doc !== doc) {
    const rules = hidingRules(pageSheets(doc));
    entry = { doc, index: rules ? indexRules(rules) : null };
    hidingRulesByCache.set(cache, entry);
  }
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
 * A short library-prefixed `xx-sr` names screen-reader text only on an element without element children
 * (`<span class="dm-sr">帮助</span>`): as a wrapper's class (`a-sr` around a whole list) it is a name
 * of its own.
 */
const SHORT_SR_CLASS = /(?:^|\s)[a-z0-9]+[-_]sr(?:\s|$)/;

/**
 * What a class attribute says, kept per distinct value (a page repeats a few class strings on every
 * row): one look-up per element answers the sr-only test, the hiding-rule candidates and (units.ts)
 * the kind its class tokens give.
 */
export interface ClassInfo {
  srOnly: boolean;
  /** A short `xx-sr` class: screen-reader text on an element without element children. */
  srLeaf: boolean;
  /** Its classes that key selectors of the hiding index `hitsOf`. */
  hits: readonly string[] | undefined;
  hitsOf: HidingIndex | undefined;
  /** The unit kind its tokens give (./units): null for none, undefined until asked. */
  kind: UnitKind | null | undefined;
}

const classInfos = new Map<string, ClassInfo>();
export function classInfo(classAttr: string): ClassInfo {
  let info = classInfos.get(classAttr);
  if (info === undefined) {
    info = { srOnly: SR_ONLY_CLASS.test(classAttr), srLeaf: SHORT_SR_CLASS.test(classAttr), hits: undefined, hitsOf: undefined, kind: undefined };
    if (classInfos.size > 5000) classInfos.clear();
    classInfos.set(classAttr, info);
  }
  return info;
}

const FAR_TRANSFORM = /(?:^|;)\s*transform\s*:[^;]*translate(?:[xy]|3d)?\([^)]*-\d{4,}(?:\.\d+)?px/i;

function inlineHidden(style: string): boolean {
  if (style === '') return false;
  const s = style.toLowerCase();
  return (
    /(?:^|;)\s*display\s*:\s*none\b/.test(s) ||
    (!ignoringVisibility && /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b/.test(s)) ||
    /(?:^|;)\s*opacity\s*:\s*0(?:\.0*)?\s*(?:!important\s*)?(?:;|$)/.test(s) ||
    /(?:^|;)\s*content-visibility\s*:\s*hidden\b/.test(s) ||
    // screen-reader-only clipping written inline: clip: rect(0 0 0 0) / clip-path: inset(50%) / a 1px box
    (/(?:^|;)\s*position\s*:\s*(?:absolute|fixed)\b/.test(s) &&
      (/(?:^|;)\s*clip\s*:\s*rect\(\s*(?:(?:0|1px)(?:px)?[\s,]+){3}(?:0|1px)(?:px)?\s*\)/.test(s) ||
        /(?:^|;)\s*clip-path\s*:\s*inset\(\s*(?:50|100)%\s*\)/.test(s) ||
        (/(?:^|;)\s*width\s*:\s*(?:0|1px)\b/.test(s) && /(?:^|;)\s*height\s*:\s*(?:0|1px)\b/.test(s) && /overflow\s*:\s*hidden/.test(s))))
  );
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
  maxHeight?: string;
  maxWidth?: string;
  width?: string;
  height?: string;
  left?: string;
  top?: string;
  contentVisibility?: string;
  transform?: string;
  gridTemplateRows?: string;
}

const ZERO = /^(?:0|0px|-?0\.0*px)?$/;

/**
 * A box in the flow collapsed to no height (or no width) whose overflow is clipped: a closed accordion or an
 * inactive tab pane kept in the DOM (`height: 0; overflow: hidden`, or `max-height: 0; overflow: hidden`). Its padding on that axis must be 0 too
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
  // (a max-height / max-width of 0 caps the box as well: a collapsible closed by \`max-height: 0\`, opened by a transition)
  const flat = clipsY && (zero('height') || zero('maxHeight'));
  const thin = clipsX && (zero('width') || zero('maxWidth'));
  if (!flat && !thin) return false;
  if (Number(v('flexGrow')) > 0) return false;
  if (flat && ZERO.test(v('minHeight')) && ZERO.test(v('paddingTop')) && ZERO.test(v('paddingBottom'))) return true;
  return thin && ZERO.test(v('minWidth')) && ZERO.test(v('paddingLeft')) && ZERO.test(v('paddingRight'));
}

/**
 * A transform that flattens the box to a line or a point (a dropdown closed by `transform: scaleY(0)` or
 * `scale(0)`, opened by a transition to 1): a browser gives the matrix, happy-dom the declared functions.
 */
function flattened(t: string): boolean {
  if (t === '' || t === 'none') return false;
  const m = /^matrix\(([^)]*)\)$/.exec(t);
  if (m) {
    const [a = 1, b = 0, c = 0, d = 1] = (m[1] ?? '').split(',').map(Number);
    return a * d - b * c === 0;
  }
  const m3 = /^matrix3d\(([^)]*)\)$/.exec(t);
  if (m3) {
    const n = (m3[1] ?? '').split(',').map(Number);
    return (n[0] === 0 && n[1] === 0 && n[2] === 0) || (n[4] === 0 && n[5] === 0 && n[6] === 0);
  }
  for (const f of t.matchAll(/scale(X|Y|3d)?\(([^)]*)\)/g)) {
    const args = (f[2] ?? '').split(',').map((x) => parseFloat(x));
    if (args[0] === 0) return true;
    if ((f[1] === undefined || f[1] === '3d') && args[1] === 0) return true;
  }
  return false;
}

/**
 * A grid whose one row track is `0fr` (a collapsible animated by `grid-template-rows: 0fr` → `1fr`): its
 * children, clipping their overflow, get no height. A browser gives the track resolved ("0px"). Not when
 * padding still shows something, nor when a child does not clip (its content would show).
 */
function zeroRowGrid(el: Element, display: string, v: (k: keyof StyleLike) => string): boolean {
  if (display !== 'grid' && display !== 'inline-grid') return false;
  const rows = v('gridTemplateRows');
  if (rows !== '0fr' && rows !== '0px') return false;
  if (!ZERO.test(v('paddingTop')) || !ZERO.test(v('paddingBottom'))) return false;
  const kids = el.children;
  if (kids.length === 0) return false;
  for (let i = 0; i < kids.length; i++) {
    try {
      const cs = el.ownerDocument.defaultView!.getComputedStyle(kids[i] as Element);
      const o = String(cs.overflowY || cs.overflow || '');
      if (!o.includes('hidden') && !o.includes('clip')) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function computedHidden(el: Element): boolean {
  try {
    // (no window or no getComputedStyle, as in a bare DOM: the call throws, nothing is hidden)
    const cs = el.ownerDocument.defaultView!.getComputedStyle(el) as unknown as Record<keyof StyleLike, unknown>;
    const v = (k: keyof StyleLike) => String(cs[k] ?? '').trim();
    const display = v('display');
    if (display === 'none') return true;
    const visibility = ignoringVisibility ? '' : v('visibility');
    if (visibility === 'hidden' || visibility === 'collapse') return true;
    const opacity = v('opacity');
    if (opacity !== '' && Number(opacity) === 0) return true;
    if (v('contentVisibility') === 'hidden') return true;
    if (flattened(v('transform'))) return true;
    const position = v('position');
    if (position === 'absolute' || position === 'fixed') {
      // Screen-reader-only text: clipped to nothing, 1px boxes, or pushed far off screen.
      if (/^rect\((?:(?:0|0px|1px),?){3}(?:0|0px|1px)\)$/.test(v('clip').replace(/\s+/g, ''))) return true;
      const clipPath = v('clipPath').replace(/\s+/g, '');
      if (clipPath === 'inset(50%)' || clipPath === 'inset(100%)') return true;
      if (v('overflow').includes('hidden') && (isZeroish(v('width')) || isZeroish(v('height')))) return true;
      const far = (k: keyof StyleLike) => {
        const m = /^(-\d+(?:\.\d+)?)px$/.exec(v(k));
        return m !== null && Number(m[1]) <= -999;
      };
      if (far('left') || far('top')) return true;
    } else if (display !== 'inline' && display !== 'contents' && !display.startsWith('table') && (collapsedToNothing(v) || zeroRowGrid(el, display, v))) return true;
  } catch {
    // no computed style: the attributes decided
  }
  return false;
}

function collapsedByTrigger(el: Element): boolean {
  const id = el.getAttribute('id');
  if (!id) return false;
  try {
    const safe = typeof CSS !== 'undefined' && typeof CSS.escape === 'function' ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
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
}

/**
 * isSelfHidden for a walk that already knows the element's upper-case tag and its parent's
 * (visibleText's top-down walk): saves two DOM reads per element.
 */
export function selfHidden(el: Element, tag: string, parentTag: string, parent: Element | null, cache?: VisibilityCache, attrs?: ElementAttrs, scope?: HidingScope): boolean {
  const hidden = ownHidden(el, tag, parentTag, parent, cache, attrs, scope);
  if (cache === undefined || ignoringVisibility) return hidden;
  if (!hidden) {
    // (no see-through box found yet on any page: no look-up per shown element)
    if (seeThroughFound === 0 || parent === null) return false;
    const through = seeThroughByCache.get(cache);
    if (through === undefined || !through.has(parent)) return false;
    // below a see-through box its `visibility: hidden` is inherited, unless the element sets visible again
    if (computedVisibility(el) === 'visible') return false;
    return !seeThrough(el, tag, parentTag, parent, cache, attrs, scope);
  }
  return !seeThrough(el, tag, parentTag, parent, cache, attrs, scope);
}

/**
 * Per cache: boxes hidden by `visibility: hidden` alone (inherited or their own) that hold a descendant
 * setting `visibility: visible` again: a browser draws that descendant, in its place (a value revealed inside a
 * hidden wrapper beside its skeleton). Such a box counts as shown for the walk down to it, but its own text is
 * not drawn and its children are hidden unless they set `visible` again (selfHidden checks them; the text
 * walkers skip its own text nodes: isSeeThrough).
 */
const seeThroughByCache = new WeakMap<VisibilityCache, WeakSet<Element>>();

/** How many see-through boxes were recorded (any cache): none, the common case, costs shown elements nothing. */
let seeThroughFound = 0;

/** Set while an element is judged with its `visibility` left out (seeThrough: is it hidden otherwise?). */
let ignoringVisibility = false;

/** `el` is a see-through box (seeThroughByCache): its own text nodes are not drawn. */
export function isSeeThrough(el: Element, cache: VisibilityCache | undefined): boolean {
  if (cache === undefined) return false;
  const through = seeThroughByCache.get(cache);
  return through !== undefined && through.has(el);
}

function computedVisibility(el: Element): string {
  try {
    return String(el.ownerDocument.defaultView!.getComputedStyle(el).visibility ?? '').trim();
  } catch {
    return '';
  }
}

/**
 * Per cache: the selectors of the page's style rules that set `visibility: visible` (a list for
 * querySelector; '' for none; null when a style sheet cannot be read: any element may).
 */
const showingByCache = new WeakMap<VisibilityCache, { doc: Document; selector: string | null }>();

function collectShowing(rules: ArrayLike<RuleLike>, out: string[], depth: number): boolean {
  if (depth > 8) return true;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!rule) continue;
    if (rule.cssRules && !rule.selectorText) {
      if (!collectShowing(rule.cssRules, out, depth + 1)) return false;
      continue;
    }
    if (rule.styleSheet) {
      let inner: ArrayLike<RuleLike> | undefined;
      try {
        inner = rule.styleSheet.cssRules;
      } catch {
        return false;
      }
      if (inner && !collectShowing(inner, out, depth + 1)) return false;
      continue;
    }
    const sel = rule.selectorText;
    if (!sel || !/(?:^|[;{\s])visibility\s*:\s*visible\b/i.test(rule.style?.cssText ?? rule.cssText ?? '')) continue;
    for (const part of splitTopLevel(sel, ',')) if (!/::|:(?:before|after|first-line|first-letter|placeholder|selection|marker)\b/i.test(part)) out.push(part);
    if (out.length > MAX_HIDING_RULES) return false;
  }
  return true;
}

function showingSelector(doc: Document, cache: VisibilityCache): string | null {
  const known = showingByCache.get(cache);
  if (known && known.doc === doc) return known.selector;
  let selector: string | null = '';
  try {
    const out: string[] = [];
    for (const sheet of pageSheets(doc)) {
      if (!sheet) continue;
      let rules: ArrayLike<RuleLike> | undefined;
      try {
        rules = sheet.cssRules;
      } catch {
        selector = null;
        break;
      }
      if (rules && !collectShowing(rules, out, 0)) {
        selector = null;
        break;
      }
    }
    if (selector !== null) selector = out.join(', ');
  } catch {
    selector = null;
  }
  showingByCache.set(cache, { doc, selector });
  return selector;
}

/** A descendant of `el` whose computed visibility is `visible` while `el`'s is hidden: one a rule or its own style shows again. */
function reshownInside(el: Element, cache: VisibilityCache): boolean {
  const doc = el.ownerDocument;
  if (!doc) return false;
  const showing = showingSelector(doc, cache);
  let candidates: ArrayLike<Element>;
  try {
    // (style sheets unknown: any descendant may be shown again; the first ones are asked)
    candidates = el.querySelectorAll(showing === null ? '*' : showing === '' ? '[style*="visibility"]' : `${showing}, [style*="visibility"]`);
  } catch {
    return false;
  }
  const n = Math.min(candidates.length, 50);
  for (let i = 0; i < n; i++) if (computedVisibility(candidates[i] as Element) === 'visible') return true;
  return false;
}

/**
 * Is `el` (hidden by ownHidden, or below a see-through box) hidden by `visibility` alone, with a descendant
 * shown again? Then it is recorded as see-through (seeThroughByCache) and counts as shown.
 */
function seeThrough(el: Element, tag: string, parentTag: string, parent: Element | null, cache: VisibilityCache, attrs: ElementAttrs | undefined, scope: HidingScope | undefined): boolean {
  if (el.firstElementChild === null) return false;
  // (most pages set nothing visible again: no computed style is read then)
  if (showingSelector(el.ownerDocument, cache) === '' && el.querySelector('[style*="visibility"]') === null) return false;
  if (computedVisibility(el) !== 'hidden' || !reshownInside(el, cache)) return false;
  ignoringVisibility = true;
  let otherwise: boolean;
  try {
    otherwise = ownHidden(el, tag, parentTag, parent, cache, attrs, scope);
  } finally {
    ignoringVisibility = false;
  }
  if (otherwise) return false;
  let through = seeThroughByCache.get(cache);
  if (!through) seeThroughByCache.set(cache, (through = new WeakSet()));
  through.add(el);
  seeThroughFound++;
  return true;
}

function ownHidden(el: Element, tag: string, parentTag: string, parent: Element | null, cache?: VisibilityCache, attrs?: ElementAttrs, scope?: HidingScope): boolean {
  if (attrs) {
    attrs.read = false;
    attrs.role = null;
  }
  try {
    if (NEVER_RENDERED.has(tag)) return true;
    if ((tag === 'TD' || tag === 'TH') && parentTag === 'TR' && parent && inCollapsedColumn(el, parent, cache)) return true;
    if (parentTag === 'DETAILS' && parent && tag !== 'SUMMARY' && !parent.hasAttribute('open')) return true;
    if (tag === 'DIALOG' && !el.hasAttribute('open')) return true;
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
          return true;
        case 'aria-hidden':
          // (not with `inert`: a modal's background, out of reach but on screen; its styles decide)
          if (el.getAttribute(name) === 'true' && !el.hasAttribute('inert')) return true;
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
      attrs.read = true;
    }
    if (role !== '' && OVERLAY_ROLES.has(role)) {
      if (dataState === 'closed' || dataState === 'hidden') return true;
      if (collapsedByTrigger(el)) return true;
    }
    if (info !== undefined && (info.srOnly || (info.srLeaf && el.firstElementChild === null))) return true;
    if (style !== '' && inlineHidden(style)) return true;
    // moved far off by a transform: a recycling list's pooled row (translateY(-9999px)), off-screen text;
    // not a box holding rows (a list's content scrolled by a transform: its rows are on screen)
    if (style !== '' && FAR_TRANSFORM.test(style) && !el.querySelector('tr, [role="row"]')) return true;
    // Inline styles that may hide (off-screen, clipped, 1px boxes) are settled by the computed style.
    if (style !== '' && HIDING_DECLARATION.test(style)) return computedHidden(el);
    return mayBeStyleHidden(el, cache, tag, classAttr, idAttr, info, scope) && computedHidden(el);
  } catch {
    return false;
  }
}

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
      // (with a memo the path is judged top down, below: a box's children depend on whether it is see-through)
      if (!cache && isSelfHidden(node, cache)) {
        result = false;
        break;
      }
      node = node.parentElement;
    }
    if (!cache) return result;
    // Everything below a hidden node is hidden; everything below a visible one is as computed.
    let hiddenFrom = result ? -1 : path.length - 1;
    for (let i = path.length - 1; hiddenFrom < 0 && i >= 0; i--) {
      if (isSelfHidden(path[i] as Element, cache)) hiddenFrom = i;
      else cache.set(path[i] as Element, true);
    }
    for (let i = hiddenFrom; i >= 0; i--) cache.set(path[i] as Element, false);
    return hiddenFrom < 0;
  } catch {
    return false;
  }
}
