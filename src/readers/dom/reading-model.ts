/**
 * THE READING MODEL — what every reader (any provider) asks instead of the DOM.
 *
 *   const page = readingModel(doc, { words: aliyunLabels });   // once per read
 *
 * The page is seen as visible TEXT UNITS (./units.ts), each of one kind:
 *   label | data | action | status | help | control
 * classified from structure (tags, ARIA roles, class-name tokens of component libraries) and the
 * provider's word lists. Hidden text (display/visibility/opacity, `hidden`, aria-hidden, tooltips,
 * closed overlays, sr-only / visually-hidden classes and clip patterns) is never a unit.
 *
 * Asking for things:
 * - `page.field(vocab, scope?)`      the first visible field labelled per `vocab` → FieldRead
 *   (`label`, `value` element or text, `text` = the value's data + control units — never actions,
 *   help or status —, `statuses` = the status units beside it). `page.fieldText(vocab)` is just the text;
 *   `page.fields(vocab)` every occurrence in document order. Labels are resolved through
 *   `<label for>`, wrapping labels, aria-labelledby / aria-label, then layout: label beside value
 *   (form items, `dt`/`dd`, `th`/`td`, "标签：值" in one element), and label ABOVE value (vertical
 *   description lists: a row of labels, then a row of values).
 * - `page.grid(columns, scope?)`     the grid whose header cells carry these column labels → GridRead:
 *   `<table>` (split header/body, locked-column copies), ARIA grids (`role=row` divs, virtualised
 *   windows with aria-rowindex), plain repeated sibling rows under a header row. One entry per
 *   visible data row (capped: `partial` says rows were left out), `page.cellText(cell)` for a cell's
 *   value text (same unit rules as fields).
 * - `page.units(scope?)`             the classified units, for anything else.
 * - `page.sections(scope?)`          every heading / card title in document order (known or not:
 *   a reader maps the titles it knows; an unknown title still ends the section before it);
 *   `page.sectionOf(el, sections)` the last one before `el`.
 * - `page.pageState(scope?)`         'loading' | 'error' | 'ready' (the one page-state detector).
 * - `page.pageKind()`                'list' | 'detail' | 'form' | 'empty' by structure: a grid of
 *   records is a list, one record's key/value pairs a detail page, editable controls a form.
 *
 * Vocabularies are data, one file per provider: `rules/labels/<provider>.json` (see ../labels.ts for
 * the schema: groups.<group>.<field> = { labels, contains?, not? } plus actions / statuses / help
 * word lists), loaded and zod-checked by `defineLabels(json)`; e.g.
 *   export const tencentLabels = defineLabels(tencentJson);          // src/readers/tencent/labels.ts
 *   const L = tencentLabels.group('cvm-detail', ['id', 'billing'] as const);
 *   page.fieldText(L.billing)
 * A vocab is matched per label unit after normalisation (whitespace, full width, required marks,
 * colons, help glyphs, trailing （qualifier） and counters). `contains` words apply only to
 * structural labels (label, th, dt, form-item / description labels), never to free text.
 *
 * Pure: no storage, messaging or clock; never throws (a failed question answers undefined / []).
 */
import { valueInLabelUnit } from './label-unit';
import { afterItemNaming, boxTitles, rowNamesOtherId, underTitleNaming, underTitleWhole } from './titled-box';
import type { FieldVocab, LabelVocabulary } from '../labels';
import { findLabelElements, inOverlay, inPageRecord, inTabStrip, labelsContaining, readFieldFrom, structuralLabels } from './field';
import { labelBaseKey, labelKey, labelMatches, labelsNamePrivateNetwork, normalizeText, qualifiedAsFormer, qualifiedAsPrivateNetwork } from './normalize-label';
import { detectPageState, type PageState } from './page-state';
import { isLabelCell, isOneRecordAcross, isVerticalDescriptions, readTableDetailed, type TableRead } from './table';
export { MAX_ROWS_PER_READ, rowWindow, withRowWindow, type RowWindow } from './row-window';
import { createVisibilityCache, isVisible, type VisibilityCache, upperTag } from './visibility';
import { visibleText } from './visible-text';
import { defaultUnitWords, labelText, statusTexts, textUnits, valueText, type TextUnit, type UnitKind, type UnitWords } from './units';
import { documentOrder, follows } from './doc-order';

export type { FieldVocab, LabelVocabulary, PageState, TextUnit, UnitKind, UnitWords };

