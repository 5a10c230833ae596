import { LABEL_CLASS } from './field';
import { labelMatches, normalizeText } from './normalize-label';
import { saysNoPermission } from './permission-withheld';
import { pageMemo } from './read-session';
import { rowCellsSink } from './row-cells';
import { aboutAnotherRecord } from './transient-notice';
import { LIST_FAILED, reportsOperationResults } from './operation-results';
import { isVisible, type VisibilityCache, upperTag } from './visibility';
import { visibleText } from './visible-text';

/**
 * The one page-state detector: is the page (or a scope of it) still loading, or showing an error
 * instead of its data? Every reader asks this (through the reading model's pageState), so a page
 * is "loading" or "error" for all of them alike. Pure; never throws.
 */
export type PageState = 'loading' | 'error' | 'ready';

/**
 * 'error' when an error banner or message is shown (an alert saying the data did not load, or a
 * free-standing message such as 系统繁忙 outside cells and values); 'loading' when a visible loading
 * indicator is (aria-busy, progressbar, 加载中 / Loading); else 'ready'. The words are the detector's
 * own, the same for every provider (label files carry none: src/readers/labels.ts).
 */
export function detectPageState(scope: Element, cache: VisibilityCache): PageState {
  // kept across the reads of a session while only grid data cells changed (cells are not looked at)
  return pageMemo(detectPageState, [scope], () => detectUncached(scope, cache));
}

function detectUncached(scope: Element, cache: VisibilityCache): PageState {
  try {
    const doc = scope.ownerDocument;
    if (hasPageError(doc, cache)) return 'error';
    // One walk that stays out of data cells for every check below (it was four text walks and two
    // attribute queries over the whole page: on a 500-row list nearly all of it is cells).
    const scan = scanOutsideCells(scope, rowCellsSink(cache));
    if (pageError(scope, cache, scan)) return 'error';
    if (pageLoading(scope, cache, scan)) return 'loading';
    return 'ready';
  } catch {
    return 'ready';
  }
}

const NOT_BLANK = /\S/;

/**
 * A progressbar that tells how far it is (`aria-valuenow`: a determinate bar) measures a task the page
 * shows — a file uploading, an upgrade running, a quota used — not the page's data loading, which an
 * indeterminate indicator shows (a progressbar without a value, aria-busy, 加载中).
 */
function measuresTask(el: Element): boolean {
  const now = el.getAttribute('aria-valuenow');
  return now !== null && now.trim() !== '' && Number.isFinite(Number(now));
}
/** Elements whose own children are elements only (text in them is white space: see scanOutsideCells). */
const TABLE_PARTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'COLGROUP', 'table', 'thead', 'tbody', 'tfoot', 'colgroup']);

/** Table cells, grid cells and options: their text, usage bars and notes are data, never the page's state. */
const CELL = /^(?:td|option|gridcell|cell)$/i;

interface PageScan {
  /** Text nodes that are not blank (document order but for the odd node between a row's cells). */
  texts: Text[];
  /** Alert boxes (role=alert, aria-live=assertive). */
  alerts: Element[];
  /** Loading indicators (aria-busy, progressbar). */
  busy: Element[];
}

/**
 * Non-blank text nodes, alert boxes and loading indicators under `root`, in one walk that
 * does not descend into cells (a 500-row list's cells are nearly all of its nodes): no check below
 * looks at a cell. An explicit stack: a page may nest deeply. (Every caller's root is a page body or
 * a form scope, never inside a cell.)
 */
