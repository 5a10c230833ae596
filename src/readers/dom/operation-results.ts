import { normalizeText } from './normalize-label';
import { textOutside } from './text-outside';
import { isVisible, upperTag, type VisibilityCache } from './visibility';

/**
 * A batch operation's report on the page (round fifty-three: batch renewals, conversions, holder changes run on the rows a
 * list's toolbar ticked): its tally or its results' title. What it says — a record's 失败 and reason, a new expiry, a new
 * holder — is the operation's, neither a failure of the page's data (./page-state) nor a list of the page's records
 * (./table). Pure.
 */

/** A failure naming a list as what failed: 实例列表加载失败, 获取域名列表失败, failed to load the instance list, instance list failed to load. */
export const LIST_FAILED = /列表(?:数据)?(?:加载|获取|查询|读取)?(?:失败|出错|异常)|(?:加载|获取|查询|读取)[^，。,;；:：]{0,8}列表(?:数据)?(?:失败|出错|异常)|failed\s+to\s+(?:load|get|fetch|query)\s+(?:the\s+)?(?:\w+\s+)?list\b|\blist\s+(?:failed|could\s+not)\b/i;

/**
 * A batch operation's results (批量续费 / 批量转包年包月 / 设置自动续费 run on the rows ticked): a tally of the records it
 * succeeded and failed on — "成功 2 / 失败 1", "成功 2 个，失败 1 个", "2 个成功、1 个失败", "2 succeeded, 1 failed",
 * "Succeeded: 2, Failed: 1" — over each record's result and reason ("失败：按量计费实例不支持自动续费", "实例不存在"). The
 * operation's report, no failure of the page's data: the list under it still shows its rows (round fifty-three: the CVM
 * list under an order dialog with the last batch's results in a tea-alert read `null`, every server missing). Unless the
 * same text says a list failed to load (LIST_FAILED).
 */
export function reportsOperationResults(text: string): boolean {
  const t = normalizeText(text);
  return (OPERATION_TALLY.some((re) => re.test(t)) || OPERATION_RESULTS_TITLE.test(t)) && !LIST_FAILED.test(t);
}
/**
 * An operation a results title names without 批量 / 任务 / 操作: 续费结果, 过户结果, 转包年包月结果, Renewal results, Transfer results
 * (session 47's review of round fifty-three: a 续费结果 / 过户结果 / "Renewal results" card before the list, the list's very headers
 * and the renewed dates, was read as the list — invented). The console's operations only: 查询结果 / 搜索结果 / 筛选结果, Search
 * results name a list, no report.
 */
const OPERATION_VERBS_ZH = '续费|续订|过户|转包年包月|转按量|转换|修改|变更|设置|删除|释放|迁移|转移|升级|降配|变配|绑定|解绑|导入|购买|开通|转入|转出';
const OPERATION_NOUNS_EN = 'renewal|transfer|conversion|change|modification|update|deletion|release|migration|upgrade|import|purchase';
/**
 * (… or saying the operation is done: 续费完成, 批量续费成功, Renewal completed — session 47's review: an alert so titled over a
 * table of the renewed domains was read as the list while the list still loaded, invented)
 *
 * A title naming an operation's results, with no tally: 上次批量操作结果, 批量续费 执行结果, 任务结果, 处理结果, Batch renewal
 * results, Operation results (round fifty-three's variants: the CVM list under "上次批量操作结果" and a row's 失败 read `null`).
 */
const OPERATION_RESULTS_TITLE = new RegExp(
  String.raw`(?:批量|任务|操作|执行|处理|${OPERATION_VERBS_ZH})[^，。,.;；:：!！?？]{0,10}结果|(?:批量|${OPERATION_VERBS_ZH})(?:操作)?(?:已)?(?:完成|成功)|\bbatch\s+(?:\w+\s+){0,2}results?\b|\b(?:operation|task|execution|${OPERATION_NOUNS_EN})\s+results?\b|\b(?:batch\s+\w+|${OPERATION_NOUNS_EN})\s+(?:completed|succeeded|successful)\b`,
  'i',
);
const OPERATION_TALLY = [
  // (or all of them: 全部成功, "All 2 succeeded" — session 47's review: a 批量续费 card saying 全部成功 over the renewed domains
  // with the list's headers, before the list, was read as the list, invented)
  /全部(?:成功|完成)|\ball\s+(?:\d+\s+)?(?:\w+\s+)?succeeded\b/i,
  /成功\s*[:：]?\s*\d+\s*(?:个|台|项|条|次)?\s*[/，,、;；|]?\s*失败\s*[:：]?\s*\d+/,
  /失败\s*[:：]?\s*\d+\s*(?:个|台|项|条|次)?\s*[/，,、;；|]?\s*成功\s*[:：]?\s*\d+/,
  /\d+\s*(?:个|台|项|条|次)?\s*成功\s*[/，,、;；|]?\s*\d+\s*(?:个|台|项|条|次)?\s*失败/,
  /\b\d+\s+(?:succeeded|successful|success|completed)\s*[,;/|]?\s*(?:and\s+)?\d+\s+failed\b/i,
  /\b(?:succeeded|successful|success)\s*[:：]?\s*\d+\s*[,;/|]?\s*failed\s*[:：]?\s*\d+/i,
];

