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
 * error; so does the id cut short in the middle (`i-bp1abc…3456`, its own start and end around an ellipsis)
 * or held whole only in a name or link of an element outside the layer (`title`, `aria-label`, `href`,
 * `data-*`): the record is the page's, shown truncated.)
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
    return ids.every((id) => occurrences(all, id) <= occurrences(own, id) && truncations(all, id) <= truncations(own, id) && !inAttributes(body, layer, id));
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

/**
 * How often `text` shows `id` cut short in the middle: a start of the id (its prefix and at least one more
 * character), an ellipsis (… ⋯ or three dots), and an end of it (at least three characters), together shorter
 * than the id.
 */
function truncations(text: string, id: string): number {
  let n = 0;
  for (const m of text.matchAll(TRUNCATED)) {
    const [head, tail] = [m[1] ?? '', m[2] ?? ''];
    if (head.length + tail.length < id.length && id.startsWith(head) && id.endsWith(tail)) n++;
  }
  return n;
}
const TRUNCATED = /(?<![\w-])([a-z]{1,8}-[a-z0-9]+|[0-9a-f]{4,31})\s*(?:…|⋯|\.{3})\s*([a-z0-9]{3,})(?![\w-])/gi;

/** Attributes naming or linking an element: a record shown truncated keeps its whole id there. */
const NAMING = ['title', 'aria-label', 'href'];

/** An element of the page outside the layer holds `id` whole in a naming attribute or a data-* one. */
function inAttributes(body: Element, layer: Element, id: string): boolean {
  for (const e of Array.from(body.querySelectorAll('*'))) {
    if (layer.contains(e)) continue;
    for (const a of Array.from(e.attributes)) {
      if ((NAMING.includes(a.name) || a.name.startsWith('data-')) && a.value.toLowerCase().includes(id)) return true;
    }
  }
  return false;
}

function occurrences(text: string, id: string): number {
  let n = 0;
  for (let i = text.indexOf(id); i >= 0; i = text.indexOf(id, i + id.length)) n++;
  return n;
}
