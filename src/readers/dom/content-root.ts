import { isVisible, upperTag, type VisibilityCache } from './visibility';

const NOT_CONTENT = new Set(['STYLE', 'LINK', 'SCRIPT', 'TEMPLATE', 'META']);
const NOT_WALKED = new Set(['TABLE', 'UL', 'OL', 'SELECT', 'SVG']);

/**
 * The element the readers read: the body — or, where a micro-frontend draws the console page into an
 * open shadow root (wujie's `<wujie-app>`, qiankun's strict style isolation), the one element that
 * shadow root holds, as that is the page the user sees. Such a host sits near the top of the body (six
 * levels, lists and tables not walked), is visible, and its shadow tree holds more elements than the
 * body around it (a web component's icon or button does not count). A closed shadow root shows nothing.
 */
export function contentRoot(doc: Document, cache: VisibilityCache): Element {
  const body = doc.body ?? doc.documentElement;
  const hosts: Element[] = [];
  const visit = (el: Element, depth: number): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (c.shadowRoot) hosts.push(c);
      else if (depth < 6 && c.childElementCount < 50 && !NOT_WALKED.has(upperTag(c))) visit(c, depth + 1);
    }
  };
  visit(body, 0);
  let root: Element = body;
  let most = hosts.length > 0 ? body.getElementsByTagName('*').length : 0;
  for (const h of hosts) {
    const shadow = h.shadowRoot!;
    const n = shadow.querySelectorAll('*').length;
    const top = Array.from(shadow.children).filter((c) => !NOT_CONTENT.has(upperTag(c)));
    if (n > most && top.length === 1 && isVisible(h, cache)) {
      root = top[0]!;
      most = n;
    }
  }
  return root;
}