/** A field's labels: a vocabulary from rules/labels/<provider>.json or a plain list of exact labels. */
export type Labels = FieldVocab | readonly string[];

export interface FieldRead {
  /** The label element (or the control itself when named by aria-label). */
  label: Element;
  labelText: string;
  /** The value element (control or container) or the text after "标签：". */
  value: Element | string;
  /** The value's data and control units; undefined when it shows none. */
  text: string | undefined;
  /** Status units shown beside the value (已实名认证, 运行中). */
  statuses: string[];
}

export interface GridRead<K extends string> extends TableRead<K> {
  /** Data rows the grid holds in the document (visible or not), before any cap. */
  totalRows: number;
  /** True when rows were left out (the per-read cap or the reading window). */
  partial: boolean;
}

export interface Section {
  el: Element;
  text: string;
  /** 1–6 for h1–h6 / aria-level, 7 for card and panel titles. */
  level: number;
}

export type PageKind = 'list' | 'detail' | 'form' | 'empty';

export interface ReadingModelOptions {
  /** The provider's word lists (a LabelVocabulary); the registered lists when absent. */
  words?: UnitWords;
  cache?: VisibilityCache;
}

export interface PageModel {
  readonly doc: Document;
  readonly root: Element;
  readonly cache: VisibilityCache;
  readonly words: UnitWords;
  units(scope?: Element): TextUnit[];
  field(labels: Labels, scope?: ParentNode): FieldRead | undefined;
  fieldText(labels: Labels, scope?: ParentNode): string | undefined;
  fields(labels: Labels, scope?: ParentNode): FieldRead[];
  grid<K extends string>(columns: Record<K, Labels>, scope?: ParentNode): GridRead<K> | undefined;
  cellText(cell: Element | undefined): string | undefined;
  sections(scope?: Element): Section[];
  sectionOf(el: Element, sections: readonly Section[]): Section | undefined;
  pageState(scope?: Element): PageState;
  pageKind(): PageKind;
  visibleText(el: Element | null | undefined): string;
}

/**
 * A vocabulary's column lists and header matcher, made once per vocabulary object: the same objects on
 * every read, so a read session's page memo (./read-session pageMemo) knows the grid read again.
 */
const gridColumnsMemo = new WeakMap<object, { lists: Record<string, readonly string[]>; match: (text: string, k: string) => boolean }>();
function gridColumns<K extends string>(columns: Record<K, Labels>): { lists: Record<K, readonly string[]>; match: (text: string, k: K) => boolean } {
  let made = gridColumnsMemo.get(columns);
  if (!made) {
    const lists = {} as Record<string, readonly string[]>;
    for (const k of Object.keys(columns) as K[]) lists[k] = exactLabels(columns[k]);
    made = { lists, match: (text, k) => vocabMatches(text, columns[k as K]) };
    gridColumnsMemo.set(columns, made);
  }
  return made as unknown as { lists: Record<K, readonly string[]>; match: (text: string, k: K) => boolean };
}

export function exactLabels(labels: Labels): readonly string[] {
  return isVocab(labels) ? labels.labels : labels;
}

function isVocab(labels: Labels): labels is FieldVocab {
  return !Array.isArray(labels) && typeof labels === 'object' && labels !== null && 'labels' in labels;
}

const containsMemo = new WeakMap<FieldVocab, { any: string[]; not: string[] }>();
/** A vocabulary's `contains` and `not` words as label keys, made once per vocabulary object. */
function vocabWords(labels: FieldVocab): { any: string[]; not: string[] } {
  let m = containsMemo.get(labels);
  if (!m) {
    m = { any: (labels.contains ?? []).map(labelKey).filter(Boolean), not: (labels.not ?? []).map(labelKey).filter(Boolean) };
    containsMemo.set(labels, m);
  }
  return m;
}

