import { span } from './cell-span';
import { HAS_TOKENS } from './class-tokens';
import { drawnText, pageDrawsText } from './drawn-text';
import { isExampleBox } from './example-box';
import { besideBreaks, fontsOnly, glued, gluedAtBreak, gluedSideBySide, INLINE_TAGS, searchMatch, shownAsBlock, textLike } from './glue';
import { inlineEditorOf } from './inline-editor';
import { controlStruckByStyle, struckByStyle } from './struck';
import { holdsLabelledRows } from './label-box';
import { isStepsIndicator } from './steps';
import { holdsTemplateExpression } from './unrendered-template';
import { labelKey, memoized, normalizeText, qualifiedAsFormer, registerFormerQualifiers } from './normalize-label';
import { relativeTimeDate } from './parse-date';
import { currentRead, readSession } from './read-session';
import { HELP_OPENER, INSTRUCTION } from './sample';
import { isNoteReference } from './note-marker';
import { asksPermission, saysNoPermission } from './permission-withheld';
import { mayBeCut, wholeOfCutText } from './truncated';
import { classInfo, selfHidden, ownTextHidden, isVisible, upperTag, type ClassInfo, type ElementAttrs, type VisibilityCache } from './visibility';

/**
 * Text units: every visible text run of a page classified by what it is to the user, from the
 * markup's structure (tags, ARIA roles, class-name TOKENS of component libraries such as `tag`,
 * `badge`, `help`, `extra` — never a generated class name) and a provider's word lists:
 *
 * - `label`   form labels, `<th>`, `<dt>`, description / form-item labels, ARIA header cells
 * - `data`    everything else that is shown: what a value is made of
 * - `action`  buttons, `role=button`, links whose text is an action (续费, 更改带宽, 转包年包月)
 * - `status`  tags, badges, status dots, `role=status`, and texts of the status vocabulary
 * - `help`    hints and extra text under a control, placeholders, help icons, "如 example.com"
 * - `control` the value of an input, textarea, select, checked radio / checkbox, combobox
 *
 * Pure; never throws.
 */
export type UnitKind = 'label' | 'data' | 'action' | 'status' | 'help' | 'control';

export interface TextUnit {
  kind: UnitKind;
  /** Normalised visible text (normalizeText). */
  text: string;
  /** The element the text sits in (for a control: the control). */
  el: Element;
  /** How many shown line breaks (`<br>`) come before it in the element read (0: its first line). */
  line?: number;
}

/** The provider word lists units are classified with (LabelVocabulary carries them). */
export interface UnitWords {
  actions: readonly string[];
  statuses: readonly string[];
  help: readonly string[];
  /** Openers of a note about a change not yet in effect (待生效, 修改审核中 …): such a note is no part of a value. */
  pending?: readonly string[];
  /** Openers of a comparison table's column header naming the value before a change (原信息, 变更前): ./field laterThanFormer. */
  formerColumns?: readonly string[];
  /** … and after it (变更后信息, 新). */
  laterColumns?: readonly string[];
  /** What a registrar writes in place of a withheld name (隐私保护中, REDACTED FOR PRIVACY): shared/text-values.ts isWithheldName. */
  withheldNames?: readonly string[];
  /** The words of a help link beside a label (帮助, 说明, 示例, Help): ./field.ts, between a label and its value box. */
  helpLinks?: readonly string[];
  /** A close control's name (关闭, Close, ×): ./overlay.ts, a fixed box with one is a floating panel. */
  closeWords?: readonly string[];
  /** The words a grid's total row opens with (合计, 总计, Total): ./total-row.ts, such a row is no record. */
  totalWords?: readonly string[];
  /** The words a steps box's name ends in (进度, 步骤, progress): ./steps.ts, such a box is a note. */
  stepsNames?: readonly string[];
  /** Words of a panel's title saying it tells what a new version changes (更新说明, 有哪些变化, What's new): ./example-box.ts, its rows illustrate. */
  releaseNotes?: readonly string[];
  /** Words of a box's title saying it is a guided tour or coach mark (新手引导, 操作引导, Quick tour): ./example-box.ts, its rows illustrate. */
  guides?: readonly string[];
  /** Column headers naming a task (任务, 任务类型, 操作类型, Task): ./table.ts, a table with one is a task list, no list of records. */
  taskColumns?: readonly string[];
  /** Labels (and box titles) naming the user's own text (备注, 描述, 名称, Remark): ./field.ts, a "标签：值" written there is no field. */
  userText?: readonly string[];
  /** What a value shows in place of a value that did not come (查询失败, 数据获取异常, 获取中…, 暂无数据, Failed to load): no part of a value. */
  notLoaded?: readonly string[];
  /** Words a hint line opens with before its colon (温馨提示, 提示, 注意, Tip, Note): ./field.ts, a label word inside such a line is none. */
  hintOpeners?: readonly string[];
  /** A list's action column header (操作, Actions): ./table.ts, such a column of plain operation names with times is a task log's. */
  actionColumns?: readonly string[];
  /** Words of an offer (起售, 限时, 折, 优惠, Limited time): ./field.ts, a label word in a line of running text holding one is none. */
  offerWords?: readonly string[];
  /** Words opening an action's or a question's title naming a field's words (切换, 调整, 如何, How to): ./field.ts labelsContaining, no label drawn by the layout. */
  notLabelOpeners?: readonly string[];
  /** Words of a title naming a lookup (注册查询, 查询结果, Whois): ./table.ts, a table under one with a search box before it is its answer, no list. */
  lookupTitles?: readonly string[];
  /** Words of a title naming the records visited last (最近访问, Recently visited): ./table.ts, a table under one loses to a list as wide. */
  recentTitles?: readonly string[];
  /** Words naming such records only as a title's whole words (Recent, Released, 最近): ./table.ts titledApart. */
  recentTitlesWhole?: readonly string[];
}

const NOT_BLANK = /\S/;
/** The end of a question: a help link's text (什么是峰值带宽？). */
const QUESTION_END = /[?？]\s*$/;
/**
 * A rule for a field's value, as a form writes it under the field: a requirement (需 / 须 / 必须 / 应 / 应当 / 需要 / 请 与…
 * 相符 / 一致 / 相同 / 相关) or a prohibition (不能 / 不得 / 不可 / 禁止 / 不允许 / 请勿 使用 / 包含 / 含有 / 出现 / 为) set in a
 * sentence (a comma, 、, or a second clause) — or, with none, opening on the field's name (网站名称应与实际内容相符) — or in
 * English "must (not) match / contain / be …", "should (not) …", "cannot be / contain / use …", "needs to match / be …" in a
 * sentence of some length, its words in lower case after the modal. A value holding such words alone ("不能使用的旧站点")
 * has no sentence around them; a name in title case ("Cannot Be Stopped Media Co., Ltd.", "You Must Be Dreaming Studio")
 * is no rule (review of 01906c8, session 49: such names were lost, and the rule in other words — 应当与, 需要与, 不得为,
 * 不允许出现, should match, needs to be consistent — was still read into the website's name under hashed classes).
 */
const FIELD_RULE = new RegExp(
  [
    '^(?=[^\\n]*[，,、；;])[^\\n]{0,40}?(?:(?:需|须|必须|应当?|需要|请)与[^，。,;；]{1,12}?(?:相符|一致|相同|相关)|(?:不能|不得|不可|禁止|不允许|不应|请勿)(?:使用|包含|含有|出现|为))',
    '^(?:网站|网站名称|名称|网站名)中?(?:需|须|必须|应当?|需要|不能|不得|不可|不允许|不应)(?:与|使用|包含|含有|出现|为|是)',
    // (the rule alone, one clause: 需与营业执照上的名称一致。 under the entity's name — glued to it under hashed classes,
    // held-out × class-names-hashed, round sixty-two, invented; no name opens with 需与)
    '^(?:需|须|必须|应当?|需要|请)与[^，。,;；]{1,16}?(?:相符|一致|相同)[。.]?$',
    // (and in other words: opening on another field's name (主办单位名称需与营业执照一致, 单位名称应与…), 和 / 同 / 跟 for 与,
    // 请确保, a longer clause (需与营业执照上的单位名称及证件号码完全一致。), or no modal before a document's name (与营业执照上的
    // 名称一致); Same as on the business license — each glued to the entity's name under hashed classes, invented; session
    // 50's review of 31cda17)
    '^(?:[^\\s，。,;；]{0,8}?名称)?(?:需|须|必须|应当?|需要|请确保|请保证|要)(?:与|和|同|跟)[^，。,;；]{1,24}?(?:相符|一致|相同)[。.]?$',
    '^(?:与|和|同|跟)[^，。,;；]{0,16}?(?:营业执照|执照|证件|身份证|登记证|证书|主体)[^，。,;；]{0,12}?(?:相符|一致|相同)[。.]?$',
    '^(?:(?:[Mm]ust|[Ss]hould) be )?(?:[Tt]he )?[Ss]ame as (?:on |in )?(?:the |your )?[^.]{0,40}?(?:licen[cs]e|certificate|document|ID card)\\.?$',
    '^(?=.{20,})(?:[^.]{0,60}?\\b)?(?:[Mm]ust(?: not)?|[Ss]hould(?: not)?|[Cc]annot|[Cc]an\'t|[Mm]ay not|[Nn]eeds? to) (?:match|contain|include|use|be)\\b',
    // (session 51's review of 8d22ec7 — each glued to the entity's or the website's name under hashed classes, invented: 填写 /
    // 输入 a document's name (填写营业执照上的单位全称), 以营业执照为准, a length (4-20个字符, 不超过20个字), Consistent with the
    // business license, Enter the full name on the business license, Do not use …, No pure numbers or letters)
    '^请?(?:填写|输入)[^，。,;；]{0,12}?(?:营业执照|执照|证件|身份证|登记证)[^，。,;；]{0,12}[。.]?$',
    '^[^\\s，。,;；]{0,8}?以[^，。,;；]{0,10}?(?:营业执照|执照|证件|身份证|登记证)[^，。,;；]{0,6}?为准[。.]?$',
    '^(?:长度)?(?:为|在)?\\s*\\d+\\s*[-~～至到]\\s*\\d+\\s*个?(?:字符|字|汉字)(?:之间|以内)?[。.]?$',
    '^(?:长度)?(?:不超过|不少于|不多于|最多|至少|最长|最短|限)\\s*\\d+\\s*个?(?:字符|字|汉字)(?:以内)?[。.]?$',
    '^(?:[Cc]onsistent with|[Ee]nter the (?:full |complete )?name (?:on|as (?:shown )?on|in)) (?:the |your )?[^.]{0,40}?(?:licen[cs]e|certificate|document|ID card)\\.?$',
    '^(?:[Dd]o not|[Dd]on\'t) (?:use|enter|include|contain)\\b[^.]{0,60}\\.?$',
    '^[Nn]o pure (?:numbers|digits|letters|English)\\b[^.]{0,40}\\.?$',
  ].join('|'),
);
/**
 * A link to the rules of a field (查看命名规范, 了解命名要求, View naming rules, See the requirements, Naming rules, 查看示例,
 * 网站命名规则 — the last glued to the website's name under hashed classes, round sixty-one × class-names-hashed, invented;
 * 备案命名规则, 网站名称规范, 网站名称要求, 命名规则说明, 如何命名, Website naming rules too: session 50's review of 31cda17).
 */
const RULES_LINK =
  /^(?:查看|了解|参考)[^\s，。]{0,8}?(?:规范|要求|规则|说明|指南|示例|样例)$|^(?:网站|网站名称|名称|域名|主体|主体名称)?(?:命名|填写|取名)(?:规则|规范|要求|说明)$|^(?:网站|网站名称|名称|域名|主体|主体名称|备案)?(?:命名|填写|取名)?(?:规则|规范|要求)(?:说明)?$|^如何(?:命名|填写|取名)[？?]?$|^(?:view|see|read|learn)\b.{0,24}?\b(?:rules|requirements|guidelines|conventions|examples?)$|^(?:(?:website|site|domain|entity) )?(?:naming|name) (?:rules|requirements|guidelines|conventions)$/i;
/** RULES_LINK's forms that name a rule of naming or filling in, or a call to view one: help as plain text too, beside a value or an emptied field (computeUnits). */
const RULES_TEXT =
  /^(?:查看|了解|参考)[^\s，。]{0,8}?(?:规范|要求|规则|说明|指南|示例|样例)$|^(?:网站|网站名称|名称|域名|主体|主体名称)?(?:命名|填写|取名)(?:规则|规范|要求)(?:说明)?$|^(?:网站|主体|单位)?名称(?:规则|规范|要求)(?:说明)?$|^如何(?:命名|填写|取名)[？?]?$|^(?:view|see|read|learn)\b.{0,24}?\b(?:rules|requirements|guidelines|conventions)$|^(?:(?:website|site|domain|entity) )?(?:naming|name) (?:rules|requirements|guidelines|conventions)$/i;
