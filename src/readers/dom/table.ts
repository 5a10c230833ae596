import { iconName } from './icon-label';
import { isSelectionCell } from './blank-cell';
import { mayHaveDetailRows, withDetailCells } from './detail-row';
import { isTotalRow } from './total-row';
import { span } from './cell-span';
import { findLabelElements } from './field';
import { LABEL_CLASS } from './label-box';
import { isTurnLabelCell } from './turn-rows';
import { labelMatches, normalizeText } from './normalize-label';
import { inTranscript } from './notice';
import { dialogOverPage, inOverlay } from './overlay';
import { inAlertBox, inAlertReport, inOperationReport } from './operation-results';
import { keepDataCells, pageMemo, readSession } from './read-session';
import { recordedRowCells } from './row-cells';
import { isHeading, SAMPLE } from './sample';
import { boxTitles } from './titled-box';
import { subjectClasses } from './subject-classes';
import { textOutside } from './text-outside';
import { wholeOfCutText } from './truncated';
import { MAX_ROWS_PER_READ, rowWindow } from './row-window';
import { createVisibilityCache, isSelfHidden, isVisible, pageSheets, pageSheetsOf, screenReaderOnly, screenReaderOnlyClass, upperTag, type VisibilityCache } from './visibility';
import { ruleDigests, splitTopLevel, type RuleLike } from './style-rules';
import { defaultUnitWords, isVisibleRow, labelText } from './units';
import { visibleText, visibleTextPieces } from './visible-text';
import { follows } from './doc-order';

/**
 * Finds a data table by its column header labels wherever it sits, and maps each visible data row
 * to the cells under those headers. Handles <table> with <th>, split header/body tables (Fusion
 * `next-table` renders the header and the body in two <table>s) and ARIA grids
 * (role=columnheader / row / gridcell). Column order does not matter; a column whose header is
 * absent or hidden is absent from every row. Pure; never throws.
 */

export type TableColumns<K extends string> = Record<K, readonly string[]>;
export type TableRow<K extends string> = Partial<Record<K, Element>>;

export interface TableRead<K extends string> {
  /** The table (or grid) element holding the matched header cells. */
  table: Element;
  /** The column keys whose visible header was found. */
  columns: K[];
  /** The header cell of each found column. */
  headers: Partial<Record<K, Element>>;
  /** One per visible data row, in document order (within the row window and cap: see ./row-window). */
  rows: Array<{ row: Element; cells: TableRow<K> }>;
  /** Data rows in the document before the window / cap (absent: all were read). */
  totalRows?: number;
  /** True when rows were left out by the row window or the cap. */
  partial?: boolean;
}

/** The rows of this read: the row window's slice, never more than MAX_ROWS_PER_READ. */
let rowsInfo: { total: number; partial: boolean } = { total: 0, partial: false };
function windowRows(all: Element[]): Element[] {
  const w = rowWindow();
  const start = Math.max(0, w?.start ?? 0);
  const limit = Math.min(MAX_ROWS_PER_READ, w?.limit ?? MAX_ROWS_PER_READ);
  const out = start === 0 && all.length <= limit ? all : all.slice(start, start + limit);
  // rows past the read cap counted, not looked at (dataRowsUncached)
  const total = all.length + ((all as RowList).beyond ?? 0);
  rowsInfo = { total, partial: out.length < total };
  if (w) w.totalRows = Math.max(w.totalRows ?? 0, total);
  return out;
}

/** An extra header test (the reading model's vocabularies): is this header text column `key`? */
export type HeaderMatch<K extends string> = (text: string, key: K) => boolean;

const GRID_SELECTOR = '[role="grid"], [role="table"], [role="treegrid"]';
const ARIA_CELL_SELECTOR = '[role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"]';

/** The rows of the best-matching table: one entry per visible data row. */
export function readTable<K extends string>(root: ParentNode | null | undefined, columns: TableColumns<K>, cache?: VisibilityCache): TableRow<K>[] {
  return readTableDetailed(root, columns, cache)?.rows.map((r) => r.cells) ?? [];
}

function headerKey<K extends string>(cell: Element, keys: K[], columns: TableColumns<K>, cache: VisibilityCache, match?: HeaderMatch<K>): K | undefined {
  // A whole <thead> (an ARIA grid's header rowgroup) hidden inside its shown table (clipped for a stacked layout)
  // still names that table's columns; a header cell hidden alone is a hidden column.
  const head = cell.closest('thead, [role="rowgroup"]');
  // A header cut short ("Real-name Verifi...") names its column by the whole text in a `title` (./truncated);
  // a header drawn as an icon alone by the cell's (or the icon's) aria-label / title.
  // (a hidden header cell names no column, whatever its title says)
  const clipped = (head !== null && !isVisible(head, cache) && isVisible(head.parentElement, cache)) || clippedOnlyHeaderRow(cell, head, cache);
  const whole =
    wholeOfCutText(cell.querySelector('[title]') ?? cell, visibleText(cell, cache) || (clipped ? visibleText(cell, cache, false) : ''), cell) ||
    (clipped || isVisible(cell, cache) ? normalizeText(cell.getAttribute('aria-label') ?? cell.getAttribute('title') ?? cell.querySelector('[aria-label], [title]')?.getAttribute('aria-label') ?? cell.querySelector('[title]')?.getAttribute('title')) : '');
  // (an icon's name assistive technology gives it — an `<svg>`'s `<title>`, an `<abbr title="实例计费模式">计费</abbr>` —
  // names the column too when its drawn words name none: ./icon-label, round forty-nine)
  const named = clipped || isVisible(cell, cache) || screenReaderOnlyClass(cell) || screenReaderOnly(cell) ? headerIconName(cell, cache) : '';
  if (whole === '' && named === '') return undefined;
  for (const k of keys) if (labelMatches(whole, columns[k])) return k;
  if (named !== '') for (const k of keys) if (labelMatches(named, columns[k])) return k;
  if (match) {
    const own = labelText(cell, cache);
    for (const k of keys) if (match(own, k)) return k;
  }
  // A header may hold sort / filter widgets with text of their own: try each visible piece.
  const pieces = visibleTextPieces(cell, cache);
  for (const piece of pieces) {
    for (const k of keys) if (labelMatches(piece, columns[k])) return k;
  }
  return undefined;
}

/**
 * The one row of a shown `<thead>` hidden (`thead tr { position: absolute; clip: rect(0 0 0 0) }`: a stacked table at a
 * phone's width keeps its header row for screen readers and draws each cell's label from `data-label`), as a hidden
 * `<thead>` is: it names the table's columns. Round fifty: an en domain list so stacked read null (missing). Only the
 * thead's one row: a hidden row among shown header rows (a filter row) names nothing.
 */
function clippedOnlyHeaderRow(cell: Element, head: Element | null, cache: VisibilityCache): boolean {
  if (head === null || upperTag(head) !== 'THEAD') return false;
  const row = cell.closest('tr');
  if (row === null || row.parentElement !== head) return false;
  const rows = Array.from(head.children).filter((c) => upperTag(c) === 'TR');
  return rows.length === 1 && !isVisible(row, cache) && isVisible(head, cache);
}

/**
 * The name of the one named icon or abbreviation a header cell holds (./icon-label iconName), '' for none or several —
 * or the words of a header cell written for screen readers only (`<th class="sr-only">Registrant</th>` in a shown header
 * row: a screen reader names each cell under it so).
 */
function headerIconName(cell: Element, cache: VisibilityCache): string {
  // (its class hashed, a cell the page's sheet draws so: ./visibility screenReaderOnly; its words without an icon's — a help
  // icon's <svg><title>Help</title> or role=img name added inside it is no part of the column's name: held-out ×
  // class-names-hashed / help-icon-in-label / svg-icons-with-titles, session 47, the Alibaba English holder page read null)
  if ((screenReaderOnlyClass(cell) || (!isVisible(cell, cache) && screenReaderOnly(cell))) && isVisible(cell.parentElement, cache)) return wordsBesideIcons(cell);
  // (a header drawing an icon alone beside its words for screen readers: <th><i aria-hidden="true"></i><span class="sr-only">到期时间</span></th>)
  if (visibleText(cell, cache) === '') {
    // (its class hashed, the page's sheet drawing it so: session 48's review of 60bfb9a, <th><span class="q7">Registrant</span></th>
    // named no column and the holder page read null) — its computed style asked only of an element not shown: in happy-dom a
    // first computed style costs the page's whole cascade, and asked of a selection column's empty header's checkbox it had
    // doubled the command line's read of the 500-row ECS list (test/perf/dom-calls: 11.0 → 23.0 calls an element)
    const said = Array.from(cell.querySelectorAll('[class]')).filter((e) => (screenReaderOnlyClass(e) || (!isVisible(e, cache) && screenReaderOnly(e))) && e.closest('[aria-hidden="true"]') === null);
    if (said.length === 1) return normalizeText(said[0]!.textContent);
  }
  const names = Array.from(cell.querySelectorAll('svg, abbr[title], img[alt]')).map((e) => iconName(e, cache)).filter((n) => n !== '');
  return names.length === 1 ? names[0]! : '';
}

/** `cell`'s words outside the icons in it (an `<svg>`, a role=img box, an aria-hidden one). */
function wordsBesideIcons(cell: Element): string {
  return normalizeText(textOutside(cell, 'svg, [role="img"], [aria-hidden="true"]'));
}

/** The joins of a header that names two columns at once: 付费方式 / 到期时间, Billing Method / Expiration Time. */
const JOINT_HEADER = /\s*[/／|｜]\s*/;

/**
 * A header no label names as a whole that joins two labels or more (付费方式 / 到期时间): each part names a
 * column of its own and every part names one, so the column's cells hold each of those values (包年包月 over
 * its expiry). A part that names none (实例ID / 主机名 is one label) names nothing of the header.
 */
function jointHeaderKeys<K extends string>(cell: Element, keys: K[], columns: TableColumns<K>, cache: VisibilityCache, match?: HeaderMatch<K>): K[] {
  const parts = visibleText(cell, cache).split(JOINT_HEADER).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 3) return [];
  const out: K[] = [];
  for (const part of parts) {
    const k = keys.find((k) => labelMatches(part, columns[k])) ?? (match ? keys.find((k) => match(part, k)) : undefined);
    if (k === undefined || out.includes(k)) return [];
    out.push(k);
  }
  return out;
}

function isHtmlHeaderCell(cell: Element): boolean {
  const tag = upperTag(cell);
  return (tag === 'TH' || tag === 'TD') && cell.closest('table') !== null && cell.closest('tr') !== null;
}

function groupOf(cell: Element): Element | null {
  if (isHtmlHeaderCell(cell)) return cell.closest('table');
  return cell.closest(GRID_SELECTOR) ?? cell.closest('[role="row"]')?.parentElement ?? cell.parentElement?.parentElement ?? null;
}

/**
 * `group` is in complementary content the read is not within: an `<aside>` or `role=complementary` box (a "recently
 * viewed" or assistant panel, a sidebar) holding no `<main>`. Content tangential to the page's: its list of the page's
 * kind is none of the page's lists (also when the page's own list is missing or names fewer columns).
 */
function inComplementary(group: Element, root: ParentNode): boolean {
  const side = group.closest('aside, [role="complementary"]');
  return side !== null && !side.contains(root as Node) && side.querySelector('main, [role="main"]') === null;
}

