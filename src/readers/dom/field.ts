import { isSelectionCell } from './blank-cell';
import { columnHeadersOnly } from './aria-rows';
import { placeCells, span } from './cell-span';
import { inExamplePanel } from './example-box';
import { cutTextTitle, mayBeCut } from './truncated';
import { glued, INLINE_TAGS } from './glue';
import { iconLabels, labelledByTexts, screenReaderHeaders } from './icon-label';
import { inlineEditorOf } from './inline-editor';
import { inUserTextValue } from './typed-text';
import { LABEL_CLASS, startsWithColumnHeaders, startsWithFieldRow } from './label-box';
import { isTurnLabelCell } from './turn-rows';
import { inNotice, inTimelineItem, inTranscript } from './notice';
import { isDialogBox, isFloatingPanel, inOverlay, overlayOver } from './overlay';
import { currentRead, pageMemo, readSession } from './read-session';
import { labelKey, labelMatches, normalizeText, valueAfterLabel } from './normalize-label';
import { createVisibilityCache, fontsOnly, isVisible, type VisibilityCache, upperTag } from './visibility';
import { controlValue, defaultUnitWords, elementKind, isChecked, labelText, textUnits, valueText, valueWithTagsText } from './units';
import { visibleText } from './visible-text';

/**
 * Key/value layouts: find the value shown beside a visible label. Handles `<label for>` + control,
 * a label element followed by a value sibling or cousin (`<div>付费方式</div><div>包年包月</div>`,
 * <dt>/<dd>, <th>/<td>, Fusion form items), "付费方式：包年包月" in one element, and
 * aria-label / aria-labelledby. Pure; never throws.
 */

const CONTROL_SELECTOR = 'input:not([type="hidden"]), select, textarea';
const MAX_CLIMB = 4;
export { inOverlay };

/**
 * The page read under `root` IS a dialog (a filing step drawn as a modal over an empty console shell): no
 * label outside every overlay shows a value, and a dialog holds labels that do. Then the dialog's fields
 * are the record's; otherwise an open dialog or drawer (调整带宽, 修改付费方式, 续费: the values being set)
 * is no part of the page's record.
 */
function pageIsDialog(root: ParentNode, cache: VisibilityCache): boolean {
  if (readSession()) return pageMemo(pageIsDialog, [root, cache], () => computePageIsDialog(root, cache));
  // (no session: once per read, its visibility cache)
  let memo = dialogPages.get(cache);
  if (!memo) dialogPages.set(cache, (memo = new WeakMap()));
  let is = memo.get(root);
  if (is === undefined) memo.set(root, (is = computePageIsDialog(root, cache)));
  return is;
}

const dialogPages = new WeakMap<VisibilityCache, WeakMap<ParentNode, boolean>>();

function computePageIsDialog(root: ParentNode, cache: VisibilityCache): boolean {
  let dialogField = false;
  for (const el of structuralLabels(root, cache)) {
    const over = overlayOver(el, root, cache);
    if (over === null) {
      if (valueForLabel(el, cache) !== undefined) return false;
    } else if (!dialogField && !choiceLabel(el) && (isDialogBox(over) || isFloatingPanel(over, cache))) dialogField = valueForLabel(el, cache) !== undefined;
  }
  return dialogField;
}

/**
 * A `<label>` naming one option of a choice (around a radio or checkbox, or `for` one): no field of a record. An upgrade
 * sheet's plan choices over a page whose rows are labelled by class only (round fifty's 375 px SWAS detail under
 * class-names-hashed) made the page "the dialog", and the sheet's 到期时间 2027-06-30（不变） the server's expiry (invented).
 */
const CHOICE = 'input[type="radio"], input[type="checkbox"], [role="radio"], [role="checkbox"]';
function choiceLabel(el: Element): boolean {
  if (upperTag(el) !== 'LABEL') {
    // (nor an option's text classed as a label inside its choice — Fusion's <label class="next-radio-wrapper">…<span
    // class="next-radio-label">, a role=radio box's <span class="o-label">: session 48's review of 7e14bc3, the sheet's
    // 到期时间 was the server's expiry again)
    const wrap = el.parentElement?.closest('label, [role="radio"], [role="checkbox"]');
    if (!wrap) return false;
    return upperTag(wrap) === 'LABEL' ? choiceLabel(wrap) : true;
  }
  if (el.querySelector(CHOICE) !== null) return true;
  const id = el.getAttribute('for');
  if (!id) return false;
  const target = el.ownerDocument.getElementById(id);
  return target !== null && target.matches(CHOICE);
}

/**
 * `el` (a label or a text) is part of the record read under `root`: not in an overlay drawn over it,
 * unless the overlay is a dialog and the page is that dialog (pageIsDialog).
 */
export function inPageRecord(el: Element, root: ParentNode, cache: VisibilityCache): boolean {
  const over = overlayOver(el, root, cache);
  return over === null || ((isDialogBox(over) || isFloatingPanel(over, cache)) && pageIsDialog(root, cache));
}

function docOf(root: ParentNode): Document | null {
  const n = root as Node;
  return n.nodeType === 9 ? (n as Document) : (n.ownerDocument ?? null);
}

function labelTextOfChoice(choice: Element, cache: VisibilityCache): string {
  const id = choice.getAttribute('id');
  const doc = choice.ownerDocument;
  if (id && doc) {
    for (const l of Array.from(doc.querySelectorAll('label[for]'))) {
      if (l.getAttribute('for') === id) {
        const t = visibleText(l, cache);
        if (t) return t;
      }
    }
  }
  const wrapping = choice.closest('label');
  if (wrapping) {
    const t = visibleText(wrapping, cache);
    if (t) return t;
  }
  const aria = normalizeText(choice.getAttribute('aria-label'));
  if (aria) return aria;
  if (choice.getAttribute('role') === 'radio') return visibleText(choice, cache);
  // <span><input type=radio></span><span>个人</span>
  let node: Element | null = choice;
  for (let i = 0; node && i < 3; i++, node = node.parentElement) {
    const next = node.nextElementSibling;
    if (next) {
      const t = visibleText(next, cache);
      if (t) return t;
    }
  }
  return '';
}

/** The text value of a control: input value, selected option, checked radio's label. */
export function controlText(el: Element | null | undefined, cache: VisibilityCache = createVisibilityCache()): string | undefined {
  if (!el) return undefined;
  try {
    const tag = upperTag(el);
    if (tag === 'INPUT') {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'radio' || type === 'checkbox') return isChecked(el) ? labelTextOfChoice(el, cache) || undefined : undefined;
      const v = normalizeText((el as HTMLInputElement).value ?? el.getAttribute('value') ?? '');
      return v || undefined;
    }
    if (tag === 'TEXTAREA' || tag === 'SELECT') return controlValue(el, tag) || undefined;
    const radios = Array.from(el.querySelectorAll('input[type="radio"], input[type="checkbox"], [role="radio"], [role="checkbox"]'));
    if (radios.length > 0) {
      const checked = radios.filter(isChecked).map((r) => labelTextOfChoice(r, cache)).filter((t) => t !== '');
      return checked.length > 0 ? checked.join(', ') : undefined;
    }
    const own = valueText(el, cache);
    if (own) return own;
    const inner = Array.from(el.querySelectorAll(CONTROL_SELECTOR)).find((c) => isVisible(c, cache));
    return inner ? controlText(inner, cache) : undefined;
  } catch {
    return undefined;
  }
}

// a word list → its words in lower case (the lists are replaced, never changed, when a provider registers more)
const lowerWords = new WeakMap<readonly string[], string[]>();
function opensWith(header: string, words: readonly string[] | undefined): boolean {
  if (!words || words.length === 0) return false;
  let lower = lowerWords.get(words);
  if (!lower) lowerWords.set(words, (lower = words.map((w) => w.toLowerCase())));
  const h = header.toLowerCase();
  return lower.some((w) => h.startsWith(w));
}
/**
 * Column headers of a change's comparison (变更项 | 原信息 | 变更后信息, Item | Original | New): a cell under a header
 * naming the value before the change is no value of the record; the cell under the header naming it after the
 * change is; none when no such column follows. A header names them by opening with one of the provider's words
 * (rules/labels formerColumns / laterColumns; case ignored).
 */
const formerColumn = (header: string) => opensWith(header, defaultUnitWords().formerColumns);
const laterColumn = (header: string) => opensWith(header, defaultUnitWords().laterColumns);

/** The text of the header cell over `cell` (in the first row of its table's <thead>, by column, colspans counted), or ''. */
function headerOfCell(cell: Element, cache: VisibilityCache): string {
  const row = cell.parentElement;
  if (isAriaCell(cell)) return ariaHeaderOfCell(cell, cache);
  const table = cell.closest('table');
  if (!row || !table || upperTag(row) !== 'TR') return '';
  // (querySelector, not tHead.rows: happy-dom's table sections have no `rows`)
  const head = table.querySelector(':scope > thead > tr');
  if (!head || head === row) return '';
  const col = columnsOf([row]).get(cell);
  for (const [th, at] of columnsOf([head])) if (at === col) return normalizeText(visibleText(th, cache));
  return '';
}

const isAriaCell = (e: Element): boolean => /^(?:gridcell|cell|rowheader)$/.test(e.getAttribute('role') ?? '');

/**
 * The same in an ARIA grid (role=grid / table, rows role=row, cells gridcell / cell / rowheader): the columnheader
 * in the same place of the grid's first row of column headers, or ''.
 */
function ariaHeaderOfCell(cell: Element, cache: VisibilityCache): string {
  const row = cell.parentElement;
  const grid = cell.closest('[role="grid"], [role="table"], [role="treegrid"]');
  if (!row || !grid || row.getAttribute('role') !== 'row') return '';
  const head = Array.from(grid.querySelectorAll('[role="row"]')).find((r) => r !== row && r.querySelector(':scope > [role="columnheader"]'));
  if (!head) return '';
  const th = head.children[Array.from(row.children).indexOf(cell)];
  return th ? normalizeText(visibleText(th, cache)) : '';
}

function laterThanFormer(cell: Element, cache: VisibilityCache): Element | undefined {
  if (!formerColumn(headerOfCell(cell, cache))) return cell;
  for (let c = cell.nextElementSibling; c; c = c.nextElementSibling) {
    const h = headerOfCell(c, cache);
    if (laterColumn(h)) return isVisible(c, cache) ? c : undefined;
    if (!formerColumn(h)) return undefined;
  }
  return undefined;
}

/** The visible text of a value found by readField. */
export function fieldValueText(value: Element | string | undefined, cache: VisibilityCache = createVisibilityCache()): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return normalizeText(value) || undefined;
  return controlText(value, cache);
}

/** The <th> and <td> children of a table row. */
const tableCells = (row: Element) => Array.from(row.children).filter((c) => /^T[HD]$/i.test(c.tagName));
const tableRows = (section: Element) => Array.from(section.children).filter((r) => upperTag(r) === 'TR');

/** The column each cell of `rows` (one table section, top down) starts at, counting colspan and rowspan. */
function columnsOf(rows: Element[]): Map<Element, number> {
  return placeCells(rows, new Map());
}

/**
 * Another of the header cells `heads` beside `cell` names a task (rules/labels taskColumns: 任务, 任务类型, 操作类型, Task —
 * the whole header): a task centre's or a batch log's table, whose row names the record a task acted on and shows the
 * task's values (its 到期时间 after a renewal, its 带宽 after a change), as ./table.ts namesTaskColumn keeps such a table
 * from the lists. A one-row task table naming the page's own instance gave a detail its row's values (session 44 reva).
 */
function namesTask(heads: readonly Element[], cell: Element, cache: VisibilityCache): boolean {
  const words = defaultUnitWords().taskColumns ?? [];
  return words.length > 0 && heads.some((h) => h !== cell && labelMatches(visibleText(h, cache), words));
}

/**
 * A label in a header row (<th> cells only, or role=columnheader) of a one-row table (properties
 * laid out across): its value is the cell below it. null when the label is not in such a header;
 * undefined for a table with several rows (a list: no single value).
 */
