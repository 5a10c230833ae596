import type { PageFacts, PartialEntity, ProductId, ServerFacts, Website } from '../../facts/schema';
import { isTitleRowCell } from '../dom/cell-span';
import { labelKey, labelMatches, normalizeText } from '../dom/normalize-label';
import { inlineEditorOf } from '../dom/inline-editor';
import { controlStruckByStyle } from '../dom/struck';
import { parseRegion } from '../dom/parse-region';
import { groupRegions } from './group-region';
import { readTableDetailed } from '../dom/table';
import { createVisibilityCache, fontsOnly, isVisible, type VisibilityCache, upperTag } from '../dom/visibility';
import { controlValue, defaultUnitWords, elementKind, isChecked, textUnits, valueText as cellValueText } from '../dom/units';
import { ORGANISATION_NAME, boxTitles, titleOver } from '../dom/titled-box';
import { visibleText } from '../dom/visible-text';
import { valueInNextColumn } from '../dom/field';
import { inTypedText, inUserTextValue } from '../dom/typed-text';
import { INSTRUCTION } from '../dom/sample';
import { inLookupBox } from '../dom/lookup-box';
import { INLINE_TAGS } from '../dom/glue';
import {
  domainsFromText,
  fieldHits,
  isActionWord,
  instanceIdFromText,
  instanceIdsInText,
  maskedIdNumber,
  meaningful,
  pageError,
  precedes,
  pageLoading,
  productFromText,
  provinceAtStart,
  provinceOfAddress,
  valueText,
  visibleTokens,
} from './filing-values';
import beianLabelFile from '../../../rules/labels/aliyun/beian.json';
import aliyunLabelFile from '../../../rules/labels/aliyun.json';
import { aliyunFamilyLabels } from './labels';
import { preApprovalFromText, yesNo } from '../shared/yes-no';
import { opensWithWord, showsWebsiteFilingNumber } from '../shared/text-values';
import { documentOrder } from '../dom/doc-order';
import { billingFromText, expiryFromText } from './server-values';

const beianLabels = aliyunFamilyLabels(beianLabelFile);

/**
 * The ICP filing form (beian.aliyun.com, beian.console.aliyun.com / .alibabacloud.com), shared by
 * the entity, website and server step readers. The form is read as a whole — every section the
 * page shows (主办单位信息, 主体负责人信息, 网站信息, 网站负责人信息, 产品验证 …) — and each field is
 * attributed to the section whose title precedes it, so the ID number of a website's manager is
 * never taken for the entity's. Which step the page is (and so which reader claims it) comes from
 * the steps bar's current item, the section titles, the path, and the fields found.
 */

export type FormStep = 'entity' | 'website' | 'server';
type SectionKind = 'entity' | 'leader' | 'website' | 'website-leader' | 'server' | 'base' | 'other' | 'contact' | 'unknown';

/**
 * Section and step titles, zh and en. 'other' are steps with nothing read (upload, submit); 'contact' a section of
 * another person's fields (应急联系人: 姓名 / 证件类型 / 证件号码 like the entity's), nothing read from it.
 */
export const BEIAN_SECTION_TITLES: Record<Exclude<SectionKind, 'unknown'>, readonly string[]> = beianLabels.labels('beian-sections', ['entity', 'leader', 'website', 'website-leader', 'server', 'base', 'other', 'contact'] as const);

/** Field labels, zh and en, per fact. */
export const BEIAN_FIELDS = beianLabels.labels('beian-fields', ['entityType', 'entityName', 'idType', 'idNumber', 'province', 'address', 'homeProvince', 'residencePermit', 'phone', 'phoneLocation', 'websiteName', 'domains', 'content', 'preApproval', 'preApprovalNumber', 'product', 'instance', 'serviceNumber', 'region', 'expiry', 'billing'] as const);

// ------------------------------------------------------------------ section titles

interface Title {
  el: Element;
  kind: SectionKind;
  /** An item of the steps bar, not a section of the form. */
  step: boolean;
  current: boolean;
  /** A website panel's title naming that website's own filing number (网站 1　浙ICP备2021034567号-1): a filed website. */
  filed?: boolean;
  /**
   * A filed website's title with a tag saying this filing changes it (变更网站, 本次变更): its fields are this filing's even
   * beside a website being added (round sixty-seven: a 变更备案 changing a filed website and adding one lost the changed one).
   */
  changing?: boolean;
}

const BARE_TITLES = new Set(['网站', 'website', 'entity', 'server', '服务器']);

