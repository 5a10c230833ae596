import { groupRowsOf } from '../dom/group-row';
import { normalizeText } from '../dom/normalize-label';
import { textUnits } from '../dom/units';
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
  const out = new Map<Element, string>();
  const byTitle = new Map<Element, string | undefined>();
  for (const [row, title] of groupRowsOf(rows, cache)) {
    if (!byTitle.has(title)) byTitle.set(title, titleRegion(title, cache));
    const region = byTitle.get(title);
    if (region) out.set(row, region);
  }
  return out;
}

function titleRegion(title: Element, cache: VisibilityCache): string | undefined {
  const found = new Set<string>();
  for (const u of textUnits(title, cache)) {
    // (a title drawn in a <th> is a label unit: its words are the title all the same)
    if (u.kind !== 'data' && u.kind !== 'label') continue;
    for (const piece of normalizeText(u.text).split(/\s*[·|｜•]\s*/)) {
      const id = piece === '' ? undefined : regionName(piece);
      if (id) found.add(id);
    }
  }
  return found.size === 1 ? found.values().next().value : undefined;
}
