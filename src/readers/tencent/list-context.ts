import { groupTitleValues } from '../dom/group-row';
import { dateOrderOf, type DateOrder } from '../dom/parse-date';
import type { PageModel } from '../dom/reading-model';
import { tencentRegionAlone } from './values';

/**
 * What a server list shows beyond a row's own cells, read the same way by the CVM and Lighthouse lists:
 * the region a row's group row names (a list grouped by region, a tree table's parent rows "South China
 * (Guangzhou) 2 instances"; ../dom/group-row) and the order a date column writes its NN/NN/YYYY dates in
 * (07/04/2027 under 03/25/2027 is month first; ../dom/parse-date dateOrderOf). Pure; never throws.
 */

type Rows<K extends string> = ReadonlyArray<{ row: Element; cells: Partial<Record<K, Element>> }>;

/** Each row's region as its group row names it alone (a group of a project named after a city, "上海门店官网", is no region's). */
export function groupRegionsOf(page: PageModel, rows: Rows<string>): Map<Element, string> {
  return groupTitleValues(rows, page.cache, (piece) => (piece.length <= 32 ? tencentRegionAlone(piece) : undefined));
}

/** The order of the NN/NN/YYYY dates in column `key` (undefined: none tells). */
export function columnDateOrder<K extends string>(page: PageModel, rows: Rows<K>, key: K): DateOrder | undefined {
  return dateOrderOf(rows.map((r) => page.cellText(r.cells[key])));
}