function valueBelowHeader(label: Element, cache: VisibilityCache): Element | undefined | null {
  // a header cell, or a cell classed as a label (TDesign's vertical descriptions: td.t-descriptions__label)
  const cell = label.closest('th, td, [role="columnheader"], [role="gridcell"], [role="cell"]');
  if (!cell || !isLabelBox(cell)) return null;
  // rows a grid keeps hidden (a virtualised list's spare row, a responsive copy) are no rows
  const shown = (r: Element | null | undefined): Element | null => {
    while (r && !isVisible(r, cache)) r = r.nextElementSibling;
    return r ?? null;
  };
  const tag = upperTag(cell);
  if (tag === 'TH' || tag === 'TD') {
    const tr = cell.parentElement;
    if (!tr || upperTag(tr) !== 'TR') return null;
    // (a row's selection cell — a checkbox, no text — is neither a label nor a value: ./blank-cell)
    const cells = tableCells(tr).filter((c) => !isSelectionCell(c));
    if (!cells.every((c) => isLabelBox(c))) return null; // a th/td pair row
    // (a task list's one row — 任务 | 实例ID | 到期时间 in a task centre — names what a task acted on: no field of the page)
    if (namesTask(cells, cell, cache)) return undefined;
    const index = cells.indexOf(cell);
    let next = shown(tr.nextElementSibling);
    if (!next) {
      // thead > tr → the first row of the following tbody
      const section = tr.parentElement;
      let sib = section?.nextElementSibling ?? null;
      while (sib && upperTag(sib) !== 'TBODY') sib = sib.nextElementSibling;
      next = shown(sib?.querySelector('tr'));
    }
    if (!next) return undefined;
    // A list has more value rows; vertical descriptions alternate a row of labels and a row of values.
    const after = shown(next.nextElementSibling);
    const allHeads = (r: Element) => {
      const cs = tableCells(r).filter((c) => !isSelectionCell(c));
      return cs.length > 0 && cs.every((c) => isLabelBox(c));
    };
    if (allHeads(next)) return undefined;
    if (after && !allHeads(after)) return undefined;
    // the label's column, not its place in its row: a two-level header (配置 over CPU / 带宽, row-spanning
    // cells beside) or a value cell spanning columns moves the cells along
    // (a header cell spanning rows in the value row's own section covers that row's first columns too)
    const rows = tableRows(tr.parentElement!);
    const head = rows.slice(0, rows.indexOf(tr) + 1);
    const same = next.parentElement === tr.parentElement;
    const columns = columnsOf(same ? [...head, next] : [next]);
    const col = (same ? columns : columnsOf(head)).get(cell) ?? index;
    const below = tableCells(next).find((c) => columns.get(c)! <= col && col < columns.get(c)! + span(c, 'colspan'));
    return below && isVisible(below, cache) ? below : undefined;
  }
  const row = cell.closest('[role="row"]');
  if (!row) return null;
  if (cell.getAttribute('role') !== 'columnheader') return valueBelowLabelCell(cell, row, shown, cache);
  const heads = Array.from(row.querySelectorAll('[role="columnheader"]'));
  if (namesTask(heads, cell, cache)) return undefined;
  const index = heads.indexOf(cell);
  let next = shown(row.nextElementSibling);
  if (!next) next = shown(row.parentElement?.nextElementSibling?.querySelector('[role="row"]'));
  if (!next || index < 0) return undefined;
  // (a list has more value rows; vertical descriptions drawn as an ARIA grid alternate a row of column headers and a row
  // of values — antd's vertical Descriptions so drawn lost every field after its first row: held-out ×
  // table-to-div-grid, session 47)
  if (columnHeadersOnly(next)) return undefined;
  const after = shown(next.nextElementSibling);
  if (after?.getAttribute('role') === 'row' && !columnHeadersOnly(after)) return undefined;
  const below = Array.from(next.querySelectorAll('[role="gridcell"], [role="cell"]'))[index];
  return below && isVisible(below, cache) ? below : undefined;
}

/**
 * Vertical descriptions drawn as an ARIA grid whose labels are cells classed as labels (a row of `gridcell`s
 * `t-descriptions__label`, then a row of their values): the cell below `cell` in the next row. null when `cell`'s row
 * holds other cells than labels (a label beside its value); undefined when no value row follows, or the rows are a
 * list's (value rows after value rows).
 */
function valueBelowLabelCell(cell: Element, row: Element, shown: (r: Element | null | undefined) => Element | null, cache: VisibilityCache): Element | undefined | null {
  const cellsOfRow = (r: Element) => Array.from(r.children).filter((c) => /^(?:columnheader|rowheader|gridcell|cell)$/.test(c.getAttribute('role') ?? ''));
  const allLabels = (cs: Element[]) => cs.length > 0 && cs.every((c) => isLabelBox(c));
  const cells = cellsOfRow(row);
  if (!allLabels(cells)) return null;
  const next = shown(row.nextElementSibling);
  if (!next || next.getAttribute('role') !== 'row') return undefined;
  const values = cellsOfRow(next);
  if (values.length === 0 || allLabels(values)) return undefined;
  const after = shown(next.nextElementSibling);
  if (after && after.getAttribute('role') === 'row' && !allLabels(cellsOfRow(after))) return undefined;
  const below = values.length === cells.length ? values[cells.indexOf(cell)] : undefined;
  return below && isVisible(below, cache) ? below : undefined;
}

/**
 * A select / cascader draws its chosen value beside an empty search <input role=combobox> (antd
 * `.ant-select-selection-item`, Fusion `.next-select-values`): the labelled control is that input,
 * but the value the user sees is the widget's text. For such an input: the nearest ancestor (within
 * the field, not holding the label) that shows text; otherwise the control itself.
 */
function shownSelection(control: Element, label: Element, cache: VisibilityCache): Element {
  if (upperTag(control) !== 'INPUT') return control;
  const type = (control.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'radio' || type === 'checkbox' || normalizeText((control as HTMLInputElement).value ?? control.getAttribute('value')) !== '') return control;
  const selectLike = control.getAttribute('role') === 'combobox' || control.hasAttribute('aria-haspopup') || control.hasAttribute('aria-autocomplete') || control.hasAttribute('readonly');
  if (!selectLike) return control;
  let node = control.parentElement;
  for (let i = 0; node && i < 4 && !node.contains(label); i++, node = node.parentElement) {
    if (node.querySelectorAll(CONTROL_SELECTOR).length > 1) break;
    if (visibleText(node, cache) !== '') return node;
  }
  return control;
}

/** Same tag and class, and so is their first child element: two rows of one form. */
function sameShape(a: Element, b: Element): boolean {
  const shape = (e: Element | null) => (e ? `${e.tagName}.${e.getAttribute('class') ?? ''}` : '');
  return shape(a) === shape(b) && a.firstElementChild !== null && shape(a.firstElementChild) === shape(b.firstElementChild);
}

/** A label's qualifier: words all in one pair of brackets ("（峰值）", "(Peak)"). */
const QUALIFIER = /^[(（][^()（）]{1,12}[)）]$/;

/**
 * `b`, the element after `a`, is `a`'s peer, not its value: both list items (`<li>` or role=listitem), or
 * both drawn by one class list (not none) in a run of three such boxes at least — a tab strip or a menu whose
 * classes say nothing (hashed), "Basic Info | Real-Name Verification | Domain Security". A label and its value
 * are styled apart.
 */
function peerItems(a: Element, b: Element): boolean {
  // (boxes or items in a grid of an even number of columns are pairs by row, label | value: a description grid drawn
  // by one styled cell, no run of peers)
  if (a.parentElement && pairColumns(a.parentElement)) return false;
  const item = (e: Element) => upperTag(e) === 'LI' || e.getAttribute('role') === 'listitem';
  if (item(a) && item(b)) return true;
  const shape = (e: Element | null) => (e ? `${e.tagName} ${(e.getAttribute('class') ?? '').trim()}` : '');
  const own = shape(a);
  if (!/ \S/.test(own) || shape(b) !== own) return false;
  return shape(a.previousElementSibling) === own || shape(b.nextElementSibling) === own;
}

/**
 * An icon (a ? help trigger, a copy button): no drawn text, no control, an <i> or <svg> in or around it. An SVG's
 * <title> / <desc> is its accessible name, never drawn (<svg role="img"><title>复制</title>…</svg> is an icon). So is an
 * empty box drawn by CSS alone, named an image or classed an icon (<span class="tea-icon tea-icon-help" role="img"
 * aria-label="帮助"></span> beside a label: round seventy-eight, taken for the field's value and the status lost).
 */
function isIcon(e: Element): boolean {
  if (drawsText(e) || e.querySelector(CONTROL_SELECTOR)) return false;
  if (e.closest('i, svg') || e.querySelector('i, svg')) return true;
  if (!e.firstElementChild) return drawnIcon(e);
  // A box holding nothing but drawn icons is an icon too: a tooltip trigger around an icon box whose glyph the icon font or
  // CSS draws (antd's <span class="ant-form-item-tooltip"><span role="img" class="anticon …"></span></span> with no <svg>
  // in the markup, <span class="help-trigger"><span class="iconfont icon-question"></span></span>). Round eighty-five: the
  // filing base step's 备案服务号 help beside its <label> was taken for the value box, the service number lost.
  const leaves = Array.from(e.querySelectorAll('*')).filter((c) => !c.firstElementChild);
  return leaves.length > 0 && leaves.every(drawnIcon);
}

/**
 * A help mark drawn as text beside a label — `<i class="help-tip">？</i>`, ⓘ, ❔, ⍰ — or an icon font's glyph written as a
 * private-use character (`<i class="x">&#xe673;</i>`): no control, no other text. A field's value is never such a mark
 * (round eighty-two: the Tencent filing form read "?" as the entity's name, ID type, the website's name and content).
 */
function helpMarkOnly(e: Element): boolean {
  const text = e.textContent ?? '';
  return HELP_MARKS.test(text) && !e.querySelector(CONTROL_SELECTOR);
}
const HELP_MARKS = /^[\s?？¿⸮ⓘℹ🛈❔❓⍰\ufe0f\u{e000}-\u{f8ff}\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}]*[?？ⓘℹ🛈❔❓⍰\u{e000}-\u{f8ff}\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}][\s?？ⓘℹ🛈❔❓⍰\ufe0f\u{e000}-\u{f8ff}\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}]*$/u;

/**
 * Named an image (role=img) or classed an icon (tea-icon, next-icon, t-icon, anticon, iconfont, icon-help …), and named by
 * nothing but a help link's word if at all: a box named otherwise (aria-label="已实名认证", a state drawn as an image) may be
 * the value, as it was before.
 */
function drawnIcon(e: Element): boolean {
  const name = normalizeText(e.getAttribute('aria-label') ?? e.getAttribute('title') ?? '');
  if (name !== '' && !namesHelp(name) && !namesOwnGlyph(e, name)) return false;
  if (e.getAttribute('role') === 'img') return true;
  return (e.getAttribute('class') ?? '').split(/\s+/).some((c) => /^(?:[a-z]+-)?(?:icon|iconfont|anticon)(?:$|[-_])/i.test(c));
}

/**
 * The name is the icon's own glyph name, as antd names every icon it draws (aria-label="question-circle" on
 * class="anticon anticon-question-circle"; antd 3: "icon: question-circle"): it says which picture, not a value.
 * An image named by such an identifier — lowercase words joined by hyphens — is named so with its classes hashed too
 * (CSS modules: the page's scratch mutation `class-names-hashed` lost the base step's service number again).
 */
function namesOwnGlyph(e: Element, name: string): boolean {
  const bare = name.replace(/^icon\s*:\s*/i, '').trim();
  if (e.getAttribute('role') === 'img' && GLYPH_IDENTIFIER.test(bare)) return true;
  const glyph = bare.toLowerCase().replace(/\s+/g, '-');
  if (!/^[a-z][a-z0-9-]*$/.test(glyph)) return false;
  // the class an icon set draws that glyph with (anticon-question-circle, tea-icon-help, fa-info-circle); not a class
  // merely ending in the same word: a state drawn as an image, named and classed by the state (aria-label="Verified" on
  // class="status-verified") is the field's value (rev58)
  return (e.getAttribute('class') ?? '').split(/\s+/).some((c) => {
    const lower = c.toLowerCase();
    return lower.endsWith(`-${glyph}`) && ICON_SET_PREFIX.test(lower.slice(0, -glyph.length - 1));
  });
}
/**
 * A glyph name: lowercase words joined by hyphens, the last a word of letters (question-circle, loading-3-quarters).
 * A name ending in a number or a run of letters and digits — an instance's name web-prod-01, an ID i-bp1… — is a value (rev58).
 */
const GLYPH_IDENTIFIER = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[a-z]+$/;
const ICON_SET_PREFIX = /(?:^|-)(?:icons?|iconfont|anticon|fa[a-z]?|bi|ri|mdi)$/;

