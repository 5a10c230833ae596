import { keepByText, ownerText, splitTopLevel, type RuleLike, type SheetLike } from './style-rules';
import { pageSheetsOf, upperTag, type VisibilityCache } from './visibility';

/**
 * Text a style rule draws from an element's own attributes: `.num::after { content: " " attr(data-unit) }`
 * after `<span class="num" data-unit="Mbps">10</span>` shows "10 Mbps"; `.status::after { content:
 * attr(data-status-text) }` on a status cell holding only an icon shows 已使用. What the browser draws there is
 * part of the element's shown text (units.ts, visible-text.ts put it before / after the element's own text).
 *
 * Only `content` made of quoted strings and `attr()` with at least one `attr()` counts: a string alone is an
 * icon font's glyph, a required mark or a colon — the page's look, no data. A cell's column label drawn by
 * `::before { content: attr(data-label) }` (a stacked table) is table.ts's label, not the cell's text. A rule
 * for a passing state (:hover, :focus: a tooltip drawn from `data-tip`) or one hiding what it draws
 * (display: none, visibility: hidden, opacity: 0, font-size: 0, transform: scale(0) — a tooltip grown on hover —, a
 * clip to nothing) draws nothing; where the browser computes the
 * pseudo-element's style, that decides (a later rule may hide it or set `content: none`).
 *
 * The rules are read once per sheet (kept while its rule count stays) and per visibility cache (one read's);
 * a page with none costs one look at each rule's `content`. With a sheet of another origin (the consoles load
 * theirs from a CDN: its rules cannot be read), an element carrying such attributes is asked for its pseudo-elements'
 * computed style once per read: a browser gives `attr()` resolved, so a drawn string is taken when it holds the
 * value of one of the element's own `data-*` or `title` attributes (not a data-label, nor the row keys and tracker
 * ids every box carries).
 * Pure; never throws.
 */

type Piece = { text: string } | { attr: string };
interface DrawnRule {
  /** The element part of the selector (without ::before / ::after). */
  element: string;
  pseudo: 'before' | 'after';
  /** What it draws; null: `content: none` / `normal` (an earlier rule's text undone); undefined: sets no content. */
  pieces: Piece[] | null | undefined;
  /** It hides what is drawn there (display: none, visibility: hidden, opacity: 0, font-size: 0, scale(0), a clip to nothing). */
  hides: boolean;
  /** It shows it again (visibility: visible, an opacity above 0), setting no content. */
  shows?: boolean;
  /** The media queries of the `@media` rules it is in: it applies where all match (the page's window decides, ./drawnRules). */
  media?: readonly string[];
}

const PSEUDO = /::?(before|after)\s*$/i;
const PASSING = /:(?:hover|focus|focus-within|focus-visible|active|checked)\b/i;
const HIDES = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)\s*(?:!important\s*)?(?:;|$)|font-size\s*:\s*0(?:px|em|rem)?\s*(?:!important\s*)?(?:;|$)|transform\s*:[^;]*\bscale[XY]?\(\s*0*\.?0*\s*[,)]|clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0|clip-path\s*:\s*inset\(\s*50%)/i;
/** A computed style drawing nothing a user sees: scaled to nothing (a tooltip's `transform: scale(0)` until hover) or clipped away. */
const COMPUTED_AWAY = (c: CSSStyleDeclaration): boolean =>
  /^matrix\(0, 0, 0, 0,/.test(String(c.transform ?? '')) || /^rect\(0px,? 0px,? 0px,? 0px\)$/.test(String(c.clip ?? '')) || /^inset\(50%\)$/.test(String(c.clipPath ?? ''));

/** A `content` value as pieces: quoted strings and attr(); undefined when it holds anything else or no attr(). */
export function contentPieces(value: string): Piece[] | null | undefined {
  const v = value.trim().replace(/\s*!important\s*$/i, '');
  if (/^(?:none|normal)$/i.test(v)) return null;
  const pieces: Piece[] = [];
  const token = /\s*(?:"([^"\\]*)"|'([^'\\]*)'|attr\(\s*([a-zA-Z][\w-]*)\s*\))\s*/y;
  let at = 0;
  while (at < v.length) {
    token.lastIndex = at;
    const m = token.exec(v);
    if (!m || m[0] === '') return undefined;
    at = token.lastIndex;
    if (m[3] !== undefined) pieces.push({ attr: m[3].toLowerCase() });
    else pieces.push({ text: m[1] ?? m[2] ?? '' });
  }
  return pieces.some((p) => 'attr' in p) ? pieces : undefined;
}

