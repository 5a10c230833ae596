/**
 * Counts the DOM calls (property reads and methods of happy-dom's nodes) made while `fn` runs: a measure of a read's work
 * that does not depend on the machine. happy-dom's getters cost 0.2–1 µs each, so the count tracks the command line's read
 * time; Chromium's are cheaper, but the same calls are made there. A query (querySelector, querySelectorAll,
 * getElementsByTagName) counts the elements under its node, once for each selector of its list: happy-dom walks them all
 * (~1 µs an element a selector), and three such queries over a 500-row list's body beside its locked columns had made the
 * session 47 first read 30% slower unseen by a count of calls.
 * Patches the prototypes of the document's window for the call only (a test file of its own: test/perf).
 */
const GETTERS = ['firstChild', 'lastChild', 'firstElementChild', 'lastElementChild', 'nextSibling', 'previousSibling', 'nextElementSibling', 'previousElementSibling', 'parentElement', 'parentNode', 'childElementCount', 'children', 'childNodes', 'textContent', 'nodeValue', 'id', 'className', 'tagName', 'ownerDocument'];
const METHODS = ['getAttribute', 'hasAttribute', 'hasAttributes', 'getAttributeNames', 'matches', 'closest', 'querySelector', 'querySelectorAll', 'contains', 'getElementsByTagName', 'compareDocumentPosition'];

/** Methods that walk the elements under their node (weighed by them: one call over a 500-row body is no single step). */
const QUERIES = new Set(['querySelector', 'querySelectorAll', 'getElementsByTagName']);

/** Elements under `node`, counted without the counter (happy-dom's own calls are not counted: see depth). */
function elementsUnder(node: Node): number {
  let n = 0;
  const visit = (e: Element) => {
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      n++;
      visit(c);
    }
  };
  const start = node.nodeType === 9 ? (node as Document).documentElement : (node as Element);
  if (start) visit(start);
  return Math.max(1, n);
}

/** The selectors of a selector list (`table, [role="grid"]`: 2), 1 for a tag name. */
function selectorCount(selector: unknown): number {
  return typeof selector === 'string' ? selector.split(',').length : 1;
}

export function countDomCalls<T>(doc: Document, fn: () => T): { result: T; calls: number } {
  let calls = 0;
  // (a call happy-dom makes inside another is not the caller's: counted once, at the outside)
  let depth = 0;
  const restore: Array<() => void> = [];
  const owner = (o: object, name: string): object | null => {
    for (let p: object | null = o; p; p = Object.getPrototypeOf(p)) if (Object.getOwnPropertyDescriptor(p, name)) return p;
    return null;
  };
  const samples: object[] = [doc, doc.documentElement, doc.createElement('div'), doc.createElement('td'), doc.createTextNode('x')];
  const patched = new Set<string>();
  for (const sample of samples) {
    for (const name of [...GETTERS, ...METHODS]) {
      const proto = owner(sample, name);
      if (!proto) continue;
      const key = `${proto.constructor.name}.${name}`;
      if (patched.has(key)) continue;
      patched.add(key);
      const d = Object.getOwnPropertyDescriptor(proto, name)!;
      if (d.get) {
        const get = d.get;
        Object.defineProperty(proto, name, {
          ...d,
          get(this: unknown) {
            if (depth === 0) calls++;
            depth++;
            try {
              return get.call(this);
            } finally {
              depth--;
            }
          },
        });
      } else if (typeof d.value === 'function') {
        const f = d.value as (...a: unknown[]) => unknown;
        const query = QUERIES.has(name);
        Object.defineProperty(proto, name, {
          ...d,
          value(this: unknown, ...a: unknown[]) {
            // (a query walks the elements under its node — happy-dom walks them all for a list of selectors, even to find
            // the first: it counts them, each selector of the list once)
            if (depth === 0) {
              depth++;
              try {
                calls += query ? elementsUnder(this as Node) * selectorCount(a[0]) : 1;
              } finally {
                depth--;
              }
            }
            depth++;
            try {
              return f.apply(this, a);
            } finally {
              depth--;
            }
          },
        });
      } else continue;
      restore.push(() => Object.defineProperty(proto, name, d));
    }
  }
  try {
    return { result: fn(), calls };
  } finally {
    for (const r of restore) r();
  }
}