/**
 * A name saying help: a help link's word (帮助, 说明, 提示, Help, More info), or a short Chinese name ending in one — what it
 * explains before it, 域名状态说明, 实名认证帮助 (session 52's review of 072f6231: the status lost beside such an icon).
 */
function namesHelp(name: string): boolean {
  const key = labelKey(name);
  return (defaultUnitWords().helpLinks ?? []).some((w) => {
    const word = labelKey(w);
    return word === key || (/^\p{sc=Han}+$/u.test(word) && name.length <= 12 && key.endsWith(word));
  });
}

function drawsText(e: Element): boolean {
  if (!e.textContent?.trim()) return false;
  if (!e.closest('svg') && !e.querySelector('svg')) return true;
  const walker = e.ownerDocument.createTreeWalker(e, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t.nodeValue?.trim() && !t.parentElement?.closest('svg title, svg desc')) return true;
  return false;
}

/** How many elements a box holds, icons apart. */
function held(e: Element): number {
  return Array.from(e.querySelectorAll('*')).filter((c) => !isIcon(c)).length;
}

const visibleChildren = (e: Element, cache: VisibilityCache) => Array.from(e.children).filter((c) => isVisible(c, cache));
const tagAndClass = (e: Element) => `${e.tagName}.${e.getAttribute('class') ?? ''}`;

/**
 * Boxes alike that are a label's cell and its value's cell, not a column of labels: a row of two cell
 * wrappers (`<div class="row"><div class="cell"><span class="lbl">网站域名</span></div><div class="cell">
 * <span class="val">…</span></div></div>`, the cells often `display: contents`) whose first elements are of
 * one tag but classed apart. A column of labels holds its labels' boxes classed alike.
 */
function labelAndValueCells(boxes: Element[], found: Element): boolean {
  if (boxes.length !== 2) return false;
  const [a, b] = [boxes[0]!.firstElementChild, boxes[1]!.firstElementChild];
  if (a && b && upperTag(a) === upperTag(b)) {
    const [ca, cb] = [a.getAttribute('class') ?? '', b.getAttribute('class') ?? ''];
    if (ca !== '' && cb !== '' && ca !== cb) return true;
  }
  // (the value wrapped deeper than the label: `<div class="cell"><span class="lbl">网站名称</span></div><div
  // class="cell"><div class="inner"><span class="val">青山茶话</span></div></div>` — the label's own classed box
  // has no box of its tag and class in the other cell, where a column's next label would have one)
  const own = boxes.find((x) => x.contains(found));
  const other = boxes.find((x) => x !== own);
  let label: Element | null = found;
  while (label && label !== own && !label.getAttribute('class')?.trim()) label = label.parentElement;
  if (!own || !other || !label || label === own) return false;
  const shape = tagAndClass(label);
  return !Array.from(other.getElementsByTagName(label.tagName)).some((e) => tagAndClass(e) === shape);
}

/** Letters and digits of a text: a label's words without its marks (a required *, a colon, a ? icon's text). */
const wordsOf = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');

/** `box`, around the label `label`, shows words besides the label's. */
function holdsMoreThan(box: Element, label: Element, cache: VisibilityCache): boolean {
  return wordsOf(visibleText(box, cache)) !== wordsOf(visibleText(label, cache));
}

/**
 * Labels and values in two column boxes side by side (a column of labels, then a column of their
 * values: `<div class="labels"><div>地域</div><div>实例ID</div></div><div class="values"><div>北京</div>
 * <div>ins-…</div></div>`): the value is the box in the same place of the next column. The label's
 * box (the label or an ancestor up to two levels) is one of two or more visible boxes alike (tag and
 * class) with no control; the next visible sibling of their column is classed otherwise and holds as
 * many visible boxes. null when the label is not in such a column (rows of label + value are not:
 * the next row is classed like the row).
 */
export function valueInNextColumn(found: Element, cache: VisibilityCache): Element | null {
  let item: Element | null = found;
  for (let depth = 0; item && depth < 3; depth++, item = item.parentElement) {
    const column = item.parentElement;
    // a table's rows and cells are read by their own structure (a th above or beside its cell)
    if (!column || /^(TR|TBODY|THEAD|TFOOT|TABLE)$/.test(column.tagName.toUpperCase()) || column.getAttribute('role') === 'row') return null;
    // a box that shows more than the label (a list cell: `<div class="cell"><div class="cell__title">计费模式</div>
    // <div class="cell__value">包年包月</div></div>`) holds the label's own value: it is no box of a column of labels
    if (item !== found && holdsMoreThan(item, found, cache)) return null;
    const boxes = visibleChildren(column, cache);
    if (boxes.length < 2 || !boxes.includes(item)) continue;
    const shape = tagAndClass(item);
    if (boxes.some((b) => tagAndClass(b) !== shape || b.querySelector(CONTROL_SELECTOR) !== null)) continue;
    if (labelAndValueCells(boxes, found)) continue;
    let next = column.nextElementSibling;
    while (next && !isVisible(next, cache)) next = next.nextElementSibling;
    if (!next || (next.getAttribute('class') ?? '') === (column.getAttribute('class') ?? '')) return null;
    const values = visibleChildren(next, cache);
    if (values.length !== boxes.length) return null;
    return values[boxes.indexOf(item)] ?? null;
  }
  return null;
}

/**
 * A row of labels over a row of their values, the rows classed alike (a bootstrap-like grid: `<div
 * class="row"><div class="col-md-3 text-muted">地域</div>…</div><div class="row"><div class="col-md-3">北京</div>
 * …</div>`): the label's box (the label or an ancestor up to two levels) is one of two or more visible boxes
 * alike (tag and class) with no control, and the next visible row, of the row's tag and class, holds no box
 * of that shape. The value is the box in the same place below when that row holds as many boxes and is no
 * list (not followed by another such row of values); undefined (no value: never the next label beside it)
 * when the places do not pair. null when the label is in no such row (label, value, label, value rows: the
 * boxes are not alike, or the row below is shaped like them).
 */
export function valueInRowBelow(found: Element, cache: VisibilityCache): Element | undefined | null {
  let item: Element | null = found;
  for (let depth = 0; item && depth < 3; depth++, item = item.parentElement) {
    const row = item.parentElement;
    if (!row || /^(TR|TBODY|THEAD|TFOOT|TABLE)$/.test(upperTag(row)) || row.getAttribute('role') === 'row') return null;
    const boxes = visibleChildren(row, cache);
    if (boxes.length < 2 || !boxes.includes(item)) continue;
    const shape = tagAndClass(item);
    if (!item.hasAttribute('class') || boxes.some((b) => tagAndClass(b) !== shape || b.querySelector(CONTROL_SELECTOR) !== null)) continue;
    const below = nextVisibleSibling(row, cache);
    if (!below || tagAndClass(below) !== tagAndClass(row)) return null;
    const values = visibleChildren(below, cache);
    if (values.length === 0 || values.some((v) => tagAndClass(v) === shape)) return null;
    const after = nextVisibleSibling(below, cache);
    const isValueRow = (r: Element) => tagAndClass(r) === tagAndClass(row) && visibleChildren(r, cache).every((v) => tagAndClass(v) !== shape);
    // a list: a row of headings over rows of records
    if (after && isValueRow(after)) return undefined;
    return values.length === boxes.length ? values[boxes.indexOf(item)] : undefined;
  }
  return null;
}

function nextVisibleSibling(el: Element, cache: VisibilityCache): Element | null {
  let next = el.nextElementSibling;
  while (next && !isVisible(next, cache)) next = next.nextElementSibling;
  return next;
}

/**
 * Labels and values as the children of one box, every label first and then every value (a CSS grid of
 * two columns filled column by column, `grid-auto-flow: column`; a vertical description list's row of
 * labels and then its row of values, drawn without row boxes): `<div><span class="k">网站名称</span>
 * <span class="k">网站域名</span><span>茶语文化</span><span>chayu.cn</span></div>`. The label's box (the
 * label or an ancestor up to two levels) starts a run of two or more visible boxes alike (tag and class)
 * with no control, and exactly as many visible boxes follow, none shaped like them: the value is the one
 * in the same place of that second run. In a grid whose flow is known to be column by column (R rows), the
 * value is the box R places on (the next column, same row), whatever the boxes' shapes: a label column,
 * a value column, and so on. null otherwise (a label, value, label, value row is not: the box after the
 * first label is not alike, so the run is one box long).
 */
export function valueLaterInSameBox(found: Element, cache: VisibilityCache): Element | null {
  let item: Element | null = found;
  for (let depth = 0; item && depth < 3; depth++, item = item.parentElement) {
    const box = item.parentElement;
    if (!box || /^(TR|TBODY|THEAD|TFOOT|TABLE)$/.test(upperTag(box)) || box.getAttribute('role') === 'row') return null;
    const children = visibleChildren(box, cache);
    if (children.length < 4 || children.length % 2 !== 0) continue;
    const at = children.indexOf(item);
    if (at < 0) continue;
    const shape = tagAndClass(item);
    const half = children.length / 2;
    // a grid filled column by column: the value is in the next column of the same row (columns of labels
    // and of values in turn: label, value, label, value columns of R rows each)
    const rows = columnFlowRows(box);
    if (rows !== null && rows >= 2 && children.length % (2 * rows) === 0) {
      if (Math.floor(at / rows) % 2 !== 0) return null;
      const column = children.slice(at - (at % rows), at - (at % rows) + rows);
      if (column.some((b) => b.querySelector(CONTROL_SELECTOR) !== null)) continue;
      return children[at + rows] ?? null;
    }
    if (at >= half) continue;
    const labels = children.slice(0, half);
    const values = children.slice(half);
    // without the grid's flow known: the first half's boxes alike (tag and class), none of the second half;
    // or labels classed apart (`lbl r1`, `lbl r2` …: one tag, a class they all share, each its own) and no
    // value of that tag and shared class
    const alike = labels.every((b) => tagAndClass(b) === shape) && !values.some((b) => tagAndClass(b) === shape);
    if (!alike && !classedApartRun(labels, values)) continue;
    if (labels.some((b) => b.querySelector(CONTROL_SELECTOR) !== null)) continue;
    return values[at] ?? null;
  }
  return null;
}

/** An element showing a status (a tag, a badge) and nothing else but actions or help. */
function onlyStatus(e: Element, cache: VisibilityCache): boolean {
  const units = textUnits(e, cache);
  return units.some((u) => u.kind === 'status') && units.every((u) => u.kind === 'status' || u.kind === 'action' || u.kind === 'help');
}

/** An element whose whole shown text is one registered action or help word (帮助, 说明, 示例, Help). */
function isLabelWord(e: Element, cache: VisibilityCache): boolean {
  const text = visibleText(e, cache);
  if (text === '' || text.length > 24) return false;
  const key = labelKey(text);
  const words = defaultUnitWords();
  return [...(words.actions ?? []), ...(words.help ?? [])].some((w) => labelKey(w) === key);
}

/** An element whose whole shown text is the word of a help link beside a label (帮助, 说明, 示例, Help: rules/labels helpLinks). */
function isHelpLink(e: Element, cache: VisibilityCache): boolean {
  const key = labelKey(visibleText(e, cache));
  return key !== '' && (defaultUnitWords().helpLinks ?? []).some((w) => labelKey(w) === key);
}

const classTokens = (e: Element) => (e.getAttribute('class') ?? '').split(/\s+/).filter((t) => t !== '');

/**
 * The class tokens every box of `run` has, when the boxes are one tag, each classed its own way (no two
 * class attributes alike) and share at least one token: labels classed apart (`lbl r1`, `lbl r2` …). null
 * otherwise.
 */
function sharedClassOfRun(run: readonly Element[]): string[] | null {
  if (run.length < 2) return null;
  const tag = upperTag(run[0]!);
  if (run.some((b) => upperTag(b) !== tag) || new Set(run.map((b) => b.getAttribute('class') ?? '')).size !== run.length) return null;
  const shared = classTokens(run[0]!).filter((t) => run.every((b) => classTokens(b).includes(t)));
  return shared.length > 0 ? shared : null;
}

/** Labels classed apart (`sharedClassOfRun`) and values none of which is of their tag and shared class. */
function classedApartRun(labels: readonly Element[], values: readonly Element[]): boolean {
  const shared = sharedClassOfRun(labels);
  if (!shared) return false;
  const tag = upperTag(labels[0]!);
  return !values.some((v) => upperTag(v) === tag && shared.every((t) => classTokens(v).includes(t)));
}

