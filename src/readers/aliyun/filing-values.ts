import { inNotice, inTimelineItem } from '../dom/notice';
import { stepOwnHits } from './filing-dialogs';
import { TEXT_BOX } from '../dom/lookup-box';
import { inTypedText, inUserTextValue } from '../dom/typed-text';
import type { ProductId } from '../../facts/schema';
import { ariaNamed, controlText, findLabelElements, inTabStrip, namedAsOneValue, readField } from '../dom/field';
import { labelKey, labelMatches, normalizeText, valueAfterLabel } from '../dom/normalize-label';
import { meaningful } from '../shared/text-values';
import { isVisible, type VisibilityCache, upperTag } from '../dom/visibility';
import { isOneRecordAcross, isVerticalDescriptions } from '../dom/table';
import { headersAfterValues } from '../dom/aria-rows';
import { defaultUnitWords, firstLineValueText, isChecked, textUnits, valueText as unitValueText } from '../dom/units';
import { visibleText } from '../dom/visible-text';
import { follows } from '../dom/doc-order';

/**
 * Values shared by the domain, ICP filing and service-number readers, read from the visible text
 * of a cell or field: product types, field values, instance ids, and (re-exported from ../shared)
 * real-name status, domain names, masked ID numbers, provinces and the page state (still loading,
 * error banner). Pure; never throw; undefined when the text does not say.
 */

// Provider-neutral values (placeholders, real-name status, domains, ID numbers, provinces, status
// notes) live in ../shared: the Tencent readers use them too.
export { isPlaceholder, meaningful, realNameFromText, isRealNameToken, domainsFromText, domainFromText, maskedIdNumber, isStatusNote } from '../shared/text-values';
export { provinceAtStart, provinceOfAddress } from '../shared/provinces';

// ------------------------------------------------------------------ products

/** 云服务器ECS → ecs, 轻量应用服务器 → swas, 云虚拟主机 → virtual-host, …; undefined when unsure. */
export function productFromText(text: string | undefined): ProductId | undefined {
  const t = normalizeText(text).toLowerCase();
  return t === '' ? undefined : PRODUCTS.find(([re]) => re.test(t))?.[1];
}

/** Product words, the first that matches wins. */
const PRODUCTS: Array<[RegExp, ProductId]> = [
  // ("Lightweight application server": a page translator's words for 轻量应用服务器)
  [/轻量|simple application server|lightweight application server|\bswas\b|lighthouse/, 'swas'],
  [/弹性\s*web\s*托管|elastic web hosting|web app service/, 'web-hosting'],
  [/虚拟主机|virtual host|\bweb hosting\b|共享主机|独享主机/, 'virtual-host'],
  [/建站市场|云市场|建站|marketplace|website builder|site builder/, 'cloud-market'],
  [/ipv6/, 'ipv6-translation'],
  [/\bnat\b|nat网关|nat gateway/, 'nat'],
  [/边缘节点|edge node|\bens\b/, 'ens'],
  [/\becs\b|ecs|云服务器|elastic compute|cloud server/, 'ecs'],
];

// page state: ../dom/page-state.ts (the one detector)
export { pageError, pageLoading } from '../dom/page-state';

/** Text pieces of an element as the user sees them: each visible text node, split on list separators. */
export function visibleTokens(el: Element | null | undefined, cache: VisibilityCache): string[] {
  const out: string[] = [];
  // Text units of the cell (textUnits never throws): actions (续费, 转包年包月) and help text are no tokens.
  for (const unit of textUnits(el, cache)) {
    if (unit.kind === 'action' || unit.kind === 'help' || unit.kind === 'label') continue;
    for (const piece of unit.text.split(/\s*[,，、;；|]\s*/)) {
      const t = piece.trim();
      if (t !== '' && !/^[\s\-—–_/\\.·:：()（）]*$/.test(t)) out.push(t);
    }
  }
  return out;
}

/**
 * An action link or button that sits in a status cell or field ("续费", "Renew now"): a word of the
 * registered action lists (rules/labels/aliyun.json and the page family's file, as text units use).
 */
export function isActionWord(token: string): boolean {
  return labelMatches(token, defaultUnitWords().actions);
}

// ------------------------------------------------------------------ field values

