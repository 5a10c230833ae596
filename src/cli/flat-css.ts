/**
 * happy-dom (21.x) drops cascade layers (`@layer` blocks and the rules in them) and CSS nesting (a rule's
 * nested rules, and with them its own declarations); a browser applies both. The command line and the
 * tests read saved pages with happy-dom, so the `<style>` texts of a page that uses either are written out
 * flat before the parse (flattenStyles), keeping what they do:
 *
 * - a nested rule's selector is made whole: `&` stands for `:is(<parent>)`; without `&` it is a descendant;
 * - a layered rule is unwrapped, and its weight among the layers is kept by specificity: each of its
 *   selectors gets `:not(#--l)` (one id's weight, matching every element without that id) repeated by
 *   its layer's rank — normal declarations: a later layer weighs more, unlayered rules most; `!important`
 *   ones (set apart in a rule of their own): an earlier layer weighs more, unlayered rules least.
 *   (A rule of a lower rank with more ids than the weight between the ranks still wins: rare.)
 *
 * Conditional groups (`@media`, `@supports`, `@container`) stay around the rules in them. Pages without
 * `@layer` or nested rules are returned as they are.
 */

const STYLE = /(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi;
const LAYER_WEIGHT = ':not(#--l):not(#--l):not(#--l)';
const GROUPS = /^@(?:media|supports|container|document|scope)\b/i;

interface Item {
  /** The selector or at-rule prelude. */
  prelude: string;
  /** The block's text; null for a statement (`@layer a, b;`, `@import …;`). */
  body: string | null;
}

interface Decls {
  items: Item[];
  decls: string[];
}

/** Skips a comment or a string starting at `i`; the index after it, or `i` when none starts there. */
function skipQuoted(text: string, i: number): number {
  const c = text[i];
  if (c === '/' && text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  return i;
}

/** A block's content split into its declarations and its rules (at-rules and nested style rules). */
function parseBlock(text: string): Decls {
  const out: Decls = { items: [], decls: [] };
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const skipped = skipQuoted(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = text[i];
    if (c === ';') {
      const piece = text.slice(start, i).replace(/\/\*[\s\S]*?\*\//g, '').trim();
      if (piece.startsWith('@')) out.items.push({ prelude: piece, body: null });
      else if (piece !== '') out.decls.push(piece);
      start = ++i;
      continue;
    }
    if (c === '{') {
      let depth = 1;
      let j = i + 1;
      while (j < text.length && depth > 0) {
        const s = skipQuoted(text, j);
        if (s !== j) {
          j = s;
          continue;
        }
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
        j++;
      }
      const prelude = text.slice(start, i).replace(/\/\*[\s\S]*?\*\//g, '').trim();
      out.items.push({ prelude, body: text.slice(i + 1, Math.max(i + 1, j - 1)) });
      start = i = j;
      continue;
    }
    if (c === '}') {
      start = ++i;
      continue;
    }
    i++;
  }
  const rest = text.slice(start).replace(/\/\*[\s\S]*?\*\//g, '').trim();
  if (rest !== '') out.decls.push(rest);
  return out;
}

/** Splits at commas outside parentheses and brackets. */
function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p !== '');
}

function wholeSelector(parent: string | undefined, selector: string): string {
  if (parent === undefined) return selector;
  const whole = `:is(${parent})`;
  return splitList(selector)
    .map((part) => (part.includes('&') ? part.replace(/&/g, whole) : `${whole} ${part}`))
    .join(', ');
}

/** The selector with `n` layer weights on each of its parts (before a pseudo-element, which must end it). */
function weighted(selector: string, n: number): string {
  if (n <= 0) return selector;
  const weight = LAYER_WEIGHT.repeat(n);
  return splitList(selector)
    .map((part) => {
      const pseudo = /::?(?:before|after|first-line|first-letter|placeholder|selection|marker|backdrop|file-selector-button)\b|::[\w-]+/i.exec(part);
      return pseudo ? part.slice(0, pseudo.index) + weight + part.slice(pseudo.index) : part + weight;
    })
    .join(', ');
}

interface Out {
  /** Layer name; undefined: unlayered. */
  layer: string | undefined;
  important: boolean;
  selector: string | null;
  /** For a style rule, its declarations; else the at-rule's whole text. */
  text: string;
  groups: string[];
}

interface Context {
  parent: string | undefined;
  layer: string | undefined;
  groups: string[];
}

class Flattener {
  readonly layers: string[] = [];
  private anonymous = 0;
  readonly out: Out[] = [];

  private layerName(name: string, ctx: Context): string {
    const full = ctx.layer !== undefined ? `${ctx.layer}.${name}` : name;
    if (!this.layers.includes(full)) this.layers.push(full);
    return full;
  }

  block(text: string, ctx: Context): void {
    const { items, decls } = parseBlock(text);
    // (declarations straight in a group or at the top level: kept in place, as a browser ignores them)
    this.declarations(decls, ctx);
    for (const item of items) this.item(item, ctx);
  }

  private declarations(decls: string[], ctx: Context): void {
    if (decls.length === 0 || ctx.parent === undefined) return;
    const important = decls.filter((d) => /!\s*important\s*$/i.test(d));
    const normal = decls.filter((d) => !/!\s*important\s*$/i.test(d));
    if (normal.length > 0) this.out.push({ layer: ctx.layer, important: false, selector: ctx.parent, text: normal.join('; '), groups: ctx.groups });
    if (important.length > 0) this.out.push({ layer: ctx.layer, important: true, selector: ctx.parent, text: important.join('; '), groups: ctx.groups });
  }

  private item(item: Item, ctx: Context): void {
    const p = item.prelude;
    if (/^@layer\b/i.test(p)) {
      const names = splitList(p.slice(6));
      if (item.body === null) {
        for (const n of names) this.layerName(n, ctx);
        return;
      }
      const name = names[0] ?? `--anonymous-${++this.anonymous}`;
      this.block(item.body, { ...ctx, layer: this.layerName(name, ctx) });
      return;
    }
    if (p.startsWith('@')) {
      if (item.body !== null && GROUPS.test(p)) {
        this.block(item.body, { ...ctx, groups: [...ctx.groups, p] });
        return;
      }
      // anything else (@keyframes, @font-face, @import, @charset): as written
      this.out.push({ layer: ctx.layer, important: false, selector: null, text: item.body === null ? `${p};` : `${p}{${item.body}}`, groups: ctx.groups });
      return;
    }
    if (item.body === null) return;
    this.block(item.body, { ...ctx, parent: wholeSelector(ctx.parent, p) });
  }

  css(): string {
    const rank = (layer: string | undefined) => (layer === undefined ? this.layers.length : this.layers.indexOf(layer));
    return this.out
      .map((o) => {
        let css = o.text;
        if (o.selector !== null) {
          const r = rank(o.layer);
          const n = o.important ? this.layers.length - r : r;
          css = `${weighted(o.selector, n)} { ${o.text}; }`;
        }
        for (let i = o.groups.length - 1; i >= 0; i--) css = `${o.groups[i]} { ${css} }`;
        return css;
      })
      .join('\n');
  }
}

/** A style text that uses `@layer` or nests a rule in a rule. */
function needsFlattening(css: string): boolean {
  if (/@layer\b/i.test(css)) return true;
  const { items } = parseBlock(css);
  const nests = (list: Item[]): boolean =>
    list.some((it) => {
      if (it.body === null) return false;
      if (it.prelude.startsWith('@')) return GROUPS.test(it.prelude) && nests(parseBlock(it.body).items);
      return parseBlock(it.body).items.some((inner) => inner.body !== null);
    });
  return nests(items);
}

/** The page's HTML with each `<style>` written out flat when any of them uses `@layer` or nesting (see above). */
export function flattenStyles(html: string): string {
  const texts: string[] = [];
  for (const m of html.matchAll(STYLE)) texts.push(m[2] ?? '');
  if (!texts.some(needsFlattening)) return html;
  // the layers' order is the document's: every style's @layer names first (its statements and blocks in order)
  const order = new Flattener();
  for (const t of texts) order.block(t, { parent: undefined, layer: undefined, groups: [] });
  return html.replace(STYLE, (_all, open: string, text: string, close: string) => {
    const f = new Flattener();
    f.layers.push(...order.layers);
    f.block(text, { parent: undefined, layer: undefined, groups: [] });
    return `${open}\n${f.css()}\n${close}`;
  });
}
