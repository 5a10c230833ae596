import { normalizeText } from './normalize-label';
import { isVisible, type VisibilityCache } from './visibility';
import { visibleText } from './visible-text';

/**
 * A list's pager shows more than one page: a visible pagination box (a class naming a pagination or
 * pager, or a navigation landmark named for pages) outside `table` holds a page number of 2 or more, or
 * a next-page control that is not disabled. Then the rows on the page are one page of the list, and a
 * figure counted over them (service numbers used per instance) is not the list's. Pure; never throws.
 */

const PAGER = '[class*="pagination"], [class*="pager"], [class*="Pagination"], [class*="Pager"], [role="navigation"]';
const ITEM = 'button, a, li, [role="button"], [role="link"], [role="option"]';
const NEXT_TEXT = /^(?:>|›|»|→|下一页|后一页|next(?:\s+page)?)$/i;
const NEXT_NAME = /下一页|后一页|next/i;

function disabled(el: Element): boolean {
  for (let e: Element | null = el, i = 0; e && i < 2; e = e.parentElement, i++) {
    if (e.hasAttribute('disabled') || e.getAttribute('aria-disabled') === 'true') return true;
    if (/(?:^|[-_\s])disabled(?:$|\s)/i.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

function isNextControl(el: Element, text: string): boolean {
  if (NEXT_TEXT.test(text)) return true;
  const name = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
  if (NEXT_NAME.test(name)) return true;
  // a class naming the control (ant-pagination-next, next-next, el-pager-next, btn-next): the last part is "next"
  return (el.getAttribute('class') ?? '').split(/\s+/).some((c) => /(?:^|[-_])next$/i.test(c) && /[-_]/.test(c));
}

export function pagerShowsMorePages(root: ParentNode, table: Element, cache: VisibilityCache): boolean {
  try {
    for (const pager of Array.from(root.querySelectorAll(PAGER))) {
      if (table.contains(pager) || pager.contains(table)) continue;
      if (pager.getAttribute('role') === 'navigation' && !/分页|页码|pagination|pages?\b/i.test(pager.getAttribute('aria-label') ?? '')) continue;
      if (!isVisible(pager, cache)) continue;
      for (const item of Array.from(pager.querySelectorAll(ITEM))) {
        if (!isVisible(item, cache)) continue;
        const text = normalizeText(visibleText(item, cache));
        if (/^\d{1,6}$/.test(text) && Number(text) >= 2) return true;
        if (isNextControl(item, text) && !disabled(item)) return true;
      }
    }
    return false;
  } catch {
    return false;
  }
}
