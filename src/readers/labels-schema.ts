import * as z from 'zod/mini';

/**
 * The schema of a label file, `rules/labels/<provider>.json` (see ./labels.ts for what the fields
 * mean). Every file is checked against it by the test suite (test/readers/reading-model.test.ts);
 * the content scripts check the same shape with ./labels.ts's small checker, so zod
 * stays out of their bundles (30 KB budget).
 */
const word = z.string().check(z.minLength(1), z.maxLength(80));
const words = z.array(word).check(z.maxLength(400));

export const FieldVocabSchema = z.object({
  labels: words.check(z.minLength(1)),
  contains: z.optional(words),
  not: z.optional(words),
  /** Words of a box's title naming another subject (云硬盘, 证书, 流量包): a label in such a box is none of the field's (dom/titled-box.ts). */
  notUnder: z.optional(words),
  /**
   * Words of a box's title naming the page's own record though the title holds a `notUnder` word (域名证书, Domain Name
   * Certificate: the domain's own certificate, no SSL 证书): a label in such a box is the field's — but a `subjectless`
   * one (有效期至), which names no subject and stays the box's (dom/titled-box.ts underTitleNaming).
   */
  ownUnder: z.optional(words),
  /**
   * Words that, beside an `ownUnder` word in a box's title, make it another product's all the same: 免费域名证书, a free SSL
   * certificate offered for the domain, no registration certificate (dom/titled-box.ts underTitleNaming; session 45).
   */
  notOwnUnder: z.optional(words),
  /**
   * Words naming another subject only as a box title's whole words, a count aside (Email, 邮箱, Phone: too common inside the
   * field's own titles to be `notUnder` words): a label in a box titled so is none of the field's (dom/titled-box.ts
   * underTitleWhole).
   */
  notUnderWhole: z.optional(words),
  /** Labels naming no subject of their own (有效期至, Valid Until): right after an item labelled with a `notUnder` word they are that item's (dom/titled-box.ts afterItemNaming). */
  subjectless: z.optional(words),
});