const UPPER_CASE = /[A-Z]/;
const ACTION_ROLES = new Set(['button', 'menuitem', 'tab', 'switch']);
const LABEL_TAGS = new Set(['LABEL', 'TH', 'DT', 'LEGEND']);
const LABEL_ROLES = new Set(['columnheader', 'rowheader']);
const CONTROL_ROLES = new Set(['combobox', 'textbox', 'spinbutton', 'searchbox']);
const STATUS_TOKENS = new Set(['tag', 'tags', 'badge', 'status', 'dot', 'chip', 'pill', 'lozenge']);
const HELP_TOKENS = new Set(['help', 'extra', 'explain', 'hint', 'tip', 'tips', 'tooltip', 'popover', 'placeholder', 'question', 'helper']);
const ACTION_TOKENS = new Set(['btn', 'button', 'action', 'actions', 'operation', 'operations', 'copy', 'link-button']);
/** Tokens that cancel a label/status token: `ant-tag-close`, `label-value`, `status-text` inside a cell. */
const NOT_KIND_TOKENS = new Set(['content', 'value', 'control', 'wrapper', 'container', 'input', 'selection', 'select', 'overflow', 'list', 'group', 'row', 'col', 'label', 'title']);

/**
 * Grid rows and cells: the kind a class gives an element around a whole grid (a page wrapper named
 * `…-tip` or `…-status`) stops at them; a cell's text has the kind of its own markup.
 */
const GRID_TAGS = new Set(['TR', 'TD', 'TH']);
const GRID_ROLES = new Set(['row', 'cell', 'gridcell']);
function isGridBoundary(el: Element, tag: string): boolean {
  if (GRID_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  return role !== null && GRID_ROLES.has(role.toLowerCase());
}

/** Class tokens: `next-form-item-label is-required` → next, form, item, label, is, required. */
function tokens(classAttr: string): string[] {
  return classAttr.toLowerCase().split(/[\s_-]+/);
}

/**
 * The last meaningful token decides (`ant-tag-green` is a tag, `next-form-item-help` help,
 * `ant-form-item-control-input-content` nothing). Labels are never decided by class here: a value
 * may well sit in a `…-label` span; structural labels are the model's (isStructuralLabel).
 */
function kindOfClass(info: ClassInfo, classAttr: string): UnitKind | undefined {
  // the same few class strings again and again: kept with the string's info (./visibility classInfo)
  let kind = info.kind;
  if (kind === undefined) kind = info.kind = computeKindOfClass(classAttr) ?? null;
  return kind ?? undefined;
}

function computeKindOfClass(classAttr: string): UnitKind | undefined {
  let kind: UnitKind | undefined;
  for (const cls of classAttr.split(/\s+/)) {
    if (cls === '') continue;
    const t = tokens(cls);
    for (let i = t.length - 1; i >= 0; i--) {
      const tok = t[i] ?? '';
      if (NOT_KIND_TOKENS.has(tok)) break;
      // a box that has one (`ant-form-item-with-help`, TDesign's `t-form__item-with-help`, `has-tooltip`):
      // a form item whose help is shown is a whole field, its label and value, not help
      if (HAS_TOKENS.has(t[i - 1] ?? '') && (HELP_TOKENS.has(tok) || STATUS_TOKENS.has(tok) || ACTION_TOKENS.has(tok))) break;
      if (HELP_TOKENS.has(tok)) return 'help';
      if (STATUS_TOKENS.has(tok)) {
        kind ??= 'status';
        break;
      }
      if (ACTION_TOKENS.has(tok)) {
        kind ??= 'action';
        break;
      }
    }
  }
  return kind;
}

/**
 * The kind an element gives its subtree, or undefined (it inherits its parent's). With a visibility cache, text
 * struck through by a style rule of the page is known too (./struck).
 */
export function elementKind(el: Element, tag = upperTag(el), cache?: VisibilityCache): UnitKind | undefined {
  return kindOf(el, tag, el.getAttribute('role'), undefined, undefined, undefined, cache);
}

/**
 * elementKind with the role (and class, when known, with its classInfo, and the style attribute) attributes
 * already read.
 */
function kindOf(el: Element, tag: string, roleAttr: string | null, classAttr: string | undefined, info: ClassInfo | undefined, style?: string, cache?: VisibilityCache): UnitKind | undefined {
  // (a control whose value the page's style strikes through shows a value taken away — a removed domain row kept
  // in its list — as <del>'s text: ./struck)
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return controlStruckByStyle(el, classAttr ?? el.getAttribute('class') ?? '', style ?? null, cache) ? 'help' : 'control';
  let role = roleAttr ?? '';
  if (UPPER_CASE.test(role)) role = role.toLowerCase();
  const choice = choiceKind(el, tag, role);
  if (choice) return choice;
  // a select's trigger (a combobox, or a button opening a listbox: Radix, Headless UI, MUI) shows the chosen value
  if (role === 'combobox' || ((tag === 'BUTTON' || role === 'button') && el.getAttribute('aria-haspopup') === 'listbox')) return 'control';
  // (and a select drawn as a plain <button> in a form field's control box, named a dropdown / select by its class — TEA's
  // `<button class="tea-dropdown__header"><span class="tea-dropdown__value">企业官网</span>…</button>` under 网站服务内容, no
  // aria: the chosen value was an action's words and the website's content was lost, round fifty-nine)
  if (tag === 'BUTTON' && selectTriggerButton(el, classAttr ?? el.getAttribute('class') ?? '')) {
    // (… still showing its placeholder — 请选择证件类型, -- 请选择 --, 选择服务内容, Select… — it chose nothing: the placeholder had
    // been read as the Tencent filing form's 主办单位证件类型 and 网站服务内容, invented; review of ac5695e, session 49)
    return SELECT_PLACEHOLDER.test(normalizeText(el.textContent)) ? 'help' : 'control';
  }
  // (… and such a trigger drawn as a <div> — `<div class="tea-dropdown__header">选择服务内容</div>` — still showing its
  // placeholder: read as the website's content, invented; left open by session 49's review of ac5695e. Only a placeholder:
  // the <div> showing a choice keeps its kind)
  if (tag !== 'BUTTON' && SELECT_CLASS_HINT.test(classAttr ?? (classAttr = el.getAttribute('class') ?? '')) && selectTriggerButton(el, classAttr) && SELECT_PLACEHOLDER.test(normalizeText(el.textContent))) return 'help';
  if (tag === 'BUTTON') return 'action';
  if (role !== '') {
    // a tag drawn focusable (Fusion's every `next-tag` is a div with role=button) is still a tag
    if (role === 'button' && classKind(el, classAttr, info) === 'status') return 'status';
    if (ACTION_ROLES.has(role)) return 'action';
    if (LABEL_ROLES.has(role)) return 'label';
    if (CONTROL_ROLES.has(role)) return 'control';
    if (role === 'status') return 'status';
    if (role === 'tooltip') return 'help';
    // an alert (a field's validation error: 域名 x.cn 实名认证未满 3 天) is a message about a value, never part of it
    if (role === 'alert') return 'help';
  }
  if (LABEL_TAGS.has(tag)) return 'label';
  // a steps indicator (提交订单 → 支付完成 → 注册局处理中): stages of a process under way, a note beside a value (./steps)
  if ((tag === 'OL' || tag === 'UL' || tag === 'DIV' || role === 'list') && isStepsIndicator(el, tag, role, classAttr ?? el.getAttribute('class') ?? '', registered.stepsNames)) return 'help';
  // a footnote mark after a value (宋禾<sup>²</sup>) points at a note: no part of the value (./note-marker)
  if (tag === 'SUP' && isNoteReference(el)) return 'help';
  // struck-through text (<del>, <s>, <strike>) is a value taken away: a change form's old domain
  // "原信息：<del>old.net</del>", an old price beside the new. A note beside the value, never the value.
  if (STRUCK_TAGS.has(tag)) return 'help';
  // a chart drawn in SVG (a monitoring panel's axis ticks 0 Mbps / 5 Mbps / 10 Mbps, its legend's figures):
  // notes about a series, never a field's value (a gauge drawing its one figure, 5 Mbps, still is one)
  // (a table's rows and row groups hold cells, never a drawing: their cells are not stepped through here)
  if (tag === 'SVG' ? drawsChart(el) : !ROW_BOXES.has(tag) && role !== 'row' && role !== 'rowgroup' && holdsChart(el, cache) && !holdsLabelledRows(el)) return 'help';
  // text struck through by CSS is a value taken away too, as <del>'s (a class's rule or an inline style: ./struck)
  const kind = classKind(el, classAttr, info);
  if (kind !== 'help' && struckByStyle(el, classAttr ?? el.getAttribute('class') ?? '', style ?? null, cache)) return 'help';
  return kind;
}

/**
 * A chart's box: a child of it is a chart's drawing (an SVG of ticks, a canvas), or the one element of a
 * child (a chart library's own wrapper around its drawing). What else it holds is drawn over the chart — the
 * tooltip of the point under the pointer ("2026-12-04 14:00 公网出带宽：8.27 Mbps"), the legend — and is help
 * too (unless the box holds labelled rows: a card of the page's fields with a chart among them keeps its
 * fields). A chart's drawing: an SVG of two figures or more, a `<canvas>` (a chart library's default renderer), or bars
 * drawn in HTML (drawsBars).
 */
function holdsChart(el: Element, cache: VisibilityCache | undefined): boolean {
  const memo = cache ? barsMemo(cache) : undefined;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = upperTag(c);
    if (tag === 'CANVAS' || (tag === 'SVG' && drawsChart(c))) return true;
    // (asked of every element a units walk enters: a child holding no element — most of them — draws no bars and
    // has no only child, and is passed with one look)
    const first = c.firstElementChild;
    if (first === null) continue;
    if (tag !== 'SVG' && !ROW_BOXES.has(tag) && drawsBarsKept(c, memo)) return true;
    if (first === c.lastElementChild) {
      const only = upperTag(first);
      if (only === 'CANVAS' || (only === 'SVG' ? drawsChart(first) : !ROW_BOXES.has(only) && drawsBarsKept(first, memo))) return true;
    }
  }
  return false;
}

/**
 * drawsBars, kept per read (its visibility cache): a box is asked from its parent's holdsChart and, an only child, from
 * its grandparent's — with the bars looked for two levels down, a 500-row list's cells were looked at some six times.
 */
function drawsBarsKept(box: Element, memo: WeakMap<Element, boolean> | undefined): boolean {
  if (!memo) return drawsBars(box);
  let known = memo.get(box);
  if (known === undefined) memo.set(box, (known = drawsBars(box)));
  return known;
}
// (kept for the read in progress — ./read-session currentRead — not for the session's visibility cache, which outlives
// the read: a box of skeleton rows answered no, then filled with a chart's bars, is asked again at the next read)
const barsByRead = new WeakMap<object, WeakMap<Element, boolean>>();
function barsMemo(cache: VisibilityCache): WeakMap<Element, boolean> {
  const key = currentRead() ?? cache;
  let m = barsByRead.get(key);
  if (!m) barsByRead.set(key, (m = new WeakMap()));
  return m;
}


/** Children of a box of bars at most (a chart's bars, a track's parts). */
const BARS_AT_MOST = 100;

/** A bar drawn in HTML: a box of no text sized by its style in per cent (`style="width: 50%"`): its length is a figure. */
const BAR_STYLE = /(?:^|;)\s*(?:width|height)\s*:\s*\d+(?:\.\d+)?%/i;

/**
 * A bar chart drawn in HTML: two children or more each holding a bar (BAR_STYLE) and a figure in text (a
 * monitoring card's "12-03 ▇▇▇ 5 Mbps" lines). One bar beside its figure is a progress bar (a quota used), no chart.
 */
function drawsBars(box: Element): boolean {
  if (box.childElementCount < 2 || box.childElementCount > BARS_AT_MOST) return false;
  let bars = 0;
  for (let c = box.firstElementChild; c; c = c.nextElementSibling) {
    if (!holdsBar(c) || !/\d/.test(c.textContent ?? '')) continue;
    if (++bars >= 2) return true;
  }
  return false;
}

/** A bar among a row's children or grandchildren (a bar's track and its fill). */
function holdsBar(row: Element): boolean {
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (isBar(c)) return true;
    // (a table's body is no bar's track: asked of a box holding a list's `<table>`, this looked at every row of its
    // body — on a 20,000-row page all 20,000, where a read looks at 2,000 — in the first read chunk, its longest task;
    // a track holds its fill, not hundreds of boxes: a div grid's row group is looked at no further than drawsBars' bound)
    const first = c.firstElementChild;
    if (first === null || ROW_BOXES.has(upperTag(c))) continue;
    for (let g: Element | null = first, n = 0; g && n < BARS_AT_MOST; g = g.nextElementSibling, n++) if (isBar(g)) return true;
  }
  return false;
}

function isBar(e: Element): boolean {
  const style = e.getAttribute('style');
  return style !== null && BAR_STYLE.test(style) && (e.textContent ?? '').trim() === '';
}

