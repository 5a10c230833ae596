import { fontsOnly, isVisible, type VisibilityCache, upperTag } from './visibility';

export { fontsOnly };

/**
 * Text glued across element boundaries: what the screen shows as ONE text although the markup splits
 * it (a search match `ins<mark>-k9x</mark>8w7v6`, React's `{id}{suffix}`), shared by the text walks
 * (./units, ./visible-text, ./id-containers).
 */

/** Text-formatting elements (<b>, <mark> …): they may sit inside a word (Sub<b>scription</b>). */
const FORMATTING = ['MARK', 'B', 'STRONG', 'EM', 'I', 'U', 'S', 'FONT', 'SMALL', 'SUB', 'SUP', 'ABBR', 'BDI', 'BDO', 'INS', 'DEL', 'Q'];
/** Phrasing elements that draw text inline, with no look of their own that ends a run. */
export const INLINE_TAGS = new Set([...FORMATTING, 'SPAN', 'CODE', 'TIME', 'CITE', 'DFN', 'KBD', 'SAMP', 'VAR', 'DATA']);
/** The formatting elements and <wbr>: ./visible-text adds no space around them. */
export const FORMATTING_TAGS = new Set([...FORMATTING, 'WBR']);
const TOKEN_END = /[A-Za-z0-9._-]$/;
const TOKEN_START = /^[A-Za-z0-9._-]/;
/**
 * Invisible break characters at a seam (a soft hyphen, a zero-width space or joiner, a word joiner: a console's
 * break opportunities in a long domain or ID, `lan&shy;ting</em>&shy;shu…`) draw nothing: the texts on both
 * sides still touch.
 */
const INVISIBLE_END = /[\u00ad\u200b-\u200d\u2060\ufeff]+$/;
const INVISIBLE_START = /^[\u00ad\u200b-\u200d\u2060\ufeff]+/;
const seamEnd = (a: string) => a.replace(INVISIBLE_END, '');
const seamStart = (b: string) => b.replace(INVISIBLE_START, '');
/** Two texts that touch inside one token (no space, letters / digits on both sides): one text on the screen. */
export const glued = (a: string, b: string) => TOKEN_END.test(seamEnd(a)) && TOKEN_START.test(seamStart(b));
/**
 * Two texts on both sides of a <wbr>: a break opportunity the page set INSIDE a word, so one word whatever its
 * script (`王五旅<wbr>行.中国`, `acme-s<wbr>hop.cn`), unless a side ends in a space.
 */
export const gluedAtBreak = (a: string, b: string) => /\S$/.test(seamEnd(a)) && /^\S/.test(seamStart(b));

/** The sibling of `n` before (or after) it past any <wbr>s (break opportunities, which draw nothing). */
export function besideBreaks(n: ChildNode, after = false): ChildNode | null {
  let p = after ? n.nextSibling : n.previousSibling;
  while (p && p.nodeType === 1 && upperTag(p as Element) === 'WBR') p = after ? p.nextSibling : p.previousSibling;
  return p;
}

/**
 * An inline tag the page's style draws as a block (`<span class="sub">` with display: block): it starts a
 * line of its own, so nothing glues to it ("ecs.g7.large" over "10 Mbps"). Asked only where a glue would
 * be made (a computed style costs in happy-dom).
 */
export function shownAsBlock(e: Element): boolean {
  try {
    const style = (x: Element) => e.ownerDocument.defaultView!.getComputedStyle(x);
    const d = style(e).display;
    if (d === '' || d === 'contents' || d.startsWith('inline')) return false;
    // an item of a flex row (its display computed as block: blockification) touches its neighbours
    // unless a gap or its margin / padding sets it apart
    const p = e.parentElement && style(e.parentElement);
    if (!p || !/flex$/.test(p.display) || p.flexDirection?.startsWith('column')) return true;
    const own = style(e);
    return [p.columnGap, p.gap, own.marginLeft, own.marginRight, own.paddingLeft, own.paddingRight].some((v) => !!v && v !== 'normal' && Number.parseFloat(v) !== 0);
  } catch {
    return false;
  }
}

const ALNUM_END = /[A-Za-z0-9]$/;
const ALNUM_START = /^[A-Za-z0-9]/;
const JOIN_END = /[A-Za-z0-9][._-]$/;
const JOIN_START = /^[._-][A-Za-z0-9]/;
/**
 * Two elements side by side (no space between) that show one token: a dot, hyphen or underscore at
 * the seam joins them — `<span>tangyun-art</span><span>.com</span>`, `<span>ins-</span><span>k9x8</span>`.
 * Without one they stay two texts (`<span>web01</span><span>ins-…</span>`: a name and an ID the page's
 * style sets apart).
 */
export const gluedSideBySide = (a: string, b: string) => {
  const [x, y] = [seamEnd(a), seamStart(b)];
  // an invisible break mark at the seam (`<span>lanting&#8203;</span><span>studio.net</span>`) is a break
  // opportunity the page set inside one word: the two touch as text does
  if ((x !== a || y !== b) && glued(x, y)) return true;
  return (JOIN_END.test(x) && ALNUM_START.test(y)) || (ALNUM_END.test(x) && JOIN_START.test(y)) || maskSeam(x, y);
};

const MASK_END = /[A-Za-z0-9]\*{2,}$|^\*{2,}$/;
const MASK_START = /^\*{2,}[A-Za-z0-9]|^\*{2,}$/;
/**
 * A masked number drawn in pieces (`<span>9133</span><span>**********</span><span>06X8</span>`): a run of two
 * or more asterisks touching letters or digits at the seam is one token with them, as the screen shows it.
 */
