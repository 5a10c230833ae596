/**
 * Label vocabularies as data, per provider: `rules/labels/<provider>.json` (the words all its page
 * families share) and `rules/labels/<provider>/<family>.json` (one page family's groups, so each
 * content script bundles only its own), all of one format, checked with zod
 * by the test suite (./labels-schema.ts); a provider's readers check the same shape
 * at load with the small checker below. Generic over
 * providers: `defineLabels(shared, family)` for any files of this shape.
 *
 * A field's vocabulary (FieldVocab):
 * - `labels`: the exact labels (zh + en). Matched after normalisation: whitespace, full width,
 *   leading/trailing required marks (`*`), trailing colons (`:` `：`), `?` / help-icon glyphs, a trailing
 *   parenthesised qualifier (`（峰值）`, `(Peak)`) and a counter (`0/50`) are ignored.
 * - `contains` (optional): words any one of which makes a STRUCTURAL label (a `<label>`, `<th>`, `<dt>`,
 *   a description-list / form-item label, an ARIA header cell) this field — 当前使用带宽 for bandwidth —
 *   unless one of `not` appears in it (带宽计费方式 is no bandwidth). Never applied to free text.
 */

/** A field's vocabulary: exact labels, and words for structural labels (see above). */
export interface FieldVocab {
  labels: string[];
  contains?: string[] | undefined;
  not?: string[] | undefined;
  /** Words of a box's title naming another subject (云硬盘, 证书, 流量包): a label inside such a box is none of this field's. */
  notUnder?: string[] | undefined;
  /** Words of a box's title naming the page's own record though it holds a `notUnder` word (域名证书): a label inside is this field's, but a `subjectless` one. */
  ownUnder?: string[] | undefined;
  /** Words that, beside an `ownUnder` word in a box's title, make it another product's (免费域名证书: a free SSL certificate). */
  notOwnUnder?: string[] | undefined;
  /** Words naming another subject only as a box title's whole words (Email, 邮箱): a label inside such a box is none of this field's. */
  notUnderWhole?: string[] | undefined;
  /** Labels naming no subject of their own (有效期至, Valid Until): right after an item labelled with a `notUnder` word they are that item's. */
  subjectless?: string[] | undefined;
}

export interface LabelFile {
  $comment?: string | undefined;
  provider: string;
  actions?: string[] | undefined;
  statuses?: string[] | undefined;
  help?: string[] | undefined;
  pending?: string[] | undefined;
  formerColumns?: string[] | undefined;
  laterColumns?: string[] | undefined;
  withheldNames?: string[] | undefined;
  helpLinks?: string[] | undefined;
  closeWords?: string[] | undefined;
  totalWords?: string[] | undefined;
  stepsNames?: string[] | undefined;
  releaseNotes?: string[] | undefined;
  guides?: string[] | undefined;
  taskColumns?: string[] | undefined;
  userText?: string[] | undefined;
  notLoaded?: string[] | undefined;
  hintOpeners?: string[] | undefined;
  actionColumns?: string[] | undefined;
  lookupTitles?: string[] | undefined;
  recentTitles?: string[] | undefined;
  recentTitlesWhole?: string[] | undefined;
  offerWords?: string[] | undefined;
  notLabelOpeners?: string[] | undefined;
  groups: Record<string, Record<string, FieldVocab>>;
}

/**
 * Set (to true) by the extension build, which runs labelFileFault on every label file it bundles
 * (build/rule-files.ts) and fails on a fault, and also fails on a file whose provider is not that of
 * its path or whose groups repeat the provider's shared file's: the content scripts then carry no copy
 * of those checks. Nor of the checks that a reader's group and field names are in the files: the
 * names are constants of the readers' code, and the test suite loads every reader with the checks on.
 * Unset in the CLI, the tests and anything else that loads label files: they check at load.
 */
declare const __ICP_LABEL_FILES_CHECKED__: boolean | undefined;
const checkedAtBuild = typeof __ICP_LABEL_FILES_CHECKED__ !== 'undefined' && __ICP_LABEL_FILES_CHECKED__ === true;

/** The word lists of a label file (each optional). */
export const WORD_LISTS = ['actions', 'statuses', 'help', 'pending', 'formerColumns', 'laterColumns', 'withheldNames', 'helpLinks', 'closeWords', 'totalWords', 'stepsNames', 'releaseNotes', 'guides', 'taskColumns', 'userText', 'notLoaded', 'hintOpeners', 'actionColumns', 'lookupTitles', 'recentTitles', 'recentTitlesWhole', 'offerWords', 'notLabelOpeners'] as const;
type WordList = (typeof WORD_LISTS)[number];

