import { HOST_TAG } from './locate-subject';
import { consoleFont } from './shadow-host';
import { overlayHostCss } from './warning-styles';

/**
 * The in-page overlay's host (markers, popover, summary pill: ./page-view), placed by the content
 * script at document start, before the console's page is first laid out: a fixed box of no size, a
 * closed shadow root holding only its own rule. On a very large page, an element added to the page
 * after its first layout costs the next frame a walk of the whole page (pre-paint: ~75 ms on 20,000
 * rows, bench/insert-frame-cost.mts) — the frame that would show the first marker; markers added inside
 * a host the page already laid out cost no such walk. It goes after `<body>` in `<html>` (as soon as
 * there is a body), so no selector of the console's (`body > :first-child`, `div + div`) meets it.
 */
export interface OverlayHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The root's style: the host's own rule until the page view adopts the host (./page-view). */
  style: HTMLStyleElement;
  /**
   * The markers' layer and the pill's mount, in the host from the start with the rule that places them:
   * the page view's first frame then adds no box of its own but the markers and the pill (one layout of
   * the console's page fewer in that frame: ~20 ms on a 20,000-row page).
   */
  layer: HTMLElement;
  mount: HTMLElement;
  /** Put the host back where it was placed (a console that rewrote `<html>`'s children dropped it). */
  replace(): void;
}

export function placeOverlayHost(doc: Document): OverlayHost {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = overlayHostCss;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const mount = doc.createElement('div');
  mount.className = 'ui';
  root.append(style, layer, mount);
  const place = (): boolean => {
    const html = doc.documentElement;
    if (!html || !doc.body) return false;
    if (!host.isConnected) html.appendChild(host);
    return true;
  };
  if (!place()) {
    // document start: no <body> yet. The observer's callback runs before the parser's task ends, so
    // before any frame lays out what the body holds.
    const watch = new MutationObserver(() => {
      if (place()) watch.disconnect();
    });
    watch.observe(doc, { childList: true, subtree: true });
  }
  return {
    host,
    root,
    style,
    layer,
    mount,
    replace: () => void place(),
  };
}

/**
 * Where the host waits for the console content script (the isolated world both scripts share, never
 * the page's): an extension's content scripts in one frame share their globals.
 */
const OVERLAY_GLOBAL = '__icpPreflightOverlayHost';

/** Placed at document start, for the console content script to take (entrypoints/overlay-host.content.ts). */
export function stashOverlayHost(doc: Document): void {
  (globalThis as Record<string, unknown>)[OVERLAY_GLOBAL] = placeOverlayHost(doc);
}

/** The host placed at document start, once (a script injected later, after an update, finds none). */
export function takeOverlayHost(): OverlayHost | undefined {
  const g = globalThis as Record<string, unknown>;
  const overlay = g[OVERLAY_GLOBAL] as OverlayHost | undefined;
  delete g[OVERLAY_GLOBAL];
  return overlay && overlay.host.ownerDocument === document ? overlay : undefined;
}

/** The console's typeface on an early host, once the page has a body to read it from (./shadow-host). */
export function adoptConsoleFont(doc: Document, host: HTMLElement): void {
  const family = consoleFont(doc);
  if (family) host.style.setProperty('--icp-font', family);
}