function maskSeam(a: string, b: string): boolean {
  return (ALNUM_END.test(a) && MASK_START.test(b)) || (MASK_END.test(a) && ALNUM_START.test(b));
}

/**
 * The element whose text is one line glued across text nodes or an inline child: `ins<mark>-k9x</mark>8w7v6`
 * (a search match), `ins-k9x<wbr>8w7v6`, `{id}{suffix}` — the text node's parent, or the line around its
 * inline parent; null for text that is no such line (the text node alone is matched then).
 */
export function lineOf(parent: Element, cache: VisibilityCache): Element | null {
  // a page translator's <font> boxes around the text (Chrome's translation wraps every run in two) are the text
  while (upperTag(parent) === 'FONT' && parent.parentElement) parent = parent.parentElement;
  if (isLine(parent, cache)) return parent;
  const up = parent.parentElement;
  return up && INLINE_TAGS.has(upperTag(parent)) && isLine(up, cache) ? up : null;
}

/**
 * The pieces of a line candidate `el`: each shown text (a text node's, or a child element's holding only text) and
 * whether it joins the piece before it (no space between, inside a token); null when `el` holds other boxes. An icon
 * (an element showing no text) breaks the run; hidden and screen-reader-only children show nothing. Two elements side by
 * side join only across a dot, hyphen or underscore (gluedSideBySide): `<strong>name</strong><small>id</small>` are two
 * texts the page's style sets apart. A link or a button holding only text (a copy link after an id, React writing no
 * space between: `<span>i-bp1halfe</span><wbr><span>n00000000b1</span><a>Copy</a>`) is such an element, even against
 * a text node: it ends the id, and no id glues "Copy" to it (held-out × wrapped-break-chunks, session 49: the chunked id's
 * first piece, read alone as an id, made the page's fields another instance's).
 */
function linePieces(el: Element, cache: VisibilityCache): Array<{ text: string; joins: boolean }> | null {
  const out: Array<{ text: string; joins: boolean }> = [];
  let prev: string | undefined;
  let prevText = false;
  let prevAction = false;
  // a <wbr> since the previous text: a break opportunity inside one word (gluedAtBreak)
  let atBreak = false;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    let t: string;
    const text = c.nodeType === 3;
    let action = false;
    if (text) t = c.nodeValue ?? '';
    else if (c.nodeType === 1) {
      const e = c as Element;
      const tag = upperTag(e);
      if (tag === 'WBR') {
        atBreak = true;
        continue;
      }
      t = e.textContent ?? '';
      // an icon (a copy button) adds no text, and nothing glues across it
      if (t === '') {
        prev = undefined;
        atBreak = false;
        if (out.length > 0) out.push({ text: '', joins: false });
        continue;
      }
      action = (tag === 'A' || tag === 'BUTTON') && !e.firstElementChild;
      if (!action && (!INLINE_TAGS.has(tag) || (e.firstElementChild && !fontsOnly(e)))) return null;
      // screen-reader-only or hidden text (a visually hidden "实例ID" before the ID) shows nothing
      if (!isVisible(e, cache)) continue;
    } else continue;
    // a translator's <font> box holding only text is that text, and a search match sits inside a word
    const asText = !action && (text || textLike(c as Element));
    const joins =
      prev !== undefined &&
      (atBreak ? gluedAtBreak(prev, t) : action || prevAction ? gluedSideBySide(prev, t) : asText || prevText ? glued(prev, t) : gluedSideBySide(prev, t));
    out.push({ text: t, joins });
    prev = t;
    prevText = asText;
    prevAction = action;
    atBreak = false;
  }
  return out;
}

/**
 * The text a line (lineOf) shows: its text and its shown children's, not hidden or screen-reader-only text; pieces that
 * do not join (linePieces) set apart by a space.
 */
export function lineText(line: Element, cache: VisibilityCache): string {
  let out = '';
  for (const { text, joins } of linePieces(line, cache) ?? []) out += !joins && out !== '' && !/\s$/.test(out) && !/^\s/.test(text) ? ` ${text}` : text;
  return out;
}

/** Only text and shown inline elements holding only text (hidden ones skipped), two pieces of it joined (linePieces). */
function isLine(el: Element, cache: VisibilityCache): boolean {
  return linePieces(el, cache)?.some((p) => p.joins) ?? false;
}

/**
 * A search match (<mark>: it sits inside a word) or a translator's <font> box of text: side by side with
 * another inline box it glues as text does (`<mark>qingshan</mark><span>xu.net.cn</span>` is one domain).
 */
export function textLike(e: Element): boolean {
  return searchMatch(e) || (upperTag(e) === 'FONT' && fontsOnly(e));
}

/**
 * A search match: a <mark>, or an inline element classed as a highlight (Fusion's `next-search-highlight`, an
 * `<em class="highlight">`, `t-highlight`): a console draws the typed query's match so inside a word or a name
 * (`<span class="next-search-highlight">张</span>三`), and it reads as one text with what touches it.
 */
export function searchMatch(e: Element): boolean {
  const tag = upperTag(e);
  if (tag === 'MARK') return true;
  if (!INLINE_TAGS.has(tag)) return false;
  return (e.getAttribute('class') ?? '').toLowerCase().split(/[\s_-]+/).some((t) => t === 'highlight' || t === 'highlighted');
}
