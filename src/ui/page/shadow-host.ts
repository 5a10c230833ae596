import { HOST_TAG } from './locate-subject';

/**
 * A host element with a CLOSED shadow root: page scripts cannot reach into it (host.shadowRoot is
 * null for them), so the warnings, their text and their buttons are ours alone; the console's styles
 * do not reach in and ours do not leak out. The root is returned to the content script that made it.
 */
export function makeClosedHost(doc: Document, css: string): { host: HTMLElement; root: ShadowRoot; mount: HTMLElement } {
  const host = doc.createElement(HOST_TAG);
  const family = consoleFont(doc);
  if (family) host.style.setProperty('--icp-font', family);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  root.append(style, mount);
  return { host, root, mount };
}

/**
 * The console's typeface: its body's computed font-family, unless that is the browser's default (a page
 * that sets none: serif, Times), where our own stack reads better. Read as a value, set as a property
 * value (no style text is built from it). undefined when there is none or it cannot be read.
 */
export function consoleFont(doc: Document): string | undefined {
  try {
    const body = doc.body;
    const family = (body && doc.defaultView?.getComputedStyle(body).fontFamily)?.trim() ?? '';
    if (family === '' || family.length > 500) return undefined;
    const first = (family.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '').toLowerCase();
    return /^(?:serif|times(?: new roman)?|-webkit-standard|initial|inherit)$/.test(first) ? undefined : family;
  } catch {
    return undefined;
  }
}

/** A node inside one of our hosts (the warnings, the dialog): no page content. */
export function isOurs(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el && el.closest(HOST_TAG) !== null;
}
