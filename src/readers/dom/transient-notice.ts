import { isDialogBox } from './overlay';

/**
 * Transient messages (toasts): antd `ant-message` / `ant-notification`, Fusion `next-message` toasts, TDesign
 * `t-message`, TEA `tea-message` — drawn in a layer of their own (a fixed-position container, usually appended
 * to body) over the page, not in the page's content. One saying that a request about another record failed
 * ("实例 i-uf6…的明细加载失败") says nothing of the records the page shows. Pure; never throws.
 */

/**
 * `el` (an error text's element or an alert box) is in a transient message about a record the page does not
 * show: it is in a fixed-position layer that holds none of the page's content and is in no dialog, and its
 * message names a record (an instance-like id) that no other part of the page shows. A message naming no record
 * (the list's own request: "获取实例列表失败"), or one the page shows, or an alert in the content area, is not.
 * (Whether the page shows the id is asked of all its text, hidden text too: an id anywhere else keeps the
 * error.)
 */
export function aboutAnotherRecord(el: Element): boolean {
  try {
    const layer = transientLayer(el);
    if (!layer) return false;
    const box = messageBox(el, layer);
    const ids = recordIds(box.textContent ?? '');
    if (ids.length === 0) return false;
    const body = el.ownerDocument.body;
    if (!body) return false;
    const all = (body.textContent ?? '').toLowerCase();
    const own = (layer.textContent ?? '').toLowerCase();
    return ids.every((id) => occurrences(all, id) <= occurrences(own, id));
  } catch {
    return false;
  }
}

/** Page content a message layer never holds. */
const CONTENT = 'main, [role="main"], table, [role="grid"], [role="table"], form, input:not([type="hidden"]), select, textarea, h1, h2, h3';

/**
 * The fixed-position box `el` is in (itself included), when no dialog is around `el` and the box holds no
 * page content (a fixed app shell around the whole page is no message layer); else null.
 */
function transientLayer(el: Element): Element | null {
  const view = el.ownerDocument.defaultView;
  if (!view) return null;
  let layer: Element | null = null;
  for (let e: Element | null = el; e && e !== el.ownerDocument.body; e = e.parentElement) {
    if (isDialogBox(e)) return null;
    if (!layer && String(view.getComputedStyle(e).position ?? '').trim() === 'fixed') layer = e;
  }
  if (!layer || layer.matches(CONTENT) || layer.querySelector(CONTENT)) return null;
  return layer;
}

/** The one message `el` is in: its nearest alert / live box inside the layer, else the layer. */
function messageBox(el: Element, layer: Element): Element {
  const box = el.closest('[role="alert"], [role="status"], [aria-live]');
  return box && layer.contains(box) ? box : layer;
}

/**
 * Record ids a message names (lower case): a short letter prefix, a hyphen and a run of letters and digits
 * (i-uf6t2y5u8i1o4p7a0s3d, ins-4w6y8a0c, lhins-9x2k7m4q), or 32 hex digits (a Simple Application Server's id).
 * Not a request or trace id (after RequestId / TraceId / 请求ID: the failed request's own, never shown on the
 * page), not a UUID (its groups are no letter prefix), not a region (cn-shanghai: no digit).
 */
export function recordIds(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RECORD_ID)) {
    const id = m[0].toLowerCase();
    if (!/\d/.test(id)) continue;
    if (REQUEST_ID_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index))) continue;
    out.push(id);
  }
  return out;
}

const RECORD_ID = /(?<![\w.-])(?:[a-z]{1,8}-[a-z0-9]{6,40}|[0-9a-f]{32})(?![\w-]|\.\w)/gi;
const REQUEST_ID_BEFORE = /(?:request|trace|req|err(?:or)?|请求|追踪|错误)\s*[-_ ]?\s*(?:id|码|编号)\s*[:：=]?\s*["'“]?\s*$/i;

function occurrences(text: string, id: string): number {
  let n = 0;
  for (let i = text.indexOf(id); i >= 0; i = text.indexOf(id, i + id.length)) n++;
  return n;
}
