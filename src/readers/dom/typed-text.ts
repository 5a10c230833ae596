/**
 * A box the user types into — a 备注 / 网站备注 textarea, a `role=textbox`, a contenteditable remark —: what it says is
 * the user's own text, whatever it reads like ("网站名称：李四的相册", "备案号 京ICP备2024000001号-1 迁移"), not the page's
 * fields or states. (A text `<input>` is left out: consoles draw read-only values in disabled or readonly inputs.)
 */
const TYPED_TEXT = 'textarea, [role="textbox"], [contenteditable]:not([contenteditable="false"])';

/** `el` is, or is inside, a box the user types into. */
export function inTypedText(el: Element): boolean {
  return el.closest(TYPED_TEXT) !== null;
}