/** The section kind of a title text: numbering ("1.", "第二步：") and counters ("（1）", " 2") ignored. */
function titleKind(text: string): SectionKind | undefined {
  let t = normalizeText(text);
  if (t === '' || t.length > 40) return undefined;
  t = t.replace(/^(?:\d+\s*[.、:)]?|第[一二三四五六七八九十\d]+步\s*[:：]?|[一二三四五六七八九十]+\s*[、.])\s*/, '');
  // A numbered title may name its item after a colon: 网站信息（网站 1）：云栖茶舍, Website #2: Acme
  t = t.replace(/([)）\d])\s*[:：][^:：]{1,30}$/, '$1');
  // Decorations after a title (up to two): （第 1 部分）, (Part 1), （网站 1）, （选填）, a counter （已备案 9 个，本次新增 1 个）;
  // "#2" numbers it like "网站2"
  for (let i = 0; i < 2; i++) t = t.replace(/\s*(?:[(（][^()（）]{1,24}[)）]|#\s*\d{1,2})\s*$/, (m) => (/^\s*[(（]?\d{1,2}[)）]?$/.test(m) ? m : /^\s*#\s*\d{1,2}$/.test(m) ? ` ${m.replace(/\D/g, '')}` : ''));
  const numbered = /\s*[(（]?\d{1,2}[)）]?$/.test(t);
  t = t.replace(/\s*[(（]?\d{1,2}[)）]?$/, '');
  const key = labelKey(t);
  if (key === '') return undefined;
  const kind = kindOfKey(key, numbered);
  if (kind) return kind;
  // Another person's section titled in a few more words (主体应急联系人, 网站应急联系人, Emergency Contact Person): nothing read
  // from it (a sentence naming the contact, "应急联系人须与主办单位负责人为不同人员", a help line, is no title)
  if (CONTACT_KEYS.some((k) => key.includes(k) && key.length - k.length <= 6)) return 'contact';
  // Two titles in one ("Website and Product Verification", 网站与产品验证): the section verifies the
  // website's server; its fields are the server's (the domain beside them is read as in a server section).
  const parts = t.split(/\s+(?:and|&)\s+|\s*[与及和&＆]\s*/i);
  if (parts.length !== 2) return undefined;
  const kinds = parts.map((p) => kindOfKey(labelKey(p), true));
  return kinds.includes('website') && kinds.includes('server') ? 'server' : undefined;
}

/**
 * `el` is the label of a row: no heading, the first of two elements in its parent, the second showing a value (text that
 * is no action: an 编辑 link beside a card's title leaves it a title; nor a note on the title — an instruction,
 * 请填写与负责人不同的联系人 / Please enter …, or a decoration in brackets, （选填） / (Optional)).
 */
function labelOfRow(el: Element, cache: VisibilityCache): boolean {
  if (el.matches('h1, h2, h3, h4, h5, h6, [role="heading"], legend')) return false;
  const row = el.parentElement;
  const value = el.nextElementSibling;
  if (!row || !value || row.children.length !== 2 || row.firstElementChild !== el) return false;
  const text = visibleText(value, cache);
  return text !== '' && !isActionWord(text) && !INSTRUCTION.test(text) && !BRACKET_NOTE.test(text) && !isOptionalTag(text);
}
/**
 * A bare tag marking a section optional beside its title (选填, 可选, Optional — no brackets: rules/labels/aliyun/beian.json
 * beian-title-tags): a decoration as （选填） is. 应急联系人 beside a 选填 tag was read as a summary row, and the contact's
 * 姓名 / 证件号码 after it as the entity's (invented; left open by session 43).
 */
const OPTIONAL_TAGS: readonly string[] = beianLabels.labels('beian-title-tags', ['optional'] as const).optional.map(labelKey);
// (in square brackets too — [选填], 【选填】 —, and as the first word of a tag saying more: "选填 · 建议填写"; these gave the tag
// as the entity's name and the contact's 证件号码 as its own: invented, session 45 revb)
const isOptionalTag = (text: string): boolean => {
  const t = normalizeText(text).replace(/^[[【(（]\s*/, '').replace(/\s*[\]】)）]$/, '');
  return OPTIONAL_TAGS.includes(labelKey(t)) || OPTIONAL_TAGS.includes(labelKey(t.split(/\s*[·•|｜，,;；]\s*/)[0] ?? ''));
};
/** A note in brackets alone (（选填）, (Optional)): a title's decoration, as titleKind drops it after the title's words. */
const BRACKET_NOTE = /^[(（][^()（）]{1,24}[)）]$/;

/** The contact titles' keys (rules/labels/aliyun/beian.json beian-sections contact), found inside a longer title too. */
const CONTACT_KEYS: readonly string[] = BEIAN_SECTION_TITLES.contact.map(labelKey).filter((k) => k.length >= 4);

function kindOfKey(key: string, numbered: boolean): Exclude<SectionKind, 'unknown'> | undefined {
  if (key === '') return undefined;
  for (const kind of Object.keys(BEIAN_SECTION_TITLES) as Array<Exclude<SectionKind, 'unknown'>>) {
    for (const title of BEIAN_SECTION_TITLES[kind]) {
      const k = labelKey(title);
      if (k !== key) continue;
      // Bare "网站" / "Website" / "Entity" / "服务器" count only as numbered card titles ("网站1").
      if (BARE_TITLES.has(k) && !numbered) continue;
      return kind;
    }
  }
  return undefined;
}

// (a grid's cells as a table's: a 原备案信息 card's descriptions drawn as an ARIA grid — rowheader 主体负责人 beside its
// value — made 主体负责人 a section title, and the 变更后信息 form after it the principal's: the entity read nothing;
// held-out × table-to-div-grid, session 49)
const NOT_A_TITLE =
  'nav, [role="menu"], [role="menuitem"], [role="navigation"], option, select, [role="option"], [role="listbox"], button, label, dt, th, td, ' +
  '[role="rowheader"], [role="columnheader"], [role="gridcell"], [role="cell"]';

/**
 * A table's group cell: the first cell of its row spanning two or more rows (`rowspan`), in no other list or control —
 * the 核验单's 主办单位信息 / 主体负责人 / 网站信息 cell before the rows of its pairs. It titles those rows as a section title
 * does: printed with the 主体负责人 rows first, the 姓名 / 证件号码 under it were read as the entity's (round forty-five).
 */
function isGroupCell(cell: Element): boolean {
  // (or a title row's one cell spanning columns — 主体负责人 printed as a row across the 核验单 before its pairs: the
  // principal's 姓名 / 证件号码 were the entity's; session 45's review)
  if (!cell.matches('th, td') || (Number(cell.getAttribute('rowspan') ?? '1') < 2 && !isTitleRowCell(cell))) return false;
  const row = cell.parentElement;
  return row !== null && row.firstElementChild === cell && row.parentElement?.closest(NOT_A_TITLE) == null;
}

function findTitles(body: Element, cache: VisibilityCache): Title[] {
  const doc = body.ownerDocument;
  const titles: Title[] = [];
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = (n.nodeValue ?? '').trim();
    if (raw.length < 2 || raw.length > 40) continue;
    // (the text's element, through the <font> boxes a page translator wraps every text in: round sixty-seven's website step ×
    // translation-font-wrappers lost the changed website — its title "网站1：青岚数字官网" became a <font>'s, its tags and
    // number after it read as the section's; session 51)
    let el = n.parentElement;
    while (el && upperTag(el) === 'FONT' && el.parentElement) el = el.parentElement;
    if (!el || seen.has(el)) continue;
    seen.add(el);
    const outside = el.closest(NOT_A_TITLE);
    if (outside && !isGroupCell(outside)) continue;
    const headed = titleKind(visibleText(el, cache)) === undefined ? titleBeforeFilingNumber(raw, el, cache) : undefined;
    const kind = headed?.kind ?? titleKind(visibleText(el, cache));
    // (a contact's words as a row's label with its value beside it — a summary row 应急联系人 | 陈某豪 138****1234 in the
    // entity's section — are a field of that section, no title of what follows)
    if (kind === 'contact' && labelOfRow(el, cache)) continue;
    if (kind) {
      // (a heading naming a website's own filing number is a filed website's, as a panel title so numbered is; so is one
      // showing a 已备案 tag beside its words or in its head — "网站1：云杉智图官网" + 已备案 over a 新增网站 page's read-only
      // card of the filed website: round eighty's page read it as the filing's, invented)
      // (or a state in its bracket, 网站信息（网站1，已备案）, or its own number beside its words, "网站1：云杉智图官网" +
      // <span>京ICP备2021012345号-1</span>: round eighty's variants, the filed website read as the filing's)
      const own = kind === 'website' ? ownTagKeys(el, cache) : undefined;
      const tags = own ? [...own.keys, ...headTagKeys(el, cache), ...bracketStateKeys(raw)] : [];
      const filed = headed?.filed || own?.numbered || tags.some((k) => FILED_TAG_KEYS.has(k));
      const changing = headed?.changing || tags.some(isChangingKey);
      if (isVisible(el, cache)) titles.push({ el, kind, step: false, current: false, ...(filed ? { filed: true } : {}), ...(changing ? { changing: true } : {}) });
      continue;
    }
    const panel = websitePanelTitle(raw, el, cache);
    if (panel && isVisible(el, cache)) titles.push({ el, kind: 'website', step: false, current: false, filed: panel.filed, ...(panel.changing || headTagKeys(el, cache).some(isChangingKey) ? { changing: true } : {}) });
  }
  // Unknown titles end the section before them (a "紧急联系人" card after 主办单位信息 is no part of
  // it): a heading of the same tag as the known section title before it, not inside that section's own box.
  const known = titles.slice();
  for (const h of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"], legend'))) {
    if (known.some((t) => t.el === h) || h.closest(NOT_A_TITLE) || h.querySelector('input, select, textarea')) continue;
    const text = visibleText(h, cache);
    if (text === '' || text.length > 40 || titleKind(text) !== undefined || !isVisible(h, cache)) continue;
    let prev: Title | undefined;
    for (const t of known) if (t.el !== h && precedes(t.el, h)) prev = t;
    if (!prev || prev.el.tagName !== h.tagName || prev.el.contains(h) || h.contains(prev.el)) continue;
    titles.push({ el: h, kind: 'unknown', step: false, current: false });
  }
  titles.sort((a, b) => (a.el === b.el ? 0 : precedes(a.el, b.el) ? -1 : 1));
  // The steps bar: an element holding three or more titles, no form controls and little else.
  const marked = new Map<Element, Title[]>();
  for (const t of titles) {
    let a: Element | null = t.el.parentElement;
    for (let depth = 0; a && a !== body && depth < 5; depth++, a = a.parentElement) {
      const inside = titles.filter((o) => a!.contains(o.el));
      if (inside.length < 2) continue;
      if (inside.length === 2 && inside[0]!.kind === inside[1]!.kind) break;
      if (a.querySelector('input, select, textarea')) break;
      const extra = visibleText(a, cache).replace(/\s/g, '').length - inside.reduce((s, o) => s + visibleText(o.el, cache).replace(/\s/g, '').length, 0);
      if (extra > inside.length * 4 + 10) break;
      // (nor a box showing a field of the form beside its titles — a short entity section, 主办单位性质 | 企业, with an
      // 应急联系人 title and its 姓名 | 陈某豪 in it: few words, no control — took both titles for a steps bar, and the contact's
      // 姓名 for the entity's name: invented, found by session 44's left-open work)
      if (holdsFieldLabel(a, inside, cache)) break;
      t.step = true;
      let byClass = false;
      for (let e: Element | null = t.el; e && e !== a.parentElement; e = e.parentElement) {
        const cur = e.getAttribute('aria-current');
        if (cur !== null && cur !== 'false') t.current = true;
        if (e !== a && currentByClass(e.getAttribute('class'))) byClass = true;
      }
      if (!marked.has(a)) marked.set(a, []);
      if (byClass) marked.get(a)!.push(t);
      break;
    }
  }
  // A steps bar marking its current item by a class only (Fusion next-step-item-process, antd ant-steps-item-process,
  // Element is-process, Tea is-current; no aria-current): that item, when it is the bar's only one so marked.
  for (const [bar, items] of marked) {
    if (items.length !== 1 || titles.some((t) => t.current && bar.contains(t.el))) continue;
    items[0]!.current = true;
  }
  return titles;
}

/** Every field label of the filing form (rules/labels/aliyun/beian.json beian-fields). */
const ALL_FIELD_LABELS: readonly string[] = Object.values(BEIAN_FIELDS).flat();

/**
 * `box` holds an element, outside the titles `inside`, whose own text is a label of the form's fields (姓名, 主办单位性质,
 * 网站域名): a form's content, no steps bar (whose items are step names alone). Asked only of a box of few words.
 */
function holdsFieldLabel(box: Element, inside: readonly Title[], cache: VisibilityCache): boolean {
  for (const e of Array.from(box.querySelectorAll('*'))) {
    if (e.firstElementChild !== null || inside.some((t) => t.el === e || t.el.contains(e) || e.contains(t.el))) continue;
    const text = visibleText(e, cache);
    if (text !== '' && text.length <= 20 && labelMatches(text, ALL_FIELD_LABELS)) return true;
  }
  return false;
}

/** A class token whose last part says the step is the current one: …-process, is-current, …-active. */
function currentByClass(classAttr: string | null): boolean {
  if (!classAttr) return false;
  for (const cls of classAttr.toLowerCase().split(/\s+/)) {
    const parts = cls.split(/[_-]+/);
    if (parts.length > 1 && /^(?:process|current|active)$/.test(parts[parts.length - 1]!)) return true;
  }
  return false;
}

/**
 * A website panel's title with a status tag after it ("网站 10" + a tag 本次新增) or the website's own filing number
 * ("网站 1　浙ICP备2021034567号-1" + a tag 已备案): `text`, the title's own words, is a numbered website title and each
 * element beside it in `el` a status tag (./units) or hidden. Filed when it ends with a website filing number or a
 * tag says so (已备案, Filed): a
 * 新增网站 page lists the entity's filed websites so, in panels above the one being added — none of this filing's.
 */
function websitePanelTitle(raw: string, el: Element, cache: VisibilityCache): { filed: boolean; changing: boolean } | undefined {
  let text = normalizeText(raw);
  let filed = FILED_WEBSITE_NUMBER_AT_END.test(text);
  if (filed) text = text.replace(FILED_WEBSITE_NUMBER_AT_END, '');
  // (a state in the number's own bracket, 网站信息（网站 2，新增）, （网站 1，已备案）, （网站 1，变更网站）: the state a tag, the bracket
  // the number — round sixty-seven's variant lost both websites, the second panel's title unseen; session 51)
  let changingInBracket = false;
  // (… or set apart by a dash, 网站信息（网站 2 - 新增）; in a bracket of its own after the number, 网站 2（新增）; or after the
  // number's bracket, 网站信息（网站 2）新增 — each lost both websites, the panel's title unseen: session 52's review)
  const inBracket = STATE_IN_NUMBER_BRACKET.exec(text);
  const after = inBracket ? undefined : STATE_AFTER_NUMBER.exec(text);
  const state = inBracket ? { at: inBracket.index, key: labelKey(inBracket[2]!), kept: inBracket[1]! + inBracket[3]! } : after ? { at: after.index, key: labelKey(after[2] ?? after[3]!), kept: after[1]! } : undefined;
  if (state && (FILED_TAG_KEYS.has(state.key) || CHANGING_TAG_KEYS.has(state.key) || ADDED_TAG_KEYS.has(state.key))) {
    text = text.slice(0, state.at) + state.kept;
    if (FILED_TAG_KEYS.has(state.key)) filed = true;
    if (CHANGING_TAG_KEYS.has(state.key)) changingInBracket = true;
  }
  // (numbered only: a bare 网站 with a tag is no panel's title)
  if (!/\d[)）]?$/.test(text) || titleKind(text) !== 'website') return undefined;
  if (normalizeText(ownText(el)) !== normalizeText(raw)) return undefined;
  let changing = changingInBracket;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!isVisible(c, cache) || translationBox(c)) continue;
    if (elementKind(c, upperTag(c), cache) !== 'status') return undefined;
    // (a tag saying the website is filed: 已备案, Filed; or that this filing changes it: 变更网站)
    const key = labelKey(visibleText(c, cache));
    if (FILED_TAG_KEYS.has(key)) filed = true;
    if (isChangingKey(key)) changing = true;
  }
  return { filed, changing };
}

