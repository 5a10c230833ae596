/**
 * Page notices: alert banners and message boxes above or beside the data (antd `ant-alert`, Fusion
 * `next-message`, TEA `tea-alert`, `role=alert`). What they say about a field ("主办单位名称：需与证件上
 * 的名称一致", "Domain Names: … for example example.com") is guidance, never the field's value, even
 * when it is written "标签：值". Pure; never throws.
 */

/** Class tokens (split at spaces, `-` and `_`) of a notice box. */
const NOTICE_TOKENS = new Set(['alert', 'message', 'notice', 'notification']);
const SPLIT = /[\s_-]+/;

/** `el` is inside a page notice (itself included), looking no higher than `stop` when given. */
export function inNotice(el: Element, stop?: Element): boolean {
  try {
    for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
      const role = e.getAttribute('role');
      if (role !== null && role.toLowerCase() === 'alert') return true;
      const cls = e.getAttribute('class');
      if (cls && cls.toLowerCase().split(SPLIT).some((t) => NOTICE_TOKENS.has(t))) return true;
    }
  } catch {
    // no notice
  }
  return false;
}

/**
 * `el` is inside a transcript: a `role=log` box (a chat with an assistant or support, an event log). Its
 * messages quote labels and values ("Expiration Time: 2026-12-31" in an assistant's example answer) that
 * are no field and no record of the page, wherever the box stands.
 */
export function inTranscript(el: Element): boolean {
  try {
    return el.closest('[role="log" i]') !== null;
  } catch {
    return el.closest('[role="log"]') !== null;
  }
}
