import { labelMatches, normalizeText } from '../dom/normalize-label';
import { createVisibilityCache, isVisible, type VisibilityCache } from '../dom/visibility';
import { visibleText } from '../dom/visible-text';
import { fieldHits, isActionWord, meaningful, pageError, pageLoading, valueText } from '../aliyun/filing-values';
import { hasPageError } from '../aliyun/server-values';
import { tencentLabels } from './values';

/**
 * What the Tencent readers share: the console hosts, the label lists of rules/labels/tencent.json,
 * the page state and labelled values (horizontal forms, <dl>, and vertical description rows: a row
 * of header cells, then a row of values). Pure; never throw.
 */

export const TENCENT_HOSTS = ['console.cloud.tencent.com', 'console.tencentcloud.com'] as const;

export function isTencentConsole(url: URL): boolean {
  return url.protocol === 'https:' && (TENCENT_HOSTS as readonly string[]).includes(url.hostname);
}

/** The path starts with one of `prefixes` (each "/cvm", "/lighthouse", …; a whole path segment). */
export function pathUnder(url: URL, prefixes: readonly string[]): boolean {
  const p = url.pathname.replace(/\/+$/, '') || '/';
  return prefixes.some((x) => p === x || p.startsWith(`${x}/`));
}

/** The zh + en words of a field in rules/labels/tencent.json. */
export function labels(field: string): string[] {
  return tencentLabels.fields[field]?.any ?? [];
}

/** A header or label text is the field when it is one of its words and names none of its "not" words. */
export function isField(text: string, field: string): boolean {
  const f = tencentLabels.fields[field];
  if (!f) return false;
  const t = normalizeText(text).toLowerCase();
  if ((f.not ?? []).some((w) => t.includes(normalizeText(w).toLowerCase()))) return false;
  return labelMatches(text, f.any);
}

export function newCache(): VisibilityCache {
  return createVisibilityCache();
}

/** The page says it is still loading or that its data failed to load. */
export function pageNotReady(doc: Document, cache: VisibilityCache): boolean {
  const body = doc.body;
  if (!body) return true;
  return hasPageError(doc, cache) || pageError(body, cache) || pageLoading(body, cache);
}

/** Links and buttons that act (续费, 更多, 转包年包月, 绑定弹性公网IP, Switch to …), not values. */
const ACTION_TEXT = /转|^(更多|more|renew|switch|adjust|change|upgrade|bind|绑定|调整|升级|更换|设置|了解|查看|续费|删除|编辑|复制|登录|log in|去认证|重新认证|立即认证|注册商升级)/i;

/** The visible text of an element without its action links and buttons (续费, 更多, 转包年包月 …). */
export function textWithoutActions(el: Element | undefined, cache: VisibilityCache): string {
  if (!el || !isVisible(el, cache)) return '';
  let text = visibleText(el, cache);
  for (const a of Array.from(el.querySelectorAll('a, button, [role="button"], [role="link"]'))) {
    const t = visibleText(a, cache);
    if (t === '') continue;
    // A link that is the cell's value (an instance id, a domain) stays; actions go.
    if (isActionWord(t) || ACTION_TEXT.test(t)) {
      text = text.replace(t, ' ');
    }
  }
  return normalizeText(text);
}

/** Vertical descriptions: a row whose cells are all header cells, then a row of value cells. */
function verticalValue(root: Element, field: string, cache: VisibilityCache): Element | undefined {
  for (const row of Array.from(root.querySelectorAll('[role="row"]'))) {
    const heads = Array.from(row.children);
    if (heads.length === 0 || !heads.every((h) => h.getAttribute('role') === 'columnheader')) continue;
    const next = row.nextElementSibling;
    if (!next || next.getAttribute('role') !== 'row') continue;
    const cells = Array.from(next.children);
    if (cells.some((c) => c.getAttribute('role') === 'columnheader')) continue;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i]!;
      if (!isVisible(h, cache)) continue;
      if (isField(visibleText(h, cache), field) && cells[i] && isVisible(cells[i]!, cache)) return cells[i];
    }
  }
  return undefined;
}

/** Every visible field labelled as `field`, in document order: the label and its value (element or text). */
export function fieldValues(root: Element, field: string, cache: VisibilityCache): Array<{ anchor: Element; value: Element | string }> {
  const out: Array<{ anchor: Element; value: Element | string }> = [];
  for (const hit of fieldHits(root, labels(field), cache)) {
    const anchorText = visibleText(hit.anchor, cache);
    if (anchorText && !isField(anchorText.split(/[:：]/)[0] ?? anchorText, field) && !isField(anchorText, field)) continue;
    let value = hit.value;
    if (typeof value !== 'string' && textWithoutActions(value, cache) === '' && !isControlish(value)) {
      // The element after the label was a help icon or a required mark: the value sits after the
      // label's own box (tea-form__label → tea-form__controls).
      let box: Element | null = hit.anchor;
      for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
        const next = box.nextElementSibling;
        if (next && !next.contains(hit.anchor) && isVisible(next, cache) && (textWithoutActions(next, cache) !== '' || isControlish(next))) {
          value = next;
          break;
        }
      }
    }
    out.push({ anchor: hit.anchor, value });
  }
  const vertical = verticalValue(root, field, cache);
  if (vertical) out.push({ anchor: vertical, value: vertical });
  return out;
}

/** The value element (or text) of the first visible field labelled as `field`, or undefined. */
export function fieldValue(root: Element, field: string, cache: VisibilityCache): Element | string | undefined {
  return fieldValues(root, field, cache)[0]?.value;
}

function isControlish(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || el.querySelector('input:not([type="hidden"]), select, textarea, [role="radio"]') !== null;
}

/** The text of a value element or string without actions; a control gives its value. */
export function valueTextOf(v: Element | string | undefined, cache: VisibilityCache): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return meaningful(v);
  const control = valueText(v, cache);
  if (isControlish(v)) return control;
  return meaningful(textWithoutActions(v, cache)) ?? control;
}

/** The text of a field's value without actions, or undefined when the field is not shown or empty. */
export function fieldTextOf(root: Element, field: string, cache: VisibilityCache): string | undefined {
  return valueTextOf(fieldValue(root, field, cache), cache);
}
