import { isLabelOf, readingModel, type Labels, type PageModel } from '../dom/reading-model';
import { normalizeText } from '../dom/normalize-label';
import { valueWithTagsText } from '../dom/units';
import { withholdsValue } from '../dom/withheld-box';
import { tencentLabels } from './labels';
import { upperTag } from '../dom/visibility';
import { releasedState, tencentData } from './values';
import { releasedUnitIn } from '../shared/text-values';

/**
 * What the Tencent readers share: the console hosts, the page model over the Tencent vocabularies
 * (src/readers/dom/reading-model.ts), and cell texts made of data and status units. Pure; never throw.
 */

export const TENCENT_HOSTS = ['console.cloud.tencent.com', 'console.tencentcloud.com'] as const;

export function isTencentConsole(url: URL): boolean {
  return url.protocol === 'https:' && (TENCENT_HOSTS as readonly string[]).includes(url.hostname);
}

/** The path is one of `prefixes` or below it (whole path segments: "/cvm" is not "/cvmx"). */
export function pathUnder(url: URL, prefixes: readonly string[]): boolean {
  const p = url.pathname.replace(/\/+$/, '') || '/';
  return prefixes.some((x) => p === x || p.startsWith(`${x}/`));
}

/** The page read once with the Tencent word lists; undefined unless the page is ready (not loading, no error). */
export function tencentPage(doc: Document): PageModel | undefined {
  const page = readingModel(doc, { words: tencentLabels });
  return page.pageState() === 'ready' ? page : undefined;
}

/** A cell's or value's data and status units in order (an IP with its 公网 tag, a status column), never actions or help. */
export function shownText(page: PageModel, el: Element | undefined): string | undefined {
  return el ? valueWithTagsText(el, page.cache, page.words) || undefined : undefined;
}

/** A field's value as shown, tags included (shownText); the text after "标签：" as read. */
export function shownValue(page: PageModel, read: ValueRead | undefined): string | undefined {
  return read ? (typeof read.value === 'string' ? read.text : shownText(page, read.value)) : undefined;
}

/**
 * An IP cell's or field's text as shown (shownText / shownValue) — undefined when the box withholds its value or a part
 * of it (无权限查看 beside the private address: ../dom/withheld-box): as no IP shown, so no "no public address" is read.
 */
export function shownIp(page: PageModel, at: Element | ValueRead | undefined): string | undefined {
  if (at === undefined) return undefined;
  const box = 'nodeType' in at ? at : at.value;
  if (withholdsValue(box, page.cache)) return undefined;
  return 'nodeType' in at ? shownText(page, at) : shownValue(page, at);
}

/** The data and status units of a value one by one (status words of a 域名状态 cell). */
export function shownTokens(page: PageModel, el: Element | string | undefined): string[] {
  if (el === undefined) return [];
  if (typeof el === 'string') return normalizeText(el).split(/\s*[,，、;；|]\s*|\s+/).filter(Boolean);
  return page
    .units(el)
    .filter((u) => u.kind === 'data' || u.kind === 'status')
    .flatMap((u) => u.text.split(/\s*[,，、;；|]\s*/))
    .map((t) => t.trim())
    .filter(Boolean);
}

export interface ValueRead {
  /** The value element, or the text after "标签：". */
  value: Element | string;
  /** Its data and control units (never actions, help or status); undefined when it shows none. */
  text: string | undefined;
}

/**
 * The first visible field for `labels` under `scope`, from the page model, with two fallbacks for
 * markup the model does not pair yet (reported to the reading-model owner):
 * - a statistic card's caption (a card title) under its value: the value is the card's first box;
 * - vertical descriptions drawn as `role=table` (a row of `columnheader`s, then a row of cells) whose
 *   first label row the model reads as a grid header.
 */
