/**
 * Counts the DOM calls (property reads and methods of happy-dom's nodes) made while `fn` runs: a measure of a read's work
 * that does not depend on the machine. happy-dom's getters cost 0.2–1 µs each (its querySelectorAll walks every element),
 * so the count tracks the command line's read time; Chromium's are cheaper, but the same calls are made there.
 * Patches the prototypes of the document's window for the call only (a test file of its own: test/perf).
 */
const GETTERS = ['firstChild', 'lastChild', 'firstElementChild', 'lastElementChild', 'nextSibling', 'previousSibling', 'nextElementSibling', 'previousElementSibling', 'parentElement', 'parentNode', 'childElementCount', 'children', 'childNodes', 'textContent', 'nodeValue', 'id', 'className', 'tagName', 'ownerDocument'];
const METHODS = ['getAttribute', 'hasAttribute', 'hasAttributes', 'getAttributeNames', 'matches', 'closest', 'querySelector', 'querySelectorAll', 'contains', 'getElementsByTagName', 'compareDocumentPosition'];

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
        Object.defineProperty(proto, name, {
          ...d,
          value(this: unknown, ...a: unknown[]) {
            if (depth === 0) calls++;
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
