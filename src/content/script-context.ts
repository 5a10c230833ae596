import { browser } from 'wxt/browser';

/**
 * The console content scripts' context: WXT's entry wrapper builds one per script start and passes it
 * to `main` (src/content/console-content-script.ts). The content-script builds resolve
 * `wxt/utils/content-script-context` to this module (build/content-script-minify.ts), in place of WXT's
 * class (measured: 0.4–0.5 KB gzip less per content script). It keeps what WXT's does for us:
 * - invalid once the extension is updated, reloaded or removed (`browser.runtime.id` is gone), or once
 *   a newer copy of the same script starts in the page (an event on the document, named per
 *   extension and script): listeners added through it are removed, its timeouts do not run,
 *   `onInvalidated` callbacks run;
 * - `wxt:locationchange` for SPA navigation (history.pushState…): the Navigation API where the
 *   browser has it, else a 1 s poll of location.href.
 * Only what run-console-page calls is here (test/ui/script-context.test.ts).
 */
export class ContentScriptContext {
  readonly signal: AbortSignal;
  private readonly abortController = new AbortController();

  constructor(name: string, _options?: unknown) {
    this.signal = this.abortController.signal;
    const started = `${browser.runtime?.id}:${name}:wxt:content-script-started`;
    const messageId = Math.random().toString(36).slice(2);
    // a copy of this script that started before this one (an older version of the extension) stops;
    // the event's detail as WXT's context sends it, so a copy built with WXT's stops too
    document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: name, messageId } }));
    this.addEventListener(document, started, (event: Event) => {
      const detail = (event as CustomEvent<{ contentScriptName?: string; messageId?: string } | null>).detail;
      if (detail?.contentScriptName === name && detail.messageId !== messageId) this.notifyInvalidated();
    });
  }

  get isValid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return !this.signal.aborted;
  }

  onInvalidated(cb: () => void): void {
    this.signal.addEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.abortController.abort();
  }

  /** setTimeout that does not run once the context is invalid. */
  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  /**
   * target.addEventListener, removed when the context is invalidated. `wxt:locationchange` on window:
   * called with the new URL whenever the page's URL changes.
   */
  addEventListener(target: EventTarget, type: string, handler: (event: any) => void, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange') {
      this.watchLocation(handler);
      return;
    }
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  private watchLocation(handler: (event: { newUrl: URL; oldUrl: URL }) => void): void {
    if (!this.isValid) return;
    let last = location.href;
    const check = (href: string) => {
      if (href === last || !this.isValid) return;
      const oldUrl = new URL(last);
      last = href;
      handler({ newUrl: new URL(href), oldUrl });
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      this.addEventListener(navigation, 'navigate', (event: { destination: { url: string } }) => check(event.destination.url));
    } else {
      const poll = window.setInterval(() => check(location.href), 1000);
      this.onInvalidated(() => clearInterval(poll));
    }
  }
}

/** What the console page's code uses of its context (WXT's class or this one). */
export type PageContext = Pick<ContentScriptContext, 'isValid' | 'setTimeout' | 'onInvalidated' | 'addEventListener'>;