/**
 * Whether `next`, the box after the label's box `node`, is the next label of the same layout: it and the
 * boxes around it (three or more in a row, `node` among them) are labels classed apart (`lbl r1`, `lbl r2`,
 * `lbl r3` …). A label is never the value of the label before it.
 */
function nextLabelOfRun(node: Element, next: Element, cache: VisibilityCache): boolean {
  if (upperTag(node) !== upperTag(next) || !node.hasAttribute('class') || !next.hasAttribute('class')) return false;
  const parent = node.parentElement;
  if (!parent || next.parentElement !== parent) return false;
  const boxes = visibleChildren(parent, cache);
  const from = boxes.indexOf(node);
  const to = boxes.indexOf(next);
  if (from < 0 || to !== from + 1) return false;
  if (next.querySelector(CONTROL_SELECTOR)) return false;
  // the run: node, next and the box after (or before) them
  return [boxes[to + 1], boxes[from - 1]].some((third) => third !== undefined && !third.querySelector(CONTROL_SELECTOR) && sharedClassOfRun([node, next, third]) !== null);
}

/** `box` is a CSS grid filled row by row in an even number of columns (`grid-template-columns: 120px 1fr`, `repeat(2, …)`). */
function pairColumns(box: Element): boolean {
  try {
    const cs = box.ownerDocument.defaultView!.getComputedStyle(box);
    if (!/grid/.test(cs.display) || /column/.test(cs.gridAutoFlow ?? '')) return false;
    const cols = (cs.gridTemplateColumns ?? '').trim();
    if (cols === '' || cols === 'none') return false;
    // (a browser gives the tracks resolved, "120px 480px"; a style sheet as written, repeat(2, 1fr) or repeat(2, 120px 1fr))
    let n = 0;
    for (const track of cols.split(/\s+(?![^(]*\))/)) {
      const repeat = /^repeat\(\s*(\d+)\s*,(.*)\)$/.exec(track);
      if (repeat) n += Number(repeat[1]) * repeat[2]!.trim().split(/\s+(?![^(]*\))/).length;
      else if (track.startsWith('repeat(')) return false;
      else n++;
    }
    return n >= 2 && n % 2 === 0;
  } catch {
    return false;
  }
}

/** The number of rows of a CSS grid filled column by column (`grid-auto-flow: column`); null for any other box. */
function columnFlowRows(box: Element): number | null {
  try {
    const cs = box.ownerDocument.defaultView!.getComputedStyle(box);
    if (!/grid/.test(cs.display) || !/column/.test(cs.gridAutoFlow ?? '')) return null;
    const rows = (cs.gridTemplateRows ?? '').trim();
    const repeat = /^repeat\(\s*(\d+)\s*,[^()]*(?:\([^()]*\))?[^()]*\)$/.exec(rows);
    if (repeat) return Number(repeat[1]);
    if (rows === '' || rows === 'none' || rows.includes('repeat(')) return null;
    // (a browser gives the tracks resolved: "20px 20px 20px 20px")
    return rows.split(/\s+(?![^(]*\))/).length;
  } catch {
    return null;
  }
}

/** Boxes that name a whole region, never one field's value, when a label's id names them. */
const NOT_A_VALUE_ROLE = /^(?:region|tabpanel|dialog|alertdialog|navigation|main|complementary|form|grid|treegrid|table|tablist|menu|menubar|tree|list|listbox|group)$/;
const NOT_A_VALUE_TAG = new Set(['SECTION', 'ARTICLE', 'FORM', 'FIELDSET', 'DIALOG', 'TABLE', 'UL', 'OL', 'DL', 'NAV', 'ASIDE', 'MAIN']);
const ACTION_ROLE = /^(?:button|link|menuitem|tab|tooltip)$/;
const ACTION_TAG = new Set(['BUTTON', 'A']);

/**
 * Whether an element named by aria-label / aria-labelledby can be one field's value: not a whole region
 * (a tab panel, a section, a dialog, a list, a table), nor a box holding an element its aria-labelledby
 * names (a panel named after a label inside it).
 */
export function namedAsOneValue(el: Element): boolean {
  const role = (el.getAttribute('role') ?? '').trim().toLowerCase();
  if (NOT_A_VALUE_ROLE.test(role) || NOT_A_VALUE_TAG.has(upperTag(el))) return false;
  const doc = el.ownerDocument;
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    const named = id === '' ? null : doc?.getElementById(id);
    if (named && named !== el && el.contains(named)) return false;
  }
  return true;
}

/** Whether `el`'s aria-labelledby names `el` itself (its own text, then the label: an action's name). */
function namesItself(el: Element): boolean {
  const id = el.getAttribute('id');
  return !!id && (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).includes(id);
}

/**
 * Every element with an aria-labelledby on the page, by each id it names: one look through the document
 * per read (kept per visibility cache, as the page's style sheets are), not one per label and level.
 */
const labelledByCache = new WeakMap<VisibilityCache, { doc: Document; byId: Map<string, Element[]> }>();

function labelledBy(doc: Document, cache: VisibilityCache): Map<string, Element[]> {
  let known = labelledByCache.get(cache);
  if (!known || known.doc !== doc) {
    const byId = new Map<string, Element[]>();
    for (const el of Array.from(doc.querySelectorAll('[aria-labelledby]'))) {
      for (const id of new Set((el.getAttribute('aria-labelledby') ?? '').split(/\s+/))) {
        if (id === '') continue;
        const list = byId.get(id);
        if (list) list.push(el);
        else byId.set(id, [el]);
      }
    }
    known = { doc, byId };
    labelledByCache.set(cache, known);
  }
  return known.byId;
}

/**
 * The element that names the label (or its label box, up to three levels up with the same shown text) in
 * its aria-labelledby: the value the page pairs with it by markup (labels in one column and values in
 * another in another order, each placed on its row by the grid; `<output aria-labelledby="l-region">`).
 * Only a shown value box, not holding the label, and not a whole region, panel, list or section.
 */
