import type { PageFacts, ServerFacts } from '../../facts/schema';
import { labelMatches, normalizeText } from '../dom/normalize-label';
import { pagerShowsMorePages } from '../dom/pager';
import { parseRegion } from '../dom/parse-region';
import { isOneRecordAcross, isVerticalDescriptions, readTableDetailed, type TableRead } from '../dom/table';
import { createVisibilityCache, isVisible, type VisibilityCache, upperTag } from '../dom/visibility';
import { valueText } from '../dom/units';
import { visibleText } from '../dom/visible-text';
import { instanceIdFromText, pageError, pageLoading, productFromText } from './filing-values';
import { isBeianHost } from './beian-form';
import { cellIdWithButton } from './server-values';
import type { Reader } from '../types';
import beianLabelFile from '../../../rules/labels/aliyun/beian.json';
import { aliyunFamilyLabels } from './labels';

const beianLabels = aliyunFamilyLabels(beianLabelFile);

/**
 * Filing console, service identification numbers (备案服务号管理): per instance, its product and how
 * many numbers are used. Two layouts: one row per instance with counts (已使用 column), or
 * one row per number with its status (已使用 / 未使用), counted per instance — only when the whole
 * list is on the page (pagination total = rows shown; without a total, no pager showing another page). A row whose product is not shown gives no
 * server (the product decides the quota).
 *
 * Test URLs: https://beian.console.aliyun.com/#/serviceCode , https://beian.console.alibabacloud.com/#/serviceCode
 */

export const SERVICE_NUMBER_COLUMNS = beianLabels.labels('beian-service-numbers', ['instance', 'product', 'number', 'status', 'total', 'used', 'available', 'region'] as const);

type Col = keyof typeof SERVICE_NUMBER_COLUMNS;

function serviceTable(doc: Document, cache: VisibilityCache): TableRead<Col> | undefined {
  if (!doc.body) return undefined;
  const t = readTableDetailed(doc.body, SERVICE_NUMBER_COLUMNS, cache);
  if (!t || !t.columns.includes('instance')) return undefined;
  // One record's properties laid across (a confirmation page's description list) is no list.
  if (upperTag(t.table) === 'TABLE' && t.rows.length === 1 && (isOneRecordAcross(t.table) || isVerticalDescriptions(t.table))) return undefined;
  // (so is a grid's one row of text boxes under its header: the filing form's 产品验证 row — 产品类型 | 实例ID | 地域 | 备案服务号
  // in read-only inputs — drawn as an ARIA grid, as isOneRecordAcross knows it of a <table>; the form was read as the
  // service-number list, its entity and website lost: held-out × table-to-div-grid, session 49)
  if (upperTag(t.table) !== 'TABLE' && t.rows.length === 1 && t.rows[0]!.row.querySelector(RECORD_INPUT)) return undefined;
  if (!t.columns.some((c) => c === 'number' || c === 'used' || c === 'total' || c === 'available')) return undefined;
  // An instance picker on the filing form (one row to choose) is not the list.
  if (t.rows.some(({ row }) => row.querySelector('input[type="radio"], [role="radio"]'))) return undefined;
  return t;
}

/**
 * The filing console's service-number list is on the page (the form readers then stand aside). A table
 * in a modal dialog (a print or export preview of the filings) is the dialog's document, not the
 * page: the form behind it is still the page's.
 */
export function isServiceNumberList(doc: Document): boolean {
  try {
    const t = serviceTable(doc, createVisibilityCache());
    return t !== undefined && t.table.closest(MODAL) === null;
  } catch {
    return false;
  }
}

const MODAL = '[aria-modal="true"], dialog[open]';
/** A text box or select holding a record's value (not a row's selection box). */
const RECORD_INPUT = 'input:not([type=checkbox]):not([type=radio]):not([type=hidden]), textarea, select';

function count(text: string | undefined): number | undefined {
  const m = /(\d{1,4})/.exec(normalizeText(text));
  return m ? Number(m[1]) : undefined;
}

