import { detailRowContent } from './detail-row';
import { structuralLabels } from './field';
import { normalizeText } from './normalize-label';
import { textUnits } from './units';
import { isVisible, type VisibilityCache } from './visibility';

/**
 * GROUP ROWS. A list grouped by some value (a Simple Application Server list "按地域" grouped, antd /
 * Fusion row groups) draws a row spanning the grid before each group's rows: one cell with a colspan
 * (an expand icon may sit beside its words) holding the group's title ("华东1（杭州） · 2 台") and no
 * label/value pairs — unlike an expanded detail row (./detail-row), which has the same shape and holds
 * fields. A data row belongs to the nearest group row before it among its siblings.
 *
 * `groupRowsOf` maps each data row of a read to the content cell of its group row: only a shown group
 * row counts, and a data row after a hidden one (a group collapsed while its header stays drawn hides
 * its rows too) has none. What the title names is for the reader to say (a region named alone, say):
 * this module only finds it. One pass over the rows' siblings per body, up to the last row read; pure;
 * never throws.
 */

/** A group title is short: a name and a count, not a record. */
const MAX_TITLE = 60;

function groupContent(row: Element, cache: VisibilityCache): Element | undefined {
  const content = detailRowContent(row);
  if (!content) return undefined;
  const text = (content.textContent ?? '').trim();
  if (text === '' || text.length > MAX_TITLE) return undefined;
  // fields inside (dl/dt, label boxes, a nested table) make it a detail row, not a group's title
  if (content.querySelector('table, dl, [role="grid"], [role="table"]') || structuralLabels(content, cache).length > 0) return undefined;
  return content;
}

export function groupRowsOf(rows: readonly { row: Element }[], cache: VisibilityCache): Map<Element, Element> {
  const out = new Map<Element, Element>();
  try {
    const wanted = new Set(rows.map((r) => r.row));
    const parents = new Set<Element>();
    for (const r of rows) if (r.row.parentElement) parents.add(r.row.parentElement);
    let left = wanted.size;
    for (const parent of parents) {
      let current: Element | undefined;
      // no further than the last row of the read (a chunk of a long list looks at its own rows' siblings)
      for (let c = parent.firstElementChild; c && left > 0; c = c.nextElementSibling) {
        if (wanted.has(c)) {
          left--;
          if (current) out.set(c, current);
          continue;
        }
        const content = groupContent(c, cache);
        if (content) current = isVisible(c, cache) && isVisible(content, cache) ? content : undefined;
      }
    }
  } catch {
    // no group rows read: the rows keep what their own cells say
  }
  return out;
}

/**
 * What each data row's group row names, where its title names one thing alone: `nameOf` maps a piece
 * of the title (its text runs, split at · | •; the count beside a name is another run) to a value (a
 * region id), and a title naming exactly one value gives it to its rows. A list grouped by region
 * ("华东1（杭州） · 2 台", "South China (Guangzhou) 2 instances", a tree table's parent rows) gives its rows
 * their region; a title naming none or several gives nothing. Empty when the list has no group rows.
 */
export function groupTitleValues(rows: readonly { row: Element }[], cache: VisibilityCache, nameOf: (piece: string) => string | undefined): Map<Element, string> {
  const out = new Map<Element, string>();
  const byTitle = new Map<Element, string | undefined>();
  for (const [row, title] of groupRowsOf(rows, cache)) {
    if (!byTitle.has(title)) byTitle.set(title, titleValue(title, cache, nameOf));
    const value = byTitle.get(title);
    if (value) out.set(row, value);
  }
  return out;
}

function titleValue(title: Element, cache: VisibilityCache, nameOf: (piece: string) => string | undefined): string | undefined {
  const found = new Set<string>();
  try {
    for (const u of textUnits(title, cache)) {
      // (a title drawn in a <th> is a label unit: its words are the title all the same)
      if (u.kind !== 'data' && u.kind !== 'label') continue;
      for (const piece of normalizeText(u.text).split(/\s*[·|｜•]\s*/)) {
        const id = piece === '' ? undefined : nameOf(piece);
        if (id) found.add(id);
      }
    }
  } catch {
    return undefined;
  }
  return found.size === 1 ? found.values().next().value : undefined;
}