function valueNamingLabel(found: Element, cache: VisibilityCache): Element | undefined {
  const doc = found.ownerDocument;
  if (!doc) return undefined;
  const text = visibleText(found, cache);
  let node: Element | null = found;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (depth > 0 && visibleText(node, cache) !== text) break;
    const id = node.getAttribute('id');
    if (!id || /["\\\s]/.test(id)) continue;
    for (const target of labelledBy(doc, cache).get(id) ?? []) {
      if (!target.isConnected || target.contains(node) || node.contains(target) || !isVisible(target, cache)) continue;
      const role = (target.getAttribute('role') ?? '').trim().toLowerCase();
      if (NOT_A_VALUE_ROLE.test(role) || NOT_A_VALUE_TAG.has(upperTag(target))) continue;
      // an action named by its own text and the label (`<button id="b" aria-labelledby="b l-billing">按量计费</button>`:
      // "switch to pay-as-you-go"), or a tooltip about the field: not the value the page shows
      if (ACTION_ROLE.test(role) || ACTION_TAG.has(upperTag(target)) || namesItself(target)) continue;
      // a control inside a box of its own: the box shows what the field shows (a read-only input and its edit link)
      return target.matches(CONTROL_SELECTOR) ? shownSelection(target, node, cache) : target;
    }
  }
  return undefined;
}

function valueForLabel(found: Element, cache: VisibilityCache): Element | string | undefined {
  // A `<label for>` names its control wherever the control is drawn (a legend of labels above a grid of read-only
  // inputs in another order): the control it names is its value before any box beside it — the next label of the
  // legend, or another label's input, is none (round forty-nine: Registrar read the Domain Status input beside it).
  const forTarget = forControl(found, cache);
  if (forTarget) return shownSelection(forTarget, found, cache);
  const named = valueNamingLabel(found, cache);
  if (named) return named;
  const below = valueBelowHeader(found, cache);
  if (below !== null) return below;
  const across = valueInNextColumn(found, cache) ?? valueLaterInSameBox(found, cache);
  if (across) return across;
  const under = valueInRowBelow(found, cache);
  if (under !== null) return under;
  // the label's text in boxes inside a <label> (<label for="x"><span><span>网站名称</span></span></label>):
  // the <label> and its control
  const outer = upperTag(found) === 'LABEL' ? null : found.parentElement?.closest('label');
  const label = outer && outer.contains(found) && normalizeText(outer.textContent) === normalizeText(found.textContent) ? outer : found;
  const doc = label.ownerDocument;
  const tag = upperTag(label);
  const forId = tag === 'LABEL' ? label.getAttribute('for') : null;
  if (forId && doc) {
    const target = doc.getElementById(forId);
    // (a label naming an open inline editor's text box names a value being typed: the shown one is beside it)
    if (target && isVisible(target, cache) && !inlineEditorOf(target)) return shownSelection(target, label, cache);
  }
  if (tag === 'LABEL') {
    const inner = label.querySelector(CONTROL_SELECTOR);
    if (inner && isVisible(inner, cache)) return shownSelection(inner, label, cache);
  }
  let node: Element = label;
  for (let depth = 0; depth <= MAX_CLIMB; depth++) {
    const t = upperTag(node);
    if (depth === 1 || (depth === 0 && node.parentElement && node.nextElementSibling)) {
      // (a caption with a note under it: the figure above is asked for before the note beside)
      const above = valueAboveCaption(depth === 1 ? node : node.parentElement!, label, cache, depth === 0);
      if (above) return above;
    }
    // Text directly after the label in the same parent: <div><b>付费方式</b> 包年包月</div>
    let sib: ChildNode | null = node.nextSibling;
    const inlineText: string[] = [];
    for (; sib; sib = sib.nextSibling) {
      if (sib.nodeType === 3) {
        inlineText.push(sib.nodeValue ?? '');
        continue;
      }
      if (sib.nodeType !== 1) continue;
      const e = sib as Element;
      if (!isVisible(e, cache)) continue;
      // an icon beside the label (a ? help trigger) is no value: the value box comes after
      if (isIcon(e)) continue;
      // nor is a help mark drawn as text (<i class="help-tip">？</i>, ⓘ, ❔) or an icon font's glyph as a character
      if (helpMarkOnly(e)) continue;
      // nor is the label's colon drawn as an element of its own (<span class="…-colon">：</span>)
      // (also with only actions, tags or help beside it: its shown value is the colon)
      if (/^[:：]$/.test(normalizeText(e.textContent)) || (/^\s*[:：]/.test(e.textContent ?? '') && /^[:：]$/.test(controlText(e, cache) ?? ''))) continue;
      // the next label of a run of labels classed apart is no value (its own value is further on)
      if (inlineText.every((t) => t.trim() === '') && nextLabelOfRun(node, e, cache)) return undefined;
      // nor is the label's qualifier in a box of its own, its words all in brackets, inside the label's box
      // (<span><span>公网带宽</span><span>（峰值）</span></span><span>10 Mbps</span>: the label box's class said so)
      if (depth === 0 && inlineText.every((t) => t.trim() === '') && QUALIFIER.test(normalizeText(e.textContent)) && !e.querySelector(CONTROL_SELECTOR) && e.nextElementSibling === null) continue;
      // nor is the next item of a run of peers the label is one of (a tab strip of <li> or of boxes alike)
      if (depth === 0 && peerItems(node, e)) return undefined;
      // an inline element inside the text (a search match: 202<mark>7-01</mark>-18) goes on with it
      const etag = upperTag(e);
      if (etag === 'WBR') continue;
      const last = inlineText[inlineText.length - 1];
      if (last !== undefined && INLINE_TAGS.has(etag) && !e.firstElementChild && glued(last, e.textContent ?? '')) {
        inlineText.push(e.textContent ?? '');
        continue;
      }
      const pending = normalizeText(inlineText.join(''));
      if (pending && !/^[:：]$/.test(pending)) return pending.replace(/^[:：]\s*/, '');
      // a help or action word beside the label inside the label's own box (a Fusion label column's
      // <span>帮助</span>, 说明, 示例, Help) is the label's link, no value: the value box comes after the label box
      // — so is one between the label and a box after it, outside any label box (<span>主办单位名称</span><a>帮助</a><span></span>):
      // the box after is the value's, shown empty or not (a word last, with nothing after it, may be the value box's action)
      // (a help link's word, not an action's: 去认证 / 续费 between a label and a note is the missing value's action, the note no value)
      // (a help link's word last in the label's box is the label's too: the value box comes after that box — a help
      // link is never a field's value, as an action last may be: 公网IP 绑定)
      if (depth === 0 && node.parentElement && (isLabelBox(node.parentElement, false) || isHelpLink(e, cache)) && isLabelWord(e, cache)) continue;
      // a tag or badge beside the label inside the label's own box, a box after that one to hold the value (a Fusion
      // label column's <label>主办单位名称</label><span class="next-tag">推荐</span> | the control column) is the
      // label's badge, no value — unless the label's colon says its value follows there (域名状态：<tag>正常</tag>)
      if (depth === 0 && inlineText.every((t) => t.trim() === '') && node.parentElement && isLabelBox(node.parentElement, false) && !/[:：]\s*$/.test(label.textContent ?? '') && nextVisibleSibling(node.parentElement, cache) && onlyStatus(e, cache)) continue;
      if (t === 'DT' && etag !== 'DD') {
        // the next term: this one shows no description
        if (etag === 'DT') return undefined;
        continue;
      }
      // Climbed out of the label's own box: a sibling shaped like that box and holding more, icons
      // apart (a label and a value), is the next field's row, not this label's value (its value
      // element was empty or missing). A box shaped alike holding no more is the value's box
      // (class-less markup draws the label's box and the value's box alike:
      // <span><span>持有者名称</span></span><span><span>周八</span></span>). A sibling that starts
      // with a heading or a title is the next block, one that starts with "标签：值" the next field.
      // (the innermost first element starts the box only when no text of the box comes before it:
      // "6 Mbps<span>（待生效：12 Mbps）</span>" starts with its value, not with a "标签：值")
      let first = e;
      while (first.firstElementChild && startsWithChild(first)) first = first.firstElementChild;
      // (its words folded first: a value in full-width digits, "２０２７－０９－３０　２３：５９", is no label)
      if (depth > 0 && ((sameShape(e, node) && held(e) > held(node)) || /H\d|title/.test(etag + first.tagName + first.getAttribute('class')) || startsWithLabelColon(normalizeText(firstLine(first))))) return undefined;
      // A box alike after a box that shows more than the label is the next field's box: the label's
      // box holds its own field.
      if (depth > 0 && sameShape(e, node) && visibleText(node, cache) !== visibleText(label, cache)) return undefined;
      // A box that starts with labelled rows of its own (a card's body under its title 域名持有者: 域名持有者（中文）,
      // 证件类型, 证件号码 …) is the section the label titles, no value of it: its rows give their values — after
      // climbing out of the title's own box, or right beside a title that is no label box (div.card-title, then
      // div.card-body: a label box's value box may hold a control's rows)
      if ((depth > 0 || !isLabelBox(label)) && startsWithFieldRow(e)) return undefined;
      // (… and a box that starts with a table's column headers beside a title that is no label box: a card's body of a
      // table under its title 弹性公网IP is a list of records, no value — a label box's value may be a table to choose from)
      if (!isLabelBox(label) && startsWithColumnHeaders(e)) return undefined;
      // … known by its words when no class says what is a label: its first words are the label's own, qualified
      // (域名持有者 over 域名持有者（中文） 明港贸易…, a build's hashed class names)
      if (opensWithLabelQualified(e, label, cache)) return undefined;
      // … or its first words are the label's own again, a field of the box so labelled (a card titled 弹性公网IP over its
      // row 弹性公网IP N/A, the title's class hashed: the card's rows were the title's value and the row's N/A lost —
      // held-out × class-names-hashed, session 47, the Tencent partial-failure CVM detail's bandwidth 0)
      if (!isLabelBox(label) && opensWithLabelAgain(e, label, cache)) return undefined;
      return etag === 'TD' || etag === 'TH' || isAriaCell(e) ? laterThanFormer(e, cache) : e;
    }
    const pending = normalizeText(inlineText.join('')).replace(/^[:：]\s*/, '');
    if (pending) return pending;
    // nothing beside the label: a status drawn inside its own box after its words and colon
    // ("Domain Status: <tag>Normal</tag>"; not a 新 / NEW badge on the label)
    const units = depth === 0 ? textUnits(node, cache) : [];
    const i = units.findIndex((u) => u.kind === 'status');
    if (i > 0 && /[:：]$/.test(units[i - 1]!.text)) return units[i]!.el;
    // a row among rows alike (a list of fields) holds its own value: above it are the other rows
    const prev = node.previousElementSibling;
    if (depth > 0 && prev && sameShape(prev, node)) return undefined;
    const parent = node.parentElement;
    if (!parent || parent === doc?.body || parent === doc?.documentElement) return undefined;
    // Do not climb out of a row of a table: a <th> with nothing after it has no value.
    if (t === 'TH' || t === 'TD' || t === 'DT' || t === 'DD') return undefined;
    node = parent;
  }
  return undefined;
}

/**
 * The visible control a `<label for>` names (an input, a select, a textarea), when it is not inside the label's own
 * box and not an open inline editor's text box (a value being typed: the shown one is beside it). null otherwise.
 */
function forControl(label: Element, cache: VisibilityCache): Element | null {
  if (upperTag(label) !== 'LABEL') return null;
  const id = label.getAttribute('for');
  const target = id ? label.ownerDocument?.getElementById(id) : null;
  if (!target || !/^(?:INPUT|SELECT|TEXTAREA)$/.test(upperTag(target)) || label.contains(target)) return null;
  const type = (target.getAttribute('type') ?? '').toLowerCase();
  if (type === 'radio' || type === 'checkbox' || type === 'hidden') return null;
  return isVisible(target, cache) && !inlineEditorOf(target) ? target : null;
}

/**
 * A text that starts with "标签：" (a short label and its colon: the next field's row). A colon inside a
 * bracket the text opened before it is no label's ("王宏伟（修改审核中：杭州某公司）" is a value with a note).
 */
function startsWithLabelColon(text: string): boolean {
  const m = /^[^\d\s:][^\d:]{0,23}:/.exec(text);
  if (!m) return false;
  const opened = (m[0].match(/[(（【[]/g) ?? []).length;
  const closed = (m[0].match(/[)）】\]]/g) ?? []).length;
  return opened <= closed;
}

const LINE_BREAKING = new Set(['BR', 'DIV', 'P', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'SECTION', 'HR']);

/**
 * The words of `box`'s first line: its text up to a <br> or a block after words ("包年包月 <a>转按量付费</a><br>
 * 到期时间：…" is "包年包月 转按量付费": the "标签：" of a note on the next line starts no field of the box).
 */
function firstLine(box: Element): string {
  let text = '';
  const walker = box.ownerDocument.createTreeWalker(box, 5 /* elements and text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) text += n.nodeValue ?? '';
    else if (LINE_BREAKING.has(upperTag(n as Element)) && (upperTag(n as Element) === 'BR' || text.trim() !== '')) break;
  }
  return text;
}

/** No text node with words comes before `box`'s first element child. */
function startsWithChild(box: Element): boolean {
  for (let n = box.firstChild; n && n !== box.firstElementChild; n = n.nextSibling) if (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') return false;
  return true;
}

/**
 * A statistic item's value drawn above its caption (a plan card: `<div class="item"><span>6Mbps</span>
 * <span class="item__label">峰值带宽</span></div>` among items alike): the label's box holds two shown boxes,
 * the value's with text and no control, then the label's, and a box shaped alike is beside it (or beside its
 * card). `withNote`: a third box, a note, under the caption (a stat card: figure, caption, note), and the figure
 * drawn larger than the caption. undefined otherwise (a label first in its box is read the usual way).
 */
function valueAboveCaption(box: Element, label: Element, cache: VisibilityCache, withNote = false): Element | undefined {
  const kids = visibleChildren(box, cache);
  if (kids.length !== (withNote ? 3 : 2) || kids[1] !== label || kids[0]!.querySelector(CONTROL_SELECTOR) || isLabelBox(kids[0]!)) return undefined;
  // a third box under the caption (a stat card's note: 剩余 89 天 续费, 上海五区) leaves the box above the value
  // only where the page draws it as the card's figure: larger than the caption (no class then says which is which)
  // and the note drawn as the caption is (one size, colour and weight: both the card's small print), where a value after
  // its label is drawn apart from it (a card's title over a grey label and its value is no figure)
  if (withNote && (!(fontPx(kids[0]!) > fontPx(label)) || !drawnAlike(label, kids[2]!))) return undefined;
  // (the items alike are the box's siblings, or its card's when it is the card's only box: a card's body)
  const card = box.parentElement && box.parentElement.children.length === 1 ? box.parentElement : null;
  const alikeBeside = (b: Element) => [b.previousElementSibling, b.nextElementSibling].some((s) => s !== null && sameShape(s, b) && isVisible(s, cache));
  const alike = alikeBeside(box) || (card !== null && alikeBeside(card));
  return alike && visibleText(kids[0]!, cache) !== '' ? kids[0] : undefined;
}

/** `a` and `b` are drawn in one font size, colour and weight (the page's style sheets computed); false when not known. */
function drawnAlike(a: Element, b: Element): boolean {
  try {
    const view = a.ownerDocument.defaultView!;
    const [x, y] = [view.getComputedStyle(a), view.getComputedStyle(b)];
    return ['fontSize', 'color', 'fontWeight'].every((k) => String(x[k as 'color'] ?? '') === String(y[k as 'color'] ?? '')) && String(x.fontSize ?? '') !== '';
  } catch {
    return false;
  }
}

/** The font size an element is drawn at, in px (the page's style sheets computed); NaN when not known. */
function fontPx(el: Element): number {
  try {
    const m = /^(\d*\.?\d+)px$/.exec(String(el.ownerDocument.defaultView?.getComputedStyle(el).fontSize ?? '').trim());
    return m ? Number(m[1]) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * A term's descriptions: a `<dd>` value and the `<dd>`s after it up to the next term
 * (`<dt>域名状态</dt><dd>正常</dd><dd>clientTransferProhibited</dd>`: one term, several values). Any other
 * value is alone.
 */
export function descriptionsOf(value: Element): Element[] {
  if (upperTag(value) !== 'DD') return [value];
  const out = [value];
  for (let e = value.nextElementSibling; e && upperTag(e) === 'DD'; e = e.nextElementSibling) out.push(e);
  return out;
}

/**
 * In a tab strip: inside a `role=tab`, or a `role=tablist` with no `role=tabpanel` nearer. An
 * accordion (antd Collapse) is a tablist around its panels: a panel's content is no tab.
 */
export function inTabStrip(el: Element): boolean {
  const near = el.closest('[role="tab"], [role="tablist"], [role="tabpanel"]');
  return near !== null && near.getAttribute('role') !== 'tabpanel';
}

const LABEL_BOX_TAGS = new Set(['LABEL', 'TH', 'DT']);

/** A label box by structure: `<label>`, `<th>`, `<dt>`, a row or column header, a class whose last token is `label`. */
function isLabelBox(el: Element, columnHeader = true): boolean {
  const role = el.getAttribute('role');
  return LABEL_BOX_TAGS.has(upperTag(el)) || role === 'rowheader' || (columnHeader && role === 'columnheader') || LABEL_CLASS.test(el.getAttribute('class') ?? '') || isTurnLabelCell(el);
}

/**
 * The label box (`<th>`, `<label>`, `<dt>`, a row header, a class whose last token is `label`) around
 * `found` when `found` is only a piece of its words: a label drawn in spans
 * (`<th><span>公网带宽</span><span>（峰值）</span></th>`, `<span>证件号码</span><i>?</i>`). The box is
 * the label when its whole text matches too (its value is beside the box, not the next span); when the
 * box says more (域名持有者 + （英文）) `found` is no label at all (null). `found` itself when no such
 * box holds it within three levels, `found` is a label box itself, or the box holds a control or long
 * text (a wrapper, not a label).
 */
function wholeLabelBox(found: Element, matches: (text: string) => boolean, cache: VisibilityCache, cutShown?: string): Element | null {
  // a label box itself (<label for>, <th>) stays the label: its own structure gives its value
  if (isLabelBox(found)) return found;
  let box: Element | null = found.parentElement;
  // (eight levels: a component library's wrappers inside the label cell, `<th><div class="x-inner"><div><span>…`, and a
  // tooltip trigger's around the words and their ? icon: antd 5's label spans in an app's layout boxes were six deep)
  for (let depth = 0; box && depth < 8; depth++, box = box.parentElement) {
    if (!isLabelBox(box)) continue;
    if (box.querySelector(CONTROL_SELECTOR) || (box.textContent ?? '').length > 60) return found;
    const text = labelText(box, cache);
    // (a cut label's box shows the cut words only: it is the label too)
    return matches(text) || (cutShown !== undefined && labelKey(text) === labelKey(cutShown)) ? box : null;
  }
  return found;
}

/**
 * A "key:value" drawn as one tag (a chip, badge or pill: `<span class="tea-tag">带宽:12M</span>`,
 * `ant-tag`, `next-tag`): a resource tag the user wrote (its key and value), a value of the 标签 field,
 * never a label of the page with its value. `el` or one of its two parents is such a tag.
 */
function inKeyValueTag(el: Element): boolean {
  let box: Element | null = el;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    if (elementKind(box) === 'status' && box.getAttribute('role') !== 'status' && KEY_VALUE.test(normalizeText(box.textContent))) return true;
  }
  return false;
}
const KEY_VALUE = /^[^:：]+[:：]\s*\S/;

/** The element a translator's `<font>` boxes stand in shows more words than the boxes. */
function holdsMore(fontBox: Element): boolean {
  const parent = fontBox.parentElement;
  return !!parent && normalizeText(parent.textContent) !== normalizeText(fontBox.textContent);
}

const TABLE_CELL = new Set(['TH', 'TD']);
const CELL_ROLES = new Set(['columnheader', 'rowheader', 'cell', 'gridcell']);

/** Visible elements whose visible text is exactly one of `labels` (the innermost such element). */
export function findLabelElements(root: ParentNode | null | undefined, labels: readonly string[], cache: VisibilityCache = createVisibilityCache()): Element[] {
  const keys = labels.map(labelKey).filter((k) => k !== '');
  if (keys.length === 0) return [];
  return labelsByText(
    root,
    {
      holds: (raw) => keys.some((k) => k.includes(raw) || raw.startsWith(k)),
      within: (cheap) => keys.some((k) => cheap.includes(k) || k.startsWith(cheap)),
      matches: (text) => labelMatches(text, labels),
      labels,
    },
    cache,
  );
}

/**
 * Elements drawn as labels in any layout whose words only CONTAIN one of `words` (label keys: ./normalize-label
 * labelKey) and pass `matches` — a field's vocabulary (../labels FieldVocab `contains` and `not`, as
 * ./reading-model vocabMatches decides) —, found by their text as findLabelElements finds exact labels, with its
 * guards (a tag's key, a word in running text, a hint's or an offer's line, a transcript, an example panel), standing
 * where a label stands (opensItsPair). Never a word inside an action (a 更改带宽 link names what it changes): ./units
 * labelText, which `matches` is given, leaves actions out. For the vocabulary fallbacks when a page shows no exact label
 * and its labels are no label structure (`structuralLabels`): a hashed `div` layout (当前使用带宽 under
 * class-names-hashed, session 50's review).
 */
export function labelsContaining(root: ParentNode | null | undefined, words: readonly string[], matches: (text: string) => boolean, cache: VisibilityCache = createVisibilityCache()): Element[] {
  if (words.length === 0) return [];
  const has = (text: string) => words.some((w) => text.includes(w));
  return labelsByText(root, { holds: has, within: has, matches }, cache).filter((el) => opensItsPair(el, cache) && !namesWithoutLabelling(labelText(el, cache)));
}

/**
 * A text holding a field's words that is no label of it, drawn by the layout alone where a label would stand: a question
 * (如何调整带宽？, 域名过期了怎么办？, How to change bandwidth?), an action's or a question's title (切换计费模式, Switch billing
 * mode: rules/labels `notLabelOpeners`), an offer (新购带宽享8折: `offerWords`) or a hint's title (带宽上限说明: ending on a
 * `hintOpeners` word). Each took the figure or date under it as the record's (10 Mbps 起, 最高 100 Mbps, a card's option):
 * invented — session 51's review of the lead's layout labels (test review-lead-s51). A label structure (`<label>`, `<th>`)
 * is judged by the vocabulary alone, as before.
 */
function namesWithoutLabelling(text: string): boolean {
  const t = normalizeText(text).toLowerCase();
  if (t === '') return false;
  if (/[?？]\s*$/.test(t)) return true;
  // (… or one without its mark, ending on a question's word: 实例到期后会怎样, 带宽不够怎么办 — session 52's review gave the
  // date under it as the expiry, invented)
  if (QUESTION_END.test(t)) return true;
  const words = defaultUnitWords();
  const word = (w: string) => normalizeText(w).toLowerCase();
  // (a Latin opener is a whole word: "Set up" opens no "Settings")
  const opens = (w: string) => t.startsWith(w) && (!/[a-z]$/.test(w) || !/[a-z]/.test(t.charAt(w.length)));
  if ((words.notLabelOpeners ?? []).some((w) => w.trim() !== '' && opens(word(w)))) return true;
  if ((words.offerWords ?? []).some((w) => w.trim() !== '' && t.includes(word(w)))) return true;
  // (a one-character hint word, 注, ends other words: 备注 is no hint's title)
  return (words.hintOpeners ?? []).some((w) => word(w).length > 1 && t.replace(/[\s:：]+$/, '').endsWith(word(w)));
}

/** The end of a Chinese question written without its mark (怎么办, 怎样, 为什么, 吗, 呢). */
const QUESTION_END = /(?:怎么办|怎样|怎么样|为什么|为何|什么|吗|呢)\s*$/u;

/**
 * `el` stands where a label stands: first of the two shown parts of the nearest box that has two or more (a label, then
 * its value; actions beside them aside), within six levels. A value holding the vocabulary's words is second:
 * 带宽计费方式 | 按固定带宽 (a billing mode naming 带宽, found as a label by its words, took the next item's figure:
 * invented, session 51's lead).
 */
function opensItsPair(el: Element, cache: VisibilityCache): boolean {
  let branch: Element = el;
  for (let depth = 0; depth < 6 && branch.parentElement; depth++, branch = branch.parentElement) {
    // (two parts, the label first: a box of three or more — a chart's head "外网出带宽（Mbps） 1小时", its plot and its legend —
    // is no label and its value; the head took the plot's 4.21 as the bandwidth: invented, round eighteen's guard, in the merge)
    const parts = shownParts(branch.parentElement, cache, 3);
    if (parts.length >= 2) return parts.length === 2 && parts[0] === branch && !isValueBeside(branch.parentElement, cache);
  }
  return true;
}
const PAIR_ACTION = 'a, button, [role="button"], [role="link"]';

/** The first `max` children of `box` showing a word (text nodes and visible elements), in order; actions (a 更改带宽 link after a value) aside. */
function shownParts(box: Element, cache: VisibilityCache, max: number): ChildNode[] {
  const out: ChildNode[] = [];
  for (let c = box.firstChild; c && out.length < max; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as Element).matches(PAIR_ACTION)) continue;
    const shown = c.nodeType === 3 ? c.nodeValue ?? '' : c.nodeType === 1 && isVisible(c as Element, cache) ? visibleText(c as Element, cache) : '';
    if (WORD_CHAR.test(shown)) out.push(c);
  }
  return out;
}

/**
 * The pair `box` is itself a field's value: the second of the two parts of its parent, after a part of one piece (a
 * label's text). A status tag opening a value of two parts — 续费状态 | <即将到期> <2026-12-01 已发送提醒>, 实例状态 | <已过期>
 * <2026-11-01>, Network billing | <Bill by bandwidth> <20 Mbps> — stood first in its pair and was taken for the label of
 * the part after it (invented: session 51's review of the lead's layout labels). An item after another item (two parts
 * itself: 实例ID | i-…) is no value.
 */
function isValueBeside(box: Element, cache: VisibilityCache): boolean {
  const parent = box.parentElement;
  if (!parent) return false;
  const parts = shownParts(parent, cache, 3);
  if (parts.length !== 2 || parts[1] !== box) return false;
  const label = parts[0] as ChildNode;
  return label.nodeType === 3 || shownParts(label as Element, cache, 2).length < 2;
}

/** What labelsByText looks for: a text node that may hold a label's words, an element whose text may still be one, the label's words. */
interface LabelQuery {
  holds(rawKey: string): boolean;
  within(key: string): boolean;
  matches(text: string): boolean;
  /** exact labels: an icon or a screen-reader header named so stands in for a label no word of the page is */
  labels?: readonly string[];
}

function labelsByText(root: ParentNode | null | undefined, q: LabelQuery, cache: VisibilityCache): Element[] {
  const out: Element[] = [];
  if (!root) return out;
  try {
    const doc = docOf(root);
    if (!doc) return out;
    const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const raw = labelKey(n.nodeValue);
      if (raw === '') continue;
      // a label cut short by an ellipsis ("实例到期时…") whose title gives its whole words is that label (./truncated)
      let cut: { el: Element; whole: string; shown: string } | undefined;
      if (!q.holds(raw)) {
        cut = mayBeCut(n.nodeValue ?? '') ? cutTextTitle(n) : undefined;
        if (!cut || !q.matches(cut.whole)) continue;
      }
      let el = cut ? null : n.parentElement;
      let best: Element | null = cut ? cut.el : null;
      let fontBox: Element | null = null;
      for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
        // a translator's <font> box holding only text is that text (Chrome's translation draws every run in two):
        // the label is the element the text would be in without them (uncounted levels)
        if (upperTag(el) === 'FONT' && el.parentElement && fontsOnly(el)) {
          fontBox = el;
          depth--;
          continue;
        }
        const cheap = labelKey(el.textContent);
        if (!q.within(cheap)) break;
        if (q.matches(labelText(el, cache))) {
          // The innermost element that is the label; its value is found by climbing from it.
          best = el;
          break;
        }
        // (a table cell is the most a label spans: a header row's cells 域名 | 状态 read together are "域名状态", no label
        // of the row — it gave a Tencent domain page the row under it, its name among the statuses: invented, before
        // session 44; session 45's review)
        if (TABLE_CELL.has(upperTag(el)) || CELL_ROLES.has(el.getAttribute('role') ?? '')) break;
      }
      // the element the font boxes stand in holds more than the label (an inline "到期时间：2027-03-01" whose label
      // and value the translator drew in two runs of boxes): the label's run of boxes is the label, as the text
      // alone was before them (its value is beside it)
      // (only then: a box saying the label's words alone, a tab's link, was judged by them as it is without fonts)
      if (!best && fontBox && holdsMore(fontBox) && q.matches(labelText(fontBox, cache))) best = fontBox;
      if (best) best = wholeLabelBox(best, q.matches, cache, cut?.shown);
      // (a tag's "键:值" is the user's tag, one value: 带宽:12M, billing:prepaid — no label of the page)
      if (best && inKeyValueTag(best)) continue;
      // (nor a word inside a run of text: a tag in a value whose class said so, hashed away)
      if (best && wordInRunningText(best)) continue;
      // (nor a word inside a hint's line: "温馨提示：实例<span>带宽</span>：100Mbps 起售" — an offer, no field of the page)
      if (best && inHintLine(best)) continue;
      // (nor a word inside an offer's line: "实例已开通，<span>带宽</span> 100Mbps 套餐限时 5 折", "实例带宽：100Mbps 起售")
      if (best && inOfferLine(best)) continue;
      // (a label quoted in a transcript, an assistant's answer, is no label of the page: ./notice)
      // (nor one in a 填写示例 / Example panel beside the form: ./example-box)
      if (best && !seen.has(best) && !inTranscript(best) && !inExamplePanel(best) && isVisible(best, cache)) {
        seen.add(best);
        out.push(best);
      }
    }
    // No word of the page is the label: an icon named so (a clock `aria-label="到期时间"`, `<svg><title>公网带宽</title>`,
    // `<abbr title="付费方式">付费</abbr>`) is, as a screen reader speaks it before the value (./icon-label; round forty-nine)
    if (out.length === 0 && q.labels) for (const icon of iconLabels(root, q.labels, cache)) if (!inTranscript(icon) && !inExamplePanel(icon)) out.push(icon);
    // … nor a column header a screen reader reads over the cells under it (`<th class="sr-only">Registrant</th>`)
    if (out.length === 0 && q.labels) for (const th of screenReaderHeaders(root, q.labels, cache)) if (!inTranscript(th) && !inExamplePanel(th)) out.push(th);
  } catch {
    // partial result
  }
  return out;
}

/**
 * An element standing inside a run of text — words of its parent's own text right before and right after it, as a tag
 * or a marked word inside a value: "43.139.88.21（公）<span>弹性公网IP</span> 10.206.0.33（内）", the tag's class hashed by a
 * build — is a word of that text, no label (it took the private address after it as the public IP's value). A label
 * ending with its colon, written inline in a line of pairs ("计费模式：包年包月 <b>到期时间：</b>2027-06-01"), stays one.
 */
function wordInRunningText(el: Element): boolean {
  if (/[:：]\s*$/.test(el.textContent ?? '')) return false;
  // (the words right beside it, not a separator of a line of pairs: "<span>带宽</span>：5Mbps，…" — its colon after it —
  // and "2核4G · <b>带宽</b> 5Mbps · …" are labels; "（公）<span>弹性公网IP</span> 10.206.0.33" is a word of the text)
  const words = (n: ChildNode | null, next: boolean): boolean => {
    while (n && n.nodeType === 3 && (n.nodeValue ?? '').trim() === '') n = next ? n.nextSibling : n.previousSibling;
    if (n === null || n.nodeType !== 3) return false;
    const text = (n.nodeValue ?? '').trim();
    const beside = next ? text.charAt(0) : text.charAt(text.length - 1);
    // (a separator after it, no colon — "如需升级<b>带宽</b>，可选 100Mbps" — ends a clause the word closes: running text still)
    if (next && /[:：]/.test(beside)) return false;
    if (!next && PAIR_SEPARATOR.test(beside)) return wordsThenFigure(el.nextSibling);
    return WORD_CHAR.test(text);
  };
  return words(el.previousSibling, false) && words(el.nextSibling, true);
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * After a separator, a label word of a line of pairs is followed by its value ("2核4G · <b>带宽</b> 5Mbps · …"); words
 * then a figure with its unit ("当前配置 2核4G，<b>带宽</b> 最高可升级至 100Mbps", "温馨提示 · <span>带宽</span> 可随时升级到
 * 100Mbps") say what the word may become: a clause of running text, no pair (gave 100: invented; session 44's review).
 */
function wordsThenFigure(n: ChildNode | null): boolean {
  while (n && n.nodeType === 3 && (n.nodeValue ?? '').trim() === '') n = n.nextSibling;
  if (n === null || n.nodeType !== 3) return false;
  const clause = (n.nodeValue ?? '').split(PAIR_SEPARATOR)[0] ?? '';
  return BOUND_THEN_FIGURE.test(clause) || FIGURE_FROM.test(clause);
}
// (words saying a bound or a change — 最高, 可升级至, 可选, 上限, up to —, not any words: "配置 2核4G · <b>带宽</b> 按固定 5Mbps",
// "规格 ecs.g6 · 带宽 公网 5 Mbps", "Bandwidth fixed 5 Mbps" are pairs whose value opens with a word, lost when any words before
// the figure made running text: session 45 revb)
const FIGURE_UNIT = String.raw`\d+(?:\.\d+)?\s*(?:[kmgt]i?b(?:ps)?\b|[kmg]bit|m\b|核|元|%)`;
const BOUND_THEN_FIGURE = new RegExp(
  String.raw`^\s*[^\d:：]*?(?:最高|最多|最大|上限|可升级|升级至|升级到|可选|可达|可调|调整至|调整到|高达|不超过|限时|up\s+to|upgrad|as\s+high\s+as|maximum|max\b|at\s+most|can\s+be|adjustable)[^\d]*?` + FIGURE_UNIT,
  'iu',
);
/** A figure then 起 / 起售 / and up (100Mbps 起): an offer's lowest, no value. */
const FIGURE_FROM = new RegExp(String.raw`^\s*` + FIGURE_UNIT + String.raw`\s*(?:起|and\s+up|or\s+more)`, 'iu');

/**
 * The line `el` stands in — the text before it back to a `<br>` or a block of the parent's, through the inline boxes it is
 * the only text of — opens with a hint's word and a colon (rules/labels `hintOpeners`: 温馨提示, 提示, 注意, Tip, Note):
 * "温馨提示：实例<span>带宽</span>：100Mbps 起售" is a hint's words (a marked word in it), no label of the page's field (it
 * gave an ECS detail a 100 Mbps bandwidth: invented; left open by session 43). A line with a field's label at its start and
 * no hint before it ("<span>带宽</span>：5Mbps") is read as before.
 */
function inHintLine(el: Element): boolean {
  const words = defaultUnitWords().hintOpeners ?? [];
  if (words.length === 0) return false;
  let at: Element = el;
  // (up through inline boxes holding the label alone: <b><span>带宽</span></b>)
  while (at.parentElement && INLINE_TAGS.has(upperTag(at.parentElement)) && normalizeText(at.parentElement.textContent) === normalizeText(at.textContent)) at = at.parentElement;
  let before = '';
  let stop: ChildNode | null = null;
  for (let n: ChildNode | null = at.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 1 && (upperTag(n as Element) === 'BR' || !INLINE_TAGS.has(upperTag(n as Element)))) {
      stop = n;
      break;
    }
    before = (n.textContent ?? '') + before;
    if (before.length > 80) return false;
  }
  if (opensWithHintWord(before, words)) return true;
  // (the hint's word on a line of its own right before the line — "温馨提示：<br>实例<span>带宽</span>：100Mbps 起售", or
  // "<span>温馨提示：</span><div>实例<span>带宽</span>…</div>" — opens the hint too: session 45 revb)
  let lineBefore: string | undefined;
  if (stop && upperTag(stop as Element) === 'BR') {
    let t = '';
    for (let n: ChildNode | null = stop.previousSibling; n; n = n.previousSibling) {
      if (n.nodeType === 1 && (upperTag(n as Element) === 'BR' || !INLINE_TAGS.has(upperTag(n as Element)))) break;
      t = (n.textContent ?? '') + t;
      if (t.length > 20) break;
    }
    lineBefore = t;
  } else if (stop) lineBefore = stop.textContent ?? '';
  else if (at.parentElement && !INLINE_TAGS.has(upperTag(at.parentElement))) {
    // (the block's sibling before it, a box of the word alone — not a row of a label and its empty value)
    const prev = at.parentElement.previousElementSibling;
    if (prev && prev.querySelectorAll('*').length <= 1) lineBefore = prev.textContent ?? undefined;
  }
  return lineBefore !== undefined && HINT_WORD_ALONE.test(lineBefore) && labelMatches(HINT_WORD_ALONE.exec(lineBefore)![1]!, words);
}
/** A hint's word alone on its line, with its colon or in brackets: 温馨提示：, 【温馨提示】, Note: */
const HINT_WORD_ALONE = /^\s*[【\[]?\s*([^:：【】\[\]]{1,8}?)\s*(?:[】\]]\s*[:：]?|[:：])\s*$/;
/**
 * `line` opens with a hint's word (rules/labels `hintOpeners`) and a colon, in brackets (【温馨提示】), or before a space or
 * a dash (温馨提示 实例…, Note - …).
 */
function opensWithHintWord(line: string, words: readonly string[]): boolean {
  const m = /^\s*(?:([^:：]{1,8})\s*[:：]|[【\[]\s*([^】\]]{1,8})\s*[】\]]|([^:：\s【\[]{1,8})\s*(?:\s|[-–—]\s))/.exec(line);
  return m !== null && labelMatches(m[1] ?? m[2] ?? m[3] ?? '', words);
}
/**
 * The line `el` stands in holds an offer's word (rules/labels `offerWords`: 起售, 限时, 折, 优惠, Limited time …) and draws
 * the label's value as text of that line — a text run right after the label ("实例已开通，<span>带宽</span> 100Mbps 套餐限时
 * 5 折"), or the label's own text going on past its colon ("实例带宽：100Mbps 起售") —: an offer's sentence, no field of the
 * page (an ECS / CVM detail read 100 Mbps from such a line, with no hint word before it: invented; left open by session
 * 44). A label whose value is a box of its own (a detail's row: label, then a value element) is not looked at, and the
 * words of links and buttons in the line (升级（限时 5 折）) are no part of it.
 */
function inOfferLine(el: Element): boolean {
  const words = defaultUnitWords().offerWords ?? [];
  if (words.length === 0) return false;
  let at: Element = el;
  while (at.parentElement && INLINE_TAGS.has(upperTag(at.parentElement)) && normalizeText(at.parentElement.textContent) === normalizeText(at.textContent)) at = at.parentElement;
  const own = lineWords(at);
  let next = at.nextSibling;
  while (next && next.nodeType === 3 && (next.nodeValue ?? '').trim() === '') next = next.nextSibling;
  if (!(next !== null && next.nodeType === 3) && !/[:：]\s*\S/.test(own)) return false;
  let line = own;
  const ends = (n: ChildNode) => n.nodeType === 1 && (upperTag(n as Element) === 'BR' || !INLINE_TAGS.has(upperTag(n as Element)));
  for (let n = at.previousSibling; n && !ends(n) && line.length <= 160; n = n.previousSibling) line = lineWords(n) + line;
  for (let n = at.nextSibling; n && !ends(n) && line.length <= 240; n = n.nextSibling) line += lineWords(n);
  const text = normalizeText(line).toLowerCase();
  return words.some((w) => w.trim() !== '' && text.includes(normalizeText(w).toLowerCase()));
}
/** A node's text, less that of the links and buttons in it (an action's words). */
function lineWords(n: Node): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (n.nodeType !== 1 || (n as Element).matches(OFFER_LINE_ACTION)) return '';
  let out = '';
  for (let c = n.firstChild; c; c = c.nextSibling) out += lineWords(c);
  return out;
}
const OFFER_LINE_ACTION = 'a, button, [role="button"], [role="link"]';

/** What sets pairs apart in a line of them: "带宽：5Mbps，计费：…", "… · 带宽 5Mbps · …", "… | 到期时间 …". */
const PAIR_SEPARATOR = /[·•|｜,，;；、]/;

const FIELD_LABEL_STRUCTURE = 'label, th, dt, legend, [role="columnheader"], [role="rowheader"]';
/** A heading (h1–h6, role=heading) outside any label structure titles a section or a panel, no field. */
function titlesSection(el: Element): boolean {
  return el.closest('h1, h2, h3, h4, h5, h6, [role="heading"]') !== null && el.closest(FIELD_LABEL_STRUCTURE) === null;
}

/**
 * The value shown for the first visible label in `labels`: an Element (the value container or
 * control) or a string (text after the label in the same element). undefined when not shown.
 */
export function readField(root: ParentNode | null | undefined, labels: readonly string[], cache: VisibilityCache = createVisibilityCache()): Element | string | undefined {
  return readFieldFrom(root, labels, cache, false)[0]?.value;
}

/**
 * The accessible name of an element with aria-label / aria-labelledby: the visible text of the
 * elements aria-labelledby names, else its aria-label.
 */
export function ariaName(el: Element, cache: VisibilityCache): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  // (a hidden element it names names it all the same — `<span id="l-id" hidden>证件号码</span>`, a sr-only heading —, as the
  // accessible-name computation takes it: round forty-nine; ./icon-label labelledByTexts)
  return ids.length > 0 ? ids.map((id) => visibleText(el.ownerDocument.getElementById(id), cache) || labelledByText(el.ownerDocument.getElementById(id))).join(' ') : (el.getAttribute('aria-label') ?? '');
}