/**
 * Where the used figure stands in a count column, as its header says: 已使用 / Used Numbers (the one figure), 已使用/总数
 * (the first of "2 / 5"), 总数/已使用 or Total/Used (the second of "5 / 2"). The header may be the service number's own
 * name with the figures in its bracket — 备案服务号（已使用/总数）, Service Numbers (Used/Total) — which the table names
 * the number column (the bracket stripped as a decoration). Words: the `used` column's labels (rules/labels/aliyun/beian.json).
 * Round sixty: that bracketed header lost every row's count (missing), and a variant's 总数/已使用 over "5 / 0" read the
 * total as the used count (invented).
 */
interface UsedFigure {
  at: number;
  of: number;
  /** the used figure in the cell's bracket, "5（2）" (./usedInTotalBracket) */
  bracketed?: boolean;
}
function usedFigure(header: Element | undefined, bracketOnly: boolean, cache: VisibilityCache): UsedFigure | undefined {
  const text = normalizeText(visibleText(header, cache)).replace(/[\s*:?!]+$/, '');
  // Each bracket of the header, the last first, then the header without them: a qualifier may follow the figures'
  // bracket, 备案服务号（已使用/总数）（当前） (held-out × mutations, session 51: every row's count missing).
  const brackets = [...text.matchAll(/\(([^()]{1,24})\)/g)].map((m) => m[1]!).reverse();
  if (bracketOnly && brackets.length === 0) return undefined;
  for (const words of bracketOnly ? brackets : [...brackets, text]) {
    const figure = figureOf(words);
    if (figure) return figure;
  }
  return undefined;
}

/** Where the used figure stands among a header's words ("已使用/总数": the first of two). */
function figureOf(words: string): UsedFigure | undefined {
  // ("Used of Total" over "2 of 5": of between the figures as / — session 50's review of b99b874, missing)
  const parts = words.split(FIGURES_APART).map((w) => w.trim());
  if (parts.length === 1) return labelMatches(parts[0], SERVICE_NUMBER_COLUMNS.used) ? { at: 0, of: 1 } : undefined;
  // (three figures too — 总数/剩余/已使用 over "5 / 3 / 2", Total/Available/Used: the first figure, the total, was read as
  // the used count, invented; session 50's review of b99b874)
  if (parts.length > 4) return undefined;
  const used = parts.map((w) => labelMatches(w, SERVICE_NUMBER_COLUMNS.used));
  const at = used.indexOf(true);
  if (at < 0 || used.indexOf(true, at + 1) >= 0) return undefined;
  return { at, of: parts.length };
}

/** Between two figures of a count header or cell: a slash, or the word "of" (Used of Total, 2 of 5). */
const FIGURES_APART = /\s*\/\s*|\s+of\s+/i;

/**
 * A total column whose header brackets the used figure, 总数（已使用） / Total (Used), over "5（2）": the used figure is the
 * bracketed one (session 50's review of b99b874: the column was read as the total alone, every count missing). Only the whole
 * header of a total word and a used word in its bracket; the cell must show its bracketed figure (./usedCount).
 */
function usedInTotalBracket(header: Element | undefined, cache: VisibilityCache): UsedFigure | undefined {
  const text = normalizeText(visibleText(header, cache)).replace(/[\s*:?!]+$/, '');
  const m = /^([^()]{1,16}?)\s*\(([^()]{1,16})\)$/.exec(text);
  if (!m || !labelMatches(m[1]!.trim(), SERVICE_NUMBER_COLUMNS.total) || !labelMatches(m[2]!.trim(), SERVICE_NUMBER_COLUMNS.used)) return undefined;
  return { at: 1, of: 2, bracketed: true };
}

/** The used figure of a count cell by its header's order ("5 / 2" under 总数/已使用 is 2); none when the cell does not show the figures. */
function usedCount(text: string | undefined, figure: UsedFigure | undefined): number | undefined {
  if (!figure || figure.of === 1) return count(text);
  if (figure.bracketed) {
    const m = /^(\d{1,4})\s*[(（]\s*(\d{1,4})\s*[)）]$/.exec(normalizeText(text));
    return m ? Number(m[2]) : undefined;
  }
  const pieces = normalizeText(text).split(FIGURES_APART);
  if (pieces.length === figure.of && pieces.every((p) => /\d/.test(p))) return count(pieces[figure.at]);
  // (one figure under a pair's header: the used one only where the header puts it first, as before)
  return figure.at === 0 && pieces.length === 1 ? count(text) : undefined;
}

