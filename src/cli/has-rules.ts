/**
 * happy-dom (21.x) matches `:has()` by the first compound of its argument only: `.panel:has(> .head
 * [aria-expanded="false"])` holds for every `.panel` with a `.head` child, so a style rule keyed to what a
 * panel's head says (collapsed, expanded) hides or shows every panel; nested `:has()` never matches; and it
 * weighs `:has()` as one pseudo-class, not by its argument. The command line and the tests read saved pages
 * with happy-dom, so after the parse (settleHasRules) each such `:has(R)` of the page's style rules is
 * decided once by hand, on the parsed page: the elements that have `:scope R` (happy-dom's querySelector
 * gets a `:scope` selector of several compounds right) carry a mark, and the rule asks for the mark
 * instead, weighted as R is (`:not(#--h)` / `:not(.--h)` / `:not(h--)` match every element; each adds one
 * id's, class's or type's weight). A browser needs none of this (the extension reads live pages there).
 *
 * Only arguments with a relative selector of several compounds starting with a child or descendant
 * combinator are settled (`:has(> .a .b)`, `:has(.a > .b)`); one compound (`:has(> .a)`, which happy-dom
 * gets right) and sibling ones (`:has(+ .a .b)`) stay as written. The marks follow the page as parsed: a
 * script's later change to the page is not followed (the rules then say what the page first showed).
 */

const MARK = 'data-icp-has';
const COMBINATOR = /[\s>+~]/;

interface Settled {
  /** The marked elements' selector (the compound the `:has()` belongs to, without its `:has()`s). */
  candidates: string;
  relatives: string[];
  token: string;
}

/** Splits at commas outside parentheses, brackets and quotes. */
function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") i = skipString(text, i);
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function skipString(text: string, i: number): number {
  const q = text[i];
  let j = i + 1;
  while (j < text.length && text[j] !== q) j += text[j] === '\\' ? 2 : 1;
  return j;
}

/** The index of the `)` closing the `(` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") i = skipString(text, i);
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && --depth === 0) return i;
  }
  return -1;
}

/** The compounds of a relative selector (`> .a .b` → 2), counted at the top level. */
function compounds(relative: string): number {
  let n = 0;
  let inCompound = false;
  for (let i = 0; i < relative.length; i++) {
    const c = relative[i]!;
    if (c === '(' || c === '[') {
      i = closing(relative, i);
      if (i < 0) return 0;
      if (!inCompound) n++;
      inCompound = true;
    } else if (COMBINATOR.test(c)) inCompound = false;
    else {
      if (!inCompound) n++;
      inCompound = true;
    }
  }
  return n;
}

/** Specificity [ids, classes, types] of a selector list (its most specific selector), as a browser weighs it. */
export function specificity(selector: string): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  for (const part of splitList(selector)) {
    const s = specificityOfOne(part);
    if (s[0] > best[0] || (s[0] === best[0] && (s[1] > best[1] || (s[1] === best[1] && s[2] > best[2])))) best = s;
  }
  return best;
}

const ELEMENT_LIKE_PSEUDO = /^(?:before|after|first-line|first-letter)$/i;

function specificityOfOne(sel: string): [number, number, number] {
  const s: [number, number, number] = [0, 0, 0];
  const add = (t: [number, number, number]) => {
    s[0] += t[0];
    s[1] += t[1];
    s[2] += t[2];
  };
  for (let i = 0; i < sel.length; ) {
    const c = sel[i]!;
    if (c === '#') {
      s[0]++;
      i = nameEnd(sel, i + 1);
    } else if (c === '.') {
      s[1]++;
      i = nameEnd(sel, i + 1);
    } else if (c === '[') {
      s[1]++;
      i = closing(sel, i) + 1 || sel.length;
    } else if (c === ':') {
      const element = sel[i + 1] === ':';
      const start = i + (element ? 2 : 1);
      const end = nameEnd(sel, start);
      const name = sel.slice(start, end).toLowerCase();
      let next = end;
      let arg: string | undefined;
      if (sel[end] === '(') {
        const close = closing(sel, end);
        next = close < 0 ? sel.length : close + 1;
        arg = sel.slice(end + 1, close < 0 ? sel.length : close);
      }
      if (element || ELEMENT_LIKE_PSEUDO.test(name)) s[2]++;
      else if (name === 'where') {
        // no weight
      } else if ((name === 'is' || name === 'not' || name === 'has' || name === 'matches') && arg !== undefined) add(specificity(arg.replace(/^\s*[>+~]/, '')));
      else if ((name === 'nth-child' || name === 'nth-last-child') && arg !== undefined && /\sof\s/i.test(arg)) {
        s[1]++;
        add(specificity(arg.slice(arg.search(/\sof\s/i) + 4)));
      } else s[1]++;
      i = next;
    } else if (/[A-Za-z_\\-]/.test(c) || c.charCodeAt(0) > 127) {
      s[2]++;
      i = nameEnd(sel, i);
    } else i++;
  }
  return s;
}

function nameEnd(sel: string, i: number): number {
  while (i < sel.length && /[\w\\-]|[^\x00-\x7f]/.test(sel[i]!)) i += sel[i] === '\\' ? 2 : 1;
  return i;
}