/**
 * The selected option of a <select>. happy-dom (the CLI and tests) does not track option
 * selectedness (selectedIndex is wrong for saved pages), so there the `selected` attribute decides;
 * a real browser's `.selected` (which follows the user's choice) decides elsewhere.
 */
export function selectedOptionText(select: Element): string | undefined {
  try {
    const options = Array.from(select.querySelectorAll('option'));
    if (options.length === 0) return undefined;
    const ua = select.ownerDocument?.defaultView?.navigator?.userAgent ?? '';
    const chosen = /HappyDOM/i.test(ua)
      ? (options.find((o) => o.hasAttribute('selected')) ?? options[0])
      : (options.find((o) => (o as HTMLOptionElement).selected) ?? options.find((o) => o.hasAttribute('selected')) ?? options[0]);
    return meaningful(chosen?.textContent ?? '');
  } catch {
    return undefined;
  }
}

/** Radios and checkboxes, native or ARIA. */
const CHOICE = 'input[type="radio"], input[type="checkbox"], [role="radio"], [role="checkbox"]';

const INNER_CONTROLS = 'input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]), textarea';

/**
 * The text a field shows: a control's value (input value, selected option, checked radios), or the
 * visible text of the value element without action links ("修改", "Change"). A <select> inside the
 * value element gives its selected option, never the list of options.
 */
export function valueText(value: Element | string | undefined, cache: VisibilityCache, oneLine = false): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return meaningful(value);
  try {
    const tag = upperTag(value);
    if (tag === 'SELECT') return selectedOptionText(value);
    if (tag === 'INPUT' || tag === 'TEXTAREA') return meaningful(controlText(value, cache));
    if (value.querySelector(CHOICE)) {
      // a choice made in a table (a radio or checkbox column): the one chosen row's data
      const row = chosenRow(value, cache);
      if (row) return meaningful(unitValueText(row, cache));
      return meaningful(controlText(value, cache));
    }
    const select = Array.from(value.querySelectorAll('select')).find((s) => isVisible(s, cache));
    if (select) return selectedOptionText(select);
    for (const c of Array.from(value.querySelectorAll(INNER_CONTROLS))) {
      if (!isVisible(c, cache)) continue;
      const v = meaningful(controlText(c, cache));
      if (v) return v;
    }
    // A dropdown's option list rendered inside the field is not its value: the chosen option is.
    const lists = Array.from(value.querySelectorAll('[role="listbox"], [role="menu"], [role="tree"]')).filter((l) => isVisible(l, cache));
    for (const list of lists) {
      const chosen = Array.from(list.querySelectorAll('[aria-selected="true"], [aria-checked="true"]')).map((o) => visibleText(o, cache)).filter((t) => t !== '');
      const rest = visibleText(value, cache).replace(visibleText(list, cache), ' ');
      if (meaningful(rest) === undefined && chosen.length > 0) return meaningful(chosen.join(', '));
    }
    // a one-line value (a name) drawn over lines (徐青<br>个人): its first line; notes sit under it
    let text = oneLine ? firstLineValueText(value, cache) : unitValueText(value, cache);
    for (const list of lists) text = text.replace(unitValueText(list, cache), ' ');
    for (const a of Array.from(value.querySelectorAll('a, button, [role="button"]'))) {
      const t = visibleText(a, cache);
      if (t && isActionWord(t)) text = text.replace(t, ' ');
    }
    return meaningful(text);
  } catch {
    return undefined;
  }
}

/**
 * The one row of a table or grid inside `value` whose radio / checkbox is checked (a service number
 * picked from a list of them), not a header row; undefined when no row or several rows are checked.
 */
function chosenRow(value: Element, cache: VisibilityCache): Element | undefined {
  const rows = new Set<Element>();
  for (const c of Array.from(value.querySelectorAll(CHOICE))) {
    const row = c.closest('tr, [role="row"]');
    if (!row || !value.contains(row) || row.closest('thead') || !isChecked(c) || !isVisible(row, cache)) continue;
    rows.add(row);
  }
  return rows.size === 1 ? [...rows][0] : undefined;
}

/** True when `a` comes before `b` in the document. */
export function precedes(a: Node, b: Node): boolean {
  try {
    return follows(a, b);
  } catch {
    return false;
  }
}