/** The text of an element an aria-labelledby names, shown or not ('' for none). */
const labelledByText = (e: Element | null): string => normalizeText(e?.textContent);

/**
 * The name of `el` matches `labels`: its whole accessible name, or — when its aria-labelledby names several elements (the
 * section's heading, then the field's own word: "Owner Information" + "Certificate Number") — the last one's text.
 */
function ariaNameMatches(el: Element, name: string, labels: readonly string[]): boolean {
  if (labelMatches(name, labels)) return true;
  const by = labelledByTexts(el);
  return by.length > 1 && labelMatches(by[by.length - 1], labels);
}

/** The visible elements under `root` named by aria-label / aria-labelledby, in document order: the first for which `take` says true. */
export function ariaNamed(root: ParentNode, cache: VisibilityCache, take: (el: Element, name: string) => boolean): Element | undefined {
  for (const el of Array.from(root.querySelectorAll('[aria-label], [aria-labelledby]'))) if (isVisible(el, cache) && take(el, ariaName(el, cache))) return el;
  return undefined;
}

/**
 * The text drawn from text node `n` on: its run of sibling text nodes, comments apart (a framework renders
 * `{label}: {value}` as runs split by empty comments: Instance<!-- --> ID:<!-- --> lhins-…, drawn as one text).
 * '' for a node inside a run (its run is read from the run's first node).
 */