/** The shape check of LabelFileSchema, by hand (no zod in content scripts); the path of the first fault. */
export function labelFileFault(json: unknown): string | undefined {
  const isWords = (v: unknown, min = 0) => Array.isArray(v) && v.length >= min && v.length <= 400 && v.every((w) => typeof w === 'string' && w.length >= 1 && w.length <= 80);
  if (typeof json !== 'object' || json === null) return '(top level)';
  const f = json as Record<string, unknown>;
  if (typeof f.provider !== 'string' || !/^[a-z][a-z0-9-]{1,30}$/.test(f.provider)) return 'provider';
  for (const k of WORD_LISTS) if (f[k] !== undefined && !isWords(f[k])) return k;
  // Page state is the one detector's own (src/readers/dom/page-state.ts): no provider words for it.
  if (f.pageState !== undefined) return 'pageState';
  if (typeof f.groups !== 'object' || f.groups === null) return 'groups';
  for (const [g, fields] of Object.entries(f.groups as Record<string, unknown>)) {
    if (typeof fields !== 'object' || fields === null) return `groups.${g}`;
    for (const [k, v] of Object.entries(fields as Record<string, unknown>)) {
      const vocab = v as Record<string, unknown>;
      if (typeof vocab !== 'object' || vocab === null) return `groups.${g}.${k}`;
      if (!isWords(vocab.labels, 1)) return `groups.${g}.${k}.labels`;
      if (vocab.contains !== undefined && !isWords(vocab.contains)) return `groups.${g}.${k}.contains`;
      if (vocab.not !== undefined && !isWords(vocab.not)) return `groups.${g}.${k}.not`;
      if (vocab.notUnder !== undefined && !isWords(vocab.notUnder)) return `groups.${g}.${k}.notUnder`;
      if (vocab.ownUnder !== undefined && !isWords(vocab.ownUnder)) return `groups.${g}.${k}.ownUnder`;
      if (vocab.notOwnUnder !== undefined && !isWords(vocab.notOwnUnder)) return `groups.${g}.${k}.notOwnUnder`;
      if (vocab.notUnderWhole !== undefined && !isWords(vocab.notUnderWhole)) return `groups.${g}.${k}.notUnderWhole`;
      if (vocab.subjectless !== undefined && !isWords(vocab.subjectless)) return `groups.${g}.${k}.subjectless`;
    }
  }
  return undefined;
}

/** A provider's checked vocabularies. */
export interface LabelVocabulary {
  provider: string;
  actions: readonly string[];
  statuses: readonly string[];
  help: readonly string[];
  /** Openers of a note about a change beside a value (待生效, 修改审核中; the value before it: 原信息, 变更前): never the value. */
  pending: readonly string[];
  /** Openers of a comparison table's column header naming the value before a change (原信息, 变更前, Original). */
  formerColumns: readonly string[];
  /** … and after it (变更后信息, 新, New). */
  laterColumns: readonly string[];
  /** What a registrar writes in place of a withheld name (隐私保护中, REDACTED FOR PRIVACY): no name (shared/text-values.ts). */
  withheldNames: readonly string[];
  /** The words of a help link beside a label (帮助, 说明, 示例, Help): the label's, never its value nor the value's action. */
  helpLinks: readonly string[];
  /** A close control's name (关闭, Close, ×): a fixed box with one is a floating panel (dom/overlay.ts). */
  closeWords: readonly string[];
  /** The words a grid's total row opens with (合计, 总计, Total): no record (dom/total-row.ts). */
  totalWords: readonly string[];
  /** The words a steps box's name ends in (进度, 步骤, progress): such a box is a note (dom/steps.ts). */
  stepsNames: readonly string[];
  /** Words of a panel's title saying it tells what a new version changes (更新说明, What's new): its rows illustrate (dom/example-box.ts). */
  releaseNotes: readonly string[];
  /** Words of a box's title saying it is a guided tour or coach mark (新手引导, Quick tour): its rows illustrate (dom/example-box.ts). */
  guides: readonly string[];
  /** Column headers naming a task (任务, 任务类型, 操作类型, Task): a table with one is a task list, no list of records (dom/table.ts). */
  taskColumns: readonly string[];
  /** Labels and box titles naming the user's own text (备注, 描述, 名称, Remark): a "标签：值" written there is no field (dom/field.ts). */
  userText: readonly string[];
  /** What a field's value shows in place of a value that did not come (查询失败, 数据获取异常, 获取中…, 暂无数据, Failed to load): no value (dom/units.ts). */
  notLoaded: readonly string[];
  /** Words a hint line opens with before its colon (温馨提示, 提示, Tip): a label's words inside such a line are none (dom/field.ts). */
  hintOpeners: readonly string[];
  /** A list's action column header (操作, Actions): plain operation names with times under it make a task log (dom/table.ts). */
  actionColumns: readonly string[];
  /** Words of a title naming a lookup (注册查询, 查询结果, Whois): a table under one with a search box before it is no list (dom/table.ts). */
  lookupTitles: readonly string[];
  /** Words of a title naming the records visited last (最近访问, Recently visited): a table under one is no list beside one as wide (dom/table.ts). */
  recentTitles: readonly string[];
  /** Words naming such records only as a title's whole words, a count aside (Recent, Released, 最近): a table or panel under one is no list (dom/table.ts, aliyun ECS cards). */
  recentTitlesWhole: readonly string[];
  /** Words of an offer (起售, 限时, 折, Limited time): a label's words in a line of running text holding one are none (dom/field.ts). */
  offerWords: readonly string[];
  /** Words opening a text that names a field's words without being its label — an action's or a question's title (切换, 调整, 如何, How to, Switch): none is a label drawn by the layout alone (dom/field.ts labelsContaining). */
  notLabelOpeners: readonly string[];
  /** The vocabularies of one group (a page's fields or a table's columns); throws when a key is missing. */
  group<K extends string>(name: string, keys: readonly K[]): Record<K, FieldVocab>;
  /** The exact label lists of one group (for the table / field primitives that take string lists). */
  labels<K extends string>(name: string, keys: readonly K[]): Record<K, readonly string[]>;
}