const bySheet = new WeakMap<object, { count: number; rules: DrawnRule[] }>();
/**
 * Big `<style>`s' rules by their text (./style-rules ownerText): each copy of a page the reader document makes holds the
 * console's fetched sheet anew (src/snapshot/inline-sheets), ~45 ms of collecting a copy for 8,000 rules. The rules carry
 * their `@media` queries; which apply is decided per page (drawnRules), not here.
 */
const byText = new Map<string, { count: number; rules: DrawnRule[] }>();

function collect(rules: ArrayLike<RuleLike & { media?: { mediaText?: string } }>, out: DrawnRule[], depth: number, media: readonly string[] | undefined): void {
  if (depth > 8) return;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!rule) continue;
    if (rule.styleSheet) {
      try {
        if (rule.styleSheet.cssRules) collect(rule.styleSheet.cssRules, out, depth + 1, media);
      } catch {
        // an imported sheet of another origin
      }
      continue;
    }
    if (!('selectorText' in rule)) {
      const query = rule.media?.mediaText;
      if (rule.cssRules) collect(rule.cssRules, out, depth + 1, query ? [...(media ?? []), query] : media);
      continue;
    }
    const style = rule.style;
    const prop = (name: string) => (typeof style?.getPropertyValue === 'function' ? style.getPropertyValue(name) : (new RegExp(`(?:^|;)\\s*${name}\\s*:([^;]*)`, 'i').exec(style?.cssText ?? '')?.[1] ?? ''));
    const content = prop('content');
    const pieces = content ? contentPieces(content) : undefined;
    // a rule hiding or showing generated content apart from the one drawing it (hint.css: `[class*=hint--]::after
    // { visibility: hidden; opacity: 0 }` beside `…::after { content: attr(aria-label) }`)
    const look = pieces === undefined ? `display:${prop('display')};visibility:${prop('visibility')};opacity:${prop('opacity')};font-size:${prop('font-size')};transform:${prop('transform')};clip:${prop('clip')};clip-path:${prop('clip-path')}` : '';
    const lookHides = look !== '' && HIDES.test(look);
    const lookShows = look !== '' && !lookHides && /visibility:visible|opacity:(?:0?\.\d*[1-9]|[1-9])/.test(look.replace(/\s+/g, ''));
    if (pieces === undefined && !lookHides && !lookShows) continue;
    const hides = pieces !== undefined ? HIDES.test(style?.cssText ?? '') : lookHides;
    for (const part of splitTopLevel(rule.selectorText ?? '', ',')) {
      const m = PSEUDO.exec(part);
      if (!m || PASSING.test(part)) continue;
      const pseudo = m[1]!.toLowerCase() as 'before' | 'after';
      // a stacked table's column label, drawn before each cell's value: table.ts reads it as the label
      if (pseudo === 'before' && pieces?.some((p) => 'attr' in p && p.attr === 'data-label')) continue;
      out.push({ element: part.replace(PSEUDO, '').trim() || '*', pseudo, pieces: pieces === undefined ? undefined : pieces, hides, shows: lookShows, ...(media ? { media } : {}) });
    }
  }
}

function sheetRules(sheet: NonNullable<SheetLike>): DrawnRule[] {
  let rules: ArrayLike<RuleLike> | undefined;
  try {
    rules = sheet.cssRules;
  } catch {
    return []; // a sheet of another origin
  }
  if (!rules) return [];
  const known = bySheet.get(sheet);
  if (known && known.count === rules.length) return known.rules;
  const text = ownerText(sheet);
  const same = text === undefined ? undefined : byText.get(text);
  if (same && same.count === rules.length) {
    bySheet.set(sheet, same);
    return same.rules;
  }
  const out: DrawnRule[] = [];
  try {
    collect(rules, out, 0, undefined);
  } catch {
    // partial
  }
  const entry = { count: rules.length, rules: out };
  bySheet.set(sheet, entry);
  if (text !== undefined) keepByText(byText, text, entry);
  return out;
}

/** Whether `query` matches in `win` (no window, or no matchMedia: it does, as a rule was taken before), asked once per page. */
function mediaMatcher(win: Window | null): (query: string) => boolean {
  const known = new Map<string, boolean>();
  return (query) => {
    let m = known.get(query);
    if (m === undefined) {
      try {
        m = win?.matchMedia?.(query).matches !== false;
      } catch {
        m = true;
      }
      known.set(query, m);
    }
    return m;
  };
}