/**
 * The keys of the status tags in the head of the title `el`'s panel — a tag saying this filing changes the website (变更网站,
 * 本次变更: CHANGING_TAG_KEYS) or that it is filed (已备案) — beside
 * the title rather than in it — antd's card extra, `<div class="ant-card-extra"><span class="ant-tag">变更网站</span></div>`. The head:
 * the nearest of `el`'s three boxes above it that holds something besides the title, if it shows tags and buttons only (no form
 * control, no other words). A tag only (a status unit), never a button or link — a 新增网站 page's filed website may offer a
 * 变更网站 button, which changes nothing yet. Round sixty-seven's variants: the filed website titled "网站 1" / 网站信息（网站 1）
 * beside its tags, 变更网站 in the extra, was dropped as a 新增网站 page's listed filed website (left open by session 50; session 51).
 */
function headTagKeys(el: Element, cache: VisibilityCache): string[] {
  let inner: Element = el;
  for (let box = el.parentElement, up = 0; box && up < 3; inner = box, box = box.parentElement, up++) {
    if (visibleText(box, cache) === visibleText(inner, cache)) continue;
    if (box.querySelector('input, select, textarea, [contenteditable="true"], [role="textbox"], [role="combobox"]')) return [];
    const keys: string[] = [];
    const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const p = n.parentElement;
      if (!p || inner.contains(p) || !/\S/.test(n.nodeValue ?? '') || !isVisible(p, cache)) continue;
      let tagBox: Element = p;
      while (translationBox(tagBox) && tagBox.parentElement && tagBox.parentElement !== box) tagBox = tagBox.parentElement;
      const kind = elementKind(tagBox, upperTag(tagBox), cache);
      if (kind !== 'status' && kind !== 'action') return [];
      if (kind === 'status') keys.push(labelKey(visibleText(tagBox, cache)));
    }
    return keys;
  }
  return [];
}

/**
 * The keys of the status tags shown inside a title `el` beside its own words — antd's card title "网站1：云杉智图官网
 * <span class="ant-tag">已备案</span>" — none when any other element shows there (a title is its words and its tags).
 */
function ownTagKeys(el: Element, cache: VisibilityCache): { keys: string[]; numbered: boolean } {
  const keys: string[] = [];
  let numbered = false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!isVisible(c, cache) || translationBox(c)) continue;
    const text = visibleText(c, cache);
    // (an element showing a website's own filing number, 京ICP备2021012345号-1, beside the title's words: a filed website's)
    if (showsWebsiteFilingNumber(text) && text.replace(FILED_WEBSITE_NUMBER_AT_END, '').trim() === '') {
      numbered = true;
      continue;
    }
    if (elementKind(c, upperTag(c), cache) !== 'status') return { keys: [], numbered: false };
    keys.push(labelKey(text));
  }
  return { keys, numbered };
}

/**
 * The key of a state closing a title's own words in its bracket — 网站信息（网站1，已备案）, 网站信息（本次变更）: a tag's words
 * written into the title — or none.
 */
function bracketStateKeys(raw: string): string[] {
  const text = normalizeText(raw);
  const m = STATE_IN_NUMBER_BRACKET.exec(text) ?? /[(（]([^()（）,，、]{1,12})[)）]$/.exec(text);
  return m ? [labelKey(m[2] ?? m[1]!)] : [];
}

/** A <font> box holding only <font> boxes and text: a page translator's wrapper of an element's own text (../dom/visibility fontsOnly). */
const translationBox = (c: Element) => upperTag(c) === 'FONT' && fontsOnly(c);
/** An element's own text: its text nodes, and those a page translator wrapped in <font> boxes (session 51). */
function ownText(el: Element): string {
  return Array.from(el.childNodes, (c) => (c.nodeType === 3 ? c.nodeValue : c.nodeType === 1 && translationBox(c as Element) ? (c as Element).textContent : '')).join('');
}

/**
 * A section title followed in its heading by the filing it changes — 网站信息 + "网站备案号：浙ICP备2019026418号-2" + a 已备案
 * tag (a 变更网站 page, round forty-four): `raw`, the heading's own text, is a website or entity title, and every other
 * element shown in `el` is a status tag or shows a filing number. The fields under it were the section before's.
 */
function titleBeforeFilingNumber(raw: string, el: Element, cache: VisibilityCache): { kind: SectionKind; filed: boolean; changing: boolean } | undefined {
  // (the number may end the heading's own text: "网站信息 网站备案号：浙ICP备2019026418号-2")
  const own = normalizeText(raw);
  const cut = own.replace(NUMBER_AT_END, '');
  const kind = titleKind(cut);
  if (kind !== 'website' && kind !== 'entity') return undefined;
  if (normalizeText(ownText(el)) !== own) return undefined;
  let number = cut !== own;
  let filed = kind === 'website' && showsWebsiteFilingNumber(own);
  let changing = false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!isVisible(c, cache) || translationBox(c)) continue;
    const text = visibleText(c, cache);
    if (FILING_NUMBER.test(text)) {
      number = true;
      if (kind === 'website' && showsWebsiteFilingNumber(text)) filed = true;
    } else if (elementKind(c, upperTag(c), cache) !== 'status' && !FILED_TAG_KEYS.has(labelKey(text))) return undefined;
    else if (kind === 'website' && isChangingKey(labelKey(text))) changing = true;
    // (a tag known by its words when its class says nothing — 已备案 in a hashed-class span: round forty-four's 变更网站 page
    // under class-names-hashed was claimed as the entity step, its website lost; left open by session 44)
  }
  return number ? { kind, filed, changing } : undefined;
}
/** A filing number ending a heading's text, after its label and colon or not: " 网站备案号：浙ICP备2019026418号-2". */
const NUMBER_AT_END = /\s+(?:(?:网站|主体)?备案号\s*[:：]?\s*)?[\u4e00-\u9fa5]?ICP备\s*\d{6,}\s*号(?:\s*-\s*\d+)?\s*$/;
/** An entity's or a website's filing number: 浙ICP备2019026418号, 浙ICP备2019026418号-2. */
const FILING_NUMBER = /ICP备\s*\d{6,}\s*号/;

/** A panel title's tag saying its website is filed already (rules/labels/aliyun/beian.json beian-website-states). */
const WEBSITE_STATE_TAGS = beianLabels.labels('beian-website-states', ['filed', 'changing'] as const);
const FILED_TAG_KEYS: ReadonlySet<string> = new Set(WEBSITE_STATE_TAGS.filed.map(labelKey));
/**
 * A filed website's title tag saying this filing changes it (变更网站, 本次变更; rules/labels/aliyun/beian.json beian-website-states).
 * Not 变更中: a 新增网站 page may list a filed website with another order's change under way — none of this filing's.
 */
const CHANGING_TAG_KEYS: ReadonlySet<string> = new Set(WEBSITE_STATE_TAGS.changing.map(labelKey));
/**
 * A tag's key saying this filing changes the website, in brackets or not: "（本次变更）" (session 51's review of f0fc8cd: the
 * changed website was lost) — one test for the title's own tags, its head's and a heading's.
 */
const isChangingKey = (key: string) => CHANGING_TAG_KEYS.has(key.replace(/^[(（]/, '').replace(/[)）]$/, ''));

/** A website panel title's state in its number's bracket: "（网站 2，新增）" — the bracket up to the number, the state, the bracket's end. */
const STATE_IN_NUMBER_BRACKET = /([(（][^()（）,，、]*?\d{1,2})\s*(?:[,，、]|\s[-–—]|[-–—]\s)\s*([^()（）,，、]{1,12})([)）])$/;
/** A state after a panel title's number: in a bracket of its own (网站 2（新增）) or as words after the number's bracket (网站信息（网站 2）新增). */
const STATE_AFTER_NUMBER = /(\d{1,2}[)）]?)\s*(?:[(（]([^()（）]{1,12})[)）]|(?<=[)）]\s*)([^\d()（）]{1,12}))$/;
/** A panel title's state saying the website is added by this filing (新增, 新增网站: beian-website-states added) — a tag, no number. */
const ADDED_TAG_KEYS: ReadonlySet<string> = new Set(beianLabels.labels('beian-website-states', ['added'] as const).added.map(labelKey));

/**
 * `el` sits in a table row of label / value pairs — header cell, value cell, and again (antd / Fusion bordered Descriptions,
 * `<th>网站备案号</th><td>…</td>`) or a label and value in each cell: the row shows fields of the section it is in, not one
 * item of a list (whose cells hold values only, their labels in the header).
 */
function inPairRow(el: Element): boolean {
  const row = el.closest('tr, [role="row"]');
  const cells = row ? Array.from(row.children) : [];
  if (cells.length >= 2 && cells.length % 2 === 0 && cells.every((c, i) => (i % 2 === 0) === c.matches('th, [role="rowheader"]'))) return true;
  // (or a label and its value in one cell — antd's Descriptions without borders, <td><span class="ant-descriptions-item-label">
  // 网站备案号</span><span class="ant-descriptions-item-content">…</span></td>: the value's box follows a box classed a label)
  const cell = el.closest('td, th, [role="cell"], [role="gridcell"]');
  for (let e: Element | null = el; e && e !== cell; e = e.parentElement) {
    const label = e.previousElementSibling?.getAttribute('class') ?? '';
    if (label.split(/\s+/).some((c) => /(?:^|[-_])label$/i.test(c))) return true;
  }
  return false;
}

/** A website filing number ending a title: 浙ICP备2021034567号-1. */
const FILED_WEBSITE_NUMBER_AT_END = /\s*[\u4e00-\u9fa5]?ICP备\s*\d{6,}\s*号\s*-\s*\d+\s*$/;

// ------------------------------------------------------------------ fields

interface Hit {
  anchor: Element;
  value: Element | string;
  section: Title | undefined;
}



class FormScan {
  readonly cache: VisibilityCache;
  readonly titles: Title[];
  readonly sections: Title[];

