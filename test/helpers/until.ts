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