/** True when `text` (a structural label's text) is this field per the vocabulary: exact, or contains/not. */
export function vocabMatches(text: string, labels: Labels): boolean {
  if (labelMatches(text, exactLabels(labels))) return true;
  if (!isVocab(labels) || !labels.contains || labels.contains.length === 0) return false;
  const m = vocabWords(labels);
  // (the key is the label without its qualifier: one naming the former value, 到期时间（原）, names no current value)
  if (qualifiedAsFormer(text)) return false;
  // (nor does one naming the private network, 带宽（内网）, name the field of unqualified labels: ./normalize-label)
  if (qualifiedAsPrivateNetwork(text) && !labelsNamePrivateNetwork(labels.labels)) return false;
  const key = labelBaseKey(text) || labelKey(text);
  if (key === '' || key.length > 24) return false;
  // (nor one whose qualifier is a `not` word whole — 带宽峰值（入方向）, Bandwidth (Inbound), 到期时间（续费后）: the key drops the
  // bracket, and the inbound 100 Mbps beside the outbound 10 was read as the bandwidth, session 52's review)
  const qualifier = QUALIFIER.exec(normalizeText(text).replace(/[\s*:：?!]+$/, ''))?.[1];
  if (qualifier !== undefined && m.not.includes(labelKey(qualifier))) return false;
  return m.any.some((w) => key.includes(w)) && !m.not.some((w) => key.includes(w));
}
/** A label's trailing bracket's words (normalized text: （ ） are ( ) there). */
const QUALIFIER = /\(([^()]{1,16})\)$/;

/**
 * The labels worded per the vocabulary `labels` (its `contains` words, not its `not` ones: vocabMatches) under `scope`:
 * the label structures saying so (`<label>`, `<th>`, `<dt>`, a class naming a label: ./field structuralLabels), else —
 * none of them saying so — any element drawn as a label in the layout (./field labelsContaining): a hashed `div` beside
 * its value, 当前使用带宽 under class-names-hashed, lost before session 51 (session 50's review). Never a section
 * heading, a tab, a navigation link or the console's bar. Empty for a list of exact labels.
 */
export function wordedLabels(scope: ParentNode, labels: Labels, cache: VisibilityCache, words?: UnitWords): Element[] {
  if (!isVocab(labels) || !labels.contains || labels.contains.length === 0) return [];
  const structural = structuralLabels(scope, cache).filter((el) => vocabMatches(labelText(el, cache, words), labels));
  if (structural.length > 0) return structural;
  const m = vocabWords(labels);
  // (… nor one naming another subject in its own words — a `notUnder` word, as a box's title would: 快照创建时间 beside the
  // instance's fields took the snapshot's date as the instance's creation (invented, session 51's review of the layout
  // labels) — unless it names the record's own thing too, an `ownUnder` word; a label structure keeps its vocabulary's say)
  const other = (labels.notUnder ?? []).map(labelKey).filter(Boolean);
  const own = (labels.ownUnder ?? []).map(labelKey).filter(Boolean);
  const namesOther = (el: Element) => {
    if (other.length === 0) return false;
    const key = labelKey(labelText(el, cache, words));
    return other.some((w) => key.includes(w)) && !own.some((w) => key.includes(w));
  };
  // (… nor one in a row of headers whose other cell names another subject's id — 云硬盘ID | 云硬盘类型 | 容量 | 到期时间 over a disk's
  // row, a div grid on an instance's detail page: the disk's date was the instance's expiry, invented; left open by the review
  // of the lead's session-51 changes)
  const headsOtherRow = (el: Element) => other.length > 0 && rowNamesOtherId(el, other, own);
  return labelsContaining(scope, m.any, (text) => vocabMatches(text, labels), cache).filter((el) => !isSectionHeading(el) && !isTab(el) && !isNavLink(el) && !inConsoleBar(el) && !namesOther(el) && !headsOtherRow(el));
}


const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption';
const TITLE_TOKENS = /(?:^|[\s_-])(?:title|heading|header|head|caption|subtitle)(?:$|[\s_-])/i;
/**
 * A select's or picker's own head (tea `tea-dropdown__header`, `t-select__header`, `ant-picker-header`): the box showing the
 * value picked, no section title. As a title it cut the section it sits in — a 网站负责人信息 heading, then 证件类型's
 * dropdown showing 居民身份证, then 证件号码: that number's section was "居民身份证", no person's, and the website principal's
 * number became the entity's on a Tencent website step without an entity card (round seventy-one's variants, invented).
 */
const CONTROL_HEAD = /dropdown|select|picker|cascader|combobox/i;
function titleClass(classAttr: string): boolean {
  return classAttr.split(/\s+/).some((token) => TITLE_TOKENS.test(token) && !CONTROL_HEAD.test(token));
}
const NOT_A_TITLE = '[role="combobox"], nav, [role="menu"], [role="menuitem"], [role="navigation"], option, select, [role="option"], [role="listbox"], button, a, label, dt, dd, th, td, [role="columnheader"], [role="gridcell"], [role="cell"], [role="row"], table';

