import { upperTag } from './visibility';

/**
 * An inline editor open on a shown value: a text box the user types the new value into, with its own
 * confirm and cancel buttons right beside it (`10 Mbps → [50] Mbps 确定 取消`, a pencil's rename box
 * `[web-prod-新] 确定 取消`). What is typed there is not saved: it is no value of the page. The box holding the
 * control and both buttons, found within two levels above the control, or undefined. (A form's inputs have
 * their confirm and cancel in a footer far from them; a dialog's footer is not beside its inputs.) The button
 * words are the detector's own, the same for every provider, as the page-state detector's are.
 */
export function inlineEditorOf(control: Element): Element | undefined {
  if (!isEditableText(control)) return undefined;
  let box: Element | null = control.parentElement;
  for (let i = 0; i < 2 && box; i++, box = box.parentElement) {
    const buttons = Array.from(box.querySelectorAll(BUTTON));
    if (buttons.length > 6) return undefined;
    // a button's words, or its name when it is an icon (✓ / ✗ buttons named by aria-label or title)
    const words = buttons.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim() || (b.getAttribute('aria-label') ?? b.getAttribute('title') ?? '').trim());
    if (words.some((w) => CONFIRM.test(w)) && words.some((w) => CANCEL.test(w))) {
      // one box per editor: a box holding several text boxes is a form
      const fields = Array.from(box.querySelectorAll('input, textarea')).filter(isEditableText);
      return fields.length === 1 ? box : undefined;
    }
  }
  return undefined;
}

const BUTTON = 'button, [role="button"], input[type="button"], input[type="submit"]';
const CONFIRM = /^(?:确定|确认|保存|完成|save|confirm|ok|apply|done)(?:\s|$)/i;
const CANCEL = /^(?:取消|cancel)$/i;
const NOT_TEXT = /^(?:radio|checkbox|button|submit|reset|hidden|image|file|range|color)$/;

/** A text box or text area the user can type into (not readonly, not disabled). */
function isEditableText(el: Element): boolean {
  const tag = upperTag(el);
  if (tag !== 'INPUT' && tag !== 'TEXTAREA') return false;
  if (el.hasAttribute('readonly') || el.hasAttribute('disabled')) return false;
  return tag === 'TEXTAREA' || !NOT_TEXT.test((el.getAttribute('type') ?? 'text').trim().toLowerCase());
}