const ROW_BOXES = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR']);

/** An SVG drawing two figures or more in its text (`<text>` holding a digit): a chart's ticks, not one value. */
function drawsChart(svg: Element): boolean {
  let figures = 0;
  for (const t of Array.from(svg.getElementsByTagName('text'))) if (/\d/.test(t.textContent ?? '') && ++figures >= 2) return true;
  return false;
}

/** Elements whose text is struck through as removed (HTML's edit and strike-through elements). */
const STRUCK_TAGS = new Set(['DEL', 'S', 'STRIKE']);

/**
 * A copyable value's wrapper: a box an action only by a `copy` token (`tea-text-copy`, `copy-text`) whose text is a
 * value — shown, holding no copy word (复制, 拷贝, Copy, Copied) — with its copy icon inside it or right after it, is
 * the value beside its copy control, not the control (round fifty-five: a Tencent code list's
 * `<span class="tea-text-copy">BA…</span><i class="tea-icon-copy" title="复制">` lost every code). A copy button's box
 * (`btn`, `button`, `action` tokens), one of no text or naming the copy (…-copy 复制), and a visual copy of a label with
 * no copy icon by it (`dm-label-copy` Expiration Date in a stacked row) stay actions.
 */
const COPY_WORD = /复制|拷贝|\bcop(?:y|ied)\b/i;
const actionByCopyOnly = memoized((cls: string): boolean => computeKindOfClass(cls) === 'action' && computeKindOfClass(withoutCopyToken(cls)) !== 'action', 400, 2_000);
function withoutCopyToken(cls: string): string {
  return cls.split(/\s+/).map((c) => c.split(/([_-]+)/).filter((t) => t.toLowerCase() !== 'copy').join('')).join(' ');
}
/** A copy control: an icon or button of no text, its class naming a copy or its title / accessible name a copy word. */
function isCopyControl(e: Element): boolean {
  // (an svg icon's words are its <title>'s: `<svg><title>复制</title>…</svg>` is a copy icon of no text — session 48)
  const svg = upperTag(e) === 'SVG' || e.localName === 'svg';
  if (svg) {
    const title = e.querySelector('title');
    if (title && COPY_WORD.test(title.textContent ?? '')) return true;
  } else if (NOT_BLANK.test(e.textContent ?? '')) return false;
  if (tokens(e.getAttribute('class') ?? '').includes('copy')) return true;
  const name = `${e.getAttribute('title') ?? ''} ${e.getAttribute('aria-label') ?? ''}`;
  return COPY_WORD.test(name);
}
/** A copy control, or a box of no text around one (`<span class="icon-wrap"><i class="icon-copy"></i></span>`). */
const holdsCopyControl = (e: Element | null): boolean =>
  e !== null && (isCopyControl(e) || (!NOT_BLANK.test(e.textContent ?? '') && Array.from(e.querySelectorAll('*')).some(isCopyControl)));
function copyWrapsValue(el: Element, cls: string): boolean {
  if (!actionByCopyOnly(cls)) return false;
  const text = el.textContent ?? '';
  if (!NOT_BLANK.test(text) || COPY_WORD.test(text)) return false;
  // (session 48's review of aa2a20e: the copy icon wrapped in a box of its own, before the value, or an svg titled 复制, and
  // a wrapper titled 点击复制 with no icon, lost the Tencent code list's codes — each a copy wrapper around a value as well)
  if (COPY_WORD.test(`${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''}`)) return true;
  return holdsCopyControl(el.nextElementSibling) || holdsCopyControl(el.previousElementSibling) || Array.from(el.querySelectorAll('*')).some(isCopyControl);
}

function classKind(el: Element, classAttr: string | undefined, info: ClassInfo | undefined): UnitKind | undefined {
  const cls = classAttr ?? el.getAttribute('class') ?? '';
  if (cls === '') return undefined;
  const kind = kindOfClass(info ?? classInfo(cls), cls);
  if (kind === 'help' && listItemValue(el, cls)) return undefined;
  if (kind === 'action' && copyWrapsValue(el, cls)) return undefined;
  return kind === 'help' && moreOnly(cls) && boxOfFields(el, cls) && !isExampleBox(el) ? undefined : kind;
}

/**
 * A mobile list item's value column: antd-mobile's `adm-list-item-content-extra` beside its `…-content-main` label (the
 * "label value" line of an H5 page: 付费方式 | 包年包月) — no help line, though classed `extra`. Round fifty's variants: an
 * ECS list of such cards at a phone's width lost every value (missing). Only `content-extra` with a `content-main` sibling.
 */
// (and antd-mobile 2's `am-list-extra` beside its `am-list-content`: session 47's review, the same cards in its markup read
// `null`, missing)
const CONTENT_EXTRA = /(?:^|[\s_-])(?:content|list)[_-]extra(?:$|\s)/;
const CONTENT_MAIN = /(?:^|[\s_-])(?:content[_-]main|list[_-]content)(?:$|\s)/;
function listItemValue(el: Element, cls: string): boolean {
  if (!CONTENT_EXTRA.test(cls)) return false;
  const parent = el.parentElement;
  if (!parent) return false;
  for (const sib of Array.from(parent.children)) if (sib !== el && CONTENT_MAIN.test(sib.getAttribute('class') ?? '')) return true;
  return false;
}

/**
 * The box's only help token is `extra` (`site-extra`: more of the form, or antd's help line under a field);
 * a box named help by its meaning (`…-help`, `…-tips`, `…-hint`, `…-explain`) holding labelled rows shows an
 * example ("转包年包月示例：到期时间 …"), no field of the page.
 */
function moreOnly(cls: string): boolean {
  return tokens(cls).every((t) => t === 'extra' || !HELP_TOKENS.has(t));
}

/** Class tokens of a box drawn over the page on demand (a tooltip, a popover): its text is help, whatever it holds. */
const OVERLAY_TOKEN = /(?:^|[\s_-])(?:tooltip|popover)(?:$|[\s_-])/i;
const OVERLAY_AROUND = '[role="tooltip"], [role="menu"], [role="listbox"], [class*="tooltip"], [class*="popover"]';
const FLOATING = /^(?:absolute|fixed)$/;

/**
 * A box classed as help (`…-extra`, `…-tips`, `…-help`) that holds labelled rows (a label box and the value
 * after it: more fields shown under a form, not a hint's prose) is part of the page's fields. Not a box
 * drawn over the page: a tooltip or popover (by its class or role, or one around it), or a box floating
 * out of the flow (position absolute / fixed: a tip card) — their rows are an example or another record.
 */
function boxOfFields(el: Element, cls: string): boolean {
  if (OVERLAY_TOKEN.test(cls) || !holdsLabelledRows(el)) return false;
  for (let a = el.parentElement?.closest(OVERLAY_AROUND); a; a = a.parentElement?.closest(OVERLAY_AROUND)) {
    if (a.hasAttribute('role') || OVERLAY_TOKEN.test(a.getAttribute('class') ?? '')) return false;
  }
  const view = el.ownerDocument?.defaultView;
  if (!view) return false;
  for (let e: Element | null = el, up = 0; e && up < 3; e = e.parentElement, up++) {
    if (FLOATING.test(String(view.getComputedStyle(e).position ?? '').trim())) return false;
  }
  return true;
}

const CHOICE_ROLES = new Set(['radio', 'checkbox', 'menuitemradio', 'menuitemcheckbox']);

/**
 * A choice of a radio group or checkbox list: the checked one's text is the control's value
 * (`<label><input type=radio checked>个人</label>`, `role=radio aria-checked=true`); the others are
 * labels of choices not made, never a value. undefined when `el` is no choice.
 */
/** Class tokens of a select (`tea-dropdown__header`, `xx-select__trigger`) … */
const SELECT_TOKENS = new Set(['dropdown', 'select', 'selector', 'picker']);
/** … and of its trigger's part, right after one of them: `dropdown__header`, `select-trigger`, `select__toggle`. */
const TRIGGER_TOKENS = new Set(['header', 'trigger', 'toggle', 'selection', 'selector', 'head']);
/** A form field's control box (TEA `tea-form__controls`, TDesign `t-form__controls`, antd `ant-form-item-control`, Fusion `next-form-item-control`). */
const FORM_CONTROL_BOX = '[class*="form__control"], [class*="form-item-control"], [class*="form-item__control"]';

/**
 * A <button> that is a select's trigger showing the chosen value: a class of it names a select's trigger (a token of
 * SELECT_TOKENS followed by one of TRIGGER_TOKENS: `tea-dropdown__header`), and it sits in a form field's control box.
 * A dropdown of actions (更多操作 in a toolbar, 更多 in a row's 操作 cell) sits in none and stays an action; so does a
 * button named for choosing (`select-btn` 选择服务内容: no trigger token after `select`; it showed that as the content).
 */
/** The words a select's trigger shows before a choice is made: 请选择…, -- 请选择 --, 选择服务内容, Select…, Please choose, 全部. */
/** A class that may name a select's trigger (a quick look before SELECT_TOKENS' own). */
const SELECT_CLASS_HINT = /select|dropdown|picker/i;
// (未选择, 点击选择, 请点击选择, Not selected, None selected, Click to select: session 51's review of dbfdd32 — each was read as the
// website's content, invented. Not 无: a choice some selects offer, 前置审批 无)
const SELECT_PLACEHOLDER = /^[-—–\s]*(?:请选择|请先选择|请输入|选择|请?点击选择|select\b|please (?:select|choose)|choose\b|click to (?:select|choose)\b)|^(?:全部|all|未选择|尚未选择|not selected|none selected|nothing selected)$/i;

/**
 * Whether shown text of the control box `box` comes before `el`: a select's trigger is the first thing in its box; a
 * dropdown button after a value shown there (企业官网 <button class="tea-dropdown__header">更多操作</button>, a
 * `dropdown-toggle` 修改) is an action beside it — it had been glued to the value (review of ac5695e, session 49).
 */
function textBefore(box: Element, el: Element): boolean {
  const doc = box.ownerDocument;
  const walker = doc.createTreeWalker(box, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (el.contains(n)) return false;
    if (NOT_BLANK.test(n.nodeValue ?? '') && !(el.compareDocumentPosition(n) & 4) && !inButtonGroup(n, box)) return true;
  }
  return false;
}

/**
 * Text `n` is a button's among two or more sibling buttons inside `box` (a segmented control — TEA `tea-segment`
 * 云服务器 | 轻量应用服务器 | 备案授权码 — picking the kind of resource, then the select of it): choices offered, no value shown
 * before the select's trigger. (Round seventy-five: the Tencent filing form's 对应云服务 drew the segment before
 * `<button class="tea-dropdown__header">lhins-… （成都一区 | …）</button>`; the trigger was taken for an action and the
 * website's server was lost.) A lone button before it (修改), or buttons none marked chosen (编辑 删除), still count.
 */
function inButtonGroup(n: Node, box: Element): boolean {
  const button = n.parentElement?.closest('button');
  const group = button?.parentElement;
  if (button && group && group !== box && box.contains(group)) {
    const kids = Array.from(group.children);
    // (a segment marks its choice — `is-selected`, `t-is-active`, aria-pressed —; a row of action buttons marks none)
    const marked = (k: Element) => k.getAttribute('aria-pressed') === 'true' || /(?:^|[-_\s])(?:selected|active|checked)(?:$|[-_\s])/.test(k.getAttribute('class') ?? '');
    if (kids.length >= 2 && kids.every((k) => upperTag(k) === 'BUTTON') && kids.some(marked)) return true;
  }
  // (… or the same choice drawn as a radio group — 云服务器 ○ 轻量应用服务器 ● 备案授权码 ○ — before the select: round
  // seventy-five's variants lost the server the same way)
  const radio = n.parentElement?.closest('label, [role="radio"]');
  const radios = radio?.parentElement;
  if (!radio || !radios || radios === box || !box.contains(radios)) return false;
  const isRadio = (k: Element) => k.getAttribute('role') === 'radio' || (upperTag(k) === 'LABEL' && k.querySelector('input[type="radio"]') !== null);
  const choices = Array.from(radios.children);
  return choices.length >= 2 && choices.every(isRadio);
}

function selectTriggerButton(el: Element, classAttr: string): boolean {
  if (classAttr === '') return false;
  const trigger = classAttr.split(/\s+/).some((cls) => {
    const t = tokens(cls);
    return t.some((tok, i) => SELECT_TOKENS.has(tok) && TRIGGER_TOKENS.has(t[i + 1] ?? ''));
  });
  if (!trigger) return false;
  const box = el.closest(FORM_CONTROL_BOX);
  return box !== null && !textBefore(box, el);
}

function choiceKind(el: Element, tag: string, role: string): UnitKind | undefined {
  if (CHOICE_ROLES.has(role)) return el.getAttribute('aria-checked') === 'true' ? 'control' : 'label';
  if ((tag === 'BUTTON' || role === 'button') && el.getAttribute('aria-pressed') === 'true' && pressedGroup(el)) return 'control';
  if (role === 'option') return listOptionKind(el);
  if (tag !== 'LABEL') return undefined;
  const input = el.querySelector('input[type="radio"], input[type="checkbox"]');
  if (!input) return undefined;
  return isChecked(input) ? 'control' : 'label';
}

