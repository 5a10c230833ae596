/**
 * The page's style rules as the readers look at them: one pass over a style sheet gives each style rule's
 * selector (nested rules made whole) and a short digest of the few declarations the readers test (does
 * it hide, show, move, order?), kept per sheet while its rule count stays.
 *
 * A console's component library brings a sheet of several thousand rules (Fusion's, TDesign's). Several
 * readers' checks look for rules of their own (hiding rules, `visibility: visible`, a `display` for
 * `[hidden]`, translated carousel tracks, CSS `order`); each reading every rule's whole `cssText` cost a
 * browser ~8 µs a rule (the declarations serialised again on every read: 65 ms a pass over 8,000 rules),
 * and the first read of a page paid it five times. Reading the few properties asked for costs ~2.5 µs a
 * rule, once per sheet.
 */

export interface RuleLike {
  selectorText?: string;
  style?: { cssText?: string; getPropertyValue?: (name: string) => string; getPropertyPriority?: (name: string) => string };
  cssText?: string;
  cssRules?: ArrayLike<RuleLike>;
  styleSheet?: { cssRules?: ArrayLike<RuleLike> } | null;
}

export type SheetLike = { cssRules?: ArrayLike<RuleLike> } | null;

/** A style rule: its whole selector, and its declarations of DIGESTED properties as `name:value;` text. */
export interface RuleDigest {
  selector: string;
  decl: string;
}

/**
 * The properties the readers' rule checks test (visibility.ts HIDING_DECLARATION, RESHOWING, DISPLAYING,
 * TRANSLATING; table.ts ORDER_DECLARATION; struck.ts LINE_THROUGH; overlay.ts FIXED_DECLARATION), longhands: a shorthand (`inset`, `font: 0/0 a`,
 * `grid-template`) sets them too, which a rule's cssText names only by the shorthand (`text-decoration` itself too:
 * happy-dom does not set the longhands of that shorthand).
 */
export const DIGESTED = [
  'display',
  'visibility',
  'opacity',
  'clip',
  'clip-path',
  'content-visibility',
  'left',
  'top',
  'width',
  'height',
  'max-width',
  'max-height',
  'transform',
  'translate',
  'grid-template-rows',
  'color',
  'font-size',
  'order',
  'text-decoration',
  'text-decoration-line',
  'text-indent',
  'position',
] as const;

/** A rule's digest: the DIGESTED declarations it sets (a stand-in style with no getPropertyValue: its cssText). */
function digestOf(rule: RuleLike): string {
  const style = rule.style;
  if (!style) return rule.cssText ?? '';
  if (typeof style.getPropertyValue !== 'function') return style.cssText ?? rule.cssText ?? '';
  let out = '';
  for (const name of DIGESTED) {
    const v = style.getPropertyValue(name);
    if (v === '' || v === undefined || v === null) continue;
    const important = typeof style.getPropertyPriority === 'function' && style.getPropertyPriority(name) === 'important';
    out += `${name}:${v}${important ? ' !important' : ''};`;
  }
  return out;
}

/**
 * A nested style rule's selector made whole (CSS nesting: `.panel { &:not(.is-open) > .body { … } }`):
 * `&` stands for the parent rule's selector; a selector without `&` is a descendant of it. A browser's
 * CSSOM gives the nested rule's selector as written.
 */
export function nestedSelector(parent: string | undefined, selector: string): string {
  if (parent === undefined) return selector;
  const whole = `:is(${parent})`;
  return splitTopLevel(selector, ',')
    .map((part) => (part.includes('&') ? part.replace(/&/g, whole) : `${whole} ${part}`))
    .join(', ');
}

/** Splits at top-level occurrences of any character in `seps` (outside () and []). */
export function splitTopLevel(sel: string, seps: string): string[] {
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

/**
 * Style rules of `rules` with a digest (or nested rules) in document order: grouping rules' (`@media`,
 * `@supports`, `@layer`: whether they apply now is left to the computed style) and imported sheets'
 * rules included, nested rules under their parent's whole selector. Rules setting none of DIGESTED are
 * left out (their selector is never read: serialising a selector costs too).
 */
function collect(rules: ArrayLike<RuleLike>, out: Digests, depth: number, parent?: string): void {
  if (depth > 8) return;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!rule) continue;
    if (rule.styleSheet) {
      let inner: ArrayLike<RuleLike> | undefined;
      try {
        inner = rule.styleSheet.cssRules;
      } catch {
        // an imported sheet of another origin: its rules unknown, the others still read
        out.unreadable = true;
        continue;
      }
      if (inner) collect(inner, out, depth + 1);
      continue;
    }
    // (a grouping rule has no selector; asking a style rule's `selectorText` serialises it: only when needed)
    if (!('selectorText' in rule)) {
      if (rule.cssRules) collect(rule.cssRules, out, depth + 1, parent);
      continue;
    }
    const decl = digestOf(rule);
    const nested = rule.cssRules && rule.cssRules.length > 0 ? rule.cssRules : undefined;
    if (decl === '' && !nested) continue;
    const own = rule.selectorText ?? '';
    if (own === '') continue;
    const selector = nestedSelector(parent, own);
    if (decl !== '') out.rules.push({ selector, decl });
    if (nested) collect(nested, out, depth + 1, selector);
  }
}