/** The start of the compound that ends at `at` (after the last combinator, comma or open parenthesis before it, at its depth). */
function compoundStart(selector: string, at: number): number {
  let i = at - 1;
  while (i >= 0) {
    const c = selector[i]!;
    if (c === ')' || c === ']') {
      // back over a bracketed or parenthesised part
      let depth = 0;
      for (; i >= 0; i--) {
        const d = selector[i];
        if (d === ')' || d === ']') depth++;
        else if ((d === '(' || d === '[') && --depth === 0) break;
      }
      i--;
      continue;
    }
    if (COMBINATOR.test(c) || c === ',' || c === '(') return i + 1;
    i--;
  }
  return 0;
}

/** The compound with its `:has(…)`s taken out ('*' when nothing else is left). */
function withoutHas(compound: string): string {
  let out = compound;
  for (let at = out.indexOf(':has('); at >= 0; at = out.indexOf(':has(')) {
    const end = closing(out, at + 4);
    if (end < 0) break;
    out = out.slice(0, at) + out.slice(end + 1);
  }
  return out.trim() === '' ? '*' : out;
}

/** The weight `:has(R)` carries beyond the mark's one attribute. */
function padding(relatives: string[]): string {
  const [a, b, c] = specificity(relatives.join(', '));
  return ':not(#--h)'.repeat(a) + ':not(.--h)'.repeat(Math.max(0, b - 1)) + ':not(h--)'.repeat(c);
}

/** The selector with each settled `:has()` turned into its mark; `found` gets what to mark. */
function settleSelector(selector: string, found: Settled[], next: () => string): string {
  let out = '';
  let i = 0;
  for (let at = selector.indexOf(':has(', i); at >= 0; at = selector.indexOf(':has(', i)) {
    const end = closing(selector, at + 4);
    if (end < 0) break;
    const arg = selector.slice(at + 5, end);
    const relatives = splitList(arg);
    const settle =
      !arg.includes(':has(') &&
      relatives.every((r) => r !== '' && !/^[+~]/.test(r)) &&
      relatives.some((r) => compounds(r) > 1);
    if (!settle) {
      out += selector.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const token = next();
    const start = compoundStart(selector, at);
    const tail = /^[^\s>+~,)]*/.exec(selector.slice(end + 1))?.[0] ?? '';
    found.push({ candidates: withoutHas(selector.slice(start, at) + selector.slice(end + 1, end + 1 + tail.length)), relatives, token });
    out += `${selector.slice(i, at)}[${MARK}~="${token}"]${padding(relatives)}`;
    i = end + 1;
  }
  return out + selector.slice(i);
}

interface RuleList {
  cssRules: ArrayLike<CSSRule>;
  insertRule(rule: string, index: number): number;
  deleteRule(index: number): void;
}

function settleRules(list: RuleList, found: Settled[], next: () => string, depth: number): void {
  for (let i = 0; i < list.cssRules.length; i++) {
    const rule = list.cssRules[i] as CSSRule & { selectorText?: string; style?: CSSStyleDeclaration; cssRules?: ArrayLike<CSSRule> };
    if (typeof rule.selectorText !== 'string' && rule.cssRules && depth < 8 && typeof (rule as unknown as RuleList).insertRule === 'function') {
      settleRules(rule as unknown as RuleList, found, next, depth + 1);
      continue;
    }
    const selector = rule.selectorText;
    if (typeof selector !== 'string' || !selector.includes(':has(') || !rule.style) continue;
    const marked = found.length;
    const settled = settleSelector(selector, found, next);
    if (settled === selector) continue;
    // the rewrite goes in first, then the original out: a rewrite the parser refuses leaves the rule as it was
    try {
      list.insertRule(`${settled} { ${rule.style.cssText} }`, i);
    } catch {
      found.length = marked;
      continue;
    }
    list.deleteRule(i + 1);
  }
}

/** Marks the elements that have `:scope R` for one of the relatives. */
function mark(doc: Document, s: Settled): void {
  let candidates: Element[];
  try {
    candidates = Array.from(doc.querySelectorAll(s.candidates));
  } catch {
    candidates = Array.from(doc.querySelectorAll('*'));
  }
  for (const el of candidates) {
    const has = s.relatives.some((r) => {
      try {
        return el.querySelector(`:scope ${r}`) !== null;
      } catch {
        return false;
      }
    });
    if (!has) continue;
    const now = el.getAttribute(MARK);
    el.setAttribute(MARK, now ? `${now} ${s.token}` : s.token);
  }
}

/** Settles the `:has()` rules of `doc`'s style sheets that happy-dom gets wrong (see above). Never throws. */
export function settleHasRules(doc: Document): void {
  try {
    const found: Settled[] = [];
    let n = 0;
    const next = () => `h${++n}`;
    for (const sheet of Array.from(doc.styleSheets)) {
      try {
        settleRules(sheet as unknown as RuleList, found, next, 0);
      } catch {
        // a sheet that cannot be read or written: as it is
      }
    }
    for (const s of found) mark(doc, s);
  } catch {
    // as it is
  }
}
