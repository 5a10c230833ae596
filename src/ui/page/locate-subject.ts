/**
 * Where an in-page warning goes: next to the row or field whose visible text (or input value) contains
 * the result's subject — the instance id, the domain, the website name. Pure DOM reading; no class
 * names, so it survives console redesigns. Our own warning hosts are never matched.
 */
export const HOST_TAG = 'icp-preflight-warning';

const ROW = 'tr, [role="row"]';
const CELL = 'td, th, [role="gridcell"], [role="cell"]';
/** What an id, a domain or a name is made of (the pieces the row index is keyed by). */
const TOKEN = /[\p{L}\p{N}_.-]+/gu;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', HOST_TAG.toUpperCase()]);

function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** The needle occurs as a whole token: not inside a longer id or domain name. */
export function containsSubject(text: string, subject: string): boolean {
  const hay = fold(text);
  const needle = fold(subject).trim();
  if (!needle) return false;
  let i = hay.indexOf(needle);
  while (i >= 0) {
    const before = hay[i - 1] ?? ' ';
    const after = hay.slice(i + needle.length, i + needle.length + 2);
    const okBefore = !/[\p{L}\p{N}_-]/u.test(before);
    const okAfter = !/^[\p{L}\p{N}_-]/u.test(after) && !/^\.[\p{L}\p{N}]/u.test(after);
    if (okBefore && okAfter) return true;
    i = hay.indexOf(needle, i + 1);
  }
  return false;
}

function insideHost(el: Element): boolean {
  return el.closest(HOST_TAG) !== null;
}

/**
 * Text of an element as separate pieces (text nodes joined by a space, as they appear apart on
 * screen), without our own warning hosts.
 */
function ownText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (p && !SKIP.has(p.tagName) && !insideHost(p)) parts.push(n.textContent ?? '');
  }
  return parts.join(' ');
}

export interface Placement {
  /** The element the warning host is appended to (a table cell, a field's container, a text block). */
  anchor: Element;
  kind: 'row' | 'field' | 'text';
}

/**
 * A locator over one document state. Row texts are read once per locator, so placing many warnings
 * on a long list stays linear. Create a new one after the page changes.
 */
export function createSubjectLocator(doc: Document): (subject: string) => Placement | null {
  // textContent is native and fast: a folded copy per row finds the candidates, and only those are
  // read piece by piece for the whole-token check
  type Row = { el: Element; folded: string };
  let rows: Row[] | undefined;
  let byToken: Map<string, Row[]> | undefined;
  const allRows = () =>
    (rows ??= [...doc.querySelectorAll(ROW)].filter((r) => !insideHost(r)).map((el) => ({ el, folded: fold(el.textContent ?? '') })));
  // rows by the ids and domain names they show (and a domain's parents: www.a.com → a.com), so that
  // placing thousands of warnings on a long list does not scan every row for each
  const tokenIndex = () => {
    if (byToken) return byToken;
    byToken = new Map();
    for (const r of allRows()) {
      const pieces: string[] = [];
      const walker = doc.createTreeWalker(r.el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) pieces.push(fold(n.textContent ?? ''));
      for (const t of new Set(pieces.join(' ').match(TOKEN) ?? [])) {
        for (let i = -1, at = t; ; ) {
          const list = byToken.get(at);
          if (!list) byToken.set(at, [r]);
          else if (list[list.length - 1] !== r) list.push(r);
          i = t.indexOf('.', i + 1);
          if (i < 0) break;
          at = t.slice(i + 1);
        }
      }
    }
    return byToken;
  };

  return (subject: string): Placement | null => {
    const needle = fold(subject).trim();
    if (!needle) return null;
    // 1. a table row: the innermost row that shows the subject, and in it the cell that does
    const single = needle.match(TOKEN);
    const shows = (r: Row) => r.folded.includes(needle) && containsSubject(ownText(r.el), subject);
    let matching = single?.length === 1 && single[0] === needle ? (tokenIndex().get(needle) ?? []).filter(shows) : [];
    // not found by its pieces (split across elements, or several words): every row
    if (matching.length === 0) matching = allRows().filter(shows);
    const row = matching.find((r) => !matching.some((o) => o !== r && r.el.contains(o.el)));
    if (row) {
      const cell = [...row.el.querySelectorAll(CELL)].find((c) => containsSubject(ownText(c), subject));
      return { anchor: cell ?? row.el, kind: 'row' };
    }
    // 2. a form field whose value is the subject: its container with the label
    for (const input of doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (insideHost(input) || input.type === 'hidden' || !containsSubject(input.value, subject)) continue;
      let field: Element = input.parentElement ?? input;
      for (let up = 0; up < 5 && field.parentElement && field.parentElement !== doc.body; up++) {
        if (ownText(field).trim()) break;
        field = field.parentElement;
      }
      return { anchor: field, kind: 'field' };
    }
    // 3. any visible text: the text's element
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => {
        const p = n.parentElement;
        if (!p || SKIP.has(p.tagName) || insideHost(p)) return NodeFilter.FILTER_REJECT;
        return containsSubject(n.textContent ?? '', subject) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
    const text = walker.nextNode();
    if (text?.parentElement) return { anchor: text.parentElement.closest('p, li, dd, td, div, section') ?? text.parentElement, kind: 'text' };
    return null;
  };
}