function textRun(n: Node): string {
  for (let c = n.previousSibling; c && c.nodeType !== 1; c = c.previousSibling) if (c.nodeType === 3) return '';
  let text = n.nodeValue ?? '';
  for (let c = n.nextSibling; c && c.nodeType !== 1; c = c.nextSibling) if (c.nodeType === 3) text += c.nodeValue ?? '';
  return text;
}

/**
 * `el` is in a cell of a grid under a column header (a <td> under its <thead>'s <th>, a gridcell or cell of a grid or
 * table naming its columns): that row's record — an operation log's event, another resource's line —, so a "标签：值"
 * written inside it ("计费方式：按量付费 → 包年包月，到期时间 2026-10-01" under 详情) is no field of the page. Cards,
 * item lists and layout tables without column headers keep their inline pairs.
 */
function inRecordCell(el: Element, cache: VisibilityCache): boolean {
  const td = el.closest('td');
  if (td && (headerOfCell(td, cache) !== '' || labelsRepeatInRows(td, cache))) return true;
  const cell = el.closest('[role="gridcell"], [role="cell"]');
  const grid = cell?.closest('[role="grid"], [role="table"], [role="treegrid"]');
  return !!grid && Array.from(grid.querySelectorAll('[role="columnheader"]')).some((h) => isVisible(h, cache) && normalizeText(h.textContent) !== '');
}