/**
 * A toggle button among toggle buttons (a segmented control drawn as buttons, `aria-pressed`): the pressed one
 * is the choice made, its text the control's value, as a checked radio's; the others stay buttons. A lone
 * toggle button names an action, not a value.
 */
function pressedGroup(el: Element): boolean {
  for (let s = el.parentElement?.firstElementChild; s; s = s.nextElementSibling) if (s !== el && s.hasAttribute('aria-pressed')) return true;
  return false;
}

/**
 * An option of a listbox shown open on the page (a tag picker: `role=listbox` of `role=option` tags): the
 * selected ones (`aria-selected` / `aria-checked="true"`) are its value, the others are choices not made.
 * undefined for an option outside a listbox or of a listbox that marks no option selected (a menu of
 * suggestions: its text stays what it was).
 */
function listOptionKind(el: Element): UnitKind | undefined {
  const box = el.closest('[role="listbox"]');
  if (!box) return undefined;
  const chosen = (o: Element) => o.getAttribute('aria-selected') === 'true' || o.getAttribute('aria-checked') === 'true';
  if (chosen(el)) return 'control';
  return box.querySelector('[role="option"][aria-selected="true"], [role="option"][aria-checked="true"]') ? 'label' : undefined;
}

const registered: Required<UnitWords> = { actions: [], statuses: [], help: [], pending: [], formerColumns: [], laterColumns: [], withheldNames: [], helpLinks: [], closeWords: [], totalWords: [], stepsNames: [], releaseNotes: [], guides: [], taskColumns: [], userText: [], notLoaded: [], hintOpeners: [], actionColumns: [], lookupTitles: [], recentTitles: [], recentTitlesWhole: [], offerWords: [], notLabelOpeners: [] };

/**
 * Adds a provider's word lists to those used when a caller passes none (each provider's label module
 * registers its file once at load; a content script loads one provider, the CLI all of them).
 */
export function registerUnitWords(words: UnitWords): void {
  for (const k of Object.keys(registered) as Array<keyof UnitWords>) registered[k] = [...registered[k], ...(words[k] ?? [])];
  // (a label's qualifier naming the former value — 到期时间（原） — or one to come — 带宽（Mbps）（升级后）, 到期时间（续费后）, the
  // pending words — is no decoration: ./normalize-label labelMatches)
  registerFormerQualifiers([...(words.formerColumns ?? []), ...(words.pending ?? [])]);
}

/** The registered word lists. */
export function defaultUnitWords(): UnitWords {
  return registered;
}

/** Memo of a word list → its label keys. */
const keySets = new WeakMap<readonly string[], Set<string>>();
// (registerUnitWords replaces the arrays, so a memo never outlives its list)
function keySet(words: readonly string[]): Set<string> {
  let s = keySets.get(words);
  if (!s) {
    s = new Set(words.map(labelKey).filter((k) => k !== ''));
    keySets.set(words, s);
  }
  return s;
}

/** The end of a clause before an example opener: a comma, semicolon, full stop, colon or opening bracket. */
const CLAUSE_END = /[，,；;。：:（(、]\s*$/;
/** A clause's end, then up to four Han characters (号码, 证件号码, 格式): what an example opener after them names. */
const NOUN_AFTER_CLAUSE = /[，,；;。]\s*\p{Script=Han}{1,4}$/u;
/**
 * A run that opens with a value: a date, or a figure with a unit (5 Mbps, 2 核, 100 GB, ¥ 38, 30 天) — not a step number
 * (第 1 步, 1/3), nor a figure inside a hint's clause: "这里显示带宽（1-200 Mbps），例如 5 Mbps", "到期前 7 天会提醒您，例如
 * 2026-12-31" say where a value shows and give its range or a reminder, no value of their own (session 44's review).
 */
const SHOWS_VALUE = /^\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}|[¥￥$]\s*\d|\d+(?:\.\d+)?\s*(?:[kmgt]i?b(?:ps)?\b|[kmg]bit|[mg]\b|vcpus?\b|cores?\b|核|元|天|个月|年|%))/i;

/**
 * A sentence that gives an example after a clause of its own ("这里显示带宽，例如 5 Mbps", "Shows the plan; e.g. 5 Mbps"):
 * a coach mark's or a hint's words, drawn where no class or role says so — what follows the opener (rules/labels `help`:
 * 例如, e.g. …; a one-character opener, 如, only before a space or colon) is an example, and the run no value.
 */
function givesExampleMidway(text: string, help: readonly string[]): boolean {
  const lower = text.toLowerCase();
  for (const w of lowerWords(help).words) {
    for (let i = lower.indexOf(w, 1); i > 0; i = lower.indexOf(w, i + 1)) {
      // (or the noun the example is of between the clause and an opener with its colon — "外籍个人请使用护照，号码示例：
      // G12345678", an id type's hint, its class hashed, glued to the id type: held-out × class-names-hashed, session 47)
      if (!CLAUSE_END.test(text.slice(0, i)) && !(NOUN_AFTER_CLAUSE.test(text.slice(0, i)) && /^\s*[:：]/.test(text.slice(i + w.length)))) continue;
      // (a run opening with a value of its own before the example — "5 Mbps（例如升级后可达 10 Mbps）", "2027-01-03 到期，例如
      // 续费后…" — is that value with a note; a coach mark's clause says where a value shows, 这里显示带宽（1-200 Mbps）,
      // and opens with none)
      if (SHOWS_VALUE.test(text.slice(0, i))) continue;
      if (w.length > 1 || /^[\s:：]/.test(text.slice(i + w.length))) return true;
    }
  }
  return false;
}

/** First characters of hint openers (如, 例如, e.g., for example, 请填写, Please enter …): most texts skip the hint tests. */
const HELP_FIRST = '如例比示格举请eEfFsSpP';

/** Char codes a hint may start with: HELP_FIRST and the first characters of a help list's words. */
const helpFirsts = new WeakMap<readonly string[], Set<number>>();
function helpFirst(help: readonly string[]): Set<number> {
  let s = helpFirsts.get(help);
  if (!s) {
    s = new Set();
    for (const h of HELP_FIRST + help.map((w) => w.charAt(0)).join('')) s.add(h.charCodeAt(0));
    helpFirsts.set(help, s);
  }
  return s;
}

const NOTE_OPEN = /^[(（【\[]\s*/;

/** Char codes a pending note may start with: an opening bracket or a pending word's first letter (either case). */
const pendingFirsts = new WeakMap<readonly string[], Set<number>>();
function pendingFirst(pending: readonly string[]): Set<number> {
  let s = pendingFirsts.get(pending);
  if (!s) {
    s = new Set();
    for (const h of '(（【[' + pending.map((w) => w.charAt(0).toLowerCase() + w.charAt(0).toUpperCase()).join('')) s.add(h.charCodeAt(0));
    pendingFirsts.set(pending, s);
  }
  return s;
}

/**
 * A note beside a value about a change — one not yet in effect, or the value before it: a text that opens (after
 * a bracket) with one of `pending`'s words and then a colon and more — "（待生效：12 Mbps，2026-12-05 生效）", "（修改审核中：
 * 杭州某公司）", "Pending: 20 Mbps", "原信息：old.cn". The value shown is the one in effect; the word alone (审核中) stays
 * a value. A note in brackets says it without the colon too: the word, a space (or, after a Chinese word, a figure or a
 * Latin letter) and more up to the closing bracket — "（修改审核中 杭州某公司）", "(pending 12 Mbps)", "（待生效100Mbps）"; a
 * longer word it only begins (（审核中心）, (originally …)) is no such note. So does an element of its own after the value
 * (`apart`: "王宏伟 <span>修改审核中 杭州某公司</span>").
 */
function isPendingNote(text: string, pending: readonly string[], apart = false): boolean {
  if (pending.length === 0 || !pendingFirst(pending).has(text.charCodeAt(0))) return false;
  const t = text.replace(NOTE_OPEN, '');
  const bracketed = apart || (t.length < text.length && NOTE_CLOSE.test(t));
  const lower = t.toLowerCase();
  for (const w of lowerWords(pending).words) {
    if (lower.length <= w.length + 1 || !lower.startsWith(w)) continue;
    const rest = t.slice(w.length);
    if (/^\s*[:：]\s*\S/.test(rest)) return true;
    if (bracketed && (/^\s+[^\s)）】\]]/.test(rest) || (CJK_END.test(w) && /^[0-9A-Za-z]/.test(rest)))) return true;
  }
  return false;
}

/** A note's closing bracket at the end of its text. */
const NOTE_CLOSE = /[)）】\]]$/;
/** A word ending in a Chinese character (a figure or Latin letter after it starts another word). */
const CJK_END = /[\u3400-\u9fff]$/;

/**
 * The bracketed pending note (isPendingNote) that ends `text` after a value ("王宏伟（修改审核中：杭州某公司）",
 * "5 Mbps (Pending: 20 Mbps)"), or undefined: from the first opening bracket after some value that opens such a
 * note to the closing bracket that ends the text (a name's own brackets before it, 某某（普通合伙）, stay).
 */
function trailingPendingNote(text: string, pending: readonly string[]): string | undefined {
  if (pending.length === 0 || !/[)）】\]]$/.test(text)) return undefined;
  for (let i = 1; i < text.length - 1; i++) {
    if (!'(（【['.includes(text[i]!)) continue;
    const note = text.slice(i);
    if (text.slice(0, i).trim() !== '' && isPendingNote(note, pending)) return note;
  }
  return undefined;
}

/**
 * A pending note that follows a value in the same text run with no bracket or element of its own
 * ("王宏伟 修改审核中 杭州某公司", "5 Mbps 待生效 100 Mbps", "王宏伟 修改审核中：杭州某公司"), or undefined: from a pending
 * word after white space to the end, the word then a colon, or (a word ending in a Chinese character) a space, a
 * figure or a Latin letter, and more. A Latin word in a run of Latin words may be part of a name ("Meadow Labs
 * Original Ltd"): only with its colon. A longer word the pending word only begins ("王宏伟 原信息科技") is no note.
 */
function inlinePendingNote(text: string, pending: readonly string[], statuses: readonly string[] = []): string | undefined {
  if (pending.length === 0) return undefined;
  const firsts = pendingFirst(pending);
  const lowerPending = lowerWords(pending).words;
  // (the first character shown: a note needs some value before it)
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  for (let i = Math.max(1, start + 1); i < text.length - 1; i++) {
    if (!firsts.has(text.charCodeAt(i)) || !WHITE_SPACE.test(text[i - 1]!)) continue;
    // (a run of status words is a status text, its pending word one more status: "正常 审核中 锁定", "已实名认证 审核中 已核验")
    if (allStatusWords(text.slice(0, i), statuses)) return undefined;
    const note = text.slice(i);
    const lower = note.toLowerCase();
    for (const w of lowerPending) {
      if (lower.length <= w.length + 1 || !lower.startsWith(w)) continue;
      const rest = note.slice(w.length);
      if (/^\s*[:：]\s*\S/.test(rest) || (CJK_END.test(w) && /^(?:\s+\S|[0-9A-Za-z])/.test(rest))) return note;
    }
  }
  return undefined;
}

/**
 * A value written as a change under way, its two ends joined by an arrow and one of `pending`'s words after them, in
 * brackets or after a space ("5 Mbps → 10 Mbps（升级中）", "包年包月 → 按量付费（变更中）", "2027-01-10 → 2028-01-10 续费中",
 * "5 Mbps -> 10 Mbps (upgrading)"): the page says the change is not done, so the value before the arrow is the one in
 * effect — the note is from the arrow on. undefined for an arrow with no such word after it (which end is in effect is
 * not said: "2027-01-10 → 2028-01-10"), or a word before the arrow's second end.
 */