const FIELD_LABEL_STRUCTURE = 'label, th, dt, legend, [role="columnheader"], [role="rowheader"]';

/**
 * A section heading (h1–h6, role=heading) whose text happens to be a field's label ("备案主体" over
 * the entity's fields) titles what follows; it is no field label, unless it sits in a label structure.
 */
function isSectionHeading(el: Element): boolean {
  return el.closest('h1, h2, h3, h4, h5, h6, [role="heading"]') !== null && el.closest(FIELD_LABEL_STRUCTURE) === null;
}

/**
 * A tab of a tab bar (`role=tab`, `tea-tabs__tabitem`, `ant-tabs-tab`, `t-tabs__nav-item`): it names a
 * panel, it is no field label (a tab "Real-Name Verification" would take the next tab as its value).
 * A class of the element or its two ancestors whose tokens are `tabs` with a tab / tabitem / tabbar /
 * nav token; a tab panel's classes (`ant-tabs-tabpane`, `…-content`) are not.
 */
/**
 * A link that is the whole label (a console header's "Billing" link to the billing centre, a menu entry): it names a
 * place to go, no field — the words after it are another link or the account's name. A label holding a link (命名规则)
 * is another matter (./units labelText).
 */
function isNavLink(el: Element): boolean {
  const link = el.closest('a[href], a:not([class]), [role="link"], [role="menuitem"]');
  return link !== null && normalizeText(link.textContent) === normalizeText(el.textContent);
}

/**
 * In the console's top bar (`role=banner`; a class name with the tokens layout and header — `tea-layout__header`,
 * `ant-layout-header` — or a token topbar / navbar): its words (Billing, 费用, the account, a balance) name places
 * and the account, no field of the page — a "Billing" entry drawn as a plain span is no label either.
 */
function inConsoleBar(el: Element): boolean {
  if (el.closest('[role="banner"]')) return true;
  for (let e: Element | null = el; e; e = e.parentElement) {
    for (const name of (e.getAttribute('class') ?? '').split(/\s+/)) {
      const tokens = name.toLowerCase().split(/[-_]+/);
      if (tokens.includes('topbar') || tokens.includes('navbar') || (tokens.includes('layout') && tokens.includes('header'))) return true;
    }
  }
  return false;
}

function isTab(el: Element): boolean {
  if (inTabStrip(el)) return true;
  let e: Element | null = el;
  for (let depth = 0; e && depth < 3; depth++, e = e.parentElement) {
    for (const cls of (e.getAttribute('class') ?? '').split(/\s+/)) {
      const t = cls.toLowerCase().split(/[_-]+/);
      if (t.includes('tabs') && t.some((x) => x === 'tab' || x === 'tabitem' || x === 'tabbar' || x === 'nav')) return true;
    }
  }
  return false;
}

/**
 * In a tab bar: a `role=tablist` nearer than any `role=tabpanel`, holding no panel. An accordion (antd
 * Collapse) is a tablist around its panels: its panel headers are section titles.
 */
function inTabBar(el: Element): boolean {
  const near = el.closest('[role="tablist"], [role="tabpanel"]');
  return near?.getAttribute('role') === 'tablist' && !near.querySelector('[role="tabpanel"]');
}

