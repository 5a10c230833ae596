import { groupTitleValues } from '../dom/group-row';
import type { VisibilityCache } from '../dom/visibility';
import { regionName } from './region-name';

/**
 * The region each data row's group row names (../dom/group-row): a list grouped by region draws
 * "华东1（杭州） · 2 台" above the group's rows. Only a title whose text runs name one region alone
 * (a run such as 华东1（杭州）, China (Hangzhou) or cn-hangzhou; the count beside it is another run)
 * gives one: a group by zone ("杭州 可用区 J"), status or tag gives none. Empty when the list has no
 * group rows.
 */
export function groupRegions(rows: readonly { row: Element }[], cache: VisibilityCache): Map<Element, string> {
  return groupTitleValues(rows, cache, regionName);
}
