import { ruleDigests, splitTopLevel } from './style-rules';
import { subjectClasses } from './subject-classes';
import { pageSheetsOf, type VisibilityCache } from './visibility';

/**
 * Text struck through by CSS (`text-decoration: line-through`, `text-decoration-line: line-through`), by an
 * inline style or by a style rule of the page: drawn as <del> / <s> draw it, a value taken away (a change
 * form's old domain, an old price beside the new). units.ts takes it as <del>'s text: a note, never the value.
 *
 * The rules are read from the style-rule digests (./style-rules, once per sheet), their selectors kept per
 * visibility cache (one read's, or a read session's) and indexed by a class their subject requires; an
 * element's computed style is asked only when one of them matches it, to confirm it (a later rule may set
 * `text-decoration: none`). Pure; never throws.
 */

/** A declaration that draws a line through the text. */
const LINE_THROUGH = /(?:^|[;{\s])text-decoration(?:-line)?\s*:[^;}]*\bline-through\b/i;
/** A selector for a passing state (hover, focus, a press), or one drawing generated content only. */
const NOT_STANDING = /:(?:hover|focus|focus-within|focus-visible|active|before|after|first-line|first-letter|placeholder|selection|marker)\b|::/i;
/** More selectors without a class to index them by than this: those are not looked at (a page's reset sheet does not strike). */
const MAX_UNINDEXED = 40;

interface StruckIndex {
  byClass: Map<string, string[]>;
  rest: string[];
  /** class attribute → the selectors its classes index (memo). */
  ofClass: Map<string, string[]>;
}

const byCache = new WeakMap<VisibilityCache, { doc: Document; index: StruckIndex | null; unreadable: boolean }>();

function knownOf(doc: Document, cache: VisibilityCache): { index: StruckIndex | null; unreadable: boolean } {
  let known = byCache.get(cache);
  if (!known || known.doc !== doc) {
    const index: StruckIndex = { byClass: new Map(), rest: [], ofClass: new Map() };
    // (the rules of a sheet of another origin cannot be read: those of the others are looked at)
    const digests = ruleDigests(pageSheetsOf(doc, cache));
    for (const r of digests.rules) {
      if (!LINE_THROUGH.test(r.decl)) continue;
      for (const sel of splitTopLevel(r.selector, ',')) {
        if (NOT_STANDING.test(sel)) continue;
        const need = subjectClasses(sel);
        const key = need?.[0];
        if (key === undefined) index.rest.push(sel);
        else index.byClass.set(key, [...(index.byClass.get(key) ?? []), sel]);
      }
    }
    if (index.rest.length > MAX_UNINDEXED) index.rest = [];
    known = { doc, index: index.byClass.size === 0 && index.rest.length === 0 ? null : index, unreadable: digests.unreadable };
    byCache.set(cache, known);
  }
  return known;
}

function indexOf(doc: Document, cache: VisibilityCache): StruckIndex | null {
  return knownOf(doc, cache).index;
}

function selectorsFor(index: StruckIndex, classAttr: string): string[] {
  let hits = index.ofClass.get(classAttr);
  if (!hits) {
    hits = [];
    for (const c of classAttr.split(/\s+/)) hits.push(...(index.byClass.get(c) ?? []));
    index.ofClass.set(classAttr, hits);
  }
  return hits;
}

function matchesAny(el: Element, selectors: readonly string[]): boolean {
  for (const sel of selectors) {
    try {
      if (el.matches(sel)) return true;
    } catch {
      // a selector this DOM cannot evaluate: not taken
    }
  }
  return false;
}

/** The computed style confirms the line (a later rule may take it away). */
function drawnStruck(el: Element): boolean {
  try {
    const cs = el.ownerDocument.defaultView?.getComputedStyle(el);
    if (!cs) return false;
    return /\bline-through\b/i.test(`${cs.textDecorationLine ?? ''} ${cs.textDecoration ?? ''}`);
  } catch {
    return false;
  }
}

/**
 * Is `el`'s text struck through by its inline style (`style`: its style attribute, when the caller has read it)
 * or by a style rule of the page (known with a visibility cache only)?
 */
export function struckByStyle(el: Element, classAttr: string, style: string | null, cache: VisibilityCache | undefined): boolean {
  try {
    const inline = style ?? el.getAttribute('style') ?? '';
    if (inline !== '' && LINE_THROUGH.test(inline)) return true;
    if (!cache) return false;
    const doc = el.ownerDocument;
    if (!doc) return false;
    const index = indexOf(doc, cache);
    if (index === null) return false;
    const hit = (classAttr !== '' && matchesAny(el, selectorsFor(index, classAttr))) || (index.rest.length > 0 && matchesAny(el, index.rest));
    return hit && drawnStruck(el);
  } catch {
    return false;
  }
}

/**
 * struckByStyle for a form control (input, textarea, select: few on a page): where a style sheet of the page
 * cannot be read (on another origin) its rules are not known, and the control's computed style is asked.
 */
export function controlStruckByStyle(el: Element, classAttr: string, style: string | null, cache: VisibilityCache | undefined): boolean {
  if (struckByStyle(el, classAttr, style, cache)) return true;
  try {
    return !!cache && !!el.ownerDocument && knownOf(el.ownerDocument, cache).unreadable && drawnStruck(el);
  } catch {
    return false;
  }
}
