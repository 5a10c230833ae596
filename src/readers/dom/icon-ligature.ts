import type { RuleLike, SheetLike } from './style-rules';

/**
 * Icon fonts that draw a word as an icon through a ligature: Google's Material Icons and Material Symbols
 * (`<span class="material-icons">content_copy</span>`). The user sees an icon; the word (a glyph's name) is
 * no text on the page. Their documented classes are told by ./visibility (LIGATURE_ICON_CLASS); this module
 * tells the same fonts set by a page's own class (`.ico { font-family: "Material Icons" }`): the element's
 * computed font family, asked only where the page names such a font at all.
 */

/** The families of those fonts as CSS names them ("Material Icons", 'Material Symbols Outlined'). */
const ICON_FONT_FAMILY = /material\s+(?:icons|symbols)/i;

/** A ligature's name: lower-case letters, digits and underscores (`help_outline`, `expand_more`, `360`). */
export const LIGATURE_NAME = /^\s*[a-z0-9_]+\s*$/;

/** At most this many rules looked through for a font family (a library's sheet has a few thousand). */
const MAX_RULES = 20000;

/**
 * Whether the page's style sheets name an icon ligature font in a font family (or cannot be read: a sheet
 * of another origin may). Kept per sheet list (one read's: ./visibility pageSheetsOf).
 */
const namedBySheets = new WeakMap<SheetLike[], boolean>();

export function sheetsNameIconFont(sheets: SheetLike[]): boolean {
  const known = namedBySheets.get(sheets);
  if (known !== undefined) return known;
  let count = 0;
  const inRules = (rules: ArrayLike<RuleLike> | undefined, depth: number): boolean => {
    if (!rules || depth > 8) return false;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      if (!rule || ++count > MAX_RULES) return count > MAX_RULES;
      if (rule.styleSheet) {
        let inner: ArrayLike<RuleLike> | undefined;
        try {
          inner = rule.styleSheet.cssRules;
        } catch {
          return true; // an imported sheet of another origin: it may
        }
        if (inRules(inner, depth + 1)) return true;
        continue;
      }
      const style = rule.style;
      const family = style && typeof style.getPropertyValue === 'function' ? style.getPropertyValue('font-family') : (rule.cssText ?? '');
      if (family && ICON_FONT_FAMILY.test(family)) return true;
      if (rule.cssRules && inRules(rule.cssRules, depth + 1)) return true;
    }
    return false;
  };
  let named = false;
  for (const sheet of sheets) {
    if (!sheet) continue;
    let rules: ArrayLike<RuleLike> | undefined;
    try {
      rules = sheet.cssRules;
    } catch {
      named = true; // a sheet of another origin: it may
      break;
    }
    if (inRules(rules, 0)) {
      named = true;
      break;
    }
  }
  namedBySheets.set(sheets, named);
  return named;
}

/**
 * Whether `el`, holding a glyph's name alone, is drawn in an icon ligature font: its inline style names one,
 * or (where the sheets name one, `sheetsNamed`) its computed font family's first family is one.
 */
export function drawnInIconFont(el: Element, style: string, sheetsNamed: boolean): boolean {
  if (el.firstElementChild !== null || !LIGATURE_NAME.test(el.textContent ?? '')) return false;
  if (style !== '' && /font-family\s*:[^;]*material\s+(?:icons|symbols)/i.test(style)) return true;
  // (figures alone are far more often data than a glyph's name, and every cell of a list has some: the
  // computed style is asked for a word with a letter only — on a console whose sheets come from another
  // origin, sheetsNamed is true for every page)
  if (!sheetsNamed || !/[a-z]/.test(el.textContent ?? '')) return false;
  try {
    const family = String(el.ownerDocument.defaultView!.getComputedStyle(el).fontFamily ?? '');
    const first = family.split(',')[0] ?? '';
    return ICON_FONT_FAMILY.test(first);
  } catch {
    return false;
  }
}
