import { isDialogBox } from '../dom/overlay';
import { ENTRY, searchBoxUpTo } from '../dom/lookup-box';

/**
 * Dialogs over a filing step (aliyun/filing-values.ts fieldHits): a dialog may be the step's own form (the
 * 产品验证 / Product Verification dialog that asks for the instance and its service number) or a picker or
 * confirm drawn over the step (选择主体 listing other entities, 删除网站 quoting another website's domain).
 * Pure; never throws.
 */

/** Where a field hit's anchor is: the dialog box it is in below `root`, or null. */
function dialogOf(el: Element, root: Element): Element | null {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isDialogBox(e)) return e;
  return null;
}

/** A control choosing one record of a list. */
const CHOICE = 'input[type="radio"], input[type="checkbox"], [role="radio"], [role="checkbox"], [role="option"], [aria-selected], [aria-checked]';

/**
 * The hits of one field (one label list) the step itself shows, from `hits` (in any order): a hit in a dialog
 * is dropped when
 * - the dialog is an alert dialog (role=alertdialog: a confirm or warning, never a form);
 * - the dialog asks for nothing (no entry control: it quotes records) and the step's content outside dialogs
 *   shows the field (`shows`: with a value, or its own text box still empty, which a picker would fill), or the
 *   dialog offers a choice (a radio, a checkbox, an option: a picker of one record, a confirm's "I agree"):
 *   the dialog's value is not the step's;
 * - the dialog lists several records (a picker): two or more of its hits each in a record box of their own
 *   that holds a choosing control (a radio, a checkbox, an option), the boxes siblings of one kind (tag, class);
 * - a hit is in a record to choose, even the only one, whatever filter the picker has (a region <select>):
 *   the first box around it holding a choosing control holds no control that asks a value (chosenRecord).
 * A dialog that asks for the field (its own form: 产品验证 over a step showing only the button that opens it),
 * or quotes one the step does not show, is kept.
 */
export function stepOwnHits<T extends { anchor: Element; value: Element | string }>(hits: T[], root: Element, shows: (hit: T) => boolean): T[] {
  try {
    const dialogs = hits.map((h) => dialogOf(h.anchor, root));
    if (dialogs.every((d) => d === null)) return hits;
    const outside = hits.some((h, i) => dialogs[i] === null && shows(h));
    const dropped = new Set<Element>();
    for (const d of new Set(dialogs)) {
      if (!d) continue;
      const mine = hits.filter((_, i) => dialogs[i] === d);
      const quotes = !Array.from(d.querySelectorAll(ENTRY)).some((e) => !searchBoxUpTo(e, d));
      if (d.closest('[role="alertdialog"]') !== null || (quotes && (outside || d.querySelector(CHOICE) !== null)) || picker(mine, d) || mine.some((h) => chosenRecord(h, d))) dropped.add(d);
    }
    return hits.filter((_, i) => dialogs[i] === null || !dropped.has(dialogs[i]!));
  } catch {
    return hits;
  }
}

/**
 * A hit in a record a picker offers to choose: the first box around the hit (below the dialog) that holds a
 * choosing control (outside the hit's value) holds no entry control besides choosing ones — a card or row
 * with its radio. A form's radio group (产品类型 ○ECS ○轻量) sits in a box that also holds the text boxes and
 * selects the form asks, so the form's own fields are no record.
 */
function chosenRecord(hit: { anchor: Element; value: Element | string }, dialog: Element): boolean {
  const value = typeof hit.value === 'string' ? null : hit.value;
  for (let box = hit.anchor.parentElement; box && box !== dialog; box = box.parentElement) {
    // (a radio of a radio group the hit is not in answers a question of the form's own, 产品类型 ○ECS ○轻量: it chooses no
    // record around the hit — a picker's radios choose the rows or cards they sit in, a group around them too)
    const choices = Array.from(box.querySelectorAll(CHOICE)).filter((c) => !value?.contains(c) && !c.contains(hit.anchor) && !otherGroup(c, hit.anchor));
    if (choices.length === 0) continue;
    // (an entry control that is a choosing one, holds one or is a choosing control's wrapper is none: Fusion's next-table-selection cell)
    return !Array.from(box.querySelectorAll(ENTRY)).some((e) => !e.matches(CHOICE) && e.querySelector(CHOICE) === null && !choices.some((c) => e.contains(c) || c.contains(e)));
  }
  return false;
}

/** `choice` is in a radio group (role=radiogroup) that does not hold `anchor`. */
function otherGroup(choice: Element, anchor: Element): boolean {
  const group = choice.closest('[role="radiogroup"]');
  return group !== null && !group.contains(anchor);
}

/** Two or more of `hits` (one dialog's, of one field) each in a record box with a choosing control, the boxes siblings of one kind. */
function picker(hits: ReadonlyArray<{ anchor: Element; value: Element | string }>, dialog: Element): boolean {
  if (hits.length < 2) return false;
  const records: Element[] = [];
  for (const h of hits) {
    // the largest box around the hit holding no other hit of the dialog
    let box = h.anchor;
    while (box.parentElement && box.parentElement !== dialog && !hits.some((o) => o !== h && box.parentElement!.contains(o.anchor))) box = box.parentElement;
    const value = typeof h.value === 'string' ? null : h.value;
    const choice = Array.from(box.querySelectorAll(CHOICE)).some((c) => !value?.contains(c) && !c.contains(h.anchor));
    if (choice) records.push(box);
  }
  const kind = (e: Element) => `${e.tagName}|${e.getAttribute('class') ?? ''}`;
  return records.some((r, i) => records.some((o, j) => j !== i && o.parentElement === r.parentElement && kind(o) === kind(r)));
}