const USED = /已使用|已用|已占用|已备案|已绑定|使用中|\bused\b|in use|occupied|bound|filed/i;
const UNUSED = /未使用|未用|未占用|可用|空闲|unused|not used|available|idle|free/i;

/** The list's total as the pagination says it ("共 12 条", "Total 12 items"), if shown. */
function paginationTotal(doc: Document, table: Element, cache: VisibilityCache): number | undefined {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || table.contains(parent)) continue;
    const raw = n.nodeValue ?? '';
    if (raw.length > 60 || !/共|total|items|条/i.test(raw)) continue;
    const text = normalizeText(parent.textContent);
    const m = /共\s*(\d+)\s*(条|项|个)|total\s*:?\s*(\d+)|(\d+)\s*items?\s*(in\s*)?total|of\s+(\d+)\s+(items|entries|results)/i.exec(text);
    if (m && isVisible(parent, cache)) return Number(m[1] ?? m[3] ?? m[4] ?? m[6]);
  }
  return undefined;
}

export function readServiceNumbers(doc: Document): PageFacts | null {
  const cache = createVisibilityCache();
  const body = doc.body;
  if (!body) return null;
  const table = serviceTable(doc, cache);
  if (!table) return null;
  if (pageError(body, cache)) return null;
  if (table.table.closest('[aria-busy="true"]') || (table.rows.length === 0 && pageLoading(body, cache))) return null;

  // (the counts under the number's own name, 备案服务号（已使用/总数）: usedFigure — round sixty)
  const usedInNumber = !table.columns.includes('used') && !table.columns.includes('total') ? usedFigure(table.headers.number, true, cache) : undefined;
  const usedColumn = table.columns.includes('used') ? usedFigure(table.headers.used, false, cache) : table.columns.includes('total') ? usedInTotalBracket(table.headers.total, cache) : undefined;
  const perNumber = !table.columns.includes('used') && usedInNumber === undefined && table.columns.includes('status') && !table.columns.includes('total');
  const byId = new Map<string, ServerFacts>();
  const usedById = new Map<string, number>();
  for (const { cells } of table.rows) {
    // (an instance id drawn as a text button, over or under its name: server-values cellIdWithButton — round fifty-eight's variants)
    const id = cellIdWithButton(cells.instance, cache, instanceIdFromText, table.headers.instance);
    if (!id) continue;
    const product = productFromText(valueText(cells.product, cache));
    let server = byId.get(id);
    if (!server) {
      if (!product) continue;
      server = { id, provider: 'aliyun', product };
      const region = parseRegion(valueText(cells.region, cache));
      if (region) server.region = region;
      byId.set(id, server);
    }
    if (perNumber) {
      const status = valueText(cells.status, cache);
      const used = UNUSED.test(status) ? false : USED.test(status) ? true : undefined;
      if (used === undefined) usedById.set(id, Number.NaN);
      else usedById.set(id, (usedById.get(id) ?? 0) + (used ? 1 : 0));
    } else {
      // Only a shown "used" figure counts (a hidden 已使用 column leaves the fact unknown).
      const used = cells.used ? usedCount(valueText(cells.used, cache), usedColumn) : usedColumn?.bracketed && cells.total ? usedCount(valueText(cells.total, cache), usedColumn) : usedInNumber && cells.number ? usedCount(valueText(cells.number, cache), usedInNumber) : undefined;
      if (used !== undefined) server.serviceNumbersUsed = used;
    }
  }
  if (perNumber) {
    const total = paginationTotal(doc, table.table, cache);
    // without a total, a pager showing a second page (or an enabled next page) says the rows are one page
    const complete = total !== undefined ? total <= table.rows.length : !pagerShowsMorePages(body, table.table, cache);
    for (const [id, used] of usedById) {
      const server = byId.get(id);
      if (server && complete && Number.isFinite(used)) server.serviceNumbersUsed = used;
    }
  }
  if (byId.size === 0) return table.rows.length === 0 && !pageLoading(body, cache) ? { version: 1, servers: [] } : null;
  return { version: 1, servers: Array.from(byId.values()) };
}

export const beianServiceNumbersReader: Reader = {
  id: 'aliyun-beian-service-numbers',
  family: 'beian',
  kind: 'list',
  matchesUrl: isBeianHost,
  read: (doc) => {
    try {
      return readServiceNumbers(doc);
    } catch {
      return null;
    }
  },
};
