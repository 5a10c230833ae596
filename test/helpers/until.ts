/**
 * Waits for what a rendered UI shows, not for a fixed time: a fixed 30 ms wait for the popup's
 * asynchronous first render failed CI once under a loaded machine (session 37's run, provider-links).
 * Throws, naming what it waited for, when the condition does not hold within `ms`.
 */
export async function until(ready: () => boolean, what: string, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!ready()) {
    if (Date.now() - start > ms) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The popup has rendered its checklist (its loading state, `aria-busy`, is gone). */
export const popupShown = (el: Element) => until(() => el.firstElementChild !== null && !el.querySelector('[aria-busy="true"]'), 'the popup to show its checklist');

/**
 * Waits (at most `ms`) until `get()` gives `expected` (deep equality); returns either way, so that the caller's
 * `expect(get()).toEqual(expected)` shows the difference when it never came. For a change the page makes
 * asynchronously (a re-read after a mutation): a fixed wait fails when a loaded machine delays the read's chunks.
 */
export async function settledOn<T>(get: () => T, expected: T, ms = 5000): Promise<void> {
  const { isDeepStrictEqual } = await import('node:util');
  await until(() => isDeepStrictEqual(get(), expected), 'a value', ms).catch(() => undefined);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A page's debounced timers have run: `ms`, then on until the event loop keeps time again (three 20 ms timers in a row
 * each late by under 20 ms; at most 3 s). A fixed wait alone failed on a loaded machine.
 */
export async function settle(ms = 120): Promise<void> {
  await sleep(ms);
  for (let onTime = 0, waited = 0; onTime < 3 && waited < 3000; ) {
    const t = performance.now();
    await sleep(20);
    const took = performance.now() - t;
    waited += took;
    onTime = took < 40 ? onTime + 1 : 0;
  }
}
