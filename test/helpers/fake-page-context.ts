import type { PageContext } from '../../src/content/script-context';

/**
 * A content script's context for tests of runConsolePage in happy-dom: listeners and timers end with it;
 * `invalidate` is the extension reloaded or removed (the context says it is no longer valid, aborts its
 * signal and runs what was registered with onInvalidated).
 */
export function fakePageContext(): { ctx: PageContext; invalidate: () => void } {
  const controller = new AbortController();
  const invalidated: (() => void)[] = [];
  const ctx = {
    isValid: true,
    signal: controller.signal,
    setTimeout: (fn: () => void, ms?: number) => window.setTimeout(fn, ms),
    addEventListener: (target: EventTarget, type: string, fn: EventListener, opts?: AddEventListenerOptions) => target.addEventListener(type, fn, { ...opts, signal: controller.signal }),
    onInvalidated: (fn: () => void) => invalidated.push(fn),
  };
  return {
    ctx: ctx as unknown as PageContext,
    invalidate: () => {
      ctx.isValid = false;
      controller.abort();
      invalidated.forEach((f) => f());
    },
  };
}