  constructor(readonly body: Element) {
    this.cache = createVisibilityCache();
    this.titles = findTitles(body, this.cache);
    this.sections = this.titles.filter((t) => !t.step && t.kind !== 'other');
  }

  /** The form's own titles (sections and steps): a box holding one is the form's, no lookup box (./filing-dialogs inLookupBox). */
  get lookupStops(): Element[] {
    return (this.stops ??= this.titles.filter((t) => t.kind !== 'unknown').map((t) => t.el));
  }

  private stops: Element[] | undefined;

  get hasSteps(): boolean {
    return this.titles.some((t) => t.step);
  }

  get currentStep(): SectionKind | undefined {
    return this.titles.find((t) => t.step && t.current)?.kind;
  }

  sectionKinds(): Set<SectionKind> {
    return new Set(this.sections.map((t) => t.kind));
  }

  websiteTitles(): Title[] {
    return this.sections.filter((t) => t.kind === 'website');
  }

  sectionOf(anchor: Element): Title | undefined {
    let found: Title | undefined;
    for (const t of this.sections) {
      if (t.el === anchor || t.el.contains(anchor)) continue;
      if (precedes(t.el, anchor)) found = t;
      else break;
    }
    return found;
  }

  private numbered: Set<Title | undefined> | undefined;