/**
 * Levels above a table, and boxes before each, looked at for a report's tally or title (a card's head, an alert's line).
 * (Six: a Fusion card's title is five boxes up from its table — next-table-body, -inner, next-table, next-card-content,
 * next-card-body —, a 批量续费 任务结果 card with the list's headers before it was read as the list: session 47's review,
 * invented.)
 */
const REPORT_LEVELS = 6;
const REPORT_SIBLINGS = 3;
const REPORT_TEXT_MAX = 120;
const TABLES = 'table, [role="grid"], [role="table"]';
/** An alert box: a message the page raises, never its data. */
const ALERT = '[role="alert"], [aria-live="assertive"]';

/**
 * `table` is inside an alert box (role=alert, aria-live=assertive): an operation's report or a message, never the page's
 * list — it loses to any table outside one naming two of the list's columns, however many it names itself (session 47's
 * review: a 批量续费 执行结果 table in a tea-alert with the list's headers and a 实名认证状态 column more, before the list, was
 * read as the list: its renewed dates and the new holder's state, invented).
 */
export function inAlertBox(table: Element): boolean {
  try {
    return table.closest(ALERT) !== null;
  } catch {
    return false;
  }
}

/**
 * `table` is inside an alert box whose own words — outside its tables — report an operation (a tally or a results title:
 * "批量续费 执行结果", "成功 2 / 失败 0", "Renewal results"): never the page's list, even with no list beside it (session 47's
 * review: the list still loading under such an alert, the alert's table of the renewed domains with the list's headers was
 * read as the list — every expiry the renewed one, invented).
 */
export function inAlertReport(table: Element): boolean {
  try {
    const alert = table.closest(ALERT);
    return alert !== null && reportsOperationResults(textOutside(alert, TABLES, REPORT_TEXT_MAX * 2, ' '));
  } catch {
    return false;
  }
}

/**
 * `table` is a batch operation's report: inside an alert box (role=alert, aria-live=assertive), or a short box before it —
 * or before one of its first boxes up — says an operation's tally or names its results (成功 2 / 失败 1, 批量续费 执行结果,
 * 任务结果), no other table between. Asked only to choose between two tables naming as many of a list's columns (./table
 * pickBest): a toast of results above the list itself, short and alone, leaves the list the page's.
 */
export function inOperationReport(table: Element, cache: VisibilityCache): boolean {
  try {
    if (inAlertBox(table)) return true;
    let e: Element | null = table;
    for (let level = 0; e && level < REPORT_LEVELS && upperTag(e) !== 'BODY'; level++, e = e.parentElement) {
      let n = 0;
      for (let s = e.previousElementSibling; s && n < REPORT_SIBLINGS; s = s.previousElementSibling, n++) {
        if (isOrHoldsTable(s)) break;
        // (a box whose whole text has none of a report's words reports nothing without its controls either: the text outside
        // them, a look at every text node's controls, is worked out only for a box that may — the 500-row ECS list's first
        // read had spent ~60 ms on the side menu's links before it)
        if (!mayReport(s.textContent ?? '')) continue;
        const text = textOutsideControls(s, REPORT_TEXT_MAX);
        if (text.length <= REPORT_TEXT_MAX && reportsOperationResults(text) && isVisible(s, cache)) return true;
      }
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * `box` is a table or holds one (TABLES), looked for in document order and left at the first: happy-dom's querySelector of
 * the three selectors walked the whole 500-row body beside the ECS list's locked columns for each (~60 ms a read).
 */
function isOrHoldsTable(box: Element): boolean {
  const isTable = (e: Element) => {
    if (upperTag(e) === 'TABLE') return true;
    const role = e.hasAttributes() ? e.getAttribute('role') : null;
    return role === 'grid' || role === 'table';
  };
  if (isTable(box)) return true;
  for (let e = box.firstElementChild; e && e !== box; ) {
    if (isTable(e)) return true;
    const down = e.firstElementChild;
    if (down) {
      e = down;
      continue;
    }
    while (e && e !== box && e.nextElementSibling === null) e = e.parentElement;
    if (!e || e === box) break;
    e = e.nextElementSibling;
  }
  return false;
}

/** What opens a report rather than saying one: a link or button "查看任务结果", "最近一次批量操作结果". */
const CONTROLS = 'a, button, [role="button"], [role="link"], [role="tab"], [role="menuitem"]';

/**
 * A box's text but its links' and buttons' — a toolbar's "查看任务结果" link over the list says no report is there (session
 * 47's review: the list under such a toolbar lost to a table after it naming as many columns, its values read).
 */
function textOutsideControls(box: Element, max: number): string {
  if (box.matches(CONTROLS)) return '';
  if (box.querySelector(CONTROLS) === null) return box.textContent ?? '';
  return textOutside(box, CONTROLS, max);
}

/**
 * `text` holds a word every report's tally or title holds (reportsOperationResults: 结果, 完成, 成功, result, completed,
 * succeeded / successful / success), full-width Latin letters folded first: a cheap first look.
 */
function mayReport(text: string): boolean {
  if (MAY_REPORT.test(text)) return true;
  return FULL_WIDTH.test(text) && MAY_REPORT.test(normalizeText(text));
}
const MAY_REPORT = /结果|完成|成功|result|complet|succe/i;
const FULL_WIDTH = /[\uff01-\uff5e]/;