/** A column header of a data table: its "value" beside it is another header, not a field value. */
function isColumnHeader(el: Element): boolean {
  const table = el.closest('table');
  if (table && (isVerticalDescriptions(table) || isOneRecordAcross(table))) return false;
  const grid = table ? null : el.closest('[role="grid"], [role="table"]');
  // (vertical descriptions drawn as an ARIA grid: its headers are one record's labels — held-out × table-to-div-grid,
  // session 47, the Alibaba holder page so drawn read null: ../dom/aria-rows)
  if (grid && headersAfterValues(grid)) return false;
  if (el.closest('thead, [role="columnheader"]')) return true;
  const cell = el.closest('th');
  return cell !== null && upperTag(cell.nextElementSibling) === 'TH' && upperTag(cell.previousElementSibling) !== 'TD';
}


const NOT_A_LABEL = 'h1, h2, h3, h4, h5, h6, [role="heading"], [role="menuitem"], [role="menu"], nav, button, a, [role="button"], option, [role="option"], [role="listbox"]';

export interface FieldHit {
  /** The label element (or the control named by aria-label, or the element holding "标签：值"). */
  anchor: Element;
  value: Element | string;
}

/**
 * Every visible field labelled with one of `labels`, in document order: a label element and the
 * value beside it (readField), "标签：值" text, and controls named by aria-label / aria-labelledby.
 * Column headers of data tables are not field labels; a dialog's field is not the page's when the page
 * shows the field outside dialogs, when the dialog lists it more than once, or in an alert dialog.
 */
export function fieldHits(root: Element, labels: readonly string[], cache: VisibilityCache): FieldHit[] {
  const out: FieldHit[] = [];
  const seenValues = new Set<Element>();
  const push = (anchor: Element, value: Element | string) => {
    if (typeof value !== 'string') {
      if (seenValues.has(value)) return;
      seenValues.add(value);
    }
    out.push({ anchor, value });
  };
  try {
    for (const label of findLabelElements(root, labels, cache)) {
      // A column header, a heading, a tab or menu item, a button or link is not a field's label.
      // (nor are the words of a page notice: "主办单位名称：需与证件一致" is guidance)
      // (a tab, but not the content of an accordion's panel: antd Collapse is a tablist around its panels)
      if (isColumnHeader(label) || label.closest(NOT_A_LABEL) || inTabStrip(label) || inNotice(label, root)) continue;
      // (nor a label in a timeline's event: that event's record — ../dom/notice inTimelineItem)
      if (inTimelineItem(label)) continue;
      const value = readField(label, labels, cache);
      if (value !== undefined) push(label, value);
    }
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const raw = n.nodeValue ?? '';
      if (!/[:：]/.test(raw) || raw.length > 200) continue;
      const parent = n.parentElement;
      if (!parent || !isVisible(parent, cache) || inNotice(parent, root)) continue;
      // (what the user typed into a text box — a 备注 textarea reading "网站名称：李四的相册" — is the user's text, no field)
      // (nor what it says when shown in the value of a 网站备注 / 备注 field: ../dom/typed-text inUserTextValue)
      if (inTypedText(parent) || inUserTextValue(parent)) continue;
      // (nor what a list's row says in a cell under its column header — a 变更记录 table's 变更内容 "网站名称：云栖面料 →
      // 云栖面料在线" of an earlier order: that row's record, not the form's field; round forty-four)
      if (inListRowCell(parent) || inTimelineItem(parent)) continue;
      const v = valueAfterLabel(visibleText(parent, cache), labels);
      if (v !== undefined) push(parent, v);
    }
    const keys = labels.map(labelKey);
    ariaNamed(root, cache, (el, name) => {
      const key = labelKey(name);
      // (a tab panel or section named after a label is a region, not that label's value)
      if (key !== '' && keys.includes(key) && namedAsOneValue(el)) push(el, el);
      return false;
    });
  } catch {
    // partial result
  }
  out.sort((a, b) => (a.anchor === b.anchor ? 0 : precedes(a.anchor, b.anchor) ? -1 : 1));
  // (a picker or confirm dialog over the step gives it no value: ./filing-dialogs)
  return stepOwnHits(out, root, (h) => valueText(h.value, cache) !== undefined || ownTextBox(h.value));
}

/**
 * `el` is in a body cell of a table listing several rows under a header row (`thead`), or one row under a header row of
 * two or more columns: each row is a record of the list (an order, a change), and a "标签：值" text in its cell is about
 * that record.
 */
