import { normalizeText } from './normalize-label';
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
 * A title naming an operation's results, with no tally: 上次批量操作结果, 批量续费 执行结果, 任务结果, 处理结果, Batch renewal
 * results, Operation results (round fifty-three's variants: the CVM list under "上次批量操作结果" and a row's 失败 read `null`).
 */
const OPERATION_RESULTS_TITLE = /(?:批量|任务|操作|执行|处理)[^，。,.;；:：!！?？]{0,10}结果|\bbatch\s+(?:\w+\s+){0,2}results?\b|\b(?:operation|task|execution)\s+results?\b/i;
const OPERATION_TALLY = [
  /成功\s*[:：]?\s*\d+\s*(?:个|台|项|条|次)?\s*[/，,、;；|]?\s*失败\s*[:：]?\s*\d+/,
  /失败\s*[:：]?\s*\d+\s*(?:个|台|项|条|次)?\s*[/，,、;；|]?\s*成功\s*[:：]?\s*\d+/,
  /\d+\s*(?:个|台|项|条|次)?\s*成功\s*[/，,、;；|]?\s*\d+\s*(?:个|台|项|条|次)?\s*失败/,
  /\b\d+\s+(?:succeeded|successful|success|completed)\s*[,;/|]?\s*(?:and\s+)?\d+\s+failed\b/i,
  /\b(?:succeeded|successful|success)\s*[:：]?\s*\d+\s*[,;/|]?\s*failed\s*[:：]?\s*\d+/i,
];

/** Levels above a table, and boxes before each, looked at for a report's tally or title (a card's head, an alert's line). */
const REPORT_LEVELS = 4;
const REPORT_SIBLINGS = 3;
const REPORT_TEXT_MAX = 120;
const TABLES = 'table, [role="grid"], [role="table"]';

/**
 * `table` is a batch operation's report: inside an alert box (role=alert, aria-live=assertive), or a short box before it —
 * or before one of its first boxes up — says an operation's tally or names its results (成功 2 / 失败 1, 批量续费 执行结果,
 * 任务结果), no other table between. Asked only to choose between two tables naming as many of a list's columns (./table
 * pickBest): a toast of results above the list itself, short and alone, leaves the list the page's.
 */
export function inOperationReport(table: Element, cache: VisibilityCache): boolean {
  try {
    if (table.closest('[role="alert"], [aria-live="assertive"]') !== null) return true;
    let e: Element | null = table;
    for (let level = 0; e && level < REPORT_LEVELS && upperTag(e) !== 'BODY'; level++, e = e.parentElement) {
      let n = 0;
      for (let s = e.previousElementSibling; s && n < REPORT_SIBLINGS; s = s.previousElementSibling, n++) {
        if (s.matches(TABLES) || s.querySelector(TABLES) !== null) break;
        const text = s.textContent ?? '';
        if (text.length <= REPORT_TEXT_MAX && reportsOperationResults(text) && isVisible(s, cache)) return true;
      }
    }
    return false;
  } catch {
    return false;
  }
}
