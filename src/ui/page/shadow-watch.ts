import { HOST_TAG } from './locate-subject';

/**
 * The OPEN shadow roots of a page (a micro-frontend mounted with strict style isolation: qiankun,
 * wujie), found as they appear, so the content script's MutationObserver can observe each one too
 * (a document observer sees nothing inside a shadow root) and the readers and markers can look into
 * them without scanning the page.
 *
 * Found: hosts present at the start; hosts in added subtrees (the caller passes every childList
 * record, from the document and from the shadow roots); a shadow root attached AFTER its host was
 * inserted makes no mutation: empty elements that may host one (attachShadow's tags, custom
 * elements) are looked at again a few times, backing off, after they were added. A shadow root
 * attached to a host with content of its own, or more than ~6 s after the host was added, is missed.
 * Closed shadow roots cannot be seen.
 */
export interface ShadowWatch {
  /** Hosts of the open shadow roots found (some may be disconnected by now). */
  readonly hosts: Element[];
  /** Looks at the added nodes of these records for hosts. */
  added(records: readonly MutationRecord[]): void;
  /** The open shadow roots found whose host is in the page. */
  roots(): ShadowRoot[];
}

/** Tags attachShadow accepts (and custom elements, with a '-'). */
const MAY_HOST = /^(?:div|span|section|article|aside|main|nav|header|footer|p|blockquote|body|h[1-6])$|-/i;
const SKIP = new Set(['TABLE', 'SVG', 'svg', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', HOST_TAG.toUpperCase()]);
/** Elements looked at per batch of records (a micro-frontend's host sits near the top of what is added). */
const MAX_LOOK = 2000;
/** Empty elements kept to look at again (from one look: the first; in all: the latest); the delays of the looks (ms, after the last one added). */
const MAX_NEW = 100;
const MAX_PENDING = 500;
const LOOKS = [50, 100, 200, 400, 800, 1600, 3200];

export function watchShadowRoots(doc: Document, found: (root: ShadowRoot) => void, later: (fn: () => void, ms: number) => unknown): ShadowWatch {
  const hosts: Element[] = [];
  let pending: Element[] = [];
  let look = 0;
  let timer = false;

  function take(el: Element): void {
    const root = el.shadowRoot;
    // (a host taken out of the page and put back, as a kept-alive micro-app is: taken again)
    if (!root || hosts.includes(el)) return;
    for (let i = hosts.length - 1; i >= 0; i--) if (!hosts[i]!.isConnected) hosts.splice(i, 1);
    hosts.push(el);
    found(root);
    scan(root);
  }

  /**
   * Hosts in `top` and below it (not inside tables, svg, scripts), up to `budget.n` elements; empty
   * candidates kept for later.
   */
  function scan(top: Node, budget = { n: Infinity, waits: MAX_NEW }): void {
    if (top.nodeType === 1 && SKIP.has((top as Element).tagName)) return;
    const walker = doc.createTreeWalker(top, NodeFilter.SHOW_ELEMENT, { acceptNode: (n) => (SKIP.has((n as Element).tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
    for (let n: Node | null = top.nodeType === 1 ? top : walker.nextNode(); n && budget.n-- > 0; n = walker.nextNode()) {
      const el = n as Element;
      if (el.shadowRoot) take(el);
      else if (!el.firstChild && budget.waits > 0 && MAY_HOST.test(el.tagName)) {
        budget.waits--;
        wait(el);
      }
    }
  }

  function wait(el: Element): void {
    if (pending.length >= MAX_PENDING) pending.shift();
    pending.push(el);
    look = 0;
    if (!timer) tick();
  }

  function tick(): void {
    timer = true;
    later(() => {
      const now = pending;
      pending = [];
      for (const el of now) {
        if (el.shadowRoot) take(el);
        else if (el.isConnected && !el.firstChild) pending.push(el);
      }
      look += 1;
      if (pending.length && look < LOOKS.length) tick();
      else {
        timer = false;
        pending = [];
      }
    }, LOOKS[look]!);
  }

  if (doc.body) scan(doc.body);
  return {
    hosts,
    added(records) {
      const budget = { n: MAX_LOOK, waits: MAX_NEW };
      for (let i = 0; i < records.length && budget.n > 0; i++) {
        const added = records[i]!.addedNodes;
        for (let j = 0; j < added.length; j++) if (added[j]!.nodeType === 1) scan(added[j]!, budget);
      }
    },
    roots: () => hosts.flatMap((h) => (h.isConnected && h.shadowRoot ? [h.shadowRoot] : [])),
  };
}