function inListRowCell(el: Element): boolean {
  // (the same list drawn as an ARIA grid — a row of two or more column headers over rows of cells —: the 变更记录 grid's
  // "网站名称：云栖面料 → 云栖面料在线" gave the entity step a website; held-out × table-to-div-grid, session 49)
  const ariaCell = el.closest('[role="gridcell"], [role="cell"]');
  if (ariaCell && !el.closest('td')) return inAriaListRow(ariaCell);
  const cell = el.closest('td');
  const body = cell?.parentElement?.parentElement;
  const table = cell?.closest('table');
  if (!cell || !body || !table || upperTag(body) !== 'TBODY' || !table.querySelector(':scope > thead > tr > th')) return false;
  if (Array.from(body.children).filter((r) => upperTag(r) === 'TR').length >= 2) return true;
  // (one row under a header row of columns — 订单号 | 变更类型 | 变更内容 | 状态: a 变更记录 of one change is a list too, its
  // "网站名称：云栖面料 → 云栖面料在线" the website the entity step read, invented; session 45's review. A header of one cell
  // spanning the table — 网站信息 over a row of "网站名称：…" cells — is a title, no columns)
  const head = table.querySelector(':scope > thead > tr');
  return head !== null && Array.from(head.children).filter((c) => /^T[HD]$/.test(upperTag(c))).length >= 2;
}

/** `cell` (a gridcell / cell) is in a row of an ARIA grid or table headed by a row of two or more column headers: a list's record. */
function inAriaListRow(cell: Element): boolean {
  const row = cell.closest('[role="row"]');
  const grid = row?.parentElement?.closest('[role="grid"], [role="table"], [role="treegrid"]');
  if (!row || !grid) return false;
  for (const r of Array.from(grid.querySelectorAll('[role="row"]'))) {
    if (r === row || r.closest('[role="grid"], [role="table"], [role="treegrid"]') !== grid) continue;
    const cells = Array.from(r.children);
    if (cells.length >= 2 && cells.every((c) => c.getAttribute('role') === 'columnheader')) return true;
  }
  return false;
}

/** A field's value that is, or holds, a text box or select of its own (shown empty, it is still the field). */
function ownTextBox(value: Element | string): boolean {
  if (typeof value === 'string') return false;
  return value.matches(TEXT_BOX) || value.querySelector(TEXT_BOX) !== null;
}

/** The text of the first visible field labelled with one of `labels` that shows a value. */
export function fieldText(root: Element | null | undefined, labels: readonly string[], cache: VisibilityCache, oneLine = false): string | undefined {
  if (!root) return undefined;
  for (const h of fieldHits(root, labels, cache)) {
    const v = valueText(h.value, cache, oneLine);
    if (v !== undefined) return v;
  }
  return undefined;
}

// ------------------------------------------------------------------ instances

/** An ECS-like instance id (i-bp1…, eci-, ins-, hostgroup-) and a 32-hex Simple Application Server id. */
const ECS_LIKE_ID = /\b(?:i|eci|ins|hostgroup)-[a-z0-9]{6,}\b/i;
const HEX_ID = /\b[0-9a-f]{32}\b/i;

/** An instance id in a cell or field: i-bp1…, a 32-hex Simple Application Server id, or another id-like token. */
export function instanceIdFromText(text: string | undefined): string | undefined {
  const t = normalizeText(text);
  if (t === '') return undefined;
  const ecs = ECS_LIKE_ID.exec(t);
  if (ecs) return ecs[0];
  const hex = HEX_ID.exec(t);
  if (hex) return hex[0];
  for (const token of t.split(/[\s/|,，()（）]+/)) {
    if (/^[A-Za-z0-9][A-Za-z0-9_.-]{5,}$/.test(token) && /\d/.test(token) && !/^\d+(\.\d+){3}$/.test(token)) return token;
  }
  return undefined;
}

/** Every ECS-like and Simple Application Server id a text names (a note beside an instance field may name another's). */
export function instanceIdsInText(text: string | undefined): string[] {
  const t = normalizeText(text);
  return [...t.matchAll(new RegExp(ECS_LIKE_ID.source, 'gi')), ...t.matchAll(new RegExp(HEX_ID.source, 'gi'))].map((m) => m[0]);
}
