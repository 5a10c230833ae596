/**
 * The text of `box` outside the elements in it matching `skip` (each text node's own, after `sep`), left once longer than
 * `max` (a caller whose answer is no past a length need not read on): a box's words without its controls, an alert's
 * without its tables, a header cell's without its icons. Pure.
 */
export function textOutside(box: Element, skip: string, max = Infinity, sep = ''): string {
  let text = '';
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && text.length <= max; n = walker.nextNode()) {
    const at = n.parentElement?.closest(skip);
    if (!at || !box.contains(at)) text += sep + (n.nodeValue ?? '');
  }
  return text;
}
