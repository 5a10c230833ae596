import { HAS_TOKENS } from './class-tokens';

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

/** Class tokens of a chat box (`t-chat__list`, `agent-chat__message`, `support-chat`, `conversation-panel`). */
const TRANSCRIPT_TOKENS = new Set(['chat', 'chatbot', 'conversation']);

/**
 * Before a chat token, what a box has (./class-tokens HAS_TOKENS: `app--with-chat`, `has-chatbot`) or the
 * state it is in (`is-chat`: a layout in its chat mode) — not the chat box itself. (`is` is a state here
 * only: before a kind token, ./units reads `is-tag` as what the box is.)
 */
const STATE_PREFIX = 'is';
const STATE_TOKENS = new Set(['open', 'opened', 'visible', 'shown', 'active', 'expanded', 'collapsed', 'closed', 'hidden', 'enabled', 'disabled', 'on', 'off', 'mode']);

/**
 * A class naming a chat box (`t-chat__list`, `support-chat`), not a box that has one or a state of one
 * (`app--with-chat`, `has-chatbot`, `chat-open`: a page layout with a chat panel beside the page's own data).
 */
function transcriptClass(classAttr: string): boolean {
  for (const cls of classAttr.toLowerCase().split(/\s+/)) {
    const t = cls.split(SPLIT);
    for (let i = 0; i < t.length; i++) {
      const before = t[i - 1] ?? '';
      if (TRANSCRIPT_TOKENS.has(t[i] ?? '') && !HAS_TOKENS.has(before) && before !== STATE_PREFIX && !STATE_TOKENS.has(t[i + 1] ?? '')) return true;
    }
  }
  return false;
}

/**
 * `el` is inside a transcript: a `role=log` box or a chat box (a class token `chat`, `chatbot`,
 * `conversation`: an assistant's or support chat, an event log). Its messages quote labels and values
 * ("Expiration Time: 2026-12-31" in an assistant's example answer) that are no field and no record of the
 * page, wherever the box stands.
 */
export function inTranscript(el: Element): boolean {
  try {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const role = e.getAttribute('role');
      if (role !== null && role.toLowerCase() === 'log') return true;
      const cls = e.getAttribute('class');
      if (cls && transcriptClass(cls)) return true;
    }
  } catch {
    // no transcript
  }
  return false;
}

/**
 * `el` is in an item of a timeline (antd `ant-timeline-item`, Fusion `next-timeline-item`, TEA `tea-timeline__item`, or
 * an `<li>` of a box classed a timeline): each item is an event of a history, and what it says ("网站名称：云栖面料在线" in a
 * 变更记录 drawn as a timeline) is that event's record, never the page's field — it gave a filing's entity step a website
 * (invented, both providers; session 45's review, left open by 243d41e, which answered the one-row table).
 */
const TIMELINE_ITEM = '[class*="timeline-item"], [class*="timeline__item"], [class*="timeline"] > li';
export function inTimelineItem(el: Element): boolean {
  try {
    return el.closest(TIMELINE_ITEM) !== null;
  } catch {
    return false;
  }
}