  /**
   * A section showing a website's own filing number (浙ICP备2021034567号-1) outside its title and any table row: a
   * filed website's fields (a panel whose title is not known as one, its number in it, falls in the section before).
   */
  showsWebsiteNumber(t: Title): boolean {
    if (!this.numbered) {
      this.numbered = new Set();
      const walker = this.body.ownerDocument.createTreeWalker(this.body, 4);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !showsWebsiteFilingNumber(n.nodeValue ?? '')) continue;
        // (a table row is a list's — the entity's filed websites — unless it is a row of label / value pairs, a bordered
        // Descriptions' 网站备案号 | 京ICP备…号-1 in a filed website's card: round eighty's variant read that website as the filing's)
        if (this.sections.some((s) => s.el.contains(el)) || (el.closest('tr, [role="row"]') && !inPairRow(el)) || !isVisible(el, this.cache)) continue;
        // (a number the user typed into a remark — "备案号 京ICP备2024000001号-1 迁移" —, or shown in a 网站备注's value, is no number the website shows)
        if (inTypedText(el) || inUserTextValue(el)) continue;
        // (nor is one a 备案查询 box beside the form answers: ./filing-dialogs inLookupBox)
        if (inLookupBox({ anchor: el, value: el }, this.body, this.lookupStops)) continue;
        this.numbered.add(this.sectionOf(el));
      }
    }
    return this.numbered.has(t);
  }

  private inStepsBar(el: Element): boolean {
    return this.titles.some((t) => t.step && (t.el.contains(el) || el.contains(t.el)));
  }

  /** Every visible field with one of `labels`, in document order, with its section. */
  hits(labels: readonly string[]): Hit[] {
    const out: Hit[] = [];
    for (const f of fieldHits(this.body, labels, this.cache)) {
      if (this.inStepsBar(f.anchor)) continue;
      // (a search box's answer beside the form — a 备案查询 box quoting another filing — is none of its fields)
      if (inLookupBox(f, this.body, this.lookupStops)) continue;
      // (nor is a field of a box titled for the filing before the change — a 变更主体 page's 原备案信息 card beside the
      // 变更后信息 one, its old name, 组织机构代码证 and number: round forty-four)
      if (this.inFormerBox(f.anchor)) continue;
      out.push({ anchor: f.anchor, value: this.withoutFormerBox(f.value), section: this.sectionOf(f.anchor) });
    }
    return out;
  }

  private boxTitleEls: Element[] | undefined;
  private titledOrFormer: Element[] | undefined;

  /** The page's box titles with those known by their place that name the filing before the change (withFirstLineFormerTitles). */
  private titlesWithFormer(): Element[] {
    return (this.titledOrFormer ??= withFirstLineFormerTitles(this.body, (this.boxTitleEls ??= boxTitles(this.body, this.cache)), this.cache));
  }

  /**
   * `el` sits in a box whose title opens with a word naming the value before a change (rules/labels formerColumns: 原,
   * 变更前, Original …: 原备案信息（只读）, 变更前信息, Original filing): the filing as it was, shown beside the form being
   * filled in — as a comparison table's 变更前 column is (../dom/field laterThanFormer). The form's own titles (主办单位信息 …)
   * open with none of them.
   */
  private inFormerBox(el: Element): boolean {
    const title = titleOver(el, this.titlesWithFormer());
    if (!title || !this.namesFormer(title)) return false;
    const text = normalizeText(visibleText(title, this.cache)).toLowerCase();
    // (the title heads `el`'s box only when, in the smallest box holding both, the title's branch shows the title alone:
    // a 原备案信息 card before an untitled form card holds its own fields in its branch — it titles no field after it)
    let branch: Element = title;
    while (branch.parentElement && !branch.parentElement.contains(el)) branch = branch.parentElement;
    return normalizeText(visibleText(branch, this.cache)).toLowerCase() === text;
  }

  /** A title opening with a word naming the value before a change (rules/labels formerColumns: 原, 变更前, Original …). */
  private namesFormer(title: Element): boolean {
    const text = normalizeText(visibleText(title, this.cache));
    // (or ends with a bracket opening with one — 备案信息（变更前）, 主办单位信息（原）: session 45's review, the old entity read)
    const bracket = /[(（]\s*([^()（）:：]{1,16})[)）]\s*$/.exec(text);
    return opensWithFormerWord(text) || (bracket !== null && opensWithFormerWord(bracket[1]!));
  }

  /**
   * A field's value box holding, beside the control, a box titled for the value before the change (a 变更网站 page's
   * "变更前 / 企业官网" beside the 网站服务内容 select, the old domains beside the domain inputs — round forty-four): the
   * one other box shown in it is the value; the old one is none of it — looked for through wrappers the markup adds, and
   * past an action link, a tag or an icon beside the control (the part holding the control: the held-out page under
   * three markup mutations read "网络购物 变更前 企业官网"; lead, session 44). Else the value as found.
   */
  private withoutFormerBox(value: Element | string): Element | string {
    if (typeof value === 'string') return value;
    // (a 变更前 box known by its place too, its title's class hashed: withFirstLineFormerTitles)
    const former = this.titlesWithFormer().filter((t) => value.contains(t) && this.namesFormer(t));
    // (a line under the control stating the value before the change — "已修改 · 原选择：综合门户", "原填写：海晏文化官网" on
    // a returned filing's website step, round forty-eight: "文化 已修改 · 原选择:综合门户" was read as the content —
    // is such a box too)
    const lines = formerValueLines(value, this.cache);
    former.push(...lines);
    if (former.length === 0) return value;
    const holdsFormer = (c: Element) => former.some((t) => c.contains(t));
    let box = value;
    for (let depth = 0; depth < FORMER_WRAPPERS; depth++) {
      const shown = Array.from(box.children).filter((c) => isVisible(c, this.cache));
      const kept = shown.filter((c) => !holdsFormer(c));
      if (kept.length === 1) return kept[0]!;
      // (the value's own part and the 变更前 box in one wrapper — a wrapper the markup added —: the value is in there)
      const wrapper = shown.length === 1 ? shown[0]! : undefined;
      // (a title's box is its parent; a former line is its own box: a wrapper around a line and the control is looked into)
      if (wrapper && !former.some((t) => (lines.includes(t) ? t === wrapper : t.parentElement === wrapper))) {
        box = wrapper;
        continue;
      }
      // (an action link, a tag or an icon beside the value's control — 修改, 已修改, an svg —: the part holding the control)
      const controls = kept.filter((c) => c.matches(VALUE_CONTROL) || c.querySelector(VALUE_CONTROL) !== null);
      if (controls.length === 1) return controls[0]!;
      // (… or the one part showing a value, where the control is drawn without a control element — Fusion's next-select
      // span beside an action or a tag, which show none: round forty-eight's returned website step under three markup
      // mutations read "文化 已修改 · 原选择:综合门户", the held-out pages × mutations run, session 45)
      const valued = kept.filter((c) => !NO_VALUE_KINDS.has(elementKind(c, upperTag(c), this.cache) ?? 'data') && cellValueText(c, this.cache) !== '');
      return valued.length === 1 ? valued[0]! : value;
    }
    return value;
  }

  /** The first field's text among hits in the allowed sections. */
  text(labels: readonly string[], allowed: ReadonlySet<SectionKind | undefined>): string | undefined {
    for (const h of this.hits(labels)) {
      if (!allowed.has(h.section?.kind)) continue;
      const v = valueText(h.value, this.cache);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** Text around a field's value (its control area), for notes such as a phone's home location. */
  valueArea(hit: Hit): string {
    if (typeof hit.value === 'string') return hit.value;
    // a value box in a column of values beside the column of labels holds its notes itself
    if (valueInNextColumn(hit.anchor, this.cache) === hit.value) return visibleText(hit.value, this.cache);
    let area: Element = hit.value;
    while (area.parentElement && area.parentElement !== this.body && !area.parentElement.contains(hit.anchor)) area = area.parentElement;
    const text = visibleText(area, this.cache);
    // from the value on: a box holding other values before it (a row of values under a row of labels:
    // 通讯地址 浙江省… | 手机号码 —) gives the phone no note of theirs
    const own = area === hit.value ? '' : visibleText(hit.value, this.cache);
    const at = own ? text.indexOf(own) : -1;
    return at > 0 ? text.slice(at) : text;
  }

  /** Cells of a visible table's column headed by one of `labels` (a domain list shown as a table). */
  columnHits(labels: readonly string[]): Hit[] {
    const out: Hit[] = [];
    const table = readTableDetailed(this.body, { value: labels }, this.cache);
    if (!table) return out;
    // A table to pick websites from (a checkbox or radio per row: 接入备案's 选择接入网站, the entity's filed websites at
    // another provider, round forty-four): the rows picked — not disabled (already accessed) — are the filing's, filed
    // numbers and all; the others none.
    const choiceOf = (row: Element) => row.querySelector('input[type="checkbox"], input[type="radio"], [role="checkbox"], [role="radio"]');
    // (checked, or drawn checked by its wrapper's class — ant-checkbox-checked, ant-checkbox-wrapper-checked, is-checked:
    // a saved antd page keeps the state in the class only, and the checked row's domains were lost; session 45's review)
    const picked = (choice: Element): boolean => {
      if (isChecked(choice)) return true;
      let e: Element | null = choice;
      for (let up = 0; e && up < 3 && !/^T[DH]$/.test(upperTag(e)); up++, e = e.parentElement) {
        if ((e.getAttribute('class') ?? '').split(/\s+/).some((c) => /(?:^|[-_])checked$/i.test(c))) return true;
      }
      return false;
    };
    // (a checkbox column with none checked — a list's selection column, the mutation suite's — picks nothing: as before)
    const picking = table.rows.some(({ row }) => {
      const choice = choiceOf(row);
      return choice !== null && picked(choice);
    });
    for (const { row, cells } of table.rows) {
      if (picking) {
        const choice = choiceOf(row);
        if (!choice || !picked(choice) || choice.matches(':disabled, [aria-disabled="true"]')) continue;
      }
      // (a row showing its own website filing number, 豫ICP备2020011223号-1, is a website filed already: the
      // entity's websites listed beside a change, not one this form files)
      else if (showsWebsiteFilingNumber(visibleText(row, this.cache))) continue;
      if (cells.value) out.push({ anchor: cells.value, value: cells.value, section: this.sectionOf(cells.value) });
    }
    return out;
  }

  /** The row of an instance table the user selected (checked radio / aria-selected), or its only row. */
  selectedInstanceRow(): (Partial<Record<'instance' | 'product' | 'serviceNumber' | 'region' | 'expires' | 'billing', Element>> & { groupRegion?: string; lone?: boolean }) | undefined {
    const table = readTableDetailed(
      this.body,
      { instance: BEIAN_FIELDS.instance, product: BEIAN_FIELDS.product, serviceNumber: BEIAN_FIELDS.serviceNumber, region: BEIAN_FIELDS.region, expires: BEIAN_FIELDS.expiry, billing: BEIAN_FIELDS.billing },
      this.cache,
    );
    if (!table || !table.columns.includes('instance')) return undefined;
    const chosen = table.rows.filter(({ row }) => {
      if (row.getAttribute('aria-selected') === 'true') return true;
      return Array.from(row.querySelectorAll('input[type="radio"], input[type="checkbox"], [role="radio"]')).some(isChecked);
    });
    // (a picker grouped by region: the region its group row names, "华东1（杭州） · 2 台")
    if (chosen.length === 1) return { ...chosen[0]!.cells, groupRegion: groupRegions(chosen, this.cache).get(chosen[0]!.row) };
    const selectable = table.rows.some(({ row }) => row.querySelector('input[type="radio"], input[type="checkbox"], [role="radio"]'));
    if (!selectable && table.rows.length === 1) return { ...table.rows[0]!.cells, lone: true };
    return undefined;
  }

  /** Every domain name in the fields labelled `labels` among the hits in `allowed` sections (or under `title`). */
  domains(filter: (h: Hit) => boolean): string[] {
    const out: string[] = [];
    // A table's 域名 / Domain Name column is read only when no labelled domain field is: beside the form's
    // own field, a table of domains lists other websites (a print preview of the filing's filed websites).
    const fields = this.hits(BEIAN_FIELDS.domains).filter(filter);
    for (const h of fields.length > 0 ? fields : this.columnHits(BEIAN_FIELDS.domains).filter(filter)) {
      for (const d of domainsOfValue(domainArea(h), this.cache, controlBox(h))) if (!out.includes(d)) out.push(d);
    }
    return out;
  }
}

/**
 * Where a domain field's values sit: several inputs may follow one label (`<label for=d1>` and
 * d1, d2, d3 after it). The label's and the control's common container when it holds no other label.
 */
function domainArea(h: Hit): Element | string {
  if (typeof h.value === 'string' || !h.value.matches('input, textarea') || h.anchor === h.value) return h.value;
  let lca: Element | null = h.value.parentElement;
  while (lca && !lca.contains(h.anchor)) lca = lca.parentElement;
  if (!lca || lca.querySelectorAll('label').length > 1 || lca.querySelectorAll('input, textarea').length > 20) return h.value;
  return lca;
}

/** The box around a field's value holding no label of it: the control and the lines under it (a hit's value is its control). */
function controlBox(h: Hit): Element | undefined {
  if (typeof h.value === 'string') return undefined;
  let box: Element = h.value;
  for (let i = 0; i < 3 && box.parentElement && !box.parentElement.contains(h.anchor); i++) box = box.parentElement;
  return box;
}

function domainsOfValue(value: Element | string, cache: VisibilityCache, box?: Element): string[] {
  if (typeof value === 'string') return domainsFromText(value);
  const out: string[] = [];
  // (a note anywhere in the field's control box naming a domain taken out — "haiyan.shop 已移除" under the tags — takes it
  // out of every part of the box: its tag, left unstruck, is no domain of the website either; each text unit on its own, so
  // a tag before the note is not read as removed)
  const removedInValue = new Set(textUnits(box ?? value, cache).flatMap((u) => [...removedDomains(u.text)]));
  const add = (text: string | undefined) => {
    // (a name the whole text gives as an example, "…，如 example.com", is none of the website's)
    const shown = new Set(domainsFromText(text));
    // (nor one a note says was taken out, "haiyan.shop 已移除（未实名认证）" under a returned filing's domains: round forty-eight)
    const removed = new Set([...removedDomains(text), ...removedInValue]);
    for (const line of (text ?? '').split(/[\n\r,，;；、\s]+/)) for (const d of domainsFromText(line)) if (shown.has(d) && !removed.has(d) && !out.includes(d)) out.push(d);
  };
  const controls = value.matches('input, textarea') ? [value] : Array.from(value.querySelectorAll('input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]), textarea'));
  // (what is typed into an open inline editor is not saved: no domain of the website)
  // (nor is a control's value struck through by the page's style: a removed domain still listed, as <del>'s text)
  // (nor one whose row says after it that it was taken out: a tag 已移除 beside the disabled input, its strike-through
  // a rule of the sheet — read without the sheet, the page still says it: removedByRowWord; out of the box's text too)
  for (const c of controls) if (removedByRowWord(c, cache)) for (const d of domainsFromText(controlValue(c, upperTag(c)))) removedInValue.add(d);
  for (const c of controls) if (isVisible(c, cache) && !inlineEditorOf(c) && !controlStruckByStyle(c, c.getAttribute('class') ?? '', null, cache)) add(controlValue(c, upperTag(c)));
  if (!value.matches('input, textarea')) for (const t of visibleTokens(value, cache)) add(t);
  return out;
}

/**
 * Is the domain control `c` followed, in its own row (its ancestors holding no other control nor a label, three at most),
 * by a removedDomains word — `<input disabled value="nanfeng-print.net"><span class="next-tag">已移除</span><a>撤销</a>`?
 * Such a row is a domain taken out of the website, as "haiyan.shop 已移除" is (removedDomains): the sheet striking its input
 * through (controlStruckByStyle) may be lost (a page saved without its sheets; held-out × stylesheet-removed, session 49:
 * nanfeng-print.net invented), the tag is still there.
 */
function removedByRowWord(c: Element, cache: VisibilityCache): boolean {
  let row: Element = c;
  for (let i = 0; i < 3; i++) {
    const up: Element | null = row.parentElement;
    if (!up || up.querySelectorAll('input:not([type="hidden"]), textarea, select').length > 1 || up.querySelector('label')) break;
    row = up;
  }
  if (row === c) return false;
  const units = textUnits(row, cache);
  const at = units.findIndex((u) => u.el === c || c.contains(u.el));
  const next = units.slice(at + 1).find((u) => !(u.el === c || c.contains(u.el)));
  if (at < 0 || !next) return false;
  const t = normalizeText(next.text).toLowerCase();
  return REMOVED_WORDS.some((w) => w !== '' && t.startsWith(w));
}

/** Words after a domain saying it was taken out of the website (rules/labels/aliyun.json values.removedDomains: 已移除, removed). */
const REMOVED_WORDS = (aliyunLabelFile as unknown as { values: { removedDomains: string[] } }).values.removedDomains.map((w) => normalizeText(w).toLowerCase());

/** The domains of `text` each followed, after spaces at most, by a removedDomains word ("haiyan.shop 已移除"), or right after one and a colon ("已移除：haiyan.shop"): none of the website's. */
function removedDomains(text: string | undefined): Set<string> {
  const out = new Set<string>();
  const t = normalizeText(text ?? '');
  if (t === '') return out;
  const lower = t.toLowerCase();
  for (const d of domainsFromText(t)) {
    // (every place the domain is named: its tag first, then the note)
    for (let at = lower.indexOf(d.toLowerCase()); at >= 0; at = lower.indexOf(d.toLowerCase(), at + d.length)) {
      const rest = lower.slice(at + d.length).replace(/^\s+/, '');
      // (the word after the domain, "haiyan.shop 已移除", or right before it, "已移除：haiyan.shop")
      const before = lower.slice(0, at).replace(/[\s:：]+$/, '');
      if (REMOVED_WORDS.some((w) => w !== '' && (rest.startsWith(w) || before.endsWith(w)))) out.add(d);
    }
  }
  return out;
}

// ------------------------------------------------------------------ values

/**
 * The entity kinds' words (rules/labels/aliyun.json values.entityTypes: the MIIT 主办单位性质 kinds and the words in them —
 * 单位, 机构, 团体 … —, 军队, 宗教活动场所 …): Chinese words anywhere in the value, Latin ones as whole words (or plural).
 */
const ENTITY_WORDS = (aliyunLabelFile as unknown as { values: { entityTypes: Record<'organization' | 'individual', string[]> } }).values.entityTypes;
const kindPattern = (words: readonly string[]) =>
  new RegExp(words.map((w) => (/^[a-z]/i.test(w) ? `(?<![a-z])${escapeWord(w)}(?:e?s)?(?![a-z])` : escapeWord(w))).join('|'), 'i');
const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const ORGANIZATION = kindPattern(ENTITY_WORDS.organization);
const INDIVIDUAL = kindPattern(ENTITY_WORDS.individual);

/** 个人 / Individual → individual; 企业 / 事业单位 / Enterprise … → organization. */
export function entityTypeFromText(text: string | undefined): 'individual' | 'organization' | undefined {
  const t = normalizeText(text);
  if (t === '') return undefined;
  if (ORGANIZATION.test(t)) return 'organization';
  if (INDIVIDUAL.test(t)) return 'individual';
  return undefined;
}

function serviceNumberFromText(text: string | undefined): string | undefined {
  const t = normalizeText(text);
  for (const token of t.split(/[\s/|,，()（）:：]+/)) {
    if (/^[A-Za-z0-9-]{4,40}$/.test(token) && /\d{4}/.test(token)) return token;
  }
  return undefined;
}

function phoneNote(text: string): string | undefined {
  const t = normalizeText(text)
    .replace(/^[\d\s*＊+\-()（）.]+/, '')
    .replace(/^(手机号码归属地|号码归属地|归属地|所属地|location|home location)\s*[:：]?\s*/i, '');
  return provinceAtStart(t);
}

// ------------------------------------------------------------------ the form

/**
 * Boxes in a value box stating the value before a change: a box holding no control whose whole text opens — after a
 * status word (rules/labels statuses: 已修改, 已变更) and a separator — with a word naming the former value (formerColumns: 原,
 * 变更前, Original …) and a colon within a few characters ("已修改 · 原选择：综合门户", "原填写：海晏文化官网", "变更前：企业官网").
 */
function formerValueLines(value: Element, cache: VisibilityCache): Element[] {
  const words = defaultUnitWords();
  const lower = (w: string) => normalizeText(w).toLowerCase();
  const statuses = (words.statuses ?? []).map(lower).filter((w) => w !== '');
  const former = (words.formerColumns ?? []).map(lower).filter((w) => w !== '');
  const out: Element[] = [];
  for (const el of Array.from(value.querySelectorAll('div, p, span, small, em'))) {
    if (out.some((o) => o.contains(el)) || el.matches(VALUE_CONTROL) || el.querySelector(VALUE_CONTROL) !== null || !isVisible(el, cache)) continue;
    let t = normalizeText(visibleText(el, cache)).toLowerCase();
    if (t === '' || t.length > 80) continue;
    const status = statuses.find((w) => t.startsWith(w));
    if (status) t = t.slice(status.length).replace(/^[\s·•|,，、:：-]+/, '');
    const word = former.find((w) => t.startsWith(w));
    if (word === undefined) continue;
    const colon = t.search(/[:：]/);
    if (colon >= word.length && colon <= word.length + 8) out.push(el);
  }
  return out;
}

/** `text` opens with a word naming the value before a change (rules/labels formerColumns: 原, 变更前, Original …). */
function opensWithFormerWord(text: string): boolean {
  return opensWithWord(text, defaultUnitWords().formerColumns ?? []);
}

/**
 * `titles` (the page's box titles: headings, title classes — ../dom/titled-box boxTitles) with the boxes' titles known
 * by their place alone that name the filing before the change: a short text opening with a former word (原备案信息（只读）,
 * 变更前信息, Original filing) — no colon, no figure, no control — that is the first line of its box, the box's content
 * after it (a card's head before its body). Under hashed class names (a console styled by CSS-in-JS) the 原备案信息 card's
 * `ant-card-head-title` is no title class, and round forty-four's 变更主体 page read the old filing's name, 组织机构代码证
 * and 3302****-6 as the entity's (invented; held-out × mutations, left open by session 44). In document order.
 */
function withFirstLineFormerTitles(body: Element, titles: readonly Element[], cache: VisibilityCache): Element[] {
  const found: Element[] = [];
  try {
    const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const own = normalizeText(n.nodeValue ?? '');
      if (!el || own === '' || !opensWithFormerWord(own) || el.closest(FIRST_LINE_NOT_TITLE)) continue;
      // (the text node opens its element: "原备案信息 <span>（只读）</span>", not a word after others)
      if (normalizeText(visibleText(el, cache)).indexOf(own) !== 0) continue;
      // (up to the whole line: through boxes showing its text alone, and through a box of inline parts only — the words
      // and a （只读） span, each in <font> wrappers a translation adds: the words alone titled no field, and the old
      // card's fields were read again, invented)
      let line = el;
      for (let p = line.parentElement; p && p !== body; p = line.parentElement) {
        if (visibleText(p, cache) !== visibleText(line, cache) && !Array.from(p.children).every((c) => INLINE_TAGS.has(upperTag(c)))) break;
        line = p;
      }
      if (titles.some((t) => t.contains(line) && t !== line)) continue;
      const text = normalizeText(visibleText(line, cache));
      // (a title, no "原备案号：浙ICP备…" line: short, no colon, no figure; a Latin word ends where the former word does)
      // (a former word before an English company's name runs longer — "Previous Hangzhou Moumou Network Co., Ltd.": session
      // 48's review, the former entity's card read as the entity, invented; ../shared/text-values opensWithWord)
      const max = ORGANISATION_NAME.test(text) ? FORMER_NAME_TITLE_MAX : FIRST_LINE_TITLE_MAX;
      // (… or a former word and a colon before an organisation's name, the whole line — "Formerly: 杭州某某网络有限公司",
      // "原单位：杭州某某网络有限公司", "Previous: Moumou Studio Ltd.": such a card head was no title and the former entity's
      // fields were read as the entity's, invented; left open by session 49. A "原备案号：浙ICP备…" line names no organisation)
      if (text.length > max || (/[:：\d]/.test(text) && !FORMER_NAME_AFTER_COLON.test(text)) || !latinWordEnds(text)) continue;
      if (line.querySelector(VALUE_CONTROL) || !isVisible(line, cache) || found.includes(line) || titles.includes(line)) continue;
      const box = line.parentElement;
      if (!box || box === body) continue;
      // the first line of its box …
      let first = true;
      for (let c = box.firstChild; c && c !== line; c = c.nextSibling) {
        if (c.nodeType === 3 ? /\S/.test(c.nodeValue ?? '') : c.nodeType === 1 && visibleText(c as Element, cache) !== '') first = false;
      }
      // … with the box's content after it
      let after = false;
      for (let c = line.nextElementSibling; c && !after; c = c.nextElementSibling) after = visibleText(c, cache) !== '';
      if (first && after) found.push(line);
    }
  } catch {
    // none found
  }
  if (found.length === 0) return titles as Element[];
  return [...titles, ...found].sort(documentOrder);
}
const FIRST_LINE_TITLE_MAX = 40;
/**
 * A few words, a colon, then an organisation's name (ORGANISATION_NAME) with no colon: 原单位：杭州某某网络有限公司. Session 51's
 * review of d60f204 — the card was read as the entity's (invented) under "原单位：杭州58同城网络有限公司" (a figure in the name),
 * "原单位：杭州某某网络有限公司（已注销）" (a bracket after it), "Before change: …" / "Formerly known as: …" (longer words).
 */
