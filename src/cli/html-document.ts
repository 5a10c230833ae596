import { trackShadowHosts } from '../readers/dom/shadow-copy';
import { Window } from 'happy-dom';
import { flattenStyles } from './flat-css';
import { settleHasRules } from './has-rules';

/**
 * Parses saved page HTML into a Document at `url`, the way a reader sees it in the browser:
 * no script runs and nothing is fetched, but <style> rules apply, so getComputedStyle works.
 * Declarative shadow roots (`<template shadowrootmode="open">`, as a browser parses them and as page
 * savers such as SingleFile store a micro-frontend's shadow DOM) are attached to their host.
 */
export function htmlToDocument(html: string, url: string, viewport?: { width: number; height: number }): Document {
  const window = new Window({
    url,
    // (a browser's save is read in the window it was saved from: ./saved-page SAVED_VIEWPORT; else happy-dom's 1024 × 768)
    ...(viewport ? { width: viewport.width, height: viewport.height } : {}),
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: false,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  openWindows.add(window);
  const document = window.document as unknown as Document;
  // every element given a shadow root, by the parse below or by anyone later: the readers need no walk for them
  const hosts: Element[] = [];
  recordAttachments((window as unknown as { Element: { prototype: AttachProto } }).Element.prototype);
  hostsOfDocument.set(document, hosts);
  trackShadowHosts(document, hosts);
  const aside = setTemplatesAside(withComponentsDefined(withRawTextClosable(html)));
  // (happy-dom drops @layer blocks and nested rules: written out flat first, ./flat-css)
  window.document.write(flattenStyles(withStyleMedia(withoutStyleCharset(aside.html))));
  if (aside.templates.length > 0) restoreTemplates(document, document, aside.templates);
  attachShadowRoots(document);
  // (happy-dom matches a :has() of several compounds by its first one: decided by hand, ./has-rules)
  settleHasRules(document);
  return document;
}

/**
 * The windows htmlToDocument made and nobody closed. happy-dom keeps every window in a static map until its
 * `happyDOM.close()` (capricorn86/happy-dom#2120), so a process reading many pages — the reader tests, a hundred files
 * to a worker — kept every page it ever read: a test worker died at V8's 4 GB limit at session 51's end.
 */
const openWindows = new Set<Window>();

/** Closes every window htmlToDocument made (their documents are read no more): the reader tests' setup after each file. */
export async function closeDocuments(): Promise<void> {
  const windows = [...openWindows];
  openWindows.clear();
  await Promise.all(windows.map((w) => w.happyDOM.close()));
}

/** A `@charset` statement opening a `<style>` element's text (angular.js's own sheet starts `@charset "UTF-8";`). */
const STYLE_CHARSET = /(<style\b[^>]*>)(\s*)@charset\s+(?:"[^"]*"|'[^']*')\s*;/gi;

/**
 * A browser ignores an `@charset` in a `<style>` (it names the encoding of a style sheet file; a style element's text
 * is already decoded) and applies the rules after it; happy-dom (21.x) drops the whole sheet, so an AngularJS page's
 * `.ng-hide { display: none }` hid nothing and its hidden boxes were read. The statement is left out before the parse.
 */
function withoutStyleCharset(html: string): string {
  return html.replace(STYLE_CHARSET, '$1$2');
}

/** A `<style>` with a `media` attribute, its text. */
const STYLE_WITH_MEDIA = /<style\b([^>]*?)\smedia\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))([^>]*)>([\s\S]*?)<\/style\s*>/gi;

/**
 * A browser applies a `<style media="print">` only to the printed page; happy-dom (21.x) applies it on screen too, so
 * a print sheet's `.lh-app { display: none }` hid the console and showed its print-only summary, last year's expiry
 * and bandwidth read (round fifty-two's variant of the Lighthouse detail: invented). The sheet's rules are written
 * inside `@media <its media> { … }` instead, which happy-dom matches as a browser does. A sheet with an `@import` (which
 * may not stand inside a group) is left as written.
 */
function withStyleMedia(html: string): string {
  return html.replace(STYLE_WITH_MEDIA, (whole, before: string, dq?: string, sq?: string, bare?: string, after = '', css = '') => {
    const media = (dq ?? sq ?? bare ?? '').trim();
    if (media === '' || /^all$/i.test(media) || /@import\b/i.test(css) || /[{}]/.test(media)) return whole;
    return `<style${before}${after}>@media ${media} {\n${css}\n}</style>`;
  });
}

type AttachProto = { attachShadow: (this: Element, init: ShadowRootInit) => ShadowRoot };
const hostsOfDocument = new WeakMap<Document, Element[]>();
const recorded = new WeakSet<AttachProto>();
/**
 * happy-dom's element classes are shared by its windows: attachShadow is wrapped once, and records a host
 * for the documents made here (weakly held: a document read and dropped is not kept).
 */
function recordAttachments(proto: AttachProto): void {
  if (recorded.has(proto)) return;
  recorded.add(proto);
  const attach = proto.attachShadow;
  proto.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attach.call(this, init);
    hostsOfDocument.get(this.ownerDocument)?.push(this);
    return root;
  };
}

