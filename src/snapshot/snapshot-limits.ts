/** A page snapshot's limits and shapes that the content scripts use too (no zod there: ./snapshot-schema validates). */

/** The console families a content script reads for (each bundles its own hosts; src/ui/page/family-reads.ts). */
export const FAMILIES = ['ecs', 'swas', 'domain', 'beian', 'tencent'] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * The largest page read (UTF-16 code units of its markup): a 20,000-row list is 3.6 million; a browser message
 * carries at most 64 MiB of JSON. A larger page is not read, and the content script says so.
 */
export const MAX_SNAPSHOT_CHARS = 24_000_000;
/** Form controls whose state is carried (a page's first ones, in document order). */
export const MAX_CONTROLS = 20_000;

/** The controls whose state a snapshot carries, the same query on the page and on its copy. */
export const CONTROLS = 'input, textarea, option';

/**
 * What tells a control from its neighbours (its tag, type, name and id; an option's value): a state carried by
 * index is applied to the control with its key, so that a control the copy's parser put elsewhere (an `<input>`
 * directly in a `<tr>` goes before the table) does not take another's value.
 */
export function controlKey(el: Element): string {
  const value = el.tagName === 'OPTION' ? (el.getAttribute('value') ?? el.textContent ?? '') : '';
  return `${el.tagName} ${el.getAttribute('type') ?? ''} ${el.getAttribute('name') ?? ''} ${el.id} ${value}`.slice(0, 300);
}

/** The elements whose style sheet the snapshot says is disabled: the same query on the page and on its copy. */
export const SHEET_OWNERS = 'style, link[rel~="stylesheet" i]';
/** Open shadow roots whose state (controls, CSSOM rules, adopted sheets) a snapshot carries. */
export const MAX_SHADOWS = 2000;

/**
 * A page's markup longer than this goes to the background in parts of this many characters, each its own message
 * (a task of its own on the page's main thread: encoding a 3.6-million-character message took about 30 ms).
 */
export const PART_CHARS = 1_000_000;
/** Parts of one markup at most (MAX_SNAPSHOT_CHARS / PART_CHARS, and one for the cuts moved off a surrogate pair). */
export const MAX_PARTS = Math.ceil(MAX_SNAPSHOT_CHARS / PART_CHARS) + 1;

/** `html` cut into parts of at most `size` characters, never between the two halves of a surrogate pair (a message would carry each half as U+FFFD). */
export function markupParts(html: string, size = PART_CHARS): string[] {
  const out: string[] = [];
  for (let at = 0; at < html.length; ) {
    let end = Math.min(html.length, at + size);
    const last = html.charCodeAt(end - 1);
    if (end < html.length && last >= 0xd800 && last <= 0xdbff && end - 1 > at) end--;
    out.push(html.slice(at, end));
    at = end;
  }
  return out;
}