function changeUnderWay(text: string, pending: readonly string[]): string | undefined {
  const m = CHANGE_UNDER_WAY.exec(text);
  if (!m) return undefined;
  const word = labelKey(m[2] ?? m[3] ?? '');
  if (word === '' || !pending.some((w) => labelKey(w) === word)) return undefined;
  return text.slice(m.index + m[1]!.length).trimStart();
}
/** One end (no arrow in it), an arrow, the other end, then a word in brackets or after a space at the end. */
const CHANGE_UNDER_WAY = /^([^→⇒➔➜⟶]*?[^\s→⇒➔➜⟶-])\s*(?:→|->|=>|⇒|➔|➜|⟶)\s*[^\s→⇒➔➜⟶(（【\[][^→⇒➔➜⟶(（【\[]*?(?:\s*[(（【\[]\s*([^()（）【】\[\]]{1,24}?)\s*[)）】\]]|\s+([^\s()（）]{2,12}|[A-Za-z][A-Za-z ]{1,23}))$/;

/** Some words stand before `el` inside `root` (its earlier siblings', or its ancestors' below root). */
function wordsBefore(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    for (let s = e.previousSibling; s; s = s.previousSibling) if (NOT_BLANK.test(s.textContent ?? '')) return true;
  }
  return false;
}

/** Lock glyphs alone (🔒 🔐), drawn beside a withheld value's words. */
const LOCK_GLYPHS = /^[\u{1F512}\u{1F510}\u{1F513}\uFE0F\s]+$/u;

/** Some words stand after `el` inside `root` (its later siblings', or its ancestors' below root). */
function wordsAfter(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    for (let s = e.nextSibling; s; s = s.nextSibling) if (NOT_BLANK.test(s.textContent ?? '')) return true;
  }
  return false;
}

/** Tags and class words of a text's emphasis or a search's highlight (<mark>, <em>, <b>, `highlight`, `keyword`). */
const EMPHASIS_TAGS = new Set(['MARK', 'EM', 'STRONG', 'B', 'I', 'U']);
const MATCH_TOKENS = new Set(['highlight', 'highlighted', 'hl', 'keyword', 'keywords', 'match', 'matched', 'mark', 'search']);
function marksMatch(el: Element): boolean {
  if (EMPHASIS_TAGS.has(upperTag(el))) return true;
  const cls = el.getAttribute('class');
  return cls !== null && cls !== '' && tokens(cls).some((t) => MATCH_TOKENS.has(t));
}

/** Every word of `text` (split at white space) is one of `statuses`. */
function allStatusWords(text: string, statuses: readonly string[]): boolean {
  const words = text.trim().split(/\s+/);
  const set = keySet(statuses);
  return set.size > 0 && words.every((w) => set.has(labelKey(w)));
}

/**
 * An action word in no list, by its shape alone: 去 / 立即 / 点击 / 前往 and one to four Han characters (去核验, 立即更新, 点击修改,
 * 前往控制台), or an English verb and "now" (Verify now, Update now — not any word: "Acme <span>Right Now</span>" is a name), or
 * Go to / Click to and a word or two. Asked only of a
 * role-less element of its own after a value's words (./units refine): "李青禾 <span>去核验</span>" gave the holder 李青禾去核验
 * (left open by session 50: an action word in no list, invented). A name's part ending as a name does (网, 店, 社, 室, 司, 部,
 * 馆, 厂, 园, 所) is no action.
 */
const ACTION_SHAPE = /^(?:(?:去|立即|点击|前往)[\u4e00-\u9fff]{1,4}(?<![网店社室司部馆厂园所])|(?:Verify|Update|Edit|Change|Modify|Renew|Apply|Check|Upgrade|Complete|Submit|Confirm) now|(?:Go|Click) to(?: [A-Za-z]+){1,2})$/i;

/**
 * What the word lists make of a run's text alone, kept per distinct text: a list's columns show the same few texts row
 * after row (运行中, 包年包月, (私有), a zone, a configuration), and each was refined, and searched for a pending note, once
 * per row — the patterns and word lists below run over every unit of every row. Kept for the word lists it was worked out
 * with (registerUnitWords replaces a list: a new one starts afresh), for texts up to VERDICT_TEXT_MAX characters,
 * VERDICTS_MAX texts at most (emptied when full, as normalize-label's memos).
 */
interface TextVerdicts {
  lists: ReadonlyArray<readonly string[] | undefined>;
  /** refine's answer for a data or status run, in a link or not (index: verdictIndex); null: its element decides. */
  kinds: Array<Map<string, UnitKind | null>>;
  /** The pending note ending a data run (noteOf); null: none. */
  notes: Map<string, string | null>;
}
const VERDICT_TEXT_MAX = 200;
const VERDICTS_MAX = 20_000;
const verdictsOf = new WeakMap<UnitWords, TextVerdicts>();
function textVerdicts(words: UnitWords): TextVerdicts {
  const v = verdictsOf.get(words);
  if (v && v.lists[0] === words.actions && v.lists[1] === words.statuses && v.lists[2] === words.help && v.lists[3] === words.pending && v.lists[4] === words.notLoaded) return v;
  const made: TextVerdicts = { lists: [words.actions, words.statuses, words.help, words.pending, words.notLoaded], kinds: [new Map(), new Map(), new Map(), new Map()], notes: new Map() };
  verdictsOf.set(words, made);
  return made;
}
function keep<T>(memo: Map<string, T>, text: string, value: T): T {
  if (memo.size >= VERDICTS_MAX) memo.clear();
  memo.set(text, value);
  return value;
}

/**
 * refine, kept per distinct text (TextVerdicts) where the text alone decides: for a data or status run whose words could
 * make it no action or status by its element (a status word, an action word or an action's shape: refine then asks the
 * element around the run), and for every other run. Data and status runs only: the others' kind is decided without
 * their words but for an action drawn as a tag (statusBox, which asks its element).
 */
function refineKept(kind: UnitKind, text: string, inLink: boolean, words: UnitWords, partEl: Element, root: Element): UnitKind {
  if ((kind !== 'data' && kind !== 'status') || text.length > VERDICT_TEXT_MAX) return refine(kind, text, inLink, words, partEl, root);
  const memo = textVerdicts(words).kinds[(kind === 'data' ? 0 : 2) + (inLink ? 1 : 0)]!;
  const known = memo.get(text);
  if (known !== undefined) return known ?? refine(kind, text, inLink, words, partEl, root);
  // (the words that send refine to the run's element: a status word, an action word, an action's shape — short texts only)
  const byElement = text.length <= 24 && (kind === 'status' ? keySet(words.actions).has(labelKey(text)) : keySet(words.statuses).has(labelKey(text)) || keySet(words.actions).has(labelKey(text)) || ACTION_SHAPE.test(text));
  if (byElement) {
    keep(memo, text, null);
    return refine(kind, text, inLink, words, partEl, root);
  }
  const refined = refine(kind, text, inLink, words, partEl, root);
  keep(memo, text, refined);
  return refined;
}

/** The pending note a data run ends with (changeUnderWay, trailingPendingNote, inlinePendingNote: its text alone decides), kept per text. */
function noteOf(text: string, words: UnitWords & { pending: readonly string[] }): string | undefined {
  const compute = () => changeUnderWay(text, words.pending) ?? trailingPendingNote(text, words.pending) ?? inlinePendingNote(text, words.pending, words.statuses);
  if (text.length > VERDICT_TEXT_MAX) return compute();
  const memo = textVerdicts(words).notes;
  const known = memo.get(text);
  if (known !== undefined) return known ?? undefined;
  return keep(memo, text, compute() ?? null) ?? undefined;
}

/** The kind of a text run given its element's kind: word lists refine data and links. */
function refine(kind: UnitKind, text: string, inLink: boolean, words: UnitWords, partEl: Element, root: Element): UnitKind {
  // a tag drawn focusable (role=button) whose words are an action (转包年包月, 续费) is that action
  if (kind === 'status' && text.length <= 24 && keySet(words.actions).has(labelKey(text)) && partEl.closest('[role="button"]')) return 'action';
  // and a box drawn focusable (role=button, not a <button>) whose whole words are a status word, no action, is a
  // tag (Fusion's every `next-tag`), where no class says so (hashed)
  if (kind === 'action' && text.length <= 24 && statusBox(text, words, partEl)) return 'status';
  // a value withheld from this user (无权限查看, 您没有权限查看此信息, No permission), as text or as a tag: no part of a value
  if ((kind === 'data' || kind === 'status') && saysNoPermission(text)) return 'help';
  // and a link asking for the permission (无权限查看 <a>申请权限</a>): the holder's name was 申请权限 (session 48)
  if ((kind === 'data' || kind === 'status') && inLink && asksPermission(text)) return 'help';
  // a lock glyph drawn in its own element before the words (<span>🔒</span> 无权限查看) was the holder's name 🔒 (session 48)
  if ((kind === 'data' || kind === 'status') && LOCK_GLYPHS.test(text)) return 'help';
  // a template expression the page never filled in ({{item.domain}}, <%= item.ExpiredTime %>): it names a value, shows none
  if ((kind === 'data' || kind === 'status') && holdsTemplateExpression(text)) return 'help';
  // a value whose request failed or has not answered (查询失败, 数据获取异常, 获取中…, 暂无数据): it shows none
  if ((kind === 'data' || kind === 'status') && words.notLoaded && saysNotLoaded(text, words.notLoaded)) return 'help';
  if (kind !== 'data' || text === '') return kind;
  // a rule for what the field may hold, written under it (网站名称需与网站内容相符，不能使用域名、纯数字或纯英文; "The name must
  // match …") and its link to the rules (查看命名规范, View naming rules) are help: under hashed classes the filing form's help
  // line was read into the website's name (round fifty-nine's page × class-names-hashed; lead, session 48)
  if (FIELD_RULE.test(text) || (inLink && RULES_LINK.test(text))) return 'help';
  if (text.length <= 24) {
    const key = labelKey(text);
    if (inLink && keySet(words.actions).has(key)) return 'action';
    // a link asking a question (什么是域名持有者？, What is peak bandwidth?) opens help about the field: no part of its value
    if (inLink && QUESTION_END.test(text)) return 'help';
    // A status word is a status unit when drawn as an element of its own (张三 <span>已实名认证</span>).
    // (the whole text of the element is asked only of a status word: it is costly to build)
    // (an element with no text of its own whose run is drawn by a style rule, `<span data-status="已核验">` with
    // `::after { content: attr(data-status) }`, is such an element: ./drawn-text)
    if (keySet(words.statuses).has(key) && partEl !== root && [text, ''].includes(normalizeText(partEl.textContent))) return 'status';
    // An action word drawn as an element of its own after the value's words is that action, no link or role needed — a
    // role-less <span> "Change holder" / "Transfer" / 修改 beside a Tencent holder's name, its class hashed, was glued to the
    // name (session 48, left open by session 47's review: invented). Alone in the value it stays the value's words.
    // (… the value's last words, in no element marking a match: a search's highlight inside a name — 杭州<em>备案</em>科技有限公司,
    // Acme <mark>Copy</mark> Ltd, a list filtered by the holder's name — had its word cut out, another name read: review of
    // 59ffe34, session 49)
    if (partEl !== root && (keySet(words.actions).has(key) || ACTION_SHAPE.test(text)) && normalizeText(partEl.textContent) === text && wordsBefore(partEl, root) && !wordsAfter(partEl, root) && !marksMatch(partEl)) return 'action';
  }
  if (words.pending && isPendingNote(text, words.pending)) return 'help';
  if (givesExampleMidway(text, words.help)) return 'help';
  // a note telling the user what to do if they need something (新增接入不可修改网站名称，如需修改请先办理变更网站; if you need
  // to …, please …) is help, whatever class it had: a form's read-only note under hashed classes was read into the
  // website's name (round forty-four's page under class-names-hashed; lead, session 44); its other wordings, and a value
  // before the clause stays a value (session 45 revb)
  if (IF_NEEDED_NOTE.test(text)) return 'help';
  if (!helpFirst(words.help).has(text.charCodeAt(0))) return kind;
  if (HELP_OPENER.test(text) || INSTRUCTION.test(text)) return 'help';
  for (const h of words.help) if (text.length > h.length && text.startsWith(h) && /^[\s:：]/.test(text.slice(h.length))) return 'help';
  return kind;
}

/**
 * A note telling the user what to do if they need something, or that the value cannot be changed here — a whole note, not a
 * value with a note in one run ("2027-01-05（如需续费请…）" and "张三（如需修改请…）" stay data):
 * - its run OPENS with the if-needed clause (如需 / 若需 / 如要 / 如有…需要 … 请 / 可; if you need to …, (please); to change
 *   …, please), a mark or a note's word (注：, *) at most before it;
 * - or, with no figure and no bracket before it, it says the value cannot be changed (不可修改网站名称, 无法更改, 不支持修改;
 *   cannot be changed, read-only) — 新增接入不可修改网站名称，如需修改请先办理变更网站, its if-needed clause after it or none.
 * A value before the if-needed clause in one run ("包年包月 如需转按量请前往变更计费", "Subscription. If you need to switch,
 * please …") is that value with a note: its billing was lost when any 24 characters before 如需 were allowed (session 45 revb).
 */
const IF_NEEDED_NOTE = new RegExp(
  String.raw`^(?:[*＊※]\s*|(?:注|说明|提示|Note|Tip)\s*[:：]\s*)?(?:(?:如需|若需|如要|若要|如果需要|如果要|如有[^。，,；;\d]{0,8}?需要?)[^。；;\d]{0,24}?请|(?:如需|若需|如要|若要|如果需要)[^。；;\d]{0,16}?[，,]\s*可)` +
    String.raw`|^(?:[*＊※]\s*|(?:note|tip)\s*:\s*)?(?:if you (?:need|want|wish|would like) to\b[^.\d]{0,60}[,，]|to (?:change|modify|edit|update)\b[^.\d]{0,40},\s*please\b)` +
    String.raw`|^[^\d(（\[【]{0,24}?(?:不可|不能|无法|不支持|不允许|不得)(?:修改|更改|变更|编辑)` +
    String.raw`|^[^\d(（\[【]{0,40}?\b(?:cannot|can't|can not|may not) be (?:changed|modified|edited)\b|^[^\d(（\[【]{0,40}?\b(?:is )?read-only\b`,
  'i',
);

/** After a failure's words: a retry's or a refresh's (，请重试, 请稍后再试, 点击重试, please try again) and end marks only. */
const RETRY_AFTER = /^[\s，,;；:：]*(?:(?:请|点击)?(?:稍后)?(?:重试|刷新(?:页面)?|再试)|please\s+(?:retry|try\s+again|refresh)|retry|try\s+again)?[\s。.!！…]*$/i;

/**
 * `text` is what a console shows in place of a value that did not come: one of `words` (rules/labels notLoaded) — marks
 * before it (an error icon's glyph) and a retry's words or end marks (… / 。) after it aside.
 */
export function saysNotLoaded(text: string, words: readonly string[]): boolean {
  if (text.length > 40 || words.length === 0) return false;
  const t = normalizeText(text).replace(LEADING_MARKS, '').toLowerCase();
  const known = lowerWords(words);
  // (asked of every short data unit: a text opening with no word's first letter is none, at once)
  if (known.firsts !== null && !known.firsts.has(t.charAt(0))) return false;
  for (const k of known.words) if (t.startsWith(k) && RETRY_AFTER.test(t.slice(k.length))) return true;
  return false;
}
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;

const WHITE_SPACE = /\s/;

/** A word list in lower case with the first letters its words open with (null: a word is empty, any text may open with it). */
interface LowerWords {
  words: string[];
  firsts: Set<string> | null;
}
const lowerWordsOf = new WeakMap<readonly string[], LowerWords>();
function lowerWords(words: readonly string[]): LowerWords {
  let known = lowerWordsOf.get(words);
  if (!known) {
    const lower = words.map((w) => w.toLowerCase());
    known = { words: lower, firsts: lower.includes('') ? null : new Set(lower.map((w) => w.charAt(0))) };
    lowerWordsOf.set(words, known);
  }
  return known;
}

/** `partEl` is in a role=button box (not a `<button>`, no link) whose whole text is `text`, a status word and no action. */
function statusBox(text: string, words: UnitWords, partEl: Element): boolean {
  const key = labelKey(text);
  if (!keySet(words.statuses).has(key) || keySet(words.actions).has(key)) return false;
  const box = partEl.closest('[role="button"], button, a');
  return box !== null && upperTag(box) !== 'BUTTON' && upperTag(box) !== 'A' && normalizeText(box.textContent) === normalizeText(text);
}

interface Part {
  kind: UnitKind;
  text: string;
  el: Element;
  link: boolean;
  line: number;
}

/** The shown `<br>`s a walk has passed (one walk at a time: reset by computeUnits). */
const LINE = { n: 0 };

/**
 * The visible text runs under `el` (and `el` itself) with their kinds, in document order. Text
 * nodes of one element and its inline children of the same kind are one run.
 */
export function textUnits(el: Element | null | undefined, cache?: VisibilityCache, words: UnitWords = registered, limit = 100_000): TextUnit[] {
  if (!el) return [];
  try {
    if (!isVisible(el, cache)) return [];
    const kept = keptKind(el, cache);
    const own = rowHeaderCell(el) ? 'data' : ((kept === undefined ? elementKind(el, undefined, cache) : (kept ?? undefined)) ?? inheritedKind(el, cache));
    // During a read session, the units of an unchanged element are kept (./read-session drops them).
    const memo = limit === 100_000 ? sessionUnits(words) : undefined;
    if (memo) {
      const hit = memo.get(el);
      if (hit && hit.own === own) return hit.units.slice();
      const units = computeUnits(el, own, cache, words, limit);
      memo.set(el, { own, units, value: undefined });
      return units.slice();
    }
    return computeUnits(el, own, cache, words, limit);
  } catch {
    return [];
  }
}

/**
 * A `<th>` in a body row of a table under a `<thead>` (`<th scope="row">i-bp1…</th>` beside the row's
 * `<td>`s): the row's own header cell, read as the cell under its column. Asked for its value, it
 * gives its words as data (a key/value table's `<th>` label has no `<thead>` above it).
 */
function rowHeaderCell(el: Element): boolean {
  if (upperTag(el) !== 'TH') return false;
  const tr = el.parentElement;
  const section = tr?.parentElement;
  if (!tr || !section || upperTag(tr) !== 'TR' || upperTag(section) === 'THEAD') return false;
  const table = upperTag(section) === 'TABLE' ? section : section.parentElement;
  if (!table || upperTag(table) !== 'TABLE' || !Array.from(tr.children).some((c) => upperTag(c) === 'TD')) return false;
  if (Array.from(table.children).some((c) => upperTag(c) === 'THEAD')) return true;
  // a split header table (Fusion, antd: the <thead> in a <table> of its own in the wrapper before the body's)
  // over as many columns as the row has (a scrollbar's empty header cell after them not counted)
  const width = (cells: Element[]) => cells.reduce((n, c) => n + span(c, 'colspan'), 0);
  for (let e: Element | null = table, up = 0; e && up < 3; e = e.parentElement, up++) {
    const head = e.previousElementSibling?.querySelector('thead');
    if (!head) continue;
    const cells = Array.from(head.lastElementChild?.children ?? []);
    while (cells.length > 0 && !cells[cells.length - 1]!.firstElementChild && !cells[cells.length - 1]!.textContent!.trim()) cells.pop();
    return width(cells) === width(Array.from(tr.children));
  }
  return false;
}

interface UnitsMemo {
  own: UnitKind;
  units: TextUnit[];
  /** valueText of the element, once asked. */
  value: string | undefined;
}

function sessionUnits(words: UnitWords): WeakMap<Element, UnitsMemo> | undefined {
  const session = readSession();
  if (!session) return undefined;
  let memo = session.units.get(words) as WeakMap<Element, UnitsMemo> | undefined;
  if (!memo) {
    memo = new WeakMap();
    session.units.set(words, memo);
  }
  return memo;
}

function computeUnits(el: Element, own: UnitKind, cache: VisibilityCache | undefined, words: UnitWords, limit: number): TextUnit[] {
  const parts: Part[] = [];
  let notes: Map<Part, Part> | undefined;
  let n = 0;
  try {
    const tag = upperTag(el);
    LINE.n = 0;
    // (a nested read — a refinement asking for another element's units — keeps this one's answer)
    const outerDraws = DRAWS.on;
    DRAWS.on = pageDrawsText(el, cache);
    try {
      walk(el, el.firstChild, tag, own, tag === 'A', parts, cache, limit);
    } finally {
      DRAWS.on = outerDraws;
    }
    // each part with text becomes a unit, in place (no second array, no second object)
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] as Part;
      let text = normalizeText(p.text);
      if (text === '') continue;
      // text cut short by the app ("6b8d0f2a4c6e…", "qingshan-…-tea.com.cn") with the whole in a title: the whole (./truncated)
      if (mayBeCut(text)) text = wholeOfCutText(p.el, text, el);
      p.kind = refineKept(p.kind, text, p.link, words, p.el, el);
      if (p.kind === 'data' && isInputCounter(p.el, text)) p.kind = 'help';
      // (… and a rules link's words shown as plain text — 命名规范 / View naming rules — in an element of their own after a value
      // or beside a text field left empty: they were glued to the website's name, or were the name, invented; left open by
      // session 50's review. As a field's whole value shown as text they stay a value: a website may be named 网站命名规则,
      // review-s49)
      if (p.kind === 'data' && RULES_TEXT.test(text) && p.el !== el && ownText(p.el, text) && (hasValueBefore(parts, n) || besideEmptyField(p.el))) p.kind = 'help';
      p.text = text;
      // a note after the value in the same text ("王宏伟（修改审核中：杭州某公司）"): a help unit of its own
      // (or with no bracket, set apart by a space only: "5 Mbps 待生效 100 Mbps")
      // (or a change under way written as its two ends, the word saying so after them: "5 Mbps → 10 Mbps（升级中）")
      const note = p.kind === 'data' && words.pending ? noteOf(text, words as UnitWords & { pending: readonly string[] }) : undefined;
      // a note drawn as an element of its own after the value, with no bracket or colon ("王宏伟 <span>修改审核中
      // 杭州某公司</span>"): the element sets it apart as a bracket would
      if (note === undefined && p.kind === 'data' && words.pending && n > 0 && p.el !== el && hasValueBefore(parts, n) && ownText(p.el, text) && isPendingNote(text, words.pending, true)) p.kind = 'help';
      if (note !== undefined) {
        p.text = text.slice(0, text.length - note.length).trimEnd();
        (notes ??= new Map()).set(p, { ...p, kind: 'help', text: note });
      }
      parts[n++] = p;
    }
  } catch {
    // partial
  }
  parts.length = n;
  if (notes) return parts.flatMap((p) => (notes!.has(p) ? [p, notes!.get(p)!] : [p]));
  return parts;
}