interface PageRules {
  rules: DrawnRule[];
  /** A sheet of another origin (a CDN's): its rules cannot be read; the computed style is asked instead. */
  unreadable: boolean;
  /** The computed answers of this read (element → before / after), asked once each. */
  computed: WeakMap<Element, [string | undefined, string | undefined]>;
}

const byCache = new WeakMap<VisibilityCache, { doc: Document; page: PageRules }>();

function readable(sheet: NonNullable<SheetLike>): boolean {
  try {
    void sheet.cssRules;
    return true;
  } catch {
    return false;
  }
}

/** The last answer of drawnRules (asked for each element of a walk twice, before and after: no WeakMap look-up each time). */
let last: { cache: VisibilityCache; doc: Document; page: PageRules } | undefined;

function drawnRules(doc: Document, cache: VisibilityCache | undefined): PageRules {
  if (cache && last && last.cache === cache && last.doc === doc) return last.page;
  const known = cache ? byCache.get(cache) : undefined;
  if (known && known.doc === doc) {
    last = { cache: cache!, doc, page: known.page };
    return known.page;
  }
  let rules: DrawnRule[] = [];
  let unreadable = false;
  const matches = mediaMatcher(doc.defaultView);
  for (const sheet of pageSheetsOf(doc, cache)) {
    if (!sheet) continue;
    if (!readable(sheet)) unreadable = true;
    // (the rules of `@media` blocks that apply in this page's window)
    else for (const r of sheetRules(sheet)) if (!r.media || r.media.every(matches)) rules.push(r);
  }
  // (rules that only hide or show: none of the page's text without one drawing it)
  if (!rules.some((r) => r.pieces)) rules = [];
  const page: PageRules = { rules, unreadable, computed: new WeakMap() };
  if (cache) {
    byCache.set(cache, { doc, page });
    last = { cache, doc, page };
  }
  return page;
}

/** True when the page has a rule drawing attribute text, or sheets it cannot read (the check before asking for an element's). */
export function pageDrawsText(el: Element, cache: VisibilityCache | undefined): boolean {
  try {
    const page = el.ownerDocument ? drawnRules(el.ownerDocument, cache) : undefined;
    return page !== undefined && (page.rules.length > 0 || page.unreadable);
  } catch {
    return false;
  }
}

/**
 * Attributes a page draws text from: `data-*` (data-unit, data-status, data-tip …) and `title` — not its look or its
 * identity, and not the markup's own bookkeeping every row or box carries (antd's data-row-key, a tracker's
 * data-spm, test ids): with a sheet of another origin each candidate costs two computed-style calls.
 */
const DRAWN_FROM = /^(?:data-|title$)/;
const NOT_DRAWN = /^data-(?:label|spm|row-key|index|key|id|testid|test-id|track|reactroot|v-)/;

/**
 * With a sheet unreadable (another origin): the browser's computed content of the pseudo-element, when it is a
 * string that is the value of one of the element's own attributes (data-unit="Mbps" drawn " Mbps") — the browser
 * gives attr() resolved, so a string matching no attribute (an icon's glyph, a required mark) is the look.
 */
function computedDrawn(el: Element, pseudo: 'before' | 'after'): string {
  if (!el.hasAttributes()) return '';
  // (one pass, no array made for the many elements with no candidate: every element of a page whose sheets cannot be read is asked)
  let values: string[] | undefined;
  const names = el.getAttributeNames();
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (!DRAWN_FROM.test(n) || NOT_DRAWN.test(n) || (pseudo === 'before' && COLUMN_NAME_ATTRS.has(n))) continue;
    const v = (el.getAttribute(n) ?? '').trim();
    if (v !== '') (values ??= []).push(v);
  }
  if (values === undefined) return '';
  const computed = el.ownerDocument.defaultView?.getComputedStyle(el, `::${pseudo}`);
  if (!computed) return '';
  // The content first: a pseudo-element's computed style is resolved again for each property read (Chromium, ~2.3 µs
  // a read; an icon's `title` makes every copy / edit icon of a 500-row list a candidate) and most draw no string
  // holding a value: the look of what is drawn is asked only then (the same answer, a fifth of the reads).
  const text = computedContentText(String(computed.content ?? ''), el);
  if (text.trim() === '' || !values.some((v) => text.includes(v))) return '';
  if (computed.display === 'none' || computed.visibility === 'hidden' || computed.opacity === '0' || computed.fontSize === '0px' || COMPUTED_AWAY(computed)) return '';
  return text;
}

