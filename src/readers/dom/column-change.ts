/**
 * DOM changes to a table's columns (src/ui/page/run-console-page reads the page again for them; ./read-session drops
 * what they touch). A module of its own, with nothing of the reading model, so the content scripts carry only this.
 */

const COLUMN_TAGS = new Set(['COL', 'COLGROUP']);

export function isColumnNode(n: Node): boolean {
  return n.nodeType === 1 && COLUMN_TAGS.has((n as Element).tagName.toUpperCase());
}

/** Style declarations that only size a box: a column resized shows and hides nothing. */
const SIZE_PROPERTY = /^(?:min-|max-)?(?:width|height)$/;
/** …but for a size of nothing (0 in any unit, 0%) or 1 px, which ./visibility counts as hidden (computed: 0px, 1px). */
const HIDING_SIZE = /^(?:0+(?:\.0*)?(?:[a-z]+|%)?|1px)(?:\s*!|$)/;

/** A style attribute's declarations but those sizing the box (lower case, one string). */
function unsizedStyle(style: string | null): string {
  if (!style) return '';
  let out = '';
  for (const part of style.split(';')) {
    const i = part.indexOf(':');
    const prop = (i < 0 ? part : part.slice(0, i)).trim().toLowerCase();
    const value = i < 0 ? '' : part.slice(i + 1).trim().toLowerCase();
    if (prop === '' || (SIZE_PROPERTY.test(prop) && !HIDING_SIZE.test(value))) continue;
    out += `${prop}:${value};`;
  }
  return out;
}

/**
 * An attribute change that can show or hide nothing: a `style` whose only change is a box's width or
 * height (antd and Fusion rewrite a `<col>`'s width on every pointer move while a column is resized).
 * Needs the record's old value (an observer with `attributeOldValue: true`, as the content script's;
 * null: there was no such attribute); a record without one (undefined) may show or hide anything.
 */
export function onlyResized(r: MutationRecord): boolean {
  if (r.type !== 'attributes' || r.attributeName !== 'style' || r.oldValue === undefined || r.target.nodeType !== 1) return false;
  return unsizedStyle(r.oldValue) === unsizedStyle((r.target as Element).getAttribute('style'));
}

/**
 * A change to a table's columns that may show or hide some of its cells: an attribute of a `<col>` /
 * `<colgroup>` (its style, class, hidden, span: see ../../ui/page/run-console-page WATCHED_ATTRIBUTES)
 * but a resize (onlyResized), or one added or removed. Such a change alters no text: the content
 * script reads the page again for it.
 */
export function changesColumns(r: MutationRecord): boolean {
  if (r.type === 'attributes') return isColumnNode(r.target) && !onlyResized(r);
  if (r.type !== 'childList') return false;
  for (let i = 0; i < r.addedNodes.length; i++) if (isColumnNode(r.addedNodes[i]!)) return true;
  for (let i = 0; i < r.removedNodes.length; i++) if (isColumnNode(r.removedNodes[i]!)) return true;
  return false;
}

