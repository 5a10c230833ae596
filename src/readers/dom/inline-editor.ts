import { isLabelBox } from './label-box';
import { upperTag } from './visibility';

/**
 * An inline editor open on a shown value: a text box the user types the new value into, with its own
 * confirm and cancel buttons right beside it (`10 Mbps → [50] Mbps 确定 取消`, a pencil's rename box
 * `[web-prod-新] 确定 取消`, icon buttons ✓ ✗ said by their name or their icon's class), or in a box whose class
 * says it is an editor open (`is-editing`, `inline-edit`, antd Typography's `ant-typography-edit-content`:
 * saved on Enter or blur, with no buttons). What is typed there is not saved: it is no value of the page. The
 * box holding the control (and the buttons), found within three levels above the control, or undefined. (A
 * form's inputs have their confirm and cancel in a footer far from them; a dialog's footer is not beside its
 * inputs.) The button words and class tokens are the detector's own, the same for every provider, as the
 * page-state detector's are. The confirm and cancel may be links or elements classed as buttons, and the box up to
 * three levels above the control.
 */
export function inlineEditorOf(control: Element): Element | undefined {
  if (!isEditableText(control)) return undefined;
  let box: Element | null = control.parentElement;
  for (let i = 0; i < LEVELS && box; i++, box = box.parentElement) {
    const buttons = buttonsIn(box);
    if (buttons.length > 6) return undefined;
    const words = buttons.map(buttonWords);
    if ((words.some((w) => CONFIRM.test(w)) && words.some((w) => CANCEL.test(w))) || editingClass(box.getAttribute('class')) || showsSaved(box, control)) {
      // one box per editor: a box holding several text boxes is a form
      const fields = Array.from(box.querySelectorAll('input, textarea')).filter(isEditableText);
      return fields.length === 1 ? box : undefined;
    }
  }
  return undefined;
}

/**
 * The box of a field's value (no label box in it) shows the value saved beside the text box, in words saying
 * it is the current one ("[50] Mbps 当前：5 Mbps", "当前带宽：5 Mbps", "Current: 5 Mbps"): the page itself tells
 * the saved value from what is typed, with no confirm / cancel beside the box (a form's one 保存 at its end).
 * A box with no such words is still read (a form being filled in holds its values in its boxes).
 */
function showsSaved(box: Element, control: Element): boolean {
  if (!CURRENT.test(box.textContent ?? '')) return false;
  for (const e of Array.from(box.querySelectorAll('*'))) if (e !== control && isLabelBox(e)) return false;
  return true;
}
const CURRENT = /(?:^|[^\p{L}])(?:当前|目前|现在)[^:：\d]{0,8}[:：]\s*\S|\bcurrent(?:ly)?\b[^:：\d]{0,16}[:：]\s*\S/iu;

/**
 * A button's words: its text, else its name (aria-label, title), else what its one icon's class names
 * (`tea-icon-check`, `anticon-close`: ✓ / ✗ buttons with no name), as confirm / cancel words.
 */
function buttonWords(b: Element): string {
  const text = (b.textContent ?? '').replace(/\s+/g, ' ').trim() || (b.getAttribute('aria-label') ?? b.getAttribute('title') ?? '').trim();
  if (text !== '') return text;
  // (its one child: an <i>, or antd's <span role="img" aria-label="check"> around an <svg>)
  const icon = b.firstElementChild;
  if (!icon || icon.nextElementSibling) return '';
  const tokens = `${icon.getAttribute('class') ?? ''} ${icon.getAttribute('aria-label') ?? ''}`.toLowerCase().split(/[\s_-]+/);
  if (tokens.some((t) => CONFIRM_ICON.has(t))) return 'confirm';
  if (tokens.some((t) => CANCEL_ICON.has(t))) return 'cancel';
  return '';
}

/** How far above the control its editor's box may be (the control in an input group, the group in a wrapper). */
const LEVELS = 3;

/**
 * What a user presses in `box`: buttons, links (an inline editor's 确定 / 取消 drawn as text links: `tea-link`,
 * Fusion's text buttons) and elements classed as buttons (`btn`, `button` tokens: a span drawn as one) — the
 * outermost of nested ones.
 */
function buttonsIn(box: Element): Element[] {
  const out: Element[] = [];
  for (const b of Array.from(box.querySelectorAll(PRESSABLE))) {
    if (!PRESS_TAGS.test(upperTag(b)) && b.getAttribute('role') !== 'button' && !classedButton(b.getAttribute('class'))) continue;
    if (out.length > 0 && out[out.length - 1]!.contains(b)) continue;
    out.push(b);
  }
  return out;
}
const PRESSABLE = 'button, [role="button"], input[type="button"], input[type="submit"], a, [class*="btn"], [class*="button"]';
const PRESS_TAGS = /^(?:BUTTON|INPUT|A)$/;
function classedButton(cls: string | null): boolean {
  return !!cls && cls.toLowerCase().split(/[\s_-]+/).some((t) => t === 'btn' || t === 'button');
}
const CONFIRM = /^(?:确定|确认|保存|完成|save|confirm|ok|apply|done)(?:\s|$)/i;
const CANCEL = /^(?:取消|cancel)$/i;
/** Class tokens of a confirm icon (✓, ↵) and of a cancel icon (✗). */
const CONFIRM_ICON = new Set(['check', 'checkmark', 'tick', 'confirm', 'ok', 'save', 'enter', 'done']);
const CANCEL_ICON = new Set(['close', 'cancel']);

/**
 * A class saying its box is an editor open: a token `editing` or `editor` (`is-editing`, `inline-editor`), or
 * `edit` followed by `content` (antd Typography's edit box) or after `inline` (`inline-edit`).
 */
function editingClass(classAttr: string | null): boolean {
  if (!classAttr) return false;
  for (const cls of classAttr.toLowerCase().split(/\s+/)) {
    const t = cls.split(/[_-]+/);
    for (let i = 0; i < t.length; i++) {
      if (t[i] === 'editing' || t[i] === 'editor') return true;
      if (t[i] === 'edit' && (t[i + 1] === 'content' || t[i - 1] === 'inline')) return true;
    }
  }
  return false;
}
const NOT_TEXT = /^(?:radio|checkbox|button|submit|reset|hidden|image|file|range|color)$/;

/** A text box or text area the user can type into (not readonly, not disabled). */
function isEditableText(el: Element): boolean {
  const tag = upperTag(el);
  if (tag !== 'INPUT' && tag !== 'TEXTAREA') return false;
  if (el.hasAttribute('readonly') || el.hasAttribute('disabled')) return false;
  return tag === 'TEXTAREA' || !NOT_TEXT.test((el.getAttribute('type') ?? 'text').trim().toLowerCase());
}
