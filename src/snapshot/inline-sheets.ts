import type { SheetTexts } from './sheet-texts';

/**
 * A page copy's linked style sheets put in as `<style>`s holding their text (./sheet-texts), where the text could be had:
 * the same rules in the same place of the cascade, and readable by the readers (a link's sheet is another origin's in the
 * copy). Each `<style>` takes its link's place, so that the copy keeps the page's element tree (./node-path) and the order
 * of its sheet owners (the snapshot's `disabledSheets` count `<style>`s and linked sheets together); it carries its link's
 * `media` and `title` (which sheets of a set apply) and INLINED_ATTR, the link's URL (the snapshot's `sheets`, rules
 * inserted into the page's `<style>`s, count the page's `<style>`s only: ./open-copy applyScope leaves these out).
 *
 * A `url()` in such a sheet resolves against the page's URL instead of the sheet's: the copy loads nothing but style sheets
 * (its policy), and the readers read no URL of a style. A sheet with an `@import` is not held as text (./sheet-texts).
 */
export const INLINED_ATTR = 'data-icp-preflight-sheet';

/** The longest wait for the texts: a sheet not had by then is linked, and the copy waits for its load as for any. */
export const SHEET_TEXT_TIMEOUT_MS = 5_000;

/** `root`'s links a browser loads as style sheets, with their URLs (resolved against `baseUrl`; http and https only). */
export function linkedSheets(root: ParentNode, baseUrl: string): Array<{ link: Element; url: string }> {
  const out: Array<{ link: Element; url: string }> = [];
  for (const link of Array.from(root.querySelectorAll('link[rel~="stylesheet" i][href]'))) {
    const type = link.getAttribute('type');
    // (disabled, an alternate sheet, another type: not loaded, nothing to put in)
    if (link.hasAttribute('disabled') || /(^|\s)alternate(\s|$)/i.test(link.getAttribute('rel') ?? '') || (type !== null && type.trim() !== '' && !/^text\/css$/i.test(type.trim()))) continue;
    let url: URL;
    try {
      url = new URL((link.getAttribute('href') ?? '').trim(), baseUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    out.push({ link, url: url.href });
  }
  return out;
}

/**
 * Replaces each linked sheet of `roots` (a document, its open shadow roots: a micro-frontend's sheets are in its root) whose
 * text `texts` gives within `timeoutMs` by a `<style>` holding it (made in the link's document). Returns how many were replaced.
 */
export async function inlineLinkedSheets(roots: readonly ParentNode[], baseUrl: string, texts: SheetTexts, timeoutMs = SHEET_TEXT_TIMEOUT_MS): Promise<number> {
  const links = roots.flatMap((root) => linkedSheets(root, baseUrl));
  if (links.length === 0) return 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const got = await Promise.all(links.map(({ url }) => Promise.race([texts.get(url), late])));
    let n = 0;
    links.forEach(({ link, url }, i) => {
      const text = got[i];
      if (text === null || text === undefined || !link.parentNode) return;
      const style = link.ownerDocument.createElement('style');
      style.setAttribute(INLINED_ATTR, url);
      for (const name of ['media', 'title']) {
        const v = link.getAttribute(name);
        if (v !== null) style.setAttribute(name, v);
      }
      style.textContent = text;
      link.replaceWith(style);
      n++;
    });
    return n;
  } finally {
    clearTimeout(timer);
  }
}