/**
 * Checks label files' shapes (that of LabelFileSchema) and joins them: a provider's shared words
 * (`rules/labels/<provider>.json`) and the groups of one or more page families
 * (`rules/labels/<provider>/<family>.json`). Word lists are concatenated; a group may come from one
 * file only. Throws an Error naming the first bad path, a second provider or a group given twice.
 */
export function defineLabels(json: unknown, ...more: unknown[]): LabelVocabulary {
  const files: LabelFile[] = [];
  for (const f of [json, ...more]) {
    const fault = checkedAtBuild ? undefined : labelFileFault(f);
    if (fault !== undefined) throw new Error(`label file: ${fault}: not a label file field`);
    files.push(f as LabelFile);
  }
  const first = files[0] as LabelFile;
  const file: LabelFile = { provider: first.provider, groups: {} };
  const words = (k: WordList) => files.flatMap((f) => f[k] ?? []);
  for (const f of files) {
    if (!checkedAtBuild && f.provider !== first.provider) throw new Error(`label file: provider: ${f.provider} joined to ${first.provider}`);
    for (const [g, fields] of Object.entries(f.groups)) {
      if (!checkedAtBuild && file.groups[g]) throw new Error(`label file ${f.provider}: group ${g} given twice`);
      file.groups[g] = fields;
    }
  }
  const group = <K extends string>(name: string, keys: readonly K[]): Record<K, FieldVocab> => {
    const g = file.groups[name];
    if (!checkedAtBuild && !g) throw new Error(`label file ${file.provider}: no group ${name}`);
    const out = {} as Record<K, FieldVocab>;
    for (const k of keys) {
      const v = g![k];
      if (!checkedAtBuild && !v) throw new Error(`label file ${file.provider}: no field ${name}.${k}`);
      out[k] = v!;
    }
    return out;
  };
  return {
    provider: file.provider,
    actions: words('actions'),
    statuses: words('statuses'),
    help: words('help'),
    pending: words('pending'),
    formerColumns: words('formerColumns'),
    laterColumns: words('laterColumns'),
    withheldNames: words('withheldNames'),
    helpLinks: words('helpLinks'),
    closeWords: words('closeWords'),
    totalWords: words('totalWords'),
    stepsNames: words('stepsNames'),
    releaseNotes: words('releaseNotes'),
    guides: words('guides'),
    taskColumns: words('taskColumns'),
    userText: words('userText'),
    notLoaded: words('notLoaded'),
    hintOpeners: words('hintOpeners'),
    actionColumns: words('actionColumns'),
    lookupTitles: words('lookupTitles'),
    recentTitles: words('recentTitles'),
    recentTitlesWhole: words('recentTitlesWhole'),
    offerWords: words('offerWords'),
    notLabelOpeners: words('notLabelOpeners'),
    group,
    labels<K extends string>(name: string, keys: readonly K[]) {
      const g = group(name, keys);
      const out = {} as Record<K, readonly string[]>;
      for (const k of keys) out[k] = g[k].labels;
      return out;
    },
  };
}