/** A `<style>` and its text. */
const STYLE_TEXT = /(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi;

/**
 * The style sheets of a page as they applied to it once its web components were defined: `:not(:defined)` matching no
 * element, `:defined` every one (`:is(*)`). The usual guard against a flash of content before a component's script runs —
 * `my-panel:not(:defined) { display: none }` — hid the page's whole content here, where no script runs and happy-dom
 * (21.x) matches `:defined` never (round eighty-two's variants: every page read to nothing). A saved page is read as the
 * browser drew it when it was saved, its components defined by then.
 */
function withComponentsDefined(html: string): string {
  if (!/:defined\b/i.test(html)) return html;
  return html.replace(STYLE_TEXT, (m, open: string, css: string, close: string) =>
    /:defined\b/i.test(css) ? `${open}${css.replace(/:not\(\s*:defined\s*\)/gi, ':not(*)').replace(/:defined\b/gi, ':is(*)')}${close}` : m,
  );
}

/** Comments, then `<script>` and `<style>` with their raw text (and the other raw-text elements, whose text is left as it is). */
const RAW_TEXT_SCAN = /<!--[\s\S]*?-->|<(script|style|textarea|title|xmp)\b[^>]*>([\s\S]*?)(<\/\1\s*>)/gi;

/**
 * happy-dom's parser (21.x) reads a `<` in a script's or a style's text as the start of a tag name that runs to the next
 * space, `/`, `!`, `>` or `?`: where the text after such a `<` has none of those up to the element's end tag, the name
 * swallows the end tag's `<` and the element never ends — the rest of the page became its text and the readers saw an
 * empty body (round eighty-two: a saved page whose inline script ended `…i<n;i++)f(i)}()</script>`, or a style ending
 * `content:"<"}</style>`, read to nothing). A browser ends the element at its end tag whatever its text holds. So a
 * script's or style's text whose last `<` runs so to its end gets a line break before its end tag, where the name stops:
 * no script runs in the command line's window, and white space at a style sheet's end changes none of its rules.
 */
function withRawTextClosable(html: string): string {
  if (!/<\/(?:script|style)/i.test(html)) return html;
  return html.replace(RAW_TEXT_SCAN, (m, tag: string | undefined, text: string | undefined, end: string | undefined) => {
    // (only where the last "<" runs to the end with none of those: every other text is left as it is)
    if (tag === undefined || !/^(?:script|style)$/i.test(tag) || !text || !/<[^\s/!>?]*$/.test(text)) return m;
    return `${m.slice(0, m.length - text.length - end!.length)}${text}\n${end}`;
  });
}

/** The mark left where a template was set aside: a comment, which a table's parse keeps in place. */
const ASIDE = 'icp-template-aside:';
/** Comments and raw-text elements (a "<template>" in them is text), then template tags. */
const TEMPLATE_SCAN = /<!--[\s\S]*?-->|<(script|style|textarea|title|xmp)\b[^>]*>[\s\S]*?<\/\1\s*>|<template\b([^>]*)>|<\/template\s*>/gi;

interface AsideTemplate {
  attrs: string;
  content: string;
}

/**
 * happy-dom's parser (21.x) mangles a `<template>` met inside a table (`<tbody><template><tr>…`, a list's
 * row template): it leaves the template empty and puts its rows among the table's own, where the readers
 * would read them as data (and inside a shadow root's template it loses the table's rows); a browser keeps
 * them in the template's inert content. So each outermost `<template>` but a declarative shadow root is
 * written as a comment mark and built after the parse in the mark's place (restoreTemplates). Shadow-root
 * templates are left to the parser (attachShadowRoots); ordinary templates inside them are set aside alike.
 */
function setTemplatesAside(html: string): { html: string; templates: AsideTemplate[] } {
  const templates: AsideTemplate[] = [];
  let out = '';
  let copied = 0;
  let depth = 0;
  let attrs = '';
  let innerStart = 0;
  for (const m of html.matchAll(TEMPLATE_SCAN)) {
    const at = m.index ?? 0;
    if (m[0].startsWith('<!--') || m[1] !== undefined) continue;
    if (m[0][1] !== '/') {
      if (depth === 0 && /\bshadowrootmode\s*=/i.test(m[2] ?? '')) continue;
      if (depth++ > 0) continue;
      out += html.slice(copied, at);
      attrs = m[2] ?? '';
      innerStart = at + m[0].length;
    } else if (depth > 0 && --depth === 0) {
      out += `<!--${ASIDE}${templates.length}-->`;
      templates.push({ attrs, content: html.slice(innerStart, at) });
      copied = at + m[0].length;
    }
  }
  if (depth > 0) return { html, templates: [] }; // an unclosed template: parse as written
  return { html: out + html.slice(copied), templates };
}

/** Each mark under `root` (template contents too) replaced by its template, built outside any table. */
function restoreTemplates(document: Document, root: Node, templates: AsideTemplate[]): void {
  for (let c = root.firstChild; c; ) {
    const next = c.nextSibling;
    if (c.nodeType === 8 && (c.nodeValue ?? '').startsWith(ASIDE)) {
      const aside = templates[Number((c.nodeValue ?? '').slice(ASIDE.length))];
      // The saved page's own markup, parsed as a document of its own (no script runs in the command
      // line's window) and adopted with its inert content: no element's HTML is set from page text.
      // (happy-dom's document parse drops row tags met outside a table, so a row template's content keeps
      // its text but not its <tr> / <td> tags: inert content no reader looks into.)
      const parsed = aside && new (document.defaultView as unknown as { DOMParser: typeof DOMParser }).DOMParser().parseFromString(`<template${aside.attrs}>${aside.content}</template>`, 'text/html');
      const t = parsed?.querySelector('template');
      if (t) c.parentNode?.replaceChild(document.importNode(t, true), c);
    } else if (c.nodeType === 1) {
      restoreTemplates(document, c, templates);
      if ((c as Element).tagName === 'TEMPLATE') restoreTemplates(document, (c as HTMLTemplateElement).content, templates);
    }
    c = next;
  }
}

function attachShadowRoots(root: ParentNode): void {
  for (const t of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = t.parentElement;
    const mode = t.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    const shadow = host.attachShadow({ mode });
    shadow.appendChild((t as HTMLTemplateElement).content);
    t.remove();
    attachShadowRoots(shadow);
  }
}
