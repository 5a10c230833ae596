/**
 * The DOM nodes `fn` reaches in a happy-dom document: the nodes its tree-walking getters and selector calls
 * return (a getter's own internal steps are not counted, as a browser's nextElementSibling reaches no text
 * node). In Chromium each node a content script reaches for the first time costs its wrapper
 * (bench/first-touch-cost.mts). The getters are put back when `fn` returns or throws.
 */
const GETTERS = ['firstChild', 'lastChild', 'nextSibling', 'previousSibling', 'parentNode', 'parentElement', 'firstElementChild', 'lastElementChild', 'nextElementSibling', 'previousElementSibling', 'children', 'childNodes', 'documentElement', 'body', 'head'];
const METHODS = ['querySelector', 'querySelectorAll', 'closest', 'getElementById', 'getElementsByTagName'];

export function nodesReached<T>(doc: Document, fn: () => T): { value: T; reached: Set<Node> } {
  const reached = new Set<Node>();
  const note = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    if ('nodeType' in v) reached.add(v as Node);
    else if (typeof (v as NodeList).item === 'function') for (const n of Array.from(v as NodeList)) reached.add(n);
  };
  let inner = false;
  const noted = (call: () => unknown) => {
    if (inner) return call();
    inner = true;
    try {
      const v = call();
      note(v);
      return v;
    } finally {
      inner = false;
    }
  };
  const protos = new Set<object>();
  for (const start of [doc, doc.body] as object[]) for (let p = Object.getPrototypeOf(start) as object | null; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) protos.add(p);
  const restore: Array<() => void> = [];
  for (const proto of protos) {
    for (const name of [...GETTERS, ...METHODS]) {
      const own = Object.getOwnPropertyDescriptor(proto, name);
      if (!own) continue;
      if (own.get) {
        const get = own.get;
        Object.defineProperty(proto, name, { configurable: true, get(this: Node) { return noted(() => get.call(this)); } });
      } else if (typeof own.value === 'function') {
        const f = own.value as (...a: unknown[]) => unknown;
        Object.defineProperty(proto, name, { configurable: true, writable: true, value(this: Node, ...a: unknown[]) { return noted(() => f.apply(this, a)); } });
      } else continue;
      restore.push(() => Object.defineProperty(proto, name, own));
    }
  }
  try {
    return { value: fn(), reached };
  } finally {
    for (const r of restore) r();
  }
}