const FORMER_NAME_AFTER_COLON = new RegExp(`^[^:：\\d]{1,24}[:：][^:：]+${ORGANISATION_NAME.source.replace(/\$$/, '')}(?:\\s*[(（][^()（）]{1,12}[)）])?$`, 'i');
const FORMER_NAME_TITLE_MAX = 80;
/** A text opening with a Latin word opens with a whole former word (Original filing — not "Oldest" or "Before you start"'s …). */
function latinWordEnds(text: string): boolean {
  if (!/^[a-z]/i.test(text)) return true;
  const t = text.toLowerCase();
  return (defaultUnitWords().formerColumns ?? []).some((w) => /^[a-z]/i.test(w) && t.startsWith(w.toLowerCase()) && !/[a-z]/.test(t.charAt(w.length)));
}
/** Where a short text is a cell's, a label's, an option's or a control's words, no box's title. */
const FIRST_LINE_NOT_TITLE = 'td, th, label, dt, dd, option, select, button, a, textarea, [role="columnheader"], [role="gridcell"], [role="cell"], [role="option"]';

/** Kinds of a part beside a value's control that show no value of it: an action link, a tag, a help icon. */
const NO_VALUE_KINDS = new Set<string>(['action', 'status', 'help']);
/** Wrappers looked through for a value's own part beside its 变更前 box (FormScan withoutFormerBox). */
const FORMER_WRAPPERS = 4;
/** A control showing a form value (a text box, a select, a radio group). */
const VALUE_CONTROL = 'input, select, textarea, [role="combobox"], [role="radiogroup"], [contenteditable="true"]';

const ENTITY_SECTIONS: ReadonlySet<SectionKind | undefined> = new Set([undefined, 'entity', 'base']);
const PHONE_SECTIONS: ReadonlySet<SectionKind | undefined> = new Set([undefined, 'entity', 'base', 'leader']);
const WEBSITE_SECTIONS: ReadonlySet<SectionKind | undefined> = new Set([undefined, 'website', 'base']);
const SERVER_SECTIONS: ReadonlySet<SectionKind | undefined> = new Set([undefined, 'server', 'base']);

/** Sets `obj[key]` to a value read (a string read empty or not at all, or undefined, sets nothing). */
function put<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined && value !== '') obj[key] = value;
}

function readEntity(scan: FormScan): PartialEntity {
  const entity: PartialEntity = {};
  // (a value that is a title's tag alone — 选填, （选填）, Optional —: an empty 主办单位名称 before a contact's title with its
  // tag read the tag as the entity's name, invented; the tag decorates the title after the field, no value of it)
  const text = (labels: readonly string[], sections = ENTITY_SECTIONS) => {
    const t = scan.text(labels, sections);
    return t !== undefined && (isOptionalTag(t) || BRACKET_NOTE.test(normalizeText(t))) ? undefined : t;
  };
  put(entity, 'type', entityTypeFromText(text(BEIAN_FIELDS.entityType)));
  put(entity, 'name', meaningful(text(BEIAN_FIELDS.entityName)));
  put(entity, 'idType', meaningful(text(BEIAN_FIELDS.idType)));
  put(entity, 'idNumber', maskedIdNumber(text(BEIAN_FIELDS.idNumber)));
  // a Region field whose value starts with a province (Zhejiang / Hangzhou / Xihu District) is the entity's
  put(entity, 'province', provinceAtStart(text(BEIAN_FIELDS.province) ?? text(BEIAN_FIELDS.region)) ?? provinceOfAddress(text(BEIAN_FIELDS.address)));
  put(entity, 'homeProvince', provinceOfAddress(text(BEIAN_FIELDS.homeProvince)));
  put(entity, 'residencePermit', yesNo(text(BEIAN_FIELDS.residencePermit, PHONE_SECTIONS)));
  let phoneProvince = phoneNote(text(BEIAN_FIELDS.phoneLocation, PHONE_SECTIONS) ?? '');
  if (!phoneProvince) {
    for (const h of scan.hits(BEIAN_FIELDS.phone)) {
      if (!PHONE_SECTIONS.has(h.section?.kind)) continue;
      const area = scan.valueArea(h);
      const label = typeof h.value === 'string' ? '' : visibleText(h.anchor, scan.cache);
      phoneProvince = phoneNote(label && area.startsWith(label) ? area.slice(label.length) : area);
      if (phoneProvince) break;
    }
  }
  put(entity, 'phoneProvince', phoneProvince);
  return entity;
}