export const LabelFileSchema = z.object({
  $comment: z.optional(z.string()),
  provider: z.string().check(z.regex(/^[a-z][a-z0-9-]{1,30}$/)),
  /** Link and button texts that are actions (续费, 更改带宽, 转包年包月), never a value. */
  actions: z.optional(words),
  /** Tag / badge texts that are a status (已实名认证, 运行中): offered apart from values. */
  statuses: z.optional(words),
  /** Openers of hint text under a control ("如", "例如", "e.g."): such a text is help, not a value. */
  help: z.optional(words),
  /**
   * Openers of a note beside a value about a change not yet in effect ("（待生效：12 Mbps）", "（修改审核中：…）"):
   * such a note is not the value.
   */
  pending: z.optional(words),
  /**
   * Openers of a column header naming the value before a change (原信息, 变更前, Original) and after it (变更后信息,
   * 新, New), in a change's comparison table: a cell under the former is no value, the one under the latter is.
   */
  formerColumns: z.optional(words),
  laterColumns: z.optional(words),
  /**
   * What a registrar writes in place of a name it withholds (WHOIS privacy: 隐私保护中, REDACTED FOR PRIVACY, Not
   * Disclosed): a whole value equal to one (case, a leading "WHOIS" and a trailing period ignored) names nobody.
   */
  withheldNames: z.optional(words),
  /** The words of a help link beside a label (帮助, 说明, 示例, Help): the label's, never its value nor the value's action. */
  helpLinks: z.optional(words),
  /** A close control's name, its text, aria-label or title (关闭, Close, ×): a fixed box with one is a floating panel (dom/overlay.ts). */
  closeWords: z.optional(words),
  /** The words a grid's total row opens with (合计, 总计, Total): such a row sums the records, it is none (dom/total-row.ts). */
  totalWords: z.optional(words),
  /** The words a steps box's accessible name ends in (进度, 步骤, progress: 转出进度): the box is a note (dom/steps.ts). */
  stepsNames: z.optional(words),
  /**
   * Words of a panel's title saying it tells what a new version of the console changes (更新说明, 有哪些变化, 新版功能,
   * What's new, Release notes), any one in a short title: the labelled rows under it illustrate the change with made-up
   * values, they are no field of the page (dom/example-box.ts).
   */
  releaseNotes: z.optional(words),
  /**
   * What a field's value, a cell or a tag shows in place of a value whose request failed or has not answered yet (查询失败,
   * 数据获取异常, 加载失败，请重试, 获取中…, 暂无数据, Failed to load, Loading…): the whole text is one of them (a retry's words
   * after it aside); no part of a value (dom/units.ts).
   */
  notLoaded: z.optional(words),
  /**
   * Words a hint line opens with, before its colon (温馨提示, 提示, 注意, 说明, Tip, Note): a label's words inside such a line
   * ("温馨提示：实例<span>带宽</span>：100Mbps 起售") are the hint's, no field's label (dom/field.ts).
   */
  hintOpeners: z.optional(words),
  /**
   * A list's action column header (操作, Operation, Actions): its cells are links and buttons. A column so headed whose cells
   * are plain operation names, each row with a time (批量续费 … 2026-12-05 21:14), is a task log's: no list of records
   * (dom/table.ts).
   */
  actionColumns: z.optional(words),
  /**
   * Words of a title naming a lookup (域名注册查询, 域名查询, 查询结果, Whois): a table under such a title with a text box
   * before it in its box — a registration check's answer about any name typed — is no list of the account's records
   * (dom/table.ts).
   */
  lookupTitles: z.optional(words),
  /**
   * Words of a title naming the records the user visited last (最近访问, 最近查看, Recently visited): a table under such a
   * title naming as many of a list's columns as the list is not the list (dom/table.ts).
   */
  recentTitles: z.optional(words),
  /**
   * Words naming the records visited last, or released ones, only when they are a title's whole words (a count in brackets
   * aside): Recent, Recents, Released, 最近, 已释放 — too common inside other titles (Recent orders, Unreleased) to be looked
   * for as recentTitles are (dom/table.ts, aliyun/ecs-instance-list.ts).
   */
  recentTitlesWhole: z.optional(words),
  /**
   * Words of an offer (起售, 起购, 限时, 折, 优惠, 特惠, 低至, Limited time, % off): a label's words in a line of running text
   * that holds one — "实例已开通，<span>带宽</span> 100Mbps 套餐限时 5 折", "实例带宽：100Mbps 起售" — are the offer's, no field's
   * label (dom/field.ts).
   */
  offerWords: z.optional(words),
  notLabelOpeners: z.optional(words),
  /**
   * Words of a box's title saying it is a guided tour or a coach mark (新手引导, 新手指引, 操作引导, Quick tour, Getting
   * started), any one in a short title: the labelled rows in it show the fields with made-up values, no field of the page
   * (dom/example-box.ts).
   */
  guides: z.optional(words),
  /**
   * A column header naming a task (任务, 任务类型, 操作类型, Task): a table with such a column is a task list — a task
   * centre's, a batch operation's log — whose rows name the records a task acted on, no list of those records
   * (dom/table.ts), and no field of the page (dom/field.ts). Not a task's status alone (任务状态, Task Status): a list
   * of records may show the task running on each row beside its columns, and a task list names its task.
   */
  taskColumns: z.optional(words),
  /**
   * Labels and box titles naming the user's own text — a 备注 / 描述 / 名称 field, a 实例描述 card, Remark, Description —:
   * what the user wrote there may read "到期时间：2029-01-01" or "带宽：100Mbps", and is no field of the page (dom/field.ts).
   */
  userText: z.optional(words),
  /** None: page state is the one detector's own words (src/readers/dom/page-state.ts), for every provider. */
  pageState: z.optional(z.never()),
  groups: z.record(z.string(), z.record(z.string(), FieldVocabSchema)),
});

export type FieldVocab = z.infer<typeof FieldVocabSchema>;
export type LabelFile = z.infer<typeof LabelFileSchema>;

