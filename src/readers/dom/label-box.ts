import { isTurnLabelCell } from './turn-rows';
import { upperTag } from './visibility';

/**
 * Label boxes by structure, and boxes that hold labelled rows. Apart from ./field so that ./units (which
 * ./field reads through) can ask too. Pure; never throws.
 */

/** A class whose last token ends in `label` (`info-item-label`, `tea-form__label`, `label`): a label box. */
export const LABEL_CLASS = /(?:^|[\s_-])label(?:$|\s)/i;

const LABEL_BOX_SELECTOR = 'label, dt, th, [role="rowheader"], [class*="label"], [class*="Label"]';
const NOT_BLANK = /\S/;
/** How many label boxes a box is looked through for one with a value (a help text holds few, if any). */
const MAX_LABELS = 20;

/** A label box: `<label>` (no radio or checkbox choice), `<dt>`, `<th>`, a row header, a class whose last token is `label`. */
function labelBox(el: Element): boolean {
  const tag = upperTag(el);
  if (tag === 'LABEL') return el.querySelector('input[type="radio"], input[type="checkbox"]') === null;
  return tag === 'DT' || tag === 'TH' || el.getAttribute('role') === 'rowheader' || LABEL_CLASS.test(el.getAttribute('class') ?? '') || isTurnLabelCell(el);
}

/** Shows something: text, or a form control. */
function showsSomething(el: Element): boolean {
  return NOT_BLANK.test(el.textContent ?? '') || el.querySelector('input, select, textarea') !== null;
}

/**
 * The element after a label box that holds its value: the label's next sibling, or, for a label alone in
 * its cell (`<div class="cell"><span class="label">…</span></div><div class="cell">…</div>`), the next
 * sibling of its cell (two levels up at most, never outside `box`).
 */
function valueAfter(label: Element, box: Element): Element | null {
  let e: Element | null = label;
  for (let up = 0; e && e !== box && up < 3; up++, e = e.parentElement) {
    if (e.nextElementSibling) return e.nextElementSibling;
  }
  return null;
}

/**
 * `box` holds a labelled field: a label box with short words of its own followed by an element that
 * shows a value (a form's or a description list's rows, not a hint's prose).
 */
export function holdsLabelledRows(box: Element): boolean {
  return firstLabelledRow(box) !== null;
}

/** The label box of `box`'s first labelled field (see holdsLabelledRows), or null. */
export function firstLabelledRow(box: Element, fieldsOnly = false): Element | null {
  try {
    const found = box.querySelectorAll(LABEL_BOX_SELECTOR);
    for (let i = 0, n = 0; i < found.length && n < MAX_LABELS; i++) {
      const label = found[i] as Element;
      if (!labelBox(label)) continue;
      if (fieldsOnly && choiceWords(label)) continue;
      n++;
      const words = label.textContent ?? '';
      if (!NOT_BLANK.test(words) || words.length > 40) continue;
      const value = valueAfter(label, box);
      if (value && !labelBox(value) && showsSomething(value)) return label;
    }
  } catch {
    // none
  }
  return null;
}

/**
 * `box` starts with a field's row — a label box and its value, as holdsLabelledRows, the words of a choice apart (a
 * radio's or a checkbox's `…__label`: a control's options, no field of their own): no words of its own before the
 * first row's label (a card's body of rows, not a value with a panel of other records after it: i-uf6…<div>其他实例
 * <dl>…</dl></div>).
 */
export function startsWithFieldRow(box: Element): boolean {
  const first = firstLabelledRow(box, true);
  if (!first) return false;
  const doc = box.ownerDocument;
  const walker = doc.createTreeWalker(box, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (first.contains(n)) return true;
    if (NOT_BLANK.test(n.nodeValue ?? '')) return false;
  }
  return false;
}

/**
 * `box` starts with a table's column headers — a `<th>` in a `<thead>`, an ARIA columnheader — before any other words:
 * a table of records (a card's body under its title 弹性公网IP: IP地址 | 带宽峰值 over the EIP's row), no one value.
 */
export function startsWithColumnHeaders(box: Element): boolean {
  try {
    const walker = box.ownerDocument.createTreeWalker(box, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!NOT_BLANK.test(n.nodeValue ?? '')) continue;
      const head = n.parentElement?.closest('thead th, [role="columnheader"]');
      return head != null && box.contains(head);
    }
  } catch {
    // none
  }
  return false;
}

/** A label box that is a choice's words (inside a `<label>` or a radio / checkbox / option, or beside a radio or checkbox input) or a column header. */
function choiceWords(label: Element): boolean {
  // (a table's column header, too: its cells are rows of records, the table a control or a list, no field of the box)
  const tag = upperTag(label);
  if ((tag === 'TH' && (label.closest('thead') !== null || upperTag(label.nextElementSibling) === 'TH' || upperTag(label.previousElementSibling) === 'TH')) || label.closest('[role="columnheader"]')) return true;
  if (label.parentElement?.closest('label, [role="radio"], [role="checkbox"], [role="option"], [role="menuitemradio"], [role="menuitemcheckbox"]')) return true;
  return label.parentElement?.querySelector(':scope > input[type="radio"], :scope > input[type="checkbox"]') != null;
}

/** A label box: `<label>` (no choice), `<dt>`, `<th>`, a row header, a class whose last token is `label`. */
export function isLabelBox(el: Element): boolean {
  return labelBox(el);
}