/**
 * A pseudo-element's computed `content` as the text it draws. Chromium gives attr() resolved (`" Mbps"`); Firefox
 * keeps the declared pieces (`" " attr(data-unit)`: session 58, an ECS detail's bandwidth "10" + `::after` " Mbps"
 * read without its unit in Firefox): those are resolved here against the element. Anything else (a counter, a url(),
 * none): ''.
 */
export function computedContentText(content: string, el: Element): string {
  const v = content.trim();
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(v);
  if (m) return m[1]!.replace(/\\(.)/g, '$1');
  const pieces = v.includes('attr(') ? contentPieces(v) : undefined;
  return pieces ? pieces.map((p) => ('attr' in p ? (el.getAttribute(p.attr) ?? '') : p.text)).join('') : '';
}

/** Attributes a stacked table's cells carry their column's name in (`td::before { content: attr(data-title) }`). */
const COLUMN_NAME_ATTRS = new Set(['data-label', 'data-title', 'data-th', 'data-column', 'data-col', 'data-header', 'data-heading']);
const squeeze = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();

/**
 * A table cell's `::before` drawing its column's name (a stacked table in a narrow window: each cell labelled
 * `域名所有者` before its value) — the label of the value, no part of it: the text names a column header of its
 * table, or every attribute it is drawn from is one cells name their column in.
 */
function drawsColumnName(el: Element, text: string, attrs: readonly string[] | undefined): boolean {
  const role = (el.getAttribute('role') ?? '').trim().toLowerCase();
  if (!/^T[DH]$/.test(upperTag(el)) && role !== 'cell' && role !== 'gridcell') return false;
  if (attrs && attrs.length > 0 && attrs.every((a) => COLUMN_NAME_ATTRS.has(a))) return true;
  const drawn = squeeze(text).replace(/\s*[:：]$/, '');
  if (drawn === '') return false;
  const table = el.closest('table, [role="table"], [role="grid"], [role="treegrid"]');
  if (!table) return false;
  for (const h of Array.from(table.querySelectorAll('th, [role="columnheader"]'))) if (h !== el && squeeze(h.textContent) === drawn) return true;
  return false;
}

/** The text a style rule draws `before` / `after` the element's own, '' for none. */
export function drawnText(el: Element, pseudo: 'before' | 'after', cache: VisibilityCache | undefined): string {
  const text = drawnTextOf(el, pseudo, cache);
  if (text === '' || pseudo !== 'before') return text;
  try {
    return drawsColumnName(el, text, undefined) ? '' : text;
  } catch {
    return text;
  }
}

function drawnTextOf(el: Element, pseudo: 'before' | 'after', cache: VisibilityCache | undefined): string {
  try {
    const doc = el.ownerDocument;
    const page = doc ? drawnRules(doc, cache) : undefined;
    if (!page) return '';
    const rules = page.rules;
    let pieces: Piece[] | null = null;
    let hides = false;
    // in order, a later rule over an earlier one (specificity is not weighed)
    for (const r of rules) {
      if (r.pseudo !== pseudo || !el.matches(r.element)) continue;
      if (r.pieces !== undefined) pieces = r.pieces;
      if (r.hides) hides = true;
      else if (r.shows) hides = false;
    }
    if (!pieces && !hides && page.unreadable) {
      if (!el.hasAttributes()) return '';
      let known = page.computed.get(el);
      // (set once per element: a WeakMap write for each of the ~44,000 asks of a 500-row list costs more than the answer)
      if (known === undefined) page.computed.set(el, (known = [undefined, undefined]));
      const at = pseudo === 'before' ? 0 : 1;
      known[at] ??= computedDrawn(el, pseudo);
      return known[at]!;
    }
    if (!pieces || hides) return '';
    if (pseudo === 'before' && drawsColumnName(el, ' ', pieces.flatMap((p) => ('attr' in p ? [p.attr] : [])))) return '';
    // where the browser computes the pseudo-element's style, it decides (a later rule's hiding, content: none)
    const computed = doc!.defaultView?.getComputedStyle(el, `::${pseudo}`);
    const content = computed ? String(computed.content ?? '') : '';
    if (content !== '') {
      if (/^(?:none|normal)$/i.test(content) || computed!.display === 'none' || computed!.visibility === 'hidden' || computed!.opacity === '0' || COMPUTED_AWAY(computed!)) return '';
    }
    return pieces.map((p) => ('attr' in p ? (el.getAttribute(p.attr) ?? '') : p.text)).join('');
  } catch {
    return '';
  }
}