/** A data or control unit among the first `n` parts (the value a note after it is about). */
function hasValueBefore(parts: Part[], n: number): boolean {
  for (let i = 0; i < n; i++) if (DATA.has(parts[i]!.kind)) return true;
  return false;
}

/** `text` is the whole text of its element (an element of its own, not a run beside others in it). */
function ownText(partEl: Element, text: string): boolean {
  return normalizeText(partEl.textContent) === text;
}

/** The kind `el` inherits from the nearest classified ancestor (up to 6 levels). */
function inheritedKind(el: Element, cache?: VisibilityCache): UnitKind {
  const parent = el.parentElement;
  if (!parent) return 'data';
  // the same for every child of one parent (the cells of a row): memoised per parent, per read
  // (or per read session, which drops it when an ancestor's attributes change)
  return climbKind(parent, kindsMemo(cache), cache);
}

/** A kind and how many more levels down it reaches (0: none). */
type ClimbedKind = [UnitKind, number];
const NO_KIND: ClimbedKind = ['data', 0];

/**
 * The kind given by the nearest action / status / help element among `p` and its 5 ancestors
 * ('data' when none). Memoised per element with how far down it still reaches, so the parents of a
 * grid's cells (its rows) each look at their own element and take the rest from the row group's
 * answer, instead of climbing six levels each.
 */
function climbKind(p: Element, memo: WeakMap<Element, ClimbedKind> | undefined, cache: VisibilityCache | undefined): UnitKind {
  // the common case: `p` (a row, a cell's wrapper) already answered
  const hit = memo?.get(p);
  if (hit) return hit[0];
  const path: Element[] = [];
  let above = NO_KIND;
  for (let q: Element | null = p; q; q = q.parentElement) {
    const known = memo?.get(q);
    if (known) {
      above = known;
      break;
    }
    if (path.push(q) >= 6 && !memo) break;
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const q = path[i] as Element;
    const kept = keptKind(q, cache);
    const k = kept === undefined ? elementKind(q, undefined, cache) : kept;
    above = k === 'action' || k === 'status' || k === 'help' ? [k, 5] : above[1] > 0 && !isGridBoundary(q, upperTag(q)) ? [above[0], above[1] - 1] : NO_KIND;
    memo?.set(path[i] as Element, above);
  }
  return above[0];
}

const kindsByCache = new WeakMap<VisibilityCache, WeakMap<Element, ClimbedKind>>();
function kindsMemo(cache: VisibilityCache | undefined): WeakMap<Element, ClimbedKind> | undefined {
  const session = readSession();
  if (session) return session.kinds as WeakMap<Element, ClimbedKind>;
  if (!cache) return undefined;
  let m = kindsByCache.get(cache);
  if (!m) {
    m = new WeakMap();
    kindsByCache.set(cache, m);
  }
  return m;
}

/** Filled by selfHidden for the element the walk looks at (read before the walk goes deeper). */
const ATTRS: ElementAttrs = { read: false, role: null, cls: '', info: undefined, style: '' };

/** A visibility memo entry (./visibility VisibilityCache) saying "visible, no kind of its own". */
const NO_OWN_KIND = '-';

/**
 * isVisible for a grid's row or cell whose text is read next: its role and class are read once, for
 * both its visibility and its kind, which the visibility memo keeps (dropped with it; see keptKind).
 */
export function isVisibleRow(el: Element, cache: VisibilityCache): boolean {
  const known = cache.get(el);
  if (known !== undefined) return known !== false;
  try {
    const parent = el.parentElement;
    const up = parent ? cache.get(parent) : undefined;
    if (!parent || up === undefined || up === false) return isVisible(el, cache);
    const tag = upperTag(el);
    const hidden = selfHidden(el, tag, upperTag(parent), parent, cache, ATTRS);
    cache.set(el, hidden ? false : ATTRS.read ? (kindOf(el, tag, ATTRS.role, ATTRS.cls, ATTRS.info, ATTRS.style, cache) ?? NO_OWN_KIND) : true);
    return !hidden;
  } catch {
    return false;
  }
}