export function valueOf(page: PageModel, labels: Labels, scope?: Element, keep?: (label: Element, value?: Element | string) => boolean): ValueRead | undefined {
  // A heading or card title ("Registrant" over the registrant's fields) is no field label.
  // (`keep` sees the value too: a field found in running text has the scope for its label)
  const all = page.fields(labels, scope).filter((r) => !keep || keep(r.label, r.value));
  const reads = all.filter((r) => !isTitle(r.label));
  const withText = reads.find((r) => r.text !== undefined);
  if (withText) return { value: withText.value, text: withText.text };
  if (reads[0]) return { value: reads[0].value, text: undefined };
  // a statistic card draws its value above its caption (the title): the card's first box
  for (const r of all) {
    // (the caption's words may sit in wrappers inside the title box: the box is the caption)
    const prev = captionBox(r.label).previousElementSibling;
    const text = prev && !prev.previousElementSibling ? page.cellText(prev) : undefined;
    if (text) return { value: prev!, text };
  }
  // (a cell in a box `keep` leaves out — another record's — is none either)
  const cell = verticalCell(page, labels, scope ?? page.root);
  return cell && (!keep || keep(cell)) ? { value: cell, text: page.cellText(cell) } : undefined;
}

/** The title box around `label` holding nothing but its words (wrappers inside a card's title), else `label`. */
function captionBox(label: Element): Element {
  const box = label.parentElement?.closest(TITLE);
  return box && normalizeText(box.textContent) === normalizeText(label.textContent) ? box : label;
}

/**
 * An instance's card (a list's card view, one card per instance) saying its instance is destroyed or released: its 状态
 * field (`statusLabels`) opens with such a state as a list row's 状态 cell would (values releasedState), or a tag or a text of
 * its own in it is such a state alone (已销毁, Released: values.released; not after a unit naming another resource, 弹性公网IP
 * 已销毁: ../shared/text-values releasedUnitIn) — an instance kept in the list greyed, its badge in the card's head. Its card is no server (the Alibaba card views' releasedCard; the CVM and Lighthouse card views read
 * such a card's fields as a server's — left open by session 45's review).
 */
export function releasedCard(page: PageModel, card: Element, statusLabels: Labels): boolean {
  try {
    if (releasedState(valueTextOf(page, statusLabels, card))) return true;
    return releasedUnitIn(page.units(card), tencentData.values.released, tencentData.values.otherResources);
  } catch {
    return false;
  }
}

/** The text of valueOf. */
export function valueTextOf(page: PageModel, labels: Labels, scope?: Element, keep?: (label: Element, value?: Element | string) => boolean): string | undefined {
  return valueOf(page, labels, scope, keep)?.text;
}

const TITLE = 'h1, h2, h3, h4, h5, h6, [role="heading"], [class*="card__title"], [class*="card-title"], [class*="card__header"], [class*="section-title"], [class*="__title"]';

/**
 * A list cell's title is the cell's label, its value beside it (mobile libraries: Vant / NutUI / TDesign Mobile /
 * Varlet `…cell__title` + `…cell__value`), not the title of a block of fields.
 */
const LABEL_STRUCTURE = 'label, th, dt, [role="columnheader"], [class*="form__label"], [class*="form-item-label"], [class*="cell__title"]';

function isTitle(el: Element): boolean {
  return el.closest(TITLE) !== null && el.closest(LABEL_STRUCTURE) === null;
}

function verticalCell(page: PageModel, labels: Labels, scope: Element): Element | undefined {
  const isHead = (c: Element) => c.getAttribute('role') === 'columnheader' || upperTag(c) === 'TH';
  for (const row of Array.from(scope.querySelectorAll('[role="row"], tr'))) {
    const heads = Array.from(row.children);
    if (heads.length === 0 || !heads.every(isHead)) continue;
    const next = row.nextElementSibling;
    if (!next || (next.getAttribute('role') !== 'row' && upperTag(next) !== 'TR')) continue;
    const cells = Array.from(next.children);
    if (cells.length !== heads.length || cells.some(isHead)) continue;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i]!;
      if (cells[i] && isLabelOf(h, labels, page.cache) && page.visibleText(h) !== '') return cells[i];
    }
  }
  return undefined;
}

const PICKER = '[role="combobox"], [aria-haspopup], [class*="dropdown"], [class*="select"], [class*="region"]';