export function readingModel(doc: Document, opts: ReadingModelOptions = {}): PageModel {
  const cache = opts.cache ?? createVisibilityCache();
  const words: UnitWords = opts.words ?? defaultUnitWords();
  const root = doc.body ?? doc.documentElement;
  let kind: PageKind | undefined;

  const toRead = (label: Element, value: Element | string): FieldRead => {
    const shown = typeof value === 'string' ? normalizeText(value) || undefined : valueText(value, cache, words) || controlFallback(value, cache);
    const named = labelText(label, cache, words);
    // (a bare figure under a label naming its unit, 带宽（Mbps） 6, is in that unit: ./label-unit)
    const text = valueInLabelUnit(named, shown);
    return { label, labelText: named, value, text, statuses: typeof value === 'string' ? [] : statusTexts(value, cache, words) };
  };

  let titles: Element[] | undefined;
  const fields = (labels: Labels, scope: ParentNode = root): FieldRead[] => {
    const out: FieldRead[] = [];
    try {
      const exact = exactLabels(labels);
      // (a label in a box titled for another subject — a 云硬盘 card, a 域名证书 section: a word of the field's
      // `notUnder` list in the box's title — is that subject's field: ./titled-box)
      const notWords = isVocab(labels) ? labels.notUnder : undefined;
      // (a label naming no subject of its own — the field's `subjectless` labels: 有效期至, Valid Until — right after an item
      // labelled for another subject, DNS 解析套餐 专业版, is that item's validity: ./titled-box afterItemNaming)
      const subjectless = isVocab(labels) ? labels.subjectless : undefined;
      const isSubjectless = (el: Element) => subjectless !== undefined && subjectless.length > 0 && labelMatches(labelText(el, cache, words), subjectless);
      // (a title naming the record's own thing — the `ownUnder` words: a domain's 域名证书 — is no other subject's, but for
      // a subjectless label under it: the 有效期至 of a 域名证书 section stays the certificate's)
      const ownWords = isVocab(labels) ? labels.ownUnder : undefined;
      // (… or one of the field's `notUnderWhole` words whole: a card titled "Email" alone — left open by session 49's review)
      const notWhole = isVocab(labels) ? labels.notUnderWhole : undefined;
      const otherBox = (el: Element) =>
        (notWhole !== undefined && notWhole.length > 0 && underTitleWhole(el, (titles ??= boxTitles(root, cache)), notWhole, cache)) ||
        (notWords !== undefined && notWords.length > 0 && underTitleNaming(el, (titles ??= boxTitles(root, cache)), notWords, cache, ownWords !== undefined && !isSubjectless(el) ? ownWords : undefined, isVocab(labels) ? labels.notOwnUnder : undefined));
      const afterOther = (hit: { label: Element; value: Element | string }) =>
        isSubjectless(hit.label) && afterItemNaming(hit.label, hit.value, notWords, cache, isVocab(labels) ? labels.not : undefined);
      // (… nor a label in a row of headers another cell of which names another subject's id: ./rowNamesOtherId)
      const otherKeys = notWords !== undefined && notWords.length > 0 ? notWords.map(labelKey).filter(Boolean) : undefined;
      const otherRow = (el: Element) => otherKeys !== undefined && rowNamesOtherId(el, otherKeys, (ownWords ?? []).map(labelKey).filter(Boolean));
      for (const hit of readFieldFrom(scope, exact, cache, true)) if (!isSectionHeading(hit.label) && !isTab(hit.label) && !isNavLink(hit.label) && !inConsoleBar(hit.label) && !otherBox(hit.label) && !afterOther(hit) && !otherRow(hit.label)) out.push(toRead(hit.label, hit.value));
      // Labels worded otherwise (the vocabulary's contains words) when no exact label is shown — or when the
      // exact ones are all in overlays: the page's own field (公网带宽上限) comes before an open dialog's
      // (调整网络's 带宽上限, the value being set).
      const onlyOverlays = out.length > 0 && out.every((r) => inOverlay(r.label, scope, cache));
      if ((out.length === 0 || onlyOverlays) && isVocab(labels) && labels.contains) {
        const worded: FieldRead[] = [];
        for (const el of wordedLabels(scope, labels, cache, words)) {
          if (onlyOverlays ? inOverlay(el, scope, cache) : !inPageRecord(el, scope, cache)) continue;
          if (otherBox(el)) continue;
          const hit = readFieldFrom(el, null, cache, false)[0];
          if (hit && !afterOther({ label: el, value: hit.value })) worded.push(toRead(el, hit.value));
        }
        out.unshift(...worded);
      }
    } catch {
      // partial
    }
    return out;
  };

  const model: PageModel = {
    doc,
    root,
    cache,
    words,
    units: (scope = root) => textUnits(scope, cache, words),
    field: (labels, scope) => fields(labels, scope).find((f) => f.text !== undefined) ?? fields(labels, scope)[0],
    fieldText: (labels, scope) => fields(labels, scope).find((f) => f.text !== undefined)?.text,
    fields,
    grid<K extends string>(columns: Record<K, Labels>, scope: ParentNode = root): GridRead<K> | undefined {
      const { lists, match } = gridColumns(columns);
      const t = readTableDetailed(scope, lists, cache, match);
      if (!t) return undefined;
      return { ...t, totalRows: t.totalRows ?? t.rows.length, partial: t.partial ?? false };
    },
    cellText: (cell) => (cell ? valueText(cell, cache, words) || undefined : undefined),
    sections(scope = root) {
      const out: Section[] = [];
      try {
        const seen = new Set<Element>();
        const consider = (el: Element, level: number) => {
          if (seen.has(el) || el.closest(NOT_A_TITLE) || inTabBar(el) || !isVisible(el, cache)) return;
          const text = visibleText(el, cache);
          if (text === '' || text.length > 40 || el.querySelector('input, select, textarea')) return;
          seen.add(el);
          out.push({ el, text, level });
        };
        for (const h of Array.from(scope.querySelectorAll(HEADING_SELECTOR))) {
          const m = /^H([1-6])$/.exec(upperTag(h));
          const aria = Number.parseInt(h.getAttribute('aria-level') ?? '', 10);
          consider(h, m ? Number(m[1]) : Number.isFinite(aria) ? aria : 7);
        }
        for (const el of Array.from(scope.querySelectorAll('[class]'))) {
          if (!titleClass(el.getAttribute('class') ?? '')) continue;
          if (el.querySelector(HEADING_SELECTOR)) continue;
          consider(el, 7);
        }
        out.sort((a, b) => documentOrder(a.el, b.el));
      } catch {
        // partial
      }
      return out;
    },
    sectionOf(el, sections) {
      let found: Section | undefined;
      for (const s of sections) {
        if (s.el === el || s.el.contains(el)) continue;
        if (follows(s.el, el)) found = s;
        else break;
      }
      return found;
    },
    pageState: (scope = root) => detectPageState(scope, cache),
    pageKind() {
      kind ??= pageKindOf(root, cache);
      return kind;
    },
    visibleText: (el) => visibleText(el, cache),
  };
  return model;
}