/** The own kind isVisibleRow kept for `el` (null: none), or undefined when not known. */
function keptKind(el: Element, cache: VisibilityCache | undefined): UnitKind | null | undefined {
  const v = cache?.get(el);
  return typeof v === 'string' ? (v === NO_OWN_KIND ? null : (v as UnitKind)) : undefined;
}

/** `first`: el.firstChild (the caller has read it). */
// (or in words, "已用 7 / 共 50", "已输入 7 字 / 最多 50 字", with a full-width slash: session 52)
const COUNTER = /^(?:已(?:用|输入|填写?)\s*)?(\d{1,5})\s*(?:个?字符?)?\s*[/／]\s*(?:共|最多|上限)?\s*(\d{1,5})\s*(?:个?字符?)?$/;

/**
 * A text field's character counter ("4 / 20" in the field's box, after 青岚陶艺): "n / max" beside the
 * nearest input or textarea (within the counter's element and its two parents) whose value is n
 * characters long. It counts the value; it is no part of it. Only a field one types text into has
 * characters to count: a row's selection checkbox or a radio beside "0/5" (used of total) is no such
 * field, and its empty value no count of zero.
 */
function isInputCounter(partEl: Element, text: string): boolean {
  // (a count split into elements of its own — Fusion's next-input-len holding <span>7</span><span>/</span><span>50</span>, a
  // hashed counter likewise: each piece was a part of the value and "7 / 50" the website's name, invented; left open by
  // session 50's review): the piece is read as the counter its box, up to two parents up, shows whole
  const whole = COUNTER.test(text) ? undefined : counterAround(partEl, text);
  const countEl = whole ?? partEl;
  const m = COUNTER.exec(whole ? normalizeText(whole.textContent) : text);
  if (!m || Number(m[1]) > Number(m[2])) return false;
  let box: Element | null = countEl;
  // (from outside a translator's <font> boxes around the count: ./glue fontsOnly)
  while (box && upperTag(box) === 'FONT' && box.parentElement) box = box.parentElement;
  // (a counter by its class looks two parents further: Element's count sits in el-input__suffix-inner under el-input__suffix)
  const reach = counterByClass(partEl) ? 5 : 3;
  for (let i = 0; i < reach && box; i++, box = box.parentElement) {
    const field = Array.from(box.querySelectorAll('input, textarea')).find(isTextField);
    // (a count in the component's own counter element — antd's ant-input-show-count-suffix, Fusion's next-input-len —
    // is one whatever its number: saved while the value was retyped, "7 / 50" beside an emptied 网站名称 was read as the
    // website's name, round sixty-seven)
    // (session 51's review of 1b02a98: the count in a child of the counter element (antd's suffix holding a <span>),
    // Element's el-input__count, and a hashed counter whose maximum is the field's own maxlength — each stale "7 / 50"
    // beside an emptied 网站名称 was still read as the website's name, invented)
    // (and a count beside a field left empty: nothing typed shows as text beside its box — a hashed counter with no maxlength,
    // "7 / 50" beside an emptied 网站名称, was the website's name, invented; left open by session 50's review)
    if (field) {
      const typed = controlValue(field, upperTag(field));
      return Array.from(typed).length === Number(m[1]) || counterByClass(countEl) || field.getAttribute('maxlength') === m[2] || typed.trim() === '';
    }
  }
  return false;
}

/** A piece of a count ("7", "/", "50") whose box, up to two parents up, shows a whole count "7 / 50": that box. */
function counterAround(partEl: Element, text: string): Element | undefined {
  if (!COUNT_PIECE.test(text)) return undefined;
  let el: Element | null = partEl;
  // (a small box only — a few nodes: a table's or a list's figures climb no further, nor read a large box's text)
  for (let i = 0; i < 3 && el && el.childNodes.length <= 5; i++, el = el.parentElement) {
    const t = normalizeText(el.textContent);
    if (COUNTER.test(t)) return el;
    if (t.length > 16) return undefined;
  }
  return undefined;
}
/** `el` sits beside a text field (within its two parents) that holds no value: nothing typed there shows as text. */
function besideEmptyField(el: Element): boolean {
  let box: Element | null = el.parentElement;
  for (let i = 0; i < 2 && box; i++, box = box.parentElement) {
    const field = Array.from(box.querySelectorAll('input, textarea')).find(isTextField);
    if (field) return controlValue(field, upperTag(field)).trim() === '';
  }
  return false;
}

/** A piece of a count: figures, a slash. */
const COUNT_PIECE = /^\s*(?:\d{1,5}|[/／])?\s*[/／]?\s*(?:\d{1,5})?\s*$/;

/** A component library's character-counter class: ant-input-show-count-suffix, ant-input-data-count, next-input-len, t-input__limit-number, el-input__count. */
const COUNTER_CLASS = /(?:^|\s)(?:ant-input-show-count-suffix|ant-input-data-count|next-input-len|t-input__limit-number|t-textarea__limit|tea-input__counter|el-input__count|el-input__count-inner)(?:\s|$)/;

/** `el` or its parent carries a counter class (antd's suffix may hold the count in a <span> of its own). */
function counterByClass(el: Element): boolean {
  return COUNTER_CLASS.test(el.getAttribute('class') ?? '') || (el.parentElement !== null && COUNTER_CLASS.test(el.parentElement.getAttribute('class') ?? ''));
}

/** Input types that hold no typed text (a box, a button, a picker of its own). */
const NOT_TEXT_INPUT = /^(?:radio|checkbox|button|submit|reset|hidden|image|file|range|color)$/;

function isTextField(el: Element): boolean {
  return upperTag(el) === 'TEXTAREA' || !NOT_TEXT_INPUT.test((el.getAttribute('type') ?? 'text').trim().toLowerCase());
}

/**
 * A search highlight (<mark>: a find-in-page extension's match, a console's search match) is drawn over the
 * text it matched, inside a word in any script (杭州<mark>青山</mark>茶业, 9133<mark>****</mark>8X2K): text
 * touching it on either side, with no space between, is one text with it.
 */
const markSeam = (e: Element | undefined) => e !== undefined && searchMatch(e);

