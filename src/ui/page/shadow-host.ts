import { HOST_TAG } from './locate-subject';

/**
 * A host element with a CLOSED shadow root: page scripts cannot reach into it (host.shadowRoot is
 * null for them), so the warnings, their text and their buttons are ours alone; the console's styles
 * do not reach in and ours do not leak out. The root is returned to the content script that made it.
 */
export function makeClosedHost(doc: Document, css: string): { host: HTMLElement; root: ShadowRoot; mount: HTMLElement } {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  root.append(style, mount);
  return { host, root, mount };
}

/** A node inside one of our hosts (the warnings, the dialog): no page content. */
export function isOurs(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el && el.closest(HOST_TAG) !== null;
}
