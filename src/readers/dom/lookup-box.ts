import { controlValue } from './units';
import { upperTag } from './visibility';

/**
 * LOOKUP BOXES. A box holding a search box that shows a query (or a box titled as a lookup: 备案查询, 查询结果) and what
 * it answered — another filing's 主办单位名称 / 网站域名 / 备案号, another account's 授权码 — is no part of the page's own
 * record. Used by both providers' filing readers (aliyun/beian-form, aliyun/filing-dialogs, tencent/beian-form,
 * tencent/beian-authcode). Pure; never throws.
 */

/** A text box or select: a control whose value is typed or picked in place. */
export const TEXT_BOX = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]), textarea, select';

/**
 * Controls a form asks a value with (a text box, a select, a radio group): a dialog with none asks nothing,
 * it quotes (a confirm, a notice). A lone radio or checkbox is none (a picker's or an "I agree" box), nor is a
 * search box (a picker's filter: searchBox).
 */
export const ENTRY =
  `${TEXT_BOX}, ` +
  '[role="combobox"], [role="radiogroup"], [role="spinbutton"], [role="slider"], [contenteditable=""], [contenteditable="true"], [class*="select"]';

/**
 * `el` is a search box of `box`: type=search, role=searchbox, or under a box (up to `box` itself) that says search
 * (`next-search`, `ant-input-search`, role=search) — but not a select's own filter (antd `ant-select-show-search`,
 * `ant-select-selection-search`: the select is a field's value). Also asked by aliyun/filing-dialogs (a picker's filter
 * asks for no value of the step).
 */
export function searchBoxUpTo(el: Element, box: Element): boolean {
  if (el.matches('[type="search"], [role="searchbox"]')) return true;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.matches('[role="combobox"], [class*="select"], [class*="Select"]')) return false;
    if (e === box) break;
  }
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.getAttribute('role') === 'search' || (e.getAttribute('class') ?? '').toLowerCase().split(/[\s_-]+/).includes('search')) return true;
    if (e === box) break;
  }
  return false;
}

/**
 * A hit in a lookup box: a search box and what it answered (a 备案查询 box beside the form, its query typed, then another
 * filing's 主办单位名称 / 网站名称 / 网站域名 / 备案号). The first box around the hit (below `root`) holding an entry control
 * outside the hit's value holds only search boxes, one of them showing a query, and none of `stops` (the form's own section and step titles: a page
 * whose only control is the top bar's search box is no lookup box). What a search answers is no value of the form.
 */
export function inLookupBox(hit: { anchor: Element; value: Element | string }, root: Element, stops: readonly Element[]): boolean {
  try {
    const value = typeof hit.value === 'string' ? null : hit.value;
    for (let box = hit.anchor.parentElement; box && box !== root; box = box.parentElement) {
      const entries = Array.from(box.querySelectorAll(ENTRY)).filter((e) => !value?.contains(e) && !e.contains(hit.anchor));
      if (entries.length === 0) continue;
      if (stops.some((s) => box!.contains(s))) return false;
      // (and one of them shows a query: an empty search box — a 搜索网站 filter in the form's own card, a domain picker's
      // search beside its field — has answered nothing, and the fields around it are the form's)
      // (… or the box is titled as a lookup — 备案查询, WHOIS 查询, Lookup: its query cleared, its answer or its recent
      // lookups still shown are another filing's, which made the page read null: missing, session 44's review of 2832f54)
      return entries.every((e) => searchBoxUpTo(e, box!)) && (entries.some(showsQuery) || titledAsLookup(box));
    }
  } catch {
    // not known as one
  }
  return false;
}

/** `box` holds a heading naming a lookup (备案查询, 查询结果, Filing lookup, Search results). */
function titledAsLookup(box: Element): boolean {
  return Array.from(box.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')).some((h) => LOOKUP_TITLE.test(h.textContent ?? ''));
}
const LOOKUP_TITLE = /查询|lookup|search/i;

/** A search box showing a query typed into it (its value; a contenteditable or role=searchbox box, its text). */
function showsQuery(el: Element): boolean {
  const tag = upperTag(el);
  const typed = tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' ? controlValue(el, tag) : (el.textContent ?? '');
  return typed.trim() !== '';
}