/** A sheet's style rules with a digest, and whether some of its rules could not be read (an imported sheet of another origin). */
interface Digests {
  rules: RuleDigest[];
  unreadable: boolean;
}

const bySheet = new WeakMap<object, { count: number; digests: Digests | null }>();

/**
 * Big `<style>` sheets' digests by their text, for other `<style>`s of the same text: each copy of a page the reader document
 * makes (src/snapshot) holds the console's component sheet it fetched as a `<style>` of the same text (8,000 rules: ~84 ms of
 * the reader's CPU a copy to digest, bench/profile-reader.mts SHEET=cors). A digest depends on the rules alone (whether a
 * grouping rule applies is left to the computed style). Kept while the rule count is the same, as per sheet.
 */
const byText = new Map<string, { count: number; digests: Digests | null }>();
/** Sheets shorter than this (characters) are digested per sheet only. */
const MIN_TEXT_KEY = 50_000;
const MAX_TEXT_KEYS = 8;

/**
 * The text of the `<style>` that owns `sheet`, if it is long enough for what is made of its rules to be kept by it (here and
 * in ./drawn-text): at least MIN_TEXT_KEY characters, no `@import`.
 */
export function ownerText(sheet: object): string | undefined {
  const owner = (sheet as { ownerNode?: { nodeType?: number; nodeName?: string; textContent?: string | null } | null }).ownerNode;
  if (!owner || owner.nodeType !== 1 || String(owner.nodeName).toUpperCase() !== 'STYLE') return undefined;
  const text = owner.textContent;
  // (not one that imports: whether its imported sheet could be read differs from document to document)
  return typeof text === 'string' && text.length >= MIN_TEXT_KEY && !/@import/i.test(text) ? text : undefined;
}

/** `value` kept in `byText` for `text` as the most recent, the least recent going past MAX_TEXT_KEYS texts. */
export function keepByText<V>(byText: Map<string, V>, text: string, value: V): void {
  byText.delete(text);
  byText.set(text, value);
  for (const oldest of byText.keys()) {
    if (byText.size <= MAX_TEXT_KEYS) break;
    byText.delete(oldest);
  }
}

/** One sheet's digests (null: its rules cannot be read), kept while its rule count stays. */
export function sheetDigests(sheet: NonNullable<SheetLike>): Digests | null {
  let rules: ArrayLike<RuleLike> | undefined;
  try {
    rules = sheet.cssRules;
  } catch {
    return null; // a sheet of another origin
  }
  if (!rules) return { rules: [], unreadable: false };
  const count = rules.length;
  const known = bySheet.get(sheet);
  if (known && known.count === count) return known.digests;
  const text = ownerText(sheet);
  const same = text === undefined ? undefined : byText.get(text);
  if (same && same.count === count) {
    bySheet.set(sheet, same);
    return same.digests;
  }
  let digests: Digests | null = { rules: [], unreadable: false };
  try {
    collect(rules, digests, 0);
  } catch {
    digests = null;
  }
  const entry = { count, digests };
  bySheet.set(sheet, entry);
  if (text !== undefined) keepByText(byText, text, entry);
  return digests;
}

/**
 * The digests of `sheets`' style rules in order, and whether every sheet could be read (`unreadable`:
 * one or more, or a sheet one imports, could not; their rules are not in the list).
 */
export function ruleDigests(sheets: readonly SheetLike[]): { rules: RuleDigest[]; unreadable: boolean } {
  const rules: RuleDigest[] = [];
  let unreadable = false;
  for (const sheet of sheets) {
    if (!sheet) continue;
    const d = sheetDigests(sheet);
    if (d === null) {
      unreadable = true;
      continue;
    }
    if (d.unreadable) unreadable = true;
    for (let i = 0; i < d.rules.length; i++) rules.push(d.rules[i]!);
  }
  return { rules, unreadable };
}
