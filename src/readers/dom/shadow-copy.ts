import { createVisibilityCache, hidingScope, isSelfHidden, ownTextHidden, type HidingScope } from './visibility';

/**
 * A page whose content sits in OPEN shadow roots (a micro-frontend mounted with strict style
 * isolation, qiankun's `strictStyleIsolation`) shows that content, but the readers' queries and
 * walks stop at a shadow boundary. For such a page: a copy of what is shown, in one light DOM —
 * each open shadow root's content in place of its host's children (a `<slot>` by the nodes assigned
 * to it), hidden elements (judged on the live page, with its styles and each root's own) left out,
 * control values kept. Closed shadow roots cannot be read: their content stays unknown. undefined when the page has no
 * open shadow root. `hosts`: the page's open shadow roots' hosts where they are known (a content
 * script's, ../../ui/page/shadow-watch), so that a page without any costs no look at every element.
 * Never throws.
 */
export function shownCopy(doc: Document, hosts?: readonly Element[]): Document | undefined {
  try {
    const body = doc.body;
    const hasRoot = (e: Element) => !!e.shadowRoot && e.isConnected;
    if (!body || !(hosts ?? trackedHosts.get(doc) ?? openHosts(body)).some(hasRoot)) return undefined;
    const copy = doc.implementation.createHTMLDocument();
    const cache = createVisibilityCache();
    // each root's own style sheets hide its elements too; a slot's assigned nodes are of its host's tree
    const outer = new Map<Node, HidingScope | undefined>();
    const put = (from: Node, to: Node, scope: HidingScope | undefined): void => {
      const assigned = from.nodeName === 'SLOT' ? (from as HTMLSlotElement).assignedNodes() : [];
      const root = (from as Element).shadowRoot;
      let inner = scope;
      if (assigned.length > 0) inner = outer.get(from.getRootNode());
      else if (root) {
        inner = hidingScope(root);
        outer.set(root, scope);
      }
      // (a visibility shell's own text is not drawn, nor a size-0 box's: only its children shown again are)
      const shell = from.nodeType === 1 && assigned.length === 0 && !root && ownTextHidden(from as Element);
      for (const c of assigned.length > 0 ? assigned : Array.from((root ?? from).childNodes)) {
        // (a radio or checkbox hidden under the label drawing it — opacity 0, a custom control's native input — still
        // holds the choice the label shows: kept, hidden as on the page)
        const hidden = c.nodeType === 1 && isSelfHidden(c as Element, cache, inner);
        if (hidden && !isChoiceInput(c as Element)) continue;
        if (c.nodeType === 3 && shell) continue;
        const e = to.appendChild(c.cloneNode()) as Element;
        if (hidden) e.setAttribute('hidden', '');
        if (c.nodeType !== 1) continue;
        const live = c as HTMLInputElement & HTMLOptionElement;
        // the live choice, never the markup's default (a `checked` / `selected` attribute React wrote on its first render)
        if (live.tagName === 'INPUT' || live.tagName === 'OPTION') {
          const prop = live.tagName === 'INPUT' ? 'checked' : 'selected';
          const on = live[prop] === true;
          if (on) e.setAttribute(prop, '');
          else e.removeAttribute(prop);
          (e as HTMLInputElement & HTMLOptionElement)[prop] = on;
        }
        if (live.tagName === 'INPUT') e.setAttribute('value', live.value);
        if (live.tagName === 'TEXTAREA') e.textContent = live.value;
        else put(c, e, inner);
      }
    };
    put(body, copy.body, undefined);
    return copy;
  } catch {
    return undefined;
  }
}

/** A radio button or a checkbox: its checked state is what the label around or beside it draws. */
function isChoiceInput(el: Element): boolean {
  return el.tagName === 'INPUT' && /^(?:radio|checkbox)$/i.test(el.getAttribute('type') ?? '');
}

/**
 * True when an open shadow root's host also has content of its own (elements, or text that is not blank):
 * such content is drawn only where the root's `<slot>`s take it, inside the root's labels and boxes, or
 * not at all — a read of the light DOM alone pairs it with nothing, or with what it is not drawn beside
 * (a web component's labels in its root, its values slotted from the page). `hosts` as for shownCopy.
 * Never throws.
 */
export function hasSlottedContent(doc: Document, hosts?: readonly Element[]): boolean {
  try {
    const body = doc.body;
    if (!body) return false;
    const slotted = (e: Element): boolean => {
      const root = e.shadowRoot;
      if (!root || !e.isConnected) return false;
      let own = false;
      let taken: Set<Node> | undefined;
      for (let c = e.firstChild; c; c = c.nextSibling) {
        if (c.nodeType !== 1 && !(c.nodeType === 3 && (c.nodeValue ?? '').trim() !== '')) continue;
        own = true;
        // content no slot takes is not drawn, yet the light DOM's read would take it as shown
        taken ??= new Set(Array.from(root.querySelectorAll('slot')).flatMap((slot) => Array.from((slot as HTMLSlotElement).assignedNodes())));
        if (!taken.has(c)) return true;
      }
      // a root that draws words of its own (labels) around what it slots; one that only wraps it
      // (<div class="card"><slot></slot></div>) draws the page's content where it stands: read in place
      return own && drawsWords(root);
    };
    return (hosts ?? hostsOnce(body)).some(slotted);
  } catch {
    return false;
  }
}

/**
 * Where no one keeps the hosts (the command line, a test's read without a content script): the open
 * shadow roots' hosts, looked for once per document. Every read asks hasSlottedContent, and a read of a
 * big list comes in many chunks: a look at every element per read cost a 4,000-row list seconds in happy-dom.
 */
const hostsByBody = new WeakMap<Element, Element[]>();
function hostsOnce(body: Element): Element[] {
  const tracked = trackedHosts.get(body.ownerDocument);
  if (tracked) return [...tracked];
  let hosts = hostsByBody.get(body);
  if (!hosts) hostsByBody.set(body, (hosts = openHosts(body)));
  return hosts;
}

/** Documents whose every attachShadow is recorded as it happens: their hosts need no walk at all. */
const trackedHosts = new WeakMap<Document, readonly Element[]>();

/**
 * Says that `hosts` lists every element of `doc` given a shadow root, now and later (the command line's
 * happy-dom document records each attachShadow: ../../cli/html-document). The walk for them cost a
 * 500-row list's read in happy-dom about half as much again.
 */
export function trackShadowHosts(doc: Document, hosts: readonly Element[]): void {
  trackedHosts.set(doc, hosts);
}

/** The elements under `body` with an open shadow root, in one walk (a TreeWalker: happy-dom's querySelectorAll('*') grows with the square of the page, 2 s for 20,000 elements). */
function openHosts(body: Element): Element[] {
  const out: Element[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, 1);
  for (let e = walker.nextNode() as Element | null; e; e = walker.nextNode() as Element | null) if (e.shadowRoot) out.push(e);
  return out;
}

/** Text a shadow root draws itself: a text that is not blank outside its slots (their fallback), styles and scripts. */
function drawsWords(root: ShadowRoot): boolean {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && (c.nodeValue ?? '').trim() !== '') return true;
      if (c.nodeType === 1 && !/^(?:SLOT|STYLE|SCRIPT|TEMPLATE)$/i.test((c as Element).tagName)) stack.push(c);
    }
  }
  return false;
}