function readWebsite(scan: FormScan, filter: (h: Hit) => boolean): Website {
  const first = (labels: readonly string[]) => {
    for (const h of scan.hits(labels)) {
      if (!filter(h)) continue;
      const v = valueText(h.value, scan.cache);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const website: Website = { domains: scan.domains(filter) };
  put(website, 'name', meaningful(first(BEIAN_FIELDS.websiteName)));
  put(website, 'content', meaningful(first(BEIAN_FIELDS.content)));
  put(website, 'preApproval', preApprovalFromText(first(BEIAN_FIELDS.preApproval)) ?? (meaningful(first(BEIAN_FIELDS.preApprovalNumber)) ? true : undefined));
  return website;
}

interface ServerBlock {
  serverId?: string;
  serviceNumber?: string;
  product?: ProductId;
  region?: string;
  billing?: 'subscription' | 'payg';
  expiresAt?: string;
}

const BLOCK_SECTIONS: ReadonlySet<SectionKind | undefined> = new Set([...SERVER_SECTIONS, 'website']);
const INSTANCE_ONLY: ReadonlySet<keyof ServerBlock> = new Set(['region', 'billing', 'expiresAt']);

/** The server fields of each section (a 产品验证 block, a website's own fields), first value per field, in document order. */
function readServerBlocks(scan: FormScan): Map<Title | undefined, ServerBlock> {
  const blocks = new Map<Title | undefined, ServerBlock>([undefined, ...scan.sections].map((t) => [t, {}]));
  // The boxes of the instance fields (label and value): a 地域 note in one — "地域：华东2（上海）" under the picked instance, a
  // 接入备案 base step (round forty-four) — is that instance's region, whatever the section.
  const instanceItems = scan.hits(BEIAN_FIELDS.instance).flatMap((h) => {
    if (typeof h.value === 'string') return [];
    let box: Element | null = h.value;
    while (box && !box.contains(h.anchor)) box = box.parentElement;
    return box && box !== scan.body ? [box] : [];
  });
  const ofInstance = (h: Hit) => instanceItems.some((box) => box.contains(h.anchor) && scan.hits(BEIAN_FIELDS.instance).filter((i) => box.contains(i.anchor)).length === 1);
  // (an expiry whose nearest field before it in its section names another subject — the domain, 网站域名 2027-08-01, or the
  // service number, 备案服务号 … 到期时间: that one's validity — is none of the instance's, even in a 产品验证 block; the
  // instance's own or its product's field before it keeps it the instance's: session 51's review of the lead's server step)
  const subjects = [
    ...scan.hits(BEIAN_FIELDS.instance).map((h) => ({ h, own: true })),
    ...scan.hits(BEIAN_FIELDS.product).map((h) => ({ h, own: true })),
    ...scan.hits(BEIAN_FIELDS.domains).map((h) => ({ h, own: false })),
    ...scan.hits(BEIAN_FIELDS.serviceNumber).map((h) => ({ h, own: false })),
  ].sort((a, b) => documentOrder(a.h.anchor, b.h.anchor));
  const afterOtherSubject = (h: Hit) => {
    let last: { h: Hit; own: boolean } | undefined;
    for (const s of subjects) if (s.h.section === h.section && documentOrder(s.h.anchor, h.anchor) < 0) last = s;
    return last !== undefined && !last.own;
  };
  const take = <K extends keyof ServerBlock>(labels: readonly string[], key: K, parse: (t: string | undefined) => ServerBlock[K]) => {
    for (const h of scan.hits(labels)) {
      // (a region, billing mode or expiry outside a 产品验证 block is the instance's only beside its field)
      if (!BLOCK_SECTIONS.has(h.section?.kind) || (INSTANCE_ONLY.has(key) && h.section?.kind !== 'server' && !ofInstance(h))) continue;
      if (key === 'expiresAt' && !ofInstance(h) && afterOtherSubject(h)) continue;
      const block = blocks.get(h.section)!;
      if (block[key] === undefined) block[key] = parse(valueText(h.value, scan.cache));
    }
  };
  take(BEIAN_FIELDS.instance, 'serverId', instanceIdFromText);
  take(BEIAN_FIELDS.serviceNumber, 'serviceNumber', serviceNumberFromText);
  take(BEIAN_FIELDS.product, 'product', productFromText);
  take(BEIAN_FIELDS.region, 'region', parseRegion);
  // The instance's billing mode and expiry as a 产品验证 block shows them beside it (付费类型 包年包月, 到期时间 2027-08-14
  // 23:59:59; round seventy-one's base step, round sixty-six's Instance Expiration Time): both were never read (missing).
  // Labelled fields only: a table of instances to pick from gives no hit (column headers are no field labels; the picked
  // row's columns are read in readBeianForm, after the blocks).
  take(BEIAN_FIELDS.billing, 'billing', billingFromText);
  take(BEIAN_FIELDS.expiry, 'expiresAt', (t) => expiryFromText(t, true));
  // … or written in a note in the instance field's box, after other words ("续费中 到期时间 2026-12-15（续费生效后：…）",
  // "地域：华东2（上海）　到期时间：2027-11-03"): a date words beside it call the expiry (./server-values expiryFromText, not
  // dedicated), in a box holding that one instance field
  for (const h of scan.hits(BEIAN_FIELDS.instance)) {
    const block = BLOCK_SECTIONS.has(h.section?.kind) ? blocks.get(h.section) : undefined;
    const box = instanceItems.find((b) => b.contains(h.anchor));
    if (!block || block.expiresAt !== undefined || !box || !ofInstance(h)) continue;
    const note = visibleText(box, scan.cache);
    // (a note naming another instance — "同账号实例 i-bp1z… 到期时间 2027-02-02" — gives that one's date: invented before,
    // session 51's review)
    if (instanceIdsInText(note).some((id) => id !== block.serverId)) continue;
    block.expiresAt = expiryFromText(note, false);
  }
  return blocks;
}

/**
 * The website section each server section (产品验证) belongs to: the one website section whose box
 * holds it, after its title; or, on a page where no server section sits in a website's box, the
 * website section before it when every website is followed by exactly one server section
 * (W S W S …). Else none: a server is never given to a website the page does not tie it to.
 */
function serverOwners(scan: FormScan, sites: Title[]): Map<Title | undefined, Title | undefined> {
  const run = scan.sections.filter((s) => s.kind === 'website' || s.kind === 'server');
  const owners = new Map<Title | undefined, Title | undefined>();
  for (const s of run) {
    if (s.kind !== 'server') continue;
    for (let a = s.el.parentElement; a; a = a.parentElement) {
      const inside = sites.filter((w) => a!.contains(w.el));
      if (inside.length === 0) continue;
      if (inside.length === 1) owners.set(s, precedes(inside[0]!.el, s.el) ? inside[0] : undefined);
      break;
    }
  }
  if (owners.size === 0 && run.length === 2 * sites.length && run.every((s, i) => s.kind === (i % 2 ? 'server' : 'website'))) {
    run.forEach((s, i) => i % 2 && owners.set(s, run[i - 1]));
  }
  for (const w of sites) owners.set(w, w);
  return owners;
}

/**
 * The domain fields among `filter`'s hits: showing domains, or a box still to fill in (the website being added, its
 * textarea or input empty). A hit showing neither (a label's qualifier or mark read apart) is none.
 */
function domainFieldHits(scan: FormScan, filter: (h: Hit) => boolean): Hit[] {
  return scan.hits(BEIAN_FIELDS.domains).filter((h) => filter(h) && (domainsOfValue(h.value, scan.cache).length > 0 || toFillIn(h.value)));
}
const toFillIn = (value: Element | string): boolean =>
  typeof value !== 'string' && (value.matches(TEXT_BOX) || value.querySelector(TEXT_BOX) !== null);
const TEXT_BOX = 'textarea, input:not([type]), input[type="text"], [role="textbox"], [contenteditable="true"]';

/**
 * Two websites' fields under one section (a filed website's panel opened beside the one being added, their titles not
 * told apart): two 网站名称 values, each followed by a domain field of its own, filled in or not — whose domain is whose
 * is not known. (Two names over one domain field are one website's names: 网站名称 and 网站名称（英文）; a second domain
 * box under them, a domain being added, is that website's too; a domain box before any name — a checker's 域名 box
 * above the form — follows no website's name.)
 */
function twoWebsitesMixed(scan: FormScan, filter: (h: Hit) => boolean): boolean {
  const names = new Set<string>();
  const marks: Array<{ at: Element; name: boolean }> = [];
  for (const h of scan.hits(BEIAN_FIELDS.websiteName)) {
    if (!filter(h)) continue;
    const v = meaningful(valueText(h.value, scan.cache));
    if (!v) continue;
    names.add(v);
    marks.push({ at: h.anchor, name: true });
  }
  if (names.size < 2) return false;
  for (const h of domainFieldHits(scan, filter)) marks.push({ at: h.anchor, name: false });
  marks.sort((a, b) => documentOrder(a.at, b.at));
  // (names, then a domain field: one website's; two such runs are two websites')
  let websites = 0;
  let named = false;
  for (const m of marks) {
    if (m.name) named = true;
    else if (named) {
      websites++;
      named = false;
    }
  }
  return websites > 1;
}

/** `blocks`' server ID and service number to `w` where it shows none and the blocks that show one agree. */
function giveUnownedServer(w: Website, blocks: ServerBlock[]): void {
  for (const k of ['serverId', 'serviceNumber'] as const) {
    const values = new Set(blocks.map((b) => b[k]).filter(Boolean));
    if (w[k] === undefined && values.size === 1) w[k] = [...values][0];
  }
}

function readWebsites(scan: FormScan, blocks: Map<Title | undefined, ServerBlock>): Website[] {
  const titles = scan.websiteTitles();
  if (titles.length >= 2) {
    const owners = serverOwners(scan, titles);
    const out: Array<Website & { filed?: boolean }> = [];
    for (const t of titles) {
      // (a section holding two websites' fields — the added one's panel, then a filed one's whose title is no known
      // one — is neither's: no website rather than one mixed of both)
      if (twoWebsitesMixed(scan, (h) => h.section === t)) continue;
      const w = readWebsite(scan, (h) => h.section === t);
      if (!w.name && w.domains.length === 0) continue;
      // Its server blocks' ID and number, when those that show one agree.
      const mine = [...blocks].filter(([s]) => owners.get(s) === t);
      for (const k of ['serverId', 'serviceNumber'] as const) {
        const values = new Set(mine.map(([, b]) => b[k]).filter(Boolean));
        if (values.size === 1) w[k] = [...values][0];
      }
      // (a filed website whose title says this filing changes it — 变更网站 — is this filing's as a website being added is)
      out.push(!t.changing && (t.filed || scan.showsWebsiteNumber(t)) ? { ...w, filed: true } : w);
    }
    // A website whose section shows its own filing number (in its title or its fields) beside one showing none
    // (新增网站: the entity's filed websites in panels above the one added) is none of this filing's; where every
    // website read shows one (接入备案 from another provider, 变更网站), all are.
    const adding = out.some((w) => !w.filed) && out.some((w) => w.filed);
    const kept = out.filter((w) => !adding || !w.filed);
    // (the server verified on a 新增网站 step, its block under no website's title — a Product Verification card after the
    // filed website's card and the new website's — is the one added website's: the filed ones are only listed. Round
    // eighty's variant lost the added website's instance and service number; missing)
    // (after every website's title only: a server card between the filed website's and the added one's may be the filed one's)
    const afterSites = (s: Title) => titles.every((t) => precedes(t.el, s.el));
    if (adding && kept.length === 1) giveUnownedServer(kept[0]!, [...blocks].filter(([s]) => s?.kind === 'server' && owners.get(s) === undefined && afterSites(s)).map(([, b]) => b));
    return kept.map(({ filed: _, ...w }) => w);
  }
  const inWebsite = readWebsite(scan, (h) => h.section?.kind === 'website' || h.section === undefined);
  // Two websites' fields under one section (a filed website's panel opened above the one being added, their
  // titles not told apart): whose domain is whose is not known — no website rather than one mixed of both.
  if (twoWebsitesMixed(scan, (h) => h.section?.kind === 'website' || h.section === undefined)) return [];
  if (inWebsite.domains.length === 0) {
    // no website section: a domain field shown with the server (产品验证 / Server Information) is the website's
    inWebsite.domains = scan.domains((h) => WEBSITE_SECTIONS.has(h.section?.kind) || h.section?.kind === 'server');
  }
  const any = inWebsite.name || inWebsite.domains.length > 0 || inWebsite.content || inWebsite.preApproval !== undefined;
  return any ? [inWebsite] : [];
}

export interface FormRead {
  step: FormStep;
  facts: PageFacts;
}

function pathStep(url: URL | undefined): FormStep | undefined {
  if (!url) return undefined;
  const p = (url.pathname + url.search + url.hash).toLowerCase();
  if (/entity|subject|zhuti|organizer|main-?info/.test(p)) return 'entity';
  if (/website|site-?info|wangzhan/.test(p)) return 'website';
  if (/server|product|instance|service-?(code|number)|base/.test(p)) return 'server';
  return undefined;
}

/** Reads the filing form on `doc`; null when it is not a filing form, still loading, or in error. */
export function readBeianForm(doc: Document, url?: URL): FormRead | null {
  const body = doc.body;
  if (!body) return null;
  const scan = new FormScan(body);
  if (pageError(body, scan.cache) || pageLoading(body, scan.cache)) return null;

  const facts: PageFacts = { version: 1 };
  const entity = readEntity(scan);
  if (Object.keys(entity).length > 0) facts.entity = entity;
  const blocks = readServerBlocks(scan);
  const websites = readWebsites(scan, blocks);
  const perSite = scan.websiteTitles().length >= 2;

  const row = scan.selectedInstanceRow();
  const cell = (el: Element | undefined) => (el ? cellValueText(el, scan.cache) : undefined);
  // The first value of each field outside website sections (blocks are in document order), else the picked row's.
  const first = <K extends keyof ServerBlock>(k: K) => [...blocks].find(([t, b]) => t?.kind !== 'website' && b[k] !== undefined)?.[1][k];
  const serverId = first('serverId') ?? instanceIdFromText(cell(row?.instance));
  const serviceNumber = first('serviceNumber') ?? serviceNumberFromText(cell(row?.serviceNumber));
  const product = first('product') ?? productFromText(cell(row?.product));
  // (the row's columns only when its instance is the one read: a 产品验证 block naming its instance beside a table whose
  // checked row is another's gave that row's expiry — invented, session 51's review — and its region, session 52)
  const rowIsServer = row !== undefined && serverId !== undefined && instanceIdFromText(cell(row.instance)) === serverId;
  const region = first('region') ?? (rowIsServer || serverId === undefined ? (parseRegion(cell(row?.region)) ?? row?.groupRegion) : undefined);
  // (the instance's billing mode and expiry: a 产品验证 block's fields, else the picked row's columns; a pay-as-you-go
  // instance has no expiry, as on the ECS pages)
  const billing = first('billing') ?? (rowIsServer ? billingFromText(cell(row?.billing)) : undefined);
  const expiresAt = billing === 'payg' ? undefined : (first('expiresAt') ?? (rowIsServer ? expiryFromText(cell(row?.expires), true) : undefined));
  const hasServer = serverId !== undefined || serviceNumber !== undefined;
  if (hasServer && !perSite) {
    let target: Website | undefined;
    if (websites.length === 1) target = websites[0];
    // (a lone table row on a page showing no form — no steps, no section titles — is a list: no website)
    else if (websites.length === 0 && (!row?.lone || first('serverId') !== undefined || scan.hasSteps || scan.sectionKinds().size > 0)) {
      target = { domains: [] };
      websites.push(target);
    }
    if (target) {
      if (serverId) target.serverId = serverId;
      if (serviceNumber) target.serviceNumber = serviceNumber;
    }
  }
  if (websites.length > 0) facts.websites = websites;
  // Several websites: each server block gives its own server (no value mixed across blocks).
  const servers: ServerFacts[] = [];
  for (const b of perSite ? blocks.values() : [{ serverId, product, region, billing, expiresAt }]) {
    if (!b.serverId || !b.product || servers.some((s) => s.id === b.serverId)) continue;
    const server: ServerFacts = { id: b.serverId, provider: 'aliyun', product: b.product };
    if (b.region) server.region = b.region;
    if (b.billing) server.billing = b.billing;
    if (b.expiresAt && b.billing !== 'payg') server.expiresAt = b.expiresAt;
    servers.push(server);
  }
  if (servers.length > 0) facts.servers = servers;

  const has: Record<FormStep, number> = {
    entity: Object.keys(entity).length,
    website: websites.reduce((n, w) => n + (w.name ? 1 : 0) + (w.domains.length > 0 ? 1 : 0) + (w.content ? 1 : 0) + (w.preApproval !== undefined ? 1 : 0), 0),
    server: (serverId ? 1 : 0) + (serviceNumber ? 1 : 0) + (product ? 1 : 0),
  };
  // A filing form shows its steps or section titles (or the path says which step); a page with
  // neither, elsewhere on the host, is not read unless its labelled fields say enough.
  const recognised = scan.hasSteps || scan.sectionKinds().size > 0 || pathStep(url) !== undefined || has.entity + has.website + has.server >= 3;
  if (!recognised) return null;
  const step = claimStep(scan, has, url);
  return step ? { step, facts } : null;
}

function claimStep(scan: FormScan, has: Record<FormStep, number>, url: URL | undefined): FormStep | undefined {
  const asStep = (k: SectionKind | undefined): FormStep | undefined =>
    k === 'entity' || k === 'leader' ? 'entity' : k === 'website' || k === 'website-leader' ? 'website' : k === 'server' ? 'server' : undefined;
  const current = scan.currentStep;
  const fromCurrent = asStep(current);
  if (fromCurrent && has[fromCurrent] > 0) return fromCurrent;
  const kinds = scan.sectionKinds();
  const present: Record<FormStep, boolean> = {
    entity: kinds.has('entity') || kinds.has('leader'),
    website: kinds.has('website') || kinds.has('website-leader'),
    server: kinds.has('server') || kinds.has('base'),
  };
  // The current step's own section shown with nothing in it yet — the website step just opened, its form empty beside the
  // entity's summary (round eighty-four): still that step, whatever else the page shows (it was claimed by the entity
  // reader, then by the website reader once the first character was typed)
  if (fromCurrent && present[fromCurrent] && has.entity + has.website + has.server > 0) return fromCurrent;
  if (current === 'base') {
    if (has.server > 0) return 'server';
    if (has.entity > 0) return 'entity';
    if (has.website > 0) return 'website';
  }
  const fromPath = pathStep(url);
  if (fromPath && has[fromPath] > 0) return fromPath;
  // The sections shown: the step whose section is on the page with the most facts read; then any.
  // Entity and website sections on one page outside a form step (the confirm step shows every
  // step): the whole filing, claimed by its first step however many websites it lists.
  if (present.entity && present.website && has.entity > 0 && (current === undefined || current === 'other')) return 'entity';
  const order: FormStep[] = ['entity', 'website', 'server'];
  const best = (candidates: FormStep[]) => candidates.reduce<FormStep | undefined>((b, s) => (has[s] > 0 && (b === undefined || has[s] > has[b]) ? s : b), undefined);
  return best(order.filter((s) => present[s])) ?? best(order);
}

/** True on the filing system and the filing console. */
export function isBeianHost(url: URL): boolean {
  return /^beian\.aliyun\.com$|^beian\.console\.(aliyun|alibabacloud)\.com$|^beian\.alibabacloud\.com$/.test(url.hostname);
}