/**
 * The region the console's region picker shows (广州, 华东地区（上海）, South China(Guangzhou)): a short
 * visible text that is one Tencent region name, inside a dropdown / combobox. For lists whose rows do
 * not show the region or zone. undefined when no picker shows one region.
 */
export function pickerRegion(page: PageModel, region: (text: string) => string | undefined): string | undefined {
  const shown: { el: Element; id: string }[] = [];
  for (const u of page.units()) {
    if (u.text.length > 24 || u.kind === 'help' || u.kind === 'label') continue;
    if (!u.el.closest(PICKER) || u.el.closest('[role="listbox"], [role="menu"], [role="option"], table, [role="grid"], [role="row"]')) continue;
    const id = region(u.text.replace(/\s*\d+$/, ''));
    if (id) shown.push({ el: u.el, id });
  }
  // A region BAR lists regions side by side (tea tabs 全部地域 | 广州 | 上海 …, round sixty-one's Lighthouse list): only the
  // one it marks chosen is the page's — with 全部地域 chosen, none (every row had been given the bar's first region, 广州).
  // (a bar too whose tabs are each a picker of their own — <li class="region-tab">, <button class="region-btn"> side by side
  // in a plain list or button group: with 全部地域 chosen the rows were given 广州, with 上海 chosen 广州 still, invented;
  // session 50's review of 87148e4)
  for (const s of shown) {
    const pickers = pickersOf(s.el);
    const outer = pickers[pickers.length - 1]!;
    const row = itemsRow(outer);
    const bar =
      pickers.some((p) => shown.some((o) => o.id !== s.id && p.contains(o.el))) ||
      (row !== null && shown.some((o) => o.id !== s.id && !outer.contains(o.el) && itemsRow(pickersOf(o.el).pop()!) === row));
    if (!bar || markedChosen(s.el, outer)) return s.id;
  }
  return undefined;
}

/** The row of items a picker box stands in: its parent, or its wrapper's parent when it is its parent's only child (<li><a>). */
function itemsRow(box: Element): Element | null {
  const parent = box.parentElement;
  if (!parent) return null;
  return parent.childElementCount === 1 ? parent.parentElement : parent;
}

/** The picker boxes around `el`, innermost first. */
function pickersOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.closest(PICKER); p; p = p.parentElement?.closest(PICKER) ?? null) out.push(p);
  return out;
}

/**
 * `el` or a box around it up to `stop` is marked as the chosen item of a bar: aria-selected / aria-checked / aria-pressed
 * "true", aria-current, or a class token whose last part is active / selected / current / checked (is-active,
 * t-is-active, tea-tabs__tab--selected). A dropdown's shown value (tea-dropdown__value) over its menu of regions drawn as
 * a plain list is the chosen one when nothing in the box is marked so (lost since 87148e4 took the open menu for a bar;
 * session 50's review) — not a 更多 dropdown's value in a bar whose 全部地域 tab is marked.
 */
function markedChosen(el: Element, stop: Element): boolean {
  for (let e: Element | null = el; e; e = e === stop ? null : e.parentElement) if (marked(e)) return true;
  for (let e: Element | null = el; e; e = e === stop ? null : e.parentElement) {
    if (!(e.getAttribute('class') ?? '').toLowerCase().split(/\s+/).some((c) => /(?:dropdown|select)\w*[_-]+value$/.test(c))) continue;
    return !Array.from(stop.querySelectorAll('*')).some(marked);
  }
  return false;
}

function marked(e: Element): boolean {
  if (['aria-selected', 'aria-checked', 'aria-pressed'].some((a) => e.getAttribute(a) === 'true')) return true;
  const current = e.getAttribute('aria-current');
  if (current !== null && current !== 'false') return true;
  for (const cls of (e.getAttribute('class') ?? '').toLowerCase().split(/\s+/)) {
    const parts = cls.split(/[_-]+/);
    if (/^(?:active|selected|current|checked)$/.test(parts[parts.length - 1] ?? '')) return true;
  }
  return false;
}