/**
 * Whether the header row of a matched header cell has a column naming a task (rules/labels `taskColumns`: 任务,
 * 任务类型, 操作类型, Task — the whole header, not a word inside a longer one such as 定时任务): a task centre's or a batch
 * log's table, whose 实例 / 域名 column names what each task acted on and whose 状态 is the task's, no list of records.
 */
function namesTaskColumn(cell: Element, cache: VisibilityCache): boolean {
  const { taskColumns: words = [], actionColumns = [] } = defaultUnitWords();
  const row = cell.parentElement;
  if (words.length === 0 || !row) return false;
  for (const other of Array.from(row.children)) {
    if (other === cell) continue;
    const text = visibleText(other, cache);
    if (labelMatches(text, words) && !recordsTaskColumn(other, text, cache)) return true;
    // (a task log may head its task column 操作, as a list heads its action column: ./operationLog)
    if (labelMatches(text, actionColumns) && operationLog(other, cache)) return true;
  }
  return false;
}

/**
 * A column headed by the bare word 任务 / Task whose cells, in every body row, show no task (empty, —, 无, 暂无, None) or
 * one in progress (创建快照中, 重启中, …ing), and no task in at least one row: a list's column of each record's running
 * task, no task log's (the ECS list with such a column read `null`: missing; left open by session 44). A task log names
 * a task in every row (续费, 批量续费（续费 1 年）). Longer headers (任务类型, 任务ID) are not looked at.
 */
function recordsTaskColumn(header: Element, text: string, cache: VisibilityCache): boolean {
  if (!BARE_TASK.test(normalizeText(text)) || upperTag(header) !== 'TH') return false;
  const table = header.closest('table');
  const headRow = header.parentElement;
  if (!table || !headRow) return false;
  const at = cellsOf(headRow).indexOf(header);
  if (at < 0) return false;
  let idle = 0;
  for (const tr of rowsOfTable(table, LOG_ROWS + 2)) {
    if (tr === headRow || upperTag(tr.parentElement) === 'THEAD' || !isVisible(tr, cache)) continue;
    const cells = cellsOf(tr);
    if (cells.length !== cellsOf(headRow).length) return false;
    const cell = normalizeText(visibleText(cells[at]!, cache));
    if (NO_TASK.test(cell)) idle += 1;
    else if (!TASK_IN_PROGRESS.test(cell)) return false;
  }
  return idle > 0;
}
const BARE_TASK = /^(?:任务|tasks?)$/i;
const NO_TASK = /^(?:|[-—–－/]+|无|暂无|none|n\/a)$/i;
const TASK_IN_PROGRESS = /(?:中|ing)(?:\s*[.…]*)?$/i;

/** A text box a lookup is typed in (not a check box, a radio, a hidden field). */
const TEXT_BOX = 'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]):not([type="button"]):not([type="submit"]), textarea';
const GRID_LIKE = 'table, [role="grid"], [role="table"], [role="treegrid"]';
/** Levels looked up from a table for its box's title and text box. */
const LOOKUP_LEVELS = 4;

/*
 * `table` answers a lookup: the nearest title before it in a box around it (up to four levels up: a heading, a title
 * class, a bold first line — ./titled-box) names a lookup (rules/labels `lookupTitles`: 域名注册查询, 域名查询, 查询结果,
 * Whois), and a text box stands before it in that box — a registration check's answer about the name typed
 * (域名 | 注册状态 | 到期时间 | 域名所有者 of zhangsan.io), no list of the account's records. Before the account's own list
 * of as many columns it was read instead of it (invented; left open by session 43). Only the boxes' children before the
 * table's branch are looked at (not a 20,000-row list's cells). A list under 我的域名 with its own search box, and a
 * lookup-titled table with no text box before it, are lists (guards).
 */
// (the lookup's answer: titledApart, which asks its title once with recentTitled's words)

/**
 * A table under a title naming the records the user visited last (rules/labels `recentTitles`: 最近访问, 最近查看, Recently
 * visited) — their domains or instances, with the list's very headers, before the list: no list of the page's records.
 * Asked only to choose between two tables naming as many of a list's columns (pickBest). Session 48: the first was read
 * (left open by session 47's review, invented).
 */
function recentTitled(table: Element, cache: VisibilityCache): boolean {
  const words = (defaultUnitWords().recentTitles ?? []).map((w) => w.toLowerCase());
  if (words.length === 0) return false;
  const title = titleBefore(table, cache);
  return title !== undefined && (words.some((w) => title.text.toLowerCase().includes(w)) || wholeRecentTitle(title.text));
}

/**
 * `text` (a title's shown words) is one of rules/labels `recentTitlesWhole` whole, a count in brackets after it aside —
 * "Recent", "Released (2)", 最近, 已释放: a panel of the recents or of the recycle bin. Its table's domains, or its cards'
 * instances, had been read as the page's (left open by session 49's review of 846e665: invented). Whole only: "Recent
 * orders", "Unreleased" name other things.
 */
export function wholeRecentTitle(text: string): boolean {
  const whole = defaultUnitWords().recentTitlesWhole ?? [];
  if (whole.length === 0) return false;
  // (the count also after a dot or a space, with its unit — 最近 · 2, Released · 2, 最近（2 个）, Recent 2, 最近 2 条: session 51's
  // review of 78b4556, each panel's records read as the page's, invented)
  const t = normalizeText(text).replace(/\s*(?:[(（]\s*\d+\s*(?:个|条|项|台)?\s*[)）]|[·•|｜:：]?\s*\d+\s*(?:个|条|项|台)?)$/, '').toLowerCase();
  return whole.some((w) => normalizeText(w).toLowerCase() === t);
}

/**
 * `table` is drawn as a list of records, `other` (a table naming as many of the columns) beside it: a pager (a pagination
 * box, shown) the first thing shown after it (after its branch, up to LOOKUP_LEVELS up; not past `other`), or a selection
 * checkbox in its header row. A panel of the records visited last, or a batch operation's report, has neither. Only the
 * branch's later siblings are looked at, not the table's rows. Asked only to choose between two tables naming as many of a
 * list's columns (pickBest).
 */
function drawnAsList(table: Element, other: Element, cache: VisibilityCache): boolean {
  const head = table.querySelector('thead, tr, [role="row"]');
  if (head?.querySelector('input[type="checkbox"], [role="checkbox"]')) return true;
  let branch: Element = table;
  for (let up = 0; up < LOOKUP_LEVELS && branch.parentElement; up++, branch = branch.parentElement) {
    // the first box showing something after the branch: the pager, or anything else (the other table, more content) ends the look
    for (let s = branch.nextElementSibling; s; s = s.nextElementSibling) {
      if (s.contains(other)) return false;
      const pager = s.matches(LIST_PAGER) ? s : s.querySelector(LIST_PAGER);
      if (pager && isVisible(pager, cache)) return true;
      if (visibleText(s, cache) !== '') return false;
    }
  }
  return false;
}
/**
 * Of two tables naming as many of a list's columns, `g` (later in the page) is the list rather than `best` (pickBest):
 * `best` is in a drawer or dialog drawn over the page and `g` is not; `best` reports a batch operation and `g` does not;
 * `best` stands under a 最近访问 title and `g` does not; or `g` is drawn as a list and `best` is not, under one title or
 * showing records (showsRecords).
 * Otherwise the first keeps its place.
 */
function winsTie(g: Element, best: Element, cache: VisibilityCache): boolean {
  if (inOverlay(best, undefined, cache) && !inOverlay(g, undefined, cache)) return true;
  if (inOperationReport(best, cache) && !inOperationReport(g, cache)) return true;
  if (recentTitled(best, cache) && !recentTitled(g, cache)) return true;
  return drawnAsList(g, best, cache) && !drawnAsList(best, g, cache) && (underOneTitle(g, best, cache) || showsRecords(g));
}
/**
 * `table` shows a record: a body row of two cells or more (an empty list shows one cell across, 没有数据). A list drawn as one
 * with rows wins the tie under a title of its own too — an untitled recents table before the list headed 实例列表 / 主机列表
 * was read since d9d8389 asked one title of both (invented; session 50's review); the empty 独享虚拟主机 list stays behind.
 */
function showsRecords(table: Element): boolean {
  return table.querySelector('tbody > tr > td + td, [role="row"] > [role="gridcell"] + [role="gridcell"], [role="row"] > [role="cell"] + [role="cell"]') !== null;
}
/** `a` and `b` have the same nearest title before them (titleBefore), or none: neither stands in a section of its own. */
function underOneTitle(a: Element, b: Element, cache: VisibilityCache): boolean {
  return titleBefore(a, cache)?.text === titleBefore(b, cache)?.text;
}
const LIST_PAGER = '[class*="pagination"], [class*="Pagination"], [class*="pager"], [class*="Pager"]';

/**
 * `table` answers a lookup (lookupAnswer), or stands under a title naming the records visited last (recentTitled) — one walk
 * for the title. The second alone, with no list beside it: an empty list drawn as no table beside a 最近访问 / 浏览记录 card
 * of other domains with the list's headers — they had been read as the page's (invented; review of 97ebf7e, session 49).
 */
function titledApart(table: Element, cache: VisibilityCache): boolean {
  const lookup = (defaultUnitWords().lookupTitles ?? []).map((w) => w.toLowerCase());
  const recent = (defaultUnitWords().recentTitles ?? []).map((w) => w.toLowerCase());
  if (lookup.length === 0 && recent.length === 0) return false;
  const title = titleBefore(table, cache);
  if (title === undefined) return false;
  const text = title.text.toLowerCase();
  return (title.textBox && lookup.some((w) => text.includes(w))) || recent.some((w) => text.includes(w)) || wholeRecentTitle(title.text);
}

/**
 * The nearest title before `table`'s branch (LOOKUP_LEVELS up): its shown text, and whether a text box stands between it
 * and the table (a lookup's search bar); undefined when none.
 */
function titleBefore(table: Element, cache: VisibilityCache): { text: string; textBox: boolean } | undefined {
  let textBox = false;
  let branch: Element = table;
  for (let up = 0; up < LOOKUP_LEVELS && branch.parentElement; up++, branch = branch.parentElement) {
    for (let s = branch.previousElementSibling; s; s = s.previousElementSibling) {
      // the nearest title before the branch: a sibling that is one (a heading, a title class, a bold first line — its
      // shown words the title's alone); a box with content of its own before it — the check's card before the account's
      // list, its title inside — titles its own content, not the table after it
      // (a box holding a table or grid of its own is no title and no search bar: its text is not built)
      if (s.matches(GRID_LIKE) || holdsGrid(s)) continue;
      const text = normalizeText(visibleText(s, cache));
      if (text === '') continue;
      const inner = boxTitles(s, cache);
      const last = inner[inner.length - 1];
      const isTitle = isHeading(s) || /title/i.test(s.getAttribute('class') ?? '') || (last !== undefined && normalizeText(visibleText(last, cache)) === text);
      if (isTitle) return { text, textBox };
      if (s.matches(TEXT_BOX) || s.querySelector(TEXT_BOX)) textBox = true;
    }
  }
  return undefined;
}

/**
 * `el` holds a table or grid (GRID_LIKE) below it: found in document order, stopping at the first — a list's body box
 * holding its table is answered at its first child, where happy-dom's querySelector(GRID_LIKE) matched the whole 500-row
 * subtree first (~90 ms per call on the bench's ECS list; session 45).
 */