function walk(el: Element, first: ChildNode | null, tag: string, kind: UnitKind, link: boolean, parts: Part[], cache: VisibilityCache | undefined, limit: number): void {
  if (kind === 'control' && (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT')) {
    // what is typed into an open inline editor is not saved: no value (./inline-editor)
    if (tag !== 'SELECT' && inlineEditorOf(el)) return;
    const v = controlValue(el, tag);
    if (v) parts.push({ kind: 'control', text: v, el, link, line: LINE.n });
    return;
  }
  // a <time datetime> shown as relative text ("3 个月后到期"): its date first, then what it shows
  if (tag === 'TIME') {
    const date = relativeTimeDate(el);
    if (date) parts.push({ kind, text: date, el, link, line: LINE.n });
  }
  let run: Part | undefined;
  // (a visibility shell's own text is not drawn, nor a size-0 box's: ./visibility ownTextHidden)
  const shell = first !== null && ownTextHidden(el);
  // text a style rule draws from the element's attributes before its own (./drawn-text)
  const drawnBefore = DRAWS.on && !shell ? drawnText(el, 'before', cache) : '';
  if (drawnBefore) parts.push((run = { kind, text: drawnBefore, el, link, line: LINE.n }));
  // the one run an inline child element just gave (`<mark>i-bp1</mark>list0007`): glued text goes on with it
  let inline: Part | undefined;
  // the element that gave `inline` (an inline element's run), undefined when text gave it
  let inlineEl: Element | undefined;
  for (let child = first; child && parts.length < limit; child = child.nextSibling) {
    if (child.nodeType === 3 && shell) continue;
    if (child.nodeType === 3) {
      const t = child.nodeValue ?? '';
      // white space between two text nodes of one run ({a}{' '}{b} in JSX) is part of the run
      if (!NOT_BLANK.test(t)) {
        if (run) run.text += t;
        inline = undefined;
        continue;
      }
      if (!run) {
        if (inline && (child.previousSibling !== besideBreaks(child) || markSeam(inlineEl) ? gluedAtBreak : glued)(inline.text, t) && !(inlineEl && shownAsBlock(inlineEl))) run = inline;
        else {
          run = { kind, text: '', el, link, line: LINE.n };
          parts.push(run);
        }
      }
      inline = undefined;
      run.text += t;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const e = child as Element;
    const ctag = upperTag(e);
    // a line-break opportunity inside a token (a long ID in a narrow column) breaks no run
    if (ctag === 'WBR') continue;
    const efirst = e.firstChild;
    // An empty element (an icon) between runs adds nothing, shown or hidden: no attribute read.
    // (After text it matters: a shown one ends the run, a hidden one does not.)
    // (a <br> is asked: it sets the lines of a value apart)
    if (run === undefined && efirst === null && ctag !== 'INPUT' && ctag !== 'SELECT' && ctag !== 'TEXTAREA' && ctag !== 'BR' && !(DRAWS.on && drawsAny(e, cache))) continue;
    const known = cache?.get(e);
    const hidden = known !== undefined ? known === false : selfHidden(e, ctag, tag, el, cache, ATTRS);
    if (hidden) continue;
    if (ctag === 'BR') {
      // a line break ends the run and parts what comes after from an inline element before it
      // (`<span>i-bp1…002</span><br>web2`: an ID over its name, no one token)
      run = undefined;
      inline = undefined;
      inlineEl = undefined;
      LINE.n++;
      continue;
    }
    // the role and class selfHidden just read (each attribute read once per element)
    const fresh = known === undefined && ATTRS.read;
    const role = fresh ? ATTRS.role : e.getAttribute('role');
    const own = fresh ? kindOf(e, ctag, role, ATTRS.cls, ATTRS.info, ATTRS.style, cache) : kindOf(e, ctag, role, undefined, undefined, undefined, cache);
    // A label's required mark or colon span is still the label; data inside an action stays action.
    // (A grid row or cell starts afresh: see isGridBoundary.)
    const next: UnitKind =
      own === undefined ? (kind !== 'data' && kind !== 'label' && kind !== 'control' && isGridBoundary(e, ctag) ? 'data' : kind) : kind === 'action' || kind === 'help' || (kind === 'status' && own === 'label') ? kind : own;
    const elink = link || ctag === 'A' || role === 'link';
    const before = parts.length;
    walk(e, efirst, ctag, next, elink, parts, cache, limit);
    // An inline element of the same kind inside a token (a search match `i-bp1<mark>list</mark>0007`):
    // its text goes on with the run glued to it, and text glued after it goes on with that.
    // (Text beside an element, not two elements side by side: `<span>web01</span><span>ins-…</span>` are
    // a name and an ID that the page's style sets apart.)
    const target = run;
    const inlineBefore = inline;
    const inlineElBefore = inlineEl;
    run = undefined;
    inline = undefined;
    inlineEl = undefined;
    // (what follows is asked only of an inline element that gave one run of this kind: the one that may glue)
    if (parts.length !== before + 1 || !INLINE_TAGS.has(ctag)) continue;
    const got = parts[before]!;
    if (got.kind !== kind || got.link !== link) continue;
    // the run an inline element right before this one gave (nothing between them but <wbr>s: a break
    // opportunity the page set inside one word, `<span>lanting-te</span><wbr><span>a.cn</span>`)
    const prev = besideBreaks(e);
    const beside = inlineBefore !== undefined && prev === inlineElBefore ? inlineBefore : undefined;
    const wbrSeam = prev !== e.previousSibling;
    // a translator's <font> box holding only text is that text (./glue fontsOnly): it glues as text does
    const asText = ctag === 'FONT' && fontsOnly(e);
    // (a search match, <mark>, sits inside a word: what touches it glues as text does)
    const besideText = asText || searchMatch(e) || (beside !== undefined && inlineElBefore !== undefined && textLike(inlineElBefore));
    inlineEl = e;
    if (target && target.kind === kind && (wbrSeam || markSeam(e) ? gluedAtBreak(target.text, got.text) : glued(target.text, got.text)) && !shownAsBlock(e)) {
      target.text += got.text;
      parts.pop();
      inline = target;
    } else if (!target && beside && parts[before - 1] === beside && beside.kind === kind && (wbrSeam ? gluedAtBreak : besideText ? glued : gluedSideBySide)(beside.text, got.text)) {
      // two inline elements side by side joined by a dot or hyphen (`<span>tangyun-art</span><span>.com</span>`),
      // or by a <wbr> (one word the page may break there)
      beside.text += got.text;
      parts.pop();
      inline = beside;
    } else inline = got;
    // (text after a translator's box goes on with it, as after text)
    if (asText) run = inline;
  }
  // and after it (`<span data-unit="Mbps">10</span>` drawn "10 Mbps": one run)
  const drawnAfter = DRAWS.on && !shell ? drawnText(el, 'after', cache) : '';
  if (drawnAfter) {
    if (run) run.text += drawnAfter;
    else parts.push({ kind, text: drawnAfter, el, link, line: LINE.n });
  }
}

/** Whether the page draws text from attributes in this units read (set per computeUnits: ./drawn-text). */
const DRAWS = { on: false };

const drawsAny = (e: Element, cache: VisibilityCache | undefined): boolean => drawnText(e, 'before', cache) !== '' || drawnText(e, 'after', cache) !== '';


/** A radio / checkbox (or role=radio / checkbox) that is checked. */
export function isChecked(el: Element): boolean {
  const input = el as HTMLInputElement;
  // an <input>'s live state (the user's choice, or React's), not its `checked` attribute (the page's default)
  if (typeof input.checked === 'boolean') return input.checked;
  return el.hasAttribute('checked') || el.getAttribute('aria-checked') === 'true';
}

/** The shown value of an INPUT, TEXTAREA or SELECT (`tag`): '' for choices, buttons, hidden and password inputs. */
function isHappyDom(el: Element): boolean {
  const view = el.ownerDocument?.defaultView as unknown as { happyDOM?: unknown } | null;
  return view?.happyDOM !== undefined && view?.happyDOM !== null;
}

/**
 * happy-dom only: whether a script has chosen an option of `options` since they were parsed (`selected`,
 * `selectedIndex` or `value` set: happy-dom marks the option dirty). undefined when that cannot be told.
 */
function chosenByScript(options: Element[]): boolean | undefined {
  try {
    const first = options[0];
    if (!first) return undefined;
    const dirty = Object.getOwnPropertySymbols(first).find((sym) => sym.description === 'dirtyness');
    if (!dirty) return undefined;
    return options.some((o) => (o as unknown as Record<symbol, unknown>)[dirty] === true);
  } catch {
    return undefined;
  }
}

export function controlValue(el: Element, tag: string): string {
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (/^(?:radio|checkbox|button|submit|reset|hidden|password|file)$/.test(type)) return '';
    return normalizeText((el as HTMLInputElement).value ?? el.getAttribute('value') ?? '');
  }
  if (tag === 'TEXTAREA') return normalizeText((el as HTMLTextAreaElement).value ?? el.textContent ?? '');
  const options = Array.from(el.getElementsByTagName('option'));
  if (el.hasAttribute('multiple')) return multipleChoice(options);
  // the live choice (`selected` follows the user, and a script, and starts from the page's `selected`
  // attribute). Only happy-dom (the command line's and the tests' DOM) counts a selected option inside an
  // <optgroup> wrongly (it gives another one): there, a disabled select, which no user can change, shows the
  // option its markup marks `selected`. (Not in a browser, nor outside an <optgroup>: a script may have
  // chosen another option since, and the page shows that one.)
  // An enabled one too, as long as no script has chosen an option since the page was parsed (a saved page).
  const grouped = isHappyDom(el) && options.some((o) => upperTag(o.parentElement ?? o) === 'OPTGROUP');
  const marked = !grouped
    ? undefined
    : el.hasAttribute('disabled') || el.closest('fieldset[disabled]') !== null
      ? options.find((o) => o.hasAttribute('selected') && upperTag(o.parentElement ?? o) === 'OPTGROUP')
      : chosenByScript(options) === false
        ? options.filter((o) => o.hasAttribute('selected')).pop()
        : undefined;
  const chosen = marked ?? options.find((o) => (o as HTMLOptionElement).selected) ?? options[0];
  return normalizeText(chosen?.textContent ?? '');
}

/**
 * A `<select multiple>` (a list box of all its options, 关联的云服务 / the filing's servers): its value is the
 * options chosen, in order — none when none is (not the first option, as a closed select would show).
 */
function multipleChoice(options: Element[]): string {
  return options
    .filter((o) => (o as HTMLOptionElement).selected)
    .map((o) => normalizeText(o.textContent ?? ''))
    .filter((t) => t !== '')
    .join(' ');
}

function join(units: TextUnit[], kinds: ReadonlySet<UnitKind>): string {
  // unit texts are normalised and never empty: joined by one space they stay normalised
  let out = '';
  for (const u of units) if (kinds.has(u.kind)) out = out === '' ? u.text : `${out} ${u.text}`;
  return out;
}

const DATA = new Set<UnitKind>(['data', 'control']);
const STATUS = new Set<UnitKind>(['status']);
const LABEL_TEXT = new Set<UnitKind>(['data', 'label', 'control']);

/**
 * What a value shows: its data and control units, never actions, help or status. A value made of a
 * status only (实名认证状态：<tag>已实名认证</tag>) shows that status, unless its value is withheld
 * (无权限查看 beside the tag); one made of links only shows the links that are no action words (an
 * instance id drawn as a link).
 */
export function valueText(el: Element | null | undefined, cache?: VisibilityCache, words: UnitWords = registered): string {
  const memo = el ? sessionUnits(words) : undefined;
  const units = textUnits(el, cache, words);
  const hit = memo && el ? memo.get(el) : undefined;
  // textUnits just made or checked the entry: its value is this element's, under its current kind
  if (hit && hit.value !== undefined && units.length === hit.units.length) return hit.value;
  const value = valueOfUnits(units);
  if (hit && units.length === hit.units.length) hit.value = value;
  return value;
}

/**
 * A value printed as a row of check boxes, each option after its box (a 核验单's 主办单位性质 "☐ 个人 ☑ 企业 ☐ 事业单位", 证件类型
 * "☑ 营业执照 ☐ 组织机构代码证"): the options whose box is ticked — none when no box is. Any other text as it is. The text
 * opens with a box (or, two boxes at least, ends with one: each box after its option) and holds an empty one (☐ □ ◻ ○),
 * every box with an option, so a lone ■ or ✓ before a value, or a name masked 陈○○, changes nothing. Round forty-five:
 * the whole row was the value (an ID type naming the option not chosen; 企业 read from "☑ 个人 ☐ 企业").
 */
export function chosenOptions(text: string): string {
  // (a box typed as brackets — "[√] 个人 [ ] 企业", "(√)个人 ( )企业", "【√】…【 】…" — or a printed radio — "● 个人 ○ 企业" — is
  // such a box too: 企业 was read from "[√] 个人 [ ] 企业" and the whole row as the ID type; session 45's review)
  const boxes = text.replace(BRACKET_TICKED, '☑').replace(BRACKET_EMPTY, '☐');
  if (!EMPTY_BOX.test(boxes)) return text;
  const chosen: string[] = [];
  // (every box has its option: "陈○○", "○○○○1234" mask a name or a number with ○)
  const pairs = BOX_FIRST.test(boxes)
    ? [...boxes.matchAll(BOX_OPTION)].map((m) => [m[1]!, m[2]!.trim()] as const)
    : BOX_LAST.test(boxes)
      ? // (each box after its option — "个人 ☑ 企业 ☐", two boxes at least)
        [...boxes.matchAll(OPTION_BOX)].map((m) => [m[2]!, m[1]!.trim()] as const)
      : [];
  if (pairs.length === 0 || (!BOX_FIRST.test(boxes) && pairs.length < 2) || pairs.some(([, o]) => o === '')) return text;
  for (const [box, option] of pairs) if (!EMPTY_BOX.test(box)) chosen.push(option);
  return chosen.join(' ');
}
const BOXES = '☐□◻⬜☑☒✅■▣◼⊠✓✔√●◉○◯';
const BOX_FIRST = new RegExp(`^\\s*[${BOXES}]`, 'u');
const EMPTY_BOX = /[☐□◻⬜○◯]/u;
const BRACKET_TICKED = /[[［【(（]\s*[√✓✔xX×●■]\s*[\]］】)）]/gu;
const BRACKET_EMPTY = /[[［【(（][\s\u3000]*[\]］】)）]/gu;
const BOX_OPTION = new RegExp(`([${BOXES}])([^${BOXES}]*)`, 'gu');
const BOX_LAST = new RegExp(`[${BOXES}]\\s*$`, 'u');
const OPTION_BOX = new RegExp(`([^${BOXES}]*)([${BOXES}])`, 'gu');

function valueOfUnits(units: TextUnit[]): string {
  const data = chosenOptions(join(units, DATA));
  if (data !== '') return data;
  // a value withheld from this user (无权限查看) shows none: a tag beside the withheld words is no value either
  if (units.some((u) => u.kind === 'help' && saysNoPermission(u.text))) return '';
  const status = join(units, STATUS);
  if (status !== '') return status;
  return '';
}

const SHOWN = new Set<UnitKind>(['data', 'control', 'status']);

/**
 * A value with the tags drawn in it: data, control and status units, never actions or help. For
 * values a console draws as a tag (计费方式 <tag>按量付费</tag> 2025-11-02 创建 <a>转包年包月</a>):
 * the reader reads its own words in it (the tag, not the link naming the other mode).
 */
export function valueWithTagsText(el: Element | null | undefined, cache?: VisibilityCache, words?: UnitWords): string {
  return join(textUnits(el, cache, words), SHOWN);
}

/**
 * What the first line of a value shows, for a value that is one line of words (a name): a value drawn
 * in lines set apart by `<br>` (徐青<br>个人, 许青山<br>与证件一致) shows the value on its first line
 * and notes under it. The data and control units of the first line that has any (else valueText).
 */
export function firstLineValueText(el: Element | null | undefined, cache?: VisibilityCache, words: UnitWords = registered): string {
  const units = textUnits(el, cache, words);
  const first = units.find((u) => DATA.has(u.kind));
  if (!first || !units.some((u) => (u.line ?? 0) !== (first.line ?? 0))) return valueOfUnits(units);
  return chosenOptions(
    join(
      units.filter((u) => (u.line ?? 0) === (first.line ?? 0)),
      DATA,
    ),
  );
}

/** The status units of a value (已实名认证, 运行中), apart from its data. */
export function statusTexts(el: Element | null | undefined, cache?: VisibilityCache, words?: UnitWords): string[] {
  return textUnits(el, cache, words)
    .filter((u) => u.kind === 'status')
    .map((u) => u.text);
}

/** The text of a label element without its help icon, inline links ("命名规则") and counters' tags. */
export function labelText(el: Element | null | undefined, cache?: VisibilityCache, words?: UnitWords): string {
  const units = textUnits(el, cache, words);
  const all = join(units, LABEL_TEXT);
  if (!el || units.length < 2) return all;
  // An inline link inside a label (命名规则, 如何获取？, Naming rules) is no part of its words.
  const own = units.filter((u) => {
    const link = u.el.closest('a, [role="link"]');
    return link === null || link === el || !el.contains(link);
  });
  const mine = own.length === 0 ? units : own;
  // A label drawn with its translation in an element of its own (主体名称<span class="en">Sponsor Name</span>,
  // 域名<small>Domain</small>: a bilingual console's second line) says its words once: the Chinese words are the label.
  const apart = mine.filter((u) => !isTranslationUnit(u, el));
  // (Chinese words, not a qualifier alone: Internet Bandwidth<span>（峰值）</span> is an English label qualified)
  const kept = apart.length < mine.length && apart.some((u) => HAN.test(u.text.replace(BRACKETED, ''))) ? apart : mine;
  return kept.length === units.length ? all : join(kept, LABEL_TEXT);
}

const HAN = /\p{Script=Han}/u;
const BRACKETED = /[(（[【][^()（）[\]【】]*[)）\]】]/g;
/** Latin words only (three letters or more, no digit): "Sponsor Name", "ID No.", "Exp. Date" — no "IP", no "IPv4". */
const LATIN_WORDS = /^[A-Za-z][A-Za-z .,'&/()-]*$/;
const OPENS_BRACKET = /[(（[【]\s*$/;
/** A unit in an element of its own inside the label whose text is Latin words only: the label's words in another language. */
function isTranslationUnit(u: TextUnit, label: Element): boolean {
  // (a word inside the label's brackets is the label's own — 带宽(<span>Mbps</span>): the unit its value is in)
  if (OPENS_BRACKET.test(u.el.previousSibling?.textContent ?? '')) return false;
  // (the label's colon may close the translation: 主体名称<span>Sponsor Name：</span>)
  const text = u.text.replace(TRAILING_COLON, '');
  if (u.el === label || u.el.parentElement === null || !label.contains(u.el) || !LATIN_WORDS.test(text)) return false;
  // (words qualified as a value not in effect — Expiration Time (previous) beside 到期时间 — say more than the label: kept,
  // or the qualifier would go with them and the former value read as the current one)
  if (qualifiedAsFormer(text)) return false;
  // (the words without a qualifier after them: 实例<span>ID (current)</span> is 实例ID qualified, no translation)
  return (text.replace(TRAILING_QUALIFIER, '').match(/[A-Za-z]/g)?.length ?? 0) >= 3;
}
const TRAILING_QUALIFIER = /\s*\([^()]*\)\s*$/;
const TRAILING_COLON = /\s*[:：]\s*$/;