/** The labels written "标签：" in a text (到期时间 in "续费，到期时间：2026-10-01"). */
function inlineLabels(text: string): Set<string> {
  const out = new Set<string>();
  // (a word's, not a time's 10:00:00)
  for (const m of text.matchAll(/([^\s:：，,；;。（）()]{1,16})\s*[:：]/gu)) if (/\p{L}/u.test(m[1]!)) out.add(labelKey(m[1]!));
  out.delete('');
  return out;
}

/**
 * `td` is in a table without column headers whose rows write a label of `td`'s "标签：值" again, each row its own
 * (到期时间：2026-10-01 in one row, 到期时间：2026-04-01 in the next: a renewal history, a notice list): each row is a
 * record, none the page's field. A layout table names each label once.
 */
function labelsRepeatInRows(td: Element, cache: VisibilityCache): boolean {
  const tr = td.parentElement;
  const table = td.closest('table');
  if (!tr || upperTag(tr) !== 'TR' || !table) return false;
  const own = inlineLabels(visibleText(td, cache));
  if (own.size === 0) return false;
  const rows = rowsByLabel(table, cache);
  for (const l of own) if (rows.get(l)?.some((row) => row !== tr)) return true;
  return false;
}

/** Per read (the read session's current read, else its visibility cache): table → its rows' "标签：" labels. */
const labelRowsByRead = new WeakMap<object, WeakMap<Element, Map<string, Element[]>>>();

/**
 * The inline labels of each shown row of `table` (not of a table inside it) → the rows writing it, found once per
 * read: asked of each cell holding a "标签：值", a row-by-row look for each had made a header-less table's read
 * O(rows²).
 */
function rowsByLabel(table: HTMLTableElement, cache: VisibilityCache): Map<string, Element[]> {
  const key = currentRead() ?? cache;
  let memo = labelRowsByRead.get(key);
  if (!memo) labelRowsByRead.set(key, (memo = new WeakMap()));
  let byLabel = memo.get(table);
  if (byLabel) return byLabel;
  byLabel = new Map();
  for (const row of Array.from(table.rows)) {
    if (row.closest('table') !== table || !isVisible(row, cache)) continue;
    for (const cell of Array.from(row.cells)) {
      for (const l of inlineLabels(visibleText(cell, cache))) {
        const rows = byLabel.get(l);
        if (!rows) byLabel.set(l, [row]);
        else if (rows[rows.length - 1] !== row) rows.push(row);
      }
    }
  }
  memo.set(table, byLabel);
  return byLabel;
}

/** The page's own title (./titled-box: h1 / h2 title the page, the record's name is there). */
const PAGE_TITLE = 'h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]';

/** No label element gives a value: "付费方式：包年包月" inside one element, then a control named by aria-label / aria-labelledby. */
function textOrAriaField(root: ParentNode, labels: readonly string[], cache: VisibilityCache): Element | string | undefined {
  const keys = labels.map(labelKey).filter((k) => k !== '');
  const walker = docOf(root)!.createTreeWalker(root as Node, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = labelKey(textRun(n));
    if (!keys.some((k) => raw.startsWith(k))) continue;
    const parent = n.parentElement;
    // (a page notice's "标签：说明" is guidance: ./notice)
    // (nor is a tag's 键:值: inKeyValueTag)
    // (nor a grid's cell under a column header: the row's record, an operation log's event — ./field inRecordCell)
    // (nor the user's own writing, a 备注 or a name's description line reading "到期时间：2029-01-01": ./typed-text)
    // (nor the page's title, h1 / h2: a record's page has its name there, the user's — an instance named "到期时间：2029-01-01")
    // (nor a timeline's event, as a grid's row: a 变更记录 drawn as a timeline, its "网站名称：蓝湾商城" that change's — ./notice
    // inTimelineItem; it gave a Tencent filing step a website, invented; session 45's review)
    if (!parent || parent.closest(PAGE_TITLE) || inTimelineItem(parent) || !isVisible(parent, cache) || inNotice(parent, root as Element) || inTranscript(parent) || inKeyValueTag(parent) || inUserTextValue(parent) || !inPageRecord(parent, root, cache) || inRecordCell(parent, cache)) continue;
    // the value's own words: no link (转按量付费, 更改带宽) or help after it
    const v = valueAfterLabel(valueWithTagsText(parent, cache), labels);
    if (v) return v;
  }
  return ariaNamed(root, cache, (el, name) => ariaNameMatches(el, name, labels) && namedAsOneValue(el) && inPageRecord(el, root, cache));
}

/**
 * "当前使用带宽：5Mbps" in one element whose words before the colon `match` (a vocabulary's contains
 * words): the value's own words after the colon (no link or help). undefined when none is shown.
 * `skip`: an element not to read (one in a box titled for another subject).
 */
export function inlineFieldText(root: ParentNode, match: (label: string) => boolean, cache: VisibilityCache, skip?: (el: Element) => boolean): string | undefined {
  const walker = docOf(root)?.createTreeWalker(root as Node, 4);
  for (let n = walker?.nextNode(); n; n = walker?.nextNode()) {
    const p = n.parentElement;
    const m = p && /^\s*[^:：]{1,24}[:：]/.test(textRun(n)) && isVisible(p, cache) && !inNotice(p, root as Element) && !inTranscript(p) && !inKeyValueTag(p) && inPageRecord(p, root, cache) && !inRecordCell(p, cache) ? /^([^:：]+)[:：]\s*(\S.*)/.exec(valueWithTagsText(p, cache)) : null;
    // (an offer's line, "实例带宽：100Mbps 起售", is no field: inOfferLine)
    if (m && match(m[1]!) && !skip?.(p!) && !inOfferLine(p!)) return m[2];
  }
  return undefined;
}

/** The visible text of the value for `labels`, or undefined when the label or its value is not shown. */
export function readFieldText(root: ParentNode | null | undefined, labels: readonly string[], cache: VisibilityCache = createVisibilityCache()): string | undefined {
  return fieldValueText(readField(root, labels, cache), cache);
}

export interface LabelValue {
  label: Element;
  value: Element | string;
}

/**
 * Every visible label of `labels` under `root` with its value (document order, page before
 * overlays), then "标签：值" text and aria-labelled controls. With `labels` null, `root` is itself
 * the label element: its value. Never throws.
 */
export function readFieldFrom(root: ParentNode | null | undefined, labels: readonly string[] | null, cache: VisibilityCache = createVisibilityCache(), all = true): LabelValue[] {
  const out: LabelValue[] = [];
  if (!root) return out;
  try {
    if (labels === null) {
      const v = valueForLabel(root as Element, cache);
      if (v !== undefined) out.push({ label: root as Element, value: v });
      return out;
    }
    // Labels in the page itself; those in menus, listboxes and dialogs (overlays) only when the page is the dialog.
    // (a heading titles a section or a panel — 公网带宽 over a monitoring chart —: no field's label)
    const found = findLabelElements(root, labels, cache).filter((e) => !titlesSection(e));
    for (const label of found.filter((e) => !inOverlay(e, root, cache)).concat(found.filter((e) => inOverlay(e, root, cache) && inPageRecord(e, root, cache)))) {
      const value = valueForLabel(label, cache);
      if (value !== undefined) {
        out.push({ label, value });
        if (!all) return out;
      }
    }
    if (out.length > 0) return out;
    const v = textOrAriaField(root, labels, cache);
    if (v !== undefined) out.push({ label: typeof v === 'string' ? (root as Element) : v, value: v });
  } catch {
    // partial
  }
  return out;
}

const STRUCTURAL_LABEL = 'label, th, dt, [role="rowheader"], [class]';
export { LABEL_CLASS };

/**
 * Elements that are labels by structure: `<label>`, `<th>` beside a `<td>`, `<dt>`, row headers and
 * form-item / description labels (a class whose last token is `label`). Short visible text only.
 */
export function structuralLabels(root: ParentNode | null | undefined, cache: VisibilityCache = createVisibilityCache()): Element[] {
  const out: Element[] = [];
  if (!root) return out;
  try {
    for (const el of Array.from(root.querySelectorAll(STRUCTURAL_LABEL))) {
      const tag = upperTag(el);
      if (!isLabelBox(el, false)) continue;
      if (tag === 'TH' && upperTag(el.nextElementSibling) !== 'TD' && !el.closest('tr')?.nextElementSibling) continue;
      if (inTranscript(el) || inExamplePanel(el)) continue;
      const t = el.textContent ?? '';
      if (t.trim() === '') continue;
      if (el.querySelector('input, select, textarea') && tag !== 'LABEL') continue;
      if (!isVisible(el, cache)) continue;
      // (short as shown: a hidden help bubble inside the label — "Expiry Date" over a closed tea-bubble of sixty-odd
      // characters — does not make it long. Round fifty-one's variants: the CVM expiry was lost, missing)
      if (t.length > 60 && visibleText(el, cache).length > 60) continue;
      out.push(el);
    }
  } catch {
    // partial
  }
  return out;
}

/** `box`'s first shown text node is the label's words, whole (its colon aside), and more text follows it in the box. */
function opensWithLabelAgain(box: Element, label: Element, cache: VisibilityCache): boolean {
  try {
    // (the label's words without an action beside them: a descriptions title "域名持有者 <a>修改持有者（过户）</a>" over its
    // table, whose first row's label is 域名持有者 again — drawn vertically, the table was the title's value and the
    // holder's name lost; held-out × vertical-descriptions, session 49)
    const words = normalizeText(wordsOutsideActions(label, cache)).replace(/[\s:：*?]+$/, '');
    if (words.length < 2) return false;
    const walker = box.ownerDocument.createTreeWalker(box, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = normalizeText(n.nodeValue);
      if (text === '' || !n.parentElement || !isVisible(n.parentElement, cache)) continue;
      return text.replace(/[\s:：]+$/, '') === words && normalizeText(visibleText(box, cache)).length > text.length;
    }
  } catch {
    // no
  }
  return false;
}

/** The shown text of `label` outside its links and buttons (an action offered beside a title: 修改持有者, Edit). */
function wordsOutsideActions(label: Element, cache: VisibilityCache): string {
  if (!label.querySelector('a, button, [role="button"], [role="link"]')) return visibleText(label, cache);
  let out = '';
  const walker = label.ownerDocument.createTreeWalker(label, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    const action = p?.closest('a, button, [role="button"], [role="link"]');
    if (!p || (action && label.contains(action))) continue;
    if (isVisible(p, cache)) out += n.nodeValue ?? '';
  }
  return out;
}

/**
 * `box`'s first shown words are the label's words followed by a bracketed qualifier (域名持有者（中文） under the label
 * 域名持有者): the box is the section the label titles — its first row's label names the label's words again —
 * no value of it. Pure; never throws.
 */
function opensWithLabelQualified(box: Element, label: Element, cache: VisibilityCache): boolean {
  try {
    const words = normalizeText(visibleText(label, cache)).replace(/[\s:*?]+$/, '');
    if (words.length < 2) return false;
    const walker = box.ownerDocument.createTreeWalker(box, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = normalizeText(n.nodeValue);
      if (text === '' || !n.parentElement || !isVisible(n.parentElement, cache)) continue;
      return text.startsWith(words) && /^\s*\(/.test(text.slice(words.length));
    }
  } catch {
    // no
  }
  return false;
}