function controlFallback(value: Element, cache: VisibilityCache): string | undefined {
  const c = value.matches('input, select, textarea') ? value : Array.from(value.querySelectorAll('input:not([type="hidden"]), select, textarea')).find((e) => isVisible(e, cache));
  if (!c) return undefined;
  const units = textUnits(c, cache);
  return units.map((u) => u.text).join(' ') || undefined;
}

/**
 * Page kind by structure, on a bounded sample: a grid with two or more data rows is a list; a page
 * with four or more key/value pairs (dt/dd, th+td rows, label+value items) and no such grid is a
 * detail page; editable controls make a form.
 */
export function pageKindOf(root: Element, cache: VisibilityCache): PageKind {
  try {
    let gridRows = 0;
    for (const body of Array.from(root.querySelectorAll('tbody, [role="rowgroup"], [role="grid"], [role="table"]')).slice(0, 20)) {
      const table = body.closest('table');
      if (table && (isVerticalDescriptions(table) || isOneRecordAcross(table))) continue;
      let rows = 0;
      for (let r = body.firstElementChild; r && rows < 3; r = r.nextElementSibling) {
        const tag = upperTag(r);
        if (tag !== 'TR' && r.getAttribute('role') !== 'row') continue;
        const cells = Array.from(r.children);
        const heads = cells.filter((c) => upperTag(c) === 'TH' || c.getAttribute('role') === 'rowheader').length;
        // th/td pair rows are a key/value table, not records
        if (heads > 0 && heads * 2 >= cells.length) continue;
        if (cells.length >= 2 && isVisible(r, cache)) rows++;
      }
      gridRows = Math.max(gridRows, rows);
    }
    let pairs = root.querySelectorAll('dt, th + td, [class*="label"] + [class*="content"], [class*="label"] + [class*="control"]').length;
    // labels above values: vertical descriptions, one record laid across
    for (const t of Array.from(root.querySelectorAll('table')).slice(0, 50)) {
      if (isVerticalDescriptions(t) || isOneRecordAcross(t)) pairs += Array.from(t.querySelectorAll('th, td')).filter(isLabelCell).length;
    }
    const controls = root.querySelectorAll('input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), select, textarea').length;
    if (gridRows >= 2) return 'list';
    if (controls >= 3) return 'form';
    if (pairs >= 4) return 'detail';
    if (gridRows === 1) return 'list';
    return pairs > 0 ? 'detail' : 'empty';
  } catch {
    return 'empty';
  }
}

/** For readers that hold label lists: is this element's label text one of `labels`? */
export function isLabelOf(el: Element, labels: Labels, cache: VisibilityCache): boolean {
  return vocabMatches(labelText(el, cache), labels);
}

export { findLabelElements };