function scanOutsideCells(root: ParentNode, rowCells?: WeakMap<Element, Element[]>): PageScan {
  const scan: PageScan = { texts: [], alerts: [], busy: [] };
  const stack: Node[] = [];
  const push = (node: Node) => {
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  };
  // A table, its sections and its rows hold no text of their own: the HTML parser moves any text but
  // white space out of them (React does not put text there either; a script setting a section's or a row's
  // text leaves no element in it: those are read whole). Their elements only, then: the white
  // space between a formatted page's rows and cells is not reached (in a browser each node a content
  // script reaches for the first time costs its wrapper, ~1.5 µs: bench/first-touch-cost.mts).
  const pushElements = (node: Element) => {
    for (let c = node.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  };
  push(root as Node);
  while (stack.length > 0) {
    const node = stack.pop() as Element;
    const type = node.nodeType;
    // blank texts (the indentation between rows and cells) match no check below
    if (type === 3 && NOT_BLANK.test(node.nodeValue ?? '')) scan.texts.push(node as unknown as Text);
    if (type !== 1) continue;
    // the tag first: a <td> (nearly every node a list page has here) needs no attribute read
    const tag = node.tagName;
    if (tag === 'TD' || CELL.test(tag)) continue;
    // no attribute read for an element with none (most rows, wrappers and texts' spans)
    if (node.hasAttributes()) {
      const role = node.getAttribute('role');
      if (role !== null && CELL.test(role)) continue;
      if (role === 'alert' || node.getAttribute('aria-live') === 'assertive') scan.alerts.push(node);
      if ((role === 'progressbar' && !measuresTask(node)) || node.getAttribute('aria-busy') === 'true') scan.busy.push(node);
    }
    if (tag !== 'TR' && tag !== 'tr') {
      // (a part without elements may hold text a script put there, drawn in an anonymous box: "加载中...")
      if (TABLE_PARTS.has(tag) && node.firstElementChild !== null) pushElements(node);
      else push(node);
    } else if (node.firstElementChild === null) {
      push(node);
      rowCells?.set(node, []);
    } else {
      // a row's <td>s are not stacked at all (the checks are order-free: any match counts); its <td>s
      // and <th>s are recorded for the table read of this read (./row-cells)
      const cells: Element[] | undefined = rowCells ? [] : undefined;
      for (let c: Element | null = node.firstElementChild; c; c = c.nextElementSibling) {
        const ctag = upperTag(c);
        if (cells && (ctag === 'TD' || ctag === 'TH')) cells.push(c);
        if (ctag !== 'TD' && !CELL.test(ctag)) stack.push(c);
      }
      if (rowCells && cells) rowCells.set(node, cells);
    }
  }
  return scan;
}

/**
 * A text run's text, asked of its first text node: the node's text with the text nodes after it up to
 * the next element but <wbr> (React draws `{a}{' '}{b}` as several text nodes, server-rendered with comments
 * between). undefined for a later node of a run (its first node answers for it).
 */
function runText(n: Text): string | undefined {
  for (let c = n.previousSibling; c && inRun(c); c = c.previousSibling) if (c.nodeType === 3 && NOT_BLANK.test(c.nodeValue ?? '')) return undefined;
  let s = n.nodeValue ?? '';
  for (let c = n.nextSibling; c && inRun(c); c = c.nextSibling) if (c.nodeType === 3) s += c.nodeValue ?? '';
  return s;
}

/**
 * The box a text run is drawn in: its parent, out of the `<font>` boxes a page translator wraps every run in
 * (Chrome's translation: two, each holding only the next), which draw the text where it was — so the run is
 * judged beside the fields around it as without them.
 */
function textBox(n: Text): Element | null {
  let box = n.parentElement;
  while (box && upperTag(box) === 'FONT' && box.parentElement && box.childElementCount <= 1 && onlyChild(box)) box = box.parentElement;
  return box;
}
const onlyChild = (box: Element): boolean => {
  for (let s = box.previousSibling; s; s = s.previousSibling) if (s.nodeType === 1 || NOT_BLANK.test(s.nodeValue ?? '')) return false;
  for (let s = box.nextSibling; s; s = s.nextSibling) if (s.nodeType === 1 || NOT_BLANK.test(s.nodeValue ?? '')) return false;
  return true;
};

/** Text, a comment or a line-break opportunity (<wbr>): no end of a run of text. */
const inRun = (c: Node) => c.nodeType !== 1 || upperTag(c as Element) === 'WBR';

const LOADING_TEXT = /^(加载中|正在加载|数据加载中|正在(查询|获取|验证|读取|提交)|loading\b|please wait|请稍候)/i;

/** A visible loading indicator anywhere in `root`: aria-busy, a progressbar, "加载中 / Loading…". */
export function pageLoading(root: ParentNode | null | undefined, cache: VisibilityCache, scan?: PageScan): boolean {
  if (!root) return false;
  try {
    const { texts, busy } = scan ?? scanOutsideCells(root);
    for (const b of busy) {
      if (isVisible(b, cache) && !besideFields(b, cache) && !besideRows(b, cache) && !besideLoadedPanels(b, cache) && !besideLoadedCards(b, cache)) return true;
    }
    for (const n of texts) {
      const raw = runText(n);
      if (raw === undefined || raw.trim().length > 40 || !/加载|正在|loading|please wait|请稍候/i.test(raw)) continue;
      const parent = textBox(n);
      const text = normalizeText(raw);
      if (parent && LOADING_TEXT.test(text) && !LOADING_MORE.test(text) && isVisible(parent, cache) && !besideFields(parent, cache) && !inOneFieldValue(parent, cache)) return true;
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * `el` stands in one field's value: the first box around it that shows a field label shows one, before the box holding `el`
 * (./valueOfField) — a select still loading its options, "加载中..." / "Loading..." in its box (round eighty-six: deeper in
 * the field than besideFields looks, it was taken for the page loading and the whole filing step read to nothing). That
 * field's state, as a failure so placed is (partFailed).
 */
function inOneFieldValue(el: Element, cache: VisibilityCache): boolean {
  let box: Element = el;
  for (let i = 0; i < FIELD_LEVELS; i++) {
    const labels = shownLabelCount(box, cache);
    if (labels > 0) return labels === 1 && valueOfField(box, el);
    if (!box.parentElement || upperTag(box.parentElement) === 'BODY') return false;
    box = box.parentElement;
  }
  return false;
}

/**
 * How far up from a loading text in a control its field is looked for (text > select's values > selector > select > control
 * content > control input > control > form item row: antd's Select in a form item, eight boxes).
 */
const FIELD_LEVELS = 8;

/** "Loading more…", "正在加载更多实例…": the rows after those shown are loading, not the page. */
const LOADING_MORE = /加载更多|loading more\b/i;

/**
 * A busy row (a skeleton row) beside a shown row with text: the list loading more rows under the
 * rows it shows, not the page loading. A busy row among busy or blank rows only is the page's state.
 */
function besideRows(el: Element, cache: VisibilityCache): boolean {
  const isRow = upperTag(el) === 'TR' || el.getAttribute('role') === 'row';
  if (!isRow || !el.parentElement) return false;
  for (let s = el.parentElement.firstElementChild; s; s = s.nextElementSibling) {
    if (s !== el && s.getAttribute('aria-busy') !== 'true' && NOT_BLANK.test(s.textContent ?? '') && isVisible(s, cache)) return true;
  }
  return false;
}

/**
 * A busy panel among panels of its kind (the same tag and class: accordion panels, one card per
 * resource) of which another already shows rows of data: that one panel is still loading, not the page.
 * A loading mask beside its own table is of another kind than the table and still counts.
 */
function besideLoadedPanels(el: Element, cache: VisibilityCache): boolean {
  let box: Element = el;
  for (let i = 0; i < BESIDE_LEVELS && box.parentElement; i++) {
    const parent = box.parentElement;
    const tag = upperTag(box);
    const cls = box.getAttribute('class') ?? '';
    // rows under a loading mask above the boxes are no loaded rows of any of them
    if (parent.closest('[aria-busy="true"]') === null) {
      for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
        if (s === box || upperTag(s) !== tag || (s.getAttribute('class') ?? '') !== cls || s.getAttribute('aria-busy') === 'true') continue;
        if (loadedPanel(s, cache)) return true;
      }
    }
    box = parent;
  }
  return false;
}

/**
 * A busy card that holds fields of its own (its old values kept under shimmer boxes while it reloads)
 * beside a card of its kind — the same tag and first class, anywhere in a box next to it or to one of its
 * first few ancestors — that shows fields and is not busy: that one card is refreshing, not the page. Every
 * card of the kind busy, or one busy box around all the fields, is the page loading.
 */
function besideLoadedCards(el: Element, cache: VisibilityCache): boolean {
  const tag = upperTag(el);
  const kind = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  if (kind === '' || !shownLabelIn(el, cache)) return false;
  const sameKind = (c: Element) => upperTag(c) === tag && ((c.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '') === kind;
  const loaded = (c: Element) => sameKind(c) && c.closest('[aria-busy="true"]') === null && shownLabelIn(c, cache);
  let box: Element = el;
  for (let i = 0; i < BESIDE_LEVELS && box.parentElement; i++) {
    const parent = box.parentElement;
    if (parent.closest('[aria-busy="true"]') !== null) return false;
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (s === box) continue;
      if (loaded(s) || Array.from(s.getElementsByTagName(tag)).some(loaded)) return true;
    }
    box = parent;
  }
  return false;
}

/** Elements a panel's walk looks at, at most (outside cells; a big table's rows after its first shown one are not). */
const PANEL_WALK_LIMIT = 4000;

/**
 * A box that shows a data row (a row with a cell, not under aria-busy, with text, visible) and no
 * loading indicator of its own (aria-busy, progressbar; a panel under a loading mask of its own is
 * loading too: every panel refreshing is the page loading). One walk in document order from element to
 * element (no list is made) that does not enter cells (their usage bars and spinners are data, as in
 * scanOutsideCells) and stops at a shown loading indicator; past a shown data row it leaves that row's
 * siblings (more rows: a busy one among them is the list loading more, not the panel). So a 20,000-row
 * table beside a spinner costs its rows up to the first shown one; PANEL_WALK_LIMIT elements at most
 * (then: what was seen).
 */
function loadedPanel(box: Element, cache: VisibilityCache): boolean {
  let row = false;
  // the aria-busy element the walk is inside, if any: rows under it are not loaded rows
  let busyRoot: Element | null = null;
  let node: Element | null = box.firstElementChild;
  for (let seen = 0; node && seen < PANEL_WALK_LIMIT; seen++) {
    let enter = true;
    const tag = upperTag(node);
    if (tag === 'TD' || CELL.test(tag)) enter = false;
    else {
      let isRow = tag === 'TR';
      if (node.hasAttributes()) {
        const role = node.getAttribute('role');
        if (role !== null && CELL.test(role)) enter = false;
        else {
          const ariaBusy = node.getAttribute('aria-busy') === 'true';
          if ((ariaBusy || (role === 'progressbar' && !measuresTask(node))) && isVisible(node, cache)) return false;
          if (ariaBusy && !busyRoot) busyRoot = node;
          isRow ||= role === 'row';
        }
      }
      if (enter && isRow && !busyRoot && !row && dataRowShown(node, cache)) {
        row = true;
        // the rest of its row group is more rows: on from the group's end
        node = node.parentElement as Element;
        enter = false;
      }
    }
    if (enter && node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    // the next element after `node`'s subtree, within `box`
    while (node && node !== box) {
      if (node === busyRoot) busyRoot = null;
      const next: Element | null = node.nextElementSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentElement;
    }
    if (node === box) break;
  }
  return row;
}

/** A row with a cell and text, shown. */
function dataRowShown(r: Element, cache: VisibilityCache): boolean {
  let cell = false;
  for (let c = r.firstElementChild; c && !cell; c = c.nextElementSibling) cell = upperTag(c) === 'TD' || DATA_CELL_ROLE.test(c.getAttribute('role') ?? '');
  if (!cell && !r.querySelector('td, [role="gridcell"], [role="cell"]')) return false;
  return NOT_BLANK.test(r.textContent ?? '') && isVisible(r, cache);
}

const DATA_CELL_ROLE = /^(?:gridcell|cell)$/;

/**
 * Field labels: where one is shown, the page shows fields (not a placeholder). Not a grid's column
 * headers: a spinner beside a table's header is the table loading.
 */
const FIELD_LABEL = 'label, dt, [role="rowheader"], [class*="form__label"], [class*="form-item-label"], [class*="descriptions-item-label"], [class*="descriptions__label"]';
/** How far up from a loading indicator its box's neighbours are looked at (the indicator, its card body, the card, the cards' row). */
const BESIDE_LEVELS = 4;

/**
 * A loading indicator that is one part of a page beside fields already shown (a monitoring card still
 * loading next to the instance's fields, "正在核验域名…" under a filled domain input): it holds no field
 * of its own, and a box next to it or to one of its first few ancestors shows a field label. Such an
 * indicator is that part's state, not the page's. An indicator over the fields (a loading wrapper
 * around them, a table with its header) or alone on the page (a card saying 加载中 where the data
 * will be) is the page's.
 */
function besideFields(el: Element, cache: VisibilityCache): boolean {
  if (shownLabelIn(el, cache)) return false;
  let box: Element = el;
  for (let i = 0; i < BESIDE_LEVELS && box.parentElement; i++) {
    for (let s = box.parentElement.firstElementChild; s; s = s.nextElementSibling) {
      if (s !== box && shownLabelIn(s, cache)) return true;
    }
    // (the busy box one row of key/value rows alike whose classes say nothing — hashed —: the rows beside it)
    if (alikePairRows(Array.from(box.parentElement.children).filter((s) => s !== box), cache)) return true;
    box = box.parentElement;
  }
  return false;
}

function shownLabelIn(el: Element, cache: VisibilityCache): boolean {
  return labelCandidates(el).some((l) => isShownLabel(l, cache)) || shownPairRows(el, cache);
}

/** `el` and the label candidates inside it (LABEL_CANDIDATE). */
const labelCandidates = (el: Element): Element[] =>
  el.matches(LABEL_CANDIDATE) ? [el, ...Array.from(el.querySelectorAll(LABEL_CANDIDATE))] : Array.from(el.querySelectorAll(LABEL_CANDIDATE));

/** A candidate that is a field label (FIELD_LABEL, or classed as one), with words, shown. */
const isShownLabel = (l: Element, cache: VisibilityCache): boolean =>
  (l.matches(FIELD_LABEL) || LABEL_CLASS.test(l.getAttribute('class') ?? '') || pairRowHeader(l)) && NOT_BLANK.test(l.textContent ?? '') && isVisible(l, cache);

/**
 * A body row's header cell right before a data cell, in a table with no column headers: a Descriptions table's label
 * (`<tr><th>证件类型</th><td>身份证</td><th>证件号码</th><td>…</td></tr>`), a field's — not a list's row header under its
 * columns' headers (round fifty-four: a card failing with 无权限 / AccessDenied beside the holder page's Descriptions
 * cards, drawn so, was not seen beside loaded fields and made the page an error page).
 */
function pairRowHeader(l: Element): boolean {
  if (upperTag(l) !== 'TH' || l.nextElementSibling === null || upperTag(l.nextElementSibling) !== 'TD') return false;
  const section = l.parentElement?.parentElement;
  if (!section || upperTag(section) !== 'TBODY') return false;
  return section.parentElement ? noColumnHeaders(section.parentElement) : false;
}

/**
 * A table with no column headers: no `th[scope=col]` or columnheader, and a `thead` (if any) of one cell a row spanning columns — a card's
 * title across the table (`<thead><tr><th colspan="2">持有者</th></tr></thead>`), not a list's columns (session 48's review of
 * 05b93d6: a holder table so titled beside a card failing with AccessDenied made the page an error page, null).
 */
function noColumnHeaders(table: Element): boolean {
  if (table.querySelector('th[scope="col"], [role="columnheader"]') !== null) return false;
  const head = table.querySelector('thead');
  return head === null || Array.from(head.querySelectorAll('tr')).every((r) => r.children.length === 1 && Number(r.children[0]!.getAttribute('colspan')) >= 2);
}

/**
 * Key/value cells of a table with no column headers, key and value taking turns in each row (`<tr><td>证件类型</td><td>身份证
 * </td></tr>`, or two pairs a row): two rows or more of an even number of cells (six at most), each key a short name with no
 * figure and no link, each value words or figures, shown (session 48's review of 05b93d6: an older console's holder card of
 * td cells beside a card failing with AccessDenied made the page an error page, null).
 */
function tablePairs(table: Element, cache: VisibilityCache): boolean {
  if (!noColumnHeaders(table)) return false;
  let pairs = 0;
  for (const body of Array.from(table.children)) {
    if (upperTag(body) !== 'TBODY') continue;
    for (const row of Array.from(body.children).slice(0, PAIR_ROWS_LIMIT)) {
      const cells = Array.from(row.children);
      if (cells.length < 2 || cells.length > 6 || cells.length % 2 !== 0) return false;
      for (let i = 0; i < cells.length; i += 2) {
        const [a, b] = [cells[i]!, cells[i + 1]!];
        if (!KEY_WORDS.test(normalizeText(a.textContent)) || !VALUE_WORDS.test(b.textContent ?? '') || a.querySelector(PRESSED) !== null) return false;
      }
      if (isVisible(row, cache)) pairs++;
    }
  }
  return pairs >= 2;
}

/** How many boxes a look for key/value rows goes through, at most. */
const PAIR_ROWS_LIMIT = 300;
/** A key's words: short, no figure (a key names; a value counts or dates). */
const KEY_WORDS = /^[^\d]{1,24}$/;
/** A value says something: a letter or a figure (a breadcrumb's "/" or "›" alone is a separator). */
const VALUE_WORDS = /[\p{L}\p{N}]/u;
/** What is pressed or navigates: a link, a button, a menu's or a tab strip's items. */
const PRESSED = 'a, button, [role="button"], [role="link"], [role="menuitem"], [role="tab"], nav, [role="navigation"]';

/**
 * Key/value rows whose classes say nothing (hashed: CSS modules, CSS-in-JS): two sibling boxes alike or more (one
 * tag, one class list), each of two shown boxes, a short key with no figure then a value with text — a card of
 * fields drawn by structure alone (`<div class="c1"><div class="c2">证件类型</div><div class="c3">营业执照</div></div>` × n).
 * No link, button or navigation in or around the key, and a value of words or figures: a breadcrumb's items (备案 /) and
 * a menu's (实例 12) are no fields.
 */
function shownPairRows(el: Element, cache: VisibilityCache): boolean {
  const boxes = [el, ...Array.from(el.querySelectorAll('div, section, ul, ol, dl, form')).slice(0, PAIR_ROWS_LIMIT)];
  for (const box of boxes) if (alikePairRows(Array.from(box.children), cache) || flatPairs(Array.from(box.children), cache)) return true;
  const tables = upperTag(el) === 'TABLE' ? [el] : Array.from(el.querySelectorAll('table')).slice(0, 20);
  return tables.some((t) => tablePairs(t, cache));
}

/**
 * Key/value boxes drawn flat in one grid, key and value alternating (`<div class="kv"><div class="k">Instance ID</div><div
 * class="v">…</div><div class="k">Region</div>…`, a CSS grid of four columns: label, value, label, value): two shapes (one
 * tag, one class list each) taking turns, two pairs or more, each key a short name with no figure and no link, each value
 * words or figures, shown (round fifty-four: a SWAS detail's Billing Information card failing with "You are not
 * authorized" beside its Server Information card drawn so was not seen beside loaded fields: the page read `null`).
 */
function flatPairs(kids: Element[], cache: VisibilityCache): boolean {
  if (kids.length < 4) return false;
  const shape = (e: Element) => `${e.tagName} ${e.getAttribute('class') ?? ''}`;
  const [key, value] = [shape(kids[0]!), shape(kids[1]!)];
  if (key === value) return false;
  let pairs = 0;
  for (let i = 0; i + 1 < kids.length && i < 2 * PAIR_ROWS_LIMIT; i += 2) {
    const a = kids[i]!;
    const b = kids[i + 1]!;
    if (shape(a) !== key || shape(b) !== value) return false;
    if (!KEY_WORDS.test(normalizeText(a.textContent)) || !VALUE_WORDS.test(b.textContent ?? '') || a.closest(PRESSED) !== null || a.querySelector(PRESSED) !== null) return false;
    if (isVisible(a, cache) && isVisible(b, cache) && ++pairs >= 2) return true;
  }
  return false;
}

/** A key/value row: two shown boxes, a short key with no figure then a value of words or figures. */
function pairRow(r: Element, cache: VisibilityCache): boolean {
  const a = r.firstElementChild;
  const b = a?.nextElementSibling;
  return (
    !!a &&
    !!b &&
    b.nextElementSibling === null &&
    KEY_WORDS.test(normalizeText(a.textContent)) &&
    VALUE_WORDS.test(b.textContent ?? '') &&
    // (a key names, it is pressed for nothing: a breadcrumb's or a menu's link with its separator or count is no pair)
    a.closest(PRESSED) === null &&
    a.querySelector(PRESSED) === null &&
    isVisible(a, cache) &&
    isVisible(b, cache)
  );
}

/**
 * Two boxes alike (one tag, one class list) next to each other in `kids`, each a key/value row — or each a box around one
 * (two levels at most): a grid's column holding one field, `<div class="col"><div class="item">key value</div></div>` × n
 * (round eighty-six: an ECS detail's cards so drawn, the classes hashed, were not seen beside its 网络信息 card failing with
 * 加载失败，请重试, and the page read to nothing).
 */
function alikePairRows(kids: Element[], cache: VisibilityCache): boolean {
  const shape = (e: Element) => `${e.tagName} ${e.getAttribute('class') ?? ''}`;
  for (let i = 1; i < kids.length; i++) if (shape(kids[i]!) === shape(kids[i - 1]!) && pairRow(wrapped(kids[i]!), cache) && pairRow(wrapped(kids[i - 1]!), cache)) return true;
  return false;
}

/** The box `e` wraps alone (its one child, two levels at most), else `e`. */
function wrapped(e: Element): Element {
  let inner = e;
  for (let i = 0; i < 2 && inner.childElementCount === 1 && (inner.textContent ?? '') === (inner.firstElementChild!.textContent ?? ''); i++) inner = inner.firstElementChild!;
  return inner;
}

/** FIELD_LABEL, or a box classed as a label (`info-item-label`, field.ts LABEL_CLASS: checked apart). */
const LABEL_CANDIDATE = `${FIELD_LABEL}, [class*="label"], [class*="Label"], tbody > tr > th`;

/**
 * A failure shown in one part of the page, not the page's — the parts that did load are still its data (a console loads each
 * card, field and column by a request of its own, and some fail while others load):
 * - the message says a part failed: 部分数据加载失败, 部分信息可能未加载 / 不是最新, "some data failed to load";
 * - it is about the rows after those shown: 第 2 页加载失败, 下一页数据加载失败, 加载更多失败, "failed to load more";
 * - it is in a column's header cell (a `thead` `th`, `scope=col`, `columnheader`: 实名认证状态 with its 获取失败 note), not a
 *   row's `th`: that column's;
 * - it names its own box as one part (该模块暂时无法显示, "this section could not be displayed");
 * - it is in a tooltip, a list or a menu popped up by a control (a column's 获取失败 icon, a field's 查询失败 explained, an
 *   instance select's 实例列表加载失败): that control's;
 * - it stands in one field: the first box around it that shows a field label shows one (域名状态 查询失败 重试);
 * - it stands in one card among cards of its kind (the same tag and first class), another of which shows fields and is not
 *   busy (a 网络信息 card saying 数据获取异常 / 加载失败，请重试, a 监控 card's error boundary 页面出错了 beside the loaded cards).
 * A message in a box around several fields, or alone where the data would be (no card of its kind shows a field), is the
 * page's; so is the login's end wherever it is drawn (the callers ask saysLoggedOut first).
 */
function partFailed(el: Element, text: string, cache: VisibilityCache): boolean {
  // (a message naming a whole list as what failed — 实例列表加载失败，该模块暂时无法显示; failed to load the instance list —
  // is the list's, whatever words of a part follow: the list's stale rows under it were read; session 45 revb of b3b6df4)
  const listFailed = LIST_FAILED.test(text);
  if ((!listFailed && (PART_ONLY.test(text) || PART_WITHHELD.test(text) || OTHERS_WITHHELD.test(text) || NAMED_PART_WITHHELD.test(text))) || MORE_ROWS_FAILED.test(text)) return true;
  // (the message's box says so in another line: <strong>页面出错了</strong><p>该模块暂时无法显示</p>)
  let msg: Element | null = el;
  for (let i = 0; msg && i < MESSAGE_LEVELS; i++, msg = msg.parentElement) {
    const t = normalizeText(visibleText(msg, cache));
    if (t.length > 160) break;
    if ((PART_ONLY.test(t) || PART_WITHHELD.test(t) || OTHERS_WITHHELD.test(t) || NAMED_PART_WITHHELD.test(t)) && !LIST_FAILED.test(t)) return true;
  }
  if (el.closest(POPUP) !== null || el.closest(COLUMN_HEADER) !== null) return true;
  let box: Element = el;
  for (let i = 0; i < PART_LEVELS; i++) {
    const labels = shownLabelCount(box, cache);
    if (labels > 0) return labels === 1 && valueOfField(box, el);
    // (a card showing rows of a table is that table's box: its failure is the rows' — stale rows under 获取实例列表失败 in
    // the list's card beside a 资源概览 card that loaded were read: session 44 reva)
    if (cardBesideLoaded(box, cache) && !showsRows(box, cache)) return true;
    if (summaryBesideRows(box, cache)) return true;
    if (!box.parentElement || upperTag(box.parentElement) === 'BODY') return false;
    box = box.parentElement;
  }
  return false;
}

/**
 * `box` is a card titled as a summary of the records — 域名统计, 资源概览, 监控, Overview, Statistics (SUMMARY_TITLE) — that
 * shows no rows, beside a box showing a table's rows: its failure (数据加载失败，请重试 under 域名统计) is that summary's, the
 * list's rows beside it loaded (session 47's review of 05b93d6: any failed card beside a list's table made the page null,
 * missing). A card titled otherwise — 域名列表 over its failure, the stale rows in the next box — stays the page's failure.
 */
function summaryBesideRows(box: Element, cache: VisibilityCache): boolean {
  const title = box.querySelector(SUMMARY_TITLE_BOX);
  if (!title || !SUMMARY_TITLE.test(normalizeText(visibleText(title, cache))) || showsRows(box, cache)) return false;
  const parent = box.parentElement;
  if (!parent) return false;
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) if (s !== box && showsRows(s, cache)) return true;
  return false;
}
const SUMMARY_TITLE_BOX = 'h1, h2, h3, h4, h5, h6, [role="heading"], [class*="title"], [class*="Title"]';
/** A summary's title, its whole text: 域名统计, 资源概览, 数据概况, 监控, 趋势, Overview, Statistics, Summary (no list's: 域名列表). */
const SUMMARY_TITLE = /^[\p{Script=Han}A-Za-z ]{0,8}(?:统计|概览|概况|总览|监控|趋势|图表)(?:信息|数据)?$|^(?:[A-Za-z]+ ){0,2}(?:overview|statistics|stats|summary|monitoring|trends?)$/iu;

/** `box` shows a data row of a table or a grid (a body row's cell, a gridcell): a list's rows, which a failure beside them leaves stale. */
function showsRows(box: Element, cache: VisibilityCache): boolean {
  const cells = box.querySelectorAll('tbody > tr > td, [role="row"] > [role="gridcell"], [role="row"] > [role="cell"]');
  for (let i = 0; i < cells.length && i < 50; i++) if (NOT_BLANK.test(cells[i]!.textContent ?? '') && isVisible(cells[i]!, cache)) return true;
  return false;
}

/** A column's header cell: a failure said there (实名认证状态 获取失败) is that column's. */
const COLUMN_HEADER = 'thead th, th[scope="col"], [role="columnheader"]';
/** A control's popup: a tooltip, a select's or a search box's list, a menu (its failure is that control's). */
const POPUP = '[role="tooltip"], [role="listbox"], [role="menu"]';
/**
 * A message saying a part of the data failed or may be stale (部分数据 / 部分信息 …, some data / information …), or naming its
 * own box as one part (该模块暂时无法显示, 此卡片, "this section could not be displayed").
 */
// (not 该区域 / 本区域, a region — "获取实例列表失败：该区域服务暂时不可用" is the whole list's failure —, nor 部分功能, features —
// "实例列表加载失败 / 系统维护中，部分功能不可用" says some are off, not which data failed —: both let a list's stale rows under
// its failure be read: session 44 reva)
const PART_ONLY = /部分(?:数据|信息|内容|模块|字段)|(?:该|此|本)(?:模块|卡片|组件|板块|面板)|\bthis\s+(?:module|section|widget|panel|card)\b|\bsome\s+(?:of\s+the\s+)?(?:data|information|content|fields|sections|modules)\b|\bpartially\b/i;
/**
 * A notice that some values are withheld from this user (a RAM user's, a CAM sub-user's or collaborator's view): 部分域名的
 * 所有者、实名认证与到期信息因权限不足无法显示, 部分字段因权限不足不显示, 权限不足：部分域名信息无法查看, "some fields are hidden because you do not have
 * permission" — some of something, not shown for lack of permission: the rest of the page loaded (round fifty-four: a
 * Tencent domain list under such a banner read `null`). A page denied (您没有权限访问该页面, 无权限) names no part.
 */
const PART_WITHHELD =
  /(?:部分|某些|个别)[^。！!；;]{0,40}?(?:因|由于)?(?:权限不足|无权限|没有权限|未授权|无查看权限)[^。！!；;]{0,8}?(?:无法|不能|不|未)(?:显示|查看|展示|可见)|(?:权限不足|无权限|没有权限)[^。！!；;]{0,6}?(?:部分|某些|个别)[^。！!；;]{0,30}?(?:无法|不能|不|未)(?:显示|查看|展示)|\bsome\s+(?:of\s+the\s+)?(?:fields|values|information|columns|details|data)\b[^.!;]{0,60}?\b(?:hidden|masked|not\s+(?:shown|displayed|visible))\b[^.!;]{0,40}?\bpermissions?\b/i;
/**
 * A notice that this user sees only the resources they are authorized for (a RAM user's, a CAM sub-user's or
 * collaborator's list): 您无权限查看部分项目, 子用户无权限查看其他项目的实例, 权限不足，仅展示您有权限的资源, 列表仅显示有权限的资源组中的资源,
 * "No permission to view other projects' resources" — other or some resources withheld, or only the authorized ones
 * shown: the rest of the list loaded (round seventy: each such banner over an ECS, CVM or domain list made it read `null`).
 * A page denied (您没有权限访问该页面, 无权限访问云服务器 ECS 控制台) names no other part and shows none.
 */
const OTHERS_WITHHELD =
  /(?:权限不足|无权限|没有权限|未授权|无查看权限|无访问权限)[^。！!；;，,]{0,10}?(?:部分|某些|其他|其它|个别)(?:的)?(?:项目|资源组|资源|地域|实例|域名|服务器)|(?:部分|某些|其他|其它|个别)(?:的)?(?:项目|资源组|资源|地域|实例|域名|服务器)[^。！!；;]{0,20}?(?:权限不足|无权限|没有权限|未授权|无查看权限)|(?:仅|只)(?:显示|展示|列出|能查看|可查看)[^。！!；;]{0,20}?(?:有权限|已授权)|\b(?:no|(?:do\s+not|don't|does\s+not|doesn't)\s+have)\s+permissions?\s+to\s+(?:view|access|see)\s+(?:the\s+)?(?:other|some)\s+(?:projects?|resource\s+groups?|resources|regions?|instances|domains)\b|\bonly\s+(?:the\s+)?(?:resources|instances|domains|projects|items)\s+(?:that\s+)?you\s+(?:are|have\s+been)\s+(?:authorized|permitted|allowed)\b/i;
/**
 * A notice naming a part of a record's page from another service withheld from this user — RAM 用户无权限查看费用信息, "No
 * permission to view billing information" (its billing, monitoring, tags, security groups …): the rest of the page loaded
 * (round seventy's variants: such a banner over a CVM or ECS detail made it read `null`). 无权限查看该实例 names the record
 * itself and stays the page's failure.
 */
const NAMED_PART_WITHHELD =
  /(?:无权限|没有权限|权限不足|无权)(?:查看|访问|获取)?(?:费用|计费|账单|订单|续费|监控|标签|安全组|快照|云盘|密钥对|操作日志|操作记录)(?:信息|数据|详情)?|\b(?:no|(?:do\s+not|don't|does\s+not|doesn't)\s+have)\s+permissions?\s+to\s+(?:view|access|see)\s+(?:the\s+)?(?:billing|monitoring|tags?|security\s+groups?|snapshots?|disks?|logs?|renewal|orders?)\b/i;
/**
 * A denial of an operation the user tried (a renewal, a password reset), not of the page's data: 您没有该操作的权限, "Operation
 * failed: no permission (domain:RenewDomainBatch)", "You are not authorized to perform this operation" — a sub-user's toast
 * after a button (round seventy's variants: the Tencent domain list read `null` under one). An action code reading data
 * (domain:DescribeDomainNameList, ecs:ListTagResources) is the page's own request denied: it stays a failure.
 */
export function operationDenied(text: string): boolean {
  return /权限|无权|permission|authori[sz]ed|denied/i.test(text) && OPERATION_DENIED.test(text) && !READ_ACTION.test(text);
}
// (… or an operation named after "permission to" / "authorized to" — "If you don't have permission to renew, …", "You are not
// authorized to renew domains": an action's denial, as 没有权限续费 is; each made a list read null, session 52's review)
const OPERATION_DENIED = /(?:该|此|当前|本次)操作|操作失败|\bthis\s+operation\b|\bperform(?:ing)?\s+(?:this|the)\s+(?:operation|action)\b|\boperation\s+failed\b|\b(?:permissions?|authori[sz]ed)\s+to\s+(?:renew|purchase|buy|pay|modify|change|edit|update|delete|remove|release|transfer|create|upgrade|downgrade|reset|restart|reboot|stop|start|bind|unbind|configure|submit|export)\b/i;
const READ_ACTION = /\b[a-z]+:(?:Describe|List|Get|Query|Inquire|Search)[A-Za-z]*\b/;
/** A failure of the rows after those shown: the next page, more rows (第 2 页加载失败, 下一页, 加载更多失败, load more). */
const MORE_ROWS_FAILED = /下一页|第\s*\d+\s*页|加载更多|更多(?:数据|记录|结果)|next\s+page|(?:load|loading)\s+more\b|more\s+(?:rows|results|items)/i;
/** How far up from a failure's text its message box is looked at (text > line > message box). */
const MESSAGE_LEVELS = 3;
/** How far up from a failure message its field or card is looked for (message > wrapper > value > dropdown > field > card). */
const PART_LEVELS = 6;

/**
 * `field` (a box showing one label) is a field holding `el` after its label: the box holding the label, then the box
 * holding `el` (its value, or a note under it), three boxes at most. Not a page of one field with a message before it.
 */
function valueOfField(field: Element, el: Element): boolean {
  const kids = Array.from(field.children);
  if (kids.length > 3) return false;
  const at = kids.findIndex((k) => k.contains(el));
  return kids.slice(0, Math.max(at, 0)).some((k) => k.matches(LABEL_CANDIDATE) || k.querySelector(LABEL_CANDIDATE) !== null);
}

/** How many field labels `el` shows (0, 1 or 2: more are not counted). */
function shownLabelCount(el: Element, cache: VisibilityCache): number {
  const found = labelCandidates(el);
  let n = 0;
  for (const l of found) {
    if (isShownLabel(l, cache) && !found.some((o) => o !== l && l.contains(o))) n++;
    if (n > 1) return n;
  }
  if (n === 0 && shownPairRows(el, cache)) return 2;
  return n;
}

/**
 * `box` is a card (a box with a class) holding no field, beside a card of its kind (the same tag and first class) that
 * shows fields and is not busy — next to it or to one of its first few ancestors, or inside such a neighbour.
 */
function cardBesideLoaded(box: Element, cache: VisibilityCache): boolean {
  const kind = (box.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  if (kind === '') return false;
  const tag = upperTag(box);
  const loaded = (c: Element) =>
    upperTag(c) === tag && ((c.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '') === kind && c.closest('[aria-busy="true"]') === null && shownLabelIn(c, cache);
  let e: Element = box;
  for (let i = 0; i < BESIDE_LEVELS && e.parentElement; i++) {
    const parent = e.parentElement;
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (s === e) continue;
      if (loaded(s) || Array.from(s.getElementsByTagName(tag)).some(loaded)) return true;
    }
    e = parent;
  }
  return false;
}

const ERROR_TEXT = [
  /(加载|获取|请求|查询|读取)[^，。,.]{0,14}失败/,
  /系统繁忙|系统异常|系统错误|服务异常|服务繁忙|服务不可用|网络异常|网络错误|网络开小差|服务开小差|出错了|发生错误|出现错误|未知错误|服务器错误|内部错误/,
  // (访问被拒绝 / 拒绝访问 too: session 49, as PAGE_ERROR)
  /没有权限|无权限|无权访问|暂无权限|权限不足|未授权访问|页面不存在|页面走丢|访问被拒绝|拒绝访问/,
  /failed to (load|get|fetch|query|retrieve|verify|read)|could not be (loaded|retrieved)|something went wrong|an? (unexpected |unknown |internal )?error (has )?occurred|\berror occurred|system (is )?busy|service (is )?unavailable|internal (server )?error|network error|request failed|not authorized|no permission|(?:do not|don't|does not|doesn't) have (?:the )?(?:required |necessary )?permissions?\b|permission denied|access denied|access (?:was |is )?refused|page not found/i,
  // a request refused for its expired signature, or the page itself expired (asks for a refresh): what it shows did
  // not come, or is not known to be current (not a document's e-signature, 电子签名已过期, nor an activity's page)
  /(?:^|[^\u3400-\u9fff]|请求|接口|访问)签名(?:已)?(?:过期|失效)|(?:^|[^\u3400-\u9fff]|当前|该|此)页面已(?:过期|失效)|\b(?:request\s+)?signature\s+(?:has\s+)?expired|\b(?:the|this)\s+page\s+has\s+expired/i,
];

/**
 * A visible error banner or message: "获取域名列表失败", "系统繁忙", "You are not authorized",
 * "Failed to load". Text inside table cells and form values does not count (a status such as
 * 实名认证失败 is data, not an error).
 */
export function pageError(root: ParentNode | null | undefined, cache: VisibilityCache, scan?: PageScan): boolean {
  if (!root) return false;
  try {
    const { texts, alerts } = scan ?? scanOutsideCells(root);
    for (const n of texts) {
      const raw = runText(n);
      if (raw === undefined || raw.trim().length < 2 || raw.trim().length > 160) continue;
      const text = normalizeText(raw);
      // (the login's end as a notice of its own, not a help text's condition: saysLoggedOut)
      if (!ERROR_TEXT.some((re) => re.test(text)) && !saysLoggedOut(raw)) continue;
      const parent = textBox(n);
      if (!parent || !isVisible(parent, cache)) continue;
      // Data cells, form values, links and list items (a help panel's "获取验证码失败怎么办？") are not banners.
      if (parent.closest('textarea, select, a, button, li, label, dt, dd')) continue;
      if (/[?？]$/.test(text)) continue;
      // (a field's value withheld from this user, 公网IP 无权限查看, is no page denied)
      if (withheldFieldValue(parent, cache)) continue;
      // a toast about another record's request ("实例 i-uf6…的明细加载失败"): not the page's data (./transient-notice)
      if (aboutAnotherRecord(parent)) continue;
      // (an operation the user tried denied, no failure of the page's data: operationDenied)
      if (operationDenied(text)) continue;
      // one part's failure beside the parts that loaded (a field's 查询失败, a card's 加载失败，请重试, the next page's)
      if (!saysLoggedOut(raw) && (partFailed(parent, text, cache))) continue;
      return true;
    }
    // An alert box ("Error", "操作失败") away from any form field (a field's validation message is not a page error).
    for (const alert of alerts) {
      const text = visibleText(alert, cache);
      if (text === '' || text.length > 300 || !ALERT_ERROR.test(text.replace(FORETOLD_FAILURE, ' ').replace(BILLING_FAILURE, ' ').replace(REVIEW_FAILURE, ' '))) continue;
      // (a batch operation's results — 成功 2 / 失败 1 with each record's reason —: round fifty-three)
      if (reportsOperationResults(text)) continue;
      let scope: Element = alert;
      for (let i = 0; i < 3 && scope.parentElement; i++) scope = scope.parentElement;
      if (scope.querySelector('input:not([type="hidden"]), select, textarea')) continue;
      if (aboutAnotherRecord(alert)) continue;
      if (operationDenied(normalizeText(text))) continue;
      if (!saysLoggedOut(text) && partFailed(alert, normalizeText(text), cache)) continue;
      return true;
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * A failure an alert foretells, not one that happened: "…包年包月资源续费将失败", "否则将导致备案失败", "renewals will
 * fail" — an account's arrears or a notice's warning of what is to come (将 / 会 / 可能 [导致 …] 失败, will / may …
 * fail; 将 / 会 right before 失败 or 导致, so 会话加载失败 and 会员信息获取失败 stay failures). No failure of the page's
 * data: the rest of the alert is asked.
 */
const FORETOLD_FAILURE = /(?:将|会|可能)(?:会)?(?:导致[^，。,.;；！!？?\s]{0,8}?)?失败|\b(?:will|would|may|might|could|can)\s+(?:not\s+)?(?:\w+\s+){0,2}?fail\b/gi;

/**
 * A renewal's or a payment's failure (自动续费失败：账户余额不足, 扣费失败, Auto-renewal failed): an account's billing event
 * an arrears banner reports, no failure of the page's data — the instance's fields it shows are still its own.
 */
const BILLING_FAILURE = /(?:自动续费|续费|扣费|扣款|支付|付款|充值|代扣)(?:[^，。,.;；！!？?\s]{0,2})失败|\b(?:auto[- ]?renewal|renewal|payment|deduction|charge|top[- ]?up)s?\s+(?:has\s+|have\s+)?failed\b/gi;

/**
 * A review's or a real-name verification's failure (实名认证审核失败, 审核未通过, 核验失败, real-name verification failed): the
 * state of the record the page shows, which the console's alert reports beside its fields — no failure of the page's data
 * (round forty-eight: a Tencent domain page's alert "域名已过期 … 域名实名认证审核失败，请重新提交资料。" made it read `null`).
 * A submission's failure (提交审核失败) is a request that failed and stays one.
 */
const REVIEW_FAILURE = /(?<!提交)(?:实名(?:认证|核验|审核)?|资料|信息)?(?:审核|核验)(?:未通过|不通过|失败)|实名认证(?:未通过|失败)|\b(?:real-?name\s+)?(?:verification|review)\s+(?:has\s+)?(?:failed|was\s+rejected)\b/gi;

/**
 * What an alert box says when the page's data did not come: an error, a failure, an expired session or login, a
 * request's expired signature, the page or the link it was opened by expired (签名已过期, 页面已过期, 链接已失效; not an
 * instance's or a verification's expiry: "This instance expired on …", "Your real-name verification has expired").
 */
const ALERT_ERROR = /错误|失败|异常|error|fail|denied|(?:session|login|log-in|sign-?in|token|credentials?|signature|page|link)\s+(?:has\s+|have\s+|is\s+)?expired|unavailable|(?:^|[^\u3400-\u9fff]|请求|接口|访问|当前|该|此)(?:签名|页面|链接)(?:已)?(?:过期|失效)/i;

const LOADING_LABELS = ['加载中', '加载中...', '正在加载', '正在加载...', 'Loading', 'Loading...'];

/**
 * A visible loading indicator in or around a table `el` (up to 3 levels up): aria-busy, a
 * progressbar, or the text "加载中 / Loading". Data rows (tbody, role=row) are not searched.
 */
export function isLoading(el: Element | null | undefined, cache: VisibilityCache): boolean {
  return pageMemo(isLoading, [el], () => loadingAround(el, cache));
}

function loadingAround(el: Element | null | undefined, cache: VisibilityCache): boolean {
  if (!el) return false;
  try {
    if (el.closest('[aria-busy="true"]')) return true;
    let scope: Element = el;
    for (let i = 0; i < 3 && scope.parentElement; i++) scope = scope.parentElement;
    const stack: Element[] = [scope];
    let visited = 0;
    while (stack.length > 0 && visited < 5000) {
      const e = stack.pop() as Element;
      visited++;
      if (e.getAttribute('aria-busy') === 'true' || (e.getAttribute('role') === 'progressbar' && !measuresTask(e))) {
        if (isVisible(e, cache)) return true;
      }
      for (let c = e.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) {
          const raw = c.nodeValue ?? '';
          if (raw.trim().length <= 20 && /加载|loading/i.test(raw) && labelMatches(visibleText(e, cache), LOADING_LABELS)) return true;
        } else if (c.nodeType === 1) {
          const child = c as Element;
          const tag = upperTag(child);
          if (tag === 'TBODY' || child.getAttribute('role') === 'row') continue;
          stack.push(child);
        }
      }
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * A notice in a field's value that the value is withheld from this user (无权限查看, 暂无权限, No permission:
 * ./permission-withheld) — not the page denied: the box saying it (or a box around it saying only it, two levels at
 * most) is the second of two boxes side by side, after a shown label: a short text, no heading, table or list, no error
 * or notice of its own (a denial's title 暂无权限 over its sentence is a page's).
 */
function withheldFieldValue(box: Element, cache: VisibilityCache): boolean {
  let e: Element | null = box;
  for (let i = 0; e && i < 3 && saysNoPermission(normalizeText(e.textContent)); i++, e = e.parentElement) {
    const key = e.previousElementSibling;
    if (!key || key.previousElementSibling !== null || e.nextElementSibling !== null) continue;
    const k = normalizeText(key.textContent);
    if (k === '' || k.length > 24 || /^(?:H[1-6]|TABLE|UL|OL|DL)$/.test(upperTag(key)) || key.getAttribute('role') === 'heading' || ERROR_TEXT.some((re) => re.test(k))) continue;
    // (a label is a text: no table's header, no list, above an empty list's notice)
    if (key.querySelector('table, ul, ol, dl, [role="table"], [role="grid"], [role="list"]') !== null) continue;
    if (isVisible(key, cache)) return true;
  }
  return false;
}

/**
 * Error wording of a banner saying the page's data did not load (not a notice about some instance). (访问被拒绝 / 拒绝访问 /
 * "Access refused" too: "访问被拒绝：部分权限缺失，域名列表无法显示" over a list left its stale rows read — session 47's
 * review of 05b93d6, invented.)
 */
const PAGE_ERROR =
  /(?:获取|加载|查询|请求|读取).{0,12}(?:失败|出错|异常)|请求超时|网络(?:错误|异常)|系统(?:错误|繁忙|异常)|不存在|已释放|没有权限|无权限|权限不足|访问被拒绝|拒绝访问|forbidden|access\s*denied|access\s+(?:was\s+|is\s+)?refused|failed\s+to\s+(?:load|get|fetch|query|retrieve)|request\s+timed?\s*out|network\s+error|does\s+not\s+exist|not\s+found|invalid\w*\.notfound|(?:^|[^\u3400-\u9fff]|请求|接口|访问|当前|该|此)(?:签名|页面|链接)(?:已)?(?:过期|失效)|\b(?:signature|page|link)\s+(?:has\s+|is\s+)?expired/i;

/**
 * The console's login ended (登录态已失效, 登录已过期, 会话已过期, 请重新登录, Session expired, Please log in again): the page's
 * data is no longer backed by a session, whatever box says it — an alert, a dialog or a plain box over the page. A text of a
 * few words, no question (a help link's "登录态失效怎么办？"), naming no remote connection's or terminal's login (远程连接, 请重新连接, Workbench, VNC, reconnect).
 * The words are a notice of their own: a clause that opens with them and says nothing more of them (登录已过期，请重新登录),
 * not a help text's condition ("如果页面提示登录已过期，请刷新页面后重新登录", "登录已过期时，…", "登录态失效怎么办") nor a
 * setting's label ("会话超时时间：30 分钟", "Session timeout").
 */
function saysLoggedOut(raw: string | null): boolean {
  if (raw === null || raw.length < 4 || raw.length > 160 || !LOGIN_HINT.test(raw)) return false;
  const t = normalizeText(raw);
  return LOGGED_OUT.test(t) && !/[?？]$/.test(t) && !REMOTE_LOGIN.test(t) && !LOGIN_CONDITION.test(t);
}
const LOGIN_HINT = /登录|登陆|会话|session|log|sign/i;
const LOGGED_OUT =
  /(?:^|[，,。.!！;；:：\s])(?:(?:您的|你的|当前|your\s+)?(?:(?:登录|登陆|会话)(?:态|状态)?(?:已|已经)?(?:过期|失效|超时)|(?:session|login)\s+(?:has\s+|is\s+)?(?:expired|timed\s+out))(?=$|[，,。.!！;；\s])|请重新登录|please\s+(?:log|sign)\s*(?:in|on)\s+again)/i;
/** A help text's condition or question around the words: 如果 / 若 / 如遇 … , 登录已过期时, 怎么办, 如何, if / when / how. */
const LOGIN_CONDITION = /如果|若|如遇|假如|倘若|一旦|怎么办|如何|为什么|怎样|时[，,]|\b(?:if|when|how|why|what)\b/i;
// (a session to reconnect — 请重新连接, reconnect — is a terminal's or a remote connection's, not the console's login)
const REMOTE_LOGIN = /远程|连接|终端|workbench|vnc|ssh|rdp|remote|connect|terminal/i;
/** A table's boxes whose own text is white space between rows (TABLE_PARTS and the header's rows). */
const ROW_BOXES = new Set(['TABLE', 'THEAD', 'TFOOT', 'TR', 'COLGROUP']);

/**
 * A visible error banner (role=alert / aria-live=assertive) saying the page's data did not load.
 * The page then shows no facts, even if stale rows are still drawn.
 */
export function hasPageError(doc: Document, cache: VisibilityCache): boolean {
  return pageMemo(hasPageError, [doc], () => errorBanner(doc, cache));
}

function errorBanner(doc: Document, cache: VisibilityCache): boolean {
  try {
    // Walk the page but not into table bodies or grid rows: banners are never inside data rows.
    const stack: Element[] = doc.body ? [doc.body] : [];
    while (stack.length > 0) {
      const el = stack.pop() as Element;
      // no attribute read for an element with none
      const attrs = el.hasAttributes();
      const role = attrs ? el.getAttribute('role') : null;
      if (attrs && (role === 'alert' || el.getAttribute('aria-live') === 'assertive')) {
        if (isVisible(el, cache)) {
          const text = visibleText(el, cache);
          if (saysLoggedOut(text) || (PAGE_ERROR.test(text) && !aboutAnotherRecord(el) && !reportsOperationResults(text) && !partFailed(el, normalizeText(text), cache))) return true;
        }
        continue;
      }
      const tag = upperTag(el);
      if (tag === 'TBODY' || role === 'row') continue;
      // a box of any kind saying the console's login ended: what the page shows is no longer backed by a session
      // (a table's own white space between its rows is not reached: ./first-read-paths)
      if (!ROW_BOXES.has(tag)) for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && saysLoggedOut(c.nodeValue) && isVisible(el, cache) && !el.closest('a, button, label, li, textarea, select, td, [role="gridcell"], [role="cell"]')) return true;
      // Last child first, so the stack pops them in document order (no .children list: it is
      // built per element on a fresh happy-dom document).
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
    return false;
  } catch {
    return false;
  }
}