function holdsGrid(el: Element): boolean {
  const stack: Element[] = [];
  for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (upperTag(e) === 'TABLE' || GRID_ROLES.has(e.getAttribute('role') ?? '')) return true;
    for (let c = e.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return false;
}
const GRID_ROLES = new Set(['grid', 'table', 'treegrid']);

/** A control in an action cell: a link, a button, a menu's trigger, a clickable box. */
const CELL_CONTROL = 'a, button, input, select, [role="button"], [role="link"], [role="menuitem"], [onclick], [tabindex]';
/**
 * A cell that is wholly a time a log's row ran: a date with a time of day (2026-12-05 21:14, 2026/12/05 21:14:09, 2026年12月5日
 * 21:14) or a time ago (5 分钟前, 刚刚, 3 hours ago). A task log's rows say when each operation ran.
 */
const LOG_TIME = /^(?:(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?\d{1,2}:\d{2}(?::\d{2})?|\d+\s*(?:秒|分钟|小时|天)前|刚刚|\d+\s+(?:seconds?|minutes?|hours?|days?)\s+ago|just now)$/i;
/** An action cell showing no operation: a dash, 无, 无权限, 不可操作, N/A. */
const NO_OPERATION = /^(?:[-–—/]+|无|暂无|无权限|无操作权限|不可操作|n\/?a|none)$/i;
/** Body rows looked at. */
const LOG_ROWS = 20;

/**
 * The column `header` (an `<th>` headed 操作 / Actions) holds plain operation names, no control — 批量续费（续费 1 年）,
 * 按量付费转包年包月 — in every body row, and every such row shows a time of day: a task centre's or an operation log's
 * table (操作 | 实例 | 状态 | 时间), whose 实例 column names what each operation acted on, no list of records. A list's
 * action column holds links and buttons (管理, 续费): a list (guard). An ECS page with no list of its own under a task
 * table so headed gave the tasks' instances as servers (invented; left open by round forty-two).
 */
function operationLog(header: Element, cache: VisibilityCache): boolean {
  const table = header.closest('table');
  const headRow = header.parentElement;
  if (!table || !headRow || upperTag(header) !== 'TH') return false;
  const at = cellsOf(headRow).indexOf(header);
  const actions = defaultUnitWords().actions ?? [];
  if (at < 0) return false;
  let seen = 0;
  for (const tr of rowsOfTable(table, LOG_ROWS + 2)) {
    if (tr === headRow || upperTag(tr.parentElement) === 'THEAD' || !isVisible(tr, cache)) continue;
    const cells = cellsOf(tr);
    const c = cells[at];
    if (!c || cells.length !== cellsOf(headRow).length) return false;
    const text = normalizeText(visibleText(c, cache));
    if (text === '' || c.matches(CELL_CONTROL) || c.querySelector(CELL_CONTROL)) return false;
    // (action words drawn as plain text — 管理 续费 更多, a class making them links —: a list's action cell)
    if (text.split(/\s+/).every((w) => labelMatches(w, actions))) return false;
    // (a dash or a withheld action — -, —, 无权限, 不可操作 — names no operation: a list whose actions this user may not
    // take, its rows' expiry "2027年3月1日 23:59 到期" holding a time, was taken for a log and lost; session 45 revb)
    if (NO_OPERATION.test(text)) return false;
    // (the time a log's row ran is a cell of its own — 2026-12-05 21:14, 5 分钟前 —, not a time inside a billing cell)
    if (!cells.some((x, i) => i !== at && LOG_TIME.test(normalizeText(visibleText(x, cache))))) return false;
    seen += 1;
  }
  return seen > 0;
}

/**
 * A help panel's sample table (its caption, label or title, or a short heading just before it, says
 * 示例 / Example): no list of records, wherever it stands.
 */
function isSample(group: Element): boolean {
  const named = (t: string | null | undefined) => !!t && normalizeText(t).length <= 24 && SAMPLE.test(t);
  // (a table's own caption, among its children before its rows: a 20,000-row body is not walked for one)
  let caption: Element | null = upperTag(group) === 'TABLE' ? group.firstElementChild : null;
  while (caption && !/^(?:CAPTION|TR)$/.test(upperTag(caption))) caption = caption.nextElementSibling;
  if (caption && upperTag(caption) !== 'CAPTION') caption = null;
  if (named(caption?.textContent) || named(group.getAttribute('aria-label')) || named(group.getAttribute('title'))) return true;
  const by = group.getAttribute('aria-labelledby');
  if (by && by.split(/\s+/).some((id) => named(group.ownerDocument.getElementById(id)?.textContent))) return true;
  // the heading before it, or before the wrapper it opens (up to three wrappers)
  for (let el: Element | null = group, up = 0; el && up < 4; el = el.parentElement, up++) {
    const before = el.previousElementSibling;
    // (a sibling with rows of its own, a locked-column copy of a big table, is no heading: its text is not built)
    if (before) return isHeading(before) && !before.querySelector('tr, [role="row"]') && named(before.textContent);
  }
  return false;
}

/**
 * A `<th>` of a key/value row (bordered descriptions: th td th td …, each label followed by its
 * value) labels the cell beside it, not a column.
 */
function inPairRow(th: Element): boolean {
  const tr = th.parentElement;
  if (!tr || upperTag(tr) !== 'TR' || upperTag(tr.parentElement) === 'THEAD') return false;
  const cells = cellsOf(tr);
  if (cells.length < 4 || cells.length % 2 !== 0) return false;
  return cells.every((c, i) => upperTag(c) === (i % 2 === 0 ? 'TH' : 'TD'));
}

const ROW_CONTAINER_ROLES = new Set(['grid', 'table', 'treegrid', 'rowgroup']);
/** Rows of a body scanned for header cells: a header is never below its first rows. */
const ROWS_SCANNED = 3;

/**
 * Header cell candidates in document order, in one walk that does not descend into data rows:
 * <th>, <thead> <td>, and role=columnheader cells. Inside a <tbody> or an ARIA grid / rowgroup only
 * the first few rows are looked at.
 */
function headerCandidates(root: ParentNode): { html: Element[]; aria: Element[]; firstRowTds: Element[] } {
  const html: Element[] = [];
  const aria: Element[] = [];
  /** <td>s of a table's first row when that row has no <th>: a header drawn with plain cells (or labelled by data-label). */
  const firstRowTds: Element[] = [];
  const start: Element | null = (root as Node).nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (!start) return { html, aria, firstRowTds };
  const visit = (el: Element, inThead: boolean) => {
    const tag = upperTag(el);
    const role = el.getAttribute('role');
    if ((tag === 'TH' && !inPairRow(el) && !isGroupTitleCell(el)) || (inThead && tag === 'TD')) html.push(el);
    else if (role === 'columnheader') aria.push(el);
    if (tag === 'TABLE') {
      const first = rowsOfTable(el, 1)[0];
      const cells = first ? cellsOf(first) : [];
      if (first && upperTag(first.parentElement) !== 'THEAD' && cells.length >= 2 && allTag(cells, 'TD')) firstRowTds.push(...cells);
    }
    const rowContainer = tag === 'TBODY' || (role !== null && ROW_CONTAINER_ROLES.has(role));
    let rows = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (rowContainer && (upperTag(c) === 'TR' || c.getAttribute('role') === 'row')) {
        rows += 1;
        // rows are siblings in a run: stop at the first unscanned one (a 20,000-row body is not walked)
        if (rows > ROWS_SCANNED) break;
      }
      visit(c, inThead || tag === 'THEAD');
    }
  };
  visit(start, false);
  return { html, aria, firstRowTds };
}

/** The best-matching table with its found columns and rows, or undefined when no header matches. */
export function readTableDetailed<K extends string>(
  root: ParentNode | null | undefined,
  columns: TableColumns<K>,
  cache: VisibilityCache = createVisibilityCache(),
  match?: HeaderMatch<K>,
): TableRead<K> | undefined {
  // during a read session, kept while only the content of the grid's data cells changed (./read-session pageMemo)
  const w = rowWindow();
  const kept = pageMemo(readTableDetailed, [root, columns, match, w?.start, w?.limit], () => {
    const read = readTableUncached(root, columns, cache, match);
    // (a total row — 合计 / Total — sums the records, it is none: ./total-row; looked at once per kept read, not on
    // every re-read of it)
    const t = read && { ...read, rows: read.rows.filter((r) => !isTotalRow(r.row)) };
    if (t) keepDataCells(t.rows);
    // whether any row has an expanded detail row or is one: while the memo is kept no row came or went
    // (a row added, removed, shown or hidden drops it), so a grid without one still has none
    return { t, total: w?.totalRows, detail: t !== undefined && mayHaveDetailRows(t.rows) };
  });
  if (w && kept.total !== undefined) w.totalRows = Math.max(w.totalRows ?? 0, kept.total);
  if (!kept.t) return undefined;
  const t = { ...kept.t, rows: kept.t.rows.slice() };
  // rows' expanded detail rows (./detail-row): their values read on every read, never kept in the memo
  return kept.detail ? withDetailCells(t, columns, cache, match) : t;
}

function readTableUncached<K extends string>(root: ParentNode | null | undefined, columns: TableColumns<K>, cache: VisibilityCache, match?: HeaderMatch<K>): TableRead<K> | undefined {
  if (!root) return undefined;
  rowsInfo = { total: 0, partial: false };
  const outer = cellsMemo;
  const outerScanned = scannedCells;
  cellsMemo = outer ?? new Map();
  scannedCells = recordedRowCells(cache);
  try {
    const keys = Object.keys(columns) as K[];
    const groups = new Map<Element, Map<K, Element>>();
    const samples = new Set<Element>();
    const order: Element[] = [];
    /** Data cells naming their column by the label their `::before` draws (a stacked table with no header row). */
    const labelledBy = new Set<Element>();
    const scan = (cells: Element[], drawn?: boolean) => {
      for (const cell of cells) {
        const label = drawn ? drawnDataLabel(cell) : '';
        const key = drawn ? (label ? keys.find((k) => labelMatches(label, columns[k]) || match?.(label, k)) : undefined) : headerKey(cell, keys, columns, cache, match);
        if (drawn && key !== undefined) labelledBy.add(cell);
        // (a header naming two columns at once, 付费方式 / 到期时间: its cells hold both values)
        const named = key !== undefined ? [key] : drawn ? [] : jointHeaderKeys(cell, keys, columns, cache, match);
        if (named.length === 0) continue;
        const group = groupOf(cell);
        if (!group) continue;
        let found = groups.get(group);
        if (!found) {
          // (a sample table, or a table quoted in a transcript — an assistant's answer —: no list of records)
          // (… or a task list — a task centre's, a batch operation's log —: its rows name the records a task acted on)
          // (… or a table under a 最近访问 / 浏览记录 title, the records visited last, with no list of the page's beside it — an empty
          // list drawn as no table: its domains had been read as the page's, invented; review of 97ebf7e, session 49)
          if (samples.has(group) || isSample(group) || inTranscript(group) || inComplementary(group, root) || namesTaskColumn(cell, cache) || titledApart(group, cache)) {
            samples.add(group);
            continue;
          }
          found = new Map();
          groups.set(group, found);
          order.push(group);
        }
        for (const k of named) {
          const before = found.get(k);
          if (!before || isSubHeaderOf(cell, before)) found.set(k, cell);
        }
      }
    };
    const pseudoGroups = new Set<Element>();
    const pickBest = () => {
      let best: Element | undefined;
      let bestCount = 0;
      for (const g of order) {
        const n = groups.get(g)?.size ?? 0;
        // A first row of plain cells is a header only when it names two columns or more.
        if (pseudoGroups.has(g) && n < 2) continue;
        // (a table in an alert reporting an operation is never the list, none beside it: ./operation-results inAlertReport)
        if (inAlertReport(g)) continue;
        // (a table in an alert box is a message — a batch operation's report —: it loses to one outside any naming two of
        // the list's columns, however many it names: ./operation-results inAlertBox)
        if (best !== undefined && bestCount >= 2 && inAlertBox(g) && !inAlertBox(best)) continue;
        if (best !== undefined && n >= 2 && inAlertBox(best) && !inAlertBox(g)) {
          best = g;
          bestCount = n;
          continue;
        }
        // (a batch operation's report naming one column more than a table outside any report naming three or more — the
        // renewed domains under 续费结果 with a 实名认证状态 column the list draws in its holder cell — is not the list: the
        // other is, before or after it. Session 48, left open by session 47's review: the report was read, invented. A
        // toast above the list, making it "a report", leaves it the page's beside an order panel naming two columns)
        // (… nor one naming two or three columns more — 实名认证状态 and 注册商, 有效期: session 49, left open by session 48, the
        // report read again, invented. The other still names three columns or more: an order panel of two under a toast stays no list)
        if (best !== undefined && n >= 3 && n < bestCount && n >= bestCount - 3 && inOperationReport(best, cache) && !inOperationReport(g, cache)) {
          best = g;
          bestCount = n;
          continue;
        }
        if (best !== undefined && bestCount >= 3 && n > bestCount && n <= bestCount + 3 && inOperationReport(g, cache) && !inOperationReport(best, cache)) continue;
        // (as many columns as the best so far: the page's own table over one in a drawer or dialog drawn over it)
        // (… and the list over a batch operation's report naming as many — a 批量续费 执行结果 table of the ticked domains with
        // the list's very headers before it, their renewed dates: round fifty-three's variants, invented: ./operation-results)
        // (… and the list over a table of the records visited last under a 最近访问 title, its very headers before it: recentTitled)
        // (… and, neither titled apart, the one drawn as a list — its pager beside it, a selection checkbox in its header — over
        // one that is not: an untitled 最近访问 / report table with the list's very headers before it was read: session 49,
        // left open by session 48, invented. Only under one title: two lists under their own section titles — 共享虚拟主机
        // with rows, 独享虚拟主机 empty with a selection column — keep the first; the empty one had been read, null, session 49)
        if (n > bestCount || (n === bestCount && best !== undefined && winsTie(g, best, cache))) {
          best = g;
          bestCount = n;
        }
      }
      return { best, bestCount };
    };
    const candidates = headerCandidates(root);
    scan(candidates.html);
    if (pickBest().bestCount < 2 && candidates.firstRowTds.length > 0) {
      const before = new Set(order);
      // (a cell drawing its label from data-label by ::before is a stacked table's data cell, never a header word — its
      // visible copy of the label beside the value, "Expiration Date 2027-08-14", had made the first row a header of
      // two columns and the table the rows after it: round fifty's variants, an en domain list with no thead, null)
      scan(candidates.firstRowTds.filter((c) => drawnDataLabel(c) === ''));
      for (const g of order) if (!before.has(g)) pseudoGroups.add(g);
    }
    // no header row at all: a stacked table's cells labelled by what their ::before draws from data-label
    // (instead of the values of a first row taken for header words)
    if (pickBest().bestCount < 2) {
      for (const g of pseudoGroups) groups.delete(g), order.splice(order.indexOf(g), 1);
      pseudoGroups.clear();
      scan(candidates.firstRowTds.filter((c) => c.hasAttribute('data-label')), true);
    }
    // Vertical descriptions (a row of labels, a row of values, repeated) are one record, not a grid.
    for (const g of [...order]) {
      if (upperTag(g) === 'TABLE' && isVerticalDescriptions(g)) {
        groups.delete(g);
        order.splice(order.indexOf(g), 1);
      }
    }
    // ARIA grid headers when <table> headers were not enough.
    if (pickBest().bestCount < Math.min(3, keys.length)) scan(candidates.aria.filter((e) => !isHtmlHeaderCell(e)));
    const { best, bestCount } = pickBest();
    if ((!best || bestCount < 2) && keys.length >= 2) {
      // No table or grid markup: a header row of plain elements whose cells are just the labels.
      const plain = readPlainGrid(root, columns, keys, cache);
      if (plain && (!best || plain.columns.length > bestCount)) return plain;
    }
    if (!best) return undefined;
    // (a table in a dialog or drawer over a page showing content of its own — a support drawer's answer about another
    // account, a picker — is none of the page's lists, even when the page shows no list: ./overlay dialogOverPage)
    if (dialogOverPage(best, root, cache)) return undefined;
    const found = groups.get(best) ?? new Map<K, Element>();
    // (two bare tables naming the very same columns under one title — neither titled apart, neither drawn as the list
    // (no pager, no header checkbox), neither a report or in a layer — each showing rows of its own, not a copy's: nothing
    // says which is the page's list, and the first was read — an untitled table of other records before the list, its
    // domains given as the page's (left open by sessions 48 and 49, invented). Neither is read)
    const tiedUnmarked = () =>
      order.some((g) => {
        const other = groups.get(g);
        if (g === best || !other || other.size !== found.size || [...found.keys()].some((k) => !other.has(k)) || g.contains(best) || best.contains(g)) return false;
        if (!underOneTitle(g, best, cache) || !nothingShownBetween(g, best, cache) || inOverlay(g, undefined, cache) !== inOverlay(best, undefined, cache)) return false;
        // (narrower than 5412ce5, taken out in 10ae9ac — session 51: tables in tab panels are the tabs' business, ./visibility
        // unselectedTabPanel; a table whose own box shows a label or a search before or after it — a 按备案号查询 answer
        // before the code list — is no bare table: the reader's own checks tell it apart)
        if (g.closest('[role="tabpanel"]') || best.closest('[role="tabpanel"]') || !bareInBranch(g, best, cache)) return false;
        if (drawnAsList(g, best, cache) || drawnAsList(best, g, cache) || recentTitled(g, cache) || recentTitled(best, cache)) return false;
        if (inOperationReport(g, cache) || inOperationReport(best, cache) || inAlertBox(g) || inAlertBox(best)) return false;
        const mine = rowsOf(best, found);
        const theirs = rowsOf(g, other);
        return mine.length > 0 && theirs.length > 0 && !sameRows(theirs, mine, [...found.keys()]);
      });
    const rowsOf = (group: Element, cols: Map<K, Element>) => {
      const any = cols.values().next().value as Element;
      if (!isHtmlHeaderCell(any)) return ariaRows(group, cols, cache);
      const headerRows = new Set<Element>();
      for (const c of cols.values()) {
        const tr = c.closest('tr');
        if (tr && !labelledBy.has(c)) headerRows.add(tr);
      }
      return htmlRows(group, cols, cache, headerRows);
    };
    if (tiedUnmarked()) return undefined;
    rowsInfo = { total: 0, partial: false };
    const rows = rowsOf(best, found);
    const info = rowsInfo;
    // Locked (fixed) columns may be drawn by a second table beside the main one (Fusion
    // next-table-lock-left/right): take a column missing here from a neighbour with as many rows.
    for (const g of order) {
      // (a table inside the list — an expanded row's table of a record's disks or certificates — or around it is no
      // copy of its columns, however many rows it has)
      if (g === best || rows.length === 0 || !nearEachOther(best, g) || best.contains(g) || g.contains(best)) continue;
      // (a table in a dialog or drawer over the list — an export dialog's 导出记录 of as many rows, 文件名 | 创建时间 — is no
      // locked part of it, nor the list of one in a layer: a locked column is drawn in the list's own layer. Round
      // forty-five: the records' 创建时间 became the Lighthouse instances' createdAt)
      if (inOverlay(g, undefined, cache) !== inOverlay(best, undefined, cache)) continue;
      // (… nor a table with a heading of its own between it and the list — an 导出记录 / 下载记录 box drawn after the list
      // with its <h4>: a locked part is drawn beside the list, untitled)
      if (headingBetween(best, g)) continue;
      // (… nor a batch operation's report — under its 任务结果 title or tally, in an alert —, whatever its class says: a
      // 批量修改持有者 任务结果 table classed `table-fixed` (a layout class) or `sticky-table`, the ticked domains in the list's
      // order, lent the new holder's 实名认证状态 as a locked copy's — session 47's review of 66ebf9f, invented)
      if (inOperationReport(g, cache) && !inOperationReport(best, cache)) continue;
      const other = groups.get(g);
      if (!other) continue;
      const wanted = new Map<K, Element>();
      // (… or one the list draws without showing it — antd 3's ant-table-fixed-columns-in-body cells under a locked
      // column, visibility:hidden, the copy showing them: round fifty-two's variant of the Fusion ECS list whose ids were
      // shown only by its lock-left box, both records missing)
      // (a row showing nothing in the column — a skeleton row left beside the loaded ones — says nothing either way)
      const unshown = (k: K) => rows.every((r) => visibleText(r.cells[k], cache) === '');
      for (const [k, cell] of other) if (!found.has(k) || unshown(k)) wanted.set(k, cell);
      if (wanted.size === 0) continue;
      const extra = rowsOf(g, wanted);
      if (extra.length !== rows.length) continue;
      // (a copy of the locked columns shows the same rows: where it repeats a column the table shows — the id, the
      // domain —, its cells say the same row by row; another table of as many rows beside the list — a 批量添加域名
      // check's other domains with their 到期时间 — does not, and lends the list none of its columns)
      const shared = new Map<K, Element>();
      for (const [k, cell] of other) if (!wanted.has(k) && found.has(k)) shared.set(k, cell);
      if (shared.size > 0 && !sameRows(rowsOf(g, shared), rows, [...shared.keys()])) continue;
      // (one sharing no column with it is a copy only where its markup says so — a locked / fixed box, or the rows' keys —:
      // a 检查结果 | 到期时间 table of as many rows beside a domain list gave each domain the other table's date, invented)
      // (… nor, sharing columns with it, when its markup does not mark it a copy either: a batch task's result table — 批量修改
      // 持有者 任务结果, the ticked domains in the list's order with the new holder's 实名认证状态 — gave each domain the template's
      // state, invented (round fifty-three); the shared column's same rows are what such a table shows too)
      if (!markedAsCopy(g, best, rows.map((r) => r.row), extra.map((r) => r.row))) continue;
      extra.forEach((r, i) => {
        const target = rows[i];
        if (!target) return;
        for (const [k, cell] of Object.entries(r.cells) as Array<[K, Element]>) {
          const shown = target.cells[k];
          // (a copy's cell stands for the list's own only where the list's is not shown and the copy's is)
          if (shown === undefined || (visibleText(shown, cache) === '' && visibleText(cell, cache) !== '')) target.cells[k] = cell;
        }
      });
      for (const [k, cell] of wanted) if (!found.has(k)) found.set(k, cell);
    }
    return { table: best, columns: Array.from(found.keys()), headers: Object.fromEntries(found) as Partial<Record<K, Element>>, rows, totalRows: info.total, partial: info.partial };
  } catch {
    return undefined;
  } finally {
    cellsMemo = outer;
    scannedCells = outerScanned;
  }
}

/**
 * The `data-label` a cell's `::before` draws (`td::before { content: attr(data-label) }`: a stacked
 * table's cell labels), or ''. The pseudo-element's computed content where the browser gives one;
 * else (happy-dom computes none) the content of the last readable `::before` rule matching the cell.
 */
function drawnDataLabel(cell: Element): string {
  const label = normalizeText(cell.getAttribute('data-label'));
  if (label === '' || !isVisible(cell)) return '';
  try {
    const win = cell.ownerDocument.defaultView!;
    let content = String(win.getComputedStyle(cell, '::before').content ?? '');
    const walk = (rules?: ArrayLike<RuleLike & { media?: { mediaText: string } }>) => {
      for (const r of Array.from(rules ?? [])) {
        if (!r.selectorText) {
          if (!r.media || win.matchMedia?.(r.media.mediaText).matches !== false) walk(r.cssRules);
          continue;
        }
        const set = /(?:^|;)\s*content\s*:([^;]*)/i.exec(r.style?.cssText ?? '');
        const before = /::?before\s*$/i;
        if (set && r.selectorText.split(',').some((p) => before.test(p) && cell.matches(p.replace(before, '') || '*'))) content = set[1]!;
      }
    };
    if (content === '') for (const sheet of pageSheets(cell.ownerDocument)) walk(sheet?.cssRules);
    return /attr\(\s*data-label\s*\)/i.test(content) || content.includes(label) ? label : '';
  } catch {
    return '';
  }
}

/**
 * A two-level header names a column twice: a group cell spanning several columns (配置, 关联的云服务)
 * and, in a header row below, the column's own cell under it (实例配置, 实例ID). The column's own
 * cell is the one whose column the data sits in.
 */
function isSubHeaderOf(cell: Element, group: Element): boolean {
  if (!isHtmlHeaderCell(cell) || !isHtmlHeaderCell(group) || span(group, 'colspan') < 2 || span(cell, 'colspan') >= span(group, 'colspan')) return false;
  // (both are in a <tr> of a <table>: isHtmlHeaderCell)
  const groupRow = group.closest('tr');
  if (cell.closest('tr') === groupRow || group.closest('table') !== cell.closest('table')) return false;
  // one layout of the header rows down to the cell's (the group's row is among them)
  const [lines, at] = headerLine(cell)!;
  return at >= 0 && lines.get(groupRow!)?.[at] === group;
}

/** The layout of the header rows of a header cell's table down to the cell's row, and the cell's column in it (-1: none). */
function headerLine(cell: Element): [Map<Element, Element[]>, number] | undefined {
  const tr = cell.closest('tr');
  const table = cell.closest('table');
  if (!tr || !table) return undefined;
  const lines = layout(leadingHeaderRows(table, tr));
  return [lines, (lines.get(tr) ?? []).indexOf(cell)];
}

/** The first answer `f` gives for the first `levels` ancestors of `el`, nearest first. */
function fromAncestors<T>(el: Element, levels: number, f: (ancestor: Element) => T | undefined): T | undefined {
  for (let a = el.parentElement, i = 0; a && i < levels; i++, a = a.parentElement) {
    const v = f(a);
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * Whether `copy`'s rows show what `rows` show in the columns `keys` (each pair of cells both there with the same text;
 * a cell missing or empty on either side says nothing): a locked-column copy's repeated id cells.
 */
function sameRows<K extends string>(copy: Array<{ cells: TableRow<K> }>, rows: Array<{ cells: TableRow<K> }>, keys: K[]): boolean {
  if (copy.length !== rows.length) return false;
  const text = (c: Element | undefined) => (c ? normalizeText(c.textContent) : '');
  return copy.every((r, i) => keys.every((k) => {
    const a = text(r.cells[k]);
    const b = text(rows[i]?.cells[k]);
    return a === '' || b === '' || a === b;
  }));
}

/** Class tokens of a table widget's locked-column box (Fusion next-table-lock-left, TEA tea-table__fixed-right, el-table__fixed). */
const COPY_TOKENS = new Set(['lock', 'locked', 'fixed', 'fix', 'frozen', 'sticky']);
/** Words beside a lock word in a locked-column box's class name: its side, or the table / column it is of. */
const COPY_PLACE_TOKENS = new Set(['left', 'right', 'start', 'end', 'table', 'column', 'columns', 'col', 'cols', 'grid', 'cell', 'body', 'wrapper']);
/**
 * One class name marks a locked-column copy: a lock word alone (fixed) or with a side or the table's words (tea-table__fixed-right,
 * next-table-lock-right, ant-table-cell-fix-right, el-table__fixed) — not a lock word naming a panel's place on the page
 * (sticky-panel, fixed-footer, position-fixed, lock-tip: a check's answer table in such a box lent its 到期时间 to the domain
 * list beside it, row by row: invented; session 45 revb).
 */
function namesLockedCopy(className: string): boolean {
  const tokens = className.split(/[_-]+/).filter((t) => t !== '');
  if (!tokens.some((t) => COPY_TOKENS.has(t))) return false;
  // (nor a whole table's state: its header fixed or sticky while its body scrolls, or its columns fixed in place — antd's
  // ant-table-fixed-header, ant-table-sticky-header, ant-table-fixed-column on the box of any antd table —: a batch task's
  // result table so classed beside a list lent its 实名认证状态 as a locked copy's, session 47's review, invented. A bare
  // table-fixed stays a copy's class: session 45's guard, review-s44-other)
  if (tokens.includes('header') || TABLE_STATE.test(className)) return false;
  return tokens.length === 1 || tokens.some((t) => COPY_PLACE_TOKENS.has(t));
}
const TABLE_STATE = /-table-fixed-column$/;
/** A table element's class naming its layout: fixed or sticky, with the table word (table-fixed, fixed-table, ant-table-fixed, sticky-table). */
const TABLE_LAYOUT = /^(?:[a-z0-9]+-)*(?:table[_-]+(?:fixed|sticky)|(?:fixed|sticky)[_-]+table)$/;

/**
 * A neighbour table (sharing a column with the list or not: round fifty-three) is a copy of its locked columns when its markup says so: it or a box
 * around it below the box holding both tables has a class token `lock` / `fixed` / `frozen` / `sticky`, or its rows carry
 * the list's rows' keys (`data-row-key`, `data-key`, `rowkey`) in order. A table of as many rows with neither — a check's
 * 检查结果 | 到期时间 answer beside a domain list — lends no column (left open by round forty-two: invented).
 */
function markedAsCopy(copy: Element, list: Element, listRows: Element[], copyRows: Element[]): boolean {
  for (let el: Element | null = copy; el && !el.contains(list); el = el.parentElement) {
    const cls = el.getAttribute('class');
    // (a <table>'s own class naming it fixed or sticky — Tailwind's table-fixed, fixed-table, sticky-table, antd's
    // ant-table-fixed on each of its tables — names its layout: a locked copy is marked by a box around it (ant-table-fixed-left,
    // next-table-lock-right, a div.table-fixed: session 45's guard). An untitled batch result table so classed lent the list its
    // 实名认证状态: left open by session 48, invented)
    const own = el === copy && upperTag(el) === 'TABLE';
    if (cls && cls.toLowerCase().split(/\s+/).some((c) => namesLockedCopy(c) && !(own && TABLE_LAYOUT.test(c)))) return true;
  }
  const key = (r: Element | undefined) => r?.getAttribute('data-row-key') ?? r?.getAttribute('data-key') ?? r?.getAttribute('rowkey') ?? null;
  return listRows.length > 0 && listRows.every((r, i) => key(r) !== null && key(r) === key(copyRows[i]));
}

/**
 * A heading (h1–h6, role=heading) after one of two tables and before the other, in document order. Only the elements
 * between the two are looked at — the siblings after the first's branch and before the last's, up to the box holding
 * both —, and not inside a box holding a table of its own: a query of every element of a 500-row list's box cost a first
 * read 200 ms in happy-dom (the 500-row bench's read went from 77 to 580 ms over sessions 33–44; session 45).
 */
function headingBetween(a: Element, b: Element): boolean {
  const [first, last] = follows(a, b) ? [a, b] : [b, a];
  let box: Element | null = first.parentElement;
  while (box && !box.contains(last)) box = box.parentElement;
  if (!box) return false;
  // (a box holding a table of its own — the list's body between its header and a locked copy, another titled table — is
  // not looked into: a heading there titles that table; a 500-row body had been searched whole, 200 ms in happy-dom)
  const holds = (e: Element) => e.matches(HEADINGS) || (!e.matches(GRID_LIKE) && !holdsGrid(e) && e.querySelector(HEADINGS) !== null);
  const branchOf = (el: Element): Element => {
    let e = el;
    while (e.parentElement && e.parentElement !== box) e = e.parentElement;
    return e;
  };
  const [fb, lb] = [branchOf(first), branchOf(last)];
  // (after the first table inside its branch, between the branches, before the last table inside its branch)
  for (let e: Element = first; e !== fb && e.parentElement; e = e.parentElement) for (let s = e.nextElementSibling; s; s = s.nextElementSibling) if (holds(s)) return true;
  for (let s = fb.nextElementSibling; s && s !== lb; s = s.nextElementSibling) if (holds(s)) return true;
  for (let e: Element = last; e !== lb && e.parentElement; e = e.parentElement) for (let s = e.previousElementSibling; s; s = s.previousElementSibling) if (holds(s)) return true;
  return false;
}
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * Nothing shown between the tables `a` and `b` (one after the other in their smallest common box): no card header, no
 * title, no text — two bare tables one after the other, not two cards each with its own head (a server's 授权码 table per
 * card, whose head names the server). The same walk as headingBetween.
 */
function nothingShownBetween(a: Element, b: Element, cache: VisibilityCache): boolean {
  const [first, last] = follows(a, b) ? [a, b] : [b, a];
  let box: Element | null = first.parentElement;
  while (box && !box.contains(last)) box = box.parentElement;
  if (!box) return false;
  const branchOf = (el: Element): Element => {
    let e = el;
    while (e.parentElement && e.parentElement !== box) e = e.parentElement;
    return e;
  };
  const shown = (e: Element) => visibleText(e, cache) !== '';
  const [fb, lb] = [branchOf(first), branchOf(last)];
  for (let e: Element = first; e !== fb && e.parentElement; e = e.parentElement) for (let s = e.nextElementSibling; s; s = s.nextElementSibling) if (shown(s)) return false;
  for (let s = fb.nextElementSibling; s && s !== lb; s = s.nextElementSibling) if (shown(s)) return false;
  for (let e: Element = last; e !== lb && e.parentElement; e = e.parentElement) for (let s = e.previousElementSibling; s; s = s.previousElementSibling) if (shown(s)) return false;
  return true;
}

/**
 * Each of the tables `a` and `b` alone in its own branch of their smallest common box: nothing shown before the first
 * inside its branch, nothing shown after the last inside its (nothingShownBetween checks the rest) — a bare table, not a
 * lookup box's answer under its label and search field (session 51: round forty-four's authorization-code page).
 */
function bareInBranch(a: Element, b: Element, cache: VisibilityCache): boolean {
  const [first, last] = follows(a, b) ? [a, b] : [b, a];
  let box: Element | null = first.parentElement;
  while (box && !box.contains(last)) box = box.parentElement;
  if (!box) return false;
  const shown = (e: Element) => visibleText(e, cache) !== '' || e.querySelector('input, select, textarea') !== null || e.matches('input, select, textarea');
  for (let e: Element = first; e.parentElement && e.parentElement !== box; e = e.parentElement) for (let s = e.previousElementSibling; s; s = s.previousElementSibling) if (shown(s)) return false;
  for (let e: Element = last; e.parentElement && e.parentElement !== box; e = e.parentElement) for (let s = e.nextElementSibling; s; s = s.nextElementSibling) if (shown(s)) return false;
  return true;
}

/** Two tables within one table widget: a common ancestor at most 5 levels above `a`. */
const nearEachOther = (a: Element, b: Element): boolean => fromAncestors(a, 5, (p) => p.contains(b) || undefined) !== undefined;

// ---------------------------------------------------------------- plain element grids

const KEY_VALUE_TAGS = new Set(['LABEL', 'DT', 'DD', 'DL', 'TH', 'TD', 'TR', 'TABLE', 'TBODY', 'THEAD', 'FORM', 'LEGEND', 'FIELDSET']);

/**
 * A grid drawn with plain elements (no table or ARIA roles): a header row R whose children are
 * cells holding only a label, and data rows after it with as many children. Columns map by child
 * index. Needs at least two labelled header cells.
 */
function readPlainGrid<K extends string>(root: ParentNode, columns: TableColumns<K>, keys: K[], cache: VisibilityCache): TableRead<K> | undefined {
  const all = keys.flatMap((k) => columns[k]);
  const labelEls = findLabelElements(root, all, cache);
  if (labelEls.length < 2) return undefined;
  // Candidate header rows: for each label, the first ancestor holding another label.
  const candidates = new Map<Element, Map<K, Element>>();
  for (const label of labelEls) {
    let cell: Element = label;
    for (let depth = 0; depth < 5 && cell.parentElement; depth++) {
      const row: Element = cell.parentElement;
      const others = labelEls.filter((o) => o !== label && row.contains(o) && !cell.contains(o));
      if (others.length === 0) {
        cell = row;
        continue;
      }
      let map = candidates.get(row);
      if (!map) {
        map = new Map();
        candidates.set(row, map);
      }
      const cellText = visibleText(cell, cache);
      // Column headers are no <label>/<dt>/<th> and carry no colon: those are key/value layouts — unless
      // the colon cell sits beside another label cell (a header row "授权码 | *状态："; key/value rows
      // alternate label and value).
      const besideLabel = (e: Element | null) => e !== null && labelEls.some((o) => o !== label && e.contains(o));
      const colon = /[:：]\s*$/.test(cellText) && !besideLabel(cell.previousElementSibling) && !besideLabel(cell.nextElementSibling);
      // A cell holding its own text field is a form item (label beside its input), not a column header.
      const formItem = cell.querySelector('input:not([type="checkbox"]):not([type="radio"]), textarea, select') !== null;
      const keyValueish = colon || formItem || KEY_VALUE_TAGS.has(upperTag(cell)) || KEY_VALUE_TAGS.has(upperTag(row));
      const key = keyValueish ? undefined : keys.find((k) => labelMatches(cellText, columns[k]));
      if (key !== undefined && !map.has(key) && cell.parentElement === row) map.set(key, cell);
      break;
    }
  }
  let header: Element | undefined;
  let cells = new Map<K, Element>();
  for (const [row, map] of candidates) {
    if (map.size > cells.size) {
      header = row;
      cells = map;
    }
  }
  if (!header || cells.size < 2) return undefined;
  const width = header.children.length;
  const index = new Map<K, number>();
  // (cells drawn in another order than the markup's by CSS `order`: the header's and each row's alike)
  const drawn = drawnCells(header, Array.from(header.children), cache);
  const ordered = drawn.some((c, i) => c !== header.children[i]);
  for (const [k, cell] of cells) index.set(k, ordered ? drawn.indexOf(cell) : (Array.prototype.indexOf.call(header.children, cell) as number));
  const rowTag = header.tagName;
  const isRow = (e: Element) => e !== header && e.tagName === rowTag && e.children.length === width;
  let rows: Element[] = [];
  for (let sib = header.nextElementSibling; sib; sib = sib.nextElementSibling) if (isRow(sib)) rows.push(sib);
  let level: Element | null = header;
  for (let depth = 0; rows.length === 0 && level && depth < 3; depth++, level = level.parentElement) {
    for (let sib = level.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (isRow(sib)) rows.push(sib);
      else for (const c of Array.from(sib.children)) if (isRow(c)) rows.push(c);
    }
  }
  const out = mapRows(windowRows(rows), index, cache, ordered ? (r) => drawnCells(r, Array.from(r.children), cache) : childrenOf);
  return { table: header.parentElement ?? header, columns: Array.from(cells.keys()), headers: Object.fromEntries(cells) as Partial<Record<K, Element>>, rows: out, totalRows: rowsInfo.total, partial: rowsInfo.partial };
}

// ---------------------------------------------------------------- HTML tables

/** True when a cell spans more than one column or row (most cells have no attribute at all, or neither). */
function isSpanning(cell: Element): boolean {
  return cell.hasAttributes() && (span(cell, 'colspan') > 1 || span(cell, 'rowspan') > 1);
}

/**
 * The cells of each row, read once per table read (rows are looked at by several steps: header
 * test, data test, layout). Keyed by row element; never kept beyond one readTableDetailed call.
 */
let cellsMemo: Map<Element, Element[]> | null = null;
/** Rows' cells this read's page-state scan recorded (./row-cells), during a table read. */
let scannedCells: WeakMap<Element, Element[]> | undefined;

function cellsOf(tr: Element): Element[] {
  const memo = cellsMemo?.get(tr);
  if (memo) return memo;
  const out = scannedCells?.get(tr) ?? cellsOfUncached(tr);
  cellsMemo?.set(tr, out);
  return out;
}

function cellsOfUncached(tr: Element): Element[] {
  const out: Element[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
    const tag = upperTag(c);
    if (tag === 'TD' || tag === 'TH') out.push(c);
  }
  return out;
}

/**
 * Column start index of each cell of the given rows, honouring colspan and rowspan. `width`: the
 * header's column count; when every row has exactly that many cells, no cell spans (a span would
 * leave a row below short, or push its row past the header), so each row's cells are its line and
 * no span attribute is read (two reads per cell otherwise, a sixth of a 500-row read).
 */
function layout(rows: Element[], width = 0): Map<Element, Element[]> {
  // For each row: an array indexed by column giving the cell covering it. No closures per row.
  const result = new Map<Element, Element[]>();
  // During a read session, the line of a row that no row span enters or leaves is kept (a pure
  // function of its own cells; ./read-session drops it when the row changes).
  const kept = readSession()?.lines;
  if (width >= 2) {
    for (const tr of rows) {
      const cells = kept?.get(tr) ?? cellsMemo?.get(tr) ?? scannedCells?.get(tr) ?? cellsOfUncached(tr);
      if (cells.length !== width) break;
      result.set(tr, cells);
    }
    if (result.size === rows.length) {
      if (kept) for (const [tr, cells] of result) kept.set(tr, cells);
      return result;
    }
    result.clear();
  }
  const carry: Array<{ cell: Element; left: number } | undefined> = [];
  let carrying = false;
  for (const tr of rows) {
    if (kept && !carrying) {
      const known = kept.get(tr);
      if (known) {
        result.set(tr, known);
        continue;
      }
    }
    const enteredBySpan = carrying;
    // (not kept in the cells memo: a data row is laid out once; a header test may have read it already)
    const cells = cellsMemo?.get(tr) ?? scannedCells?.get(tr) ?? cellsOfUncached(tr);
    if (!carrying && !cells.some(isSpanning)) {
      // no span enters or leaves the row: its cells are its line (no new array)
      kept?.set(tr, cells);
      result.set(tr, cells);
      continue;
    }
    const line: Element[] = [];
    let col = 0;
    for (const cell of cells) {
      if (carrying) col = skipCarried(carry, line, col);
      const width = span(cell, 'colspan');
      const height = span(cell, 'rowspan');
      for (let i = 0; i < width; i++) {
        line[col + i] = cell;
        if (height > 1) {
          carry[col + i] = { cell, left: height - 1 };
          carrying = true;
        }
      }
      col += width;
    }
    if (carrying) {
      skipCarried(carry, line, col);
      // every row span ended: the rows below are plain again
      carrying = carry.some((c) => c !== undefined && c.left > 0);
    }
    if (kept && !enteredBySpan && !carrying) kept.set(tr, line);
    result.set(tr, line);
  }
  return result;
}

/** Places cells of rows above that span down into this row; the next free column. */
function skipCarried(carry: Array<{ cell: Element; left: number } | undefined>, line: Element[], from: number): number {
  let col = from;
  for (;;) {
    const c = carry[col];
    if (c && c.left > 0) {
      line[col] = c.cell;
      c.left -= 1;
      col += 1;
    } else return col;
  }
}

const allTag = (cells: Element[], tag: string): boolean => cells.every((c) => upperTag(c) === tag);

function rowsOfTable(table: Element, limit = Infinity): Element[] {
  // The rows of this table, not of tables nested in its cells: table > (thead|tbody|tfoot)? > tr.
  // `limit`: stop after that many (the header tests look at the first rows only).
  const out: Element[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const tag = upperTag(c);
    if (tag === 'TR') {
      out.push(c);
      if (out.length >= limit) return out;
    } else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      for (let r = c.firstElementChild; r; r = r.nextElementSibling) {
        if (upperTag(r) !== 'TR') continue;
        out.push(r);
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

/** Rows of only <th> after a row with <td>: labels and values take turns (antd vertical Descriptions). */
/**
 * One row of <th> labels (not a <thead>) and one row of <td> values: one record's properties laid across.
 * Also under a <thead> when the row's values are text fields (a form's record: a list shows no inputs).
 */
export function isOneRecordAcross(table: Element): boolean {
  const rows = rowsOfTable(table, 4).filter((r) => cellsOf(r).length > 0);
  if (rows.length !== 2) return false;
  const [h, d] = rows as [Element, Element];
  // A data table's header sits in <thead>; a description list's label row does not.
  if (upperTag(h.parentElement) === 'THEAD' && !d.querySelector('input:not([type=checkbox]):not([type=radio]):not([type=hidden]),textarea,select')) return false;
  return allTag(cellsOf(h), 'TH') && allTag(cellsOf(d), 'TD');
}

/** A label cell of a description table: a `<th>`, or a `<td>` classed as a label (TDesign's `td.t-descriptions__label`). */
export const isLabelCell = (c: Element): boolean => upperTag(c) === 'TH' || (upperTag(c) === 'TD' && (LABEL_CLASS.test(c.getAttribute('class') ?? '') || isTurnLabelCell(c)));

export function isVerticalDescriptions(table: Element): boolean {
  let sawData = false;
  // descriptions are short: the first rows tell
  const rows = rowsOfTable(table, 40);
  for (let i = 0; i < rows.length; i++) {
    // (a row's selection cell — a checkbox, no text — says nothing of the row's kind: ./blank-cell)
    const cells = cellsOf(rows[i]!).filter((c) => !isSelectionCell(c));
    if (cells.length === 0 || isGroupTitleRow(cells, rows[i + 1])) continue;
    const heads = cells.every(isLabelCell);
    if (heads && sawData) return true;
    if (!heads) sawData = true;
  }
  return false;
}

/**
 * A row-group title (`<th colspan=… scope="rowgroup">华东1（杭州）</th>` before the group's rows, ./group-row):
 * one header cell spanning columns, over a row of several cells. Not a label row (a wide label of
 * vertical descriptions spans over its one wide value).
 */
function isGroupTitleRow(cells: Element[], next: Element | undefined): boolean {
  return cells.length === 1 && upperTag(cells[0]!) === 'TH' && span(cells[0]!, 'colspan') >= 2 && next !== undefined && cellsOf(next).length >= 2;
}

/** The header rows at the top of a table (and `also`): the walk stops at the first other row. */
function leadingHeaderRows(table: Element, also?: Element, extra?: Set<Element>): Element[] {
  const out: Element[] = [];
  for (const tr of rowsOfTable(table, 50)) {
    if (isHeaderRow(tr) || tr === also || extra?.has(tr)) out.push(tr);
    else if (also === undefined || out.includes(also)) break;
  }
  return out;
}

/**
 * A body row's lone spanning `<th>` over a row of data cells: a row-group's title ("云服务器 ins-… 北京 | IP"
 * over that server's rows), not a column's header, whatever words it shows.
 */
function isGroupTitleCell(th: Element): boolean {
  const tr = th.parentElement;
  if (!tr || upperTag(tr) !== 'TR' || upperTag(tr.parentElement) === 'THEAD') return false;
  let next = tr.nextElementSibling;
  while (next && upperTag(next) !== 'TR') next = next.nextElementSibling;
  return next !== null && isGroupTitleRow(cellsOf(tr), next) && cellsOf(next).some((c) => upperTag(c) === 'TD');
}

function isHeaderRow(tr: Element): boolean {
  const section = upperTag(tr.parentElement);
  if (section === 'THEAD') return true;
  const cells = cellsOf(tr);
  return cells.length > 0 && allTag(cells, 'TH');
}

function headerColumns<K extends string>(found: Map<K, Element>): Map<K, number> {
  const cols = new Map<K, number>();
  for (const [k, cell] of found) {
    const idx = headerLine(cell)?.[1] ?? -1;
    if (idx >= 0) cols.set(k, idx);
  }
  return cols;
}

/** Row lists kept across the chunks of one read (the row window's) or the reads of a session. */
function rowsMemo(): Map<Element, Element[]> | undefined {
  return readSession()?.rows ?? rowWindow()?.rowsMemo;
}

function dataRowsIn(table: Element, headerRows?: Set<Element>): Element[] {
  const memo = rowsMemo();
  const w = rowWindow();
  // rows up to the end of the read's window: a chunked read's first chunk looks at its own rows, not
  // at every row the later chunks read (each chunk lists the rows again as far as its window ends)
  const need = w ? Math.min(MAX_ROWS_PER_READ, Math.max(0, w.start) + Math.max(0, w.limit)) : MAX_ROWS_PER_READ;
  const known = memo?.get(table) as RowList | undefined;
  if (known && (!known.beyond || known.length >= need)) return known;
  const rows = dataRowsUncached(table, need, headerRows);
  memo?.set(table, rows);
  return rows;
}

/** Data rows listed, and how many rows after them were counted without being looked at. */
type RowList = Element[] & { beyond?: number };

/**
 * Rows that are no header row and hold a <td> (so they are not all <th>): one look at each row's
 * first cells, no cell list. No more than `need` data rows (never past MAX_ROWS_PER_READ) are looked
 * at: the rows after them are counted from their sections' element counts (`beyond`), so a
 * 20,000-row body costs the first chunk of its read only that chunk's looks, not 20,000.
 */
function dataRowsUncached(table: Element, need: number, headerRows?: Set<Element>): Element[] {
  const out: RowList = [];
  let beyond = 0;
  const take = (tr: Element) => {
    if (headerRows?.has(tr)) return;
    for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
      if (upperTag(c) === 'TD') {
        out.push(tr);
        return;
      }
    }
  };
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const tag = upperTag(c);
    if (tag === 'TR') {
      if (out.length < need) take(c);
      else beyond++;
    } else if (tag === 'TBODY' || tag === 'TFOOT') {
      let looked = 0;
      for (let r = c.firstElementChild; r && out.length < need; r = r.nextElementSibling) {
        looked++;
        if (upperTag(r) === 'TR') take(r);
      }
      beyond += c.childElementCount - looked;
    }
    // rows of a <thead> are header rows
  }
  if (beyond > 0) out.beyond = beyond;
  return out;
}

/** The <table>s under `el` in document order, not descending into tables (nor their rows). */
function tablesUnder(el: Element, out: Element[] = []): Element[] {
  // firstElementChild/nextElementSibling, not .children: cheaper on a fresh happy-dom document.
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (upperTag(c) === 'TABLE') out.push(c);
    else tablesUnder(c, out);
  }
  return out;
}

function bodyTableFor(headerTable: Element, headerRows?: Set<Element>): { table: Element; rows: Element[] } | undefined {
  const own = dataRowsIn(headerTable, headerRows);
  if (own.length > 0) return { table: headerTable, rows: own };
  return fromAncestors(headerTable, 8, (ancestor) => {
    // Tables in document order: the body is the first one after its header holding data rows.
    const tables = tablesUnder(ancestor);
    const at = tables.indexOf(headerTable);
    for (let i = at + 1; at >= 0 && i < tables.length; i++) {
      const rows = dataRowsIn(tables[i]!);
      if (rows.length > 0) return { table: tables[i]!, rows };
    }
    return undefined;
  });
}

/**
 * Whether a browser lays `row` out: shown, or hidden yet in its place — `visibility: hidden`, `aria-hidden` (on screen
 * still), a hiding class no style sheet applies (./visibility's sr-only / is-hidden classes): its row-spanning cells
 * still cover the rows under it. Not a row `hidden` or `display: none`.
 */
function laidOut(row: Element, cache: VisibilityCache): boolean {
  if (isVisibleRow(row, cache)) return true;
  if (row.hasAttribute('hidden')) return false;
  try {
    const view = row.ownerDocument.defaultView;
    return view !== null && view.getComputedStyle(row).display !== 'none';
  } catch {
    return false;
  }
}

function htmlRows<K extends string>(
  headerTable: Element,
  found: Map<K, Element>,
  cache: VisibilityCache,
  headerRows?: Set<Element>,
): Array<{ row: Element; cells: TableRow<K> }> {
  const cols = headerColumns(found);
  const body = bodyTableFor(headerTable, headerRows);
  const width = Math.max(0, ...leadingHeaderRows(headerTable, undefined, headerRows).map((tr) => cellsOf(tr).reduce((w, c) => w + span(c, 'colspan'), 0)));
  if (!body) return classRowsUnder(headerTable, width, cols, cache);
  // (a row not shown is laid out by no one: its row-spanning cells cover no row under it, as in a browser — when a
  // browser lays it out nowhere: see laidOut)
  const all = windowRows(body.rows).filter((r) => laidOut(r, cache));
  const lines = layout(all, width);
  const drawn = drawnHeaderOrder(found, width, cache);
  if (drawn) for (const [k, cell] of found) cols.set(k, drawn.indexOf(cell));
  return mapRows(all, cols, cache, (tr) => {
    const line = drawn ? drawnLine(tr, lines.get(tr) ?? [], width, cache) : (lines.get(tr) ?? []);
    // An empty-state or expanded-detail row: one cell across the whole table.
    return width >= 2 && distinctCells(line) < 2 ? undefined : line;
  });
}

/**
 * The header cells of a one-row `<table>` header (no cell spanning) in the order CSS `order` draws them
 * (`tr { display: flex }`, a class per column setting `order`), when that is not the markup's; undefined
 * otherwise (no computed style is read unless a style sheet or a cell's own style sets an `order`).
 */
function drawnHeaderOrder<K extends string>(found: Map<K, Element>, width: number, cache: VisibilityCache): Element[] | undefined {
  const any = found.values().next().value as Element | undefined;
  const tr = any?.closest('tr');
  if (!tr || width < 2) return undefined;
  const cells = cellsOf(tr);
  if (cells.length !== width || [...found.values()].some((c) => c.closest('tr') !== tr)) return undefined;
  const drawn = drawnCells(tr, cells, cache);
  return drawn.some((c, i) => c !== cells[i]) ? drawn : undefined;
}

/** A body row's cells in the order they are drawn (see drawnHeaderOrder): only a row of one cell per column. */
function drawnLine(tr: Element, line: Element[], width: number, cache: VisibilityCache): Element[] {
  const cells = cellsOf(tr);
  return cells.length === width && line.length === width && line.every((c, i) => c === cells[i]) ? drawnCells(tr, cells, cache) : line;
}

type ReadRows<K extends string> = TableRead<K>['rows'];

const childrenOf = (r: Element) => r.children;

/**
 * The visible rows of `rows`, each with the visible cell its line (`lineOf`: undefined for a row that
 * is no data row) holds at each column's index (`cols`: key → index).
 */
function mapRows<K extends string>(rows: Element[], cols: Map<K, number>, cache: VisibilityCache, lineOf: (r: Element) => ArrayLike<Element | undefined> | undefined): ReadRows<K> {
  const out: ReadRows<K> = [];
  const keys = Array.from(cols.keys());
  const indexes = Array.from(cols.values());
  for (const r of rows) {
    if (!isVisibleRow(r, cache)) continue;
    const line = lineOf(r);
    if (!line) continue;
    const cells: TableRow<K> = {};
    let own = 0;
    let count = 0;
    const last = out[out.length - 1]?.cells;
    for (let j = 0; j < keys.length; j++) {
      const cell = line[indexes[j] as number];
      if (cell && isVisibleRow(cell, cache)) {
        cells[keys[j] as K] = cell;
        count++;
        if (last?.[keys[j] as K] !== cell) own++;
      }
    }
    // A row whose every read cell is one a row span brings down from the row above (one record drawn
    // over two lines: its public IP, then its private IP in a column nobody reads) repeats that record.
    if (count > 0 && own === 0) continue;
    out.push({ row: r, cells });
  }
  return out;
}

/**
 * A `<table>` header over a body of plain elements (antd 5 virtual tables: a window of class-only
 * `div` rows, each with one child per column): the rows are repeated siblings after the header
 * table, inside the same table widget, with as many children as the header has columns.
 */
/** (`drawn`: the header's columns were placed in CSS order: the rows' cells are read in that order too) */
function classRowsUnder<K extends string>(headerTable: Element, width: number, cols: Map<K, number>, cache: VisibilityCache, drawn = false): Array<{ row: Element; cells: TableRow<K> }> {
  if (width < 2) return [];
  const shape = (e: Element) => `${e.tagName}.${e.getAttribute('class') ?? ''}`;
  const isRowLike = (e: Element) => upperTag(e) !== 'TR' && e.childElementCount === width && !e.querySelector('table');
  const rows = fromAncestors(headerTable, 4, (ancestor) => {
    // elements after the header table, in document order, not inside it
    for (const parent of Array.from(ancestor.querySelectorAll('*'))) {
      if (headerTable.contains(parent) || !follows(headerTable, parent)) continue;
      const kids = Array.from(parent.children).filter(isRowLike);
      if (kids.length === 0) continue;
      const first = kids[0] as Element;
      const same = kids.filter((k) => shape(k) === shape(first));
      // one row only counts when its class names it a row
      if (same.length >= 2 || /(?:^|[\s_-])row(?:$|[\s_-])/i.test(first.getAttribute('class') ?? '')) return same;
    }
    return undefined;
  }) ?? [];
  return mapRows(windowRows(rows), cols, cache, drawn ? (r) => byColIndex(drawnCells(r, Array.from(r.children), cache)) : childrenOf);
}

/**
 * Cells placed at their aria-colindex when every one says it (under an ARIA header, whose columns are
 * placed so too: a grid scrolled sideways leaves columns out), else in the order given.
 */
function byColIndex(cells: Element[]): Element[] {
  const at = cells.map(ariaCol);
  if (at.some((i) => i === undefined)) return cells;
  const line: Element[] = [];
  cells.forEach((c, i) => (line[at[i] as number] = c));
  return line;
}

/** How many distinct cells a layout line holds, counting no further than 2. */
function distinctCells(line: Element[]): number {
  let first: Element | undefined;
  for (const c of line) {
    if (!c) continue;
    if (first === undefined) first = c;
    else if (c !== first) return 2;
  }
  return first === undefined ? 0 : 1;
}


// ---------------------------------------------------------------- ARIA grids

function ariaCells(row: Element): Element[] {
  return Array.from(row.querySelectorAll(ARIA_CELL_SELECTOR)).filter((c) => c.closest('[role="row"]') === row);
}

/**
 * A row's ARIA cells in the order they are drawn: a flex or grid row may place its cells in another
 * order than the markup's by CSS `order` (a user's column order applied by a class on the header and
 * the data cells alike, whose markup orders differ), so the cells are sorted by their `order` (stable).
 * Computed styles are read only when the page's style sheets set an `order` (or cannot be read) or a
 * cell's own style does.
 */
function drawnAriaCells(row: Element, cache: VisibilityCache): Element[] {
  return drawnCells(row, ariaCells(row), cache);
}

/** `cells` (children of `row`, a row or a header row's box) in the order they are drawn (see drawnAriaCells). */
function drawnCells(row: Element, cells: Element[], cache: VisibilityCache): Element[] {
  if (cells.length < 2 || !mayOrderCells(row, cells, cache)) return cells;
  const view = row.ownerDocument.defaultView;
  // `order` places the items of a flex or grid box only (a row of `display: contents` gives its cells to
  // the box around it); a table row, a block, draws its cells in markup order whatever they say
  try {
    if (!ORDERING_DISPLAY.test(String(view?.getComputedStyle(row).display ?? '').trim())) return cells;
  } catch {
    return cells;
  }
  const orders = cells.map((c) => {
    try {
      const n = Number.parseInt(String(view?.getComputedStyle(c).order ?? ''), 10);
      return Number.isFinite(n) ? n : 0;
    } catch {
      return 0;
    }
  });
  if (orders.every((o) => o === orders[0])) return cells;
  return cells
    .map((c, i) => ({ c, i, o: orders[i] as number }))
    .sort((a, b) => a.o - b.o || a.i - b.i)
    .map((x) => x.c);
}

const ORDER_DECLARATION = /(?:^|[;{\s])order\s*:\s*-?[1-9]/i;
const ORDERING_DISPLAY = /^(?:inline-)?(?:flex|grid)$|^contents$/;
/**
 * What the page's style sheets say about `order`: nothing (false), something only elements of some
 * classes can take (the class names each such rule's subject requires: `.ant-col-order-1`, a grid
 * library's utilities every antd page carries), or something any element may take (true: a rule
 * whose subject names no class, or a sheet that cannot be read).
 */
type SheetOrders = boolean | Set<string>;
const pageOrders = new WeakMap<VisibilityCache, { doc: Document; orders: SheetOrders }>();

function mayOrderCells(row: Element, cells: Element[], cache: VisibilityCache): boolean {
  if (cells.some((c) => ORDER_DECLARATION.test(c.getAttribute('style') ?? ''))) return true;
  const doc = row.ownerDocument;
  let known = pageOrders.get(cache);
  if (!known || known.doc !== doc) {
    known = { doc, orders: sheetsSetOrder(doc, cache) };
    pageOrders.set(cache, known);
  }
  const orders = known.orders;
  if (typeof orders === 'boolean') return orders;
  // a cell no order rule can match (none has a class those rules' subjects require): no computed style per cell
  return cells.some((c) => (c.getAttribute('class') ?? '').split(/\s+/).some((k) => k !== '' && orders.has(k)));
}

function sheetsSetOrder(doc: Document, cache: VisibilityCache): SheetOrders {
  const classes = new Set<string>();
  let any = false;
  try {
    const { rules, unreadable } = ruleDigests(pageSheetsOf(doc, cache));
    if (unreadable) return true; // a sheet of another origin: cannot know
    for (const r of rules) {
      if (!ORDER_DECLARATION.test(r.decl)) continue;
      any = true;
      for (const sel of splitTopLevel(r.selector, ',')) {
        const need = subjectClasses(sel);
        if (need === null) return true;
        // (the first required class is enough: a cell without it cannot match)
        classes.add(need[0] as string);
      }
    }
  } catch {
    return true;
  }
  return any ? classes : false;
}

/** A cell's column from its aria-colindex (1-based), if it has one. */
function ariaCol(cell: Element): number | undefined {
  const explicit = Number.parseInt(cell.getAttribute('aria-colindex') ?? '', 10);
  return Number.isFinite(explicit) && explicit >= 1 ? explicit - 1 : undefined;
}

/**
 * The rows of a grid of flat cells (a CSS grid with no row element: every cell says its row by
 * `aria-rowindex` and its column by `aria-colindex`): the data cells of one row index, in the order
 * first seen, the first cell standing for the row. Cells without a row index give no rows.
 */
function flatRows<K extends string>(grid: Element, cols: Map<K, number>, cache: VisibilityCache): Array<{ row: Element; cells: TableRow<K> }> {
  const lines = new Map<string | null, Element[]>();
  for (const c of Array.from(grid.querySelectorAll('[aria-rowindex]:not([role="columnheader"])'))) {
    const line = lines.get(c.getAttribute('aria-rowindex')) ?? [];
    placeCell(line, ariaCol(c) ?? line.length, c, cache);
    lines.set(c.getAttribute('aria-rowindex'), line);
  }
  return mapRows(windowRows(inRowIndexOrder([...lines.values()].map((l) => l.find(Boolean) as Element), cache)), cols, cache, (r) => lines.get(r.getAttribute('aria-rowindex')));
}

/**
 * Puts `cell` at column `k` of `line`, the last given winning — but a hidden cell never over a shown one: a stale copy
 * of a cell kept hidden beside it with the same aria-colindex is no value of the column (held-out × hidden-decoys,
 * session 47: a TEA grid's instance cells so copied lost both rows of ins-gz8m2k4p).
 */
function placeCell(line: Element[], k: number, cell: Element, cache: VisibilityCache): void {
  const had = line[k];
  if (had !== undefined && !isVisible(cell, cache) && isVisible(had, cache)) return;
  line[k] = cell;
}

/** A row's aria-rowindex (1-based), if it says one. */
function ariaRowIndex(row: Element): number | undefined {
  const n = Number.parseInt(row.getAttribute('aria-rowindex') ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? n : undefined;
}

/**
 * Rows in the order the grid says they are shown: when every row carries an `aria-rowindex` (a virtual grid
 * that reuses its row elements draws them anywhere in the DOM and places them by `transform` / `top`), by
 * that index; otherwise (or with an index given twice) in document order.
 */
function inRowIndexOrder(rows: Element[], cache?: VisibilityCache): Element[] {
  const index = rows.map(ariaRowIndex);
  if (rows.length < 2 || index.some((i) => i === undefined)) return rows;
  // (an index given twice by a hidden row — a stale copy kept hidden beside the row it was, `hidden` — is no second
  // row there: the shown rows' indexes decide. Held-out × hidden-decoys, session 47: two TEA authorization-code grids
  // drawn out of DOM order were read in DOM order, one losing its first rows to the window of rows 11–14)
  if (new Set(index).size !== rows.length && new Set(index.filter((_, i) => isVisible(rows[i]!, cache))).size !== rows.filter((r) => isVisible(r, cache)).length) return rows;
  const sorted = rows.map((r, i) => ({ r, i: index[i]! })).sort((a, b) => a.i - b.i).map((x) => x.r);
  return Object.assign(sorted, { beyond: (rows as RowList).beyond });
}

function ariaRows<K extends string>(grid: Element, found: Map<K, Element>, cache: VisibilityCache): Array<{ row: Element; cells: TableRow<K> }> {
  const cols = new Map<K, number>();
  const headerRows = new Set<Element>();
  for (const [k, cell] of found) {
    const row = cell.closest('[role="row"]');
    if (row) {
      headerRows.add(row);
      cols.set(k, ariaCol(cell) ?? drawnAriaCells(row, cache).indexOf(cell));
    } else if (cell.parentElement) {
      const siblings = Array.from(cell.parentElement.children).filter((c) => c.matches(ARIA_CELL_SELECTOR));
      // (drawn in CSS order, as the data rows' cells are read)
      cols.set(k, ariaCol(cell) ?? drawnCells(cell.parentElement, siblings, cache).indexOf(cell));
    }
  }
  const isData = (r: Element) => !headerRows.has(r) && ariaCells(r).some((c) => c.getAttribute('role') !== 'columnheader');
  const memo = rowsMemo();
  let rows = memo?.get(grid) ?? Array.from(grid.querySelectorAll('[role="row"]')).filter(isData);
  if (rows.length > 0) memo?.set(grid, rows);
  // header cells in no row, and no rows: a grid of flat cells, each row its cells of one aria-rowindex
  if (rows.length === 0 && headerRows.size === 0) {
    const flat = flatRows(grid, cols, cache);
    if (flat.length > 0) return flat;
  }
  // A split grid: the body rows sit in a sibling container after the header.
  if (rows.length === 0) {
    rows =
      fromAncestors(grid, 8, (ancestor) => {
        const r = Array.from(ancestor.querySelectorAll('[role="row"]')).filter((r) => isData(r) && follows(grid, r) && !grid.contains(r));
        return r.length > 0 ? r : undefined;
      }) ?? [];
  }
  if (rows.length === 0) {
    // An ARIA header over a body of class-only rows (a virtual body drawn apart from the header).
    const header = headerRows.values().next().value as Element | undefined;
    if (header) return classRowsUnder(grid, ariaCells(header).length, cols, cache, true);
  }
  return mapRows(windowRows(inRowIndexOrder(rows, cache)), cols, cache, (r) => {
    const list = drawnAriaCells(r, cache);
    if (list.length < 2 && found.size >= 2) return undefined;
    const line: Element[] = [];
    list.forEach((c, i) => placeCell(line, ariaCol(c) ?? i, c, cache));
    return line;
  });
}
